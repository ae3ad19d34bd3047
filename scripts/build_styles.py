"""Build Nuudel's map styles: styles/<key>.qml from styles/palette.json, and styles/sld/<key>.sld
(OGC SLD 1.1 / SE 1.1) exported from each vector QML by QGIS itself.

    .venv/bin/python scripts/build_styles.py          # rewrite QML and SLD
    .venv/bin/python scripts/build_styles.py --sld    # only re-export the SLD from the QML
    .venv/bin/python scripts/build_styles.py --check  # exit 1 if styles/ is out of date

The palette, widths and symbols are chosen here once for the whole plugin; styles/README.md
explains them. Widths and sizes are millimetres (print). Run with QGIS's Python (the venv).
"""

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_HASH_SEED", "0")  # stable XML attribute order: reproducible files

import numpy as np
from qgis.core import (
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsColorRampShader,
    QgsFeatureRenderer,
    QgsFilledMarkerSymbolLayer,
    QgsFillSymbol,
    QgsFontMarkerSymbolLayer,
    QgsHashedLineSymbolLayer,
    QgsLinePatternFillSymbolLayer,
    QgsLineSymbol,
    QgsMapLayer,
    QgsMarkerSymbol,
    QgsMarkerSymbolLayer,
    QgsProperty,
    QgsPropertyCollection,
    QgsRasterLayer,
    QgsRasterShader,
    QgsRendererCategory,
    QgsRuleBasedRenderer,
    QgsSimpleFillSymbolLayer,
    QgsSimpleLineSymbolLayer,
    QgsSimpleMarkerSymbolLayer,
    QgsSingleBandPseudoColorRenderer,
    QgsSymbolLayer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QPointF, Qt
from qgis.PyQt.QtGui import QColor

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "build" / "plugins"))  # the plugin, linked there by `make setup`
from nuudel.processing.compat import DISCRETE, marker_shape  # noqa: E402
from nuudel.processing.styles import STYLES as SPEC  # noqa: E402

STYLES = ROOT / "styles"
OUT = STYLES  # where QML/SLD are written (--check writes to a temporary folder)
PALETTE = json.loads((STYLES / "palette.json").read_text(encoding="utf-8"))
CASING = QColor("#404040")  # dark casing under every line: contrast on white paper and imagery
DARK = QColor("#333333")  # marker outlines
INF = float("inf")


def symbol(cls, layers):
    """A symbol holding ``layers`` (appendSymbolLayer takes ownership; the list constructor
    does not on every QGIS version, which crashes once Python frees the layers)."""
    sym = cls()
    sym.deleteSymbolLayer(0)
    for layer in layers:
        sym.appendSymbolLayer(layer)
    return sym


def colour(name, alpha=255):
    c = QColor(PALETTE[name]["colour"])
    c.setAlpha(alpha)
    return c


def ruleset(key, rules):
    """A rule-based renderer from (suffix, filter, label, symbol); rule keys are fixed."""
    root = QgsRuleBasedRenderer.Rule(None)
    root.setRuleKey(f"{{nuudel-{key}-root}}")
    for suffix, expression, label, symbol in rules:
        rule = QgsRuleBasedRenderer.Rule(symbol, 0, 0, expression, label)
        rule.setRuleKey(f"{{nuudel-{key}-{suffix}}}")
        root.appendChild(rule)
    return QgsRuleBasedRenderer(root)


# -- symbols ------------------------------------------------------------------------------------
def line(name, width, level, dashed=False, hatched=False):
    """A line of palette colour ``name`` over a dark casing; unknown is dashed and hatched."""
    casing = QgsSimpleLineSymbolLayer(CASING, width + 0.3)
    casing.setRenderingPass(0)
    main = QgsSimpleLineSymbolLayer(colour(name), width)
    main.setRenderingPass(level)
    if dashed:
        main.setPenStyle(Qt.PenStyle.DashLine)
    layers = [casing, main]
    if hatched:
        tick = QgsSimpleLineSymbolLayer(CASING, 0.25)
        hashed = QgsHashedLineSymbolLayer(True, 1.6)
        hashed.setSubSymbol(symbol(QgsLineSymbol, [tick]))
        hashed.setHashLength(width + 1.4)
        hashed.setHashAngle(45)
        hashed.setRenderingPass(level)
        layers.append(hashed)
    return symbol(QgsLineSymbol, layers)


