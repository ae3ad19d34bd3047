"""nuudel:checkfenceinventory: the worked example, the workshop fences, both languages."""

from collections import Counter

import pytest
from core.fence_example import FIELDS  # the fence data model
from helpers import ROOT, features, qgis_process_json, write_gpkg
from inventory_helpers import LogFeedback, run, run_and_load
from qgis.core import QgsVectorLayer

ALG = "nuudel:checkfenceinventory"
WORKSHOP = ROOT / "resources" / "workshop" / "nuudel_workshop.gpkg"

# the workshop's fences with the road and its crossings (the trainer guide's exercise 5)
WORKSHOP_ROAD = {
    "INPUT": f"{WORKSHOP}|layername=fences",
    "CROSSINGS": f"{WORKSHOP}|layername=crossings|subset=\"network\" = 'road'",
    "ROUTES": f"{WORKSHOP}|layername=road",
    "OUTPUT_ISSUES": "TEMPORARY_OUTPUT",
}


def fence_row(wkt, ftype="strand", height=100.0, bottom=50.0, gap=30.0, barbed="none"):
    return (
        wkt,
        {
            "fence_type": ftype,
            "height_cm": height,
            "bottom_cm": bottom,
            "top_gap_cm": gap,
            "barbed": barbed,
        },
    )


@pytest.fixture
def example(tmp_path):
    """UTM 49N metres: a 3 m gap between sections 1 and 2, section 1 digitised twice (3), and
    a bottom wire of 450 cm under a 120 cm top wire (4)."""
    rows = [
        fence_row("LINESTRING(500000 5000000, 501000 5000000)"),
        fence_row("LINESTRING(501003 5000000, 502000 5000000)"),
        fence_row("LINESTRING(500000 5000000, 501000 5000000)"),
        fence_row("LINESTRING(502000 5000000, 503000 5000000)", height=120.0, bottom=450.0),
    ]
    return write_gpkg(tmp_path / "example.gpkg", "LineString", "EPSG:32649", FIELDS, rows, "fences")


def issues_of(uri_or_layer):
    return sorted((r["code"], r["feature_id"]) for r in features(uri_or_layer))


def test_worked_example(plugin, english, example, tmp_path):
    feedback = LogFeedback()
    report = tmp_path / "check.html"
    result = run(
        ALG,
        {"INPUT": example, "OUTPUT_ISSUES": str(tmp_path / "issues.gpkg"), "REPORT": str(report)},
        feedback,
    )
    found = issues_of(result["OUTPUT_ISSUES"])
    assert found == [("bottom_above_top", 4), ("duplicate", 1), ("gap", 2)]
    rows = {r["code"]: r for r in features(result["OUTPUT_ISSUES"])}
    assert rows["gap"]["severity"] == "warning" and rows["duplicate"]["severity"] == "error"
    assert rows["gap"]["message_en"].startswith("Gap of 3 m between the ends of sections 2 and")
    assert any("\u0400" <= ch <= "\u04ff" for ch in rows["gap"]["message_mn"])
    assert rows["gap"]["message"] == rows["gap"]["message_en"]
    gap = rows["gap"]["geom"].asPoint()
    assert (round(gap.x()), round(gap.y())) == (501003, 5000000)
    assert rows["bottom_above_top"]["rule"] == "F-RANGE"
    html = report.read_text(encoding="utf-8")
    assert "How much each species" in html and "I-DUPLICATE" in html
    assert "1 × duplicate (error)" in feedback.text


def test_workshop_fences_only_what_is_really_there(plugin, english):
    """Workshop fences: contiguous railway sections, both sides 50 m apart, no duplicates or
    impossible values; only the values really missing (the unsurveyed stretch, about 5 % of
    segments missing one value, two pasture fences) are reported."""
    fences = f"{WORKSHOP}|layername=fences"
    result = run(ALG, {"INPUT": fences, "OUTPUT_ISSUES": "TEMPORARY_OUTPUT"})
    found = Counter(code for code, _fid in issues_of(result["OUTPUT_ISSUES"]))
    expected = set()
    for feat in QgsVectorLayer(fences, "f", "ogr").getFeatures():
        values = [feat[n] for n in ("height_cm", "bottom_cm", "top_gap_cm", "barbed")]
        if feat["fence_type"] in ("strand", "electric", "rail") and any(
            v is None or str(v) == "NULL" for v in values
        ):
            expected.add(feat.id())
    assert len(expected) == 46
    assert found == {"missing_for_audit": len(expected)}
    assert {fid for code, fid in issues_of(result["OUTPUT_ISSUES"])} == expected


def test_workshop_crossings_off_route(plugin, english):
    """Road crossings against the road: only the culvert on the old track, 600 m off."""
    result = run(
        ALG,
        dict(WORKSHOP_ROAD),
    )
    far = [r for r in features(result["OUTPUT_ISSUES"]) if r["code"] == "crossing_far"]
    assert len(far) == 1 and far[0]["layer"] == "crossings"
    assert "lies 600 m from the nearest fence or route" in far[0]["message"]


def test_mongolian_messages(plugin, mongolian, example):
    result = run(ALG, {"INPUT": example, "OUTPUT_ISSUES": "TEMPORARY_OUTPUT"})
    rows = {r["code"]: r for r in features(result["OUTPUT_ISSUES"])}
    assert rows["gap"]["message"] == rows["gap"]["message_mn"]
    assert rows["gap"]["message_en"].startswith("Gap of 3 m")


