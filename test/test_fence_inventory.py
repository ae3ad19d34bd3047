"""nuudel:createfenceinventory: the GeoPackage, its form (constraints, value maps, defaults,
attachment, groups) as default style, its metadata, and the optional project."""

import sqlite3
from datetime import date

import pytest
from helpers import qgis_process_json
from inventory_helpers import LogFeedback, run, run_and_load
from qgis.core import (
    QgsFeature,
    QgsFieldConstraints,
    QgsGeometry,
    QgsProject,
    QgsVectorLayer,
    QgsVectorLayerUtils,
)

ALG = "nuudel:createfenceinventory"
LAYERS = ("fences", "crossings", "survey_areas")


def create(tmp_path, name="inventory.gpkg", **extra):
    out = str(tmp_path / name)
    params = {"OUTPUT": out, "LANGUAGE": 0}
    params.update(extra)
    feedback = LogFeedback()
    result = run(ALG, params, feedback)
    return result, feedback


def open_layer(result, name):
    layer = QgsVectorLayer(result[name.upper()], name, "ogr")
    assert layer.isValid()
    return layer


def fence(layer, bottom):
    feat = QgsFeature(layer.fields())
    feat.setGeometry(QgsGeometry.fromWkt("LINESTRING(108 45, 108.01 45)"))
    feat["fence_type"] = "strand"
    feat["status"] = "existing"
    feat["survey_date"] = date.today().isoformat()
    feat["bottom_cm"] = bottom
    return feat


def valid(layer, feat, name, strength=QgsFieldConstraints.ConstraintStrengthHard):
    ok, errors = QgsVectorLayerUtils.validateAttribute(
        layer, feat, layer.fields().indexOf(name), strength
    )
    return ok, errors


def test_bottom_wire_constraint_rejects_5000_accepts_45(plugin, english, tmp_path):
    result, _ = create(tmp_path)
    layer = open_layer(result, "fences")  # the default style (form) loads with the layer
    ok, errors = valid(layer, fence(layer, 5000.0), "bottom_cm")
    assert not ok and "F-RANGE: between 0 and 500" in " ".join(errors)
    assert valid(layer, fence(layer, 45.0), "bottom_cm")[0]
    # through the layer: the accepted feature is stored, with the defaults filled in
    layer.startEditing()
    feat = QgsVectorLayerUtils.createFeature(
        layer,
        QgsGeometry.fromWkt("LINESTRING(108 45, 108.01 45)"),
        {layer.fields().indexOf("fence_type"): "strand", layer.fields().indexOf("bottom_cm"): 45.0},
    )
    assert feat["status"] == "existing" and feat["side"] == "single"
    assert (
        str(
            feat["survey_date"].toString("yyyy-MM-dd")
            if hasattr(feat["survey_date"], "toString")
            else feat["survey_date"]
        )
        == date.today().isoformat()
    )
    assert layer.addFeature(feat) and layer.commitChanges()
    assert [f["bottom_cm"] for f in QgsVectorLayer(result["FENCES"], "x", "ogr").getFeatures()] == [
        45.0
    ]


def test_form_has_value_maps_groups_attachment_and_needed_fields(plugin, english, tmp_path):
    result, _ = create(tmp_path)
    layer = open_layer(result, "fences")
    fields = layer.fields()
    setup = fields.field("fence_type").editorWidgetSetup()
    assert setup.type() == "ValueMap"
    assert {"Strand (wire) fence": "strand"} in setup.config()["map"]
    assert fields.field("photo").editorWidgetSetup().type() == "ExternalResource"
    assert fields.field("bottom_cm").alias() == "Bottom wire above ground (cm)"
    groups = [c.name() for c in layer.editFormConfig().tabs()]
    assert groups == ["Fence", "Wires (cm)", "Survey"]
    constraints = fields.field("fence_type").constraints()
    assert constraints.constraints() & QgsFieldConstraints.ConstraintNotNull
    assert (
        constraints.constraintStrength(QgsFieldConstraints.ConstraintNotNull)
        == QgsFieldConstraints.ConstraintStrengthHard
    )
    # the audit needs the bottom wire: an empty one warns (soft), it does not block
    feat = fence(layer, None)
    assert valid(layer, feat, "bottom_cm")[0]
    assert not valid(layer, feat, "bottom_cm", QgsFieldConstraints.ConstraintStrengthSoft)[0]
    crossings = open_layer(result, "crossings")
    cross = QgsFeature(crossings.fields())
    cross["crossing_type"] = "culvert"
    cross["width_m"] = 5000.0
    ok, _errors = QgsVectorLayerUtils.validateAttribute(
        crossings, cross, crossings.fields().indexOf("width_m")
    )
    assert not ok
    assert layer.renderer().type() == "categorizedSymbol"


def test_mongolian_labels_when_language_is_mn(plugin, english, tmp_path):
    result, _ = create(tmp_path, LANGUAGE=1)
    layer = open_layer(result, "fences")
    labels = [
        next(iter(m))
        for m in layer.fields().field("fence_type").editorWidgetSetup().config()["map"]
    ]
    assert all(any("\u0400" <= ch <= "\u04ff" for ch in label) for label in labels), labels
    alias = layer.fields().field("bottom_cm").alias()
    assert any("\u0400" <= ch <= "\u04ff" for ch in alias), alias
    groups = [c.name() for c in layer.editFormConfig().tabs()]
    assert "Survey" not in groups
    legend = [c.label() for c in layer.renderer().categories()]
    assert all(any("\u0400" <= ch <= "\u04ff" for ch in label) for label in legend), legend


