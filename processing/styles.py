"""Styles for Nuudel outputs: applied when a layer loads and saved into output GeoPackages.

API used by the algorithms (through NuudelAlgorithm.style_output):
    register_style(context, dest_id, style_key)  # in processAlgorithm, once the sink exists
    save_default_style(context, dest_id, style_key, feedback)  # in postProcessAlgorithm
and by the workshop loader, the demo and the tests:
    apply_style(layer, style_key)            # style a layer (legend in the active language)
    species_style(layer, code, style_key)     # the same style for one species' field
``style_key`` names styles/<style_key>.qml (fence_verdict, crossings, gaps, proposed, zones,
cost, conflicts, behaviour_events, barrier_index). The QML files are generated from
styles/palette.json by scripts/build_styles.py; their legend labels are English and are
translated here, when a style is applied, through tr() (the literals are in
:func:`legend_labels`, so pylupdate5 collects them).
The fields and values each style expects are listed in STYLES and in styles/README.md.
"""

import time
from pathlib import Path

from osgeo import ogr
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsMapLayerStyle,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingUtils,
    QgsProperty,
    QgsProviderRegistry,
    QgsRasterLayer,
    QgsRuleBasedRenderer,
    QgsSingleBandPseudoColorRenderer,
    QgsSymbolLayer,
    QgsVectorLayer,
)
from qgis.PyQt.QtXml import QDomDocument

from . import layers
from .compat import sld_document
from .core.profile import SPECIES_CODES
from .i18n import tr
from .labels import legend_labels, species_names
from .paths import STYLES_DIR

# What each style reads: geometry, the fields it uses (name -> python type) and the values it
# gives a legend entry of its own. Algorithms must write exactly these names and values.
STYLES = {
    "fence_verdict": {
        "geometry": "LineString",
        "fields": {"verdict": str, **{f"v_{c}": str for c in SPECIES_CODES}},
        "values": {"verdict": ("permeable", "conditional", "barrier", "unknown")},
    },
    "crossings": {
        "geometry": "Point",
        "fields": {
            "matched": str,
            "suitability": str,
            "crossing_type": str,
            **{f"s_{c}": str for c in SPECIES_CODES},
        },
        "values": {
            "matched": ("yes", "no"),
            "suitability": ("suitable", "unsuitable", "unknown", "unmatched"),
            "crossing_type": ("underpass", "overpass", "bridge", "culvert", "level", "opening"),
        },
    },
    "gaps": {
        "geometry": "LineString",
        "fields": {"route": str, "species": str, "status": str, "excess_m": float},
        "values": {"status": ("ok", "too_long")},
    },
    "proposed": {
        "geometry": "Point",
        "fields": {"route": str, "species": str, "chainage_km": float, "gap_id": int},
        "values": {},
    },
    "topology": {
        "geometry": "Point",
        "fields": {"status": str, "kind": str, "distance_m": float},
        "values": {"status": ("join", "near_miss")},
    },
    "zones": {
        "geometry": "Polygon",
        "fields": {"zone": str, "sources": str, "area_km2": float},
        "values": {"zone": ("nogo", "caution", "suitable")},
    },
    "conflicts": {
        "geometry": "LineString",
        "fields": {"zone": str, "length_m": float, "sources": str},
        "values": {"zone": ("nogo", "caution", "suitable")},
    },
    "behaviour_events": {
        "geometry": "Point",
        "fields": {"behaviour": str, "animal": str, "duration_h": float},
        "values": {
            "behaviour": (
                "bounce",
                "quick_cross",
                "back_and_forth",
                "trace",
                "trapped",
                "average_movement",
                "unknown",
            )
        },
    },
    "barrier_index": {
        "geometry": "LineString",
        "fields": {"index": float, "encounters": int},
        "values": {},
    },
    "cost": {"geometry": "raster", "fields": {}, "values": {}},
    "traffic": {
        "geometry": "LineString",
        "fields": {"band": str, "aadt_target": float},
        "values": {"band": ("low", "moderate", "high", "very_high", "unknown")},
    },
    "landscape_units": {
        "geometry": "Polygon",
        "fields": {
            "meff_min": float,
            "area_km2": float,
            **{f"meff_{c}": float for c in SPECIES_CODES},
        },
        "values": {},
    },
    "meshes": {
        "geometry": "Polygon",
        "fields": {"species": str, "mesh": int, "area_km2": float},
        "values": {},
    },
    "mitigation_points": {
        "geometry": "Point",
        "fields": {"rank": int, "type": str, "gain_total": float},
        "values": {},
    },
    "mitigation_lines": {
        "geometry": "LineString",
        "fields": {"rank": int, "type": str, "gain_total": float},
        "values": {},
    },
}
VECTOR_STYLES = tuple(k for k, v in STYLES.items() if v["geometry"] != "raster")
# Per-species variants: the field (or filter) a style swaps for one species.
SPECIES_FIELD = {
    "fence_verdict": ("verdict", "v_{code}"),
    "crossings": ("suitability", "s_{code}"),
    "landscape_units": ("meff_min", "meff_{code}"),
}
# Styles whose per-species variant keeps only the rows of that species (field ``species``).
SPECIES_ROWS = ("gaps", "proposed", "meshes")