def circle(name, size=4.5, dashed_outline=False, hatched=False):
    """Status disc of a crossing (colour = suitability)."""
    if hatched:
        # grey disc (what SLD keeps), 45° hatching on it (QGIS only), crisp ring on top
        base = QgsSimpleMarkerSymbolLayer(marker_shape("Circle"), size)
        base.setColor(colour(name))
        base.setStrokeColor(DARK)
        base.setStrokeWidth(0.3)
        hatch = QgsLinePatternFillSymbolLayer()
        hatch.setLineAngle(45)
        hatch.setDistance(0.9)
        hatch.setLineWidth(0.25)
        hatch.setColor(DARK)
        hatch.setSubSymbol(symbol(QgsLineSymbol, [QgsSimpleLineSymbolLayer(DARK, 0.25)]))
        filled = QgsFilledMarkerSymbolLayer(marker_shape("Circle"), size)
        filled.setSubSymbol(symbol(QgsFillSymbol, [hatch]))
        ring = QgsSimpleMarkerSymbolLayer(marker_shape("Circle"), size)
        ring.setColor(QColor(0, 0, 0, 0))
        ring.setStrokeColor(DARK)
        ring.setStrokeWidth(0.3)
        return symbol(QgsMarkerSymbol, [base, filled, ring])
    disc = QgsSimpleMarkerSymbolLayer(marker_shape("Circle"), size)
    disc.setColor(colour(name))
    disc.setStrokeColor(DARK)
    disc.setStrokeWidth(0.4 if dashed_outline else 0.3)
    if dashed_outline:
        disc.setStrokeStyle(Qt.PenStyle.DashLine)
    return symbol(QgsMarkerSymbol, [disc])


def glyph(shape, angle=0.0, size=2.3):
    """Crossing-type glyph drawn on top of the status disc: black with a white edge."""
    mark = QgsSimpleMarkerSymbolLayer(shape, size)
    mark.setColor(QColor("#000000"))
    if shape in (marker_shape("Cross"), marker_shape("Cross2")):
        mark.setStrokeColor(QColor("#000000"))  # stroke-only shapes: a bold black stroke
        mark.setStrokeWidth(0.5)
    else:
        mark.setStrokeColor(QColor("#ffffff"))
        mark.setStrokeWidth(0.2)
    mark.setAngle(angle)
    return symbol(QgsMarkerSymbol, [mark])


def polygon(name, alpha, outline_width):
    fill = QgsSimpleFillSymbolLayer(colour(name, alpha), Qt.BrushStyle.SolidPattern, colour(name))
    fill.setStrokeWidth(outline_width)
    return symbol(QgsFillSymbol, [fill])


# -- renderers ----------------------------------------------------------------------------------
def fence_verdict():
    cats = [
        ("permeable", "Permeable", line("good", 0.6, 1)),
        ("conditional", "Conditional", line("caution", 0.8, 3)),
        ("barrier", "Barrier", line("bad", 1.0, 4)),
        ("unknown", "Unknown", line("unknown", 0.6, 2, dashed=True, hatched=True)),
    ]
    renderer = QgsCategorizedSymbolRenderer(
        "verdict", [QgsRendererCategory(v, s, label) for v, label, s in cats]
    )
    renderer.setUsingSymbolLevels(True)
    return renderer


