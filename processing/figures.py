"""Figures embedded in the HTML reports: inline SVG charts (plain Python) and a map rendered
with QGIS's own renderer (styled outputs over light province boundaries, legend beside the
map, scale bar, north arrow), embedded as a base64 PNG. A report stays one file."""

import base64
import html
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsMapLayer,
    QgsProcessingUtils,
    QgsRasterLayer,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice

from . import render, styles
from .i18n import tr

# The shared palette (styles/palette.json): good, caution, bad, unknown.
COLOURS = {
    "permeable": "#2c7bb6",
    "conditional": "#fdae61",
    "barrier": "#d7191c",
    "unknown": "#969696",
    "suitable": "#2c7bb6",
    "caution": "#fdae61",
    "nogo": "#d7191c",
    "ok": "#2c7bb6",
    "too_long": "#d7191c",
    # traffic bands (styles/traffic.qml draws high and very high in the same red, wider)
    "low": "#2c7bb6",
    "moderate": "#fdae61",
    "high": "#d7191c",
    "very_high": "#8c0d0f",
}
FONT = "font-family:sans-serif;font-size:12px"


def _esc(text) -> str:
    return html.escape(str(text))


def _figure(body: str, caption: str) -> str:
    return (
        f'<figure style="margin:1em 0">{body}<figcaption class="note">{_esc(caption)}'
        "</figcaption></figure>"
    )


# -- charts -----------------------------------------------------------------------------------
def stacked_bars(rows, parts, caption, unit=None, width=760) -> str:
    """Horizontal stacked bars, each under its label. ``rows``: [(label, {part: value})];
    ``parts``: [(part, legend label)] in drawing order (colours from COLOURS). Returns a
    <figure> with inline SVG."""
    if not rows:
        return ""
    unit = unit or tr("km")
    bar_w, row_h, top = width - 90, 42, 30
    total_max = max(sum(v.get(p, 0.0) for p, _l in parts) for _label, v in rows) or 1.0
    height = top + row_h * len(rows) + 4
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'role="img" style="{FONT}">'
    ]
    x = 0
    for part, legend in parts:  # legend on top
        out.append(
            f'<rect x="{x}" y="6" width="12" height="12" fill="{COLOURS[part]}"/>'
            f'<text x="{x + 16}" y="16">{_esc(legend)}</text>'
        )
        x += 34 + 7 * len(legend)
    for i, (label, values) in enumerate(rows):
        y = top + i * row_h
        out.append(f'<text x="0" y="{y + 13}">{_esc(label)}</text>')
        x = 0.0
        for part, _legend in parts:
            w = bar_w * values.get(part, 0.0) / total_max
            if w > 0:
                out.append(
                    f'<rect x="{x:.1f}" y="{y + 18}" width="{w:.1f}" height="18" '
                    f'fill="{COLOURS[part]}"><title>{_esc(label)}: '
                    f"{values.get(part, 0.0):,.1f} {unit}</title></rect>"
                )
            x += w
        total = sum(values.get(p, 0.0) for p, _l in parts)
        out.append(f'<text x="{x + 6:.1f}" y="{y + 32}">{total:,.1f} {unit}</text>')
    out.append("</svg>")
    return _figure("".join(out), caption)


