"""No-go / caution / suitable zones for new alignments, QGIS-free (numpy + shapely 2).

Everything here works in one planar metric frame (the adapter reads every input into a local
transverse Mercator CRS, so a buffer distance is a true distance in metres near the data).

Steps (each vectorised over features; GEOS does the heavy lifting):
1. :func:`buffer_features` buffers the features of one constraint layer (one distance per
   feature) with ``shapely.buffer``; :func:`dissolve` unions only the polygons that touch or
   overlap (STRtree pairs -> union-find groups -> ``shapely.union_all`` per group), which is far
   faster than one big union of many disjoint polygons (50,000 water points: 0.5 s, not 30 s).
2. :func:`classify` turns the dissolved constraint layers into an exact partition of the study
   area: no-go (wins), caution (minus no-go) and suitable (the rest), each with the names of the
   layers behind it.
3. :func:`cut_lines` cuts alignment lines by the three zones into pieces with their sources.
4. :func:`grid_spec` gives the cost-surface grid aligned to the resolution (the adapter burns
   the zones into it with GDAL).
"""

from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Callable, List, Sequence

import numpy as np
import shapely

from .graph import components
from .text import NuudelError, tr

ZONES = ("nogo", "caution", "suitable")
# Segments per quarter circle of a buffer: the area of a round buffer is then 0.16 % short of
# the true circle (8, the GEOS default, would be 0.64 %).
QUAD_SEGS = 16
NODATA = -9999.0
# A part thinner than this (2 * area / perimeter, metres) is overlay debris (a sliver along an
# edge shared by two zones); kept, it makes later GEOS overlays answer wrongly.
SLIVER_M = 1e-6
# Features farther than their buffer from the study area's box are left out; the box is grown
# by 10 % more than the buffer and this margin, so rounding never drops a feature that counts.
FAR_MARGIN_M = 1000.0
# Metres in one degree of latitude at the equator, the shortest (WGS84 meridian radius there)
DEGREE_LAT_M = 110_574.0


def _noop(_fraction):
    return None


@contextmanager
def _prepared(geoms):
    """Prepare ``geoms`` (GEOS indexes for fast predicates) for the ``with`` block only.

    A prepared geometry keeps its index for as long as it lives: left in place, the indexes of
    national-scale buffers and zones would hold hundreds of MB until the end of the run.
    """
    shapely.prepare(geoms)
    try:
        yield
    finally:
        shapely.destroy_prepared(geoms)


# Vertices handled at a time where GEOS makes big side structures: prepared indexes take about
# 170 bytes per vertex (the 3 million vertices of national water buffers prepared at once took
# 540 MB), rebuilt polygons a copy of every ring.
BATCH_VERTICES = 250_000


def _batch_of(geoms):
    """Batch number of each geometry: consecutive geometries of about BATCH_VERTICES vertices."""
    return (np.cumsum(shapely.get_num_coordinates(geoms)) - 1) // BATCH_VERTICES


def _pairwise(tests, a, ia, b, ib):
    """Each predicate of ``tests`` on the pairs (a[ia[k]], b[ib[k]]), with ``a`` prepared.

    Returns one bool array per test; a test runs only on the pairs that passed the ones before
    it (False elsewhere). The geometries of ``a`` are prepared BATCH_VERTICES vertices at a time
    and released after their batch, which bounds the memory of the indexes.
    """
    out = [np.zeros(len(ia), dtype=bool) for _ in tests]
    if len(ia) == 0:
        return out
    used, pair_owner = np.unique(ia, return_inverse=True)
    batch_of = _batch_of(a[used])
    for batch in np.unique(batch_of):
        members = used[batch_of == batch]
        rows = np.flatnonzero(batch_of[pair_owner] == batch)
        with _prepared(a[members]):
            for test, result in zip(tests, out):
                result[rows] = test(a[ia[rows]], b[ib[rows]])
                rows = rows[result[rows]]
    return out


def _polygonal(geom, check=True):
    """Only the polygonal part of ``geom`` (a valid Polygon/MultiPolygon, possibly empty).

    ``check``: repair an invalid input (skip for results of GEOS overlays, which are valid).
    """
    if geom is None or geom.is_empty:
        return shapely.Polygon()
    if check and not geom.is_valid:
        geom = shapely.make_valid(geom)
    if geom.geom_type in ("Polygon", "MultiPolygon"):
        return geom
    parts = shapely.get_parts(geom)
    polys = [p for p in parts if p.geom_type in ("Polygon", "MultiPolygon") and not p.is_empty]
    if not polys:
        return shapely.Polygon()
    return shapely.union_all(polys)