def crossings():
    guard = "\"matched\" = 'yes' AND "
    return ruleset(
        "crossings",
        [
            # status discs (colour = suitability over the selected species)
            (
                "suitable",
                guard + "\"suitability\" = 'suitable'",
                "Suitable crossing",
                circle("good"),
            ),
            (
                "unsuitable",
                guard + "\"suitability\" = 'unsuitable'",
                "Unsuitable crossing",
                circle("bad"),
            ),
            (
                "unknown",
                guard + "\"suitability\" = 'unknown'",
                "Suitability unknown",
                circle("unknown", hatched=True),
            ),
            (
                "unmatched",
                "\"matched\" = 'no'",
                "Not on a route (unmatched)",
                circle("unmatched", dashed_outline=True),
            ),
        ]
        + [
            # type glyphs; lower() so 'Underpass' in a user's data still gets its glyph
            (code, f"lower(\"crossing_type\") = '{code}'", label, mark)
            for code, label, mark in (
                ("underpass", "Underpass", glyph(marker_shape("Triangle"), 180)),
                ("overpass", "Overpass, green bridge", glyph(marker_shape("Triangle"))),
                ("bridge", "Bridge", glyph(marker_shape("Square"), size=2.0)),
                ("culvert", "Culvert", glyph(marker_shape("Circle"), size=1.8)),
                ("level", "Level crossing", glyph(marker_shape("Cross2"))),
                ("opening", "Opening", glyph(marker_shape("Diamond"))),
            )
        ],
    )


def gaps():
    tl = "\"status\" = 'too_long' AND "
    return ruleset(
        "gaps",
        [
            ("ok", "\"status\" = 'ok'", "Spacing within the limit", line("good", 0.6, 1)),
            (
                "excess-2km",
                tl + '("excess_m" <= 2000 OR "excess_m" IS NULL)',
                "Too long: up to 2 km over the limit",
                line("bad", 1.0, 2),
            ),
            (
                "excess-5km",
                tl + '"excess_m" > 2000 AND "excess_m" <= 5000',
                "Too long: 2 to 5 km over the limit",
                line("bad", 1.6, 2),
            ),
            (
                "excess-more",
                tl + '"excess_m" > 5000',
                "Too long: more than 5 km over the limit",
                line("bad", 2.4, 2),
            ),
        ],
    )


# Below 1:250,000 proposed crossings along a long gap would merge into a black band of stars:
# there each gap (``gap_id``) shows one star, at its middle proposed crossing, with the number
# of proposed crossings in it (rule-based, by scale; ``filter:=TRUE`` is where a per-species
# variant adds its filter).
SMALL_SCALE = 250000
_KEEP = []
GAP = '"gap_id"'
MIDDLE = (
    f'$id = array_get(array_agg($id, group_by:={GAP}, filter:=TRUE, order_by:="chainage_km"), '
    f"floor((count($id, group_by:={GAP}, filter:=TRUE) - 1) / 2))"
)


def _star(size):
    star = QgsSimpleMarkerSymbolLayer(marker_shape("Star"), size)
    star.setColor(colour("proposed"))
    star.setStrokeColor(QColor("#ffffff"))
    star.setStrokeWidth(0.4)
    return star


def _number(group, colour_, stroke):
    number = QgsFontMarkerSymbolLayer("DejaVu Sans", "0", 3.8, colour_)
    number.setFontStyle("Bold")
    number.setStrokeColor(QColor("#ffffff"))
    number.setStrokeWidth(stroke)
    number.setHorizontalAnchorPoint(QgsMarkerSymbolLayer.Left)
    number.setOffset(QPointF(2.2, 0))
    properties = QgsPropertyCollection("symbol")
    count = f"count($id, group_by:={group}, filter:=TRUE)"
    properties.setProperty(
        QgsSymbolLayer.PropertyCharacter,
        QgsProperty.fromExpression(f"if(coalesce({count}, 0) = 0, '', to_string({count}))"),
    )
    number.setDataDefinedProperties(properties)
    _KEEP.append(properties)  # PyQGIS: keep the collection alive while the style is written
    return number


def proposed_count_symbol(group):
    """A star with the number of proposed crossings of its ``group`` beside it (black on a
    white halo; only the star in the legend)."""
    halo = _number(group, QColor("#ffffff"), 0.8)
    return symbol(QgsMarkerSymbol, [_star(3.6), halo, _number(group, colour("proposed"), 0)])


