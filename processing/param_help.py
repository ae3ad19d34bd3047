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


def table() -> dict:
    """{algorithm name or "*": {parameter name: (help in the active language, advanced)}}."""
    return {
        "*": {
            "SPECIES": (tr("The species to judge for. Each output has a column per species; "
                           "the overall verdict is the worst over the species chosen."), False),
            "PROFILE": (tr("A JSON file replacing the shipped species profile "
                           "(resources/profiles/species.json): same structure, your own "
                           "thresholds and sources. Leave empty for the shipped profile."), ADV),
            "REPORT": (tr("An HTML page for an EIA: a one-sentence conclusion, a map, a "
                          "chart, the rules with their sources, and the parameters used."),
                       False),
        },
        "fencepermeabilityaudit": {
            "INPUT": (tr("The fence segments to judge, one line per segment, in any CRS. "
                         "Lengths are measured on the WGS84 ellipsoid."), False),
            "TYPE_FIELD": (tr("The field with the kind of fence: strand, mesh, solid, electric, "
                              "rail or opening (case does not matter)."), False),
            "HEIGHT_FIELD": (tr("The field with the height of the top wire above the ground. "
                                "Set no field if the layer has none: the rules that need it "
                                "give unknown."), False),
            "BOTTOM_FIELD": (tr("The field with the height of the bottom wire above the "
                                "ground: gazelles and saiga crawl under it."), False),
            "TOP_GAP_FIELD": (tr("The field with the gap between the top two wires: argali "
                                 "and ibex catch their legs in a narrow gap."), False),
            "BARBED_FIELD": (tr("The field saying which wires are barbed: none, top, bottom or "
                                "all (true/false, yes/no and 1/0 are read too)."), False),
            "UNITS": (tr("Whether the height fields are in centimetres or metres. A unit "
                         "written in a value (\"45 cm\") wins."), ADV),
            "OUTPUT": (tr("The fence segments with every input field, a verdict per species "
                          "(v_<code>), the worst verdict, the reasons and the length."), False),
            "SUMMARY": (tr("A table with one row per species: km per verdict, the barrier "
                           "share and the longest unbroken barrier."), False),
        },
        "crossingspacingcheck": {
            "INPUT": (tr("The road or railway lines. Connected segments form routes; "
                         "chainage runs along each route."), False),
            "ROUTE_FIELD": (tr("Optional: segments with the same value form one route. Without "
                               "it, connected segments are joined into routes."), False),
            "CROSSINGS": (tr("The crossing structures (points): underpasses, overpasses, "
                             "bridges, culverts, level crossings and openings."), False),
            "CROSSING_TYPE_FIELD": (tr("The field with the kind of structure: underpass, "
                                       "overpass, bridge, culvert, level or opening."), False),
            "WIDTH_FIELD": (tr("The field with the clear width of the structure in metres."),
                            False),
            "HEIGHT_FIELD": (tr("The field with the clear height of the structure in metres."),
                             False),
            "LENGTH_FIELD": (tr("The field with the length of the structure in metres: the "
                                "distance an animal walks through it."), False),
            "ZONES": (tr("Optional polygons, such as a migration range: the spacing rule "
                         "applies only to the parts of the routes inside them."), False),
            "MAX_SPACING": (tr("The largest allowed distance between suitable crossings. Leave "
                               "empty to use each species' value from the profile."), ADV),
            "SNAP_TOLERANCE": (tr("A crossing farther than this from every route is reported "
                                  "as not on a route (unmatched)."), ADV),
            "JOIN_TOLERANCE": (tr("Segment ends closer than this are joined into one route."),
                               ADV),
            "OUTPUT_CROSSINGS": (tr("The crossings with their suitability per species, the "
                                    "route and the chainage where they lie."), False),
            "OUTPUT_GAPS": (tr("The stretches between suitable crossings along each route, "
                               "with their length and how far they exceed the limit."), False),
            "OUTPUT_PROPOSED": (tr("Points where new crossings would bring every gap within "
                                   "the limit, with the species each one serves."), False),
        },
        "nogoalignmentmask": {
            "STUDY_AREA": (tr("Optional polygons to classify. Default: the extent of all inputs "
                              "grown by the largest buffer."), False),
            "NOGO": (tr("Layers where no road or railway may go: protected areas, calving "
                        "grounds, critical habitat. Any geometry."), False),
            "NOGO_BUFFER": (tr("A buffer added around every no-go feature (metres)."), False),
            "CAUTION": (tr("Layers where a road or railway needs care: migration corridors, "
                           "seasonal ranges. Any geometry."), False),
            "CAUTION_BUFFER": (tr("A buffer added around every caution feature (metres)."),
                               False),
            "BUFFER_FIELD": (tr("The name of a field with each feature's own buffer in metres; "
                                "where it is empty the layer's buffer applies."), False),
            "WATER": (tr("Wells and springs (points). The Law on Water protects a zone around "
                         "each."), False),
            "WATER_NOGO_BUFFER": (tr("No-go distance around each water source in metres "
                                     "(special protection zone, Law on Water art. 22.1)."), ADV),
            "WATER_CAUTION_BUFFER": (tr("Caution distance around each water source in metres "
                                        "(ordinary protection zone, Law on Water art. 22.1)."),
                                     ADV),
            "ALIGNMENT": (tr("Optional proposed road or railway lines: they are cut by zone and "
                             "the km in each zone are reported."), False),
            "RESOLUTION": (tr("The cell size of the cost raster in metres: smaller cells are "
                              "more precise and slower."), ADV),
            "CAUTION_COST": (tr("The cost of crossing a caution cell, where a suitable cell "
                                "costs 1 and a no-go cell cannot be crossed."), ADV),
            "OUTPUT": (tr("The no-go, caution and suitable zones; they cover the study area "
                          "without overlaps and name the layers behind each zone."), False),
            "OUTPUT_COST": (tr("Optional GeoTIFF for least-cost routing: 1 in suitable cells, "
                               "the caution cost in caution cells, no data in no-go cells."),
                            False),
            "OUTPUT_CONFLICTS": (tr("The proposed alignment cut by zone, with the length in "
                                    "each zone and the layers behind it."), False),
        },
        "eiascreening": {
            "ALIGNMENT_OPTION_FIELD": (tr("Optional: a field naming the alignment options; each "
                                          "option is screened as its own route."), False),
            "STUDY_AREA": (tr("Optional polygons to classify. Default: the extent of all inputs "
                              "grown by the largest buffer."), False),
            "nogo:Zones": (tr("The no-go, caution and suitable zones."), False),
            "nogo:Alignment in zones": (tr("The alignment cut by zone."), False),
            "nogo:No-go mask report": (tr("The no-go mask's HTML report."), False),
            "spacing:Crossings on the alignment": (tr("The crossing structures judged along the "
                                                      "alignment."), False),
            "spacing:Crossing gaps": (tr("The stretches between suitable crossings."), False),
            "spacing:Proposed crossings": (tr("Where new crossings are needed."), False),
            "spacing:Crossing spacing report": (tr("The crossing spacing check's HTML report."),
                                                False),
            "audit:Audited fences along the alignment": (tr("The fences near the alignment, "
                                                            "judged per species."), False),
            "audit:Fence audit summary": (tr("Km per verdict per species for those fences."),
                                          False),
            "audit:Fence audit report": (tr("The fence audit's HTML report."), False),
        },
    }


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
