"""Deterministic national-scale synthetic data for `make bench` (Mongolia's extent).

Writes one GeoPackage per CRS and scale under bench/data/s<scale>/:
``nuudel_bench_4326.gpkg`` and ``nuudel_bench_32648.gpkg`` (UTM zone 48N), each with the layers

- ``fences``: 200,000 x scale fence segments (fence data model: fence_type, height_cm,
  bottom_cm, top_gap_cm, barbed; a few nulls), chained end to end into fence lines so that
  barrier runs exist;
- ``routes``: 5,000 x scale km of roads/railways (field ``route``), one feature per ~1 km;
- ``crossings``: 50,000 x scale crossing points near the routes (crossing_type, width_m,
  height_m, length_m), a few beyond the default 100 m snap tolerance;
- ``protected_areas``: 2,000 x scale irregular polygons; ``water``: 50,000 x scale points;
- ``study_area``: one rectangle around Mongolia's extent;
- for the landscape permeability case: ``units`` (21 aimag-sized and 330 soum-sized rectangles
  over Mongolia's extent, overlapping: field ``level``), ``roads`` (50,000 x scale km, 1 km
  features, field ``aadt`` vehicles a day, a few nulls), ``road_crossings`` (5,000 x scale
  points near the roads) and ``alignment`` (one planned line of ~1,000 km).

Everything comes from one fixed seed (plus the scale), so two runs give the same features.
The coordinates are generated in metres in EPSG:32648 and transformed to EPSG:4326.

Usage: .venv/bin/python bench/generate.py [--scale 0.125 0.25 0.5 1] [--out bench/data] [--force]
"""

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np
import shapely
from osgeo import ogr, osr

ogr.UseExceptions()
osr.UseExceptions()

SEED = 20261122
LON = (87.7, 119.9)
LAT = (41.6, 52.1)
UTM = 32648
FULL = {
    "fences": 200_000,
    "route_km": 5_000,
    "crossings": 50_000,
    "road_km": 50_000,
    "road_crossings": 5_000,
    "protected_areas": 2_000,
    "water": 50_000,
}
FENCE_SEGMENTS_PER_LINE = 50
ROUTE_LENGTH_KM = 100
ROUTE_FEATURE_M = 1_000
ROUTE_VERTEX_M = 250
DATA = Path(__file__).resolve().parent / "data"
VERSION = 2  # bump when the generated data changes
AIMAG_GRID = (7, 3)  # 21 aimag-sized units
SOUM_GRID = (22, 15)  # 330 soum-sized units
ALIGNMENT_KM = 1_000


def scale_dir(out: Path, scale: float) -> Path:
    return Path(out) / f"s{scale:g}"


def _srs(epsg):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def _transformer(src, dst):
    return osr.CoordinateTransformation(_srs(src), _srs(dst))


def _transform_xy(xy: np.ndarray, src, dst) -> np.ndarray:
    if not len(xy):
        return xy.reshape(0, 2)
    out = np.asarray(_transformer(src, dst).TransformPoints(np.ascontiguousarray(xy[:, :2])))
    return out[:, :2]


def _random_lonlat(rng, n):
    lon = rng.uniform(*LON, n)
    # uniform on the sphere between the two parallels
    s = rng.uniform(np.sin(np.radians(LAT[0])), np.sin(np.radians(LAT[1])), n)
    return np.column_stack([lon, np.degrees(np.arcsin(s))])


def _random_utm(rng, n):
    return _transform_xy(_random_lonlat(rng, n), 4326, UTM)


def _walks(rng, starts, n_steps, step_len, turn_sd):
    """Random walks (smoothly turning heading): array (n, n_steps + 1, 2) of vertices."""
    n = len(starts)
    heading = rng.uniform(0, 2 * np.pi, n)[:, None] + np.cumsum(
        rng.normal(0, turn_sd, (n, n_steps)), axis=1
    )
    steps = np.asarray(step_len) if np.ndim(step_len) else np.full((n, n_steps), step_len)
    dx = np.cumsum(steps * np.cos(heading), axis=1)
    dy = np.cumsum(steps * np.sin(heading), axis=1)
    out = np.empty((n, n_steps + 1, 2))
    out[:, 0] = starts
    out[:, 1:, 0] = starts[:, None, 0] + dx
    out[:, 1:, 1] = starts[:, None, 1] + dy
    return out


