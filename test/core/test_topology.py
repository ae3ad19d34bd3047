"""core/topology.py: joins, near misses, snapped copies and routes through junctions."""

import math

import numpy as np
import shapely
from hypothesis import given
from hypothesis import strategies as st
from nuudel.processing.core import topology as topo
from nuudel.processing.core.geodesy import segment_lengths
from shapely import LineString, MultiLineString

E0, N0 = 500000.0, 5000000.0


def fence_segments(gap):
    """Three 10 km segments along x, the second one's ends ``gap`` m from its neighbours."""
    return np.array(
        [
            LineString([(E0, N0), (E0 + 10000, N0)]),
            LineString([(E0 + 10000 + gap, N0), (E0 + 20000 + gap, N0)]),
            LineString([(E0 + 20000 + 2 * gap, N0), (E0 + 30000 + 2 * gap, N0)]),
        ],
        dtype=object,
    )


def to_lonlat(geoms, lat0=47.0, lon0=105.0):
    """The same lines in lon/lat: x, y metres east/north of (lon0, lat0), mapped with the
    radii of curvature at each point's latitude (exact for short east/north offsets)."""
    rx0, ry0 = topo._radii(lat0)

    def f(xy):
        lat = lat0 + np.degrees((xy[:, 1] - N0) / ry0)
        rx, _ = topo._radii(lat)
        return np.column_stack([lon0 + np.degrees((xy[:, 0] - E0) / rx), lat])

    return shapely.transform(geoms, f)


def test_line_ends_of_lines_and_multilines():
    geoms = np.array(
        [
            LineString([(0, 0), (1, 0), (2, 1)]),
            MultiLineString([[(5, 5), (6, 6)], [(7, 7), (8, 9)]]),
            None,
        ],
        dtype=object,
    )
    starts, ends = topo.line_ends(geoms)
    assert starts[:2].tolist() == [[0, 0], [5, 5]]
    assert ends[:2].tolist() == [[2, 1], [8, 9]]
    assert np.isnan(starts[2]).all() and np.isnan(ends[2]).all()


def test_fence_gaps_of_20_m_are_near_misses_at_2_m_and_joins_at_25_m():
    geoms = fence_segments(20.0)
    res = topo.snap_ends(geoms, 2.0)
    assert len(res.joins) == 0
    assert res.pairs().shape == (0, 2)
    # two gaps: each is one near miss (the pair of ends is counted once)
    assert len(res.near_misses) == 2
    assert res.near_misses["distance"].tolist() == [20.0, 20.0]
    assert set(res.near_misses["kind"]) == {"end"}
    assert sorted(zip(res.near_misses["line"], res.near_misses["other"])) == [(0, 1), (1, 2)]
    assert res.near_miss_params() == {"count": 2, "lo": "20", "hi": "20", "suggest": "25"}
    warning = res.near_miss_warning()
    assert "JOIN_TOLERANCE to 25 m" in warning.render()

    res = topo.snap_ends(geoms, 25.0)
    assert res.pairs().tolist() == [[0, 1], [1, 2]]
    assert len(res.joins) == 2 and set(res.joins["kind"]) == {"end"}
    assert res.joins["distance"].tolist() == [20.0, 20.0]
    assert len(res.near_misses) == 0
    assert res.near_miss_warning() is None
    # snapped copies: the moved ends sit on the ends they joined; the inputs are unchanged
    assert shapely.get_coordinates(res.geoms[1])[0].tolist() == [E0 + 10000, N0]
    assert shapely.get_coordinates(geoms[1])[0].tolist() == [E0 + 10020, N0]
    assert topo.end_pairs(geoms, 25.0).tolist() == [[0, 1], [1, 2]]
    assert topo.end_pairs(geoms, 19.9).shape == (0, 2)


def test_zero_tolerance_joins_exact_ends_far_from_the_origin():
    geoms = fence_segments(0.0)
    assert topo.end_pairs(geoms, 0.0).tolist() == [[0, 1], [1, 2]]
    assert topo.snap_ends(geoms, 0.0, near=0.0).near_misses.size == 0


def test_near_misses_beyond_near_are_not_reported():
    res = topo.snap_ends(fence_segments(60.0), 2.0)
    assert len(res.near_misses) == 0
    res = topo.snap_ends(fence_segments(60.0), 2.0, near=100.0)
    assert res.near_misses["distance"].tolist() == [60.0, 60.0]


