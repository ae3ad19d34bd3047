"""Per-parameter help (the dialog's tooltips) and the Advanced flag, for every algorithm.

Data, applied centrally (base.NuudelAlgorithm.addParameter; the provider for shipped models),
so an algorithm's initAlgorithm stays as it is: a new algorithm or parameter gets its help and
flag by adding a row here. A row is ``name: (English help, advanced)``; the English is marked
with QT_TRANSLATE_NOOP (pylupdate5 files it) and translated by :func:`table`. Rows several
algorithms share (the fence data model's fields, the crossing fields) are written once. ``"*"``
rows apply to every algorithm that has the parameter (the shared SPECIES, PROFILE, REPORT).
Advanced: what a user rarely changes (units, tolerances, the profile, resolution, costs); the
dialog folds those away.
"""

from .compat import ADVANCED
from .i18n import QT_TRANSLATE_NOOP, tr

ADV = True

# -- rows several algorithms share ------------------------------------------------------------

FENCE_FIELDS = {  # the fence data model's fields (audit, inventory check, permeability)
    "TYPE_FIELD": (
        QT_TRANSLATE_NOOP(
            "@default",
            "The field with the kind of fence: strand, mesh, solid, electric, "
            "rail or opening (case does not matter).",
        ),
        False,
    ),
    "HEIGHT_FIELD": (
        QT_TRANSLATE_NOOP(
            "@default",
            "The field with the height of the top wire above the ground. "
            "Set no field if the layer has none: the rules that need it "
            "give unknown.",
        ),
        False,
    ),
    "BOTTOM_FIELD": (
        QT_TRANSLATE_NOOP(
            "@default",
            "The field with the height of the bottom wire above the "
            "ground: gazelles and saiga crawl under it.",
        ),
        False,
    ),
    "TOP_GAP_FIELD": (
        QT_TRANSLATE_NOOP(
            "@default",
            "The field with the gap between the top two wires: argali "
            "and ibex catch their legs in a narrow gap.",
        ),
        False,
    ),
    "BARBED_FIELD": (
        QT_TRANSLATE_NOOP(
            "@default",
            "The field saying which wires are barbed: none, top, bottom or "
            "all (true/false, yes/no and 1/0 are read too).",
        ),
        False,
    ),
    "UNITS": (
        QT_TRANSLATE_NOOP(
            "@default",
            "Whether the height fields are in centimetres or metres. A unit "
            'written in a value ("45 cm") wins.',
        ),
        ADV,
    ),
}

# The crossing structures' fields (spacing check, permeability, mitigation, the EIA model).
CROSSING_TYPE = (
    QT_TRANSLATE_NOOP(
        "@default",
        "The field with the kind of structure: underpass, "
        "overpass, bridge, culvert, level or opening.",
    ),
    False,
)
CROSSING_WIDTH = (
    QT_TRANSLATE_NOOP("@default", "The field with the clear width of the structure in metres."),
    False,
)
CROSSING_HEIGHT = (
    QT_TRANSLATE_NOOP("@default", "The field with the clear height of the structure in metres."),
    False,
)
CROSSING_LENGTH = (
    QT_TRANSLATE_NOOP(
        "@default",
        "The field with the length of the structure in metres: the "
        "distance an animal walks through it.",
    ),
    False,
)

TOPOLOGY = (  # OUTPUT_TOPOLOGY of the fence audit and the crossing spacing check
    QT_TRANSLATE_NOOP(
        "@default",
        "Optional points where line ends were joined and where they nearly met "
        "(near misses), with the distance: check the digitising there.",
    ),
    False,
)

STUDY_AREA = (  # the no-go mask and the EIA model
    QT_TRANSLATE_NOOP(
        "@default",
        "Optional polygons to classify. Default: the extent of all inputs "
        "grown by the largest buffer.",
    ),
    False,
)

SHARED = {  # rows of every algorithm
    "SPECIES": (
        QT_TRANSLATE_NOOP(
            "@default",
            "The species to judge for. Each output has a column per species; "
            "the overall verdict is the worst over the species chosen.",
        ),
        False,
    ),
    "PROFILE": (
        QT_TRANSLATE_NOOP(
            "@default",
            "A JSON file replacing the shipped species profile "
            "(resources/profiles/species.json): same structure, your own "
            "thresholds and sources. Leave empty for the shipped profile.",
        ),
        ADV,
    ),
    "REPORT": (
        QT_TRANSLATE_NOOP(
            "@default",
            "An HTML page for an EIA: a one-sentence conclusion, a map, a "
            "chart, the rules with their sources, and the parameters used.",
        ),
        False,
    ),
}

