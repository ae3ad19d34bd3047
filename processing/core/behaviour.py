"""Barrier Behaviour Analysis (BaBA; Xu et al. 2021, J. Appl. Ecol. 58:690-698; R package BaBA).

QGIS-free (numpy + shapely 2). The adapter (processing/barrier_behaviour.py) gives GPS fixes as
animal codes, times (seconds since 1970) and planar coordinates in a local metric CRS, and the
barriers as planar lines; this module returns the encounter events, their behaviours and the
per-barrier counts. The rules follow the package code (R/BaBA.R, R/BaRanking.R); where Nuudel
differs (listed in the help page) the difference is named in a comment here.

Vectorised throughout: one STRtree distance query for all fixes, events from run lengths of
array masks, straightness of the moving windows from cumulative step lengths, crossings from one
batched intersection of path steps with the barriers. No GEOS call per event, no Python loop per
fix.
"""

import datetime
import re
import warnings
from dataclasses import dataclass, field
from typing import Optional

import numpy as np
import shapely

from .text import NuudelError, tr

BOUNCE = "bounce"
QUICK_CROSS = "quick_cross"
BACK_AND_FORTH = "back_and_forth"
TRACE = "trace"
TRAPPED = "trapped"
AVERAGE_MOVEMENT = "average_movement"
UNKNOWN = "unknown"
BEHAVIOURS = (BOUNCE, QUICK_CROSS, BACK_AND_FORTH, TRACE, TRAPPED, AVERAGE_MOVEMENT, UNKNOWN)
# BaRanking's impermeability index counts these (Bounce + Back_n_forth + Trace + Trapped)
IMPERMEABLE = (BOUNCE, BACK_AND_FORTH, TRACE, TRAPPED)
# reasons of unknown events
NO_FIX_AROUND = "no_fix_around"
TOO_FEW_WINDOWS = "too_few_windows"
TOO_MANY_CROSSINGS = "too_many_crossings"
NO_INTERVAL = "no_interval"
STILL = "still"
UNKNOWN_REASONS = (NO_FIX_AROUND, TOO_FEW_WINDOWS, TOO_MANY_CROSSINGS, NO_INTERVAL, STILL)

EARTH_RADIUS_M = 6371008.8
_EPS = 1e-9
_BATCH = 2_000_000  # moving-window candidates or path steps handled at once


def reason_labels():
    """Reason code of an unknown event -> English template (translated by the adapter)."""
    return {
        NO_FIX_AROUND: tr("no crossing seen and the fix before or after the event is missing"),
        TOO_FEW_WINDOWS: tr(
            "too few continuous stretches of the event's duration around it "
            "to compare its straightness with"
        ),
        TOO_MANY_CROSSINGS: tr(
            "unusually straight or tortuous but it crossed more often than MAX_CROSS"
        ),
        NO_INTERVAL: tr("the animal has a single fix, so it has no fix interval"),
        STILL: tr("the animal did not move during the event, so its straightness is undefined"),
    }


@dataclass
class Settings:
    """BaBA's arguments (hours and metres). interval None: each animal's most frequent one."""

    distance: float = 100.0
    interval: Optional[float] = None
    b_time: float = 4.0
    p_time: float = 36.0
    window: float = 168.0
    tolerance: float = 0.0
    max_cross: int = 0
    sd_multiplier: float = 1.0


@dataclass
class Fixes:
    """The fixes in analysis order (animal, then time) after duplicates were dropped."""

    order: np.ndarray  # input row of each analysed fix
    animal: np.ndarray  # animal index (into ``animals``) of each fix
    animals: np.ndarray  # the animal codes
    t: np.ndarray  # seconds
    x: np.ndarray
    y: np.ndarray
    duplicates: np.ndarray  # input rows dropped as repeated times of the same animal
    interval: np.ndarray  # hours, per animal (nan: a single fix and no INTERVAL)
    starts: np.ndarray  # first fix of each animal (len animals + 1)


