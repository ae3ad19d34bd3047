"""Crossing spacing check: routes, linear referencing, crossing suitability, gaps, proposals.

QGIS-free (numpy + shapely 2). The adapter (processing/crossing_spacing.py) reads the layers,
gives routes as lines (lon/lat, segmentised, plus the same vertices in a planar metric CRS and in
the output CRS) and crossings as planar points, and writes what this module returns.

Distances: crossings are located on the planar routes (a transverse Mercator centred on the
data); each planar position is then mapped to true (ellipsoidal) metres through per-vertex
cumulative lengths measured on the ellipsoid (core/geodesy.py), so chainages are true metres
whatever the extent. Without lon/lat vertices (planar metric input) planar metres are used.

All hot paths are vectorised: an STRtree finds the nearest route of every crossing, linear
referencing, gaps, zone clipping and proposed points are numpy over flat vertex arrays.
"""

import re
from dataclasses import dataclass, field

import numpy as np
import shapely

from . import topology
from .codes import Suitability as SuitabilityCode
from .geodesy import segment_lengths
from .text import Message, NuudelError, listed, tr

CROSSING_TYPES = ("underpass", "overpass", "bridge", "culvert", "level", "opening")
SUITABLE, UNKNOWN, UNSUITABLE = SuitabilityCode
CODES = tuple(s.code for s in SuitabilityCode)  # ("suitable", "unknown", "unsuitable")
DEFAULT_DUPLICATE_TOLERANCE_M = 1.0
_EPS = 1e-6


# -- routes -----------------------------------------------------------------------------------
class SegmentIndex:
    """An STRtree over the single segments of lines, for fast nearest-line queries.

    Long routes have huge envelopes, so a tree over whole routes answers nearest queries
    slowly; a tree over their segments is fast, and a point is projected onto its nearest
    segment with plain numpy.
    """

    def __init__(self, lines):
        lines = np.asarray(lines, dtype=object)
        if len(lines):
            xy, vidx = shapely.get_coordinates(lines, return_index=True)
        else:
            xy, vidx = np.empty((0, 2)), np.empty(0, dtype=np.int64)
        same = vidx[1:] == vidx[:-1] if len(vidx) else np.zeros(0, dtype=bool)
        self.first = np.nonzero(same)[0]  # start vertex of each segment
        self.xy = xy
        self.line = vidx[self.first] if len(self.first) else np.zeros(0, dtype=np.int64)
        seg = np.hypot(*(xy[1:] - xy[:-1]).T) * same if len(xy) else np.zeros(0)
        cum = np.concatenate([[0.0], np.cumsum(seg)]) if len(xy) else np.zeros(0)
        self.cum = cum - cum[np.searchsorted(vidx, vidx)] if len(xy) else cum
        a, b = xy[self.first], xy[self.first + 1]
        self.tree = (
            shapely.STRtree(
                shapely.linestrings(
                    np.stack([a, b], axis=1).reshape(-1, 2),
                    indices=np.repeat(np.arange(len(self.first)), 2),
                )
            )
            if len(self.first)
            else None
        )

    def project(self, points, all_matches=False):
        """(point index, line index, position along the line, distance) of the nearest segment
        of each point (all equally near segments with ``all_matches``)."""
        if self.tree is None or len(points) == 0:
            empty = np.zeros(0, dtype=np.int64)
            return empty, empty, np.zeros(0), np.zeros(0)
        src, seg = self.tree.query_nearest(points, all_matches=all_matches)
        j = self.first[seg]
        a, b = self.xy[j], self.xy[j + 1]
        p = shapely.get_coordinates(points[src])
        d = b - a
        den = (d * d).sum(axis=1)
        with np.errstate(divide="ignore", invalid="ignore"):
            t = np.where(den > 0, ((p - a) * d).sum(axis=1) / den, 0.0)
        t = np.clip(t, 0.0, 1.0)
        foot = a + t[:, None] * d
        dist = np.hypot(*(p - foot).T)
        pos = self.cum[j] + t * (self.cum[j + 1] - self.cum[j])
        return src, self.line[seg], pos, dist


@dataclass
class Routes:
    """Route pieces built by core/topology.py: ``names`` and ``pieces`` (LineStrings in the
    CRS of the input, snapped) per piece, the network behind them, the pieces turned round so
    that chainage runs from a CHAINAGE_START point (``flipped``) and the route of each piece
    (``route``: the ROUTE_FIELD value, or the component number)."""

    names: list
    pieces: np.ndarray
    network: topology.RoutePieces
    flipped: np.ndarray
    route: list
    by_field: bool

    def lines(self, coords):
        """The pieces with ``coords`` (the same vertices as the input lines, another CRS)."""
        lines = self.network.lines(coords)
        if self.flipped.any():
            lines[self.flipped] = shapely.reverse(lines[self.flipped])
        return lines

    def messages(self):
        """(route, pieces, [NuudelError reasons]) of every route that became several pieces."""
        out = []
        stats = self.network.stats(by_component=not self.by_field)
        labels = {}
        for name, key in zip(self.route, self._keys()):
            labels.setdefault(key, name)
        for key, item in stats.items():
            if item["pieces"] < 2:
                continue
            reasons = []
            if item["junctions"]:
                reasons.append(
                    NuudelError(
                        tr(
                            "{count} junctions (the route goes on along the straightest arm, the other "
                            "arms are pieces of their own)"
                        ),
                        count=item["junctions"],
                    )
                )
            if item["branches"]:
                reasons.append(
                    NuudelError(
                        tr("{count} lines end on the middle of another line (branches)"),
                        count=item["branches"],
                    )
                )
            if item["components"] > 1:
                reasons.append(
                    NuudelError(
                        tr("{count} breaks (parts not joined within JOIN_TOLERANCE)"),
                        count=item["components"] - 1,
                    )
                )
            if item["near_misses"]:
                reasons.append(NuudelError(tr("{count} near misses"), count=item["near_misses"]))
            if item["loops"]:
                reasons.append(NuudelError(tr("{count} closed loops"), count=item["loops"]))
            out.append((labels.get(key, str(key)), item["pieces"], reasons))
        return out

    def _keys(self):
        net = self.network
        if self.by_field:
            return list(net.group)
        return [(g, int(c)) for g, c in zip(net.group, net.component)]


