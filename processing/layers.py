"""Reading Processing sources into numpy/shapely for the analysis core, and CRS helpers.

The core works on arrays; this module is the one place that walks QGIS features. It keeps every
input feature (a null or empty geometry becomes None, never a dropped row) so outputs can
account for all of them.
"""

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import shapely
from osgeo import ogr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDataSourceUri,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingException,
    QgsProject,
    QgsProviderRegistry,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from .compat import null_rectangle
from .core import geodesy
from .feedback import check_cancel
from .i18n import tr

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


@dataclass
class FeatureTable:
    """Features of one source: ids, shapely geometries (None when null/empty), raw attributes."""

    fids: np.ndarray
    geoms: np.ndarray
    attrs: dict = field(default_factory=dict)
    repaired: int = 0
    source_crs: QgsCoordinateReferenceSystem = None
    crs: QgsCoordinateReferenceSystem = None

    def __len__(self):
        return len(self.fids)

    @property
    def missing_geometry(self) -> np.ndarray:
        """True where the feature has no usable geometry."""
        return np.array([g is None for g in self.geoms], dtype=bool)


def _plain(value):
    """QGIS NULL (a null QVariant) -> None; everything else unchanged."""
    return None if isinstance(value, QVariant) else value


def _simple_geometry(geom: QgsGeometry, fix_type: bool):
    """WKB of ``geom`` without curves, Z or M (shapely/GEOS 3.11 take neither M nor curves)."""
    if geom.isNull() or geom.isEmpty():
        return None
    if fix_type:
        abstract = geom.constGet()
        if QgsWkbTypes.isCurvedType(abstract.wkbType()):  # 1 degree of arc per segment
            abstract = abstract.segmentize()
        else:
            abstract = abstract.clone()
        abstract.dropZValue()
        abstract.dropMValue()
        geom = QgsGeometry(abstract)
    return bytes(geom.asWkb())


def check_fields(source, names, layer_label):
    """Raise a clear error when a mapped field is missing from ``source``."""
    present = source.fields().names()
    for name in names:
        if name and name not in present:
            raise QgsProcessingException(
                tr(
                    "Layer '{layer}' has no field '{field}'. Its fields are: {fields}. "
                    "Choose the right field in the parameters."
                ).format(layer=layer_label, field=name, fields=", ".join(present) or tr("(none)"))
            )


def read_table(
    source, field_names, context, feedback=None, crs=None, repair=True, layer_label=None
) -> FeatureTable:
    """Read every feature of ``source``: geometries (in ``crs``, default the source's) + fields.

    Invalid polygon geometries are repaired with make_valid when ``repair`` is set and counted in
    ``repaired``. Feedback progress runs from 0 to 100 % (give the feedback of one step of a
    QgsProcessingMultiStepFeedback); cancelling stops the read and raises.
    """
    names = [n for n in field_names if n]
    check_fields(source, names, layer_label or source.sourceName())
    indices = [source.fields().lookupField(n) for n in names]
    request = QgsFeatureRequest().setSubsetOfAttributes(indices)
    target = crs if crs is not None and crs.isValid() else source.sourceCrs()
    wkb_type = source.wkbType()
    # curves may come from a layer of a curved or of a generic type
    curved = QgsWkbTypes.isCurvedType(wkb_type) or QgsWkbTypes.flatType(wkb_type) in (
        QgsWkbTypes.Unknown,
        QgsWkbTypes.GeometryCollection,
    )
    fix_type = QgsWkbTypes.hasZ(wkb_type) or QgsWkbTypes.hasM(wkb_type) or curved
    # A transform moves only the control points of an arc, which bends it into another curve:
    # curves are segmentized in their own CRS first and transformed afterwards.
    late_transform = curved and target != source.sourceCrs()
    if target != source.sourceCrs() and not late_transform:
        request.setDestinationCrs(target, context.transformContext())
    total = max(source.featureCount(), 1)
    fast = _read_ogr_fast(source, names, context, feedback, target, fix_type)
    if fast is not None:
        return _finish_table(*fast, names, source, target, wkb_type, repair, feedback)
    fids, wkbs, columns = [], [], [[] for _ in names]
    for i, feat in enumerate(source.getFeatures(request)):
        if i % 2000 == 0 and feedback is not None:
            check_cancel(feedback)
            feedback.setProgress(100.0 * i / total)
        fids.append(feat.id())
        wkbs.append(_simple_geometry(feat.geometry(), fix_type))
        attrs = feat.attributes()
        for col, idx in zip(columns, indices):
            col.append(attrs[idx])
    _require_complete(source, len(fids), context, layer_label)
    geoms = shapely.from_wkb(np.array(wkbs, dtype=object))
    if late_transform:
        geoms = transform_geoms(geoms, source.sourceCrs(), target, context)
    columns = [[_plain(v) for v in col] for col in columns]
    return _finish_table(fids, geoms, columns, names, source, target, wkb_type, repair, feedback)


