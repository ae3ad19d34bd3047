"""Mitigation priorities: which fence fix or crossing gains the most per cost (QGIS-free).

Builds on core/landscape.py: the one polygonize gives atomic faces and the meshes of every
species (its union-find over faces). Every candidate reduces, per species, to pairs of base
meshes it joins:

- opening, let_down (a point): the two faces across the nearest fence edge (within the snap
  tolerance); as a line: every fence edge along it (within the along tolerance).
- remove (a point): every edge of the nearest fence feature; as a line: the fence edges along it.
- raise_bottom_wire, smooth_bottom_wire: the fence features concerned (as for remove) get their
  bottom wire raised to the profile's pass height, or their bottom wire made smooth, and their
  verdict is recomputed through the fence audit's rules (core/fence.py); where it no longer
  cuts for a species, their edges join.
- underpass, overpass: built to the profile's crossing minima, suitable for a species by the
  crossing spacing check's rules (core/spacing.py); they join the two faces across the nearest
  edge that cuts for that species, as a suitable crossing does in landscape permeability.

An edge also lying on a cutting road or other barrier joins nothing. Gain of a species: the
increase of T = sum over units U of meff(U) x A_U = sum over meshes of a_inside x a_complete
(the CBC numerator), given as km² of region-wide effective mesh (T / sum A_U). Merging meshes
i and j adds w_i a_j + w_j a_i (w: area inside the units, a: whole area).

Greedy: the best gain per cost is applied (union-find over base meshes: an apply only merges
roots), the gains of the candidates touching the merged meshes are recomputed, and so on until
MAX_CANDIDATES, the BUDGET or no gain is left. Never a polygonize per candidate.
"""

from dataclasses import dataclass, field
from typing import Optional

import numpy as np
import shapely

from . import fence, landscape, spacing
from .graph import components
from .text import NuudelError, tr
from .traffic import require_section

TYPES = (
    "opening",
    "let_down",
    "remove",
    "raise_bottom_wire",
    "smooth_bottom_wire",
    "underpass",
    "overpass",
)
AT_EDGE = ("opening", "let_down")
ON_FEATURE = ("remove", "raise_bottom_wire", "smooth_bottom_wire")
CROSSING = ("underpass", "overpass")
PER = ("each", "km")
_EMPTY_I = np.zeros(0, dtype=np.int64)

# reasons a candidate is not ranked (codes; the adapter words them)
OK, BAD_TYPE, BAD_COST, NO_GEOMETRY, NOTHING_NEAR, NO_GAIN, OVER_BUDGET, BEYOND_MAX = range(8)
STATUS_CODES = (
    "ranked",
    "unknown_type",
    "bad_cost",
    "no_geometry",
    "nothing_near",
    "no_gain",
    "over_budget",
    "beyond_max",
)


def setting(profile, key):
    """A value of the profile's mitigation section."""
    section = require_section(profile, "mitigation")
    if key not in section:
        raise NuudelError(
            tr(
                "The profile's 'mitigation' section has no '{key}'; copy it from "
                "the shipped resources/profiles/species.json."
            ),
            key=key,
        )
    return section[key]


def unit_costs(profile) -> dict:
    """{type: (MNT, per)} of the profile (per: 'each' or 'km')."""
    types = setting(profile, "unit_costs").get("types", {})
    out = {}
    for t in TYPES:
        entry = types.get(t)
        if not isinstance(entry, dict) or entry.get("per") not in PER:
            raise NuudelError(
                tr(
                    "The profile's mitigation.unit_costs.types.{type} needs a "
                    "'value' (MNT) and 'per' (each or km)."
                ),
                type=t,
            )
        try:
            value = float(entry["value"])
        except (KeyError, TypeError, ValueError):
            raise NuudelError(
                tr(
                    "The profile's mitigation.unit_costs.types.{type} needs a "
                    "'value' (MNT) and 'per' (each or km)."
                ),
                type=t,
            ) from None
        out[t] = (value, entry["per"])
    return out


