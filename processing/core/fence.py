"""Fence permeability rules, vectorised over attribute columns (QGIS-free).

Inputs are attribute columns (lists or arrays, one entry per fence segment) in the fence data
model: ``fence_type`` (strand | mesh | solid | electric | rail | opening), ``height`` (top wire
above ground), ``bottom`` (bottom wire above ground), ``top_gap`` (gap between the top two wires)
and ``barbed`` (none | top | bottom | all; booleans: true = all, false = none). Lengths are
centimetres, or metres when ``units`` is "metres"; text such as "45", "45 cm", "0,45 m" is read.

Each species crosses fences in one mode of the profile (crawl under, jump over, needs openings).
The rules of a mode are evaluated once per mode (species of the same mode share them), giving for
every segment and rule an outcome code; the verdict of a segment for a species is the worst
outcome over the rules of its mode, in the order

    permeable < conditional < unknown < barrier

so a missing value is never rated better than a known conditional, and a known barrier is
never hidden by a missing value elsewhere. The same order gives ``verdict`` over species.

Longest unbroken barrier: barrier segments joined at their ends within the join tolerance
(core/topology.py: end to end or an end onto another segment) form runs (vectorised
union-find); any other segment (opening, permeable, conditional, unknown) breaks a run.
"""

import re
from dataclasses import dataclass
from dataclasses import field as dc_field

import numpy as np

from . import topology
from .codes import Verdict
from .graph import components
from .profile import load_profile
from .text import Message, NuudelError, listed, tr

# Verdict codes (contract) indexed by rank: a larger rank is worse.
VERDICTS = tuple(v.code for v in Verdict)  # ("permeable", "conditional", "unknown", "barrier")
PERMEABLE, CONDITIONAL, UNKNOWN, BARRIER = Verdict

# Outcome of one rule on one segment.
NA = -1  # rule does not apply (type decides, or not a wire fence)
PASS = 0
COND = 1
MISSING = 2  # value missing
INVALID = 3  # value not a number / not a recognised code
OUT_OF_RANGE = 4  # value physically impossible
FAIL = 5  # barrier
OPEN = 6  # type rule: opening, passable
UNRECOGNISED = 7  # type rule: fence type not in the data model
RANK = np.array(
    [PERMEABLE, CONDITIONAL, UNKNOWN, UNKNOWN, UNKNOWN, BARRIER, PERMEABLE, UNKNOWN], dtype=np.int8
)

LENGTH_FIELDS = ("height", "bottom", "top_gap")
BARBED_CODES = ("none", "top", "bottom", "all")
BARBED_WORDS = {
    "none": 0,
    "no": 0,
    "false": 0,
    "0": 0,
    "f": 0,
    "n": 0,
    "top": 1,
    "bottom": 2,
    "all": 3,
    "yes": 3,
    "true": 3,
    "1": 3,
    "t": 3,
    "y": 3,
    "1.0": 3,
    "0.0": 0,
}
UNITS = ("centimetres", "metres")
TYPE_RULE = "TYPE"
# the default field name of each input, named in reasons and warnings
FIELD_LABELS = {
    "type": "fence_type",
    "height": "height_cm",
    "bottom": "bottom_cm",
    "top_gap": "top_gap_cm",
    "barbed": "barbed",
}

_NUMBER = re.compile(
    r"^\s*([-+]?(?:\d+(?:[.,]\d*)?|[.,]\d+))\s*(mm|cm|m|мм|см|м)?\.?\s*$", re.IGNORECASE
)
_UNIT_FACTOR_CM = {"mm": 0.1, "мм": 0.1, "cm": 1.0, "см": 1.0, "m": 100.0, "м": 100.0}


# Reason templates (English, translated by the adapter); {rule} is a rule id of the profile.
REASON_TEMPLATES = {
    COND: tr("{rule} conditional"),
    FAIL: tr("{rule} barrier"),
    OPEN: tr("{rule} opening, passable"),
    MISSING: tr("{rule}: {field} missing"),
    INVALID: tr("{rule}: {field} not readable"),
    OUT_OF_RANGE: tr("{rule}: {field} physically impossible"),
    UNRECOGNISED: tr("{field} '{value}' not in the data model"),
    "met": tr("{rules} met"),
    "no_geometry": tr("no geometry: kept as unknown, length 0"),
}