# -- one table per algorithm --------------------------------------------------------------------

FENCE_AUDIT = {
    "INPUT": (
        QT_TRANSLATE_NOOP(
            "@default",
            "The fence segments to judge, one line per segment, in any CRS. "
            "Lengths are measured on the WGS84 ellipsoid.",
        ),
        False,
    ),
    **FENCE_FIELDS,
    "JOIN_TOLERANCE": (
        QT_TRANSLATE_NOOP(
            "@default",
            "Line ends closer than this (metres) are joined into one "
            "fence; empty: the profile's value.",
        ),
        ADV,
    ),
    "OUTPUT_TOPOLOGY": TOPOLOGY,
    "OUTPUT": (
        QT_TRANSLATE_NOOP(
            "@default",
            "The fence segments with every input field, a verdict per species "
            "(v_<code>), the worst verdict, the reasons and the length.",
        ),
        False,
    ),
    "SUMMARY": (
        QT_TRANSLATE_NOOP(
            "@default",
            "A table with one row per species: km per verdict, the barrier "
            "share and the longest unbroken barrier.",
        ),
        False,
    ),
}

CROSSING_SPACING = {
    "INPUT": (
        QT_TRANSLATE_NOOP(
            "@default",
            "The road or railway lines. Connected segments form routes; "
            "chainage runs along each route.",
        ),
        False,
    ),
    "ROUTE_FIELD": (
        QT_TRANSLATE_NOOP(
            "@default",
            "Optional: segments with the same value form one route. Without "
            "it, connected segments are joined into routes.",
        ),
        False,
    ),
    "CROSSINGS": (
        QT_TRANSLATE_NOOP(
            "@default",
            "The crossing structures (points): underpasses, overpasses, "
            "bridges, culverts, level crossings and openings.",
        ),
        False,
    ),
    "CROSSING_TYPE_FIELD": CROSSING_TYPE,
    "WIDTH_FIELD": CROSSING_WIDTH,
    "HEIGHT_FIELD": CROSSING_HEIGHT,
    "LENGTH_FIELD": CROSSING_LENGTH,
    "ZONES": (
        QT_TRANSLATE_NOOP(
            "@default",
            "Optional polygons, such as a migration range: the spacing rule "
            "applies only to the parts of the routes inside them.",
        ),
        False,
    ),
    "MAX_SPACING": (
        QT_TRANSLATE_NOOP(
            "@default",
            "The largest allowed distance between suitable crossings. Leave "
            "empty to use each species' value from the profile.",
        ),
        ADV,
    ),
    "SNAP_TOLERANCE": (
        QT_TRANSLATE_NOOP(
            "@default",
            "A crossing farther than this from every route is reported "
            "as not on a route (unmatched).",
        ),
        ADV,
    ),
    "JOIN_TOLERANCE": (
        QT_TRANSLATE_NOOP("@default", "Segment ends closer than this are joined into one route."),
        ADV,
    ),
    "CHAINAGE_START": (
        QT_TRANSLATE_NOOP(
            "@default",
            "Optional points: each route's chainage starts at its end "
            "nearest such a point (for example km 0 of the design).",
        ),
        False,
    ),
    "OUTPUT_TOPOLOGY": TOPOLOGY,
    "OUTPUT_CROSSINGS": (
        QT_TRANSLATE_NOOP(
            "@default",
            "The crossings with their suitability per species, the "
            "route and the chainage where they lie.",
        ),
        False,
    ),
    "OUTPUT_GAPS": (
        QT_TRANSLATE_NOOP(
            "@default",
            "The stretches between suitable crossings along each route, "
            "with their length and how far they exceed the limit.",
        ),
        False,
    ),
    "OUTPUT_PROPOSED": (
        QT_TRANSLATE_NOOP(
            "@default",
            "Points where new crossings would bring every gap within "
            "the limit, with the species each one serves.",
        ),
        False,
    ),
}

