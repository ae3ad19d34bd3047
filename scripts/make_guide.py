"""Write the trainer guide (resources/help/{en,mn}/workshop.html) with numbers computed now.

    .venv/bin/python scripts/make_guide.py        (or: make guide)

Runs each exercise of the half-day workshop on resources/workshop/nuudel_workshop.gpkg with the
Nuudel algorithms (processing.run, in this process), takes the expected numbers from their
outputs, renders the screenshots (offscreen, the outputs' own styles over the workshop aimags,
railway and road) into resources/help/img/, and fills the English and Mongolian pages. No
number in the guide is typed by hand: re-run this script whenever the data, the profile or an
algorithm changes. An exercise whose algorithm is not installed yet keeps "n/a" and a note.
"""

import json
import os
import re
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import make_figures  # noqa: E402
import render_maps  # noqa: E402  (sets up the plugin path)

GPKG = ROOT / "resources" / "workshop" / "nuudel_workshop.gpkg"
MODEL = ROOT / "resources" / "models" / "eia_screening.model3"
TS = ROOT / "i18n" / "nuudel_mn.ts"
HELP = ROOT / "resources" / "help"
IMG = HELP / "img"
SHOT_DPI = 80  # the A4 print figure (resources/layouts/eia_figure.qpt) at 935 x 661 pixels
SOURCE = {
    "en": "Nuudel workshop data (illustrative, not survey data)",
    "mn": "Нүүдэл сургалтын өгөгдөл (жишээ, хээрийн судалгааны өгөгдөл биш)",
}
NA = "n/a"
RAILWAY_FENCE = "\"name\" LIKE 'Railway fence%'"


# What exercise 4 chooses for every input of the shipped EIA model (nuudel:eiascreening), as
# (kind, value): "layer" / "layers" = workshop layer(s), "field" = field name, "metres".
# Both the run below and the list in the guide come from here; every input of the model must
# be here (make_guide.py stops otherwise, test_guide.py checks the pages).
EIA_INPUTS = {
    "ALIGNMENT": ("layer", "alignment"),
    "ALIGNMENT_OPTION_FIELD": ("field", "option"),
    "PROTECTED_AREAS": ("layers", "protected_areas"),
    "BUFFER_FIELD": ("field", "buffer_m"),
    "CAUTION_AREAS": ("layers", "calving"),
    "WATER": ("layer", "water"),
    "STUDY_AREA": ("layer", "aimags"),
    "CROSSINGS": ("layer", "crossings"),
    "MIGRATION_RANGE": ("layer", "migration_range"),
    "FENCES": ("layer", "fences"),
    "FENCE_DISTANCE": ("metres", 5000),
    # the field inputs keep their defaults: the workshop layers use the data model's names
    "CROSSING_TYPE_FIELD": ("field", "crossing_type"),
    "CROSSING_WIDTH_FIELD": ("field", "width_m"),
    "CROSSING_HEIGHT_FIELD": ("field", "height_m"),
    "CROSSING_LENGTH_FIELD": ("field", "length_m"),
    "FENCE_TYPE_FIELD": ("field", "fence_type"),
    "FENCE_HEIGHT_FIELD": ("field", "height_cm"),
    "FENCE_BOTTOM_FIELD": ("field", "bottom_cm"),
    "FENCE_TOP_GAP_FIELD": ("field", "top_gap_cm"),
    "FENCE_BARBED_FIELD": ("field", "barbed"),
}


def uri(name, subset=None):
    return f"{GPKG}|layername={name}" + (f"|subset={subset}" if subset else "")


def model_inputs():
    """{name: English description} of the EIA model's inputs, read from the model file."""
    from qgis.core import QgsProcessingModelAlgorithm

    model = QgsProcessingModelAlgorithm()
    if not model.fromFile(str(MODEL)):
        raise RuntimeError(f"cannot read {MODEL}")
    return {
        p.name(): p.description() for p in model.parameterDefinitions() if not p.isDestination()
    }


def mongolian():
    """{English: Mongolian} from i18n/nuudel_mn.ts (the plugin's own translations)."""
    import xml.etree.ElementTree as ET

    return {
        m.findtext("source"): m.findtext("translation") or "" for m in ET.parse(TS).iter("message")
    }


