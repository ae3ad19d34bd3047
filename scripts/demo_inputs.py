"""Inputs the workshop data lacks, written for `make demo` into out/demo_inputs.gpkg.

ILLUSTRATIVE, like the workshop data: not counts, not collar data.
- ``roads_traffic``: the workshop roads with an invented traffic count ``aadt`` (vehicles a
  day) per section, so the road traffic barrier has something to band.
- ``fixes``: hourly fixes of four invented collared animals by four isolated workshop fences:
  two walk straight across (quick crosses), two come within 30 m, walk along for three hours
  and turn back (bounces).
"""

from pathlib import Path

import shapely
from osgeo import ogr

# Invented daily traffic per road section name (illustrative, not a count).
AADT = {
    "Tavan Tolgoi – Tsagaan Khad section": 4200,
    "Tsagaan Khad section": 2600,
    "Tsagaan Khad – Gashuun Sukhait section": 2600,
    "Khanbogd – Oyu Tolgoi": 900,
}
HOURS = 24
STEP_M = 400  # metres walked an hour


def _layer(ds, name, geom_type, srs, fields):
    lyr = ds.CreateLayer(name, srs, geom_type, options=["OVERWRITE=YES"])
    for fname, ftype in fields:
        lyr.CreateField(ogr.FieldDefn(fname, ftype))
    return lyr


def _add(lyr, wkt, values):
    feat = ogr.Feature(lyr.GetLayerDefn())
    feat.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
    for key, value in values.items():
        feat.SetField(key, value)
    lyr.CreateFeature(feat)


def roads_traffic(src, ds):
    road = src.GetLayerByName("road")
    lyr = _layer(
        ds,
        "roads_traffic",
        ogr.wkbLineString,
        road.GetSpatialRef(),
        [("name", ogr.OFTString), ("route", ogr.OFTString), ("aadt", ogr.OFTReal)],
    )
    for feat in road:
        name = feat.GetField("name")
        _add(
            lyr,
            feat.GetGeometryRef().ExportToWkt(),
            {"name": name, "route": feat.GetField("route"), "aadt": AADT.get(name, 1500)},
        )


def _track(fence_wkt, crosses):
    """Hourly positions walking perpendicular to the fence's middle: straight across it, or up
    to 30 m from it, three hours along it and back the way it came."""
    line = shapely.from_wkt(fence_wkt)
    if line.geom_type == "MultiLineString":
        line = max(line.geoms, key=lambda g: g.length)
    mid = line.interpolate(0.5, normalized=True)
    ahead = line.interpolate(min(line.length, line.project(mid) + 10))
    dx, dy = ahead.x - mid.x, ahead.y - mid.y
    norm = (dx * dx + dy * dy) ** 0.5 or 1.0
    nx, ny = -dy / norm, dx / norm  # unit normal
    if crosses:
        path = [(0, STEP_M * (hour - HOURS // 2) + 25) for hour in range(HOURS)]
    else:
        approach = [(0, -STEP_M * k - 30) for k in range(HOURS // 2 - 2, 0, -1)]
        path = approach + [(0, -30), (60, -40), (120, -30), (180, -45)] + approach[::-1]
    for hour, (along, across) in enumerate(path):
        yield hour, mid.x + dx / norm * along + nx * across, mid.y + dy / norm * along + ny * across


def fixes(src, ds, fence_ids=(407, 410, 412, 414)):  # fences with no other within 3 km
    fences = src.GetLayerByName("fences")
    lyr = _layer(
        ds,
        "fixes",
        ogr.wkbPoint,
        fences.GetSpatialRef(),
        [("animal_id", ogr.OFTString), ("time", ogr.OFTString)],
    )
    for n, fid in enumerate(fence_ids):
        fence = fences.GetFeature(fid)
        if fence is None:
            continue
        for hour, x, y in _track(fence.GetGeometryRef().ExportToWkt(), crosses=n % 2 == 0):
            time = f"2021-05-0{1 + n} {hour:02d}:00:00"
            _add(lyr, f"POINT ({x:.1f} {y:.1f})", {"animal_id": f"demo{n + 1}", "time": time})


def write(data: Path, out: Path) -> Path:
    """Write out/demo_inputs.gpkg from the workshop GeoPackage ``data``; return its path."""
    path = out / "demo_inputs.gpkg"
    if path.exists():
        path.unlink()
    src = ogr.Open(str(data))
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    roads_traffic(src, ds)
    fixes(src, ds)
    ds = None  # flush
    return path
