"""nuudel:barrierbehaviour (issue 21): the worked example through processing.run on GeoPackage,
GeoJSON and shapefile, lon/lat = UTM, runAndLoadResults, qgis_process, Mongolian, errors."""

import sqlite3
import sys
from pathlib import Path

import pytest
from helpers import features, memory_layer, qgis_process_json, write_gpkg
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDateTime, Qt, QVariant

sys.path.insert(0, str(Path(__file__).resolve().parent / "core"))
from test_behaviour import worked_example

ALG = "nuudel:barrierbehaviour"
UTM = "EPSG:32648"
X0, Y0 = 500000.0, 4800000.0  # the example's origin in UTM 48N (central meridian 105 E)
EPOCH = 1619827200  # 2021-05-01 00:00:00 UTC
EXPECTED = {
    "bounce": "bounce",
    "quick": "quick_cross",
    "twice": "quick_cross",
    "trapped": "trapped",
    "trace": "trace",
    "zigzag": "back_and_forth",
    "end": "unknown",
}
DURATIONS = {
    "bounce": 2.0,
    "quick": 2.0,
    "twice": 2.0,
    "trapped": 40.0,
    "trace": 10.0,
    "zigzag": 10.0,
    "end": 0.0,
}
CROSSINGS = {"bounce": 0, "quick": 1, "twice": 2, "trapped": 0, "trace": 0, "zigzag": 0, "end": 0}


def null(value):
    return value is None or isinstance(value, QVariant) and value.isNull()


def iso(seconds):
    stamp = QDateTime.fromSecsSinceEpoch(int(seconds), Qt.TimeSpec.UTC)
    return stamp.toString("yyyy-MM-dd HH:mm:ss")


def fix_rows(time_kind="text"):
    animal, t, x, y = worked_example()
    rows = []
    for a, ti, xi, yi in zip(animal, t, x, y):
        stamp = QDateTime.fromSecsSinceEpoch(int(EPOCH + ti), Qt.TimeSpec.UTC)
        value = {"text": iso(EPOCH + ti), "epoch": int(EPOCH + ti), "datetime": stamp}[time_kind]
        rows.append((f"Point ({X0 + xi} {Y0 + yi})", {"animal_id": a, "time": value}))
    return rows


FENCE_ROWS = [
    ("LineString (400000 4800000, 600000 4800000)", {"fence_id": 1, "v_mgaz": "permeable"}),
    ("LineString (400000 4850000, 600000 4850000)", {"fence_id": 2, "v_mgaz": "barrier"}),
]
TIME_TYPES = {"text": str, "epoch": int, "datetime": "datetime"}


def example_gpkg(tmp_path, time_kind="text"):
    fixes = write_gpkg(
        tmp_path / "tracks.gpkg",
        "Point",
        UTM,
        {"animal_id": str, "time": TIME_TYPES[time_kind]},
        fix_rows(time_kind),
        "fixes",
    )
    fences = write_gpkg(
        tmp_path / "tracks.gpkg",
        "LineString",
        UTM,
        {"fence_id": int, "v_mgaz": str},
        FENCE_ROWS,
        "fences",
    )
    return fixes, fences


def write_format(layer, path, driver, crs=None):
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = driver
    if crs is not None:
        options.ct = QgsCoordinateTransform(
            layer.crs(), QgsCoordinateReferenceSystem(crs), QgsCoordinateTransformContext()
        )
    result = QgsVectorFileWriter.writeAsVectorFormatV3(
        layer, str(path), QgsCoordinateTransformContext(), options
    )
    assert result[0] == QgsVectorFileWriter.WriterError.NoError, result
    return str(path)


def run(fixes, fences, tmp_path, **extra):
    params = {
        "INPUT": fixes,
        "BARRIERS": fences,
        "DISTANCE": 100,
        "OUTPUT_EVENTS": str(tmp_path / "events.gpkg"),
        "OUTPUT_BARRIERS": str(tmp_path / "barriers.gpkg"),
        "REPORT": str(tmp_path / "report.html"),
    }
    params.update(extra)
    import processing

    feedback = Feedback()
    result = processing.run(ALG, params, feedback=feedback)
    return result, feedback


