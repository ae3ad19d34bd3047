"""Styles of every output (issue 7): codes covered, styles carried in files, SLD, labels, PNG."""

import importlib.util
import sqlite3
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pytest
from core.fence_example import FIELDS as FENCE_FIELDS
from core.fence_example import ROWS as FENCE_ROWS
from helpers import memory_layer, mongolian_translations, write_gpkg
from nuudel.processing import labels
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
    QgsRasterLayer,
    QgsRenderContext,
    QgsRuleBasedRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QTranslator
from qgis.PyQt.QtGui import QColor, QImage

ROOT = Path(__file__).resolve().parent.parent
SE = "http://www.opengis.net/se"
SLD = "http://www.opengis.net/sld"


def _script(name):
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def styles(plugin):
    from nuudel.processing import styles

    return styles


@pytest.fixture(scope="module")
def palette():
    return _script("check_palette").load_palette()


def sample(styles, key, rows, name=None):
    """A memory layer with the fields style ``key`` reads; rows are (wkt, {field: value})."""
    spec = styles.STYLES[key]
    return memory_layer(spec["geometry"], "EPSG:32648", spec["fields"], rows, name or key)


WKT = {
    "LineString": "LineString (500000 4800000, 501000 4800000)",
    "Point": "Point (500000 4800000)",
    "Polygon": "Polygon ((500000 4800000, 501000 4800000, 501000 4801000, 500000 4800000))",
}

# Every value the algorithms can write -> the legend entries (rule keys or category values)
# the feature must fall into.
CROSSING_TYPES = ("underpass", "overpass", "bridge", "culvert", "level", "opening")
CASES = {
    "fence_verdict": [
        ({"verdict": v}, {v}) for v in ("permeable", "conditional", "barrier", "unknown")
    ],
    "crossings": [
        (
            {"matched": "yes", "suitability": s, "crossing_type": t},
            {f"{{nuudel-crossings-{s}}}", f"{{nuudel-crossings-{t}}}"},
        )
        for s in ("suitable", "unsuitable", "unknown")
        for t in CROSSING_TYPES
    ]
    + [
        (
            {"matched": "no", "suitability": "unmatched", "crossing_type": t},
            {"{nuudel-crossings-unmatched}", f"{{nuudel-crossings-{t}}}"},
        )
        for t in CROSSING_TYPES
    ]
    + [
        (
            {"matched": "yes", "suitability": "suitable", "crossing_type": "Culvert"},
            {"{nuudel-crossings-suitable}", "{nuudel-crossings-culvert}"},
        )
    ],
    "gaps": [({"status": "ok", "excess_m": 0.0}, {"{nuudel-gaps-ok}"})]
    + [
        ({"status": "too_long", "excess_m": e}, {f"{{nuudel-gaps-{k}}}"})
        for e, k in (
            (1.0, "excess-2km"),
            (2000.0, "excess-2km"),
            (2000.5, "excess-5km"),
            (5000.0, "excess-5km"),
            (5001.0, "excess-more"),
            (250000.0, "excess-more"),
        )
    ],
    "proposed": [
        ({"route": "r1", "species": "mgaz", "chainage_km": 2.667}, {"{nuudel-proposed-all}"})
    ],
    "zones": [({"zone": z}, {z}) for z in ("nogo", "caution", "suitable")],
    "conflicts": [({"zone": z}, {z}) for z in ("nogo", "caution", "suitable")],
    "topology": [({"status": s}, {s}) for s in ("join", "near_miss")],
    "behaviour_events": [
        ({"behaviour": b}, {b})
        for b in (
            "bounce",
            "quick_cross",
            "back_and_forth",
            "trace",
            "trapped",
            "average_movement",
            "unknown",
        )
    ],
    "barrier_index": [({"index": None}, {"{nuudel-barrier-index-none}"})]
    + [
        ({"index": v, "encounters": 3}, {f"{{nuudel-barrier-index-{k}}}"})
        for v, k in (
            (0.0, "low"),
            (0.3333, "low"),
            (0.5, "mid"),
            (0.6667, "mid"),
            (0.7, "high"),
            (1.0, "high"),
        )
    ],
    "traffic": [
        ({"band": b, "aadt_target": 1.0}, {b})
        for b in ("low", "moderate", "high", "very_high", "unknown")
    ],
    "landscape_units": [
        ({"meff_min": m, "area_km2": 1.0}, {f"{{nuudel-landscape_units-{k}}}"})
        for m, k in (
            (0.5, "c0"),
            (10.0, "c1"),
            (99.9, "c1"),
            (100.0, "c2"),
            (5000.0, "c3"),
            (10000.0, "c4"),
            (1e6, "c4"),
        )
    ],
    "meshes": [
        ({"species": "mgaz", "mesh": 1, "area_km2": m}, {f"{{nuudel-meshes-{k}}}"})
        for m, k in ((3.0, "c0"), (50.0, "c1"), (999.0, "c2"), (2000.0, "c3"), (12000.0, "c4"))
    ],
    **{
        key: [
            ({"rank": r, "type": "opening", "gain_total": 1.0}, {f"{{nuudel-{key}-{k}}}"})
            for r, k in (
                (1, "top"),
                (10, "top"),
                (11, "next"),
                (50, "next"),
                (51, "later"),
                (None, "none"),
            )
        ]
        for key in ("mitigation_points", "mitigation_lines")
    },
}