def _lineal(geom) -> list:
    """The line parts of ``geom`` (merged where they join), as a list of LineStrings."""
    if geom is None or geom.is_empty:
        return []
    parts = shapely.get_parts(geom)
    while len(parts) and (shapely.get_type_id(parts) == 7).any():  # collections in collections
        parts = shapely.get_parts(parts)
    parts = [p for p in parts if p.geom_type in ("LineString", "MultiLineString")]
    if not parts:
        return []
    merged = shapely.line_merge(shapely.union_all(parts)) if len(parts) > 1 else parts[0]
    return [p for p in shapely.get_parts(merged) if not p.is_empty and p.length > 0]


def _reach(distances, box, n):
    """(xmin, ymin, xmax, ymax) arrays: the study box grown by each feature's reach."""
    grow_m = 1.1 * np.broadcast_to(np.asarray(distances, dtype=float), n) + FAR_MARGIN_M
    dlat = grow_m / DEGREE_LAT_M
    top = np.minimum(np.maximum(abs(box[1]), abs(box[3])) + dlat, 89.9)
    dlon = dlat / np.cos(np.radians(top))
    return box[0] - dlon, box[1] - dlat, box[2] + dlon, box[3] + dlat


def clip_to_reach(geoms, distances, box):
    """Lon/lat ``geoms`` cut to what their buffer can bring into the study area.

    ``distances``: buffer of each feature in metres; ``box``: (xmin, ymin, xmax, ymax) lon/lat
    of the study area. The box is grown for each feature by 1.1 * distance + FAR_MARGIN_M, in
    degrees of the shortest degree inside it (conservative: nothing that counts is cut). A
    feature wholly outside its grown box becomes None; one reaching out of it is clipped to it
    (what lies beyond cannot touch the study area). Returns (geometries, mask of those left
    out).
    """
    geoms = np.asarray(geoms, dtype=object).copy()
    far = np.zeros(len(geoms), dtype=bool)
    present = np.flatnonzero(~shapely.is_missing(geoms))
    if not len(present):
        return geoms, far
    x0, y0, x1, y1 = _reach(np.broadcast_to(distances, len(geoms))[present], box, len(present))
    b = shapely.bounds(geoms[present])
    out = (b[:, 2] < x0) | (b[:, 0] > x1) | (b[:, 3] < y0) | (b[:, 1] > y1)
    beyond = ~out & ((b[:, 0] < x0) | (b[:, 1] < y0) | (b[:, 2] > x1) | (b[:, 3] > y1))
    far[present[out]] = True
    geoms[present[out]] = None
    if beyond.any():
        sel = present[beyond]
        with np.errstate(invalid="ignore"):
            rect = shapely.box(x0[beyond], y0[beyond], x1[beyond], y1[beyond])
            cut = shapely.intersection(geoms[sel], rect)
        geoms[sel] = [None if g.is_empty else g for g in cut]
    return geoms, far


def valid_polygons(geoms) -> np.ndarray:
    """``geoms`` with every invalid polygonal geometry made valid (its polygonal part, None
    when nothing is left); points, lines and valid geometries are unchanged."""
    geoms = np.asarray(geoms, dtype=object).copy()
    present = np.flatnonzero(~shapely.is_missing(geoms))
    if not len(present):
        return geoms
    types = shapely.get_type_id(geoms[present])
    check = present[np.isin(types, (3, 6, 7))]
    bad = check[~shapely.is_valid(geoms[check])]
    for i in bad.tolist():
        fixed = _polygonal(geoms[i])
        geoms[i] = None if fixed.is_empty else fixed
    return geoms


def repair_zone(geom):
    """A valid (Multi)Polygon covering what the zone ``geom`` covers (after a transform has
    made rings cross where zones meet the study area's edge), repaired part by part.

    GEOS's make_valid on a whole national zone (one polygon with 17,000 holes) takes a minute;
    here only the invalid parts are rebuilt, as their shell (made valid) minus their holes
    (each made valid, then dissolved) through :func:`subtract`, and parts that came to overlap
    are dissolved: about a second.
    """
    if geom is None or geom.is_empty or shapely.is_valid(geom):
        return geom
    parts = shapely.get_parts(geom)
    ok = shapely.is_valid(parts)
    fixed = [parts[ok]] + [_repair_polygon(p) for p in parts[~ok]]
    return as_multipolygon(dissolve(_concat(fixed)))