def route_network(
    geoms, values=None, tolerance=0.0, geographic=False, starts=None, near=topology.NEAR_M
) -> Routes:
    """Routes from line features (see :func:`build_routes`), with the network behind them."""
    geoms = np.asarray(geoms, dtype=object).copy()
    present = np.array([g is not None for g in geoms], dtype=bool)
    if present.any():
        g = geoms[present]
        line = np.isin(shapely.get_type_id(g), (1, 5)) & ~shapely.is_empty(g)
        line[line] &= shapely.length(g[line]) > 0
        keep = present.copy()
        keep[present] = line
        geoms[~keep] = None
    by_field = values is not None
    groups = None
    if by_field:
        groups = np.array(["" if v is None else str(v) for v in values], dtype=object)
    net = topology.route_pieces(geoms, tolerance, groups=groups, geographic=geographic, near=near)
    pieces = net.lines()
    flipped = chainage_origin(pieces, starts, geographic)
    if flipped.any():
        pieces[flipped] = shapely.reverse(pieces[flipped])
    if by_field:
        route = [str(v) or "NULL" for v in net.group]
        keys = list(net.group)
    else:
        route = [str(int(c) + 1) for c in net.component]
        keys = route
    count: dict[object, int] = {}
    for key in keys:
        count[key] = count.get(key, 0) + 1
    seen: dict[object, int]
    names, seen = [], {}
    for label, key in zip(route, keys):
        if count[key] == 1:
            names.append(label)
        else:
            seen[key] = seen.get(key, 0) + 1
            names.append(f"{label}/{seen[key]}")
    return Routes(names, pieces, net, flipped, route, by_field)


def chainage_origin(pieces, starts, geographic=False) -> np.ndarray:
    """Per piece: True when its end lies nearer than its start to the nearest of the
    ``starts`` points (CHAINAGE_START), i.e. the piece must be turned round."""
    pieces = np.asarray(pieces, dtype=object)
    flip = np.zeros(len(pieces), dtype=bool)
    if starts is None or len(pieces) == 0:
        return flip
    starts = [p for p in np.asarray(starts, dtype=object) if p is not None and not p.is_empty]
    if not starts:
        return flip
    pts = shapely.get_coordinates(np.array(starts, dtype=object))
    first = shapely.get_coordinates(shapely.get_point(pieces, 0))
    last = shapely.get_coordinates(shapely.get_point(pieces, -1))
    ends = np.concatenate([first, last])
    best = np.full(len(ends), np.inf)
    for k in range(0, len(pts), 256):  # chunks keep the distance matrix small
        chunk = pts[k : k + 256]
        origin = np.repeat(ends, len(chunk), axis=0)
        d = topology.distances(origin, np.tile(chunk, (len(ends), 1)), geographic)
        best = np.minimum(best, d.reshape(len(ends), len(chunk)).min(axis=1))
    n = len(pieces)
    return best[n:] < best[:n]


def build_routes(geoms, values=None, tolerance=0.0, geographic=False, starts=None):
    """Routes from line features: (names, pieces).

    ``geoms``: (multi)line geometries (None allowed). ``values``: the ROUTE_FIELD value per
    feature, or None to chain connected segments. Line ends within ``tolerance`` metres (lon/lat
    degrees with ``geographic``) are joined (core/topology.py), whatever the order and direction
    of the segments. Where more than two ends meet (a junction) a route goes on along the arm
    that continues it most straightly; the other arms become pieces of their own. Each piece has
    its own chainage from 0: from its end nearest a ``starts`` point (CHAINAGE_START) when
    given, else in the direction of most of its segments (by length). A route that is one piece
    is named by its value (or its component number 1, 2, ... without a field); a route with
    junctions or breaks gets "name/1", "name/2", ... (longest first).
    """
    routes = route_network(geoms, values, tolerance, geographic, starts)
    return routes.names, routes.pieces


# -- linear referencing -----------------------------------------------------------------------
class RouteIndex:
    """Flat vertex arrays of route pieces for vectorised planar <-> true chainage and cutting.

    ``pieces_xy``: planar metric LineStrings. ``pieces_ll``: the same vertices in lon/lat
    (true lengths on the WGS84 ellipsoid), or None to use planar metres. ``pieces_out``: the
    same vertices in the output CRS (for gap lines and proposed points), default ``pieces_xy``.
    """

    def __init__(self, names, pieces_xy, pieces_ll=None, pieces_out=None):
        self.names = list(names)
        self.pieces = np.asarray(pieces_xy, dtype=object)
        n = len(self.pieces)
        self.n = n
        xy, vidx = (
            shapely.get_coordinates(self.pieces, return_index=True)
            if n
            else (np.empty((0, 2)), np.empty(0, dtype=np.int64))
        )
        self.xy = xy
        self.out = self._same_vertices(pieces_out, xy)
        ll = self._same_vertices(pieces_ll, None)
        self.start = np.searchsorted(vidx, np.arange(n))
        self.stop = np.searchsorted(vidx, np.arange(n), side="right")  # exclusive
        same = vidx[1:] == vidx[:-1] if len(vidx) else np.zeros(0, dtype=bool)
        dp = np.hypot(*(xy[1:] - xy[:-1]).T) * same if len(xy) else np.zeros(0)
        if ll is not None and len(ll):
            dt = segment_lengths(ll[:-1, 0], ll[:-1, 1], ll[1:, 0], ll[1:, 1]) * same
        else:
            dt = dp
        self.cum_p = self._cumulative(dp, vidx)
        self.cum_t = self._cumulative(dt, vidx)
        last = self.stop - 1
        self.length_p = self.cum_p[last] if n else np.zeros(0)
        self.length_t = self.cum_t[last] if n else np.zeros(0)
        self.base_p = (
            np.concatenate([[0.0], np.cumsum(self.length_p + 1.0)[:-1]]) if n else np.zeros(0)
        )
        self.base_t = (
            np.concatenate([[0.0], np.cumsum(self.length_t + 1.0)[:-1]]) if n else np.zeros(0)
        )
        self.g_p = self.cum_p + self.base_p[vidx] if n else np.zeros(0)
        self.g_t = self.cum_t + self.base_t[vidx] if n else np.zeros(0)
        seg_p, seg_t = dp[same], dt[same]
        ratio = seg_p[seg_t > 0] / seg_t[seg_t > 0]
        self.max_scale = float(ratio.max()) if len(ratio) else 1.0
        self.segments = SegmentIndex(self.pieces)

    def _same_vertices(self, pieces, default):
        if pieces is None:
            return default
        coords = shapely.get_coordinates(np.asarray(pieces, dtype=object))
        if len(coords) != len(self.xy):
            raise ValueError("pieces in another CRS must have the same vertices")
        return coords

    @staticmethod
    def _cumulative(seg, vidx):
        if len(vidx) == 0:
            return np.zeros(0)
        cum = np.concatenate([[0.0], np.cumsum(seg)])
        first = np.searchsorted(vidx, vidx)  # index of each vertex's piece start
        return cum - cum[first]

    def _locate(self, piece, pos, glob, base):
        """(segment start vertex j, fraction t) of local position ``pos`` on ``piece``."""
        piece = np.asarray(piece, dtype=np.int64)
        x = np.asarray(pos, dtype=float) + base[piece]
        j = np.searchsorted(glob, x, side="right") - 1
        j = np.clip(j, self.start[piece], self.stop[piece] - 2)
        den = glob[j + 1] - glob[j]
        with np.errstate(divide="ignore", invalid="ignore"):
            t = np.where(den > 0, (x - glob[j]) / den, 0.0)
        return j, np.clip(t, 0.0, 1.0)

    @staticmethod
    def _interp(values, j, t):
        if values.ndim == 1:
            return values[j] + t * (values[j + 1] - values[j])
        return values[j] + t[:, None] * (values[j + 1] - values[j])

    def planar_to_true(self, piece, pos):
        """True metres along ``piece`` at planar position ``pos`` (arrays)."""
        j, t = self._locate(piece, pos, self.g_p, self.base_p)
        return self._interp(self.cum_t, j, t)

    def true_to_planar(self, piece, chainage):
        j, t = self._locate(piece, chainage, self.g_t, self.base_t)
        return self._interp(self.cum_p, j, t)

    def scale_at(self, piece, pos):
        """Planar metres per true metre on the segment at planar ``pos`` (1 where degenerate)."""
        j, _ = self._locate(piece, pos, self.g_p, self.base_p)
        dp = self.cum_p[j + 1] - self.cum_p[j]
        dt = self.cum_t[j + 1] - self.cum_t[j]
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where((dt > 0) & (dp > 0), dp / dt, 1.0)

    def points_at(self, piece, chainage):
        """Output-CRS coordinates (n, 2) at true ``chainage`` along ``piece``."""
        j, t = self._locate(piece, chainage, self.g_t, self.base_t)
        return self._interp(self.out, j, t)

    def cut(self, piece, start, end):
        """Lines (output CRS) of ``piece`` between true chainages ``start`` and ``end``."""
        piece = np.asarray(piece, dtype=np.int64)
        if len(piece) == 0:
            return np.empty(0, dtype=object)
        ja, ta = self._locate(piece, start, self.g_t, self.base_t)
        jb, tb = self._locate(piece, end, self.g_t, self.base_t)
        # inner vertices lo..hi, leaving out a vertex the cut point already sits on
        lo = ja + 1 + (ta >= 1.0)
        hi = jb - (tb <= 0.0)
        inner = np.maximum(hi - lo + 1, 0)
        total = inner + 2
        line = np.repeat(np.arange(len(piece)), total)
        offset = np.arange(total.sum()) - np.repeat(np.cumsum(total) - total, total)
        vert = np.minimum(lo[line] - 1 + offset, len(self.out) - 1)
        coords = self.out[vert].copy()
        first = offset == 0
        last = offset == total[line] - 1
        coords[first] = self._interp(self.out, ja, ta)
        coords[last] = self._interp(self.out, jb, tb)
        return shapely.linestrings(coords, indices=line)


