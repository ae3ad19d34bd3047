"""The crossing spacing core (core/spacing.py) without QGIS."""

import numpy as np
import pytest
import shapely


def core():
    from nuudel.processing.core import spacing

    return spacing


def profile():
    from nuudel.processing.core.profile import load_profile

    return load_profile()


def test_core_ellipsoidal_chainage_on_a_long_route():
    """A 20-degree east-west route at 45 N: planar (local TM) positions map to true metres."""
    sp = core()
    from nuudel.processing.core.geodesy import line_lengths

    ll = shapely.segmentize(shapely.LineString([(95, 45), (115, 45)]), 0.05)
    true_len = line_lengths(np.array([ll], dtype=object))[0]
    # a crude planar projection (equirectangular at the equator): lengths are far from true
    xy = shapely.transform(ll, lambda c: c * 111320.0)
    index = sp.RouteIndex(["r"], np.array([xy], dtype=object), np.array([ll], dtype=object))
    assert index.length_t[0] == pytest.approx(true_len, rel=1e-9)
    half = index.planar_to_true([0], [xy.length / 2])[0]
    assert half == pytest.approx(true_len / 2, rel=1e-4)
    assert index.true_to_planar([0], [half])[0] == pytest.approx(xy.length / 2, rel=1e-9)


def test_core_evaluate_rules_per_group():
    sp = core()
    types = ["underpass", "underpass", "culvert", "overpass", "overpass", "bridge", "opening", None]
    width = [12, 12, 2, 50, 40, None, None, None]
    height = [3.8, 4.0, 2, None, None, 3.8, None, None]
    length = [20, 20, 20, None, None, None, None, None]
    s = sp.evaluate_crossings(types, width, height, length, profile(), ["mgaz", "khulan"])
    assert s.status[:, 0].tolist() == [0, 0, 2, 0, 2, 0, 0, 1]  # mgaz: 3.5 m
    assert s.status[:, 1].tolist() == [2, 0, 2, 0, 2, 2, 0, 1]  # khulan: 4.0 m


def test_core_text_numbers():
    values, bad = core().to_numbers(["12", "12.5 m", "1,5", "abc", -3, None, 0])
    assert values[:3].tolist() == [12, 12.5, 1.5]
    assert bad.tolist() == [False, False, False, True, True, False, True]


def test_core_proposed_count_is_minimal():
    sp = core()
    line = shapely.LineString([(0, 0), (10000, 0)])
    index = sp.RouteIndex(["r"], np.array([line], dtype=object))
    status = np.zeros((0, 1), dtype=np.int8)
    for max_m, expected in ((2000, 4), (2500, 3), (3000, 3), (10000, 0), (9999, 1)):
        gaps, proposed = sp.compute_gaps(
            index,
            np.zeros(0, int),
            np.zeros(0),
            np.zeros(0, bool),
            status,
            max_m,
            sp.Coverage(index),
        )
        assert len(proposed.chainage) == expected
        edges = np.concatenate([[0], proposed.chainage, [10000]])
        assert np.diff(edges).max() <= max_m + 1e-6


def test_core_proposed_locations_one_place_for_the_species_sharing_it():
    """A 10 km route with one underpass 12 x 3.8 x 20 m at 5 km (suitable for mgaz, 3.5 m;
    not for khulan, 4.0 m) and a 4 km route without crossings, MAX_SPACING 3 km: mgaz needs
    one crossing in each 5 km gap (2.5, 7.5 km), khulan three in its 10 km gap (2.5, 5, 7.5 km),
    both one in the middle of the 4 km route; the places at 2.5 and 7.5 km are shared."""
    sp = core()
    lines = [shapely.LineString([(0, 0), (10000, 0)]), shapely.LineString([(0, 50), (4000, 50)])]
    index = sp.RouteIndex(["r", "s"], np.array(lines, dtype=object))
    result = sp.check_spacing(
        index,
        np.array([shapely.Point(5000, 0)], dtype=object),
        ["underpass"],
        [12],
        [3.8],
        [20],
        profile(),
        ["mgaz", "khulan"],
        3000,
        10,
    )
    assert len(result.proposed.chainage) == 7  # per species, before sharing
    piece, chainage, served = sp.proposed_locations(result)
    assert piece.tolist() == [0, 0, 0, 1]
    assert chainage.tolist() == pytest.approx([2500, 5000, 7500, 2000])
    assert served == ["mgaz,khulan", "khulan", "mgaz,khulan", "mgaz,khulan"]


