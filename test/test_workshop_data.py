"""The workshop GeoPackage: contents, determinism, metadata, and Load workshop data."""

import importlib.util
import re
import sqlite3
import sys
from collections import Counter
from contextlib import closing

import pytest
from helpers import ROOT
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsGeometry,
    QgsProject,
    QgsRectangle,
    QgsRuleBasedRenderer,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QColor, QImage

GPKG = ROOT / "resources" / "workshop" / "nuudel_workshop.gpkg"
UTM, WGS84 = "EPSG:32649", "EPSG:4326"

# layer -> (geometry type, CRS, feature count, fields in order)
EXPECTED = {
    "aimags": ("MultiPolygon", WGS84, 2, ["name", "name_mn", "fips", "source"]),
    "railway": ("LineString", UTM, 7, ["name", "kind", "route"]),
    "stations": ("Point", UTM, 8, ["name", "name_mn", "rail_km"]),
    "road": ("LineString", UTM, 4, ["name", "kind", "route"]),
    "fences": (
        "LineString",
        UTM,
        417,
        ["name", "fence_type", "height_cm", "bottom_cm", "top_gap_cm", "barbed", "rail_km"],
    ),
    "crossings": (
        "Point",
        UTM,
        46,
        ["name", "crossing_type", "width_m", "height_m", "length_m", "network"],
    ),
    "protected_areas": ("Polygon", UTM, 3, ["name", "category", "buffer_m"]),
    "water": ("Point", WGS84, 14, ["name", "kind"]),
    "migration_range": ("Polygon", UTM, 2, ["name", "species"]),
    "calving": ("Polygon", UTM, 1, ["name", "species"]),
    "alignment": ("LineString", UTM, 2, ["name", "option", "kind", "status"]),
}


def layer(name, path=GPKG):
    lyr = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    assert lyr.isValid(), name
    return lyr


def rows(name, path=GPKG):
    lyr = layer(name, path)
    names = lyr.fields().names()
    return [dict(zip(names, f.attributes()), geom=f.geometry()) for f in lyr.getFeatures()]


def is_null(value):
    return value is None or (hasattr(value, "isNull") and value.isNull())


def content(path):
    """Every layer's features as comparable tuples (attributes, WKT at 1 mm / 1e-8 degree)."""
    out = {}
    for name in EXPECTED:
        lyr = layer(name, path)
        feats = []
        for f in lyr.getFeatures():
            attrs = tuple(None if is_null(v) else v for v in f.attributes())
            precision = 8 if lyr.crs().isGeographic() else 3
            feats.append((attrs, f.geometry().asWkt(precision)))
        out[name] = feats
    return out


def symbol_xml(symbol):
    """A symbol's full definition as text (to compare symbols)."""
    from qgis.core import QgsReadWriteContext, QgsSymbolLayerUtils
    from qgis.PyQt.QtXml import QDomDocument

    doc = QDomDocument()
    return QgsSymbolLayerUtils.saveSymbol("s", symbol, doc, QgsReadWriteContext()).text() + str(
        [symbol.symbolLayer(i).properties() for i in range(symbol.symbolLayerCount())]
    )


def check_fence_style(fences, labels=None):
    """Fences categorised by fence_type, one colour per type as FENCE_TYPES, every type in the
    data with a category of its own (none falls into "not recorded")."""
    from nuudel.ui.workshop import FENCE_TYPES, NOT_RECORDED, fence_type_labels

    renderer = fences.renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer)
    assert renderer.classAttribute() == "fence_type"
    colours = {c.value(): c.symbol().symbolLayer(1).color().name() for c in renderer.categories()}
    assert colours == {**{code: colour for code, colour, _ in FENCE_TYPES}, "": NOT_RECORDED}
    assert colours["strand"] == "#8c510a" and colours["opening"] == "#ffffff"
    in_data = {f["fence_type"] for f in fences.getFeatures()}
    assert in_data and in_data <= set(colours) - {""}
    labels = labels or fence_type_labels()
    assert {c.value(): c.label() for c in renderer.categories()} == labels


