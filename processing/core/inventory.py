"""The fence inventory's data model: the layers, fields and codes shared by the inventory
algorithms (create, check, import from OSM). QGIS-free: field kinds are the names
processing/compat.field takes."""

from .fence import fence_limits
from .profile import load_profile

# The fence data model the fence audit reads (processing/fence_audit.py FIELD_PARAMS).
FENCE_MODEL = (
    ("fence_type", "string"),
    ("height_cm", "double"),
    ("bottom_cm", "double"),
    ("top_gap_cm", "double"),
    ("barbed", "string"),
)
# Survey fields of a fence inventory (issue 23).
FENCE_SURVEY = (
    ("survey_date", "date"),
    ("surveyor", "string"),
    ("photo", "string"),
    ("side", "string"),
    ("owner", "string"),
    ("status", "string"),
    ("notes", "string"),
)
# The crossing data model the crossing spacing check reads (processing/crossing_spacing.py).
CROSSING_MODEL = (
    ("crossing_type", "string"),
    ("width_m", "double"),
    ("height_m", "double"),
    ("length_m", "double"),
)
CROSSING_SURVEY = (
    ("survey_date", "date"),
    ("photo", "string"),
    ("notes", "string"),
)
SURVEY_AREA_FIELDS = (
    ("name", "string"),
    ("survey_date", "date"),
    ("surveyor", "string"),
    ("notes", "string"),
)
FENCE_FIELDS = (("name", "string"),) + FENCE_MODEL + FENCE_SURVEY
CROSSING_FIELDS = (("name", "string"),) + CROSSING_MODEL + CROSSING_SURVEY
# What the OSM import writes: the fence data model, the way's id and where it came from.
OSM_FIELDS = (
    (("name", "string"),)
    + FENCE_MODEL
    + (("osm_id", "string"), ("source", "string"), ("notes", "string"))
)

FENCE_TYPES = ("strand", "mesh", "solid", "electric", "rail", "opening")
BARBED_CODES = ("none", "top", "bottom", "all")
SIDES = ("left", "right", "single")
STATUSES = ("existing", "planned", "removed", "modified")
CROSSING_TYPES = ("underpass", "overpass", "bridge", "culvert", "level", "opening")


def inventory_limits(profile) -> dict:
    """The profile's ``inventory`` block, each missing key taken from the shipped profile."""
    own = profile.get("inventory") if isinstance(profile.get("inventory"), dict) else {}
    if all(
        k in own
        for k in (
            "duplicate_tolerance_m",
            "max_opening_m",
            "crossing_distance_m",
            "metres_hint_cm",
            "plausible_m",
        )
    ):
        return own
    shipped = load_profile()["inventory"]
    return {**shipped, **own}


# -- the inventory form (texts are English, marked for translation; the adapter translates
#    them into the form's language) -----------------------------------------------------------
from .text import tr  # noqa: E402 (kept beside the texts it marks)