def parse_weights(text, species) -> dict:
    """{code: weight} from text like "khulan:2,mgaz:1" (empty: 1 each). Species not named get
    0. Raises NuudelError on text it cannot read."""
    if text is None or not str(text).strip():
        return {c: 1.0 for c in species}
    out = {c: 0.0 for c in species}
    for part in str(text).replace(";", ",").split(","):
        if not part.strip():
            continue
        code, sep, value = part.partition(":")
        code = code.strip().lower()
        try:
            weight = float(value.strip().replace(" ", ""))
        except ValueError:
            weight = float("nan")
        if not sep or not np.isfinite(weight) or weight < 0:
            raise NuudelError(
                tr(
                    "SPECIES_WEIGHTS: '{part}' is not species:weight with a weight "
                    "of zero or more (e.g. khulan:2,mgaz:1)."
                ),
                part=part.strip(),
            )
        if code not in out:
            raise NuudelError(
                tr("SPECIES_WEIGHTS: '{code}' is not one of the chosen species ({codes})."),
                code=code,
                codes=", ".join(species),
            )
        out[code] = weight
    if not any(out.values()):
        raise NuudelError(
            tr("SPECIES_WEIGHTS gives every species the weight 0: nothing would count.")
        )
    return out


def parse_costs(column) -> tuple:
    """(cost, bad) of a cost column: floats >= 0 (nan where null: the profile's unit cost
    applies) and a mask of values that are present but not a number of zero or more."""
    values = list(column)
    cost = np.full(len(values), np.nan)
    bad = np.zeros(len(values), dtype=bool)
    for i, value in enumerate(values):
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        try:
            number = (
                float(str(value).strip().replace(" ", "").replace(",", "."))
                if isinstance(value, str)
                else float(value)
            )
        except (TypeError, ValueError):
            number = float("nan")
        if np.isfinite(number) and number >= 0 and not isinstance(value, bool):
            cost[i] = number
        else:
            bad[i] = True
    return cost, bad


# -- generated candidates -------------------------------------------------------------------------
def opening_points(lines: landscape.Lines, line_cut, spacing_m):
    """Points every ``spacing_m`` along the runs of fence lines that cut for some species
    (the middle of each of the round(L / spacing) equal pieces; one on a shorter run)."""
    if spacing_m is None or not spacing_m > 0:
        raise NuudelError(
            tr("OPENING_SPACING must be a positive distance in km, not {value}."), value=spacing_m
        )
    cuts = np.zeros(len(lines.geoms), dtype=bool)
    for cut in line_cut.values():
        cuts |= np.asarray(cut, dtype=bool)
    sel = (lines.kind == landscape.FENCE) & cuts
    if not sel.any():
        return np.empty(0, dtype=object)
    runs = shapely.get_parts(shapely.line_merge(shapely.union_all(lines.geoms[sel])))
    runs = runs[shapely.get_type_id(runs) == 1]
    length = shapely.length(runs)
    count = np.maximum(np.round(length / spacing_m), 1).astype(np.int64)
    run = np.repeat(np.arange(len(runs)), count)
    k = np.arange(count.sum()) - np.repeat(np.cumsum(count) - count, count)
    return shapely.line_interpolate_point(runs[run], (k + 0.5) / count[run], normalized=True)


def proposed_crossings(
    road_geoms,
    road_cut,
    points,
    types,
    width,
    height,
    length,
    profile,
    species,
    join_m,
    snap_m,
    max_spacing_m=None,
):
    """Proposed crossing points of a crossing spacing check on the cutting roads (planar metric
    geometries): one point per place, whatever the species."""
    geoms = np.asarray(road_geoms, dtype=object).copy()
    if road_cut is not None:
        geoms[~np.asarray(road_cut, dtype=bool)] = None
    if not any(g is not None for g in geoms):
        return np.empty(0, dtype=object)
    routes = spacing.route_network(geoms, None, join_m)
    index = spacing.RouteIndex(routes.names, routes.pieces)
    max_spacing_m = max_spacing_m or float(profile["crossings"]["max_spacing_m"]["value"])
    result = spacing.check_spacing(
        index, points, types, width, height, length, profile, species, max_spacing_m, snap_m
    )
    p = result.proposed
    if len(p.piece) == 0:
        return np.empty(0, dtype=object)
    xy = np.unique(np.round(index.points_at(p.piece, p.chainage), 3), axis=0)
    return shapely.points(xy)


