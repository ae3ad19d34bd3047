"""nuudel:roadtrafficbarrier through processing.run, runAndLoadResults and qgis_process."""

import math

import pytest
from helpers import (
    clear_project,
    features,
    memory_layer,
    qgis_process_json,
    run_and_load,
    write_gpkg,
)
from qgis.core import QgsProject

ALG = "nuudel:roadtrafficbarrier"
CRS = "EPSG:32648"
X0, Y0 = 500000, 5000000
ROADS = [  # 10 km east-west at y = 5 km, 8,000 a day; 4 km at 500 a day; one without traffic
    (f"LINESTRING({X0} {Y0 + 5000}, {X0 + 10000} {Y0 + 5000})", {"aadt": 8000, "g": 2.0}),
    (f"LINESTRING({X0 + 1000} {Y0 + 1000}, {X0 + 1000} {Y0 + 5000})", {"aadt": 500, "g": None}),
    (f"LINESTRING({X0 + 9000} {Y0 + 6000}, {X0 + 9000} {Y0 + 8000})", {"aadt": None, "g": 1.0}),
]
UNITS = [  # west and east halves of the 10 x 10 km square
    (
        f"POLYGON(({X0} {Y0}, {X0 + 5000} {Y0}, {X0 + 5000} {Y0 + 10000}, {X0} {Y0 + 10000}, "
        f"{X0} {Y0}))",
        {"name": "west"},
    ),
    (
        f"POLYGON(({X0 + 5000} {Y0}, {X0 + 10000} {Y0}, {X0 + 10000} {Y0 + 10000}, "
        f"{X0 + 5000} {Y0 + 10000}, {X0 + 5000} {Y0}))",
        {"name": "east"},
    ),
]
SCALE = 1 / 0.9996  # UTM scale on the central meridian: true metres per grid metre


def _inputs(tmp_path):
    roads = write_gpkg(
        tmp_path / "in.gpkg", "LineString", CRS, {"aadt": float, "g": float}, ROADS, "roads"
    )
    units = write_gpkg(tmp_path / "in.gpkg", "Polygon", CRS, {"name": str}, UNITS, "units")
    return roads, units


def _params(roads, units=None, **extra):
    """The parameters on ``roads``: the "aadt" field counted in 2026, ``units`` if given."""
    params = {"INPUT": roads, "TRAFFIC_FIELD": "aadt", "BASE_YEAR": 2026}
    if units is not None:
        params["REPORTING_UNITS"] = units
    return dict(params, **extra)


def _run(roads, units=None, **extra):
    import processing

    return processing.run(ALG, _params(roads, units, **extra))


def _check_roads(rows):
    by_aadt = {r["aadt"]: r for r in rows}
    assert len(rows) == 3
    road = by_aadt[8000]
    assert road["band"] == "high" and road["cami_high"] == "yes"
    assert road["p_gap60"] == pytest.approx(math.exp(-8000 / 24 / 60), abs=1e-6)
    assert road["p_gap60_peak"] == pytest.approx(math.exp(-800 / 60), abs=1e-6)
    assert road["len_m"] == pytest.approx(10000 * SCALE, rel=2e-4)
    assert by_aadt[500]["band"] == "low" and by_aadt[500]["cami_high"] == "no"
    unknown = [r for r in rows if r["band"] == "unknown"]
    assert len(unknown) == 1 and "aadt" in unknown[0]["reasons"]
    assert unknown[0]["cami_high"] is None or str(unknown[0]["cami_high"]) == "NULL"


def _check_summary(rows):
    total = [r for r in rows if r["unit_fid"] is None or str(r["unit_fid"]) == "NULL"][0]
    assert total["km_high"] == pytest.approx(10 * SCALE, rel=2e-4)
    assert total["km_low"] == pytest.approx(4 * SCALE, rel=2e-4)
    assert total["km_unknown"] == pytest.approx(2 * SCALE, rel=2e-4)
    assert total["km_cami_high"] == pytest.approx(10 * SCALE, rel=2e-4)
    units = sorted((r for r in rows if r is not total), key=lambda r: r["unit_fid"])
    if units:  # west: 5 km high + 4 km low; east: 5 km high + 2 km unknown
        assert units[0]["km_high"] == pytest.approx(5 * SCALE, rel=2e-4)
        assert units[0]["km_low"] == pytest.approx(4 * SCALE, rel=2e-4)
        assert units[1]["km_unknown"] == pytest.approx(2 * SCALE, rel=2e-4)
        assert units[1]["km_total"] == pytest.approx(7 * SCALE, rel=2e-4)