def _repair_polygon(polygon) -> np.ndarray:
    """The valid parts of one invalid Polygon: its shell minus its holes, each made valid."""
    shell = shapely.get_parts(_polygonal(shapely.Polygon(polygon.exterior)))
    n = shapely.get_num_interior_rings(polygon)
    if n == 0 or len(shell) == 0:
        return shell
    holes = shapely.polygons(shapely.get_interior_ring(polygon, np.arange(n)))
    holes = dissolve(holes, repair=True)
    return subtract(shell, holes)


def distances_from_field(values: Sequence, default: float):
    """Per-feature buffer distances: the field value where it is a number >= 0, else ``default``.

    Returns (distances, used, bad): ``used`` counts features whose value was taken, ``bad`` those
    whose value was present but not a usable number (they get the default).
    """
    out = np.full(len(values), float(default))
    used = bad = 0
    for i, value in enumerate(values):
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        try:
            number = float(str(value).replace(",", ".")) if isinstance(value, str) else float(value)
        except (TypeError, ValueError):
            bad += 1
            continue
        if not np.isfinite(number) or number < 0:
            bad += 1
            continue
        out[i] = number
        used += 1
    return out, used, bad


def buffer_features(geoms, distances):
    """Buffer each geometry by its distance (metres); return the polygons (vectorised).

    ``geoms``: shapely geometries (None allowed, skipped); ``distances``: a number or one per
    geometry. Polygons with distance 0 stay as they are; points and lines with distance 0 cover
    no area and are left out.
    """
    geoms = np.asarray(geoms, dtype=object)
    dist = np.broadcast_to(np.asarray(distances, dtype=float), geoms.shape).copy()
    present = ~shapely.is_missing(geoms) & ~shapely.is_empty(geoms)
    geoms, dist = geoms[present], dist[present]
    if len(geoms) == 0:
        return np.empty(0, dtype=object)
    types = shapely.get_type_id(geoms)
    polygonal = (types == 3) | (types == 6) | (types == 7)
    keep = (dist > 0) | polygonal
    geoms, dist = geoms[keep], dist[keep]
    out = geoms.copy()
    grow = dist > 0
    plain = ~grow
    points = grow & (shapely.get_type_id(geoms) == 0)
    if points.any():  # a round buffer of a point is a scaled, shifted template circle
        out[points] = circles(shapely.get_coordinates(geoms[points]), dist[points])
    grow &= ~points
    if grow.any():
        out[grow] = shapely.buffer(geoms[grow], dist[grow], quad_segs=QUAD_SEGS)
    if plain.any():  # kept as they are: only their valid polygonal part counts
        out[plain] = [_polygonal(g) for g in out[plain]]
    parts = shapely.get_parts(out)
    return parts[~shapely.is_empty(parts)] if len(parts) else parts


def circles(centres, radii):
    """Polygons with the vertices GEOS gives a point buffer (QUAD_SEGS per quarter circle),
    built in one vectorised call."""
    angles = np.linspace(0.0, 2.0 * np.pi, 4 * QUAD_SEGS, endpoint=False)
    template = np.column_stack([np.cos(angles), np.sin(angles)])
    template = np.vstack([template, template[:1]])
    rings = centres[:, None, :2] + np.asarray(radii, dtype=float)[:, None, None] * template
    return shapely.polygons(rings)


def _touching_pairs(polys):
    """Index pairs (big, small) of polygons that intersect, each pair once.

    Candidate pairs come from an STRtree (bounding boxes); the exact test runs vectorised with
    the polygon of more vertices prepared, so a huge protected area is indexed once instead of
    being walked for every small water buffer it is tested against.
    """
    tree = shapely.STRtree(polys)
    i, j = tree.query(polys)
    keep = i < j
    i, j = i[keep], j[keep]
    if len(i) == 0:
        return i, j
    ncoords = shapely.get_num_coordinates(polys)
    swap = ncoords[j] > ncoords[i]
    big, small = np.where(swap, j, i), np.where(swap, i, j)
    (hit,) = _pairwise([shapely.intersects], polys, big, polys, small)
    return big[hit], small[hit]


