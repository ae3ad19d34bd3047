"""Landscape permeability core: the issue's worked example, number by number (planar areas)."""

import numpy as np
import pytest
import shapely
from hypothesis import given
from hypothesis import strategies as st
from landscape_example import FENCE, KM, ROAD, SPECIES, SQUARE, STRAND, UNDERPASS, box, line
from nuudel.processing.core import landscape
from nuudel.processing.core.profile import load_profile

PROFILE = load_profile()


def run(
    units=(SQUARE,),
    fences=(FENCE,),
    fence_attrs=None,
    crossings=(UNDERPASS,),
    alignment=None,
    roads=(ROAD,),
    traffic=(8000,),
    join=2.0,
    others=None,
):
    fence_attrs = fence_attrs or {k: v * len(fences) for k, v in STRAND.items()}
    lines = landscape.Lines.from_layers(
        fences=np.array(fences, dtype=object),
        roads=np.array(roads, dtype=object),
        others=None if others is None else np.array(others, dtype=object),
        alignment=None if alignment is None else np.array(alignment, dtype=object),
    )
    network = landscape.build_network(np.array(units, dtype=object), lines, join)
    fcut, _ = landscape.fence_cuts(PROFILE, SPECIES, fence_attrs)
    rcut, _ = landscape.road_cuts(PROFILE, list(traffic))
    n = len(crossings)
    ok, _ = landscape.crossing_suitability(
        PROFILE, SPECIES, ["underpass"] * n, [15] * n, [5] * n, [30] * n
    )
    line_cut = {code: lines.cuts(fcut[code], rcut) for code in SPECIES}
    return landscape.permeability(network, line_cut, np.array(crossings, dtype=object), ok, 100.0)


def meshes(result, code):
    state = result.species[code].before
    return sorted(np.round(state.mesh_area[np.unique(state.label)] / 1e6, 6).tolist())


def test_patches_without_crossings():
    result = run(crossings=())
    assert meshes(result, "mgaz") == [25, 25, 50]
    assert meshes(result, "khulan") == [25, 25, 50]
    assert meshes(result, "argali") == [50, 50]
    assert result.species["mgaz"].before.meff[0] == pytest.approx(37.5)
    assert result.species["argali"].before.meff[0] == pytest.approx(50.0)
    assert result.species["mgaz"].before.n_mesh[0] == 3


def test_worked_example_with_the_underpass():
    result = run()
    assert meshes(result, "mgaz") == [25, 75]
    assert result.species["mgaz"].before.meff[0] == pytest.approx(62.5)  # (75² + 25²) / 100
    assert result.species["khulan"].before.meff[0] == pytest.approx(62.5)
    assert meshes(result, "argali") == [100]
    assert result.species["argali"].before.meff[0] == pytest.approx(100.0)
    assert result.species["argali"].seff[0] == pytest.approx(10.0)  # 1000 / 100
    assert result.species["mgaz"].before.n_mesh[0] == 2
    # barrier km: road 10 km for every species, the fence 5 km more for mgaz and khulan
    assert result.species["mgaz"].before.barrier_km[0] == pytest.approx(15.0)
    assert result.species["argali"].before.barrier_km[0] == pytest.approx(10.0)
    assert result.species["mgaz"].before.crossings_used == 1
    # mgaz and khulan share their cutting lines and crossings: one computation
    assert result.species["mgaz"].group == result.species["khulan"].group
    assert network_areas(result) == [100.0]


def network_areas(result):
    return (np.round(result.network.unit_area / 1e6, 6)).tolist()


def test_alignment_after_and_loss():
    result = run(alignment=(line((0, 7.5), (10, 7.5)),))
    argali = result.species["argali"]
    assert argali.before.meff[0] == pytest.approx(100.0)  # the alignment does not cut before
    assert argali.after.meff[0] == pytest.approx(62.5)  # (25² + 75²) / 100
    assert argali.loss_pct[0] == pytest.approx(37.5)
    assert meshes(result, "argali") == [100]  # meshes are of the before state
    # mgaz: NW and NE both cut in half; the underpass joins the lower NW quarter and S
    mgaz = result.species["mgaz"]
    assert mgaz.after.meff[0] == pytest.approx((62.5**2 + 12.5**2 * 3) / 100)