def eia_params():
    """The EIA model's inputs for processing.run, from EIA_INPUTS."""
    values = {"layer": uri, "layers": lambda name: [uri(name)], "field": str, "metres": float}
    return {name: values[kind](value) for name, (kind, value) in EIA_INPUTS.items()}


def eia_inputs_html(lang):
    """Exercise 4's list: every model input (its name as the toolbox shows it in ``lang``)
    and what to choose for it on the workshop data."""
    from nuudel.ui.workshop import layer_titles

    inputs = model_inputs()
    if set(inputs) != set(EIA_INPUTS):
        raise RuntimeError(
            f"EIA_INPUTS does not match the model's inputs: {sorted(set(inputs) ^ set(EIA_INPUTS))}"
        )
    table = mongolian() if lang == "mn" else {}
    titles = layer_titles()  # English here: make_guide runs with no translator installed

    def say(text):
        return table.get(text) or text

    items = []
    for name, (kind, value) in EIA_INPUTS.items():
        if kind in ("layer", "layers"):
            shown = f"<i>{say(titles[value])}</i>"
        elif kind == "field":
            shown = f"<code>{value}</code>"
        else:
            shown = f"{value} m" if lang != "mn" else f"{value:,} м".replace(",", "&nbsp;")
        items.append(f"<li>{say(inputs[name])}: {shown}</li>")
    return "<ul>\n" + "\n".join(items) + "\n</ul>"


def start():
    app, _owned = render_maps.start_qgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing

    Processing.initialize()
    import nuudel

    plugin = nuudel.classFactory(None)
    plugin.initProcessing()
    return app, plugin


def available(alg_id):
    from qgis.core import QgsApplication

    return QgsApplication.processingRegistry().algorithmById(alg_id) is not None


def _layer(path):
    from qgis.core import QgsVectorLayer

    return QgsVectorLayer(str(path), "t", "ogr")


def rows(path):
    layer = _layer(path)
    names = layer.fields().names()
    return [{n: f[n] for n in names} for f in layer.getFeatures()]


def km(value):
    return f"{value:,.1f}"


# The language the screenshots are rendered in (main() renders each exercise in both); the
# Mongolian figures are workshop_exN_mn.png, their legends come from the Mongolian run's styles.
SHOT_LANG = {"lang": "en"}
MN_TITLES = {
    "Exercise 1: railway fence": "Дасгал 1: төмөр замын хамгаалалтын хайс",
    "Exercise 2: crossing gaps on the road": "Дасгал 2: авто замын гарц хоорондын завсар",
    "Exercise 3: no-go mask and alignment": "Дасгал 3: хориглох бүсийн маск ба трасс",
    "Exercise 4: EIA screening model": "Дасгал 4: БОНБҮ-ний урьдчилсан үнэлгээний загвар",
    "Railway fence: verdict": "Төмөр замын хайс: дүгнэлт",
    "Proposed crossings": "Санал болгосон гарцууд",
    "Crossing structures": "Гарц гармын байгууламж",
    "Gaps between crossings": "Гарц хоорондын завсар",
    "Proposed alignment by zone": "Бүсээр хуваагдсан трасс",
    "Zones": "Бүсүүд",
    "Fences along the alignment": "Трассын дагуух хашаа",
}


def figure_name(name, lang):
    """The screenshot file of ``lang`` (English: the name in workshop_numbers.json)."""
    return name.replace(".png", "_mn.png") if lang == "mn" and name else name


def shot(name, title, layers, extent_of=None):
    """A screenshot into resources/help/img/ in SHOT_LANG's language; returns the English
    file name (the Mongolian one is figure_name(name, "mn"))."""
    lang = SHOT_LANG["lang"]
    if lang == "mn":
        title = MN_TITLES[title]
        layers = [[uri_, MN_TITLES[text]] for uri_, text in layers]
    item = {"title": title, "layers": layers, "extent_of": extent_of, "sources": SOURCE[lang]}
    make_figures.make_figure(item, png=IMG / figure_name(name, lang), dpi=SHOT_DPI)
    return name


