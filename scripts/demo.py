"""`make demo`: run every Nuudel algorithm and shipped model headless on the workshop data.

Runs through qgis_process (scripts/nuudel-process), writes styled GeoPackages, HTML reports and
PNG maps into out/, and prints a short summary a trainer can read aloud.
    .venv/bin/python scripts/demo.py [--lang mn] [--out out]
"""

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROCESS = ROOT / "scripts" / "nuudel-process"
DATA = ROOT / "resources" / "workshop" / "nuudel_workshop.gpkg"
MODELS = ROOT / "resources" / "models"


def layer(name):
    return f"{DATA}|layername={name}"


def run(alg_id, params, lang):
    """Run one algorithm through qgis_process --json; return its results (or raise)."""
    args = [str(PROCESS), "--json", "run", alg_id, "--"]
    for key, value in params.items():
        for v in value if isinstance(value, list) else [value]:
            args.append(f"{key}={v}")
    env = dict(os.environ, NUUDEL_LANG=lang)
    env.pop("QGIS_CUSTOM_CONFIG_PATH", None)
    proc = subprocess.run(args, capture_output=True, text=True, env=env)
    if proc.returncode != 0:
        raise RuntimeError(f"{alg_id} failed:\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout[proc.stdout.index("{"):])["results"]


def jobs(out):
    """(title, algorithm id, parameters, outputs to map) for the demo runs."""
    return [
        ("Fence audit", "nuudel:fencepermeabilityaudit", {
            "INPUT": layer("fences"),
            "OUTPUT": out / "fence_audit.gpkg", "SUMMARY": out / "fence_summary.gpkg",
            "REPORT": out / "fence_audit.html"}, ["OUTPUT"]),
        ("Crossing spacing, railway", "nuudel:crossingspacingcheck", {
            "INPUT": layer("railway"), "CROSSINGS": layer("crossings"),
            "ZONES": layer("migration_range"),
            "OUTPUT_CROSSINGS": out / "railway_crossings.gpkg",
            "OUTPUT_GAPS": out / "railway_gaps.gpkg",
            "OUTPUT_PROPOSED": out / "railway_proposed.gpkg",
            "REPORT": out / "railway_spacing.html"},
         ["OUTPUT_GAPS", "OUTPUT_CROSSINGS", "OUTPUT_PROPOSED"]),
        ("Crossing spacing, road", "nuudel:crossingspacingcheck", {
            "INPUT": layer("road"), "ROUTE_FIELD": "route", "CROSSINGS": layer("crossings"),
            "OUTPUT_CROSSINGS": out / "road_crossings.gpkg",
            "OUTPUT_GAPS": out / "road_gaps.gpkg",
            "OUTPUT_PROPOSED": out / "road_proposed.gpkg",
            "REPORT": out / "road_spacing.html"},
         ["OUTPUT_GAPS", "OUTPUT_CROSSINGS", "OUTPUT_PROPOSED"]),
        ("No-go alignment mask", "nuudel:nogoalignmentmask", {
            "STUDY_AREA": layer("aimags"), "NOGO": layer("protected_areas"),
            "CAUTION": [layer("calving")], "WATER": layer("water"),
            "ALIGNMENT": layer("alignment"),
            "OUTPUT": out / "nogo_zones.gpkg", "OUTPUT_COST": out / "nogo_cost.tif",
            "OUTPUT_CONFLICTS": out / "alignment_conflicts.gpkg",
            "REPORT": out / "nogo_mask.html"}, ["OUTPUT", "OUTPUT_CONFLICTS"]),
    ]


def summarise(title, results):
    """One or two lines a trainer can quote."""
    from osgeo import ogr

    lines = []
    if "SUMMARY" in results:
        ds = ogr.Open(str(results["SUMMARY"]).split("|")[0])
        for feat in ds.GetLayer(0):
            if feat.GetField("species") in ("mgaz", "khulan"):
                lines.append(
                    f"  {feat.GetField('species')}: {feat.GetField('barrier_km'):.1f} km barrier, "
                    f"longest unbroken {feat.GetField('longest_barrier_km'):.1f} km")
    if "OUTPUT_GAPS" in results:
        ds = ogr.Open(str(results["OUTPUT_GAPS"]).split("|")[0])
        lyr = ds.GetLayer(0)
        lyr.SetAttributeFilter("status = 'too_long' AND species = 'mgaz'")
        lines.append(f"  Mongolian gazelle: {lyr.GetFeatureCount()} gaps longer than the standard")
    if "OUTPUT_CONFLICTS" in results:
        ds = ogr.Open(str(results["OUTPUT_CONFLICTS"]).split("|")[0])
        km = {}
        for feat in ds.GetLayer(0):
            km[feat.GetField("zone")] = km.get(feat.GetField("zone"), 0) + feat.GetField(
                "length_m") / 1000
        lines.append("  proposed alignment: " + ", ".join(
            f"{v:.1f} km {k}" for k, v in sorted(km.items())))
    return [f"{title}:"] + lines


def render_maps(rendered, out):
    """PNG maps of the styled outputs (offscreen render in a QGIS process)."""
    script = ROOT / "scripts" / "render_maps.py"
    if not script.exists() or not rendered:
        return
    spec = out / "maps.json"
    spec.write_text(json.dumps(rendered), encoding="utf-8")
    subprocess.run([sys.executable, str(script), str(spec)], check=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default=os.environ.get("NUUDEL_LANG", "en"))
    parser.add_argument("--out", type=Path, default=ROOT / "out")
    args = parser.parse_args()
    out = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    listing = subprocess.run([str(PROCESS), "list"], capture_output=True, text=True).stdout
    summary, rendered, started = [], [], time.time()
    for title, alg_id, params, to_map in jobs(out):
        if alg_id not in listing:
            summary.append(f"{title}: skipped ({alg_id} not available)")
            continue
        print(f"running {alg_id} ({title}) ...", flush=True)
        results = run(alg_id, params, args.lang)
        summary += summarise(title, results)
        rendered.append({"title": title, "png": str(out / f"{alg_id.split(':')[1]}_"
                                                     f"{len(rendered)}.png"),
                         "layers": [str(results[k]) for k in to_map if results.get(k)]})
    for model in sorted(MODELS.glob("*.model3")):
        runner = ROOT / "scripts" / "run_model_demo.py"
        if runner.exists():
            print(f"running model {model.name} ...", flush=True)
            subprocess.run([sys.executable, str(runner), str(model), str(out), args.lang],
                           check=True)
    render_maps(rendered, out)
    print("\n".join(summary))
    print(f"outputs in {out} ({time.time() - started:.0f} s)")


if __name__ == "__main__":
    main()
