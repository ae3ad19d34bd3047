"""Per-parameter help (the dialog's tooltips) and the Advanced flag, for every algorithm.

One table, applied centrally (base.NuudelAlgorithm.addParameter; the provider for shipped
models), so an algorithm's initAlgorithm stays as it is: a new algorithm or parameter gets its
help and flag by adding a row here. ``"*"`` rows apply to every algorithm that has the
parameter (the shared SPECIES, PROFILE, REPORT). Advanced: what a user rarely changes (units,
tolerances, the profile, resolution, costs); the dialog folds those away.
"""

from .compat import ADVANCED
from .i18n import tr

ADV = True


def _fence_rows() -> dict:
    """The fence data model's fields (audit, inventory check, landscape permeability)."""
    return {  # the fence data model's fields (audit, inventory check, permeability)
        "TYPE_FIELD": (
            tr(
                "The field with the kind of fence: strand, mesh, solid, electric, "
                "rail or opening (case does not matter)."
            ),
            False,
        ),
        "HEIGHT_FIELD": (
            tr(
                "The field with the height of the top wire above the ground. "
                "Set no field if the layer has none: the rules that need it "
                "give unknown."
            ),
            False,
        ),
        "BOTTOM_FIELD": (
            tr(
                "The field with the height of the bottom wire above the "
                "ground: gazelles and saiga crawl under it."
            ),
            False,
        ),
        "TOP_GAP_FIELD": (
            tr(
                "The field with the gap between the top two wires: argali "
                "and ibex catch their legs in a narrow gap."
            ),
            False,
        ),
        "BARBED_FIELD": (
            tr(
                "The field saying which wires are barbed: none, top, bottom or "
                "all (true/false, yes/no and 1/0 are read too)."
            ),
            False,
        ),
        "UNITS": (
            tr(
                "Whether the height fields are in centimetres or metres. A unit "
                'written in a value ("45 cm") wins.'
            ),
            ADV,
        ),
    }


def _topology_row() -> tuple:
    """OUTPUT_TOPOLOGY of the fence audit and the crossing spacing check."""
    return (
        tr(
            "Optional points where line ends were joined and where they nearly met "
            "(near misses), with the distance: check the digitising there."
        ),
        False,
    )


def _shared_rows() -> dict:
    """Rows of every algorithm."""
    return {
        "SPECIES": (
            tr(
                "The species to judge for. Each output has a column per species; "
                "the overall verdict is the worst over the species chosen."
            ),
            False,
        ),
        "PROFILE": (
            tr(
                "A JSON file replacing the shipped species profile "
                "(resources/profiles/species.json): same structure, your own "
                "thresholds and sources. Leave empty for the shipped profile."
            ),
            ADV,
        ),
        "REPORT": (
            tr(
                "An HTML page for an EIA: a one-sentence conclusion, a map, a "
                "chart, the rules with their sources, and the parameters used."
            ),
            False,
        ),
    }


def _fencepermeabilityaudit_rows() -> dict:
    """Rows of fencepermeabilityaudit."""
    fence = _fence_rows()
    topology = _topology_row()
    return {
        "INPUT": (
            tr(
                "The fence segments to judge, one line per segment, in any CRS. "
                "Lengths are measured on the WGS84 ellipsoid."
            ),
            False,
        ),
        **fence,
        "JOIN_TOLERANCE": (
            tr(
                "Line ends closer than this (metres) are joined into one "
                "fence; empty: the profile's value."
            ),
            ADV,
        ),
        "OUTPUT_TOPOLOGY": topology,
        "OUTPUT": (
            tr(
                "The fence segments with every input field, a verdict per species "
                "(v_<code>), the worst verdict, the reasons and the length."
            ),
            False,
        ),
        "SUMMARY": (
            tr(
                "A table with one row per species: km per verdict, the barrier "
                "share and the longest unbroken barrier."
            ),
            False,
        ),
    }