# -- candidates as base-mesh pairs per species ----------------------------------------------------
@dataclass
class Candidates:
    """Candidate fixes: geometry (work CRS), type text, cost (nan: from the profile)."""

    geoms: np.ndarray
    types: list
    cost: np.ndarray

    def __post_init__(self):
        self.geoms = np.asarray(self.geoms, dtype=object)
        self.cost = np.asarray(self.cost, dtype=float)

    @property
    def type_code(self) -> np.ndarray:
        lookup = {t: i for i, t in enumerate(TYPES)}
        return np.array(
            [lookup.get("" if t is None else str(t).strip().lower(), -1) for t in self.types],
            dtype=np.int64,
        )


@dataclass
class FenceData:
    """The fence layer as the fence audit reads it (work CRS geometries)."""

    geoms: np.ndarray
    columns: dict  # type, height, bottom, top_gap, barbed (lists)
    units: str = "centimetres"
    unknown_as_barrier: bool = True


@dataclass
class Pairs:
    """Per candidate and species: the base meshes (u, v) it joins."""

    cand: np.ndarray
    species: np.ndarray
    u: np.ndarray
    v: np.ndarray
    km: np.ndarray  # fence km each candidate acts on (for costs per km)


def _edge_tables(network, line_cut, species):
    """Per species: edges that cut, edges on a cutting line other than a fence; and fence
    edges."""
    kind = network.lines.kind
    fence_line = kind == landscape.FENCE
    is_fence = landscape.edge_cuts(network, fence_line)
    cut = {c: landscape.edge_cuts(network, line_cut[c]) for c in species}
    other = {
        c: landscape.edge_cuts(network, np.asarray(line_cut[c], bool) & ~fence_line)
        for c in species
    }
    return is_fence, cut, other


def _nearest(tree_geoms, allowed, points, max_d):
    """(point, geometry) nearest allowed geometry within ``max_d`` of each point."""
    if len(points) == 0 or not allowed.any():
        return _EMPTY_I, _EMPTY_I
    idx = np.flatnonzero(allowed)
    tree = shapely.STRtree(tree_geoms[idx])
    p, g = tree.query_nearest(points, max_distance=max_d, all_matches=False)
    return p, idx[g]


class _PairBuilder:
    def __init__(self, network, species, labels, line_cut):
        self.network, self.species, self.labels = network, species, labels
        self.is_fence, self.cut, self.other = _edge_tables(network, line_cut, species)
        ef = network.edge_faces
        self.two = (ef[:, 0] >= 0) & (ef[:, 1] >= 0)
        self.mid = (
            shapely.line_interpolate_point(network.edges, 0.5, normalized=True)
            if len(network.edges)
            else np.empty(0, dtype=object)
        )
        self.rows: list = []  # (cand, species, edge)
        self.fence_geoms: np.ndarray = np.empty(0, dtype=object)  # set by _feature_edges

    def add(self, cand, species_index, edges):
        if len(cand):
            self.rows.append(
                (
                    np.asarray(cand, np.int64),
                    np.full(len(cand), species_index, np.int64)
                    if np.isscalar(species_index)
                    else species_index,
                    np.asarray(edges, np.int64),
                )
            )

    def add_open(self, cand, edges, ok=None):
        """Edges that open for every species where they cut (and lie on no other cutting
        line); ``ok``: (n, S) bool which species may use them."""
        for s, code in enumerate(self.species):
            keep = self.cut[code][edges] & ~self.other[code][edges] & self.two[edges]
            if ok is not None:
                keep &= ok[:, s]
            self.add(cand[keep], s, edges[keep])

    def pairs(self, n_cand, km):
        if not self.rows:
            return Pairs(_EMPTY_I, _EMPTY_I, _EMPTY_I, _EMPTY_I, km)
        cand = np.concatenate([r[0] for r in self.rows])
        spec = np.concatenate([r[1] for r in self.rows])
        edge = np.concatenate([r[2] for r in self.rows])
        ef = self.network.edge_faces[edge]
        n_faces = len(self.network.faces)
        lab = (
            np.stack([self.labels[c] for c in self.species])
            if self.species
            else np.zeros((0, n_faces), np.int64)
        )
        u, v = lab[spec, ef[:, 0]], lab[spec, ef[:, 1]]
        keep = u != v
        key = np.unique(
            np.column_stack([cand, spec, np.minimum(u, v), np.maximum(u, v)])[keep], axis=0
        )
        return Pairs(key[:, 0], key[:, 1], key[:, 2], key[:, 3], km)


