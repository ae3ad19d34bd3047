"""Checks of a fence inventory before it is audited (QGIS-free, vectorised).

Geometry checks work on planar metric coordinates (the adapter projects the fences into a
local transverse Mercator); lengths for the report are the caller's (ellipsoidal) lengths.
Every issue has a code (fixed English), a severity (error | warning), the rule id it comes
from, the feature it concerns, a point where to look, and a message template with values that
the adapter renders in English and Mongolian.

Codes
    no_geometry, zero_length, invalid_geometry, self_crossing   geometry
    gap, near_miss          ends of sections close but not joined (core/topology.py)
    duplicate, overlap      the same line twice, or sections lying on each other
    type_missing, type_unknown, out_of_range, metres_in_cm, bottom_above_top,
    barbed_unknown, missing_for_audit, opening_long           attributes
    crossing_far            a crossing structure far from every fence and route
"""

from dataclasses import dataclass, field

import numpy as np
import shapely

from . import fence
from .inventory import inventory_limits
from .text import tr
from .topology import snap_ends

ERROR, WARNING = "error", "warning"
MESSAGES = {
    "no_geometry": tr("Feature {fid} has no geometry."),
    "zero_length": tr("Feature {fid} has zero length (fewer than two distinct points)."),
    "invalid_geometry": tr("Feature {fid} is not a valid line."),
    "self_crossing": tr("Feature {fid} crosses itself."),
    "gap": tr(
        "Gap of {distance} m between the ends of sections {fid} and {other}: a "
        "digitising miss, or a real opening to record as fence_type = opening?"
    ),
    "near_miss": tr("The end of section {fid} stops {distance} m short of section {other}."),
    "duplicate": tr(
        "Sections {fid} and {other} are the same line ({length} m): digitised "
        "twice, or both sides of a road on one line?"
    ),
    "overlap": tr("Sections {fid} and {other} lie on each other over {length} m."),
    "type_missing": tr("Feature {fid}: fence_type is empty; the audit cannot judge it."),
    "type_unknown": tr("Feature {fid}: fence_type '{value}' is not in the data model ({known})."),
    "out_of_range": tr(
        "Feature {fid}: {field} = {value} cm is physically impossible (outside {lo} to {hi} cm)."
    ),
    "metres_in_cm": tr("Feature {fid}: {field} = {value} looks like metres in a centimetre field."),
    "bottom_above_top": tr(
        "Feature {fid}: the bottom wire ({bottom} cm) is not below the top wire ({height} cm)."
    ),
    "barbed_unknown": tr(
        "Feature {fid}: barbed = '{value}' is not none, top, bottom, all or a boolean."
    ),
    "missing_for_audit": tr("Feature {fid}: {fields} empty; the audit rates {modes} unknown."),
    "opening_long": tr(
        "Opening {fid} is {length} m long (more than {limit} m): a gap in the "
        "survey or a missing section?"
    ),
    "crossing_far": tr(
        "Crossing {fid} lies {distance} m from the nearest fence or route (more than {limit} m)."
    ),
}
SEVERITY = {
    "no_geometry": ERROR,
    "zero_length": ERROR,
    "invalid_geometry": ERROR,
    "self_crossing": WARNING,
    "gap": WARNING,
    "near_miss": WARNING,
    "duplicate": ERROR,
    "overlap": WARNING,
    "type_missing": ERROR,
    "type_unknown": ERROR,
    "out_of_range": ERROR,
    "metres_in_cm": WARNING,
    "bottom_above_top": ERROR,
    "barbed_unknown": WARNING,
    "missing_for_audit": WARNING,
    "opening_long": WARNING,
    "crossing_far": WARNING,
}
CODES = tuple(MESSAGES)
MODE_NEEDS = {"crawl": ("bottom", "barbed"), "jump": ("height", "top_gap"), "opening": ()}
MODE_WORDS = {"crawl": tr("crawlers"), "jump": tr("jumpers"), "opening": tr("openings-needers")}


