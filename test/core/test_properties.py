"""Hypothesis properties of the spacing and no-go cores (every input accounted for, the zones
partition the study area)."""

import warnings

import numpy as np
import pytest
import shapely
from hypothesis import assume, example, given
from hypothesis import strategies as st

COORD = st.integers(0, 20000).map(float)


LINE = st.lists(st.tuples(COORD, COORD), min_size=2, max_size=6)


CROSSING_TYPE = st.sampled_from(
    ["underpass", "overpass", "bridge", "culvert", "level", "opening", "tunnel?", None]
)


SIZE = st.one_of(st.none(), st.floats(0.5, 60, allow_nan=False), st.sampled_from(["12", "x"]))


@given(
    lines=st.lists(st.one_of(LINE, st.none()), min_size=1, max_size=5),
    crossings=st.lists(st.tuples(COORD, COORD, CROSSING_TYPE, SIZE, SIZE, SIZE), max_size=25),
    zones=st.one_of(
        st.none(), st.lists(st.tuples(COORD, COORD, st.integers(500, 8000)), min_size=1, max_size=3)
    ),
    max_spacing=st.sampled_from([500.0, 1000.0, 2000.0, 3333.0]),
)
def test_core_spacing_properties(lines, crossings, zones, max_spacing):
    """Random routes, crossings and zones: every crossing is accounted for; the gaps partition
    each route piece per species; the proposed crossings bring every gap's part inside the zones
    within the limit, with the fewest points."""
    from nuudel.processing.core import spacing
    from nuudel.processing.core.profile import load_profile

    geoms = np.array(
        [None if c is None or len(set(c)) < 2 else shapely.LineString(c) for c in lines],
        dtype=object,
    )
    names, pieces = spacing.build_routes(geoms)
    index = spacing.RouteIndex(names, pieces)
    points = np.array([shapely.Point(x, y) for x, y, *_ in crossings], dtype=object)
    columns = [[c[k] for c in crossings] for k in range(2, 6)]
    zone_geoms = (
        None
        if zones is None
        else np.array([shapely.box(x, y, x + s, y + s) for x, y, s in zones], dtype=object)
    )
    profile = load_profile()
    species = ["mgaz", "khulan"]
    result = spacing.check_spacing(
        index, points, *columns, profile, species, max_spacing, 150.0, zones=zone_geoms
    )
    n = len(crossings)
    assert len(result.matches.matched) == n and len(result.overall) == n
    assert result.suitability.status.shape == (n, len(species))
    # a piece per connected route, with the length of what went in
    assert index.length_t.sum() == pytest.approx(
        sum(g.length for g in geoms if g is not None), rel=1e-9
    )
    g, p = result.gaps, result.proposed
    tol = float(profile["crossings"]["spacing_tolerance_rel"]["value"])
    limit = max_spacing * (1 + tol)
    coverage = spacing.Coverage(index, zone_geoms)
    for piece in range(index.n):
        for s in range(len(species)):
            mine = np.flatnonzero((g.piece == piece) & (g.species == s))
            order = mine[np.argsort(g.start[mine])]
            start, end = g.start[order], g.end[order]
            assert start[0] == pytest.approx(0, abs=1e-6)
            assert end[-1] == pytest.approx(index.length_t[piece], abs=1e-6)
            assert np.allclose(start[1:], end[:-1], atol=1e-6)
            for k in order:
                chain = np.sort(p.chainage[p.gap == k])
                assert np.all((chain >= g.start[k] - 1e-6) & (chain <= g.end[k] + 1e-6))
                cuts = np.concatenate([[g.start[k]], chain, [g.end[k]]])
                sub = np.diff(coverage.at(np.full(len(cuts), piece), cuts))
                assert sub.max() <= limit + 1e-6  # every part within the limit
                if len(chain):  # the fewest points: one less cannot do it
                    assert g.zone_m[k] / len(chain) > limit - 1e-6
                else:
                    assert g.zone_m[k] <= limit + 1e-6


