"""Plugins > Nuudel > Load workshop data: the bundled Gobi training layers, styled, in a group.

The GeoPackage resources/workshop/nuudel_workshop.gpkg is made by
scripts/make_workshop_data.py (see resources/workshop/README.md). The styles are built here, in
code (:func:`style_layer`), with legend labels in the active language:
fences categorised by ``fence_type``, crossing structures by ``crossing_type`` with the glyphs
of the plugin's crossings style (styles/crossings.qml, through processing.styles.apply_style),
one distinct symbol for every other layer. scripts/make_workshop_data.py also stores them
(English labels) in the GeoPackage's layer_styles as each layer's default style
(:func:`store_default_styles`), so the layers open styled when the file is dragged into QGIS.
"""

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from osgeo import ogr
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsProject,
    QgsRectangle,
    QgsRendererCategory,
    QgsRuleBasedRenderer,
    QgsSimpleFillSymbolLayer,
    QgsSimpleLineSymbolLayer,
    QgsSimpleMarkerSymbolLayer,
    QgsSingleSymbolRenderer,
    QgsSymbol,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor

from ..processing.compat import marker_shape
from ..processing.i18n import tr
from ..processing.labels import fence_type_labels
from ..processing.paths import WORKSHOP_GPKG
from ..processing.styles import apply_style, store_style

PROJECT_CRS = "EPSG:32649"

# GeoPackage layer names, top of the layer tree first (points over lines over polygons).
LAYERS = (
    "crossings",
    "water",
    "stations",
    "alignment",
    "fences",
    "railway",
    "road",
    "calving",
    "protected_areas",
    "migration_range",
    "aimags",
)

# -- styles ------------------------------------------------------------------------------------
CASING = "#404040"  # dark casing under lines, as in the plugin's output styles
# Fence types: (code, colour, width in mm). Colours chosen to stay apart (CIELAB ΔE >= 20) for
# normal vision and protanopia / deuteranopia / tritanopia (scripts/check_palette.py's
# simulations; tested), and away from the verdict palette's blue / orange / red so raw fence
# types are not read as verdicts. Openings are white: a gap in the line.
FENCE_TYPES = (
    ("strand", "#8c510a", 0.6),
    ("mesh", "#762a83", 0.8),
    ("solid", "#000000", 1.0),
    ("electric", "#e6ab02", 0.6),
    ("rail", "#01665e", 0.6),
    ("opening", "#ffffff", 0.8),
)
NOT_RECORDED = "#969696"  # grey and dashed, as "unknown" everywhere in the plugin
CROSSING_DISC = "#dfc27d"  # neutral disc: the raw inventory has no suitability yet


def _colour(text, alpha=None):
    colour = QColor(text)
    if alpha is not None:
        colour.setAlpha(alpha)
    return colour


def _symbol(cls, layers):
    """A symbol of ``layers`` (appendSymbolLayer takes ownership)."""
    symbol = cls()
    symbol.deleteSymbolLayer(0)
    for layer in layers:
        symbol.appendSymbolLayer(layer)
    return symbol


def _line(colour, width, pen=Qt.PenStyle.SolidLine, casing=CASING, level=1):
    """A line of ``colour`` (mm ``width``) over a casing 0.3 mm wider (None: no casing)."""
    layers = []
    if casing:
        under = QgsSimpleLineSymbolLayer(_colour(casing), width + 0.3)
        under.setRenderingPass(0)
        layers.append(under)
    main = QgsSimpleLineSymbolLayer(_colour(colour), width)
    main.setPenStyle(pen)
    main.setRenderingPass(level)
    layers.append(main)
    return _symbol(QgsLineSymbol, layers)


def _fill(
    colour, alpha, outline, width, pen=Qt.PenStyle.SolidLine, brush=Qt.BrushStyle.SolidPattern
):
    fill = QgsSimpleFillSymbolLayer(_colour(colour, alpha), brush, _colour(outline), pen, width)
    return _symbol(QgsFillSymbol, [fill])