def _with_nulls(rng, values, share):
    values = values.astype(object)
    values[rng.random(len(values)) < share] = None
    return values


# Fence designs: (fence_type, height_cm, bottom_cm, top_gap_cm, barbed, weight)
FENCE_DESIGNS = [
    ("strand", 150, 20, 15, "all", 0.22),  # railway-style barbed fence
    ("strand", 100, 48, 30, "none", 0.15),  # wildlife-friendly retrofit
    ("strand", 105, 43, 27, "top", 0.13),  # pasture fence, conditional
    ("strand", 120, 35, 20, "bottom", 0.10),
    ("mesh", 120, 0, 0, "none", 0.15),
    ("solid", 200, 0, 0, "none", 0.03),
    ("electric", 110, 50, 30, "none", 0.10),
    ("rail", 95, 55, 35, "none", 0.12),
]


def fences(rng, n):
    """Fence segments chained end to end into lines of 50; attributes mostly per line."""
    n_lines = max(1, -(-n // FENCE_SEGMENTS_PER_LINE))
    starts = _random_utm(rng, n_lines)
    seg_len = rng.uniform(100, 400, (n_lines, FENCE_SEGMENTS_PER_LINE * 2))
    walks = _walks(rng, starts, FENCE_SEGMENTS_PER_LINE * 2, seg_len / 2, 0.15)
    # segment k of a line = vertices 2k, 2k+1, 2k+2 (3 vertices, ends shared with neighbours)
    idx = np.arange(FENCE_SEGMENTS_PER_LINE)
    coords = np.stack([walks[:, 2 * idx], walks[:, 2 * idx + 1], walks[:, 2 * idx + 2]], axis=2)
    coords = coords.reshape(-1, 3, 2)[:n]
    line_id = np.repeat(np.arange(n_lines), FENCE_SEGMENTS_PER_LINE)[:n]
    weights = np.array([d[-1] for d in FENCE_DESIGNS])
    design = rng.choice(len(FENCE_DESIGNS), n_lines, p=weights / weights.sum())[line_id]
    # a segment now and then of another design (repairs, different owner)
    other = rng.random(n) < 0.05
    design[other] = rng.choice(len(FENCE_DESIGNS), int(other.sum()), p=weights / weights.sum())
    table = np.array([d[:5] for d in FENCE_DESIGNS], dtype=object)
    ftype = table[design, 0].copy()
    jitter = lambda col, sd: np.maximum(  # noqa: E731
        0,
        np.round(table[design, col].astype(float) + rng.normal(0, sd, n)),
    )
    height, bottom, top_gap = jitter(1, 6), jitter(2, 4), jitter(3, 3)
    barbed = table[design, 4].copy()
    opening = rng.random(n) < 0.03
    ftype[opening] = "opening"
    height[opening] = bottom[opening] = top_gap[opening] = 0
    barbed[opening] = "none"
    woven = np.isin(ftype, ["mesh", "solid"])
    height = _with_nulls(rng, height, 0.03)
    bottom = _with_nulls(rng, bottom, 0.05)
    top_gap = _with_nulls(rng, top_gap, 0.08)
    bottom[woven] = None
    top_gap[woven] = None
    barbed = _with_nulls(rng, barbed, 0.04)
    ftype = _with_nulls(rng, ftype, 0.01)
    geoms = shapely.linestrings(coords)
    fields = {
        "fence_id": ("int", np.arange(1, n + 1)),
        "line_id": ("int", line_id + 1),
        "fence_type": ("str", ftype),
        "height_cm": ("float", height),
        "bottom_cm": ("float", bottom),
        "top_gap_cm": ("float", top_gap),
        "barbed": ("str", barbed),
    }
    return geoms, fields


def routes(rng, km):
    """Routes of ~100 km as 1 km features with vertices every 250 m; field `route`."""
    total_m = km * 1000.0
    n_routes = max(1, int(round(km / ROUTE_LENGTH_KM)))
    per_route = max(1, int(round(total_m / n_routes / ROUTE_FEATURE_M)))
    vps = ROUTE_FEATURE_M // ROUTE_VERTEX_M
    starts = _random_utm(rng, n_routes)
    walks = _walks(rng, starts, per_route * vps, float(ROUTE_VERTEX_M), 0.05)
    idx = np.arange(per_route)[:, None] * vps + np.arange(vps + 1)[None, :]
    coords = walks[:, idx].reshape(-1, vps + 1, 2)
    route_no = np.repeat(np.arange(1, n_routes + 1), per_route)
    names = np.array([f"R{r:03d}" for r in route_no], dtype=object)
    kind = np.where(route_no % 5 == 0, "railway", "road").astype(object)
    geoms = shapely.linestrings(coords)
    whole = shapely.linestrings(walks)
    fields = {
        "route": ("str", names),
        "kind": ("str", kind),
        "seg_no": ("int", np.tile(np.arange(1, per_route + 1), n_routes)),
    }
    return geoms, fields, whole


CROSSING_TYPES = ["underpass", "overpass", "bridge", "culvert", "level", "opening"]
CROSSING_P = [0.25, 0.05, 0.15, 0.40, 0.10, 0.05]


def crossings(rng, n, whole_routes):
    """Crossing points along the routes: mostly within a few metres, ~3 % farther than 100 m."""
    lengths = shapely.length(whole_routes)
    which = rng.choice(len(whole_routes), n, p=lengths / lengths.sum())
    at = rng.uniform(0, 1, n) * lengths[which]
    on = shapely.line_interpolate_point(whole_routes[which], at)
    ahead = shapely.line_interpolate_point(
        whole_routes[which], np.minimum(at + 1.0, lengths[which])
    )
    back = shapely.line_interpolate_point(whole_routes[which], np.maximum(at - 1.0, 0))
    d = shapely.get_coordinates(ahead) - shapely.get_coordinates(back)
    normal = np.column_stack([-d[:, 1], d[:, 0]])
    normal /= np.maximum(np.hypot(normal[:, 0], normal[:, 1]), 1e-9)[:, None]
    offset = rng.normal(0, 15, n)
    far = rng.random(n) < 0.03
    offset[far] = rng.uniform(150, 600, int(far.sum())) * rng.choice([-1, 1], int(far.sum()))
    xy = shapely.get_coordinates(on) + normal * offset[:, None]
    ctype = rng.choice(CROSSING_TYPES, n, p=CROSSING_P).astype(object)
    width = np.round(rng.lognormal(np.log(8), 0.6, n), 1)
    height = np.round(rng.lognormal(np.log(3.5), 0.4, n), 1)
    length = np.round(rng.uniform(8, 40, n), 1)
    culvert = ctype == "culvert"
    width[culvert] = np.round(rng.uniform(0.8, 3.0, int(culvert.sum())), 1)
    height[culvert] = np.round(rng.uniform(0.8, 2.5, int(culvert.sum())), 1)
    over = ctype == "overpass"
    width[over] = np.round(rng.uniform(20, 70, int(over.sum())), 0)
    fields = {
        "crossing_id": ("int", np.arange(1, n + 1)),
        "crossing_type": ("str", _with_nulls(rng, ctype, 0.02)),
        "width_m": ("float", _with_nulls(rng, width, 0.04)),
        "height_m": ("float", _with_nulls(rng, height, 0.04)),
        "length_m": ("float", _with_nulls(rng, length, 0.06)),
    }
    return shapely.points(xy), fields


def protected_areas(rng, n, vertices=48):
    """Irregular star-shaped polygons, radius lognormal around 8 km; some overlap."""
    centres = _random_utm(rng, n)
    radius = np.clip(rng.lognormal(np.log(8000), 0.7, n), 1000, 60000)
    angles = np.linspace(0, 2 * np.pi, vertices, endpoint=False)
    wobble = (
        1
        + 0.25
        * np.sin(
            angles[None, :] * rng.integers(2, 6, n)[:, None] + rng.uniform(0, 2 * np.pi, n)[:, None]
        )
        + rng.uniform(-0.08, 0.08, (n, vertices))
    )
    r = radius[:, None] * wobble
    ring = np.stack(
        [centres[:, None, 0] + r * np.cos(angles), centres[:, None, 1] + r * np.sin(angles)], axis=2
    )
    ring = np.concatenate([ring, ring[:, :1]], axis=1)
    geoms = shapely.polygons(ring)
    category = rng.choice(
        ["strict", "national_park", "nature_reserve", "monument", "local"], n
    ).astype(object)
    fields = {
        "pa_id": ("int", np.arange(1, n + 1)),
        "name": ("str", np.array([f"PA {i:04d}" for i in range(1, n + 1)], dtype=object)),
        "category": ("str", category),
    }
    return geoms, fields


def water(rng, n):
    xy = _random_utm(rng, n)
    kind = rng.choice(["well", "spring", "lake", "river"], n, p=[0.6, 0.25, 0.1, 0.05])
    fields = {"water_id": ("int", np.arange(1, n + 1)), "kind": ("str", kind.astype(object))}
    return shapely.points(xy), fields


def study_area():
    """Mongolia's lon/lat box, densified, in UTM 48N (a single polygon)."""
    t = np.linspace(0, 1, 65)
    lon0, lon1 = LON
    lat0, lat1 = LAT
    ring = np.concatenate(
        [
            np.column_stack([lon0 + (lon1 - lon0) * t, np.full_like(t, lat0)]),
            np.column_stack([np.full_like(t, lon1), lat0 + (lat1 - lat0) * t]),
            np.column_stack([lon1 - (lon1 - lon0) * t, np.full_like(t, lat1)]),
            np.column_stack([np.full_like(t, lon0), lat1 - (lat1 - lat0) * t]),
        ]
    )
    utm = _transform_xy(ring, 4326, UTM)
    return np.array([shapely.polygons(utm)]), {
        "name": ("str", np.array(["Mongolia box"], dtype=object))
    }


def units():
    """21 aimag-sized and 330 soum-sized rectangles over the extent (they overlap)."""
    box = _transform_xy(
        np.array([[LON[0], LAT[0]], [LON[1], LAT[0]], [LON[1], LAT[1]], [LON[0], LAT[1]]]),
        4326,
        UTM,
    )
    x0, y0 = box.min(axis=0) + 20_000
    x1, y1 = box.max(axis=0) - 20_000
    geoms, level, name = [], [], []
    for label, (nx, ny) in (("aimag", AIMAG_GRID), ("soum", SOUM_GRID)):
        xs, ys = np.linspace(x0, x1, nx + 1), np.linspace(y0, y1, ny + 1)
        for i in range(nx):
            for j in range(ny):
                geoms.append(
                    shapely.segmentize(shapely.box(xs[i], ys[j], xs[i + 1], ys[j + 1]), 5_000)
                )
                level.append(label)
                name.append(f"{label} {i + 1}-{j + 1}")
    return np.array(geoms, dtype=object), {
        "level": ("str", np.array(level, dtype=object)),
        "name": ("str", np.array(name, dtype=object)),
    }


def roads(rng, km):
    """Roads as routes() makes them, with traffic (lognormal around 1,500 a day, 3 % null)."""
    geoms, fields, whole = routes(rng, km)
    per_route = len(geoms) // max(len(whole), 1)
    aadt = np.round(rng.lognormal(np.log(1500), 1.0, len(whole)))
    aadt = np.repeat(aadt, per_route)[: len(geoms)]
    fields = {"route": fields["route"], "aadt": ("float", _with_nulls(rng, aadt, 0.03))}
    return geoms, fields, whole


def alignment(rng):
    """One planned line of ALIGNMENT_KM, vertices every 1 km."""
    start = _random_utm(rng, 1)
    walk = _walks(rng, start, ALIGNMENT_KM, 1000.0, 0.03)
    return shapely.linestrings(walk), {"name": ("str", np.array(["planned"], dtype=object))}


OGR_TYPES = {"int": ogr.OFTInteger64, "float": ogr.OFTReal, "str": ogr.OFTString}
GEOM_TYPES = {"LineString": ogr.wkbLineString, "Point": ogr.wkbPoint, "Polygon": ogr.wkbPolygon}


def write_layer(ds, name, epsg, geoms, fields):
    """One GeoPackage layer, all features inside one transaction."""
    gtype = GEOM_TYPES[geoms[0].geom_type]
    layer = ds.CreateLayer(name, _srs(epsg), gtype, ["SPATIAL_INDEX=YES", "FID=fid"])
    for fname, (ftype, _values) in fields.items():
        layer.CreateField(ogr.FieldDefn(fname, OGR_TYPES[ftype]))
    defn = layer.GetLayerDefn()
    names = list(fields)
    columns = [fields[f][1].tolist() for f in names]
    wkbs = shapely.to_wkb(geoms)
    layer.StartTransaction()
    for i, wkb in enumerate(wkbs):
        feat = ogr.Feature(defn)
        for j, col in enumerate(columns):
            value = col[i]
            if value is not None:
                feat.SetField(j, value)
        feat.SetGeometryDirectly(ogr.CreateGeometryFromWkb(wkb))
        layer.CreateFeature(feat)
    layer.CommitTransaction()


def generate_layers(scale: float) -> dict:
    """All layers (in EPSG:32648) for ``scale``: name -> (geoms, fields). Deterministic."""
    rng = np.random.default_rng([SEED, int(round(scale * 1_000_000))])
    n = {k: max(1, int(round(v * scale))) for k, v in FULL.items()}
    out = {}
    out["fences"] = fences(rng, n["fences"])
    r_geoms, r_fields, whole = routes(rng, n["route_km"])
    out["routes"] = (r_geoms, r_fields)
    out["crossings"] = crossings(rng, n["crossings"], whole)
    out["protected_areas"] = protected_areas(rng, n["protected_areas"])
    out["water"] = water(rng, n["water"])
    out["study_area"] = study_area()
    # the landscape layers draw from their own generator: the layers above stay as they were
    rng2 = np.random.default_rng([SEED, 2, int(round(scale * 1_000_000))])
    out["units"] = units()
    rd_geoms, rd_fields, rd_whole = roads(rng2, n["road_km"])
    out["roads"] = (rd_geoms, rd_fields)
    out["road_crossings"] = crossings(rng2, n["road_crossings"], rd_whole)
    out["alignment"] = alignment(rng2)
    return out


def to_4326(geoms):
    coords = shapely.get_coordinates(geoms)
    return shapely.set_coordinates(
        shapely.from_wkb(shapely.to_wkb(geoms)), _transform_xy(coords, UTM, 4326)
    )


def generate(scale: float, out: Path = DATA, force=False, quiet=False) -> Path:
    """Write both GeoPackages for ``scale`` (skipped when present and current)."""
    folder = scale_dir(out, scale)
    stamp = folder / "manifest.json"
    if not force and stamp.exists() and json.loads(stamp.read_text()).get("version") == VERSION:
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    layers = generate_layers(scale)
    counts = {}
    for epsg in (UTM, 4326):
        path = folder / f"nuudel_bench_{epsg}.gpkg"
        if path.exists():
            path.unlink()
        ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
        for name, (geoms, fields) in layers.items():
            write_layer(ds, name, epsg, geoms if epsg == UTM else to_4326(geoms), fields)
            counts[name] = len(geoms)
        ds = None
    fence_km = float(shapely.length(layers["fences"][0]).sum() / 1000)
    route_km = float(shapely.length(layers["routes"][0]).sum() / 1000)
    stamp.write_text(
        json.dumps(
            {
                "version": VERSION,
                "seed": SEED,
                "scale": scale,
                "counts": counts,
                "fence_km_utm": round(fence_km, 1),
                "route_km_utm": round(route_km, 1),
            },
            indent=1,
        )
    )
    if not quiet:
        print(
            f"scale {scale:g}: {counts} in {time.perf_counter() - t0:.1f} s -> {folder}",
            file=sys.stderr,
        )
    return folder


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, nargs="+", default=[0.125, 0.25, 0.5, 1.0])
    parser.add_argument("--out", type=Path, default=DATA)
    parser.add_argument("--force", action="store_true", help="regenerate even when present")
    args = parser.parse_args(argv)
    for scale in args.scale:
        generate(scale, args.out, args.force)


if __name__ == "__main__":
    main()
