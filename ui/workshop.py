"""Plugins > Nuudel > Load workshop data: the bundled Gobi training layers, styled, in a group.

The GeoPackage resources/workshop/nuudel_workshop.gpkg is made by
scripts/make_workshop_data.py (see resources/workshop/README.md). Each layer is styled with
styles/workshop_<layer>.qml when that file exists, else with a plain built-in symbol, so the
menu action works whatever styles are installed.
"""

from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsProject,
    QgsRectangle,
    QgsSingleSymbolRenderer,
    QgsSymbol,
    QgsVectorLayer,
)

from ..processing.i18n import tr

ROOT = Path(__file__).resolve().parent.parent
WORKSHOP_GPKG = ROOT / "resources" / "workshop" / "nuudel_workshop.gpkg"
STYLES_DIR = ROOT / "styles"
PROJECT_CRS = "EPSG:32649"

# GeoPackage layer names, top of the layer tree first (points over lines over polygons).
LAYERS = ("crossings", "water", "stations", "alignment", "fences", "railway", "road",
          "calving", "protected_areas", "migration_range", "aimags")

# Plain fallback symbols: (kind, properties for QgsXxxSymbol.createSimple).
_SIMPLE = {
    "crossings": ("marker", {"name": "diamond", "color": "#2166ac", "size": "2.6",
                             "outline_color": "#ffffff", "outline_width": "0.2"}),
    "water": ("marker", {"name": "circle", "color": "#35b7e8", "size": "2.2",
                         "outline_color": "#08306b", "outline_width": "0.2"}),
    "stations": ("marker", {"name": "square", "color": "#000000", "size": "2.4"}),
    "alignment": ("line", {"color": "#d6604d", "width": "0.9", "line_style": "dash"}),
    "fences": ("line", {"color": "#8c510a", "width": "0.6"}),
    "railway": ("line", {"color": "#1a1a1a", "width": "0.8"}),
    "road": ("line", {"color": "#f4a582", "width": "0.9"}),
    "calving": ("fill", {"color": "255,170,200,90", "outline_color": "#c51b7d",
                         "outline_width": "0.4"}),
    "protected_areas": ("fill", {"color": "90,174,97,90", "outline_color": "#1b7837",
                                 "outline_width": "0.5"}),
    "migration_range": ("fill", {"color": "254,224,139,70", "outline_color": "#b8860b",
                                 "outline_width": "0.4", "outline_style": "dash"}),
    "aimags": ("fill", {"style": "no", "outline_color": "#636363", "outline_width": "0.6"}),
}
_SYMBOL = {"marker": QgsMarkerSymbol, "line": QgsLineSymbol, "fill": QgsFillSymbol}


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


def style_layer(layer, name: str) -> str:
    """Style a workshop layer: styles/workshop_<name>.qml if present, else a plain symbol.

    Returns "qml" or "simple" (what was applied)."""
    qml = STYLES_DIR / f"workshop_{name}.qml"
    if qml.exists():
        _message, ok = layer.loadNamedStyle(str(qml))
        if ok:
            return "qml"
    kind, props = _SIMPLE.get(name, (None, None))
    if kind is not None:
        symbol = _SYMBOL[kind].createSimple(props)
        default = QgsSymbol.defaultSymbol(layer.geometryType())
        if symbol is not None and default is not None and symbol.type() == default.type():
            layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    return "simple"


def _message(iface, text, warning=False):
    bar = getattr(iface, "messageBar", None) if iface is not None else None
    if bar is None:
        return
    try:
        if warning:
            bar().pushWarning("Nuudel", text)
        else:
            bar().pushInfo("Nuudel", text)
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
    from osgeo import ogr

    ds = ogr.Open(str(path))
    available = [ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())] if ds else []
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
    _message(iface, tr("Workshop data loaded: {count} layers (illustrative, not survey "
                       "data).").format(count=len(layers)))
    return layers