# Post-processors must outlive the algorithm run (PyQGIS would garbage-collect them otherwise):
# one per style key, shared by every output of that style (they keep no other state).
# Post-processors Processing holds for outputs to be loaded, by output id: QGIS deletes one
# once it has run, so each output gets its own, and Python must keep it alive until then; the
# oldest are forgotten once there are many (their runs finished long ago).
_POST_PROCESSORS = {}
_KEEP_POST_PROCESSORS = 200


def style_file(style_key: str) -> Path:
    path = STYLES_DIR / f"{style_key}.qml"
    if style_key not in STYLES or not path.exists():
        raise KeyError(f"no Nuudel style {style_key!r}")
    return path


def sld_file(style_key: str) -> Path:
    return STYLES_DIR / "sld" / f"{style_key}.sld"


# -- applying ---------------------------------------------------------------------------------
def translate_labels(layer) -> None:
    """Set every legend label of ``layer``'s renderer to the active language."""
    labels = legend_labels()

    def translated(text):
        return labels.get(text, tr(text)) if text else text

    if isinstance(layer, QgsRasterLayer):
        renderer = layer.renderer()
        if isinstance(renderer, QgsSingleBandPseudoColorRenderer) and renderer.shader():
            ramp = renderer.shader().rasterShaderFunction()
            items = ramp.colorRampItemList()
            for item in items:
                item.label = translated(item.label)
            ramp.setColorRampItemList(items)
        return
    renderer = layer.renderer()
    if isinstance(renderer, QgsCategorizedSymbolRenderer):
        for index, category in enumerate(renderer.categories()):
            renderer.updateCategoryLabel(index, translated(category.label()))
    elif isinstance(renderer, QgsRuleBasedRenderer):
        stack = list(renderer.rootRule().children())
        while stack:
            rule = stack.pop()
            rule.setLabel(translated(rule.label()))
            stack.extend(rule.children())


def _load_qml(layer, style_key: str) -> None:
    # importNamedStyle, not loadNamedStyle: for a GeoPackage layer loadNamedStyle prefers the
    # default style already stored in the file over the QML it is given.
    document = QDomDocument()
    ok = document.setContent(style_file(style_key).read_bytes())[0]
    message = "" if ok else "not XML"
    if ok:
        ok, message = layer.importNamedStyle(document)
    if not ok:
        raise RuntimeError(f"style {style_key} did not load: {message}")


def _filter_aggregates(rule, only: str) -> None:
    """Restrict the aggregates of a rule and its symbol (``filter:=TRUE``: the proposed
    crossings' count per stretch) to one species."""
    rule.setFilterExpression(rule.filterExpression().replace("filter:=TRUE", f"filter:={only}"))
    for layer in rule.symbol().symbolLayers() if rule.symbol() else []:
        prop = layer.dataDefinedProperties().property(QgsSymbolLayer.PropertyCharacter)
        if prop and "filter:=TRUE" in prop.expressionString():
            expression = prop.expressionString().replace("filter:=TRUE", f"filter:={only}")
            layer.setDataDefinedProperty(
                QgsSymbolLayer.PropertyCharacter, QgsProperty.fromExpression(expression)
            )


