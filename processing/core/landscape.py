"""Landscape permeability per species: patches, meshes and the effective mesh size (QGIS-free).

Inputs are planar metric geometries (the adapter reads every layer into one local transverse
Mercator): reporting units (polygons), candidate cutting lines (fences, roads, other barriers,
the planned alignment), crossing points; plus, per species, which lines cut and which crossings
are suitable (from the same cores as the fence audit and the crossing spacing check).

One polygonize for everything (the performance design): every candidate line (ends snapped with
core/topology.py) and every unit boundary are noded together once and polygonized into *atomic
faces*; each noded edge knows the lines it lies on and the (up to two) faces beside it. Then, per
species (species with the same cutting lines and crossings share one computation) and state
(before / after the alignment), faces are merged across every edge that does not cut, and across
suitable crossings, with a vectorised union-find (core/graph.py): the components are the meshes.
No overlay is repeated per species.

- A line that ends inside the region without meeting another cutting line or the region's edge
  bounds no face on its own, so it splits nothing (animals walk round its end).
- A crossing within the snap tolerance of a cutting edge joins the two faces of the nearest
  cutting edge (per species: the nearest edge that cuts for that species).
- CBC (Moser et al. 2007): meff(U) = sum over meshes of a_inside(U) x a_complete / A_U.
- CUT (Jaeger 2000): the unit's boundary cuts too and only crossings inside U join: the graph
  is restricted to the faces of U; meff_cut(U) = sum a_i^2 / A_U.
Areas and lengths go through ``Measure`` (the adapter gives true ellipsoidal ones).
"""

import time
from dataclasses import dataclass, field
from typing import Optional, cast

import numpy as np
import shapely

from . import fence, spacing, traffic
from .graph import components
from .text import NuudelError, tr
from .topology import NEAR_M, snap_ends

FENCE, ROAD, OTHER, ALIGNMENT = range(4)
KIND_CODES = ("fence", "road", "other", "alignment")
OVERSHOOT_M = 0.01  # a snapped end is carried this far past the line it meets (noding)
CHUNK_SEGMENTS = 16  # lines are snapped as pieces of at most this many segments
ON_LINE_M = 1e-6  # an edge lies on a line when the point half way along it is this close
_EMPTY_I = np.zeros(0, dtype=np.int64)


@dataclass
class Measure:
    """How the core measures: m² of polygons and m of lines (default planar)."""

    areas: object = shapely.area
    lengths: object = shapely.length


# -- what cuts, per species -----------------------------------------------------------------------
def fence_cuts(
    profile,
    species,
    columns,
    units="centimetres",
    unknown_as_barrier=True,
    no_geometry=None,
    field_names=None,
):
    """({code: bool per fence}, FenceResult): segments whose verdict (the audit's rules) is
    barrier, or unknown when ``unknown_as_barrier``. ``columns``: type, height, bottom,
    top_gap, barbed (lists)."""
    result = fence.evaluate(
        profile,
        species,
        columns["type"],
        columns["height"],
        columns["bottom"],
        columns["top_gap"],
        columns["barbed"],
        units=units,
        no_geometry=no_geometry,
        field_names=field_names,
    )
    cuts = {}
    for code in species:
        verdict = result.verdicts[code]
        cut = verdict == fence.BARRIER
        if unknown_as_barrier:
            cut |= verdict == fence.UNKNOWN
        cuts[code] = cut
    return cuts, result


def road_cuts(profile, values=None):
    """(cut, unknown) per road: every road without a traffic column (the EEA convention); with
    one, roads at or above landscape.road_barrier_vpd and roads of unknown traffic."""
    if values is None:
        return None, None
    limit = float(traffic.require_section(profile, "landscape")["road_barrier_vpd"]["value"])
    aadt, status = traffic.parse_numbers(values)
    unknown = (status != traffic.OK) | (np.nan_to_num(aadt, nan=0.0) < 0)
    return unknown | (np.nan_to_num(aadt, nan=0.0) >= limit), unknown


def crossing_suitability(profile, species, types, width, height, length, fields=None):
    """{code: bool per crossing} suitable (the crossing spacing check's rules), and the
    Suitability behind it."""
    suit = spacing.evaluate_crossings(types, width, height, length, profile, species, fields)
    return {code: suit.status[:, s] == spacing.SUITABLE for s, code in enumerate(species)}, suit