POLY = st.tuples(COORD, COORD, st.integers(50, 6000).map(float))


POINTS = st.lists(st.tuples(COORD, COORD), max_size=15)


@given(
    study=st.lists(POLY, min_size=1, max_size=3),
    nogo=st.lists(POLY, max_size=6),
    caution=st.lists(POLY, max_size=6),
    water=POINTS,
    buffers=st.tuples(st.sampled_from([0.0, 50.0, 300.0]), st.sampled_from([0.0, 200.0])),
    line=st.lists(st.tuples(COORD, COORD), min_size=2, max_size=5),
)
# found by hypothesis: a sliver of the suitable zone along the study area's edge made GEOS
# give no-go and suitable an overlap the size of the no-go zone
@example(
    study=[(1247.0, 323.0, 2737.0)],
    nogo=[],
    caution=[],
    water=[(2466.0, 900.0)],
    buffers=(0.0, 0.0),
    line=[(0.0, 0.0), (1.0, 1.0)],
)
def test_core_nogo_partition_properties(study, nogo, caution, water, buffers, line):
    """Random study areas (unions of boxes, disks), constraints and water points: no-go,
    caution and suitable are valid, do not overlap, cover the study area exactly (areas sum
    within 1e-6 relative), and an alignment cut by them keeps its length inside the study
    area."""
    from nuudel.processing.core import nogo as core

    def shapes(items):
        out = []
        for i, (x, y, s) in enumerate(items):
            out.append(
                shapely.box(x, y, x + s, y + s * 0.7)
                if i % 2
                else shapely.Point(x, y).buffer(s / 2, quad_segs=8)
            )
        return np.array(out, dtype=object)

    area = shapely.union_all(shapes(study))
    wells = np.array([shapely.Point(x, y) for x, y in water], dtype=object)
    constraints = [
        core.Constraint("pa", "nogo", core.buffer_features(shapes(nogo), buffers[0])),
        core.Constraint("corridor", "caution", core.buffer_features(shapes(caution), buffers[1])),
        core.Constraint("water (50 m)", "nogo", core.buffer_features(wells, 50)),
        core.Constraint("water (200 m)", "caution", core.buffer_features(wells, 200)),
    ]
    zones = core.classify(area, constraints)
    geoms = [zones.geoms[z] for z in core.ZONES]
    total = area.area
    assert all(shapely.is_valid(g) for g in geoms)
    assert sum(g.area for g in geoms) == pytest.approx(total, rel=1e-6)
    for a in range(3):
        for b in range(a + 1, 3):
            assert shapely.intersection(geoms[a], geoms[b]).area <= 1e-6 * total
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        union = shapely.union_all(np.array(geoms, dtype=object))
    assert shapely.symmetric_difference(union, area).area <= 1e-6 * total
    assume(len(set(line)) > 1)
    road = shapely.LineString(line)
    pieces = core.cut_lines([None, road], zones)
    assert all(piece.line_index == 1 and piece.zone in core.ZONES for piece in pieces)
    inside = shapely.intersection(road, area).length
    assert sum(piece.geom.length for piece in pieces) == pytest.approx(inside, rel=1e-6, abs=1e-6)


def test_core_nogo_caution_wholly_inside_nogo():
    """Every caution part inside the no-go zone: caution is empty (np.concatenate of nothing
    once crashed core/nogo.subtract)."""
    from nuudel.processing.core import nogo as core

    area = shapely.box(0, 0, 100, 100)
    well = np.array([shapely.Point(50, 50)], dtype=object)
    zones = core.classify(
        area,
        [
            core.Constraint("w", "nogo", core.buffer_features(well, 500)),
            core.Constraint("c", "caution", core.buffer_features(well, 1000)),
        ],
    )
    assert zones.area("nogo") == pytest.approx(area.area)
    assert zones.area("caution") == 0 and zones.area("suitable") == 0