def dissolve(polys, progress: Callable = _noop, repair: bool = False) -> np.ndarray:
    """Dissolve polygons into disjoint parts (an array of valid Polygons).

    Only polygons that touch or overlap are unioned: an STRtree finds the pairs, polygons lying
    inside another are dropped (they add nothing), a vectorised union-find groups the rest, and
    GEOS unions each group (``shapely.union_all``); polygons that touch nothing pass through
    untouched. The parts never overlap or share an edge, so ``shapely.multipolygons(parts)`` is
    a valid dissolved geometry.

    Parameters
    ----------
    polys : array of shapely Polygons
        Valid polygons (buffers and repaired polygons are); ``repair`` checks and repairs
        them first.
    progress : callable, optional
        ``progress(fraction)`` is called as groups are done (it may raise to cancel).
    repair : bool
        Make invalid polygons valid before dissolving.

    Returns
    -------
    numpy.ndarray
        Disjoint valid Polygons.

    Examples
    --------
    Two overlapping squares become one part; a square apart stays as it is:

    >>> import shapely
    >>> parts = dissolve(np.array([shapely.box(0, 0, 2, 2), shapely.box(1, 1, 3, 3),
    ...                            shapely.box(5, 5, 6, 6)], dtype=object))
    >>> sorted(shapely.area(parts).tolist())
    [1.0, 7.0]
    """
    polys = _clean_parts(polys, repair)
    if len(polys) == 0:
        return polys
    i, j = _touching_pairs(polys)
    i, j, dropped = _drop_inner(polys, i, j)
    labels = components(len(polys), i, j)
    labels[dropped] = -1
    return _union_groups(polys, labels, progress)


def _clean_parts(polys, repair):
    """The non-empty single parts of ``polys``, repaired first when ``repair`` is set."""
    polys = np.asarray(polys, dtype=object)
    if len(polys) == 0:
        return np.empty(0, dtype=object)
    polys = shapely.get_parts(polys)
    polys = polys[~shapely.is_empty(polys)]
    if repair and len(polys):
        invalid = ~shapely.is_valid(polys)
        if invalid.any():
            polys[invalid] = [_polygonal(g) for g in polys[invalid]]
            polys = shapely.get_parts(polys)
            polys = polys[~shapely.is_empty(polys)]
    return polys


def _drop_inner(polys, i, j):
    """The touching pairs (i, j) without the polygons lying inside another, and the mask of
    those dropped (they add nothing to the union)."""
    dropped = np.zeros(len(polys), dtype=bool)
    if not len(i):
        return i, j, dropped
    area = shapely.area(polys)
    big = np.where(area[i] >= area[j], i, j)
    small = np.where(area[i] >= area[j], j, i)
    (inside,) = _pairwise([shapely.contains_properly], polys, big, polys, small)
    dropped[small[inside]] = True
    live = ~dropped[i] & ~dropped[j]
    return i[live], j[live], dropped


def _union_groups(polys, labels, progress):
    """One union per group label (-1: left out); single members pass through untouched."""
    order = np.argsort(labels, kind="stable")
    order = order[labels[order] >= 0]
    sorted_labels = labels[order]
    starts = (
        np.flatnonzero(np.r_[True, sorted_labels[1:] != sorted_labels[:-1]])
        if len(order)
        else np.empty(0, dtype=int)
    )
    sizes = np.diff(np.r_[starts, len(order)])
    out = [polys[order[starts[sizes == 1]]]]
    groups = np.flatnonzero(sizes > 1)
    for k, g in enumerate(groups):
        members = polys[order[starts[g] : starts[g] + sizes[g]]]
        out.append(shapely.get_parts(_polygonal(shapely.union_all(members), check=False)))
        if k % 256 == 0:
            progress(k / len(groups))
    progress(1.0)
    parts = np.concatenate(out)
    return parts[~shapely.is_empty(parts)]


def drop_slivers(parts) -> np.ndarray:
    """``parts`` (Polygons) without the empty ones and the slivers thinner than SLIVER_M."""
    parts = np.asarray(parts, dtype=object)
    if len(parts) == 0:
        return parts
    parts = parts[~shapely.is_empty(parts)]
    with np.errstate(invalid="ignore", divide="ignore"):
        thickness = 2.0 * shapely.area(parts) / shapely.length(parts)
    return parts[thickness >= SLIVER_M]


def as_multipolygon(parts):
    """A MultiPolygon of disjoint parts (an empty Polygon when there are none)."""
    parts = np.asarray(parts, dtype=object)
    if len(parts) == 0:
        return shapely.Polygon()
    return shapely.multipolygons(parts)


def clip(parts, area) -> np.ndarray:
    """Disjoint polygon ``parts`` clipped to the polygon ``area`` (only crossing parts are cut)."""
    parts = np.asarray(parts, dtype=object)
    if len(parts) == 0:
        return parts
    with _prepared(area):
        inside = shapely.contains_properly(area, parts)
        crossing = ~inside & shapely.intersects(area, parts)
    with np.errstate(invalid="ignore"):
        cut = shapely.intersection(parts[crossing], area)
    cut = np.array([_polygonal(g, check=False) for g in cut], dtype=object)
    out = np.concatenate([parts[inside], shapely.get_parts(cut)]) if len(cut) else parts[inside]
    return drop_slivers(out)


