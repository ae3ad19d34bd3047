"""Road traffic: AADT, compound growth, traffic bands and the chance of a safe gap (QGIS-free).

Per road: ``aadt`` (vehicles a day, the TRAFFIC_FIELD), ``aadt_target`` (grown at the growth
rate, compound, from BASE_YEAR to TARGET_YEAR; the same as ``aadt`` without a target year),
``band`` (the profile's traffic bands, on the target AADT), ``cami_high`` (target AADT above the
CAMI threshold, programme of work 2.2.1 (e)), ``p_gap60`` = exp(-q/60) with q = AADT/24 vehicles
an hour (Riginos et al. 2018: P(gap >= 60 s) for a Poisson flow of q vehicles an hour) and
``p_gap60_peak`` with q = AADT x the profile's peak-hour share. Traffic that is missing, not a
number or negative gives band ``unknown`` with the reason, never ``low``.
"""

from dataclasses import dataclass

import numpy as np

from .text import NuudelError, tr

BAND_CODES = ("low", "moderate", "high", "very_high", "unknown")
UNKNOWN_BAND = len(BAND_CODES) - 1
# reason codes of a traffic value
OK, MISSING, NOT_NUMBER, NEGATIVE = 0, 1, 2, 3
REASONS = {
    MISSING: tr("no traffic value in field '{field}'"),
    NOT_NUMBER: tr("traffic value '{value}' in field '{field}' is not a number"),
    NEGATIVE: tr("traffic value {value} in field '{field}' is negative"),
    "growth_missing": tr("no growth rate in field '{field}'"),
    "growth_bad": tr("growth rate '{value}' in field '{field}' is not a number above -100"),
}


def parse_numbers(values):
    """(numbers, status) of an attribute column: floats (nan where unusable) and OK, MISSING,
    NOT_NUMBER or NEGATIVE per value. Text such as "8000", "8 000", "8,5" is read."""
    values = list(values)
    out = np.full(len(values), np.nan)
    status = np.full(len(values), OK, dtype=np.int8)
    for i, value in enumerate(values):
        if value is None:
            status[i] = MISSING
            continue
        if isinstance(value, bool):
            status[i] = NOT_NUMBER
            continue
        if isinstance(value, (int, float)):
            number = float(value)
        else:
            text = str(value).strip().replace(" ", "").replace(",", ".")
            if not text or text.lower() in ("nan", "null", "none"):
                status[i] = MISSING
                continue
            try:
                number = float(text)
            except ValueError:
                status[i] = NOT_NUMBER
                continue
        if not np.isfinite(number):
            status[i] = MISSING if np.isnan(number) else NOT_NUMBER
            continue
        out[i] = number
    return out, status


def grow(aadt, rate_pct, base_year, target_year):
    """AADT grown at ``rate_pct`` % a year (scalar or array), compound, from ``base_year`` to
    ``target_year``; unchanged without a target year or a rate."""
    aadt = np.asarray(aadt, dtype=float)
    if target_year is None or rate_pct is None:
        return aadt.copy()
    years = float(target_year) - float(base_year)
    return aadt * (1.0 + np.asarray(rate_pct, dtype=float) / 100.0) ** years


def band_limits(profile):
    """(codes, lower limits in vehicles a day) of the profile's traffic bands, in order."""
    bands = profile["traffic"]["bands"]["classes"]
    return [b["code"] for b in bands], np.array([float(b["from_vpd"]) for b in bands])


def classify(aadt, profile) -> np.ndarray:
    """Band index into BAND_CODES of each AADT (a band runs from its lower limit, inclusive, to
    the next band's); nan gives UNKNOWN_BAND."""
    codes, lower = band_limits(profile)
    aadt = np.asarray(aadt, dtype=float)
    known = np.isfinite(aadt)
    pos = np.searchsorted(lower, np.where(known, aadt, 0.0), side="right") - 1
    index = np.array([BAND_CODES.index(c) for c in codes])[np.clip(pos, 0, len(codes) - 1)]
    return np.where(known, index, UNKNOWN_BAND).astype(np.int8)


def p_gap(vehicles_per_hour, gap_s):
    """P(gap >= gap_s seconds) between vehicles of a Poisson flow of q vehicles an hour."""
    return np.exp(-np.asarray(vehicles_per_hour, dtype=float) * float(gap_s) / 3600.0)