def test_lonlat_gives_the_same_joins_in_true_metres():
    for gap, tol, joins in ((20.0, 2.0, 0), (20.0, 25.0, 2), (20.0, 19.9, 0), (20.0, 20.1, 2)):
        planar = topo.snap_ends(fence_segments(gap), tol)
        ll = topo.snap_ends(to_lonlat(fence_segments(gap)), tol, geographic=True)
        assert len(planar.joins) == len(ll.joins) == joins
        assert len(planar.near_misses) == len(ll.near_misses)
        np.testing.assert_allclose(
            ll.near_misses["distance"], planar.near_misses["distance"], atol=0.01
        )
        np.testing.assert_allclose(ll.joins["distance"], planar.joins["distance"], atol=0.01)
    # a north-south gap at 47 degrees: a degree of latitude is ~1.5 times one of longitude
    lines = np.array(
        [LineString([(E0, N0 - 5000), (E0, N0)]), LineString([(E0, N0 + 3), (E0, N0 + 5000)])],
        dtype=object,
    )
    assert topo.end_pairs(to_lonlat(lines), 3.1, geographic=True).tolist() == [[0, 1]]
    assert topo.end_pairs(to_lonlat(lines), 2.9, geographic=True).shape == (0, 2)


def test_lonlat_distance_agrees_with_the_ellipsoid():
    ll = to_lonlat(fence_segments(20.0))
    res = topo.snap_ends(ll, 2.0, geographic=True)
    a = shapely.get_coordinates(ll[0])[-1]
    b = shapely.get_coordinates(ll[1])[0]
    true = segment_lengths(a[0], a[1], b[0], b[1])
    assert abs(res.near_misses["distance"][0] - true) < 0.001


def test_end_snaps_onto_a_line_and_onto_a_target():
    main = LineString([(0, 0), (1000, 0)])
    branch = LineString([(500, 1.5), (500, 800)])  # 1.5 m off the main line's middle
    res = topo.snap_ends(np.array([main, branch], dtype=object), 2.0)
    assert res.joins[["line", "end", "kind", "other"]].tolist() == [(1, 0, "line", 0)]
    assert abs(res.joins["distance"][0] - 1.5) < 1e-9
    assert shapely.get_coordinates(res.geoms[1])[0].tolist() == [500.0, 0.0]
    assert res.pairs().tolist() == [[0, 1]]
    # targets: a region boundary (polygon) the branch's far end stops short of
    region = shapely.box(-10, -10, 2000, 801)
    res = topo.snap_ends(
        np.array([main, branch], dtype=object), 2.0, targets=np.array([region], dtype=object)
    )
    target = res.joins[res.joins["kind"] == "target"]
    assert target[["line", "end", "other"]].tolist() == [(1, 1, 0)]
    assert shapely.get_coordinates(res.geoms[1])[-1].tolist() == [500.0, 801.0]
    assert res.pairs().tolist() == [[0, 1]]  # targets are not lines


def test_line_near_miss_is_one_per_end():
    main = LineString([(0, 0), (1000, 0)])
    branch = LineString([(500, 7), (500, 800)])
    res = topo.snap_ends(np.array([main, branch], dtype=object), 2.0)
    assert len(res.joins) == 0
    assert res.near_misses[["line", "end", "kind", "other"]].tolist() == [(1, 0, "line", 0)]
    assert abs(res.near_misses["distance"][0] - 7.0) < 1e-9


def test_groups_never_join_across():
    geoms = fence_segments(0.0)
    assert topo.end_pairs(geoms, 1.0).tolist() == [[0, 1], [1, 2]]
    assert topo.end_pairs(geoms, 1.0, groups=["a", "a", "b"]).tolist() == [[0, 1]]


def test_multiline_parts_join_and_none_is_skipped():
    geoms = np.array(
        [
            MultiLineString([[(0, 0), (10, 0)], [(10.5, 0), (20, 0)]]),
            None,
            LineString([(20, 0.5), (30, 0)]),
        ],
        dtype=object,
    )
    res = topo.snap_ends(geoms, 1.0)
    assert res.pairs().tolist() == [[0, 2]]
    assert sorted(res.joins[["line", "part", "end"]].tolist()) == [(0, 1, 0), (2, 0, 0)]
    assert res.geoms[1] is None
    assert shapely.get_type_id(res.geoms[0]) == 5


def test_summary_text():
    res = topo.snap_ends(fence_segments(20.0), 25.0)
    assert res.summary() == (
        "Join tolerance 25 m: 2 ends joined to ends, 0 to lines, 0 to "
        "targets; 0 near misses within 50 m."
    )


@given(
    st.lists(
        st.tuples(st.integers(0, 30), st.integers(0, 30), st.integers(0, 30), st.integers(0, 30)),
        min_size=1,
        max_size=25,
    ),
    st.sampled_from([0.0, 1.0, 2.5]),
)
def test_joins_are_within_tolerance_and_moved_ends_sit_on_their_join(rows, tol):
    lines = [LineString([(x0, y0), (x1 + 0.5, y1 + 0.25)]) for x0, y0, x1, y1 in rows]
    geoms = np.array(lines, dtype=object)
    res = topo.snap_ends(geoms, tol)
    # ends onto lines move at most the tolerance (end clusters may chain a little further)
    assert (res.joins["distance"][res.joins["kind"] == "line"] <= tol + 1e-9).all()
    assert (res.near_misses["distance"] > tol).all()
    pairs = res.pairs()
    assert (pairs[:, 0] < pairs[:, 1]).all() if len(pairs) else True
    for rec in res.joins[res.joins["kind"] == "line"]:
        end = shapely.get_coordinates(res.geoms[rec["line"]])[0 if rec["end"] == 0 else -1]
        assert shapely.distance(shapely.Point(end), geoms[rec["other"]]) < 1e-6