def test_worked_example_gpkg(english, tmp_path):
    report = tmp_path / "report.html"
    result = _run(
        *_inputs(tmp_path),
        OUTPUT=str(tmp_path / "out.gpkg"),
        SUMMARY=str(tmp_path / "summary.gpkg"),
        REPORT=str(report),
    )
    _check_roads(features(result["OUTPUT"]))
    _check_summary(features(result["SUMMARY"]))
    text = report.read_text(encoding="utf-8")
    assert "R-BAND" in text and "Riginos" in text and "provisional" in text
    # the first screen: 10 of 16 km above 1,000 a day (the 8,000 road), 2 km unknown
    assert (
        "10.0 km of 16.0 km of roads carry more than 1,000 vehicles a day in 2026 (the "
        "high-volume roads CAMI asks to map); 10.0 km carry 4,000 or more." in text
    )
    assert "2.0 km have no usable traffic count (band unknown)." in text
    assert "data:image/png;base64," in text and text.count("<svg") >= 1


def test_growth_to_the_target_year(english, tmp_path):
    roads, _units = _inputs(tmp_path)
    result = _run(
        roads,
        BASE_YEAR=2020,
        TARGET_YEAR=2040,
        GROWTH_FIELD="g",
        GROWTH_RATE=10.0,
        OUTPUT="memory:",
        SUMMARY="memory:",
    )
    rows = {r["aadt"]: r for r in features(result["OUTPUT"])}
    # 8000 at 2 %/year for 20 years: 11,887 -> very high; 500 at GROWTH_RATE 10 %: 3,364
    assert rows[8000]["aadt_target"] == pytest.approx(8000 * 1.02**20, abs=0.1)
    assert rows[8000]["band"] == "very_high"
    assert rows[500]["aadt_target"] == pytest.approx(500 * 1.1**20, abs=0.1)
    assert rows[500]["band"] == "moderate" and rows[500]["cami_high"] == "yes"


def test_memory_layer_without_units(english):
    layer = memory_layer(
        "LineString",
        CRS,
        {"aadt": str},
        [
            (f"LINESTRING({X0} {Y0}, {X0 + 1000} {Y0})", {"aadt": "12 000"}),
            (f"LINESTRING({X0} {Y0 + 10}, {X0 + 1000} {Y0 + 10})", {"aadt": "busy"}),
        ],
    )
    result = _run(layer, OUTPUT="memory:", SUMMARY="memory:")
    rows = features(result["OUTPUT"])
    assert [r["band"] for r in rows] == ["very_high", "unknown"]
    assert "'busy'" in rows[1]["reasons"]
    summary = features(result["SUMMARY"])
    assert len(summary) == 1 and summary[0]["km_unknown"] > 0.99


def test_run_and_load_results_temporary_outputs(english, tmp_path):
    params = _params(*_inputs(tmp_path), OUTPUT="TEMPORARY_OUTPUT", SUMMARY="TEMPORARY_OUTPUT")
    result, loaded = run_and_load(ALG, params)
    layer = QgsProject.instance().mapLayer(result["OUTPUT"]) or loaded["Roads by traffic band"]
    assert layer.renderer().classAttribute() == "band"
    clear_project()


def test_mongolian_legend_and_messages(mongolian, tmp_path):
    from nuudel.processing.styles import apply_style

    roads, _units = _inputs(tmp_path)
    result = _run(
        roads,
        OUTPUT=str(tmp_path / "mn.gpkg"),
        SUMMARY="memory:",
        REPORT=str(tmp_path / "mn.html"),
    )
    text = (tmp_path / "mn.html").read_text(encoding="utf-8")
    assert "16,0 км авто замын 10,0 км нь 2026 онд хоногт" in text, text[:3000]
    from qgis.core import QgsVectorLayer

    layer = apply_style(QgsVectorLayer(result["OUTPUT"], "mn", "ogr"), "traffic")
    labels = [c.label() for c in layer.renderer().categories()]
    assert all(not any("a" <= ch <= "z" for ch in label.lower()) for label in labels), labels
    unknown = [r for r in features(result["OUTPUT"]) if r["band"] == "unknown"][0]
    assert "aadt" in unknown["reasons"] and "traffic value" not in unknown["reasons"]


def test_qgis_process(tmp_path):
    params = _params(
        *_inputs(tmp_path), OUTPUT=str(tmp_path / "qp.gpkg"), SUMMARY=str(tmp_path / "qps.gpkg")
    )
    result = qgis_process_json(ALG, params)
    _check_roads(features(result["results"]["OUTPUT"]))
    _check_summary(features(result["results"]["SUMMARY"]))


def test_geojson_output(english, tmp_path):
    result = _run(
        *_inputs(tmp_path),
        OUTPUT=str(tmp_path / "roads.geojson"),
        SUMMARY=str(tmp_path / "summary.csv"),
    )
    _check_roads(features(result["OUTPUT"]))