def legend_hits(layer, feature):
    """The legend entries (category values or rule keys) a feature is drawn with."""
    renderer = layer.renderer().clone()
    context = QgsRenderContext()
    renderer.startRender(context, layer.fields())
    try:
        keys = renderer.legendKeysForFeature(feature, context)
        symbols = renderer.symbolsForFeature(feature, context)
    finally:
        renderer.stopRender(context)
    if isinstance(renderer, QgsCategorizedSymbolRenderer):
        values = (
            {
                renderer.categories()[
                    renderer.categoryIndexForValue(feature[renderer.classAttribute()])
                ].value()
            }
            if symbols
            else set()
        )
        return values, symbols
    return set(keys) - {renderer.rootRule().ruleKey()}, symbols


def test_every_vector_style_has_cases(styles):
    assert set(CASES) == set(styles.VECTOR_STYLES)


@pytest.mark.parametrize("key", sorted(CASES))
def test_style_covers_every_code(styles, key):
    """Each code gets its own legend entry: no 'all other values', nothing undrawn."""
    geometry = styles.STYLES[key]["geometry"]
    layer = sample(styles, key, [(WKT[geometry], values) for values, _ in CASES[key]])
    styles.apply_style(layer, key)
    renderer = layer.renderer()
    assert isinstance(renderer, (QgsCategorizedSymbolRenderer, QgsRuleBasedRenderer)), key
    if isinstance(renderer, QgsCategorizedSymbolRenderer):
        assert all(c.value() not in ("", None) for c in renderer.categories())  # no catch-all
        assert {c.value() for c in renderer.categories()} == set(
            styles.STYLES[key]["values"][renderer.classAttribute()]
        )
    feats = list(layer.getFeatures())
    for feat, (values, expected) in zip(feats, CASES[key]):
        hits, symbols = legend_hits(layer, feat)
        assert symbols, (key, values)
        assert hits == expected, (key, values, hits)


def test_fence_colours_follow_palette(styles, palette):
    layer = sample(styles, "fence_verdict", [])
    styles.apply_style(layer, "fence_verdict")
    want = {"permeable": "good", "conditional": "caution", "barrier": "bad", "unknown": "unknown"}
    for category in layer.renderer().categories():
        colours = {
            category.symbol().symbolLayer(i).color().name()
            for i in range(category.symbol().symbolLayerCount())
        }
        assert palette[want[category.value()]]["colour"] in colours, category.value()


def test_palette_is_colour_blind_safe(palette):
    """Pairwise CIELAB distance of the class colours under protanopia, deuteranopia and
    tritanopia (Machado 2009) and protan/deutan (Viénot 1999) stays >= 20."""
    check = _script("check_palette")
    result = check.min_distances(palette)
    assert set(result) >= {
        "normal",
        "machado protanopia",
        "machado deuteranopia",
        "vienot protanopia",
        "vienot deuteranopia",
    }
    for vision, (distance, pair) in result.items():
        assert distance >= check.MIN_DELTA_E, (vision, pair, distance)
    # the simulation itself: pure red and green, far apart normally, collapse for a deuteranope
    rgb = np.array([[1.0, 0.0, 0.0], [0.0, 0.6, 0.0]])
    lab = check.srgb_to_lab(check.simulate(rgb, "machado", "deuteranopia"))
    assert np.linalg.norm(lab[0] - lab[1]) < 0.5 * np.linalg.norm(
        check.srgb_to_lab(rgb)[0] - check.srgb_to_lab(rgb)[1]
    )
    assert np.allclose(
        check.simulate(np.array([[0.5, 0.5, 0.5]]), "vienot", "protanopia"), 0.5, atol=0.01
    )  # greys stay grey


