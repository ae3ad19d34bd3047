"""Barrier Behaviour Analysis core (issue 21): the worked example by hand, and the vectorised
core against a plain loop written the way the BaBA R package does it."""

import math

import numpy as np
import pytest
import shapely
from hypothesis import given
from hypothesis import strategies as st
from nuudel.processing.core import behaviour as bb
from nuudel.processing.core.text import NuudelError

H = 3600.0
FENCE = shapely.LineString([(-100000, 0), (100000, 0)])


def settings(**kw):
    base = dict(
        distance=100.0,
        interval=None,
        b_time=4,
        p_time=36,
        window=168,
        tolerance=0,
        max_cross=0,
        sd_multiplier=1,
    )
    base.update(kw)
    return bb.Settings(**base)


def track(name, xy, t0=0.0, step=1.0):
    xy = np.asarray(xy, dtype=float)
    return [name] * len(xy), t0 + np.arange(len(xy)) * step * H, xy[:, 0], xy[:, 1]


def approach(y_values, x=0.0):
    return [(x + 10.0 * i, y) for i, y in enumerate(y_values)]


def wander(n, centre=(0.0, 5000.0), radius=1000.0):
    """A tortuous walk: round and round a circle, 7 fixes a turn."""
    a = np.arange(n) * 2 * math.pi / 7
    return list(zip(centre[0] + radius * np.cos(a), centre[1] + radius * np.sin(a)))


def straight(n, start, dx=500.0):
    return [(start[0] + dx * i, start[1]) for i in range(n)]


def trace_track():
    """Wanders 90 h, walks 10 h straight along the fence 50 m from it, wanders again."""
    along = [(2000.0 + 500 * i, 50.0) for i in range(11)]
    return (
        wander(90)
        + [(1500.0, 2000.0)]
        + along
        + [(7500.0, 2000.0)]
        + wander(90, centre=(7000.0, 5000.0))
    )


def zigzag_track():
    """Walks straight 90 h, zigzags 10 h near the fence, walks straight again."""
    zig = [(20000.0 + 300 * (j % 2), 40.0 + 20 * (j % 2)) for j in range(11)]
    return (
        straight(90, (-25000.0, 3000.0))
        + [(20000.0, 1500.0)]
        + zig
        + [(20000.0, 1500.0)]
        + straight(90, (21000.0, 3000.0))
    )


def worked_example():
    parts = [
        track("bounce", approach([1000, 700, 400, 200, 80, 50, 70, 200, 400, 700])),
        track("quick", approach([1000, 700, 400, 200, 60, 10, -60, -200, -400, -700])),
        track("twice", approach([1000, 400, 200, 50, -50, 50, 200, 400])),
        track(
            "trapped",
            [(-1000.0, 600.0), (-1000.0, 300.0)]
            + [(-900.0 + 100 * i, 50.0) for i in range(41)]
            + [(3500.0, 300.0)],
        ),
        track("trace", trace_track()),
        track("zigzag", zigzag_track()),
        track("end", approach([1000, 500, 200, 50], x=-30000.0)),
    ]
    animal = sum((p[0] for p in parts), [])
    t, x, y = (np.concatenate([p[i] for p in parts]) for i in (1, 2, 3))
    return animal, t, x, y


def by_animal(result):
    names = result.fixes.animals[result.event_animal]
    return {str(n): i for i, n in enumerate(names)}


def test_worked_example_every_class():
    animal, t, x, y = worked_example()
    res = bb.analyse(animal, t, x, y, [FENCE], settings(), true_metres=False)
    ev = by_animal(res)
    assert len(res) == 7  # one event per animal
    assert res.behaviour[ev["bounce"]] == bb.BOUNCE
    assert res.duration_h[ev["bounce"]] == 2.0
    assert res.crossings[ev["bounce"]] == 0
    assert res.behaviour[ev["quick"]] == bb.QUICK_CROSS
    assert res.duration_h[ev["quick"]] == 2.0
    assert res.crossings[ev["quick"]] == 1
    assert res.behaviour[ev["twice"]] == bb.QUICK_CROSS
    assert res.crossings[ev["twice"]] == 2
    assert res.behaviour[ev["trapped"]] == bb.TRAPPED
    assert res.duration_h[ev["trapped"]] == 40.0
    assert res.behaviour[ev["trace"]] == bb.TRACE
    assert res.duration_h[ev["trace"]] == 10.0
    assert res.straightness[ev["trace"]] == pytest.approx(1.0)
    assert res.straightness[ev["trace"]] > res.str_mean[ev["trace"]] + res.str_sd[ev["trace"]]
    assert res.behaviour[ev["zigzag"]] == bb.BACK_AND_FORTH
    assert res.straightness[ev["zigzag"]] == pytest.approx(0.0)
    assert res.duration_h[ev["zigzag"]] == 10.0
    # the last fix of "end" is within the distance: no fix after it, no crossing -> unknown
    assert res.behaviour[ev["end"]] == bb.UNKNOWN
    assert res.reason[ev["end"]] == bb.NO_FIX_AROUND
    assert res.duration_h[ev["end"]] == 0.0
    assert np.isnan(res.straightness[ev["end"]])
    # the short events have no window statistics
    assert np.isnan(res.str_mean[ev["bounce"]])
    assert res.counts() == {
        "bounce": 1,
        "quick_cross": 2,
        "back_and_forth": 1,
        "trace": 1,
        "trapped": 1,
        "average_movement": 0,
        "unknown": 1,
    }