LAYER_TITLES = {
    "fences": tr("Fence inventory: fences"),
    "crossings": tr("Fence inventory: crossing structures"),
    "survey_areas": tr("Fence inventory: survey areas"),
}
LAYER_ABSTRACTS = {
    "fences": tr(
        "One line per fence section in the Nuudel fence data model (fence type, top "
        "wire, bottom wire and gap between the top two wires in centimetres, barbed "
        "wires), with who surveyed it when, a photo, the side of the road or railway, "
        "the owner and the status. Checked by nuudel:checkfenceinventory, judged by "
        "nuudel:fencepermeabilityaudit."
    ),
    "crossings": tr(
        "One point per crossing structure (underpass, overpass, bridge, culvert, "
        "level crossing, opening) with its clear width, clear height and length in "
        "metres, as nuudel:crossingspacingcheck reads them."
    ),
    "survey_areas": tr(
        "The areas a field team surveyed, with the date and the surveyor: "
        "fences outside them were not looked for."
    ),
}
ALIASES = {
    "name": tr("Name"),
    "fence_type": tr("Fence type"),
    "height_cm": tr("Top wire above ground (cm)"),
    "bottom_cm": tr("Bottom wire above ground (cm)"),
    "top_gap_cm": tr("Gap between the top two wires (cm)"),
    "barbed": tr("Barbed wires"),
    "survey_date": tr("Survey date"),
    "surveyor": tr("Surveyor"),
    "photo": tr("Photo"),
    "side": tr("Side"),
    "owner": tr("Owner"),
    "status": tr("Status"),
    "notes": tr("Notes"),
    "crossing_type": tr("Crossing type"),
    "width_m": tr("Clear width (m)"),
    "height_m": tr("Clear height (m)"),
    "length_m": tr("Length (m, the distance an animal walks through)"),
}
VALUE_LABELS = {
    "fence_type": {
        "strand": tr("Strand (wire) fence"),
        "mesh": tr("Mesh fence"),
        "solid": tr("Solid wall"),
        "electric": tr("Electric fence"),
        "rail": tr("Rail fence"),
        "opening": tr("Opening"),
    },
    "barbed": {
        "none": tr("no barbed wire"),
        "top": tr("top wire barbed"),
        "bottom": tr("bottom wire barbed"),
        "all": tr("all wires barbed"),
    },
    "side": {
        "left": tr("left of the road or railway"),
        "right": tr("right of the road or railway"),
        "single": tr("single fence"),
    },
    "status": {
        "existing": tr("existing"),
        "planned": tr("planned"),
        "removed": tr("removed"),
        "modified": tr("modified (made wildlife-friendly)"),
    },
    "crossing_type": {
        "underpass": tr("Underpass"),
        "overpass": tr("Overpass, green bridge"),
        "bridge": tr("Bridge"),
        "culvert": tr("Culvert"),
        "level": tr("Level crossing"),
        "opening": tr("Opening"),
    },
}
GROUPS = {
    "fences": (
        (tr("Fence"), ("name", "fence_type", "status", "side", "owner")),
        (tr("Wires (cm)"), ("height_cm", "bottom_cm", "top_gap_cm", "barbed")),
        (tr("Survey"), ("survey_date", "surveyor", "photo", "notes")),
    ),
    "crossings": (
        (tr("Crossing structure"), ("name", "crossing_type")),
        (tr("Clear size (m)"), ("width_m", "height_m", "length_m")),
        (tr("Survey"), ("survey_date", "photo", "notes")),
    ),
    "survey_areas": ((tr("Survey"), ("name", "survey_date", "surveyor", "notes")),),
}
LAYER_FIELDS = {
    "fences": FENCE_FIELDS,
    "crossings": CROSSING_FIELDS,
    "survey_areas": SURVEY_AREA_FIELDS,
}
GEOMETRIES = {"fences": "LineString", "crossings": "Point", "survey_areas": "Polygon"}
DEFAULTS = {"survey_date": "now()", "status": "'existing'", "side": "'single'"}
NOT_NULL_HARD = {
    "fences": ("fence_type", "status", "survey_date"),
    "crossings": ("crossing_type", "survey_date"),
    "survey_areas": ("survey_date",),
}
# Needed by the audit for wire fences (strand, electric, rail): a soft constraint warns.
NEEDED_FOR_WIRES = ("height_cm", "bottom_cm", "top_gap_cm", "barbed")
WIRE_TYPES = ("strand", "electric", "rail")
RANGE_TEXT = tr("{rule}: between {lo} and {hi}")
SEVERITY_TEXT = {"error": tr("error"), "warning": tr("warning")}


def field_ranges(profile) -> dict:
    """{field: (min, max, rule id)} of the numeric fields: fence heights from the profile's
    fence.plausible_cm, crossing sizes from inventory.plausible_m."""
    cm = fence_limits(profile)
    m = inventory_limits(profile)["plausible_m"]
    out = {
        f"{key}_cm": (float(cm[key]["min"]), float(cm[key]["max"]), cm.get("rule", "F-RANGE"))
        for key in ("height", "bottom", "top_gap")
    }
    out.update(
        {
            f"{key}_m": (float(m[key]["min"]), float(m[key]["max"]), m["rule"])
            for key in ("width", "height", "length")
        }
    )
    return out


def range_expression(name, lo, hi) -> str:
    """A QGIS expression true when field ``name`` is empty or within [lo, hi]."""
    return f'"{name}" IS NULL OR ("{name}" >= {lo:g} AND "{name}" <= {hi:g})'
