"""Test helpers: build GeoPackage layers from WKT, run algorithms, call qgis_process."""

import json
import os
import subprocess
from pathlib import Path

from nuudel.processing.compat import field  # conftest puts the plugin on sys.path
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

ROOT = Path(__file__).resolve().parent.parent
PROCESS = ROOT / "scripts" / "nuudel-process"


class Feedback(QgsProcessingFeedback):
    """Keeps warnings, errors and every progress report.

    Progress is recorded from the progressChanged signal: the algorithms report through a
    QgsProcessingMultiStepFeedback, which sets its parent's progress from C++ (past any Python
    override of setProgress).
    """

    def __init__(self):
        super().__init__()
        self.warnings, self.errors, self.steps = [], [], []
        self.progress_after_cancel = []
        self.progressChanged.connect(self.on_progress)

    def pushWarning(self, text):
        self.warnings.append(text)
        super().pushWarning(text)

    def reportError(self, text, fatal_error=False):
        self.errors.append(text)
        super().reportError(text, fatal_error)

    def on_progress(self, value):
        self.steps.append(value)
        if self.isCanceled():
            self.progress_after_cancel.append(value)


class LogFeedback(QgsProcessingFeedback):
    """Feedback that keeps every message (info, warnings, errors) for the assertions."""

    def __init__(self):
        super().__init__()
        self.infos, self.warnings, self.errors = [], [], []

    def pushInfo(self, text):
        self.infos.append(text)
        super().pushInfo(text)

    def pushWarning(self, text):
        self.warnings.append(text)
        super().pushWarning(text)

    def reportError(self, text, fatal=False):
        self.errors.append(text)
        super().reportError(text, fatal)

    @property
    def text(self):
        return "\n".join(self.infos + self.warnings + self.errors)


def new_context() -> QgsProcessingContext:
    """A Processing context on the current project."""
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return context


def run(alg_id, parameters, feedback=None, context=None):
    """processing.run ``alg_id``, after the algorithm's own parameter check (as QGIS's
    AlgorithmsTestBase does): parameters it rejects raise QgsProcessingException."""
    import processing

    context = context if context is not None else new_context()
    alg = QgsApplication.processingRegistry().createAlgorithmById(alg_id)
    assert alg is not None, f"{alg_id} is not registered"
    ok, message = alg.checkParameterValues(parameters, context)
    if not ok:  # as processing.run would report it, for the tests of rejected values
        raise QgsProcessingException(f"Incorrect parameter value: {message}")
    return processing.run(
        alg_id,
        parameters,
        context=context,
        feedback=feedback if feedback is not None else Feedback(),
    )


def run_and_load(alg_id, parameters):
    """The desktop dialog's flow: processing.runAndLoadResults on the current project, after
    which QGIS must not have reported an output it could not load. Returns (result, {layer
    name: layer} of the project); ``clear_project()`` removes the layers again."""
    import processing

    feedback = Feedback()
    result = processing.runAndLoadResults(
        alg_id, parameters, feedback=feedback, context=new_context()
    )
    assert not [m for m in feedback.errors if "not correctly generated" in m], feedback.errors
    loaded = {layer.name(): layer for layer in QgsProject.instance().mapLayers().values()}
    return result, loaded


def clear_project():
    """Remove every layer from the current project."""
    for lid in list(QgsProject.instance().mapLayers()):
        QgsProject.instance().removeMapLayer(lid)


def memory_layer(geom_type: str, crs: str, fields: dict, rows, name="layer") -> QgsVectorLayer:
    """A memory layer. ``fields`` maps name -> python type; ``rows`` are (wkt, {field: value})."""
    layer = QgsVectorLayer(f"{geom_type}?crs={crs}", name, "memory")
    provider = layer.dataProvider()
    provider.addAttributes([field(n, t) for n, t in fields.items()])
    layer.updateFields()
    feats = []
    for wkt, values in rows:
        feat = QgsFeature(layer.fields())
        if wkt is not None:
            feat.setGeometry(QgsGeometry.fromWkt(wkt))
        for key, value in values.items():
            feat[key] = value
        feats.append(feat)
    provider.addFeatures(feats)
    layer.updateExtents()
    return layer


def write_gpkg(path, geom_type: str, crs: str, fields: dict, rows, layer_name="layer") -> str:
    """Write rows to a GeoPackage layer; return an ogr URI ('path|layername=...')."""
    layer = memory_layer(geom_type, crs, fields, rows, layer_name)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = layer_name
    if Path(path).exists():
        action = QgsVectorFileWriter.ActionOnExistingFile
        options.actionOnExistingFile = action.CreateOrOverwriteLayer
    result = QgsVectorFileWriter.writeAsVectorFormatV3(
        layer, str(path), QgsCoordinateTransformContext(), options
    )
    assert result[0] == QgsVectorFileWriter.WriterError.NoError, result
    return f"{path}|layername={layer_name}"


def crs(authid: str) -> QgsCoordinateReferenceSystem:
    return QgsCoordinateReferenceSystem(authid)


def features(uri_or_layer):
    """All features of a layer (given as URI or layer) as a list of dicts with 'geom'."""
    layer = uri_or_layer
    if isinstance(uri_or_layer, str):
        layer = QgsVectorLayer(uri_or_layer, "out", "ogr")
    assert layer.isValid(), uri_or_layer
    out = []
    for feat in layer.getFeatures():
        row = {f.name(): feat[f.name()] for f in layer.fields()}
        row["geom"] = feat.geometry()
        out.append(row)
    return out


def qgis_process(*args, lang=None, check=True, timeout=600):
    """Run scripts/nuudel-process with ``args``; return the CompletedProcess."""
    env = dict(os.environ)
    env.pop("NUUDEL_LANG", None)
    env.pop("QGIS_CUSTOM_CONFIG_PATH", None)  # set by pytest-qgis for its own profile
    if lang:
        env["NUUDEL_LANG"] = lang
    proc = subprocess.run(
        [str(PROCESS), *args], capture_output=True, text=True, env=env, timeout=timeout
    )
    if check and proc.returncode != 0:
        raise AssertionError(f"qgis_process {args} failed:\n{proc.stdout}\n{proc.stderr}")
    return proc


def qgis_process_json(alg_id, params: dict, lang=None):
    """Run an algorithm through qgis_process --json; return the parsed result dict."""
    args = ["--json", "run", alg_id, "--"]
    for key, value in params.items():
        values = value if isinstance(value, (list, tuple)) else [value]
        args += [f"{key}={v}" for v in values]
    proc = qgis_process(*args, lang=lang)
    return json.loads(proc.stdout[proc.stdout.index("{") :])


def mongolian_translations() -> dict:
    """{English: Mongolian} of every finished message in i18n/nuudel_mn.ts."""
    import xml.etree.ElementTree as ET

    table = {}
    for msg in ET.parse(ROOT / "i18n" / "nuudel_mn.ts").iter("message"):
        tr_el = msg.find("translation")
        if tr_el is not None and tr_el.get("type") != "unfinished" and (tr_el.text or "").strip():
            table[msg.findtext("source")] = tr_el.text
    return table