@dataclass
class _Placed:
    """Candidates being placed: 2D geometries, type codes, which are lines, which have a
    line near them (touched), and the fence km each acts on."""

    geoms: np.ndarray
    code: np.ndarray
    is_line: np.ndarray
    touched: np.ndarray
    km: np.ndarray

    def of(self, types):
        """Which candidates have one of ``types``."""
        return np.isin(self.code, [TYPES.index(t) for t in types])


def candidate_pairs(
    network,
    line_cut,
    labels,
    candidates: Candidates,
    profile,
    species,
    fences: Optional[FenceData] = None,
    snap_m=None,
    along_m=None,
    measure=None,
) -> tuple:
    """(Pairs with the km each candidate acts on, status per candidate). ``labels``: {code:
    base mesh label per face} (landscape State.label); ``line_cut`` per network line. A line
    candidate acts on its own length (``measure``), a point on the fence feature's."""
    measure = measure or landscape.Measure()
    snap_m = float(setting(profile, "snap_tolerance_m")["value"]) if snap_m is None else snap_m
    along_m = float(setting(profile, "along_tolerance_m")["value"]) if along_m is None else along_m
    n = len(candidates.geoms)
    status = np.full(n, OK, dtype=np.int64)
    status[candidates.type_code < 0] = BAD_TYPE
    present = (
        np.array([g is not None and not g.is_empty for g in candidates.geoms], bool)
        if n
        else np.zeros(0, bool)
    )
    status[(status == OK) & ~present] = NO_GEOMETRY
    b = _PairBuilder(network, list(species), labels, line_cut)
    if len(network.edges) == 0:
        status[status == OK] = NOTHING_NEAR
        return b.pairs(n, np.zeros(n)), status
    geoms = candidates.geoms.copy()
    geoms[present] = shapely.force_2d(geoms[present].astype(object))
    is_line = np.zeros(n, bool)
    is_line[present] = np.isin(shapely.get_type_id(geoms[present]), (1, 5))
    c = _Placed(geoms, candidates.type_code, is_line, np.zeros(n, bool), np.zeros(n))
    valid = status == OK
    _place_at_edge(b, c, valid & c.of(AT_EDGE), snap_m, along_m)
    on_feature = valid & c.of(ON_FEATURE)
    if on_feature.any() and fences is not None and len(fences.geoms):
        _place_on_feature(b, c, on_feature, (profile, species, fences), snap_m, along_m, measure)
    _place_crossings(b, c, valid & c.of(CROSSING), profile, species, snap_m)
    status[valid & ~c.touched] = NOTHING_NEAR
    lines_ = np.flatnonzero(is_line & valid)
    if len(lines_):
        c.km[lines_] = np.asarray(measure.lengths(geoms[lines_]), dtype=float) / 1000.0
    return b.pairs(n, c.km), status


def _place_at_edge(b, c: _Placed, at_edge, snap_m, along_m):
    """opening / let_down: the nearest fence edge, or the fence edges along a line."""
    network = b.network
    pts = np.flatnonzero(at_edge & ~c.is_line)
    p, e = _nearest(network.edges, b.is_fence & b.two, c.geoms[pts], snap_m)
    b.add_open(pts[p], e)
    c.touched[pts[p]] = True
    c.touched[pts[_nearest(network.edges, b.is_fence, c.geoms[pts], snap_m)[0]]] = True
    cand, e = _along(b, c.geoms, np.flatnonzero(at_edge & c.is_line), along_m)
    b.add_open(cand, e)
    c.touched[cand] = True


def _place_on_feature(b, c: _Placed, on_feature, judge, snap_m, along_m, measure):
    """remove / bottom-wire fixes: whole fence features at a point, fence edges along a line;
    ``judge``: (profile, species, fences) to recompute the fixed fences' verdicts."""
    profile, species, fences = judge
    cand, e, (pc, pf) = _feature_edges(b, fences, c.geoms, on_feature, c.is_line, snap_m, along_m)
    c.touched[cand] = True
    c.touched[pc] = True
    if len(pc):
        c.km[pc] = np.asarray(measure.lengths(b.fence_geoms[pf])).astype(float) / 1000.0
    b.add_open(cand, e, _fixed_verdicts(profile, species, fences, c.code, cand, b))