def proposed():
    root = QgsRuleBasedRenderer.Rule(None)
    root.setRuleKey("{nuudel-proposed-root}")
    rules = [
        ("all", symbol(QgsMarkerSymbol, [_star(5.0)]), 0, SMALL_SCALE, "", "Proposed crossing")
    ]
    rules.append(
        (
            "per-gap",
            proposed_count_symbol(GAP),
            SMALL_SCALE,
            0,
            MIDDLE,
            "Proposed crossings (number per gap)",
        )
    )
    for suffix, sym, maximum, minimum, expression, label in rules:
        rule = QgsRuleBasedRenderer.Rule(sym, maximum, minimum, expression, label)
        rule.setRuleKey(f"{{nuudel-proposed-{suffix}}}")
        root.appendChild(rule)
    return QgsRuleBasedRenderer(root)


def zones():
    cats = [
        ("nogo", "No-go zone", polygon("bad", 150, 0.5)),
        ("caution", "Caution zone", polygon("caution", 150, 0.4)),
        ("suitable", "Suitable area", polygon("good", 45, 0.3)),
    ]
    return QgsCategorizedSymbolRenderer(
        "zone", [QgsRendererCategory(v, s, label) for v, label, s in cats]
    )


def conflicts():
    cats = [
        ("nogo", "Crosses a no-go zone", line("bad", 1.4, 3)),
        ("caution", "Crosses a caution zone", line("caution", 1.1, 2)),
        ("suitable", "In a suitable area", line("good", 0.7, 1)),
    ]
    renderer = QgsCategorizedSymbolRenderer(
        "zone", [QgsRendererCategory(v, s, label) for v, label, s in cats]
    )
    renderer.setUsingSymbolLevels(True)
    return renderer


def marker(name, shape, size=3.6, hatched=False):
    """An event marker: palette colour, a shape per behaviour, a dark outline."""
    if hatched:
        return circle(name, size=size, hatched=True)
    mark = QgsSimpleMarkerSymbolLayer(marker_shape(shape), size)
    mark.setColor(colour(name))
    mark.setStrokeColor(DARK)
    mark.setStrokeWidth(0.3)
    return symbol(QgsMarkerSymbol, [mark])


def topology():
    """Joins (small blue dots: ends the tolerance joined) and near misses (larger orange
    diamonds: ends left apart, to inspect), from OUTPUT_TOPOLOGY."""
    cats = [
        ("join", "Join (ends joined)", marker("good", "Circle", 2.0)),
        ("near_miss", "Near miss (not joined)", marker("caution", "Diamond", 4.0)),
    ]
    return QgsCategorizedSymbolRenderer(
        "status", [QgsRendererCategory(v, s, label) for v, label, s in cats]
    )


def behaviour_events():
    """Encounter events (BaBA): red = the animal did not get across (bounce, trapped), orange =
    it moved along or back and forth (trace, back and forth), blue = normal (quick cross,
    average movement), grey hatched = unknown; the shape tells the two of a colour apart."""
    cats = [
        ("bounce", "Bounce", marker("bad", "Square")),
        ("trapped", "Trapped", marker("bad", "Pentagon", 4.0)),
        ("trace", "Trace", marker("caution", "Diamond", 4.0)),
        ("back_and_forth", "Back and forth", marker("caution", "Hexagon", 4.0)),
        ("quick_cross", "Quick cross", marker("good", "Triangle", 4.0)),
        ("average_movement", "Average movement", marker("good", "Circle")),
        ("unknown", "Unknown", marker("unknown", "Circle", hatched=True)),
    ]
    return QgsCategorizedSymbolRenderer(
        "behaviour", [QgsRendererCategory(v, s, label) for v, label, s in cats]
    )


def barrier_index():
    """Barriers by BaBA's index (display classes, thirds of the 0-1 range): wider and redder
    the more impermeable; barriers without encounters thin grey."""
    return ruleset(
        "barrier-index",
        [
            ("none", '"index" IS NULL', "No encounter", line("unknown", 0.4, 1)),
            ("low", '"index" <= 0.3333', "Index 0 to 0.33 (crossed)", line("good", 0.8, 2)),
            (
                "mid",
                '"index" > 0.3333 AND "index" <= 0.6667',
                "Index 0.33 to 0.67",
                line("caution", 1.2, 3),
            ),
            ("high", '"index" > 0.6667', "Index 0.67 to 1 (impermeable)", line("bad", 1.6, 4)),
        ],
    )


