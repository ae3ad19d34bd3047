"""Nuudel's barrier behaviour analysis side by side with the R package BaBA (Xu et al. 2021).

    .venv/bin/python scripts/compare_baba.py [--baba-r /tmp/baba_r/BaBA.R] [--data worked,synthetic]
        [--out build/compare_baba] [--no-qgis] [--fixture test/core/data]

Each data set is written to one GeoPackage (layers ``fixes``: animal_id, time as text; and
``barriers``), then classified by
- R: ``Rscript`` sources BaBA.R (the package's R/BaBA.R from github.com/wx-ecology/BaBA, run
  here at commit 476a5506, not shipped with Nuudel: pass its path) and calls ``BaBA(animal, barrier, d, ...)`` on the layers read with sf; the time of the BaBA()
  call alone is measured inside R;
- Nuudel's core (processing/core/behaviour.py) on the same planar coordinates;
- with QGIS (unless --no-qgis) the whole algorithm nuudel:barrierbehaviour on the GeoPackage.
The events are matched by animal and start time; the script prints the counts per behaviour,
the event-by-event agreement, every disagreement with both sides' numbers, and the times, and
writes them to <out>/compare_baba.json. ``--fixture DIR`` also writes the ``fixture`` data set
and R's events to DIR (the committed fixture of test/core/test_behaviour_baba.py).

Data sets: ``worked`` is the issue's worked example (test/core/test_behaviour.py), ``synthetic``
a pronghorn-like set about the size of BaBA's own example (9 animals x 1,000 fixes every 2 h,
3 % of fixes missing, correlated random walks around a home point near a grid of fences; the
package's pronghorn.rda and fences.rda could not be obtained), ``gaps`` the same with 10 %
missing and TOLERANCE 4 h, ``max_cross`` the synthetic set with the package README's
max_cross = 4, ``fixture`` the small committed set, and ``quirks`` the two documented
differences on purpose. Run on a quiet machine: other processes inflate the times.

Example (R 4.2.2 and sf from Debian: apt-get install r-base-core r-cran-sf r-cran-dplyr):
    .venv/bin/python scripts/compare_baba.py --data worked,quirks,fixture,synthetic,gaps
"""

