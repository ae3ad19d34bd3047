"""HTML reports that consultants attach to an EIA: one small, dependency-free writer.

Algorithms build sections (heading + HTML) with the helpers below and call write_report().
All headings and labels come translated (tr) from the caller or from here.
"""

import datetime
import html
from pathlib import Path

from .core.profile import source_text
from .i18n import text_language, tr
from .labels import status_labels
from .numbers import number

CSS = """body{font-family:sans-serif;max-width:60em;margin:2em auto;color:#222}
table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #bbb;padding:.3em .6em}
th{background:#eee;text-align:left}td.num{text-align:right}.note{color:#555;font-size:.9em}"""


class Html(str):
    """Markup a table cell shows as it is (already escaped)."""


def species_cell(name: str, code: str) -> Html:
    """'Name (<code>code</code>)': the species code is data, marked as code."""
    return Html(f"{esc(name)} (<code>{esc(code)}</code>)")


def esc(value) -> str:
    return html.escape("" if value is None else str(value))


def table(headers, rows) -> str:
    """An HTML table; numbers are right-aligned, floats (km, km², %) shown with 1 decimal in the
    active language's number format; a :class:`Html` cell is inserted as it is."""
    out = ["<table><tr>", *(f"<th>{esc(h)}</th>" for h in headers), "</tr>"]
    for row in rows:
        out.append("<tr>")
        for cell in row:
            if isinstance(cell, float):
                out.append(f'<td class="num">{number(cell, 1)}</td>')
            elif isinstance(cell, int) and not isinstance(cell, bool):
                out.append(f'<td class="num">{number(cell)}</td>')
            elif isinstance(cell, Html):
                out.append(f"<td>{cell}</td>")
            else:
                out.append(f"<td>{esc(cell)}</td>")
        out.append("</tr>")
    out.append("</table>")
    return "".join(out)


def status_label(status: str) -> str:
    """Translated label of a rule status (verified | provisional)."""
    return status_labels().get(status, status)


def parameters_section(alg, parameters, context) -> tuple:
    """('Inputs and parameters', table) listing every parameter as the user set it."""
    rows = []
    for definition in alg.parameterDefinitions():
        value = parameters.get(definition.name(), definition.defaultValue())
        try:
            shown = definition.valueAsPythonString(value, context)
        except Exception:
            shown = str(value)
        rows.append((Html(f"<code>{esc(definition.name())}</code>"), definition.description(),
                     Html(f"<code>{esc(shown)}</code>")))
    return tr("Inputs and parameters"), table([tr("Parameter"), tr("Description"), tr("Value")],
                                              rows)


def rules_section(profile, rules) -> tuple:
    """('Rules and sources', table) for (rule id, description, source keys, status) tuples;
    a description may be a core Message (translated here)."""
    rows = [(rid, desc.render(tr) if hasattr(desc, "render") else desc,
             source_text(profile, keys, text_language()), status_label(status))
            for rid, desc, keys, status in rules]
    note = tr("Source labels: (V) read in the source text; (S) read in a secondary summary; "
              "(I) the plugin's own inference.")
    return tr("Rules and sources"), table(
        [tr("Rule"), tr("What it checks"), tr("Source"), tr("Status")], rows) + (
        f'<p class="note">{esc(note)}</p>')


def write_report(path, title, sections, intro="") -> str:
    """Write a standalone HTML page; return its path."""
    lang = text_language()
    parts = [f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">',
             f"<title>{esc(title)}</title><style>{CSS}</style></head><body>",
             f"<h1>{esc(title)}</h1>"]
    if intro:
        parts.append(f"<p>{intro}</p>")
    for heading, body in sections:
        parts.append(f"<h2>{esc(heading)}</h2>{body}")
    stamp = datetime.datetime.now().strftime("%Y-%m-%d %H:%M")
    made = tr("Made with Nuudel on {date}.").format(date=stamp)
    provisional = tr("Provisional rules stand in for national standard tables that were not "
                     "available; when you have the tables, replace them with a PROFILE file "
                     "(fence audit, crossing spacing) or the distance parameters (no-go mask).")
    parts.append(f'<p class="note">{esc(made)} {esc(provisional)}</p>')
    parts.append("</body></html>")
    Path(path).write_text("".join(parts), encoding="utf-8")
    return str(path)