def test_trace_with_crossings_over_max_cross_is_unknown():
    # the same walk along the fence, but zigzagging across it: straight, crossing
    along = [(2000.0 + 500 * i, 30.0 * (-1) ** i) for i in range(11)]
    xy = (
        wander(90)
        + [(1500.0, 2000.0)]
        + along
        + [(7500.0, 2000.0)]
        + wander(90, centre=(7000.0, 5000.0))
    )
    res = bb.analyse(*track("a", xy), [FENCE], settings(), true_metres=False)
    assert res.crossings[0] == 10
    assert res.behaviour[0] == bb.UNKNOWN and res.reason[0] == bb.TOO_MANY_CROSSINGS
    res = bb.analyse(*track("a", xy), [FENCE], settings(max_cross=10), true_metres=False)
    assert res.behaviour[0] == bb.TRACE


def test_average_movement_and_too_few_windows():
    xy = (
        straight(90, (-50000.0, 3000.0))
        + [(0.0, 1000.0)]
        + [(500.0 * i, 50.0) for i in range(11)]
        + [(6000.0, 1000.0)]
        + straight(90, (7000.0, 3000.0))
    )
    res = bb.analyse(*track("a", xy), [FENCE], settings(), true_metres=False)
    assert res.duration_h[0] == 10.0
    assert res.behaviour[0] == bb.AVERAGE_MOVEMENT  # straight like the rest of its days
    short = [(0.0, 1000.0)] + [(500.0 * i, 50.0) for i in range(11)] + [(6000.0, 1000.0)]
    res = bb.analyse(*track("a", short), [FENCE], settings(), true_metres=False)
    assert res.behaviour[0] == bb.UNKNOWN and res.reason[0] == bb.TOO_FEW_WINDOWS
    # windows needed: (168 / 1 + 1) / 4 = 42.25, found 3 (13 fixes, runs of 10 steps)
    assert res.n_windows[0] == 3


def test_interval_detection():
    animal = ["a"] * 7 + ["b"] * 3 + ["c"]
    t = np.array([0, 1, 2, 4, 6, 8, 11, 0, 1, 3, 5]) * H
    fx = bb.prepare_fixes(animal, t, np.zeros(11), np.zeros(11), settings(b_time=6, p_time=36))
    # a: steps 1, 1, 2, 2, 2, 3 -> 2 h; b: 1, 2 (a tie) -> the smaller; c: one fix
    assert fx.interval[0] == 2.0
    assert fx.interval[1] == 1.0
    assert np.isnan(fx.interval[2])


def test_interval_errors_name_the_parameter():
    t = np.arange(5) * 2 * H
    with pytest.raises(NuudelError) as err:
        bb.prepare_fixes(["a"] * 5, t, np.zeros(5), np.zeros(5), settings(b_time=3))
    assert "B_TIME" in str(err.value) and "'a'" in str(err.value)
    with pytest.raises(NuudelError) as err:
        bb.prepare_fixes(["a"] * 5, t, np.zeros(5), np.zeros(5), settings(p_time=35))
    assert "P_TIME" in str(err.value)
    with pytest.raises(NuudelError) as err:
        bb.prepare_fixes(["a"] * 5, t, np.zeros(5), np.zeros(5), settings(b_time=1))
    assert "B_TIME" in str(err.value)
    with pytest.raises(NuudelError) as err:  # INTERVAL shorter than the data's
        bb.prepare_fixes(["a"] * 5, t, np.zeros(5), np.zeros(5), settings(interval=1))
    assert "INTERVAL" in str(err.value)
    # set INTERVAL: longer than the data's step is accepted (BaBA)
    fx = bb.prepare_fixes(["a"] * 5, t, np.zeros(5), np.zeros(5), settings(interval=4))
    assert fx.interval[0] == 4.0