NOGO_MASK = {
    "STUDY_AREA": STUDY_AREA,
    "NOGO": (
        QT_TRANSLATE_NOOP(
            "@default",
            "Layers where no road or railway may go: protected areas, calving "
            "grounds, critical habitat. Any geometry.",
        ),
        False,
    ),
    "NOGO_BUFFER": (
        QT_TRANSLATE_NOOP("@default", "A buffer added around every no-go feature (metres)."),
        False,
    ),
    "CAUTION": (
        QT_TRANSLATE_NOOP(
            "@default",
            "Layers where a road or railway needs care: migration corridors, "
            "seasonal ranges. Any geometry.",
        ),
        False,
    ),
    "CAUTION_BUFFER": (
        QT_TRANSLATE_NOOP("@default", "A buffer added around every caution feature (metres)."),
        False,
    ),
    "BUFFER_FIELD": (
        QT_TRANSLATE_NOOP(
            "@default",
            "The name of a field with each feature's own buffer in metres; "
            "where it is empty the layer's buffer applies.",
        ),
        False,
    ),
    "WATER": (
        QT_TRANSLATE_NOOP(
            "@default",
            "Wells and springs (points). The Law on Water protects a zone around each.",
        ),
        False,
    ),
    "WATER_NOGO_BUFFER": (
        QT_TRANSLATE_NOOP(
            "@default",
            "No-go distance around each water source in metres "
            "(special protection zone, Law on Water art. 22.1).",
        ),
        ADV,
    ),
    "WATER_CAUTION_BUFFER": (
        QT_TRANSLATE_NOOP(
            "@default",
            "Caution distance around each water source in metres "
            "(ordinary protection zone, Law on Water art. 22.1).",
        ),
        ADV,
    ),
    "ALIGNMENT": (
        QT_TRANSLATE_NOOP(
            "@default",
            "Optional proposed road or railway lines: they are cut by zone and "
            "the km in each zone are reported.",
        ),
        False,
    ),
    "RESOLUTION": (
        QT_TRANSLATE_NOOP(
            "@default",
            "The cell size of the cost raster in metres: smaller cells are "
            "more precise and slower.",
        ),
        ADV,
    ),
    "CAUTION_COST": (
        QT_TRANSLATE_NOOP(
            "@default",
            "The cost of crossing a caution cell, where a suitable cell "
            "costs 1 and a no-go cell cannot be crossed.",
        ),
        ADV,
    ),
    "OUTPUT": (
        QT_TRANSLATE_NOOP(
            "@default",
            "The no-go, caution and suitable zones; they cover the study area "
            "without overlaps and name the layers behind each zone.",
        ),
        False,
    ),
    "OUTPUT_COST": (
        QT_TRANSLATE_NOOP(
            "@default",
            "Optional GeoTIFF for least-cost routing: 1 in suitable cells, "
            "the caution cost in caution cells, no data in no-go cells.",
        ),
        False,
    ),
    "OUTPUT_CONFLICTS": (
        QT_TRANSLATE_NOOP(
            "@default",
            "The proposed alignment cut by zone, with the length in "
            "each zone and the layers behind it.",
        ),
        False,
    ),
}

WITHIN_DISTANCE = {
    "INPUT": (
        QT_TRANSLATE_NOOP(
            "@default",
            "The features to keep or leave out, such as fences; any geometry, any CRS.",
        ),
        False,
    ),
    "REFERENCE": (
        QT_TRANSLATE_NOOP(
            "@default",
            "The layer the distance is measured from, such as the proposed alignment.",
        ),
        False,
    ),
    "DISTANCE": (
        QT_TRANSLATE_NOOP(
            "@default",
            "A feature is kept when any part of it lies within this many metres "
            "of the reference, measured on the WGS84 ellipsoid.",
        ),
        False,
    ),
    "OUTPUT": (
        QT_TRANSLATE_NOOP("@default", "The features within the distance, with all their fields."),
        False,
    ),
}