# -- matching crossings to routes -------------------------------------------------------------
@dataclass
class Matches:
    piece: np.ndarray  # route piece index, -1 when unmatched
    chainage: np.ndarray  # true metres along the piece (nan when unmatched)
    offset: np.ndarray  # true metres to the nearest route (nan when no geometry/route)
    matched: np.ndarray  # bool


def match_crossings(index: RouteIndex, points, snap_m: float) -> Matches:
    """Nearest route piece within ``snap_m`` true metres of each (planar) point."""
    points = np.asarray(points, dtype=object)
    n = len(points)
    piece = np.full(n, -1, dtype=np.int64)
    chain = np.full(n, np.nan)
    offset = np.full(n, np.nan)
    matched = np.zeros(n, dtype=bool)
    present = np.array([p is not None for p in points], dtype=bool)
    if index.n == 0 or not present.any():
        return Matches(piece, chain, offset, matched)
    pts_idx = np.nonzero(present)[0]
    src, dst, pos, dist = index.segments.project(points[pts_idx])
    src = pts_idx[src]
    true_off = dist / index.scale_at(dst, pos)
    piece[src] = dst
    offset[src] = true_off
    ok = true_off <= snap_m + _EPS
    matched[src] = ok
    chain[src[ok]] = index.planar_to_true(dst[ok], pos[ok])
    piece[~matched] = -1
    return Matches(piece, chain, offset, matched)


def find_duplicates(points, tolerance_m: float) -> np.ndarray:
    """Index of the first crossing at the same place (within ``tolerance_m``), -1 otherwise."""
    points = np.asarray(points, dtype=object)
    n = len(points)
    first = np.arange(n)
    present = np.nonzero(np.array([p is not None for p in points], dtype=bool))[0]
    if len(present) > 1:
        pts = points[present]
        a, b = shapely.STRtree(pts).query(pts, predicate="dwithin", distance=tolerance_m)
        keep = a < b
        a, b = present[a[keep]], present[b[keep]]
        np.minimum.at(first, b, a)
        while True:
            nxt = first[first]
            if np.array_equal(nxt, first):
                break
            first = nxt
    return np.where(first == np.arange(n), -1, first)


# -- suitability --------------------------------------------------------------------------------
_UNIT_FACTOR_M = {"": 1.0, "m": 1.0, "м": 1.0, "cm": 0.01, "см": 0.01, "mm": 0.001, "мм": 0.001}
_DIMENSION = re.compile(r"^([-+]?(?:\d+(?:\.\d*)?|\.\d+))\s*(mm|cm|m|мм|см|м)?\.?$")


def to_numbers(column) -> tuple:
    """(values, bad) of an attribute column: floats in metres (nan when null) and a mask of values
    that are present but not a positive number. Text such as "12", "12 m", "12 м", "1,5",
    "45 cm", "45 см", "450 мм" is parsed (Latin or Cyrillic unit, converted to metres)."""
    column = list(column)
    if all(v is None or type(v) in (float, int) for v in column):  # a numeric field
        none = np.array([v is None for v in column], dtype=bool)
        values = np.array([np.nan if v is None else v for v in column], dtype=float)
        ok = np.isfinite(values) & (values > 0)
        return np.where(ok, values, np.nan), ~ok & ~none
    out = np.full(len(column), np.nan)
    bad = np.zeros(len(column), dtype=bool)
    for i, value in enumerate(column):
        if value is None:
            continue
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            number = float(value)
        else:
            text = str(value).strip().lower().replace(",", ".")
            if not text:
                continue
            match = _DIMENSION.match(text)
            try:
                number = (
                    float(match.group(1)) * _UNIT_FACTOR_M[match.group(2) or ""]
                    if match
                    else float(text)
                )
            except ValueError:
                bad[i] = True
                continue
        if np.isfinite(number) and number > 0:
            out[i] = number
        else:
            bad[i] = True
    return out, bad