@dataclass
class Result:
    fixes: Fixes
    settings: Settings
    event_animal: np.ndarray
    first: np.ndarray  # first and last fix (indices into the fixes) of each event
    last: np.ndarray
    start: np.ndarray  # seconds
    end: np.ndarray
    duration_h: np.ndarray
    crossings: np.ndarray
    straightness: np.ndarray
    str_mean: np.ndarray
    str_sd: np.ndarray
    behaviour: np.ndarray  # codes (str objects)
    reason: np.ndarray  # "" or a reason code of UNKNOWN_REASONS
    n_windows: np.ndarray
    event_barriers: list  # per event: sorted barrier indices with a fix within distance
    in_range: np.ndarray  # per fix: within distance of a barrier
    bridged: int = 0  # fixes outside the distance joined to events (TOLERANCE)
    barrier_pairs: tuple = field(default_factory=tuple)  # (event, barrier) arrays

    def __len__(self):
        return len(self.first)

    def counts(self) -> dict:
        return {code: int(np.sum(self.behaviour == code)) for code in BEHAVIOURS}


# -- times ------------------------------------------------------------------------------------
_EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)
_DIGITS = re.compile(r"^[+-]?\d+(\.\d*)?$")


def _one_time(value) -> float:
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, (int, float, np.integer, np.floating)):
        if not np.isfinite(value):
            raise ValueError(value)
        return float(value)
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=datetime.timezone.utc)
        return (value - _EPOCH).total_seconds()
    if isinstance(value, datetime.date):
        return _one_time(datetime.datetime(value.year, value.month, value.day))
    text = str(value).strip()
    if _DIGITS.match(text):
        return float(text)
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    return _one_time(datetime.datetime.fromisoformat(text))


def parse_times(values, field_name="time", rows=None) -> np.ndarray:
    """Seconds since 1970-01-01 UTC of each value: datetime objects, epoch seconds (numbers or
    digit text), "YYYY-MM-DD HH:MM:SS" or ISO 8601 text (a time zone is honoured; without one
    the time is taken as UTC, the same for every fix). Raises NuudelError naming the first value
    that cannot be read and its row (``rows``: the row number of each value, default 1, 2...)."""
    values = list(values)
    n = len(values)
    out = np.empty(n, dtype=float)
    if n == 0:
        return out
    if set(map(type, values)) == {str}:
        texts = np.array(values, dtype=object)
        try:  # the common case in one call: ISO text without time zone
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                stamp = np.array(texts, dtype="datetime64[ms]")
            years = stamp.astype("datetime64[Y]").astype(np.int64) + 1970
            # epoch seconds as text would read as a year: only plausible years pass here
            if not np.isnat(stamp).any() and years.min() >= 1900 and years.max() <= 2200:
                return stamp.astype(np.int64) / 1000.0
        except ValueError:
            pass
    for row, value in enumerate(values):
        try:
            if value is None:
                raise ValueError(value)
            out[row] = _one_time(value)
        except (ValueError, TypeError, OverflowError) as err:
            raise NuudelError(
                tr(
                    "The time field '{field}' has a value that cannot be read as a date and time: "
                    "'{value}' (row {row}). Use a date-time field, text like 2021-05-01 14:00:00 or "
                    "ISO 8601, or epoch seconds."
                ),
                field=field_name,
                value=value,
                row=int(rows[row]) if rows is not None else row + 1,
            ) from err
    return out


# -- fixes ------------------------------------------------------------------------------------
def _mode_interval(animal, t, n_animals) -> np.ndarray:
    """Most frequent time step (hours) of each animal; ties go to the smaller step, as R's
    which.max(table(...)) does. nan for an animal with a single fix."""
    same = animal[1:] == animal[:-1]
    step = np.round((t[1:] - t[:-1])[same], 6)  # seconds
    who = animal[1:][same]
    out = np.full(n_animals, np.nan)
    if len(step) == 0:
        return out
    order = np.lexsort((step, who))
    who, step = who[order], step[order]
    new = np.ones(len(step), dtype=bool)
    new[1:] = (who[1:] != who[:-1]) | (step[1:] != step[:-1])
    run_start = np.flatnonzero(new)
    run_len = np.diff(np.append(run_start, len(step)))
    run_who, run_step = who[run_start], step[run_start]
    # per animal the longest run; lexsort puts the smallest step first among equal lengths
    best = np.lexsort((run_step, -run_len, run_who))
    first = np.ones(len(best), dtype=bool)
    first[1:] = run_who[best][1:] != run_who[best][:-1]
    chosen = best[first]
    out[run_who[chosen]] = run_step[chosen] / 3600.0
    return out


