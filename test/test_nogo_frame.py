"""No-go mask frame (issue 16): the work frame is centred on the study area, features far
outside it are left out and counted, buffers are true distances even at Mongolia's edges, and
every output polygon is GEOS-valid."""

import helpers
import numpy as np
import pytest
from helpers import Feedback, features, qgis_process_json, write_gpkg
from nuudel.processing.core import geodesy
from qgis.core import QgsGeometry, QgsPointXY

ALG = "nuudel:nogoalignmentmask"
WGS = "EPSG:4326"
# a study area across Mongolia's width (87 E to 120 E)
MONGOLIA = "POLYGON((87 41.5, 120 41.5, 120 52, 87 52, 87 41.5))"
SMALL = "POLYGON((104 47, 104.2 47, 104.2 47.1, 104 47.1, 104 47))"


def _study(folder, wkt):
    return write_gpkg(folder / "study.gpkg", "Polygon", WGS, {"id": int}, [(wkt, {"id": 1})])


def _water(folder, points, name="water"):
    return write_gpkg(
        folder / f"{name}.gpkg",
        "Point",
        WGS,
        {"id": int},
        [(f"POINT({x} {y})", {"id": i}) for i, (x, y) in enumerate(points)],
        name,
    )


def _run(params, folder, name="out"):
    feedback = Feedback()
    params = dict(params, OUTPUT=str(folder / f"zones_{name}.gpkg"))
    result = helpers.run(ALG, params, feedback)
    rows = {r["zone"]: r for r in features(result["OUTPUT"])}
    return rows, feedback


def _warnings(feedback):
    return " ".join(feedback.warnings) if hasattr(feedback, "warnings") else feedback.text()


def test_stray_water_point_leaves_the_zones_unchanged(plugin, english, tmp_path):
    """A water point at (0, 0), 100 degrees from the study area, once moved the frame and
    shrank every buffer by 18 %; now it is left out, named in a warning, and changes nothing."""
    wells = [(104.1, 47.05), (104.05, 47.02)]
    base = {"STUDY_AREA": _study(tmp_path, SMALL), "WATER_NOGO_BUFFER": 200.0}
    plain, _ = _run(dict(base, WATER=_water(tmp_path, wells)), tmp_path, "plain")
    page = tmp_path / "stray.html"
    stray, feedback = _run(
        dict(base, WATER=_water(tmp_path, wells + [(0.0, 0.0)], "stray"), REPORT=str(page)),
        tmp_path,
        "stray",
    )
    for zone in ("nogo", "caution", "suitable"):
        assert stray[zone]["area_km2"] == pytest.approx(plain[zone]["area_km2"], rel=1e-6), zone
    assert "Layer 'stray': 1 features lie farther" in _warnings(feedback)
    html = page.read_text(encoding="utf-8")
    assert "Features far outside the study area" in html
    assert "<td>stray</td>" in html.replace(' class="num"', "")


def test_far_lakes_layer_changes_nothing(plugin, english, tmp_path):
    """An irrelevant no-go layer (lakes in Europe) does not move the frame or the areas."""
    wells = [(104.1, 47.05)]
    base = {"STUDY_AREA": _study(tmp_path, SMALL), "WATER": _water(tmp_path, wells)}
    plain, _ = _run(base, tmp_path, "plain")
    lakes = write_gpkg(
        tmp_path / "lakes.gpkg",
        "Polygon",
        WGS,
        {"id": int},
        [("POLYGON((10 50, 11 50, 11 51, 10 51, 10 50))", {"id": 1})],
        "lakes",
    )
    far, feedback = _run(dict(base, NOGO=[lakes], NOGO_BUFFER=500.0), tmp_path, "far")
    for zone in ("nogo", "caution", "suitable"):
        assert far[zone]["area_km2"] == pytest.approx(plain[zone]["area_km2"], rel=1e-6), zone
    assert far["nogo"]["sources"] == "water (50 m)"
    assert "Layer 'lakes': 1 features lie farther" in _warnings(feedback)