# -- the one polygonize ---------------------------------------------------------------------------
@dataclass
class Lines:
    """Candidate cutting lines as single parts: geometry, kind, feature index in its layer."""

    geoms: np.ndarray
    kind: np.ndarray
    feature: np.ndarray

    @classmethod
    def from_layers(cls, fences=None, roads=None, others=None, alignment=None):
        geoms, kinds, feats = [], [], []
        for kind, layer in (
            (FENCE, fences),
            (ROAD, roads),
            (OTHER, others),
            (ALIGNMENT, alignment),
        ):
            if layer is None or len(layer) == 0:
                continue
            layer = np.asarray(layer, dtype=object)
            present = np.flatnonzero([g is not None for g in layer])
            if len(present) == 0:
                continue
            parts, parent = shapely.get_parts(
                shapely.force_2d(layer[present].astype(object)), return_index=True
            )
            keep = (shapely.get_type_id(parts) == 1) & (shapely.length(parts) > 0)
            geoms.append(parts[keep])
            kinds.append(np.full(int(keep.sum()), kind, dtype=np.int8))
            feats.append(present[parent[keep]])
        if not geoms:
            return cls(np.empty(0, dtype=object), np.zeros(0, dtype=np.int8), _EMPTY_I)
        return cls(np.concatenate(geoms), np.concatenate(kinds), np.concatenate(feats))

    def cuts(self, fence_cut=None, road_cut=None) -> np.ndarray:
        """Per line: cuts for one species. ``fence_cut``/``road_cut`` per feature of their
        layer (None: every road cuts; fences without a verdict never do); other barriers
        always cut; alignment lines never (they cut in the after state only)."""
        out = self.kind == OTHER
        for kind, values, default in ((FENCE, fence_cut, False), (ROAD, road_cut, True)):
            sel = self.kind == kind
            if not sel.any():
                continue
            if values is None:
                out[sel] = default
            else:
                out[sel] = np.asarray(values, dtype=bool)[self.feature[sel]]
        return out


def relevant(lines: Lines, line_cut):
    """(lines, line_cut) ready for the one polygonize: without the lines that cut for no
    species in any state (permeable fences, quiet roads: they bound nothing), and with the
    lines of the same kind that cut for the same species merged where they meet end to end
    (a fence of 50 segments becomes one line: fewer ends to snap, fewer lines to attribute).
    The merged lines' ``feature`` is -1."""
    codes = list(line_cut)
    cuts = (
        np.stack([np.asarray(line_cut[c], dtype=bool) for c in codes], axis=1)
        if codes
        else np.zeros((len(lines.geoms), 0), dtype=bool)
    )
    keep = (lines.kind == ALIGNMENT) | cuts.any(axis=1)
    geoms, kind, cuts = lines.geoms[keep], lines.kind[keep], cuts[keep]
    if len(geoms) == 0:
        return Lines(geoms, kind, lines.feature[keep]), {c: cuts[:, i] for i, c in enumerate(codes)}
    signature = np.column_stack([kind.astype(np.int64), cuts.astype(np.int64)])
    rows, group = _unique_rows(signature)
    order = np.argsort(group, kind="stable")
    merged = shapely.line_merge(shapely.multilinestrings(geoms[order], indices=group[order]))
    parts, owner = shapely.get_parts(merged, return_index=True)
    groups = np.unique(group)  # multilinestrings numbers its outputs by the groups present
    row = rows[groups[owner]]
    out = Lines(parts, row[:, 0].astype(np.int8), np.full(len(parts), -1, dtype=np.int64))
    return out, {c: row[:, 1 + i].astype(bool) for i, c in enumerate(codes)}


def _unique_rows(rows):
    """(distinct rows in lexicographic order, inverse) of a small non-negative int matrix: the
    rows packed into one int64 key each (np.unique(axis=0) sorts rows as bytes, far slower)."""
    bits = max(int(rows.max()).bit_length(), 1) if rows.size else 1
    if bits * rows.shape[1] > 62:
        distinct, inverse = np.unique(rows, axis=0, return_inverse=True)
        return distinct, inverse.reshape(-1)
    weights = np.left_shift(1, bits * np.arange(rows.shape[1] - 1, -1, -1, dtype=np.int64))
    _keys, first, inverse = np.unique(rows @ weights, return_index=True, return_inverse=True)
    return rows[first], inverse.reshape(-1)