def _require_complete(source, read, context, layer_label):
    """Fewer features than the layer says it has, with no invalid-geometry filter to explain
    it: another program is writing the layer (or the read hit its lock). Never go on with part
    of a layer."""
    expected = source.featureCount()
    if expected < 0 or read >= expected:
        return
    if context.invalidGeometryCheck() != QgsFeatureRequest.GeometryNoCheck:
        return  # the user's "skip invalid features" setting (Processing options) dropped them
    raise QgsProcessingException(
        tr(
            "Layer '{layer}' gave {read} of its {count} features: it is being written by another "
            "program (or was changed during the read). Try again when the other program has "
            "finished."
        ).format(layer=layer_label or source.sourceName(), read=read, count=expected)
    )


def _finish_table(fids, geoms, columns, names, source, target, wkb_type, repair, feedback):
    """Common end of both read paths: empties -> None, polygon repair, the FeatureTable."""
    geoms = np.asarray(geoms, dtype=object).reshape(-1)
    if len(geoms):
        geoms[shapely.is_empty(geoms)] = None  # is_empty(None) is False
    label = source.sourceName()
    _drop_non_finite(geoms, feedback, label)
    _collections_to_parts(geoms, wkb_type, feedback, label)
    _warn_bad_text(columns, names, feedback, label)
    repaired = 0
    if repair and len(geoms):
        present = np.array([g is not None for g in geoms], dtype=bool)
        invalid = np.zeros(len(geoms), dtype=bool)
        invalid[present] = ~shapely.is_valid(geoms[present])
        polygonal = QgsWkbTypes.geometryType(wkb_type) == QgsWkbTypes.PolygonGeometry
        if invalid.any() and polygonal:
            fixed = shapely.make_valid(geoms[invalid])
            # keep only the polygonal part of a repaired polygon
            fixed = np.array([_polygonal(g) for g in fixed], dtype=object)
            geoms[invalid] = fixed
            repaired = int(invalid.sum())
    table = FeatureTable(
        fids=np.array(fids, dtype=np.int64),
        geoms=geoms,
        attrs=dict(zip(names, columns)),
        repaired=repaired,
        source_crs=source.sourceCrs(),
        crs=target,
    )
    if feedback is not None:
        feedback.setProgress(100.0)
    return table


def _drop_non_finite(geoms, feedback, label):
    """Geometries with a NaN or infinite coordinate become None (no geometry, so the algorithm
    keeps the feature as unknown or unmatched with its reason), counted in a warning."""
    present = np.flatnonzero(np.array([g is not None for g in geoms], dtype=bool))
    if not len(present):
        return
    coords, index = shapely.get_coordinates(geoms[present], return_index=True)
    bad = np.unique(index[~np.isfinite(coords).all(axis=1)])
    if len(bad):
        geoms[present[bad]] = None
        if feedback is not None:
            feedback.pushWarning(
                tr(
                    "{count} features of layer '{layer}' have a NaN or infinite coordinate; they "
                    "are kept without geometry (unknown, length 0). Fix their vertices to judge "
                    "them."
                ).format(count=len(bad), layer=label)
            )


_KEEP_PARTS = {  # geometry type of the layer -> shapely type ids kept from a collection, multi id
    QgsWkbTypes.PointGeometry: ((0, 4), 4),
    QgsWkbTypes.LineGeometry: ((1, 2, 5), 5),
    QgsWkbTypes.PolygonGeometry: ((3, 6), 6),
}


