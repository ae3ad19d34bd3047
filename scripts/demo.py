"""`make demo`: run every Nuudel algorithm and shipped model headless on the workshop data.

Runs through qgis_process (scripts/nuudel-process), writes styled GeoPackages, HTML reports and
PNG maps into out/, and prints a short summary a trainer can read aloud. An algorithm or model
that is not registered (yet) is skipped with a note. The summary is also written to
out/summary.txt and, with its numbers, to out/summary.json.
    .venv/bin/python scripts/demo.py [--lang mn] [--out out] [--no-maps] [--only key,key]
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import demo_inputs

ROOT = Path(__file__).resolve().parent.parent
PROCESS = ROOT / "scripts" / "nuudel-process"
DATA = ROOT / "resources" / "workshop" / "nuudel_workshop.gpkg"
MODELS = ROOT / "resources" / "models"
PROFILE = ROOT / "resources" / "profiles" / "species.json"
HEADLINE_SPECIES = ("mgaz", "khulan")  # quoted in the summary


def demo_layer(out, name):
    """A layer of out/demo_inputs.gpkg (invented inputs the workshop data lacks)."""
    return f"{out / 'demo_inputs.gpkg'}|layername={name}"


def layer(name, subset=None):
    """A workshop layer URI, optionally with an OGR subset (SQL WHERE) filter."""
    uri = f"{DATA}|layername={name}"
    return f"{uri}|subset={subset}" if subset else uri


# The summary and map titles in Mongolian (terms from /work/shared/glossary-mn.tsv and the
# plugin's own translations). Keys are the English templates used below.
MN = {
    "Fence audit": "Хашааны нэвтрүүлэх чадварын үнэлгээ",
    "Crossing spacing, railway": "Гарц хоорондын зайн шалгалт, төмөр зам",
    "Crossing spacing, road": "Гарц хоорондын зайн шалгалт, авто зам",
    "No-go alignment mask": "Трасс тавихыг хориглох бүсийн маск",
    "EIA screening of the proposed alignment (model)": "Төлөвлөж буй трассын БОНБҮ-ний урьдчилсан үнэлгээ (загвар)",
    "Road traffic barrier": "Авто замын хөдөлгөөний саад",
    "Landscape permeability": "Газар нутгийн нэвтрүүлэх чадвар",
    "Barrier behaviour": "Саадын дэргэдэх зан үйл",
    "Mitigation priorities": "Сөрөг нөлөө бууруулах тэргүүлэх ач холбогдол",
    "Roads by traffic band": "Хөдөлгөөний ангиллаар авто замууд",
    "Effective mesh size per unit": "Тайлангийн нэгж бүрийн холбоот талбайн үр дүнтэй хэмжээ",
    "Candidate fixes in rank order": "Эрэмбийн дарааллаар нэр дэвшигч засварууд",
    "Encounter events": "Тулгарсан тохиолдлууд",
    "Barriers by behaviour": "Зан үйлийн тоотой саадууд",
    "Meshes": "Холбоот талбай",
    "Nuudel workshop data and invented demo inputs (illustrative, not survey data)": "Нүүдэл сургалтын өгөгдөл ба зохиомол жишээ оролт (жишээ, хээрийн судалгааны өгөгдөл биш)",
    "Zones": "Бүсүүд",
    "Proposed alignment by zone": "Бүсээр хуваагдсан трасс",
    "Gaps between crossings": "Гарц хоорондын завсар",
    "Crossing structures": "Гарц гармын байгууламж",
    "Proposed crossings": "Санал болгосон гарцууд",
    "Fence verdict (worst species)": "Хашааны дүгнэлт (хамгийн эмзэг зүйлээр)",
    "Audited fences along the alignment": "Трассын дагуух үнэлсэн хашаа",
    "Crossing gaps": "Гарц хоорондын завсар",
    "Alignment in zones": "Бүсээр хуваагдсан трасс",
    "No-go alignment mask: cost raster": "Трасс тавихыг хориглох бүсийн маск: зардлын растер",
    "Cost raster (no-go: blank)": "Зардлын растер (хориглох бүс: хоосон)",
    "{title}: {barrier:.1f} km barrier to {species}, longest unbroken {longest:.1f} km "
    "(of {total:.1f} km of fences)": "{title} — {species}: саад {barrier:.1f} км, тасралтгүй хамгийн урт саад {longest:.1f} км "
    "(нийт {total:.1f} км хашаанаас)",
    "{title}: {count} gaps longer than the standard for {species} ({km:.1f} km), "
    "{proposed} crossings proposed": "{title} — {species}: стандартаас урт {count} завсар ({km:.1f} км), "
    "санал болгосон гарц {proposed}",
    "{title}: option {label}: {nogo:.1f} km in no-go, {caution:.1f} km in caution, "
    "{suitable:.1f} km suitable": "{title}: {label} хувилбар: хориглох бүсэд {nogo:.1f} км, анхааралтай бүсэд "
    "{caution:.1f} км, тохиромжтой талбайд {suitable:.1f} км",
    "{title}: skipped ({missing} not available)": "{title}: алгасав ({missing} суулгаагүй)",
    "{title}: FAILED (see above)": "{title}: АЛДАА (дээрхийг харна уу)",
    "{title}: done": "{title}: дууссан",
    "Nuudel workshop data (illustrative, not survey data)": "Нүүдэл сургалтын өгөгдөл (жишээ, хээрийн судалгааны өгөгдөл биш)",
    "outputs in {out} ({seconds:.0f} s)": "гаралтууд: {out} ({seconds:.0f} с)",
}


def say(template, lang="en", **values):
    """``template`` in the demo's language, filled with ``values``."""
    return (MN.get(template, template) if lang == "mn" else template).format(**values)