def _marker(shape, colour, size, outline="#ffffff", width=0.3):
    mark = QgsSimpleMarkerSymbolLayer(marker_shape(shape), size)
    mark.setColor(_colour(colour))
    mark.setStrokeColor(_colour(outline))
    mark.setStrokeWidth(width)
    return _symbol(QgsMarkerSymbol, [mark])


def _railway():
    """Black line with white dashes (the usual map sign of a railway)."""
    base = QgsSimpleLineSymbolLayer(_colour("#1a1a1a"), 1.0)
    dashes = QgsSimpleLineSymbolLayer(_colour("#ffffff"), 0.5)
    dashes.setUseCustomDashPattern(True)
    dashes.setCustomDashVector([3.0, 3.0])
    return _symbol(QgsLineSymbol, [base, dashes])


def _single_symbols():
    """Layer name -> its single symbol (every layer but fences and crossings)."""
    dash, dot = Qt.PenStyle.DashLine, Qt.PenStyle.DotLine
    return {
        "water": _marker("Circle", "#35b7e8", 2.4, outline="#08306b", width=0.3),
        "stations": _marker("Square", "#000000", 2.4),
        "alignment": _line("#762a83", 1.0, pen=dash, casing="#ffffff"),
        "railway": _railway(),
        "road": _line("#ffe08a", 0.8),
        "calving": _fill("#f1b6da", 110, "#c51b7d", 0.5, pen=dash),
        "protected_areas": _fill("#5aae61", 90, "#1b7837", 0.6),
        "migration_range": _fill("#fee08b", 60, "#b8860b", 0.6, pen=dot),
        "aimags": _fill("#ffffff", 0, "#636363", 0.6, brush=Qt.BrushStyle.NoBrush),
    }


def _fence_renderer():
    labels = fence_type_labels()
    categories = [
        QgsRendererCategory(
            code, _line(colour, width, level=2 if code == "opening" else 1), labels[code]
        )
        for code, colour, width in FENCE_TYPES
    ]
    categories.append(
        QgsRendererCategory("", _line(NOT_RECORDED, 0.6, pen=Qt.PenStyle.DashLine), labels[""])
    )
    renderer = QgsCategorizedSymbolRenderer("fence_type", categories)
    renderer.setUsingSymbolLevels(True)  # openings are drawn over the fence either side
    return renderer


def _style_crossings(layer):
    """The plugin's crossings style with its status discs (which need a crossing spacing check)
    replaced by one neutral disc: the same glyph per crossing_type on top."""
    apply_style(layer, "crossings", species_styles=False)
    root = layer.renderer().rootRule()
    for rule in list(root.children()):
        if "crossing_type" not in rule.filterExpression():
            root.removeChild(rule)
    disc = _marker("Circle", CROSSING_DISC, 4.5, outline="#333333", width=0.3)
    rule = QgsRuleBasedRenderer.Rule(
        disc, 0, 0, "", tr("Crossing structure (suitability not checked yet)")
    )
    rule.setRuleKey("{nuudel-workshop-crossings-disc}")
    root.insertChild(0, rule)


def style_layer(layer, name: str):
    """Style workshop layer ``name`` (GeoPackage layer name) with legend labels in the active
    language. Returns the layer; a layer not in the workshop kit is left as it is."""
    if name == "fences":
        layer.setRenderer(_fence_renderer())
    elif name == "crossings":
        _style_crossings(layer)
    else:
        symbol = _single_symbols().get(name)
        if symbol is not None and symbol.type() == _symbol_type(layer):
            layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    layer.triggerRepaint()
    return layer


def _symbol_type(layer):
    default = QgsSymbol.defaultSymbol(layer.geometryType())
    return default.type() if default is not None else None


def canonical_xml(text: str) -> str:
    """``text`` with sorted attributes and no DOCTYPE: Qt writes attributes in hash order,
    which differs between runs, so stored styles would not be byte-identical otherwise."""
    return ET.canonicalize(re.sub(r"<!DOCTYPE[^>]*>", "", text), strip_text=True)


