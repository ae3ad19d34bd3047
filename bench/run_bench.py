"""`make bench`: time Nuudel's algorithms against native QGIS baselines at national scale.

For each scale (default 0.125 0.25 0.5 1 of the national set, see bench/generate.py) and each
case, a fresh process starts QGIS, loads the plugin through classFactory(None).initProcessing()
and runs processing.run on GeoPackage input with GeoPackage output. Each case runs --repeat
times (default 3; a case stops repeating once its runs took --budget seconds, default 45, so
the slow native chain at full scale runs once); the table shows the median time of the
processing.run calls (QGIS start-up excluded), in brackets the CPU seconds of the process
during them (less sensitive to a busy machine than wall time), and the peak memory of the
process (ru_maxrss of the child, from os.wait4). The 1-min load average is recorded per run.
Results: a table on stdout, bench/results.json and bench/results.png (time vs size).

Cases, side by side:
  fence      nuudel:fencepermeabilityaudit (8 species) | I/O floor: native:savefeatures of the
             same layer | the same rules as one native:fieldcalculator expression
  crossing   nuudel:crossingspacingcheck | I/O floor: native:savefeatures of routes and points
  inventory  nuudel:checkfenceinventory on the fences, with the crossings and routes (its time
             is printed; the README table does not show it yet)
  nogo       nuudel:nogoalignmentmask | native chain: native:buffer (dissolve) per input, then
             native:union + native:dissolve (no-go), native:difference (caution, suitable)
  behaviour  nuudel:barrierbehaviour: 100 animals x 10,000 x scale hourly GPS fixes (random
             walks starting on fences, see tracks()) against the fences, with the barrier
             output and the report
  landscape  nuudel:landscapepermeability (351 units, roads with traffic, fences, crossings,
             8 species, one alignment) | native chain for ONE species without crossings:
             extract barriers, merge lines, native:polygonize, intersect with the units, area²,
             sum per unit (qgis:joinbylocationsummary)
  mitigation nuudel:mitigationpriorities on the landscape case's layers (no alignment) with
             2,000 x scale candidates (60 % openings and 15 % raised bottom wires at fence
             segments, 25 % underpasses at road features), 8 species, top 100

Algorithms not registered yet are reported as skipped, the baselines still run.
`--profile CASE` runs one case under cProfile and writes bench/profile_<case>.txt instead.
"""

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))

from generate import FULL, generate  # noqa: E402

PLUGINS = ROOT / "build" / "plugins"
SCALES = [0.125, 0.25, 0.5, 1.0]
NOGO_BUFFER_M = 500.0
WATER_NOGO_M = 50.0
WATER_CAUTION_M = 200.0

FENCE_ALG = "nuudel:fencepermeabilityaudit"
CROSSING_ALG = "nuudel:crossingspacingcheck"
NOGO_ALG = "nuudel:nogoalignmentmask"
BEHAVIOUR_ALG = "nuudel:barrierbehaviour"
ANIMALS = 100
FIXES_PER_ANIMAL = 10_000
TRACKS_VERSION = 2
LANDSCAPE_ALG = "nuudel:landscapepermeability"
MITIGATION_ALG = "nuudel:mitigationpriorities"
MITIGATION_CANDIDATES = 2_000  # at scale 1
MITIGATION_TOP = 100
# mgaz cutting fences as one expression (barrier or unknown, as UNKNOWN_AS_BARRIER), roads at
# or above 4,000 vehicles a day or of unknown traffic
MGAZ_CUTS = """coalesce("fence_type", '') <> 'opening' AND ("fence_type" IS NULL
 OR "fence_type" IN ('mesh', 'solid') OR "bottom_cm" IS NULL OR "barbed" IS NULL
 OR "bottom_cm" < 41 OR "barbed" IN ('bottom', 'all'))"""
ROAD_CUTS = '"aadt" IS NULL OR "aadt" >= 4000'
CHECK_ALG = "nuudel:checkfenceinventory"

# The fence rules of resources/profiles/species.json for the three crossing modes (crawl: mgaz,
# jump: argali, opening: khulan), written the way a user would without the plugin.
_WIRES = """WHEN "fence_type" IS NULL THEN 'unknown'
 WHEN "fence_type" = 'opening' THEN 'permeable'
 WHEN "fence_type" IN ('mesh', 'solid') THEN 'barrier'
 WHEN "fence_type" NOT IN ('strand', 'electric', 'rail') THEN 'unknown'"""
FENCE_EXPRESSION = f"""
'mgaz=' || CASE {_WIRES}
 WHEN "bottom_cm" < 41 OR "barbed" IN ('bottom', 'all') THEN 'barrier'
 WHEN "bottom_cm" IS NULL OR "barbed" IS NULL THEN 'unknown'
 WHEN "bottom_cm" < 46 THEN 'conditional'
 ELSE 'permeable' END
|| ' argali=' || CASE {_WIRES}
 WHEN "height_cm" > 107 OR "top_gap_cm" < 25 THEN 'barrier'
 WHEN "height_cm" IS NULL OR "top_gap_cm" IS NULL THEN 'unknown'
 WHEN "height_cm" > 102 OR "top_gap_cm" < 30 THEN 'conditional'
 ELSE 'permeable' END
|| ' khulan=' || CASE WHEN "fence_type" IS NULL THEN 'unknown'
 WHEN "fence_type" = 'opening' THEN 'permeable' ELSE 'barrier' END
""".strip()


