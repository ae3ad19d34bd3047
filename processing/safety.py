"""Checks made before a run writes anything: no destination is an input, every number is finite.

Every Nuudel algorithm runs these in ``prepareAlgorithm`` (processing.run, the dialog, models and
qgis_process all pass through it), so a new algorithm is protected without a line of its own:

- no destination (vector, raster or file) is an input's file, or the same layer of it, after
  symlinks are resolved: writing there would empty or replace the input;
- a report destination ends in .html/.htm and a raster destination names a raster format;
- the folder of every file destination exists and is writable, checked before the work starts;
- every number parameter is finite (QGIS's range check lets NaN through).
"""

import math
import os
from pathlib import Path

from qgis.core import (
    QgsDataSourceUri,
    QgsMapLayer,
    QgsProcessing,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingParameterDistance,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMapLayer,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterVectorDestination,
    QgsProcessingParameterVectorLayer,
    QgsProcessingUtils,
    QgsProviderRegistry,
)

from . import output
from .feedback import fail
from .i18n import tr

HALF_EQUATOR_M = 20_037_508.34  # no distance on Earth is longer: a larger one is a typing slip
REPORT_SUFFIXES = (".html", ".htm")
RASTER_SUFFIXES = (".tif", ".tiff", ".gtiff", ".img", ".vrt", ".nc", ".asc", ".sdat", ".kea")
_LAYER_INPUTS = (
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterVectorLayer,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterMapLayer,
)
_LAYER_OUTPUTS = (
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterVectorDestination,
    QgsProcessingParameterRasterDestination,
)


def uri_location(text):
    """(resolved file path or None, layer name or None) of a layer source or destination text:
    a plain path, 'path|layername=x', "ogr:dbname='path' table=\"x\" (geom)", or memory:."""
    text = str(text or "").strip()
    if not text or text.startswith("memory:") or text == QgsProcessing.TEMPORARY_OUTPUT:
        return None, None
    provider = "ogr"
    for prefix in ("ogr:", "gdal:"):
        if text.startswith(prefix):
            provider, text = prefix[:-1], text[len(prefix) :]
    if "dbname=" in text:
        uri = QgsDataSourceUri(text)
        path, layer = uri.database(), uri.table() or None
    else:
        parts = QgsProviderRegistry.instance().decodeUri(provider, text)
        path = parts.get("path") or text.split("|")[0]
        layer = parts.get("layerName") or None
    if not path or "://" in path:
        return None, None
    return os.path.realpath(path), layer


def _layer_location(layer):
    if layer is None:
        return None, None
    provider = layer.providerType() if hasattr(layer, "providerType") else "ogr"
    if provider not in ("ogr", "gdal"):
        return None, None
    parts = QgsProviderRegistry.instance().decodeUri(provider, layer.source())
    path = parts.get("path")
    if not path:
        return None, None
    layer_name = parts.get("layerName") or None
    if layer_name is None and path.lower().endswith(".gpkg") and parts.get("layerId") is None:
        layer_name = layer.name() if provider == "ogr" and "|" not in layer.source() else None
    return os.path.realpath(path), layer_name


def input_locations(alg, parameters, context):
    """[(parameter name, path, layer name or None)] of every file-backed input."""
    found = []
    for definition in alg.parameterDefinitions():
        name = definition.name()
        if parameters.get(name) in (None, ""):
            continue
        if isinstance(definition, QgsProcessingParameterFile):
            path = alg.parameterAsFile(parameters, name, context)
            if path:
                found.append((name, os.path.realpath(path), None))
        elif isinstance(definition, _LAYER_INPUTS):
            layer = _input_layer(alg, parameters, name, context)
            path, layer_name = _layer_location(layer)
            if path:
                found.append((name, path, layer_name))
        elif isinstance(definition, QgsProcessingParameterMultipleLayers):
            for layer in alg.parameterAsLayerList(parameters, name, context) or []:
                path, layer_name = _layer_location(layer)
                if path:
                    found.append((name, path, layer_name))
    return found


