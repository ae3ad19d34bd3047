"""Check nuudel.zip the way the QGIS plugin repository does before an upload.

    .venv/bin/python scripts/check_package.py [nuudel.zip]      (or: make check-package)

Checks: metadata.txt fields, the zip layout (one top folder nuudel/ with __init__.py,
metadata.txt, LICENSE), forbidden files (compiled or binary files, caches, VCS folders,
development-only folders and modules), and bandit on the unpacked plugin with the shipped
.bandit settings: no finding at all, and every finding the .bandit skips hide is one of the
known false positives (ALLOWED_FINDINGS), so a skip can never hide a new one.

The placeholder tracker/repository/homepage addresses are reported as warnings, not errors: the
project has no public address yet (README, release checklist). Exit status 1 on any error.
"""

import configparser
import json
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from package import DEV_ONLY_DIRS, DEV_ONLY_FILES, DEV_ONLY_MODULES, imports_module  # noqa: E402

TOP = "nuudel/"
REQUIRED = (
    "name",
    "description",
    "about",
    "version",
    "qgisMinimumVersion",
    "author",
    "email",
    "repository",
)  # the repository rejects an upload without these
RECOMMENDED = (
    "qgisMaximumVersion",
    "tracker",
    "homepage",
    "tags",
    "changelog",
    "category",
    "icon",
    "experimental",
    "deprecated",
    "hasProcessingProvider",
)
PLACEHOLDER_URLS = ("https://github.com/nuudel/nuudel",)
FORBIDDEN_PARTS = (
    "__pycache__",
    ".git",
    ".svn",
    ".hg",
    ".DS_Store",
    "Thumbs.db",
    ".pytest_cache",
    ".ruff_cache",
    ".hypothesis",
    ".venv",
)
FORBIDDEN_SUFFIXES = (
    ".pyc",
    ".pyo",
    ".so",
    ".dll",
    ".dylib",
    ".exe",
    ".pyd",
    ".bin",
    ".o",
    ".a",
    ".zip",
    ".tar",
    ".gz",
)
BINARY_MAGIC = (b"\x7fELF", b"MZ", b"\xca\xfe\xba\xbe", b"\xcf\xfa\xed\xfe")
MAX_BYTES = 25 * 1024 * 1024  # the repository's upload limit
# (bandit test id, file in the plugin): the false positives .bandit skips, each explained there
ALLOWED_FINDINGS = {("B608", "processing/output.py"), ("B405", "ui/workshop.py")}


def check_metadata(text, errors, warnings):
    meta = configparser.ConfigParser(interpolation=None)
    meta.read_string(text)
    if "general" not in meta:
        errors.append("metadata.txt has no [general] section")
        return
    general = meta["general"]
    for key in REQUIRED:
        if not general.get(key, "").strip():
            errors.append(f"metadata.txt: required field '{key}' is missing or empty")
    for key in RECOMMENDED:
        if not general.get(key, "").strip():
            warnings.append(f"metadata.txt: field '{key}' is empty")
    if not re.fullmatch(r"\d+\.\d+(\.\d+)?", general.get("version", "").strip()):
        errors.append("metadata.txt: version must look like 1.2 or 1.2.3")
    if not re.fullmatch(r"3\.\d+", general.get("qgisMinimumVersion", "").strip()):
        errors.append("metadata.txt: qgisMinimumVersion must look like 3.22")
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", general.get("email", "").strip()):
        errors.append("metadata.txt: email is not an address")
    if general.get("email", "").strip().endswith("@example.org"):
        warnings.append(
            "metadata.txt: email is still a placeholder (see the README's release checklist)"
        )
    for key in ("tracker", "repository", "homepage"):
        value = general.get(key, "").strip()
        if value and not value.startswith(("http://", "https://")):
            errors.append(f"metadata.txt: {key} must be an http(s) address")
        if value.rstrip("/").removesuffix("/issues") in PLACEHOLDER_URLS:
            warnings.append(
                f"metadata.txt: {key} is still the placeholder {value} (the "
                "repository's validator rejects it; see the README's release "
                "checklist)"
            )
    icon = general.get("icon", "").strip()
    return icon


