"""`make demo` (scripts/demo.py) on the workshop data: files written, and the numbers the summary
prints are the numbers in the output tables."""

import json
import re
import subprocess
import sys

import pytest
from helpers import ROOT, features
from qgis.core import QgsApplication, QgsVectorLayer

DEMO = ROOT / "scripts" / "demo.py"
NUMBER = r"([0-9]+(?:\.[0-9]+)?)"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    out = tmp_path_factory.mktemp("demo")
    proc = subprocess.run(
        [sys.executable, str(DEMO), "--out", str(out)], capture_output=True, text=True, timeout=600
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return out, proc.stdout


def line(stdout, pattern):
    found = re.search(pattern, stdout)
    assert found, f"{pattern!r} not in\n{stdout}"
    return [float(g) for g in found.groups()]


def test_summary_is_printed_and_saved(demo):
    out, stdout = demo
    saved = (out / "summary.txt").read_text(encoding="utf-8")
    assert saved.strip() and saved.strip() in stdout
    assert json.loads((out / "summary.json").read_text(encoding="utf-8"))["lines"]
    # anything skipped is skipped only because it is not registered
    for skipped in re.findall(r"skipped \((\S+) not available", stdout):
        assert QgsApplication.processingRegistry().algorithmById(skipped) is None, skipped


def test_fence_audit_outputs_and_numbers(plugin, demo):
    out, stdout = demo
    for name in ("fence_audit.gpkg", "fence_summary.gpkg", "fence_audit.html", "fence_audit.png"):
        assert (out / name).stat().st_size > 0, name
    barrier, longest, total = line(
        stdout,
        rf"Fence audit: {NUMBER} km barrier to Mongolian gazelle, longest unbroken "
        rf"{NUMBER} km \(of {NUMBER} km of fences\)",
    )
    row = next(r for r in features(f"{out / 'fence_summary.gpkg'}") if r["species"] == "mgaz")
    assert barrier == pytest.approx(round(row["barrier_km"], 1))
    assert longest == pytest.approx(round(row["longest_barrier_km"], 1))
    # the verdict layer agrees with the summary table
    verdicts = features(f"{out / 'fence_audit.gpkg'}")
    assert total == pytest.approx(sum(r["len_m"] for r in verdicts) / 1000, abs=0.06)
    assert barrier == pytest.approx(
        sum(r["len_m"] for r in verdicts if r["v_mgaz"] == "barrier") / 1000, abs=0.06
    )


def test_crossing_spacing_outputs_and_numbers(plugin, demo):
    out, stdout = demo
    for stem in ("railway", "road"):
        for name in (
            f"{stem}_gaps.gpkg",
            f"{stem}_crossings.gpkg",
            f"{stem}_proposed.gpkg",
            f"{stem}_spacing.html",
            f"{stem}_spacing.png",
        ):
            assert (out / name).stat().st_size > 0, name
        title = "Crossing spacing, railway" if stem == "railway" else "Crossing spacing, road"
        count, km, proposed = line(
            stdout,
            rf"{title}: {NUMBER} gaps longer than the standard for Mongolian gazelle "
            rf"\({NUMBER} km\), {NUMBER} crossings proposed",
        )
        gaps = [
            g
            for g in features(f"{out / f'{stem}_gaps.gpkg'}")
            if g["species"] == "mgaz" and g["status"] == "too_long"
        ]
        assert count == len(gaps)
        assert km == pytest.approx(sum(g["length_m"] for g in gaps) / 1000, abs=0.06)
        points = [
            p
            for p in features(f"{out / f'{stem}_proposed.gpkg'}")
            if "mgaz" in p["species"].split(",")
        ]
        assert proposed == len(points)


def test_nogo_mask_outputs_and_numbers(plugin, demo):
    out, stdout = demo
    for name in ("nogo_zones.gpkg", "alignment_conflicts.gpkg", "nogo_mask.html", "nogo_mask.png"):
        assert (out / name).stat().st_size > 0, name
    conflicts = features(f"{out / 'alignment_conflicts.gpkg'}")
    workshop = ROOT / "resources" / "workshop" / "nuudel_workshop.gpkg"
    layer = QgsVectorLayer(f"{workshop}|layername=alignment", "a", "ogr")
    fids = {f["option"]: f.id() for f in layer.getFeatures()}
    for option in ("A", "B"):
        nogo, caution, suitable = line(
            stdout,
            rf"No-go alignment mask: option {option}: {NUMBER} km in no-go, "
            rf"{NUMBER} km in caution, {NUMBER} km suitable",
        )
        mine = [c for c in conflicts if c["alignment_id"] == fids[option]]
        for zone, km in (("nogo", nogo), ("caution", caution), ("suitable", suitable)):
            assert km == pytest.approx(
                sum(c["length_m"] for c in mine if c["zone"] == zone) / 1000, abs=0.06
            )


def test_cost_raster_map(plugin, demo):
    """The no-go mask's cost raster gets a map of its own, drawn with the plugin's cost style:
    large areas in the suitable colour and the calving ground in the caution colour (far more
    pixels of each than the legend swatches hold)."""
    from collections import Counter

    from nuudel.processing.styles import STYLES_DIR
    from qgis.PyQt.QtGui import QColor, QImage

    out, _ = demo
    assert (out / "nogo_cost.tif").stat().st_size > 0
    spec = json.loads((out / "maps.json").read_text(encoding="utf-8"))
    cost_map = next(m for m in spec if m["png"].endswith("nogo_cost.png"))
    assert [layer[0] for layer in cost_map["layers"]] == [str(out / "nogo_cost.tif")]
    image = QImage(str(out / "nogo_cost.png"))
    assert image.width() >= 1000 and image.height() >= 680
    palette = json.loads((STYLES_DIR / "palette.json").read_text(encoding="utf-8"))
    counts = Counter(
        QColor(image.pixel(x, y)).name()
        for x in range(0, image.width())
        for y in range(0, image.height())
    )
    assert counts[palette["good"]["colour"]] > 0.1 * image.width() * image.height()
    assert counts[palette["caution"]["colour"]] > 600


def test_model_outputs(plugin, demo):
    out, stdout = demo
    assert "EIA screening of the proposed alignment (model): skipped" not in stdout
    for name in (
        "eia_fences.gpkg",
        "eia_fence_summary.gpkg",
        "eia_gaps.gpkg",
        "eia_alignment_zones.gpkg",
        "eia_fences.html",
        "eia_screening.png",
    ):
        assert (out / name).stat().st_size > 0, name


def test_each_network_gets_its_own_crossings(demo):
    """The railway run reads only the railway crossings, the road run only the road ones."""
    out, _ = demo
    workshop = ROOT / "resources" / "workshop" / "nuudel_workshop.gpkg"
    everything = features(f"{workshop}|layername=crossings")
    for network in ("railway", "road"):
        mine = features(f"{out / f'{network}_crossings.gpkg'}")
        assert len(mine) == sum(1 for c in everything if c["network"] == network) > 0
        assert {c["network"] for c in mine} == {network}


def test_mongolian_summary_has_the_same_numbers(demo):
    """`demo.py --lang mn` words the summary in Mongolian around the same numbers."""
    sys.path.insert(0, str(ROOT / "scripts"))
    import demo as script

    out, stdout = demo
    results = {"SUMMARY": str(out / "fence_summary.gpkg")}
    english = script.summarise("fence_audit", "Fence audit", results)[0][0]
    mongolian = script.summarise("fence_audit", "Fence audit", results, "mn")[0][0]
    assert english in stdout
    assert re.search("[\u0400-\u04ff]", mongolian) and "km" not in mongolian
    assert mongolian.startswith("Хашааны нэвтрүүлэх чадварын үнэлгээ — цагаан зээр:")
    assert re.findall(NUMBER, mongolian) == re.findall(NUMBER, english)
    assert (
        script.legend_title("OUTPUT_GAPS", "Crossing spacing, road", "mn")
        == "Гарц хоорондын завсар"
    )


def test_every_algorithm_has_a_print_figure(demo):
    """`make demo` runs all eight algorithms and exports each one's print figure (PDF and
    PNG); the atlas figures have one PNG page per route or alignment option."""
    out, _stdout = demo
    figures = out / "figures"
    for stem in (
        "fence_audit",
        "road_traffic",
        "landscape_permeability",
        "barrier_behaviour",
        "mitigation_priorities",
        "eia_screening",
    ):
        assert (figures / f"{stem}.pdf").stat().st_size > 10000, stem
        assert (figures / f"{stem}.png").stat().st_size > 10000, stem
    for stem, pages in (("road_spacing", 2), ("nogo_mask", 2), ("railway_spacing", 1)):
        assert (figures / f"{stem}.pdf").stat().st_size > 10000, stem
        assert sorted(p.name for p in figures.glob(f"{stem}_*.png")) == [
            f"{stem}_{n}.png" for n in range(1, pages + 1)
        ]