class Feedback(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.warnings, self.infos, self.errors = [], [], []

    def pushWarning(self, text):
        self.warnings.append(text)

    def pushInfo(self, text):
        self.infos.append(text)

    def reportError(self, text, fatalError=False):  # noqa: N803
        self.errors.append(text)


def check_events(events):
    got = {e["animal"]: e for e in events}
    for e in got.values():  # shapefile names are cut to 10 characters
        e.setdefault("straightness", e.get("straightne"))
    assert set(got) == set(EXPECTED)
    for animal, behaviour in EXPECTED.items():
        assert got[animal]["behaviour"] == behaviour, animal
        assert got[animal]["duration_h"] == pytest.approx(DURATIONS[animal]), animal
        assert got[animal]["crossings"] == CROSSINGS[animal], animal
    assert got["trace"]["straightness"] == pytest.approx(1.0)
    return got


def test_worked_example_geopackage(english, tmp_path):
    fixes, fences = example_gpkg(tmp_path)
    result, feedback = run(fixes, fences, tmp_path, SPECIES=0)  # mgaz
    events = features(result["OUTPUT_EVENTS"])
    got = check_events(events)
    # the event point is its first fix; start and end are date-times
    bounce = got["bounce"]
    assert bounce["geom"].asPoint().y() == pytest.approx(Y0 + 80)
    assert bounce["start"].toSecsSinceEpoch() == EPOCH + 4 * 3600
    assert bounce["end"].toSecsSinceEpoch() == EPOCH + 6 * 3600
    assert bounce["barrier_ids"] == "1"
    assert null(got["quick"]["str_mean"])  # NULL for a short event
    assert got["trace"]["str_mean"] < got["trace"]["straightness"]
    barriers = {b["fence_id"]: b for b in features(result["OUTPUT_BARRIERS"])}
    assert barriers[1]["encounters"] == 7 and barriers[1]["animals"] == 7
    assert barriers[1]["n_bounce"] == 1 and barriers[1]["n_quick_cross"] == 2
    assert barriers[1]["n_unknown"] == 1 and barriers[1]["n_trapped"] == 1
    assert barriers[1]["index"] == pytest.approx(1.0)  # the only barrier with encounters
    assert barriers[2]["encounters"] == 0 and null(barriers[2]["index"])
    # permeable by the rules, 3 of 7 bounce/trace/trapped: agrees; fence 2: no encounter
    assert barriers[1]["agrees"] == "yes"
    assert null(barriers[2]["agrees"])
    html = Path(result["REPORT"]).read_text(encoding="utf-8")
    assert "<svg" in html and "Back and forth" in html and "Barrier behaviour" in html
    assert 'the fix before or after the event is missing</td><td class="num">1<' in html
    # styles travel with the files
    for path in ("events.gpkg", "barriers.gpkg"):
        with sqlite3.connect(tmp_path / path) as con:
            assert (
                con.execute("SELECT count(*) FROM layer_styles WHERE useAsDefault").fetchone()[0]
                == 1
            )
    assert any("7 encounter events" in m for m in feedback.infos)


def test_datetime_and_epoch_fields_give_the_same_events(english, tmp_path):
    for kind in ("datetime", "epoch"):
        folder = tmp_path / kind
        folder.mkdir()
        fixes, fences = example_gpkg(folder, kind)
        result, _ = run(fixes, fences, folder)
        check_events(features(result["OUTPUT_EVENTS"]))


def test_lonlat_geojson_same_as_utm_and_shapefile(english, tmp_path):
    fixes, fences = example_gpkg(tmp_path)
    utm, _ = run(fixes, fences, tmp_path)
    ref = {e["animal"]: e for e in features(utm["OUTPUT_EVENTS"])}
    fix_layer = QgsVectorLayer(fixes, "fixes", "ogr")
    fence_layer = QgsVectorLayer(fences, "fences", "ogr")
    geo = tmp_path / "geo"
    geo.mkdir()
    lonlat_fixes = write_format(fix_layer, geo / "fixes.geojson", "GeoJSON", "EPSG:4326")
    lonlat_fences = write_format(fence_layer, geo / "fences.geojson", "GeoJSON", "EPSG:4326")
    res, _ = run(
        lonlat_fixes,
        lonlat_fences,
        geo,
        OUTPUT_EVENTS=str(geo / "events.geojson"),
        OUTPUT_BARRIERS=str(geo / "barriers.geojson"),
    )
    got = check_events(features(res["OUTPUT_EVENTS"]))
    for animal, event in got.items():
        if not null(ref[animal]["straightness"]):
            assert event["straightness"] == pytest.approx(ref[animal]["straightness"], abs=1e-3)
    shp = tmp_path / "shp"
    shp.mkdir()
    shp_fixes = write_format(fix_layer, shp / "fixes.shp", "ESRI Shapefile")
    shp_fences = write_format(fence_layer, shp / "fences.shp", "ESRI Shapefile")
    res, _ = run(
        shp_fixes,
        shp_fences,
        shp,
        OUTPUT_EVENTS=str(shp / "events.shp"),
        OUTPUT_BARRIERS=str(shp / "barriers.shp"),
    )
    got = check_events(features(res["OUTPUT_EVENTS"]))
    assert got["bounce"]["start"].startswith("2021-05-01T04:00:00")
    assert (shp / "events.qml").exists() and (shp / "barriers.qml").exists()


def test_run_and_load_results_loads_styled_outputs(english, tmp_path):
    import processing

    fixes, fences = example_gpkg(tmp_path)
    feedback = Feedback()
    project = QgsProject.instance()
    before = set(project.mapLayers())
    result = processing.runAndLoadResults(
        ALG,
        {
            "INPUT": fixes,
            "BARRIERS": fences,
            "OUTPUT_EVENTS": "TEMPORARY_OUTPUT",
            "OUTPUT_BARRIERS": "TEMPORARY_OUTPUT",
        },
        feedback=feedback,
    )
    try:
        assert not [e for e in feedback.errors if "not correctly generated" in e], feedback.errors
        loaded = [project.mapLayer(i) for i in set(project.mapLayers()) - before]
        assert len(loaded) == 2
        by_fields = {("behaviour" in lyr.fields().names()): lyr for lyr in loaded}
        events, barriers = by_fields[True], by_fields[False]
        assert events.featureCount() == 7
        assert events.renderer().type() == "categorizedSymbol"
        assert events.renderer().classAttribute() == "behaviour"
        assert barriers.renderer().type() == "RuleRenderer"
        labels = {r.label() for r in barriers.renderer().rootRule().children()}
        assert "No encounter" in labels
        assert result["OUTPUT_EVENTS"]
    finally:
        project.removeMapLayers(list(set(project.mapLayers()) - before))


def test_qgis_process(tmp_path):
    fixes, fences = example_gpkg(tmp_path)
    out = qgis_process_json(
        ALG,
        {
            "INPUT": fixes,
            "BARRIERS": fences,
            "OUTPUT_EVENTS": str(tmp_path / "events.gpkg"),
            "OUTPUT_BARRIERS": str(tmp_path / "barriers.gpkg"),
        },
    )
    events = features(out["results"]["OUTPUT_EVENTS"])
    check_events(events)


def test_mongolian_run(mongolian, tmp_path):
    fixes, fences = example_gpkg(tmp_path)
    result, feedback = run(fixes, fences, tmp_path)
    check_events(features(result["OUTPUT_EVENTS"]))  # codes stay English
    html = Path(result["REPORT"]).read_text(encoding="utf-8")
    assert 'lang="mn"' in html and "Bounce" not in html
    layer = QgsVectorLayer(result["OUTPUT_EVENTS"], "events", "ogr")
    labels = {c.label() for c in layer.renderer().categories()}
    assert "Bounce" not in labels and len(labels) == 7


def test_errors_name_value_row_and_parameter(english, tmp_path):
    rows = fix_rows()
    rows[3] = (rows[3][0], {"animal_id": "bounce", "time": "soon"})
    fixes = write_gpkg(
        tmp_path / "bad.gpkg", "Point", UTM, {"animal_id": str, "time": str}, rows, "fixes"
    )
    fences = write_gpkg(
        tmp_path / "bad.gpkg",
        "LineString",
        UTM,
        {"fence_id": int, "v_mgaz": str},
        FENCE_ROWS,
        "fences",
    )
    with pytest.raises(QgsProcessingException) as err:
        run(fixes, fences, tmp_path)
    message = str(err.value)
    del err  # a kept traceback holds QGIS objects past QGIS's exit
    assert "'soon'" in message and "row 4" in message
    good, fences = example_gpkg(
        tmp_path / "good" if (tmp_path / "good").mkdir() is None else tmp_path
    )
    for params, name in (({"P_TIME": 36.5}, "P_TIME"), ({"INTERVAL": 0.5}, "INTERVAL")):
        with pytest.raises(QgsProcessingException) as err:
            run(good, fences, tmp_path / "good", **params)
        message = str(err.value)
        del err
        assert name in message


def test_single_fix_animal_duplicates_and_missing_values(english, tmp_path):
    rows = fix_rows()
    rows.append(("Point (500000 4800050)", {"animal_id": "lonely", "time": iso(EPOCH)}))
    rows.append((rows[0][0], dict(rows[0][1])))  # a repeated time
    rows.append(("Point (500000 4800050)", {"animal_id": None, "time": iso(EPOCH)}))
    rows.append((None, {"animal_id": "bounce", "time": iso(EPOCH + 999 * 3600)}))
    layer = memory_layer("Point", UTM, {"animal_id": str, "time": str}, rows, "fixes")
    fences = memory_layer("LineString", UTM, {"fence_id": int, "v_mgaz": str}, FENCE_ROWS, "fences")
    result, feedback = run(layer, fences, tmp_path)
    got = {e["animal"]: e for e in features(result["OUTPUT_EVENTS"])}
    assert got["lonely"]["behaviour"] == "unknown"
    assert {a: e["behaviour"] for a, e in got.items() if a != "lonely"} == EXPECTED
    text = " ".join(feedback.warnings)
    assert "repeat the time" in text and "single fix" in text and "lonely" in text
    assert "no animal id" in text and "no geometry" in text


def test_mongolian_error(mongolian, tmp_path):
    fixes, fences = example_gpkg(tmp_path)
    with pytest.raises(QgsProcessingException) as err:
        run(fixes, fences, tmp_path, B_TIME=2.5)
    message = str(err.value)
    del err
    assert "B_TIME" in message and "2.5" in message


def test_disagreement_with_the_audit_in_barriers_and_report(english, tmp_path):
    fixes, _ = example_gpkg(tmp_path)
    rows = [(FENCE_ROWS[0][0], {"fence_id": 1, "v_mgaz": "barrier"}), FENCE_ROWS[1]]
    fences = write_gpkg(
        tmp_path / "audit.gpkg", "LineString", UTM, {"fence_id": int, "v_mgaz": str}, rows, "fences"
    )
    result, feedback = run(fixes, fences, tmp_path, SPECIES=0)
    barriers = {b["fence_id"]: b for b in features(result["OUTPUT_BARRIERS"])}
    assert barriers[1]["agrees"] == "no"  # the rules say barrier; two animals quick-crossed
    html = Path(result["REPORT"]).read_text(encoding="utf-8")
    section = html.split("Where the tracks disagree with the audit")[1]
    assert "<td>barrier</td>" in section and "No disagreement" not in section
    # without the species' field: a warning and no agrees field
    (tmp_path / "k").mkdir()
    result, feedback = run(fixes, fences, tmp_path / "k", SPECIES=3)  # khulan
    assert "agrees" not in QgsVectorLayer(result["OUTPUT_BARRIERS"], "b", "ogr").fields().names()
    assert any("v_khulan" in w for w in feedback.warnings)


def test_empty_fixes_give_empty_events(english, tmp_path):
    layer = memory_layer("Point", UTM, {"animal_id": str, "time": str}, [], "fixes")
    fences = memory_layer("LineString", UTM, {"fence_id": int, "v_mgaz": str}, FENCE_ROWS, "fences")
    result, feedback = run(layer, fences, tmp_path)
    assert features(result["OUTPUT_EVENTS"]) == []
    barriers = features(result["OUTPUT_BARRIERS"])
    assert [b["encounters"] for b in barriers] == [0, 0]
    assert Path(result["REPORT"]).exists()