def _distances(ring_points, centre):
    """True distances (m) of lon/lat points from ``centre``: a 200 m step measured with the
    ellipsoid's radii of curvature at its mid-latitude (exact to about 1e-8)."""
    lon = np.array([p.x() for p in ring_points])
    lat = np.array([p.y() for p in ring_points])
    n = len(lon)
    return geodesy.segment_lengths(np.full(n, centre[0]), np.full(n, centre[1]), lon, lat)


def _nogo_radii(geom, centre):
    """Distances (m) of the vertices of the no-go part around ``centre``."""
    for part in geom.asMultiPolygon():
        ring = part[0]
        xs = [p.x() for p in ring]
        ys = [p.y() for p in ring]
        if min(xs) <= centre[0] <= max(xs) and min(ys) <= centre[1] <= max(ys):
            return _distances(ring[:-1], centre)
    raise AssertionError(f"no no-go part around {centre}")


@pytest.mark.parametrize("where", [(88.0, 47.0), (119.0, 47.0), (103.5, 41.8)])
def test_buffers_are_true_at_the_study_areas_edges(plugin, english, tmp_path, where):
    """A 200 m water buffer near 88 E and 119 E, 15 degrees from the frame's central meridian
    (one transverse Mercator frame made it 1.8 % short): every vertex within 0.1 %."""
    water = _water(tmp_path, [(88.0, 47.0), (119.0, 47.0), (103.5, 41.8)])
    rows, _ = _run(
        {
            "STUDY_AREA": _study(tmp_path, MONGOLIA),
            "WATER": water,
            "WATER_NOGO_BUFFER": 200.0,
            "WATER_CAUTION_BUFFER": 0.0,
        },
        tmp_path,
    )
    radii = _nogo_radii(rows["nogo"]["geom"], where)
    assert np.abs(radii / 200.0 - 1).max() < 1e-3, radii


def _edge_wells(n, seed=3):
    """Water points within 300 m of the edges of the box 100-101 E, 46-46.5 N."""
    rng = np.random.default_rng(seed)
    side = rng.integers(0, 4, n)
    t = rng.uniform(0, 1, n)
    off = rng.uniform(-0.004, 0.004, n)  # about +-300 m
    lon = np.where(side < 2, 100 + t, np.where(side == 2, 100 + off, 101 + off))
    lat = np.where(side == 0, 46 + off, np.where(side == 1, 46.5 + off, 46 + 0.5 * t))
    return list(zip(lon.round(7).tolist(), lat.round(7).tolist()))


def test_every_output_polygon_is_valid_where_buffers_meet_the_edge(plugin, english, tmp_path):
    """Water and protected-area buffers crossing the edges of a lon/lat study area: every zone
    polygon written is GEOS-valid (the back transform once left self-intersections)."""
    box = "POLYGON((100 46, 101 46, 101 46.5, 100 46.5, 100 46))"
    pa = write_gpkg(
        tmp_path / "pa.gpkg",
        "Polygon",
        WGS,
        {"id": int},
        [
            ("POLYGON((99.99 46.1, 100.2 46.1, 100.2 46.2, 99.99 46.2, 99.99 46.1))", {"id": 1}),
            (
                "POLYGON((100.5 46.499, 100.6 46.499, 100.6 46.6, 100.5 46.6, 100.5 46.499))",
                {"id": 2},
            ),
        ],
        "pa",
    )
    rows, _ = _run(
        {
            "STUDY_AREA": _study(tmp_path, box),
            "WATER": _water(tmp_path, _edge_wells(400)),
            "NOGO": [pa],
            "NOGO_BUFFER": 300.0,
        },
        tmp_path,
    )
    for zone, row in rows.items():
        assert row["geom"].isGeosValid(), zone
    assert rows["nogo"]["area_km2"] > 0 and rows["caution"]["area_km2"] > 0