BARRIER_BEHAVIOUR = {
    "INPUT": (
        QT_TRANSLATE_NOOP(
            "@default", "The GPS fixes of the collared animals (points), in any CRS."
        ),
        False,
    ),
    "ANIMAL_FIELD": (
        QT_TRANSLATE_NOOP(
            "@default", "The field with the animal's id: each animal's fixes form one track."
        ),
        False,
    ),
    "TIME_FIELD": (
        QT_TRANSLATE_NOOP(
            "@default",
            "The field with the time of each fix; a time without an offset is taken as UTC.",
        ),
        False,
    ),
    "BARRIERS": (
        QT_TRANSLATE_NOOP(
            "@default", "The barriers the animals meet: fences, roads, railways (lines)."
        ),
        False,
    ),
    "DISTANCE": (
        QT_TRANSLATE_NOOP(
            "@default",
            "Fixes closer than this to a barrier (metres) belong to an encounter event.",
        ),
        False,
    ),
    "INTERVAL": (
        QT_TRANSLATE_NOOP(
            "@default",
            "The time between two fixes in hours; empty: each animal's most frequent time step.",
        ),
        ADV,
    ),
    "B_TIME": (
        QT_TRANSLATE_NOOP(
            "@default", "An event up to this long (hours) is a bounce or a quick cross."
        ),
        ADV,
    ),
    "P_TIME": (
        QT_TRANSLATE_NOOP("@default", "An event longer than this (hours) is trapped."),
        ADV,
    ),
    "WINDOW": (
        QT_TRANSLATE_NOOP(
            "@default",
            "The hours around an event whose movement gives the animal's normal straightness.",
        ),
        ADV,
    ),
    "TOLERANCE": (
        QT_TRANSLATE_NOOP(
            "@default",
            "Missing fixes up to this many hours inside an event are bridged; 0 bridges nothing.",
        ),
        ADV,
    ),
    "MAX_CROSS": (
        QT_TRANSLATE_NOOP(
            "@default",
            "A trace or back-and-forth may cross the barrier at most this many "
            "times; more gives unknown.",
        ),
        ADV,
    ),
    "SD_MULTIPLIER": (
        QT_TRANSLATE_NOOP(
            "@default",
            "How many standard deviations from the animal's mean "
            "straightness make an event a trace or back-and-forth.",
        ),
        ADV,
    ),
    "SPECIES": (
        QT_TRANSLATE_NOOP(
            "@default",
            "Optional: the species of the animals, to compare the behaviours "
            "with the fence audit's verdict for it.",
        ),
        False,
    ),
    "OUTPUT_EVENTS": (
        QT_TRANSLATE_NOOP(
            "@default",
            "One point per encounter event: animal, start, end, duration, crossings and behaviour.",
        ),
        False,
    ),
    "OUTPUT_BARRIERS": (
        QT_TRANSLATE_NOOP(
            "@default",
            "The barriers with their fields, the count of each behaviour "
            "and the barrier index (1: the most impermeable).",
        ),
        False,
    ),
}

ROAD_TRAFFIC = {
    "INPUT": (QT_TRANSLATE_NOOP("@default", "The roads to classify (lines), in any CRS."), False),
    "TRAFFIC_FIELD": (
        QT_TRANSLATE_NOOP(
            "@default",
            "The field with the vehicles a day (AADT); a missing or "
            "unreadable value gives unknown.",
        ),
        False,
    ),
    "BASE_YEAR": (QT_TRANSLATE_NOOP("@default", "The year the traffic was counted."), False),
    "GROWTH_FIELD": (
        QT_TRANSLATE_NOOP(
            "@default", "Optional: a field with each road's traffic growth in % a year."
        ),
        ADV,
    ),
    "GROWTH_RATE": (
        QT_TRANSLATE_NOOP(
            "@default", "Optional: the traffic growth in % a year for the roads without their own."
        ),
        ADV,
    ),
    "TARGET_YEAR": (
        QT_TRANSLATE_NOOP(
            "@default", "Optional: the traffic is grown to this year before it is classified."
        ),
        False,
    ),
    "OUTPUT": (
        QT_TRANSLATE_NOOP(
            "@default",
            "The roads with their traffic, band, CAMI high-volume flag and the "
            "chance of a 60 s gap between vehicles.",
        ),
        False,
    ),
    "SUMMARY": (
        QT_TRANSLATE_NOOP(
            "@default",
            "A table of km per traffic band: one row for all roads and one per reporting unit.",
        ),
        False,
    ),
    "REPORTING_UNITS": (
        QT_TRANSLATE_NOOP(
            "@default",
            "Optional polygons (aimags, soums): the summary gives km per band in each.",
        ),
        False,
    ),
}

