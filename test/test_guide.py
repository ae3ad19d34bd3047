"""The trainer guide (resources/help/{en,mn}/workshop.html): linked, complete, and its numbers
are the numbers the algorithms give on the workshop data today (scripts/make_guide.py)."""

import json
import re
import sys

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
    for key, value in _make_guide().localise(NUMBERS, lang).items():
        if not key.endswith("_png"):
            assert value in page, key
    if lang == "mn":  # Mongolian numbers: decimal comma, no comma grouping (19,3 not 19.3)
        assert "1\u00a0245,0" in page and "1,245.0" not in page
    for image in re.findall(r'src="\.\./img/([^"]+)"', page):
        path = HELP / "img" / image
        assert path.exists() and path.stat().st_size < 300_000, image
    if lang == "mn":
        for term in (
            "хашааны нээлт",
            "саад",
            "цагаан зээр",
            "хулан",
            "хориглох бүс",
            "БОНБҮ",
            "гарц хоорондын зайн шалгалт",
        ):
            assert term.lower() in page.lower(), term


def test_guide_numbers_are_current(english, tmp_path):
    """Exercise 1 again: the guide's numbers match a fresh run."""
    import processing

    out = processing.run(
        "nuudel:fencepermeabilityaudit",
        {
            "INPUT": f"{GPKG}|layername=fences|subset=\"name\" LIKE 'Railway fence%'",
            "OUTPUT": str(tmp_path / "f.gpkg"),
            "SUMMARY": str(tmp_path / "s.gpkg"),
        },
    )
    summary = {r["species"]: r for r in features(out["SUMMARY"])}
    assert NUMBERS["ex1_segments"] == str(len(features(out["OUTPUT"])))
    assert NUMBERS["ex1_mgaz_barrier_km"] == f"{summary['mgaz']['barrier_km']:,.1f}"
    assert NUMBERS["ex1_mgaz_longest_km"] == f"{summary['mgaz']['longest_barrier_km']:,.1f}"
    assert NUMBERS["ex1_khulan_longest_km"] == f"{summary['khulan']['longest_barrier_km']:,.1f}"


def _make_guide():
    sys.path.insert(0, str(ROOT / "scripts"))
    import make_guide

    return make_guide


def _km(metres):
    return f"{metres / 1000:,.1f}"


@pytest.mark.parametrize("lang", ["en", "mn"])
def test_pages_are_the_text_filled_with_the_numbers(plugin, lang):
    """The committed page is exactly guide_text + workshop_numbers.json: no number typed or
    edited by hand, none left over from an older run."""
    page = (HELP / lang / "workshop.html").read_text(encoding="utf-8")
    assert page == _make_guide().fill(lang, NUMBERS), "run `make guide` and commit the result"


@pytest.mark.parametrize("lang", ["en", "mn"])
def test_exercise4_lists_every_model_input_with_its_value(plugin, lang):
    """Every input of the shipped EIA model is in exercise 4, by the name the toolbox shows in
    that language, with the value to choose on the workshop data."""
    from helpers import mongolian_translations
    from qgis.core import QgsProcessingModelAlgorithm

    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(str(ROOT / "resources" / "models" / "eia_screening.model3"))
    inputs = {
        p.name(): p.description() for p in model.parameterDefinitions() if not p.isDestination()
    }
    assert "STUDY_AREA" in inputs and len(inputs) == 20  # 11 + 9 field inputs (issue 17)
    page = (HELP / lang / "workshop.html").read_text(encoding="utf-8")
    exercise4 = page.split("<h2>")[6]
    assert exercise4.startswith(("Exercise 4", "Дасгал 4"))
    table = mongolian_translations()
    listed = dict(re.findall(r"<li>([^<]+): (.+?)</li>", exercise4))
    for name, description in inputs.items():
        shown = table[description] if lang == "mn" else description
        assert shown in listed, name
        assert listed[shown].strip(), name
    study_area = "Судалгааны талбай" if lang == "mn" else "Study area"
    assert (
        listed[table["Study area (optional)"] if lang == "mn" else "Study area (optional)"]
        == f"<i>{table['Aimags'] if lang == 'mn' else 'Aimags'}</i>"
    )
    # and the model builder steps name it as an input and wire it to the no-go mask
    assert f"<i>{study_area}</i>" in exercise4
    wired = "STUDY_AREA ← " + study_area.replace(" ", r"\s+")
    assert re.search(wired, exercise4, flags=re.I)