def test_species_styles(styles):
    rows = [
        (WKT["LineString"], {"verdict": "barrier", "v_mgaz": "permeable", "v_khulan": "barrier"})
    ]
    layer = sample(styles, "fence_verdict", rows)
    styles.apply_style(layer, "fence_verdict")
    manager = layer.styleManager()
    # one selectable style per species field present in the layer (all eight here)
    assert len(manager.styles()) == 1 + 8
    assert layer.renderer().classAttribute() == "verdict"
    styles.species_style(layer, "mgaz")
    assert layer.renderer().classAttribute() == "v_mgaz"
    feat = next(layer.getFeatures())
    assert legend_hits(layer, feat)[0] == {"permeable"}

    crossing = sample(
        styles,
        "crossings",
        [
            (
                WKT["Point"],
                {
                    "matched": "yes",
                    "suitability": "unsuitable",
                    "s_mgaz": "suitable",
                    "crossing_type": "bridge",
                },
            )
        ],
    )
    styles.species_style(crossing, "mgaz", "crossings")
    assert legend_hits(crossing, next(crossing.getFeatures()))[0] == {
        "{nuudel-crossings-suitable}",
        "{nuudel-crossings-bridge}",
    }

    gaps = sample(
        styles,
        "gaps",
        [
            (WKT["LineString"], {"species": "ggaz", "status": "ok"}),
            (WKT["LineString"], {"species": "mgaz", "status": "ok"}),
        ],
    )
    styles.apply_style(gaps, "gaps")  # a view per species present in the rows
    assert set(gaps.styleManager().styles()) == {gaps.styleManager().currentStyle()} | {
        styles.species_style_name(c) for c in ("mgaz", "ggaz")
    }
    styles.species_style(gaps, "mgaz", "gaps")
    drawn = [bool(legend_hits(gaps, f)[1]) for f in gaps.getFeatures()]
    assert drawn == [False, True]


def _gpkg_default_styles(path):
    db = sqlite3.connect(path)
    try:
        return db.execute(
            "SELECT f_table_name, styleName, useAsDefault, description, styleSLD FROM layer_styles"
        ).fetchall()
    finally:
        db.close()


@pytest.mark.parametrize("form", ["uri", "path", "ogr"])
def test_save_default_style_into_geopackage(styles, tmp_path, form):
    path = tmp_path / "fences.gpkg"
    uri = write_gpkg(
        path,
        "LineString",
        "EPSG:32648",
        {"verdict": str, "v_mgaz": str},
        [(WKT["LineString"], {"verdict": "barrier", "v_mgaz": "barrier"})],
        layer_name="fence_audit",
    )
    dest = {
        "uri": uri,
        "path": str(path),
        "ogr": f"ogr:dbname='{path}' table=\"fence_audit\" (geom)",
    }[form]
    feedback = QgsProcessingFeedback()
    styles.save_default_style(QgsProcessingContext(), dest, "fence_verdict", feedback)
    rows = _gpkg_default_styles(path)
    defaults = [r for r in rows if r[2]]
    assert len(defaults) == 1 and defaults[0][0] == "fence_audit"
    assert defaults[0][3] == "nuudel:fence_verdict"
    # the SLD column is filled too, for every style (QGIS 3.44's saveStyleToDatabase left it
    # empty because the hatching of "unknown" has no SLD form)
    assert all("<se:Rule>" in r[4] for r in rows)
    assert defaults[0][4].count("<se:Rule>") == 4
    assert {r[3] for r in rows if not r[2]} == {"nuudel:fence_verdict:mgaz"}
    # a fresh layer of the file comes up styled, with no help from Nuudel
    fresh = QgsVectorLayer(uri, "fresh", "ogr")
    renderer = fresh.renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer)
    assert renderer.classAttribute() == "verdict" and len(renderer.categories()) == 4
    del renderer, fresh
    # saving again (re-run into the same file) keeps a single default
    styles.save_default_style(QgsProcessingContext(), dest, "fence_verdict", feedback)
    assert len([r for r in _gpkg_default_styles(path) if r[2]]) == 1


def test_save_default_style_shapefile_sidecar_and_memory(styles, tmp_path):
    from qgis.core import QgsCoordinateTransformContext, QgsVectorFileWriter

    layer = sample(styles, "zones", [(WKT["Polygon"], {"zone": "nogo"})])
    shp = tmp_path / "zones.shp"
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "ESRI Shapefile"
    assert (
        QgsVectorFileWriter.writeAsVectorFormatV3(
            layer, str(shp), QgsCoordinateTransformContext(), options
        )[0]
        == 0
    )
    styles.save_default_style(QgsProcessingContext(), str(shp), "zones")
    assert (tmp_path / "zones.qml").exists()
    fresh = QgsVectorLayer(str(shp), "fresh", "ogr")
    assert fresh.renderer().classAttribute() == "zone"
    # a temporary (memory) output held by the context is styled in place
    context = QgsProcessingContext()
    memory = sample(styles, "zones", [(WKT["Polygon"], {"zone": "caution"})])
    context.temporaryLayerStore().addMapLayer(memory)
    styles.save_default_style(context, memory.id(), "zones")
    assert memory.renderer().type() == "categorizedSymbol"


