"""Translated labels of the plugin's codes (a leaf module: codes stay English in the data).

Every vocabulary an output, a style or a report shows to a person lives here, so that styles,
reports and algorithms share one label per code.
"""

from .core.fence import MODE_TEXT
from .core.text import listed  # noqa: F401 (labels.listed, shared with the core)
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


def fence_type_labels():
    """fence_type code -> label in the active language ("" = not recorded / other)."""
    return {
        "strand": tr("Strand (wire) fence"),
        "mesh": tr("Mesh fence"),
        "solid": tr("Solid wall"),
        "electric": tr("Electric fence"),
        "rail": tr("Rail fence"),
        "opening": tr("Opening"),
        "": tr("Fence type not recorded"),
    }


def crossing_type_labels():
    """crossing_type code -> label in the active language."""
    return {
        "underpass": tr("Underpass"),
        "overpass": tr("Overpass, green bridge"),
        "bridge": tr("Bridge"),
        "culvert": tr("Culvert"),
        "level": tr("Level crossing"),
        "opening": tr("Opening"),
    }


def verdict_labels():
    """Fence verdict codes -> translated labels (codes stay English in the data)."""
    return {
        "permeable": tr("permeable"),
        "conditional": tr("conditional"),
        "barrier": tr("barrier"),
        "unknown": tr("unknown"),
    }


def mode_labels():
    """How a species crosses a fence (profile fence_mode) -> translated label."""
    return {mode: tr(text) for mode, text in MODE_TEXT.items()}


def suitability_labels():
    """Crossing codes -> translated labels (codes stay English in the data)."""
    return {
        "suitable": tr("suitable"),
        "unsuitable": tr("unsuitable"),
        "unknown": tr("unknown"),
        "unmatched": tr("unmatched"),
    }


def status_labels():
    """Rule status codes of the profile (verified | provisional) -> translated labels."""
    return {"verified": tr("verified"), "provisional": tr("provisional")}


def zone_labels():
    """No-go zone codes (data, never translated) -> translated names for messages and reports."""
    return {
        "nogo": tr("No-go zone"),
        "caution": tr("Caution zone"),
        "suitable": tr("Suitable area"),
    }


def legend_labels() -> dict:
    """English legend label (as in the QML files) -> label in the active language."""
    return {
        "Permeable": tr("Permeable"),
        "Conditional": tr("Conditional"),
        "Barrier": tr("Barrier"),
        "Unknown": tr("Unknown"),
        "Suitable crossing": tr("Suitable crossing"),
        "Unsuitable crossing": tr("Unsuitable crossing"),
        "Suitability unknown": tr("Suitability unknown"),
        "Not on a route (unmatched)": tr("Not on a route (unmatched)"),
        "Underpass": tr("Underpass"),
        "Overpass, green bridge": tr("Overpass, green bridge"),
        "Bridge": tr("Bridge"),
        "Culvert": tr("Culvert"),
        "Level crossing": tr("Level crossing"),
        "Opening": tr("Opening"),
        "Spacing within the limit": tr("Spacing within the limit"),
        "Too long: up to 2 km over the limit": tr("Too long: up to 2 km over the limit"),
        "Too long: 2 to 5 km over the limit": tr("Too long: 2 to 5 km over the limit"),
        "Too long: more than 5 km over the limit": tr("Too long: more than 5 km over the limit"),
        "Proposed crossing": tr("Proposed crossing"),
        "Proposed crossings (number per gap)": tr("Proposed crossings (number per gap)"),
        "Join (ends joined)": tr("Join (ends joined)"),
        "Near miss (not joined)": tr("Near miss (not joined)"),
        "No-go zone": tr("No-go zone"),
        "Caution zone": tr("Caution zone"),
        "Suitable area": tr("Suitable area"),
        "Crosses a no-go zone": tr("Crosses a no-go zone"),
        "Crosses a caution zone": tr("Crosses a caution zone"),
        "In a suitable area": tr("In a suitable area"),
        "Suitable (cost 1)": tr("Suitable (cost 1)"),
        "Caution (higher cost)": tr("Caution (higher cost)"),
        "Bounce": tr("Bounce"),
        "Quick cross": tr("Quick cross"),
        "Back and forth": tr("Back and forth"),
        "Trace": tr("Trace"),
        "Trapped": tr("Trapped"),
        "Average movement": tr("Average movement"),
        "No encounter": tr("No encounter"),
        "Index 0 to 0.33 (crossed)": tr("Index 0 to 0.33 (crossed)"),
        "Index 0.33 to 0.67": tr("Index 0.33 to 0.67"),
        "Index 0.67 to 1 (impermeable)": tr("Index 0.67 to 1 (impermeable)"),
        "Low traffic (under 1,000 vehicles a day)": tr("Low traffic (under 1,000 vehicles a day)"),
        "Moderate traffic (1,000 to 4,000)": tr("Moderate traffic (1,000 to 4,000)"),
        "High traffic (4,000 to 10,000)": tr("High traffic (4,000 to 10,000)"),
        "Very high traffic (over 10,000)": tr("Very high traffic (over 10,000)"),
        "Traffic unknown": tr("Traffic unknown"),
        "Effective mesh size under 10 km²": tr("Effective mesh size under 10 km²"),
        "10 to 100 km²": tr("10 to 100 km²"),
        "100 to 1,000 km²": tr("100 to 1,000 km²"),
        "1,000 to 10,000 km²": tr("1,000 to 10,000 km²"),
        "10,000 km² or more": tr("10,000 km² or more"),
        "Mesh under 10 km²": tr("Mesh under 10 km²"),
        "Rank 1 to 10": tr("Rank 1 to 10"),
        "Rank 11 to 50": tr("Rank 11 to 50"),
        "Rank over 50": tr("Rank over 50"),
        "Not ranked": tr("Not ranked"),
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


def traffic_band_labels():
    """Traffic band codes (contract) -> translated labels."""
    return {
        "low": tr("low traffic"),
        "moderate": tr("moderate traffic"),
        "high": tr("high traffic"),
        "very_high": tr("very high traffic"),
        "unknown": tr("traffic unknown"),
    }


def osm_skip_label(barrier_value):
    """Why OSM lines were not imported as fences, for the log (``barrier_value`` "" = none)."""
    if not barrier_value:
        return tr("no barrier tag (roads, rivers, other lines)")
    return tr("barrier={value}, not a fence in the mapping").format(value=barrier_value)


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
        "unknown_type": tr(
            "type not one of opening, raise_bottom_wire, smooth_bottom_wire, "
            "let_down, underpass, overpass, remove"
        ),
        "bad_cost": tr("cost not a number of zero or more"),
        "no_geometry": tr("no geometry"),
        "nothing_near": tr("no cutting line near it: it joins nothing"),
        "no_gain": tr("joins no meshes for the weighted species"),
        "over_budget": tr("does not fit in what is left of the budget"),
        "beyond_max": tr("gains, but beyond MAX_CANDIDATES"),
    }
