"""Build nuudel.zip for the QGIS plugin repository (or Plugins > Install from ZIP).

The zip holds the files git tracks (minus development-only ones) plus the compiled .qm
translations, under a top folder `nuudel/`. qgis-plugin-ci was considered: it expects the plugin
in a sub-folder of the repository, while here the repository root is the plugin folder, so this
small script does the same job.
"""

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV_ONLY_DIRS = ("test/", "bench/", ".ci/", "scripts/", "i18n/pending/", ".github/")
DEV_ONLY_FILES = {"Makefile", "pyproject.toml", ".gitignore", ".pre-commit-config.yaml"}
FORBIDDEN_SUFFIXES = (".pyc", ".pyo", ".so", ".dll", ".dylib", ".exe", ".pyd", ".bin")


def plugin_files():
    """Tracked files that belong in the plugin, plus built .qm files."""
    listed = subprocess.run(["git", "ls-files"], cwd=ROOT, check=True, capture_output=True,
                            text=True).stdout.splitlines()
    files = [f for f in listed
             if not f.startswith(DEV_ONLY_DIRS) and f not in DEV_ONLY_FILES
             and "__pycache__" not in f and (ROOT / f).is_file()]
    files += sorted(str(p.relative_to(ROOT)) for p in (ROOT / "i18n").glob("*.qm"))
    bad = [f for f in files if f.endswith(FORBIDDEN_SUFFIXES)]
    if bad:
        sys.exit(f"refusing to package binaries: {bad}")
    return sorted(set(files))


def main(out=ROOT / "nuudel.zip"):
    if not list((ROOT / "i18n").glob("*.qm")):
        sys.exit("no compiled translations: run `make qm` first")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for rel in plugin_files():
            zf.write(ROOT / rel, f"nuudel/{rel}")
    print(f"wrote {out} ({out.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "nuudel.zip")