import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import shapely

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "build" / "plugins"))
sys.path.insert(0, str(ROOT / "test" / "core"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from nuudel.processing.core import behaviour as bb  # noqa: E402

EPOCH = 1619827200  # 2021-05-01 00:00:00 UTC
EPSG = 32648
X0, Y0 = 500000.0, 4800000.0
R_CODES = {
    "Bounce": bb.BOUNCE,
    "Quick_Cross": bb.QUICK_CROSS,
    "Back_n_forth": bb.BACK_AND_FORTH,
    "Trace": bb.TRACE,
    "Trapped": bb.TRAPPED,
    "Average_Movement": bb.AVERAGE_MOVEMENT,
    "unknown": bb.UNKNOWN,
}

# The driver (ours): read the GeoPackage with sf, call BaBA(), write its classification.
R_DRIVER = r"""
args <- commandArgs(trailingOnly = TRUE)
suppressPackageStartupMessages({library(sf); library(dplyr)})
source(args[1])
gpkg <- args[2]
p <- as.numeric(args[4:10])
animal <- sf::st_read(gpkg, layer = "fixes", quiet = TRUE)
sf::st_geometry(animal) <- "geometry"
animal$Animal.ID <- animal$animal_id
animal$date <- as.POSIXct(animal$time, format = "%Y-%m-%d %H:%M:%S", tz = "UTC")
barrier <- sf::st_read(gpkg, layer = "barriers", quiet = TRUE)
elapsed <- system.time(
  out <- BaBA(animal, barrier, d = p[1], b_time = p[2], p_time = p[3], w = p[4],
              tolerance = p[5], max_cross = p[6], sd_multiplier = p[7])
)[["elapsed"]]
ev <- out$classification
ev$start_s <- as.numeric(ev$start_time)
ev$end_s <- as.numeric(ev$end_time)
ev$duration <- as.numeric(ev$duration)
keep <- c("AnimalID", "burstID", "start_s", "end_s", "duration", "cross", "str_i",
          "str_mean", "str_sd", "eventTYPE")
write.csv(ev[, keep], args[3], row.names = FALSE)
cat(sprintf("BABA_SECONDS %.3f\n", elapsed))
cat(sprintf("R_VERSION %s\n", R.version.string))
"""


# -- data -------------------------------------------------------------------------------------
def worked():
    """The issue's worked example (1 h fixes, one straight fence) as in the core tests."""
    from test_behaviour import FENCE, worked_example

    animal, t, x, y = worked_example()
    return dict(
        animal=np.array(animal, dtype=object),
        t=np.asarray(t) + EPOCH,
        x=np.asarray(x) + X0,
        y=np.asarray(y) + Y0,
        barriers=[shapely.affinity.translate(FENCE, X0, Y0)],
        settings=bb.Settings(distance=100.0),
    )


def synthetic(animals=9, fixes=1000, step_h=2.0, missing=0.03, tolerance=0.0, seed=20261201):
    """Pronghorn-like tracks: correlated random walks pulled back to a home point
    (Ornstein-Uhlenbeck), the homes on a grid of fences 4 km apart (and one diagonal); the
    animals' mean steps differ (80 to 600 m per fix, 20 m for the last, at home on a fence) so
    that short and long encounters occur."""
    rng = np.random.default_rng(seed)
    lines = [
        shapely.LineString([(X0 - 8000, Y0 + k), (X0 + 8000, Y0 + k)]) for k in (-4000, 0, 4000)
    ]
    lines += [
        shapely.LineString([(X0 + k, Y0 - 8000), (X0 + k, Y0 + 8000)]) for k in (-4000, 0, 4000)
    ]
    lines.append(shapely.LineString([(X0 - 8000, Y0 - 6000), (X0 + 2000, Y0 + 8000)]))
    homes = np.column_stack([rng.uniform(-5000, 5000, animals), rng.uniform(-5000, 5000, animals)])
    homes += [X0, Y0]
    xy = np.zeros((animals, fixes, 2))
    xy[:, 0] = homes
    heading = rng.uniform(0, 2 * np.pi, animals)
    turns = rng.normal(0, 0.7, (fixes, animals))
    scale = np.resize([300.0, 150.0, 80.0, 40.0], animals)
    scale[-1] = 10.0  # the last one lives on a fence: long (trapped) encounters
    homes[-1] = [X0 + 1500.0, Y0 + 30.0]
    xy[-1, 0] = homes[-1]
    steps = rng.gamma(2.0, 1.0, (fixes, animals)) * scale
    for i in range(1, fixes):
        heading = heading + turns[i]
        pull = 0.03 * (homes - xy[:, i - 1])
        xy[:, i, 0] = xy[:, i - 1, 0] + steps[i] * np.cos(heading) + pull[:, 0]
        xy[:, i, 1] = xy[:, i - 1, 1] + steps[i] * np.sin(heading) + pull[:, 1]
    t = EPOCH + np.arange(fixes) * step_h * 3600.0
    keep = rng.random((animals, fixes)) >= missing
    keep[:, :2] = True  # the first fixes of each animal fix the interval
    animal = np.repeat([f"p{a:02d}" for a in range(animals)], fixes).reshape(animals, fixes)
    return dict(
        animal=animal[keep].astype(object),
        t=np.broadcast_to(t, (animals, fixes))[keep],
        x=np.round(xy[:, :, 0][keep], 2),  # centimetres: the fixture CSV holds them exactly
        y=np.round(xy[:, :, 1][keep], 2),
        barriers=lines,
        settings=bb.Settings(distance=110.0, tolerance=tolerance),  # BaBA's example: d = 110
    )


def quirks():
    """Two documented differences, on purpose (one animal, 1 h fixes, one fence 0..10 km):
    a fix 98.9 m from the fence's end at 45 degrees (inside DISTANCE = 100 m, outside the
    package's buffer polygon of 5 segments a quarter circle), and a half-hour step that makes
    the package's burst number (cumulative sum of the time differences) fall back to an earlier
    event's, so that it joins two runs 3 h apart into one event."""
    hours, xy = [], []

    def add(h, x, y):
        hours.append(h)
        xy.append((x, y))

    for i in range(10):  # far from the fence
        add(i, 12000.0 + 300 * i, 3000.0)
    cap = 98.9 / np.sqrt(2.0)
    for i, (x, y) in enumerate([(10500, 600), (10200, 250), (10000 + cap, cap), (10200, 300)]):
        add(10 + i, x, y)
    for i in range(14, 20):
        add(i, 9000.0 - 300 * (i - 14), 600.0)
    for h, x, y in [
        (20, 5000, 50), (21, 5010, 60), (22, 5020, 50), (23, 5000, 500),
        (24, 5000, 50), (24.5, 5005, 60), (25, 5010, 50), (26, 5000, 600),
    ]:  # fmt: skip
        add(h, x, y)
    for i in range(27, 240):  # wander far from the fence again
        a = i * 2 * np.pi / 7
        add(i, 5000 + 1000 * np.cos(a), 5000 + 1000 * np.sin(a))
    xy = np.round(np.array(xy, dtype=float), 2)
    return dict(
        animal=np.array(["q"] * len(hours), dtype=object),
        t=EPOCH + np.array(hours) * 3600.0,
        x=xy[:, 0] + X0,
        y=xy[:, 1] + Y0,
        barriers=[shapely.LineString([(X0, Y0), (X0 + 10000.0, Y0)])],
        settings=bb.Settings(distance=100.0),
    )


DATASETS = {
    "quirks": quirks,
    "worked": worked,
    "synthetic": synthetic,
    # more fixes missing and gaps up to 4 h bridged (TOLERANCE)
    "gaps": lambda: synthetic(missing=0.10, tolerance=4.0, seed=20261202),
    # the package's README call on its pronghorn: BaBA(pronghorn, fences, d = 110, max_cross = 4)
    "max_cross": lambda: dict(synthetic(), settings=bb.Settings(distance=110.0, max_cross=4)),
    # the small set of test/core/test_behaviour_baba.py (every behaviour occurs)
    "fixture": lambda: synthetic(animals=5, fixes=500, missing=0.05, tolerance=4.0, seed=11),
}


def write_gpkg(path: Path, data):
    from osgeo import ogr, osr

    if path.exists():
        path.unlink()
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer("fixes", srs, ogr.wkbPoint)
    layer.CreateField(ogr.FieldDefn("animal_id", ogr.OFTString))
    layer.CreateField(ogr.FieldDefn("time", ogr.OFTString))
    stamps = np.array(data["t"], dtype="datetime64[s]").astype(str)
    layer.StartTransaction()
    for a, s, x, y in zip(data["animal"], stamps, data["x"].tolist(), data["y"].tolist()):
        feat = ogr.Feature(layer.GetLayerDefn())
        feat.SetField(0, str(a))
        feat.SetField(1, s.replace("T", " "))
        feat.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({x!r} {y!r})"))
        layer.CreateFeature(feat)
    layer.CommitTransaction()
    layer = ds.CreateLayer("barriers", srs, ogr.wkbLineString)
    layer.CreateField(ogr.FieldDefn("barrier_id", ogr.OFTInteger))
    for i, line in enumerate(data["barriers"]):
        feat = ogr.Feature(layer.GetLayerDefn())
        feat.SetField(0, i + 1)
        feat.SetGeometry(ogr.CreateGeometryFromWkt(line.wkt))
        layer.CreateFeature(feat)
    ds = None


# -- runs -------------------------------------------------------------------------------------
def _arguments(s: bb.Settings):
    return [s.distance, s.b_time, s.p_time, s.window, s.tolerance, s.max_cross, s.sd_multiplier]


def run_r(baba_r: Path, gpkg: Path, settings, work: Path):
    """R BaBA's events (dicts) and the seconds of its BaBA() call, and R's version."""
    driver = work / "run_baba.R"
    driver.write_text(R_DRIVER)
    out = work / f"{gpkg.stem}_r.csv"
    cmd = ["Rscript", str(driver), str(baba_r), str(gpkg), str(out)]
    cmd += [repr(float(v)) for v in _arguments(settings)]
    wall = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.perf_counter() - wall
    if proc.returncode:
        raise SystemExit(f"Rscript failed:\n{proc.stdout[-2000:]}\n{proc.stderr[-4000:]}")
    info = dict(line.split(" ", 1) for line in proc.stdout.splitlines() if line[:2] in ("BA", "R_"))
    with open(out, newline="") as f:
        rows = list(csv.DictReader(f))
    events = [
        dict(
            animal=r["AnimalID"],
            start=float(r["start_s"]),
            end=float(r["end_s"]),
            duration_h=float(r["duration"]),
            crossings=int(r["cross"]),
            straightness=_num(r["str_i"]),
            str_mean=_num(r["str_mean"]),
            str_sd=_num(r["str_sd"]),
            behaviour=R_CODES[r["eventTYPE"]],
        )
        for r in rows
    ]
    return events, float(info["BABA_SECONDS"]), wall, info.get("R_VERSION", "").strip(), out


def _num(text):
    return float(text) if text not in ("", "NA", "NaN") else float("nan")


def run_core(data):
    """Nuudel's core on the planar coordinates (as BaBA measures them): events, seconds."""
    wall = time.perf_counter()
    res = bb.analyse(
        data["animal"],
        data["t"],
        data["x"],
        data["y"],
        data["barriers"],
        data["settings"],
        true_metres=False,
    )
    wall = time.perf_counter() - wall
    names = res.fixes.animals[res.event_animal]
    events = [
        dict(
            animal=str(names[i]),
            start=float(res.start[i]),
            end=float(res.end[i]),
            duration_h=float(res.duration_h[i]),
            crossings=int(res.crossings[i]),
            straightness=float(res.straightness[i]),
            str_mean=float(res.str_mean[i]),
            str_sd=float(res.str_sd[i]),
            behaviour=str(res.behaviour[i]),
            reason=str(res.reason[i]),
        )
        for i in range(len(res))
    ]
    return events, wall


def run_algorithm(gpkg: Path, settings, work: Path):
    """The whole nuudel:barrierbehaviour on the GeoPackage, twice: events (dicts) and the
    seconds of each run."""
    from qgis.core import QgsVectorLayer

    import processing

    params = dict(
        INPUT=f"{gpkg}|layername=fixes",
        BARRIERS=f"{gpkg}|layername=barriers",
        DISTANCE=settings.distance,
        B_TIME=settings.b_time,
        P_TIME=settings.p_time,
        WINDOW=settings.window,
        TOLERANCE=settings.tolerance,
        MAX_CROSS=settings.max_cross,
        SD_MULTIPLIER=settings.sd_multiplier,
        OUTPUT_EVENTS=str(work / f"{gpkg.stem}_events.gpkg"),
        OUTPUT_BARRIERS=str(work / f"{gpkg.stem}_barriers.gpkg"),
    )
    walls = []
    for _ in range(2):  # the first run in a session also loads styles and translations
        wall = time.perf_counter()
        result = processing.run("nuudel:barrierbehaviour", params)
        walls.append(time.perf_counter() - wall)
    layer = QgsVectorLayer(result["OUTPUT_EVENTS"], "events", "ogr")
    events = []
    for f in layer.getFeatures():
        events.append(
            dict(
                animal=f["animal"],
                start=f["start"].toMSecsSinceEpoch() / 1000.0,
                crossings=int(f["crossings"]),
                behaviour=f["behaviour"],
            )
        )
    return events, walls


def start_qgis():
    sys.path.append("/usr/share/qgis/python/plugins")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from nuudel.processing.provider import NuudelProvider
    from processing.core.Processing import Processing

    Processing.initialize()
    provider = NuudelProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    return app, provider


# -- comparison -------------------------------------------------------------------------------
def compare(r_events, n_events):
    """Counts per behaviour of both, events matched by (animal, start), the disagreements."""
    key = lambda e: (str(e["animal"]), round(e["start"]))  # noqa: E731
    r_by = {key(e): e for e in r_events}
    n_by = {key(e): e for e in n_events}
    both = sorted(set(r_by) & set(n_by))
    same = [k for k in both if r_by[k]["behaviour"] == n_by[k]["behaviour"]]
    cross = [k for k in both if r_by[k]["crossings"] == n_by[k]["crossings"]]
    differ = [dict(key=list(k), r=r_by[k], nuudel=n_by[k]) for k in both if k not in same]
    return dict(
        counts_r={c: sum(e["behaviour"] == c for e in r_events) for c in bb.BEHAVIOURS},
        counts_nuudel={c: sum(e["behaviour"] == c for e in n_events) for c in bb.BEHAVIOURS},
        events_r=len(r_events),
        events_nuudel=len(n_events),
        matched=len(both),
        same_behaviour=len(same),
        same_crossings=len(cross),
        only_r=[list(k) for k in sorted(set(r_by) - set(n_by))],
        only_nuudel=[list(k) for k in sorted(set(n_by) - set(r_by))],
        disagreements=differ,
    )


def write_fixture(folder: Path, data, r_events, r_version):
    """The data set (fixes, barriers as WKT, settings) and R BaBA's events, as CSV/JSON."""
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "baba_fixture_fixes.csv", "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["animal", "t", "x", "y"])
        for row in zip(data["animal"], data["t"].astype(np.int64), data["x"], data["y"]):
            w.writerow([row[0], int(row[1]), f"{row[2]:.2f}", f"{row[3]:.2f}"])
    s = data["settings"]
    meta = dict(
        source="R BaBA (wx-ecology/BaBA R/BaBA.R) on this data, scripts/compare_baba.py",
        r_version=r_version,
        settings={k: getattr(s, k) for k in s.__dataclass_fields__},
        barriers=[line.wkt for line in data["barriers"]],
    )
    (folder / "baba_fixture.json").write_text(json.dumps(meta, indent=1) + "\n")
    fields = ["animal", "start", "end", "crossings", "behaviour"]
    with open(folder / "baba_fixture_r_events.csv", "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=fields, extrasaction="ignore", lineterminator="\n")
        w.writeheader()
        for e in r_events:
            w.writerow(dict(e, start=int(e["start"]), end=int(e["end"])))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--baba-r", default=os.environ.get("NUUDEL_BABA_R", "/tmp/baba_r/BaBA.R"))
    ap.add_argument("--data", default="worked,synthetic")
    ap.add_argument("--out", default=str(ROOT / "build" / "compare_baba"))
    ap.add_argument("--no-qgis", action="store_true", help="only the core, not the algorithm")
    ap.add_argument("--fixture", help="folder: write the 'fixture' data set and R's events there")
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    qgis = None if args.no_qgis else start_qgis()
    report = {}
    for name in args.data.split(","):
        data = DATASETS[name]()
        gpkg = out / f"baba_{name}.gpkg"
        write_gpkg(gpkg, data)
        with tempfile.TemporaryDirectory() as tmp:
            r_events, r_s, r_wall, r_version, _csv = run_r(
                Path(args.baba_r), gpkg, data["settings"], Path(tmp)
            )
        if args.fixture and name == "fixture":
            write_fixture(Path(args.fixture), data, r_events, r_version)
        n_events, n_s = run_core(data)
        entry = dict(fixes=len(data["t"]), r_version=r_version, r_seconds=r_s, r_wall=r_wall)
        entry.update(core_seconds=n_s, core=compare(r_events, n_events))
        if qgis:
            a_events, a_s = run_algorithm(gpkg, data["settings"], out)
            entry.update(algorithm_seconds=min(a_s), algorithm_runs=a_s)
            entry.update(algorithm=compare(r_events, a_events))
        report[name] = entry
        _print(name, entry)
    (out / "compare_baba.json").write_text(json.dumps(report, indent=1, default=_plain))
    print(f"written {out / 'compare_baba.json'}")


def _plain(value):
    if isinstance(value, (np.integer, np.floating)):
        return value.item()
    return str(value)


def _print(name, e):
    print(f"== {name}: {e['fixes']} fixes, {e['r_version']}")
    for side in ("core", "algorithm"):
        if side not in e:
            continue
        c = e[side]
        print(
            f"  {side}: events R {c['events_r']}, Nuudel {c['events_nuudel']}, matched {c['matched']}"
        )
        print(
            f"    same behaviour {c['same_behaviour']}/{c['matched']}, same crossings {c['same_crossings']}"
        )
        print(
            "    "
            + "  ".join(f"{k}: {c['counts_r'][k]}/{c['counts_nuudel'][k]}" for k in bb.BEHAVIOURS)
        )
        for d in c["disagreements"][:20]:
            r, n = d["r"], d["nuudel"]
            print(
                f"    differ {d['key']}: R {r['behaviour']} (cross {r['crossings']}, str "
                f"{r.get('straightness', float('nan')):.4f}, mean {r.get('str_mean', float('nan')):.4f}, "
                f"sd {r.get('str_sd', float('nan')):.4f}) vs Nuudel {n['behaviour']} (cross "
                f"{n['crossings']}, str {n.get('straightness', float('nan')):.4f}, mean "
                f"{n.get('str_mean', float('nan')):.4f}, sd {n.get('str_sd', float('nan')):.4f}, "
                f"{n.get('reason', '')})"
            )
        for k in ("only_r", "only_nuudel"):
            if c[k]:
                print(f"    {k}: {c[k][:10]}")
    ratio = e["r_seconds"] / max(e["core_seconds"], 1e-9)
    print(
        f"  time: R BaBA() {e['r_seconds']:.2f} s (Rscript {e['r_wall']:.2f} s), Nuudel core "
        f"{e['core_seconds']:.3f} s ({ratio:.0f}x)",
        end="",
    )
    if "algorithm_seconds" in e:
        ratio = e["r_seconds"] / e["algorithm_seconds"]
        runs = ", ".join(f"{v:.3f}" for v in e["algorithm_runs"])
        print(
            f", nuudel:barrierbehaviour {e['algorithm_seconds']:.3f} s ({ratio:.0f}x; runs {runs} s)"
        )
    else:
        print()


if __name__ == "__main__":
    main()