def prepare_fixes(animal_codes, t, x, y, settings: Settings) -> Fixes:
    """Sort the fixes by animal and time, drop repeated times, find each animal's interval and
    check that B_TIME and P_TIME are multiples of it (BaBA stops otherwise)."""
    animals, animal = np.unique(
        np.asarray(animal_codes, dtype=object).astype(str), return_inverse=True
    )
    t = np.asarray(t, dtype=float)
    order = np.lexsort((np.arange(len(t)), t, animal))
    animal, ts = animal[order], t[order]
    dup = np.zeros(len(ts), dtype=bool)
    dup[1:] = (animal[1:] == animal[:-1]) & (ts[1:] == ts[:-1])
    duplicates = np.sort(order[dup])
    keep = order[~dup]
    animal, ts = animal[~dup], ts[~dup]
    x = np.asarray(x, dtype=float)[keep]
    y = np.asarray(y, dtype=float)[keep]
    starts = np.searchsorted(animal, np.arange(len(animals) + 1))
    modes = _mode_interval(animal, ts, len(animals))
    if settings.interval:
        too_long = np.flatnonzero(modes > settings.interval + _EPS)
        if len(too_long):
            a = too_long[0]
            raise NuudelError(
                tr(
                    "INTERVAL ({interval} h) is shorter than the most frequent fix interval of "
                    "animal '{animal}' ({mode} h). Set INTERVAL to at least that, or leave it empty "
                    "to use each animal's own."
                ),
                interval=settings.interval,
                animal=animals[a],
                mode=round(float(modes[a]), 4),
            )
        interval = np.full(len(animals), float(settings.interval))
    else:
        interval = modes
    _check_multiples(interval, animals, settings)
    return Fixes(keep, animal, animals, ts, x, y, duplicates, interval, starts)


def _check_multiples(interval, animals, settings):
    for name, value in (("B_TIME", settings.b_time), ("P_TIME", settings.p_time)):
        for a in np.flatnonzero(np.isfinite(interval)):
            ratio = value / interval[a]
            if name == "B_TIME" and ratio < 1 - _EPS:
                raise NuudelError(
                    tr(
                        "B_TIME ({value} h) is shorter than the fix interval {interval} h of animal "
                        "'{animal}'; BaBA needs an interval no longer than B_TIME."
                    ),
                    value=value,
                    interval=round(float(interval[a]), 4),
                    animal=animals[a],
                )
            if abs(ratio - round(ratio)) > 1e-6:
                raise NuudelError(
                    tr(
                        "{parameter} ({value} h) is not a multiple of the fix interval {interval} h "
                        "of animal '{animal}'. Choose {parameter} as a multiple of the interval, or "
                        "set INTERVAL."
                    ),
                    parameter=name,
                    value=value,
                    interval=round(float(interval[a]), 4),
                    animal=animals[a],
                )


# -- distance to the barriers -----------------------------------------------------------------
def scale_factor(x) -> np.ndarray:
    """Point scale factor of a transverse Mercator (scale 1, false easting 0) at easting x:
    planar distances there are true distances times this (spherical approximation)."""
    u = np.asarray(x, dtype=float) / EARTH_RADIUS_M
    return np.cosh(u)


def barrier_tree(barriers):
    """(STRtree of the usable barriers or None, their indices in ``barriers``)."""
    barriers = np.asarray(barriers, dtype=object)
    ok = (
        ~shapely.is_missing(barriers) & ~shapely.is_empty(barriers)
        if len(barriers)
        else np.zeros(0, dtype=bool)
    )
    index = np.flatnonzero(ok)
    return (shapely.STRtree(barriers[ok]) if len(index) else None), index


def near_pairs(x, y, barriers, distance, true_metres=True, tree=None):
    """(fix, barrier) index pairs with the fix within ``distance`` metres of the barrier: one
    STRtree query for all fixes; with ``true_metres`` the planar distance is compared with
    ``distance`` times the local scale factor of the transverse Mercator the adapter uses."""
    tree, index = tree or barrier_tree(barriers)
    if len(x) == 0 or tree is None:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    reach = distance * (float(scale_factor(np.abs(x).max())) if true_metres else 1.0)
    cand = np.flatnonzero(_maybe_near(x, y, tree.geometries, reach))
    points = shapely.points(x[cand], y[cand])
    fix, hit = tree.query(points, predicate="dwithin", distance=reach)
    if true_metres and len(fix):
        d = shapely.distance(points[fix], tree.geometries[hit])
        keep = d <= distance * scale_factor(x[cand[fix]]) + 1e-9
        fix, hit = fix[keep], hit[keep]
    return cand[fix].astype(np.int64), index[hit].astype(np.int64)


