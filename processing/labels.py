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


def mitigation_type_labels():
    """Candidate fix types (contract, issue 22) -> translated labels."""
    return {
        "opening": tr("opening"),
        "let_down": tr("let-down section"),
        "remove": tr("fence removed"),
        "raise_bottom_wire": tr("bottom wire raised"),
        "smooth_bottom_wire": tr("smooth bottom wire"),
        "underpass": tr("underpass"),
        "overpass": tr("overpass"),
    }


def mitigation_status_labels():
    """Candidate status codes (mitigation priorities' ``status``) -> translated labels."""
    return {
        "ranked": tr("ranked"),
        "unknown_type": tr("type not one of opening, raise_bottom_wire, smooth_bottom_wire, "
                           "let_down, underpass, overpass, remove"),
        "bad_cost": tr("cost not a number of zero or more"),
        "no_geometry": tr("no geometry"),
        "nothing_near": tr("no cutting line near it: it joins nothing"),
        "no_gain": tr("joins no meshes for the weighted species"),
        "over_budget": tr("does not fit in what is left of the budget"),
        "beyond_max": tr("gains, but beyond MAX_CANDIDATES"),
    }