@dataclass
class Check:
    rule: str
    applies: np.ndarray
    value: np.ndarray
    limit: float
    fail_text: str
    fields: tuple  # (label, column) of the inputs behind the value


@dataclass
class Suitability:
    status: np.ndarray  # (n, S) int: SUITABLE | UNKNOWN | UNSUITABLE
    oi: np.ndarray  # openness index (nan when not computable)
    species: list
    groups: dict  # group -> {"status", "checks", "members"}
    type_code: np.ndarray  # index into CROSSING_TYPES, -1 missing, -2 unrecognised
    type_raw: list
    columns: dict = field(default_factory=dict)  # width/height/length as floats
    missing: dict = field(default_factory=dict)  # field label -> mask of null values
    invalid: dict = field(default_factory=dict)  # field label -> mask of bad values
    type_field: str = "crossing_type"  # the user's crossing type field, for reasons
    open_rule: str = "C-OPEN"  # the rule that makes level crossings, openings suitable


def evaluate_crossings(types, width, height, length, profile: dict, species, fields=None):
    """Suitability of every crossing for every species (vectorised per crossing group).

    ``types``: list of type values; ``width``/``height``/``length``: attribute columns (lists;
    None where the field is not mapped). ``fields``: labels of the four fields for reasons.
    """
    fields = fields or {
        "type": "crossing_type",
        "width": "width_m",
        "height": "height_m",
        "length": "length_m",
    }
    n = len(types)
    raw = ["" if t is None else str(t).strip().lower() for t in types]
    lookup = {t: i for i, t in enumerate(CROSSING_TYPES)}
    type_code = np.array([lookup.get(t, -1 if t == "" else -2) for t in raw], dtype=np.int64)
    cols = {}
    missing, invalid = {}, {}
    for key, col in (("width", width), ("height", height), ("length", length)):
        values, bad = to_numbers(col if col is not None else [None] * n)
        cols[key] = values
        missing[fields[key]] = np.isnan(values) & ~bad
        invalid[fields[key]] = bad
    with np.errstate(divide="ignore", invalid="ignore"):
        oi = cols["width"] * cols["height"] / cols["length"]
    crossings = profile["crossings"]
    is_type = {t: type_code == i for i, t in enumerate(CROSSING_TYPES)}
    always = np.zeros(n, dtype=bool)
    for t in crossings["always_suitable_types"]["types"]:
        if t in is_type:
            always |= is_type[t]
    codes = list(species)
    status = np.zeros((n, len(codes)), dtype=np.int8)
    groups: dict = {}
    for code in codes:
        group = profile["species"][code]["crossing_group"]
        if group in groups:
            groups[group]["members"].append(code)
            continue
        checks = _group_checks(crossings, crossings["groups"][group], is_type, cols, oi, fields)
        groups[group] = {
            "status": _group_status(checks, type_code, always),
            "checks": checks,
            "members": [code],
        }
    for s, code in enumerate(codes):
        status[:, s] = groups[profile["species"][code]["crossing_group"]]["status"]
    return Suitability(
        status=status,
        oi=oi,
        species=codes,
        groups=groups,
        type_code=type_code,
        type_raw=[("" if t is None else str(t)) for t in types],
        columns=cols,
        missing=missing,
        invalid=invalid,
        type_field=fields.get("type", "crossing_type"),
        open_rule=profile["crossings"]["always_suitable_types"]["rule"],
    )


def _group_checks(crossings, g, is_type, cols, oi, fields) -> list:
    """The threshold checks of one crossing group ``g`` (culvert, underpass, openness,
    overpass and bridge rules, in this order), each with the crossings it applies to."""
    # (field label, column) of each value a check reads, for the reasons
    wf, hf, lf = ((fields[k], cols[k]) for k in ("width", "height", "length"))
    return (
        _culvert_checks(crossings, is_type, cols, wf, hf)
        + _tunnel_checks(crossings, g, is_type, cols, oi, (wf, hf, lf))
        + _surface_checks(crossings, g, is_type, cols, wf, hf)
    )


def _culvert_checks(crossings, is_type, cols, wf, hf) -> list:
    """The culvert's own minimum width and height (C-CULVERT)."""
    culvert_rule = crossings["culvert_min_m"]["rule"]
    culvert_min = crossings["culvert_min_m"]["value"]
    return [
        Check(
            culvert_rule,
            is_type["culvert"],
            cols["width"],
            culvert_min,
            tr("{rule}: culvert width {value} m is under {limit} m"),
            (wf,),
        ),
        Check(
            culvert_rule,
            is_type["culvert"],
            cols["height"],
            culvert_min,
            tr("{rule}: culvert height {value} m is under {limit} m"),
            (hf,),
        ),
    ]


def _tunnel_checks(crossings, g, is_type, cols, oi, labels) -> list:
    """Width, clear height and openness of an underpass or culvert for the group ``g``."""
    wf, hf, _lf = labels
    tunnel = is_type["underpass"] | is_type["culvert"]
    return [
        Check(
            g["rule"],
            tunnel,
            cols["width"],
            g["min_width_m"],
            tr("{rule}: width {value} m is under {limit} m"),
            (wf,),
        ),
        Check(
            g["rule"],
            tunnel,
            cols["height"],
            g["min_height_m"],
            tr("{rule}: clear height {value} m is under {limit} m"),
            (hf,),
        ),
        Check(
            crossings["openness_min"]["rule"],
            tunnel,
            oi,
            crossings["openness_min"]["value"],
            tr("{rule}: openness index {value} is under {limit}"),
            labels,
        ),
    ]


def _surface_checks(crossings, g, is_type, cols, wf, hf) -> list:
    """The overpass width and the clear height under a bridge."""
    return [
        Check(
            crossings["overpass_min_width_m"]["rule"],
            is_type["overpass"],
            cols["width"],
            crossings["overpass_min_width_m"]["value"],
            tr("{rule}: overpass width {value} m is under {limit} m"),
            (wf,),
        ),
        Check(
            crossings.get("bridge", {}).get("rule", "C-BRIDGE"),
            is_type["bridge"],
            cols["height"],
            g["min_height_m"],
            tr("{rule}: clear height under the bridge {value} m is under {limit} m"),
            (hf,),
        ),
    ]


def _group_status(checks, type_code, always) -> np.ndarray:
    """Per crossing: UNSUITABLE when a check fails, else UNKNOWN when a value it needs (or
    the type) is missing, else SUITABLE; the always-suitable types are SUITABLE."""
    fail = np.zeros(len(type_code), dtype=bool)
    unknown = type_code < 0
    for check in checks:
        known = ~np.isnan(check.value)
        fail |= check.applies & known & (check.value < check.limit - 1e-9)
        unknown |= check.applies & ~known
    g_status = np.where(fail, UNSUITABLE, np.where(unknown, UNKNOWN, SUITABLE))
    return np.where(always, SUITABLE, g_status).astype(np.int8)