def _collections_to_parts(geoms, wkb_type, feedback, label):
    """A geometry collection in a point, line or polygon layer keeps the parts of the layer's
    own kind (a study area's polygons, say); what else it held is left out and counted."""
    present = np.flatnonzero(np.array([g is not None for g in geoms], dtype=bool))
    if not len(present):
        return
    collections = present[shapely.get_type_id(geoms[present]) == 7]
    keep = _KEEP_PARTS.get(QgsWkbTypes.geometryType(wkb_type))
    if not len(collections) or keep is None:
        return
    kinds, multi = keep
    dropped = 0
    for i in collections.tolist():
        parts = shapely.get_parts(shapely.get_parts(geoms[i]))  # nested collections too
        ours = parts[np.isin(shapely.get_type_id(parts), kinds)]
        dropped += len(parts) - len(ours)
        ours = shapely.get_parts(ours)
        if not len(ours):
            geoms[i] = None
        elif multi == 6:
            geoms[i] = shapely.multipolygons(ours)
        elif multi == 5:
            geoms[i] = shapely.multilinestrings(ours)
        else:
            geoms[i] = shapely.multipoints(ours)
    if feedback is not None:
        feedback.pushWarning(
            tr(
                "{count} features of layer '{layer}' are geometry collections: their parts of the "
                "layer's own kind are used and {dropped} other parts (points, lines or polygons of "
                "another kind) are left out."
            ).format(count=len(collections), layer=label, dropped=dropped)
        )


def _warn_bad_text(columns, names, feedback, label):
    """Say which text fields held bytes that are not UTF-8 (read as the replacement mark)."""
    if feedback is None:
        return
    for name, column in zip(names, columns):
        count = sum(1 for v in column if isinstance(v, str) and "\ufffd" in v)
        if count:
            feedback.pushWarning(
                tr(
                    "{count} values of field '{field}' in layer '{layer}' contain bytes that are "
                    "not UTF-8 text; they were read with the mark {mark} (a code with it is "
                    "unknown). Re-save the layer as UTF-8 to keep them as typed."
                ).format(count=count, field=name, layer=label, mark="\ufffd")
            )


# -- fast path: GeoPackage / shapefile read with OGR's columnar (Arrow) reader -----------------
_FAST_DRIVERS = ("GPKG", "ESRI Shapefile")


def ogr_file_layer(source, context):
    """The one OGR-file layer behind ``source`` whose features are exactly the source's, else None.

    A Processing source does not expose its layer, so look for the layer Processing loaded (or
    the project holds) with the same name, fields, CRS, geometry type and feature count, and no
    subset filter. Anything ambiguous returns None (the QGIS path is always correct).
    """
    stores = [context.temporaryLayerStore()]
    project = context.project() or QgsProject.instance()
    if project is not None:
        stores.append(project.layerStore())
    names = source.fields().names()
    found = {}
    for store in stores:
        for layer in store.mapLayers().values():
            if (
                isinstance(layer, QgsVectorLayer)
                and layer.providerType() == "ogr"
                and layer.name() == source.sourceName()
                and not layer.subsetString()
                and layer.fields().names() == names
                and layer.crs() == source.sourceCrs()
                and layer.wkbType() == source.wkbType()
                and layer.featureCount() == source.featureCount()
            ):
                found[layer.source()] = layer
    return next(iter(found.values())) if len(found) == 1 else None


def _ogr_source(source, context):
    """(data source, layer) of the plain GeoPackage/shapefile layer behind ``source``, else
    None. The data source is returned too: the layer must not outlive it."""
    layer = ogr_file_layer(source, context)
    if layer is None:
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    if parts.get("subset") or not parts.get("path"):
        return None
    try:
        ds = ogr.Open(parts["path"], 0)
    except RuntimeError:
        return None
    if ds is None or ds.GetDriver().GetName() not in _FAST_DRIVERS:
        return None
    if parts.get("layerName"):
        ogr_layer = ds.GetLayerByName(parts["layerName"])
    else:
        ogr_layer = ds.GetLayer(parts.get("layerId") or 0)
    if (
        ogr_layer is None
        or not hasattr(ogr_layer, "GetArrowStreamAsNumPy")
        or ogr_layer.GetFeatureCount() != source.featureCount()
    ):
        return None
    return ds, ogr_layer