def _with_rings(parts, extra_rings, owners):
    """``parts`` (Polygons) with ``extra_rings[k]`` added as an interior ring of part
    ``owners[k]`` (vectorised: shapely.polygons over all rings with an owner index), built
    BATCH_VERTICES at a time so the copies of the rings stay small."""
    out = np.empty(len(parts), dtype=object)
    order = np.argsort(owners, kind="stable")
    extra_rings, owners = extra_rings[order], owners[order]
    batch_of = _batch_of(parts)
    starts = np.flatnonzero(np.r_[True, batch_of[1:] != batch_of[:-1]]) if len(parts) else []
    for lo, hi in zip(starts, list(starts[1:]) + [len(parts)]):
        a, b = np.searchsorted(owners, [lo, hi])
        rings, ring_owner = shapely.get_rings(parts[lo:hi], return_index=True)
        hole = np.r_[False, ring_owner[1:] == ring_owner[:-1]]  # the first ring is the shell
        all_rings = np.concatenate([rings, extra_rings[a:b]])
        all_owners = np.concatenate([ring_owner, owners[a:b] - lo])
        kind = np.concatenate([hole, np.ones(b - a, dtype=bool)])
        order = np.lexsort((kind, all_owners))
        out[lo:hi] = shapely.polygons(all_rings[order], indices=all_owners[order])
    return out


def _inside_pairs(small, big):
    """Index pairs (i, j) with ``small[i]`` strictly inside ``big[j]`` (bounding boxes from an
    STRtree, then a vectorised test with the big polygons prepared)."""
    tree = shapely.STRtree(big)
    i, j = tree.query(small)
    if len(i) == 0:
        return i, j
    (ok,) = _pairwise([shapely.contains_properly], big, j, small, i)
    return i[ok], j[ok]


def subtract(parts, holes) -> np.ndarray:
    """Disjoint polygon ``parts`` minus the disjoint polygons ``holes`` (both valid).

    Only parts that meet a hole are touched. A hole lying strictly inside a part (a water
    source's 50 m disk inside its 200 m ring, a protected area inside the study area) becomes
    an interior ring directly (its own interior rings become islands, from which the holes
    inside them are subtracted in turn); the other holes of a part go through one GEOS
    difference with their (valid, disjoint) MultiPolygon. All vectorised over parts.
    """
    parts = np.asarray(parts, dtype=object)
    holes = np.asarray(holes, dtype=object)
    if len(parts) == 0 or len(holes) == 0:
        return parts
    tree = shapely.STRtree(parts)
    hi, pi = tree.query(holes)
    if len(pi) == 0:
        return parts
    meet, simple = _pairwise([shapely.intersects, shapely.contains_properly], parts, pi, holes, hi)
    pi, hi, simple = pi[meet], hi[meet], simple[meet]
    islands, pi, hi, simple = _islands(holes, pi, hi, simple)
    # parts lying wholly inside a hole vanish (a water buffer inside a protected area)
    (gone_pair,) = _pairwise([shapely.covers], holes, hi, parts, pi)
    gone_pair &= ~simple
    gone = np.zeros(len(parts), dtype=bool)
    gone[pi[gone_pair]] = True
    live = ~gone[pi]
    pi, hi, simple = pi[live], hi[live], simple[live]
    touched = np.zeros(len(parts), dtype=bool)
    touched[pi] = True
    out = [parts[~touched & ~gone], islands]
    idx = np.flatnonzero(touched)
    pieces = parts[idx]
    hard = ~simple
    if hard.any():  # first the crossing holes, on the bare parts (cheap) ...
        pieces = _cut_crossing_holes(pieces, idx, pi[hard], holes[hi[hard]])
    if simple.any():  # ... then the holes inside them become rings of the piece holding them
        inner = holes[hi[simple]]
        if len(pieces) == len(idx) and not hard.any():
            host = np.searchsorted(idx, pi[simple])
        else:
            which, host_all = _inside_pairs(inner, pieces)
            host = np.full(len(inner), -1)
            host[which] = host_all
            inner, host = inner[host >= 0], host[host >= 0]
        pieces = _with_rings(pieces, shapely.get_exterior_ring(inner), host)
    out.append(pieces)
    res = _concat(out)  # empty when every part lies inside the holes
    res = res[~shapely.is_empty(res)]
    types = shapely.get_type_id(res)
    return drop_slivers(res[types == 3])


