"""The HTML reports a ministry officer reads (issue 18): a one-sentence conclusion first, a map
rendered by QGIS and a chart embedded, parameters by their labels, identical species in one
row, stretches located by coordinates, in English and Mongolian."""

import base64
import re
from pathlib import Path

import pytest
from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback
from qgis.PyQt.QtGui import QImage

ROOT = Path(__file__).resolve().parent.parent
GPKG = ROOT / "resources" / "workshop" / "nuudel_workshop.gpkg"
CYRILLIC = re.compile("[\u0400-\u04ff]")
COORD = re.compile(r"\d+\.\d{4}(°N|° х\.ө\.), \d+\.\d{4}(°E|° з\.у\.)")


def w(name, subset=None):
    uri = f"{GPKG}|layername={name}"
    return f"{uri}|subset={subset}" if subset else uri


RUNS = {
    "fence": ("nuudel:fencepermeabilityaudit", {"INPUT": w("fences")}),
    "railway": (
        "nuudel:crossingspacingcheck",
        {
            "INPUT": w("railway"),
            "CROSSINGS": w("crossings", "network = 'railway'"),
            "ZONES": w("migration_range"),
        },
    ),
    "nogo": (
        "nuudel:nogoalignmentmask",
        {
            "STUDY_AREA": w("aimags"),
            "NOGO": [w("protected_areas")],
            "BUFFER_FIELD": "buffer_m",
            "CAUTION": [w("calving")],
            "WATER": w("water"),
            "ALIGNMENT": w("alignment"),
        },
    ),
}


def run_report(kind, tmp_path):
    import processing

    alg_id, inputs = RUNS[kind]
    alg = QgsApplication.processingRegistry().algorithmById(alg_id)
    params = dict(inputs)
    for p in alg.destinationParameterDefinitions():
        params[p.name()] = (
            "TEMPORARY_OUTPUT" if p.name() != "REPORT" else str(tmp_path / f"{kind}.html")
        )
    if "OUTPUT_COST" in params:
        del params["OUTPUT_COST"]
    processing.run(alg_id, params, context=QgsProcessingContext(), feedback=QgsProcessingFeedback())
    return (tmp_path / f"{kind}.html").read_text(encoding="utf-8")


def first_paragraph(page):
    body = page.split("</h1>", 1)[1]
    match = re.match(r'\s*<p class="conclusion">(.*?)</p>', body, re.S)
    assert match, body[:300]
    return match.group(1)


def embedded_png(page):
    match = re.search(r'src="data:image/png;base64,([A-Za-z0-9+/=]+)"', page)
    assert match, "no embedded map"
    image = QImage()
    assert image.loadFromData(base64.b64decode(match.group(1)), "PNG")
    return image


@pytest.mark.parametrize("kind", sorted(RUNS))
@pytest.mark.parametrize("lang", ["en", "mn"])
def test_report_first_screen(plugin, kind, lang, tmp_path):
    plugin.set_language(lang)
    try:
        page = run_report(kind, tmp_path)
    finally:
        plugin.set_language("en")
    conclusion = first_paragraph(page)
    assert bool(CYRILLIC.search(conclusion)) == (lang == "mn"), conclusion
    assert re.search(r"\d", conclusion)
    image = embedded_png(page)
    assert image.width() >= 800 and image.height() >= 500
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colours) > 20  # a drawn map, not a blank
    assert page.count("<svg") >= 1
    params = page.split("</h2>")[-1]
    assert "[0, 1" not in params and "'UNITS'" not in params
    if kind == "fence":
        assert COORD.search(conclusion), conclusion
        summary = page.split("</h2>", 1)[1].split("<h2>", 1)[0]
        assert summary.count("<tr>") == 1 + 3  # the eight species in three groups
        assert (">centimetres<" if lang == "en" else ">сантиметр<") in params
    if kind == "railway":
        assert ("On 1 route," in conclusion) if lang == "en" else ("1 маршрут" in conclusion)
        assert "1 routes" not in page
        gaps = page.split("</h2>")[3]
        assert COORD.search(gaps), gaps[:500]
    if kind == "nogo":
        assert "km" in conclusion or "км" in conclusion


def test_fence_conclusion_numbers(plugin, tmp_path):
    """The sentence quotes the summary of the worst-off species and the ends of its longest
    run (checked against the written SUMMARY table)."""
    plugin.set_language("en")
    page = run_report("fence", tmp_path)
    conclusion = first_paragraph(page)
    match = re.match(
        r"([\d,.]+) km of ([\d,.]+) km of fences are a barrier to (.+?); the "
        r"longest unbroken stretch is ([\d,.]+) km, from (.+) to (.+)\.$",
        conclusion,
    )
    assert match, conclusion
    barrier, total = (float(match.group(i).replace(",", "")) for i in (1, 2))
    assert barrier <= total
    assert "Khulan" in match.group(3)  # the openings-needing species fare worst here
    rows = re.findall(
        r"<tr><td>([^<]+)</td><td class=\"num\">([\d,.]+)</td><td class=\"num\">"
        r"([\d,.]+)</td><td class=\"num\">([\d,.]+)</td>",
        page,
    )
    khulan = next(r for r in rows if r[0].startswith("Khulan"))
    assert abs(float(khulan[3].replace(",", "")) - barrier) < 0.06


def test_parameter_values_by_label(plugin):
    from nuudel.processing import report
    from qgis.core import QgsProcessingParameterDistance, QgsProcessingParameterEnum

    plugin.set_language("en")
    context = QgsProcessingContext()
    units = QgsProcessingParameterEnum("UNITS", "Units", options=["centimetres", "metres"])
    assert report.parameter_value(units, 1, context) == "metres"
    many = QgsProcessingParameterEnum("S", "S", options=list("abcd"), allowMultiple=True)
    assert report.parameter_value(many, [0, 1, 2, 3], context) == "all (4)"
    assert report.parameter_value(many, [0, 2], context) == "a, c"
    dist = QgsProcessingParameterDistance("D", "D")
    assert report.parameter_value(dist, 100.0, context) == "100 m"
    assert report.parameter_value(units, None, context) == "—"


def test_grouping_and_plurals(plugin):
    from nuudel.processing import report

    plugin.set_language("en")
    groups = report.group_identical({"mgaz": (1, 2), "khulan": (3, 4), "ggaz": (1, 2)})
    assert groups == [(["mgaz", "ggaz"], (1, 2)), (["khulan"], (3, 4))]
    assert report.species_list(["mgaz", "ggaz", "saiga"]).endswith(" and Mongolian saiga")
    assert report.count_text(1, "{n} route", "{n} routes") == "1 route"
    assert report.count_text(1200, "{n} route", "{n} routes") == "1,200 routes"
    assert report.lonlat(107.5, -46.25) == "46.2500°S, 107.5000°E"