def gap_strips(routes, limit_m, caption, width=760) -> str:
    """Gap lengths along each route against the limit. ``routes``: [(label, length_m,
    [(start_m, end_m, length_counted_m, too_long)])]. Each route is a strip along its chainage;
    a gap is a bar as high as its length, the dashed line is the limit."""
    if not routes:
        return ""
    km = tr("km")
    within, too_long_text = tr("Within the limit"), tr("Too long")  # outside the f-strings: lupdate
    limit = tr("Limit: {km} km").format(km=f"{limit_m / 1000:g}")  # reads no tr() in them
    label_w, plot_w, strip_h = 10, width - 10 - 20, 80
    longest = max((g[2] for _l, _n, gaps in routes for g in gaps), default=0.0)
    scale_max = max(longest, limit_m) * 1.1 or 1.0
    height = 26 + strip_h * len(routes) + 22
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'role="img" style="{FONT}">',
        f'<rect x="{label_w}" y="6" width="12" height="12" fill="{COLOURS["ok"]}"/>'
        f'<text x="{label_w + 16}" y="16">{_esc(within)}</text>'
        f'<rect x="{label_w + 150}" y="6" width="12" height="12" fill="{COLOURS["too_long"]}"/>'
        f'<text x="{label_w + 166}" y="16">{_esc(too_long_text)}</text>'
        f'<line x1="{label_w + 290}" y1="12" x2="{label_w + 320}" y2="12" stroke="#222" '
        f'stroke-dasharray="4 3"/><text x="{label_w + 326}" y="16">'
        f"{_esc(limit)}</text>",
    ]
    for i, (label, length_m, gaps) in enumerate(routes):
        base = 26 + (i + 1) * strip_h - 8
        out.append(
            f'<text x="{label_w}" y="{base - strip_h + 20}" fill="#333">{_esc(label)}</text>'
        )
        out.append(
            f'<line x1="{label_w}" y1="{base}" x2="{label_w + plot_w}" y2="{base}" stroke="#888"/>'
        )
        span = max(length_m, 1.0)
        for start, end, counted, too_long in gaps:
            x = label_w + plot_w * start / span
            w = max(plot_w * (end - start) / span - 1, 1)
            h = (strip_h - 30) * counted / scale_max
            colour = COLOURS["too_long" if too_long else "ok"]
            out.append(
                f'<rect x="{x:.1f}" y="{base - h:.1f}" width="{w:.1f}" height="{h:.1f}" '
                f'fill="{colour}"><title>{start / 1000:,.1f}–{end / 1000:,.1f} {km}: '
                f"{counted / 1000:,.1f} {km}</title></rect>"
            )
        y_limit = base - (strip_h - 30) * limit_m / scale_max
        out.append(
            f'<line x1="{label_w}" y1="{y_limit:.1f}" x2="{label_w + plot_w}" '
            f'y2="{y_limit:.1f}" stroke="#222" stroke-dasharray="4 3"/>'
        )
        out.append(
            f'<text x="{label_w + plot_w}" y="{base + 13}" text-anchor="end" '
            f'fill="#555">{length_m / 1000:,.1f} {km}</text>'
        )
    out.append("</svg>")
    return _figure("".join(out), caption)


# -- map --------------------------------------------------------------------------------------
def province_layer():
    """Light context: the provinces of QGIS's own world map (Natural Earth), or None."""
    path = Path(QgsApplication.pkgDataPath()) / "resources" / "data" / "world_map.gpkg"
    if not path.exists():
        return None
    layer = QgsVectorLayer(f"{path}|layername=states_provinces", tr("Provinces"), "ogr")
    if not layer.isValid():
        return None
    symbol = QgsFillSymbol.createSimple(
        {"color": "246,246,242,255", "outline_color": "190,190,190,255", "outline_width": "0.3"}
    )
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    return layer


def own_copy(ref, context):
    """A layer of output ``ref`` (id, path or layer) that can be styled without touching the
    one Processing loads: memory layers are copied, files opened again."""
    layer = (
        ref
        if isinstance(ref, QgsMapLayer)
        else QgsProcessingUtils.mapLayerFromString(str(ref), context)
    )
    if layer is None or not layer.isValid():
        return None
    if isinstance(layer, QgsRasterLayer):
        return QgsRasterLayer(layer.source(), layer.name(), layer.providerType())
    if layer.providerType() == "memory":
        copy = layer.materialize(QgsFeatureRequest())
    else:
        copy = QgsVectorLayer(layer.source(), layer.name(), layer.providerType())
    copy.setName(layer.name())
    return copy


def image_tag(image, alt) -> str:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    encoded = base64.b64encode(bytes(data)).decode("ascii")
    return (
        f'<img alt="{_esc(alt)}" style="max-width:100%;border:1px solid #ccc" '
        f'src="data:image/png;base64,{encoded}"/>'
    )


def map_figure(outputs, context, caption, size=(820, 560)) -> str:
    """A <figure> with the map of ``outputs`` ([(output id or layer, style key, legend
    title)], first on top) over the provinces; "" when no output can be drawn."""
    layers = []
    for ref, style_key, title in outputs:
        layer = own_copy(ref, context)
        if layer is None:
            continue
        try:
            styles.apply_style(layer, style_key, species_styles=False)
        except (KeyError, RuntimeError):
            continue
        layer.setName(title)
        layers.append(layer)
    if not layers:
        return ""
    crs = layers[0].crs()
    extent = render.full_extent(layers, crs, margin=0.06)
    backdrop = province_layer()
    try:
        image, settings = render.render_image(
            layers + ([backdrop] if backdrop else []),
            extent=extent,
            size=size,
            crs=crs,
            legend=True,
            legend_layers=layers,
        )
    except ValueError:
        return ""
    render.decorate(image, settings, unit_km=tr("km"), north=tr("N"))
    source = tr(
        "Context: province boundaries from Natural Earth (QGIS world map). CRS: {crs}."
    ).format(crs=crs.authid() or crs.description())
    return _figure(image_tag(image, caption), f"{caption} {source}")
