"""EIA figures with QGIS's own layout engine: resources/layouts/eia_figure.qpt, filled per output.

The template (A4 landscape, written by :func:`write_template`, `make layouts`) holds a title,
the map, the legend beside the map (never over the data), a scale bar, a north arrow and a
footer with the CRS, the data source, the rule-profile version and the date. Its texts are
layout variables (``@nuudel_title``, ...), so one template serves every output kind and both
languages: :func:`figure` loads it, sets the variables in the active language, the layers, the
extent and the legend. With ``atlas_field`` the map follows one feature group a page (one page
per route or alignment option). :func:`export` writes PDF and/or PNG.
"""

import datetime
import json
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsExpressionContextUtils,
    QgsFeature,
    QgsGeometry,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor, QFont
from qgis.PyQt.QtXml import QDomDocument

from . import render
from .compat import legend_font
from .figures import own_copy, province_layer
from .i18n import tr
from .paths import PLUGIN_DIR
from .styles import apply_style

LAYOUTS_DIR = PLUGIN_DIR / "resources" / "layouts"
TEMPLATE = LAYOUTS_DIR / "eia_figure.qpt"
PROFILE = PLUGIN_DIR / "resources" / "profiles" / "species.json"
MM = QgsUnitTypes.LayoutMillimeters


def _label(layout, item_id, text, rect, size=9, bold=False):
    label = QgsLayoutItemLabel(layout)
    label.setId(item_id)
    label.setText(text)
    font = QFont("DejaVu Sans", size)
    font.setBold(bold)
    label.setFont(font)
    label.attemptMove(QgsLayoutPoint(rect[0], rect[1], MM))
    label.attemptResize(QgsLayoutSize(rect[2], rect[3], MM))
    layout.addLayoutItem(label)
    return label


def template_layout(project) -> QgsPrintLayout:
    """The figure layout built in code (what eia_figure.qpt stores): A4 landscape, 297 x 210."""
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()  # one A4 landscape page
    layout.setName("Nuudel EIA figure")
    _label(layout, "title", "[% @nuudel_title %]", (10, 6, 277, 12), size=16, bold=True)
    map_item = QgsLayoutItemMap(layout)
    map_item.setId("map")
    map_item.attemptMove(QgsLayoutPoint(10, 20, MM))
    map_item.attemptResize(QgsLayoutSize(205, 160, MM))
    map_item.setFrameEnabled(True)
    map_item.setBackgroundColor(QColor("#ffffff"))
    layout.addLayoutItem(map_item)
    legend = QgsLayoutItemLegend(layout)
    legend.setId("legend")
    legend.setLinkedMap(map_item)
    legend.setWrapString("~")
    for style, size, bold in (
        (QgsLegendStyle.Title, 10, True),
        (QgsLegendStyle.Group, 8, True),
        (QgsLegendStyle.Subgroup, 8, True),
        (QgsLegendStyle.SymbolLabel, 7, False),
    ):
        legend_font(legend, style, size, bold)
    legend.setSymbolWidth(6)
    legend.setSymbolHeight(3.5)
    legend.attemptMove(QgsLayoutPoint(220, 20, MM))
    layout.addLayoutItem(legend)
    scale = QgsLayoutItemScaleBar(layout)
    scale.setId("scalebar")
    scale.setStyle("Single Box")
    scale.setLinkedMap(map_item)
    scale.setUnits(QgsUnitTypes.DistanceKilometers)
    scale.setUnitLabel("km")
    scale.setNumberOfSegments(4)
    scale.setNumberOfSegmentsLeft(0)
    scale.attemptMove(QgsLayoutPoint(10, 183, MM))
    layout.addLayoutItem(scale)
    north = QgsLayoutItemPicture(layout)
    north.setId("north")
    north.setPicturePath(_north_arrow())
    north.attemptMove(QgsLayoutPoint(272, 160, MM))
    north.attemptResize(QgsLayoutSize(12, 16, MM))
    north.setLinkedMap(map_item)
    layout.addLayoutItem(north)
    _label(layout, "footer", "[% @nuudel_footer %]", (10, 195, 277, 12), size=7)
    return layout


def _north_arrow() -> str:
    for folder in QgsApplication.svgPaths():
        path = Path(folder) / "arrows" / "NorthArrow_02.svg"
        if path.exists():
            return str(path)
    return ""


def write_template(path=TEMPLATE, project=None):
    """Write the layout of :func:`template_layout` as a .qpt template."""
    project = project or QgsProject.instance()
    layout = template_layout(project)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not layout.saveAsTemplate(str(path), QgsReadWriteContext()):
        raise OSError(f"could not write {path}")
    return path


def profile_version() -> str:
    data = json.loads(PROFILE.read_text(encoding="utf-8"))
    return f"{data.get('name', 'species profile')} {data.get('version', '?')}"


def footer(crs, sources) -> str:
    """CRS, data source, rule profile and date, in the active language."""
    return tr("CRS: {crs}. Data: {sources}. Rules: {profile}. Made with Nuudel on {date}.").format(
        crs=f"{crs.authid()} {crs.description()}".strip(),
        sources=sources,
        profile=profile_version(),
        date=datetime.date.today().isoformat(),
    )