def check_crossing_style(crossings):
    """A neutral disc for every crossing, then the plugin crossings style's glyph per type."""
    from nuudel.processing.styles import STYLES, apply_style

    rules = crossings.renderer().rootRule().children()
    assert isinstance(crossings.renderer(), QgsRuleBasedRenderer)
    assert rules[0].filterExpression() == "" and rules[0].symbol().color().name() == "#dfc27d"
    glyphs = {re.search(r"= '(\w+)'", r.filterExpression()).group(1): r for r in rules[1:]}
    types = STYLES["crossings"]["values"]["crossing_type"]
    assert sorted(glyphs) == sorted(types)
    assert {f["crossing_type"] for f in crossings.getFeatures()} == set(types)
    plugin = QgsVectorLayer("Point?crs=EPSG:32649&field=crossing_type:string", "p", "memory")
    apply_style(plugin, "crossings", species_styles=False)
    theirs = {
        r.label(): r
        for r in plugin.renderer().rootRule().children()
        if "crossing_type" in r.filterExpression()
    }
    for code, rule in glyphs.items():
        twin = next(r for r in theirs.values() if r.filterExpression() == rule.filterExpression())
        assert symbol_xml(rule.symbol()) == symbol_xml(twin.symbol()), code


def test_geopackage_exists_and_is_small():
    assert GPKG.exists()
    assert GPKG.stat().st_size < 5 * 1024 * 1024


@pytest.mark.parametrize("name", list(EXPECTED))
def test_layer_schema_crs_and_count(qgis_app, name):
    wkb_type, crs, count, fields = EXPECTED[name]
    lyr = layer(name)
    assert QgsWkbTypes.displayString(lyr.wkbType()) == wkb_type
    assert lyr.crs().authid() == crs
    assert lyr.featureCount() == count
    assert [f for f in lyr.fields().names() if f != "fid"] == fields
    assert all(not f.geometry().isEmpty() and f.geometry().isGeosValid() for f in lyr.getFeatures())


def test_mixed_crs_is_exercised(qgis_app):
    crss = {layer(n).crs().authid() for n in EXPECTED}
    assert crss == {UTM, WGS84}


@pytest.mark.parametrize("name", list(EXPECTED))
def test_metadata_says_illustrative(qgis_app, name):
    md = layer(name).metadata()
    assert "ILLUSTRATIVE" in md.abstract() and "NOT survey data" in md.abstract()
    assert "ILLUSTRATIVE" in md.title()
    assert md.licenses() and md.rights()
    if name == "aimags":
        assert "Natural Earth" in md.abstract() and "Public domain" in md.rights()[0]


def test_fences_follow_the_data_model(qgis_app):
    fences = rows("fences")
    types = Counter(f["fence_type"] for f in fences)
    assert set(types) == {"strand", "mesh", "solid", "electric", "rail", "opening"}
    assert {f["barbed"] for f in fences if not is_null(f["barbed"])} <= {
        "none",
        "top",
        "bottom",
        "all",
    }
    rail = [f for f in fences if f["name"].startswith("Railway fence")]
    assert len(rail) == 406
    km = sum(f["geom"].length() for f in rail) / 1000
    assert km == pytest.approx(1245.0, abs=0.1)
    # segments of 1-5 km, except the 500 m openings and the short solid wall
    for f in rail:
        length = f["geom"].length()
        if f["fence_type"] == "opening":
            assert length == pytest.approx(500, abs=1)
        else:
            assert 999 <= length <= 5001 or f["fence_type"] == "solid"
    # mostly barbed railway fence within the stated ranges
    standard = [f for f in rail if f["fence_type"] == "strand" and f["barbed"] == "all"]
    assert len(standard) > 0.75 * len(rail)
    for f in standard:
        assert is_null(f["height_cm"]) or 120 <= f["height_cm"] <= 150
        assert is_null(f["bottom_cm"]) or 10 <= f["bottom_cm"] <= 25
    # three openings, on both sides
    openings = [f for f in rail if f["fence_type"] == "opening"]
    assert len(openings) == 6 and len({f["rail_km"] for f in openings}) == 3
    # wildlife-friendly retrofits: bottom >= 46 cm smooth, top <= 102 cm
    friendly = [
        f
        for f in rail
        if f["fence_type"] == "strand"
        and not is_null(f["bottom_cm"])
        and f["bottom_cm"] >= 46
        and f["barbed"] in ("none", "top")
        and f["height_cm"] <= 102
    ]
    assert len(friendly) >= 4
    # missing values and a mesh section at Sainshand station
    assert (
        sum(
            1
            for f in fences
            if f["fence_type"] != "opening"
            and any(is_null(f[k]) for k in ("height_cm", "bottom_cm", "top_gap_cm", "barbed"))
        )
        >= 20
    )
    sainshand = next(s for s in rows("stations") if s["name"] == "Sainshand")["geom"]
    mesh = [f for f in rail if f["fence_type"] == "mesh"]
    assert len(mesh) == 2 and all(f["geom"].distance(sainshand) < 200 for f in mesh)