def _maybe_near(x, y, lines, reach) -> np.ndarray:
    """True for fixes in a grid cell that a barrier segment, grown by ``reach``, touches: a
    numpy prefilter so that only those fixes become GEOS points (the exact test follows)."""
    cell = max(4.0 * reach, 500.0)
    parts = shapely.segmentize(lines, cell)  # segments at most one cell long
    if not (shapely.get_type_id(parts) == 1).all():  # multi-part lines: part by part
        parts = shapely.get_parts(parts)
    coords, part = shapely.get_coordinates(parts, return_index=True)
    same = part[1:] == part[:-1]
    a, b = coords[:-1][same], coords[1:][same]
    if len(a) == 0:  # points only (degenerate lines): their own cells
        a = b = coords
    lo = np.floor((np.minimum(a, b) - reach) / cell).astype(np.int64)
    hi = np.floor((np.maximum(a, b) + reach) / cell).astype(np.int64)
    keys = []
    for dx in range(3):  # a segment's grown box spans at most 3 x 3 cells
        for dy in range(3):
            ok = (lo[:, 0] + dx <= hi[:, 0]) & (lo[:, 1] + dy <= hi[:, 1])
            keys.append(_cell_key(lo[ok, 0] + dx, lo[ok, 1] + dy))
    cells = np.unique(np.concatenate(keys))
    fix_cells = _cell_key(np.floor(x / cell).astype(np.int64), np.floor(y / cell).astype(np.int64))
    return np.isin(fix_cells, cells)


def _cell_key(ix, iy):
    return (ix + (1 << 30)) * (1 << 31) + (iy + (1 << 30))


# -- encounter events -------------------------------------------------------------------------
def _events(fx: Fixes, in_range, tolerance):
    """(event of each fix or -1, number of bridged fixes): runs of in-range fixes whose time
    to the previous in-range fix, less the interval, rounds (0.1 h) to 0; a gap whose missing
    time lies between one interval and TOLERANCE is bridged and the fixes in it join."""
    n = len(fx.t)
    event = np.full(n, -1, dtype=np.int64)
    idx = np.flatnonzero(in_range)
    if len(idx) == 0:
        return event, 0
    a = fx.animal[idx]
    iv = fx.interval[a]
    same = np.zeros(len(idx), dtype=bool)
    same[1:] = a[1:] == a[:-1]
    dt = np.zeros(len(idx))
    dt[1:] = (fx.t[idx[1:]] - fx.t[idx[:-1]]) / 3600.0
    with np.errstate(invalid="ignore"):
        td2 = np.round(dt - iv, 1)  # BaBA's timediff2
        bridge = same & (td2 >= iv) & (td2 <= tolerance)
        regular = same & ((td2 == 0) | bridge)
    # BaBA numbers bursts by cumsum(timediff2), so a shorter-than-interval step (negative)
    # can give a later run the number of an earlier one; here every break starts a new event.
    brk = ~regular
    run = np.cumsum(brk) - 1
    event[idx] = run
    # fixes inside bridged gaps join the event of the fix before the gap
    b = np.flatnonzero(bridge)
    bridged = 0
    if len(b):
        lo, hi = idx[b - 1] + 1, idx[b]  # fixes lo..hi-1 join
        mark = np.zeros(n + 1, dtype=np.int64)
        np.add.at(mark, lo, 1)
        np.add.at(mark, hi, -1)
        inside = np.cumsum(mark[:-1]) > 0
        inside &= event < 0
        bridged = int(inside.sum())
        owner = np.maximum.accumulate(np.where(event >= 0, np.arange(n), -1))
        event[inside] = event[owner[inside]]
    return event, bridged


