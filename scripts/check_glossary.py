"""Check Mongolian text against the project glossary (i18n/glossary.tsv): one term, one
translation. Prints every forbidden variant found and exits 1 if there is one.

    python scripts/check_glossary.py                      # the .ts and resources/help/mn
    python scripts/check_glossary.py i18n/pending/*.tsv   # also pending translations
"""

import csv
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GLOSSARY = ROOT / "i18n" / "glossary.tsv"
TS = ROOT / "i18n" / "nuudel_mn.ts"
HELP_MN = ROOT / "resources" / "help" / "mn"


def glossary(path=GLOSSARY):
    """The glossary rows: english, mongolian, note, forbidden (' | '-separated regexes)."""
    with Path(path).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def forbidden(rows=None):
    """[(english term, chosen Mongolian, compiled forbidden pattern)]."""
    out = []
    for row in rows if rows is not None else glossary():
        for pattern in filter(None, (p.strip() for p in (row["forbidden"] or "").split(" | "))):
            out.append((row["english"], row["mongolian"], re.compile(pattern, re.IGNORECASE)))
    return out


def project_texts():
    """(where, text) of every Mongolian translation of the .ts and every Mongolian help page."""
    for msg in ET.parse(TS).iter("message"):
        yield f"nuudel_mn.ts: {msg.findtext('source')!r}", msg.findtext("translation") or ""
    for page in sorted(HELP_MN.glob("*.html")):
        yield f"help/mn/{page.name}", page.read_text(encoding="utf-8")


def tsv_texts(path):
    """(where, Mongolian) of a pending TSV file (English<TAB>Mongolian)."""
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if "\t" in line and not line.startswith("#"):
            english, mongolian = line.split("\t", 1)
            yield f"{Path(path).name}: {english!r}", mongolian.replace("\\n", "\n")


def violations(items, patterns=None):
    """'where: variant for term (use chosen)' for every forbidden variant in ``items``."""
    patterns = forbidden() if patterns is None else patterns
    found = []
    for where, text in items:
        for english, chosen, pattern in patterns:
            for match in pattern.finditer(text):
                found.append(f"{where}: '{match.group(0)}' for '{english}' (use '{chosen}')")
    return found


def main(argv):
    items = list(project_texts())
    for path in argv:
        items += list(tsv_texts(path))
    found = violations(items)
    print("\n".join(found) or "no non-glossary variant")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
