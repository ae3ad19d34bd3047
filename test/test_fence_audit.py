"""Fence permeability audit: the worked example of issue 3, input formats, odd data, languages.

Hand computation of the worked example (EPSG:32648, six 1,000 m grid segments along northing
4,800,000 from easting 500,000, i.e. at UTM zone 48's central meridian where the grid scale is
k0 = 0.9996): every segment is 1000 / 0.9996 = 1000.40 m on the ellipsoid.
Verdicts (mgaz crawls, argali jumps, khulan needs openings):
1 strand 100/50/30 none   -> F-BOTTOM 50 >= 46 pass, not barbed at the bottom; F-TOP 100 <= 102,
                             F-TOP-GAP 30 >= 30 pass; khulan F-NO-OPENING barrier
2 strand 150/20/15 all    -> bottom 20 < 41 barrier; top 150 > 107 barrier; khulan barrier
3 opening                 -> permeable for all (F-OPENING)
4 mesh                    -> barrier for all (F-WOVEN)
5 strand 105/43/27 top    -> 41 <= 43 < 46 conditional; 102 < 105 <= 107 and 25 <= 27 < 30
                             conditional; khulan barrier
6 strand 100/null/30 none -> mgaz unknown (bottom_cm missing); argali permeable; khulan barrier
Summary (km, x 1.0004): mgaz permeable 2 (1, 3), conditional 1, unknown 1, barrier 2 (2, 4),
longest barrier 1 (2 and 4 are separated by the opening); argali permeable 3, conditional 1,
barrier 2, longest 1; khulan permeable 1 (3), barrier 5, longest 3 (4-6; 1-2 is 2).
"""

import json
import re

