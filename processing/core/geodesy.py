"""True (ellipsoidal) lengths and areas of lon/lat geometries, vectorised: the one way every
algorithm measures.

Lengths: each segment is measured with the WGS84 radii of curvature at its mid-latitude
(dx = N cos(phi) dlambda, dy = M dphi); segments are first split to at most 0.05 degrees, which
keeps the error far below 0.01 % for any line in Mongolia's extent.

Areas: the vertices go through the Lambert azimuthal equal-area projection of the WGS84
ellipsoid (Snyder 1987, eq. 3-12 and 24-12 to 24-19) centred on the data, where a planar area is
the ellipsoidal area; fast for polygons with a million vertices.
"""

import numpy as np
import shapely

WGS84_A = 6378137.0
WGS84_F = 1 / 298.257223563
WGS84_E2 = WGS84_F * (2 - WGS84_F)
MAX_STEP_DEG = 0.05


def segment_lengths(lon1, lat1, lon2, lat2):
    """Length in metres of each segment between lon/lat points (degree arrays)."""
    phi = np.radians((lat1 + lat2) / 2.0)
    sin2 = np.sin(phi) ** 2
    w = np.sqrt(1.0 - WGS84_E2 * sin2)
    n = WGS84_A / w
    m = WGS84_A * (1.0 - WGS84_E2) / w**3
    dx = n * np.cos(phi) * np.radians(lon2 - lon1)
    dy = m * np.radians(lat2 - lat1)
    return np.hypot(dx, dy)


def unwrap_antimeridian(parts):
    """Lines (single parts, lon/lat) with every step across +-180 degrees of longitude made the
    short way round (179.99 -> -179.99 becomes 179.99 -> 180.01), so a line across the
    antimeridian measures its own length, not the rest of the globe. Others are unchanged."""
    coords, index = shapely.get_coordinates(parts, return_index=True)
    if len(coords) < 2:
        return parts
    same = index[1:] == index[:-1]
    step = np.diff(coords[:, 0])
    turn = np.where(same & (step > 180.0), -360.0, np.where(same & (step < -180.0), 360.0, 0.0))
    if not turn.any():
        return parts
    shift = np.concatenate([[0.0], np.cumsum(turn)])
    first = np.concatenate([[0], np.flatnonzero(~same) + 1])  # first vertex of each part
    shift -= shift[first][np.searchsorted(first, np.arange(len(coords)), side="right") - 1]
    coords[:, 0] += shift
    # set_coordinates works in place: the caller's parts are its own copies (get_parts)
    return shapely.set_coordinates(parts, coords)


def line_lengths(geoms_lonlat) -> np.ndarray:
    """True length (m) of each (multi)line in lon/lat degrees; None/empty geometries give 0."""
    geoms = np.asarray(geoms_lonlat, dtype=object)
    out = np.zeros(len(geoms))
    if len(geoms) == 0:
        return out
    parts, parent = shapely.get_parts(geoms, return_index=True)
    if len(parts) == 0:
        return out
    parts = unwrap_antimeridian(shapely.force_2d(parts))
    # GEOS cannot densify a part whose points all coincide (zero length): leave those as they are
    long = shapely.length(parts) > 0
    parts[long] = shapely.segmentize(parts[long], MAX_STEP_DEG)
    coords, part_idx = shapely.get_coordinates(parts, return_index=True)
    same = part_idx[1:] == part_idx[:-1]
    seg = segment_lengths(coords[:-1, 0], coords[:-1, 1], coords[1:, 0], coords[1:, 1])
    per_part = np.bincount(part_idx[1:][same], weights=seg[same], minlength=len(parts))
    np.add.at(out, parent, per_part)
    return out


def _authalic_q(sin_phi):
    """Snyder's q (eq. 3-12) on the WGS84 ellipsoid."""
    e = np.sqrt(WGS84_E2)
    return (1.0 - WGS84_E2) * (
        sin_phi / (1.0 - WGS84_E2 * sin_phi**2)
        - np.log((1.0 - e * sin_phi) / (1.0 + e * sin_phi)) / (2.0 * e)
    )


def equal_area_xy(lon, lat, lon0, lat0):
    """(x, y) in metres of lon/lat degrees in the WGS84 Lambert azimuthal equal-area projection
    centred on (lon0, lat0)."""
    qp = _authalic_q(1.0)
    rq = WGS84_A * np.sqrt(qp / 2.0)
    beta = np.arcsin(np.clip(_authalic_q(np.sin(np.radians(lat))) / qp, -1.0, 1.0))
    phi1 = np.radians(lat0)
    beta1 = np.arcsin(np.clip(_authalic_q(np.sin(phi1)) / qp, -1.0, 1.0))
    d = WGS84_A * np.cos(phi1) / (np.sqrt(1.0 - WGS84_E2 * np.sin(phi1) ** 2) * rq * np.cos(beta1))
    dlon = np.radians(np.asarray(lon, dtype=float) - lon0)
    b = rq * np.sqrt(
        2.0 / (1.0 + np.sin(beta1) * np.sin(beta) + np.cos(beta1) * np.cos(beta) * np.cos(dlon))
    )
    x = b * d * np.cos(beta) * np.sin(dlon)
    y = (b / d) * (np.cos(beta1) * np.sin(beta) - np.sin(beta1) * np.cos(beta) * np.cos(dlon))
    return x, y


def polygon_areas(geoms_lonlat, lon0=None, lat0=None, to_lonlat=None) -> np.ndarray:
    """True (ellipsoidal) area in m² of each (multi)polygon in lon/lat degrees.

    Parameters
    ----------
    geoms_lonlat : array of shapely geometries (None or empty give 0)
        Polygons in WGS84 longitude/latitude degrees.
    lon0, lat0 : float, optional
        Centre of the equal-area projection (the centre of the data keeps edges closest to the
        straight lines they were drawn as); default the centre of the geometries' bounds
        (lon/lat geometries only).
    to_lonlat : callable, optional
        For geometries in another CRS: maps an (n, 2) coordinate array to lon/lat degrees
        (the vertices then go through it and the projection in one pass).

    Returns
    -------
    numpy.ndarray
        One area per geometry, square metres on the WGS84 ellipsoid.

    Examples
    --------
    A 0.1 x 0.1 degree cell at 45 degrees north covers about 87.5 km²:

    >>> import shapely
    >>> cell = shapely.box(105.0, 45.0, 105.1, 45.1)
    >>> round(float(polygon_areas([cell], 105.05, 45.05)[0]) / 1e6, 1)
    87.5
    """
    geoms = np.asarray(geoms_lonlat, dtype=object).reshape(-1)
    out = np.zeros(len(geoms))
    present = np.flatnonzero(~(shapely.is_missing(geoms) | shapely.is_empty(geoms)))
    if len(present) == 0:
        return out
    if lon0 is None or lat0 is None:
        x0, y0, x1, y1 = shapely.total_bounds(geoms[present])
        lon0, lat0 = (x0 + x1) / 2.0, (y0 + y1) / 2.0

    def project(coords):
        lonlat = coords if to_lonlat is None else to_lonlat(coords)
        x, y = equal_area_xy(lonlat[:, 0], lonlat[:, 1], lon0, lat0)
        return np.column_stack([x, y])

    flat = shapely.force_2d(geoms[present])
    if to_lonlat is None:  # lon/lat edges: densified, so each stays the line it was drawn as
        flat = shapely.segmentize(flat, MAX_STEP_DEG)
    out[present] = shapely.area(shapely.transform(flat, project))
    return out
