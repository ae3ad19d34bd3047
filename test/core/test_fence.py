"""The fence audit core (core/fence.py) without QGIS: the worked example, the verdict order,
parsing, runs and hypothesis properties."""

import numpy as np
import pytest
import shapely
from fence_example import EXPECTED, ROWS, WORST
from hypothesis import given, settings
from hypothesis import strategies as st


@pytest.fixture(scope="module")
def profile():
    from nuudel.processing.core.profile import load_profile

    return load_profile()


def core_columns(rows=ROWS):
    return [list(col) for col in zip(*rows)]


def test_core_worked_example(profile):
    from nuudel.processing.core import fence

    result = fence.evaluate(profile, ["mgaz", "argali", "khulan"], *core_columns())
    for code, verdicts in EXPECTED.items():
        assert list(result.codes(result.verdicts[code])) == verdicts
    assert list(result.codes(result.worst)) == WORST
    reasons = result.reasons()
    assert reasons[4] == (
        "mgaz: F-BOTTOM conditional; argali: F-TOP conditional, F-TOP-GAP "
        "conditional; khulan: F-NO-OPENING barrier"
    )
    assert reasons[5].startswith("mgaz: F-BOTTOM: bottom_cm missing; argali: F-TOP, F-TOP-GAP met")
    assert reasons[3] == "mgaz, argali, khulan: F-WOVEN barrier"
    geoms = shapely.linestrings([[(i * 1000.0, 0), ((i + 1) * 1000.0, 0)] for i in range(6)])
    # lon/lat version for the run joining: 0.01 degree steps along the equator
    lonlat = shapely.linestrings(
        [[(100 + i * 0.01, 0), (100 + (i + 1) * 0.01, 0)] for i in range(6)]
    )
    pairs = fence.touching_pairs(lonlat, 1.0)
    assert sorted(zip(*pairs)) == [(0, 1), (1, 2), (2, 3), (3, 4), (4, 5)]
    summary = fence.summarise(result, shapely.length(geoms), pairs)
    assert summary["khulan"]["longest_km"] == pytest.approx(3.0)
    assert summary["mgaz"]["longest_km"] == pytest.approx(1.0)
    assert summary["khulan"]["km"]["barrier"] == pytest.approx(5.0)
    runs = summary["khulan"]["runs"]
    assert [round(runs.length_m[r]) for r in runs.top(5)] == [3000, 2000]


def test_core_verdict_order_is_barrier_unknown_conditional_permeable(profile):
    from nuudel.processing.core import fence

    assert fence.VERDICTS == ("permeable", "conditional", "unknown", "barrier")
    # conditional bottom wire + missing barbed -> unknown; barrier bottom + missing barbed ->
    # barrier (a known barrier is not hidden by missing data)
    result = fence.evaluate(
        profile, ["mgaz"], ["strand", "strand"], [None, None], [43, 20], [None, None], [None, None]
    )
    assert list(result.codes(result.verdicts["mgaz"])) == ["unknown", "barrier"]


def test_core_parses_text_numbers_and_units():
    from nuudel.processing.core import fence

    cm, status = fence.parse_lengths_cm(
        ["45", "45 cm", "0,45 m", " 46.5 ", 50, None, "", "abc", "450 mm"], "centimetres"
    )
    assert list(cm[:5]) == [45, 45, 45, 46.5, 50]
    assert cm[8] == pytest.approx(45)
    assert list(status) == [0, 0, 0, 0, 0, fence.MISSING, fence.MISSING, fence.INVALID, 0]
    cm, status = fence.parse_lengths_cm([0.45, "1,02", "30 cm"], "metres")
    assert list(cm) == pytest.approx([45, 102, 30])
    code, status = fence.parse_barbed([True, False, "All", " none ", "TOP", None, "x", 1, 0])
    assert list(code[:5]) == [3, 0, 3, 0, 1]
    assert list(status) == [0, 0, 0, 0, 0, fence.MISSING, fence.INVALID, 0, 0]
    assert list(code[7:]) == [3, 0]


def test_core_missing_or_impossible_values_are_never_permeable(profile):
    from nuudel.processing.core import fence

    rows = [
        ("strand", 100, -5, 30, "none"),  # negative bottom wire
        ("strand", 100, 4500, 30, "none"),  # bottom wire 45 m up
        ("strand", 1500, 50, 30, "none"),  # top wire 15 m up (argali only)
        ("strand", 100, "n/a", 30, "none"),  # unreadable
        ("strand", 100, 50, 30, "maybe"),  # unknown barbed code
        ("stone wall", 100, 50, 30, "none"),  # type outside the data model
        (None, 100, 50, 30, "none"),  # type missing
    ]
    result = fence.evaluate(profile, ["mgaz", "argali"], *core_columns(rows))
    assert (
        list(result.codes(result.verdicts["mgaz"]))
        == ["unknown"] * 2 + ["permeable"] + ["unknown"] * 4
    )
    assert (
        list(result.codes(result.verdicts["argali"]))
        == ["permeable"] * 2 + ["unknown"] + ["permeable"] * 2 + ["unknown"] * 2
    )
    reasons = result.reasons()
    assert "F-BOTTOM: bottom_cm physically impossible" in reasons[0]
    assert "F-TOP: height_cm physically impossible" in reasons[2]
    assert "F-BOTTOM: bottom_cm not readable" in reasons[3]
    assert "F-BARBED-BOTTOM: barbed not readable" in reasons[4]
    assert "fence_type 'stone wall' not in the data model" in reasons[5]
    assert "TYPE: fence_type missing" in reasons[6]
    text = " ".join(w.render() for w in result.warnings)
    assert "stone wall" in text and "physically impossible" in text