LANDSCAPE_INPUTS = {  # landscape permeability's inputs, read the same by mitigation priorities
    "REPORTING_UNITS": (
        QT_TRANSLATE_NOOP(
            "@default", "The polygons to report on: aimags, soums, a grid or a study area."
        ),
        False,
    ),
    "FENCES": (
        QT_TRANSLATE_NOOP(
            "@default",
            "Optional fences in the fence data model: a fence cuts where the "
            "audit's verdict for the species is barrier.",
        ),
        False,
    ),
    **FENCE_FIELDS,
    "ROADS": (
        QT_TRANSLATE_NOOP(
            "@default",
            "Optional roads and railways: every road cuts, or with a traffic "
            "field only busy roads.",
        ),
        False,
    ),
    "TRAFFIC_FIELD": (
        QT_TRANSLATE_NOOP(
            "@default",
            "Optional: the field with vehicles a day; roads below the "
            "profile's threshold do not cut.",
        ),
        False,
    ),
    "OTHER_BARRIERS": (
        QT_TRANSLATE_NOOP(
            "@default",
            "Optional lines that cut for every species: walls, canals, impassable tracks.",
        ),
        False,
    ),
    "CROSSINGS": (
        QT_TRANSLATE_NOOP(
            "@default",
            "Optional crossing structures: a suitable one joins the meshes on "
            "both sides of the line it is on.",
        ),
        False,
    ),
    "CROSSING_TYPE_FIELD": CROSSING_TYPE,
    "WIDTH_FIELD": CROSSING_WIDTH,
    "CROSSING_HEIGHT_FIELD": CROSSING_HEIGHT,
    "LENGTH_FIELD": CROSSING_LENGTH,
}

LANDSCAPE = {
    **LANDSCAPE_INPUTS,
    "SNAP_TOLERANCE": (
        QT_TRANSLATE_NOOP(
            "@default", "A crossing farther than this from every cutting line joins nothing."
        ),
        ADV,
    ),
    "ALIGNMENT": (
        QT_TRANSLATE_NOOP(
            "@default",
            "Optional planned road or railway lines: they cut only in the "
            "after state, and the loss is reported.",
        ),
        False,
    ),
    "SPECIES": (
        QT_TRANSLATE_NOOP(
            "@default",
            "The species to judge for. Each output has columns per species; "
            "meff_min is the smallest over the species chosen.",
        ),
        False,
    ),
    "UNKNOWN_AS_BARRIER": (
        QT_TRANSLATE_NOOP(
            "@default", "Whether fences of unknown verdict cut (on: the careful reading)."
        ),
        ADV,
    ),
    "JOIN_TOLERANCE": (
        QT_TRANSLATE_NOOP(
            "@default",
            "Line ends closer than this to a cutting line or the region's "
            "edge are joined; empty: the profile's value.",
        ),
        ADV,
    ),
    "OUTPUT": (
        QT_TRANSLATE_NOOP(
            "@default",
            "The reporting units with the effective mesh size per species, "
            "before and after the alignment.",
        ),
        False,
    ),
    "OUTPUT_MESHES": (
        QT_TRANSLATE_NOOP(
            "@default",
            "The meshes of the whole region per species: one multipolygon per mesh with its area.",
        ),
        False,
    ),
}

IMPORT_OSM = {
    "INPUT": (
        QT_TRANSLATE_NOOP(
            "@default",
            "An OSM file (.osm or .pbf) or an OSM line layer with its tags in "
            "other_tags or in one column per tag.",
        ),
        False,
    ),
    "MAPPING": (
        QT_TRANSLATE_NOOP(
            "@default",
            "A JSON file replacing the shipped tag mapping "
            "(resources/osm_fence_mapping.json). Leave empty for the shipped "
            "mapping.",
        ),
        ADV,
    ),
    "OUTPUT": (
        QT_TRANSLATE_NOOP(
            "@default",
            "One line per fence way in the fence data model, with osm_id, source and notes.",
        ),
        False,
    ),
}

CREATE_INVENTORY = {
    "CRS": (
        QT_TRANSLATE_NOOP(
            "@default", "The CRS of the new layers; EPSG:4326 is what a phone's GPS records."
        ),
        ADV,
    ),
    "LANGUAGE": (
        QT_TRANSLATE_NOOP(
            "@default",
            "The language of the form labels, value labels and legends; the "
            "codes in the data stay English.",
        ),
        False,
    ),
    "PROFILE": (
        QT_TRANSLATE_NOOP(
            "@default",
            "A JSON file replacing the shipped species profile: its plausible "
            "values become the form's ranges. Leave empty for the shipped "
            "profile.",
        ),
        ADV,
    ),
    "OUTPUT": (
        QT_TRANSLATE_NOOP(
            "@default",
            "The new GeoPackage with the fences, crossings and survey_areas "
            "layers; an existing file is never overwritten.",
        ),
        False,
    ),
    "PROJECT": (
        QT_TRANSLATE_NOOP(
            "@default",
            "Optional QGIS project (.qgz) with the three layers, to open in "
            "QField; save it beside the GeoPackage.",
        ),
        False,
    ),
}

