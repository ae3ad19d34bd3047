"""HTML reports that consultants attach to an EIA: one small, dependency-free writer.

Algorithms build sections (heading + HTML) with the helpers below and call write_report().
All headings and labels come translated (tr) from the caller or from here.
"""

import datetime
import html
from pathlib import Path

import numpy as np
import shapely
from qgis.core import (
    QgsProcessingDestinationParameter,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDistance,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterVectorLayer,
    QgsProcessingUtils,
    QgsProviderRegistry,
)

from . import output
from .core.profile import source_text
from .i18n import text_language, tr
from .labels import species_names, status_labels
from .numbers import number, plain

CSS = """body{font-family:sans-serif;max-width:60em;margin:2em auto;color:#222}
table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #bbb;padding:.3em .6em}
th{background:#eee;text-align:left}td.num{text-align:right}.note{color:#555;font-size:.9em}
.conclusion{font-size:1.25em;font-weight:bold;border-left:6px solid #d7191c;padding:.4em .8em;
background:#fbf3f2}td:last-child{white-space:nowrap}img{max-width:100%;height:auto}"""


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


def _layer_name(value, context) -> str:
    layer = QgsProcessingUtils.mapLayerFromString(str(value), context) if value else None
    if layer is None:
        return str(value)
    parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    path = parts.get("path") or ""
    name = parts.get("layerName") or layer.name()
    return f"{name} ({Path(path).name})" if path and Path(path).is_file() else layer.name()


def _enum_value(definition, value) -> str:
    """The option labels chosen in an enum parameter ("all (8)" for every one of many)."""
    options = definition.options()
    chosen = value if isinstance(value, list) else [value]
    try:
        labels = [options[int(i)] for i in chosen]
    except (TypeError, ValueError, IndexError):
        return str(value)
    if definition.allowMultiple() and len(labels) == len(options) > 2:
        return tr("all ({count})").format(count=len(labels))
    return ", ".join(labels)


def parameter_value(definition, value, context) -> str:
    """A parameter's value as a reader says it: option labels, layer names, units."""
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink.staticValue()
    if isinstance(definition, QgsProcessingParameterEnum):
        return _enum_value(definition, value)
    if isinstance(definition, QgsProcessingParameterMultipleLayers):
        return "; ".join(_layer_name(v, context) for v in value)
    if isinstance(
        definition, (QgsProcessingParameterFeatureSource, QgsProcessingParameterVectorLayer)
    ):
        return _layer_name(value, context)
    if isinstance(definition, QgsProcessingParameterBoolean):
        return tr("yes") if value else tr("no")
    if isinstance(definition, QgsProcessingParameterDistance):
        return tr("{value} m").format(value=plain(float(value)))
    if isinstance(definition, QgsProcessingParameterField):
        return ", ".join(value) if isinstance(value, list) else str(value)
    if isinstance(definition, QgsProcessingDestinationParameter):
        text = str(value)
        return tr("temporary layer") if text in ("TEMPORARY_OUTPUT", "memory:") else text
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def parameters_section(alg, parameters, context) -> tuple:
    """('Inputs and parameters', table): each parameter by its label and value as the user
    set it (option labels, layer names, units), the parameter code in small print."""
    rows = []
    for definition in alg.parameterDefinitions():
        value = parameters.get(definition.name(), definition.defaultValue())
        try:
            shown = parameter_value(definition, value, context)
        except Exception:
            shown = str(value)
        rows.append(
            (definition.description(), shown, Html(f"<code>{esc(definition.name())}</code>"))
        )
    return tr("Inputs and parameters"), table([tr("Parameter"), tr("Value"), tr("Code")], rows)


def group_identical(results: dict) -> list:
    """[(codes, values)]: species whose ``values`` (dict code -> hashable) are equal share one
    row, in the order of their first species."""
    groups = {}
    for code, values in results.items():
        groups.setdefault(values, []).append(code)
    return [(codes, values) for values, codes in groups.items()]


def species_list(codes) -> str:
    """ "Mongolian gazelle, goitered gazelle and saiga" in the active language."""
    names = [species_names().get(c, c) for c in codes]
    if len(names) <= 1:
        return "".join(names)
    return tr("{first} and {last}").format(first=", ".join(names[:-1]), last=names[-1])


def count_text(n: int, one: str, many: str) -> str:
    """``one`` (already translated, with {n}) when n == 1, else ``many``."""
    return (one if n == 1 else many).format(n=f"{n:,}")


def line_ends(geoms):
    """The two ends of lines ``geoms`` taken as one stretch: the ends of the merged line, or
    the two line ends farthest apart when the lines do not merge into one. None if empty."""
    geoms = [g for g in geoms if g is not None and not g.is_empty]
    if not geoms:
        return None
    merged = shapely.line_merge(shapely.union_all(geoms))
    if merged.geom_type == "LineString":
        coords = np.asarray(merged.coords)
    else:
        coords = np.asarray(
            [
                c
                for line in getattr(merged, "geoms", [merged])
                for c in (line.coords[0], line.coords[-1])
            ]
        )
    if len(coords) < 2:
        return None
    if merged.geom_type != "LineString":
        d = ((coords[:, None, :2] - coords[None, :, :2]) ** 2).sum(axis=2)
        i, j = np.unravel_index(int(np.argmax(d)), d.shape)
        coords = coords[[i, j]]
    return tuple(coords[0][:2]), tuple(coords[-1][:2])


