"""Render styled PNG maps of algorithm outputs over the workshop context layers (offscreen).

    .venv/bin/python scripts/render_maps.py out/maps.json [--lang mn]

maps.json is a list of {"title": ..., "png": ..., "layers": [uri, ...], "extent_of": [...]}:
the output layers (first on top) are drawn with the style stored in their GeoPackage, over the
workshop aimags, railway and road, with a legend of the output layers and the title in the
top-left corner. A GeoTIFF (the no-go mask's cost raster) is opened as a raster layer with the
plugin's cost style and drawn under the workshop context lines. Used by scripts/demo.py
(make demo) and scripts/make_guide.py (the trainer guide's screenshots).
"""

import argparse
import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
PLUGINS = ROOT / "build" / "plugins"
if str(PLUGINS) not in sys.path:
    sys.path.insert(0, str(PLUGINS))

from qgis.core import QgsApplication, QgsProject, QgsRasterLayer, QgsVectorLayer  # noqa: E402
from qgis.PyQt.QtCore import QRectF, Qt  # noqa: E402
from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter  # noqa: E402

WORKSHOP = ROOT / "resources" / "workshop" / "nuudel_workshop.gpkg"
CONTEXT = ("road", "railway", "aimags")  # drawn under the outputs, first on top
SIZE = (1000, 680)


def start_qgis():
    """A QgsApplication for a standalone script (returns (app, owned))."""
    app = QgsApplication.instance()
    if app is not None:
        return app, False
    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    return app, True


def context_layers():
    """The workshop aimags, railway and road, styled as "Load workshop data" styles them."""
    from nuudel.ui.workshop import layer_titles, style_layer

    titles = layer_titles()
    layers = []
    for name in CONTEXT:
        layer = QgsVectorLayer(f"{WORKSHOP}|layername={name}", titles.get(name, name), "ogr")
        if layer.isValid():
            style_layer(layer, name)
            layers.append(layer)
    return layers


RASTER_SUFFIXES = (".tif", ".tiff")


def is_raster(uri) -> bool:
    return Path(str(uri).split("|")[0]).suffix.lower() in RASTER_SUFFIXES


def output_layer(uri, title=None):
    """An output layer: a GeoTIFF (the cost raster) with the plugin's cost style, any other
    file as a vector layer with its stored default style (GeoPackage layer_styles); legend
    labels in the active language."""
    path = str(uri).split("|")[0]
    if is_raster(uri):
        from nuudel.processing.styles import apply_style

        layer = QgsRasterLayer(path, title or Path(path).stem, "gdal")
        if layer.isValid():
            apply_style(layer, "cost")
        return layer
    layer = QgsVectorLayer(str(uri), title or Path(path).stem, "ogr")
    if layer.isValid():
        layer.updateExtents(True)
        from nuudel.processing.styles import translate_labels

        translate_labels(layer)
    return layer


def _title(image, text):
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    font = QFont()
    font.setPixelSize(20)
    font.setBold(True)
    painter.setFont(font)
    rect = painter.boundingRect(
        QRectF(0, 0, image.width() * 0.6, 60), int(Qt.AlignmentFlag.AlignLeft), text
    )
    painter.fillRect(rect.adjusted(4, 4, 20, 14), QColor(255, 255, 255, 230))
    painter.setPen(QColor("#222222"))
    painter.drawText(rect.adjusted(12, 9, 12, 9), int(Qt.AlignmentFlag.AlignLeft), text)
    painter.end()


def _drop_band_names(model, root):
    """Leave out the "Band 1 (Gray)" line QGIS puts above a raster's legend classes (an
    untranslated technical name; the layer title says what the raster is)."""
    from qgis.core import QgsMapLayerLegendUtils, QgsSimpleLegendNode

    for node in root.findLayers():
        if isinstance(node.layer(), QgsVectorLayer):
            continue
        nodes = model.layerLegendNodes(node)
        if len(nodes) > 1 and isinstance(nodes[0], QgsSimpleLegendNode):
            QgsMapLayerLegendUtils.setLegendNodeOrder(node, list(range(1, len(nodes))))
            model.refreshLayerLegend(node)


def _legend(image, layers, names, zoom=0.85):
    """A legend of ``layers`` in a white box in the top-right corner of ``image``."""
    import warnings

    from nuudel.processing.render import legend_renderer

    legend, keep = legend_renderer(layers)
    _drop_band_names(*keep)
    size = legend.minimumSize()  # mm
    px = image.logicalDpiX() / 25.4 * zoom
    left = image.width() - size.width() * px - 16
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.fillRect(
        QRectF(left, 4, size.width() * px + 12, size.height() * px + 12), QColor(255, 255, 255, 230)
    )
    painter.translate(left + 6, 10)
    painter.scale(zoom, zoom)
    with warnings.catch_warnings():  # the QPainter overload draws at the device's dpi
        warnings.simplefilter("ignore", DeprecationWarning)
        legend.drawLegend(painter)
    painter.end()
    del keep


def _has_content(layer) -> bool:
    """A valid raster, or a valid vector layer with features."""
    if not layer.isValid():
        return False
    return not isinstance(layer, QgsVectorLayer) or layer.featureCount() != 0


def render_map(title, png, uris, extent_of=None, size=SIZE):
    """Render one map; return the PNG path. ``extent_of``: uris whose extent frames the map
    (default: the output layers)."""
    from nuudel.processing.render import full_extent, render_png

    outputs = [output_layer(*([u] if isinstance(u, str) else u)) for u in uris]
    outputs = [layer for layer in outputs if _has_content(layer)]
    context = context_layers()
    if not outputs:
        return None
    for layer in outputs + context:
        QgsProject.instance().addMapLayer(layer, False)
    frame = [output_layer(u) for u in extent_of] if extent_of else outputs
    frame = [layer for layer in frame if _has_content(layer)]
    crs = outputs[0].crs()
    vectors = [layer for layer in outputs if isinstance(layer, QgsVectorLayer)]
    rasters = [layer for layer in outputs if not isinstance(layer, QgsVectorLayer)]
    render_png(
        vectors + context + rasters,
        png,
        size=size,
        crs=crs,
        extent=full_extent(frame, crs, margin=0.08),
    )
    image = QImage(str(png))
    _legend(image, outputs, [layer.name() for layer in outputs])
    _title(image, title)
    image.save(str(png), "PNG")
    for layer in outputs + context:
        QgsProject.instance().removeMapLayer(layer.id())
    return png


def render_maps(spec):
    """Render every map of a maps.json spec (list of dicts); return the PNG paths written."""
    written = []
    for item in spec:
        png = render_map(item["title"], item["png"], item["layers"], item.get("extent_of"))
        if png:
            written.append(str(png))
            print(f"map {png}")
    return written


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("spec", type=Path)
    parser.add_argument("--lang", default=None)
    args = parser.parse_args()
    if args.lang:
        os.environ["NUUDEL_LANG"] = args.lang
    app, owned = start_qgis()
    from nuudel.processing.i18n import install_translator

    install_translator()
    render_maps(json.loads(args.spec.read_text(encoding="utf-8")))
    if owned:
        app.exitQgis()


if __name__ == "__main__":
    main()
