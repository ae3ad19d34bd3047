"""Crossing spacing check (nuudel:crossingspacingcheck): the worked example of issue 4 and more.

Hand-computed expectations: one 10 km route in EPSG:32649 along y = 4,800,000; suitable crossings
at 1 km (underpass 12 x 4 x 20 m, OI 2.4) and 6 km (bridge, clear height 5 m); a culvert
1.2 x 1.2 m at 3.5 km (unsuitable: under 1.5 m); a point 500 m off the route (unmatched).
Gaps 0-1 km (ok), 1-6 km (5 km, excess 3 km), 6-10 km (4 km, excess 2 km); proposed crossings
at 1 + 5/3 = 2.667, 1 + 10/3 = 4.333 and 8 km.
"""

import re

import helpers
import pytest
from helpers import features, qgis_process_json, write_gpkg
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)

ALG = "nuudel:crossingspacingcheck"
CROSSING_FIELDS = {
    "name": str,
    "crossing_type": str,
    "width_m": float,
    "height_m": float,
    "length_m": float,
}
EXAMPLE_CROSSINGS = [
    (
        "POINT (501000 4800000)",
        {
            "name": "A",
            "crossing_type": "underpass",
            "width_m": 12.0,
            "height_m": 4.0,
            "length_m": 20.0,
        },
    ),
    (
        "POINT (503500 4800000)",
        {
            "name": "B",
            "crossing_type": "culvert",
            "width_m": 1.2,
            "height_m": 1.2,
            "length_m": 20.0,
        },
    ),
    (
        "POINT (506000 4800000)",
        {
            "name": "C",
            "crossing_type": "bridge",
            "width_m": 30.0,
            "height_m": 5.0,
            "length_m": 10.0,
        },
    ),
    ("POINT (508000 4800500)", {"name": "D"}),
]
CYRILLIC = re.compile("[\u0400-\u04ff]")


def to_crs(wkt, src, dst):
    """The same geometry in ``dst``: densified first, so straight UTM edges stay on the line."""
    geom = QgsGeometry.fromWkt(wkt).densifyByDistance(50)
    geom.transform(
        QgsCoordinateTransform(
            QgsCoordinateReferenceSystem(src),
            QgsCoordinateReferenceSystem(dst),
            QgsProject.instance(),
        )
    )
    return geom.asWkt(12)


def example_inputs(tmp_path, crs="EPSG:32649", routes=None, crossings=None, route_fields=None):
    gpkg = tmp_path / "inputs.gpkg"
    routes = routes or [("LINESTRING (500000 4800000, 510000 4800000)", {"road": "A"})]
    crossings = crossings or EXAMPLE_CROSSINGS
    if crs != "EPSG:32649":
        routes = [(to_crs(w, "EPSG:32649", crs), v) for w, v in routes]
        crossings = [(to_crs(w, "EPSG:32649", crs), v) for w, v in crossings]
    r = write_gpkg(gpkg, "MultiLineString", crs, route_fields or {"road": str}, routes, "routes")
    c = write_gpkg(gpkg, "Point", crs, CROSSING_FIELDS, crossings, "crossings")
    return r, c


def run(tmp_path, routes, crossings, **extra):
    params = {
        "INPUT": routes,
        "CROSSINGS": crossings,
        "SPECIES": [0],
        "MAX_SPACING": 2000,
        "SNAP_TOLERANCE": 100,
        "OUTPUT_CROSSINGS": str(tmp_path / "out_crossings.gpkg"),
        "OUTPUT_GAPS": str(tmp_path / "out_gaps.gpkg"),
        "OUTPUT_PROPOSED": str(tmp_path / "out_proposed.gpkg"),
    }
    params.update(extra)
    return helpers.run(ALG, params)


def by_name(rows):
    return {r["name"]: r for r in rows}


def gap_rows(uri, species="mgaz"):
    rows = [r for r in features(uri) if r["species"] == species]
    return sorted(rows, key=lambda r: (r["route"], r["from_km"]))