def exercise1(tmp):
    """Audit the railway fence."""
    import processing

    out = processing.run(
        "nuudel:fencepermeabilityaudit",
        {
            "INPUT": uri("fences", RAILWAY_FENCE),
            "OUTPUT": str(tmp / "ex1.gpkg"),
            "SUMMARY": str(tmp / "ex1_summary.gpkg"),
            "REPORT": str(tmp / "ex1.html"),
        },
    )
    summary = {r["species"]: r for r in rows(out["SUMMARY"])}
    segments = rows(out["OUTPUT"])
    mgaz, khulan = summary["mgaz"], summary["khulan"]
    total = sum(r["len_m"] for r in segments) / 1000
    return {
        "ex1_segments": f"{len(segments)}",
        "ex1_total_km": km(total),
        "ex1_openings": f"{sum(1 for r in segments if r['fence_type'] == 'opening')}",
        "ex1_mgaz_barrier_km": km(mgaz["barrier_km"]),
        "ex1_mgaz_barrier_pct": f"{mgaz['barrier_pct']:.0f}",
        "ex1_mgaz_longest_km": km(mgaz["longest_barrier_km"]),
        "ex1_mgaz_unknown_km": km(mgaz["unknown_km"]),
        "ex1_khulan_barrier_km": km(khulan["barrier_km"]),
        "ex1_khulan_longest_km": km(khulan["longest_barrier_km"]),
        "ex1_png": shot(
            "workshop_ex1.png",
            "Exercise 1: railway fence",
            [[out["OUTPUT"], "Railway fence: verdict"]],
        ),
    }


def exercise2(tmp):
    """Find crossing gaps on the road."""
    import processing

    out = processing.run(
        "nuudel:crossingspacingcheck",
        {
            "INPUT": uri("road"),
            "ROUTE_FIELD": "route",
            "CROSSINGS": uri("crossings"),
            "OUTPUT_CROSSINGS": str(tmp / "ex2_crossings.gpkg"),
            "OUTPUT_GAPS": str(tmp / "ex2_gaps.gpkg"),
            "OUTPUT_PROPOSED": str(tmp / "ex2_proposed.gpkg"),
            "REPORT": str(tmp / "ex2.html"),
        },
    )
    crossings = rows(out["OUTPUT_CROSSINGS"])
    matched = [c for c in crossings if c["matched"] == "yes"]
    off_road = [c for c in crossings if c["matched"] != "yes"]
    gaps = [g for g in rows(out["OUTPUT_GAPS"]) if g["species"] == "mgaz"]
    too_long = [g for g in gaps if g["status"] == "too_long"]
    proposed = [p for p in rows(out["OUTPUT_PROPOSED"]) if "mgaz" in p["species"].split(",")]
    road = rows(uri("road"))
    return {
        "ex2_routes": f"{len({r['route'] for r in road})}",
        "ex2_road_km": km(sum(g["length_m"] for g in gaps) / 1000),
        "ex2_matched": f"{len(matched)}",
        "ex2_unmatched": f"{len(crossings) - len(matched)}",
        "ex2_unmatched_road": f"{sum(1 for c in off_road if c['network'] == 'road')}",
        "ex2_mgaz_suitable": f"{sum(1 for c in matched if c['s_mgaz'] == 'suitable')}",
        "ex2_too_long": f"{len(too_long)}",
        "ex2_too_long_km": km(sum(g["length_m"] for g in too_long) / 1000),
        "ex2_longest_gap_km": km(max((g["length_m"] for g in gaps), default=0) / 1000),
        "ex2_proposed": f"{len(proposed)}",
        "ex2_png": shot(
            "workshop_ex2.png",
            "Exercise 2: crossing gaps on the road",
            [
                [out["OUTPUT_PROPOSED"], "Proposed crossings"],
                [out["OUTPUT_CROSSINGS"], "Crossing structures"],
                [out["OUTPUT_GAPS"], "Gaps between crossings"],
            ],
            extent_of=[out["OUTPUT_GAPS"]],
        ),
    }