def _uri(gpkg, layer):
    return f"{gpkg}|layername={layer}"


def tracks(folder: Path, epsg: int) -> Path:
    """GPS fixes for the behaviour case: ANIMALS animals x FIXES_PER_ANIMAL x scale hourly
    fixes (text times "YYYY-MM-DD HH:MM:SS"), correlated random walks (steps of ~300 m) in a
    home range around a point of a fence; written once per scale and CRS."""
    import numpy as np
    from osgeo import ogr, osr

    path = folder / f"nuudel_bench_tracks_{epsg}.gpkg"
    stamp = folder / f"tracks_{epsg}.json"
    if (
        path.exists()
        and stamp.exists()
        and json.loads(stamp.read_text()).get("version") == TRACKS_VERSION
    ):
        return path
    scale = json.loads((folder / "manifest.json").read_text())["scale"]
    n = max(10, int(round(FIXES_PER_ANIMAL * scale)))
    rng = np.random.default_rng([20261201, int(round(scale * 1_000_000))])
    ds = ogr.Open(str(folder / "nuudel_bench_32648.gpkg"))
    fences = ds.GetLayerByName("fences")
    count = fences.GetFeatureCount()
    starts = []
    for fid in np.linspace(1, count, ANIMALS).astype(int):
        feat = fences.GetFeature(int(fid))  # keep the feature: its geometry is borrowed
        starts.append(feat.GetGeometryRef().GetPoint_2D(1))
    ds = None
    starts = np.array(starts)
    # a home range around a fence: correlated steps (~300 m an hour) pulled back to the start
    # (Ornstein-Uhlenbeck, spread ~1.5 km), so each animal meets its fence again and again
    heading = rng.uniform(0, 2 * np.pi, ANIMALS)
    xy = np.zeros((ANIMALS, n, 2))
    xy[:, 0] = starts
    turns = rng.normal(0, 0.6, (n, ANIMALS))
    steps = rng.gamma(2.0, 150.0, (n, ANIMALS))
    for i in range(1, n):
        heading = heading + turns[i]
        pos = xy[:, i - 1]
        pull = 0.02 * (starts - pos)
        xy[:, i, 0] = pos[:, 0] + steps[i] * np.cos(heading) + pull[:, 0]
        xy[:, i, 1] = pos[:, 1] + steps[i] * np.sin(heading) + pull[:, 1]
    xy = xy.reshape(-1, 2)
    if epsg != 32648:
        src, dst = osr.SpatialReference(), osr.SpatialReference()
        src.ImportFromEPSG(32648)
        dst.ImportFromEPSG(epsg)
        for srs in (src, dst):
            srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        xy = np.asarray(osr.CoordinateTransformation(src, dst).TransformPoints(xy))[:, :2]
    times = np.datetime64("2021-01-01T00:00:00") + np.arange(n) * np.timedelta64(1, "h")
    times = [str(t).replace("T", " ") for t in times]
    if path.exists():
        path.unlink()
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    out = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = out.CreateLayer("fixes", srs, ogr.wkbPoint, ["SPATIAL_INDEX=YES", "FID=fid"])
    layer.CreateField(ogr.FieldDefn("animal_id", ogr.OFTString))
    layer.CreateField(ogr.FieldDefn("time", ogr.OFTString))
    defn = layer.GetLayerDefn()
    layer.StartTransaction()
    for i, (x, y) in enumerate(xy.tolist()):
        feat = ogr.Feature(defn)
        feat.SetField(0, f"a{i // n:03d}")
        feat.SetField(1, times[i % n])
        point = ogr.Geometry(ogr.wkbPoint)
        point.AddPoint_2D(x, y)
        feat.SetGeometryDirectly(point)
        layer.CreateFeature(feat)
    layer.CommitTransaction()
    out = None
    stamp.write_text(json.dumps({"version": TRACKS_VERSION, "animals": ANIMALS, "fixes": n}))
    return path


