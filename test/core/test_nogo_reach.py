"""core/nogo.clip_to_reach: features cut to what their buffer can bring into the study area."""

import numpy as np
import shapely
from nuudel.processing.core import nogo

BOX = (104.0, 47.0, 104.2, 47.1)


def test_far_features_are_left_out_and_wide_ones_clipped():
    geoms = np.array(
        [
            shapely.Point(0, 0),  # 100 degrees away
            shapely.box(-170, -80, 170, 80),  # covers the study area and the world
            shapely.Point(104.1, 47.05),  # inside
            None,
            shapely.Point(104.2 + 0.02, 47.05),  # 1.5 km east: beyond 1.1 * 200 m + 1 km
            shapely.Point(104.2 + 0.012, 47.05),  # 0.9 km east: kept
        ],
        dtype=object,
    )
    out, far = nogo.clip_to_reach(geoms, np.array([200.0, 500, 200, 0, 200, 200]), BOX)
    assert far.tolist() == [True, False, False, False, True, False]
    assert out[0] is None and out[3] is None and out[4] is None
    assert out[2].equals(geoms[2]) and out[5].equals(geoms[5])
    # the world box is cut to the study box grown by 1.1 * 500 m + 1 km: about 0.014 degrees
    x0, y0, x1, y1 = out[1].bounds
    assert 0.013 < BOX[1] - y0 < 0.016 and 0.018 < BOX[0] - x0 < 0.024
    assert out[1].contains(shapely.box(*BOX))


def test_nothing_reachable_is_ever_left_out():
    """Points at exactly the buffer distance (plus the margin) from the box are kept."""
    rng = np.random.default_rng(2)
    d = rng.uniform(0, 20000, 200)
    lat = rng.uniform(BOX[1], BOX[3], 200)
    east = BOX[2] + (d + nogo.FAR_MARGIN_M) / (111_320 * np.cos(np.radians(lat)))
    geoms = shapely.points(np.column_stack([east, lat]))
    _out, far = nogo.clip_to_reach(geoms, d, BOX)
    assert not far.any()


def test_repair_zone_rebuilds_only_the_invalid_parts():
    """A zone as a back transform can leave it: a part whose hole crosses its shell, two holes
    that overlap, and two parts that overlap. The repair is valid and covers the same area
    (shell minus the union of the holes; overlapping parts counted once)."""
    shell = [(0, 0), (100, 0), (100, 100), (0, 100)]
    crossing = [(90, 40), (110, 40), (110, 60), (90, 60)]  # pokes out of the shell
    a, b = [(10, 10), (30, 10), (30, 30), (10, 30)], [(20, 20), (40, 20), (40, 40), (20, 40)]
    bad = shapely.Polygon(shell, [crossing, a, b])
    other = shapely.box(200, 0, 260, 50)
    overlapping = shapely.box(250, 0, 300, 50)
    island = shapely.box(12, 12, 14, 14)  # valid, in a hole of the bad part: passed through
    zone = shapely.MultiPolygon([bad, other, overlapping, island])
    assert not zone.is_valid
    fixed = nogo.repair_zone(zone)
    assert fixed.is_valid
    holes = shapely.union_all([shapely.Polygon(r) for r in (crossing, a, b)])
    expected = shapely.box(0, 0, 100, 100).difference(holes).area + 100 * 50 + island.area
    assert fixed.area == abs(fixed.area) and abs(fixed.area - expected) < 1e-9
    assert nogo.repair_zone(island) is island  # valid zones are returned as they are
