"""The short help of an algorithm (its shortHelpString): a few paragraphs, not the full page.

Each algorithm has a short summary per language in resources/help/<lang>/short/<alg>.txt:
paragraphs separated by blank lines (what it does, inputs, outputs, one on the rules), inline
HTML only (<b>, <i>, <code>). The full page (resources/help/<lang>/<alg>.html) stays the
helpUrl. Without a summary file the first paragraph of the full page is used.

The shape follows how QGIS shows it: the Processing dialog adds the title itself and turns
every newline into a new paragraph, so a paragraph is one line and carries no title;
qgis_process prints the text as it is, so there it is plain text without tags.
"""

import html
import re
from pathlib import Path

from qgis.core import QgsApplication

from .i18n import tr

_TAG = re.compile(r"<[^>]+>")
_BLOCK_END = re.compile(r"</(p|li|h[1-6]|tr|ul|ol|table)>", re.I)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def paragraphs(text: str) -> list:
    """The paragraphs of a summary file: blank-line separated, each joined onto one line."""
    return [_one_line(block) for block in re.split(r"\n\s*\n", text) if block.strip()]


def first_paragraph(page_html: str) -> str:
    """The first <p> of a full help page, on one line (the fallback summary)."""
    match = re.search(r"<p>(.*?)</p>", page_html, re.S | re.I)
    return _one_line(match.group(1)) if match else ""


def plain_text(text: str) -> str:
    """``text`` without HTML: tags dropped, entities decoded, one paragraph a line."""
    text = _BLOCK_END.sub("\n", text)
    text = re.sub(r"<li[^>]*>", "- ", text, flags=re.I)
    lines = (_one_line(html.unescape(_TAG.sub("", line))) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def in_qgis_process() -> bool:
    app = QgsApplication.instance()
    return app is not None and QgsApplication.platform() == "qgis_process"


def for_display(text: str) -> str:
    """Plain text in qgis_process (which prints the help raw), HTML elsewhere."""
    return plain_text(text) if in_qgis_process() else text


def summary(short_file: Path, page: Path, help_url: str) -> str:
    """The shortHelpString: the summary paragraphs, then where the full page is."""
    if short_file.exists():
        parts = paragraphs(short_file.read_text(encoding="utf-8"))
    elif page.exists():
        parts = [first_paragraph(page.read_text(encoding="utf-8"))]
    else:
        parts = []
    parts = [p for p in parts if p]
    if page.exists():
        where = str(page) if in_qgis_process() else f'<a href="{help_url}">{page.name}</a>'
        parts.append(
            tr(
                "Full help (data model, every parameter, every rule with its source): {page}"
            ).format(page=where)
        )
    return for_display("\n".join(parts))
