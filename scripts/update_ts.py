"""Refresh i18n/nuudel_mn.ts from the code with pylupdate5, optionally filling translations.

    python scripts/update_ts.py                 # collect new strings, drop vanished ones
    python scripts/update_ts.py --fill a.tsv    # also fill from a TSV: English<TAB>Mongolian
    python scripts/update_ts.py --fill a.tsv --force   # the TSV also overrides finished ones
    python scripts/update_ts.py --check         # exit 1 if the .ts is not up to date

In TSV files, write a newline inside a string as \\n. The .ts stays the source of truth; a
translator can also edit it in Qt Linguist.
"""

import argparse
import ast
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "i18n" / "nuudel_mn.ts"
SKIP = {"test", "build", ".venv", "bench", "scripts", "dist", "out"}


def source_files():
    """Python files of the plugin that may hold user-visible strings."""
    return sorted(
        str(p.relative_to(ROOT))
        for p in ROOT.rglob("*.py")
        if not (set(p.relative_to(ROOT).parts[:-1]) & SKIP)
    )


# pylupdate5 skips QT_TRANSLATE_NOOP(ctx, "text",) -- the trailing comma ruff format adds when
# it splits a call over lines. It reads a copy without the comma before a closing bracket (the
# copy is only parsed, never run; line numbers stay the same).
TRAILING_COMMA = re.compile(r",(\s*\))")


def run_pylupdate(target: Path):
    """Run pylupdate5 over a comma-trimmed copy of the sources, updating ``target``."""
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for rel in source_files():
            dest = work / rel
            dest.parent.mkdir(parents=True, exist_ok=True)
            text = (ROOT / rel).read_text(encoding="utf-8")
            dest.write_text(TRAILING_COMMA.sub(r"\1", text), encoding="utf-8")
        ts = work / TS.relative_to(ROOT)
        ts.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(target, ts)
        subprocess.run(
            ["pylupdate5", "-noobsolete", *source_files(), "-ts", str(ts)],
            cwd=work,
            check=True,
            capture_output=True,
        )
        shutil.copyfile(ts, target)


def code_strings() -> set:
    """Every literal the code marks for translation: tr("..."), QT_TRANSLATE_NOOP(ctx, "...")
    (read with Python's own parser, to catch what pylupdate5 misses)."""
    found = set()
    for rel in source_files():
        for node in ast.walk(ast.parse((ROOT / rel).read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", None))
            index = {"tr": 0, "QT_TRANSLATE_NOOP": 1}.get(name)
            if index is None or len(node.args) <= index:
                continue
            arg = node.args[index]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                found.add(arg.value)
    return found


def messages(path: Path):
    """{source: translation-or-None} of a .ts file (None when unfinished or empty)."""
    tree = ET.parse(path)
    out = {}
    for msg in tree.iter("message"):
        tr_el = msg.find("translation")
        done = tr_el is not None and tr_el.get("type") not in ("unfinished", "obsolete")
        out[msg.findtext("source")] = tr_el.text if done and tr_el.text else None
    return out


def fill(path: Path, table: dict, force: bool = False) -> int:
    """Write translations from ``table`` into unfinished entries (into every entry whose text
    differs when ``force``); return how many were filled."""
    tree = ET.parse(path)
    n = 0
    for msg in tree.iter("message"):
        src = msg.findtext("source")
        tr_el = msg.find("translation")
        if src not in table or tr_el is None:
            continue
        todo = tr_el.get("type") == "unfinished" or not tr_el.text
        if todo or (force and tr_el.text != table[src]):
            tr_el.text = table[src]
            tr_el.attrib.pop("type", None)
            n += 1
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return n


def read_tsv(path: Path) -> dict:
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or "\t" not in line:
            continue
        src, dst = line.split("\t", 1)
        table[src.replace("\\n", "\n")] = dst.replace("\\n", "\n")
    return table


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fill", nargs="*", default=[], type=Path)
    parser.add_argument(
        "--force",
        action="store_true",
        help="with --fill: override translations that are already finished",
    )
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            fresh = Path(tmp) / "fresh.ts"
            fresh.write_bytes(TS.read_bytes())
            run_pylupdate(fresh)
            known = set(messages(TS))
            missing = (set(messages(fresh)) | code_strings()) - known
        if missing:
            print("strings missing from nuudel_mn.ts:", *sorted(missing), sep="\n  ")
            sys.exit(1)
        return
    if not TS.exists():
        TS.write_text(
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
            '<TS version="2.1" language="mn_MN"></TS>\n',
            encoding="utf-8",
        )
    run_pylupdate(TS)
    table = {}
    for tsv in args.fill:
        table.update(read_tsv(tsv))
    if table:
        print(f"filled {fill(TS, table, args.force)} translations")
    todo = [s for s, t in messages(TS).items() if t is None]
    print(f"{TS.relative_to(ROOT)}: {len(messages(TS))} strings, {len(todo)} untranslated")


if __name__ == "__main__":
    main()