def test_run_and_load_results(plugin, english, example):
    result, _feedback = run_and_load(ALG, {"INPUT": example, "OUTPUT_ISSUES": "TEMPORARY_OUTPUT"})
    assert result["OUTPUT_ISSUES"].featureCount() == 3


def test_qgis_process_in_mongolian(plugin, example, tmp_path):
    out = tmp_path / "issues.gpkg"
    result = qgis_process_json(ALG, {"INPUT": example, "OUTPUT_ISSUES": str(out)}, lang="mn")
    assert issues_of(result["results"]["OUTPUT_ISSUES"]) == [
        ("bottom_above_top", 4),
        ("duplicate", 1),
        ("gap", 2),
    ]


def test_issues_styled_by_severity_in_the_geopackage(plugin, english, example, tmp_path):
    out = str(tmp_path / "styled.gpkg")
    result = run(ALG, {"INPUT": example, "OUTPUT_ISSUES": out})
    layer = QgsVectorLayer(result["OUTPUT_ISSUES"], "issues", "ogr")
    renderer = layer.renderer()
    assert renderer.type() == "categorizedSymbol" and renderer.classAttribute() == "severity"
    assert [c.value() for c in renderer.categories()] == ["error", "warning"]


def test_workshop_exercise5_numbers(plugin, english):
    """The field survey exercise of the trainer guide (scripts/guide_text.py, both pages):
    its expected numbers are what the check gives on the workshop data today."""
    feedback = LogFeedback()
    result = run(
        ALG,
        dict(WORKSHOP_ROAD),
        feedback,
    )
    found = Counter(code for code, _fid in issues_of(result["OUTPUT_ISSUES"]))
    assert found == {"missing_for_audit": 46, "crossing_far": 1}
    for line in (
        "Mongolian gazelle: the audit can judge 1211.8 km of 1291.8 km; 80.0 km unknown.",
        "Argali: the audit can judge 1287.6 km of 1291.8 km; 4.2 km unknown.",
        "Khulan (Asiatic wild ass): the audit can judge 1291.8 km of 1291.8 km; 0.0 km unknown.",
    ):
        assert line in feedback.infos
    for lang in ("en", "mn"):
        page = " ".join(
            (ROOT / "resources" / "help" / lang / "workshop.html")
            .read_text(encoding="utf-8")
            .split()
        )
        for text in (
            "46 <code>missing_for_audit</code>",
            "1,211.8",
            "1,291.8",
            "80.0 км" if lang == "mn" else "80.0 km",
            "1,287.6",
            "4.2",
            "600 м" if lang == "mn" else "600 m",
        ):
            assert text in page, (lang, text)


def test_lon_lat_memory_layer_gap_in_true_metres(plugin, english):
    """A memory layer in EPSG:4326: the 3 m gap is measured in metres, not degrees."""
    import math

    from helpers import memory_layer

    deg = 3.0 / (math.radians(1.0) * 6378137.0 * math.cos(math.radians(45.0)))  # ~3 m east
    layer = memory_layer(
        "LineString",
        "EPSG:4326",
        FIELDS,
        [
            fence_row("LINESTRING(108 45, 108.01 45)"),
            fence_row(f"LINESTRING({108.01 + deg:.9f} 45, 108.02 45)"),
        ],
        name="lonlat",
    )
    result = run(ALG, {"INPUT": layer, "OUTPUT_ISSUES": "TEMPORARY_OUTPUT"})
    rows = features(result["OUTPUT_ISSUES"])
    assert [r["code"] for r in rows] == ["gap"]
    assert rows[0]["message"].startswith("Gap of 3 m")
    point = rows[0]["geom"].asPoint()
    # at one of the two ends of the gap (one near miss for the pair)
    assert min(abs(point.x() - 108.01), abs(point.x() - 108.01 - deg)) < 1e-7
    assert point.y() == pytest.approx(45.0, abs=1e-7)


def test_empty_layer_and_null_geometry(plugin, english):
    from helpers import memory_layer

    empty = memory_layer("LineString", "EPSG:32649", FIELDS, [], name="empty")
    result = run(ALG, {"INPUT": empty, "OUTPUT_ISSUES": "TEMPORARY_OUTPUT"})
    assert features(result["OUTPUT_ISSUES"]) == []
    one = memory_layer(
        "LineString",
        "EPSG:32649",
        FIELDS,
        [
            (
                None,
                {
                    "fence_type": "strand",
                    "height_cm": 100.0,
                    "bottom_cm": 50.0,
                    "top_gap_cm": 30.0,
                    "barbed": "none",
                },
            )
        ],
        name="nogeom",
    )
    rows = features(run(ALG, {"INPUT": one, "OUTPUT_ISSUES": "TEMPORARY_OUTPUT"})["OUTPUT_ISSUES"])
    assert [(r["code"], r["severity"]) for r in rows] == [("no_geometry", "error")]
    assert rows[0]["geom"].isNull() or rows[0]["geom"].isEmpty()


def test_report_in_mongolian(plugin, mongolian, example, tmp_path):
    report = tmp_path / "mn.html"
    run(ALG, {"INPUT": example, "OUTPUT_ISSUES": "TEMPORARY_OUTPUT", "REPORT": str(report)})
    html = report.read_text(encoding="utf-8")
    assert 'lang="mn"' in html and "Хашааны тооллогын шалгалт" in html
    assert "Төрөл зүйл тус бүрийн үнэлгээ" in html