def mitigation_candidates(gpkg: Path) -> str:
    """Candidates layer beside the bench data (made once, deterministic): 2,000 x scale points,
    every k-th fence segment's middle (openings, raised bottom wires) and road feature's
    middle (underpasses)."""
    import shapely
    from osgeo import ogr

    path = gpkg.with_name(gpkg.stem + "_candidates.gpkg")
    if path.exists():
        return _uri(path, "candidates")
    src = ogr.Open(str(gpkg))
    n_fences = src.GetLayerByName("fences").GetFeatureCount()
    total = max(int(round(MITIGATION_CANDIDATES * n_fences / FULL["fences"])), 4)
    plan = (
        ("fences", "opening", int(total * 0.6)),
        ("fences", "raise_bottom_wire", int(total * 0.15)),
        ("roads", "underpass", total - int(total * 0.6) - int(total * 0.15)),
    )
    rows, offset = [], {"fences": 0, "roads": 1}
    for layer_name, kind, count in plan:
        layer = src.GetLayerByName(layer_name)
        step = max(layer.GetFeatureCount() // max(count, 1), 1)
        got = 0
        for i, feature in enumerate(layer):
            if (i + offset[layer_name]) % step or got >= count:
                continue
            line = shapely.from_wkb(bytes(feature.GetGeometryRef().ExportToWkb()))
            rows.append((shapely.line_interpolate_point(line, 0.5, normalized=True), kind))
            got += 1
        offset[layer_name] += step // 2 + 1
    srs = src.GetLayerByName("fences").GetSpatialRef()
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    out = ds.CreateLayer("candidates", srs, ogr.wkbPoint)
    out.CreateField(ogr.FieldDefn("candidate_type", ogr.OFTString))
    out.StartTransaction()
    for point, kind in rows:
        f = ogr.Feature(out.GetLayerDefn())
        f.SetField("candidate_type", kind)
        f.SetGeometry(ogr.CreateGeometryFromWkb(shapely.to_wkb(point)))
        out.CreateFeature(f)
    out.CommitTransaction()
    ds = src = None
    return _uri(path, "candidates")


def _case(group, kind, label, *steps):
    """One case: its group, kind (nuudel, floor, native), label and (alg, params) steps."""
    return dict(group=group, kind=kind, label=label, steps=list(steps))


def _save(source, dest):
    return ("native:savefeatures", {"INPUT": source, "OUTPUT": dest})


def _buffer(source, distance):
    return (
        "native:buffer",
        {"INPUT": source, "DISTANCE": distance, "DISSOLVE": True, "OUTPUT": "TEMPORARY_OUTPUT"},
    )


def _overlay(alg, source, overlay, dest="TEMPORARY_OUTPUT"):
    return (alg, {"INPUT": source, "OVERLAY": overlay, "OUTPUT": dest})


def _field(source, name, type_, length, precision, formula, dest):
    return (
        "native:fieldcalculator",
        {
            "INPUT": source,
            "FIELD_NAME": name,
            "FIELD_TYPE": type_,
            "FIELD_LENGTH": length,
            "FIELD_PRECISION": precision,
            "FORMULA": formula,
            "OUTPUT": dest,
        },
    )


def _layers(folder: Path, epsg: int, names=None) -> dict:
    """URIs of the bench data at ``folder`` (the GPS fixes only if a case needs them)."""
    gpkg = folder / f"nuudel_bench_{epsg}.gpkg"
    layers = {
        name: _uri(gpkg, name)
        for name in ("fences", "routes", "crossings", "protected_areas", "water", "study_area")
        + ("units", "roads", "road_crossings", "alignment")
    }
    wanted = names is None or "barrier_behaviour" in names
    layers["fixes"] = _uri(tracks(folder, epsg), "fixes") if wanted else ""
    layers["candidates"] = mitigation_candidates(gpkg)
    return layers


def cases(folder: Path, epsg: int, out: Path, names=None):
    """name -> dict(group, label, kind, steps=[(alg, params)]). Paths under ``out``."""
    lay = _layers(folder, epsg, names)
    fences, routes, crossings, units, roads = (
        lay[n] for n in ("fences", "routes", "crossings", "units", "roads")
    )
    o = lambda name: str(out / f"{name}.gpkg")  # noqa: E731
    mem = "TEMPORARY_OUTPUT"
    nogo = {  # the no-go mask's inputs, shared by its two cases
        "STUDY_AREA": lay["study_area"],
        "NOGO": [lay["protected_areas"]],
        "NOGO_BUFFER": NOGO_BUFFER_M,
        "WATER": lay["water"],
        "WATER_NOGO_BUFFER": WATER_NOGO_M,
        "WATER_CAUTION_BUFFER": WATER_CAUTION_M,
    }
    landscape = {  # the landscape's inputs, shared by landscape and mitigation
        "REPORTING_UNITS": units,
        "FENCES": fences,
        "ROADS": roads,
        "TRAFFIC_FIELD": "aadt",
    }
    return {
        "fence_audit": _case(
            "fence",
            "nuudel",
            "fence audit (8 species)",
            (FENCE_ALG, {"INPUT": fences, "OUTPUT": o("audit"), "SUMMARY": o("summary")}),
        ),
        "inventory_check": _case(
            "inventory",
            "nuudel",
            "fence inventory check (fences, crossings, routes)",
            (
                CHECK_ALG,
                {
                    "INPUT": fences,
                    "CROSSINGS": crossings,
                    "ROUTES": routes,
                    "OUTPUT_ISSUES": o("issues"),
                    "REPORT": str(out / "check.html"),
                },
            ),
        ),
        "fence_io": _case("fence", "floor", "I/O floor: savefeatures", _save(fences, o("copy"))),
        "fence_expr": _case(
            "fence",
            "native",
            "fieldcalculator expression",
            _field(fences, "verdicts", 2, 80, 0, FENCE_EXPRESSION, o("expr")),
        ),
        "crossing_spacing": _case(
            "crossing",
            "nuudel",
            "crossing spacing",
            (
                CROSSING_ALG,
                {
                    "INPUT": routes,
                    "ROUTE_FIELD": "route",
                    "CROSSINGS": crossings,
                    "OUTPUT_CROSSINGS": o("crossings"),
                    "OUTPUT_GAPS": o("gaps"),
                    "OUTPUT_PROPOSED": o("proposed"),
                },
            ),
        ),
        "crossing_io": _case(
            "crossing",
            "floor",
            "I/O floor: savefeatures routes+points",
            _save(routes, o("routes")),
            _save(crossings, o("points")),
        ),
        "nogo_mask": _case(
            "nogo", "nuudel", "no-go mask", (NOGO_ALG, dict(nogo, OUTPUT=o("zones")))
        ),
        "nogo_full": _case(
            "nogo",
            "nuudel",
            "no-go mask + cost raster, alignment, report",
            (
                NOGO_ALG,
                dict(
                    nogo,
                    ALIGNMENT=routes,
                    OUTPUT=o("zones_full"),
                    OUTPUT_COST=str(out / "cost.tif"),
                    OUTPUT_CONFLICTS=o("conflicts"),
                    REPORT=str(out / "nogo.html"),
                ),
            ),
        ),
        "nogo_native": _case(
            "nogo",
            "native",
            "native chain: buffer+union+difference",
            _buffer(lay["protected_areas"], NOGO_BUFFER_M),
            _buffer(lay["water"], WATER_NOGO_M),
            _buffer(lay["water"], WATER_CAUTION_M),
            _overlay("native:union", "@0", "@1"),
            ("native:dissolve", {"INPUT": "@3", "OUTPUT": o("nogo")}),
            _overlay("native:difference", "@2", "@4", o("caution")),
            _overlay("native:difference", lay["study_area"], "@4"),
            _overlay("native:difference", "@6", "@5", o("suitable")),
        ),
        "barrier_behaviour": _case(
            "behaviour",
            "nuudel",
            "barrier behaviour (BaBA), 100 animals",
            (
                BEHAVIOUR_ALG,
                {
                    "INPUT": lay["fixes"],
                    "BARRIERS": fences,
                    "OUTPUT_EVENTS": o("events"),
                    "OUTPUT_BARRIERS": o("barriers"),
                    "REPORT": str(out / "behaviour.html"),
                },
            ),
        ),
        "landscape": _case(
            "landscape",
            "nuudel",
            "landscape permeability (8 species, before/after)",
            (
                LANDSCAPE_ALG,
                dict(
                    landscape,
                    CROSSINGS=lay["road_crossings"],
                    ALIGNMENT=lay["alignment"],
                    OUTPUT=o("landscape"),
                ),
            ),
        ),
        "landscape_1sp": _case(
            "landscape",
            "nuudel",
            "landscape permeability, the native chain's task (mgaz, no crossings)",
            (LANDSCAPE_ALG, dict(landscape, SPECIES=[0], OUTPUT=o("landscape_1sp"))),
        ),
        "mitigation": _case(
            "mitigation",
            "nuudel",
            f"mitigation priorities (8 species, top {MITIGATION_TOP})",
            (
                MITIGATION_ALG,
                dict(
                    landscape,
                    CROSSINGS=lay["road_crossings"],
                    CANDIDATES=lay["candidates"],
                    CANDIDATE_TYPE_FIELD="candidate_type",
                    MAX_CANDIDATES=MITIGATION_TOP,
                    OUTPUT=o("mitigation"),
                ),
            ),
        ),
        "landscape_native": _case(
            "landscape",
            "native",
            "native chain: polygonize + area per unit (1 species)",
            (
                "native:extractbyexpression",
                {"INPUT": fences, "EXPRESSION": MGAZ_CUTS, "OUTPUT": mem},
            ),
            (
                "native:extractbyexpression",
                {"INPUT": roads, "EXPRESSION": ROAD_CUTS, "OUTPUT": mem},
            ),
            ("native:polygonstolines", {"INPUT": units, "OUTPUT": mem}),
            ("native:mergevectorlayers", {"LAYERS": ["@0", "@1", "@2"], "OUTPUT": mem}),
            ("native:polygonize", {"INPUT": "@3", "OUTPUT": mem}),
            _overlay("native:intersection", "@4", units),
            _field("@5", "a2", 0, 20, 6, "($area / 1e6) ^ 2", mem),
            (
                "qgis:joinbylocationsummary",
                {
                    "INPUT": units,
                    "JOIN": "@6",
                    "PREDICATE": [1],
                    "JOIN_FIELDS": ["a2"],
                    "SUMMARIES": [5],
                    "OUTPUT": o("meff_native"),
                },
            ),
        ),
    }


GROUPS = {
    "fence": ("fence_audit", "fence_io", "fence_expr"),
    "crossing": ("crossing_spacing", "crossing_io"),
    "nogo": ("nogo_mask", "nogo_full", "nogo_native"),
    "behaviour": ("barrier_behaviour",),
    "landscape": ("landscape", "landscape_1sp", "landscape_native"),
    "inventory": ("inventory_check",),
    "mitigation": ("mitigation",),
}
ORDER = [c for group in GROUPS.values() for c in group]


# --------------------------------------------------------------------------------------------
# child process: one QGIS, one measurement
# --------------------------------------------------------------------------------------------
def _rss_mb():
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return None


def child(spec_path: str):
    spec = json.loads(Path(spec_path).read_text())
    t0 = time.perf_counter()
    from qgis.core import QgsApplication, QgsProcessingFeedback

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    sys.path.insert(0, str(PLUGINS))
    from processing.core.Processing import Processing

    Processing.initialize()
    import nuudel

    import processing

    plugin = nuudel.classFactory(None)
    plugin.initProcessing()
    registry = QgsApplication.processingRegistry()
    result = {"startup_s": time.perf_counter() - t0, "rss_before_mb": _rss_mb()}
    missing = [alg for alg, _ in spec["steps"] if registry.algorithmById(alg) is None]
    if missing:
        result["status"] = "missing"
        result["missing"] = missing
    else:
        outputs = []

        def run_steps():
            for alg, params in spec["steps"]:

                def ref(v):
                    if isinstance(v, list):
                        return [ref(x) for x in v]
                    return outputs[int(v[1:])] if isinstance(v, str) and v.startswith("@") else v

                params = {k: ref(v) for k, v in params.items()}
                res = processing.run(alg, params, feedback=QgsProcessingFeedback())
                outputs.append(res.get("OUTPUT"))

        t1 = time.perf_counter()
        ru0 = resource.getrusage(resource.RUSAGE_SELF)
        if spec.get("profile"):
            import cProfile
            import pstats

            profiler = cProfile.Profile(time.process_time)  # CPU time: robust to a busy machine
            profiler.runcall(run_steps)
            result["time_s"] = time.perf_counter() - t1
            with open(spec["profile"], "w") as fh:
                stats = pstats.Stats(profiler, stream=fh)
                fh.write(f"# {spec['steps'][0][0]}  total {result['time_s']:.2f} s\n")
                stats.sort_stats("cumulative").print_stats(45)
                stats.sort_stats("tottime").print_stats(30)
        else:
            run_steps()
            result["time_s"] = time.perf_counter() - t1
        ru1 = resource.getrusage(resource.RUSAGE_SELF)
        result["cpu_s"] = (ru1.ru_utime - ru0.ru_utime) + (ru1.ru_stime - ru0.ru_stime)
        result["status"] = "ok"
    result["peak_self_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    Path(spec["result"]).write_text(json.dumps(result))
    plugin.unload()
    app.exitQgis()


# --------------------------------------------------------------------------------------------
# parent
# --------------------------------------------------------------------------------------------
def child_env():
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["HOME"] = str(ROOT / "build" / "home")
    runtime = ROOT / "build" / "runtime"
    runtime.mkdir(parents=True, exist_ok=True)
    runtime.chmod(0o700)
    env["XDG_RUNTIME_DIR"] = str(runtime)
    env["NUUDEL_LANG"] = "en"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    Path(env["HOME"]).mkdir(parents=True, exist_ok=True)
    return env


def run_once(case, work: Path, timeout: float, profile=None):
    """One measurement in a fresh process. Returns the child's result dict (+ peak_mb)."""
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    spec = dict(steps=case["steps"], result=str(work / "result.json"), profile=profile)
    spec_path = work / "spec.json"
    spec_path.write_text(json.dumps(spec))
    log = open(work / "log.txt", "w")
    load = os.getloadavg()[0]
    wall = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-P", str(Path(__file__).resolve()), "--child", str(spec_path)],
        stdout=log,
        stderr=subprocess.STDOUT,
        env=child_env(),
        cwd=str(ROOT),
    )
    timer = threading.Timer(timeout, proc.kill)
    timer.start()
    _, status, usage = os.wait4(proc.pid, 0)
    timer.cancel()
    proc.returncode = os.waitstatus_to_exitcode(status)
    log.close()
    wall = time.perf_counter() - wall
    result_file = work / "result.json"
    if result_file.exists():
        result = json.loads(result_file.read_text())
    else:
        tail = (work / "log.txt").read_text(errors="replace")[-1500:]
        result = {"status": "timeout" if proc.returncode == -9 else "error", "log": tail}
    result["peak_mb"] = usage.ru_maxrss / 1024
    result["wall_s"] = wall
    result["load_1min"] = load
    return result


def measure(case, repeat, timeout, work_root, budget):
    """Up to ``repeat`` runs; a case stops repeating once its runs took ``budget`` seconds."""
    runs = []
    spent = 0.0
    while len(runs) < repeat and (not runs or spent < budget):
        res = run_once(case, work_root / "run", timeout)
        runs.append(res)
        spent += res["wall_s"]
        if res["status"] != "ok":
            break
    ok = [r for r in runs if r["status"] == "ok"]
    entry = {
        "label": case["label"],
        "group": case["group"],
        "kind": case["kind"],
        "steps": [alg for alg, _ in case["steps"]],
        "runs": runs,
    }
    if ok:
        entry.update(
            status="ok",
            time_s=statistics.median(r["time_s"] for r in ok),
            times_s=[round(r["time_s"], 3) for r in ok],
            peak_mb=statistics.median(r["peak_mb"] for r in ok),
            cpu_s=statistics.median(r["cpu_s"] for r in ok),
            load_1min=max(r["load_1min"] for r in ok),
            startup_s=statistics.median(r["startup_s"] for r in ok),
        )
    else:
        entry.update(
            status=runs[-1]["status"],
            detail=runs[-1].get("missing") or runs[-1].get("log", "")[-600:],
        )
    return entry


def machine():
    cpu = ""
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    mem_kb = 0
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal:"):
            mem_kb = int(line.split()[1])
    try:
        from qgis.core import Qgis

        qgis_version = Qgis.QGIS_VERSION
    except ImportError:
        qgis_version = "?"
    return {
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "ram_gb": round(mem_kb / 1024 / 1024, 1),
        "os": platform.platform(),
        "python": platform.python_version(),
        "qgis": qgis_version,
    }


def sizes(scale):
    return {k: int(round(v * scale)) for k, v in FULL.items()}


def fmt_time(entry):
    if entry is None:
        return "-"
    if entry["status"] != "ok":
        return {"missing": "not registered"}.get(entry["status"], entry["status"])
    return f"{entry['time_s']:.2f} s ({entry['cpu_s']:.1f})"


def table(results):
    """Markdown table: one row per scale, per group the nuudel time and its ratios."""
    lines = [
        "| scale | fences | fence audit | I/O floor | field calc | audit/floor | "
        "crossings (km / points) | crossing spacing | I/O floor | "
        "no-go inputs (PA / water) | no-go mask | + cost, alignment, report | "
        "native chain | mask/chain | peak MB (audit / spacing / mask / mask+ / chain) | "
        "GPS fixes | barrier behaviour | peak MB |",
        "|" + "---|" * 18,
    ]
    for scale_key, res in results["scales"].items():
        n = res["sizes"]
        c = res["cases"]

        def ratio(a, b, c=c):
            ea, eb = c.get(a), c.get(b)
            if ea and eb and ea["status"] == "ok" and eb["status"] == "ok":
                return (
                    f"{ea['time_s'] / eb['time_s']:.2f}x "
                    f"({ea['cpu_s'] / max(eb['cpu_s'], 1e-9):.2f}x)"
                )
            return "-"

        def mem(name, c=c):
            e = c.get(name)
            return f"{e['peak_mb']:.0f}" if e and e["status"] == "ok" else "-"

        lines.append(
            f"| {float(scale_key):g} | {n['fences']:,} | {fmt_time(c.get('fence_audit'))} | "
            f"{fmt_time(c.get('fence_io'))} | {fmt_time(c.get('fence_expr'))} | "
            f"{ratio('fence_audit', 'fence_io')} | {n['route_km']:,} / {n['crossings']:,} | "
            f"{fmt_time(c.get('crossing_spacing'))} | {fmt_time(c.get('crossing_io'))} | "
            f"{n['protected_areas']:,} / {n['water']:,} | {fmt_time(c.get('nogo_mask'))} | "
            f"{fmt_time(c.get('nogo_full'))} | "
            f"{fmt_time(c.get('nogo_native'))} | {ratio('nogo_mask', 'nogo_native')} | "
            f"{mem('fence_audit')} / {mem('crossing_spacing')} / {mem('nogo_mask')} / "
            f"{mem('nogo_full')} / {mem('nogo_native')} | "
            f"{ANIMALS * max(10, round(FIXES_PER_ANIMAL * n['fences'] / FULL['fences'])):,} | "
            f"{fmt_time(c.get('barrier_behaviour'))} | {mem('barrier_behaviour')} |"
        )
    return "\n".join(lines)


def landscape_table(results):
    """Markdown table of the landscape case and the same task as the native chain (one species,
    no crossings, no alignment) beside that chain; ratios of CPU seconds (the steadier figure
    on a shared machine)."""
    lines = [
        "| scale | fences / road km / crossings | landscape permeability (8 species) | "
        "same task as the chain (mgaz, no crossings) | native chain (1 species) | "
        "8 species / chain (CPU) | same task / chain (CPU) | peak MB (8 / same / chain) |",
        "|" + "---|" * 8,
    ]
    for scale_key, res in results["scales"].items():
        n, c = res["sizes"], res["cases"]
        a, one, b = c.get("landscape"), c.get("landscape_1sp"), c.get("landscape_native")
        if not a and not b:
            continue

        def ratio(x, y=b):
            ok = x and y and x["status"] == "ok" and y["status"] == "ok"
            return f"{x['cpu_s'] / y['cpu_s']:.2f}x" if ok else "-"

        mem = " / ".join(
            f"{e['peak_mb']:.0f}" if e and e["status"] == "ok" else "-" for e in (a, one, b)
        )
        lines.append(
            f"| {float(scale_key):g} | {n['fences']:,} / {n['road_km']:,} / "
            f"{n['road_crossings']:,} | {fmt_time(a)} | {fmt_time(one)} | {fmt_time(b)} | "
            f"{ratio(a)} | {ratio(one)} | {mem} |"
        )
    return "\n".join(lines)


def mitigation_table(results):
    """Markdown table of the mitigation case."""
    lines = [
        "| scale | fences / road km / candidates | mitigation priorities (8 species, "
        f"top {MITIGATION_TOP}) | peak MB |",
        "|" + "---|" * 4,
    ]
    for scale_key, res in results["scales"].items():
        n, e = res["sizes"], res["cases"].get("mitigation")
        if not e:
            continue
        cands = int(round(MITIGATION_CANDIDATES * float(scale_key)))
        mem = f"{e['peak_mb']:.0f}" if e["status"] == "ok" else "-"
        lines.append(
            f"| {float(scale_key):g} | {n['fences']:,} / {n['road_km']:,} / "
            f"{cands:,} | {fmt_time(e)} | {mem} |"
        )
    return "\n".join(lines)


def plot(results, path: Path):
    """Time vs size, one panel per algorithm group, baselines dashed."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("matplotlib not available: no plot written", file=sys.stderr)
        return None
    titles = {
        "fence": "Fence audit (x = fence segments)",
        "crossing": "Crossing spacing (x = crossing points)",
        "nogo": "No-go mask (x = PA polygons + water points)",
        "behaviour": "Barrier behaviour (x = GPS fixes, 100 animals)",
        "landscape": "Landscape permeability (x = fence segments + road km)",
        "mitigation": "Mitigation priorities (x = fence segments + road km)",
    }
    xkey = {
        "fence": lambda n: n["fences"],
        "crossing": lambda n: n["crossings"],
        "nogo": lambda n: n["protected_areas"] + n["water"],
        "behaviour": lambda n: (
            ANIMALS * max(10, round(FIXES_PER_ANIMAL * n["fences"] / FULL["fences"]))
        ),
        "landscape": lambda n: n["fences"] + n["road_km"],
        "mitigation": lambda n: n["fences"] + n["road_km"],
    }
    from matplotlib.ticker import FuncFormatter

    fig, axes = plt.subplots(2, len(GROUPS), figsize=(5 * len(GROUPS), 8.4), sharex="col")
    styles = {
        "nuudel": dict(lw=2.4, marker="o"),
        "floor": dict(lw=1.4, ls="--", marker="s"),
        "native": dict(lw=1.4, ls=":", marker="^"),
    }
    thousands = FuncFormatter(lambda x, _pos: f"{x / 1000:g}k")
    for col, (group, names) in enumerate(GROUPS.items()):
        for row, (key, ylabel) in enumerate(
            (
                ("time_s", "seconds (median, processing.run)"),
                ("peak_mb", "peak memory of the process (MB)"),
            )
        ):
            ax = axes[row, col]
            for name in names:
                xs, ys, label, kind = [], [], None, "native"
                for res in results["scales"].values():
                    e = res["cases"].get(name)
                    if e and e["status"] == "ok":
                        xs.append(xkey[group](res["sizes"]))
                        ys.append(e[key])
                        label, kind = e["label"], e["kind"]
                if xs:
                    ax.plot(xs, ys, label=label, **styles[kind])
            if row == 0:
                ax.set_title(titles.get(group, group), fontsize=10)
            else:
                ax.set_xlabel("features")
            ax.xaxis.set_major_formatter(thousands)
            ax.set_ylabel(ylabel)
            ax.set_xlim(left=0)
            ax.set_ylim(bottom=0)
            ax.grid(alpha=0.3)
            if ax.lines:
                ax.legend(fontsize=8)
    m = results["machine"]
    fig.suptitle(
        f"Nuudel make bench - {m['cpu']}, {m['nproc']} cores, {m['ram_gb']} GB, QGIS {m['qgis']}",
        fontsize=10,
    )
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


README_START = "<!-- bench:start (written by bench/run_bench.py --readme) -->"
README_END = "<!-- bench:end -->"


def max_load(results) -> float:
    return max(
        (
            e.get("load_1min", 0)
            for res in results["scales"].values()
            for e in res["cases"].values()
        ),
        default=0.0,
    )


def readme_block(results) -> str:
    """The README "Performance" table with the machine it was measured on."""
    m = results["machine"]
    lines = [
        README_START,
        f"Measured {results['date_utc']} UTC on {m['cpu']} ({m['nproc']} cores), "
        f"{m['ram_gb']} GB RAM, {m['os']}, QGIS {m['qgis']}, Python {m['python']}; input "
        f"{results['crs']} GeoPackages, output GeoPackages; median of up to "
        f"{results['repeat']} runs, each in a fresh QGIS process; time of processing.run "
        f"(QGIS start-up excluded), in brackets its CPU seconds; peak = ru_maxrss of the "
        f"process; highest 1-min load average during the runs: {max_load(results):.1f} "
        f"on {m['nproc']} cores. Whole run: "
        f"{results.get('total_s', 0) / 60:.1f} min.",
        "",
        table(results),
        "",
        "![time vs size](bench/results.png)",
        README_END,
    ]
    return "\n".join(lines)


def update_readme(results, readme: Path = ROOT / "README.md"):
    text = readme.read_text(encoding="utf-8")
    if README_START not in text or README_END not in text:
        print(f"{readme} has no benchmark markers; not updated", file=sys.stderr)
        return False
    head, rest = text.split(README_START, 1)
    _old, tail = rest.split(README_END, 1)
    readme.write_text(head + readme_block(results) + tail, encoding="utf-8")
    return True


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--scale", type=float, nargs="+", default=SCALES)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--cases", nargs="+", choices=ORDER, default=ORDER)
    parser.add_argument(
        "--crs",
        type=int,
        default=32648,
        choices=[32648, 4326],
        help="input CRS of the generated data (default UTM 48N)",
    )
    parser.add_argument("--timeout", type=float, default=600, help="seconds per run")
    parser.add_argument(
        "--budget",
        type=float,
        default=45,
        help="stop repeating a case once its runs took this many seconds",
    )
    parser.add_argument("--profile", choices=ORDER, help="profile one case (largest scale)")
    parser.add_argument("--output", type=Path, default=BENCH / "results.json")
    parser.add_argument(
        "--merge",
        action="store_true",
        help="add/replace the measured cases in an existing --output",
    )
    parser.add_argument(
        "--readme",
        action="store_true",
        help="only rewrite README's Performance table from --output",
    )
    args = parser.parse_args(argv)
    if args.child:
        child(args.child)
        return 0
    if args.readme:
        results = json.loads(args.output.read_text())
        update_readme(results)
        plot(results, args.output.with_suffix(".png"))
        return 0
    work_root = Path(tempfile.mkdtemp(prefix="nuudel-bench-"))
    try:
        if args.profile:
            scale = max(args.scale)
            folder = generate(scale)
            case = cases(folder, args.crs, work_root / "out", [args.profile])[args.profile]
            dest = BENCH / f"profile_{args.profile}.txt"
            res = run_once(case, work_root / "out", args.timeout, profile=str(dest))
            print(json.dumps({k: v for k, v in res.items() if k != "log"}, indent=1))
            if res["status"] == "ok":
                print(f"profile written to {dest}")
            else:
                print(res.get("log", res.get("missing", "")))
            return 0
        results = {
            "machine": machine(),
            "repeat": args.repeat,
            "crs": f"EPSG:{args.crs}",
            "date_utc": time.strftime("%Y-%m-%d %H:%M", time.gmtime()),
            "scales": {},
        }
        previous_total = 0.0
        if args.merge and args.output.exists():  # add/replace cases in an earlier run
            results = json.loads(args.output.read_text())
            previous_total = results.get("total_s", 0.0)
            results.setdefault("merged_utc", []).append(
                time.strftime("%Y-%m-%d %H:%M", time.gmtime())
            )
        t_all = time.perf_counter()
        for scale in args.scale:
            folder = generate(scale)
            defs = cases(folder, args.crs, work_root / "run", args.cases)
            entry = results["scales"].setdefault(f"{scale:g}", {"sizes": sizes(scale), "cases": {}})
            for name in args.cases:
                res = measure(defs[name], args.repeat, args.timeout, work_root, args.budget)
                entry["cases"][name] = res
                extra = (
                    f"{res['time_s']:.2f} s (runs {res['times_s']}), cpu "
                    f"{res['cpu_s']:.2f} s, peak {res['peak_mb']:.0f} MB, load "
                    f"{res['load_1min']:.1f}"
                    if res["status"] == "ok"
                    else f"{res['status']}: {str(res.get('detail'))[-300:]}"
                )
                print(f"scale {scale:g}  {name:17s} {extra}", flush=True)
        results["total_s"] = round(previous_total + time.perf_counter() - t_all, 1)
        results["scales"] = dict(sorted(results["scales"].items(), key=lambda kv: float(kv[0])))
        for res in results["scales"].values():
            res["cases"] = {k: res["cases"][k] for k in ORDER if k in res["cases"]}
        for res in results["scales"].values():
            for e in res["cases"].values():
                for r in e["runs"]:
                    r.pop("log", None) if r.get("status") == "ok" else None
        args.output.write_text(json.dumps(results, indent=1))
        print()
        m = results["machine"]
        print(
            f"Machine: {m['cpu']}, {m['nproc']} cores, {m['ram_gb']} GB RAM, QGIS {m['qgis']}; "
            f"input {results['crs']}; median of {args.repeat}; total {results['total_s']} s; "
            f"max load {max_load(results):.1f}; times in s (CPU s in brackets)"
        )
        print(table(results))
        print()
        print(landscape_table(results))
        print()
        print(mitigation_table(results))
        png = plot(results, args.output.with_suffix(".png"))
        print(f"\nwrote {args.output}" + (f" and {png}" if png else ""))
    finally:
        shutil.rmtree(work_root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