def traffic():
    cats = [
        ("low", "Low traffic (under 1,000 vehicles a day)", line("good", 0.5, 1)),
        ("moderate", "Moderate traffic (1,000 to 4,000)", line("caution", 0.8, 2)),
        ("high", "High traffic (4,000 to 10,000)", line("bad", 1.2, 3)),
        ("very_high", "Very high traffic (over 10,000)", line("bad", 2.0, 4)),
        ("unknown", "Traffic unknown", line("unknown", 0.6, 2, dashed=True, hatched=True)),
    ]
    renderer = QgsCategorizedSymbolRenderer(
        "band", [QgsRendererCategory(v, s, label) for v, label, s in cats]
    )
    renderer.setUsingSymbolLevels(True)
    return renderer


# effective mesh size classes (km²): a display choice, not a threshold of the analysis
MEFF_CLASSES = (
    (None, 10, "Effective mesh size under 10 km²", "bad", 170),
    (10, 100, "10 to 100 km²", "bad", 90),
    (100, 1000, "100 to 1,000 km²", "caution", 130),
    (1000, 10000, "1,000 to 10,000 km²", "good", 70),
    (10000, None, "10,000 km² or more", "good", 150),
)


def _classes(key, attribute, first_label=None):
    rules = []
    for i, (lo, hi, label, name, alpha) in enumerate(MEFF_CLASSES):
        parts = [
            f'"{attribute}" >= {lo}' if lo is not None else "",
            f'"{attribute}" < {hi}' if hi is not None else "",
        ]
        expression = " AND ".join(p for p in parts if p)
        if i == 0 and first_label:
            label = first_label
        rules.append((f"c{i}", expression, label, polygon(name, alpha, 0.3)))
    return ruleset(key, rules)


def landscape_units():
    return _classes("landscape_units", "meff_min")


def meshes():
    return _classes("meshes", "area_km2", "Mesh under 10 km²")


RANK_CLASSES = (
    ("top", '"rank" <= 10', "Rank 1 to 10", "good", 1.6),
    ("next", '"rank" > 10 AND "rank" <= 50', "Rank 11 to 50", "caution", 1.0),
    ("later", '"rank" > 50', "Rank over 50", "caution", 0.6),
    ("none", '"rank" IS NULL', "Not ranked", "unmatched", 0.5),
)


def _zoomed_in_only(renderer):
    """Unranked candidates (hundreds along the fences) only below 1:SMALL_SCALE: above it they
    would merge into a dark band over the ranked ones."""
    for rule in renderer.rootRule().children():
        if rule.ruleKey().endswith("-none}"):
            rule.setMinimumScale(SMALL_SCALE)
    return renderer


def mitigation_points():
    return _zoomed_in_only(
        ruleset(
            "mitigation_points",
            [
                (key, expression, label, circle(name, size=3.0 + 2.0 * scale))
                for key, expression, label, name, scale in RANK_CLASSES
            ],
        )
    )


def mitigation_lines():
    return _zoomed_in_only(
        ruleset(
            "mitigation_lines",
            [
                (key, expression, label, line(name, 0.6 + scale, 2 if key == "top" else 1))
                for key, expression, label, name, scale in RANK_CLASSES
            ],
        )
    )


VECTOR = {
    "fence_verdict": ("LineString", fence_verdict),
    "crossings": ("Point", crossings),
    "gaps": ("LineString", gaps),
    "proposed": ("Point", proposed),
    "zones": ("Polygon", zones),
    "conflicts": ("LineString", conflicts),
    "topology": ("Point", topology),
    "behaviour_events": ("Point", behaviour_events),
    "barrier_index": ("LineString", barrier_index),
    "traffic": ("LineString", traffic),
    "landscape_units": ("Polygon", landscape_units),
    "meshes": ("Polygon", meshes),
    "mitigation_points": ("Point", mitigation_points),
    "mitigation_lines": ("LineString", mitigation_lines),
}