def test_railway_fence_runs_50_m_from_the_railway(qgis_app):
    railway = QgsGeometry.unaryUnion([r["geom"] for r in rows("railway")])
    for f in rows("fences"):
        if f["name"].startswith("Railway fence"):
            mid = f["geom"].interpolate(f["geom"].length() / 2)
            assert mid.distance(railway) == pytest.approx(50, abs=1)


def test_crossings_cover_every_type_and_the_awkward_cases(qgis_app):
    crossings = rows("crossings")
    types = Counter(c["crossing_type"] for c in crossings)
    assert types == {
        "culvert": 25,
        "bridge": 7,
        "level": 6,
        "underpass": 4,
        "opening": 3,
        "overpass": 1,
    }
    assert (
        sum(1 for c in crossings if any(is_null(c[k]) for k in ("width_m", "height_m", "length_m")))
        == 21
    )
    routes = QgsGeometry.unaryUnion([r["geom"] for r in rows("railway") + rows("road")])
    distances = {c["name"]: c["geom"].distance(routes) for c in crossings}
    far = [n for n, d in distances.items() if d > 100]
    assert far == ["Culvert on an old track (off route)"]
    assert distances[far[0]] == pytest.approx(600, abs=1)
    assert max(d for n, d in distances.items() if n not in far) <= 30.01
    places = Counter(c["geom"].asWkt(2) for c in crossings)
    assert sorted(places.values())[-2:] == [1, 2]  # exactly one place recorded twice
    assert Counter(c["network"] for c in crossings) == {"railway": 30, "road": 16}


def test_alignment_crosses_protected_area_calving_and_water_buffers(qgis_app):
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform

    align = {a["option"]: a["geom"] for a in rows("alignment")}
    local = next(p for p in rows("protected_areas") if "Local" in p["name"])["geom"]
    calving = rows("calving")[0]["geom"]
    assert align["A"].intersection(local).length() / 1000 == pytest.approx(19.25, abs=0.05)
    assert align["A"].intersection(calving).length() / 1000 == pytest.approx(39.57, abs=0.05)
    assert not align["B"].intersects(local) and not align["B"].intersects(calving)
    ct = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem(WGS84),
        QgsCoordinateReferenceSystem(UTM),
        QgsProject.instance(),
    )
    near = {}
    for w in rows("water"):
        g = QgsGeometry(w["geom"])
        g.transform(ct)
        near[w["name"]] = round(g.distance(align["A"]))
    assert sorted(n for n, d in near.items() if d <= 50) == ["Well A1", "Well A2"]
    assert sorted(n for n, d in near.items() if 50 < d <= 200) == ["Well A3", "Well A4"]
    mgaz = next(m for m in rows("migration_range") if m["species"] == "mgaz")["geom"]
    railway = QgsGeometry.unaryUnion([r["geom"] for r in rows("railway")])
    assert railway.crosses(mgaz) or railway.intersects(mgaz)