def _place_crossings(b, c: _Placed, is_crossing, profile, species, snap_m):
    """Crossings: per species the nearest edge that cuts for it, where the design suits it."""
    crossing = np.flatnonzero(is_crossing)
    if not len(crossing):
        return
    edges = b.network.edges
    where = c.geoms[crossing].copy()
    lines = c.is_line[crossing]
    where[lines] = shapely.line_interpolate_point(where[lines], 0.5, normalized=True)
    suit = design_suitability(profile, species, [TYPES[i] for i in c.code[crossing]])
    for s, sp in enumerate(species):
        ok = suit[:, s]
        p, e = _nearest(edges, b.cut[sp] & b.two, where[ok], snap_m)
        idx = crossing[np.flatnonzero(ok)[p]]
        keep = b.two[e]
        b.add(idx[keep], s, e[keep])
        c.touched[idx] = True
    near, _e = _nearest(edges, np.ones(len(edges), bool), where, snap_m)
    c.touched[crossing[near]] = True  # a line there, but it separates nothing


def _along(b: _PairBuilder, geoms, idx, along_m):
    """(candidate, edge) of fence edges whose middle lies within ``along_m`` of line
    candidates ``idx``."""
    if len(idx) == 0:
        return _EMPTY_I, _EMPTY_I
    c, e = shapely.STRtree(b.mid).query(geoms[idx], predicate="dwithin", distance=along_m)
    keep = b.is_fence[e]
    return idx[c[keep]], e[keep]


def _feature_edges(b, fences, geoms, on_feature, is_line, snap_m, along_m):
    """(candidate, edge, (point candidate, its fence feature)): the edges of the nearest fence
    feature of a point, the fence edges along a line; the feature of each (candidate, edge)
    is kept in ``b.feature_of``, the fence geometries in ``b.fence_geoms``."""
    fg = np.asarray(fences.geoms, dtype=object)
    has = np.array([g is not None for g in fg], bool)
    fg2 = fg.copy()
    fg2[has] = shapely.force_2d(fg[has].astype(object))
    b.fence_geoms = fg2
    on_tol = max(float(b.network.snap.tolerance), 0.01) + landscape.OVERSHOOT_M
    # edges of every fence feature
    tree = shapely.STRtree(b.mid)
    f_idx = np.flatnonzero(has)
    fq, eq = tree.query(fg2[f_idx], predicate="dwithin", distance=on_tol)
    fq = f_idx[fq]
    keep = b.is_fence[eq]
    fq, eq = fq[keep], eq[keep]
    # points: nearest feature, all its edges
    pts = np.flatnonzero(on_feature & ~is_line)
    p, f = _nearest(fg2, has, geoms[pts], snap_m)
    order = np.argsort(fq, kind="stable")
    fq_s, eq_s = fq[order], eq[order]
    lo = np.searchsorted(fq_s, f, "left")
    hi = np.searchsorted(fq_s, f, "right")
    cnt = hi - lo
    rows = np.repeat(lo, cnt) + (np.arange(cnt.sum()) - np.repeat(np.cumsum(cnt) - cnt, cnt))
    c_pt, e_pt, f_pt = np.repeat(pts[p], cnt), eq_s[rows], fq_s[rows]
    # lines: fence edges along, each with its feature
    c_ln, e_ln = _along(b, geoms, np.flatnonzero(on_feature & is_line), along_m)
    f_of_edge = np.full(len(b.network.edges), -1, np.int64)
    f_of_edge[eq] = fq
    f_ln = f_of_edge[e_ln]
    ok = f_ln >= 0
    c = np.concatenate([c_pt, c_ln[ok]])
    e = np.concatenate([e_pt, e_ln[ok]])
    b.feature_of = np.concatenate([f_pt, f_ln[ok]])
    return c, e, (pts[p], f)


