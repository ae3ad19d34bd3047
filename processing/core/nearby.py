"""Features within a true distance of a reference layer (QGIS-free).

The adapter gives every geometry in one local transverse Mercator CRS (scale 1 on its central
meridian, slightly more away from it, so a planar distance there is at least the true one and
longer by at most that scale). Here: (1) an STRtree of the reference parts finds, for each
feature, its nearest reference part within a planar limit a little above the distance asked for;
(2) the shortest line between the two is returned, so the adapter can measure it on the
ellipsoid (:func:`true_lengths`). A feature is kept when that true length is within the distance.
"""

import numpy as np
import shapely

from .geodesy import line_lengths

EARTH_RADIUS_M = 6_371_000.0


def planar_limit(distance_m: float, geoms, reference) -> float:
    """A planar distance in the local transverse Mercator CRS that no feature within
    ``distance_m`` (true metres) exceeds: the TM scale 1 + x^2 / (2 R^2) at the farthest easting
    of the data, with a margin, plus a metre."""
    bounds = [shapely.total_bounds(g) for g in (geoms, reference) if len(g)]
    far = max(
        (float(np.nanmax(np.abs(b[[0, 2]]))) for b in bounds if np.isfinite(b).all()), default=0.0
    )
    scale = 1.0 + 1.01 * far**2 / (2.0 * EARTH_RADIUS_M**2)
    return float(distance_m) * scale + 1.0


def nearest_lines(geoms, reference, limit):
    """For each geometry (None allowed) its shortest line to the nearest reference geometry,
    when that is within ``limit`` planar units. Returns (indices, lines)."""
    geoms = np.asarray(geoms, dtype=object)
    present = (
        np.array([g is not None and not g.is_empty for g in geoms], dtype=bool)
        if len(geoms)
        else np.zeros(0, dtype=bool)
    )
    parts = shapely.get_parts(np.asarray([r for r in reference if r is not None], dtype=object))
    parts = parts[~shapely.is_empty(parts)] if len(parts) else parts
    if not present.any() or len(parts) == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=object)
    where = np.flatnonzero(present)
    tree = shapely.STRtree(parts)
    found, nearest = tree.query_nearest(geoms[where], max_distance=limit, all_matches=False)
    lines = shapely.shortest_line(geoms[where][found], parts[nearest])
    return where[found], lines


def true_lengths(lines_lonlat) -> np.ndarray:
    """True lengths (m) of the shortest lines once transformed to lon/lat."""
    return line_lengths(lines_lonlat)


def within(indices, true_m, distance_m, n) -> np.ndarray:
    """Boolean mask over ``n`` features: True where the true distance is within ``distance_m``."""
    keep = np.zeros(n, dtype=bool)
    if len(indices):
        keep[np.asarray(indices)[np.asarray(true_m) <= float(distance_m)]] = True
    return keep