def _species_variant(layer, style_key: str, code: str) -> None:
    """Turn the (freshly loaded) style of ``layer`` into its variant for species ``code``."""
    renderer = layer.renderer()
    if style_key in SPECIES_FIELD:
        old, new = SPECIES_FIELD[style_key]
        new = new.format(code=code)
        if isinstance(renderer, QgsCategorizedSymbolRenderer):
            renderer.setClassAttribute(new)
        else:
            for rule in renderer.rootRule().children():
                rule.setFilterExpression(rule.filterExpression().replace(f'"{old}"', f'"{new}"'))
    elif style_key in SPECIES_ROWS:
        for rule in renderer.rootRule().children():
            expr = rule.filterExpression()
            only = (
                f"\"species\" = '{code}'"
                if style_key == "gaps"
                else f"array_contains(string_to_array(\"species\", ','), '{code}')"
            )
            rule.setFilterExpression(f"{only} AND ({expr})" if expr else only)
            _filter_aggregates(rule, only)
    else:
        raise KeyError(f"style {style_key!r} has no per-species variant")


def species_style(layer, code: str, style_key: str = "fence_verdict"):
    """Style ``layer`` for one species: fence verdict by v_<code>, crossings by s_<code>,
    gaps and proposed crossings filtered to that species. Returns the layer."""
    if code not in SPECIES_CODES:
        raise KeyError(f"unknown species code {code!r}")
    _load_qml(layer, style_key)
    _species_variant(layer, style_key, code)
    translate_labels(layer)
    layer.triggerRepaint()
    return layer


def species_style_name(code: str) -> str:
    return tr("By species: {species}").format(species=species_names().get(code, code))


def layer_species(layer, style_key: str) -> list:
    """Species codes for which ``layer`` has a per-species view: a v_/s_<code> field (fences,
    crossings) or rows with that ``species`` (gaps, proposed crossings)."""
    if not isinstance(layer, QgsVectorLayer):
        return []
    names = layer.fields().names()
    if style_key in SPECIES_FIELD:
        pattern = SPECIES_FIELD[style_key][1]
        return [c for c in SPECIES_CODES if pattern.format(code=c) in names]
    if style_key in SPECIES_ROWS and "species" in names:
        # proposed crossings list the species they serve: "mgaz,ggaz,saiga"
        present = {c for v in layer.uniqueValues(names.index("species")) for c in str(v).split(",")}
        return [c for c in SPECIES_CODES if c in present]
    return []


def _add_species_styles(layer, style_key: str) -> None:
    """Offer one style per species of the layer in its style manager (Layers panel >
    Styles), keeping the overall style current."""
    codes = layer_species(layer, style_key)
    if not codes:
        return
    manager = layer.styleManager()
    current = manager.currentStyle()
    overall = QgsMapLayerStyle()
    overall.readFromLayer(layer)
    for code in codes:
        _species_variant(layer, style_key, code)
        translate_labels(layer)
        style = QgsMapLayerStyle()
        style.readFromLayer(layer)
        name = species_style_name(code)
        if name in manager.styles():
            manager.removeStyle(name)
        manager.addStyle(name, style)
        overall.writeToLayer(layer)
    if current in manager.styles():
        manager.setCurrentStyle(current)


def apply_style(layer, style_key: str, species_styles: bool = True):
    """Apply styles/<style_key>.qml to ``layer`` with legend labels in the active language.

    The per-species variants (fences, crossings, gaps, proposed crossings) are added to the
    layer's style manager (selectable in the Layers panel) unless ``species_styles`` is False.
    Returns the layer.
    """
    _load_qml(layer, style_key)
    translate_labels(layer)
    if species_styles:
        _add_species_styles(layer, style_key)
    layer.triggerRepaint()
    return layer