def test_west_and_east_units_cbc_and_cut():
    result = run(units=(box(0, 0, 5, 10), box(5, 0, 10, 10)))
    argali = result.species["argali"]
    assert network_areas(result) == [50.0, 50.0]
    assert argali.before.meff.tolist() == pytest.approx([100.0, 100.0])
    assert argali.before.meff_cut.tolist() == pytest.approx([50.0, 25.0])
    mgaz = result.species["mgaz"].before
    # CBC: west holds NW (25 of the 75 mesh) and SW (25 of 75): (25 x 75 + 25 x 75) / 50
    assert mgaz.meff[0] == pytest.approx(75.0)
    # east: SE (25 of the 75 mesh) and NE (25 of 25): (25 x 75 + 25 x 25) / 50
    assert mgaz.meff[1] == pytest.approx(50.0)
    assert mgaz.meff_cut.tolist() == pytest.approx([50.0, 25.0])
    # the fence lies on the unit boundary: its 5 km count in both units, the road 5 km each
    assert mgaz.barrier_km.tolist() == pytest.approx([10.0, 10.0])


def test_dangling_fence_changes_nothing():
    dangling = line((2, 8), (4, 8))
    result = run(fences=(FENCE, dangling))
    assert result.species["mgaz"].before.meff[0] == pytest.approx(62.5)
    assert result.species["argali"].before.meff[0] == pytest.approx(100.0)
    assert result.species["mgaz"].before.barrier_km[0] == pytest.approx(17.0)


def test_fence_stopping_1_m_short_of_the_road_still_cuts():
    short = line((5, 5.001), (5, 10))
    result = run(fences=(short,), crossings=())
    assert meshes(result, "mgaz") == pytest.approx([25, 25, 50], abs=1e-3)
    joins = result.network.snap.joins
    gaps = joins[joins["distance"] > 0]
    assert len(gaps) == 1 and gaps["distance"][0] == pytest.approx(1.0)
    assert gaps["kind"][0] == "line"
    # with a join tolerance under 1 m the fence dangles: a near miss, and it splits nothing
    loose = run(fences=(short,), crossings=(), join=0.5)
    assert meshes(loose, "mgaz") == [50, 50]
    assert len(loose.network.snap.near_misses) == 1


def test_fence_stopping_short_of_the_region_edge_still_cuts():
    short = line((5, 5), (5, 9.999))
    result = run(fences=(short,), crossings=())
    assert meshes(result, "mgaz") == pytest.approx([25, 25, 50], abs=1e-3)
    joins = result.network.snap.joins
    assert joins[joins["distance"] > 0]["kind"].tolist() == ["target"]


def test_unknown_fence_cuts_unless_told_otherwise():
    attrs = {
        "type": ["strand"],
        "height": [None],
        "bottom": [None],
        "top_gap": [None],
        "barbed": [None],
    }
    cut, _ = landscape.fence_cuts(PROFILE, ["mgaz"], attrs)
    assert cut["mgaz"].tolist() == [True]
    cut, _ = landscape.fence_cuts(PROFILE, ["mgaz"], attrs, unknown_as_barrier=False)
    assert cut["mgaz"].tolist() == [False]


def test_roads_by_traffic():
    cut, unknown = landscape.road_cuts(PROFILE, [8000, 3999, 4000, None, "x"])
    assert cut.tolist() == [True, False, True, True, True]
    assert unknown.tolist() == [False, False, False, True, True]
    assert landscape.road_cuts(PROFILE, None) == (None, None)
    # a quiet road cuts nothing: argali then has one mesh even without the underpass
    result = run(traffic=(500,), crossings=())
    assert meshes(result, "argali") == [100]
    assert meshes(result, "mgaz") == [100]  # the fence alone dangles from the edge


def test_other_barriers_cut_for_everyone():
    wall = line((0, 2), (10, 2))
    result = run(others=(wall,), crossings=())
    assert meshes(result, "argali") == [20, 30, 50]


def test_mesh_polygons():
    result = run()
    geoms, labels, area = landscape.mesh_polygons(result.network, result.species["mgaz"].before)
    assert sorted(np.round(area / 1e6, 6).tolist()) == [25, 75]
    assert sorted(np.round(shapely.area(geoms) / 1e6, 6).tolist()) == [25, 75]
    assert all(g.geom_type in ("Polygon", "MultiPolygon") for g in geoms)