def check_example(result):
    crossings = by_name(features(result["OUTPUT_CROSSINGS"]))
    assert crossings["A"]["s_mgaz"] == "suitable"
    assert crossings["B"]["s_mgaz"] == "unsuitable"
    assert crossings["C"]["s_mgaz"] == "suitable"
    assert [crossings[k]["suitability"] for k in "ABCD"] == [
        "suitable",
        "unsuitable",
        "suitable",
        "unmatched",
    ]
    assert crossings["D"]["matched"] == "no"
    assert crossings["D"]["offset_m"] == pytest.approx(500, rel=1e-3)
    assert "C-CULVERT" in crossings["B"]["reasons"]
    assert crossings["A"]["oi"] == pytest.approx(2.4)
    for key, km in (("A", 1.0), ("B", 3.5), ("C", 6.0)):
        assert crossings[key]["matched"] == "yes"
        assert crossings[key]["chainage_km"] == pytest.approx(km, rel=1e-3)
    gaps = gap_rows(result["OUTPUT_GAPS"])
    assert [(round(g["from_km"], 2), round(g["to_km"], 2)) for g in gaps] == [
        (0, 1),
        (1, 6),
        (6, 10),
    ]
    assert [g["status"] for g in gaps] == ["ok", "too_long", "too_long"]
    assert [g["excess_m"] for g in gaps] == pytest.approx([0, 3000, 2000], rel=1e-3)
    assert [g["zone_m"] for g in gaps] == pytest.approx([1000, 5000, 4000], rel=1e-3)
    proposed = sorted(r["chainage_km"] for r in features(result["OUTPUT_PROPOSED"]))
    assert proposed == pytest.approx([8 / 3, 13 / 3, 8.0], rel=1e-3)
    return crossings, gaps


def test_worked_example(english, tmp_path):
    routes, crossings = example_inputs(tmp_path)
    result = run(tmp_path, routes, crossings, REPORT=str(tmp_path / "report.html"))
    rows, gaps = check_example(result)
    assert gaps[0]["route"] == "1"
    for g in gaps:  # UTM grid metres are within 0.04 % of true metres here
        assert g["geom"].length() == pytest.approx(g["length_m"], rel=1e-3)
    # proposed points lie on the route at the chainage they state
    for p in features(result["OUTPUT_PROPOSED"]):
        point = p["geom"].asPoint()
        assert point.y() == pytest.approx(4800000, abs=1e-3)
        assert point.x() - 500000 == pytest.approx(p["chainage_km"] * 1000, rel=1e-3)
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "C-SPACING" in page and "C-OI" in page and "provisional" in page
    layer = QgsVectorLayer(result["OUTPUT_CROSSINGS"], "c", "ogr")
    assert layer.renderer().type() != "singleSymbol"


def test_worked_example_qgis_process(tmp_path):
    routes, crossings = example_inputs(tmp_path)
    out = qgis_process_json(
        ALG,
        {
            "INPUT": routes,
            "CROSSINGS": crossings,
            "SPECIES": 0,
            "MAX_SPACING": 2000,
            "SNAP_TOLERANCE": 100,
            "OUTPUT_CROSSINGS": str(tmp_path / "qp_crossings.gpkg"),
            "OUTPUT_GAPS": str(tmp_path / "qp_gaps.gpkg"),
            "OUTPUT_PROPOSED": str(tmp_path / "qp_proposed.gpkg"),
        },
    )
    check_example(out["results"])


def test_geographic_input_gives_the_same_chainages(english, tmp_path):
    routes, crossings = example_inputs(tmp_path, crs="EPSG:4326")
    result = run(tmp_path, routes, crossings)
    check_example(result)  # chainages, offsets, gap lengths within 0.1 %


def test_web_mercator_input(english, tmp_path):
    """Web Mercator distorts distances by 1/cos(43 deg) = 1.37: chainages must still be true."""
    routes, crossings = example_inputs(tmp_path, crs="EPSG:3857")
    check_example(run(tmp_path, routes, crossings))


