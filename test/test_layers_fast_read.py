"""layers.read_table's OGR fast path gives exactly what the QGIS feature loop gives."""

import numpy as np
import pytest
import shapely
from helpers import write_gpkg
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingContext,
    QgsProcessingFeatureSource,
    QgsProcessingUtils,
    QgsProject,
)

ROWS = [
    ("LINESTRING(500000 4800000, 501000 4800000)", {"t": "strand", "h": 105.5, "n": 3}),
    (None, {"t": None, "h": None, "n": None}),
    (
        "LINESTRING(501000 4800000, 501000 4801000, 502000 4801500)",
        {"t": "хашаа", "h": 0.0, "n": -7},
    ),
    ("LINESTRING(502000 4801500, 503000 4801500)", {"t": "", "h": 1e9, "n": 0}),
]


def _read(uri, names, crs=None, subset=None, fast=True):
    from nuudel.processing import layers

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    layer = QgsProcessingUtils.mapLayerFromString(uri, context)
    if subset:
        layer.setSubsetString(subset)
    source = QgsProcessingFeatureSource(layer, context)
    taken = (
        layers._read_ogr_fast(source, names, context, None, crs or source.sourceCrs(), False)
        is not None
    )
    if fast:
        return layers.read_table(source, names, context, crs=crs), taken
    original = layers._read_ogr_fast
    layers._read_ogr_fast = lambda *args: None
    try:
        return layers.read_table(source, names, context, crs=crs), taken
    finally:
        layers._read_ogr_fast = original


@pytest.mark.parametrize("crs", [None, "EPSG:4326"])
def test_fast_path_equals_qgis_path(plugin, tmp_path, crs):
    uri = write_gpkg(
        tmp_path / "f.gpkg",
        "LineString",
        "EPSG:32648",
        {"t": str, "h": float, "n": int},
        ROWS,
        "fences",
    )
    target = QgsCoordinateReferenceSystem(crs) if crs else None
    fast, taken = _read(uri, ["t", "h", "n"], target)
    slow, _ = _read(uri, ["t", "h", "n"], target, fast=False)
    assert taken
    assert list(fast.fids) == list(slow.fids)
    assert fast.attrs == slow.attrs
    assert fast.attrs["t"] == ["strand", None, "хашаа", ""]
    assert fast.attrs["n"] == [3, None, -7, 0]
    assert (
        [g is None for g in fast.geoms]
        == [g is None for g in slow.geoms]
        == [False, True, False, False]
    )
    present = np.array([g is not None for g in fast.geoms])
    assert shapely.equals_exact(fast.geoms[present], slow.geoms[present], tolerance=0).all()
    assert fast.crs == slow.crs


def test_subset_filter_uses_the_qgis_path(plugin, tmp_path):
    uri = write_gpkg(
        tmp_path / "f.gpkg",
        "LineString",
        "EPSG:32648",
        {"t": str, "h": float, "n": int},
        ROWS,
        "fences",
    )
    table, taken = _read(uri, ["t"], subset='"n" > 0')
    assert not taken
    assert table.attrs["t"] == ["strand"]