@dataclass
class Issues:
    """One row per problem: layer (fences | crossings), feature index, code, rule, x, y
    (planar, the place to look), params (values for the message)."""

    layer: list = field(default_factory=list)
    index: list = field(default_factory=list)
    code: list = field(default_factory=list)
    rule: list = field(default_factory=list)
    x: list = field(default_factory=list)
    y: list = field(default_factory=list)
    params: list = field(default_factory=list)

    def add(self, layer, index, code, rule, xy, params_list):
        """Add len(index) issues of one code (``xy`` (n, 2), ``params_list`` n dicts)."""
        n = len(index)
        self.layer += [layer] * n
        self.index += [int(i) for i in index]
        self.code += [code] * n
        self.rule += [rule] * n
        self.x += [float(v) for v in np.asarray(xy)[:, 0]] if n else []
        self.y += [float(v) for v in np.asarray(xy)[:, 1]] if n else []
        self.params += list(params_list)

    def __len__(self):
        return len(self.code)

    def counts(self) -> dict:
        return {c: self.code.count(c) for c in CODES if c in self.code}

    def messages(self, translate=None, fids=None, crossing_fids=None) -> list:
        """Every issue's message; each template is translated once."""
        cache = {}

        def cached(text):
            if text not in cache:
                cache[text] = translate(text) if translate else text
            return cache[text]

        return [self.message(row, cached, fids, crossing_fids) for row in range(len(self))]

    def message(self, row, translate=None, fids=None, crossing_fids=None) -> str:
        """The message of issue ``row`` (``fids`` turn feature indices into feature ids)."""
        params = dict(self.params[row])
        translate = translate or (lambda text: text)
        if "_modes" in params:
            params["modes"] = " + ".join(translate(MODE_WORDS[m]) for m in params.pop("_modes"))
        ids = crossing_fids if self.layer[row] == "crossings" else fids
        for key in ("fid", "other"):
            if key in params and ids is not None and params[key] is not None:
                params[key] = int(ids[params[key]])
        template = MESSAGES[self.code[row]]
        return translate(template).format(**params)


@dataclass
class CheckResult:
    issues: Issues
    audit: object  # fence.FenceResult of the selected species
    judgeable_km: dict  # species code -> km not unknown
    unknown_km: dict
    total_km: float
    snap: object  # topology.SnapResult


def _factor(values):
    """(distinct values, inverse) of a text column (None becomes ""): one sort, so a parser
    runs once per distinct value."""
    text = np.array(["" if v is None else str(v) for v in values], dtype=str)
    if len(text) == 0:
        return [], np.zeros(0, dtype=np.int64)
    uniq, inverse = np.unique(text, return_inverse=True)
    return uniq.tolist(), inverse


def _num(value, digits=1) -> str:
    text = f"{float(value):.{digits}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _mid(geoms):
    """(n, 2) middle points of lines (nan for None)."""
    out = np.full((len(geoms), 2), np.nan)
    ok = np.array([g is not None for g in geoms], dtype=bool)
    if ok.any():
        pts = shapely.line_interpolate_point(geoms[ok], 0.5, normalized=True)
        out[ok] = shapely.get_coordinates(pts)
    return out


def check_geometry(issues, geoms, present):
    """no_geometry, zero_length, invalid_geometry, self_crossing."""
    n = len(geoms)
    idx = np.flatnonzero(~present)
    issues.add(
        "fences",
        idx,
        "no_geometry",
        "I-GEOMETRY",
        np.full((len(idx), 2), np.nan),
        [{"fid": i} for i in idx],
    )
    length = np.zeros(n)
    length[present] = shapely.length(geoms[present])
    zero = present & (length <= 1e-6)
    invalid = np.zeros(n, dtype=bool)
    invalid[present] = ~shapely.is_valid(geoms[present])
    invalid &= ~zero
    crossing = np.zeros(n, dtype=bool)
    crossing[present] = ~shapely.is_simple(geoms[present])
    crossing &= ~zero & ~invalid
    mid = _mid(geoms)
    first = np.full((n, 2), np.nan)
    if present.any():
        first[present] = shapely.get_coordinates(
            shapely.get_point(shapely.get_geometry(geoms[present], 0), 0)
        )
    for code, mask, where in (
        ("zero_length", zero, first),
        ("invalid_geometry", invalid, first),
        ("self_crossing", crossing, mid),
    ):
        idx = np.flatnonzero(mask)
        issues.add("fences", idx, code, "I-GEOMETRY", where[idx], [{"fid": i} for i in idx])
    return present & ~zero & ~invalid


def check_ends(issues, geoms, tolerance, near):
    """gap (end to end) and near_miss (end to line) from core/topology.py."""
    snap = snap_ends(geoms, tolerance, near=near)
    rec = snap.near_misses
    for code, kind in (("gap", "end"), ("near_miss", "line")):
        r = rec[rec["kind"] == kind]
        issues.add(
            "fences",
            r["line"],
            code,
            "T-NEAR",
            np.column_stack([r["x"], r["y"]]),
            [
                {"fid": int(a), "other": int(b), "distance": _num(d)}
                for a, b, d in zip(r["line"], r["other"], r["distance"])
            ],
        )
    return snap


