"""The toolbox dialog's flow (issue 18): processing.runAndLoadResults, as the dialog runs an
algorithm, with temporary outputs (the dialog's default) and with file outputs, in English and
Mongolian. No error may be reported, every layer output must be loaded into the project, styled
with a Nuudel style, and named in the active language.

A new algorithm is covered by one line in CASES: its id and its (workshop) inputs; the outputs
are found from its destination parameters."""

from pathlib import Path

import pytest
from qgis.core import (
    QgsApplication,
    QgsProcessingFeedback,
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


# One line per algorithm or model: id -> inputs (every output is added by the test).
CASES = {
    "nuudel:fencepermeabilityaudit": {"INPUT": w("fences")},
    "nuudel:crossingspacingcheck": {"INPUT": w("railway"), "ZONES": w("migration_range"),
                                    "CROSSINGS": w("crossings", "network = 'railway'")},
    "nuudel:nogoalignmentmask": {"STUDY_AREA": w("aimags"), "NOGO": [w("protected_areas")],
                                 "BUFFER_FIELD": "buffer_m", "CAUTION": [w("calving")],
                                 "WATER": w("water"), "ALIGNMENT": w("alignment")},
    "nuudel:eiascreening": {"ALIGNMENT": w("alignment"), "ALIGNMENT_OPTION_FIELD": "option",
                            "PROTECTED_AREAS": [w("protected_areas")],
                            "CAUTION_AREAS": [w("calving")], "BUFFER_FIELD": "buffer_m",
                            "WATER": w("water"), "STUDY_AREA": w("aimags"),
                            "CROSSINGS": w("crossings"),
                            "MIGRATION_RANGE": w("migration_range"), "FENCES": w("fences"),
                            "FENCE_DISTANCE": 5000},
}
LAYER_OUTPUTS = (QgsProcessingParameterFeatureSink, QgsProcessingParameterVectorDestination,
                 QgsProcessingParameterRasterDestination)
SUFFIX = {QgsProcessingParameterRasterDestination: ".tif",
          QgsProcessingParameterFileDestination: ".html"}


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
            params[name] = str(tmp_path / f"out{i}{SUFFIX.get(type(param), '.gpkg')}")
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
    return None


def run_and_load(alg_id, inputs, kind, tmp_path):
    """runAndLoadResults into an empty project; (algorithm, results, feedback, loaded layers)."""
    import processing

    project = QgsProject.instance()
    project.removeAllMapLayers()
    alg = QgsApplication.processingRegistry().algorithmById(alg_id)
    assert alg is not None, alg_id
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
        if kind == "temporary":  # the dialog's default: names are the output titles
            expected = {p.description() for n, p in destinations(alg)
                        if isinstance(p, LAYER_OUTPUTS)}
            assert expected <= set(names), (expected, sorted(names))
    finally:
        QgsProject.instance().removeAllMapLayers()
        plugin.set_language(before)