def test_qgis_process_leaves_the_stray_point_out(plugin, tmp_path):
    """The same through qgis_process: the stray point changes nothing and is in the log."""
    wells = [(104.1, 47.05), (104.05, 47.02)]
    base = {"STUDY_AREA": _study(tmp_path, SMALL), "WATER_NOGO_BUFFER": 200.0}
    plain, _ = _run(dict(base, WATER=_water(tmp_path, wells)), tmp_path, "plain")
    out = tmp_path / "zones_cli.gpkg"
    result = qgis_process_json(
        ALG,
        dict(base, WATER=_water(tmp_path, wells + [(0.0, 0.0)], "stray"), OUTPUT=str(out)),
        lang="en",
    )
    rows = {r["zone"]: r for r in features(result["results"]["OUTPUT"])}
    for zone in ("nogo", "caution", "suitable"):
        assert rows[zone]["area_km2"] == pytest.approx(plain[zone]["area_km2"], rel=1e-6), zone
    assert "1 features lie farther" in str(result.get("log"))


def _strip(west, east, south, north, step=0.001):
    """A lon/lat box with a vertex every ``step`` degrees (its edges follow the graticule)."""
    xs = np.arange(west, east + step / 2, step)
    ys = np.arange(south, north + step / 2, step)
    ring = (
        [(x, south) for x in xs]
        + [(east, y) for y in ys[1:]]
        + [(x, north) for x in xs[::-1][1:]]
        + [(west, y) for y in ys[::-1][1:]]
    )
    return "POLYGON((" + ", ".join(f"{x:.6f} {y:.6f}" for x, y in ring) + "))"


def test_wide_protected_area_buffer_is_true_on_both_sides(plugin, english, tmp_path):
    """A protected area 2 degrees wide near Mongolia's west edge (88-90 E): one scale for the
    whole polygon would make its 500 m buffer 0.2 % off at its sides; it is buffered in a frame
    of its own, within 0.1 % on the west and the east side."""
    pa = write_gpkg(
        tmp_path / "pa.gpkg", "Polygon", WGS, {"id": int}, [(_strip(88, 90, 47, 47.2), {"id": 1})]
    )
    rows, _ = _run(
        {
            "STUDY_AREA": _study(tmp_path, MONGOLIA),
            "NOGO": [pa],
            "NOGO_BUFFER": 500.0,
            "WATER_NOGO_BUFFER": 0.0,
            "WATER_CAUTION_BUFFER": 0.0,
        },
        tmp_path,
    )
    zone = rows["nogo"]["geom"]
    for edge, probe in ((88.0, (87.9, 88.0)), (90.0, (90.0, 90.1))):
        cut = zone.intersection(
            QgsGeometry.fromPolylineXY([QgsPointXY(probe[0], 47.1), QgsPointXY(probe[1], 47.1)])
        )
        xs = [p.x() for p in cut.asPolyline()]
        outer = min(xs) if edge == 88.0 else max(xs)
        width = geodesy.segment_lengths(np.array([outer]), 47.1, np.array([edge]), 47.1)[0]
        assert width == pytest.approx(500.0, rel=1e-3), (edge, width)


def test_a_world_wide_no_go_polygon_is_clipped_not_lost(plugin, english, tmp_path):
    """A no-go polygon over most of the globe (a country or world layer) covers the study area:
    it is clipped to what can reach it before the transform, so the whole study area is no-go
    (its far vertices used to leave the frame and the feature was lost)."""
    world = write_gpkg(
        tmp_path / "world.gpkg",
        "Polygon",
        WGS,
        {"id": int},
        [("POLYGON((-170 -80, 170 -80, 170 80, -170 80, -170 -80))", {"id": 1})],
        "world",
    )
    rows, feedback = _run(
        {"STUDY_AREA": _study(tmp_path, SMALL), "NOGO": [world], "NOGO_BUFFER": 500.0},
        tmp_path,
    )
    assert rows["suitable"]["area_km2"] == pytest.approx(0.0, abs=1e-9)
    assert rows["nogo"]["area_km2"] > 100
    assert rows["nogo"]["sources"] == "world (500 m)"
    assert not any("lie farther" in w for w in feedback.warnings)


def test_qgis_process_zones_are_valid_at_the_edge(plugin, tmp_path):
    """Through qgis_process: the edge case above, every zone polygon GEOS-valid."""
    box = "POLYGON((100 46, 101 46, 101 46.5, 100 46.5, 100 46))"
    out = tmp_path / "zones_cli.gpkg"
    result = qgis_process_json(
        ALG,
        {
            "STUDY_AREA": _study(tmp_path, box),
            "WATER": _water(tmp_path, _edge_wells(400)),
            "OUTPUT": str(out),
        },
        lang="en",
    )
    rows = features(result["results"]["OUTPUT"])
    assert len(rows) == 3
    assert all(r["geom"].isGeosValid() for r in rows), [r["zone"] for r in rows]