def test_zones_halve_the_route(english, tmp_path):
    routes, crossings = example_inputs(tmp_path)
    zones = write_gpkg(
        tmp_path / "zones.gpkg",
        "Polygon",
        "EPSG:32649",
        {"id": int},
        [
            (
                "POLYGON ((505000 4790000, 515000 4790000, 515000 4810000, "
                "505000 4810000, 505000 4790000))",
                {"id": 1},
            )
        ],
        "zones",
    )
    result = run(tmp_path, routes, crossings, ZONES=zones)
    gaps = gap_rows(result["OUTPUT_GAPS"])
    # zone part: 0-1 km -> 0; 1-6 km -> 5-6 = 1 km; 6-10 km -> 4 km
    assert [g["zone_m"] for g in gaps] == pytest.approx([0, 1000, 4000], rel=1e-3)
    assert [g["status"] for g in gaps] == ["ok", "ok", "too_long"]
    assert [g["length_m"] for g in gaps] == pytest.approx([1000, 5000, 4000], rel=1e-3)
    proposed = [r["chainage_km"] for r in features(result["OUTPUT_PROPOSED"])]
    assert proposed == pytest.approx([8.0], rel=1e-3)


def test_proposals_inside_a_zone_split_the_zone_part_evenly(english, tmp_path):
    routes, _ = example_inputs(tmp_path)
    crossings = write_gpkg(
        tmp_path / "c.gpkg", "Point", "EPSG:32649", CROSSING_FIELDS, [], "crossings"
    )
    zones = write_gpkg(
        tmp_path / "zones.gpkg",
        "Polygon",
        "EPSG:32649",
        {"id": int},
        [
            (
                "POLYGON ((502000 4790000, 507000 4790000, 507000 4810000, "
                "502000 4810000, 502000 4790000))",
                {"id": 1},
            )
        ],
        "zones",
    )
    result = run(tmp_path, routes, crossings, ZONES=zones)
    gaps = gap_rows(result["OUTPUT_GAPS"])
    assert len(gaps) == 1 and gaps[0]["zone_m"] == pytest.approx(5000, rel=1e-3)
    assert gaps[0]["excess_m"] == pytest.approx(3000, rel=1e-3)
    proposed = sorted(r["chainage_km"] for r in features(result["OUTPUT_PROPOSED"]))
    assert proposed == pytest.approx([2 + 5 / 3, 2 + 10 / 3], rel=1e-3)


def test_route_field_versus_connected_merge(english, tmp_path):
    """Two roads meeting end to end at 505000: one route when merged, two with ROUTE_FIELD."""
    routes = [
        ("LINESTRING (500000 4800000, 505000 4800000)", {"road": "A"}),
        ("LINESTRING (505000 4800000, 510000 4800000)", {"road": "B"}),
    ]
    r, c = example_inputs(tmp_path, routes=routes)
    merged = gap_rows(run(tmp_path, r, c)["OUTPUT_GAPS"])
    assert [(round(g["from_km"], 2), round(g["to_km"], 2)) for g in merged] == [
        (0, 1),
        (1, 6),
        (6, 10),
    ]
    by_field = run(tmp_path, r, c, ROUTE_FIELD="road")
    gaps = gap_rows(by_field["OUTPUT_GAPS"])
    assert [(g["route"], round(g["from_km"], 2), round(g["to_km"], 2)) for g in gaps] == [
        ("A", 0, 1),
        ("A", 1, 5),
        ("B", 0, 1),
        ("B", 1, 5),
    ]
    rows = by_name(features(by_field["OUTPUT_CROSSINGS"]))
    assert (rows["C"]["route"], rows["C"]["chainage_km"]) == ("B", pytest.approx(1.0, rel=1e-3))