def _islands(holes, pi, hi, simple):
    """The interior rings of the holes lying inside a part, as island polygons (minus the
    holes inside them), and the (part, hole) pairs left once holes inside islands are out."""
    islands = np.empty(0, dtype=object)
    n_inner = shapely.get_num_interior_rings(holes[hi[simple]])
    if n_inner.sum():
        inner_rings, owner = shapely.get_rings(holes[hi[simple]], return_index=True)
        keep = np.r_[False, owner[1:] == owner[:-1]]
        islands = shapely.polygons(inner_rings[keep])
        # holes lying inside an island are subtracted from the island, not from the part
        inside_hole, _ = _inside_pairs(holes[hi], islands)
        nested = np.zeros(len(hi), dtype=bool)
        nested[inside_hole] = True
        if nested.any():
            islands = subtract(islands, holes[np.unique(hi[nested])])
        pi, hi, simple = pi[~nested], hi[~nested], simple[~nested]
    return islands, pi, hi, simple


def _cut_crossing_holes(pieces, idx, part_of_hole, cutting):
    """``pieces`` (the parts ``idx``) minus the holes ``cutting`` that cross part
    ``part_of_hole``: one GEOS difference per part with the MultiPolygon of its holes."""
    hard_parts = np.unique(part_of_hole)
    slot = np.searchsorted(idx, hard_parts)
    order = np.argsort(part_of_hole, kind="stable")
    owners = np.searchsorted(hard_parts, part_of_hole[order])
    cutters = shapely.multipolygons(cutting[order], indices=owners)
    cut = pieces.copy()
    with np.errstate(invalid="ignore"):
        cut[slot] = shapely.difference(pieces[slot], cutters)
    pieces = shapely.get_parts(cut)
    return pieces[(shapely.get_type_id(pieces) == 3) & ~shapely.is_empty(pieces)]


@dataclass
class Constraint:
    """One constraint layer after buffering: its label, zone and buffered polygons."""

    name: str
    zone: str
    polys: np.ndarray


@dataclass
class Zones:
    """The partition of the study area: one polygon per zone, with the layers behind it."""

    study_area: object
    geoms: dict = field(default_factory=dict)
    sources: dict = field(default_factory=dict)
    constraints: List[Constraint] = field(default_factory=list)

    def area(self, zone: str) -> float:
        return float(shapely.area(self.geoms[zone]))


def source_label(name: str, distances) -> str:
    """A layer's label in ``sources``: its name and buffer, e.g. 'water (50 m)'."""
    d = np.asarray(distances, dtype=float)
    d = d[np.isfinite(d)]
    if len(d) == 0 or d.max() <= 0:
        return name
    lo, hi = float(d.min()), float(d.max())
    if np.isclose(lo, hi):
        return f"{name} ({lo:g} m)"
    return f"{name} ({lo:g}-{hi:g} m)"


def _join(names) -> str:
    seen = []
    for n in names:
        if n not in seen:
            seen.append(n)
    return ", ".join(seen)


def _covers_part_of(polys, parts) -> bool:
    """True when the interior of some polygon of ``polys`` meets the interior of ``parts``.

    Bounding-box pairs from an STRtree, then DE-9IM tests in growing batches, so the usual
    answer (yes, at once) costs a handful of tests.
    """
    if len(polys) == 0 or len(parts) == 0:
        return False
    tree = shapely.STRtree(parts)
    a, b = tree.query(polys)
    start, size = 0, 16
    while start < len(a):
        sel = slice(start, start + size)
        if shapely.relate_pattern(polys[a[sel]], parts[b[sel]], "T********").any():
            return True
        start, size = start + size, size * 4
    return False


def _concat(arrays):
    arrays = [a for a in arrays if len(a)]
    return np.concatenate(arrays) if arrays else np.empty(0, dtype=object)


def classify(study_area, constraints: Sequence[Constraint], progress: Callable = _noop) -> Zones:
    """Partition ``study_area`` into no-go, caution and suitable polygons.

    No-go wins over caution; the three are valid, disjoint and cover the study area. Raises
    NuudelError when the study area is empty.

    Parameters
    ----------
    study_area : shapely (Multi)Polygon
        The area to partition, in a metric CRS.
    constraints : sequence of Constraint
        Buffered no-go and caution polygons, each with the name of its source layer.
    progress : callable, optional
        ``progress(fraction)``, called as the work is done; it may raise to cancel.

    Returns
    -------
    Zones
        ``geoms`` per zone (nogo, caution, suitable) and ``sources``: per zone, the
        constraint layers that cover part of it.

    Examples
    --------
    A 100 m no-go buffer around a well in the corner of a 1 km square:

    >>> import shapely
    >>> well = np.array([shapely.Point(50, 50)], dtype=object)
    >>> zones = classify(shapely.box(0, 0, 1000, 1000),
    ...                  [Constraint("well", "nogo", buffer_features(well, 100))])
    >>> round(zones.area("nogo") + zones.area("caution") + zones.area("suitable"))
    1000000
    >>> zones.sources["nogo"], zones.area("caution")
    ('well', 0.0)
    """
    area = _polygonal(study_area)
    if area.is_empty:
        raise NuudelError(
            tr(
                "The study area is empty: give a STUDY_AREA layer with polygons, "
                "or input layers with features."
            )
        )
    nogo_layers = [c for c in constraints if c.zone == "nogo" and len(c.polys)]
    caution_layers = [c for c in constraints if c.zone == "caution" and len(c.polys)]
    nogo, caution, suitable = _partition(area, nogo_layers, caution_layers, progress)
    zones = Zones(
        study_area=area,
        constraints=list(constraints),
        geoms={
            "nogo": as_multipolygon(nogo),
            "caution": as_multipolygon(caution),
            "suitable": suitable,
        },
    )
    zones.sources = _sources(area, nogo_layers, caution_layers, caution)
    progress(1.0)
    return zones