# -- routes ----------------------------------------------------------------------------------
A, J, B = (0.0, 0.0), (40000.0, 0.0), (100000.0, 0.0)
C = (J[0] + 30000 * math.cos(math.radians(60)), 30000 * math.sin(math.radians(60)))


def y_route(gap=0.0):
    return np.array(
        [LineString([A, J]), LineString([(J[0] + gap, 0.0), B]), LineString([J, C])], dtype=object
    )


def chain(piece):
    return [(int(r["line"]), bool(r["reversed"])) for r in piece]


def test_y_route_goes_straight_through_the_junction():
    for gap in (0.0, 0.5):
        res = topo.route_pieces(y_route(gap), 2.0)
        assert [chain(c) for c in res.chains] == [[(0, False), (1, False)], [(2, False)]]
        lines = res.lines()
        assert abs(lines[0].length - 100000.0) < 1e-6
        assert shapely.get_coordinates(lines[0])[0].tolist() == list(A)
        assert abs(lines[1].length - 30000.0) < 1e-6
        assert res.component.tolist() == [0, 0]
        assert res.why[0]["pieces"] == 2 and res.why[0]["junctions"] == 1


def test_y_route_with_a_gap_and_no_tolerance_breaks():
    res = topo.route_pieces(y_route(0.5), 0.0)
    assert [chain(c) for c in res.chains] == [[(0, False), (2, False)], [(1, False)]]
    assert res.why[0]["near_misses"] == 1
    assert res.why[0]["components"] == 2


def test_route_direction_and_order_do_not_matter():
    geoms = y_route()
    shuffled = np.array(
        [shapely.reverse(geoms[2]), shapely.reverse(geoms[1]), geoms[0]], dtype=object
    )
    res = topo.route_pieces(shuffled, 2.0)
    # the main line (lines 1 and 2) runs as most of its length: B-J is 60 km of 100;
    # the longest piece comes first
    assert [chain(c) for c in res.chains] == [[(1, False), (2, True)], [(0, False)]]
    coords = shapely.get_coordinates(res.lines()[0])
    assert coords[0].tolist() == list(B) and coords[-1].tolist() == list(A)


def test_branch_onto_the_middle_of_a_line_is_its_own_piece():
    geoms = np.array([LineString([A, B]), LineString([(J[0], 1.0), C])], dtype=object)
    res = topo.route_pieces(geoms, 2.0)
    assert [chain(c) for c in res.chains] == [[(0, False)], [(1, False)]]
    assert res.why[0]["branches"] == 1 and res.why[0]["components"] == 1


def test_crossroads_pair_the_straight_arms():
    geoms = np.array(
        [
            LineString([(-10, 0), (0, 0)]),
            LineString([(0, -10), (0, 0)]),
            LineString([(0, 0), (10, 0)]),
            LineString([(0, 0), (0, 10)]),
        ],
        dtype=object,
    )
    res = topo.route_pieces(geoms, 0.5)
    assert [chain(c) for c in res.chains] == [[(0, False), (2, False)], [(1, False), (3, False)]]


def test_groups_make_routes_of_their_own():
    res = topo.route_pieces(y_route(), 2.0, groups=["main", "main", "branch"])
    assert res.group.tolist() == ["branch", "main"]
    assert [chain(c) for c in res.chains] == [[(2, False)], [(0, False), (1, False)]]
    assert res.why["main"]["pieces"] == 1 and res.why["main"]["junctions"] == 0


def test_a_ring_is_one_piece_and_a_loop():
    geoms = np.array(
        [LineString([(0, 0), (10, 0), (10, 10)]), LineString([(10, 10), (0, 10), (0, 0)])],
        dtype=object,
    )
    res = topo.route_pieces(geoms, 0.1)
    assert len(res.chains) == 1 and res.why[0]["loops"] == 1
    assert abs(res.lines()[0].length - 40.0) < 1e-9


def test_stats_per_component_say_why():
    geoms = np.concatenate([y_route(), [LineString([(0, 500000), (1000, 500000)])]])
    res = topo.route_pieces(geoms, 2.0)
    stats = res.stats(by_component=True)
    assert stats[(0, 0)] == {
        "pieces": 2,
        "components": 1,
        "junctions": 1,
        "branches": 0,
        "loops": 0,
        "near_misses": 0,
    }
    assert stats[(0, 1)]["pieces"] == 1
    assert res.why[0]["components"] == 2 and res.why[0]["pieces"] == 3


def test_lonlat_route_is_the_same():
    res = topo.route_pieces(to_lonlat(y_route(0.5)), 2.0, geographic=True)
    assert [chain(c) for c in res.chains] == [[(0, False), (1, False)], [(2, False)]]
