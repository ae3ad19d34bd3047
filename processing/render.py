"""Offscreen map rendering to PNG for the demo, the trainer guide and the tests.

    settings = render_png([gaps, crossings, route], "out/gaps.png", legend=True)
    x, y = settings.mapToPixel().transform(500500, 4800000).toTuple()  # a map point's pixel

Layers are drawn in the order given, first on top (as in the Layers panel). Works with
QT_QPA_PLATFORM=offscreen (QgsMapRendererParallelJob). With legend=True a legend panel (labels in
the active language) is added to the right of the map, so the image gets wider but the map's
pixels stay where mapToPixel() puts them.
"""

import math
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsCoordinateTransform,
    QgsDistanceArea,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsLayerTree,
    QgsLayerTreeModel,
    QgsLegendRenderer,
    QgsLegendSettings,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsRenderContext,
)
from qgis.PyQt.QtCore import QPointF, QRectF, QSize, Qt
from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter, QPen, QPolygonF

from .compat import null_rectangle


def full_extent(layers, crs, margin=0.05) -> QgsRectangle:
    """The union of the layers' extents in ``crs``, grown by ``margin`` on every side."""
    extent = null_rectangle()
    for layer in layers:
        rect = layer.extent()
        if rect.isNull():
            continue
        if layer.crs() != crs:
            transform = QgsCoordinateTransform(layer.crs(), crs, QgsProject.instance())
            rect = transform.transformBoundingBox(rect)
        extent.combineExtentWith(rect)
    if extent.xMinimum() > extent.xMaximum():  # nothing to show
        extent = QgsRectangle(0, 0, 1, 1)
    if extent.isEmpty():  # a point or a straight horizontal/vertical line
        width = max(extent.width(), extent.height(), 1.0)
        extent = QgsRectangle(
            extent.center().x() - width / 2,
            extent.center().y() - width / 2,
            extent.center().x() + width / 2,
            extent.center().y() + width / 2,
        )
    grow = max(extent.width(), extent.height()) * margin
    return QgsRectangle(
        extent.xMinimum() - grow,
        extent.yMinimum() - grow,
        extent.xMaximum() + grow,
        extent.yMaximum() + grow,
    )


def legend_renderer(layers, settings=None):
    """(renderer, keep) drawing the untitled legend of ``layers``; hold ``keep`` (the layer tree
    and its model, which the renderer does not own) while the renderer is used. With the map's
    ``settings``, rules out of the map's scale range are left out."""
    root = QgsLayerTree()
    for layer in layers:
        root.addLayer(layer)
    model = QgsLayerTreeModel(root)
    if settings is not None and hasattr(model, "setLegendFilterByScale"):
        model.setLegendFilterByScale(settings.scale())
    settings = QgsLegendSettings()
    settings.setTitle("")
    return QgsLegendRenderer(model, settings), (model, root)