def test_tolerance_bridges_gaps():
    # in range at 0, 1 h, out at 2 h, in at 3, 4 h, then away
    ys = [1000, 50, 50, 400, 50, 50, 1000, 1000]
    xy = approach(ys)
    res = bb.analyse(*track("a", xy), [FENCE], settings(), true_metres=False)
    assert len(res) == 2 and list(res.duration_h) == [1.0, 1.0]
    res = bb.analyse(*track("a", xy), [FENCE], settings(tolerance=1), true_metres=False)
    assert len(res) == 1
    assert res.duration_h[0] == 4.0 and res.bridged == 1
    assert res.first[0] == 1 and res.last[0] == 5
    # a missing fix (no fix at 3 h): the same gap, nothing to fetch
    keep = [0, 1, 2, 4, 5, 6, 7]
    animal, t, x, y = track("a", xy)
    res = bb.analyse(
        ["a"] * 7, t[keep], x[keep], y[keep], [FENCE], settings(tolerance=1), true_metres=False
    )
    assert len(res) == 1 and res.duration_h[0] == 4.0 and res.bridged == 0
    # a gap of 2 missing hours is not bridged with TOLERANCE 1 h
    xy2 = approach([1000, 50, 50, 400, 400, 50, 50, 1000])
    res = bb.analyse(*track("a", xy2), [FENCE], settings(tolerance=1), true_metres=False)
    assert len(res) == 2


def test_duplicates_dropped_and_reported():
    animal = ["a", "a", "a", "b"]
    t = np.array([0, H, H, 0])
    fx = bb.prepare_fixes(animal, t, np.arange(4.0), np.zeros(4), settings())
    assert list(fx.duplicates) == [2]
    assert list(fx.order) == [0, 1, 3]


def test_parse_times():
    import datetime

    values = [
        "2021-05-01 14:00:00",
        "2021-05-01T15:00:00",
        "2021-05-01T16:00:00Z",
        "2021-05-01T17:00:00+01:00",
    ]
    out = bb.parse_times(values)
    assert list(np.diff(out)) == [H, H, 0.0]
    assert out[0] == datetime.datetime(2021, 5, 1, 14, tzinfo=datetime.timezone.utc).timestamp()
    assert list(bb.parse_times([1620000000, 1620003600.0])) == [1620000000.0, 1620003600.0]
    assert list(bb.parse_times(["1620000000"])) == [1620000000.0]
    assert bb.parse_times([datetime.datetime(1970, 1, 2)])[0] == 86400.0
    fast = bb.parse_times(["2021-05-01 14:00:00", "2021-05-01 15:30:00"])
    assert fast[1] - fast[0] == 1.5 * H
    with pytest.raises(NuudelError) as err:
        bb.parse_times(["2021-05-01 14:00:00", "yesterday", "tomorrow"], "when")
    text = str(err.value)
    assert "'yesterday'" in text and "row 2" in text and "'when'" in text
    with pytest.raises(NuudelError) as err:
        bb.parse_times([1.0, None])
    assert "row 2" in str(err.value)


def test_barrier_summary_index_and_agreement():
    fences = [
        FENCE,
        shapely.LineString([(-100000, 20000), (100000, 20000)]),
        shapely.LineString([(0, -50000), (1, -50000)]),
    ]
    a1 = track("a", approach([1000, 700, 400, 200, 80, 50, 70, 200, 400, 700]))  # bounce
    a2 = track("b", approach([1000, 700, 400, 200, 60, 10, -60, -200, -400, -700]))  # cross
    a3 = track("c", approach([21000, 20500, 20050, 19500, 19000]))  # cross fence 2
    parts = [a1, a2, a3]
    animal = sum((p[0] for p in parts), [])
    t, x, y = (np.concatenate([p[i] for p in parts]) for i in (1, 2, 3))
    res = bb.analyse(animal, t, x, y, fences, settings(), true_metres=False)
    verdicts = ["permeable", "barrier", None]
    summary = bb.summarise_barriers(res, 3, verdicts)
    assert list(summary.encounters) == [2, 1, 0]
    assert list(summary.animals) == [2, 1, 0]
    assert summary.by_behaviour[bb.BOUNCE][0] == 1
    assert summary.by_behaviour[bb.QUICK_CROSS][0] == 1
    assert summary.by_behaviour[bb.QUICK_CROSS][1] == 1
    # raw index: fence 1: 1/2 * 2 animals = 1; fence 2: 0/1 * 1 = 0 -> rescaled 1, 0
    assert summary.index[0] == 1.0 and summary.index[1] == 0.0 and np.isnan(summary.index[2])
    # permeable fence with half (not most) bounces: agrees; barrier quick-crossed: no
    assert list(summary.agrees) == ["yes", "no", None]
    assert list(res.event_barriers[by_animal(res)["c"]]) == [1]


