"""The trainer guide (resources/help/{en,mn}/workshop.html): linked, complete, and its numbers
are the numbers the algorithms give on the workshop data today (scripts/make_guide.py)."""

import json
import re

import pytest
from helpers import ROOT, features

HELP = ROOT / "resources" / "help"
NUMBERS = json.loads((HELP / "img" / "workshop_numbers.json").read_text(encoding="utf-8"))
GPKG = ROOT / "resources" / "workshop" / "nuudel_workshop.gpkg"


@pytest.mark.parametrize("lang", ["en", "mn"])
def test_guide_pages(lang):
    page = (HELP / lang / "workshop.html").read_text(encoding="utf-8")
    assert 'href="workshop.html"' in (HELP / lang / "index.html").read_text(encoding="utf-8")
    assert "{" not in page and "}" not in page  # every placeholder filled
    assert len(re.findall(r"<h2>", page)) >= 6
    for key, value in NUMBERS.items():
        if not key.endswith("_png"):
            assert value in page, key
    for image in re.findall(r'src="\.\./img/([^"]+)"', page):
        path = HELP / "img" / image
        assert path.exists() and path.stat().st_size < 300_000, image
    if lang == "mn":
        for term in ("хашааны нээлт", "саад", "цагаан зээр", "хулан", "хориглох бүс",
                     "БОНБҮ", "гарц хоорондын зайн шалгалт"):
            assert term.lower() in page.lower(), term


def test_guide_numbers_are_current(english, tmp_path):
    """Exercise 1 again: the guide's numbers match a fresh run."""
    import processing

    out = processing.run("nuudel:fencepermeabilityaudit", {
        "INPUT": f"{GPKG}|layername=fences|subset=\"name\" LIKE 'Railway fence%'",
        "OUTPUT": str(tmp_path / "f.gpkg"), "SUMMARY": str(tmp_path / "s.gpkg")})
    summary = {r["species"]: r for r in features(out["SUMMARY"])}
    assert NUMBERS["ex1_segments"] == str(len(features(out["OUTPUT"])))
    assert NUMBERS["ex1_mgaz_barrier_km"] == f"{summary['mgaz']['barrier_km']:,.1f}"
    assert NUMBERS["ex1_mgaz_longest_km"] == f"{summary['mgaz']['longest_barrier_km']:,.1f}"
    assert NUMBERS["ex1_khulan_longest_km"] == f"{summary['khulan']['longest_barrier_km']:,.1f}"