def check_overlaps(issues, geoms, usable, tolerance):
    """duplicate (each within ``tolerance`` of the other all along: Hausdorff distance) and
    overlap (exactly shared pieces longer than ``tolerance``)."""
    idx = np.flatnonzero(usable)
    if len(idx) < 2:
        return
    g = geoms[idx]
    tree = shapely.STRtree(g)
    a, b = tree.query(g, predicate="dwithin", distance=tolerance)
    keep = a < b
    a, b = a[keep], b[keep]
    if not len(a):
        return
    # most pairs only touch at an end (sections of one fence): keep a pair only when an end of
    # one lies on the other away from its ends, or a middle point lies on the other
    a, b = _filter_pairs(g, a, b, tolerance)
    if not len(a):
        return
    shared = shapely.length(shapely.intersection(g[a], g[b]))
    hausdorff = shapely.hausdorff_distance(g[a], g[b])
    dup = hausdorff <= tolerance
    over = ~dup & (shared > tolerance)
    la = shapely.length(g[a])
    for code, mask, length in (("duplicate", dup, la), ("overlap", over, shared)):
        pa, pb = idx[a[mask]], idx[b[mask]]
        where = _mid(geoms[pa])
        issues.add(
            "fences",
            pa,
            code,
            "I-DUPLICATE",
            where,
            [
                {"fid": int(i), "other": int(j), "length": _num(v)}
                for i, j, v in zip(pa, pb, length[mask])
            ],
        )


def _inner_vertices(g):
    """A multipoint of the vertices of each line but its two ends (None: no inner vertex)."""
    parts, owner = shapely.get_parts(g, return_index=True)
    coords, part = shapely.get_coordinates(parts, return_index=True)
    counts = np.bincount(part, minlength=len(parts))
    stop = np.cumsum(counts)
    inner = np.ones(len(coords), dtype=bool)
    inner[stop[counts > 0] - 1] = False
    inner[(stop - counts)[counts > 0]] = False
    out = np.full(len(g), None, dtype=object)
    if inner.any():
        shapely.multipoints(shapely.points(coords[inner]), indices=owner[part[inner]], out=out)
    return out


def _filter_pairs(g, a, b, tolerance):
    """The candidate pairs (a, b) that may share more than an end point (see check_overlaps).

    A shared piece ends at an end or a vertex of one line lying on the other: so a pair is kept
    when an end of one lies on the other away from its ends, an inner vertex of one lies on
    the other, or (the same line twice) the middle of one lies on the other."""
    first = shapely.get_point(shapely.get_geometry(g, 0), 0)
    last = shapely.get_point(shapely.get_geometry(g, -1), -1)
    ends_xy = (shapely.get_coordinates(first), shapely.get_coordinates(last))
    middle = shapely.line_interpolate_point(g, 0.5, normalized=True)
    inner = _inner_vertices(g)
    with np.errstate(invalid="ignore"):
        keep = (
            (shapely.distance(middle[a], g[b]) <= tolerance)
            | (shapely.distance(middle[b], g[a]) <= tolerance)
            | (shapely.distance(inner[a], g[b]) <= tolerance)
            | (shapely.distance(inner[b], g[a]) <= tolerance)
        )
    for this, other in ((a, b), (b, a)):
        for end, xy in zip((first, last), ends_xy):
            # away from both ends of the other line (plain coordinates, no GEOS call) ...
            away = (
                (np.hypot(*(xy[this] - ends_xy[0][other]).T) > tolerance)
                & (np.hypot(*(xy[this] - ends_xy[1][other]).T) > tolerance)
                & ~keep
            )
            # ... and on it
            idx = np.flatnonzero(away)
            keep[idx] = shapely.distance(end[this[idx]], g[other[idx]]) <= tolerance
    return a[keep], b[keep]


def check_attributes(issues, profile, species, columns, units, lengths_m, mid):
    """Values the audit cannot use, or that look wrong, added to ``issues``."""
    uniq, inverse = _factor(columns["type"])
    kind, type_values = (a[inverse] for a in fence.parse_types(uniq, profile))
    wire = kind == 0
    limits = fence.fence_limits(profile)
    _check_types(issues, profile, kind, type_values, mid)
    cm = _check_heights(issues, profile, limits, columns, units, wire, mid)
    _check_wire_order(issues, limits, wire, cm, mid)
    barbed_status = _check_barbed(issues, columns, wire, mid)
    _missing_for_audit(issues, profile, species, wire, cm, barbed_status, mid)
    _check_openings(issues, profile, kind, lengths_m, mid)