def exercise3(tmp):
    """Draw the no-go mask and screen the proposed alignment."""
    import processing

    if not available("nuudel:nogoalignmentmask"):
        return {}
    out = processing.run(
        "nuudel:nogoalignmentmask",
        {
            "STUDY_AREA": uri("aimags"),
            "NOGO": [uri("protected_areas")],
            "BUFFER_FIELD": "buffer_m",
            "CAUTION": [uri("calving")],
            "WATER": uri("water"),
            "ALIGNMENT": uri("alignment"),
            "OUTPUT": str(tmp / "ex3_zones.gpkg"),
            "OUTPUT_CONFLICTS": str(tmp / "ex3_conf.gpkg"),
            "REPORT": str(tmp / "ex3.html"),
        },
    )
    zones = {}
    for row in rows(out["OUTPUT"]):
        zones[row["zone"]] = zones.get(row["zone"], 0) + row["area_km2"]
    conflicts = {}
    options = {str(f.id()): f["option"] for f in _layer(uri("alignment")).getFeatures()}
    for row in rows(out["OUTPUT_CONFLICTS"]):
        key = (options[str(row["alignment_id"])], row["zone"])
        conflicts[key] = conflicts.get(key, 0) + row["length_m"] / 1000
    numbers = {f"ex3_{z}_km2": f"{zones.get(z, 0):,.0f}" for z in ("nogo", "caution", "suitable")}
    for option in ("A", "B"):
        for zone in ("nogo", "caution", "suitable"):
            numbers[f"ex3_{option}_{zone}_km"] = km(conflicts.get((option, zone), 0))
    numbers["ex3_png"] = shot(
        "workshop_ex3.png",
        "Exercise 3: no-go mask and alignment",
        [[out["OUTPUT_CONFLICTS"], "Proposed alignment by zone"], [out["OUTPUT"], "Zones"]],
    )
    return numbers


def exercise4(tmp):
    """The EIA screening model (the trainees rebuild it; the shipped one gives the numbers)."""
    import processing

    needed = ("nuudel:eiascreening", "nuudel:nogoalignmentmask")
    if not all(available(a) for a in needed):
        return {}
    out = processing.run(
        "nuudel:eiascreening",
        {
            **eia_params(),
            "nogo:Zones": str(tmp / "ex4_zones.gpkg"),
            "nogo:Alignment in zones": str(tmp / "ex4_conf.gpkg"),
            "spacing:Crossings on the alignment": str(tmp / "ex4_crossings.gpkg"),
            "spacing:Crossing gaps": str(tmp / "ex4_gaps.gpkg"),
            "spacing:Proposed crossings": str(tmp / "ex4_proposed.gpkg"),
            "audit:Audited fences along the alignment": str(tmp / "ex4_fences.gpkg"),
            "audit:Fence audit summary": str(tmp / "ex4_summary.gpkg"),
        },
    )
    fences = rows(out["audit:Audited fences along the alignment"])
    summary = {r["species"]: r for r in rows(out["audit:Fence audit summary"])}
    proposed = [
        p for p in rows(out["spacing:Proposed crossings"]) if "mgaz" in p["species"].split(",")
    ]
    by_option = {}
    for p in proposed:
        by_option[str(p["route"])] = by_option.get(str(p["route"]), 0) + 1
    return {
        "ex4_fences": f"{len(fences)}",
        "ex4_fence_km": km(sum(r["len_m"] for r in fences) / 1000),
        "ex4_mgaz_barrier_km": km(summary["mgaz"]["barrier_km"]),
        "ex4_A_proposed": f"{by_option.get('A', 0)}",
        "ex4_B_proposed": f"{by_option.get('B', 0)}",
        "ex4_png": shot(
            "workshop_ex4.png",
            "Exercise 4: EIA screening model",
            [
                [out["audit:Audited fences along the alignment"], "Fences along the alignment"],
                [out["spacing:Proposed crossings"], "Proposed crossings"],
                [out["nogo:Alignment in zones"], "Proposed alignment by zone"],
            ],
        ),
    }


class Numbers(dict):
    """Missing numbers read "n/a" (an exercise whose algorithm is not installed yet)."""

    def __missing__(self, key):
        return "" if key.endswith("_png") else NA