# -- in the toolbox: post-processor on the loaded layer -----------------------------------------
class StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Applies a Nuudel style to an output layer when Processing loads it into the project."""

    def __init__(self, style_key: str):
        super().__init__()
        self.style_key = style_key

    def postProcessLayer(self, layer, context, feedback):
        if layer is None or not layer.isValid():
            return
        try:
            apply_style(layer, self.style_key)
        except (KeyError, RuntimeError) as err:
            if feedback is not None:
                feedback.reportError(str(err))


def register_style(context, dest_id, style_key):
    """Style output ``dest_id`` when Processing loads it on completion (toolbox runs)."""
    style_file(style_key)  # fail early on a wrong key
    if not dest_id or not context.willLoadLayerOnCompletion(dest_id):
        return
    processor = StylePostProcessor(style_key)
    _POST_PROCESSORS[dest_id] = processor
    while len(_POST_PROCESSORS) > _KEEP_POST_PROCESSORS:
        del _POST_PROCESSORS[next(iter(_POST_PROCESSORS))]
    context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(processor)


# -- headless and in models: the style travels with the file ------------------------------------
def _remove_stored_styles(layer, names) -> None:
    """Delete this layer's stored styles that Nuudel wrote before or that bear one of ``names``.

    QGIS 3.22 asks "overwrite?" in a modal dialog when a style name exists (which blocks
    qgis_process and tests), so a re-run deletes its old styles first."""
    listed = layer.listStylesInDatabase()
    related, ids, styles, descriptions = listed[0], listed[1], listed[2], listed[3]
    for style_id, name, description in list(zip(ids, styles, descriptions))[: max(related, 0)]:
        if name in names or str(description or "").startswith("nuudel:"):
            layer.deleteStyleFromDatabase(style_id)


def store_style(layer, name: str, description: str, default: bool, normalise=None) -> str:
    """Store the layer's current style in its data source's layer_styles table: the QML, and
    as SLD what SLD can express; ``normalise`` (text -> text) is applied to both documents.
    Returns an error message ("" when stored).

    Not layer.saveStyleToDatabase: since QGIS 3.44 it leaves styleSLD empty when the SLD export
    reports anything it cannot convert (here the hatching of "unknown" fences and crossings),
    where earlier versions stored the rest of the SLD."""
    qml = QDomDocument()
    error = layer.exportNamedStyle(qml)
    if error:
        return error
    normalise = normalise or (lambda text: text)
    if not QgsProviderRegistry.instance().saveStyle(
        layer.providerType(),
        layer.source(),
        normalise(qml.toString()),
        normalise(sld_document(layer).toString()),
        name,
        description,
        "",
        default,
        "",
    ):
        return tr("the style {name} could not be stored").format(name=name)
    return ""


def _style_documents(layer):
    """The layer's current style as (QML, SLD) text, or raises RuntimeError."""
    qml = QDomDocument()
    error = layer.exportNamedStyle(qml)
    if error:
        raise RuntimeError(error)
    return qml.toString(), sld_document(layer).toString()


_STYLE_FIELDS = (
    ("f_table_catalog", 256), ("f_table_schema", 256), ("f_table_name", 256),
    ("f_geometry_column", 256), ("styleName", 30), ("styleQML", 0), ("styleSLD", 0),
)  # fmt: skip


def _styles_table(ds):
    """The GeoPackage's layer_styles table, created as QGIS creates it when missing."""
    table = ds.GetLayerByName("layer_styles")
    if table is not None:
        return table
    table = ds.CreateLayer("layer_styles", None, ogr.wkbNone, ["FID=id"])
    for name, width in _STYLE_FIELDS:
        definition = ogr.FieldDefn(name, ogr.OFTString)
        definition.SetWidth(width)
        table.CreateField(definition)
    flag = ogr.FieldDefn("useAsDefault", ogr.OFTInteger)
    flag.SetSubType(ogr.OFSTBoolean)
    table.CreateField(flag)
    table.CreateField(ogr.FieldDefn("description", ogr.OFTString))
    for name in ("owner", "ui"):
        definition = ogr.FieldDefn(name, ogr.OFTString)
        definition.SetWidth(30)
        table.CreateField(definition)
    stamp = ogr.FieldDefn("update_time", ogr.OFTDateTime)
    stamp.SetDefault("CURRENT_TIMESTAMP")
    table.CreateField(stamp)
    return table


