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


def listed(codes, labels) -> str:
    """Codes as their labels, for a sentence: 'mesh fence; solid wall' (';' because a label may
    hold a comma); an unknown code stays as it is."""
    out = []
    for code in codes:
        label = labels.get(code, code)
        out.append(label[:1].lower() + label[1:])
    return "; ".join(out)
