"""Map styles of the fence inventory layers, built in code (no QML file): fences by type and
crossing structures by type (the workshop's styles, ui/workshop.py), survey areas as a dashed
outline, inventory issues by severity. Applied when Processing loads an output, and stored as
the default style in an output GeoPackage (post-processors do not run in qgis_process)."""

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsMarkerSymbol,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingUtils,
    QgsRendererCategory,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)

from .core import inventory as inv
from .i18n import tr
from .labels import legend_labels
from .layers import file_source
from .styles import store_style

NOT_RECORDED = "Fence type not recorded"  # the workshop style's label for an empty type
CROSSING_DISC = "Crossing structure (suitability not checked yet)"
SEVERITY_COLOURS = (("error", "#b2182b", 3.2), ("warning", "#f4a582", 2.6))
_POST_PROCESSORS = {}


def style_inventory_layer(layer, name, translate=None):
    """Style ``layer`` as inventory layer ``name`` (fences | crossings | survey_areas | issues),
    legend in ``translate``'s language (default: the active language)."""
    from ..ui.workshop import style_layer  # noqa: PLC0415 (the ui layer, on demand)

    t = translate or tr
    if name == "survey_areas":
        symbol = QgsFillSymbol.createSimple(
            {
                "color": "0,0,0,0",
                "outline_color": "#1b7837",
                "outline_width": "0.6",
                "outline_style": "dash",
            }
        )
        layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    elif name == "issues":
        labels = {
            "error": t(inv.SEVERITY_TEXT["error"]),
            "warning": t(inv.SEVERITY_TEXT["warning"]),
        }
        categories = [
            QgsRendererCategory(
                code,
                QgsMarkerSymbol.createSimple(
                    {
                        "name": "circle",
                        "color": colour,
                        "size": str(size),
                        "outline_color": "#000000",
                        "outline_width": "0.3",
                    }
                ),
                labels[code],
            )
            for code, colour, size in SEVERITY_COLOURS
        ]
        layer.setRenderer(QgsCategorizedSymbolRenderer("severity", categories))
    elif name == "fences":
        style_layer(layer, "fences")
        renderer = layer.renderer()
        labels = inv.VALUE_LABELS["fence_type"]
        for i, category in enumerate(renderer.categories()):
            renderer.updateCategoryLabel(i, t(labels.get(category.value(), NOT_RECORDED)))
    elif name == "crossings":
        style_layer(layer, "crossings")
        english = {v: k for k, v in legend_labels().items()}
        english[tr(CROSSING_DISC)] = CROSSING_DISC
        for rule in layer.renderer().rootRule().children():
            rule.setLabel(t(english.get(rule.label(), rule.label())))
    layer.triggerRepaint()
    return layer


class StyledOutputs:
    """Mixin for algorithms: ``style_inventory_output`` in processAlgorithm, the style stored
    in postProcessAlgorithm (after the sinks are closed)."""

    def style_inventory_output(self, context, dest_id, name):
        register(context, dest_id, name)
        self._inventory_outputs = getattr(self, "_inventory_outputs", []) + [(dest_id, name)]

    def postProcessAlgorithm(self, context, feedback):
        for dest_id, name in getattr(self, "_inventory_outputs", []):
            save_default(context, dest_id, name, feedback)
        self._inventory_outputs = []
        return super().postProcessAlgorithm(context, feedback)


class _PostProcessor(QgsProcessingLayerPostProcessorInterface):
    def __init__(self, name):
        super().__init__()
        self.name = name

    def postProcessLayer(self, layer, context, feedback):
        if layer is not None and layer.isValid():
            style_inventory_layer(layer, self.name)


def register(context, dest_id, name):
    """Style output ``dest_id`` when Processing loads it (toolbox runs)."""
    if dest_id and context.willLoadLayerOnCompletion(dest_id):
        processor = _PostProcessor(name)
        _POST_PROCESSORS[dest_id] = processor
        context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(processor)


def save_default(context, dest_id, name, feedback):
    """Store the style in the output GeoPackage as its default (or on a memory layer)."""
    path, layer_name = file_source(dest_id)
    if path is None:
        layer = QgsProcessingUtils.mapLayerFromString(str(dest_id), context) if dest_id else None
        if layer is not None:
            style_inventory_layer(layer, name)
        return
    if not path.lower().endswith(".gpkg"):
        return
    uri = f"{path}|layername={layer_name}" if layer_name else path
    layer = QgsVectorLayer(uri, layer_name or name, "ogr")
    error = (
        store_style(style_inventory_layer(layer, name), layer.name(), f"nuudel:{name}", True)
        if layer.isValid()
        else tr("the output could not be opened")
    )
    if error:
        feedback.pushWarning(
            tr("Could not save the map style with {path}: {error}").format(path=path, error=error)
        )