# -- parsing -----------------------------------------------------------------------------------
def _unique_text(values):
    """(distinct values as text, inverse) of a column; None becomes "". A dict, not a sort:
    a column holds few distinct codes."""
    index = {}
    inverse = np.fromiter(
        (
            index.setdefault(v if type(v) is str else ("" if v is None else str(v)), len(index))
            for v in values
        ),
        dtype=np.int64,
    )
    return np.array(list(index) + [""], dtype=object)[:-1], inverse


def _text_key(text) -> str:
    """Normalised code text: trimmed, lower case; blanks and 'nan'/'null' become ""."""
    key = text.strip().lower()
    return "" if key in ("nan", "null") else key


def parse_lengths_cm(values, units="centimetres"):
    """Read a column of lengths into centimetres.

    Returns (cm, status): float array (nan where not usable) and int8 status
    (PASS = read, MISSING, INVALID). Numbers, numeric strings, "45 cm", "0,45 m" (comma
    decimal, explicit unit wins over ``units``) are accepted.
    """
    if units not in UNITS:
        raise NuudelError(tr("Unknown units '{units}'; use centimetres or metres."), units=units)
    factor = 100.0 if units == "metres" else 1.0
    values = list(values)
    n = len(values)
    status = np.full(n, PASS, dtype=np.int8)
    if n == 0:
        return np.zeros(0), status
    try:  # fast path: numbers, None and plain numeric strings
        cm = np.round(np.array(values, dtype=float) * factor, 6)
        blank = np.isnan(cm)
        status[blank] = MISSING
        return cm, status
    except (TypeError, ValueError):
        pass
    keys = np.array(["" if v is None else str(v) for v in values], dtype=object)
    uniq, inverse = np.unique(keys, return_inverse=True)
    u_cm = np.full(len(uniq), np.nan)
    u_status = np.full(len(uniq), PASS, dtype=np.int8)
    for i, text in enumerate(uniq):
        if not text.strip() or text.strip().lower() in ("nan", "null", "none"):
            u_status[i] = MISSING
            continue
        if text in ("True", "False"):
            u_status[i] = INVALID
            continue
        match = _NUMBER.match(text)
        if not match:
            u_status[i] = INVALID
            continue
        number = float(match.group(1).replace(",", "."))
        unit = (match.group(2) or "").lower()
        u_cm[i] = number * (_UNIT_FACTOR_CM[unit] if unit else factor)
    return np.round(u_cm, 6)[inverse], u_status[inverse]


def parse_barbed(values):
    """Read the barbed column: codes 0 none, 1 top, 2 bottom, 3 all; status PASS/MISSING/INVALID.

    Booleans (and yes/no, 1/0) are accepted: true = all, false = none.
    """
    values = list(values)
    n = len(values)
    code = np.full(n, -1, dtype=np.int8)
    status = np.full(n, PASS, dtype=np.int8)
    if n == 0:
        return code, status
    uniq, inverse = _unique_text(values)
    keys = [_text_key(v) for v in uniq]
    u_code = np.array([BARBED_WORDS.get(k, -1) for k in keys], dtype=np.int8)
    u_status = np.array(
        [MISSING if not k else (PASS if k in BARBED_WORDS else INVALID) for k in keys],
        dtype=np.int8,
    )
    return u_code[inverse], u_status[inverse]


def parse_types(values, profile):
    """Classify fence types: returns (kind, normalised) where kind is 0 wire, 1 barrier type,
    2 opening, 3 missing, 4 not recognised; ``normalised`` is the lower-case text."""
    fence = profile["fence"]
    barrier = {t.lower() for t in fence["barrier_types"]["types"]}
    opening = {t.lower() for t in fence["opening_types"]["types"]}
    wire = {t.lower() for t in fence["wire_types"]}
    values = list(values)
    kind = np.full(len(values), 4, dtype=np.int8)
    if not len(values):
        return kind, np.zeros(0, dtype=object)
    uniq, inverse = _unique_text(values)
    keys = np.array([_text_key(v) for v in uniq] + [""], dtype=object)[:-1]
    u_kind = np.array(
        [
            3 if not k else 0 if k in wire else 1 if k in barrier else 2 if k in opening else 4
            for k in keys
        ],
        dtype=np.int8,
    )
    return u_kind[inverse], keys[inverse]