def _crossingspacingcheck_rows() -> dict:
    """Rows of crossingspacingcheck."""
    topology = _topology_row()
    return {
        "INPUT": (
            tr(
                "The road or railway lines. Connected segments form routes; "
                "chainage runs along each route."
            ),
            False,
        ),
        "ROUTE_FIELD": (
            tr(
                "Optional: segments with the same value form one route. Without "
                "it, connected segments are joined into routes."
            ),
            False,
        ),
        "CROSSINGS": (
            tr(
                "The crossing structures (points): underpasses, overpasses, "
                "bridges, culverts, level crossings and openings."
            ),
            False,
        ),
        "CROSSING_TYPE_FIELD": (
            tr(
                "The field with the kind of structure: underpass, "
                "overpass, bridge, culvert, level or opening."
            ),
            False,
        ),
        "WIDTH_FIELD": (tr("The field with the clear width of the structure in metres."), False),
        "HEIGHT_FIELD": (tr("The field with the clear height of the structure in metres."), False),
        "LENGTH_FIELD": (
            tr(
                "The field with the length of the structure in metres: the "
                "distance an animal walks through it."
            ),
            False,
        ),
        "ZONES": (
            tr(
                "Optional polygons, such as a migration range: the spacing rule "
                "applies only to the parts of the routes inside them."
            ),
            False,
        ),
        "MAX_SPACING": (
            tr(
                "The largest allowed distance between suitable crossings. Leave "
                "empty to use each species' value from the profile."
            ),
            ADV,
        ),
        "SNAP_TOLERANCE": (
            tr(
                "A crossing farther than this from every route is reported "
                "as not on a route (unmatched)."
            ),
            ADV,
        ),
        "JOIN_TOLERANCE": (tr("Segment ends closer than this are joined into one route."), ADV),
        "CHAINAGE_START": (
            tr(
                "Optional points: each route's chainage starts at its end "
                "nearest such a point (for example km 0 of the design)."
            ),
            False,
        ),
        "OUTPUT_TOPOLOGY": topology,
        "OUTPUT_CROSSINGS": (
            tr(
                "The crossings with their suitability per species, the "
                "route and the chainage where they lie."
            ),
            False,
        ),
        "OUTPUT_GAPS": (
            tr(
                "The stretches between suitable crossings along each route, "
                "with their length and how far they exceed the limit."
            ),
            False,
        ),
        "OUTPUT_PROPOSED": (
            tr(
                "Points where new crossings would bring every gap within "
                "the limit, with the species each one serves."
            ),
            False,
        ),
    }


def _nogoalignmentmask_rows() -> dict:
    """Rows of nogoalignmentmask."""
    return {
        "STUDY_AREA": (
            tr(
                "Optional polygons to classify. Default: the extent of all inputs "
                "grown by the largest buffer."
            ),
            False,
        ),
        "NOGO": (
            tr(
                "Layers where no road or railway may go: protected areas, calving "
                "grounds, critical habitat. Any geometry."
            ),
            False,
        ),
        "NOGO_BUFFER": (tr("A buffer added around every no-go feature (metres)."), False),
        "CAUTION": (
            tr(
                "Layers where a road or railway needs care: migration corridors, "
                "seasonal ranges. Any geometry."
            ),
            False,
        ),
        "CAUTION_BUFFER": (tr("A buffer added around every caution feature (metres)."), False),
        "BUFFER_FIELD": (
            tr(
                "The name of a field with each feature's own buffer in metres; "
                "where it is empty the layer's buffer applies."
            ),
            False,
        ),
        "WATER": (
            tr("Wells and springs (points). The Law on Water protects a zone around each."),
            False,
        ),
        "WATER_NOGO_BUFFER": (
            tr(
                "No-go distance around each water source in metres "
                "(special protection zone, Law on Water art. 22.1)."
            ),
            ADV,
        ),
        "WATER_CAUTION_BUFFER": (
            tr(
                "Caution distance around each water source in metres "
                "(ordinary protection zone, Law on Water art. 22.1)."
            ),
            ADV,
        ),
        "ALIGNMENT": (
            tr(
                "Optional proposed road or railway lines: they are cut by zone and "
                "the km in each zone are reported."
            ),
            False,
        ),
        "RESOLUTION": (
            tr(
                "The cell size of the cost raster in metres: smaller cells are "
                "more precise and slower."
            ),
            ADV,
        ),
        "CAUTION_COST": (
            tr(
                "The cost of crossing a caution cell, where a suitable cell "
                "costs 1 and a no-go cell cannot be crossed."
            ),
            ADV,
        ),
        "OUTPUT": (
            tr(
                "The no-go, caution and suitable zones; they cover the study area "
                "without overlaps and name the layers behind each zone."
            ),
            False,
        ),
        "OUTPUT_COST": (
            tr(
                "Optional GeoTIFF for least-cost routing: 1 in suitable cells, "
                "the caution cost in caution cells, no data in no-go cells."
            ),
            False,
        ),
        "OUTPUT_CONFLICTS": (
            tr(
                "The proposed alignment cut by zone, with the length in "
                "each zone and the layers behind it."
            ),
            False,
        ),
    }