def _fixed_verdicts(profile, species, fences, code, c, b):
    """(pairs, S) bool: after the fix of candidate c, the fence feature of the pair no longer
    cuts for the species (remove: never cuts)."""
    f = b.feature_of
    out = np.ones((len(c), len(species)), bool)
    if len(c) == 0:
        return out
    kind = code[c]
    wire = kind != TYPES.index("remove")
    if not wire.any():
        return out
    rows = f[wire]
    cols = {k: [fences.columns[k][i] for i in rows.tolist()] for k in fences.columns}
    raise_ = kind[wire] == TYPES.index("raise_bottom_wire")
    bottom_pass = _bottom_pass_cm(profile)
    factor = 100.0 if fences.units == "metres" else 1.0
    cols["bottom"] = [bottom_pass / factor if r else v for r, v in zip(raise_, cols["bottom"])]
    barbed, _status = fence.parse_barbed(cols["barbed"])
    smooth = {2: "none", 3: "top"}
    cols["barbed"] = [
        smooth.get(int(code_), v) if not r else v
        for r, code_, v in zip(raise_, barbed, cols["barbed"])
    ]
    cuts, _result = landscape.fence_cuts(
        profile, species, cols, fences.units, fences.unknown_as_barrier
    )
    for s, sp in enumerate(species):
        out[wire, s] = ~cuts[sp]
    return out


def _bottom_pass_cm(profile):
    for rule in profile["fence"]["rules"].get("crawl", []):
        if rule.get("field") == "bottom" and rule.get("kind") == "min":
            return float(rule["pass"])
    raise NuudelError(
        tr(
            "The profile's fence rules for crawlers have no bottom wire rule: a "
            "raised bottom wire cannot be judged."
        )
    )


def design_dimensions(profile) -> dict:
    """{type: (width, height, length)} of a proposed crossing built to the profile's minima."""
    crossings = profile["crossings"]
    groups = crossings["groups"].values()
    width = max(float(g["min_width_m"]) for g in groups)
    height = max(float(g["min_height_m"]) for g in groups)
    length = width * height / float(crossings["openness_min"]["value"])
    return {
        "underpass": (width, height, length),
        "overpass": (max(width, float(crossings["overpass_min_width_m"]["value"])), height, length),
    }


def design_suitability(profile, species, types) -> np.ndarray:
    """(n, S) bool: a proposed crossing of each type, built to the minima, suits the species."""
    dims = design_dimensions(profile)
    w = [dims[t][0] for t in types]
    h = [dims[t][1] for t in types]
    ln = [dims[t][2] for t in types]
    suit = spacing.evaluate_crossings(types, w, h, ln, profile, list(species))
    return suit.status == spacing.SUITABLE


# -- the greedy ranking ---------------------------------------------------------------------------
@dataclass
class Ranking:
    order: np.ndarray  # candidate index per rank (rank 1 first)
    gain: np.ndarray  # (ranked, S) km² of region-wide effective mesh
    gain_total: np.ndarray  # weighted
    cost: np.ndarray  # per candidate (MNT; nan where unusable)
    status: np.ndarray  # per candidate: OK when ranked, else the reason code
    joined: list  # per rank: {species index: [mesh areas km² joined]}
    possible: float  # weighted gain with every candidate applied
    possible_species: np.ndarray
    base_meff: np.ndarray  # region-wide meff per species before (km²)
    remaining: Optional[np.ndarray] = None  # (n, S) what each candidate would still add
    weights: Optional[np.ndarray] = None  # per species
    species: list = field(default_factory=list)

    @property
    def cum_cost(self):
        return np.cumsum(self.cost[self.order]) if len(self.order) else np.zeros(0)

    @property
    def cum_gain_pct(self):
        if len(self.order) == 0:
            return np.zeros(0)
        return (
            100.0 * np.cumsum(self.gain_total) / self.possible
            if self.possible > 0
            else np.zeros(len(self.order))
        )


class _Meshes:
    """Union-find over the base meshes of one species: whole area a, area inside units w."""

    def __init__(self, network, label):
        n = len(network.faces)
        self.parent = np.arange(n)
        self.a = np.bincount(label, weights=network.face_area, minlength=n)
        mf = network.memb_face
        self.w = np.bincount(label[mf], weights=network.face_area[mf], minlength=n)

    def find(self, x):
        r = self.parent[x]
        while True:
            nxt = self.parent[r]
            if np.array_equal(nxt, r):
                return r
            r = nxt

    def merge(self, roots):
        roots = np.unique(roots)
        if len(roots) < 2:
            return roots[:1]
        r0, rest = roots[0], roots[1:]
        self.a[r0] += self.a[rest].sum()
        self.w[r0] += self.w[rest].sum()
        self.parent[rest] = r0
        return roots[:1]