# -- rules -------------------------------------------------------------------------------------
@dataclass
class Rule:
    """One rule column of the outcome matrix of a mode."""

    id: str
    kind: str
    field: str = ""
    spec: dict = dc_field(default_factory=dict)


def _rule_outcome(rule, cm, cm_status, barbed, barbed_status, wire):
    """Outcome codes of one rule over all segments (NA where the segment is not a wire fence)."""
    n = len(wire)
    out = np.full(n, NA, dtype=np.int8)
    if rule.kind in ("min", "max"):
        value, status = cm[rule.field], cm_status[rule.field]
        ok = status == PASS
        v = np.where(ok, value, 0.0)
        p, c = float(rule.spec["pass"]), float(rule.spec["conditional"])
        if rule.kind == "min":
            res = np.where(v >= p, PASS, np.where(v >= c, COND, FAIL))
        else:
            res = np.where(v <= p, PASS, np.where(v <= c, COND, FAIL))
        res = np.where(ok, res, status).astype(np.int8)
    elif rule.kind == "barbed_bottom":
        res = np.where(
            barbed_status == PASS,
            np.where((barbed == 2) | (barbed == 3), FAIL, PASS),
            barbed_status,
        ).astype(np.int8)
    elif rule.kind == "continuous":
        res = np.full(n, FAIL, dtype=np.int8)
    else:
        raise NuudelError(
            tr(
                "Profile rule {rule} has an unknown kind '{kind}'; use min, max, "
                "barbed_bottom or continuous."
            ),
            rule=rule.id,
            kind=rule.kind,
        )
    out[wire] = res[wire]
    return out


def _row_keys(matrix) -> np.ndarray:
    """One int64 per row of an outcome matrix (codes -1..7 packed 4 bits a column, in chunks
    of 15 columns combined through np.unique)."""
    codes = matrix.astype(np.int64) + 1
    key = np.zeros(len(matrix), dtype=np.int64)
    for start in range(0, matrix.shape[1], 15):
        chunk = codes[:, start : start + 15]
        packed = (chunk << (4 * np.arange(chunk.shape[1], dtype=np.int64))).sum(axis=1)
        uniq, inverse = np.unique(packed, return_inverse=True)
        key = np.unique(key * len(uniq) + inverse, return_inverse=True)[1]
    return key