def test_multipart_unordered_reversed_segments(english, tmp_path):
    """The example route cut into pieces, shuffled, some reversed, one multipart feature."""
    routes = [
        (
            "MULTILINESTRING ((507000 4800000, 504000 4800000), (510000 4800000, 507000 4800000))",
            {"road": "x"},
        ),
        ("LINESTRING (500000 4800000, 502000 4800000)", {"road": "x"}),
        ("LINESTRING (504000 4800000, 502000 4800000)", {"road": "x"}),
    ]
    r, c = example_inputs(tmp_path, routes=routes)
    for extra in ({}, {"ROUTE_FIELD": "road"}):
        result = run(tmp_path, r, c, **extra)
        rows = by_name(features(result["OUTPUT_CROSSINGS"]))
        gaps = gap_rows(result["OUTPUT_GAPS"])
        # most of the length runs east to west, so chainage runs from 510000 westwards
        assert rows["A"]["chainage_km"] == pytest.approx(9.0, rel=1e-3)
        assert rows["C"]["chainage_km"] == pytest.approx(4.0, rel=1e-3)
        assert [(round(g["from_km"], 2), round(g["to_km"], 2)) for g in gaps] == [
            (0, 4),
            (4, 9),
            (9, 10),
        ]
        assert len(gaps) == 3 and len({g["route"] for g in gaps}) == 1


def test_routes_touching_at_a_junction(english, tmp_path):
    """A side road joins the main road at one of its vertices: with ROUTE_FIELD two routes;
    without, one network of two unbranched pieces (line_merge keeps the main road whole)."""
    routes = [
        ("LINESTRING (500000 4800000, 510000 4800000)", {"road": "main"}),
        ("LINESTRING (505000 4800000, 505000 4805000)", {"road": "side"}),
    ]
    r, c = example_inputs(tmp_path, routes=routes)
    by_field = run(tmp_path, r, c, ROUTE_FIELD="road")
    gaps = gap_rows(by_field["OUTPUT_GAPS"])
    assert [(g["route"], round(g["from_km"], 2), round(g["to_km"], 2)) for g in gaps] == [
        ("main", 0, 1),
        ("main", 1, 6),
        ("main", 6, 10),
        ("side", 0, 5),
    ]
    merged = run(tmp_path, r, c)
    gaps = gap_rows(merged["OUTPUT_GAPS"])
    assert sorted({g["route"] for g in gaps}) == ["1/1", "1/2"]
    assert sum(g["length_m"] for g in gaps) == pytest.approx(15000, rel=1e-3)


def test_duplicate_crossing_counted_once(english, tmp_path):
    dup = (
        "POINT (501000.3 4800000)",
        {
            "name": "A2",
            "crossing_type": "underpass",
            "width_m": 12.0,
            "height_m": 4.0,
            "length_m": 20.0,
        },
    )
    r, c = example_inputs(tmp_path, crossings=EXAMPLE_CROSSINGS + [dup])
    result = run(tmp_path, r, c)
    rows = by_name(features(result["OUTPUT_CROSSINGS"]))
    assert len(rows) == 5
    assert rows["A2"]["duplicate_of"] is not None
    assert rows["A"]["duplicate_of"] is None or rows["A"]["duplicate_of"] != rows["A"]["fid"]
    assert "duplicate" in rows["A2"]["reasons"]
    gaps = gap_rows(result["OUTPUT_GAPS"])
    assert len(gaps) == 3


def test_missing_field_error_names_the_field(english, tmp_path):
    r, c = example_inputs(tmp_path)
    with pytest.raises(QgsProcessingException, match="no field 'clear_h'.*height_m"):
        run(tmp_path, r, c, HEIGHT_FIELD="clear_h")


def test_missing_values_give_unknown_naming_the_field(english, tmp_path):
    crossings = [
        (
            "POINT (501000 4800000)",
            {"name": "A", "crossing_type": "underpass", "width_m": 15.0, "height_m": 5.0},
        ),
        ("POINT (502000 4800000)", {"name": "B", "crossing_type": "overpass"}),
        ("POINT (503000 4800000)", {"name": "C", "crossing_type": "level"}),
        ("POINT (504000 4800000)", {"name": "D", "crossing_type": "tunnel?"}),
    ]
    r, c = example_inputs(tmp_path, crossings=crossings)
    rows = by_name(features(run(tmp_path, r, c)["OUTPUT_CROSSINGS"]))
    assert rows["A"]["s_mgaz"] == "unknown" and "length_m" in rows["A"]["reasons"]
    assert rows["B"]["s_mgaz"] == "unknown" and "width_m" in rows["B"]["reasons"]
    assert rows["C"]["s_mgaz"] == "suitable" and "C-OPEN" in rows["C"]["reasons"]
    assert rows["D"]["s_mgaz"] == "unknown" and "tunnel?" in rows["D"]["reasons"]


