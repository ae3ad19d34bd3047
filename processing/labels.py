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
        "tracking": tr("Animal tracking"),
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


def behaviour_labels():
    """Barrier behaviour codes (contract, BaBA's classes) and their translated names."""
    return {
        "bounce": tr("Bounce"),
        "quick_cross": tr("Quick cross"),
        "back_and_forth": tr("Back and forth"),
        "trace": tr("Trace"),
        "trapped": tr("Trapped"),
        "average_movement": tr("Average movement"),
        "unknown": tr("Unknown"),
    }