def _legend_image(layers, dpi, height, settings=None):
    """The legend of ``layers`` as an image (white, ``height`` px tall or taller)."""
    legend, keep = legend_renderer(layers, settings)
    px_per_mm = dpi / 25.4
    size_mm = legend.minimumSize()
    pad = 4.0  # mm
    width = int((size_mm.width() + 2 * pad) * px_per_mm) + 1
    image = QImage(
        width,
        max(height, int((size_mm.height() + 2 * pad) * px_per_mm) + 1),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.setDotsPerMeterX(int(dpi / 0.0254))
    image.setDotsPerMeterY(int(dpi / 0.0254))
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.scale(px_per_mm, px_per_mm)  # the legend renderer draws in millimetres
    painter.translate(pad, pad)
    context = QgsRenderContext.fromQPainter(painter)
    context.setScaleFactor(1.0)  # painter units are already millimetres
    context.setFlag(Qgis.RenderContextFlag.Antialiasing, True)
    legend.drawLegend(context)
    painter.end()
    del keep
    return image


def render_image(
    layers,
    extent=None,
    size=(1200, 800),
    crs=None,
    dpi=96,
    background="#ffffff",
    legend=False,
    legend_layers=None,
):
    """(QImage, map settings) of ``layers`` (first on top); with ``legend`` a legend panel of
    ``legend_layers`` (default: all) to the right of the map, whose pixels stay where
    settings.mapToPixel() puts them."""
    layers = [layer for layer in layers if layer is not None and layer.isValid()]
    if not layers:
        raise ValueError("render_image needs at least one valid layer")
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(crs or layers[0].crs())
    settings.setOutputSize(QSize(int(size[0]), int(size[1])))
    settings.setOutputDpi(dpi)
    settings.setBackgroundColor(QColor(background))
    settings.setFlag(Qgis.MapSettingsFlag.Antialiasing, True)
    settings.setExtent(extent or full_extent(layers, settings.destinationCrs()))
    # @map_scale and the other map variables, as on the canvas (styles thin symbols by scale)
    variables = QgsExpressionContext()
    variables.appendScope(QgsExpressionContextUtils.globalScope())
    variables.appendScope(QgsExpressionContextUtils.mapSettingsScope(settings))
    settings.setExpressionContext(variables)
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    if legend:
        panel = _legend_image(legend_layers or layers, dpi, image.height(), settings)
        both = QImage(
            image.width() + panel.width(),
            max(image.height(), panel.height()),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        both.fill(QColor(background))
        painter = QPainter(both)
        painter.drawImage(0, 0, image)
        painter.drawImage(image.width(), 0, panel)
        painter.end()
        image = both
    return image, settings


def render_png(
    layers,
    path,
    extent=None,
    size=(1200, 800),
    crs=None,
    dpi=96,
    background="#ffffff",
    legend=False,
) -> QgsMapSettings:
    """Render ``layers`` (first on top) to a PNG at ``path``; return the map settings used,
    so callers can turn map coordinates into pixels (settings.mapToPixel())."""
    image, settings = render_image(layers, extent, size, crs, dpi, background, legend)
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(path), "PNG"):
        raise OSError(f"could not write {path}")
    return settings


def metres_per_pixel(settings) -> float:
    """Ground metres per pixel across the middle of the map (ellipsoidal for degrees)."""
    extent = settings.visibleExtent()
    y = extent.center().y()
    area = QgsDistanceArea()
    area.setSourceCrs(settings.destinationCrs(), QgsProject.instance().transformContext())
    area.setEllipsoid("WGS84")
    metres = area.measureLine(QgsPointXY(extent.xMinimum(), y), QgsPointXY(extent.xMaximum(), y))
    return metres / max(settings.outputSize().width(), 1)


def nice_length(metres: float) -> float:
    """The largest 1, 2 or 5 times a power of ten not above ``metres``."""
    if metres <= 0:
        return 0.0
    power = 10 ** math.floor(math.log10(metres))
    return max(f * power for f in (1, 2, 5) if f * power <= metres)


def decorate(image, settings, unit_km="km", north="N") -> None:
    """Draw a scale bar (bottom left) and a north arrow (top right) on the map part of
    ``image`` (the map is the left settings.outputSize() pixels)."""
    width, height = settings.outputSize().width(), settings.outputSize().height()
    per_px = metres_per_pixel(settings)
    if per_px <= 0:
        return
    length_m = nice_length(per_px * width / 4)
    bar_px = length_m / per_px
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    font = QFont("DejaVu Sans", 9)
    painter.setFont(font)
    x0, y0 = 16, height - 22
    painter.fillRect(QRectF(x0 - 8, y0 - 24, bar_px + 60, 40), QColor(255, 255, 255, 215))
    for i in range(4):
        colour = QColor("#222222") if i % 2 == 0 else QColor("#ffffff")
        painter.setPen(QPen(QColor("#222222"), 1))
        painter.setBrush(colour)
        painter.drawRect(QRectF(x0 + i * bar_px / 4, y0, bar_px / 4, 6))
    painter.setPen(QColor("#222222"))
    value = length_m / 1000.0
    painter.drawText(QPointF(x0 - 3, y0 - 5), "0")
    painter.drawText(QPointF(x0 + bar_px - 6, y0 - 5), f"{value:g} {unit_km}")
    # north arrow
    cx, top = width - 28, 14
    painter.fillRect(QRectF(cx - 16, top - 4, 32, 50), QColor(255, 255, 255, 215))
    painter.setPen(QPen(QColor("#222222"), 1))
    painter.setBrush(QColor("#222222"))
    painter.drawPolygon(
        QPolygonF(
            [
                QPointF(cx, top + 2),
                QPointF(cx + 8, top + 28),
                QPointF(cx, top + 22),
                QPointF(cx - 8, top + 28),
            ]
        )
    )
    painter.drawText(QRectF(cx - 10, top + 28, 20, 16), int(Qt.AlignmentFlag.AlignCenter), north)
    painter.end()