def test_empty_inputs_give_empty_outputs(english, tmp_path):
    r = write_gpkg(tmp_path / "e.gpkg", "LineString", "EPSG:32649", {"road": str}, [], "routes")
    c = write_gpkg(tmp_path / "e.gpkg", "Point", "EPSG:32649", CROSSING_FIELDS, [], "crossings")
    result = run(tmp_path, r, c)
    for key in ("OUTPUT_CROSSINGS", "OUTPUT_GAPS", "OUTPUT_PROPOSED"):
        assert features(result[key]) == []
    # crossings but no routes: all kept, unmatched
    _, c2 = example_inputs(tmp_path)
    rows = features(run(tmp_path, r, c2)["OUTPUT_CROSSINGS"])
    assert len(rows) == 4 and {x["suitability"] for x in rows} == {"unmatched"}


def test_mongolian_run(mongolian, tmp_path):
    from nuudel.processing.i18n import tr

    routes, crossings = example_inputs(tmp_path)
    result = run(tmp_path, routes, crossings)
    rows, _ = check_example(result)  # codes stay English
    unmatched = rows["D"]["reasons"]
    template = tr(
        "not on a route: {distance} m from the nearest route, more than the snap "
        "tolerance of {tolerance} m"
    )
    assert template.split("{distance}")[0] in unmatched and "500.2" in unmatched
    with pytest.raises(QgsProcessingException) as err:
        run(tmp_path, routes, crossings, WIDTH_FIELD="no_such_field")
    assert CYRILLIC.search(str(err.value))


def test_cancel_stops_the_run(english, tmp_path):
    from qgis.core import QgsProcessingFeedback

    import processing

    feedback = QgsProcessingFeedback()
    feedback.cancel()
    routes, crossings = example_inputs(tmp_path)
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        processing.run(
            ALG,
            {
                "INPUT": routes,
                "CROSSINGS": crossings,
                "SPECIES": [0],
                "OUTPUT_CROSSINGS": "TEMPORARY_OUTPUT",
                "OUTPUT_GAPS": "TEMPORARY_OUTPUT",
                "OUTPUT_PROPOSED": "TEMPORARY_OUTPUT",
            },
            feedback=feedback,
        )


def test_max_spacing_left_empty_takes_the_profile_value(english, tmp_path):
    """MAX_SPACING has no default of its own: the PROFILE's max_spacing_m applies (4,500 m
    here), so of the worked example's gaps 1, 5 and 4 km only the 5 km one is too long, by
    about 500 m; a MAX_SPACING given overrides the profile (the worked example: 2,000 m)."""
    import json

    from nuudel.processing.core.profile import DEFAULT_PROFILE

    alg = QgsApplication.processingRegistry().algorithmById(ALG)
    assert alg.parameterDefinition("MAX_SPACING").defaultValue() is None
    data = json.loads(DEFAULT_PROFILE.read_text(encoding="utf-8"))
    data["crossings"]["max_spacing_m"]["value"] = 4500
    profile = tmp_path / "wide.json"
    profile.write_text(json.dumps(data), encoding="utf-8")
    routes, crossings = example_inputs(tmp_path)
    result = run(tmp_path, routes, crossings, PROFILE=str(profile), MAX_SPACING=None)
    gaps = gap_rows(result["OUTPUT_GAPS"])
    assert [g["status"] for g in gaps] == ["ok", "too_long", "ok"]
    # lengths are on the ellipsoid: 5,000 m of UTM grid on the central meridian (scale 0.9996)
    assert [g["excess_m"] for g in gaps] == pytest.approx([0, 5000 / 0.9996 - 4500, 0], abs=0.5)
    assert sorted(r["chainage_km"] for r in features(result["OUTPUT_PROPOSED"])) == pytest.approx(
        [3.5], rel=1e-3
    )