def _gains(meshes, key, ru, rv, n_keys):
    """Per key (candidate, species): the increase of sum w a when its pairs (ru, rv) of
    current roots are joined, and per pair the component."""
    out = np.zeros(n_keys)
    if len(key) == 0:
        return out
    node_key = np.concatenate([key, key])
    node_root = np.concatenate([ru, rv])
    nodes, inv = np.unique(np.column_stack([node_key, node_root]), axis=0, return_inverse=True)
    inv = inv.reshape(-1)
    comp = components(len(nodes), inv[: len(key)], inv[len(key) :])
    w, a = meshes.w[nodes[:, 1]], meshes.a[nodes[:, 1]]
    sw = np.bincount(comp, weights=w, minlength=len(nodes))
    sa = np.bincount(comp, weights=a, minlength=len(nodes))
    swa = np.bincount(comp, weights=w * a, minlength=len(nodes))
    roots = np.flatnonzero(np.bincount(comp, minlength=len(nodes)))
    comp_key = nodes[roots, 0]
    np.add.at(out, comp_key, sw[roots] * sa[roots] - swa[roots])
    return out


@dataclass
class _Greedy:
    """The usable pairs of the candidates, per species over a union-find of its base meshes;
    ``scale`` turns sum w a (m⁴) into km² of region-wide effective mesh."""

    meshes: list
    cand: np.ndarray
    pu: np.ndarray
    pv: np.ndarray
    by_s: list
    n: int
    scale: float

    @classmethod
    def build(cls, network, labels, pairs: Pairs, usable, species, n):
        total_area = float(np.nansum(network.unit_area))
        scale = 1.0 / total_area / 1e6 if total_area > 0 else 0.0
        meshes = [_Meshes(network, labels[c]) for c in species]
        sel = usable[pairs.cand] if len(pairs.cand) else np.zeros(0, bool)
        cand, spec = pairs.cand[sel], pairs.species[sel]
        by_s = [np.flatnonzero(spec == s) for s in range(len(species))]
        return cls(meshes, cand, pairs.u[sel], pairs.v[sel], by_s, n, scale)

    def base(self):
        """Region-wide meff per species before any fix (km²)."""
        return np.array([float((m.w * m.a).sum()) * self.scale for m in self.meshes])

    def initial_gains(self):
        """((n, S) gain of each candidate alone, (S,) gain of all of them together)."""
        n_s = len(self.meshes)
        gain, possible = np.zeros((self.n, n_s)), np.zeros(n_s)
        for s, rows in enumerate(self.by_s):
            m, pu, pv = self.meshes[s], self.pu[rows], self.pv[rows]
            gain[:, s] = _gains(m, self.cand[rows], pu, pv, self.n) * self.scale
            possible[s] = _gains(m, np.zeros(len(rows), np.int64), pu, pv, 1)[0] * self.scale
        return gain, possible

    def apply(self, best, gain):
        """Apply candidate ``best`` (see _apply)."""
        return _apply(
            self.meshes, best, self.cand, self.pu, self.pv, self.by_s, gain, self.n, self.scale
        )


def prioritise(
    network,
    labels,
    pairs: Pairs,
    status,
    costs,
    weights,
    species,
    max_k=50,
    budget=None,
    progress=None,
) -> Ranking:
    """Greedy ranking (see the module doc). ``labels``: {code: base label per face};
    ``costs``: MNT per candidate (nan: unusable); ``weights``: {code: weight}."""
    progress = progress or (lambda _pct: None)
    species = list(species)
    costs = np.asarray(costs, dtype=float)
    status = status.copy()
    status[(status == OK) & ~(np.isfinite(costs) & (costs >= 0))] = BAD_COST
    wt = np.array([weights.get(c, 0.0) for c in species])
    greedy = _Greedy.build(network, labels, pairs, status == OK, species, len(costs))
    base = greedy.base()
    gain, possible_s = greedy.initial_gains()
    status[(status == OK) & ~((gain * wt).sum(axis=1) > 0)] = NO_GAIN
    active = status == OK
    order, gains, joined, left = _rank_greedily(
        greedy, gain, wt, costs, active, (budget, max_k), progress
    )
    too_dear = (costs > left + 1e-9, OVER_BUDGET if budget is not None else BEYOND_MAX)
    _unranked_status(status, active, order, (gain * wt).sum(axis=1) > 1e-12, too_dear)
    g = np.array(gains).reshape(-1, len(species))
    return Ranking(
        order=np.array(order, np.int64),
        gain=g,
        gain_total=(g * wt).sum(axis=1),
        cost=costs,
        status=status,
        joined=joined,
        possible=float((possible_s * wt).sum()),
        possible_species=possible_s,
        base_meff=base,
        remaining=gain,
        weights=wt,
        species=species,
    )