CHECK_INVENTORY = {
    "INPUT": (
        QT_TRANSLATE_NOOP(
            "@default", "The fence segments to check, one line per segment, in any CRS."
        ),
        False,
    ),
    **FENCE_FIELDS,
    "CROSSINGS": (
        QT_TRANSLATE_NOOP(
            "@default",
            "Optional crossing structures: those far from every fence and route are reported.",
        ),
        False,
    ),
    "ROUTES": (
        QT_TRANSLATE_NOOP(
            "@default",
            "Optional roads or railways: a crossing near them is not reported as far.",
        ),
        False,
    ),
    "JOIN_TOLERANCE": (
        QT_TRANSLATE_NOOP(
            "@default",
            "Section ends closer than this (metres) are joined; ends a "
            "little farther are reported as gaps. Empty: the profile's "
            "value.",
        ),
        ADV,
    ),
    "SPECIES": (
        QT_TRANSLATE_NOOP(
            "@default",
            "The species whose audit counts: a value is reported missing where "
            "their rules need it.",
        ),
        False,
    ),
    "OUTPUT_ISSUES": (
        QT_TRANSLATE_NOOP(
            "@default",
            "One point per problem, with its code, severity, rule and a "
            "message in English and Mongolian.",
        ),
        False,
    ),
}

MITIGATION = {
    **LANDSCAPE_INPUTS,
    "CANDIDATES": (
        QT_TRANSLATE_NOOP(
            "@default",
            "Optional proposed fixes (points or lines), e.g. the crossing "
            "spacing check's proposed crossings; empty: openings along the "
            "fences and crossings on the roads are generated.",
        ),
        False,
    ),
    "CANDIDATE_TYPE_FIELD": (
        QT_TRANSLATE_NOOP(
            "@default",
            "The field with the kind of fix: opening, "
            "raise_bottom_wire, smooth_bottom_wire, let_down, underpass, "
            "overpass or remove.",
        ),
        False,
    ),
    "COST_FIELD": (
        QT_TRANSLATE_NOOP(
            "@default",
            "Optional field with each fix's cost in MNT; empty: the profile's "
            "unit costs (placeholders to replace).",
        ),
        False,
    ),
    "OPENING_SPACING": (
        QT_TRANSLATE_NOOP(
            "@default",
            "Spacing in km of the openings generated along the fences; "
            "empty: the profile's (1 km).",
        ),
        ADV,
    ),
    "SPECIES_WEIGHTS": (
        QT_TRANSLATE_NOOP(
            "@default",
            "Optional weights per species, e.g. khulan:2,mgaz:1; empty: "
            "every species counts the same.",
        ),
        ADV,
    ),
    "BUDGET": (
        QT_TRANSLATE_NOOP(
            "@default", "Optional budget in MNT: fixes are ranked until it is spent."
        ),
        False,
    ),
    "MAX_CANDIDATES": (QT_TRANSLATE_NOOP("@default", "How many fixes to rank at most."), False),
    "OUTPUT": (
        QT_TRANSLATE_NOOP(
            "@default",
            "Every candidate with its rank, cost, gain per species and cumulative "
            "gain; the ranked ones first.",
        ),
        False,
    ),
}