def test_metadata_reads_back_with_licence_and_date(plugin, english, tmp_path):
    result, _ = create(tmp_path)
    for name in LAYERS:
        md = open_layer(result, name).metadata()
        assert md.licenses() == ["CC-BY-4.0"]
        assert date.today().isoformat() in " ".join(md.history())
        assert "2026.11" in " ".join(md.history())  # the profile version
        assert md.crs().authid() == "EPSG:4326"
        assert md.contacts() and md.keywords()
        assert " — " in md.title()  # both languages
    with sqlite3.connect(result["OUTPUT"]) as db:
        tables = {
            r[0]
            for r in db.execute(
                "SELECT r.table_name FROM gpkg_metadata m JOIN gpkg_metadata_reference r "
                "ON r.md_file_id = m.id WHERE m.metadata LIKE '%CC-BY-4.0%'"
            )
        }
        styles = db.execute("SELECT f_table_name, useAsDefault FROM layer_styles").fetchall()
    assert tables == set(LAYERS)
    assert sorted(styles) == [(n, 1) for n in sorted(LAYERS)]


def test_crs_project_and_existing_file(plugin, english, tmp_path):
    from qgis.core import QgsProcessingException

    project = str(tmp_path / "survey.qgz")
    result, feedback = create(tmp_path, CRS="EPSG:32649", PROJECT=project)
    assert open_layer(result, "fences").crs().authid() == "EPSG:32649"
    loaded = QgsProject()
    assert loaded.read(project)
    names = sorted(layer.source().split("layername=")[1] for layer in loaded.mapLayers().values())
    loaded.clear()
    assert names == sorted(LAYERS)
    assert "Project for QField written" in feedback.text
    with pytest.raises(QgsProcessingException, match="exists already"):
        create(tmp_path)


def test_run_and_load_results(plugin, english):
    result, _feedback = run_and_load(ALG, {"OUTPUT": "TEMPORARY_OUTPUT"})
    names = sorted(
        layer.name()
        for layer in QgsProject.instance().mapLayers().values()
        if layer.source().startswith(result["OUTPUT"])
    )
    assert len(names) == 3


def test_qgis_process_in_mongolian(plugin, tmp_path):
    out = tmp_path / "mn.gpkg"
    result = qgis_process_json(ALG, {"OUTPUT": str(out), "LANGUAGE": 1}, lang="mn")
    layer = QgsVectorLayer(result["results"]["FENCES"], "f", "ogr")
    assert layer.isValid()
    assert any("\u0400" <= ch <= "\u04ff" for ch in layer.fields().field("barbed").alias())


def test_create_collect_check_audit(plugin, english, tmp_path):
    """The field survey chain: create, add sections through the layer (form defaults), check
    (the 3 m gap is found), audit (the survey fields do not disturb it)."""
    result, _ = create(tmp_path, CRS="EPSG:32649")
    layer = open_layer(result, "fences")
    layer.startEditing()
    for wkt, bottom in (
        ("LINESTRING(500000 5000000, 501000 5000000)", 50.0),
        ("LINESTRING(501003 5000000, 502000 5000000)", 30.0),
    ):
        values = {
            layer.fields().indexOf(k): v
            for k, v in (
                ("fence_type", "strand"),
                ("height_cm", 100.0),
                ("bottom_cm", bottom),
                ("top_gap_cm", 30.0),
                ("barbed", "none"),
            )
        }
        feat = QgsVectorLayerUtils.createFeature(layer, QgsGeometry.fromWkt(wkt), values)
        assert layer.addFeature(feat)
    assert layer.commitChanges()
    issues = run(
        "nuudel:checkfenceinventory",
        {"INPUT": result["FENCES"], "OUTPUT_ISSUES": "TEMPORARY_OUTPUT"},
    )
    from helpers import features

    assert [r["code"] for r in features(issues["OUTPUT_ISSUES"])] == ["gap"]
    audit = run(
        "nuudel:fencepermeabilityaudit",
        {
            "INPUT": result["FENCES"],
            "SPECIES": [0],
            "OUTPUT": "TEMPORARY_OUTPUT",
            "SUMMARY": "TEMPORARY_OUTPUT",
        },
    )
    verdicts = sorted(r["v_mgaz"] for r in features(audit["OUTPUT"]))
    assert verdicts == ["barrier", "permeable"]  # bottom wire 30 cm < 41 cm; 50 cm >= 46 cm


def test_both_languages_by_default(plugin, english, tmp_path):
    out = str(tmp_path / "both.gpkg")
    result = run(ALG, {"OUTPUT": out})  # LANGUAGE left out: Mongolian / English
    layer = open_layer(result, "fences")
    alias = layer.fields().field("bottom_cm").alias()
    assert alias.endswith(" / Bottom wire above ground (cm)") and alias.startswith("Доод")
    assert {"Утсан хашаа / Strand (wire) fence": "strand"} in layer.fields().field(
        "fence_type"
    ).editorWidgetSetup().config()["map"]