def _plain_fields(ogr_layer, names):
    """Every field name of ``ogr_layer`` when ``names`` are all integer, real or text fields
    (no subtype), else None."""
    defn = ogr_layer.GetLayerDefn()
    plain = {ogr.OFTInteger, ogr.OFTInteger64, ogr.OFTReal, ogr.OFTString}
    fields = {}
    for i in range(defn.GetFieldCount()):
        f = defn.GetFieldDefn(i)
        fields[f.GetName()] = f.GetType() in plain and f.GetSubType() == ogr.OFSTNone
    if any(not fields.get(n, False) for n in names):
        return None
    return list(fields)


def _arrow_read(ogr_layer, names, all_fields, feedback):
    """(fids, wkb arrays, columns) of every feature through OGR's Arrow reader, or None."""
    ogr_layer.SetIgnoredFields([n for n in all_fields if n not in names])
    fid_col = ogr_layer.GetFIDColumn() or "OGC_FID"
    geom_col = ogr_layer.GetGeometryColumn() or "wkb_geometry"
    fids, wkbs, columns = [], [], [[] for _ in names]
    try:
        stream = ogr_layer.GetArrowStreamAsNumPy(
            options=["USE_MASKED_ARRAYS=YES", "INCLUDE_FID=YES"]
        )
        for batch in stream:
            check_cancel(feedback)
            fids.append(np.asarray(batch[fid_col], dtype=np.int64))
            wkbs.append(_wkb_column(batch[geom_col]))
            for col, name in zip(columns, names):
                col.extend(_value_column(batch[name]))
    except (RuntimeError, KeyError):
        return None
    finally:
        ogr_layer.SetIgnoredFields([])
    return fids, wkbs, columns


def _read_ogr_fast(source, names, context, feedback, target, fix_type):
    """(fids, geoms, columns) read straight from the file with OGR, or None to use QGIS.

    Only for plain GeoPackage/shapefile layers, 2D linear geometries and integer, real or text
    fields; a CRS change goes through QGIS's own transform (transform_geoms). Returns exactly the
    values the QGIS path would (None for NULL), or None whenever it cannot be sure.
    """
    opened = None if fix_type else _ogr_source(source, context)
    all_fields = _plain_fields(opened[1], names) if opened is not None else None
    read = _arrow_read(opened[1], names, all_fields, feedback) if all_fields is not None else None
    if read is None:
        return None
    fids, wkbs, columns = read
    fids = np.concatenate(fids) if fids else np.empty(0, dtype=np.int64)
    if len(fids) != source.featureCount():
        return None
    geoms = shapely.from_wkb(np.concatenate(wkbs)) if wkbs else np.empty(0, dtype=object)
    # The context's invalid-geometry filter (skip or abort) acts only on invalid geometries:
    # when there are none it changes nothing, otherwise leave them to the QGIS path.
    checked = context.invalidGeometryCheck() != QgsFeatureRequest.GeometryNoCheck
    if checked and not _all_valid(geoms):
        return None
    if target != source.sourceCrs() and len(geoms):
        geoms = transform_geoms(geoms, source.sourceCrs(), target, context)
        if checked and not _all_valid(geoms):
            return None
    return fids, geoms, columns


def _all_valid(geoms) -> bool:
    present = np.array([g is not None for g in geoms], dtype=bool)
    return bool(shapely.is_valid(geoms[present]).all()) if present.any() else True


def _wkb_column(values) -> np.ndarray:
    """An Arrow geometry column as an object array of WKB bytes (None where null)."""
    mask = np.ma.getmaskarray(values)
    data = np.ma.getdata(values)
    if data.dtype.kind == "V":  # every WKB the same length: a fixed-size binary column
        out = np.array([v.tobytes() for v in data], dtype=object)
    else:
        out = np.array(data, dtype=object)
    out[mask] = None
    return out


