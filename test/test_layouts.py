"""Print layouts (issue 18): the EIA figure template, figures of real outputs exported to PDF
and PNG, the atlas per route, and Plugins > Nuudel > Make EIA figures."""

from pathlib import Path

import pytest
from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtGui import QImage

ROOT = Path(__file__).resolve().parent.parent
GPKG = ROOT / "resources" / "workshop" / "nuudel_workshop.gpkg"


@pytest.fixture(scope="module")
def road(plugin, tmp_path_factory):
    import processing

    out = tmp_path_factory.mktemp("layouts")
    return processing.run(
        "nuudel:crossingspacingcheck",
        {
            "INPUT": f"{GPKG}|layername=road",
            "ROUTE_FIELD": "route",
            "CROSSINGS": f"{GPKG}|layername=crossings|subset=network = 'road'",
            "OUTPUT_CROSSINGS": str(out / "c.gpkg"),
            "OUTPUT_GAPS": str(out / "g.gpkg"),
            "OUTPUT_PROPOSED": str(out / "p.gpkg"),
        },
    ), out


def test_template_has_every_element(plugin):
    from nuudel.processing import layouts
    from qgis.core import QgsPrintLayout, QgsReadWriteContext
    from qgis.PyQt.QtXml import QDomDocument

    document = QDomDocument()
    assert document.setContent(layouts.TEMPLATE.read_text(encoding="utf-8"))[0]
    project = QgsProject()  # held: the layout does not own it
    layout = QgsPrintLayout(project)
    layout.loadFromTemplate(document, QgsReadWriteContext())
    for item_id in ("title", "map", "legend", "scalebar", "north", "footer"):
        assert layout.itemById(item_id) is not None, item_id
    legend, map_item = layout.itemById("legend"), layout.itemById("map")
    # the legend sits beside the map, never over it
    assert legend.pos().x() >= map_item.pos().x() + map_item.rect().width()


@pytest.mark.parametrize("lang", ["en", "mn"])
def test_figure_exports_pdf_and_png(plugin, road, tmp_path, lang):
    from nuudel.processing import figures, layouts

    results, _out = road
    plugin.set_language(lang)
    try:
        project = QgsProject()
        gaps = QgsVectorLayer(results["OUTPUT_GAPS"], "gaps", "ogr")
        backdrop = figures.province_layer()
        for layer in (gaps, backdrop):
            project.addMapLayer(layer, False)
        layout = layouts.figure(project, [gaps], "Gaps", "workshop", context_layers=[backdrop])
        footer = layout.itemById("footer").currentText()
        assert "EPSG:32649" in footer and "2026.11" in footer
        assert ("Made with Nuudel" in footer) == (lang == "en")
        written = layouts.export(layout, pdf=tmp_path / "f.pdf", png=tmp_path / "f.png")
    finally:
        plugin.set_language("en")
    assert (tmp_path / "f.pdf").read_bytes()[:5] == b"%PDF-"
    image = QImage(str(tmp_path / "f.png"))
    assert image.width() > image.height() > 1000  # A4 landscape at 150 dpi
    assert len(written) == 2


def test_atlas_has_a_page_per_route(plugin, road, tmp_path):
    from nuudel.processing import layouts

    results, _out = road
    project = QgsProject()
    gaps = QgsVectorLayer(results["OUTPUT_GAPS"], "gaps", "ogr")
    project.addMapLayer(gaps, False)
    routes = {f["route"] for f in gaps.getFeatures()}
    layout = layouts.figure(
        project, [gaps], "Gaps", "workshop", atlas_layer=gaps, atlas_field="route"
    )
    assert layout.atlas().enabled()
    assert layout.atlas().updateFeatures() == len(routes) == 2
    layouts.export(layout, png=tmp_path / "atlas.png")
    assert sorted(p.name for p in tmp_path.glob("atlas_*.png")) == ["atlas_1.png", "atlas_2.png"]


def test_make_eia_figures_action(plugin, road, qgis_iface):
    from nuudel.ui.figures import make_eia_figures

    results, _out = road
    project = QgsProject.instance()
    project.removeAllMapLayers()
    for key in ("OUTPUT_GAPS", "OUTPUT_PROPOSED", "OUTPUT_CROSSINGS"):
        project.addMapLayer(QgsVectorLayer(results[key], key, "ogr"))
    project.addMapLayer(QgsVectorLayer(f"{GPKG}|layername=road", "road", "ogr"))
    try:
        made = make_eia_figures(None, project)
        assert sorted(layout.name() for layout in made) == sorted(
            ["OUTPUT_GAPS", "OUTPUT_PROPOSED", "OUTPUT_CROSSINGS"]
        )
        assert all(project.layoutManager().layoutByName(m.name()) for m in made)
        gaps = next(m for m in made if m.name() == "OUTPUT_GAPS")
        assert gaps.atlas().enabled()  # one page per route
    finally:
        for layout in list(project.layoutManager().layouts()):
            project.layoutManager().removeLayout(layout)
        project.removeAllMapLayers()


@pytest.mark.parametrize("output", ["TEMPORARY_OUTPUT", "file"])
def test_report_option_writes_the_figure(plugin, tmp_path, output):
    """With REPORT, the EIA figure of the styled outputs is written beside it as a PDF."""
    import processing

    report = tmp_path / "audit.html"
    processing.run(
        "nuudel:fencepermeabilityaudit",
        {
            "INPUT": f"{GPKG}|layername=fences",
            "OUTPUT": "TEMPORARY_OUTPUT" if output != "file" else str(tmp_path / "a.gpkg"),
            "SUMMARY": "TEMPORARY_OUTPUT",
            "REPORT": str(report),
        },
    )
    assert report.exists()
    assert (tmp_path / "audit.pdf").read_bytes()[:5] == b"%PDF-"


def test_no_figure_without_report(plugin, tmp_path):
    import processing

    processing.run(
        "nuudel:fencepermeabilityaudit",
        {
            "INPUT": f"{GPKG}|layername=fences",
            "OUTPUT": str(tmp_path / "a.gpkg"),
            "SUMMARY": "TEMPORARY_OUTPUT",
        },
    )
    assert not list(tmp_path.glob("*.pdf"))