def test_ellipsoidal_area_of_a_degree_cell():
    from nuudel.processing.core.geodesy import polygon_areas

    # 1 x 1 degree cells on WGS84, as GeographicLib (pyproj.Geod) gives them for the densified
    # cell: 45-46 N 8,686.49 km², at the equator 12,308.46 km²
    areas = polygon_areas(
        np.array([shapely.box(100, 45, 101, 46), shapely.box(0, 0, 1, 1), None], dtype=object)
    )
    assert areas[0] / 1e6 == pytest.approx(8686.49, rel=1e-5)
    assert areas[1] / 1e6 == pytest.approx(12308.46, rel=1e-5)
    assert areas[2] == 0.0


def test_an_end_snapped_next_to_its_node_is_not_taken_for_the_other_line():
    # a slanted road and a fence starting a micrometre off it: snapped and carried over the
    # road, its first edge begins with a segment of rounding size beside the road; the fence
    # must stay permeable to argali (the road alone cuts it, the underpass joins: one mesh)
    road = line((0, 4.9), (10, 5.1))
    fence = shapely.LineString([(5 * KM, 5 * KM + 1e-6), (5 * KM, 6 * KM), (5 * KM, 10 * KM)])
    result = run(fences=(fence,), roads=(road,), crossings=(shapely.Point(2 * KM, 4.94 * KM),))
    assert meshes(result, "argali") == [100]
    assert len(meshes(result, "mgaz")) == 2


def test_relevant_lines_dropped_and_merged_by_what_they_cut():
    lines = landscape.Lines.from_layers(
        fences=np.array(
            [
                line((0, 1), (1, 1)),
                line((1, 1), (2, 1)),
                line((2, 1), (3, 1)),
                line((0, 2), (1, 2)),
            ],
            dtype=object,
        ),
        roads=np.array([line((0, 3), (3, 3))], dtype=object),
    )
    cut = {
        "mgaz": np.array([True, True, False, False, True]),
        "argali": np.array([True, True, True, False, False]),
    }
    kept, kept_cut = landscape.relevant(lines, cut)
    # the permeable fence (4th) is gone; the first two segments cut alike and merge; the
    # third cuts for argali only and stays on its own; the road stays
    assert len(kept.geoms) == 3
    lengths = sorted(np.round(shapely.length(kept.geoms) / KM, 6).tolist())
    assert lengths == [1, 2, 3]
    two = np.flatnonzero(np.isclose(shapely.length(kept.geoms), 2 * KM))[0]
    assert kept_cut["mgaz"][two] and kept_cut["argali"][two]
    road = np.flatnonzero(kept.kind == landscape.ROAD)[0]
    assert kept_cut["mgaz"][road] and not kept_cut["argali"][road]


def test_long_lines_are_snapped_in_pieces_and_merged_back():
    # a road of 40 segments ending 1 m short of the region's edge: snapped on its last piece
    road = shapely.LineString([(x * 250.0, 5 * KM) for x in range(0, 40)] + [(9999.0, 5 * KM)])
    pieces, owner = landscape._chunks(np.array([road], dtype=object), size=16)
    assert len(pieces) == 3 and owner.tolist() == [0, 0, 0]
    assert shapely.length(pieces).sum() == pytest.approx(road.length)
    result = run(fences=(), roads=(road,), crossings=())
    assert meshes(result, "argali") == pytest.approx([50, 50], abs=1e-4)
    assert len(result.network.edge_line) and set(result.network.edge_line_line) == {0}


CUTS = st.lists(st.integers(min_value=1, max_value=99), max_size=5, unique=True)


@given(
    xs=CUTS,
    ys=CUTS,
    dangles=st.lists(st.tuples(st.integers(1, 99), st.integers(1, 99)), max_size=3),
)
def test_grid_of_full_cuts_matches_the_formula(xs, ys, dangles):
    """Walls across the whole 10 km square at x = xs and y = ys (tenths of a km) cut it into
    rectangles: meff = sum(a²) / A, the same by CBC and CUT for one unit; dangling walls (free
    at one end) change nothing; n_mesh is the number of rectangles."""
    walls = [line((x / 10, 0), (x / 10, 10)) for x in xs]
    walls += [line((0, y / 10), (10, y / 10)) for y in ys]
    walls += [line((x / 10, y / 10), (x / 10 + 0.05, y / 10 + 0.05)) for x, y in dangles]
    result = run(fences=(), roads=(), crossings=(), others=walls or None)
    bx = np.diff([0.0] + sorted(x / 10 for x in xs) + [10.0])
    by = np.diff([0.0] + sorted(y / 10 for y in ys) + [10.0])
    areas = np.outer(bx, by).ravel()
    expected = float((areas**2).sum() / 100.0)
    argali = result.species["argali"].before
    assert argali.meff[0] == pytest.approx(expected, rel=1e-9)
    assert argali.meff_cut[0] == pytest.approx(expected, rel=1e-9)
    assert argali.n_mesh[0] == len(areas)