import helpers
import pytest
from core.fence_example import EXPECTED, FIELDS, ROWS, SUMMARY, WORST  # QGIS-free
from helpers import Feedback, crs, features, memory_layer, qgis_process_json, write_gpkg
from qgis.core import (
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsGeometry,
    QgsProcessingException,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

ALG = "nuudel:fencepermeabilityaudit"
CYRILLIC = re.compile("[\u0400-\u04ff]")
SCALE = 1000 / 0.9996  # true length of a 1,000 m UTM grid segment at the central meridian
SPECIES_INDEX = {"mgaz": 0, "argali": 6, "khulan": 3}  # positions in the SPECIES enum


def segment_wkt(i, x0=500000, y0=4800000):
    return f"LineString ({x0 + 1000 * i} {y0}, {x0 + 1000 * (i + 1)} {y0})"


def worked_rows(rows=ROWS, wkt=segment_wkt):
    keys = list(FIELDS)
    return [(wkt(i), dict(zip(keys, row))) for i, row in enumerate(rows)]


def params(uri, out_dir, **extra):
    out_dir.mkdir(parents=True, exist_ok=True)
    out = {
        "INPUT": uri,
        "SPECIES": [SPECIES_INDEX[c] for c in ("mgaz", "argali", "khulan")],
        "OUTPUT": str(out_dir / "verdicts.gpkg"),
        "SUMMARY": str(out_dir / "summary.gpkg"),
    }
    out.update(extra)
    return out


def run(parameters, feedback=None):
    return helpers.run(ALG, parameters, feedback)


def check_worked_example(out_features, summary_rows, length=SCALE):
    out_features = sorted(out_features, key=lambda f: f["geom"].boundingBox().xMinimum())
    assert len(out_features) == 6
    for code, verdicts in EXPECTED.items():
        assert [f[f"v_{code}"] for f in out_features] == verdicts, code
    assert [f["verdict"] for f in out_features] == WORST
    for f in out_features:
        assert f["len_m"] == pytest.approx(length, abs=0.01)
    assert "F-BOTTOM" in out_features[5]["reasons"] and "bottom_cm" in out_features[5]["reasons"]
    assert "F-WOVEN" in out_features[3]["reasons"]
    assert "F-OPENING" in out_features[2]["reasons"]
    summary = {row["species"]: row for row in summary_rows}
    assert sorted(summary) == sorted(SUMMARY)
    km = length / 1000
    for code, (perm, cond, barrier, unknown, longest) in SUMMARY.items():
        row = summary[code]
        assert row["permeable_km"] == pytest.approx(perm * km, abs=1e-3), code
        assert row["conditional_km"] == pytest.approx(cond * km, abs=1e-3), code
        assert row["barrier_km"] == pytest.approx(barrier * km, abs=1e-3), code
        assert row["unknown_km"] == pytest.approx(unknown * km, abs=1e-3), code
        assert row["barrier_pct"] == pytest.approx(100 * barrier / 6, abs=1e-3), code
        assert row["longest_barrier_km"] == pytest.approx(longest * km, abs=1e-3), code


# -- the analysis core, without QGIS layers ------------------------------------------------------


# -- through Processing ------------------------------------------------------------------------
@pytest.fixture
def worked_gpkg(tmp_path):
    return write_gpkg(
        tmp_path / "fences.gpkg", "LineString", "EPSG:32648", FIELDS, worked_rows(), "fences"
    )


def test_worked_example_geopackage(english, worked_gpkg, tmp_path):
    feedback = Feedback()
    result = run(params(worked_gpkg, tmp_path), feedback)
    check_worked_example(features(result["OUTPUT"]), features(result["SUMMARY"]))
    out = QgsVectorLayer(result["OUTPUT"], "out", "ogr")
    names = out.fields().names()
    for name in (
        "fence_type",
        "height_cm",
        "bottom_cm",
        "top_gap_cm",
        "barbed",
        "v_mgaz",
        "v_argali",
        "v_khulan",
        "verdict",
        "reasons",
        "len_m",
    ):
        assert name in names
    assert out.crs().authid() == "EPSG:32648"


def test_worked_example_qgis_process(worked_gpkg, tmp_path):
    # qgis_process 3.22 takes a multiple enum as one comma-separated value
    result = qgis_process_json(
        ALG, params(worked_gpkg, tmp_path, SPECIES="0,6,3", REPORT=str(tmp_path / "report.html"))
    )
    results = result["results"]
    check_worked_example(features(results["OUTPUT"]), features(results["SUMMARY"]))
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "F-NO-OPENING" in html and "Ito et al. 2013" in html


def test_geographic_crs_gives_the_same_lengths(english, tmp_path):
    transform = QgsCoordinateTransform(
        crs("EPSG:32648"), crs("EPSG:4326"), QgsCoordinateTransformContext()
    )

    def wkt4326(i):
        geom = QgsGeometry.fromWkt(segment_wkt(i))
        geom.transform(transform)
        return geom.asWkt(9)

    uri = write_gpkg(
        tmp_path / "fences4326.gpkg",
        "LineString",
        "EPSG:4326",
        FIELDS,
        worked_rows(wkt=wkt4326),
        "fences",
    )
    result = run(params(uri, tmp_path))
    rows = features(result["OUTPUT"])
    for f in rows:
        assert f["len_m"] == pytest.approx(SCALE, rel=1e-3)
        assert f["len_m"] == pytest.approx(SCALE, abs=0.05)  # in fact far closer than 0.1 %
    check_worked_example(rows, features(result["SUMMARY"]), length=rows[0]["len_m"])


def write_shapefile(path, rows, fields=FIELDS, crs_id="EPSG:32648"):
    layer = memory_layer("LineString", crs_id, fields, rows)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "ESRI Shapefile"
    err = QgsVectorFileWriter.writeAsVectorFormatV3(
        layer, str(path), QgsCoordinateTransformContext(), options
    )
    assert err[0] == QgsVectorFileWriter.NoError, err
    return str(path)


def test_shapefile_input_and_output(english, tmp_path):
    shp = write_shapefile(tmp_path / "fences.shp", worked_rows())
    result = run(
        params(
            shp,
            tmp_path,
            OUTPUT=str(tmp_path / "verdicts.shp"),
            SUMMARY=str(tmp_path / "summary.csv"),
        )
    )
    out = QgsVectorLayer(result["OUTPUT"], "out", "ogr")
    assert out.isValid()
    assert all(len(name) <= 10 for name in out.fields().names())
    summary = QgsVectorLayer(result["SUMMARY"], "summary", "ogr")
    assert "longest_barrier_km" in summary.fields().names()
    rows = features(out)
    assert [
        r["v_khulan"] for r in sorted(rows, key=lambda f: f["geom"].boundingBox().xMinimum())
    ] == EXPECTED["khulan"]
    longest = [r for r in features(summary) if r["species"] == "khulan"][0]
    assert float(longest["longest_barrier_km"]) == pytest.approx(3 * SCALE / 1000, abs=1e-3)
    # the grouped reasons fit a shapefile's 254-character text field
    assert max(len(r["reasons"]) for r in rows) < 254


def test_memory_layer_with_null_geometry_and_multipart(english, tmp_path):
    rows = worked_rows()
    rows.append((None, {"fence_type": "mesh", "height_cm": 150.0}))
    rows.append(
        (
            "MultiLineString ((506000 4800000, 507000 4800000), (507000 4800000, 507000 4801000))",
            {"fence_type": "solid"},
        )
    )
    layer = memory_layer("MultiLineString", "EPSG:32648", FIELDS, rows, "mem")
    feedback = Feedback()
    result = run(params(layer, tmp_path), feedback)
    out = features(result["OUTPUT"])
    assert len(out) == 8
    # kept; QGIS 3.22's GeoPackage writer stores a null geometry as an empty one
    null = [f for f in out if f["geom"].isNull() or f["geom"].isEmpty()]
    assert len(null) == 1 and null[0]["verdict"] == "unknown" and null[0]["len_m"] == 0
    assert null[0]["v_mgaz"] == "unknown" and "no geometry" in null[0]["reasons"]
    assert any("no geometry" in w for w in feedback.warnings)
    multi = [f for f in out if f["fence_type"] == "solid"][0]
    assert multi["len_m"] == pytest.approx(2 * SCALE, abs=0.5)
    summary = {r["species"]: r for r in features(result["SUMMARY"])}
    # the solid multipart touches segment 6: khulan's run 4-6 grows by 2 km, mgaz's stays 1 km
    # (segment 6 is unknown for mgaz) but the solid fence alone is a 2 km barrier
    assert summary["khulan"]["longest_barrier_km"] == pytest.approx(5 * SCALE / 1000, abs=2e-3)
    assert summary["mgaz"]["longest_barrier_km"] == pytest.approx(2 * SCALE / 1000, abs=2e-3)
    assert summary["mgaz"]["unknown_km"] == pytest.approx(SCALE / 1000, abs=1e-3)


def test_missing_field_error_names_the_field(english, tmp_path):
    fields = {k: v for k, v in FIELDS.items() if k != "bottom_cm"}
    rows = [(segment_wkt(0), {"fence_type": "strand", "height_cm": 100.0})]
    uri = write_gpkg(tmp_path / "nobottom.gpkg", "LineString", "EPSG:32648", fields, rows, "f")
    with pytest.raises(QgsProcessingException) as err:
        run(params(uri, tmp_path))
    message = str(err.value)
    assert "bottom_cm" in message and "fence_type, height_cm" in message.replace("fid, ", "")


def test_text_numbers_and_metres(english, tmp_path):
    text_fields = {k: str for k in FIELDS}
    text_rows = [
        ("strand", "100", "50 cm", "0,30 m", "false"),
        ("strand", "1,50 m", "20", "15cm", "true"),
        ("opening", "", "", "", ""),
        ("mesh", "120", None, None, None),
        ("strand", "105", "43", "27", "top"),
        ("strand", "100", None, "30", "none"),
    ]
    uri = write_gpkg(
        tmp_path / "text.gpkg",
        "LineString",
        "EPSG:32648",
        text_fields,
        worked_rows(text_rows),
        "text",
    )
    result = run(params(uri, tmp_path))
    check_worked_example(features(result["OUTPUT"]), features(result["SUMMARY"]))

    metre_rows = [
        (
            t,
            None if h is None else h / 100,
            None if b is None else b / 100,
            None if g is None else g / 100,
            bb,
        )
        for t, h, b, g, bb in ROWS
    ]
    uri = write_gpkg(
        tmp_path / "metres.gpkg",
        "LineString",
        "EPSG:32648",
        FIELDS,
        worked_rows(metre_rows),
        "metres",
    )
    feedback = Feedback()
    result = run(params(uri, tmp_path / "m", UNITS=1), feedback)
    check_worked_example(features(result["OUTPUT"]), features(result["SUMMARY"]))
    assert not any("UNITS" in w for w in feedback.warnings)
    feedback = Feedback()
    run(params(uri, tmp_path / "cm", UNITS=0), feedback)  # metres read as centimetres
    assert any("UNITS" in w for w in feedback.warnings)


def test_invalid_profile_error(english, worked_gpkg, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text(
        '{"schema": "nuudel-profile/1",\n "sources": {},\n "species": {},\n'
        ' "fence": {"rules": {"crawl": [{"id": "F-X"}]}}\n}',
        encoding="utf-8",
    )
    with pytest.raises(QgsProcessingException) as err:
        run(params(worked_gpkg, tmp_path, PROFILE=str(bad)))
    message = str(err.value)
    assert "bad.json" in message and "line 4" in message and "kind" in message


def test_report_lists_rules_sources_and_stretches(english, worked_gpkg, tmp_path):
    report = tmp_path / "audit.html"
    run(params(worked_gpkg, tmp_path, REPORT=str(report)))
    html = report.read_text(encoding="utf-8")
    for text in (
        "F-BOTTOM",
        "F-BARBED-BOTTOM",
        "F-TOP",
        "F-TOP-GAP",
        "F-WOVEN",
        "F-OPENING",
        "F-NO-OPENING",
        "F-RANGE",
        "Wyoming Game and Fish Department 2024",
        "Montana Fish, Wildlife and Parks 2009",
        "verified",
        "provisional",
        "Worst stretches",
        "Khulan (Asiatic wild ass)",
        "3.0",
        "INPUT",
    ):
        assert text in html, text


def test_mongolian_reasons_and_errors(mongolian, worked_gpkg, tmp_path):
    result = run(params(worked_gpkg, tmp_path))
    rows = sorted(features(result["OUTPUT"]), key=lambda f: f["geom"].boundingBox().xMinimum())
    assert [f["v_mgaz"] for f in rows] == EXPECTED["mgaz"]  # codes stay English
    assert [f["verdict"] for f in rows] == WORST
    for f in rows:
        assert CYRILLIC.search(f["reasons"]), f["reasons"]
    assert "F-BOTTOM" in rows[5]["reasons"] and "bottom_cm" in rows[5]["reasons"]
    fields = {k: v for k, v in FIELDS.items() if k != "barbed"}
    uri = write_gpkg(
        tmp_path / "nobarbed.gpkg",
        "LineString",
        "EPSG:32648",
        fields,
        [(segment_wkt(0), {"fence_type": "strand"})],
        "f",
    )
    with pytest.raises(QgsProcessingException) as err:
        run(params(uri, tmp_path / "x"))
    assert CYRILLIC.search(str(err.value)) and "barbed" in str(err.value)


def test_empty_layer_gives_empty_outputs(english, tmp_path):
    uri = write_gpkg(tmp_path / "empty.gpkg", "LineString", "EPSG:32648", FIELDS, [], "e")
    feedback = Feedback()
    result = run(params(uri, tmp_path), feedback)
    assert features(result["OUTPUT"]) == []
    summary = features(result["SUMMARY"])
    assert {r["species"] for r in summary} == {"mgaz", "argali", "khulan"}
    assert all(r["barrier_km"] == 0 for r in summary)
    assert any("no features" in w for w in feedback.warnings)


def test_cancel_stops_before_writing(english, worked_gpkg, tmp_path):
    feedback = Feedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run(params(worked_gpkg, tmp_path / "cancel"), feedback)
    assert not (tmp_path / "cancel" / "verdicts.gpkg").exists()


def test_qgis_process_in_mongolian(worked_gpkg, tmp_path):
    result = qgis_process_json(ALG, params(worked_gpkg, tmp_path, SPECIES="0,6,3"), lang="mn")
    rows = sorted(
        features(result["results"]["OUTPUT"]), key=lambda f: f["geom"].boundingBox().xMinimum()
    )
    assert [f["verdict"] for f in rows] == WORST
    assert "F-WOVEN саад" in rows[3]["reasons"]
    assert "F-BOTTOM: bottom_cm утга байхгүй" in rows[5]["reasons"]


def test_incomplete_fence_profile_names_the_key(english, worked_gpkg, tmp_path):
    from nuudel.processing.core.profile import DEFAULT_PROFILE

    text = DEFAULT_PROFILE.read_text(encoding="utf-8")
    data = json.loads(text)
    del data["fence"]["barrier_types"]
    bad = tmp_path / "nobarrier.json"
    bad.write_text(json.dumps(data, indent=1), encoding="utf-8")
    with pytest.raises(QgsProcessingException) as err:
        run(params(worked_gpkg, tmp_path, PROFILE=str(bad)))
    assert "fence.barrier_types" in str(err.value) and "nobarrier.json" in str(err.value)
