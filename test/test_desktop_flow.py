"""The toolbox dialog's flow (issue 18): processing.runAndLoadResults, as the dialog runs an
algorithm, with temporary outputs (the dialog's default) and with file outputs, in English and
Mongolian. No error may be reported, every layer output must be loaded into the project, styled
with a Nuudel style, and named in the active language.

A new algorithm is covered by one line in CASES: its id and its (workshop) inputs, or a
function of the test's folder that writes inputs the workshop lacks; the outputs are found
from its destination parameters."""

from pathlib import Path

import pytest
from helpers import write_gpkg
from inventory_helpers import write_osm
from qgis.core import (
    QgsApplication,
    QgsProcessingFeedback,
    QgsProcessingOutputVectorLayer,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterVectorDestination,
    QgsProject,
    QgsRasterLayer,
    QgsVectorLayer,
)

ROOT = Path(__file__).resolve().parent.parent
GPKG = ROOT / "resources" / "workshop" / "nuudel_workshop.gpkg"


def w(name, subset=None):
    """A workshop layer URI, optionally filtered."""
    uri = f"{GPKG}|layername={name}"
    return f"{uri}|subset={subset}" if subset else uri


UTM = "EPSG:32648"


def gps_fixes(tmp_path):
    """Two collared animals at hourly fixes by a fence at y = 4,800 km (UTM 48N): one walks
    north across it, one comes within 50 m and turns back."""
    rows = []
    for hour in range(12):
        time = f"2021-05-01 {hour:02d}:00:00"
        rows.append((f"Point (500000 {4797000 + 500 * hour})", {"animal_id": "a", "time": time}))
        y = 4799950 - 300 * abs(hour - 6)
        rows.append((f"Point (510000 {y})", {"animal_id": "b", "time": time}))
    fixes = write_gpkg(
        tmp_path / "tracks.gpkg", "Point", UTM, {"animal_id": str, "time": str}, rows, "fixes"
    )
    fences = write_gpkg(
        tmp_path / "tracks.gpkg",
        "LineString",
        UTM,
        {"fence_id": int},
        [("LineString (400000 4800000, 600000 4800000)", {"fence_id": 1})],
        "fences",
    )
    return {"INPUT": fixes, "BARRIERS": fences}


def traffic_roads(tmp_path):
    """The workshop roads have no traffic count: three roads with one, in two units."""
    roads = write_gpkg(
        tmp_path / "roads.gpkg",
        "LineString",
        UTM,
        {"aadt": float},
        [
            ("LineString (500000 5005000, 510000 5005000)", {"aadt": 8000}),
            ("LineString (501000 5001000, 501000 5005000)", {"aadt": 500}),
            ("LineString (509000 5006000, 509000 5008000)", {"aadt": None}),
        ],
        "roads",
    )
    units = write_gpkg(
        tmp_path / "roads.gpkg",
        "Polygon",
        UTM,
        {"name": str},
        [
            (
                "Polygon ((500000 5000000, 505000 5000000, 505000 5010000, 500000 5010000, "
                "500000 5000000))",
                {"name": "west"},
            ),
            (
                "Polygon ((505000 5000000, 510000 5000000, 510000 5010000, 505000 5010000, "
                "505000 5000000))",
                {"name": "east"},
            ),
        ],
        "units",
    )
    return {
        "INPUT": roads,
        "TRAFFIC_FIELD": "aadt",
        "BASE_YEAR": 2024,
        "TARGET_YEAR": 2035,
        "GROWTH_RATE": 3,
        "REPORTING_UNITS": units,
    }