def _check_types(issues, profile, kind, type_values, mid):
    """type_missing and type_unknown: a fence the audit cannot judge at all."""
    for code, mask in (("type_missing", kind == 3), ("type_unknown", kind == 4)):
        idx = np.flatnonzero(mask)
        known = ", ".join(
            profile["fence"]["wire_types"]
            + profile["fence"]["barrier_types"]["types"]
            + profile["fence"]["opening_types"]["types"]
        )
        issues.add(
            "fences",
            idx,
            code,
            "TYPE",
            mid[idx],
            [{"fid": int(i), "value": type_values[i], "known": known} for i in idx],
        )


def _check_heights(issues, profile, limits, columns, units, wire, mid):
    """metres_in_cm and out_of_range per height field; returns {key: heights in cm, NaN empty}."""
    inv = inventory_limits(profile)
    cm = {}
    hint = float(inv["metres_hint_cm"]["value"])
    for key in ("height", "bottom", "top_gap"):
        value, status = fence.parse_lengths_cm(columns[key], units)
        cm[key] = np.where(status == fence.PASS, value, np.nan)
        name = f"{key}_cm"
        lo, hi = float(limits[key]["min"]), float(limits[key]["max"])
        with np.errstate(invalid="ignore"):
            looks_m = (
                wire
                & (cm[key] > 0)
                & (cm[key] < hint)
                & ((cm[key] != np.round(cm[key])) | (key == "height"))
            )
            bad = wire & ((cm[key] < lo) | (cm[key] > hi)) & ~looks_m
        for code, mask, rule in (
            ("metres_in_cm", looks_m, inv["metres_hint_cm"]["rule"]),
            ("out_of_range", bad, limits.get("rule", "F-RANGE")),
        ):
            idx = np.flatnonzero(mask)
            values = [
                {
                    "fid": int(i),
                    "field": name,
                    "value": _num(cm[key][i], 2),
                    "lo": _num(lo),
                    "hi": _num(hi),
                }
                for i in idx
            ]
            issues.add("fences", idx, code, rule, mid[idx], values)
    return cm


def _check_wire_order(issues, limits, wire, cm, mid):
    """bottom_above_top: the bottom wire not below the top wire."""
    with np.errstate(invalid="ignore"):
        above = wire & (cm["bottom"] >= cm["height"])
    idx = np.flatnonzero(above)
    issues.add(
        "fences",
        idx,
        "bottom_above_top",
        limits.get("rule", "F-RANGE"),
        mid[idx],
        [
            {"fid": int(i), "bottom": _num(cm["bottom"][i]), "height": _num(cm["height"][i])}
            for i in idx
        ],
    )


def _check_barbed(issues, columns, wire, mid):
    """barbed_unknown; returns the barbed parse status per feature."""
    uniq, inverse = _factor(columns["barbed"])
    barbed_status = fence.parse_barbed(uniq)[1][inverse]
    idx = np.flatnonzero(wire & (barbed_status == fence.INVALID))
    values = list(columns["barbed"])
    issues.add(
        "fences",
        idx,
        "barbed_unknown",
        "F-BARBED-BOTTOM",
        mid[idx],
        [{"fid": int(i), "value": values[i]} for i in idx],
    )
    return barbed_status


def _check_openings(issues, profile, kind, lengths_m, mid):
    """opening_long: an opening longer than the profile's limit."""
    inv = inventory_limits(profile)
    openings = np.flatnonzero((kind == 2) & (lengths_m > float(inv["max_opening_m"]["value"])))
    issues.add(
        "fences",
        openings,
        "opening_long",
        inv["max_opening_m"]["rule"],
        mid[openings],
        [
            {
                "fid": int(i),
                "length": _num(lengths_m[i], 0),
                "limit": _num(inv["max_opening_m"]["value"], 0),
            }
            for i in openings
        ],
    )


