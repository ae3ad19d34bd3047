"""Reading Processing sources into numpy/shapely for the analysis core, and CRS helpers.

The core works on arrays; this module is the one place that walks QGIS features. It keeps every
input feature (a null or empty geometry becomes None, never a dropped row) so outputs can
account for all of them.
"""

from dataclasses import dataclass, field

import numpy as np
import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingException,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

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
        if QgsWkbTypes.isCurvedType(abstract.wkbType()):
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
                tr("Layer '{layer}' has no field '{field}'. Its fields are: {fields}. "
                   "Choose the right field in the parameters.").format(
                    layer=layer_label, field=name, fields=", ".join(present) or tr("(none)"))
            )


def read_table(source, field_names, context, feedback=None, crs=None, repair=True,
               progress=(0.0, 100.0), layer_label=None) -> FeatureTable:
    """Read every feature of ``source``: geometries (in ``crs``, default the source's) + fields.

    Invalid polygon geometries are repaired with make_valid when ``repair`` is set and counted in
    ``repaired``. Feedback progress runs from progress[0] to progress[1]; cancelling stops the
    read and raises.
    """
    names = [n for n in field_names if n]
    check_fields(source, names, layer_label or source.sourceName())
    indices = [source.fields().lookupField(n) for n in names]
    request = QgsFeatureRequest().setSubsetOfAttributes(indices)
    target = crs if crs is not None and crs.isValid() else source.sourceCrs()
    if target != source.sourceCrs():
        request.setDestinationCrs(target, context.transformContext())
    wkb_type = source.wkbType()
    fix_type = (QgsWkbTypes.hasZ(wkb_type) or QgsWkbTypes.hasM(wkb_type)
                or QgsWkbTypes.isCurvedType(wkb_type))
    total = max(source.featureCount(), 1)
    start, stop = progress
    fids, wkbs, columns = [], [], [[] for _ in names]
    for i, feat in enumerate(source.getFeatures(request)):
        if i % 2000 == 0 and feedback is not None:
            if feedback.isCanceled():
                raise QgsProcessingException(tr("Cancelled."))
            feedback.setProgress(start + (stop - start) * i / total)
        fids.append(feat.id())
        wkbs.append(_simple_geometry(feat.geometry(), fix_type))
        attrs = feat.attributes()
        for col, idx in zip(columns, indices):
            col.append(attrs[idx])
    geoms = shapely.from_wkb(np.array(wkbs, dtype=object))
    geoms = np.array([None if g is None or g.is_empty else g for g in geoms], dtype=object) \
        if len(geoms) else np.empty(0, dtype=object)
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
        fids=np.array(fids, dtype=np.int64), geoms=geoms,
        attrs={n: [_plain(v) for v in col] for n, col in zip(names, columns)},
        repaired=repaired, source_crs=source.sourceCrs(), crs=target,
    )
    if feedback is not None:
        feedback.setProgress(stop)
    return table


def _polygonal(geom):
    if geom is None or geom.is_empty:
        return None
    if geom.geom_type in ("Polygon", "MultiPolygon"):
        return geom
    polys = [g for g in shapely.get_parts(geom) if g.geom_type in ("Polygon", "MultiPolygon")]
    return shapely.union_all(polys) if polys else None


def require_crs(source, layer_label):
    """Raise a clear error when ``source`` has no usable CRS."""
    crs = source.sourceCrs()
    if not crs.isValid():
        raise QgsProcessingException(
            tr("Layer '{layer}' has no coordinate reference system (CRS). Set its CRS in the "
               "layer properties (for example EPSG:4326 for degrees, or the UTM zone of your "
               "data) and run again.").format(layer=layer_label)
        )
    return crs


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
    return QgsCoordinateReferenceSystem.fromProj(
        f"+proj=tmerc +lat_0=0 +lon_0={lon:.6f} +k=1 +x_0=0 +y_0=0 +datum=WGS84 +units=m +no_defs"
    )


def combined_extent(sources, crs, context):
    """Union of the extents of ``sources`` (each in its own CRS) expressed in ``crs``."""
    from qgis.core import QgsRectangle

    out = QgsRectangle()
    out.setMinimal()
    for source in sources:
        if source is None:
            continue
        ext = source.sourceExtent()
        if ext.isNull() or ext.isEmpty() and ext.width() == 0 and ext.height() == 0 \
                and source.featureCount() == 0:
            continue
        if source.sourceCrs() != crs and source.sourceCrs().isValid():
            ext = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext()) \
                .transformBoundingBox(ext)
        out.combineExtentWith(ext)
    return out


def to_qgs(geom) -> QgsGeometry:
    """A shapely geometry as QgsGeometry (None -> null geometry)."""
    if geom is None:
        return QgsGeometry()
    out = QgsGeometry()
    out.fromWkb(shapely.to_wkb(geom))
    return out


def lengths_m(table: FeatureTable, context) -> np.ndarray:
    """True (ellipsoidal) length in metres of each line of ``table``, whatever its CRS."""
    from .core.geodesy import line_lengths

    geoms = table.geoms
    if table.crs != WGS84:
        transform = QgsCoordinateTransform(table.crs, WGS84, context.transformContext())
        wkbs = []
        for g in geoms:
            if g is None:
                wkbs.append(None)
                continue
            q = to_qgs(g)
            q.transform(transform)
            wkbs.append(bytes(q.asWkb()))
        geoms = shapely.from_wkb(np.array(wkbs, dtype=object))
    return line_lengths(geoms)