@dataclass
class FenceResult:
    """Verdicts per species, the rule outcomes behind them, and what to warn about."""

    species: list
    modes: dict  # species code -> fence mode
    rules: dict  # mode -> [Rule] (first column is the type rule)
    outcomes: dict  # mode -> (n, len(rules)) int8 outcome codes
    verdicts: dict  # species code -> int8 rank array
    worst: np.ndarray  # int8 rank over the selected species
    type_values: np.ndarray  # normalised fence type text
    no_geometry: np.ndarray
    warnings: list = dc_field(default_factory=list)  # NuudelError messages for the user

    def codes(self, ranks) -> np.ndarray:
        """Verdict code strings for an array of ranks."""
        return np.array(VERDICTS, dtype=object)[ranks]

    def reasons(self, translate=None, field_names=None) -> np.ndarray:
        """A short reason text per segment naming rule ids (species with the same text grouped).

        ``translate`` turns an English template into the user's language; ``field_names`` maps
        height/bottom/top_gap/barbed/type to the user's field names for the messages.
        """
        tr_ = translate or (lambda s: s)
        names = {**FIELD_LABELS, **(field_names or {})}
        n = len(self.worst)
        out = np.empty(n, dtype=object)
        if n == 0:
            return out
        modes = sorted({self.modes[s] for s in self.species})
        # one key per segment: the outcome rows of the modes used, no geometry, and the type
        # text when it is not recognised; segments with the same key share one text
        unrecognised = self.outcomes[modes[0]][:, 0] == UNRECOGNISED
        type_key = np.where(unrecognised, self.type_values, "")
        parts = [_row_keys(self.outcomes[m]) for m in modes]
        parts += [self.no_geometry.astype(np.int64), np.unique(type_key, return_inverse=True)[1]]
        key = np.zeros(n, dtype=np.int64)
        for part in parts:
            uniq, inverse = np.unique(part, return_inverse=True)
            key = key * len(uniq) + inverse
            key = np.unique(key, return_inverse=True)[1]  # keep the key small
        _, first, inverse = np.unique(key, return_index=True, return_inverse=True)
        texts = [self._reason_text(row, modes, tr_, names) for row in first]
        out[:] = np.array(texts + [""], dtype=object)[:-1][inverse]
        return out

    def _reason_text(self, row, modes, tr_, names) -> str:
        if self.no_geometry[row]:
            return tr_(REASON_TEMPLATES["no_geometry"])
        per_mode = {}
        for mode in modes:
            parts = []
            met = []
            for j, rule in enumerate(self.rules[mode]):
                code = int(self.outcomes[mode][row, j])
                if code == NA:
                    continue
                if code == PASS:
                    met.append(rule.id)
                    continue
                parts.append(
                    tr_(REASON_TEMPLATES[code]).format(
                        rule=rule.id,
                        field=names.get(rule.field or "type", rule.field),
                        value=self.type_values[row],
                    )
                )
            if not parts and met:
                parts.append(tr_(REASON_TEMPLATES["met"]).format(rules=", ".join(met)))
            per_mode[mode] = ", ".join(parts)
        groups: dict = {}
        for code in self.species:
            groups.setdefault(per_mode[self.modes[code]], []).append(code)
        return "; ".join(f"{', '.join(codes)}: {text}" for text, codes in groups.items())


def fence_limits(profile) -> dict:
    """The profile's plausibility block (fence.plausible_cm), or the shipped one's when a user
    profile has none."""
    limits = profile["fence"].get("plausible_cm")
    if not isinstance(limits, dict):
        limits = load_profile()["fence"]["plausible_cm"]
    return limits


def evaluate(
    profile,
    species,
    fence_type,
    height,
    bottom,
    top_gap,
    barbed,
    units="centimetres",
    no_geometry=None,
    field_names=None,
) -> FenceResult:
    """Verdicts of every segment for each species code in ``species`` (see module doc).

    Parameters
    ----------
    profile, species : dict, sequence of str
        A validated species profile (core/profile.py ``load_profile``); the codes to judge.
    fence_type, height, bottom, top_gap, barbed : sequence
        One value per segment, as read (text or numbers; None when missing).
    units : {"centimetres", "metres"}
        Units of the height fields (text values may carry their own unit).
    no_geometry, field_names : optional
        Segments without geometry (kept, as unknown); the user's field names, for the warnings.

    Returns
    -------
    FenceResult
        ``verdicts`` per species and ``worst`` over them (ranks; ``codes()`` gives the verdict
        names), the rule outcomes behind ``reasons()``, and ``warnings``. A NuudelError is
        raised when a species code is not in the profile.

    Examples
    --------
    >>> from nuudel.processing.core.profile import load_profile
    >>> result = evaluate(load_profile(), ["mgaz", "khulan"], ["strand", "mesh", "opening"],
    ...                   [100, 120, None], [50, None, None], [30, None, None],
    ...                   ["none", None, None])
    >>> result.codes(result.verdicts["mgaz"]).tolist()
    ['permeable', 'barrier', 'permeable']
    >>> result.codes(result.worst).tolist()
    ['barrier', 'barrier', 'permeable']
    """
    _check_species(profile, species)
    names = {**FIELD_LABELS, **(field_names or {})}
    kind, type_values, values, warnings = _read_values(
        profile, fence_type, (height, bottom, top_gap, barbed), units, names
    )
    n = len(kind)
    no_geometry = np.zeros(n, bool) if no_geometry is None else np.asarray(no_geometry, bool)
    modes = {code: profile["species"][code]["fence_mode"] for code in species}
    rules, outcomes, verdicts = _judge_modes(profile["fence"], modes, kind, values, no_geometry)
    worst = (
        np.max(np.stack([verdicts[c] for c in species]), axis=0).astype(np.int8)
        if species and n
        else np.zeros(n, dtype=np.int8)
    )
    return FenceResult(
        list(species), modes, rules, outcomes, verdicts, worst, type_values, no_geometry, warnings
    )


