"""One term, one translation: i18n/glossary.tsv settles each term, and neither the translation
file (i18n/nuudel_mn.ts) nor the Mongolian help pages (resources/help/mn/*.html) nor this
branch's pending translations may use a variant the glossary forbids (scripts/check_glossary.py
does the same for any pending TSV)."""

import re
import sys

import pytest
from helpers import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
import check_glossary

SHARED_COLUMNS = ["english", "mongolian", "note"]  # as /work/shared/glossary-mn.tsv


def test_glossary_columns_and_terms():
    rows = check_glossary.glossary()
    with check_glossary.GLOSSARY.open(encoding="utf-8") as f:
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
    items = list(check_glossary.project_texts())
    items += list(check_glossary.tsv_texts(ROOT / "i18n" / "pending" / "mongolian.tsv"))
    found = check_glossary.violations(items)
    assert not found, "non-glossary variants:\n" + "\n".join(found)


@pytest.mark.parametrize(
    "text, term",
    [
        ("Төлөв: түр зуурын", "provisional (rule status)"),
        ("мөлхөгчид (цагаан зээр)", "crawling species (fence mode)"),
        ("Санал болгож буй трасс", "proposed alignment"),
        ("Түвшний огтлолцол", "level crossing"),
        ("2,000 тусгай хамгаалалттай газар, 50,000", "protected area"),
    ],
)
def test_scanner_finds_a_variant(text, term):
    """The check can fail: a forbidden variant in a text is reported with its term."""
    found = check_glossary.violations([("sample", text)])
    assert any(f"for '{term}'" in f for f in found), found


def test_scanner_accepts_the_chosen_forms():
    ok = (
        "Нэг түвшний огтлолцол; тусгай хамгаалалттай газар нутаг; баталгаажаагүй; "
        "гарц хоорондын зайн шалгалт; Төлөвлөж буй трасс"
    )
    assert check_glossary.violations([("sample", ok)]) == []