def _path_steps(fx, first, last, short, member_event, member_idx):
    """Step segments (x0, y0, x1, y1, event) of the paths whose crossings count: for a short
    event all fixes from the one before it to the one after it, else the event's own fixes."""
    starts = fx.starts
    a = fx.animal[first]
    lo = np.where(short, np.maximum(first - 1, starts[a]), first)
    hi = np.where(short, np.minimum(last + 1, starts[a + 1] - 1), last)
    # short events: every consecutive pair lo..hi of the track
    s_ev = np.flatnonzero(short)
    n_steps = (hi - lo)[s_ev]
    ev1 = np.repeat(s_ev, n_steps)
    offs = np.arange(n_steps.sum()) - np.repeat(np.cumsum(n_steps) - n_steps, n_steps)
    i0 = np.repeat(lo[s_ev], n_steps) + offs
    # long events: consecutive members (bridged fixes included)
    same = member_event[1:] == member_event[:-1]
    ev2 = member_event[1:][same]
    keep = ~short[ev2]
    j0 = member_idx[:-1][same][keep]
    j1 = member_idx[1:][same][keep]
    ev2 = ev2[keep]
    s0 = np.concatenate([i0, j0])
    s1 = np.concatenate([i0 + 1, j1])
    ev = np.concatenate([ev1, ev2])
    return s0, s1, ev, lo, hi


def _count_crossings(fx, s0, s1, ev, n_events, tree, tree_index):
    """Per event: distinct points where its path meets a barrier, summed over the barriers
    (BaBA: st_intersection(path, barrier) cast to points, counted)."""
    counts = np.zeros(n_events, dtype=np.int64)
    if len(s0) == 0 or tree is None:
        return counts
    keys = []
    for b0 in range(0, len(s0), _BATCH):
        sl = slice(b0, b0 + _BATCH)
        coords = np.stack(
            [
                np.column_stack([fx.x[s0[sl]], fx.y[s0[sl]]]),
                np.column_stack([fx.x[s1[sl]], fx.y[s1[sl]]]),
            ],
            axis=1,
        )
        steps = shapely.linestrings(coords)
        step, hit = tree.query(steps, predicate="intersects")
        if len(step) == 0:
            continue
        inter = shapely.intersection(steps[step], tree.geometries[hit])
        xy, which = shapely.get_coordinates(inter, return_index=True)
        if len(xy) == 0:
            continue
        keys.append(
            np.column_stack(
                [
                    ev[sl][step[which]],
                    tree_index[hit[which]],
                    np.round(xy[:, 0], 6),
                    np.round(xy[:, 1], 6),
                ]
            )
        )
    if keys:
        keys = np.unique(np.concatenate(keys), axis=0)
        counts += np.bincount(keys[:, 0].astype(np.int64), minlength=n_events)
    return counts


def _straightness(fx, member_event, member_idx, n_events):
    """BaBA's strtns of each event: distance first -> last fix over the sum of its steps (nan
    for a single fix, and for a still animal: 0/0)."""
    same = member_event[1:] == member_event[:-1]
    step = np.hypot(np.diff(fx.x[member_idx]), np.diff(fx.y[member_idx]))
    path = np.bincount(member_event[1:][same], weights=step[same], minlength=n_events)
    first = np.searchsorted(member_event, np.arange(n_events))
    last = np.searchsorted(member_event, np.arange(n_events), side="right") - 1
    i0, i1 = member_idx[first], member_idx[last]
    disp = np.hypot(fx.x[i1] - fx.x[i0], fx.y[i1] - fx.y[i0])
    with np.errstate(invalid="ignore", divide="ignore"):
        out = disp / path
    out[first == last] = np.nan
    return out, first, last


def _sections(fx):
    """Per fix: irregular steps up to it (cumulative), the end of its continuous stretch and
    the path length from the first fix."""
    n = len(fx.t)
    iv_fix = fx.interval[fx.animal]
    step_h = np.zeros(n)
    step_h[1:] = (fx.t[1:] - fx.t[:-1]) / 3600.0
    new_animal = np.zeros(n, dtype=bool)
    new_animal[fx.starts[:-1][fx.starts[:-1] < n]] = True
    with np.errstate(invalid="ignore"):
        irregular = new_animal | (np.abs(np.round(step_h, 1) - iv_fix) > _EPS)
    irr_cum = np.cumsum(irregular)  # irregular steps up to and including index j
    # next section start after j (index of the next irregular step), else the animal's end
    nxt = np.where(irregular, np.arange(n), n)
    nxt = np.minimum.accumulate(nxt[::-1])[::-1]
    nb = np.append(nxt[1:], n)
    nb = np.minimum(nb, fx.starts[fx.animal + 1])
    steplen = np.zeros(n)
    steplen[1:] = np.hypot(np.diff(fx.x), np.diff(fx.y))
    cum = np.cumsum(steplen)
    return irr_cum, nb, cum


