"""Which line ends belong together: one answer for fence runs, routes and landscape meshes.

QGIS-free (numpy + shapely 2), vectorised with STRtrees. Every end of every line is snapped

1. to the other ends within ``tolerance`` (clusters of ends, joined transitively, all moved to
   the position of the cluster's first end): kind ``end``;
2. failing that, to the nearest point on another line (or on a ``targets`` geometry, e.g. a
   region boundary; polygons give their boundary) within ``tolerance``: kind ``line`` or
   ``target``; the end moves onto that point (no vertex is added to the other line).

Ends that are not joined but lie within ``near`` of another end or line are *near misses*: a
pair of ends that are each other's nearest is one near miss (one gap, not two).

Distances are metres whatever the coordinates: ``geographic=False`` means planar metric
coordinates; ``geographic=True`` means lon/lat degrees on WGS84. Then each candidate is measured
in a local frame centred on the end itself (dx = N cos(phi) dlon, dy = M dphi at the end's
latitude): a straight lon/lat segment stays straight in that frame, and for distances up to
kilometres its error is far below a millimetre per metre, so tolerances are true metres. Search
envelopes in degrees are widened for the smallest degree length in the data's extent.

Multi-part lines: every part is a line of its own for the topology (its two ends are snapped,
its parts may join each other); records name the feature (``line``) and its ``part``.
:func:`line_ends` gives, per feature, the start of its first part and the end of its last part.
Snapped copies are 2D; inputs are never modified.
"""

from dataclasses import dataclass, field
from typing import Optional, cast

import numpy as np
import shapely

from .geodesy import WGS84_A, WGS84_E2, line_lengths
from .graph import components
from .text import NuudelError, tr

KINDS = ("end", "line", "target")
RECORD = np.dtype(
    [
        ("line", np.int64),
        ("part", np.int64),
        ("end", np.int8),
        ("x", float),
        ("y", float),
        ("distance", float),
        ("kind", "U6"),
        ("other", np.int64),
    ]
)
NEAR_M = 50.0  # default reach of near misses (metres)
_EMPTY_I = np.zeros(0, dtype=np.int64)


# -- measuring -------------------------------------------------------------------------------
def _radii(lat_deg):
    """(metres per radian of longitude, of latitude) on WGS84 at ``lat_deg``."""
    phi = np.radians(lat_deg)
    w = np.sqrt(1.0 - WGS84_E2 * np.sin(phi) ** 2)
    return WGS84_A / w * np.cos(phi), WGS84_A * (1.0 - WGS84_E2) / w**3


def local_offsets(origin, points, geographic=False):
    """Metric (dx, dy) of ``points`` from ``origin`` (both (n, 2)); in a local frame at each
    origin when ``geographic`` (lon/lat degrees)."""
    d = np.asarray(points, dtype=float) - np.asarray(origin, dtype=float)
    if not geographic:
        return d
    rx, ry = _radii(np.asarray(origin, dtype=float)[:, 1])
    dlon = (d[:, 0] + 180.0) % 360.0 - 180.0
    return np.column_stack([np.radians(dlon) * rx, np.radians(d[:, 1]) * ry])


def distances(a, b, geographic=False):
    """Metres between points ``a`` and ``b`` ((n, 2) each)."""
    return np.hypot(*local_offsets(a, b, geographic).T) if len(a) else np.zeros(0)


def search_radius(metres, coords, geographic=False):
    """A search distance in coordinate units that covers ``metres`` everywhere in ``coords``."""
    if not geographic:
        return float(metres)
    lat = float(np.max(np.abs(coords[:, 1]))) if len(coords) else 0.0
    rx, ry = _radii(min(lat, 89.0))
    per_degree = np.radians(1.0) * min(float(rx), float(_radii(0.0)[1]))
    return float(metres) / per_degree * 1.001 + 1e-12


def lengths_m(geoms, geographic=False):
    """Length in metres of each line."""
    geoms = np.asarray(geoms, dtype=object)
    if geographic:
        return line_lengths(geoms)
    out = np.zeros(len(geoms))
    ok = np.array([g is not None for g in geoms], dtype=bool)
    if ok.any():
        out[ok] = shapely.length(geoms[ok])
    return out


# -- parts and ends --------------------------------------------------------------------------
@dataclass
class _Parts:
    """The single lines of a geometry array: 2D coordinates, vertex ranges, feature of each."""

    coords: np.ndarray  # (V, 2) every vertex of every part
    start: np.ndarray  # first vertex of each part
    stop: np.ndarray  # one past the last vertex of each part
    parent: np.ndarray  # feature index of each part
    part: np.ndarray  # part number within its feature
    vertex_feature: np.ndarray  # feature index of every vertex
    vertex_part: np.ndarray  # part index of every vertex (-1: a part of < 2 vertices)
    geoms: Optional[np.ndarray] = None  # the features

    @property
    def n(self):
        return len(self.start)

    def ends(self):
        """(2P, 2): start and end of part p at rows 2p and 2p + 1."""
        out = np.empty((2 * self.n, 2))
        out[0::2] = self.coords[self.start]
        out[1::2] = self.coords[self.stop - 1]
        return out