def _sources(area, nogo_layers, caution_layers, caution) -> dict:
    """Per zone, the names of the constraint layers that cover part of it."""
    return {
        "nogo": _join(
            c.name for c in nogo_layers if _covers_part_of(c.polys, shapely.get_parts(area))
        ),
        "caution": _join(c.name for c in caution_layers if _covers_part_of(c.polys, caution)),
        "suitable": "",
    }


def _partition(area, nogo_layers, caution_layers, progress):
    """(no-go parts, caution parts, suitable MultiPolygon) of ``area``: no-go clipped to it,
    caution minus no-go, suitable the rest."""

    def step(a, b):
        return lambda f: progress(a + (b - a) * f)

    nogo = clip(dissolve(_concat([c.polys for c in nogo_layers]), step(0.0, 0.35)), area)
    caution_all = clip(dissolve(_concat([c.polys for c in caution_layers]), step(0.35, 0.6)), area)
    caution = subtract(caution_all, nogo)
    progress(0.7)
    blocked = dissolve(_concat([nogo, caution_all]), step(0.7, 0.8))
    suitable = as_multipolygon(subtract(shapely.get_parts(area), blocked))
    progress(0.9)
    return nogo, caution, suitable


@dataclass
class Piece:
    """One stretch of an alignment line inside one zone."""

    line_index: int
    zone: str
    geom: object
    sources: str


def _clip_lines(lines, parts, keep=True):
    """Each line of ``lines`` within (``keep``) or outside (not ``keep``) the disjoint polygons
    ``parts``; returns (index of the line, clipped geometry). ``keep``: one entry per line and
    part it meets (a line meeting two parts comes twice); not ``keep``: one per line (a line
    meeting no part comes back whole).

    Each line is cut only by the parts it meets (STRtree, then a prepared test), never by the
    whole zone (one line against a national MultiPolygon would read all its vertices), and
    pair by pair, so no part is copied (a MultiPolygon per line would copy a part as often as
    lines meet it).
    """
    everything = np.arange(len(lines))
    if len(parts) == 0 or len(lines) == 0:
        return (everything, lines) if not keep else (everything[:0], lines[:0])
    tree = shapely.STRtree(parts)
    li, pj = tree.query(lines)
    if len(li):
        (meet,) = _pairwise([shapely.intersects], parts, pj, lines, li)
        li, pj = li[meet], pj[meet]
    order = np.lexsort((pj, li))
    li, pj = li[order], pj[order]
    with np.errstate(invalid="ignore"):  # GEOS flags NaN envelopes of empty results
        if keep:
            return li, shapely.intersection(lines[li], parts[pj])
        out = lines.copy()
        first = np.r_[True, li[1:] != li[:-1]] if len(li) else np.zeros(0, dtype=bool)
        rank = np.arange(len(li)) - np.maximum.accumulate(np.where(first, np.arange(len(li)), 0))
        for r in range(int(rank.max()) + 1 if len(rank) else 0):  # one part per line a round
            sel = rank == r
            out[li[sel]] = shapely.difference(out[li[sel]], parts[pj[sel]])
        return everything, out


