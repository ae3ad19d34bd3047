"""Proposed crossings (issue 18): one point per place with the species it serves in the list
field ``species`` ("mgaz,ggaz,saiga"), not one stacked point per species; the per-species
styles, the report and the model keep working with it."""

from collections import Counter
from pathlib import Path

import pytest
from helpers import features
from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils, QgsVectorLayer

ROOT = Path(__file__).resolve().parent.parent
GPKG = ROOT / "resources" / "workshop" / "nuudel_workshop.gpkg"
CODES = ("mgaz", "ggaz", "saiga", "khulan", "takhi", "camel", "argali", "ibex")


@pytest.fixture(scope="module")
def railway(plugin, tmp_path_factory):
    import processing

    out = tmp_path_factory.mktemp("proposed")
    result = processing.run(
        "nuudel:crossingspacingcheck",
        {
            "INPUT": f"{GPKG}|layername=railway",
            "CROSSINGS": f"{GPKG}|layername=crossings|subset=network = 'railway'",
            "ZONES": f"{GPKG}|layername=migration_range",
            "OUTPUT_CROSSINGS": str(out / "c.gpkg"),
            "OUTPUT_GAPS": str(out / "g.gpkg"),
            "OUTPUT_PROPOSED": str(out / "p.gpkg"),
            "REPORT": str(out / "r.html"),
        },
    )
    return result


def test_one_point_per_place(railway):
    points = features(railway["OUTPUT_PROPOSED"])
    places = Counter((p["route"], round(p["chainage_km"], 6)) for p in points)
    assert places and max(places.values()) == 1
    for p in points:
        codes = p["species"].split(",")
        assert codes and len(set(codes)) == len(codes)
        assert [c for c in CODES if c in codes] == codes  # in the profile's order
    assert any(len(p["species"].split(",")) > 1 for p in points)  # shared places merged


def test_each_species_count_matches_its_gaps(railway):
    """A species' proposed crossings are the points that list it; their number is what its
    too-long gaps need (ceil(zone length / limit) - 1 per gap, limit 2 km + 0.1 % tolerance)."""
    import math

    points = features(railway["OUTPUT_PROPOSED"])
    gaps = features(railway["OUTPUT_GAPS"])
    for code in CODES:
        mine = [p for p in points if code in p["species"].split(",")]
        needed = sum(
            max(math.ceil(g["zone_m"] / (2000 * 1.001) - 1e-9) - 1, 1)
            for g in gaps
            if g["species"] == code and g["status"] == "too_long"
        )
        assert len(mine) == needed, code


def test_per_species_style_filters_the_list(railway):
    from nuudel.processing import styles

    layer = QgsVectorLayer(railway["OUTPUT_PROPOSED"], "p", "ogr")
    assert styles.layer_species(layer, "proposed") == list(CODES)
    styles.species_style(layer, "khulan", "proposed")
    rule = layer.renderer().rootRule().children()[0]
    expression = QgsExpression(rule.filterExpression())
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    shown = []
    for feat in layer.getFeatures():
        context.setFeature(feat)
        if expression.evaluate(context):
            shown.append(feat["species"])
    assert shown and all("khulan" in s.split(",") for s in shown)
    assert len(shown) == sum(1 for f in layer.getFeatures() if "khulan" in f["species"])


def test_gap_id_names_the_gap_of_the_first_species(railway):
    """The gaps output numbers its gaps 1, 2, ... (gap_id); each proposed crossing's gap_id is
    a too-long gap of the first species it lists, on its route, around its chainage."""
    points = features(railway["OUTPUT_PROPOSED"])
    gaps = features(railway["OUTPUT_GAPS"])
    assert [g["gap_id"] for g in gaps] == list(range(1, len(gaps) + 1))
    by_id = {g["gap_id"]: g for g in gaps}
    for p in points:
        gap = by_id[p["gap_id"]]
        assert gap["species"] == p["species"].split(",")[0]
        assert gap["route"] == p["route"] and gap["status"] == "too_long"
        assert gap["from_km"] < p["chainage_km"] < gap["to_km"]
    first = Counter(p["species"].split(",")[0] for p in points)
    assert sum(first.values()) == len(points)


def test_small_scale_draws_one_star_per_gap(railway):
    """Below 1:250,000 the style draws one proposed crossing per gap_id (its middle one)."""
    from nuudel.processing import styles
    from qgis.core import QgsRenderContext

    layer = QgsVectorLayer(railway["OUTPUT_PROPOSED"], "p", "ogr")
    styles.apply_style(layer, "proposed", species_styles=False)
    context = QgsRenderContext()
    context.setRendererScale(3000000)
    context.expressionContext().appendScopes(
        QgsExpressionContextUtils.globalProjectLayerScopes(layer)
    )
    renderer = layer.renderer().clone()
    renderer.startRender(context, layer.fields())
    drawn = []
    for feat in layer.getFeatures():
        context.expressionContext().setFeature(feat)
        if renderer.symbolsForFeature(feat, context):
            drawn.append(feat["gap_id"])
    renderer.stopRender(context)
    assert sorted(drawn) == sorted({f["gap_id"] for f in layer.getFeatures()})
