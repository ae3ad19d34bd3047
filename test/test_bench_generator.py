"""The benchmark generator (bench/generate.py) is deterministic and writes the data model."""

import sys
from pathlib import Path

import numpy as np
import shapely
from osgeo import ogr

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import generate  # noqa: E402

SCALE = 0.002  # 400 fence segments, 10 km of routes, 100 crossings, 4 PAs, 100 water points

# the layers of every bench GeoPackage, in the order generate.py writes them
LAYERS = [
    "fences",
    "routes",
    "crossings",
    "protected_areas",
    "water",
    "study_area",
    "units",
    "roads",
    "road_crossings",
    "alignment",
]


def _read(path, layer_name):
    ds = ogr.Open(str(path))
    layer = ds.GetLayerByName(layer_name)
    rows = []
    for feat in layer:
        geom = feat.GetGeometryRef()
        rows.append(
            (
                feat.GetFID(),
                geom.ExportToWkt() if geom else None,
                tuple(feat.GetField(i) for i in range(feat.GetFieldCount())),
            )
        )
    return rows


def test_same_seed_same_layers():
    first = generate.generate_layers(SCALE)
    second = generate.generate_layers(SCALE)
    assert list(first) == LAYERS
    for name, (geoms, fields) in first.items():
        other_geoms, other_fields = second[name]
        assert shapely.equals_exact(geoms, other_geoms, tolerance=0).all(), name
        for key, (_kind, values) in fields.items():
            assert list(values) == list(other_fields[key][1]), (name, key)


def test_written_geopackages_are_identical_and_complete(tmp_path):
    a = generate.generate(SCALE, tmp_path / "a", quiet=True)
    b = generate.generate(SCALE, tmp_path / "b", quiet=True)
    for epsg in (32648, 4326):
        for name in LAYERS:
            rows_a = _read(a / f"nuudel_bench_{epsg}.gpkg", name)
            assert rows_a == _read(b / f"nuudel_bench_{epsg}.gpkg", name), (epsg, name)
    fences = _read(a / "nuudel_bench_4326.gpkg", "fences")
    assert len(fences) == 400
    units = _read(a / "nuudel_bench_32648.gpkg", "units")
    assert len(units) == 21 + 330  # aimag- and soum-sized, whatever the scale
    ds = ogr.Open(str(a / "nuudel_bench_4326.gpkg"))
    defn = ds.GetLayerByName("fences").GetLayerDefn()
    names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    for field in ("fence_type", "height_cm", "bottom_cm", "top_gap_cm", "barbed"):
        assert field in names
    types = {row[2][names.index("fence_type")] for row in fences}
    assert types <= {"strand", "mesh", "solid", "electric", "rail", "opening", None}
    assert len(types) >= 4
    # segments of one fence line touch end to end (barrier runs can form)
    geoms = shapely.from_wkt([row[1] for row in fences[:50]])
    starts = shapely.get_coordinates(shapely.get_point(geoms, 0))
    ends = shapely.get_coordinates(shapely.get_point(geoms, -1))
    assert np.allclose(ends[:-1], starts[1:], atol=1e-9)
    # every scale gets its own folder with a manifest
    assert (a / "manifest.json").exists()
    lon, lat = shapely.get_coordinates(geoms).T
    assert (generate.LON[0] - 1 < lon).all() and (lon < generate.LON[1] + 1).all()
    assert (generate.LAT[0] - 1 < lat).all() and (lat < generate.LAT[1] + 1).all()
