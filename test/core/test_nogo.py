"""The no-go mask core (core/nogo.py) without QGIS: the worked example, partitions, dissolve,
subtract and line cutting."""

import warnings

import numpy as np
import pytest
import shapely
from nuudel.processing.core.text import NuudelError

STUDY = "POLYGON((500000 4800000, 510000 4800000, 510000 4810000, 500000 4810000, 500000 4800000))"


NOGO_SQ = (
    "POLYGON((504000 4804000, 506000 4804000, 506000 4806000, 504000 4806000, 504000 4804000))"
)


LINE = "LINESTRING(500000 4805000, 510000 4805000)"


EXPECTED = {"nogo": 8.793, "caution": 0.1178, "suitable": 91.089}


def core():
    from nuudel.processing.core import nogo

    return nogo


def test_core_worked_example():
    nogo = core()
    water = [shapely.Point(501000, 4801000)]
    constraints = [
        nogo.Constraint(
            "pa (500 m)", "nogo", nogo.buffer_features([shapely.from_wkt(NOGO_SQ)], 500)
        ),
        nogo.Constraint("water (50 m)", "nogo", nogo.buffer_features(water, 50)),
        nogo.Constraint("water (200 m)", "caution", nogo.buffer_features(water, 200)),
    ]
    zones = nogo.classify(shapely.from_wkt(STUDY), constraints)
    areas = {z: zones.area(z) / 1e6 for z in nogo.ZONES}
    for zone, km2 in EXPECTED.items():
        assert areas[zone] == pytest.approx(km2, rel=5e-3)
    assert sum(areas.values()) == pytest.approx(100.0, rel=1e-9)
    pieces = nogo.cut_lines([None, shapely.from_wkt(LINE)], zones)
    assert [(p.line_index, p.zone, round(p.geom.length)) for p in pieces] == [
        (1, "suitable", 3500),
        (1, "nogo", 3000),
        (1, "suitable", 3500),
    ]


def test_core_partition_random():
    """Random overlapping constraints: valid, disjoint zones whose areas add up exactly."""
    nogo = core()
    rng = np.random.default_rng(5)
    area = shapely.box(0, 0, 20000, 20000)
    polys = shapely.buffer(
        shapely.points(rng.uniform(-2000, 22000, (60, 2))), rng.uniform(200, 3000, 60)
    )
    points = shapely.points(rng.uniform(0, 20000, (400, 2)))
    constraints = [
        nogo.Constraint("a", "nogo", nogo.buffer_features(polys[:30], 100)),
        nogo.Constraint("b", "caution", nogo.buffer_features(polys[30:], 0)),
        nogo.Constraint("w", "nogo", nogo.buffer_features(points, 50)),
        nogo.Constraint("w2", "caution", nogo.buffer_features(points, 400)),
    ]
    zones = nogo.classify(area, constraints)
    geoms = [zones.geoms[z] for z in nogo.ZONES]
    assert all(shapely.is_valid(g) for g in geoms)
    assert sum(g.area for g in geoms) == pytest.approx(area.area, rel=1e-9)
    for a in range(3):
        for b in range(a + 1, 3):
            assert shapely.intersection(geoms[a], geoms[b]).area < 1e-3
    # the dissolve matches one plain GEOS union
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        plain = shapely.union_all(
            np.concatenate([c.polys for c in constraints if c.zone == "nogo"])
        )
    assert zones.area("nogo") == pytest.approx(shapely.intersection(plain, area).area, rel=1e-9)


def test_core_dissolve_keeps_disjoint_parts_and_drops_inner():
    nogo = core()
    polys = np.array(
        [
            shapely.box(0, 0, 10, 10),
            shapely.box(2, 2, 3, 3),  # inside the first
            shapely.box(10, 0, 20, 10),  # shares an edge with the first
            shapely.box(50, 50, 60, 60),
        ],
        dtype=object,
    )
    parts = nogo.dissolve(polys)
    assert sorted(p.area for p in parts) == [100.0, 200.0]
    assert shapely.is_valid(nogo.as_multipolygon(parts))


def test_core_subtract_with_nested_islands():
    """A ring-shaped hole with a hole inside its island: the island survives, minus the inner."""
    nogo = core()
    ring = shapely.box(10, 10, 90, 90).difference(shapely.box(30, 30, 70, 70))
    inner = shapely.box(45, 45, 55, 55)
    crossing = shapely.box(95, 40, 105, 60)
    out = nogo.subtract(
        np.array([shapely.box(0, 0, 100, 100)], dtype=object),
        np.array([ring, inner, crossing], dtype=object),
    )
    result = nogo.as_multipolygon(out)
    assert shapely.is_valid(result)
    expected = shapely.box(0, 0, 100, 100).difference(ring).difference(inner).difference(crossing)
    assert result.symmetric_difference(expected).area < 1e-9