def _parts(geoms) -> _Parts:
    geoms = np.asarray(geoms, dtype=object)
    present = np.array([g is not None for g in geoms], dtype=bool)
    if len(geoms):
        present[present] = ~shapely.is_empty(geoms[present])
    idx = np.flatnonzero(present)
    if len(idx) == 0:
        z = np.zeros((0, 2))
        return _Parts(z, _EMPTY_I, _EMPTY_I, _EMPTY_I, _EMPTY_I, _EMPTY_I, _EMPTY_I, geoms)
    if (shapely.get_num_geometries(geoms[idx]) == 1).all():  # fast path: one part each
        coords, pidx = shapely.get_coordinates(geoms[idx], return_index=True)
        parent = idx
    else:
        parts, parent = shapely.get_parts(geoms[idx], return_index=True)
        parent = idx[parent]
        coords, pidx = shapely.get_coordinates(parts, return_index=True)
    n_all = len(parent)
    counts = np.bincount(pidx, minlength=n_all)
    stop_all = np.cumsum(counts)
    start_all = stop_all - counts
    number = np.arange(n_all) - np.searchsorted(parent, parent)
    usable = counts >= 2
    renumber = np.where(usable, np.cumsum(usable) - 1, -1)
    return _Parts(
        coords,
        start_all[usable],
        stop_all[usable],
        parent[usable],
        number[usable],
        parent[pidx],
        renumber[pidx],
        geoms,
    )


def line_ends(geoms):
    """(starts (n, 2), ends (n, 2)) of each line: a multi-line gives the start of its first
    part and the end of its last part; None or empty gives nan."""
    geoms = np.asarray(geoms, dtype=object)
    parts = _parts(geoms)
    starts = np.full((len(geoms), 2), np.nan)
    ends = np.full((len(geoms), 2), np.nan)
    if parts.n:
        ends[parts.parent] = parts.coords[parts.stop - 1]  # last part wins
        first = np.unique(parts.parent, return_index=True)[1]
        starts[parts.parent[first]] = parts.coords[parts.start[first]]
    return starts, ends


def _nearest(key, dist, size):
    """Per key 0..size-1: (row of the smallest ``dist``, or -1; that distance, or inf)."""
    best = np.full(size, -1, dtype=np.int64)
    best_d = np.full(size, np.inf)
    if len(key):
        order = np.lexsort((dist, key))
        keys, first = np.unique(key[order], return_index=True)
        best[keys] = order[first]
        best_d[keys] = dist[order[first]]
    return best, best_d


# -- snapping --------------------------------------------------------------------------------
@dataclass
class SnapResult:
    """Snapped copies of the lines and every join and near miss (records of dtype RECORD:
    line, part, end 0 start / 1 end, x, y of the end before snapping, distance in metres,
    kind end|line|target, other line (target index for kind target)). ``geoms`` (the snapped
    copies) is built when first asked for."""

    source: np.ndarray
    joins: np.ndarray
    near_misses: np.ndarray
    tolerance: float
    near: float
    geographic: bool = False
    parts: Optional[_Parts] = None  # snapped coordinates
    # per end (2P): cluster root end (self if alone)
    node: Optional[np.ndarray] = field(default=None)
    # per end: part it snapped onto, or -1
    end_other_part: Optional[np.ndarray] = field(default=None)
    near_end: Optional[np.ndarray] = field(default=None)  # per near miss: its end (2 part + 0|1)

    @property
    def geoms(self) -> np.ndarray:
        """Snapped 2D copies of the input lines (None stays None)."""
        if getattr(self, "_geoms", None) is None:
            self._geoms = _rebuild(self.source, cast(_Parts, self.parts).coords)
        return self._geoms

    def pairs(self) -> np.ndarray:
        """(k, 2) sorted unique pairs (i < j) of lines joined at an end (end or line joins)."""
        rec = self.joins[self.joins["kind"] != "target"]
        if len(rec) == 0:
            return np.zeros((0, 2), dtype=np.int64)
        a, b = rec["line"], rec["other"]
        keep = a != b
        pairs = np.column_stack([np.minimum(a, b), np.maximum(a, b)])[keep]
        return np.unique(pairs, axis=0) if len(pairs) else np.zeros((0, 2), dtype=np.int64)

    def near_miss_params(self):
        """{count, lo, hi, suggest} of the near misses (None when there are none)."""
        return near_miss_params(self.near_misses)

    def near_miss_warning(self, template=None):
        """A NuudelError (template + values) saying where lines were not joined, or None."""
        params = self.near_miss_params()
        if params is None:
            return None
        template = template or tr(
            "{count} line ends lie {lo}–{hi} m from another line; they "
            "are not joined. If these are digitising gaps, set "
            "JOIN_TOLERANCE to {suggest} m."
        )
        return NuudelError(template, **params)

    def summary(self, translate=None) -> str:
        """One line for the log: joins by kind and near misses."""
        template = tr(
            "Join tolerance {tolerance} m: {ends} ends joined to ends, {lines} to "
            "lines, {targets} to targets; {near} near misses within {near_m} m."
        )
        kinds = self.joins["kind"]
        text = translate(template) if translate else template
        return text.format(
            tolerance=_num(self.tolerance),
            ends=int((kinds == "end").sum()),
            lines=int((kinds == "line").sum()),
            targets=int((kinds == "target").sum()),
            near=len(self.near_misses),
            near_m=_num(self.near),
        )