# One line per algorithm or model: id -> inputs (every output is added by the test).
CASES = {
    "nuudel:fencepermeabilityaudit": {"INPUT": w("fences")},
    "nuudel:crossingspacingcheck": {
        "INPUT": w("railway"),
        "ZONES": w("migration_range"),
        "CROSSINGS": w("crossings", "network = 'railway'"),
    },
    "nuudel:nogoalignmentmask": {
        "STUDY_AREA": w("aimags"),
        "NOGO": [w("protected_areas")],
        "BUFFER_FIELD": "buffer_m",
        "CAUTION": [w("calving")],
        "WATER": w("water"),
        "ALIGNMENT": w("alignment"),
    },
    "nuudel:eiascreening": {
        "ALIGNMENT": w("alignment"),
        "ALIGNMENT_OPTION_FIELD": "option",
        "PROTECTED_AREAS": [w("protected_areas")],
        "CAUTION_AREAS": [w("calving")],
        "BUFFER_FIELD": "buffer_m",
        "WATER": w("water"),
        "STUDY_AREA": w("aimags"),
        "CROSSINGS": w("crossings"),
        "MIGRATION_RANGE": w("migration_range"),
        "FENCES": w("fences"),
        "FENCE_DISTANCE": 5000,
    },
    "nuudel:withindistance": {"INPUT": w("fences"), "REFERENCE": w("alignment"), "DISTANCE": 5000},
    "nuudel:barrierbehaviour": gps_fixes,
    "nuudel:roadtrafficbarrier": traffic_roads,
    "nuudel:landscapepermeability": {
        "REPORTING_UNITS": w("aimags"),
        "FENCES": w("fences"),
        "ROADS": w("road"),
        "CROSSINGS": w("crossings"),
        "ALIGNMENT": w("alignment"),
    },
    "nuudel:mitigationpriorities": {
        "REPORTING_UNITS": w("aimags"),
        "FENCES": w("fences"),
        "ROADS": w("road"),
        "CROSSINGS": w("crossings"),
        "MAX_CANDIDATES": 10,
    },
    "nuudel:importosmfences": lambda tmp_path: {"INPUT": write_osm(tmp_path / "extract.osm")},
    "nuudel:createfenceinventory": {},  # OUTPUT, a new GeoPackage, is set as every output
    "nuudel:checkfenceinventory": {
        "INPUT": w("fences"),
        "CROSSINGS": w("crossings", "network = 'road'"),
        "ROUTES": w("road"),
    },
}
LAYER_OUTPUTS = (
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterVectorDestination,
    QgsProcessingParameterRasterDestination,
)
SUFFIX = {QgsProcessingParameterRasterDestination: ".tif"}


class Recorder(QgsProcessingFeedback):
    """Feedback that keeps every reported error."""

    def __init__(self):
        super().__init__()
        self.errors = []

    def reportError(self, error, fatal_error=False):
        self.errors.append(error)
        super().reportError(error, fatal_error)


def cyrillic(text):
    return any("\u0400" <= c <= "\u04ff" for c in text)


def destinations(alg):
    """The algorithm's destination parameters: (name, definition)."""
    return [(p.name(), p) for p in alg.destinationParameterDefinitions()]


def outputs(alg, kind, tmp_path):
    """Every destination set to TEMPORARY_OUTPUT or to a file in ``tmp_path``."""
    params = {}
    for i, (name, param) in enumerate(destinations(alg)):
        if kind == "temporary":
            params[name] = "TEMPORARY_OUTPUT"
        else:
            suffix = (
                f".{param.defaultFileExtension()}"
                if isinstance(param, QgsProcessingParameterFileDestination)
                else SUFFIX.get(type(param), ".gpkg")
            )  # .html, .gpkg, .qgz
            params[name] = str(tmp_path / f"out{i}{suffix}")
    return params