def test_core_distances_from_field():
    nogo = core()
    d, used, bad = nogo.distances_from_field([None, 100, "250", "abc", -5, "", "1,5"], 30)
    assert list(d) == [30, 100, 250, 30, 30, 30, 1.5]
    assert (used, bad) == (3, 2)
    assert nogo.source_label("pa", [0, 0]) == "pa"
    assert nogo.source_label("pa", [500, 500]) == "pa (500 m)"
    assert nogo.source_label("pa", [100, 500]) == "pa (100-500 m)"


def test_core_grid_spec_is_aligned():
    nogo = core()
    spec = nogo.grid_spec((500010, 4800020, 509990, 4809700), 250)
    assert (spec.x0, spec.y0, spec.cols, spec.rows) == (500000, 4809750, 40, 39)
    with pytest.raises(NuudelError, match="RESOLUTION"):
        nogo.grid_spec((0, 0, 1, 1), 0)


def _random_constraints(nogo, seed=5):
    rng = np.random.default_rng(seed)
    polys = shapely.buffer(
        shapely.points(rng.uniform(-2000, 22000, (60, 2))), rng.uniform(200, 3000, 60)
    )
    points = shapely.points(rng.uniform(0, 20000, (400, 2)))
    return [
        nogo.Constraint("a", "nogo", nogo.buffer_features(polys[:30], 100)),
        nogo.Constraint("b", "caution", nogo.buffer_features(polys[30:], 0)),
        nogo.Constraint("w", "nogo", nogo.buffer_features(points, 50)),
        nogo.Constraint("w2", "caution", nogo.buffer_features(points, 400)),
    ]


def test_core_batches_give_the_same_zones(monkeypatch):
    """Prepared indexes and rebuilt rings in batches of a few vertices: the same partition."""
    nogo = core()
    area = shapely.box(0, 0, 20000, 20000)
    whole = nogo.classify(area, _random_constraints(nogo))
    monkeypatch.setattr(nogo, "BATCH_VERTICES", 50)
    batched = nogo.classify(area, _random_constraints(nogo))
    for zone in nogo.ZONES:
        assert batched.area(zone) == pytest.approx(whole.area(zone), rel=1e-9), zone
        assert shapely.symmetric_difference(batched.geoms[zone], whole.geoms[zone]).area < 1e-3
        assert shapely.is_valid(batched.geoms[zone])
    assert batched.sources == whole.sources


def test_core_cut_lines_equals_plain_intersection():
    """Lines cut by the parts they meet (suitable = inside minus the others) measure what one
    intersection with each whole zone measures, also for lines that leave the study area."""
    nogo = core()
    rng = np.random.default_rng(11)
    area = shapely.box(0, 0, 20000, 20000)
    zones = nogo.classify(area, _random_constraints(nogo))
    starts = rng.uniform(-3000, 23000, (40, 2))
    ends = starts + rng.uniform(-15000, 15000, (40, 2))
    lines = list(shapely.linestrings(np.stack([starts, (starts + ends) / 2, ends], axis=1)))
    lines[3] = None
    pieces = nogo.cut_lines(lines, zones)
    got = {}
    for p in pieces:
        assert p.zone in nogo.ZONES and p.geom.geom_type == "LineString"
        got[(p.line_index, p.zone)] = got.get((p.line_index, p.zone), 0.0) + p.geom.length
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for i, line in enumerate(lines):
            for zone in nogo.ZONES:
                want = 0.0 if line is None else shapely.intersection(line, zones.geoms[zone]).length
                assert got.get((i, zone), 0.0) == pytest.approx(want, rel=1e-9, abs=1e-6), (i, zone)
    assert any(p.zone == "nogo" and "a" in p.sources.split(", ") for p in pieces)


def test_core_nogo_line_to_the_edge_keeps_every_piece():
    """A line from the centre of a round study area to its edge, a water source outside: the
    caution part of the line meets the edge in a point too, which GEOS returns as a collection
    inside the collection; the caution piece (57 m) must not be lost beside the no-go one (2 m).
    Found by hypothesis."""
    from nuudel.processing.core import nogo

    area = shapely.Point(0, 0).buffer(59.0, quad_segs=8)
    wells = np.array([shapely.Point(107.0, 0.0)], dtype=object)
    zones = nogo.classify(
        area,
        [
            nogo.Constraint("water (50 m)", "nogo", nogo.buffer_features(wells, 50)),
            nogo.Constraint("water (200 m)", "caution", nogo.buffer_features(wells, 200)),
        ],
    )
    pieces = nogo.cut_lines([shapely.LineString([(0, 0), (59, 0)])], zones)
    lengths = {p.zone: round(p.geom.length, 6) for p in pieces}
    assert lengths == {"caution": 57.0, "nogo": 2.0}
