"""Print layouts (issue 18): the EIA figure template, figures of real outputs exported to PDF
and PNG, the atlas per route, and Plugins > Nuudel > Make EIA figures."""

from pathlib import Path

import pytest
from qgis.core import (
    QgsApplication,
    QgsFeature,
    QgsGeometry,
    QgsProcessingParameterDefinition,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor, QImage

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
        assert ("(Монгол Улс) 2026.11" in footer) == (lang == "mn")  # the profile's name_mn
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


# -- every output kind: a figure from a real run, exported -----------------------------------
def _kind_runs(tmp):
    """algorithm id -> (inputs, {output: style kind}) for one small run of each algorithm."""
    from test_desktop_flow import gps_fixes, traffic_roads

    workshop = f"{GPKG}|layername="
    return {
        "nuudel:fencepermeabilityaudit": (
            {"INPUT": workshop + "fences"},
            {"OUTPUT": "fence_verdict"},
        ),
        "nuudel:nogoalignmentmask": (
            {
                "STUDY_AREA": workshop + "aimags",
                "NOGO": [workshop + "protected_areas"],
                "BUFFER_FIELD": "buffer_m",
                "CAUTION": [workshop + "calving"],
                "ALIGNMENT": workshop + "alignment",
            },
            {"OUTPUT": "zones", "OUTPUT_CONFLICTS": "conflicts"},
        ),
        "nuudel:roadtrafficbarrier": (traffic_roads(tmp), {"OUTPUT": "traffic"}),
        "nuudel:landscapepermeability": (
            {
                "REPORTING_UNITS": workshop + "aimags",
                "FENCES": workshop + "fences",
                "SPECIES": [0],
            },
            {"OUTPUT": "landscape_units"},
        ),
        "nuudel:barrierbehaviour": (
            gps_fixes(tmp),
            {"OUTPUT_EVENTS": "behaviour_events", "OUTPUT_BARRIERS": "barrier_index"},
        ),
        "nuudel:mitigationpriorities": (
            {
                "REPORTING_UNITS": workshop + "aimags",
                "FENCES": workshop + "fences",
                "SPECIES_WEIGHTS": "mgaz:1",
                "MAX_CANDIDATES": 5,
            },
            {"OUTPUT": "mitigation_points"},
        ),
    }


@pytest.fixture(scope="module")
def kind_outputs(plugin, road, tmp_path_factory):
    """style kind -> output file of a real run (the road fixture gives the spacing kinds)."""
    import processing

    tmp = tmp_path_factory.mktemp("kinds")
    results, _out = road
    found = {
        "gaps": results["OUTPUT_GAPS"],
        "proposed": results["OUTPUT_PROPOSED"],
        "crossings": results["OUTPUT_CROSSINGS"],
    }
    for alg_id, (inputs, wanted) in _kind_runs(tmp).items():
        params = dict(inputs)
        alg = QgsApplication.processingRegistry().algorithmById(alg_id)
        for dest in alg.destinationParameterDefinitions():  # the rest: temporary, or none
            if not dest.flags() & QgsProcessingParameterDefinition.FlagOptional:
                params[dest.name()] = "TEMPORARY_OUTPUT"
        for name in wanted:
            params[name] = str(tmp / f"{alg_id.split(':')[1]}_{name}.gpkg")
        done = processing.run(alg_id, params)
        found.update({kind: done[name] for name, kind in wanted.items()})
    return found


def pdf_pages(path):
    """The page count of a PDF (its page tree's /Count)."""
    import re

    return max(int(n) for n in re.findall(rb"/Count (\d+)", Path(path).read_bytes()))


ALL_KINDS = (
    "fence_verdict",
    "gaps",
    "proposed",
    "crossings",
    "zones",
    "conflicts",
    "traffic",
    "landscape_units",
    "behaviour_events",
    "barrier_index",
    "mitigation_points",
)


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_every_output_kind_makes_a_figure(plugin, kind_outputs, tmp_path, kind):
    """Each output kind is recognised, gets its title and legend beside the map, and exports
    a PDF (one page, or one per route / alignment) and PNG of real content."""
    from nuudel.processing import figures, layouts
    from nuudel.processing.styles import apply_style

    layer = QgsVectorLayer(kind_outputs[kind], kind, "ogr")
    assert layer.isValid() and layer.featureCount() > 0, kind
    key, atlas_field, label_field = layouts.output_kind(layer)
    assert key == kind
    apply_style(layer, key, species_styles=False)
    project = QgsProject()
    backdrop = figures.province_layer()
    for item in (layer, backdrop):
        project.addMapLayer(item, False)
    title, legend_title = layouts.kind_titles()[kind]
    layout = layouts.figure(
        project,
        [layer],
        title,
        "workshop",
        context_layers=[backdrop],
        legend_title=legend_title,
        atlas_layer=layer if atlas_field else None,
        atlas_field=atlas_field,
        label_field=label_field,
    )
    legend, map_item = layout.itemById("legend"), layout.itemById("map")
    assert legend.model().rootGroup().findLayerIds() == [layer.id()]
    assert legend.pos().x() >= map_item.pos().x() + map_item.rect().width()
    assert legend.pos().y() + legend.rect().height() <= 210  # on the A4 landscape page
    footer = layout.itemById("footer").currentText()
    assert "EPSG:326" in footer  # projected (UTM), never degrees
    layouts.export(layout, pdf=tmp_path / "f.pdf", png=tmp_path / "f.png", dpi=72)
    pages = len({str(f[atlas_field]) for f in layer.getFeatures()}) if atlas_field else 1
    assert pdf_pages(tmp_path / "f.pdf") == pages
    pngs = sorted(tmp_path.glob("f*.png"))
    assert len(pngs) == pages
    image = QImage(str(pngs[0]))
    assert image.width() > image.height() > 500
    # real content in the map frame: many distinct colours (styled data over the backdrop)
    px = 72 / 25.4  # pixels a millimetre
    frame = (
        map_item.pos().x(),
        map_item.pos().y(),
        map_item.rect().width(),
        map_item.rect().height(),
    )
    colours = {
        image.pixel(x, y)
        for x in range(int((frame[0] + 1) * px), int((frame[0] + frame[2] - 1) * px))
        for y in range(int((frame[1] + 1) * px), int((frame[1] + frame[3] - 1) * px))
    }
    assert len(colours) > 12, kind


def test_conflicts_atlas_has_a_page_per_alignment(plugin, kind_outputs, tmp_path):
    from nuudel.processing import layouts

    layer = QgsVectorLayer(kind_outputs["conflicts"], "conflicts", "ogr")
    project = QgsProject()
    project.addMapLayer(layer, False)
    layout = layouts.figure(
        project,
        [layer],
        "No-go",
        "workshop",
        atlas_layer=layer,
        atlas_field="alignment_id",
        label_field="alignment",
    )
    layouts.export(layout, pdf=tmp_path / "a.pdf", dpi=72)
    assert pdf_pages(tmp_path / "a.pdf") == 2  # the workshop's two alignment options
    atlas = layout.atlas()
    atlas.beginRender()
    atlas.first()
    assert layout.itemById("title").currentText().startswith("No-go: alignment 1 (")


def test_road_atlas_pdf_has_two_pages(plugin, road, tmp_path):
    from nuudel.processing import layouts

    results, _out = road
    project = QgsProject()
    gaps = QgsVectorLayer(results["OUTPUT_GAPS"], "gaps", "ogr")
    project.addMapLayer(gaps, False)
    layout = layouts.figure(
        project, [gaps], "Gaps", "workshop", atlas_layer=gaps, atlas_field="route"
    )
    layouts.export(layout, pdf=tmp_path / "r.pdf", dpi=72)
    assert pdf_pages(tmp_path / "r.pdf") == 2
    assert (tmp_path / "r.pdf").stat().st_size > 20000


def test_profile_name_in_the_footer_language(plugin):
    """The shipped profile's name in the footer: ``name`` in English, ``name_mn`` in Mongolian."""
    from nuudel.processing import layouts

    assert layouts.profile_version("en") == "Nuudel default profile (Mongolia) 2026.11"
    assert layouts.profile_version("mn") == "Nuudel-ийн үндсэн профайл (Монгол Улс) 2026.11"
    plugin.set_language("mn")
    try:
        assert layouts.profile_version() == layouts.profile_version("mn")
    finally:
        plugin.set_language("en")
    assert layouts.profile_version() == layouts.profile_version("en")


def test_geographic_output_is_drawn_in_utm(plugin):
    from nuudel.processing import layouts

    layer = QgsVectorLayer("LineString?crs=EPSG:4326", "l", "memory")
    feat = QgsFeature()
    feat.setGeometry(QgsGeometry.fromWkt("LineString (106.9 47.9, 107.1 47.95)"))
    layer.dataProvider().addFeatures([feat])
    layer.updateExtents()
    assert layouts.figure_crs([layer]).authid() == "EPSG:32648"  # Ulaanbaatar: zone 48N


# -- dense proposed crossings: aggregated per gap at small scales ---------------------------
def _gap_of(i):
    """Ten gaps of 5 proposed crossings (km 0-245), then one gap of 50 (km 250-495)."""
    return i // 5 + 1 if i < 50 else 11


def _proposed_layer(n=100, spacing_m=5000):
    """100 proposed crossings 5 km apart, written from the far end back (feature ids run
    against the chainage, so the style must order by chainage_km, not by id)."""
    from helpers import memory_layer

    rows = [
        (
            f"Point ({400000 + i * spacing_m} 5000000)",
            {
                "route": "r",
                "species": "mgaz,ggaz",
                "chainage_km": i * spacing_m / 1000,
                "gap_id": _gap_of(i),
            },
        )
        for i in reversed(range(n))
    ]
    return memory_layer(
        "Point",
        "EPSG:32649",
        {"route": str, "species": str, "chainage_km": float, "gap_id": int},
        rows,
    )


def _drawn(layer, scale):
    """The chainages (km) of the features the layer's renderer draws at ``scale``."""
    from qgis.core import QgsExpressionContextUtils, QgsRenderContext

    context = QgsRenderContext()
    context.setRendererScale(scale)
    context.expressionContext().appendScopes(
        QgsExpressionContextUtils.globalProjectLayerScopes(layer)
    )
    renderer = layer.renderer().clone()
    renderer.startRender(context, layer.fields())
    drawn = []
    for feat in layer.getFeatures():
        context.expressionContext().setFeature(feat)
        if renderer.symbolsForFeature(feat, context):
            drawn.append(feat["chainage_km"])
    renderer.stopRender(context)
    return sorted(drawn)


@pytest.mark.parametrize("species", [None, "ggaz", "khulan"])
def test_proposed_crossings_aggregate_per_gap_at_small_scales(plugin, species):
    """100 proposed crossings 5 km apart (500 km of route) in 11 gaps: every star at
    1:100,000; below 1:250,000 one star per gap at its middle crossing by chainage (of 5: the
    3rd, km 10, 35, ...; of 50: the 25th, km 370)."""
    from nuudel.processing.styles import apply_style, species_style

    layer = _proposed_layer()
    if species is None:
        apply_style(layer, "proposed", species_styles=False)
    else:
        species_style(layer, species, "proposed")
    serves = species in (None, "ggaz")
    middles = [10.0 + 25.0 * g for g in range(10)] + [370.0]
    assert len(_drawn(layer, 100000)) == (100 if serves else 0)
    assert _drawn(layer, 500000) == (middles if serves else [])
    assert _drawn(layer, 3000000) == (middles if serves else [])


def test_proposed_count_is_rendered(plugin, tmp_path):
    """Rendered at 1:3,000,000 the 500 km of proposed crossings are eleven stars with "5" or
    "50" beside each, not a black band: few dark pixels compared with drawing every star."""
    from nuudel.processing.styles import apply_style
    from qgis.core import QgsMapRendererParallelJob, QgsMapSettings, QgsRectangle
    from qgis.PyQt.QtCore import QSize

    layer = apply_style(_proposed_layer(), "proposed", species_styles=False)

    def dark(scale_km):
        settings = QgsMapSettings()
        settings.setLayers([layer])
        settings.setDestinationCrs(layer.crs())
        settings.setOutputSize(QSize(1000, 200))
        settings.setOutputDpi(96)
        settings.setExtent(QgsRectangle(380000, 4900000, 380000 + scale_km * 1000, 5100000))
        job = QgsMapRendererParallelJob(settings)
        job.start()
        job.waitForFinished()
        image = job.renderedImage()
        image.save(str(tmp_path / f"proposed_{scale_km}.png"))
        return sum(
            QColor(image.pixel(x, y)).lightness() < 80 and QColor(image.pixel(x, y)).alpha() > 0
            for x in range(0, 1000, 2)
            for y in range(60, 140, 2)
        ), settings.scale()

    small, scale = dark(800)  # 800 km across 1000 px: about 1:3,000,000
    assert scale > 1000000
    assert 0 < small < 1500