def test_true_metres_scale_factor():
    # 300 km east of the central meridian planar distances are longer by cosh(300/6371)
    k = bb.scale_factor(300000.0)
    assert k == pytest.approx(1 + 0.5 * (300000 / 6371008.8) ** 2, rel=1e-6)
    line = shapely.LineString([(290000, 0), (310000, 0)])
    fix, bar = bb.near_pairs(
        np.array([300000.0, 300000.0]), np.array([100.05, 100.2]), [line], 100.0
    )
    assert list(fix) == [0]


# -- the core against a plain loop, written as BaBA's R code does it ---------------------------
def _strtns(ids, xa, ya):
    if len(ids) < 2:
        return float("nan")
    path = sum(math.hypot(xa[p] - xa[q], ya[p] - ya[q]) for p, q in zip(ids, ids[1:]))
    return math.hypot(xa[ids[-1]] - xa[ids[0]], ya[ids[-1]] - ya[ids[0]]) / path


def _crossings(ids, xa, ya, barrier):
    if len(ids) < 2:
        return 0
    hit = shapely.intersection(shapely.LineString(list(zip(xa[ids], ya[ids]))), barrier)
    return len({tuple(np.round(c, 6)) for c in shapely.get_coordinates(hit)})


def reference(animal, t, x, y, fences, s):  # noqa: C901 (the R code's own loop, kept whole)
    """Loop version of BaBA() (R/BaBA.R) for regular data: (animal, start, behaviour, cross)."""
    barrier = shapely.union_all(fences)
    out = []
    for a in sorted(set(animal)):
        sel = np.array([v == a for v in animal])
        order = np.argsort(t[sel], kind="stable")
        ta, xa, ya = t[sel][order] / H, x[sel][order], y[sel][order]
        n = len(ta)
        iv = s.interval or float(np.bincount(np.round(np.diff(ta)).astype(int)).argmax())
        inside = [
            shapely.distance(shapely.Point(xa[i], ya[i]), barrier) <= s.distance for i in range(n)
        ]
        idx = [i for i in range(n) if inside[i]]
        bursts, cur = [], []
        for j, i in enumerate(idx):
            gap = 0 if j == 0 else round(ta[i] - ta[idx[j - 1]] - iv, 1)
            if j and iv <= gap <= s.tolerance:
                cur.extend(range(idx[j - 1] + 1, i))
                gap = 0
            if gap != 0:
                bursts.append(cur)
                cur = []
            cur.append(i)
        if cur:
            bursts.append(cur)

        def strtns(ids, xa=xa, ya=ya):
            return _strtns(ids, xa, ya)

        def crossings(ids, xa=xa, ya=ya):
            return _crossings(ids, xa, ya, barrier)

        for b in bursts:
            dur = ta[b[-1]] - ta[b[0]]
            st_i = strtns(b)
            if dur <= s.b_time:
                seg = list(range(max(b[0] - 1, 0), min(b[-1] + 1, n - 1) + 1))
                c = crossings(seg)
                cls = (
                    bb.UNKNOWN
                    if c == 0 and len(seg) != len(b) + 2
                    else (bb.BOUNCE if c == 0 else bb.QUICK_CROSS)
                )
            else:
                c = crossings(b)
                if dur > s.p_time:
                    cls = bb.TRAPPED
                else:
                    keep = [
                        i
                        for i in range(n)
                        if ta[b[0]] - s.window / 2 <= ta[i] <= ta[b[-1]] + s.window / 2
                    ]
                    cont = np.cumsum(
                        [0] + [abs(round(ta[q] - ta[p], 1) - iv) for p, q in zip(keep, keep[1:])]
                    )
                    values = []
                    for cid in sorted(set(cont)):
                        sec = [keep[j] for j in range(len(keep)) if cont[j] == cid]
                        if ta[sec[-1]] - ta[sec[0]] >= dur:
                            m = sum(ta[i] <= ta[sec[-1]] - dur for i in sec)
                            for w0 in range(m):
                                values.append(strtns(sec[w0 : w0 + int(dur / iv) + 1]))
                    if len(values) >= (s.window / iv + 1) / 4 and len(values) > 1:
                        mean, sd = np.mean(values), np.std(values, ddof=1)
                        lower, upper = mean - s.sd_multiplier * sd, mean + s.sd_multiplier * sd
                        if st_i < lower:
                            cls = bb.BACK_AND_FORTH if c <= s.max_cross else bb.UNKNOWN
                        elif st_i > upper:
                            cls = bb.TRACE if c <= s.max_cross else bb.UNKNOWN
                        else:
                            cls = bb.AVERAGE_MOVEMENT
                    else:
                        cls = bb.UNKNOWN
            out.append((a, ta[b[0]] * H, cls, c))
    return out