def near_miss_params(near_misses):
    """{count, lo, hi, suggest} of near-miss records (None when there are none): their number,
    the distance range (text, 0.1 m) and a JOIN_TOLERANCE that would join them all."""
    if len(near_misses) == 0:
        return None
    d = near_misses["distance"]
    return {
        "count": len(d),
        "lo": _num(d.min()),
        "hi": _num(d.max()),
        "suggest": _num(suggest_tolerance(d.max())),
    }


def suggest_tolerance(distance_m) -> float:
    """A JOIN_TOLERANCE that joins gaps up to ``distance_m``: the next multiple of 5 m above."""
    return 5.0 * np.floor(float(distance_m) / 5.0) + 5.0


def _num(value) -> str:
    return f"{round(float(value), 1):g}"


def _target_parts(targets) -> _Parts:
    if targets is None:
        return _parts(np.zeros(0, dtype=object))
    targets = np.asarray(targets, dtype=object)
    ok = np.array([t is not None for t in targets], dtype=bool)
    lines = np.full(len(targets), None, dtype=object)
    if ok.any():
        t = shapely.force_2d(targets[ok])
        poly = np.isin(shapely.get_type_id(t), (3, 6))
        t[poly] = shapely.boundary(t[poly])
        lines[ok] = t
    return _parts(lines)


def _grid_pairs(xy, cell):
    """Index pairs (a, b), a < b, of points that may lie within ``cell`` of each other: points
    are binned on a grid of that size and each bin is matched with itself and its neighbours.
    Vectorised: sort + searchsorted."""
    # any cell of at least ``cell`` finds every pair; a floor keeps the keys in int64
    extent = float(max(np.ptp(xy[:, 0]), np.ptp(xy[:, 1]))) if len(xy) else 0.0
    cell = max(float(cell), extent / 2.0**20, 1e-9)
    cx = np.floor(xy[:, 0] / cell).astype(np.int64)
    cy = np.floor(xy[:, 1] / cell).astype(np.int64)
    cy0 = cy.min()
    span = int(cy.max() - cy0) + 3
    key = (cx - cx.min() + 1) * span + (cy - cy0 + 1)
    order = np.argsort(key, kind="stable")
    sorted_key = key[order]
    pairs_a, pairs_b = [], []
    for dx, dy in ((0, 0), (1, -1), (1, 0), (1, 1), (0, 1)):
        target = key + dx * span + dy
        lo = np.searchsorted(sorted_key, target, side="left")
        hi = np.searchsorted(sorted_key, target, side="right")
        count = hi - lo
        if not count.any():
            continue
        a = np.repeat(np.arange(len(key)), count)
        b = order[_ranges(lo, count)]
        if dx == 0 and dy == 0:
            keep = a < b  # each pair once within a bin
            a, b = a[keep], b[keep]
        pairs_a.append(a)
        pairs_b.append(b)
    if not pairs_a:
        return _EMPTY_I, _EMPTY_I
    a, b = np.concatenate(pairs_a), np.concatenate(pairs_b)
    return np.minimum(a, b), np.maximum(a, b)


def _end_candidates(ends, owner, radius, groups, geographic, near_m):
    """(a, b, metres) of end pairs of different parts within ``near_m``, both ways round."""
    if len(ends) < 2:
        return _EMPTY_I, _EMPTY_I, np.zeros(0)
    a, b = _grid_pairs(ends, max(radius, 1e-9))
    keep = owner[a] != owner[b]
    if groups is not None:
        keep &= groups[a] == groups[b]
    a, b = a[keep], b[keep]
    d = distances(ends[a], ends[b], geographic)
    keep = d <= near_m
    a, b, d = a[keep], b[keep], d[keep]
    return np.concatenate([a, b]), np.concatenate([b, a]), np.concatenate([d, d])