def lonlat(lon: float, lat: float) -> str:
    """46.1234°N, 107.5678°E."""
    ns = tr("°N") if lat >= 0 else tr("°S")
    ew = tr("°E") if lon >= 0 else tr("°W")
    return f"{abs(lat):.4f}{ns}, {abs(lon):.4f}{ew}"


def rules_section(profile, rules) -> tuple:
    """('Rules and sources', table) for (rule id, description, source keys, status) tuples;
    a description may be a core Message (translated here)."""
    rows = [
        (
            rid,
            desc.render(tr) if hasattr(desc, "render") else desc,
            source_text(profile, keys, text_language()),
            status_label(status),
        )
        for rid, desc, keys, status in rules
    ]
    note = tr(
        "Source labels: (V) read in the source text; (S) read in a secondary summary; "
        "(I) the plugin's own inference."
    )
    return tr("Rules and sources"), table(
        [tr("Rule"), tr("What it checks"), tr("Source"), tr("Status")], rows
    ) + (f'<p class="note">{esc(note)}</p>')


def write_report(path, title, sections, intro="", conclusion="", figures=()) -> str:
    """Write a standalone HTML page; return its path. ``conclusion`` (text) opens the page in
    bold, then ``figures`` (HTML), then ``intro`` and the sections."""
    lang = text_language()
    parts = [
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">',
        f"<title>{esc(title)}</title><style>{CSS}</style></head><body>",
        f"<h1>{esc(title)}</h1>",
    ]
    if conclusion:
        parts.append(f'<p class="conclusion">{esc(conclusion)}</p>')
    parts.extend(f for f in figures if f)
    if intro:
        parts.append(f"<p>{intro}</p>")
    for heading, body in sections:
        parts.append(f"<h2>{esc(heading)}</h2>{body}")
    stamp = datetime.datetime.now().strftime("%Y-%m-%d %H:%M")
    made = tr("Made with Nuudel on {date}.").format(date=stamp)
    provisional = tr(
        "Provisional rules stand in for national standard tables that were not "
        "available; when you have the tables, replace them with a PROFILE file "
        "(fence audit, crossing spacing) or the distance parameters (no-go mask)."
    )
    parts.append(f'<p class="note">{esc(made)} {esc(provisional)}</p>')
    parts.append("</body></html>")
    output.write_text(path, "".join(parts))  # all or nothing, even when the run is killed
    return str(path)


def bar_chart(bars, colours=None, width=560, bar_height=22) -> str:
    """An inline SVG bar chart of (label, value) pairs; ``colours``: one colour per bar
    (grey where missing)."""
    colours = list(colours or [])
    top = max([v for _label, v in bars] + [1])
    label_w, pad = 170, 6
    height = len(bars) * (bar_height + pad) + pad
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'role="img" style="font:12px sans-serif">'
    ]
    for i, (label, value) in enumerate(bars):
        y = pad + i * (bar_height + pad)
        w = (width - label_w - 60) * value / top
        colour = colours[i] if i < len(colours) else "#969696"
        out.append(
            f'<text x="{label_w - 6}" y="{y + bar_height * 0.7:.1f}" '
            f'text-anchor="end">{esc(label)}</text>'
            f'<rect x="{label_w}" y="{y}" width="{w:.1f}" height="{bar_height}" '
            f'fill="{esc(colour)}" stroke="#404040" stroke-width="0.5"/>'
            f'<text x="{label_w + w + 4:.1f}" y="{y + bar_height * 0.7:.1f}">'
            f"{value:,}</text>"
        )
    out.append("</svg>")
    return "".join(out)


def svg_map(lines, points, legend=(), width=640, height=480) -> str:
    """An inline SVG map (planar coordinates, north up): ``lines`` as (shapely line, shade
    0-1: darker = higher), ``points`` as (x, y, colour), ``legend`` as (label, colour)."""
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

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height + 24}" '
        f'role="img" style="font:11px sans-serif;background:#fafafa">'
    ]
    for geom, shade in lines:
        if geom is None:
            continue
        grey = int(200 - 170 * (0.0 if shade != shade else shade))
        for part in shapely.get_parts(geom):
            c = shapely.get_coordinates(part)
            pts = " ".join(f"{sx(x):.1f},{sy(y):.1f}" for x, y in c)
            out.append(
                f'<polyline points="{pts}" fill="none" stroke="rgb({grey},{grey},{grey})"'
                f' stroke-width="1.5"/>'
            )
    for x, y, colour in points:
        out.append(
            f'<circle cx="{sx(x):.1f}" cy="{sy(y):.1f}" r="3" fill="{esc(colour)}" '
            f'stroke="#333" stroke-width="0.4"/>'
        )
    lx = 10
    for label, colour in legend:
        out.append(
            f'<circle cx="{lx + 4}" cy="{height + 12}" r="4" fill="{esc(colour)}"/>'
            f'<text x="{lx + 11}" y="{height + 16}">{esc(label)}</text>'
        )
        lx += 12 + 7 * len(str(label)) + 10
    out.append("</svg>")
    return "".join(out)


def paragraph(text) -> str:
    """``text`` (already translated) as one escaped HTML paragraph."""
    return "<p>" + esc(text) + "</p>"


def species_table(headers, grouped) -> str:
    """The table of :func:`group_identical` results: the species of a group in the first
    column, their shared values in the others."""
    return table(headers, [(species_list(codes),) + tuple(values) for codes, values in grouped])
