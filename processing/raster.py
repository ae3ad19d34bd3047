"""Zones burnt into a GeoTIFF cost raster with GDAL (the no-go mask's OUTPUT_COST)."""

import numpy as np
import shapely
from osgeo import gdal, ogr, osr
from qgis.core import QgsCoordinateReferenceSystem

from . import layers, output
from .core import nogo
from .feedback import fail
from .i18n import tr

BURN_BATCH = 5000  # polygons rasterised at a time: bounds the copies made for GDAL
CHUNK_BYTES = 32 * 1024 * 1024  # raster rows GDAL burns at a time (Float32 cells)


def _batches(geom):
    """The polygons of ``geom`` (an array of parts or one (Multi)Polygon) in arrays of at most
    BURN_BATCH, cloned batch by batch (not all the parts of a national zone at once)."""
    if isinstance(geom, np.ndarray):
        for start in range(0, len(geom), BURN_BATCH):
            yield geom[start : start + BURN_BATCH]
        return
    if geom is None or geom.is_empty:
        return
    total = shapely.get_num_geometries(geom)
    for start in range(0, total, BURN_BATCH):
        yield shapely.get_geometry(geom, np.arange(start, min(start + BURN_BATCH, total)))


def _burn(ds, srs, polys, value, options):
    """Rasterise ``polys`` (shapely polygons in the raster's CRS) into band 1 of ``ds``.

    One feature per polygon in a throwaway in-memory layer; every OGR object is released
    here, children before their data source, so none outlives what it points into.
    """
    polys = polys[~shapely.is_empty(polys)]
    if len(polys) == 0:
        return
    source = ogr.GetDriverByName("Memory").CreateDataSource("nogo")
    layer = source.CreateLayer("burn", srs, ogr.wkbPolygon)
    try:
        defn = layer.GetLayerDefn()
        for wkb in shapely.to_wkb(polys):
            feat = ogr.Feature(defn)
            feat.SetGeometryDirectly(ogr.CreateGeometryFromWkb(wkb))
            layer.CreateFeature(feat)
            feat = None
        defn = None
        err = gdal.RasterizeLayer(ds, [1], layer, burn_values=[value], options=options)
        if err not in (0, None):
            fail(
                tr("Could not write {path}.") + " {error}",
                path=ds.GetDescription(),
                error=gdal.GetLastErrorMsg(),
            )
    finally:
        layer = None
        source = None


def write_cost(path, zones, tm, raster_crs, resolution, caution_cost, context):
    """Burn the zones (in ``tm``) into a compressed GeoTIFF in ``raster_crs`` aligned to
    ``resolution``.

    The study area is burnt by cell centre (1), then caution (cost) and no-go (nodata) on
    every cell they touch, so a small no-go area (a 50 m water buffer) is never lost
    between cell centres and a least-cost path cannot cut through it. Cells outside the
    study area stay nodata (GDAL fills never-written tiles with it).

    The GeoTIFF is written beside ``path`` and renamed onto it when complete
    (output.replacing): a killed or failed run never leaves a half-burnt raster there.
    """
    with output.replacing(path) as temp:
        _write_cost_file(temp, path, zones, tm, raster_crs, resolution, caution_cost, context)


def _write_cost_file(temp, path, zones, tm, raster_crs, resolution, caution_cost, context):
    """The GeoTIFF of :func:`write_cost`, written to ``temp`` (``path`` names it in errors)."""
    study = layers.transform_geoms(shapely.get_parts(zones.study_area), tm, raster_crs, context)
    spec = nogo.grid_spec(shapely.total_bounds(study), resolution)
    wkt = raster_crs.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED_GDAL)
    ds = gdal.GetDriverByName("GTiff").Create(
        str(temp),
        spec.cols,
        spec.rows,
        1,
        gdal.GDT_Float32,
        ["COMPRESS=DEFLATE", "TILED=YES", "BIGTIFF=IF_SAFER"],
    )
    if ds is None:
        fail(tr("Could not write {path}."), path=path)
    srs = osr.SpatialReference()
    srs.ImportFromWkt(wkt)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    try:
        ds.SetGeoTransform(spec.geotransform)
        ds.SetProjection(wkt)
        ds.GetRasterBand(1).SetNoDataValue(nogo.NODATA)
        # GDAL rasterises through a buffer of CHUNKYSIZE rows (default: the whole cache)
        chunk_rows = max(1, min(spec.rows, CHUNK_BYTES // (4 * spec.cols)))
        burns = [
            (study, 1.0, []),
            (zones.geoms["caution"], caution_cost, ["ALL_TOUCHED=TRUE"]),
            (zones.geoms["nogo"], nogo.NODATA, ["ALL_TOUCHED=TRUE"]),
        ]
        for geom, value, options in burns:
            for batch in _batches(geom):
                if geom is not study:
                    batch = layers.transform_geoms(batch, tm, raster_crs, context)
                _burn(ds, srs, batch, value, options + [f"CHUNKYSIZE={chunk_rows}"])
        try:
            ds.GetRasterBand(1).ComputeStatistics(False)
        except RuntimeError:  # no valid pixel (empty study area), with GDAL exceptions on
            pass
        ds.FlushCache()
    finally:
        ds = None  # the only reference: closes the file before anything else goes