def _judge_modes(fence, modes, kind, values, no_geometry) -> tuple:
    """(rules, outcomes, verdicts): per fence mode its rules and outcome matrix, per species
    code (``modes``: code -> mode) the verdict ranks of its mode."""
    rules, outcomes, mode_rank = {}, {}, {}
    for mode in sorted(set(modes.values())):
        rules[mode], outcomes[mode] = _mode_outcomes(fence, mode, kind, values)
        mode_rank[mode] = _verdict_ranks(outcomes[mode], no_geometry)
    return rules, outcomes, {code: mode_rank[mode] for code, mode in modes.items()}


def _read_values(profile, fence_type, columns, units, names) -> tuple:
    """(kind, type values, (cm, cm_status, barbed code, barbed status, wire), warnings): the
    fence type and the (height, bottom, top_gap, barbed) ``columns`` parsed and checked."""
    kind, type_values = parse_types(fence_type, profile)
    wire = kind == 0
    height, bottom, top_gap, barbed = columns
    cm, cm_status, warnings = _parse_lengths(
        (height, bottom, top_gap), units, names, fence_limits(profile), wire
    )
    barbed_code, barbed_status = parse_barbed(barbed)
    warnings += _value_warnings(barbed_status, wire, kind, type_values, names, profile["fence"])
    return kind, type_values, (cm, cm_status, barbed_code, barbed_status, wire), warnings


def _check_species(profile, species) -> None:
    """Raise NuudelError for a species code that is not in the profile."""
    for code in species:
        if code not in profile["species"]:
            raise NuudelError(
                tr("Species '{code}' is not in the profile; its species are: {codes}."),
                code=code,
                codes=", ".join(profile["species"]),
            )


def _mode_outcomes(fence, mode, kind, values) -> tuple:
    """(rules, outcome matrix (segments x rules)) of one fence mode: the type rules shared by
    every mode (missing / unrecognised type, barrier types such as F-WOVEN, opening types such
    as F-OPENING), then the mode's threshold rules on ``values`` (cm, cm_status, barbed code,
    barbed status, wire)."""
    rules = [
        Rule(TYPE_RULE, "type", "type"),
        Rule(fence["barrier_types"]["rule"], "type", "type"),
        Rule(fence["opening_types"]["rule"], "type", "type"),
    ]
    columns = [
        np.select([kind == 3, kind == 4], [MISSING, UNRECOGNISED], NA),
        np.where(kind == 1, FAIL, NA),
        np.where(kind == 2, OPEN, NA),
    ]
    for spec in fence["rules"][mode]:
        rule = _profile_rule(spec)
        rules.append(rule)
        columns.append(_rule_outcome(rule, *values))
    if len(kind):
        return rules, np.stack(columns, axis=1).astype(np.int8)
    return rules, np.zeros((0, len(columns)), dtype=np.int8)


def _verdict_ranks(matrix, no_geometry) -> np.ndarray:
    """Per segment the worst outcome's verdict rank (UNKNOWN without geometry)."""
    n = len(matrix)
    rank = RANK[np.where(matrix == NA, PASS, matrix)].max(axis=1) if n else np.zeros(0, np.int8)
    return np.where(no_geometry, UNKNOWN, rank).astype(np.int8)


def _profile_rule(spec) -> Rule:
    """A threshold rule of the profile, its field checked."""
    rule = Rule(spec["id"], spec["kind"], spec.get("field", ""), spec)
    if rule.kind in ("min", "max") and rule.field not in LENGTH_FIELDS:
        raise NuudelError(
            tr("Profile rule {rule}: field must be one of {fields}, not '{field}'."),
            rule=rule.id,
            fields=", ".join(LENGTH_FIELDS),
            field=rule.field,
        )
    return rule