def overall_suitability(suit: Suitability, matched) -> np.ndarray:
    """Worst status over the selected species; 'unmatched' where the crossing is off-route."""
    worst = suit.status.max(axis=1) if suit.status.shape[1] else np.full(len(matched), UNKNOWN)
    labels = np.array(CODES, dtype=object)[worst]
    return np.where(np.asarray(matched, dtype=bool), labels, "unmatched")


def _num(value) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def crossing_reasons(
    suit: Suitability,
    matches: Matches,
    duplicate_of,
    fids,
    snap_m,
    points,
    has_routes: bool,
    translate=None,
) -> list:
    """Short reasons per crossing (translated with ``translate`` when given), naming rules."""
    translate = _memo(translate)
    texts = _reason_texts(translate)
    n = len(suit.type_code)
    if n == 0:
        return []
    # crossings with the same key share one text: written once, for the first of them
    _, first, inverse = np.unique(_reason_keys(suit), return_index=True, return_inverse=True)
    out = (
        np.array(
            [_species_text(suit, i, texts, translate) for i in first.tolist()] + [""],
            dtype=object,
        )[:-1][inverse]
    ).tolist()
    _prefix_single(out, matches, duplicate_of, fids, snap_m, points, has_routes, translate)
    return out


def _reason_texts(translate) -> dict:
    """The translated templates of the species texts of the reasons."""
    return {
        "verdict": {
            SUITABLE: translate(tr("suitable")),
            UNKNOWN: translate(tr("unknown")),
            UNSUITABLE: translate(tr("unsuitable")),
        },
        "type_missing": translate(tr("no crossing type in field '{field}'")),
        "type_bad": translate(
            tr("unknown crossing type '{value}' in field '{field}' (expected: {types})")
        ),
        "missing": translate(tr("{rule}: no value in field '{field}'")),
        "bad": translate(tr("{rule}: value in field '{field}' is not a positive number")),
        "open": translate(tr("{rule}: level crossing or opening, passable")),
    }


def _species_text(suit: Suitability, i, texts, translate) -> str:
    """The per-group verdicts of crossing ``i`` with their rules."""
    code = int(suit.type_code[i])
    type_field = suit.type_field
    species_parts = []
    for info in suit.groups.values():
        st = int(info["status"][i])
        label = ", ".join(info["members"])
        if code == -1:
            detail = [texts["type_missing"].format(field=type_field)]
        elif code == -2:
            detail = [
                texts["type_bad"].format(
                    value=suit.type_raw[i], field=type_field, types=", ".join(CROSSING_TYPES)
                )
            ]
        elif st == SUITABLE and CROSSING_TYPES[code] in ("level", "opening"):
            detail = [texts["open"].format(rule=suit.open_rule)]
        else:
            detail = _check_details(
                info["checks"], i, st, translate, texts["missing"], texts["bad"], suit.invalid
            )
        species_parts.append(f"{label}: {texts['verdict'][st]} ({'; '.join(detail)})")
    return " | ".join(species_parts)


def _prefix_single(out, matches, duplicate_of, fids, snap_m, points, has_routes, translate):
    """Put in front of the reasons ``out`` what is said of single crossings: duplicates and
    crossings off the routes."""
    t_unmatched = translate(
        tr(
            "not on a route: {distance} m from the nearest route, more than "
            "the snap tolerance of {tolerance} m"
        )
    )
    t_noroute = translate(tr("not on a route: there are no routes"))
    t_nogeom = translate(tr("no geometry"))
    t_dup = translate(tr("duplicate of feature {fid} at the same place: counted once"))
    for i in np.flatnonzero((np.asarray(duplicate_of) >= 0) | ~matches.matched).tolist():
        parts = []
        if duplicate_of[i] >= 0:
            parts.append(t_dup.format(fid=fids[duplicate_of[i]]))
        if not matches.matched[i]:
            if points[i] is None:
                parts.append(t_nogeom)
            elif not has_routes or np.isnan(matches.offset[i]):
                parts.append(t_noroute)
            else:
                parts.append(
                    t_unmatched.format(distance=_num(matches.offset[i]), tolerance=_num(snap_m))
                )
        out[i] = " | ".join(parts + [out[i]])


def _reason_keys(suit: Suitability) -> np.ndarray:
    """One integer per crossing such that crossings with the same key get the same species
    text: type code (and an unrecognised type's text), null and invalid flags of the fields,
    and per crossing group its status, each check's outcome (not applying, no value, failed,
    met) and the value of each failed check the text prints."""
    n = len(suit.type_code)
    codes = suit.type_code
    unrecognised = np.array(
        [t if c == -2 else "" for t, c in zip(suit.type_raw, codes.tolist())] + [""], dtype=object
    )[:-1]
    parts = [codes, np.unique(unrecognised, return_inverse=True)[1]]
    parts += [np.isnan(column) for column in suit.columns.values()]
    parts += list(suit.invalid.values())
    for info in suit.groups.values():
        parts.append(info["status"])
        shown_group = np.full(n, -1)  # the checks of the first failing kind are printed
        kinds: dict = {}
        for check in info["checks"]:
            kind = kinds.setdefault(id(check.applies), len(kinds))
            missing = np.isnan(check.value)
            failed = check.applies & ~missing & (check.value < check.limit - 1e-9)
            parts.append(np.where(~check.applies, 0, np.where(missing, 1, np.where(failed, 2, 3))))
            shown = failed & ((shown_group == -1) | (shown_group == kind))
            shown_group = np.where((shown_group == -1) & failed, kind, shown_group)
            parts.append(np.where(shown, check.value, 0.0).view(np.int64))
    key = np.zeros(n, dtype=np.int64)
    for part in parts:
        uniq, inverse = np.unique(np.asarray(part), return_inverse=True)
        key = np.unique(key * len(uniq) + inverse, return_inverse=True)[1]
    return key


def _check_details(checks, i, st, translate, t_missing, t_bad, invalid):
    detail, passed = [], []
    first_fail = None
    for check in checks:
        if not check.applies[i]:
            continue
        value = check.value[i]
        if np.isnan(value):
            if st == UNKNOWN:
                for label, column in check.fields:
                    if np.isnan(column[i]):
                        template = t_bad if invalid.get(label, np.zeros(i + 1))[i] else t_missing
                        text = template.format(rule=check.rule, field=label)
                        if text not in detail:
                            detail.append(text)
        elif value < check.limit - 1e-9:
            if first_fail is not None and first_fail is not check.applies:
                continue  # a culvert that fails its own rule: the others add nothing
            first_fail = check.applies
            detail.append(
                translate(check.fail_text).format(
                    rule=check.rule, value=_num(value), limit=_num(check.limit)
                )
            )
        elif check.rule not in passed:
            passed.append(check.rule)
    if st == SUITABLE or not detail:
        return [", ".join(passed)] if passed else []
    return detail