def _window_stats(fx, events, start, end, duration_h, settings):
    """Mean, sd (n - 1) and count of the straightness of every run of the event's duration
    among the animal's fixes within WINDOW/2 before and after the event, continuous stretches
    only (BaBA: continuousID from cumsum(|round(diff, 1) - interval|))."""
    n_ev = len(events)
    mean = np.full(n_ev, np.nan)
    sd = np.full(n_ev, np.nan)
    count = np.zeros(n_ev, dtype=np.int64)
    if n_ev == 0:
        return mean, sd, count
    n = len(fx.t)
    irr_cum, nb, cum = _sections(fx)
    a = fx.animal[events]
    half = settings.window / 2.0 * 3600.0
    a_lo, a_hi = fx.starts[a], fx.starts[a + 1]
    # fx.t is sorted within each animal only: search inside the animal's slice
    lo = _search_in(fx.t, a_lo, a_hi, start - half, "left")
    hi = _search_in(fx.t, a_lo, a_hi, end + half, "right") - 1
    iv = fx.interval[a]
    k = np.floor(duration_h / iv + 1e-9).astype(np.int64)
    n_cand = np.maximum(hi - k - lo + 1, 0)
    sums = np.zeros(n_ev)
    sq = np.zeros(n_ev)
    for e0, e1 in _chunks(n_cand, _BATCH):  # candidates in batches of events
        sel = np.arange(e0, e1)
        m = n_cand[sel]
        ev = np.repeat(sel, m)
        s = np.repeat(lo[sel], m) + (np.arange(m.sum()) - np.repeat(np.cumsum(m) - m, m))
        s1 = s + k[ev]
        sec_last = np.minimum(hi[ev], nb[s] - 1)
        ok = (s1 <= sec_last) & (irr_cum[np.minimum(s1, n - 1)] - irr_cum[s] == 0)
        ok &= fx.t[s] <= fx.t[sec_last] - duration_h[ev] * 3600.0 + 1e-6
        s1 = np.minimum(s1, n - 1)
        path = cum[s1] - cum[s]
        disp = np.hypot(fx.x[s1] - fx.x[s], fx.y[s1] - fx.y[s])
        with np.errstate(invalid="ignore", divide="ignore"):
            value = disp / path
        ok &= np.isfinite(value)  # a still stretch (0/0) has no straightness
        ev, value = ev[ok], value[ok]
        count += np.bincount(ev, minlength=n_ev)
        sums += np.bincount(ev, weights=value, minlength=n_ev)
        sq += np.bincount(ev, weights=value * value, minlength=n_ev)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = np.where(count > 0, sums / np.maximum(count, 1), np.nan)
        var = (sq - count * mean * mean) / (count - 1)
    sd = np.where(count > 1, np.sqrt(np.maximum(var, 0.0)), np.nan)
    return mean, sd, count


def _chunks(sizes, batch):
    """(first, end) of consecutive groups of items whose sizes add up to about ``batch``."""
    total = np.cumsum(sizes)
    e0, n = 0, len(sizes)
    while e0 < n:
        base = total[e0 - 1] if e0 else 0
        e1 = int(np.searchsorted(total, base + batch, side="right"))
        e1 = max(e1, e0 + 1)
        yield e0, min(e1, n)
        e0 = e1


def _search_in(t, lo, hi, value, side):
    """searchsorted of each value within t[lo:hi] (each slice sorted), as absolute index."""
    out = np.empty(len(lo), dtype=np.int64)
    # animals are few; events of one animal share a slice
    for a0, a1 in set(zip(lo.tolist(), hi.tolist())):
        sel = (lo == a0) & (hi == a1)
        out[sel] = a0 + np.searchsorted(t[a0:a1], value[sel], side=side)
    return out