def figure(numbers, key, alt):
    name = numbers[key]
    if not name:
        return (
            f'<p class="note">[{alt}: run scripts/make_guide.py when the algorithm is '
            "installed]</p>"
        )
    return f'<p><img src="../img/{name}" alt="{alt}" style="max-width:100%"></p>'


def main():
    os.environ["NUUDEL_LANG"] = "en"  # numbers and English figures first, Mongolian after
    app, plugin = start()
    from guide_text import PAGES

    IMG.mkdir(parents=True, exist_ok=True)
    numbers = Numbers()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for exercise in (exercise1, exercise2, exercise3, exercise4):
            numbers.update(exercise(tmp))
        mongolian_shots(tmp, numbers)
    for lang in PAGES:
        (HELP / lang / "workshop.html").write_text(fill(lang, numbers), encoding="utf-8")
        print(f"wrote {HELP / lang / 'workshop.html'}")
    (IMG / "workshop_numbers.json").write_text(
        json.dumps(dict(numbers), indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )
    print(json.dumps(dict(numbers), indent=1, sort_keys=True))

    return 0


# Alt text of each exercise's figure (what it shows), per language.
FIGURE_ALT = {
    "en": (
        "Exercise 1: railway fence",
        "Exercise 2: crossing gaps on the road",
        "Exercise 3: no-go mask and alignment",
        "Exercise 4: EIA screening model",
    ),
    "mn": (
        "Дасгал 1: төмөр замын хамгаалалтын хайс",
        "Дасгал 2: авто замын гарц хоорондын завсар",
        "Дасгал 3: хориглох бүсийн маск ба трасс",
        "Дасгал 4: БОНБҮ-ний урьдчилсан үнэлгээний загвар",
    ),
}
_ENGLISH_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})*(?:\.\d+)?")


def localise(numbers, lang):
    """The numbers (written 1,245.0 in workshop_numbers.json) in ``lang``'s format: Mongolian
    has a decimal comma and a no-break space between thousands (as processing/numbers.py)."""
    if lang != "mn":
        return dict(numbers)
    out = {}
    for key, value in numbers.items():
        if isinstance(value, str) and _ENGLISH_NUMBER.fullmatch(value):
            value = value.replace(",", "\u00a0").replace(".", ",")
        out[key] = value
    return out


def mongolian_shots(tmp, numbers):
    """Run every exercise again in Mongolian for its figures; its numbers must not change."""
    from nuudel.processing import i18n

    os.environ[i18n.ENV_VAR] = "mn"
    if i18n.install_translator() != "mn":
        raise RuntimeError("no Mongolian translation: run `make qm` first")
    SHOT_LANG["lang"] = "mn"
    mn_tmp = tmp / "mn"
    mn_tmp.mkdir(exist_ok=True)
    try:
        for exercise in (exercise1, exercise2, exercise3, exercise4):
            again = exercise(mn_tmp)
            changed = {k for k, v in again.items() if numbers.get(k) != v}
            if changed:
                raise RuntimeError(f"numbers differ in Mongolian: {sorted(changed)}")
    finally:
        SHOT_LANG["lang"] = "en"
        os.environ[i18n.ENV_VAR] = "en"
        i18n.install_translator()


def fill(lang, numbers):
    """The guide page in ``lang`` with ``numbers`` (as in workshop_numbers.json) filled in."""
    from guide_text import PAGES

    numbers = Numbers(localise(numbers, lang))
    extra = {
        f"fig{i}": figure(
            Numbers({f"ex{i}_png": figure_name(numbers[f"ex{i}_png"], lang)}),
            f"ex{i}_png",
            FIGURE_ALT[lang][i - 1],
        )
        for i in range(1, 5)
    }
    extra["ex4_inputs"] = eia_inputs_html(lang)
    return PAGES[lang].format_map(_Merged(numbers, extra))


class _Merged(dict):
    def __init__(self, numbers, figures):
        super().__init__(figures)
        self.numbers = numbers

    def __missing__(self, key):
        return self.numbers[key]


if __name__ == "__main__":
    sys.exit(main())