def _line_candidates(points, lines: _Parts, radius, geographic, exclude=None, groups=None):
    """Nearest point on ``lines`` of each point within ``radius``: (point, part, foot (k, 2),
    metres) per point that has a line near, over the segments of the candidate features,
    measured in local frames. ``exclude``: a part index per point never matched (its own
    part); ``groups``: (group per point, group per feature), only equal groups match."""
    if lines.n == 0 or len(points) == 0:
        return _EMPTY_I, _EMPTY_I, np.zeros((0, 2)), np.zeros(0)
    feats = np.unique(lines.parent)
    tree = shapely.STRtree(cast(np.ndarray, lines.geoms)[feats])
    p, f = tree.query(shapely.points(points), predicate="dwithin", distance=radius)
    f = feats[f]
    if groups is not None:
        keep = groups[0][p] == groups[1][f]
        p, f = p[keep], f[keep]
    if len(p) == 0:
        return _EMPTY_I, _EMPTY_I, np.zeros((0, 2)), np.zeros(0)
    first = np.searchsorted(lines.vertex_feature, f)
    nseg = np.searchsorted(lines.vertex_feature, f, side="right") - first - 1
    rep = np.repeat(np.arange(len(p)), nseg)
    j = _ranges(first, nseg)
    vp = lines.vertex_part
    keep = (vp[j] >= 0) & (vp[j] == vp[j + 1])
    if exclude is not None:
        keep &= vp[j] != exclude[p[rep]]
    rep, j = rep[keep], j[keep]
    origin = points[p[rep]]
    a = local_offsets(origin, lines.coords[j], geographic)
    b = local_offsets(origin, lines.coords[j + 1], geographic)
    d = b - a
    den = (d * d).sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        t = np.where(den > 0, -(a * d).sum(axis=1) / den, 0.0)
    t = np.clip(t, 0.0, 1.0)
    dist = np.hypot(*(a + t[:, None] * d).T)
    best, best_d = _nearest(p[rep], dist, len(points))  # nearest segment of each point
    found = np.flatnonzero(best >= 0)
    k = best[found]
    ca, cb = lines.coords[j[k]], lines.coords[j[k] + 1]
    foot = ca + t[k][:, None] * (cb - ca)
    return found, vp[j[k]], foot, best_d[found]


def _part_geoms(parts: _Parts):
    counts = parts.stop - parts.start
    idx = _ranges(parts.start, counts)
    return shapely.linestrings(parts.coords[idx], indices=np.repeat(np.arange(parts.n), counts))


def _ranges(start, counts):
    """Concatenated aranges start[i] .. start[i] + counts[i]."""
    total = int(counts.sum())
    return np.repeat(start - np.cumsum(counts) + counts, counts) + np.arange(total)


def _take(values, idx, default=-1):
    """``values[idx]`` where idx >= 0, else ``default`` (also when ``values`` is empty)."""
    idx = np.asarray(idx, dtype=np.int64)
    values = np.asarray(values)
    if len(values) == 0:
        return np.full(len(idx), default, dtype=values.dtype if values.dtype != bool else bool)
    return np.where(idx >= 0, values[np.maximum(idx, 0)], default)


def _records(n, **columns):
    rec = np.zeros(n, dtype=RECORD)
    for key, value in columns.items():
        rec[key] = value
    return rec


@dataclass
class _Clusters:
    """Per end: its cluster's first end, its nearest other end (-1) and that distance (inf),
    whether it moved and whether it is joined to another end."""

    node: np.ndarray
    nearest: np.ndarray
    nearest_d: np.ndarray
    moved: np.ndarray
    joined: np.ndarray


@dataclass
class _LineSnaps:
    """Candidate points of the free ends on lines and targets, and each end's nearest one."""

    line: np.ndarray  # the part or target part of each candidate
    target: np.ndarray  # the candidate lies on a target
    foot: np.ndarray  # (k, 2) the nearest point on it
    owner: np.ndarray  # its feature or target feature
    kind: np.ndarray  # "line" or "target"
    best: np.ndarray  # per end: its nearest candidate (-1: none)
    dist: np.ndarray  # per end: the distance to it (inf: none)
    snap: np.ndarray  # per end: snapped onto its nearest candidate (within the tolerance)