def _classify_short(short, duration, crossings, complete, settings):
    """Behaviour and reason of the short events (bounce or quick cross) and the trapped ones;
    unknown when a short event has no crossing and a fix around is missing."""
    n_ev = len(short)
    behaviour = np.full(n_ev, UNKNOWN, dtype=object)
    reason = np.full(n_ev, "", dtype=object)
    behaviour[short & (crossings > 0)] = QUICK_CROSS
    behaviour[short & (crossings == 0) & complete] = BOUNCE
    reason[short & (crossings == 0) & ~complete] = NO_FIX_AROUND
    behaviour[~short & (duration > settings.p_time + _EPS)] = TRAPPED
    return behaviour, reason


def _classify_windows(fx, animal, s_i, crossings, window, settings):
    """Code and reason of events against their animal's moving windows (straightness ``s_i``
    below, above or within mean +- sd_multiplier x sd)."""
    mean, sd, count = window
    iv = fx.interval[animal]
    enough = (count >= (settings.window / iv + 1) / 4.0 - _EPS) & (count > 1)
    lower = mean - settings.sd_multiplier * sd
    upper = mean + settings.sd_multiplier * sd
    crossed = crossings > settings.max_cross
    with np.errstate(invalid="ignore"):
        below, above = enough & (s_i < lower), enough & (s_i > upper)
        within = enough & (s_i >= lower) & (s_i <= upper)
    code = np.full(len(s_i), UNKNOWN, dtype=object)
    why = np.full(len(s_i), TOO_FEW_WINDOWS, dtype=object)
    code[below & ~crossed] = BACK_AND_FORTH
    code[above & ~crossed] = TRACE
    code[within] = AVERAGE_MOVEMENT
    why[code != UNKNOWN] = ""
    why[(below | above) & crossed] = TOO_MANY_CROSSINGS
    why[enough & ~np.isfinite(s_i)] = STILL
    return code, why


def _event_barriers(pe, pb, n_ev):
    """Unique (event, barrier) pairs of the in-range fixes and the barriers of each event."""
    pairs = np.unique(np.column_stack([pe, pb]), axis=0) if len(pe) else np.empty((0, 2), int)
    cut = np.searchsorted(pairs[:, 0], np.arange(n_ev + 1))
    return pairs, [pairs[cut[i] : cut[i + 1], 1] for i in range(n_ev)]


def _classify_middle(fx, middle, first, start, end, duration, s_i, crossings, code, why, settings):
    """Events between B_TIME and P_TIME against their animal's moving windows: sets their
    code and reason (unknown without an interval) in place; returns the window mean, sd and
    count of every event (nan / 0 for the others)."""
    n_ev = len(first)
    ev_animal = fx.animal[first]
    no_interval = ~np.isfinite(fx.interval[ev_animal])
    tbd = np.flatnonzero(middle & ~no_interval)
    str_mean = np.full(n_ev, np.nan)
    str_sd = np.full(n_ev, np.nan)
    n_windows = np.zeros(n_ev, dtype=np.int64)
    window = _window_stats(fx, first[tbd], start[tbd], end[tbd], duration[tbd], settings)
    str_mean[tbd], str_sd[tbd], n_windows[tbd] = window
    code[tbd], why[tbd] = _classify_windows(
        fx, ev_animal[tbd], s_i[tbd], crossings[tbd], window, settings
    )
    why[middle & no_interval] = NO_INTERVAL
    return str_mean, str_sd, n_windows