EIA_SCREENING = {  # the model: its outputs, and its inputs with the help of the algorithms fed
    "ALIGNMENT_OPTION_FIELD": (
        QT_TRANSLATE_NOOP(
            "@default",
            "Optional: a field naming the alignment options; each "
            "option is screened as its own route.",
        ),
        False,
    ),
    "STUDY_AREA": STUDY_AREA,
    "nogo:Zones": (QT_TRANSLATE_NOOP("@default", "The no-go, caution and suitable zones."), False),
    "nogo:Alignment in zones": (
        QT_TRANSLATE_NOOP("@default", "The alignment cut by zone."),
        False,
    ),
    "nogo:No-go mask report": (
        QT_TRANSLATE_NOOP("@default", "The no-go mask's HTML report."),
        False,
    ),
    "spacing:Crossings on the alignment": (
        QT_TRANSLATE_NOOP("@default", "The crossing structures judged along the alignment."),
        False,
    ),
    "spacing:Crossing gaps": (
        QT_TRANSLATE_NOOP("@default", "The stretches between suitable crossings."),
        False,
    ),
    "spacing:Proposed crossings": (
        QT_TRANSLATE_NOOP("@default", "Where new crossings are needed."),
        False,
    ),
    "spacing:Crossing spacing report": (
        QT_TRANSLATE_NOOP("@default", "The crossing spacing check's HTML report."),
        False,
    ),
    "audit:Audited fences along the alignment": (
        QT_TRANSLATE_NOOP("@default", "The fences near the alignment, judged per species."),
        False,
    ),
    "audit:Fence audit summary": (
        QT_TRANSLATE_NOOP("@default", "Km per verdict per species for those fences."),
        False,
    ),
    "audit:Fence audit report": (
        QT_TRANSLATE_NOOP("@default", "The fence audit's HTML report."),
        False,
    ),
    "ALIGNMENT": (
        QT_TRANSLATE_NOOP("@default", "The proposed road or railway lines to screen."),
        False,
    ),
    "PROTECTED_AREAS": NOGO_MASK["NOGO"],
    "CAUTION_AREAS": NOGO_MASK["CAUTION"],
    "BUFFER_FIELD": NOGO_MASK["BUFFER_FIELD"],
    "WATER": NOGO_MASK["WATER"],
    "CROSSINGS": CROSSING_SPACING["CROSSINGS"],
    "CROSSING_TYPE_FIELD": CROSSING_TYPE,
    "CROSSING_WIDTH_FIELD": CROSSING_WIDTH,
    "CROSSING_HEIGHT_FIELD": CROSSING_HEIGHT,
    "CROSSING_LENGTH_FIELD": CROSSING_LENGTH,
    "MIGRATION_RANGE": CROSSING_SPACING["ZONES"],
    "FENCES": (
        QT_TRANSLATE_NOOP("@default", "The fence segments; those near the alignment are audited."),
        False,
    ),
    "FENCE_DISTANCE": (
        QT_TRANSLATE_NOOP(
            "@default",
            "Fences within this distance of the alignment (metres, on the ellipsoid) are audited.",
        ),
        False,
    ),
    **{f"FENCE_{key}": row for key, row in FENCE_FIELDS.items() if key != "UNITS"},
}

ROWS = {
    "*": SHARED,
    "fencepermeabilityaudit": FENCE_AUDIT,
    "crossingspacingcheck": CROSSING_SPACING,
    "nogoalignmentmask": NOGO_MASK,
    "withindistance": WITHIN_DISTANCE,
    "barrierbehaviour": BARRIER_BEHAVIOUR,
    "roadtrafficbarrier": ROAD_TRAFFIC,
    "landscapepermeability": LANDSCAPE,
    "importosmfences": IMPORT_OSM,
    "createfenceinventory": CREATE_INVENTORY,
    "checkfenceinventory": CHECK_INVENTORY,
    "mitigationpriorities": MITIGATION,
    "eiascreening": EIA_SCREENING,
}


def table() -> dict:
    """{algorithm name or "*": {parameter name: (help in the active language, advanced)}}."""
    return {
        alg: {name: (tr(text), advanced) for name, (text, advanced) in rows.items()}
        for alg, rows in ROWS.items()
    }


def entry(alg_name: str, param_name: str, rows=None):
    """(help, advanced) of a parameter, or None when the table has no row for it. Without
    ``rows`` only this row is translated (every parameter of every dialog asks)."""
    if rows is not None:
        return rows.get(alg_name, {}).get(param_name) or rows["*"].get(param_name)
    found = ROWS.get(alg_name, {}).get(param_name) or ROWS["*"].get(param_name)
    return None if found is None else (tr(found[0]), found[1])


def apply(param, alg_name: str, rows=None, keep_help=False) -> None:
    """Set ``param``'s help and Advanced flag from the table (``keep_help``: only where the
    parameter has no help of its own, as in a model file)."""
    found = entry(alg_name, param.name(), rows)
    if found is None:
        return
    text, advanced = found
    if not (keep_help and param.help()):
        param.setHelp(text)
    if advanced:
        param.setFlags(param.flags() | ADVANCED)