def _parse_lengths(columns, units, names, limits, wire):
    """({field: cm}, {field: status}, warnings) of the height, bottom and top gap columns:
    values outside the plausible range are OUT_OF_RANGE; unreadable and impossible values and
    a likely wrong unit are warned about (wire fences only)."""
    cm, cm_status, warnings = {}, {}, []
    for name, values in zip(LENGTH_FIELDS, columns):
        value, status = parse_lengths_cm(values, units)
        warnings.extend(
            _unit_hints(
                names[name],
                value,
                np.where(wire, status, MISSING),
                units,
                float(limits["units_hint_cm"]),
            )
        )
        lo, hi = float(limits[name]["min"]), float(limits[name]["max"])
        bad = (status == PASS) & ((value < lo) | (value > hi))
        status = np.where(bad, OUT_OF_RANGE, status).astype(np.int8)
        cm[name], cm_status[name] = value, status
        for code, template in (
            (
                INVALID,
                tr(
                    "{count} values of {field} could not be read as "
                    "numbers; those segments are unknown."
                ),
            ),
            (
                OUT_OF_RANGE,
                tr(
                    "{count} values of {field} are physically "
                    "impossible (outside {lo} to {hi} cm); those "
                    "segments are unknown."
                ),
            ),
        ):
            count = int(((status == code) & wire).sum())
            if count:
                warnings.append(
                    NuudelError(
                        template, count=count, field=names[name], lo=f"{lo:g}", hi=f"{hi:g}"
                    )
                )
    return cm, cm_status, warnings


def _value_warnings(barbed_status, wire, kind, type_values, names, fence) -> list:
    """Warnings about unreadable barbed values and fence types outside the data model."""
    warnings = []
    count = int(((barbed_status == INVALID) & wire).sum())
    if count:
        warnings.append(
            NuudelError(
                tr(
                    "{count} values of {field} are not none, top, bottom, all "
                    "or a boolean; those segments are unknown."
                ),
                count=count,
                field=names["barbed"],
            )
        )
    unrecognised = sorted(set(type_values[kind == 4]))
    if unrecognised:
        warnings.append(
            NuudelError(
                tr(
                    "{count} segments have a fence type outside the data model ({values}); they are "
                    "unknown. Known types: {known}."
                ),
                count=int((kind == 4).sum()),
                values=", ".join(unrecognised[:10]),
                known=", ".join(
                    fence["wire_types"]
                    + fence["barrier_types"]["types"]
                    + fence["opening_types"]["types"]
                ),
            )
        )
    return warnings


def _unit_hints(name, value, status, units, hint):
    """Warn when most values of a length field look like the other unit."""
    usable = value[(status == PASS) & (value > 0)]
    if len(usable) < 3:
        return []
    median = float(np.median(usable))
    if units == "centimetres" and median < hint:
        return [
            NuudelError(
                tr(
                    "Most values of {field} are below {hint} cm, which looks like "
                    "metres in a centimetre field. If the field holds metres, set "
                    "UNITS to metres."
                ),
                field=name,
                hint=f"{hint:g}",
            )
        ]
    if units == "metres" and median > hint * 100:
        return [
            NuudelError(
                tr(
                    "Most values of {field} are above {hint} m, which looks like "
                    "centimetres in a metre field. If the field holds centimetres, "
                    "set UNITS to centimetres."
                ),
                field=name,
                hint=f"{hint:g}",
            )
        ]
    return []


# -- barrier runs ------------------------------------------------------------------------------


def touching_pairs(geoms_lonlat, tolerance_m):
    """(u, v): lines joined at an end within ``tolerance_m`` true metres (core/topology.py:
    end to end, or an end onto another segment)."""
    pairs = topology.end_pairs(geoms_lonlat, tolerance_m, geographic=True)
    return pairs[:, 0], pairs[:, 1]


def barrier_near_misses(snap, result: FenceResult) -> np.ndarray:
    """The near misses of ``snap`` (topology.SnapResult) between two segments that are both a
    barrier for a species: there a run stops at a gap the tolerance did not close."""
    miss = snap.near_misses
    if len(miss) == 0 or not result.species:
        return miss
    other = np.maximum(miss["other"], 0)
    both = np.zeros(len(miss), dtype=bool)
    for code in result.species:
        barrier = result.verdicts[code] == BARRIER
        both |= barrier[miss["line"]] & barrier[other]
    return miss[both & (miss["kind"] != "target") & (miss["other"] >= 0)]