def _value_column(values) -> list:
    """An Arrow attribute column as the Python values QGIS gives (None for NULL, str for text)."""
    out = np.ma.masked_array(values).tolist()
    if np.ma.getdata(values).dtype.kind == "S":  # bytes that are not UTF-8: the mark U+FFFD
        out = [None if v is None else v.decode("utf-8", "replace") for v in out]
    return out


def _polygonal(geom):
    if geom is None or geom.is_empty:
        return None
    if geom.geom_type in ("Polygon", "MultiPolygon"):
        return geom
    polys = [g for g in shapely.get_parts(geom) if g.geom_type in ("Polygon", "MultiPolygon")]
    return shapely.union_all(polys) if polys else None


# GeoPackage's reserved srs_id 0 and -1 (what OGR writes for data without a CRS) read as these
UNDEFINED_CRS_NAMES = ("undefined geographic srs", "undefined cartesian srs")


def crs_is_defined(crs) -> bool:
    """False for a missing CRS, GeoPackage's 'Undefined ... SRS' and local (engineering) CRSs:
    none of them can be transformed to the Earth, so no true metres can be measured."""
    if crs is None or not crs.isValid():
        return False
    if crs.description().strip().lower() in UNDEFINED_CRS_NAMES:
        return False
    wkt = crs.toWkt().lstrip().upper()
    return not wkt.startswith(("LOCAL_CS", "ENGCRS", "ENGINEERINGCRS"))


def require_crs(source, layer_label):
    """Raise a clear error when ``source`` has no usable CRS."""
    crs = source.sourceCrs()
    if (
        not crs_is_defined(crs)
        and QgsWkbTypes.flatType(source.wkbType()) == QgsWkbTypes.GeometryCollection
    ):
        raise QgsProcessingException(
            tr(
                "Layer '{layer}' is a geometry-collection layer, which QGIS reads without its "
                "coordinate reference system. Load its polygons, lines or points as a layer of that "
                "type (add '|geometrytype=Polygon' to its source, or save it with that geometry "
                "type) and run again."
            ).format(layer=layer_label)
        )
    if not crs_is_defined(crs):
        raise QgsProcessingException(
            tr(
                "Layer '{layer}' has no coordinate reference system (CRS). Set its CRS in the "
                "layer properties (for example EPSG:4326 for degrees, or the UTM zone of your "
                "data) and run again."
            ).format(layer=layer_label)
        )
    if crs.isGeographic():
        _require_degrees(source.sourceExtent(), crs, layer_label)
    return crs


def _require_degrees(extent, crs, layer_label):
    """Metres labelled as degrees (UTM coordinates in a layer said to be EPSG:4326) would give
    wildly wrong lengths and areas: raise instead. Longitudes up to 360 are accepted."""
    if extent is None or extent.isNull() or not extent.isFinite():
        return
    x = max(abs(extent.xMinimum()), abs(extent.xMaximum()))
    y = max(abs(extent.yMinimum()), abs(extent.yMaximum()))
    if extent.xMinimum() < -180.0 or extent.xMaximum() > 360.0 or y > 90.0:
        raise QgsProcessingException(
            tr(
                "Layer '{layer}' has coordinates up to {x}, {y}, which are not degrees, but its "
                "CRS {crs} is in degrees. Set the CRS the coordinates are in (for example the UTM "
                "zone of your data) in the layer properties and run again."
            ).format(
                layer=layer_label, x=f"{x:.0f}", y=f"{y:.0f}", crs=crs.authid() or crs.description()
            )
        )


def local_metric_crs(extent, crs, context) -> QgsCoordinateReferenceSystem:
    """A transverse Mercator CRS (WGS84, scale 1) centred on ``extent`` (given in ``crs``).

    Distances in it are true metres near the data; use it for buffers and planar geometry.
    """
    centre = QgsGeometry.fromPointXY(extent.center())
    if crs != WGS84:
        centre.transform(QgsCoordinateTransform(crs, WGS84, context.transformContext()))
    lon = centre.asPoint().x()
    lat = centre.asPoint().y()
    if not (-180 <= lon <= 180 and -90 <= lat <= 90):
        lon, lat = 0.0, 0.0
    return meridian_frame(lon)


SCALE_STEP_M = 100.0  # frame step whose true length gives the point scale of the frame


