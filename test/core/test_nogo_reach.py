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
