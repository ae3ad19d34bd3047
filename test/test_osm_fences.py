"""nuudel:importosmfences: a hand-made OSM extract into the fence data model, then audited."""

import pytest
from helpers import features, memory_layer, qgis_process_json
from inventory_helpers import OSM_EXPECTED, OSM_EXTRACT, LogFeedback, run, run_and_load, write_osm
from qgis.core import QgsVectorLayer

ALG = "nuudel:importosmfences"


@pytest.fixture
def osm_file(tmp_path):
    return write_osm(tmp_path / "extract.osm")


def rows_by_id(uri):
    return {r["osm_id"]: r for r in features(uri)}


def check_expected(rows):
    assert sorted(rows) == [e[0] for e in OSM_EXPECTED]
    for osm_id, fence_type, height, barbed in OSM_EXPECTED:
        row = rows[osm_id]
        assert row["fence_type"] == fence_type, osm_id
        assert (
            row["height_cm"]
            if row["height_cm"] is not None and str(row["height_cm"]) != "NULL"
            else None
        ) == (pytest.approx(height) if height is not None else None), osm_id
        assert (row["barbed"] or None) == barbed, osm_id
        assert row["source"] == "OSM"
        assert not row["bottom_cm"] and not row["top_gap_cm"]


def test_five_ways_import_to_five_fences(plugin, english, osm_file, tmp_path):
    feedback = LogFeedback()
    out = str(tmp_path / "fences.gpkg")
    result = run(ALG, {"INPUT": osm_file, "OUTPUT": out}, feedback)
    rows = rows_by_id(result["OUTPUT"])
    check_expected(rows)
    # tags the mapping does not read, unreadable heights and the gate node are in notes
    assert "operator=Railway" in rows["101"]["notes"]
    assert "height 'tall' not readable" in rows["103"]["notes"]
    assert "gate at node 10 (closed or access not mapped)" in rows["105"]["notes"]
    assert "5 of 6 lines" in feedback.text
    assert "1 lines not imported: no barrier tag" in feedback.text
    assert "1 gate nodes lie on the fences" in feedback.text
    layer = QgsVectorLayer(result["OUTPUT"], "o", "ogr")
    assert layer.crs().authid() == "EPSG:4326"


def test_osm_file_chosen_as_its_lines_layer(plugin, english, osm_file):
    """The dialog may pass "extract.osm|layername=lines": gate nodes are still looked for."""
    result = run(ALG, {"INPUT": f"{osm_file}|layername=lines", "OUTPUT": "TEMPORARY_OUTPUT"})
    rows = rows_by_id(result["OUTPUT"])
    check_expected(rows)
    assert "gate at node 10" in rows["105"]["notes"]


def test_audit_of_the_import_says_unknown_for_the_bottom_wire(plugin, english, osm_file, tmp_path):
    fences = run(ALG, {"INPUT": osm_file, "OUTPUT": str(tmp_path / "f.gpkg")})["OUTPUT"]
    audit = run(
        "nuudel:fencepermeabilityaudit",
        {
            "INPUT": fences,
            "SPECIES": [0, 3, 6],
            "OUTPUT": "TEMPORARY_OUTPUT",
            "SUMMARY": "TEMPORARY_OUTPUT",
        },
    )
    rows = {r["osm_id"]: r for r in features(audit["OUTPUT"])}
    # barbed strand: barbed bottom -> barrier for the gazelle whatever the bottom wire
    assert rows["101"]["v_mgaz"] == "barrier"
    # split rail, smooth: the bottom wire is not in OSM -> unknown, and the reason says so
    assert rows["105"]["v_mgaz"] == "unknown"
    assert "F-BOTTOM: bottom_cm missing" in rows["105"]["reasons"]
    # argali: the top wire 137.16 cm (4'6") is above 107 cm -> barrier; the gap still unknown
    assert rows["105"]["v_argali"] == "barrier"
    assert "F-TOP barrier" in rows["105"]["reasons"]
    assert "F-TOP-GAP: top_gap_cm missing" in rows["105"]["reasons"]
    # walls, hedges and chain link are barriers to every species
    for osm_id in ("102", "103", "104"):
        assert rows[osm_id]["verdict"] == "barrier"