def test_unit_linework_gives_each_shared_piece_once():
    # an aimag made of two soums: its boundary and theirs share five of their seven pieces
    aimag, west, east = box(0, 0, 10, 10), box(0, 0, 5, 10), box(5, 0, 10, 10)
    edges = landscape.unit_linework(np.array([aimag, west, None, east], dtype=object))
    assert shapely.length(edges).sum() == pytest.approx(50 * KM)  # 40 km around + 10 km middle
    assert shapely.length(shapely.union_all(edges)) == pytest.approx(50 * KM)
    assert len(landscape.unit_linework(np.array([None], dtype=object))) == 0


def test_worked_example_through_the_noded_linework():
    """The adapter's path (boundaries noded once): the same numbers as boundary by boundary."""
    units = np.array([box(0, 0, 10, 10), box(0, 0, 5, 10), box(5, 0, 10, 10)], dtype=object)
    lines = landscape.Lines.from_layers(
        fences=np.array([FENCE], dtype=object), roads=np.array([ROAD], dtype=object)
    )
    fcut, _ = landscape.fence_cuts(PROFILE, SPECIES, STRAND)
    cuts = {code: lines.cuts(fcut[code], None) for code in SPECIES}
    ok, _ = landscape.crossing_suitability(PROFILE, SPECIES, ["underpass"], [15], [5], [30])
    out = []
    for boundaries in (None, landscape.unit_linework(units)):
        network = landscape.build_network(units, lines, 2.0, boundaries=boundaries)
        res = landscape.permeability(network, cuts, np.array([UNDERPASS]), ok, 100.0)
        out.append(res)
    for code in SPECIES:
        for a, b in zip(
            out[0].species[code].before.__dict__.values(),
            out[1].species[code].before.__dict__.values(),
        ):
            assert np.allclose(a, b)
    assert out[1].species["mgaz"].before.meff[0] == pytest.approx(62.5)
    assert out[1].species["argali"].before.meff_cut.tolist() == pytest.approx([100.0, 50.0, 25.0])


def test_densified_segmentizes_only_long_segments():
    short = shapely.LineString([(0, 0), (1000, 0), (1000, 2000)])
    long_ = shapely.LineString([(0, 0), (5000, 0)])
    point_z = shapely.LineString([(0, 0, 5), (500, 0, 5)])
    out = landscape.densified(np.array([short, long_, point_z], dtype=object), 2000.0)
    assert shapely.equals_exact(out[0], short, 0) and len(out[0].coords) == 3
    assert len(out[1].coords) == 4 and out[1].length == pytest.approx(5000.0)
    assert not out[2].has_z and out[2].length == pytest.approx(500.0)


def test_linework_pieces_a_rounding_error_apart_still_make_the_region():
    # two copies of an edge 1e-9 m apart whose vertices differ (densified in a geographic CRS
    # they can cross between vertices): the region is the square all the same
    square = box(0, 0, 10, 10)
    edge = line((0, 0), (10, 0))
    twin = shapely.LineString([(0, 1e-9), (3333.3, -1e-9), (6666.6, 1e-9), (10 * KM, 0)])
    boundaries = np.array([shapely.boundary(square), edge, twin], dtype=object)
    lines = landscape.Lines.from_layers(roads=np.array([ROAD], dtype=object))
    network = landscape.build_network(
        np.array([square], dtype=object), lines, 2.0, boundaries=boundaries
    )
    assert network.unit_area[0] / 1e6 == pytest.approx(100.0)
    halves = network.face_area[network.face_area > 1.0]  # and slivers of ~0 m² between the twins
    assert sorted(np.round(halves / 1e6, 3)) == [50.0, 50.0]