def scale_at(xy, crs, context) -> np.ndarray:
    """Point scale factor of the metric ``crs`` at (n, 2) frame coordinates: frame metres per
    true metre, so that a true distance d is d * scale in the frame (1 where unknown).

    Measured, not modelled: a SCALE_STEP_M step north of each point is taken to lon/lat and
    measured on the ellipsoid (a conformal frame such as transverse Mercator has one scale
    in every direction at a point).
    """
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    if not len(xy):
        return np.ones(0)
    both = transform_coords(np.vstack([xy, xy + [0.0, SCALE_STEP_M]]), crs, WGS84, context)
    a, z = both[: len(xy)], both[len(xy) :]
    true = geodesy.segment_lengths(a[:, 0], a[:, 1], z[:, 0], z[:, 1])
    with np.errstate(invalid="ignore", divide="ignore"):
        scale = SCALE_STEP_M / true
    return np.where(np.isfinite(scale) & (scale > 0), scale, 1.0)


def frame_scale(geoms, crs, context, spread=False):
    """The scale of ``crs`` (see :func:`scale_at`) at each geometry's box centre (1 where no
    geometry); with ``spread``, also the largest relative change of the scale from the centre
    to the box's corners (0 for a point), which says how far one scale holds for it."""
    geoms = np.asarray(geoms, dtype=object)
    out, change = np.ones(len(geoms)), np.zeros(len(geoms))
    present = np.flatnonzero(~shapely.is_missing(geoms))
    if len(present):
        b = shapely.bounds(geoms[present])
        centre = np.column_stack([(b[:, 0] + b[:, 2]) / 2, (b[:, 1] + b[:, 3]) / 2])
        out[present] = scale_at(centre, crs, context)
        wide = np.flatnonzero((b[:, 2] > b[:, 0]) | (b[:, 3] > b[:, 1])) if spread else []
        if len(wide):
            bw = b[wide]
            corners = np.vstack([bw[:, [0, 1]], bw[:, [2, 1]], bw[:, [0, 3]], bw[:, [2, 3]]])
            k = scale_at(corners, crs, context).reshape(4, -1)
            change[present[wide]] = np.abs(k / out[present[wide]] - 1).max(axis=0)
    return (out, change) if spread else out


def meridian_frame(lon) -> QgsCoordinateReferenceSystem:
    """A transverse Mercator CRS (WGS84, scale 1) on the meridian ``lon``."""
    return QgsCoordinateReferenceSystem.fromProj(
        f"+proj=tmerc +lat_0=0 +lon_0={lon:.6f} +k=1 +x_0=0 +y_0=0 +datum=WGS84 +units=m +no_defs"
    )


def combined_extent(sources, crs, context):
    """Union of the extents of ``sources`` (each in its own CRS) expressed in ``crs``."""
    out = null_rectangle()
    for source in sources:
        if source is None:
            continue
        ext = source.sourceExtent()
        if (
            ext.isNull()
            or ext.isEmpty()
            and ext.width() == 0
            and ext.height() == 0
            and source.featureCount() == 0
        ):
            continue
        if source.sourceCrs() != crs and source.sourceCrs().isValid():
            ext = QgsCoordinateTransform(
                source.sourceCrs(), crs, context.transformContext()
            ).transformBoundingBox(ext)
        out.combineExtentWith(ext)
    return out


def to_qgs(geom) -> QgsGeometry:
    """A shapely geometry as QgsGeometry (None -> null geometry)."""
    if geom is None:
        return QgsGeometry()
    out = QgsGeometry()
    out.fromWkb(shapely.to_wkb(geom))
    return out


def first_points(geoms) -> np.ndarray:
    """Points (2D) for an array of point geometries: a multipoint by its first point; None
    (no geometry) stays None."""
    points = np.asarray(geoms, dtype=object).copy()
    present = np.array([g is not None for g in points], dtype=bool)
    if present.any():
        pts = shapely.force_2d(points[present].astype(object))
        multi = shapely.get_type_id(pts) != 0
        if multi.any():
            pts[multi] = shapely.get_geometry(pts[multi], 0)
        points[present] = pts
    return points


