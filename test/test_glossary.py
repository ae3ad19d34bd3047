"""One term, one translation: i18n/glossary.tsv settles each term, and neither the translation
file (i18n/nuudel_mn.ts) nor the Mongolian help pages (resources/help/mn/*.html) may use a
variant the glossary forbids."""

import csv
import re
import xml.etree.ElementTree as ET

import pytest
from helpers import ROOT

GLOSSARY = ROOT / "i18n" / "glossary.tsv"
SHARED_COLUMNS = ["english", "mongolian", "note"]  # as /work/shared/glossary-mn.tsv


def glossary():
    with GLOSSARY.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def forbidden():
    """[(english term, chosen Mongolian, compiled forbidden pattern)]."""
    out = []
    for row in glossary():
        for pattern in filter(None, (p.strip() for p in (row["forbidden"] or "").split(" | "))):
            out.append((row["english"], row["mongolian"], re.compile(pattern, re.IGNORECASE)))
    return out


def texts():
    """(where, text) of every Mongolian translation and help page."""
    ts = ROOT / "i18n" / "nuudel_mn.ts"
    for msg in ET.parse(ts).iter("message"):
        yield f"nuudel_mn.ts: {msg.findtext('source')!r}", msg.findtext("translation") or ""
    for page in sorted((ROOT / "resources" / "help" / "mn").glob("*.html")):
        yield f"help/mn/{page.name}", page.read_text(encoding="utf-8")


def violations(items):
    found = []
    for where, text in items:
        for english, chosen, pattern in forbidden():
            for match in pattern.finditer(text):
                found.append(f"{where}: '{match.group(0)}' for '{english}' (use '{chosen}')")
    return found


def test_glossary_columns_and_terms():
    rows = glossary()
    with GLOSSARY.open(encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
    assert header[:3] == SHARED_COLUMNS and header[3] == "forbidden"
    assert len(rows) >= 17
    english = [r["english"] for r in rows]
    assert len(english) == len(set(english)), "a term is settled twice"
    for row in rows:
        assert row["mongolian"].strip(), row["english"]
        # the chosen rendering is never itself a forbidden variant
        for pattern in filter(None, (row["forbidden"] or "").split(" | ")):
            assert not re.search(pattern.strip(), row["mongolian"], re.IGNORECASE), row


def test_no_forbidden_variant_in_translations_and_help():
    found = violations(texts())
    assert not found, "non-glossary variants:\n" + "\n".join(found)


@pytest.mark.parametrize("text, term", [
    ("Төлөв: түр зуурын", "provisional (rule status)"),
    ("мөлхөгчид (цагаан зээр)", "crawling species (fence mode)"),
    ("Санал болгож буй трасс", "proposed alignment"),
    ("Түвшний огтлолцол", "level crossing"),
    ("2,000 тусгай хамгаалалттай газар, 50,000", "protected area"),
])
def test_scanner_finds_a_variant(text, term):
    """The check can fail: a forbidden variant in a text is reported with its term."""
    found = violations([("sample", text)])
    assert any(f"for '{term}'" in f for f in found), found


def test_scanner_accepts_the_chosen_forms():
    ok = ("Нэг түвшний огтлолцол; тусгай хамгаалалттай газар нутаг; баталгаажаагүй; "
          "гарц хоорондын зайн шалгалт; Төлөвлөж буй трасс")
    assert violations([("sample", ok)]) == []