def _write_styles(path, table_name, rows, names) -> str:
    """Replace this table's Nuudel styles (or those named ``names``) in layer_styles by
    ``rows`` (name, description, default, qml, sld), in one transaction through GDAL: much
    faster than one QgsProviderRegistry.saveStyle per style. Returns an error ("" if stored)."""
    ds = ogr.Open(str(path), 1)
    data = None
    if ds is not None:  # a path without a layer name is its first layer, as in QGIS
        data = ds.GetLayerByName(table_name) if table_name else ds.GetLayer(0)
    if data is None:
        return tr("the style {name} could not be stored").format(name=table_name or path)
    table_name = data.GetName()
    geometry_column = data.GetGeometryColumn()
    table = _styles_table(ds)
    stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    ds.StartTransaction()
    table.SetAttributeFilter(None)
    for old in list(table):
        if old.GetField("f_table_name") != table_name:
            continue
        description = str(old.GetField("description") or "")
        if old.GetField("styleName") in names or description.startswith("nuudel:"):
            table.DeleteFeature(old.GetFID())
        elif old.GetField("useAsDefault"):
            old.SetField("useAsDefault", 0)
            table.SetFeature(old)
    for name, description, default, qml, sld in rows:
        feature = ogr.Feature(table.GetLayerDefn())
        for key, value in (
            ("f_table_catalog", ""), ("f_table_schema", ""), ("f_table_name", table_name),
            ("f_geometry_column", geometry_column), ("styleName", name), ("styleQML", qml),
            ("styleSLD", sld), ("useAsDefault", int(default)), ("description", description),
            ("owner", ""), ("update_time", stamp),
        ):  # fmt: skip
            feature.SetField(key, value)
        table.CreateFeature(feature)
    ok = ds.CommitTransaction() == 0
    ds = None
    return "" if ok else tr("the style {name} could not be stored").format(name=table_name)


def _save_to_geopackage(layer, style_key: str, path, layer_name) -> str:
    """Write the style (and per-species variants) into the GeoPackage's layer_styles."""
    rows = []
    for code in layer_species(layer, style_key):
        species_style(layer, code, style_key)
        name = species_style_name(code)
        rows.append((name, f"nuudel:{style_key}:{code}", False, *_style_documents(layer)))
    apply_style(layer, style_key, species_styles=False)
    rows.append((layer.name(), f"nuudel:{style_key}", True, *_style_documents(layer)))
    names = {layer.name()} | {species_style_name(c) for c in SPECIES_CODES}
    return _write_styles(path, layer_name, rows, names)


def save_default_style(context, dest_id, style_key, feedback=None):
    """Store the style with output ``dest_id``: as the default style in a GeoPackage's
    layer_styles, as a .qml sidecar beside other files (GeoTIFF, shapefile), or on the layer
    itself for temporary (memory) outputs. Post-processors do not run in qgis_process or in
    models; this does."""
    style_file(style_key)
    path, layer_name = layers.file_source(dest_id)
    if path is None:
        layer = QgsProcessingUtils.mapLayerFromString(str(dest_id), context) if dest_id else None
        if layer is not None:
            apply_style(layer, style_key)
        return
    suffix = Path(path).suffix.lower()
    try:
        if STYLES[style_key]["geometry"] == "raster":
            layer = QgsRasterLayer(path, Path(path).stem, "gdal")
        else:
            uri = f"{path}|layername={layer_name}" if layer_name else path
            layer = QgsVectorLayer(uri, layer_name or Path(path).stem, "ogr")
        if not layer.isValid():
            raise RuntimeError(tr("the output could not be opened"))
        if suffix == ".gpkg" and isinstance(layer, QgsVectorLayer):
            error = _save_to_geopackage(layer, style_key, path, layer_name)
        else:
            apply_style(layer, style_key, species_styles=False)
            error, ok = layer.saveNamedStyle(str(Path(path).with_suffix(".qml")))
            error = "" if ok else error
        if error:
            raise RuntimeError(error)
    except (RuntimeError, KeyError) as err:
        if feedback is not None:
            feedback.pushWarning(
                tr("Could not save the map style with {path}: {error}").format(path=path, error=err)
            )