def snap_ends(
    geoms, tolerance, targets=None, near=NEAR_M, geographic=False, groups=None
) -> SnapResult:
    """Snap every line end to ends, then to lines or ``targets``, within ``tolerance`` metres;
    report joins and near misses (see the module doc). ``groups``: a key per line; lines of
    different keys are never joined (targets join any line)."""
    geoms = np.asarray(geoms, dtype=object)
    tolerance = max(float(tolerance), 0.0)
    near = max(float(near), tolerance)
    parts = _parts(geoms)
    ends = parts.ends()
    end_part = np.repeat(np.arange(parts.n), 2)
    end_group, key = _end_groups(groups, parts, end_part)
    radius = search_radius(near, ends, geographic)
    # 1. ends to ends: clusters of ends within the tolerance
    a, b, d = _end_candidates(ends, end_part, radius, end_group, geographic, near)
    clusters = _cluster_ends(2 * parts.n, a, b, d, tolerance)
    # 2. free ends to lines and targets
    free = np.flatnonzero(~clusters.joined)
    groups_free = None if end_group is None else (end_group[free], key)
    snaps = _snap_to_lines(
        ends,
        parts,
        free,
        end_part,
        groups_free,
        _target_parts(targets),
        radius,
        geographic,
        tolerance,
    )
    coords, end_other_part = _snapped_coords(parts, ends, clusters, snaps)
    joins = _join_records(parts, ends, end_part, clusters, snaps, geographic)
    e_miss, near_misses = _near_misses(parts, ends, end_part, clusters, snaps, tolerance, near)
    sp = _Parts(
        coords,
        parts.start,
        parts.stop,
        parts.parent,
        parts.part,
        parts.vertex_feature,
        parts.vertex_part,
        parts.geoms,
    )
    return SnapResult(
        geoms,
        joins,
        near_misses,
        tolerance,
        near,
        geographic,
        sp,
        clusters.node,
        end_other_part,
        e_miss,
    )


def _end_groups(groups, parts: _Parts, end_part):
    """The group number of each end and of each line (None, None without ``groups``)."""
    if groups is None:
        return None, None
    key = np.unique(np.asarray(groups, dtype=object).astype(str), return_inverse=True)[1]
    return key[parts.parent][end_part], key


def _cluster_ends(n_end, a, b, d, tolerance) -> _Clusters:
    """Clusters of the ends within ``tolerance`` of each other, from the end pairs (a, b) at
    distance d."""
    close = d <= tolerance
    node = components(n_end, a[close], b[close]) if n_end else _EMPTY_I
    nearest_end, nearest_end_d = _nearest(a, d, n_end)
    nearest_end = _take(b, nearest_end)
    moved = node != np.arange(n_end)
    joined_end = moved.copy()
    joined_end[node[moved]] = True  # the first end of a cluster is joined too
    return _Clusters(node, nearest_end, nearest_end_d, moved, joined_end)


def _snap_to_lines(
    ends, parts: _Parts, free, end_part, groups_free, tparts: _Parts, radius, geographic, tolerance
) -> _LineSnaps:
    """The nearest point of each free end on another line (of its group) or on a target."""
    lp, ll, lfoot, ld = _line_candidates(
        ends[free], parts, radius, geographic, exclude=end_part[free], groups=groups_free
    )
    tp, tl, tfoot, td = _line_candidates(ends[free], tparts, radius, geographic)
    cand_e = np.concatenate([free[lp], free[tp]])
    cand_target = np.concatenate([np.zeros(len(ll), bool), np.ones(len(tl), bool)])
    cand_d = np.concatenate([ld, td])
    best, line_d = _nearest(cand_e, cand_d, len(ends))
    # what each candidate line is: a part (its feature) or a target (its target feature)
    owner = np.concatenate(
        [parts.parent[ll] if len(ll) else _EMPTY_I, tparts.parent[tl] if len(tl) else _EMPTY_I]
    )
    return _LineSnaps(
        np.concatenate([ll, tl]),
        cand_target,
        np.concatenate([lfoot, tfoot]),
        owner,
        np.where(cand_target, "target", "line"),
        best,
        line_d,
        (best >= 0) & (line_d <= tolerance),
    )


def _snapped_coords(parts: _Parts, ends, clusters: _Clusters, snaps: _LineSnaps):
    """The part vertices with every joined end moved, and the part each end was snapped onto
    (-1: none or a target)."""
    n_end = len(ends)
    moved, node = clusters.moved, clusters.node
    coords = parts.coords.copy()
    vertex = np.empty(n_end, dtype=np.int64)
    vertex[0::2], vertex[1::2] = parts.start, parts.stop - 1
    coords[vertex[moved]] = ends[node[moved]]
    e_line = np.flatnonzero(snaps.snap)
    coords[vertex[e_line]] = snaps.foot[snaps.best[e_line]]
    end_other_part = np.full(n_end, -1, dtype=np.int64)
    on_part = e_line[~snaps.target[snaps.best[e_line]]]
    end_other_part[on_part] = snaps.line[snaps.best[on_part]]
    return coords, end_other_part


