"""The fence inventory's data model: the layers, fields and codes shared by the inventory
algorithms (create, check, import from OSM). QGIS-free: field kinds are the names
processing/compat.field takes."""

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
OSM_FIELDS = (("name", "string"),) + FENCE_MODEL + (
    ("osm_id", "string"), ("source", "string"), ("notes", "string"))

FENCE_TYPES = ("strand", "mesh", "solid", "electric", "rail", "opening")
BARBED_CODES = ("none", "top", "bottom", "all")
SIDES = ("left", "right", "single")
STATUSES = ("existing", "planned", "removed", "modified")
CROSSING_TYPES = ("underpass", "overpass", "bridge", "culvert", "level", "opening")