@dataclass
class TrafficResult:
    aadt: np.ndarray  # nan where unknown
    aadt_target: np.ndarray  # nan where unknown
    band: np.ndarray  # index into BAND_CODES
    cami_high: np.ndarray  # bool (False where unknown: see ``known``)
    known: np.ndarray  # bool
    p_gap60: np.ndarray
    p_gap60_peak: np.ndarray
    status: np.ndarray  # OK / MISSING / NOT_NUMBER / NEGATIVE of the traffic value
    growth_status: np.ndarray  # OK / MISSING / NOT_NUMBER of the growth value (OK when none)
    raw: list
    raw_growth: list

    def codes(self) -> np.ndarray:
        return np.array(BAND_CODES, dtype=object)[self.band]

    def reasons(self, profile, field, growth_field="", translate=None) -> list:
        """The reason of every road: its band rule and source, or why it is unknown."""
        tr_ = translate or (lambda s: s)
        bands = profile["traffic"]["bands"]
        rule = bands["rule"]
        out = []
        cache = {}
        for i in range(len(self.band)):
            st, gs = int(self.status[i]), int(self.growth_status[i])
            if st == OK and gs == OK:
                key = (int(self.band[i]), bool(self.cami_high[i]))
                if key not in cache:
                    text = f"{rule} {BAND_CODES[key[0]]}"
                    if key[1]:
                        text += f"; {profile['traffic']['cami_high_vpd']['rule']}"
                    cache[key] = text
                out.append(cache[key])
                continue
            parts = []
            if st != OK:
                parts.append(tr_(REASONS[st]).format(field=field, value=_value(self.raw[i])))
            if gs != OK:
                template = REASONS["growth_missing" if gs == MISSING else "growth_bad"]
                parts.append(
                    tr_(template).format(field=growth_field, value=_value(self.raw_growth[i]))
                )
            out.append(f"{rule}: " + "; ".join(parts))
        return out


def _value(value):
    return "" if value is None else str(value)


def require_section(profile, key):
    """The profile's section ``key``, or a clear error for a profile written before it."""
    if not isinstance(profile.get(key), dict):
        raise NuudelError(
            tr(
                "The profile has no '{key}' section; copy it from the shipped "
                "resources/profiles/species.json."
            ),
            key=key,
        )
    return profile[key]


def assess(traffic, profile, base_year, target_year=None, growth_rate=None, growth=None):
    """Assess every road. ``traffic``: the AADT column; ``growth``: a column of %/year (None:
    use ``growth_rate``, a number or None for no growth)."""
    tp = require_section(profile, "traffic")
    if target_year is not None and base_year is None:
        raise NuudelError(tr("A target year needs a base year (BASE_YEAR)."))
    if target_year is not None and int(target_year) < int(base_year):
        raise NuudelError(
            tr("TARGET_YEAR {target} is before BASE_YEAR {base}."),
            target=int(target_year),
            base=int(base_year),
        )
    aadt, status = parse_numbers(traffic)
    negative = status == OK
    negative[negative] = aadt[negative] < 0
    status[negative] = NEGATIVE
    aadt[status != OK] = np.nan
    n = len(aadt)
    growth_status = np.zeros(n, dtype=np.int8)
    raw_growth = [None] * n
    if growth is not None:
        raw_growth = list(growth)
        rate, growth_status = parse_numbers(raw_growth)
        if growth_rate is not None:  # a road without its own rate takes GROWTH_RATE
            rate = np.where(growth_status == MISSING, float(growth_rate), rate)
            growth_status = np.where(growth_status == MISSING, OK, growth_status).astype(np.int8)
        bad = growth_status == OK
        bad[bad] = rate[bad] <= -100.0
        growth_status[bad] = NOT_NUMBER
        growth_status[growth_status == NEGATIVE] = NOT_NUMBER
        if target_year is None:  # growth does not matter without a target year
            growth_status[:] = OK
    else:
        rate = growth_rate
    target = grow(aadt, rate, base_year, target_year) if target_year is not None else aadt.copy()
    if growth is not None:
        target[growth_status != OK] = np.nan
    known = np.isfinite(target)
    band = classify(target, profile)
    cami = known & (np.where(known, target, 0.0) > float(tp["cami_high_vpd"]["value"]))
    gap_s = float(tp["gap_s"]["value"])
    share = float(tp["peak_hour_share"]["value"])
    p60 = p_gap(target / 24.0, gap_s)
    p60_peak = p_gap(target * share, gap_s)
    return TrafficResult(
        aadt=aadt,
        aadt_target=target,
        band=band,
        cami_high=cami,
        known=known,
        p_gap60=p60,
        p_gap60_peak=p60_peak,
        status=status,
        growth_status=growth_status,
        raw=list(traffic),
        raw_growth=raw_growth,
    )


def km_per_band(result: TrafficResult, lengths_m, group=None, n_groups=1) -> np.ndarray:
    """(n_groups, len(BAND_CODES)) km of road per group (e.g. reporting unit) and band.

    ``group``: group index per road (-1: in no group), default all in group 0.
    """
    lengths_m = np.asarray(lengths_m, dtype=float)
    group = np.zeros(len(lengths_m), dtype=np.int64) if group is None else np.asarray(group)
    ok = group >= 0
    key = group[ok] * len(BAND_CODES) + result.band[ok]
    km = np.bincount(key, weights=lengths_m[ok] / 1000.0, minlength=n_groups * len(BAND_CODES))
    return km.reshape(n_groups, len(BAND_CODES))
