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
    QgsCoordinateReferenceSystem,
    QgsExpressionContextUtils,
    QgsFeature,
    QgsFillSymbol,
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
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
    QgsRuleBasedRenderer,
    QgsScaleBarSettings,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QColor, QFont
from qgis.PyQt.QtXml import QDomDocument

from . import render
from .compat import legend_font
from .figures import own_copy, province_layer
from .i18n import active_language, tr
from .paths import PLUGIN_DIR
from .styles import apply_style

LAYOUTS_DIR = PLUGIN_DIR / "resources" / "layouts"
TEMPLATE = LAYOUTS_DIR / "eia_figure.qpt"
PROFILE = PLUGIN_DIR / "resources" / "profiles" / "species.json"
MM = QgsUnitTypes.LayoutMillimeters


# Output kind (style key) -> the fields that mark it (all present), the geometry ("" any),
# the atlas field and the field naming its pages (or None). First match wins.
KINDS = (
    ("fence_verdict", {"verdict", "reasons", "len_m"}, "", None, None),
    ("gaps", {"route", "species", "status", "excess_m"}, "", "route", None),
    ("proposed", {"route", "species", "chainage_km"}, "", "route", None),
    ("crossings", {"matched", "suitability", "crossing_type"}, "", None, None),
    ("conflicts", {"zone", "length_m", "alignment_id"}, "", "alignment_id", "alignment"),
    ("zones", {"zone", "sources", "area_km2"}, "", None, None),
    ("traffic", {"band", "aadt_target", "cami_high"}, "", None, None),
    ("landscape_units", {"meff_min", "area_km2"}, "", None, None),
    ("meshes", {"species", "mesh", "area_km2"}, "", None, None),
    ("behaviour_events", {"behaviour", "animal", "duration_h"}, "", None, None),
    ("barrier_index", {"index", "encounters"}, "", None, None),
    ("mitigation_points", {"rank", "type", "gain_total"}, "Point", None, None),
    ("mitigation_lines", {"rank", "type", "gain_total"}, "Line", None, None),
)


def kind_titles() -> dict:
    """Output kind -> (figure title, legend title), in the active language."""
    return {
        "fence_verdict": (tr("Fence audit: verdict per fence"), tr("Fence verdict")),
        "gaps": (tr("Crossing spacing: gaps between crossings"), tr("Gaps between crossings")),
        "proposed": (tr("Crossing spacing: proposed crossings"), tr("Proposed crossings")),
        "crossings": (tr("Crossing spacing: crossing structures"), tr("Crossing structures")),
        "conflicts": (tr("No-go mask: proposed alignment by zone"), tr("Alignment by zone")),
        "zones": (tr("No-go mask: zones"), tr("Zones")),
        "traffic": (tr("Road traffic: roads by traffic band"), tr("Traffic band")),
        "landscape_units": (
            tr("Landscape permeability: effective mesh size per unit"),
            tr("Effective mesh size"),
        ),
        "meshes": (tr("Landscape permeability: meshes"), tr("Meshes")),
        "behaviour_events": (tr("Barrier behaviour: encounter events"), tr("Encounter events")),
        "barrier_index": (tr("Barrier behaviour: barriers by behaviour"), tr("Barrier index")),
        "mitigation_points": (tr("Mitigation priorities: candidate fixes"), tr("Rank")),
        "mitigation_lines": (tr("Mitigation priorities: candidate fixes"), tr("Rank")),
    }


def output_kind(layer):
    """(style key, atlas field, page label field) of a Nuudel output layer, or Nones."""
    if not isinstance(layer, QgsVectorLayer) or not layer.isSpatial():
        return None, None, None
    names = set(layer.fields().names())
    geometry = QgsWkbTypes.geometryDisplayString(layer.geometryType())
    for key, needed, geom, atlas, label in KINDS:
        if needed <= names and (not geom or geom == geometry):
            return key, atlas if atlas in names else None, label if label in names else None
    return None, None, None


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


def profile_version(language=None) -> str:
    """The shipped profile's name (``name_mn`` in Mongolian) and version."""
    data = json.loads(PROFILE.read_text(encoding="utf-8"))
    name = data.get("name", "species profile")
    if (language or active_language()) == "mn":
        name = data.get("name_mn") or name
    return f"{name} {data.get('version', '?')}"


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