def _withindistance_rows() -> dict:
    """Rows of withindistance."""
    return {
        "INPUT": (
            tr("The features to keep or leave out, such as fences; any geometry, any CRS."),
            False,
        ),
        "REFERENCE": (
            tr("The layer the distance is measured from, such as the proposed alignment."),
            False,
        ),
        "DISTANCE": (
            tr(
                "A feature is kept when any part of it lies within this many metres "
                "of the reference, measured on the WGS84 ellipsoid."
            ),
            False,
        ),
        "OUTPUT": (tr("The features within the distance, with all their fields."), False),
    }


def _barrierbehaviour_rows() -> dict:
    """Rows of barrierbehaviour."""
    return {
        "INPUT": (tr("The GPS fixes of the collared animals (points), in any CRS."), False),
        "ANIMAL_FIELD": (
            tr("The field with the animal's id: each animal's fixes form one track."),
            False,
        ),
        "TIME_FIELD": (
            tr("The field with the time of each fix; a time without an offset is taken as UTC."),
            False,
        ),
        "BARRIERS": (tr("The barriers the animals meet: fences, roads, railways (lines)."), False),
        "DISTANCE": (
            tr("Fixes closer than this to a barrier (metres) belong to an encounter event."),
            False,
        ),
        "INTERVAL": (
            tr(
                "The time between two fixes in hours; empty: each animal's most frequent time step."
            ),
            ADV,
        ),
        "B_TIME": (tr("An event up to this long (hours) is a bounce or a quick cross."), ADV),
        "P_TIME": (tr("An event longer than this (hours) is trapped."), ADV),
        "WINDOW": (
            tr("The hours around an event whose movement gives the animal's normal straightness."),
            ADV,
        ),
        "TOLERANCE": (
            tr(
                "Missing fixes up to this many hours inside an event are bridged; "
                "0 bridges nothing."
            ),
            ADV,
        ),
        "MAX_CROSS": (
            tr(
                "A trace or back-and-forth may cross the barrier at most this many "
                "times; more gives unknown."
            ),
            ADV,
        ),
        "SD_MULTIPLIER": (
            tr(
                "How many standard deviations from the animal's mean "
                "straightness make an event a trace or back-and-forth."
            ),
            ADV,
        ),
        "SPECIES": (
            tr(
                "Optional: the species of the animals, to compare the behaviours "
                "with the fence audit's verdict for it."
            ),
            False,
        ),
        "OUTPUT_EVENTS": (
            tr(
                "One point per encounter event: animal, start, end, duration, "
                "crossings and behaviour."
            ),
            False,
        ),
        "OUTPUT_BARRIERS": (
            tr(
                "The barriers with their fields, the count of each behaviour "
                "and the barrier index (1: the most impermeable)."
            ),
            False,
        ),
    }