def _join_records(
    parts: _Parts, ends, end_part, clusters: _Clusters, snaps: _LineSnaps, geographic
):
    """Join records: moved ends (to their cluster's first end), ends onto lines and targets."""
    node = clusters.node
    e_end = np.flatnonzero(clusters.moved)
    e_line = np.flatnonzero(snaps.snap)
    je = np.concatenate([e_end, e_line])
    jd = np.concatenate([distances(ends[e_end], ends[node[e_end]], geographic), snaps.dist[e_line]])
    joins = _records(
        len(je),
        line=parts.parent[end_part[je]],
        part=parts.part[end_part[je]],
        end=je % 2,
        x=ends[je, 0],
        y=ends[je, 1],
        distance=jd,
        kind=np.concatenate(
            [np.full(len(e_end), "end"), _take(snaps.kind, snaps.best[e_line], "")]
        ),
        other=np.concatenate(
            [parts.parent[end_part[node[e_end]]], _take(snaps.owner, snaps.best[e_line])]
        ),
    )
    return joins[np.lexsort((joins["end"], joins["part"], joins["line"]))]


def _near_misses(
    parts: _Parts, ends, end_part, clusters: _Clusters, snaps: _LineSnaps, tolerance, near
):
    """Ends joined to nothing with an end or a line within ``near`` (a pair of ends that are
    each other's nearest is one near miss): their ends and records."""
    n_end = len(ends)
    nearest_end, nearest_end_d = clusters.nearest, clusters.nearest_d
    unjoined = ~clusters.joined & ~snaps.snap
    line_dist = np.where(snaps.best >= 0, snaps.dist, np.inf)
    near_d = np.minimum(nearest_end_d, line_dist)
    miss = unjoined & (near_d <= near)
    with np.errstate(invalid="ignore"):
        is_end = miss & (nearest_end_d <= line_dist + max(tolerance, 1e-9))
    partner = np.where(is_end, nearest_end, -1)
    mutual = is_end & (partner >= 0)
    mutual[mutual] &= nearest_end[partner[mutual]] == np.flatnonzero(mutual)
    mutual[mutual] &= unjoined[partner[mutual]] & is_end[partner[mutual]]
    miss &= ~(mutual & (partner < np.arange(n_end)))
    e_miss = np.flatnonzero(miss)
    end_kind = is_end[e_miss]
    near_misses = _records(
        len(e_miss),
        line=parts.parent[end_part[e_miss]],
        part=parts.part[end_part[e_miss]],
        end=e_miss % 2,
        x=ends[e_miss, 0],
        y=ends[e_miss, 1],
        distance=np.where(end_kind, nearest_end_d[e_miss], line_dist[e_miss]),
        kind=np.where(end_kind, "end", _take(snaps.kind, snaps.best[e_miss], "")),
        other=np.where(
            end_kind,
            _take(parts.parent[end_part], nearest_end[e_miss]),
            _take(snaps.owner, snaps.best[e_miss]),
        ),
    )
    return e_miss, near_misses


def _rebuild(geoms, coords):
    """Copies of ``geoms`` (2D) with the part vertices replaced by ``coords``."""
    out = np.asarray(geoms, dtype=object).copy()
    present = np.array([g is not None for g in out], dtype=bool)
    if not present.any():
        return out
    # ``coords`` holds every vertex of the present geometries in order (short parts too)
    out[present] = shapely.set_coordinates(shapely.force_2d(out[present]), coords)
    return out


def end_pairs(geoms, tolerance, geographic=False, groups=None) -> np.ndarray:
    """(k, 2) pairs (i < j) of lines joined at an end within ``tolerance`` metres: end to end
    or an end onto the other line (what barrier runs and meshes need for union-find)."""
    return snap_ends(geoms, tolerance, near=tolerance, geographic=geographic, groups=groups).pairs()


# -- routes through junctions ----------------------------------------------------------------
PIECE = np.dtype([("line", np.int64), ("part", np.int64), ("reversed", bool)])