def _input_layer(alg, parameters, name, context):
    """The map layer behind a layer input: a layer object, a source definition or a string."""
    value = parameters.get(name)
    if isinstance(value, QgsMapLayer):
        return value
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        text = value.source.staticValue()
    else:
        text = alg.parameterAsString(parameters, name, context)
    return QgsProcessingUtils.mapLayerFromString(str(text or ""), context)


def destination_locations(alg, parameters, context):
    """[(parameter name, kind, path, layer name or None)] of every file destination the run
    will write; kind is 'layer', 'raster' or 'file'."""
    found = []
    for definition in alg.destinationParameterDefinitions():
        name = definition.name()
        value = parameters.get(name)
        if value in (None, ""):
            continue
        if isinstance(definition, QgsProcessingParameterFileDestination):
            path = alg.parameterAsFileOutput(parameters, name, context)
            if path:
                found.append((name, "file", os.path.realpath(path), None))
        elif isinstance(definition, _LAYER_OUTPUTS):
            text = output.destination(parameters, name, context)
            if not text or text == QgsProcessing.TEMPORARY_OUTPUT:
                continue
            path, layer = uri_location(text)
            if path:
                kind = (
                    "raster"
                    if isinstance(definition, QgsProcessingParameterRasterDestination)
                    else "layer"
                )
                found.append((name, kind, path, layer))
    return found


def _same_layer(dest_layer, input_layer, path):
    """A destination with no layer name replaces the whole file; with one, only that layer
    (a GeoPackage holds many)."""
    if dest_layer is None or input_layer is None:
        return True
    if not path.lower().endswith((".gpkg", ".sqlite")):
        return True
    return dest_layer.lower() == input_layer.lower()


def check_destinations(alg, parameters, context):
    """Refuse a destination that is an input, a report that is not HTML, a raster destination
    without a raster extension, and a folder that cannot be written."""
    inputs = input_locations(alg, parameters, context)
    for name, kind, path, layer in destination_locations(alg, parameters, context):
        for in_name, in_path, in_layer in inputs:
            if path == in_path and (kind != "layer" or _same_layer(layer, in_layer, path)):
                fail(
                    tr(
                        "The output {output} would be written to the input {input} ({path}), "
                        "which would replace or empty it. Choose another file for {output}."
                    ),
                    output=name,
                    input=in_name,
                    path=path,
                )
        suffix = Path(path).suffix.lower()
        if kind == "file" and name == "REPORT" and suffix not in REPORT_SUFFIXES:
            fail(
                tr("The report {output} must be an HTML file (.html or .htm), not '{path}'."),
                output=name,
                path=path,
            )
        if kind == "raster" and suffix not in RASTER_SUFFIXES:
            fail(
                tr(
                    "The raster output {output} must name a raster file (for example .tif), "
                    "not '{path}'."
                ),
                output=name,
                path=path,
            )
        _check_writable(name, path)


def _check_writable(name, path):
    folder = Path(path).parent
    if not folder.is_dir():
        fail(
            tr("The folder of output {output} does not exist: {folder}"),
            output=name,
            folder=str(folder),
        )
    target = Path(path)
    writable = os.access(target, os.W_OK) if target.exists() else os.access(folder, os.W_OK)
    if not writable:
        fail(
            tr("Output {output} cannot be written (no permission): {path}"), output=name, path=path
        )


def check_numbers(alg, parameters, context):
    """Refuse NaN or infinite values of number and distance parameters."""
    for definition in alg.parameterDefinitions():
        if not isinstance(
            definition, (QgsProcessingParameterNumber, QgsProcessingParameterDistance)
        ):
            continue
        name = definition.name()
        if parameters.get(name) in (None, ""):
            continue
        value = alg.parameterAsDouble(parameters, name, context)
        raw = str(parameters.get(name)).strip().lower()
        if not math.isfinite(value) or raw in ("nan", "inf", "-inf", "+inf", "infinity"):
            fail(
                tr("{parameter} must be a finite number, not '{value}'."),
                parameter=name,
                value=parameters.get(name),
            )
        if isinstance(definition, QgsProcessingParameterDistance) and abs(value) > HALF_EQUATOR_M:
            fail(
                tr(
                    "{parameter} is {value} m, longer than any distance on Earth (half the "
                    "equator is 20,037.5 km). Give the distance in metres."
                ),
                parameter=name,
                value=value,
            )