def test_exercise2_numbers_are_current(english, tmp_path):
    """Exercise 2 again (road, all crossings): the guide's numbers match a fresh run."""
    import processing

    out = processing.run(
        "nuudel:crossingspacingcheck",
        {
            "INPUT": f"{GPKG}|layername=road",
            "ROUTE_FIELD": "route",
            "CROSSINGS": f"{GPKG}|layername=crossings",
            "OUTPUT_CROSSINGS": str(tmp_path / "c.gpkg"),
            "OUTPUT_GAPS": str(tmp_path / "g.gpkg"),
            "OUTPUT_PROPOSED": str(tmp_path / "p.gpkg"),
        },
    )
    crossings = features(out["OUTPUT_CROSSINGS"])
    on_road = [c for c in crossings if c["matched"] == "yes"]
    gaps = [g for g in features(out["OUTPUT_GAPS"]) if g["species"] == "mgaz"]
    too_long = [g for g in gaps if g["status"] == "too_long"]
    assert NUMBERS["ex2_routes"] == str(
        len({r["route"] for r in features(f"{GPKG}|layername=road")})
    )
    assert NUMBERS["ex2_road_km"] == _km(sum(g["length_m"] for g in gaps))
    assert NUMBERS["ex2_matched"] == str(len(on_road))
    assert NUMBERS["ex2_unmatched"] == str(len(crossings) - len(on_road))
    assert NUMBERS["ex2_unmatched_road"] == str(
        sum(1 for c in crossings if c["matched"] != "yes" and c["network"] == "road")
    )
    assert NUMBERS["ex2_mgaz_suitable"] == str(sum(1 for c in on_road if c["s_mgaz"] == "suitable"))
    assert NUMBERS["ex2_too_long"] == str(len(too_long))
    assert NUMBERS["ex2_too_long_km"] == _km(sum(g["length_m"] for g in too_long))
    assert NUMBERS["ex2_longest_gap_km"] == _km(max(g["length_m"] for g in gaps))
    assert NUMBERS["ex2_proposed"] == str(
        sum(1 for p in features(out["OUTPUT_PROPOSED"]) if "mgaz" in p["species"].split(","))
    )


def _option_of():
    return {f["fid"]: f["option"] for f in features(f"{GPKG}|layername=alignment")}


def test_exercise3_numbers_are_current(english, tmp_path):
    """Exercise 3 again (no-go mask): zone areas and each option's km match a fresh run."""
    import processing

    out = processing.run(
        "nuudel:nogoalignmentmask",
        {
            "STUDY_AREA": f"{GPKG}|layername=aimags",
            "NOGO": [f"{GPKG}|layername=protected_areas"],
            "BUFFER_FIELD": "buffer_m",
            "CAUTION": [f"{GPKG}|layername=calving"],
            "WATER": f"{GPKG}|layername=water",
            "ALIGNMENT": f"{GPKG}|layername=alignment",
            "OUTPUT": str(tmp_path / "z.gpkg"),
            "OUTPUT_CONFLICTS": str(tmp_path / "c.gpkg"),
        },
    )
    zones = features(out["OUTPUT"])
    conflicts = features(out["OUTPUT_CONFLICTS"])
    option_of = _option_of()
    for zone in ("nogo", "caution", "suitable"):
        area = sum(z["area_km2"] for z in zones if z["zone"] == zone)
        assert NUMBERS[f"ex3_{zone}_km2"] == f"{area:,.0f}", zone
        for option in ("A", "B"):
            metres = sum(
                c["length_m"]
                for c in conflicts
                if c["zone"] == zone and option_of[c["alignment_id"]] == option
            )
            assert NUMBERS[f"ex3_{option}_{zone}_km"] == _km(metres), (option, zone)


def test_exercise4_numbers_are_current(english, tmp_path):
    """Exercise 4 again: the shipped model with the inputs the guide lists gives its numbers."""
    import processing

    out = processing.run(
        "nuudel:eiascreening",
        {
            **_make_guide().eia_params(),
            "nogo:Zones": str(tmp_path / "z.gpkg"),
            "nogo:Alignment in zones": str(tmp_path / "c.gpkg"),
            "spacing:Crossings on the alignment": str(tmp_path / "x.gpkg"),
            "spacing:Crossing gaps": str(tmp_path / "g.gpkg"),
            "spacing:Proposed crossings": str(tmp_path / "p.gpkg"),
            "audit:Audited fences along the alignment": str(tmp_path / "f.gpkg"),
            "audit:Fence audit summary": str(tmp_path / "s.gpkg"),
        },
    )
    fences = features(out["audit:Audited fences along the alignment"])
    summary = {r["species"]: r for r in features(out["audit:Fence audit summary"])}
    proposed = [
        p for p in features(out["spacing:Proposed crossings"]) if "mgaz" in p["species"].split(",")
    ]
    assert NUMBERS["ex4_fences"] == str(len(fences))
    assert NUMBERS["ex4_fence_km"] == _km(sum(r["len_m"] for r in fences))
    assert NUMBERS["ex4_mgaz_barrier_km"] == f"{summary['mgaz']['barrier_km']:,.1f}"
    for option in ("A", "B"):
        assert NUMBERS[f"ex4_{option}_proposed"] == str(
            sum(1 for p in proposed if str(p["route"]) == option)
        )
    # "the alignment numbers are those of exercise 3": the model's zones agree
    option_of = _option_of()
    for row in features(out["nogo:Alignment in zones"]):
        assert option_of[row["alignment_id"]] in ("A", "B")
    by_option = {}
    for row in features(out["nogo:Alignment in zones"]):
        key = (option_of[row["alignment_id"]], row["zone"])
        by_option[key] = by_option.get(key, 0) + row["length_m"]
    for (option, zone), metres in by_option.items():
        assert NUMBERS[f"ex3_{option}_{zone}_km"] == _km(metres), (option, zone)