def _cost_tif(path):
    from osgeo import gdal

    ds = gdal.GetDriverByName("GTiff").Create(str(path), 3, 1, 1, gdal.GDT_Float32)
    ds.SetGeoTransform((500000, 250, 0, 4800250, 0, -250))
    band = ds.GetRasterBand(1)
    band.SetNoDataValue(-9999)
    band.WriteArray(np.array([[1.0, 10.0, -9999.0]], dtype="float32"))
    ds = None


def test_cost_raster_style_and_sidecar(styles, palette, tmp_path):
    tif = tmp_path / "cost.tif"
    _cost_tif(tif)
    layer = QgsRasterLayer(str(tif), "cost", "gdal")
    styles.apply_style(layer, "cost")
    renderer = layer.renderer()
    assert renderer.type() == "singlebandpseudocolor"
    items = renderer.shader().rasterShaderFunction().colorRampItemList()
    assert [(i.value, i.color.name()) for i in items] == [
        (1.0, palette["good"]["colour"]),
        (float("inf"), palette["caution"]["colour"]),
    ]
    styles.save_default_style(QgsProcessingContext(), str(tif), "cost")
    assert (tmp_path / "cost.qml").exists()
    fresh = QgsRasterLayer(str(tif), "fresh", "gdal")
    assert fresh.renderer().type() == "singlebandpseudocolor"
    # pixels: cost 1 -> suitable colour, CAUTION_COST -> caution colour, no-go -> transparent
    from nuudel.processing.render import render_png

    settings = render_png(
        [fresh],
        tmp_path / "cost.png",
        extent=fresh.extent(),
        size=(300, 100),
        background="#00000000",
    )
    image = QImage(str(tmp_path / "cost.png"))
    assert QColor(image.pixel(50, 50)).name() == palette["good"]["colour"]
    assert QColor(image.pixel(150, 50)).name() == palette["caution"]["colour"]
    assert image.pixelColor(250, 50).alpha() == 0
    assert settings.outputSize().width() == 300


def test_register_style_post_processor(styles):
    context = QgsProcessingContext()
    dest = "/tmp/nuudel-not-written.gpkg"
    context.addLayerToLoadOnCompletion(
        dest, QgsProcessingContext.LayerDetails("out", QgsProject.instance(), "OUTPUT")
    )
    styles.register_style(context, dest, "conflicts")
    processor = context.layerToLoadOnCompletionDetails(dest).postProcessor()
    assert processor is not None
    layer = sample(styles, "conflicts", [(WKT["LineString"], {"zone": "nogo"})])
    processor.postProcessLayer(layer, context, QgsProcessingFeedback())
    assert layer.renderer().classAttribute() == "zone"
    # outputs that are not loaded get no post-processor (and no error)
    styles.register_style(QgsProcessingContext(), "/tmp/other.gpkg", "gaps")
    with pytest.raises(KeyError):
        styles.register_style(context, dest, "no_such_style")


def test_style_output_through_an_algorithm(styles, plugin, tmp_path):
    """NuudelAlgorithm.style_output + postProcessAlgorithm (processing.run, as in models)."""
    from nuudel.processing.base import NuudelAlgorithm
    from qgis.core import (
        QgsFeatureSink,
        QgsProcessingParameterFeatureSink,
        QgsProcessingParameterFeatureSource,
    )

    import processing

    class CopyZones(NuudelAlgorithm):
        ALG_ID = "copyzonesfortest"
        GROUP_ID = "alignment"

        def display_name(self):
            return "copy zones"

        def initAlgorithm(self, config=None):
            self.addParameter(QgsProcessingParameterFeatureSource("INPUT", "in"))
            self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", "out"))

        def processAlgorithm(self, parameters, context, feedback):
            source = self.parameterAsSource(parameters, "INPUT", context)
            sink, dest = self.parameterAsSink(
                parameters, "OUTPUT", context, source.fields(), source.wkbType(), source.sourceCrs()
            )
            sink.addFeatures(list(source.getFeatures()), QgsFeatureSink.FastInsert)
            self.style_output(context, dest, "zones")
            return {"OUTPUT": dest}

    src = write_gpkg(
        tmp_path / "in.gpkg",
        "Polygon",
        "EPSG:32648",
        styles.STYLES["zones"]["fields"],
        [(WKT["Polygon"], {"zone": "nogo"})],
    )
    out = tmp_path / "out.gpkg"
    result = processing.run(CopyZones(), {"INPUT": src, "OUTPUT": str(out)})
    fresh = QgsVectorLayer(result["OUTPUT"], "fresh", "ogr")
    assert fresh.renderer().type() == "categorizedSymbol"
    assert fresh.renderer().classAttribute() == "zone"