def _missing_for_audit(issues, profile, species, wire, cm, barbed_status, mid):
    """One issue per wire fence listing the empty fields the selected species' modes need."""
    modes = sorted({profile["species"][c]["fence_mode"] for c in species})
    empty = {key: np.isnan(cm[key]) for key in ("height", "bottom", "top_gap")}
    empty["barbed"] = barbed_status == fence.MISSING
    names = {
        "height": "height_cm",
        "bottom": "bottom_cm",
        "top_gap": "top_gap_cm",
        "barbed": "barbed",
    }
    keys = list(names)
    pattern = np.zeros(len(wire), dtype=np.int64)
    for bit, key in enumerate(keys):
        pattern |= empty[key].astype(np.int64) << bit
    pattern[~wire] = 0
    rows, params = [], []
    for value in np.unique(pattern[pattern > 0]).tolist():
        fields = [k for bit, k in enumerate(keys) if value >> bit & 1]
        affected = [m for m in modes if any(k in fields for k in MODE_NEEDS.get(m, ()))]
        if not affected:
            continue
        text = ", ".join(names[k] for k in fields)
        members = np.flatnonzero(pattern == value)
        rows.extend(members.tolist())
        params.extend({"fid": int(i), "fields": text, "_modes": affected} for i in members)
    order = np.argsort(rows, kind="stable")
    rows = [rows[i] for i in order]
    params = [params[i] for i in order]
    issues.add(
        "fences",
        rows,
        "missing_for_audit",
        "F-MISSING",
        mid[rows] if rows else np.zeros((0, 2)),
        params,
    )


def check_crossings(issues, crossing_geoms, lines, limit_m, rule):
    """crossing_far: crossings farther than ``limit_m`` from every fence and route line."""
    pts = np.asarray(crossing_geoms, dtype=object)
    ok = np.array([g is not None for g in pts], dtype=bool)
    lines = np.asarray([g for g in lines if g is not None], dtype=object)
    if not ok.any():
        return
    dist = np.full(len(pts), np.inf)
    if len(lines):
        tree = shapely.STRtree(lines)
        pairs, nearest = tree.query_nearest(pts[ok], return_distance=True, all_matches=False)
        d = np.full(int(ok.sum()), np.inf)
        d[pairs[0]] = nearest
        dist[ok] = d
    far = np.flatnonzero(ok & (dist > limit_m))
    xy = shapely.get_coordinates(pts[far]) if len(far) else np.zeros((0, 2))
    issues.add(
        "crossings",
        far,
        "crossing_far",
        rule,
        xy,
        [
            {
                "fid": int(i),
                "distance": _num(dist[i], 0) if np.isfinite(dist[i]) else "∞",
                "limit": _num(limit_m, 0),
            }
            for i in far
        ],
    )


def judgeable(audit, lengths_m):
    """(judgeable km, unknown km) per species of an audit result."""
    lengths_m = np.asarray(lengths_m, dtype=float)
    ok = {
        c: float(lengths_m[audit.verdicts[c] != fence.UNKNOWN].sum()) / 1000.0
        for c in audit.species
    }
    unknown = {
        c: float(lengths_m[audit.verdicts[c] == fence.UNKNOWN].sum()) / 1000.0
        for c in audit.species
    }
    return ok, unknown


def check_inventory(
    profile,
    species,
    geoms_m,
    columns,
    lengths_m,
    tolerance,
    near,
    units="centimetres",
    crossing_geoms=None,
    route_geoms=None,
) -> CheckResult:
    """Every check on a fence inventory (see the module doc).

    ``geoms_m``: fence lines in planar metres (None where missing); ``columns``: raw attribute
    columns keyed type, height, bottom, top_gap, barbed; ``lengths_m``: true lengths (report);
    ``crossing_geoms`` / ``route_geoms``: points and lines in the same planar CRS, optional.
    """
    geoms = np.asarray(geoms_m, dtype=object)
    present = np.array([g is not None for g in geoms], dtype=bool)
    issues = Issues()
    usable = check_geometry(issues, geoms, present)
    mid = _mid(geoms)
    clean = geoms.copy()
    clean[~usable] = None
    snap = check_ends(issues, clean, tolerance, near)
    inv = inventory_limits(profile)
    check_overlaps(issues, geoms, usable, float(inv["duplicate_tolerance_m"]["value"]))
    check_attributes(issues, profile, species, columns, units, np.asarray(lengths_m), mid)
    if crossing_geoms is not None:
        lines = list(geoms[usable]) + list(route_geoms if route_geoms is not None else [])
        check_crossings(
            issues,
            crossing_geoms,
            lines,
            float(inv["crossing_distance_m"]["value"]),
            inv["crossing_distance_m"]["rule"],
        )
    audit = fence.evaluate(
        profile,
        species,
        columns["type"],
        columns["height"],
        columns["bottom"],
        columns["top_gap"],
        columns["barbed"],
        units=units,
        no_geometry=~present,
    )
    ok_km, unknown_km = judgeable(audit, lengths_m)
    return CheckResult(issues, audit, ok_km, unknown_km, float(np.sum(lengths_m)) / 1000.0, snap)