def nuudel_styled(layer):
    """The Nuudel style key whose legend the layer shows (None when it has another style)."""
    from nuudel.processing import styles

    def legend(lyr):
        renderer = lyr.renderer()
        if isinstance(lyr, QgsRasterLayer):
            shader = getattr(renderer, "shader", lambda: None)()
            if shader is None:
                return (renderer.type(),)
            items = shader.rasterShaderFunction().colorRampItemList()
            return (renderer.type(), *[i.label for i in items])
        return (renderer.type(), *[i.label() for i in renderer.legendSymbolItems()])

    shown = legend(layer)
    for key, spec in styles.STYLES.items():
        raster = spec["geometry"] == "raster"
        if raster != isinstance(layer, QgsRasterLayer):
            continue
        probe = layer.clone()
        try:
            styles.apply_style(probe, key, species_styles=False)
        except (KeyError, RuntimeError):
            continue
        if legend(probe) == shown:
            return key
    if isinstance(layer, QgsVectorLayer):  # the fence inventory's styles are built in code
        from nuudel.processing.inventory_style import style_inventory_layer

        for key in ("issues", "fences", "crossings", "survey_areas"):
            probe = layer.clone()
            try:
                style_inventory_layer(probe, key)
            except (KeyError, RuntimeError, AttributeError):
                continue
            if legend(probe) == shown:
                return f"inventory {key}"
    return None


def run_and_load(alg_id, inputs, kind, tmp_path):
    """runAndLoadResults into an empty project; (algorithm, results, feedback, loaded layers)."""
    import processing

    project = QgsProject.instance()
    project.removeAllMapLayers()
    alg = QgsApplication.processingRegistry().algorithmById(alg_id)
    assert alg is not None, alg_id
    inputs = inputs(tmp_path) if callable(inputs) else inputs
    params = dict(inputs, **outputs(alg, kind, tmp_path))
    feedback = Recorder()
    results = processing.runAndLoadResults(alg_id, params, feedback=feedback)
    return alg, results, feedback, list(project.mapLayers().values())


@pytest.mark.parametrize("kind", ["temporary", "file"])
@pytest.mark.parametrize("lang", ["en", "mn"])
@pytest.mark.parametrize("alg_id", sorted(CASES))
def test_run_and_load_results(plugin, alg_id, lang, kind, tmp_path):
    """No reported error; every layer output loaded, styled, named in the language."""
    from nuudel.processing.i18n import language_setting

    before = language_setting()
    plugin.set_language(lang)
    try:
        alg, results, feedback, loaded = run_and_load(alg_id, CASES[alg_id], kind, tmp_path)
        assert not feedback.errors, feedback.errors
        names = {layer.name(): layer for layer in loaded}
        sources = {}
        for layer in loaded:
            sources.setdefault(layer.source().split("|")[0], []).append(layer)
        for name, param in destinations(alg):
            if not isinstance(param, LAYER_OUTPUTS):
                continue
            assert results.get(name), (name, results)
            title = param.description()
            if lang == "mn":
                assert cyrillic(title), (name, title)
            layer = names.get(title)
            if layer is None and kind == "file":  # QGIS may name a file output after the file
                matches = sources.get(str(results[name]).split("|")[0], [])
                layer = matches[0] if matches else None
            assert layer is not None, (name, title, sorted(names))
            assert layer.isValid()
            if isinstance(layer, QgsVectorLayer) and not layer.isSpatial():
                continue  # tables (summaries) have no map style
            assert nuudel_styled(layer), (name, layer.renderer().type())
        written = {
            o.name()
            for o in alg.outputDefinitions()
            if isinstance(o, QgsProcessingOutputVectorLayer)
        }
        written -= dict(destinations(alg)).keys()
        for name in sorted(written):  # layers an algorithm writes by itself (found by source)
            if results.get(name):
                layer = next((lyr for lyr in loaded if lyr.source() == str(results[name])), None)
                assert layer is not None and layer.isValid(), (name, results[name], sorted(names))
                assert nuudel_styled(layer), (name, layer.renderer().type())
        if kind == "temporary":  # the dialog's default: names are the output titles
            expected = {
                p.description() for n, p in destinations(alg) if isinstance(p, LAYER_OUTPUTS)
            }
            assert expected <= set(names), (expected, sorted(names))
    finally:
        QgsProject.instance().removeAllMapLayers()
        plugin.set_language(before)