def _rank_greedily(greedy: _Greedy, gain, wt, costs, active, limits, progress):
    """Apply the best gain per cost that fits the budget, recompute, repeat until ``limits``
    (budget or None, max_k) stop it: (order, gain per rank, joined per rank, budget left).
    ``gain`` and ``active`` are updated in place."""
    budget, max_k = limits
    order: list = []
    gains: list = []
    joined: list = []
    left = np.inf if budget is None else float(budget)
    while len(order) < max_k:
        total = (gain * wt).sum(axis=1)
        fits = active & (costs <= left + 1e-9) & (total > 1e-12)
        if not fits.any():
            break
        with np.errstate(divide="ignore", invalid="ignore"):
            ratio = np.where(costs > 0, total / np.where(costs > 0, costs, 1.0), np.inf)
        best = int(np.flatnonzero(fits)[np.argmax(ratio[fits])])
        order.append(best)
        gains.append(gain[best].copy())
        left -= costs[best]
        active[best] = False
        joined.append(greedy.apply(best, gain))
        progress(100.0 * len(order) / max(max_k, 1))
    return order, gains, joined, left


def _unranked_status(status, active, order, gains_any, too_dear):
    """Why the usable candidates left out were not ranked: ``too_dear`` (mask, code: over the
    budget, or beyond MAX_CANDIDATES without one), beyond MAX_CANDIDATES, or no gain left once
    the ranked ones were applied."""
    dear, dear_code = too_dear
    ranked = np.zeros(len(status), bool)
    ranked[order] = True
    still = active & ~ranked
    over = still & dear & gains_any
    status[over] = dear_code
    status[still & ~over & gains_any] = BEYOND_MAX
    status[still & ~over & ~gains_any] = NO_GAIN


def _apply(meshes, best, cand, pu, pv, by_s, gain, n, scale):
    """Merge the meshes candidate ``best`` joins and recompute the gains of the candidates
    touching them; returns {species index: [areas km² of the meshes joined]}."""
    joined = {}
    for s, m in enumerate(meshes):
        rows = by_s[s]
        mine = rows[cand[rows] == best]
        if len(mine) == 0:
            continue
        ru, rv = m.find(pu[mine]), m.find(pv[mine])
        nodes, inv = np.unique(np.concatenate([ru, rv]), return_inverse=True)
        comp = components(len(nodes), inv[: len(ru)], inv[len(ru) :])
        areas, new_roots = [], []
        for c in np.unique(comp):
            group = nodes[comp == c]
            if len(group) > 1:
                areas.append(sorted((m.a[group] / 1e6).tolist(), reverse=True))
                new_roots.append(m.merge(group)[0])
        if not new_roots:
            continue
        joined[s] = areas
        cu, cv = m.find(pu[rows]), m.find(pv[rows])
        hit = np.isin(cu, new_roots) | np.isin(cv, new_roots)
        affected = np.unique(cand[rows[hit]])
        redo = rows[np.isin(cand[rows], affected)]
        gain[affected, s] = 0.0
        part = _gains(m, cand[redo], m.find(pu[redo]), m.find(pv[redo]), n) * scale
        gain[affected, s] = part[affected]
    return joined


def candidate_costs(candidates: Candidates, profile, km) -> np.ndarray:
    """MNT per candidate: its own cost where given (>= 0), else the profile's unit cost (per
    km: times the fence km it acts on, or the line's length)."""
    table = unit_costs(profile)
    code = candidates.type_code
    out = candidates.cost.copy()
    missing = np.isnan(out)
    for i, t in enumerate(TYPES):
        sel = missing & (code == i)
        value, per = table[t]
        out[sel] = value * (km[sel] if per == "km" else 1.0)
    return out
