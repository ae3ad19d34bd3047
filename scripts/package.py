"""Build nuudel.zip for the QGIS plugin repository (or Plugins > Install from ZIP).

The zip holds the files git tracks (minus development-only ones) plus the compiled .qm
translations, under a top folder `nuudel/`. qgis-plugin-ci was considered: it expects the plugin
in a sub-folder of the repository, while here the repository root is the plugin folder, so this
small script does the same job.
"""

import re
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV_ONLY_DIRS = ("test/", "bench/", ".ci/", "scripts/", "i18n/pending/", ".github/")
DEV_ONLY_FILES = {"Makefile", "pyproject.toml", ".gitignore", ".pre-commit-config.yaml"}
FORBIDDEN_SUFFIXES = (".pyc", ".pyo", ".so", ".dll", ".dylib", ".exe", ".pyd", ".bin")
# Modules only tests and scripts use (processing/render.py renders the guide's and the tests'
# PNG maps): left out of the zip unless a packaged module imports one.
DEV_ONLY_MODULES = ("processing/render.py",)


def imports_module(source: str, stem: str) -> bool:
    """Whether Python ``source`` imports a module named ``stem`` (relative or absolute)."""
    return (
        re.search(
            rf"^\s*(from\s+[.\w]*\b{stem}\s+import\b|from\s+[.\w]+\s+import\s+"
            rf"[^\n]*\b{stem}\b|import\s+[.\w]*\b{stem}\b)",
            source,
            flags=re.M,
        )
        is not None
    )


def drop_dev_modules(files):
    """``files`` less the DEV_ONLY_MODULES that no other packaged module imports."""
    kept = []
    for rel in files:
        if rel in DEV_ONLY_MODULES:
            stem = Path(rel).stem
            users = [
                f
                for f in files
                if f.endswith(".py")
                and f != rel
                and imports_module((ROOT / f).read_text(encoding="utf-8"), stem)
            ]
            if not users:
                continue
        kept.append(rel)
    return kept


def plugin_files():
    """Tracked files that belong in the plugin, plus built .qm files."""
    listed = subprocess.run(
        ["git", "ls-files"], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout.splitlines()
    files = [
        f
        for f in listed
        if not f.startswith(DEV_ONLY_DIRS)
        and f not in DEV_ONLY_FILES
        and "__pycache__" not in f
        and (ROOT / f).is_file()
    ]
    files = drop_dev_modules(files)
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