def segmentize_lines(geoms, step) -> np.ndarray:
    """2D lines (None kept) densified to vertices at most ``step`` apart.

    Parts of zero length (all points equal) are dropped, since GEOS cannot densify them; a
    geometry with no other part becomes None.
    """
    out = np.asarray(geoms, dtype=object).copy()
    present = np.flatnonzero([g is not None for g in out])
    if len(present) == 0:
        return out
    flat = shapely.force_2d(out[present].astype(object))
    parts, owner = shapely.get_parts(flat, return_index=True)
    short = shapely.length(parts) <= 0
    for i in np.unique(owner[short]):  # rare: rebuild those geometries without them
        rest = parts[(owner == i) & ~short]
        flat[i] = shapely.multilinestrings(rest) if len(rest) else None
    ok = np.array([g is not None for g in flat], dtype=bool)
    flat[ok] = shapely.segmentize(flat[ok], step)
    out[present] = flat
    return out


def transform_geoms(geoms, src_crs, dst_crs, context) -> np.ndarray:
    """Shapely geometries (None kept) from ``src_crs`` to ``dst_crs``, all vertices in one call.

    The vertices of every geometry go through QGIS's transform as one line string, so the cost is
    one C++ call, not one per feature; the structure of each geometry is unchanged.
    """
    geoms = np.asarray(geoms, dtype=object)
    if src_crs == dst_crs or len(geoms) == 0:
        return geoms
    present = np.array([g is not None for g in geoms], dtype=bool)
    coords = shapely.get_coordinates(geoms[present]) if present.any() else np.empty((0, 2))
    if len(coords) == 0:
        return geoms
    moved = transform_coords(coords, src_crs, dst_crs, context)
    out = geoms.copy()
    out[present] = shapely.transform(geoms[present], lambda _xy: moved)
    return out


def transform_coords(coords, src_crs, dst_crs, context) -> np.ndarray:
    """An (n, 2) array of coordinates from ``src_crs`` to ``dst_crs`` in one QGIS call.

    The coordinates travel as the WKB of one 2D line string, written and read straight from
    the array (little-endian header: byte order 1, type 2, point count; then x, y doubles).
    """
    coords = np.asarray(coords, dtype=float).reshape(-1, 2)
    if src_crs == dst_crs or len(coords) == 0:
        return coords
    padded = coords if len(coords) > 1 else np.vstack([coords, coords])
    header = np.array([2, len(padded)], dtype="<u4").tobytes()
    line = QgsGeometry()
    line.fromWkb(b"\x01" + header + np.ascontiguousarray(padded, dtype="<f8").tobytes())
    line.transform(QgsCoordinateTransform(src_crs, dst_crs, context.transformContext()))
    wkb = bytes(line.asWkb())
    if wkb[:9] == b"\x01" + header and len(wkb) == 9 + 16 * len(padded):
        return np.frombuffer(wkb, dtype="<f8", offset=9).reshape(-1, 2)[: len(coords)].copy()
    return shapely.get_coordinates(shapely.from_wkb(wkb))[: len(coords)]


def file_source(dest_id):
    """(path, layer name or None) of a file output, or (None, None) when it is not a file."""
    text = str(dest_id or "")
    if text.startswith("ogr:"):
        text = text[4:]
    if "dbname=" in text:
        uri = QgsDataSourceUri(text)
        path, layer_name = uri.database(), uri.table() or None
    else:
        parts = QgsProviderRegistry.instance().decodeUri("ogr", text)
        path, layer_name = parts.get("path") or text, parts.get("layerName") or None
    if not path or not Path(path).is_file():
        return None, None
    return path, layer_name


def layer_label(layer, fallback):
    """The name a planner knows a layer by: its GeoPackage (or other) layer name, else the
    layer's name, else ``fallback`` (a file name alone would not tell two layers apart)."""
    if layer is None:
        return fallback
    try:
        parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    except Exception:
        parts = {}
    return parts.get("layerName") or layer.name() or fallback


def source_label(alg, parameters, name, context, source):
    """layer_label() of the feature-source parameter ``name`` (``source`` already read)."""
    fallback = (source.sourceName() if source is not None else "") or name
    return layer_label(alg.parameterAsVectorLayer(parameters, name, context), fallback)