def analyse(animal_codes, t, x, y, barriers, settings: Settings, true_metres=True) -> Result:
    """Find and classify every encounter event of the fixes with the barriers (planar metres).

    ``t`` in seconds, ``x``/``y`` in a transverse Mercator with scale 1 on its central meridian
    (``true_metres``: distances corrected by its scale factor) or any metric CRS otherwise.
    """
    fx = prepare_fixes(animal_codes, t, x, y, settings)
    tree, tree_index = barrier_tree(barriers)
    fix_pair, bar_pair = near_pairs(
        fx.x, fx.y, barriers, settings.distance, true_metres, (tree, tree_index)
    )
    in_range = np.zeros(len(fx.t), dtype=bool)
    in_range[fix_pair] = True
    event, bridged = _events(fx, in_range, settings.tolerance)
    member_idx = np.flatnonzero(event >= 0)
    member_event = event[member_idx]
    n_ev = int(member_event.max()) + 1 if len(member_idx) else 0
    straight, m_first, m_last = _straightness(fx, member_event, member_idx, n_ev)
    first, last = member_idx[m_first], member_idx[m_last]
    start, end = fx.t[first], fx.t[last]
    duration = (end - start) / 3600.0
    n_members = m_last - m_first + 1
    short = duration <= settings.b_time + _EPS
    s0, s1, sev, lo, hi = _path_steps(fx, first, last, short, member_event, member_idx)
    crossings = _count_crossings(fx, s0, s1, sev, n_ev, tree, tree_index)
    ev_animal = fx.animal[first]
    complete = (hi - lo + 1) == n_members + 2
    behaviour, reason = _classify_short(short, duration, crossings, complete, settings)
    middle = ~short & (duration <= settings.p_time + _EPS)
    str_mean, str_sd, n_windows = _classify_middle(
        fx, middle, first, start, end, duration, straight, crossings, behaviour, reason, settings
    )
    pairs, event_barriers = _event_barriers(event[fix_pair], bar_pair, n_ev)
    return Result(
        fx,
        settings,
        ev_animal,
        first,
        last,
        start,
        end,
        duration,
        crossings,
        straight,
        str_mean,
        str_sd,
        behaviour,
        reason,
        n_windows,
        event_barriers,
        in_range,
        bridged,
        (pairs[:, 0], pairs[:, 1]),
    )


# -- barriers ---------------------------------------------------------------------------------
@dataclass
class BarrierSummary:
    encounters: np.ndarray
    animals: np.ndarray
    by_behaviour: dict  # code -> counts per barrier
    index: np.ndarray  # nan without encounters
    agrees: Optional[np.ndarray] = None  # "yes" / "no" / None per barrier (with verdicts)


def summarise_barriers(result: Result, n_barriers: int, verdicts=None) -> BarrierSummary:
    """Per barrier: events with a fix within the distance, distinct animals, events of each
    behaviour and BaRanking's index ((bounce + back_and_forth + trace + trapped) / encounters
    x animals, rescaled 0-1 over the barriers with encounters). With the audit's verdicts
    (permeable / conditional / barrier / unknown per barrier), ``agrees`` = no where a
    permeable barrier sees mostly bounce/trace/trapped or a barrier is quick-crossed."""
    ev, bar = result.barrier_pairs
    encounters = np.bincount(bar, minlength=n_barriers)
    by = {}
    for code in BEHAVIOURS:
        sel = result.behaviour[ev] == code
        by[code] = np.bincount(bar[sel], minlength=n_barriers)
    animal_pairs = (
        np.unique(np.column_stack([bar, result.event_animal[ev]]), axis=0)
        if len(ev)
        else np.empty((0, 2), dtype=np.int64)
    )
    animals = np.bincount(animal_pairs[:, 0], minlength=n_barriers)
    with np.errstate(invalid="ignore", divide="ignore"):
        raw = sum(by[c] for c in IMPERMEABLE) / encounters * animals
    raw = np.where(encounters > 0, raw, np.nan)
    index = np.full(n_barriers, np.nan)
    seen = encounters > 0
    if seen.any():
        lo, hi = np.nanmin(raw[seen]), np.nanmax(raw[seen])
        # BaRanking's range01 gives 0/0 when every value is the same: Nuudel gives 1 (or 0
        # when none is impermeable) so that a single encountered barrier still has an index
        index[seen] = (raw[seen] - lo) / (hi - lo) if hi > lo else (raw[seen] > 0) * 1.0
    summary = BarrierSummary(encounters, animals, by, index)
    if verdicts is not None:
        summary.agrees = agreement(verdicts, summary)
    return summary


def agreement(verdicts, summary: BarrierSummary) -> np.ndarray:
    """yes / no per barrier with encounters and a permeable or barrier verdict, else None."""
    verdicts = np.array(
        [str(v).strip().lower() if v is not None else "" for v in verdicts], dtype=object
    )
    enc = summary.encounters
    blocked = (
        summary.by_behaviour[BOUNCE] + summary.by_behaviour[TRACE] + summary.by_behaviour[TRAPPED]
    )
    out = np.full(len(enc), None, dtype=object)
    judged = (enc > 0) & np.isin(verdicts, ["permeable", "barrier", "conditional"])
    out[judged] = "yes"
    out[judged & (verdicts == "permeable") & (2 * blocked > enc)] = "no"
    out[judged & (verdicts == "barrier") & (summary.by_behaviour[QUICK_CROSS] > 0)] = "no"
    return out