def _roadtrafficbarrier_rows() -> dict:
    """Rows of roadtrafficbarrier."""
    return {
        "INPUT": (tr("The roads to classify (lines), in any CRS."), False),
        "TRAFFIC_FIELD": (
            tr(
                "The field with the vehicles a day (AADT); a missing or "
                "unreadable value gives unknown."
            ),
            False,
        ),
        "BASE_YEAR": (tr("The year the traffic was counted."), False),
        "GROWTH_FIELD": (tr("Optional: a field with each road's traffic growth in % a year."), ADV),
        "GROWTH_RATE": (
            tr("Optional: the traffic growth in % a year for the roads without their own."),
            ADV,
        ),
        "TARGET_YEAR": (
            tr("Optional: the traffic is grown to this year before it is classified."),
            False,
        ),
        "OUTPUT": (
            tr(
                "The roads with their traffic, band, CAMI high-volume flag and the "
                "chance of a 60 s gap between vehicles."
            ),
            False,
        ),
        "SUMMARY": (
            tr("A table of km per traffic band: one row for all roads and one per reporting unit."),
            False,
        ),
        "REPORTING_UNITS": (
            tr("Optional polygons (aimags, soums): the summary gives km per band in each."),
            False,
        ),
    }


def _landscapepermeability_rows() -> dict:
    """Rows of landscapepermeability."""
    fence = _fence_rows()
    return {
        "REPORTING_UNITS": (
            tr("The polygons to report on: aimags, soums, a grid or a study area."),
            False,
        ),
        "FENCES": (
            tr(
                "Optional fences in the fence data model: a fence cuts where the "
                "audit's verdict for the species is barrier."
            ),
            False,
        ),
        **fence,
        "ROADS": (
            tr(
                "Optional roads and railways: every road cuts, or with a traffic "
                "field only busy roads."
            ),
            False,
        ),
        "TRAFFIC_FIELD": (
            tr(
                "Optional: the field with vehicles a day; roads below the "
                "profile's threshold do not cut."
            ),
            False,
        ),
        "OTHER_BARRIERS": (
            tr("Optional lines that cut for every species: walls, canals, impassable tracks."),
            False,
        ),
        "CROSSINGS": (
            tr(
                "Optional crossing structures: a suitable one joins the meshes on "
                "both sides of the line it is on."
            ),
            False,
        ),
        "CROSSING_TYPE_FIELD": (
            tr(
                "The field with the kind of structure: underpass, "
                "overpass, bridge, culvert, level or opening."
            ),
            False,
        ),
        "WIDTH_FIELD": (tr("The field with the clear width of the structure in metres."), False),
        "CROSSING_HEIGHT_FIELD": (
            tr("The field with the clear height of the structure in metres."),
            False,
        ),
        "LENGTH_FIELD": (
            tr(
                "The field with the length of the structure in metres: the "
                "distance an animal walks through it."
            ),
            False,
        ),
        "SNAP_TOLERANCE": (
            tr("A crossing farther than this from every cutting line joins nothing."),
            ADV,
        ),
        "ALIGNMENT": (
            tr(
                "Optional planned road or railway lines: they cut only in the "
                "after state, and the loss is reported."
            ),
            False,
        ),
        "SPECIES": (
            tr(
                "The species to judge for. Each output has columns per species; "
                "meff_min is the smallest over the species chosen."
            ),
            False,
        ),
        "UNKNOWN_AS_BARRIER": (
            tr("Whether fences of unknown verdict cut (on: the careful reading)."),
            ADV,
        ),
        "JOIN_TOLERANCE": (
            tr(
                "Line ends closer than this to a cutting line or the region's "
                "edge are joined; empty: the profile's value."
            ),
            ADV,
        ),
        "OUTPUT": (
            tr(
                "The reporting units with the effective mesh size per species, "
                "before and after the alignment."
            ),
            False,
        ),
        "OUTPUT_MESHES": (
            tr(
                "The meshes of the whole region per species: one multipolygon "
                "per mesh with its area."
            ),
            False,
        ),
    }


def _importosmfences_rows() -> dict:
    """Rows of importosmfences."""
    return {
        "INPUT": (
            tr(
                "An OSM file (.osm or .pbf) or an OSM line layer with its tags in "
                "other_tags or in one column per tag."
            ),
            False,
        ),
        "MAPPING": (
            tr(
                "A JSON file replacing the shipped tag mapping "
                "(resources/osm_fence_mapping.json). Leave empty for the shipped "
                "mapping."
            ),
            ADV,
        ),
        "OUTPUT": (
            tr("One line per fence way in the fence data model, with osm_id, source and notes."),
            False,
        ),
    }