@pytest.fixture
def style_translations(mongolian):
    """Mongolian in force; yields the {English: Mongolian} table of nuudel_mn.ts."""
    return mongolian_translations()


def test_every_label_has_a_mongolian_translation(styles):
    table = mongolian_translations()
    for english in labels.legend_labels():
        assert english in table, english
        assert any("\u0400" <= ch <= "\u04ff" for ch in table[english]), english


def test_labels_follow_the_language(styles, style_translations, tmp_path):
    layer = sample(styles, "fence_verdict", [])
    styles.apply_style(layer, "fence_verdict")
    labels = [c.label() for c in layer.renderer().categories()]
    assert labels == ["Нэвтрүүлэх", "Нөхцөлтэй", "Саад", "Тодорхойгүй"]
    crossings = sample(styles, "crossings", [])
    styles.apply_style(crossings, "crossings")
    rule_labels = [r.label() for r in crossings.renderer().rootRule().children()]
    assert rule_labels[0] == style_translations["Suitable crossing"]
    assert all(any("\u0400" <= ch <= "\u04ff" for ch in lab) for lab in rule_labels)
    tif = tmp_path / "cost.tif"
    _cost_tif(tif)
    cost = styles.apply_style(QgsRasterLayer(str(tif), "cost", "gdal"), "cost")
    items = cost.renderer().shader().rasterShaderFunction().colorRampItemList()
    assert items[0].label == style_translations["Suitable (cost 1)"]
    # the default style saved while Mongolian is active carries Mongolian labels
    uri = write_gpkg(
        tmp_path / "z.gpkg",
        "Polygon",
        "EPSG:32648",
        styles.STYLES["zones"]["fields"],
        [(WKT["Polygon"], {"zone": "nogo"})],
    )
    styles.save_default_style(QgsProcessingContext(), uri, "zones")
    fresh = QgsVectorLayer(uri, "fresh", "ogr")
    assert [c.label() for c in fresh.renderer().categories()] == [
        "Хориглох бүс",
        "Анхааралтай бүс",
        "Тохиромжтой талбай",
    ]


def test_labels_english(styles, english):
    layer = sample(styles, "zones", [])
    styles.apply_style(layer, "zones")
    assert [c.label() for c in layer.renderer().categories()] == [
        "No-go zone",
        "Caution zone",
        "Suitable area",
    ]


@pytest.mark.parametrize("key", sorted(CASES))
def test_sld_parses_and_reimports(styles, key):
    path = styles.sld_file(key)
    text = path.read_text(encoding="utf-8")
    root = ET.fromstring(text)
    assert root.tag == f"{{{SLD}}}StyledLayerDescriptor" and root.get("version") == "1.1.0"
    assert f'xmlns:se="{SE}"' in text
    sld_rules = root.findall(f".//{{{SE}}}Rule")
    # rule count and titles match the QML the SLD was exported from
    layer = sample(styles, key, [])
    styles.apply_style(layer, key, species_styles=False)
    renderer = layer.renderer()
    if isinstance(renderer, QgsCategorizedSymbolRenderer):
        labels = [c.label() for c in renderer.categories()]
    else:
        labels = [r.label() for r in renderer.rootRule().children()]
    assert len(sld_rules) == len(labels)
    # re-import into QGIS: a rule-based renderer with the same number of rules
    again = sample(styles, key, [])
    message, ok = again.loadSldStyle(str(path))
    assert ok, message
    if len(labels) == 1:  # QGIS reads a one-rule SLD without filter as a single symbol
        assert again.renderer().type() in ("singleSymbol", "RuleRenderer")
    else:
        assert isinstance(again.renderer(), QgsRuleBasedRenderer)
        assert len(again.renderer().rootRule().children()) == len(labels)


def test_sld_titles_are_the_english_labels(styles, english):
    for key in CASES:
        root = ET.parse(styles.sld_file(key)).getroot()
        titles = [
            r.findtext(f"{{{SE}}}Description/{{{SE}}}Title") for r in root.iter(f"{{{SE}}}Rule")
        ]
        assert all(t in labels.legend_labels() for t in titles), (key, titles)


