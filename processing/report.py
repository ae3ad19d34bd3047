"""HTML reports that consultants attach to an EIA: one small, dependency-free writer.

Algorithms build sections (heading + HTML) with the helpers below and call write_report().
All headings and labels come translated (tr) from the caller or from here.
"""

import datetime
import html
from pathlib import Path

from .core.profile import source_text
from .i18n import active_language, tr

CSS = """body{font-family:sans-serif;max-width:60em;margin:2em auto;color:#222}
table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #bbb;padding:.3em .6em}
th{background:#eee;text-align:left}td.num{text-align:right}.note{color:#555;font-size:.9em}"""


def esc(value) -> str:
    return html.escape("" if value is None else str(value))


def table(headers, rows) -> str:
    """An HTML table; numbers are right-aligned and floats shown with 2 decimals."""
    out = ["<table><tr>", *(f"<th>{esc(h)}</th>" for h in headers), "</tr>"]
    for row in rows:
        out.append("<tr>")
        for cell in row:
            if isinstance(cell, float):
                out.append(f'<td class="num">{cell:,.2f}</td>')
            elif isinstance(cell, int) and not isinstance(cell, bool):
                out.append(f'<td class="num">{cell:,}</td>')
            else:
                out.append(f"<td>{esc(cell)}</td>")
        out.append("</tr>")
    out.append("</table>")
    return "".join(out)


def status_label(status: str) -> str:
    """Translated label of a rule status (verified | provisional)."""
    return {"verified": tr("verified"), "provisional": tr("provisional")}.get(status, status)


def parameters_section(alg, parameters, context) -> tuple:
    """('Inputs and parameters', table) listing every parameter as the user set it."""
    rows = []
    for definition in alg.parameterDefinitions():
        value = parameters.get(definition.name(), definition.defaultValue())
        try:
            shown = definition.valueAsPythonString(value, context)
        except Exception:  # noqa: BLE001 (show something rather than fail the report)
            shown = str(value)
        rows.append((definition.name(), definition.description(), shown))
    return tr("Inputs and parameters"), table([tr("Parameter"), tr("Description"), tr("Value")],
                                              rows)


def rules_section(profile, rules) -> tuple:
    """('Rules and sources', table) for (rule id, description, source keys, status) tuples."""
    rows = [(rid, desc, source_text(profile, keys), status_label(status))
            for rid, desc, keys, status in rules]
    return tr("Rules and sources"), table(
        [tr("Rule"), tr("What it checks"), tr("Source"), tr("Status")], rows)


def write_report(path, title, sections, intro="") -> str:
    """Write a standalone HTML page; return its path."""
    lang = active_language()
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


def bar_chart(bars, colours=None, width=560, bar_height=22) -> str:
    """An inline SVG bar chart of (label, value) pairs; ``colours``: one colour per bar
    (grey where missing)."""
    colours = list(colours or [])
    top = max([v for _label, v in bars] + [1])
    label_w, pad = 170, 6
    height = len(bars) * (bar_height + pad) + pad
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'role="img" style="font:12px sans-serif">']
    for i, (label, value) in enumerate(bars):
        y = pad + i * (bar_height + pad)
        w = (width - label_w - 60) * value / top
        colour = colours[i] if i < len(colours) else "#969696"
        out.append(f'<text x="{label_w - 6}" y="{y + bar_height * 0.7:.1f}" '
                   f'text-anchor="end">{esc(label)}</text>'
                   f'<rect x="{label_w}" y="{y}" width="{w:.1f}" height="{bar_height}" '
                   f'fill="{esc(colour)}" stroke="#404040" stroke-width="0.5"/>'
                   f'<text x="{label_w + w + 4:.1f}" y="{y + bar_height * 0.7:.1f}">'
                   f'{value:,}</text>')
    out.append("</svg>")
    return "".join(out)


def svg_map(lines, points, legend=(), width=640, height=480) -> str:
    """An inline SVG map (planar coordinates, north up): ``lines`` as (shapely line, shade
    0-1: darker = higher), ``points`` as (x, y, colour), ``legend`` as (label, colour)."""
    import numpy as np
    import shapely

    geoms = [g for g, _v in lines if g is not None]
    xy = [np.array([[x, y] for x, y, _c in points]).reshape(-1, 2)]
    xy += [shapely.get_coordinates(g) for g in geoms]
    xy = np.concatenate(xy) if xy else np.empty((0, 2))
    if len(xy) == 0:
        return ""
    x0, y0 = xy.min(axis=0)
    x1, y1 = xy.max(axis=0)
    span = max(x1 - x0, y1 - y0, 1.0)
    scale = min((width - 20) / span, (height - 20) / span)

    def sx(x):
        return 10 + (x - x0) * scale

    def sy(y):
        return height - 10 - (y - y0) * scale

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height + 24}" '
           f'role="img" style="font:11px sans-serif;background:#fafafa">']
    for geom, shade in lines:
        if geom is None:
            continue
        grey = int(200 - 170 * (0.0 if shade != shade else shade))
        for part in shapely.get_parts(geom):
            c = shapely.get_coordinates(part)
            pts = " ".join(f"{sx(x):.1f},{sy(y):.1f}" for x, y in c)
            out.append(f'<polyline points="{pts}" fill="none" stroke="rgb({grey},{grey},{grey})"'
                       f' stroke-width="1.5"/>')
    for x, y, colour in points:
        out.append(f'<circle cx="{sx(x):.1f}" cy="{sy(y):.1f}" r="3" fill="{esc(colour)}" '
                   f'stroke="#333" stroke-width="0.4"/>')
    lx = 10
    for label, colour in legend:
        out.append(f'<circle cx="{lx + 4}" cy="{height + 12}" r="4" fill="{esc(colour)}"/>'
                   f'<text x="{lx + 11}" y="{height + 16}">{esc(label)}</text>')
        lx += 12 + 7 * len(str(label)) + 10
    out.append("</svg>")
    return "".join(out)
