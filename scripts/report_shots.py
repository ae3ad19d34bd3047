"""Screenshots of the HTML reports in a real browser (headless Chromium), for the README/guide.

    .venv/bin/python scripts/report_shots.py [--out out] [--img resources/help/img] [--lang en]

Takes the reports `make demo` wrote into --out and saves the first screen of each (1200 x 1600
CSS pixels) as report_<name>[_mn].png in --img. Needs the Debian package `chromium`.
"""

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ("fence_audit", "railway_spacing", "road_spacing", "nogo_mask")
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


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "out")
    parser.add_argument("--img", type=Path, default=ROOT / "resources" / "help" / "img")
    parser.add_argument("--lang", default="en")
    args = parser.parse_args(argv)
    suffix = "" if args.lang == "en" else f"_{args.lang}"
    done = 0
    for name in REPORTS:
        html = args.out / f"{name}.html"
        if not html.exists():
            print(f"missing {html} (run make demo first)", file=sys.stderr)
            continue
        print(screenshot(html, args.img / f"report_{name}{suffix}.png"))
        done += 1
    return 0 if done else 1


if __name__ == "__main__":
    sys.exit(main())