def test_core_proposed_locations_name_their_gap():
    """The route pair above: the gaps are numbered 1, 2, ... in the order of the gaps output
    (species, then route piece, then chainage): mgaz r 0-5 km (1), r 5-10 km (2), s 0-4 km (3),
    khulan r 0-10 km (4), s 0-4 km (5). A place takes the gap of the first species it serves:
    2.5 km -> 1 (mgaz), 5 km -> 4 (khulan only), 7.5 km -> 2 (mgaz), s 2 km -> 3 (mgaz)."""
    sp = core()
    lines = [shapely.LineString([(0, 0), (10000, 0)]), shapely.LineString([(0, 50), (4000, 50)])]
    index = sp.RouteIndex(["r", "s"], np.array(lines, dtype=object))
    result = sp.check_spacing(
        index,
        np.array([shapely.Point(5000, 0)], dtype=object),
        ["underpass"],
        [12],
        [3.8],
        [20],
        profile(),
        ["mgaz", "khulan"],
        3000,
        10,
    )
    g = result.gaps
    assert list(zip(g.species.tolist(), g.piece.tolist(), g.start.tolist())) == [
        (0, 0, 0.0),
        (0, 0, pytest.approx(5000)),
        (0, 1, 0.0),
        (1, 0, 0.0),
        (1, 1, 0.0),
    ]
    piece, chainage, served, gap = sp.proposed_locations(result, with_gaps=True)
    assert served == ["mgaz,khulan", "khulan", "mgaz,khulan", "mgaz,khulan"]
    assert gap.tolist() == [1, 4, 2, 3]
    assert gap.dtype == np.int64
    empty = sp.check_spacing(
        index, np.zeros(0, dtype=object), [], [], [], [], profile(), ["mgaz"], 20000, 10
    )
    assert sp.proposed_locations(empty, with_gaps=True)[3].tolist() == []


def test_core_proposed_locations_without_proposals():
    sp = core()
    index = sp.RouteIndex(["r"], np.array([shapely.LineString([(0, 0), (1000, 0)])]))
    result = sp.check_spacing(
        index, np.zeros(0, dtype=object), [], [], [], [], profile(), ["mgaz"], 2000, 10
    )
    piece, chainage, served = sp.proposed_locations(result)
    assert (piece.dtype, len(piece), len(chainage), served) == (np.int64, 0, 0, [])


def test_core_duplicates_chain_to_the_first():
    sp = core()
    pts = np.array(
        [
            shapely.Point(0, 0),
            shapely.Point(0.5, 0),
            shapely.Point(5, 5),
            shapely.Point(0.9, 0),
            None,
        ],
        dtype=object,
    )
    assert sp.find_duplicates(pts, 1.0).tolist() == [-1, 0, -1, 0, -1]


def test_core_gaps_partition_each_route():
    sp = core()
    rng = np.random.default_rng(4)
    lines = [
        shapely.LineString(np.cumsum(rng.normal(0, 500, (30, 2)), axis=0) + [k * 1e5, 0])
        for k in range(5)
    ]
    names, pieces = sp.build_routes(np.array(lines, dtype=object))
    index = sp.RouteIndex(names, pieces)
    pts = np.array(
        [
            shapely.Point(x, y)
            for x, y in zip(rng.uniform(0, 5e5, 300), rng.uniform(-1e4, 1e4, 300))
        ],
        dtype=object,
    )
    types = list(rng.choice(["underpass", "level", "culvert"], 300))
    result = sp.check_spacing(
        index, pts, types, [20] * 300, [5] * 300, [10] * 300, profile(), ["mgaz"], 2000, 3000
    )
    g = result.gaps
    for p in range(index.n):
        mine = g.piece == p
        assert (g.end[mine] - g.start[mine]).sum() == pytest.approx(index.length_t[p])


def test_core_cut_keeps_vertices_once():
    sp = core()
    line = shapely.LineString([(0, 0), (1000, 0), (2000, 0), (3000, 0)])
    index = sp.RouteIndex(["r"], np.array([line], dtype=object))
    cuts = index.cut(
        np.zeros(4, int), np.array([0, 500, 1000, 1000]), np.array([1000, 2500, 2000, 3000])
    )
    assert [shapely.get_coordinates(c)[:, 0].tolist() for c in cuts] == [
        [0, 1000],
        [500, 1000, 2000, 2500],
        [1000, 2000],
        [1000, 2000, 3000],
    ]


def test_core_reasons_name_rules_and_missing_fields():
    """Suitable, unknown (a missing height) and unsuitable crossings: each reason names its
    rules and, for unknown, the field without a value."""
    sp = core()
    index = sp.RouteIndex(["A"], np.array([shapely.LineString([(0, 0), (10000, 0)])]))
    pts = np.array([shapely.Point(1000, 0), shapely.Point(6000, 0), shapely.Point(3000, 0)])
    result = sp.check_spacing(
        index,
        pts,
        ["underpass", "bridge", "culvert"],
        [12, None, 1.2],
        [4, None, 1.2],
        [20, 10, None],
        profile(),
        ["mgaz"],
        2000,
        100,
    )
    assert sp.crossing_reasons(
        result.suitability, result.matches, result.duplicate_of, np.arange(3), 100, pts, True
    ) == [
        "mgaz: suitable (C-UNDERPASS, C-OI)",
        "mgaz: unknown (C-BRIDGE: no value in field 'height_m')",
        "mgaz: unsuitable (C-CULVERT: culvert width 1.2 m is under 1.5 m; C-CULVERT: culvert "
        "height 1.2 m is under 1.5 m)",
    ]