def test_core_warns_about_metres_in_a_centimetre_field(profile):
    from nuudel.processing.core import fence

    rows = [("strand", 1.0, 0.5, 0.3, "none")] * 5
    result = fence.evaluate(profile, ["mgaz"], *core_columns(rows))
    assert any("UNITS" in w.render() and "height_cm" in w.render() for w in result.warnings)
    result = fence.evaluate(profile, ["mgaz"], *core_columns(rows), units="metres")
    assert not any("UNITS" in w.render() for w in result.warnings)
    assert list(result.codes(result.verdicts["mgaz"])) == ["permeable"] * 5
    cm_rows = [("strand", 100, 50, 30, "none")] * 5
    result = fence.evaluate(profile, ["mgaz"], *core_columns(cm_rows), units="metres")
    assert any("UNITS" in w.render() for w in result.warnings)


def test_core_runs_join_within_tolerance_only():
    from nuudel.processing.core import fence

    # four 1 km lines along latitude 45: gaps of 0.5 m (joins), 1.5 m (breaks), and a
    # multipart line whose second part touches the next line
    from nuudel.processing.core.geodesy import segment_lengths

    deg_per_m = 1.0 / segment_lengths(0.0, 45.0, 1.0, 45.0)
    x = [0.0, 1000.0, 1000.5, 2000.5, 2002.0, 3002.0]
    deg = [100 + v * deg_per_m for v in x]
    lines = [
        shapely.LineString([(deg[0], 45), (deg[1], 45)]),
        shapely.LineString([(deg[2], 45), (deg[3], 45)]),
        shapely.MultiLineString(
            [[(deg[4], 45), (deg[5], 45)], [(deg[5], 45.001), (deg[5], 45.002)]]
        ),
        shapely.LineString([(deg[5], 45.002), (deg[5], 45.003)]),
        None,
    ]
    u, v = fence.touching_pairs(np.array(lines, dtype=object), 1.0)
    assert sorted(zip(u.tolist(), v.tolist())) == [(0, 1), (2, 3)]
    runs = fence.barrier_runs([True, True, True, True, False], [1000, 1000, 1100, 100, 0], (u, v))
    assert runs.longest_m == 2000
    assert sorted(runs.length_m.tolist()) == [1200, 2000]
    # a non-barrier segment in the middle breaks the run
    runs = fence.barrier_runs([True, False, True, True, False], [1000, 1000, 1100, 100, 0], (u, v))
    assert runs.longest_m == 1200


def test_core_components_on_a_long_chain():
    """The shared union-find (core/graph.py) joins a 10,000-segment chain in any order."""
    from nuudel.processing.core import graph

    n = 10000
    order = np.random.default_rng(1).permutation(n)
    labels = graph.components(n, order[:-1], order[1:])
    assert len(set(labels.tolist())) == 1


TYPES = st.sampled_from(
    ["strand", "mesh", "solid", "electric", "rail", "opening", "Strand ", "stone wall", None, ""]
)


LENGTHS = st.one_of(
    st.none(),
    st.floats(-50, 2000, allow_nan=False),
    st.integers(-5, 1500),
    st.sampled_from(["45", "45 cm", "0,45 m", "n/a", ""]),
)


BARBED = st.sampled_from(["none", "top", "bottom", "all", True, False, None, "x"])


SEGMENT = st.tuples(TYPES, LENGTHS, LENGTHS, LENGTHS, BARBED)


@settings(max_examples=60, deadline=None)
@given(st.lists(SEGMENT, min_size=1, max_size=40))
def test_core_properties(rows):
    from nuudel.processing.core import fence
    from nuudel.processing.core.profile import load_profile

    profile = load_profile()
    codes = ["mgaz", "ggaz", "saiga", "khulan", "takhi", "camel", "argali", "ibex"]
    result = fence.evaluate(profile, codes, *core_columns(rows))
    n = len(rows)
    height, h_status = fence.parse_lengths_cm([r[1] for r in rows])
    bottom, b_status = fence.parse_lengths_cm([r[2] for r in rows])
    gap, g_status = fence.parse_lengths_cm([r[3] for r in rows])
    _, barbed_status = fence.parse_barbed([r[4] for r in rows])
    kind, _ = fence.parse_types([r[0] for r in rows], profile)
    for code in codes:
        verdict = result.verdicts[code]
        assert len(verdict) == n
        mode = profile["species"][code]["fence_mode"]
        wire = kind == 0
        # a wire fence whose needed value is missing or unreadable is never permeable
        if mode == "crawl":
            missing = wire & ((b_status != 0) | (barbed_status != 0))
        elif mode == "jump":
            missing = wire & ((h_status != 0) | (g_status != 0))
        else:
            missing = np.zeros(n, dtype=bool)
            assert np.all(verdict[wire] == fence.BARRIER)
        assert not np.any(verdict[missing] == fence.PERMEABLE)
        assert np.all(verdict[kind >= 3] == fence.UNKNOWN)  # missing or unknown type
        assert np.all(verdict[kind == 1] == fence.BARRIER)
        assert np.all(verdict[kind == 2] == fence.PERMEABLE)
        assert np.all(result.worst >= verdict)
    # km per verdict add up to the total (accounting)
    lengths = np.arange(1, n + 1, dtype=float) * 100
    lonlat = shapely.linestrings(
        [[(100 + i * 0.001, 45), (100 + (i + 1) * 0.001, 45)] for i in range(n)]
    )
    summary = fence.summarise(result, lengths, fence.touching_pairs(lonlat, 1.0))
    for code in codes:
        assert sum(summary[code]["km"].values()) == pytest.approx(lengths.sum() / 1000)
        assert summary[code]["longest_km"] <= summary[code]["km"]["barrier"] + 1e-9
    reasons = result.reasons()
    assert all(isinstance(r, str) and r for r in reasons)