@dataclass
class RoutePieces:
    """Route pieces: ``chains[k]`` is an ordered array of PIECE records (line, part, reversed)
    walked from chainage 0; ``part_index[k]`` the same parts as indices into ``snap.parts``.
    ``group`` (the group value, 0 without groups) and ``component`` (0, 1, ... within the
    group, by first line) per piece. :meth:`stats` says why a route became several pieces."""

    chains: list
    part_index: list
    group: np.ndarray
    component: np.ndarray
    snap: SnapResult
    group_values: np.ndarray
    part_group: np.ndarray
    part_component: np.ndarray
    piece_group: np.ndarray  # group number per piece
    loop: np.ndarray  # per piece: a closed ring

    @property
    def why(self) -> dict:
        """{group value: stats} (see :meth:`stats`)."""
        return self.stats(by_component=False)

    def stats(self, by_component=False) -> dict:
        """Per group (or per (group, component)): {"pieces", "components", "junctions" (places
        where three or more ends meet), "branches" (ends joined onto another line), "loops",
        "near_misses" (ends not joined, within the near-miss distance)}."""
        if by_component:
            width = int(self.part_component.max()) + 1 if len(self.part_component) else 1
            part_key = self.part_group * width + self.part_component
            piece_key = self.piece_group * width + self.component
        else:
            part_key, piece_key = self.part_group, self.piece_group
        snap = self.snap
        node = cast(np.ndarray, snap.node)
        size = np.bincount(node, minlength=len(node)) if len(node) else _EMPTY_I
        junction_part = np.flatnonzero(size >= 3) // 2
        branch_part = np.flatnonzero(cast(np.ndarray, snap.end_other_part) >= 0) // 2
        miss_part = np.asarray(snap.near_end, dtype=np.int64) // 2
        out = {}
        for key in np.unique(part_key).tolist():
            parts = part_key == key
            name = self.group_values[key // width] if by_component else self.group_values[key]
            name = (name, key % width) if by_component else name
            mine = piece_key == key
            out[name] = {
                "pieces": int(mine.sum()),
                "components": len(np.unique(self.part_component[parts])),
                "junctions": int(parts[junction_part].sum()),
                "branches": int(parts[branch_part].sum()),
                "loops": int((mine & self.loop).sum()),
                "near_misses": int(parts[miss_part].sum()),
            }
        return out

    def lines(self, coords=None):
        """The pieces as LineStrings: the snapped vertices, or ``coords`` (the same vertices of
        the parts in another CRS, (V, 2)); the first vertex of each joined part is dropped."""
        parts = self.snap.parts
        coords = parts.coords if coords is None else np.asarray(coords, dtype=float)
        out = np.empty(len(self.chains), dtype=object)
        for k, idx in enumerate(self.part_index):
            rev = self.chains[k]["reversed"]
            pieces = []
            for i, (p, r) in enumerate(zip(idx.tolist(), rev.tolist())):
                v = np.arange(parts.start[p], parts.stop[p])
                v = v[::-1] if r else v
                pieces.append(v if i == 0 else v[1:])
            out[k] = shapely.linestrings(coords[np.concatenate(pieces)])
        return out


def _arm_directions(parts: _Parts, geographic):
    """Unit vectors (2P, 2), metric, pointing from each end into its line."""
    c = parts.coords
    inner = np.empty(2 * parts.n, dtype=np.int64)
    inner[0::2] = parts.start + 1
    inner[1::2] = parts.stop - 2
    ends = parts.ends()
    d = local_offsets(ends, c[inner], geographic)
    norm = np.hypot(*d.T)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(norm[:, None] > 0, d / norm[:, None], 0.0)


def _pair_arms(node, direction):
    """Partner end of each end at its node (-1: the piece ends there): two arms pair up
    whatever the angle; at a junction arms pair by smallest deflection, greedily."""
    n_end = len(node)
    partner = np.full(n_end, -1, dtype=np.int64)
    if n_end == 0:
        return partner, 0
    size = np.bincount(node, minlength=n_end)[node]
    two = np.flatnonzero(size == 2)
    if len(two):
        order = two[np.argsort(node[two], kind="stable")]
        a, b = order[0::2], order[1::2]
        partner[a], partner[b] = b, a
    big = np.flatnonzero(size >= 3)
    big = big[np.argsort(node[big], kind="stable")]
    cuts = np.flatnonzero(np.diff(node[big])) + 1
    groups = np.split(big, cuts) if len(big) else []
    junctions = len(groups)
    for arms in groups:
        u = direction[arms]
        # deflection of going in along arm i and out along arm j: angle between -u_i and u_j
        cos = np.clip(-(u @ u.T), -1.0, 1.0)
        defl = np.arccos(cos)
        i, j = np.triu_indices(len(arms), 1)
        used = np.zeros(len(arms), dtype=bool)
        for k in np.lexsort((j, i, defl[i, j])).tolist():
            if not used[i[k]] and not used[j[k]]:
                used[i[k]] = used[j[k]] = True
                partner[arms[i[k]]], partner[arms[j[k]]] = arms[j[k]], arms[i[k]]
    return partner, junctions


def _walk(n_parts, partner):
    """Chains of (part, reversed) following partners; open chains first, then loops."""
    visited = np.zeros(n_parts, dtype=bool)
    chains, loops = [], 0
    free = partner < 0
    starts = [(p, False) for p in range(n_parts) if free[2 * p]]
    starts += [(p, True) for p in range(n_parts) if free[2 * p + 1] and not free[2 * p]]
    for first in range(2):
        todo = starts if first == 0 else [(p, False) for p in range(n_parts)]
        for p, rev in todo:
            if visited[p]:
                continue
            chain = []
            while not visited[p]:
                visited[p] = True
                chain.append((p, rev))
                exit_end = 2 * p + (0 if rev else 1)
                nxt = partner[exit_end]
                if nxt < 0:
                    break
                p, rev = int(nxt // 2), bool(nxt % 2)
            chains.append(chain)
            loops += first
    return chains, loops


def route_pieces(geoms, tolerance, groups=None, geographic=False, near=NEAR_M) -> RoutePieces:
    """Routes through junctions: lines joined at their ends (within ``tolerance`` metres, only
    within one ``groups`` value) are chained; where more than two ends meet, a route goes on
    along the arm that continues it most straightly (smallest deflection) and the other arms
    become pieces of their own. An end snapped onto the middle of another line (a T) ends its
    piece. Each piece runs in the direction of most of its lines (by length); pieces are
    ordered by group, component (by its first line), then longest first."""
    snap = snap_ends(geoms, tolerance, near=near, geographic=geographic, groups=groups)
    parts = cast(_Parts, snap.parts)
    n_parts = parts.n
    partner, _ = _pair_arms(snap.node, _arm_directions(parts, geographic))
    chains, _ = _walk(n_parts, partner)
    length = lengths_m(_part_geoms(parts), geographic) if n_parts else np.zeros(0)
    oriented = _oriented(chains, length)
    values, key = _group_keys(geoms, groups)
    part_group = key[parts.parent] if n_parts else _EMPTY_I
    part_comp = _component_numbers(part_group, _part_components(snap, n_parts), n_parts)
    first_line = np.array([p.min() for p, _ in oriented], dtype=np.int64)
    piece_length = np.array([length[p].sum() for p, _ in oriented], dtype=float)
    piece_group = part_group[first_line] if len(oriented) else _EMPTY_I
    piece_comp = part_comp[first_line] if len(oriented) else _EMPTY_I
    order = np.lexsort((first_line, -piece_length, piece_comp, piece_group))
    oriented = [oriented[k] for k in order.tolist()]
    loops = np.array([_is_loop(c, partner) for c in oriented], dtype=bool)
    chain_recs = []
    for p, r in oriented:
        rec = np.zeros(len(p), dtype=PIECE)
        rec["line"], rec["part"], rec["reversed"] = parts.parent[p], parts.part[p], r
        chain_recs.append(rec)
    return RoutePieces(
        chain_recs,
        [p for p, _ in oriented],
        values[piece_group[order]],
        piece_comp[order],
        snap,
        values,
        part_group,
        part_comp,
        piece_group[order],
        loops,
    )


def _oriented(chains, length):
    """Each chain as (parts, reversed), turned to run in the direction of most of its length."""
    oriented = []
    for chain in chains:
        p = np.array([c[0] for c in chain], dtype=np.int64)
        r = np.array([c[1] for c in chain], dtype=bool)
        if float(np.sum(np.where(r, -length[p], length[p]))) < 0:
            p, r = p[::-1], ~r[::-1]
        oriented.append((p, r))
    return oriented


def _group_keys(geoms, groups):
    """(the distinct group values as text, the group index of each line); one group of all
    lines without ``groups``."""
    if groups is None:
        return np.zeros(1, dtype=np.int64), np.zeros(
            len(np.asarray(geoms, dtype=object)), dtype=np.int64
        )
    text = np.asarray(groups, dtype=object).astype(str)
    values, key = np.unique(text, return_inverse=True)
    return values, key


def _part_components(snap, n_parts):
    """The component root of each part: parts joined at their ends or onto lines."""
    u = np.arange(2 * n_parts) // 2
    if not n_parts:
        return u
    v = cast(np.ndarray, snap.node) // 2
    end_other_part = cast(np.ndarray, snap.end_other_part)
    on = end_other_part >= 0
    return components(n_parts, np.concatenate([u, u[on]]), np.concatenate([v, end_other_part[on]]))


def _component_numbers(part_group, comp_root, n_parts):
    """The number of each part's component within its group, by the component's first part."""
    if not n_parts:
        return _EMPTY_I
    comp_first = np.full(n_parts, n_parts, dtype=np.int64)
    np.minimum.at(comp_first, comp_root, np.arange(n_parts))
    pairs, inv = np.unique(
        np.column_stack([part_group, comp_first[comp_root]]), axis=0, return_inverse=True
    )
    inv = np.asarray(inv).ravel()
    group_start = np.searchsorted(pairs[:, 0], pairs[:, 0])
    return (np.arange(len(pairs)) - group_start)[inv]


def _is_loop(chain, partner):
    p, r = chain
    last_exit = 2 * p[-1] + (0 if r[-1] else 1)
    first_entry = 2 * p[0] + (1 if r[0] else 0)
    return bool(partner[last_exit] == first_entry)