def sample_layer(key, geometry):
    """A memory layer with the fields the style reads (as in processing/styles.py STYLES)."""
    types = {str: "string", float: "double", int: "integer"}
    fields = "&".join(f"field={n}:{types[t]}" for n, t in SPEC[key]["fields"].items())
    layer = QgsVectorLayer(f"{geometry}?crs=EPSG:32648&{fields}", key, "memory")
    assert layer.isValid(), key
    return layer


def write_qml(layer, path):
    message, ok = layer.saveNamedStyle(str(path), QgsMapLayer.StyleCategory.Symbology)
    if not ok:
        raise RuntimeError(f"{path}: {message}")


def export_sld(key, geometry):
    layer = sample_layer(key, geometry)
    message, ok = layer.loadNamedStyle(str(OUT / f"{key}.qml"))
    if not ok:
        raise RuntimeError(message)
    out = OUT / "sld" / f"{key}.sld"
    out.parent.mkdir(exist_ok=True)
    message, ok = layer.saveSldStyle(str(out))
    if not ok:
        raise RuntimeError(f"{out}: {message}")
    print("wrote", out)


def cost_qml():
    """Pseudocolour for the cost GeoTIFF: 1 = suitable, above 1 (CAUTION_COST) = caution,
    no-go = nodata (transparent, impassable)."""
    from osgeo import gdal

    with tempfile.TemporaryDirectory() as tmp:
        tif = str(Path(tmp) / "cost.tif")
        ds = gdal.GetDriverByName("GTiff").Create(tif, 3, 1, 1, gdal.GDT_Float32)
        ds.SetGeoTransform((500000, 250, 0, 4800250, 0, -250))
        band = ds.GetRasterBand(1)
        band.SetNoDataValue(-9999)
        band.WriteArray(np.array([[1.0, 10.0, -9999.0]], dtype="float32"))
        ds = None
        layer = QgsRasterLayer(tif, "cost", "gdal")
        ramp = QgsColorRampShader(1, 10, None, DISCRETE)
        ramp.setColorRampItemList(
            [
                QgsColorRampShader.ColorRampItem(1, colour("good"), "Suitable (cost 1)"),
                QgsColorRampShader.ColorRampItem(INF, colour("caution"), "Caution (higher cost)"),
            ]
        )
        shader = QgsRasterShader()
        shader.setRasterShaderFunction(ramp)
        renderer = QgsSingleBandPseudoColorRenderer(layer.dataProvider(), 1, shader)
        renderer.setClassificationMin(1)
        renderer.setClassificationMax(10)
        layer.setRenderer(renderer)
        write_qml(layer, OUT / "cost.qml")
        del layer, renderer  # close the GeoTIFF before its folder goes
    print("wrote", OUT / "cost.qml")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sld", action="store_true", help="only export SLD from the QML")
    parser.add_argument(
        "--check",
        action="store_true",
        help="build into a temporary folder; exit 1 if styles/ differs",
    )
    args = parser.parse_args()
    app = QgsApplication([], False)
    app.initQgis()
    if args.check:
        global OUT
        with tempfile.TemporaryDirectory() as tmp:
            OUT = Path(tmp)
            build(sld_only=False)
            stale = [
                str(p.relative_to(OUT))
                for p in sorted(OUT.rglob("*.*"))
                if p.read_bytes() != (STYLES / p.relative_to(OUT)).read_bytes()
            ]
        if stale:
            print("out of date (run scripts/build_styles.py):", *stale)
            sys.exit(1)
        print("styles/ is up to date")
        return
    build(sld_only=args.sld)


def build(sld_only):
    for key, (geometry, make) in VECTOR.items():
        if not sld_only:
            layer = sample_layer(key, geometry)
            renderer: QgsFeatureRenderer = make()
            layer.setRenderer(renderer)
            write_qml(layer, OUT / f"{key}.qml")
            print("wrote", OUT / f"{key}.qml")
        export_sld(key, geometry)
    if not sld_only:
        cost_qml()


if __name__ == "__main__":
    main()
