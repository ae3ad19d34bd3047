"""One number format per language (processing/numbers.py) and Cyrillic units in crossing
dimensions (core/spacing.to_numbers)."""

import numpy as np
import pytest

NBSP = "\u00a0"


@pytest.mark.parametrize(
    "lang, km, km2, pct, m, plain, big",
    [
        ("en", "19.3", "4,792.1", "91.0", "19,300", "1.5", "2,000"),
        ("mn", "19,3", f"4{NBSP}792,1", "91,0", f"19{NBSP}300", "1,5", f"2{NBSP}000"),
    ],
)
def test_formatter_decimals_per_quantity(plugin, lang, km, km2, pct, m, plain, big):
    from nuudel.processing import numbers

    assert numbers.km(19.300, lang) == km  # km: 1 decimal, never 19.300
    assert numbers.km2(4792.123, lang) == km2
    assert numbers.pct(91.04, lang) == pct
    assert numbers.metres(19300.4, lang) == m  # m: 0 decimals
    assert numbers.plain(1.5, lang) == plain  # a profile value as written
    assert numbers.plain(2000, lang) == big and numbers.plain(4.0, lang) == "4"


def test_mongolian_numbers_cannot_be_misread(plugin):
    """No comma grouping in Mongolian: a comma is always the decimal mark."""
    from nuudel.processing import numbers

    for value in (0.05, 19.3, 1245.03, 274704.2, 1_000_000.0):
        text = numbers.km(value, "mn")
        assert text.count(",") == 1 and "." not in text, text
        assert float(text.replace(NBSP, "").replace(",", ".")) == pytest.approx(value, abs=0.05)


def test_crossing_dimensions_accept_cyrillic_units(plugin):
    from nuudel.processing.core.spacing import to_numbers

    values, bad = to_numbers(
        [
            "12",
            "12 m",
            "12 м",
            "12м",
            "1,5",
            "45 см",
            "45 cm",
            "450 мм",
            "3 M",
            "x",
            "-1",
            "12 км",
            None,
        ]
    )
    expected = [12, 12, 12, 12, 1.5, 0.45, 0.45, 0.45, 3, np.nan, np.nan, np.nan, np.nan]
    np.testing.assert_allclose(values, expected, equal_nan=True)
    assert bad.tolist() == [False] * 9 + [True, True, True, False]
