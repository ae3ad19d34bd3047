"""Road traffic core: AADT, growth, bands, CAMI flag, gap probabilities (numbers by hand)."""

import math

import numpy as np
import pytest
from nuudel.processing.core import traffic
from nuudel.processing.core.profile import load_profile
from nuudel.processing.core.text import NuudelError

PROFILE = load_profile()


def test_bands_at_and_between_the_limits():
    result = traffic.assess([0, 999, 1000, 3999, 4000, 8000, 9999, 10000, 25000], PROFILE, 2026)
    assert result.codes().tolist() == [
        "low",
        "low",
        "moderate",
        "moderate",
        "high",
        "high",
        "high",
        "very_high",
        "very_high",
    ]
    assert result.cami_high.tolist() == [False, False, False, True, True, True, True, True, True]


def test_gap_probabilities_by_hand():
    result = traffic.assess([8000, 0], PROFILE, 2026)
    # q = 8000 / 24 = 333.3 vehicles an hour: exp(-333.3 / 60)
    assert result.p_gap60[0] == pytest.approx(math.exp(-8000 / 24 / 60))
    # peak hour: 10 % of the day's traffic, 800 vehicles: exp(-800 / 60)
    assert result.p_gap60_peak[0] == pytest.approx(math.exp(-800 / 60))
    assert result.p_gap60[1] == 1.0


def test_compound_growth_to_the_target_year():
    result = traffic.assess([1000, 3000], PROFILE, 2026, target_year=2036, growth_rate=5.0)
    assert result.aadt.tolist() == [1000, 3000]
    assert result.aadt_target[0] == pytest.approx(1000 * 1.05**10)  # 1628.9
    assert result.aadt_target[1] == pytest.approx(3000 * 1.05**10)  # 4886.7: high
    assert result.codes().tolist() == ["moderate", "high"]


def test_growth_field_per_road_with_growth_rate_for_the_missing():
    result = traffic.assess(
        [1000, 1000, 1000], PROFILE, 2020, target_year=2030, growth_rate=2.0, growth=[10, None, "x"]
    )
    assert result.aadt_target[0] == pytest.approx(1000 * 1.1**10)
    assert result.aadt_target[1] == pytest.approx(1000 * 1.02**10)
    assert np.isnan(result.aadt_target[2])
    assert result.codes().tolist() == ["moderate", "moderate", "unknown"]
    reasons = result.reasons(PROFILE, "aadt", "growth")
    assert "growth rate 'x' in field 'growth'" in reasons[2]


def test_missing_and_bad_traffic_is_unknown_never_low():
    result = traffic.assess([None, "lots", -5, "", "1 200", "8,5"], PROFILE, 2026)
    assert result.codes().tolist() == [
        "unknown",
        "unknown",
        "unknown",
        "unknown",
        "moderate",
        "low",
    ]
    assert not result.cami_high[:4].any()
    reasons = result.reasons(PROFILE, "aadt")
    assert reasons[0] == "R-BAND: no traffic value in field 'aadt'"
    assert "'lots'" in reasons[1] and "not a number" in reasons[1]
    assert "negative" in reasons[2]
    assert reasons[4] == "R-BAND moderate; R-CAMI"
    assert np.isnan(result.p_gap60[0])


def test_target_before_base_year_is_an_error():
    with pytest.raises(NuudelError, match="before BASE_YEAR"):
        traffic.assess([1000], PROFILE, 2030, target_year=2020, growth_rate=1.0)


def test_km_per_band_and_group():
    result = traffic.assess([500, 5000, None], PROFILE, 2026)
    km = traffic.km_per_band(result, [1000, 2000, 3000], group=np.array([0, 1, 1]), n_groups=2)
    assert km[0].tolist() == [1.0, 0, 0, 0, 0]
    assert km[1].tolist() == [0, 0, 2.0, 0, 3.0]


def test_profile_without_traffic_section():
    profile = {k: v for k, v in PROFILE.items() if k != "traffic"}
    with pytest.raises(NuudelError, match="no 'traffic' section"):
        traffic.assess([1000], profile, 2026)