def _memo(translate):
    cache = {}

    def run(text):
        if text not in cache:
            cache[text] = translate(text) if translate else text
        return cache[text]

    return run


# -- zones and gaps -----------------------------------------------------------------------------
class Coverage:
    """Part of each route piece inside the zones, as a cumulative function of true chainage."""

    def __init__(self, index: RouteIndex, zones=None):
        self.index = index
        if index.n == 0:
            piece = np.zeros(0, dtype=np.int64)
            start = end = np.zeros(0)
        elif zones is None:
            piece = np.arange(index.n)
            start, end = np.zeros(index.n), index.length_t.copy()
        else:
            piece, start, end = self._intervals(index, zones)
        gs = start + index.base_t[piece] if len(piece) else start
        ge = end + index.base_t[piece] if len(piece) else end
        order = np.argsort(gs, kind="stable")
        gs, ge = gs[order], ge[order]
        # merge overlapping intervals
        if len(gs):
            run_end = np.maximum.accumulate(ge)
            new = np.concatenate([[True], gs[1:] > run_end[:-1]])
            grp = np.cumsum(new) - 1
            gs = gs[new]
            ge = np.maximum.reduceat(ge, np.nonzero(new)[0])
            del grp
        self.s, self.e = gs, ge
        size = ge - gs
        self.c0 = np.concatenate([[0.0], np.cumsum(size)[:-1]]) if len(size) else size
        self.c1 = self.c0 + size

    @staticmethod
    def _intervals(index, zones):
        zones = [z for z in np.asarray(zones, dtype=object) if z is not None]
        if not zones or index.n == 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0), np.zeros(0)
        union = shapely.union_all(np.array(zones, dtype=object))
        shapely.prepare(union)
        with np.errstate(invalid="ignore"):  # numpy's flag for degenerate pieces; GEOS is fine
            inter = shapely.intersection(index.pieces, union)
        parts, piece = shapely.get_parts(inter, return_index=True)
        if len(parts) == 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0), np.zeros(0)
        lines = (shapely.get_type_id(parts) == 1) & ~shapely.is_empty(parts)  # a miss is EMPTY
        parts, piece = parts[lines], piece[lines]
        a = shapely.line_locate_point(index.pieces[piece], shapely.get_point(parts, 0))
        b = shapely.line_locate_point(index.pieces[piece], shapely.get_point(parts, -1))
        lo, hi = np.minimum(a, b), np.maximum(a, b)
        return piece, index.planar_to_true(piece, lo), index.planar_to_true(piece, hi)

    def at(self, piece, chainage):
        """Zone metres from the start of everything up to ``chainage`` on ``piece``."""
        x = np.asarray(chainage, dtype=float) + self.index.base_t[np.asarray(piece, dtype=int)]
        if len(self.s) == 0:
            return np.zeros_like(x)
        j = np.searchsorted(self.s, x, side="right") - 1
        jj = np.clip(j, 0, None)
        val = self.c0[jj] + np.clip(x - self.s[jj], 0, self.e[jj] - self.s[jj])
        return np.where(j < 0, 0.0, val)

    def chainage_of(self, piece, value):
        """Inverse of :meth:`at`: true chainage on ``piece`` where zone metres reach ``value``."""
        j = np.clip(np.searchsorted(self.c1, value, side="left"), 0, len(self.c1) - 1)
        x = self.s[j] + (value - self.c0[j])
        return x - self.index.base_t[np.asarray(piece, dtype=int)]


@dataclass
class Gaps:
    piece: np.ndarray
    species: np.ndarray  # index into the species list
    start: np.ndarray  # true metres
    end: np.ndarray
    zone_m: np.ndarray
    excess: np.ndarray
    too_long: np.ndarray


@dataclass
class Proposed:
    piece: np.ndarray
    species: np.ndarray
    gap: np.ndarray
    chainage: np.ndarray


# Proposed crossings one run may hold: far above any real railway (one every 100 m on 10,000 km
# is 100,000), low enough that the arrays below (about 60 bytes each) stay in memory.
MAX_PROPOSED = 5_000_000


def compute_gaps(
    index: RouteIndex,
    piece,
    chainage,
    usable,
    status,
    max_spacing_m,
    coverage: Coverage,
    tolerance_rel: float = 0.0,
) -> tuple:
    """Gaps between consecutive suitable crossings per species and route piece.

    A gap is too long when its part inside the zones exceeds ``max_spacing_m`` by more than
    ``tolerance_rel`` (the precision of a distance across CRSs, e.g. UTM's scale 0.9996); the
    fewest evenly spaced points then bring every sub-gap within that limit.

    ``piece``/``chainage``: per crossing (matched ones have piece >= 0); ``usable``: crossings
    that count (matched, not duplicates); ``status``: (n, S) suitability. Route ends bound the
    first and last gap. Returns (Gaps, Proposed).
    """
    g_piece, g_species, start, end = _gap_ends(index, piece, chainage, usable, status)
    zone_m = coverage.at(g_piece, end) - coverage.at(g_piece, start)
    zone_m = np.clip(zone_m, 0.0, end - start)
    limit = max_spacing_m * (1.0 + tolerance_rel)
    too_long = zone_m > limit + _EPS
    excess = np.where(too_long, zone_m - max_spacing_m, 0.0)
    gaps = Gaps(g_piece, g_species, start, end, zone_m, excess, too_long)
    return gaps, _proposals(gaps, limit, max_spacing_m, coverage)


def _gap_ends(index: RouteIndex, piece, chainage, usable, status) -> tuple:
    """(piece, species, start, end) of every gap: consecutive suitable usable crossings of a
    species on a piece, the piece's ends bounding the first and last gap."""
    n_species = status.shape[1]
    ci, si = np.nonzero((status == SUITABLE) & np.asarray(usable, dtype=bool)[:, None])
    ends_piece = np.tile(np.repeat(np.arange(index.n), 2), n_species)
    ends_species = np.repeat(np.arange(n_species), 2 * index.n)
    ends_pos = np.tile(np.column_stack([np.zeros(index.n), index.length_t]).ravel(), n_species)
    all_piece = np.concatenate([piece[ci], ends_piece]).astype(np.int64)
    all_species = np.concatenate([si, ends_species]).astype(np.int64)
    all_pos = np.concatenate([chainage[ci], ends_pos])
    if len(all_piece):
        all_pos = np.clip(all_pos, 0.0, index.length_t[all_piece])
    order = np.lexsort((all_pos, all_piece, all_species))
    all_piece, all_species, all_pos = all_piece[order], all_species[order], all_pos[order]
    same = (all_piece[1:] == all_piece[:-1]) & (all_species[1:] == all_species[:-1])
    start, end = all_pos[:-1][same], all_pos[1:][same]
    g_piece, g_species = all_piece[:-1][same], all_species[:-1][same]
    keep = end - start > _EPS
    return g_piece[keep], g_species[keep], start[keep], end[keep]