def as_rows(res):
    return [
        (str(res.fixes.animals[a]), float(s), str(b), int(c))
        for a, s, b, c in zip(res.event_animal, res.start, res.behaviour, res.crossings)
    ]


@st.composite
def tracks(draw):
    n_animals = draw(st.integers(1, 3))
    animal, t, x, y = [], [], [], []
    for a in range(n_animals):
        n = draw(st.integers(2, 160))
        rng = np.random.default_rng(draw(st.integers(0, 2**31)))
        steps = rng.normal(0, draw(st.sampled_from([60.0, 150.0, 400.0])), (n, 2))
        xy = np.cumsum(steps, axis=0) + [rng.uniform(-300, 300), rng.uniform(-300, 300)]
        hours = np.arange(n)
        drop = rng.random(n) < draw(st.sampled_from([0.0, 0.05, 0.2]))
        drop[:2] = False
        animal += [f"a{a}"] * int((~drop).sum())
        t.append(hours[~drop] * H)
        x.append(xy[~drop, 0])
        y.append(xy[~drop, 1])
    return animal, np.concatenate(t), np.concatenate(x), np.concatenate(y)


@given(
    tracks(),
    st.sampled_from([0, 1, 3]),
    st.sampled_from([(2, 12, 24), (4, 36, 168)]),
    st.sampled_from([50.0, 120.0]),
)
def test_core_matches_the_package_loop(data, tolerance, times, distance):
    animal, t, x, y = data
    fences = [
        shapely.LineString([(-5000, 0), (5000, 0)]),
        shapely.LineString([(0, -5000), (0, 5000), (300, 5200)]),
    ]
    s = settings(
        interval=1,
        b_time=times[0],
        p_time=times[1],
        window=times[2],
        tolerance=tolerance,
        distance=distance,
    )
    res = bb.analyse(animal, t, x, y, fences, s, true_metres=False)
    assert as_rows(res) == reference(animal, t, x, y, fences, s)
    summary = bb.summarise_barriers(res, 2)
    assert summary.encounters.sum() == sum(len(b) for b in res.event_barriers)
    assert np.all(summary.animals <= summary.encounters)
    seen = summary.encounters > 0
    assert np.all((summary.index[seen] >= 0) & (summary.index[seen] <= 1))


@given(st.integers(0, 2**31), st.sampled_from([10.0, 100.0, 900.0]))
def test_near_pairs_prefilter_loses_nothing(seed, distance):
    """The grid prefilter keeps every fix that the exact distance test would find: long
    segments, multi-part lines and negative coordinates included."""
    rng = np.random.default_rng(seed)
    x, y = rng.uniform(-20000, 20000, 3000), rng.uniform(-20000, 20000, 3000)
    lines = [
        shapely.LineString(rng.uniform(-25000, 25000, (rng.integers(2, 5), 2))) for _ in range(6)
    ]
    lines.append(shapely.MultiLineString([rng.uniform(-20000, 20000, (2, 2)) for _ in range(3)]))
    lines.append(None)
    fix, bar = bb.near_pairs(x, y, lines, distance, true_metres=False)
    want = {
        (i, j)
        for j, g in enumerate(lines)
        if g is not None
        for i in np.flatnonzero(shapely.distance(shapely.points(x, y), g) <= distance)
    }
    assert set(zip(fix.tolist(), bar.tolist())) == want