def check_layout(zf, errors):
    names = zf.namelist()
    if not names or not all(n.startswith(TOP) for n in names):
        errors.append("the zip must hold exactly one top folder nuudel/")
    for required in ("__init__.py", "metadata.txt", "LICENSE"):
        if TOP + required not in names:
            errors.append(f"the zip lacks nuudel/{required}")
    total = sum(info.file_size for info in zf.infolist())
    if total > MAX_BYTES:
        errors.append(f"the plugin is {total // 1024 // 1024} MiB unpacked, over 25 MiB")
    for name in names:
        rel = name[len(TOP) :]
        parts = rel.split("/")
        if any(p in FORBIDDEN_PARTS for p in parts):
            errors.append(f"forbidden file or folder: {name}")
        elif rel.endswith(FORBIDDEN_SUFFIXES):
            errors.append(f"compiled or binary file: {name}")
        elif rel.startswith(DEV_ONLY_DIRS) or rel in DEV_ONLY_FILES:
            errors.append(f"development-only file: {name}")
        elif not name.endswith("/") and zf.read(name)[:4].startswith(BINARY_MAGIC):
            errors.append(f"binary executable: {name}")
    sources = {
        n[len(TOP) :]: zf.read(n).decode("utf-8", "replace") for n in names if n.endswith(".py")
    }
    for module in DEV_ONLY_MODULES:
        if module in sources and not any(
            imports_module(text, Path(module).stem)
            for rel, text in sources.items()
            if rel != module
        ):
            errors.append(f"development-only module {module} is packaged but not used")
    return names


def bandit(folder, *args):
    """bandit's JSON findings on ``folder``: [(test id, path inside the plugin)]."""
    exe = shutil.which("bandit", path=str(Path(sys.executable).parent)) or shutil.which("bandit")
    if exe is None:
        raise SystemExit("bandit is not installed: run `make check-package` (it installs it)")
    proc = subprocess.run(
        [exe, "-r", str(folder), "-f", "json", "-q", *args], capture_output=True, text=True
    )
    report = json.loads(proc.stdout or "{}")
    if report.get("errors"):
        raise SystemExit(f"bandit could not scan: {report['errors']}")
    return [
        (
            r["test_id"],
            str(Path(r["filename"]).resolve().relative_to(folder.resolve())),
            r["line_number"],
            r["issue_text"],
        )
        for r in report.get("results", [])
    ]


def check_bandit(zf, errors):
    with tempfile.TemporaryDirectory() as tmp:
        zf.extractall(tmp)
        plugin = Path(tmp) / "nuudel"
        settings = plugin / ".bandit"
        if not settings.is_file():
            errors.append("the zip lacks nuudel/.bandit (the scan's settings)")
            return
        for test_id, path, line, text in bandit(plugin, "--ini", str(settings)):
            errors.append(f"bandit {test_id} {path}:{line}: {text}")
        settings.unlink()  # bandit would find it by itself: default rules from here on
        for test_id, path, line, text in bandit(plugin):  # as an upload scan without .bandit
            if (test_id, path) not in ALLOWED_FINDINGS:
                errors.append(
                    f"bandit {test_id} {path}:{line} is not a known false positive "
                    f"(.bandit would hide it): {text}"
                )


def main(path=ROOT / "nuudel.zip"):
    errors, warnings = [], []
    with zipfile.ZipFile(path) as zf:
        names = check_layout(zf, errors)
        if TOP + "metadata.txt" in names:
            icon = check_metadata(zf.read(TOP + "metadata.txt").decode("utf-8"), errors, warnings)
            if icon and TOP + icon not in names:
                errors.append(f"metadata.txt: icon {icon} is not in the zip")
        check_bandit(zf, errors)
    for text in warnings:
        print(f"warning: {text}")
    for text in errors:
        print(f"error: {text}")
    print(f"{path}: {len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "nuudel.zip"))