def figure_crs(layers):
    """The CRS of the figure: the first layer's, or its UTM zone when that is geographic (a
    scale bar in km and true shapes need a projected map)."""
    crs = layers[0].crs()
    if not crs.isGeographic():
        return crs
    centre = render.full_extent(layers, QgsCoordinateReferenceSystem("EPSG:4326")).center()
    zone = min(60, max(1, int((centre.x() + 180) // 6) + 1))
    return QgsCoordinateReferenceSystem(f"EPSG:{(32600 if centre.y() >= 0 else 32700) + zone}")


LEGEND_FILTER_MAX_FEATURES = 2000  # a speed limit of the legend filter, not a standard


def _feature_count(layers) -> int:
    """Features of the vector layers among ``layers``."""
    return sum(layer.featureCount() for layer in layers if isinstance(layer, QgsVectorLayer))


def atlas_pages():
    """Atlas field -> the page's name in the title (``{page}``), in the active language."""
    return {"route": tr("route {page}"), "alignment_id": tr("alignment {page}")}


def _coverage(layer, field_name, label_field=None):
    """A memory layer with one feature per value of ``field_name`` (the atlas pages), named
    by the value and, with ``label_field``, its label ("1 (Proposed road ...)")."""
    groups, labels = {}, {}
    for feat in layer.getFeatures():
        key = feat[field_name]
        groups.setdefault(key, []).append(feat.geometry())
        if label_field and feat[label_field] not in (None, ""):
            labels.setdefault(key, str(feat[label_field]))
    kind = {QgsWkbTypes.PointGeometry: "Point", QgsWkbTypes.PolygonGeometry: "Polygon"}.get(
        layer.geometryType(), "LineString"
    )
    cover = QgsVectorLayer(
        f"Multi{kind}?crs={layer.crs().authid()}&field=page:string", "pages", "memory"
    )
    feats = []
    for value in sorted(groups, key=lambda v: (str(type(v)), v)):
        feat = QgsFeature(cover.fields())
        feat.setGeometry(QgsGeometry.unaryUnion(groups[value]))
        name = f"{value} ({labels[value]})" if value in labels else str(value)
        feat.setAttributes([name])
        feats.append(feat)
    cover.dataProvider().addFeatures(feats)
    cover.updateExtents()
    root = QgsRuleBasedRenderer.Rule(None)
    root.appendChild(QgsRuleBasedRenderer.Rule(_halo(kind), 0, 0, "$id = @atlas_featureid"))
    cover.setRenderer(QgsRuleBasedRenderer(root))  # the page's route, highlighted
    return cover


def _halo(kind):
    """The highlight of an atlas page's features: a pale yellow band, disc or fill."""
    colour = "255,230,90,120"
    if kind == "Point":
        return QgsMarkerSymbol.createSimple({"color": colour, "size": "7", "outline_style": "no"})
    if kind == "Polygon":
        return QgsFillSymbol.createSimple({"color": colour, "outline_style": "no"})
    return QgsLineSymbol.createSimple(
        {"color": colour, "width": "3.5", "capstyle": "round", "joinstyle": "round"}
    )


def _set_atlas(layout, project, map_item, title, n_outputs, atlas):
    atlas_layer, atlas_field, label_field = atlas
    cover = _coverage(atlas_layer, atlas_field, label_field)
    project.addMapLayer(cover, False)
    pages = layout.atlas()
    pages.setCoverageLayer(cover)
    pages.setPageNameExpression('"page"')
    pages.setEnabled(True)
    layers = map_item.layers()  # the page's highlight under the outputs, over the context
    map_item.setLayers(layers[:n_outputs] + [cover] + layers[n_outputs:])
    map_item.setAtlasDriven(True)
    map_item.setAtlasScalingMode(QgsLayoutItemMap.Auto)
    map_item.setAtlasMargin(0.1)
    page = atlas_pages().get(atlas_field, "{page}")
    page = page.replace("{page}", "[% attribute(@atlas_feature, 'page') %]")
    layout.itemById("title").setText(f"{title}: {page}")


def figure(
    project,
    layers,
    title,
    sources,
    context_layers=(),
    legend_title="",
    atlas_layer=None,
    atlas_field=None,
    label_field=None,
    extent_of=None,
) -> QgsPrintLayout:
    """A layout from the template: ``layers`` (first on top, in the legend) over
    ``context_layers`` (not in the legend), framed on ``extent_of`` (default: ``layers``).
    ``project`` must hold all the layers."""
    document = QDomDocument()
    document.setContent(TEMPLATE.read_text(encoding="utf-8"))
    layout = QgsPrintLayout(project)
    layout.loadFromTemplate(document, QgsReadWriteContext())
    layout.setName(title)
    crs = figure_crs(layers)
    for name, value in (("nuudel_title", title), ("nuudel_footer", footer(crs, sources))):
        QgsExpressionContextUtils.setLayoutVariable(layout, name, value)
    map_item = layout.itemById("map")
    map_item.setCrs(crs)
    map_item.setLayers(list(layers) + list(context_layers))
    map_item.setKeepLayerSet(True)
    size = map_item.sizeWithUnits()
    map_item.setExtent(
        fit(
            render.full_extent(extent_of or layers, crs, margin=0.06),
            size.width() / max(size.height(), 1e-9),
        )
    )
    scale = layout.itemById("scalebar")
    if scale is not None:
        scale.applyDefaultSize(QgsUnitTypes.DistanceKilometers)
        scale.setNumberOfSegments(2)
        scale.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeFitWidth)
        scale.setMinimumBarWidth(25)  # mm: a round length between 25 and 60 mm
        scale.setMaximumBarWidth(60)
        scale.setUnitLabel(tr("km"))
    legend = layout.itemById("legend")
    legend.setTitle(legend_title)
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.clear()
    for layer in layers:
        root.addLayer(layer)
    # Only what the map (this page) shows; the filter's hit test costs about 0.6 ms a feature
    # (12 s for 20,000 lines), so layers over 2,000 features keep the full legend.
    legend.setLegendFilterByMapEnabled(_feature_count(layers) <= LEGEND_FILTER_MAX_FEATURES)
    legend.adjustBoxSize()
    if atlas_layer is not None and atlas_field:
        atlas = (atlas_layer, atlas_field, label_field)
        _set_atlas(layout, project, map_item, title, len(layers), atlas)
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
            result, error = QgsLayoutExporter.exportToPdf(atlas, str(pdf), settings)
        else:
            result, error = exporter.exportToPdf(str(pdf), settings), ""
        if result != QgsLayoutExporter.Success:
            raise OSError(f"could not export {pdf} ({result}) {error}")
        written.append(str(pdf))
    if png:
        settings = QgsLayoutExporter.ImageExportSettings()
        settings.dpi = dpi
        if atlas.enabled():
            stem = Path(png).stem.replace("'", "''")
            atlas.setFilenameExpression(f"'{stem}_' || @atlas_featurenumber")
            base = str(Path(png).resolve().with_suffix(""))  # its folder holds the pages
            result, _error = QgsLayoutExporter.exportToImage(atlas, base, "png", settings)
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
