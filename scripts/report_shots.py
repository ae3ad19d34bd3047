"""Screenshots of the HTML reports in a real browser (headless Chromium), for the README/guide.

    .venv/bin/python scripts/report_shots.py [--out out] [--img resources/help/img] [--lang en]
        [--only fence_audit,road_spacing] [--figures]

Takes the reports `make demo` wrote into --out and saves the first screen of each (1200 x 1600
CSS pixels) as report_<name>[_mn].png in --img. Needs the Debian package `chromium`. With
--figures it also copies the first page of each print figure (out/figures/, QGIS layouts) as
figure_<name>.png, 1300 pixels wide, for the README.
"""

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPORTS = (
    "fence_audit",
    "railway_spacing",
    "road_spacing",
    "nogo_mask",
    "road_traffic",
    "landscape_permeability",
    "barrier_behaviour",
    "mitigation_priorities",
)
FIGURE_WIDTH = 1300  # pixels of the README copy of a figure
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--hide-scrollbars",
)


def browser():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(name):
            return shutil.which(name)
    return None


def screenshot(html: Path, png: Path, size=(1200, 1600), exe=None) -> Path:
    """Render ``html`` in headless Chromium and save the first screen to ``png``."""
    exe = exe or browser()
    if exe is None:
        raise RuntimeError("no Chromium: apt-get install chromium")
    png.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                exe,
                *FLAGS,
                f"--user-data-dir={profile}",
                f"--screenshot={png}",
                f"--window-size={size[0]},{size[1]}",
                html.resolve().as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
    if not png.exists():
        raise RuntimeError(f"Chromium wrote no {png}")
    return png


def copy_figures(figures: Path, img: Path) -> list:
    """The first page of each figure PNG in ``figures`` as img/figure_<name>.png, scaled."""
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtGui import QImage

    written = []
    for png in sorted(figures.glob("*.png")):
        stem = png.stem
        if stem[-2:-1] == "_" and stem[-1].isdigit():  # an atlas page: keep the first only
            if not stem.endswith("_1"):
                continue
            stem = stem[:-2]
        image = QImage(str(png)).scaledToWidth(FIGURE_WIDTH, Qt.SmoothTransformation)
        target = img / f"figure_{stem}.png"
        if image.isNull() or not image.save(str(target)):
            raise RuntimeError(f"could not write {target}")
        written.append(target)
    return written


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "out")
    parser.add_argument("--img", type=Path, default=ROOT / "resources" / "help" / "img")
    parser.add_argument("--lang", default="en")
    parser.add_argument("--only", default="", help="comma-separated report names")
    parser.add_argument("--figures", action="store_true")
    args = parser.parse_args(argv)
    suffix = "" if args.lang == "en" else f"_{args.lang}"
    done = 0
    if args.figures:
        for path in copy_figures(args.out / "figures", args.img):
            print(path)
    for name in [n for n in REPORTS if not args.only or n in args.only.split(",")]:
        html = args.out / f"{name}.html"
        if not html.exists():
            print(f"missing {html} (run make demo first)", file=sys.stderr)
            continue
        print(screenshot(html, args.img / f"report_{name}{suffix}.png"))
        done += 1
    return 0 if done else 1


if __name__ == "__main__":
    sys.exit(main())