def _createfenceinventory_rows() -> dict:
    """Rows of createfenceinventory."""
    return {
        "CRS": (tr("The CRS of the new layers; EPSG:4326 is what a phone's GPS records."), ADV),
        "LANGUAGE": (
            tr(
                "The language of the form labels, value labels and legends; the "
                "codes in the data stay English."
            ),
            False,
        ),
        "PROFILE": (
            tr(
                "A JSON file replacing the shipped species profile: its plausible "
                "values become the form's ranges. Leave empty for the shipped "
                "profile."
            ),
            ADV,
        ),
        "OUTPUT": (
            tr(
                "The new GeoPackage with the fences, crossings and survey_areas "
                "layers; an existing file is never overwritten."
            ),
            False,
        ),
        "PROJECT": (
            tr(
                "Optional QGIS project (.qgz) with the three layers, to open in "
                "QField; save it beside the GeoPackage."
            ),
            False,
        ),
    }


def _checkfenceinventory_rows() -> dict:
    """Rows of checkfenceinventory."""
    fence = _fence_rows()
    return {
        "INPUT": (tr("The fence segments to check, one line per segment, in any CRS."), False),
        **fence,
        "CROSSINGS": (
            tr("Optional crossing structures: those far from every fence and route are reported."),
            False,
        ),
        "ROUTES": (
            tr("Optional roads or railways: a crossing near them is not reported as far."),
            False,
        ),
        "JOIN_TOLERANCE": (
            tr(
                "Section ends closer than this (metres) are joined; ends a "
                "little farther are reported as gaps. Empty: the profile's "
                "value."
            ),
            ADV,
        ),
        "SPECIES": (
            tr(
                "The species whose audit counts: a value is reported missing where "
                "their rules need it."
            ),
            False,
        ),
        "OUTPUT_ISSUES": (
            tr(
                "One point per problem, with its code, severity, rule and a "
                "message in English and Mongolian."
            ),
            False,
        ),
    }


def _eiascreening_rows() -> dict:
    """Rows of eiascreening."""
    return {
        "ALIGNMENT_OPTION_FIELD": (
            tr(
                "Optional: a field naming the alignment options; each "
                "option is screened as its own route."
            ),
            False,
        ),
        "STUDY_AREA": (
            tr(
                "Optional polygons to classify. Default: the extent of all inputs "
                "grown by the largest buffer."
            ),
            False,
        ),
        "nogo:Zones": (tr("The no-go, caution and suitable zones."), False),
        "nogo:Alignment in zones": (tr("The alignment cut by zone."), False),
        "nogo:No-go mask report": (tr("The no-go mask's HTML report."), False),
        "spacing:Crossings on the alignment": (
            tr("The crossing structures judged along the alignment."),
            False,
        ),
        "spacing:Crossing gaps": (tr("The stretches between suitable crossings."), False),
        "spacing:Proposed crossings": (tr("Where new crossings are needed."), False),
        "spacing:Crossing spacing report": (tr("The crossing spacing check's HTML report."), False),
        "audit:Audited fences along the alignment": (
            tr("The fences near the alignment, judged per species."),
            False,
        ),
        "audit:Fence audit summary": (tr("Km per verdict per species for those fences."), False),
        "audit:Fence audit report": (tr("The fence audit's HTML report."), False),
    }