@dataclass
class Runs:
    """Barrier runs of one species (or of all species sharing a fence mode)."""

    label: np.ndarray  # run label per segment (-1 where not a barrier)
    length_m: np.ndarray  # length per run label (indexed by label)
    members: np.ndarray  # number of segments per run label

    @property
    def longest_m(self) -> float:
        return float(self.length_m.max()) if len(self.length_m) else 0.0

    def top(self, count):
        """Labels of the ``count`` longest runs, longest first."""
        order = np.argsort(-self.length_m, kind="stable")
        order = order[self.length_m[order] > 0]
        return order[:count]


def barrier_runs(is_barrier, lengths_m, pairs) -> Runs:
    """Join barrier segments touching at their ends into runs. ``pairs``: (u, v) or a (k, 2)
    array (topology.end_pairs, SnapResult.pairs)."""
    is_barrier = np.asarray(is_barrier, dtype=bool)
    n = len(is_barrier)
    u, v = _pair_columns(pairs)
    both = is_barrier[u] & is_barrier[v] if len(u) else np.zeros(0, dtype=bool)
    root = components(n, u[both], v[both])
    label = np.full(n, -1, dtype=np.int64)
    if n == 0 or not is_barrier.any():
        return Runs(label, np.zeros(0), np.zeros(0, dtype=np.int64))
    _, dense = np.unique(root[is_barrier], return_inverse=True)
    label[is_barrier] = dense
    length = np.bincount(dense, weights=np.asarray(lengths_m, dtype=float)[is_barrier])
    members = np.bincount(dense)
    return Runs(label, length, members)


def _pair_columns(pairs):
    if isinstance(pairs, np.ndarray) and pairs.ndim == 2:
        return pairs[:, 0].astype(np.int64), pairs[:, 1].astype(np.int64)
    u, v = pairs
    return np.asarray(u, dtype=np.int64), np.asarray(v, dtype=np.int64)


def summarise(result: FenceResult, lengths_m, pairs):
    """Per species: km per verdict, barrier %, longest barrier run and the runs themselves.

    Returns {code: {"km": {verdict: km}, "total_km", "barrier_pct", "longest_km", "runs"}}.
    """
    lengths_m = np.asarray(lengths_m, dtype=float)
    total = float(lengths_m.sum())
    out, by_mode = {}, {}
    for code in result.species:
        ranks = result.verdicts[code]
        km = {v: float(lengths_m[ranks == i].sum()) / 1000.0 for i, v in enumerate(VERDICTS)}
        mode = result.modes[code]
        if mode not in by_mode:
            by_mode[mode] = barrier_runs(ranks == BARRIER, lengths_m, pairs)
        runs = by_mode[mode]
        out[code] = {
            "km": km,
            "total_km": total / 1000.0,
            "barrier_pct": 100.0 * km["barrier"] * 1000.0 / total if total > 0 else 0.0,
            "longest_km": runs.longest_m / 1000.0,
            "runs": runs,
        }
    return out


MODE_TEXT = {"crawl": tr("crawls under"), "jump": tr("jumps over"), "opening": tr("needs openings")}
FIELD_TEXT = {
    "height": tr("top wire height"),
    "bottom": tr("bottom wire height"),
    "top_gap": tr("gap between the top two wires"),
}


def rule_text(rule) -> Message:
    """What one threshold rule of the profile checks, as a Message."""
    kind = rule["kind"]
    name = rule.get("field", "")
    field = Message(FIELD_TEXT[name]) if name in FIELD_TEXT else name
    if kind == "min":
        return Message(
            tr(
                "{field}: at least {p} cm permeable, {c} to {p} cm conditional, "
                "below {c} cm barrier."
            ),
            field=field,
            p=rule["pass"],
            c=rule["conditional"],
        )
    if kind == "max":
        return Message(
            tr(
                "{field}: at most {p} cm permeable, {p} to {c} cm conditional, "
                "above {c} cm barrier."
            ),
            field=field,
            p=rule["pass"],
            c=rule["conditional"],
        )
    if kind == "barbed_bottom":
        return Message(tr("A barbed bottom wire (barbed = bottom or all) is a barrier."))
    if kind == "continuous":
        return Message(tr("A continuous fence without an opening is a barrier."))
    return Message("{kind}", kind=kind)