def _generator():
    spec = importlib.util.spec_from_file_location(
        "make_workshop_data", ROOT / "scripts" / "make_workshop_data.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_generator_is_deterministic_and_matches_the_committed_file(qgis_app, tmp_path):
    gen = _generator()
    first = gen.generate(tmp_path / "a.gpkg")
    second = gen.generate(tmp_path / "b.gpkg")
    assert content(first) == content(second)
    assert first.read_bytes() == second.read_bytes()
    assert content(first) == content(GPKG), "run `make workshop-data` and commit the result"


def test_load_workshop_data_adds_styled_layers_in_a_group(english, qgis_iface):
    from nuudel.ui.workshop import layer_titles, load_workshop_data

    project = QgsProject.instance()
    before, crs = set(project.mapLayers()), project.crs()
    layers = load_workshop_data(qgis_iface)
    try:
        assert len(layers) == len(EXPECTED)
        assert all(lyr.isValid() for lyr in layers)
        group = project.layerTreeRoot().findGroup("Nuudel workshop")
        assert group is not None
        in_group = [node.layer() for node in group.findLayers()]
        assert {lyr.id() for lyr in in_group} == {lyr.id() for lyr in layers}
        assert {lyr.name() for lyr in layers} == set(layer_titles().values())
        assert [lyr.name() for lyr in in_group][:2] == ["Crossing structures", "Water sources"]
        assert in_group[-1].name() == "Aimags"
        by_name = {lyr.name(): lyr for lyr in layers}
        check_fence_style(by_name["Fences"])
        check_crossing_style(by_name["Crossing structures"])
        # every other layer: its own single symbol, no two alike
        singles = {
            lyr.name(): symbol_xml(lyr.renderer().symbol())
            for lyr in layers
            if lyr.name() not in ("Fences", "Crossing structures")
        }
        assert all(isinstance(by_name[n].renderer(), QgsSingleSymbolRenderer) for n in singles)
        assert len(set(singles.values())) == len(singles) == len(EXPECTED) - 2
        railway = by_name["Railway"].renderer().symbol()
        assert [railway.symbolLayer(i).color().name() for i in (0, 1)] == ["#1a1a1a", "#ffffff"]
    finally:
        for lyr in layers:
            project.removeMapLayer(lyr.id())
        group = project.layerTreeRoot().findGroup("Nuudel workshop")
        if group is not None:
            project.layerTreeRoot().removeChildNode(group)
        project.setCrs(crs)
    assert set(project.mapLayers()) == before


def test_menu_action_loads_the_workshop_data(english):
    project = QgsProject.instance()
    before, crs = set(project.mapLayers()), project.crs()
    action = next(a for a in english.menu.actions() if a.text() == "Load workshop data")
    action.trigger()
    try:
        group = project.layerTreeRoot().findGroup("Nuudel workshop")
        assert group is not None and len(group.findLayers()) == len(EXPECTED)
    finally:
        for layer_id in set(project.mapLayers()) - before:
            project.removeMapLayer(layer_id)
        group = project.layerTreeRoot().findGroup("Nuudel workshop")
        if group is not None:
            project.layerTreeRoot().removeChildNode(group)
        project.setCrs(crs)


def test_load_workshop_data_without_the_file_warns(plugin, qgis_iface, tmp_path):
    from nuudel.ui.workshop import load_workshop_data

    assert load_workshop_data(qgis_iface, path=tmp_path / "missing.gpkg") == []


def test_workshop_labels_follow_the_language(mongolian, qgis_iface):
    """With Mongolian active the workshop legends are Mongolian (the plugin's translations)."""
    from helpers import mongolian_translations
    from nuudel.ui.workshop import fence_type_labels, load_workshop_data

    table = mongolian_translations()
    project = QgsProject.instance()
    crs = project.crs()
    layers = load_workshop_data(qgis_iface)
    try:
        by_name = {lyr.name(): lyr for lyr in layers}
        fences = by_name[table["Fences"]]
        labels = fence_type_labels()
        assert labels["opening"] == table["Opening"] and labels["mesh"] == "Торон хашаа"
        check_fence_style(fences, labels)
        crossings = by_name[table["Crossing structures"]]
        rule_labels = [r.label() for r in crossings.renderer().rootRule().children()]
        assert table["Culvert"] in rule_labels
        assert all(re.search("[\u0400-\u04ff]", label) for label in rule_labels)
    finally:
        for lyr in layers:
            project.removeMapLayer(lyr.id())
        group = project.layerTreeRoot().findGroup(table["Nuudel workshop"])
        if group is not None:
            project.layerTreeRoot().removeChildNode(group)
        project.setCrs(crs)


def test_geopackage_carries_the_styles_as_defaults(english):
    """Dragged into QGIS without the plugin, the layers open with the workshop styles."""
    with closing(sqlite3.connect(str(GPKG))) as db:
        stored = db.execute(
            "SELECT f_table_name, useAsDefault, styleQML, styleSLD FROM layer_styles"
        ).fetchall()
    assert sorted(r[0] for r in stored) == sorted(EXPECTED)
    assert all(r[1] and "<qgis" in r[2] and "se:" in r[3] for r in stored)
    fences = layer("fences")  # the default style loads with the layer
    check_fence_style(fences)
    check_crossing_style(layer("crossings"))
    assert isinstance(layer("railway").renderer(), QgsSingleSymbolRenderer)
    assert layer("railway").renderer().symbol().symbolLayer(1).color().name() == "#ffffff"


def test_fence_type_colours_are_colour_blind_safe():
    """The fence-type colours stay apart (CIELAB ΔE >= 20) as seen with protanopia,
    deuteranopia and tritanopia (the simulations of scripts/check_palette.py)."""
    import itertools

    import numpy as np

    sys.path.insert(0, str(ROOT / "scripts"))
    import check_palette as cp
    from nuudel.ui.workshop import FENCE_TYPES, NOT_RECORDED

    rgb = cp.hex_to_srgb([c for _, c, _ in FENCE_TYPES] + [NOT_RECORDED])
    visions = (
        [rgb]
        + [cp.simulate(rgb, "machado", v) for v in cp.MACHADO]
        + [cp.simulate(rgb, "vienot", v) for v in cp.VIENOT_PROJ]
    )
    for seen in visions:
        lab = cp.srgb_to_lab(seen)
        closest = min(
            np.linalg.norm(lab[i] - lab[j]) for i, j in itertools.combinations(range(len(lab)), 2)
        )
        assert closest >= cp.MIN_DELTA_E


def test_rendered_fence_types_have_their_colours(english, tmp_path):
    """An offscreen render of the styled fences: a barbed strand segment is brown, an opening
    white between dark casings."""
    from nuudel.processing.render import render_png
    from nuudel.ui.workshop import style_layer

    fences = style_layer(layer("fences"), "fences")
    for ftype, colour in (("strand", "#8c510a"), ("opening", "#ffffff")):
        feat = next(
            f
            for f in fences.getFeatures()
            if f["fence_type"] == ftype and f["name"] == "Railway fence (east side)"
        )
        mid = feat.geometry().interpolate(feat.geometry().length() / 2).asPoint()
        extent = QgsRectangle(mid.x() - 300, mid.y() - 300, mid.x() + 300, mid.y() + 300)
        png = tmp_path / f"{ftype}.png"
        settings = render_png([fences], png, extent=extent, size=(200, 200), background="#00ff00")
        pixel = settings.mapToPixel().transform(mid)
        x, y = round(pixel.x()), round(pixel.y())
        image = QImage(str(png))
        near = {
            QColor(image.pixel(x + dx, y + dy)).name() for dx in (-1, 0, 1) for dy in (-1, 0, 1)
        }
        assert colour in near, (ftype, near)
        # the dark casing either side (antialiased: darker than mid grey)
        assert any(max(QColor(image.pixel(i, y)).getRgb()[:3]) < 128 for i in range(200))
