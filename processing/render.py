"""Offscreen map rendering to PNG for the demo, the trainer guide and the tests.

    settings = render_png([gaps, crossings, route], "out/gaps.png", legend=True)
    x, y = settings.mapToPixel().transform(500500, 4800000).toTuple()  # a map point's pixel

Layers are drawn in the order given, first on top (as in the Layers panel). Works with
QT_QPA_PLATFORM=offscreen (QgsMapRendererParallelJob). With legend=True a legend panel (labels in
the active language) is added to the right of the map, so the image gets wider but the map's
pixels stay where mapToPixel() puts them.
"""

from pathlib import Path

from qgis.core import (
    Qgis,
    QgsCoordinateTransform,
    QgsLayerTree,
    QgsLayerTreeModel,
    QgsLegendRenderer,
    QgsLegendSettings,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsProject,
    QgsRectangle,
    QgsRenderContext,
)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor, QImage, QPainter

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
        extent = QgsRectangle(extent.center().x() - width / 2, extent.center().y() - width / 2,
                              extent.center().x() + width / 2, extent.center().y() + width / 2)
    grow = max(extent.width(), extent.height()) * margin
    return QgsRectangle(extent.xMinimum() - grow, extent.yMinimum() - grow,
                        extent.xMaximum() + grow, extent.yMaximum() + grow)


def legend_renderer(layers):
    """(renderer, keep) drawing the untitled legend of ``layers``; hold ``keep`` (the layer tree
    and its model, which the renderer does not own) while the renderer is used."""
    root = QgsLayerTree()
    for layer in layers:
        root.addLayer(layer)
    model = QgsLayerTreeModel(root)
    settings = QgsLegendSettings()
    settings.setTitle("")
    return QgsLegendRenderer(model, settings), (model, root)


def _legend_image(layers, dpi, height):
    """The legend of ``layers`` as an image (white, ``height`` px tall or taller)."""
    legend, keep = legend_renderer(layers)
    px_per_mm = dpi / 25.4
    size_mm = legend.minimumSize()
    pad = 4.0  # mm
    width = int((size_mm.width() + 2 * pad) * px_per_mm) + 1
    image = QImage(width, max(height, int((size_mm.height() + 2 * pad) * px_per_mm) + 1),
                   QImage.Format.Format_ARGB32_Premultiplied)
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


def render_png(layers, path, extent=None, size=(1200, 800), crs=None, dpi=96,
               background="#ffffff", legend=False) -> QgsMapSettings:
    """Render ``layers`` (first on top) to a PNG at ``path``; return the map settings used,
    so callers can turn map coordinates into pixels (settings.mapToPixel())."""
    layers = [layer for layer in layers if layer is not None and layer.isValid()]
    if not layers:
        raise ValueError("render_png needs at least one valid layer")
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(crs or layers[0].crs())
    settings.setOutputSize(QSize(int(size[0]), int(size[1])))
    settings.setOutputDpi(dpi)
    settings.setBackgroundColor(QColor(background))
    settings.setFlag(Qgis.MapSettingsFlag.Antialiasing, True)
    settings.setExtent(extent or full_extent(layers, settings.destinationCrs()))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    if legend:  # a legend panel to the right of the map; the map keeps its pixels
        panel = _legend_image(layers, dpi, image.height())
        both = QImage(image.width() + panel.width(), max(image.height(), panel.height()),
                      QImage.Format.Format_ARGB32_Premultiplied)
        both.fill(QColor(background))
        painter = QPainter(both)
        painter.drawImage(0, 0, image)
        painter.drawImage(image.width(), 0, panel)
        painter.end()
        image = both
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(path), "PNG"):
        raise OSError(f"could not write {path}")
    return settings
