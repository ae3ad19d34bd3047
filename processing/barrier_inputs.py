"""The barrier inputs that landscape permeability and mitigation priorities share: FENCES with
the fence audit's field parameters, ROADS with TRAFFIC_FIELD, OTHER_BARRIERS, and CROSSINGS with
the crossing spacing check's field parameters (names are the contract of issues 20 and 22)."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
)

from .i18n import tr

FENCE_FIELDS = (  # parameter, default field, key in the fence core
    ("TYPE_FIELD", "fence_type", "type"),
    ("HEIGHT_FIELD", "height_cm", "height"),
    ("BOTTOM_FIELD", "bottom_cm", "bottom"),
    ("TOP_GAP_FIELD", "top_gap_cm", "top_gap"),
    ("BARBED_FIELD", "barbed", "barbed"),
)
CROSSING_FIELDS = (  # parameter, default field, key in the spacing core
    ("CROSSING_TYPE_FIELD", "crossing_type", "type"),
    ("WIDTH_FIELD", "width_m", "width"),
    ("CROSSING_HEIGHT_FIELD", "height_m", "height"),
    ("LENGTH_FIELD", "length_m", "length"),
)


def add_barrier_parameters(alg):
    """FENCES (+ fields, UNITS), ROADS, TRAFFIC_FIELD, OTHER_BARRIERS, CROSSINGS (+ fields)."""
    _add_fences(alg)
    _add_roads_and_others(alg)
    _add_crossings(alg)


def _add_fences(alg):
    """FENCES, the fence audit's field parameters and UNITS."""
    line = [QgsProcessing.TypeVectorLine]
    alg.addParameter(
        QgsProcessingParameterFeatureSource(
            "FENCES", tr("Fences (lines, the fence data model; optional)"), line, optional=True
        )
    )
    fence_text = {
        "TYPE_FIELD": tr("Fence type field (strand, mesh, solid, electric, rail, opening)"),
        "HEIGHT_FIELD": tr("Top wire height field"),
        "BOTTOM_FIELD": tr("Bottom wire height field"),
        "TOP_GAP_FIELD": tr("Gap between the top two wires field"),
        "BARBED_FIELD": tr("Barbed wire field (none, top, bottom, all or true/false)"),
    }
    for name, default, _key in FENCE_FIELDS:
        alg.addParameter(
            QgsProcessingParameterField(
                name,
                fence_text[name],
                defaultValue=default,
                parentLayerParameterName="FENCES",
                optional=True,
            )
        )
    alg.addParameter(
        QgsProcessingParameterEnum(
            "UNITS",
            tr("Units of the height fields"),
            options=[tr("centimetres"), tr("metres")],
            defaultValue=0,
        )
    )


def _add_roads_and_others(alg):
    """ROADS with TRAFFIC_FIELD, and OTHER_BARRIERS."""
    line = [QgsProcessing.TypeVectorLine]
    alg.addParameter(
        QgsProcessingParameterFeatureSource(
            "ROADS", tr("Roads and railways (lines, optional)"), line, optional=True
        )
    )
    alg.addParameter(
        QgsProcessingParameterField(
            "TRAFFIC_FIELD",
            tr("Traffic field (vehicles a day; empty: every road cuts)"),
            parentLayerParameterName="ROADS",
            optional=True,
        )
    )
    alg.addParameter(
        QgsProcessingParameterFeatureSource(
            "OTHER_BARRIERS",
            tr("Other barriers that cut for every species (lines, optional)"),
            line,
            optional=True,
        )
    )


def _add_crossings(alg):
    """CROSSINGS and the crossing spacing check's field parameters."""
    point = [QgsProcessing.TypeVectorPoint]
    alg.addParameter(
        QgsProcessingParameterFeatureSource(
            "CROSSINGS", tr("Crossing structures (points, optional)"), point, optional=True
        )
    )
    crossing_text = {
        "CROSSING_TYPE_FIELD": tr(
            "Crossing type field (underpass, overpass, bridge, culvert, level, opening)"
        ),
        "WIDTH_FIELD": tr("Crossing width field (m)"),
        "CROSSING_HEIGHT_FIELD": tr("Crossing clear height field (m)"),
        "LENGTH_FIELD": tr("Crossing length field (m, the distance an animal walks through)"),
    }
    for name, default, _key in CROSSING_FIELDS:
        alg.addParameter(
            QgsProcessingParameterField(
                name,
                crossing_text[name],
                defaultValue=default,
                parentLayerParameterName="CROSSINGS",
                optional=True,
            )
        )