def _proposals(gaps: Gaps, limit, max_spacing_m, coverage: Coverage) -> Proposed:
    """The fewest evenly spaced points (in zone metres) that bring every sub-gap of a gap
    too long within ``limit``."""
    zone_m, start, g_piece = gaps.zone_m, gaps.start, gaps.piece
    count = np.where(gaps.too_long, np.maximum(np.ceil(zone_m / limit - 1e-9) - 1, 1), 0)
    count = count.astype(np.int64)
    total = int(count.sum())
    if total > MAX_PROPOSED:
        raise NuudelError(
            tr(
                "MAX_SPACING {spacing} m would propose {count} crossings (more "
                "than {limit}); a spacing this small is not a spacing between "
                "crossing structures. Set MAX_SPACING in metres, e.g. 2000."
            ),
            spacing=max_spacing_m,
            count=f"{total:,}",
            limit=f"{MAX_PROPOSED:,}",
        )
    gap = np.repeat(np.arange(len(start)), count)
    k = np.arange(count.sum()) - np.repeat(np.cumsum(count) - count, count) + 1
    c_start = coverage.at(g_piece[gap], start[gap])
    value = c_start + k * zone_m[gap] / (count[gap] + 1)
    pos = coverage.chainage_of(g_piece[gap], value) if len(gap) else np.zeros(0)
    return Proposed(g_piece[gap], gaps.species[gap], gap, pos)


# -- the whole check ----------------------------------------------------------------------------
@dataclass
class SpacingResult:
    index: RouteIndex
    matches: Matches
    suitability: Suitability
    overall: np.ndarray
    duplicate_of: np.ndarray
    gaps: Gaps
    proposed: Proposed
    species: list


def check_spacing(
    index: RouteIndex,
    points,
    types,
    width,
    height,
    length,
    profile,
    species,
    max_spacing_m,
    snap_m,
    zones=None,
    fields=None,
    progress=None,
):
    """Run the whole check on prepared routes ``index`` and planar crossing ``points``.

    Parameters
    ----------
    index : RouteIndex
        The route pieces (planar work CRS, and lon/lat for true chainages).
    points, types, width, height, length : sequence
        Per crossing: its shapely Point in the work CRS (None: no geometry), its values as read.
    profile, species : dict, sequence of str
        A validated species profile; the species codes to judge.
    max_spacing_m, snap_m : float
        Largest gap between suitable crossings; largest distance of a crossing from its route.
    zones, fields, progress : optional
        Zone polygons where the rule applies (default: everywhere); the user's field names, for
        the reasons; ``progress(percent)``, which may raise to cancel.

    Returns
    -------
    SpacingResult
        Matches, suitability per species, duplicates, gaps and proposed crossings. A NuudelError
        is raised when MAX_SPACING or SNAP_TOLERANCE is not a valid distance.

    Examples
    --------
    >>> from nuudel.processing.core.profile import load_profile
    >>> index = RouteIndex(["A"], np.array([shapely.LineString([(0, 0), (10000, 0)])]))
    >>> points = np.array([shapely.Point(1000, 0), shapely.Point(6000, 0)])
    >>> result = check_spacing(index, points, ["underpass", "bridge"], [12, 30], [4, 5],
    ...                        [20, 10], load_profile(), ["mgaz"], 2000, 100)
    >>> result.gaps.too_long.tolist()
    [False, True, True]
    >>> result.proposed.chainage.round(1).tolist()
    [2666.7, 4333.3, 8000.0]
    """
    _check_distances(max_spacing_m, snap_m)
    progress = progress or (lambda _pct: None)
    matches, suit, duplicate_of = _judge_crossings(
        index, points, (types, width, height, length), profile, species, snap_m, fields, progress
    )
    gaps, proposed = _find_gaps(
        index, zones, matches, duplicate_of, suit, profile, max_spacing_m, progress
    )
    overall = overall_suitability(suit, matches.matched)
    return SpacingResult(index, matches, suit, overall, duplicate_of, gaps, proposed, list(species))


def _check_distances(max_spacing_m, snap_m) -> None:
    """Raise NuudelError unless MAX_SPACING is positive and SNAP_TOLERANCE is not negative."""
    if not max_spacing_m or max_spacing_m <= 0:
        raise NuudelError(
            tr("MAX_SPACING must be a positive distance in metres, not {value}."),
            value=max_spacing_m,
        )
    if snap_m is None or snap_m < 0:
        raise NuudelError(
            tr("SNAP_TOLERANCE must be zero or a positive distance in metres, not {value}."),
            value=snap_m,
        )


def _find_gaps(index, zones, matches, duplicate_of, suit, profile, max_spacing_m, progress):
    """(Gaps, Proposed) between the suitable crossings that count (matched, not duplicates),
    measured inside the zones."""
    coverage = Coverage(index, zones)
    progress(65)
    usable = matches.matched & (duplicate_of < 0)
    tolerance = profile["crossings"].get("spacing_tolerance_rel", {}).get("value", 0.0)
    out = compute_gaps(
        index,
        matches.piece,
        matches.chainage,
        usable,
        suit.status,
        max_spacing_m,
        coverage,
        float(tolerance),
    )
    progress(75)
    return out


def _judge_crossings(index, points, values, profile, species, snap_m, fields, progress) -> tuple:
    """(matches, suitability, duplicate_of): every crossing located on its route, judged per
    species from its (type, width, height, length) ``values``, and its duplicates found."""
    matches = match_crossings(index, points, snap_m)
    progress(40)
    types, width, height, length = values
    suit = evaluate_crossings(types, width, height, length, profile, species, fields)
    progress(50)
    dup_tol = (
        profile["crossings"]
        .get("duplicate_tolerance_m", {})
        .get("value", DEFAULT_DUPLICATE_TOLERANCE_M)
    )
    duplicate_of = find_duplicates(points, dup_tol)
    progress(55)
    return matches, suit, duplicate_of