def store_default_styles(path) -> list:
    """Store every workshop layer's style (labels in the active language) in ``path``'s
    layer_styles as the layer's default style, QML and SLD. Returns the layer names styled."""
    stored = []
    for name in LAYERS:
        layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
        if not layer.isValid():
            continue
        style_layer(layer, name)
        error = store_style(
            layer,
            name,
            "nuudel:workshop (scripts/make_workshop_data.py)",
            True,
            normalise=canonical_xml,
        )
        if error:
            raise RuntimeError(f"{name}: {error}")
        stored.append(name)
    return stored


def layer_titles() -> dict:
    """GeoPackage layer name -> its name in the Layers panel (active language)."""
    return {
        "crossings": tr("Crossing structures"),
        "water": tr("Water sources"),
        "stations": tr("Railway stations"),
        "alignment": tr("Proposed alignment"),
        "fences": tr("Fences"),
        "railway": tr("Railway"),
        "road": tr("Roads"),
        "calving": tr("Calving ground"),
        "protected_areas": tr("Protected areas"),
        "migration_range": tr("Migration ranges"),
        "aimags": tr("Aimags"),
    }


def _message(iface, text, warning=False):
    bar = getattr(iface, "messageBar", None) if iface is not None else None
    if bar is None:
        return
    try:
        if warning:
            bar().pushWarning(tr("Nuudel"), text)
        else:
            bar().pushInfo(tr("Nuudel"), text)
    except (AttributeError, TypeError):
        pass


def _zoom(iface, layers, project):
    canvas = getattr(iface, "mapCanvas", None) if iface is not None else None
    if canvas is None or not layers:
        return
    try:
        canvas = canvas()
        dest = project.crs()
        extent = None
        for layer in layers:
            if layer.name() == layer_titles()["aimags"]:
                continue
            ct = QgsCoordinateTransform(layer.crs(), dest, project)
            box = ct.transformBoundingBox(layer.extent())
            if extent is None:
                extent = QgsRectangle(box)
            else:
                extent.combineExtentWith(box)
        if extent is not None and not extent.isEmpty():
            canvas.setExtent(extent.buffered(extent.width() * 0.03))
            canvas.refresh()
    except (AttributeError, TypeError, RuntimeError):
        pass


def load_workshop_data(iface=None, path=None):
    """Add every workshop layer, styled, to a new group at the top of the current project.

    Returns the layers added (empty when the GeoPackage is missing)."""
    path = Path(path or WORKSHOP_GPKG)
    if not path.exists():
        _message(iface, tr("Workshop data is not installed."), warning=True)
        return []
    ds = ogr.Open(str(path))
    # spatial layers only: the layer_styles table is listed too
    available = (
        [
            ds.GetLayer(i).GetName()
            for i in range(ds.GetLayerCount())
            if ds.GetLayer(i).GetGeomType() != ogr.wkbNone
        ]
        if ds
        else []
    )
    ds = None
    names = [n for n in LAYERS if n in available] + [n for n in available if n not in LAYERS]
    project = QgsProject.instance()
    if not project.mapLayers():
        project.setCrs(QgsCoordinateReferenceSystem(PROJECT_CRS))
    titles = layer_titles()
    group = project.layerTreeRoot().insertGroup(0, tr("Nuudel workshop"))
    layers = []
    for name in names:
        layer = QgsVectorLayer(f"{path}|layername={name}", titles.get(name, name), "ogr")
        if not layer.isValid():
            continue
        style_layer(layer, name)
        project.addMapLayer(layer, False)
        group.addLayer(layer)
        layers.append(layer)
    _zoom(iface, layers, project)
    _message(
        iface,
        tr("Workshop data loaded: {count} layers (illustrative, not survey data).").format(
            count=len(layers)
        ),
    )
    return layers