def test_committed_styles_are_built_from_the_palette():
    """styles/*.qml and styles/sld/*.sld are what scripts/build_styles.py makes from
    styles/palette.json (files written by another QGIS version differ in format: skipped)."""
    from qgis.core import Qgis

    header = (ROOT / "styles" / "zones.qml").read_text(encoding="utf-8").splitlines()[1]
    if f'version="{Qgis.QGIS_VERSION}"' not in header:
        pytest.skip(f"styles/ was built with another QGIS: {header}")
    proc = subprocess.run(
        [str(ROOT / ".venv" / "bin" / "python"), "scripts/build_styles.py", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


# -- the fence worked example (issue 3), rendered ----------------------------------------------
VERDICTS = {  # segment -> (mgaz, argali, khulan), from issue 3
    1: ("permeable", "permeable", "barrier"),
    2: ("barrier", "barrier", "barrier"),
    3: ("permeable", "permeable", "permeable"),
    4: ("barrier", "barrier", "barrier"),
    5: ("conditional", "conditional", "barrier"),
    6: ("unknown", "permeable", "barrier"),
}


def _fence_example(tmp_path, styles):
    rows = []
    for seg, (mgaz, argali, khulan) in VERDICTS.items():
        x0 = 500000 + (seg - 1) * 1000
        rows.append(
            (
                f"LineString ({x0} 4800000, {x0 + 1000} 4800000)",
                {"verdict": mgaz, "v_mgaz": mgaz, "v_argali": argali, "v_khulan": khulan},
            )
        )
    fields = {"verdict": str, "v_mgaz": str, "v_argali": str, "v_khulan": str}
    uri = write_gpkg(
        tmp_path / "fences.gpkg", "LineString", "EPSG:32648", fields, rows, layer_name="fence_audit"
    )
    styles.save_default_style(QgsProcessingContext(), uri, "fence_verdict")
    return uri


def _pixel(image, settings, x, y):
    point = settings.mapToPixel().transform(x, y)
    return QColor(image.pixel(int(round(point.x())), int(round(point.y()))))


def _close(color, hex_colour, tol=3):
    want = QColor(hex_colour)
    return all(abs(a - b) <= tol for a, b in zip(color.getRgb()[:3], want.getRgb()[:3]))


def test_render_fence_worked_example(styles, palette, english, tmp_path):
    from nuudel.processing.render import render_png

    uri = _fence_example(tmp_path, styles)
    layer = QgsVectorLayer(uri, "Fence audit", "ogr")  # styled by the GeoPackage alone
    png = tmp_path / "fences.png"
    settings = render_png([layer], png, size=(1200, 800))
    image = QImage(str(png))
    assert image.width() == 1200 and image.height() == 800
    expect = {1: "good", 2: "bad", 3: "good", 4: "bad", 5: "caution"}
    for seg, name in expect.items():
        colour = _pixel(image, settings, 500000 + (seg - 1) * 1000 + 500, 4800000)
        assert _close(colour, palette[name]["colour"]), (seg, colour.name())
    # segment 6 (unknown): grey hatched, never a verdict colour
    colour = _pixel(image, settings, 505500, 4800000)
    assert not any(_close(colour, palette[n]["colour"], 40) for n in ("good", "bad", "caution"))
    # off the line: background
    assert _pixel(image, settings, 502500, 4800800).name() == "#ffffff"

    # khulan view: segment 1 turns barrier colour
    styles.species_style(layer, "khulan")
    settings = render_png([layer], png, size=(1200, 800), legend=True)
    image = QImage(str(png))
    assert _close(_pixel(image, settings, 500500, 4800000), palette["bad"]["colour"])
    assert _close(_pixel(image, settings, 502500, 4800000), palette["good"]["colour"])
    # the legend panel is added to the right of the map and holds dark text pixels
    assert image.width() > 1200 and image.height() == 800
    panel = [
        QColor(image.pixel(x, y)).lightness()
        for x in range(1200, image.width(), 2)
        for y in range(0, 200, 2)
    ]
    assert min(panel) < 100


# -- the real algorithms: outputs written headless carry their styles --------------------------
def _every_feature_has_a_legend_entry(layer):
    for feat in layer.getFeatures():
        hits, symbols = legend_hits(layer, feat)
        assert symbols and hits, {f.name(): feat[f.name()] for f in layer.fields()}


def test_fence_audit_output_styled_headless(styles, palette, plugin, english, tmp_path):
    """qgis_process (no post-processor runs there): the GeoPackage carries its default style,
    and a render of the worked example shows the verdict colours (mgaz only: verdict = v_mgaz)."""
    from helpers import qgis_process_json
    from nuudel.processing.render import render_png

    keys = list(FENCE_FIELDS)
    src = write_gpkg(
        tmp_path / "fences_in.gpkg",
        "LineString",
        "EPSG:32648",
        FENCE_FIELDS,
        [
            (
                f"LineString ({500000 + 1000 * i} 4800000, {501000 + 1000 * i} 4800000)",
                dict(zip(keys, row)),
            )
            for i, row in enumerate(FENCE_ROWS)
        ],
    )
    out = tmp_path / "verdicts.gpkg"
    result = qgis_process_json(
        "nuudel:fencepermeabilityaudit",
        {"INPUT": src, "SPECIES": 0, "OUTPUT": str(out), "SUMMARY": str(tmp_path / "summary.gpkg")},
    )
    uri = result["results"]["OUTPUT"]
    assert any(r[2] and r[3] == "nuudel:fence_verdict" for r in _gpkg_default_styles(out))
    layer = QgsVectorLayer(uri, "Fence audit", "ogr")
    assert layer.renderer().type() == "categorizedSymbol"
    assert layer.renderer().classAttribute() == "verdict"
    _every_feature_has_a_legend_entry(layer)
    png = tmp_path / "fence_audit.png"
    settings = render_png([layer], png)
    image = QImage(str(png))
    for seg, name in {1: "good", 2: "bad", 3: "good", 4: "bad", 5: "caution"}.items():
        colour = _pixel(image, settings, 500000 + (seg - 1) * 1000 + 500, 4800000)
        assert _close(colour, palette[name]["colour"]), (seg, colour.name())


def test_crossing_outputs_styled(styles, plugin, english, tmp_path):
    """processing.run (as in models): crossings, gaps and proposed crossings of the worked
    example are styled from their GeoPackages, every feature in a legend entry of its own."""
    import processing

    fields = {"crossing_type": str, "width_m": float, "height_m": float, "length_m": float}
    gpkg = tmp_path / "inputs.gpkg"
    routes = write_gpkg(
        gpkg,
        "LineString",
        "EPSG:32649",
        {"road": str},
        [("LineString (500000 4800000, 510000 4800000)", {"road": "A"})],
        "routes",
    )
    crossings = write_gpkg(
        gpkg,
        "Point",
        "EPSG:32649",
        fields,
        [
            (
                "Point (501000 4800000)",
                {"crossing_type": "underpass", "width_m": 12.0, "height_m": 4.0, "length_m": 20.0},
            ),
            (
                "Point (503500 4800000)",
                {"crossing_type": "culvert", "width_m": 1.2, "height_m": 1.2, "length_m": 20.0},
            ),
            (
                "Point (506000 4800000)",
                {"crossing_type": "bridge", "width_m": 30.0, "height_m": 5.0, "length_m": 10.0},
            ),
            ("Point (508000 4800500)", {}),
        ],
        "crossings",
    )
    outputs = {
        "OUTPUT_CROSSINGS": ("crossings", "RuleRenderer"),
        "OUTPUT_GAPS": ("gaps", "RuleRenderer"),
        "OUTPUT_PROPOSED": ("proposed", "RuleRenderer"),
    }
    params = {
        "INPUT": routes,
        "CROSSINGS": crossings,
        "SPECIES": 0,
        "MAX_SPACING": 2000,
        "SNAP_TOLERANCE": 100,
    }
    params.update({name: str(tmp_path / f"{key}.gpkg") for name, (key, _) in outputs.items()})
    result = processing.run("nuudel:crossingspacingcheck", params)
    for name, (key, renderer_type) in outputs.items():
        layer = QgsVectorLayer(result[name], key, "ogr")
        assert layer.renderer().type() == renderer_type, key
        assert layer.renderer().rootRule().children()[0].ruleKey().startswith(f"{{nuudel-{key}-"), (
            key
        )
        _every_feature_has_a_legend_entry(layer)
    crossings_out = QgsVectorLayer(result["OUTPUT_CROSSINGS"], "c", "ogr")
    status = {
        f["suitability"]: legend_hits(crossings_out, f)[0] for f in crossings_out.getFeatures()
    }
    assert status["unmatched"] == {"{nuudel-crossings-unmatched}"}  # no type on that one
    assert "{nuudel-crossings-unsuitable}" in status["unsuitable"]


def test_nogo_outputs_styled(styles, palette, plugin, english, tmp_path):
    """No-go mask worked example (issue 5) through processing.run: zones, conflicts and the
    cost GeoTIFF come up styled from their files; a render shows the zone and cost colours."""
    from nuudel.processing.render import render_png

    import processing

    gpkg = tmp_path / "nogo_in.gpkg"
    square = "Polygon (({0} {1}, {2} {1}, {2} {3}, {0} {3}, {0} {1}))"
    result = processing.run(
        "nuudel:nogoalignmentmask",
        {
            "STUDY_AREA": write_gpkg(
                gpkg,
                "Polygon",
                "EPSG:32648",
                {"id": int},
                [(square.format(500000, 4800000, 510000, 4810000), {"id": 1})],
                "study",
            ),
            "NOGO": [
                write_gpkg(
                    gpkg,
                    "Polygon",
                    "EPSG:32648",
                    {"id": int},
                    [(square.format(504000, 4804000, 506000, 4806000), {"id": 1})],
                    "protected",
                )
            ],
            "NOGO_BUFFER": 500,
            "WATER": write_gpkg(
                gpkg,
                "Point",
                "EPSG:32648",
                {"id": int},
                [("Point (501000 4801000)", {"id": 1})],
                "water",
            ),
            "ALIGNMENT": write_gpkg(
                gpkg,
                "LineString",
                "EPSG:32648",
                {"name": str},
                [("LineString (500000 4805000, 510000 4805000)", {"name": "railway A"})],
                "alignment",
            ),
            "OUTPUT": str(tmp_path / "zones.gpkg"),
            "OUTPUT_CONFLICTS": str(tmp_path / "conflicts.gpkg"),
            "OUTPUT_COST": str(tmp_path / "cost.tif"),
        },
    )
    zones = QgsVectorLayer(result["OUTPUT"], "zones", "ogr")
    conflicts = QgsVectorLayer(result["OUTPUT_CONFLICTS"], "conflicts", "ogr")
    for layer in (zones, conflicts):
        assert layer.renderer().type() == "categorizedSymbol"
        assert layer.renderer().classAttribute() == "zone"
        _every_feature_has_a_legend_entry(layer)
    assert {f["zone"] for f in zones.getFeatures()} == {"nogo", "caution", "suitable"}
    assert (tmp_path / "cost.qml").exists()
    cost = QgsRasterLayer(result["OUTPUT_COST"], "cost", "gdal")
    assert cost.renderer().type() == "singlebandpseudocolor"

    png = tmp_path / "nogo.png"
    extent = cost.extent()
    settings = render_png([conflicts, cost], png, extent=extent, size=(800, 800))
    image = QImage(str(png))
    # cost: suitable corner in the suitable colour, the protected area transparent (white)
    assert _close(_pixel(image, settings, 508000, 4808000), palette["good"]["colour"])
    assert _pixel(image, settings, 505000, 4805700).name() == "#ffffff"
    # the alignment across the protected area in the no-go colour, outside in the good colour
    assert _close(_pixel(image, settings, 505000, 4805000), palette["bad"]["colour"])
    assert _close(_pixel(image, settings, 501500, 4805000), palette["good"]["colour"])
    zones_png = tmp_path / "zones.png"
    settings = render_png([zones], zones_png, extent=extent, size=(800, 800))
    image = QImage(str(zones_png))
    nogo_fill = _pixel(image, settings, 505000, 4805700)
    suitable_fill = _pixel(image, settings, 508000, 4808000)
    # translucent fills over white: the no-go red tint and the pale blue tint
    assert nogo_fill.red() > 200 and nogo_fill.green() < 150 and nogo_fill.blue() < 150
    assert suitable_fill.blue() > suitable_fill.red() and suitable_fill.lightness() > 200


def test_headless_mongolian_legend(styles, plugin, tmp_path):
    """qgis_process with NUUDEL_LANG=mn stores Mongolian legend labels in the GeoPackage
    (from the compiled i18n/nuudel_mn.qm)."""
    from helpers import qgis_process_json

    translator = QTranslator()
    qm = ROOT / "i18n" / "nuudel_mn.qm"
    assert translator.load(str(qm)) and translator.translate("@default", "Barrier")
    keys = list(FENCE_FIELDS)
    src = write_gpkg(
        tmp_path / "in.gpkg",
        "LineString",
        "EPSG:32648",
        FENCE_FIELDS,
        [("LineString (500000 4800000, 501000 4800000)", dict(zip(keys, FENCE_ROWS[0])))],
    )
    out = qgis_process_json(
        "nuudel:fencepermeabilityaudit",
        {
            "INPUT": src,
            "SPECIES": 0,
            "OUTPUT": str(tmp_path / "v.gpkg"),
            "SUMMARY": str(tmp_path / "s.gpkg"),
        },
        lang="mn",
    )
    layer = QgsVectorLayer(out["results"]["OUTPUT"], "v", "ogr")
    labels = [c.label() for c in layer.renderer().categories()]
    assert labels == [
        mongolian_translations()[e] for e in ("Permeable", "Conditional", "Barrier", "Unknown")
    ]
