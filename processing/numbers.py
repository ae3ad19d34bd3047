"""One number formatter for everything a person reads: reports, messages, legends, guide.

Decimals are fixed per quantity (km 1, km² 1, % 1, m 0, cm 0) so a reader never has to guess
whether ``19.300`` is nineteen or nineteen thousand. English uses the QLocale of en_US
(``1,245.0``). Mongolian uses the national convention (glibc mn_MN, and the way the plugin's
users write ``0,45 м``): a decimal comma and a no-break space between thousands (``1 245,0``);
Qt's own CLDR data for mn_MN writes ``1,245.0``, which the Mongolian review found misread.
"""

from qgis.PyQt.QtCore import QLocale

from .i18n import text_language

DECIMALS = {"km": 1, "km2": 1, "pct": 1, "m": 0, "cm": 0, "count": 0, "index": 2}
GROUP_MN = "\u00a0"  # no-break space: a thousands group never wraps onto two lines


def number(value, decimals: int = 0, lang: str = "") -> str:
    """``value`` with ``decimals`` decimals, grouped, in the active (or given) language."""
    text = QLocale("en_US").toString(float(value), "f", decimals)
    if (lang or text_language()) == "mn":
        text = text.replace(",", GROUP_MN).replace(".", ",")
    return text


def quantity(value, kind: str, lang: str = "") -> str:
    """A number of the quantity ``kind`` (km, km2, pct, m, cm, count, index), without unit."""
    return number(value, DECIMALS[kind], lang)


def km(value, lang: str = "") -> str:
    return quantity(value, "km", lang)


def km2(value, lang: str = "") -> str:
    return quantity(value, "km2", lang)


def pct(value, lang: str = "") -> str:
    return quantity(value, "pct", lang)


def metres(value, lang: str = "") -> str:
    return quantity(value, "m", lang)


def count(value, lang: str = "") -> str:
    return quantity(value, "count", lang)


def plain(value, lang: str = "") -> str:
    """A profile value as written (``1.5``, ``50``, ``2,000``) in the language's format: as many
    decimals as it has, whole numbers grouped."""
    if isinstance(value, float) and not value.is_integer():
        text = f"{value:g}"
        return text.replace(".", ",") if (lang or text_language()) == "mn" else text
    return number(value, 0, lang)