def fit(extent, aspect):
    """``extent`` grown about its centre to the width / height ratio ``aspect``."""
    centre = extent.center()
    width, height = extent.width(), extent.height()
    if width / max(height, 1e-12) < aspect:
        width = height * aspect
    else:
        height = width / aspect
    return QgsRectangle(
        centre.x() - width / 2,
        centre.y() - height / 2,
        centre.x() + width / 2,
        centre.y() + height / 2,
    )


def _coverage(layer, field_name):
    """A memory layer with one feature per value of ``field_name`` (the atlas pages)."""
    groups = {}
    for feat in layer.getFeatures():
        groups.setdefault(str(feat[field_name]), []).append(feat.geometry())
    cover = QgsVectorLayer(
        f"MultiLineString?crs={layer.crs().authid()}&field=page:string", "pages", "memory"
    )
    feats = []
    for value, geoms in sorted(groups.items()):
        feat = QgsFeature(cover.fields())
        feat.setGeometry(QgsGeometry.unaryUnion(geoms))
        feat.setAttributes([value])
        feats.append(feat)
    cover.dataProvider().addFeatures(feats)
    cover.updateExtents()
    return cover


def figure(
    project,
    layers,
    title,
    sources,
    context_layers=(),
    legend_title="",
    atlas_layer=None,
    atlas_field=None,
) -> QgsPrintLayout:
    """A layout from the template: ``layers`` (first on top, in the legend) over
    ``context_layers`` (not in the legend). ``project`` must hold all the layers."""
    document = QDomDocument()
    document.setContent(TEMPLATE.read_text(encoding="utf-8"))
    layout = QgsPrintLayout(project)
    layout.loadFromTemplate(document, QgsReadWriteContext())
    layout.setName(title)
    crs = layers[0].crs()
    for name, value in (("nuudel_title", title), ("nuudel_footer", footer(crs, sources))):
        QgsExpressionContextUtils.setLayoutVariable(layout, name, value)
    map_item = layout.itemById("map")
    map_item.setCrs(crs)
    map_item.setLayers(list(layers) + list(context_layers))
    map_item.setKeepLayerSet(True)
    size = map_item.sizeWithUnits()
    map_item.setExtent(
        fit(render.full_extent(layers, crs, margin=0.06), size.width() / max(size.height(), 1e-9))
    )
    scale = layout.itemById("scalebar")
    if scale is not None:
        scale.applyDefaultSize(QgsUnitTypes.DistanceKilometers)
        scale.setUnitLabel(tr("km"))
    legend = layout.itemById("legend")
    legend.setTitle(legend_title)
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.clear()
    for layer in layers:
        root.addLayer(layer)
    legend.adjustBoxSize()
    if atlas_layer is not None and atlas_field:
        cover = _coverage(atlas_layer, atlas_field)
        project.addMapLayer(cover, False)
        atlas = layout.atlas()
        atlas.setCoverageLayer(cover)
        atlas.setPageNameExpression('"page"')
        atlas.setEnabled(True)
        map_item.setAtlasDriven(True)
        map_item.setAtlasScalingMode(QgsLayoutItemMap.Auto)
        map_item.setAtlasMargin(0.1)
        layout.itemById("title").setText(f"{title}: [% attribute(@atlas_feature, 'page') %]")
    layout.refresh()
    return layout


def export(layout, pdf=None, png=None, dpi=150) -> list:
    """Export ``layout`` to PDF and/or PNG (an atlas: one PDF, one PNG per page)."""
    written = []
    exporter = QgsLayoutExporter(layout)
    atlas = layout.atlas()
    if pdf:
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.dpi = dpi
        if atlas.enabled():
            result, _error = QgsLayoutExporter.exportToPdf(atlas, str(pdf), settings)
        else:
            result = exporter.exportToPdf(str(pdf), settings)
        if result != QgsLayoutExporter.Success:
            raise OSError(f"could not export {pdf}")
        written.append(str(pdf))
    if png:
        settings = QgsLayoutExporter.ImageExportSettings()
        settings.dpi = dpi
        if atlas.enabled():
            atlas.setFilenameExpression(f"'{str(png)[:-4]}_' || @atlas_featurenumber")
            result, _error = QgsLayoutExporter.exportToImage(atlas, str(png)[:-4], "png", settings)
        else:
            result = exporter.exportToImage(str(png), settings)
        if result != QgsLayoutExporter.Success:
            raise OSError(f"could not export {png}")
        written.append(str(png))
    return written


def report_figure(title, outputs, context, pdf, feedback=None):
    """The EIA figure (PDF) of an algorithm's styled outputs ([(output id, style key)]), beside
    its HTML report; returns the path or None when no output can be drawn."""
    project = QgsProject()  # held until the export is done
    layers = []
    for ref, style_key in outputs:
        layer = own_copy(ref, context)
        if layer is None or (isinstance(layer, QgsVectorLayer) and layer.featureCount() == 0):
            continue
        apply_style(layer, style_key, species_styles=False)
        project.addMapLayer(layer, False)
        layers.append(layer)
    if not layers:
        return None
    backdrop = province_layer()
    context_layers = [backdrop] if backdrop is not None else []
    for layer in context_layers:
        project.addMapLayer(layer, False)
    try:
        layout = figure(
            project, layers, title, tr("the algorithm's inputs"), context_layers=context_layers
        )
        export(layout, pdf=pdf)
    except OSError as err:
        if feedback is not None:
            feedback.pushWarning(
                tr("Could not write the EIA figure {path}: {error}").format(path=pdf, error=err)
            )
        return None
    return str(pdf)