@dataclass
class Network:
    units: np.ndarray
    unit_area: np.ndarray  # m², sum of the unit's faces
    faces: np.ndarray  # atomic faces inside the region
    face_area: np.ndarray  # m²
    memb_face: np.ndarray  # face-unit memberships (face, unit), sorted by face
    memb_unit: np.ndarray
    edges: np.ndarray  # noded edges
    edge_len: np.ndarray  # m, of the edges on candidate lines (0 for the others: they never cut)
    edge_faces: np.ndarray  # (E, 2) face on each side, -1 for none / outside the region
    edge_line: np.ndarray  # pairs (edge, line) of edges lying on candidate lines
    edge_line_line: np.ndarray
    edge_unit: np.ndarray  # pairs (edge, unit): edge on a line, inside or on the unit
    edge_unit_unit: np.ndarray
    snap: object  # topology.SnapResult of the candidate lines
    lines: Optional[Lines] = None
    timings: dict = field(default_factory=dict)


def _overshoot(snap, geoms):
    """Carry every end snapped onto a line or the region's edge OVERSHOOT_M past it (along
    the line's own last segment), so that noding sees a crossing, not a point a rounding error
    off the line."""
    joins = snap.joins[np.isin(snap.joins["kind"], ("line", "target"))]
    if len(joins) == 0:
        return geoms
    coords, idx = shapely.get_coordinates(geoms, return_index=True)
    counts = np.bincount(idx, minlength=len(geoms))
    stop = np.cumsum(counts)
    start = stop - counts
    line, end = joins["line"], joins["end"].astype(bool)
    vertex = np.where(end, stop[line] - 1, start[line])
    inner = np.where(end, stop[line] - 2, start[line] + 1)
    foot = coords[vertex]
    # onwards from the line's last inner vertex through the snapped end: that crosses the line
    # met, whichever side the end was on before snapping
    direction = foot - coords[inner]
    length = np.hypot(*direction.T)
    ok = length > 0
    extra = foot + OVERSHOOT_M * direction / np.where(ok, length, 1.0)[:, None]
    pre = np.full((len(geoms), 2), np.nan)
    post = np.full((len(geoms), 2), np.nan)
    pre[line[ok & ~end]] = extra[ok & ~end]
    post[line[ok & end]] = extra[ok & end]
    has_pre = ~np.isnan(pre[:, 0])
    has_post = ~np.isnan(post[:, 0])
    new_counts = counts + has_pre + has_post
    new_stop = np.cumsum(new_counts)
    new_start = new_stop - new_counts
    out = np.empty((int(new_counts.sum()), 2))
    local = np.arange(len(coords)) - start[idx]
    out[new_start[idx] + has_pre[idx] + local] = coords
    out[new_start[has_pre]] = pre[has_pre]
    out[new_stop[has_post] - 1] = post[has_post]
    return shapely.linestrings(out, indices=np.repeat(np.arange(len(geoms)), new_counts))