def species_name(code, lang="en"):
    species = json.loads(PROFILE.read_text(encoding="utf-8"))["species"]
    return species.get(code, {}).get(f"name_{lang}", code)


def process_env(lang="en"):
    """The environment for qgis_process: the language, no profile of a calling test runner."""
    env = dict(os.environ, NUUDEL_LANG=lang)
    env.pop("QGIS_CUSTOM_CONFIG_PATH", None)
    return env


def run(alg_id, params, lang):
    """Run one algorithm through qgis_process --json; return its results (or raise)."""
    args = [str(PROCESS), "--json", "run", alg_id, "--"]
    for key, value in params.items():
        for v in value if isinstance(value, list) else [value]:
            args.append(f"{key}={v}")
    proc = subprocess.run(args, capture_output=True, text=True, env=process_env(lang))
    if proc.returncode != 0:
        raise RuntimeError(f"{alg_id} failed:\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout[proc.stdout.index("{") :])["results"]


def model_children(model_path):
    """The algorithm ids a .model3 calls."""
    text = Path(model_path).read_text(encoding="utf-8")
    tags = re.findall(r'<Option[^>]*name="alg_id"[^>]*>', text)
    return sorted({m.group(1) for t in tags if (m := re.search(r'value="([^"]+)"', t))})


def eia_params(out):
    """Model inputs and outputs of nuudel:eiascreening on the workshop data."""
    return {
        "ALIGNMENT": layer("alignment"),
        "ALIGNMENT_OPTION_FIELD": "option",
        "PROTECTED_AREAS": [layer("protected_areas")],
        "CAUTION_AREAS": [layer("calving")],
        "BUFFER_FIELD": "buffer_m",
        "WATER": layer("water"),
        "STUDY_AREA": layer("aimags"),
        "CROSSINGS": layer("crossings"),
        "MIGRATION_RANGE": layer("migration_range"),
        "FENCES": layer("fences"),
        "FENCE_DISTANCE": 5000,
        "nogo:Zones": out / "eia_zones.gpkg",
        "nogo:Alignment in zones": out / "eia_alignment_zones.gpkg",
        "nogo:No-go mask report": out / "eia_nogo.html",
        "spacing:Crossings on the alignment": out / "eia_crossings.gpkg",
        "spacing:Crossing gaps": out / "eia_gaps.gpkg",
        "spacing:Proposed crossings": out / "eia_proposed.gpkg",
        "spacing:Crossing spacing report": out / "eia_spacing.html",
        "audit:Audited fences along the alignment": out / "eia_fences.gpkg",
        "audit:Fence audit summary": out / "eia_fence_summary.gpkg",
        "audit:Fence audit report": out / "eia_fences.html",
    }


def jobs(out):
    """(key, title, algorithm id, parameters, outputs to map) for the demo runs."""
    return [
        (
            "fence_audit",
            "Fence audit",
            "nuudel:fencepermeabilityaudit",
            {
                "INPUT": layer("fences"),
                "OUTPUT": out / "fence_audit.gpkg",
                "SUMMARY": out / "fence_summary.gpkg",
                "REPORT": out / "fence_audit.html",
            },
            ["OUTPUT"],
        ),
        (
            "railway_spacing",
            "Crossing spacing, railway",
            "nuudel:crossingspacingcheck",
            {
                "INPUT": layer("railway"),
                "CROSSINGS": layer("crossings", "network = 'railway'"),
                "ZONES": layer("migration_range"),
                "OUTPUT_CROSSINGS": out / "railway_crossings.gpkg",
                "OUTPUT_GAPS": out / "railway_gaps.gpkg",
                "OUTPUT_PROPOSED": out / "railway_proposed.gpkg",
                "REPORT": out / "railway_spacing.html",
            },
            ["OUTPUT_PROPOSED", "OUTPUT_CROSSINGS", "OUTPUT_GAPS"],
        ),
        (
            "road_spacing",
            "Crossing spacing, road",
            "nuudel:crossingspacingcheck",
            {
                "INPUT": layer("road"),
                "ROUTE_FIELD": "route",
                "CROSSINGS": layer("crossings", "network = 'road'"),
                "OUTPUT_CROSSINGS": out / "road_crossings.gpkg",
                "OUTPUT_GAPS": out / "road_gaps.gpkg",
                "OUTPUT_PROPOSED": out / "road_proposed.gpkg",
                "REPORT": out / "road_spacing.html",
            },
            ["OUTPUT_PROPOSED", "OUTPUT_CROSSINGS", "OUTPUT_GAPS"],
        ),
        (
            "nogo_mask",
            "No-go alignment mask",
            "nuudel:nogoalignmentmask",
            {
                "STUDY_AREA": layer("aimags"),
                "NOGO": [layer("protected_areas")],
                "BUFFER_FIELD": "buffer_m",
                "CAUTION": [layer("calving")],
                "WATER": layer("water"),
                "ALIGNMENT": layer("alignment"),
                "OUTPUT": out / "nogo_zones.gpkg",
                "OUTPUT_COST": out / "nogo_cost.tif",
                "OUTPUT_CONFLICTS": out / "alignment_conflicts.gpkg",
                "REPORT": out / "nogo_mask.html",
            },
            ["OUTPUT_CONFLICTS", "OUTPUT"],
        ),
        (
            "road_traffic",
            "Road traffic barrier",
            "nuudel:roadtrafficbarrier",
            {
                "INPUT": demo_layer(out, "roads_traffic"),
                "TRAFFIC_FIELD": "aadt",
                "BASE_YEAR": 2024,
                "TARGET_YEAR": 2035,
                "GROWTH_RATE": 3,
                "REPORTING_UNITS": layer("aimags"),
                "OUTPUT": out / "road_traffic.gpkg",
                "SUMMARY": out / "road_traffic_summary.gpkg",
                "REPORT": out / "road_traffic.html",
            },
            ["OUTPUT"],
        ),
        (
            "landscape_permeability",
            "Landscape permeability",
            "nuudel:landscapepermeability",
            {
                "REPORTING_UNITS": layer("aimags"),
                "FENCES": layer("fences"),
                "ROADS": layer("road"),
                "CROSSINGS": layer("crossings"),
                "ALIGNMENT": layer("alignment"),
                "OUTPUT": out / "landscape_units.gpkg",
                "OUTPUT_MESHES": out / "landscape_meshes.gpkg",
                "REPORT": out / "landscape_permeability.html",
            },
            ["OUTPUT"],
        ),
        (
            "barrier_behaviour",
            "Barrier behaviour",
            "nuudel:barrierbehaviour",
            {
                "INPUT": demo_layer(out, "fixes"),
                "BARRIERS": layer("fences"),
                "OUTPUT_EVENTS": out / "behaviour_events.gpkg",
                "OUTPUT_BARRIERS": out / "behaviour_barriers.gpkg",
                "REPORT": out / "barrier_behaviour.html",
            },
            ["OUTPUT_EVENTS", "OUTPUT_BARRIERS"],
        ),
        (
            "mitigation_priorities",
            "Mitigation priorities",
            "nuudel:mitigationpriorities",
            {
                "REPORTING_UNITS": layer("aimags"),
                "FENCES": layer("fences"),
                "ROADS": layer("road"),
                "CROSSINGS": layer("crossings"),
                "MAX_CANDIDATES": 20,
                "OUTPUT": out / "mitigation_priorities.gpkg",
                "REPORT": out / "mitigation_priorities.html",
            },
            ["OUTPUT"],
        ),
        (
            "eia_screening",
            "EIA screening of the proposed alignment (model)",
            "nuudel:eiascreening",
            eia_params(out),
            [
                "audit:Audited fences along the alignment",
                "spacing:Proposed crossings",
                "spacing:Crossing gaps",
                "nogo:Alignment in zones",
                "nogo:Zones",
            ],
        ),
    ]


# Further maps of one run: job key -> [(PNG file stem, title, outputs to map)].
EXTRA_MAPS = {
    "nogo_mask": [("nogo_cost", "No-go alignment mask: cost raster", ["OUTPUT_COST"])],
}

LEGEND_TITLES = {
    "OUTPUT_EVENTS": "Encounter events",
    "OUTPUT_BARRIERS": "Barriers by behaviour",
    "OUTPUT_MESHES": "Meshes",
    "OUTPUT": "Zones",
    "OUTPUT_CONFLICTS": "Proposed alignment by zone",
    "OUTPUT_COST": "Cost raster (no-go: blank)",
    "OUTPUT_GAPS": "Gaps between crossings",
    "OUTPUT_CROSSINGS": "Crossing structures",
    "OUTPUT_PROPOSED": "Proposed crossings",
}


OUTPUT_TITLES = {  # legend heading of an algorithm's OUTPUT
    "Fence audit": "Fence verdict (worst species)",
    "Road traffic barrier": "Roads by traffic band",
    "Landscape permeability": "Effective mesh size per unit",
    "Mitigation priorities": "Candidate fixes in rank order",
}


def legend_title(key, title, lang="en"):
    """The legend heading of an output on the demo maps."""
    if ":" in key:  # model output: its name in the model
        heading = key.split(":", 1)[1]
    elif key == "OUTPUT" and title in OUTPUT_TITLES:
        heading = OUTPUT_TITLES[title]
    else:
        heading = LEGEND_TITLES.get(key, key)
    return say(heading, lang)


def _open(path):
    from osgeo import ogr

    ds = ogr.Open(str(path).split("|")[0])
    if ds is None:
        raise RuntimeError(f"cannot open {path}")
    return ds


def fence_numbers(summary_path):
    """species -> {barrier_km, longest_barrier_km, total_km} from a SUMMARY table."""
    ds = _open(summary_path)
    out = {}
    for feat in ds.GetLayer(0):
        total = sum(
            feat.GetField(f"{v}_km") or 0
            for v in ("permeable", "conditional", "barrier", "unknown")
        )
        out[feat.GetField("species")] = {
            "barrier_km": round(feat.GetField("barrier_km"), 1),
            "longest_barrier_km": round(feat.GetField("longest_barrier_km"), 1),
            "total_km": round(total, 1),
        }
    return out


def gap_numbers(gaps_path, proposed_path=None):
    """species -> {too_long, too_long_km, proposed} from OUTPUT_GAPS / OUTPUT_PROPOSED."""
    out = {}
    ds = _open(gaps_path)  # keep the data source alive while its layer is read
    for feat in ds.GetLayer(0):
        row = out.setdefault(
            feat.GetField("species"), {"too_long": 0, "too_long_km": 0.0, "proposed": 0}
        )
        if feat.GetField("status") == "too_long":
            row["too_long"] += 1
            row["too_long_km"] += (feat.GetField("length_m") or 0) / 1000
    if proposed_path:
        ds_proposed = _open(proposed_path)
        lyr = ds_proposed.GetLayer(0)
        names = [
            lyr.GetLayerDefn().GetFieldDefn(i).GetName()
            for i in range(lyr.GetLayerDefn().GetFieldCount())
        ]
        for feat in lyr:
            # a proposed crossing lists the species it serves: "mgaz,ggaz,saiga"
            codes = str(feat.GetField("species")).split(",") if "species" in names else None
            for species, row in out.items():
                if codes is None or species in codes:
                    row["proposed"] += 1
    for row in out.values():
        row["too_long_km"] = round(row["too_long_km"], 1)
    return out


def alignment_options():
    """Workshop alignment feature id -> its option letter (A, B)."""
    ds = _open(DATA)
    return {str(f.GetFID()): f.GetField("option") for f in ds.GetLayerByName("alignment")}


def conflict_numbers(conflicts_path):
    """alignment option (or id) -> zone -> km from OUTPUT_CONFLICTS."""
    ds = _open(conflicts_path)
    lyr = ds.GetLayer(0)
    options = alignment_options()
    out = {}
    for feat in lyr:
        key = str(feat.GetField("alignment_id"))
        zones = out.setdefault(options.get(key, key), {})
        zone = feat.GetField("zone")
        zones[zone] = zones.get(zone, 0.0) + (feat.GetField("length_m") or 0) / 1000
    return {k: {z: round(v, 1) for z, v in zones.items()} for k, zones in out.items()}


def summarise(key, title, results, lang="en"):
    """Summary lines a trainer can quote (in ``lang``), and the numbers behind them."""
    lines, numbers = [], {}
    heading = say(title, lang)
    summary = results.get("audit:Fence audit summary") or (
        results.get("SUMMARY") if key == "fence_audit" else None
    )
    if summary:
        numbers["fences"] = fence_numbers(summary)
        for code in HEADLINE_SPECIES:
            row = numbers["fences"].get(code)
            if row:
                lines.append(
                    say(
                        "{title}: {barrier:.1f} km barrier to {species}, longest unbroken "
                        "{longest:.1f} km (of {total:.1f} km of fences)",
                        lang,
                        title=heading,
                        species=species_name(code, lang),
                        barrier=row["barrier_km"],
                        longest=row["longest_barrier_km"],
                        total=row["total_km"],
                    )
                )
    gaps = results.get("OUTPUT_GAPS") or results.get("spacing:Crossing gaps")
    if gaps:
        proposed = results.get("OUTPUT_PROPOSED") or results.get("spacing:Proposed crossings")
        numbers["gaps"] = gap_numbers(gaps, proposed)
        for code in HEADLINE_SPECIES[:1]:
            row = numbers["gaps"].get(code)
            if row:
                lines.append(
                    say(
                        "{title}: {count} gaps longer than the standard for {species} "
                        "({km:.1f} km), {proposed} crossings proposed",
                        lang,
                        title=heading,
                        species=species_name(code, lang),
                        count=row["too_long"],
                        km=row["too_long_km"],
                        proposed=row["proposed"],
                    )
                )
    conflicts = results.get("OUTPUT_CONFLICTS") or results.get("nogo:Alignment in zones")
    if conflicts:
        numbers["conflicts"] = conflict_numbers(conflicts)
        for label, zones in sorted(numbers["conflicts"].items()):
            lines.append(
                say(
                    "{title}: option {label}: {nogo:.1f} km in no-go, {caution:.1f} km in caution, "
                    "{suitable:.1f} km suitable",
                    lang,
                    title=heading,
                    label=label,
                    nogo=zones.get("nogo", 0),
                    caution=zones.get("caution", 0),
                    suitable=zones.get("suitable", 0),
                )
            )
    return lines or [say("{title}: done", lang, title=heading)], numbers


def render_maps(maps, out, lang):
    """PNG maps of the styled outputs (offscreen render in a QGIS process)."""
    script = ROOT / "scripts" / "render_maps.py"
    if not script.exists() or not maps:
        return
    spec = out / "maps.json"
    spec.write_text(json.dumps(maps, ensure_ascii=False, indent=1), encoding="utf-8")
    env = dict(os.environ, NUUDEL_LANG=lang, QT_QPA_PLATFORM="offscreen")
    subprocess.run([sys.executable, str(script), str(spec)], check=True, env=env)
    # print-ready figures (PDF and PNG, QGIS layouts) in out/figures/
    figures = ROOT / "scripts" / "make_figures.py"
    if figures.exists():
        subprocess.run([sys.executable, str(figures), str(spec)], check=True, env=env)


SOURCES = {
    None: "Nuudel workshop data (illustrative, not survey data)",
    "road_traffic": "Nuudel workshop data and invented demo inputs (illustrative, not survey data)",
    "barrier_behaviour": "Nuudel workshop data and invented demo inputs (illustrative, not "
    "survey data)",
}

# Figures with one page per route or alignment: map stem -> [index in its layers, field].
ATLAS = {
    "railway_spacing": [2, "route"],
    "road_spacing": [2, "route"],
    "nogo_mask": [0, "alignment_id", "alignment"],
}


def job_maps(key, title, to_map, results, out, lang="en"):
    """The maps.json entries of one run: its main map (out/<key>.png) and any EXTRA_MAPS."""
    maps = []
    for stem, map_title, keys in [(key, title, to_map)] + EXTRA_MAPS.get(key, []):
        layers = [[str(results[k]), legend_title(k, title, lang)] for k in keys if results.get(k)]
        if layers:
            maps.append(
                {
                    "title": say(map_title, lang),
                    "png": str(out / f"{stem}.png"),
                    "layers": layers,
                    "atlas": ATLAS.get(stem),
                    "sources": say(SOURCES.get(key, SOURCES[None]), lang),
                }
            )
    return maps


def copy_figures(out, img, lang):
    """The first page of each print figure in out/figures/ as img/figure_<name>[_<lang>].png
    (scripts/report_shots.py's copy, with the language in the name when it is not English)."""
    import report_shots

    suffix = "" if lang == "en" else f"_{lang}"
    with tempfile.TemporaryDirectory() as tmp:
        for path in report_shots.copy_figures(out / "figures", Path(tmp)):
            target = img / f"{path.stem}{suffix}.png"
            shutil.move(str(path), str(target))
            print(target)


def registered():
    """The algorithm ids qgis_process lists (with the plugin enabled)."""
    listing = subprocess.run(
        [str(PROCESS), "list"], capture_output=True, text=True, env=process_env()
    ).stdout
    return set(re.findall(r"^\s+([a-z]+:[A-Za-z0-9_]+)\s", listing, flags=re.M))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default=os.environ.get("NUUDEL_LANG", "en"))
    parser.add_argument("--out", type=Path, default=ROOT / "out")
    parser.add_argument("--no-maps", action="store_true")
    parser.add_argument("--only", default="", help="comma-separated job keys (fence_audit,...)")
    parser.add_argument("--maps", default="", help="comma-separated job keys to map (default all)")
    parser.add_argument(
        "--figures-to", type=Path, help="copy the figures' first pages here (README images)"
    )
    args = parser.parse_args(argv)
    out = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    started = time.time()
    demo_inputs.write(DATA, out)
    available = registered()
    summary, numbers, maps, failed = [], {}, [], 0
    for key, title, alg_id, params, to_map in jobs(out):
        if args.only and key not in args.only.split(","):
            continue
        needed = [alg_id]
        for model in MODELS.glob("*.model3"):
            if "".join(c for c in model.stem.lower() if c.isalnum()) == alg_id.split(":")[1]:
                needed += model_children(model)
        missing = [a for a in needed if a not in available]
        if missing:
            summary.append(
                say(
                    "{title}: skipped ({missing} not available)",
                    args.lang,
                    title=say(title, args.lang),
                    missing=", ".join(missing),
                )
            )
            continue
        print(f"running {alg_id} ({title}) ...", flush=True)
        try:
            results = run(alg_id, params, args.lang)
        except RuntimeError as err:
            print(err, file=sys.stderr)
            summary.append(
                say("{title}: FAILED (see above)", args.lang, title=say(title, args.lang))
            )
            failed += 1
            continue
        lines, numbers[key] = summarise(key, title, results, args.lang)
        summary += lines
        if not args.maps or key in args.maps.split(","):
            maps += job_maps(key, title, to_map, results, out, args.lang)
    if not args.no_maps:
        render_maps(maps, out, args.lang)
        if args.figures_to:
            copy_figures(out, args.figures_to, args.lang)
    text = "\n".join(summary)
    (out / "summary.txt").write_text(text + "\n", encoding="utf-8")
    (out / "summary.json").write_text(
        json.dumps({"lines": summary, "numbers": numbers}, indent=1, ensure_ascii=False),
        encoding="utf-8",
    )
    print(text)
    print(
        say("outputs in {out} ({seconds:.0f} s)", args.lang, out=out, seconds=time.time() - started)
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
