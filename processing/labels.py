"""Translated labels of the plugin's codes (a leaf module: codes stay English in the data).

Every vocabulary an output, a style or a report shows to a person lives here, so that styles,
reports and algorithms share one label per code.
"""

from .i18n import tr


def group_names():
    """Group ids (contract: fixed) and their translated names."""
    return {
        "fences": tr("Fences"),
        "crossings": tr("Roads and railways"),
        "alignment": tr("Alignment planning"),
    }


def species_names():
    """Species codes (contract) and their translated display names, in the profile's order
    (crawlers, openings-needers, jumpers)."""
    return {
        "mgaz": tr("Mongolian gazelle"),
        "ggaz": tr("Goitered gazelle"),
        "saiga": tr("Mongolian saiga"),
        "khulan": tr("Khulan (Asiatic wild ass)"),
        "takhi": tr("Takhi (Przewalski's horse)"),
        "camel": tr("Wild Bactrian camel"),
        "argali": tr("Argali"),
        "ibex": tr("Siberian ibex"),
    }


def traffic_band_labels():
    """Traffic band codes (contract) -> translated labels."""
    return {
        "low": tr("low traffic"),
        "moderate": tr("moderate traffic"),
        "high": tr("high traffic"),
        "very_high": tr("very high traffic"),
        "unknown": tr("traffic unknown"),
    }