def species_summary(result: SpacingResult) -> dict:
    """Per species code: counts of suitable/unsuitable/unknown matched crossings (duplicates
    counted once), gaps, gaps too long, km over the limit, the longest gap (km) and proposed
    crossings."""
    m = result.matches.matched & (result.duplicate_of < 0)
    g = result.gaps
    out = {}
    for s, code in enumerate(result.species):
        st = result.suitability.status[m, s]
        mine = g.species == s
        out[code] = {
            "suitable": int((st == SUITABLE).sum()),
            "unsuitable": int((st == UNSUITABLE).sum()),
            "unknown": int((st == UNKNOWN).sum()),
            "gaps": int(mine.sum()),
            "too_long": int((mine & g.too_long).sum()),
            "excess_km": float(g.excess[mine].sum()) / 1000.0,
            "longest_km": float((g.end - g.start)[mine].max()) / 1000.0 if mine.any() else 0.0,
            "proposed": int((result.proposed.species == s).sum()),
        }
    return out


def proposed_locations(result: SpacingResult, with_gaps: bool = False) -> tuple:
    """One proposed crossing per place, serving every species whose gaps put a crossing there.

    Parameters
    ----------
    result : SpacingResult
        A finished check.
    with_gaps : bool
        Also return, per place, the number of its gap: the row of ``result.gaps`` (counted
        from 1, the ``gap_id`` of the gaps output) of the first species it serves.

    Returns
    -------
    piece, chainage, species[, gap_id] : ndarray of int, ndarray of float, list of str[, ndarray]
        Per place, in the order of piece and chainage: its route piece, its true chainage (m),
        the species it serves, comma-separated in the order of ``result.species`` (and its gap).

    Examples
    --------
    Two species with the same gaps share every proposed place:

    >>> from nuudel.processing.core.profile import load_profile
    >>> index = RouteIndex(["A"], np.array([shapely.LineString([(0, 0), (10000, 0)])]))
    >>> points = np.array([shapely.Point(1000, 0), shapely.Point(6000, 0)])
    >>> result = check_spacing(index, points, ["underpass", "bridge"], [12, 30], [4, 5],
    ...                        [20, 10], load_profile(), ["mgaz", "saiga"], 2000, 100)
    >>> piece, chainage, served, gap = proposed_locations(result, with_gaps=True)
    >>> chainage.round(1).tolist(), served, gap.tolist()
    ([2666.7, 4333.3, 8000.0], ['mgaz,saiga', 'mgaz,saiga', 'mgaz,saiga'], [2, 2, 3])
    """
    p = result.proposed
    places: dict = {}
    for i in np.lexsort((p.species, p.chainage, p.piece)).tolist():
        key = (int(p.piece[i]), round(float(p.chainage[i]), 3))
        place = places.setdefault(key, (float(p.chainage[i]), [], int(p.gap[i]) + 1))
        place[1].append(result.species[p.species[i]])
    piece = np.array([k[0] for k in places], dtype=np.int64)
    chainage = np.array([v[0] for v in places.values()], dtype=float)
    served = [",".join(v[1]) for v in places.values()]
    if not with_gaps:
        return piece, chainage, served
    return piece, chainage, served, np.array([v[2] for v in places.values()], dtype=np.int64)


def _rule(entry, template, **params):
    return (entry["rule"], Message(template, **params), entry["sources"], entry["status"])


def rule_rows(profile, codes, names=None, type_names=None, num=str) -> list:
    """(rule id, description Message, source keys, status) of every rule the check applies
    to the species ``codes``; ``names`` and ``type_names`` (code -> label) name species and
    crossing types in the sentences, ``num`` writes a number."""
    c = profile["crossings"]
    names, type_names = names or {}, type_names or {}
    return (
        _structure_rule_rows(profile, codes, names, num)
        + _type_rule_rows(c, type_names, num)
        + _spacing_rule_rows(c, num)
    )


def _structure_rule_rows(profile, codes, names, num) -> list:
    """The openness and culvert rules, and the underpass size of each crossing group."""
    c = profile["crossings"]
    rows = [
        _rule(
            c["openness_min"],
            tr(
                "Openness index OI = width x height / length (m) of an "
                "underpass or culvert: at least {v}."
            ),
            v=num(c["openness_min"]["value"]),
        ),
        _rule(
            c["culvert_min_m"],
            tr("A culvert narrower or lower than {v} m is unsuitable for ungulates."),
            v=num(c["culvert_min_m"]["value"]),
        ),
    ]
    groups: dict = {}
    for code in codes:
        groups.setdefault(profile["species"][code]["crossing_group"], []).append(code)
    for group, members in groups.items():
        g = c["groups"][group]
        rows.append(
            _rule(
                g,
                tr(
                    "Underpass or culvert for {species}: at least {w} m wide and "
                    "{h} m clear height."
                ),
                species=", ".join(names.get(m, m) for m in members),
                w=num(g["min_width_m"]),
                h=num(g["min_height_m"]),
            )
        )
    return rows


def _type_rule_rows(c, type_names, num) -> list:
    """The bridge, overpass and always-suitable crossing types."""
    rows = []
    bridge = c.get(
        "bridge", {"rule": "C-BRIDGE", "sources": ["nuudel_inference"], "status": "provisional"}
    )
    rows.append(
        _rule(
            bridge,
            tr("A bridge is suitable where its clear height meets the species' underpass height."),
        )
    )
    rows.append(
        _rule(
            c["overpass_min_width_m"],
            tr("An overpass (green bridge) is suitable from {v} m width."),
            v=num(c["overpass_min_width_m"]["value"]),
        )
    )
    op = c["always_suitable_types"]
    rows.append(
        _rule(
            op,
            tr("Crossing types {types} are suitable for every species."),
            types=listed(op["types"], type_names),
        )
    )
    return rows


def _spacing_rule_rows(c, num) -> list:
    """The spacing limit, its tolerance and the duplicate distance."""
    rows = []
    ms = c["max_spacing_m"]
    rows.append(
        _rule(
            ms,
            tr(
                "Suitable crossings at most MAX_SPACING apart (profile default "
                "{v} m), measured inside the zones."
            ),
            v=num(ms["value"]),
        )
    )
    tol = c.get("spacing_tolerance_rel")
    if tol:
        rows.append(
            _rule(
                tol,
                tr(
                    "A gap counts as too long only when it exceeds MAX_SPACING "
                    "by more than {pct} % (the precision of distances across "
                    "coordinate systems); excess_m is measured from MAX_SPACING "
                    "itself."
                ),
                pct=num(100 * tol["value"]),
            )
        )
    dup = c.get("duplicate_tolerance_m")
    if dup:
        rows.append(
            _rule(
                dup,
                tr("Crossings within {v} m of each other are one place, counted once."),
                v=num(dup["value"]),
            )
        )
    return rows