def test_without_study_area_a_stray_point_no_longer_shrinks_buffers(plugin, english, tmp_path):
    """No STUDY_AREA: the frame is centred on every input (here between (0, 0) and Mongolia,
    50 degrees from the wells), and each buffer is scaled by the frame's scale at it, so the
    200 m buffers stay 200 m (they were 18 % short)."""
    well = (104.1, 47.05)
    rows, _ = _run(
        {
            "WATER": _water(tmp_path, [well, (0.0, 0.0)]),
            "WATER_NOGO_BUFFER": 200.0,
            "WATER_CAUTION_BUFFER": 0.0,
        },
        tmp_path,
    )
    radii = _nogo_radii(rows["nogo"]["geom"], well)
    assert np.abs(radii / 200.0 - 1).max() < 1e-3, radii


def _geodesic_m(a, b):
    """Geodesic distance (m) on WGS84 between lon/lat points ``a`` and ``b`` (GeographicLib
    through QgsDistanceArea): the reference the buffers are measured against."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsDistanceArea, QgsProject

    da = QgsDistanceArea()
    da.setSourceCrs(QgsCoordinateReferenceSystem(WGS), QgsProject.instance().transformContext())
    da.setEllipsoid("WGS84")
    return da.measureLine(QgsPointXY(*a), QgsPointXY(*b))


def _outer_x(zone, lat, probe, west):
    cut = zone.intersection(
        QgsGeometry.fromPolylineXY([QgsPointXY(probe[0], lat), QgsPointXY(probe[1], lat)])
    )
    xs = [p.x() for p in cut.vertices()]
    return min(xs) if west else max(xs)


def _outer_y(zone, lon, probe, south):
    cut = zone.intersection(
        QgsGeometry.fromPolylineXY([QgsPointXY(lon, probe[0]), QgsPointXY(lon, probe[1])])
    )
    ys = [p.y() for p in cut.vertices()]
    return min(ys) if south else max(ys)


def test_six_degree_wide_protected_area_buffer_is_true_everywhere(plugin, english, tmp_path):
    """A protected area 6 degrees wide (88-94 E) at Mongolia's south edge (42 N), study area
    87-120 E: its 500 m buffer within 0.1 % of the geodesic distance on the west and east
    sides and on the north and south sides near both ends and in the middle (one frame on
    the feature's own meridian is 3 degrees from its ends)."""
    west, east, south, north = 88.0, 94.0, 42.0, 42.2
    pa = write_gpkg(
        tmp_path / "pa.gpkg",
        "Polygon",
        WGS,
        {"id": int},
        [(_strip(west, east, south, north, step=0.01), {"id": 1})],
    )
    rows, _ = _run(
        {
            "STUDY_AREA": _study(tmp_path, MONGOLIA),
            "NOGO": [pa],
            "NOGO_BUFFER": 500.0,
            "WATER_NOGO_BUFFER": 0.0,
            "WATER_CAUTION_BUFFER": 0.0,
        },
        tmp_path,
    )
    zone = rows["nogo"]["geom"]
    lat = (south + north) / 2
    widths = {
        "west": _geodesic_m((_outer_x(zone, lat, (west - 0.1, west), True), lat), (west, lat)),
        "east": _geodesic_m((_outer_x(zone, lat, (east, east + 0.1), False), lat), (east, lat)),
    }
    for lon in (west + 0.05, (west + east) / 2, east - 0.05):
        y = _outer_y(zone, lon, (south - 0.1, south), True)
        widths[f"south {lon:g}"] = _geodesic_m((lon, y), (lon, south))
        y = _outer_y(zone, lon, (north, north + 0.1), False)
        widths[f"north {lon:g}"] = _geodesic_m((lon, y), (lon, north))
    errors = {k: v / 500.0 - 1 for k, v in widths.items()}
    assert max(abs(e) for e in errors.values()) < 1e-3, errors