def cut_lines(lines, zones: Zones, tolerance: float = 1e-3) -> List[Piece]:
    """Cut each line (None allowed) by the zones into contiguous pieces, ordered by line.

    A piece's ``sources`` lists the constraint layers of its zone that it runs through (over
    more than ``tolerance`` metres). Parts of a line outside the study area give no piece.
    No-go and caution pieces come from the zone parts each line meets; suitable pieces are the
    line inside the study area minus the no-go and caution parts it meets (the same set as the
    line inside the suitable zone, without cutting by one polygon with a hole per water source).
    """
    lines = np.asarray(lines, dtype=object)
    pieces: List[Piece] = []
    present = np.array([g is not None and not g.is_empty for g in lines], dtype=bool)
    if not present.any():
        return pieces
    idx = np.flatnonzero(present)
    zone_parts = {z: shapely.get_parts(zones.geoms[z]) for z in ("nogo", "caution")}
    clipped = {z: _clip_lines(lines[idx], zone_parts[z]) for z in zone_parts}
    rest_at, rest = _clip_lines(lines[idx], shapely.get_parts(zones.study_area))
    for z in ("nogo", "caution"):
        at, rest = _clip_lines(rest, zone_parts[z], keep=False)
        rest_at = rest_at[at]
    clipped["suitable"] = (rest_at, rest)
    for zone in ZONES:
        hit, cut = clipped[zone]
        if len(hit) == 0:
            continue
        hit, owner = np.unique(hit, return_inverse=True)  # the pieces of a line together
        cut = shapely.geometrycollections(cut, indices=owner)
        hit = idx[hit]
        layers = [c for c in zones.constraints if c.zone == zone and len(c.polys)]
        trees = [shapely.STRtree(c.polys) for c in layers]
        for i, geom in zip(hit, cut):
            parts = _lineal(geom)
            if not parts:
                continue
            parts_arr = np.array(parts, dtype=object)
            names: list = [[] for _ in parts]
            for c, tree in zip(layers, trees):
                a, b = tree.query(parts_arr, predicate="intersects")
                if len(a) == 0:
                    continue
                with np.errstate(invalid="ignore"):
                    inside = shapely.length(shapely.intersection(parts_arr[a], c.polys[b]))
                for j in np.unique(a[inside > tolerance]):
                    names[j].append(c.name)
            for part, found in zip(parts, names):
                pieces.append(Piece(int(i), zone, part, _join(found)))
    if pieces:  # order along each line
        mids = shapely.line_interpolate_point(
            np.array([p.geom for p in pieces], dtype=object), 0.5, normalized=True
        )
        owners = lines[np.array([p.line_index for p in pieces])]
        at = shapely.line_locate_point(owners, mids)
        pieces = [pieces[k] for k in np.lexsort((at, [p.line_index for p in pieces]))]
    return pieces


def outside_length(lines, study_area) -> float:
    """Total planar length of ``lines`` outside ``study_area`` (metres)."""
    lines = np.array([g for g in lines if g is not None and not g.is_empty], dtype=object)
    if len(lines) == 0:
        return 0.0
    with _prepared(study_area):  # most lines lie inside: no overlay for them
        inside = shapely.contains_properly(study_area, lines)
    return float(shapely.length(shapely.difference(lines[~inside], study_area)).sum())


def default_study_area(geoms: Sequence, grow: float):
    """The box around every geometry in ``geoms`` grown by ``grow`` metres (None when empty)."""
    present = [g for g in geoms if g is not None and not g.is_empty]
    if not present:
        return None
    xmin, ymin, xmax, ymax = shapely.total_bounds(np.array(present, dtype=object))
    pad = max(float(grow), 0.0)
    if xmax - xmin + 2 * pad <= 0 or ymax - ymin + 2 * pad <= 0:
        pad = max(pad, 1.0)
    box = shapely.box(xmin - pad, ymin - pad, xmax + pad, ymax + pad)
    # densify so that the box keeps its shape when it is projected into another CRS
    step = max(box.length / 400.0, 1.0)
    return shapely.segmentize(box, step)


@dataclass
class GridSpec:
    """A north-up grid: origin (top-left corner), cell size and shape."""

    x0: float
    y0: float
    res: float
    cols: int
    rows: int

    @property
    def geotransform(self):
        return (self.x0, self.res, 0.0, self.y0, 0.0, -self.res)


def grid_spec(bounds, res: float) -> GridSpec:
    """The grid covering ``bounds`` (xmin, ymin, xmax, ymax) with corners on multiples of res."""
    if not res or res <= 0:
        raise NuudelError(tr("The cell size (RESOLUTION) must be greater than 0."))
    xmin, ymin, xmax, ymax = bounds
    eps = 1e-6  # of a cell: a bound a rounding error past a grid line stays on it
    x0 = np.floor(xmin / res + eps) * res
    y0 = np.ceil(ymax / res - eps) * res
    cols = max(1, int(np.ceil((xmax - x0) / res - eps)))
    rows = max(1, int(np.ceil((y0 - ymin) / res - eps)))
    return GridSpec(float(x0), float(y0), float(res), cols, rows)