class _Sentences(Message):
    """Parts joined by '. ', each starting with a capital letter once rendered."""

    def render(self, translate=None) -> str:
        parts = [
            p.render(translate) if hasattr(p, "render") else str(p) for p in self.params["parts"]
        ]
        return ". ".join(p[:1].upper() + p[1:] for p in parts)


def rule_rows(profile, codes, tolerance=None, names=None, type_names=None) -> list:
    """(rule id, description Message, source keys, status) of every rule the audit applies
    to the species ``codes``. ``names`` and ``type_names`` (code -> label) name species and
    fence types in the sentences; ``tolerance`` is the join tolerance as shown (default the
    profile's fence.run_tolerance_m, for old profiles)."""
    fence_p = profile["fence"]
    names, type_names = names or {}, type_names or {}
    rows = _type_rule_rows(fence_p, type_names)
    rows += _mode_rule_rows(profile, codes, names)
    rows.append(_range_rule_row(profile))
    rows.append(_run_rule_row(fence_p, tolerance))
    return rows


def _type_rule_rows(fence_p, type_names) -> list:
    """The fence types that are a barrier, and those that are passable, for every species."""
    bt, ot = fence_p["barrier_types"], fence_p["opening_types"]
    return [
        (
            bt["rule"],
            Message(
                tr("Fence types {types} are a barrier to every species."),
                types=listed(bt["types"], type_names),
            ),
            bt["sources"],
            bt["status"],
        ),
        (
            ot["rule"],
            Message(
                tr(
                    "Fence types {types} (gaps, let-down sections, gates left "
                    "open) are passable for every species."
                ),
                types=listed(ot["types"], type_names),
            ),
            ot["sources"],
            ot["status"],
        ),
    ]


def _mode_rule_rows(profile, codes, names) -> list:
    """The threshold rules of each fence mode, naming the species of the mode."""
    species_by_mode: dict = {}
    for code in codes:
        species_by_mode.setdefault(profile["species"][code]["fence_mode"], []).append(code)
    rows = []
    for mode, mode_codes in species_by_mode.items():
        mode_text = Message(MODE_TEXT[mode]) if mode in MODE_TEXT else mode
        who = Message(
            tr("{mode}: {species}"),
            mode=mode_text,
            species=", ".join(names.get(c, c) for c in mode_codes),
        )
        for rule in profile["fence"]["rules"][mode]:
            rows.append(
                (
                    rule["id"],
                    _Sentences("", parts=(who, rule_text(rule))),
                    rule["sources"],
                    rule["status"],
                )
            )
    return rows


def _range_rule_row(profile) -> tuple:
    """The physically possible heights (F-RANGE)."""
    fence_p = profile["fence"]
    pl = (
        fence_p["plausible_cm"]
        if isinstance(fence_p.get("plausible_cm"), dict)
        else fence_limits(profile)
    )
    return (
        pl.get("rule", "F-RANGE"),
        Message(
            tr(
                "Physically possible values (cm): top wire {h0} to {h1}, bottom wire {b0} to {b1}, "
                "gap between the top two wires {g0} to {g1}; other values make the segment unknown."
            ),
            h0=pl["height"]["min"],
            h1=pl["height"]["max"],
            b0=pl["bottom"]["min"],
            b1=pl["bottom"]["max"],
            g0=pl["top_gap"]["min"],
            g1=pl["top_gap"]["max"],
        ),
        pl.get("sources", ["nuudel_inference"]),
        pl.get("status", "provisional"),
    )


def _run_rule_row(fence_p, tolerance) -> tuple:
    """Barrier segments joined into runs (F-RUN) within the join ``tolerance``."""
    tol = tolerance if tolerance is not None else fence_p.get("run_tolerance_m", "?")
    return (
        "F-RUN",
        Message(
            tr(
                "Barrier segments whose ends lie within {tol} m of each "
                "other form one unbroken barrier run."
            ),
            tol=tol,
        ),
        ["seveque2025"],
        fence_p.get("run_tolerance_status", "provisional"),
    )