def test_other_tags_layer_and_tag_columns(plugin, english, tmp_path):
    """An OSM-derived layer: other_tags hstore with escapes, or one column per tag."""
    layer = memory_layer(
        "LineString",
        "EPSG:4326",
        {"osm_id": str, "barrier": str, "other_tags": str, "fence_type": str},
        [
            (
                "LINESTRING(0 0, 1 0)",
                {
                    "osm_id": "7",
                    "barrier": "fence",
                    "other_tags": '"height"=>"150 cm","name"=>"a \\"b\\""',
                },
            ),
            ("LINESTRING(0 1, 1 1)", {"osm_id": "8", "fence_type": "electric", "other_tags": None}),
            ("LINESTRING(0 2, 1 2)", {"osm_id": "9", "barrier": "kerb"}),
        ],
    )
    feedback = LogFeedback()
    result = run(ALG, {"INPUT": layer, "OUTPUT": "TEMPORARY_OUTPUT"}, feedback)
    rows = {r["osm_id"]: r for r in features(result["OUTPUT"])}
    assert sorted(rows) == ["7", "8"]
    assert not rows["7"]["fence_type"] and rows["7"]["height_cm"] == 150.0
    assert "barrier=fence: a fence of unstated kind" in rows["7"]["notes"]
    assert rows["8"]["fence_type"] == "electric"
    assert "barrier=kerb, not a fence in the mapping" in feedback.text
    assert "1 fences have no fence type" in feedback.text


def test_layer_without_tags_is_a_clear_error(plugin, english):
    from qgis.core import QgsProcessingException

    layer = memory_layer(
        "LineString",
        "EPSG:4326",
        {"kind": str},
        [("LINESTRING(0 0, 1 0)", {"kind": "x"})],
        name="plain",
    )
    with pytest.raises(QgsProcessingException, match="has no OSM tags"):
        run(ALG, {"INPUT": layer, "OUTPUT": "TEMPORARY_OUTPUT"})


def test_run_and_load_results(plugin, english, osm_file):
    result, feedback = run_and_load(ALG, {"INPUT": osm_file, "OUTPUT": "TEMPORARY_OUTPUT"})
    check_expected(rows_by_id(result["OUTPUT"]))


def test_qgis_process_in_mongolian(plugin, osm_file, tmp_path):
    out = tmp_path / "osm.gpkg"
    result = qgis_process_json(ALG, {"INPUT": osm_file, "OUTPUT": str(out)}, lang="mn")
    rows = rows_by_id(result["results"]["OUTPUT"])
    check_expected(rows)
    assert "операт" not in rows["101"]["notes"]  # tag text stays as in OSM
    assert "operator=Railway" in rows["101"]["notes"]


def test_output_styled_by_fence_type(plugin, english, osm_file, tmp_path):
    result = run(ALG, {"INPUT": osm_file, "OUTPUT": str(tmp_path / "styled.gpkg")})
    layer = QgsVectorLayer(result["OUTPUT"], "fences", "ogr")
    assert layer.renderer().type() == "categorizedSymbol"
    assert layer.renderer().classAttribute() == "fence_type"


def test_open_gate_node_with_width_becomes_an_opening(plugin, english, tmp_path):
    text = OSM_EXTRACT.replace(
        '<node id="10" lat="45.04" lon="108.005"><tag k="barrier" v="gate"/></node>',
        '<node id="10" lat="45.04" lon="108.005"><tag k="barrier" '
        'v="gate"/><tag k="access" v="yes"/><tag k="width" v="6"/></node>',
    )
    assert text != OSM_EXTRACT
    path = tmp_path / "gate.osm"
    path.write_text(text, encoding="utf-8")
    feedback = LogFeedback()
    result = run(ALG, {"INPUT": str(path), "OUTPUT": "TEMPORARY_OUTPUT"}, feedback)
    pieces = [r for r in features(result["OUTPUT"]) if r["osm_id"] == "105"]
    assert [r["fence_type"] for r in pieces] == ["rail", "opening", "rail"]
    from qgis.core import QgsCoordinateReferenceSystem, QgsDistanceArea, QgsProject

    area = QgsDistanceArea()
    area.setSourceCrs(
        QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance().transformContext()
    )
    area.setEllipsoid("WGS84")
    assert area.measureLength(pieces[1]["geom"]) == pytest.approx(6.0, abs=0.05)
    assert "1 open gates of known width were cut out" in feedback.text


def test_extract_without_fences(plugin, english, tmp_path):
    path = tmp_path / "roads.osm"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><osm version="0.6">'
        '<node id="1" lat="45" lon="108"/><node id="2" lat="45" lon="108.1"/>'
        '<way id="5"><nd ref="1"/><nd ref="2"/><tag k="highway" v="track"/></way>'
        "</osm>",
        encoding="utf-8",
    )
    feedback = LogFeedback()
    result = run(ALG, {"INPUT": str(path), "OUTPUT": "TEMPORARY_OUTPUT"}, feedback)
    assert features(result["OUTPUT"]) == []
    assert "0 of 1 lines" in feedback.text