def _chunks(geoms, size=None):
    """(pieces, line of each piece): lines cut into pieces of at most ``size`` segments."""
    size = size or CHUNK_SEGMENTS
    if len(geoms) == 0:
        return np.asarray(geoms, dtype=object), _EMPTY_I
    coords, idx = shapely.get_coordinates(geoms, return_index=True)
    counts = np.bincount(idx, minlength=len(geoms))
    segments = counts - 1
    n_pieces = np.maximum(-(-segments // size), 1)
    line = np.repeat(np.arange(len(geoms)), n_pieces)
    piece = np.arange(int(n_pieces.sum())) - np.repeat(np.cumsum(n_pieces) - n_pieces, n_pieces)
    start = np.cumsum(counts) - counts
    first = start[line] + piece * size
    last = start[line] + np.minimum((piece + 1) * size, segments[line])
    sizes = last - first + 1
    vertex = np.repeat(first, sizes) + (
        np.arange(int(sizes.sum())) - np.repeat(np.cumsum(sizes) - sizes, sizes)
    )
    pieces = shapely.linestrings(coords[vertex], indices=np.repeat(np.arange(len(line)), sizes))
    return pieces, line


def _segment_keys(coords_a, coords_b):
    """(n, 4) canonical keys of segments (lower end point first)."""
    swap = (coords_b[:, 0] < coords_a[:, 0]) | (
        (coords_b[:, 0] == coords_a[:, 0]) & (coords_b[:, 1] < coords_a[:, 1])
    )
    lo = np.where(swap[:, None], coords_b, coords_a)
    hi = np.where(swap[:, None], coords_a, coords_b)
    return np.hstack([lo, hi]) + 0.0  # + 0.0: -0.0 becomes 0.0


def _edge_faces(edges, faces):
    """(E, 2) the faces on both sides of each noded edge (-1 where none), by matching each
    edge's first segment with the segments of the faces' rings (exact coordinates: polygonize
    builds the rings from the noded edges)."""
    out = np.full((len(edges), 2), -1, dtype=np.int64)
    if len(edges) == 0 or len(faces) == 0:
        return out
    rings, ring_face = shapely.get_rings(faces, return_index=True)
    rc, ridx = shapely.get_coordinates(rings, return_index=True)
    same = ridx[1:] == ridx[:-1]
    seg_face = ring_face[ridx[:-1][same]]
    seg_keys = _segment_keys(rc[:-1][same], rc[1:][same])
    e0 = shapely.get_coordinates(shapely.get_point(edges, 0))
    e1 = shapely.get_coordinates(shapely.get_point(edges, 1))
    edge_keys = _segment_keys(e0, e1)
    _, inverse = np.unique(np.vstack([edge_keys, seg_keys]), axis=0, return_inverse=True)
    inverse = inverse.reshape(-1)
    ekey, skey = inverse[: len(edges)], inverse[len(edges) :]
    order = np.argsort(skey, kind="stable")
    sorted_key = skey[order]
    lo = np.searchsorted(sorted_key, ekey, side="left")
    hi = np.searchsorted(sorted_key, ekey, side="right")
    has1 = hi > lo
    out[has1, 0] = seg_face[order[lo[has1]]]
    has2 = hi > lo + 1
    out[has2, 1] = seg_face[order[lo[has2] + 1]]
    out[out[:, 0] == out[:, 1], 1] = -1
    return out


def build_network(
    units, lines: Lines, join_tolerance, near=NEAR_M, measure=None, progress=None, boundaries=None
) -> Network:
    """Snap, node and polygonize once (see the module doc).

    ``boundaries``: the units' boundaries as one noded linework (each shared piece once; see
    ``unit_linework``), else the boundary of every unit is noded in."""
    measure = measure or Measure()
    timings, clock = {}, [time.perf_counter()]

    def progress_at(pct, step):
        now = time.perf_counter()
        timings[step] = now - clock[0]
        clock[0] = now
        (progress or (lambda _pct: None))(pct)

    units = np.asarray(units, dtype=object)
    present = _present_units(units)
    if boundaries is None:
        region, boundaries = shapely.union_all(units[present]), shapely.boundary(units[present])
    else:
        region = _linework_region(units[present], boundaries)
    progress_at(5, "region")
    snap, snapped, snapped_line = _snap_lines(lines, region, join_tolerance, near)
    progress_at(20, "snap")
    noded = shapely.unary_union(np.concatenate([snapped, boundaries]).astype(object))
    edges = shapely.get_parts(noded)
    edges = edges[shapely.get_type_id(edges) == 1]
    progress_at(45, "node")
    faces = shapely.get_parts(shapely.polygonize(edges))
    faces = faces[shapely.get_type_id(faces) == 3]
    progress_at(60, "polygonize")
    faces, edge_faces, m_face, m_unit = _inner_faces(units, present, edges, faces)
    face_area = np.asarray(measure.areas(faces), dtype=float) if len(faces) else np.zeros(0)
    unit_area = np.bincount(m_unit, weights=face_area[m_face], minlength=len(units))
    progress_at(75, "faces")
    el_edge, el_line, eu_unit, eu_edge = _edge_links(edges, snapped, snapped_line, units[present])
    edge_len = _line_edge_lengths(edges, el_edge, measure)
    progress_at(90, "edges")
    return Network(
        units=units,
        unit_area=unit_area,
        faces=faces,
        face_area=face_area,
        memb_face=m_face,
        memb_unit=m_unit,
        edges=edges,
        edge_len=edge_len,
        edge_faces=edge_faces,
        edge_line=el_edge,
        edge_line_line=el_line,
        edge_unit=eu_edge,
        edge_unit_unit=present[eu_unit],
        snap=snap,
        lines=lines,
        timings=timings,
    )


def _line_edge_lengths(edges, on_line, measure):
    """Length (m) of every edge that lies on a candidate line, 0 for the others: only cutting
    edges are ever summed (barrier_km), and measuring is a transform of every vertex."""
    out = np.zeros(len(edges))
    measured = np.unique(on_line)
    if len(measured):
        out[measured] = np.asarray(measure.lengths(edges[measured]), dtype=float)
    return out


def _present_units(units):
    """Indices of the units that have a polygon; an error when none has."""
    if len(units) == 0 or all(u is None for u in units):
        raise NuudelError(
            tr("The reporting units layer has no polygons: there is no region to measure.")
        )
    return np.flatnonzero([u is not None for u in units])


def densified(geoms, step):
    """2D ``geoms`` (no None) with no segment longer than ``step``: only those with a longer
    segment go through segmentize (it copies every geometry it is given)."""
    has_m = shapely.has_m if shapely.geos_version >= (3, 12, 0) else None
    if shapely.has_z(geoms).any() or (has_m is not None and has_m(geoms).any()):
        geoms = shapely.force_2d(geoms)
    else:
        geoms = geoms.copy()
    coords, index = shapely.get_coordinates(geoms, return_index=True)
    same = index[1:] == index[:-1]
    seg = np.hypot(*(coords[1:] - coords[:-1]).T)
    long = np.zeros(len(geoms), dtype=bool)
    long[index[1:][same & (seg > step)]] = True
    geoms[long] = shapely.segmentize(geoms[long], step)
    return geoms


def unit_linework(units):
    """The boundaries of ``units`` noded into one linework: a piece shared by several units
    (neighbours, a soum on its aimag's edge) appears once. Node in the units' own CRS, where
    shared edges coincide; densified and moved afterwards, the pieces stay shared (densified
    one by one, two overlapping boundaries would become near-parallel lines a few mm apart)."""
    units = np.asarray(units, dtype=object)
    present = units[[u is not None for u in units]]
    if len(present) == 0:
        return np.empty(0, dtype=object)
    edges = shapely.get_parts(shapely.union_all(shapely.boundary(present)))
    return edges[shapely.get_type_id(edges) == 1]


def _linework_region(units, boundaries):
    """The region (union of the units) as the faces of the boundary linework that lie in a
    unit, so that its edge is the linework itself. The linework is noded again first: densified
    in a geographic CRS, two pieces a rounding error apart may cross between their vertices."""
    noded = shapely.union_all(np.asarray(boundaries, dtype=object))
    faces = shapely.get_parts(shapely.polygonize(shapely.get_parts(noded)))
    faces = faces[shapely.get_type_id(faces) == 3]
    _u, inside = shapely.STRtree(shapely.point_on_surface(faces)).query(units, predicate="contains")
    faces = faces[np.unique(inside)]
    try:
        return shapely.coverage_union_all(faces)  # fast: the faces share their edges exactly
    except shapely.errors.GEOSException:
        return shapely.union_all(faces)


def _snap_lines(lines: Lines, region, join_tolerance, near):
    """Snap the line ends to each other, the lines and the region's edge: the snap result, the
    snapped lines and the line of each."""
    # ends are snapped on pieces of at most CHUNK_SEGMENTS segments (a long line's envelope
    # would make every nearby end test all of it); the pieces' inner ends coincide, so the
    # snapped pieces merge back into their lines before noding
    pieces, owner = _chunks(lines.geoms)
    edge_pieces, _ = _chunks(shapely.get_parts(shapely.get_parts(shapely.boundary(region))))
    snap = snap_ends(pieces, join_tolerance, targets=edge_pieces, near=near)
    snapped, snapped_line = lines.geoms, np.arange(len(lines.geoms))
    if len(pieces):
        merged = shapely.line_merge(
            shapely.multilinestrings(_overshoot(snap, snap.geoms), indices=owner)
        )
        snapped, snapped_line = shapely.get_parts(merged, return_index=True)
    return snap, snapped, snapped_line


def _inner_faces(units, present, edges, faces):
    """The faces inside units, the inner faces on both sides of each edge and the sorted
    (face, unit) memberships."""
    # faces inside which units (units are noded in: a face is all in or all out of a unit)
    inner = shapely.point_on_surface(faces)
    tree = shapely.STRtree(inner)
    u_idx, f_idx = tree.query(units[present], predicate="contains")
    u_idx = present[u_idx]
    inside = np.zeros(len(faces), dtype=bool)
    inside[f_idx] = True
    keep = np.flatnonzero(inside)
    renumber = np.full(len(faces), -1, dtype=np.int64)
    renumber[keep] = np.arange(len(keep))
    edge_faces = _edge_faces(edges, faces)
    edge_faces = np.where(edge_faces >= 0, renumber[np.maximum(edge_faces, 0)], -1)
    faces = faces[keep]
    m_face = renumber[f_idx]
    order = np.lexsort((u_idx, m_face))
    return faces, edge_faces, m_face[order], u_idx[order]


def _edge_links(edges, snapped, snapped_line, present_units):
    """(edge, line) pairs of the candidate lines each edge lies on and (unit, edge) pairs of
    the present units each of those edges is in or on."""
    # half way along each edge: far from its nodes, where a rounding-sized first segment
    # (a snapped end next to its node) would lie as close to the other line as to its own
    mid = shapely.line_interpolate_point(edges, 0.5, normalized=True)
    if len(snapped):
        el_edge, el_part = shapely.STRtree(snapped).query(
            mid, predicate="dwithin", distance=ON_LINE_M
        )
        el_line = snapped_line[el_part]
    else:
        el_edge = el_line = _EMPTY_I
    # units only of the edges on lines: no other edge ever cuts (barrier_km sums cut edges)
    on_line = np.unique(el_edge)
    eu_unit, eu_local = shapely.STRtree(mid[on_line]).query(present_units, predicate="intersects")
    return el_edge, el_line, eu_unit, on_line[eu_local]


# -- meshes per species ---------------------------------------------------------------------------
@dataclass
class CrossingIndex:
    """Candidate (crossing, edge, distance) pairs within the snap tolerance, and the units each
    crossing lies in."""

    crossing: np.ndarray
    edge: np.ndarray
    distance: np.ndarray
    unit_crossing: np.ndarray
    unit: np.ndarray
    n: int

    @classmethod
    def build(cls, network: Network, points, snap_tolerance):
        points = np.asarray(points, dtype=object)
        n = len(points)
        present = np.flatnonzero([p is not None for p in points])
        if len(present) == 0 or len(network.edges) == 0:
            return cls(_EMPTY_I, _EMPTY_I, np.zeros(0), _EMPTY_I, _EMPTY_I, n)
        pts = points[present]
        c, e = shapely.STRtree(network.edges).query(
            pts, predicate="dwithin", distance=float(snap_tolerance)
        )
        d = shapely.distance(pts[c], network.edges[e])
        units = network.units
        has = np.flatnonzero([u is not None for u in units])
        uu, uc = shapely.STRtree(pts).query(units[has], predicate="intersects")
        return cls(present[c], e, d, present[uc], has[uu], n)


def _join_edges(cindex: CrossingIndex, edge_cut, suitable):
    """(crossing, edge) chosen: the nearest cutting edge of every suitable crossing."""
    ok = (
        edge_cut[cindex.edge] & np.asarray(suitable, dtype=bool)[cindex.crossing]
        if len(cindex.edge)
        else np.zeros(0, dtype=bool)
    )
    c, e, d = cindex.crossing[ok], cindex.edge[ok], cindex.distance[ok]
    if len(c) == 0:
        return _EMPTY_I, _EMPTY_I
    order = np.lexsort((e, d, c))
    c, e = c[order], e[order]
    first = np.concatenate([[True], c[1:] != c[:-1]])
    return c[first], e[first]


@dataclass
class State:
    """Meshes and effective mesh sizes of one species (group) in one state."""

    label: np.ndarray  # mesh label per face (CBC)
    mesh_area: np.ndarray  # m² per label
    meff: np.ndarray  # km² per unit (CBC)
    meff_cut: np.ndarray  # km² per unit (CUT)
    n_mesh: np.ndarray  # meshes meeting each unit
    barrier_km: np.ndarray  # km of cutting lines in each unit
    crossings_used: int


def edge_cuts(network: Network, line_cut) -> np.ndarray:
    """Per noded edge: lies on a line that cuts."""
    out = np.zeros(len(network.edges), dtype=bool)
    if len(network.edge_line):
        hit = np.asarray(line_cut, dtype=bool)[network.edge_line_line]
        out[network.edge_line[hit]] = True
    return out


def _memb_index(network: Network, face, unit):
    """Membership row of (face, unit) pairs, -1 where the face is not in that unit."""
    n_units = len(network.units)
    keys = network.memb_face * n_units + network.memb_unit
    want = np.asarray(face) * n_units + np.asarray(unit)
    pos = np.searchsorted(keys, want)
    pos = np.clip(pos, 0, max(len(keys) - 1, 0))
    found = (len(keys) > 0) & (keys[pos] == want) if len(keys) else np.zeros(len(want), bool)
    return np.where(found, pos, -1)


def mesh_state(network: Network, cindex: CrossingIndex, line_cut, suitable) -> State:
    """CBC and CUT meshes for one set of cutting lines and suitable crossings."""
    n_faces, n_units = len(network.faces), len(network.units)
    cut = edge_cuts(network, line_cut)
    ef = network.edge_faces
    two = (ef[:, 0] >= 0) & (ef[:, 1] >= 0)
    open_edge = two & ~cut
    c, e = _join_edges(cindex, cut, suitable)
    joined = two[e]
    c, e = c[joined], e[joined]
    u = np.concatenate([ef[open_edge, 0], ef[e, 0]])
    v = np.concatenate([ef[open_edge, 1], ef[e, 1]])
    label = components(n_faces, u, v)
    area = network.face_area
    mesh_area = np.bincount(label, weights=area, minlength=n_faces)
    mf, mu = network.memb_face, network.memb_unit
    with np.errstate(invalid="ignore", divide="ignore"):
        unit_area = np.where(network.unit_area > 0, network.unit_area, np.nan)
        meff = (
            np.bincount(mu, weights=area[mf] * mesh_area[label[mf]], minlength=n_units)
            / unit_area
            / 1e6
        )
    pairs = np.unique(mu * n_faces + label[mf]) if len(mf) else _EMPTY_I
    n_mesh = (
        np.bincount(pairs // n_faces, minlength=n_units)
        if len(pairs)
        else np.zeros(n_units, dtype=np.int64)
    )
    meff_cut = _cut_meff(network, cindex, ef, open_edge, c, e, unit_area)
    barrier = np.zeros(n_units)
    if len(network.edge_unit):
        on = cut[network.edge_unit]
        barrier = (
            np.bincount(
                network.edge_unit_unit[on],
                weights=network.edge_len[network.edge_unit[on]],
                minlength=n_units,
            )
            / 1000.0
        )
    return State(label, mesh_area, meff, meff_cut, n_mesh, barrier, int(len(np.unique(c))))


def _cut_meff(network, cindex, ef, open_edge, c, e, unit_area):
    """meff by the cutting-out method: the graph of face-unit memberships, joined only inside
    one unit (its boundary cuts), crossings inside that unit."""
    mf, mu = network.memb_face, network.memb_unit
    n_m = len(mf)
    if n_m == 0:
        return np.full(len(network.units), np.nan)
    # open edges: for every unit of the first face, the second face's membership of it
    first_start = np.searchsorted(mf, np.arange(len(network.faces)))
    first_count = np.bincount(mf, minlength=len(network.faces))
    a_faces, b_faces = ef[open_edge, 0], ef[open_edge, 1]
    rep = first_count[a_faces]
    a_rows = np.repeat(first_start[a_faces], rep) + (
        np.arange(rep.sum()) - np.repeat(np.cumsum(rep) - rep, rep)
    )
    b_rows = _memb_index(network, np.repeat(b_faces, rep), mu[a_rows])
    ok = b_rows >= 0
    u_rows, v_rows = [a_rows[ok]], [b_rows[ok]]
    # crossings: in each unit holding the crossing, join the two faces when both are in it
    if len(c):
        order = np.argsort(cindex.unit_crossing, kind="stable")
        uc, uu = cindex.unit_crossing[order], cindex.unit[order]
        lo = np.searchsorted(uc, c, side="left")
        hi = np.searchsorted(uc, c, side="right")
        cnt = hi - lo
        k = np.repeat(np.arange(len(c)), cnt)
        rows = np.repeat(lo, cnt) + (np.arange(cnt.sum()) - np.repeat(np.cumsum(cnt) - cnt, cnt))
        unit = uu[rows]
        fa = _memb_index(network, ef[e[k], 0], unit)
        fb = _memb_index(network, ef[e[k], 1], unit)
        both = (fa >= 0) & (fb >= 0)
        u_rows.append(fa[both])
        v_rows.append(fb[both])
    comp = components(n_m, np.concatenate(u_rows), np.concatenate(v_rows))
    a = network.face_area[mf]
    comp_area = np.bincount(comp, weights=a, minlength=n_m)
    with np.errstate(invalid="ignore", divide="ignore"):
        return (
            np.bincount(mu, weights=a * comp_area[comp], minlength=len(network.units))
            / unit_area
            / 1e6
        )


# -- the whole computation ------------------------------------------------------------------------
@dataclass
class SpeciesResult:
    before: State
    after: Optional[State] = None  # with the alignment cutting (None without an alignment)
    group: int = 0  # species with the same group share their numbers

    @property
    def seff(self):
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(self.before.meff > 0, 1000.0 / self.before.meff, np.nan)

    @property
    def loss_pct(self):
        if self.after is None:
            return None
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(
                self.before.meff > 0,
                100.0 * (self.before.meff - self.after.meff) / self.before.meff,
                np.nan,
            )


@dataclass
class LandscapeResult:
    network: Network
    species: dict  # code -> SpeciesResult
    crossings: CrossingIndex
    groups: list  # [[codes]] sharing one computation


def permeability(
    network: Network, line_cut, crossing_points, crossing_ok, snap_tolerance, progress=None
) -> LandscapeResult:
    """Meshes and effective mesh sizes per species.

    ``line_cut``: {code: bool per candidate line} (alignment lines False: they cut only in the
    after state); ``crossing_ok``: {code: bool per crossing} suitable.
    """
    progress = progress or (lambda _pct: None)
    lines = cast(Lines, network.lines)
    is_alignment = lines.kind == ALIGNMENT
    has_alignment = bool(is_alignment.any())
    cindex = CrossingIndex.build(network, crossing_points, snap_tolerance)
    n_cross = len(crossing_points)
    groups: list[list] = []
    signatures, out = {}, {}
    codes = list(line_cut)
    for i, code in enumerate(codes):
        cut = np.asarray(line_cut[code], dtype=bool) & ~is_alignment
        ok = np.asarray(crossing_ok.get(code, np.zeros(n_cross, bool)), dtype=bool)
        key = (cut.tobytes(), ok.tobytes())
        if key not in signatures:
            before = mesh_state(network, cindex, cut, ok)
            after = mesh_state(network, cindex, cut | is_alignment, ok) if has_alignment else None
            signatures[key] = (len(groups), before, after)
            groups.append([])
        g, before, after = signatures[key]
        groups[g].append(code)
        out[code] = SpeciesResult(before, after, g)
        progress(100 * (i + 1) / len(codes))
    return LandscapeResult(network, out, cindex, groups)


def mesh_polygons(network: Network, state: State):
    """(geometries, labels, area m²): one (multi)polygon per mesh of the whole region."""
    label = state.label
    if len(label) == 0:
        return np.empty(0, dtype=object), _EMPTY_I, np.zeros(0)
    order = np.argsort(label, kind="stable")
    sorted_label = label[order]
    starts = np.flatnonzero(np.concatenate([[True], sorted_label[1:] != sorted_label[:-1]]))
    stops = np.concatenate([starts[1:], [len(order)]])
    geoms = np.empty(len(starts), dtype=object)
    single = stops - starts == 1
    geoms[single] = network.faces[order[starts[single]]]
    for i in np.flatnonzero(~single):
        geoms[i] = shapely.coverage_union_all(network.faces[order[starts[i] : stops[i]]])
    labels = sorted_label[starts]
    return geoms, labels, state.mesh_area[labels]