def _mitigationpriorities_rows() -> dict:
    """Rows of mitigationpriorities (its landscape inputs read as landscape permeability's)."""
    shared = _landscapepermeability_rows()
    keep = (
        "REPORTING_UNITS",
        "FENCES",
        "TYPE_FIELD",
        "HEIGHT_FIELD",
        "BOTTOM_FIELD",
        "TOP_GAP_FIELD",
        "BARBED_FIELD",
        "UNITS",
        "ROADS",
        "TRAFFIC_FIELD",
        "OTHER_BARRIERS",
        "CROSSINGS",
        "CROSSING_TYPE_FIELD",
        "WIDTH_FIELD",
        "CROSSING_HEIGHT_FIELD",
        "LENGTH_FIELD",
    )
    return {
        **{key: shared[key] for key in keep},
        "CANDIDATES": (
            tr(
                "Optional proposed fixes (points or lines), e.g. the crossing "
                "spacing check's proposed crossings; empty: openings along the "
                "fences and crossings on the roads are generated."
            ),
            False,
        ),
        "CANDIDATE_TYPE_FIELD": (
            tr(
                "The field with the kind of fix: opening, "
                "raise_bottom_wire, smooth_bottom_wire, let_down, underpass, "
                "overpass or remove."
            ),
            False,
        ),
        "COST_FIELD": (
            tr(
                "Optional field with each fix's cost in MNT; empty: the profile's "
                "unit costs (placeholders to replace)."
            ),
            False,
        ),
        "OPENING_SPACING": (
            tr(
                "Spacing in km of the openings generated along the fences; "
                "empty: the profile's (1 km)."
            ),
            ADV,
        ),
        "SPECIES_WEIGHTS": (
            tr(
                "Optional weights per species, e.g. khulan:2,mgaz:1; empty: "
                "every species counts the same."
            ),
            ADV,
        ),
        "BUDGET": (tr("Optional budget in MNT: fixes are ranked until it is spent."), False),
        "MAX_CANDIDATES": (tr("How many fixes to rank at most."), False),
        "OUTPUT": (
            tr(
                "Every candidate with its rank, cost, gain per species and cumulative "
                "gain; the ranked ones first."
            ),
            False,
        ),
    }


def table() -> dict:
    """{algorithm name or "*": {parameter name: (help in the active language, advanced)}}."""
    rows = {
        "*": _shared_rows(),
        "fencepermeabilityaudit": _fencepermeabilityaudit_rows(),
        "crossingspacingcheck": _crossingspacingcheck_rows(),
        "nogoalignmentmask": _nogoalignmentmask_rows(),
        "withindistance": _withindistance_rows(),
        "barrierbehaviour": _barrierbehaviour_rows(),
        "roadtrafficbarrier": _roadtrafficbarrier_rows(),
        "landscapepermeability": _landscapepermeability_rows(),
        "importosmfences": _importosmfences_rows(),
        "createfenceinventory": _createfenceinventory_rows(),
        "checkfenceinventory": _checkfenceinventory_rows(),
        "mitigationpriorities": _mitigationpriorities_rows(),
        "eiascreening": _eiascreening_rows(),
    }
    model, spacing, nogo = (
        rows["eiascreening"],
        rows["crossingspacingcheck"],
        rows["nogoalignmentmask"],
    )
    model.update(
        {  # the model's inputs: the same help as the algorithms they feed
            "ALIGNMENT": (tr("The proposed road or railway lines to screen."), False),
            "PROTECTED_AREAS": nogo["NOGO"],
            "CAUTION_AREAS": nogo["CAUTION"],
            "BUFFER_FIELD": nogo["BUFFER_FIELD"],
            "WATER": nogo["WATER"],
            "CROSSINGS": spacing["CROSSINGS"],
            "CROSSING_TYPE_FIELD": spacing["CROSSING_TYPE_FIELD"],
            "CROSSING_WIDTH_FIELD": spacing["WIDTH_FIELD"],
            "CROSSING_HEIGHT_FIELD": spacing["HEIGHT_FIELD"],
            "CROSSING_LENGTH_FIELD": spacing["LENGTH_FIELD"],
            "MIGRATION_RANGE": spacing["ZONES"],
            "FENCES": (tr("The fence segments; those near the alignment are audited."), False),
            "FENCE_DISTANCE": (
                tr(
                    "Fences within this distance of the alignment (metres, on the "
                    "ellipsoid) are audited."
                ),
                False,
            ),
            **{f"FENCE_{key}": value for key, value in _fence_rows().items() if key != "UNITS"},
        }
    )
    return rows


def entry(alg_name: str, param_name: str, rows=None):
    """(help, advanced) of a parameter, or None when the table has no row for it."""
    rows = rows or table()
    return rows.get(alg_name, {}).get(param_name) or rows["*"].get(param_name)


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
