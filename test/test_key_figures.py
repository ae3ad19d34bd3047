"""Key figures as Processing outputs (processing/key_figures.py): numbers and strings a
consultant chains on, in processing.run results and in `qgis_process --json` results.

Hand-computed expectations reuse the worked examples of the algorithms' own tests:
- fence audit (test_fence_audit.py): khulan is the worst of mgaz/argali/khulan with 5 grid km of
  barrier and a 3 grid km longest run (one grid km = 1000 / 0.9996 m on the ellipsoid);
- crossing spacing (test_crossing_spacing.py): mgaz, gaps 1-6 km and 6-10 km too long, 3 + 2 =
  5 km over the 2 km limit, 3 crossings proposed;
- no-go mask (test_nogo_mask.py): "railway A" runs 3 km in no-go and 7 km in suitable; here a
  second alignment "B" at y = 4,802,000 runs 10 km in suitable and 2 km beyond the study area
  (not screened), all in grid km of UTM 48N near its central meridian.
"""

import json

import pytest
import test_crossing_spacing as spacing_test
import test_fence_audit as fence_test
import test_nogo_mask as nogo_test
from helpers import qgis_process_json, write_gpkg
from qgis.core import (
    QgsApplication,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProject,
)

KM = fence_test.SCALE / 1000  # a grid km on the ellipsoid
EXPECTED_OUTPUTS = {
    "nuudel:fencepermeabilityaudit": {
        "BARRIER_KM": "number",
        "LONGEST_BARRIER_KM": "number",
        "WORST_SPECIES": "string",
    },
    "nuudel:crossingspacingcheck": {
        "GAPS_TOO_LONG": "number",
        "KM_OVER_LIMIT": "number",
        "CROSSINGS_PROPOSED": "number",
        "SPACING_WORST_SPECIES": "string",
    },
    "nuudel:nogoalignmentmask": {"ALIGNMENT_KM": "string"},
}


@pytest.mark.parametrize("alg_id", sorted(EXPECTED_OUTPUTS))
def test_outputs_are_declared(plugin, alg_id):
    alg = QgsApplication.processingRegistry().algorithmById(alg_id)
    kinds = {"number": QgsProcessingOutputNumber, "string": QgsProcessingOutputString}
    for name, kind in EXPECTED_OUTPUTS[alg_id].items():
        out = alg.outputDefinition(name)
        assert out is not None, name
        assert isinstance(out, kinds[kind]), name
        assert name in alg.help_file().read_text(encoding="utf-8"), (
            f"{name} not documented in the help"
        )


def fence_inputs(tmp_path):
    uri = write_gpkg(
        tmp_path / "fences.gpkg",
        "LineString",
        "EPSG:32648",
        fence_test.FIELDS,
        fence_test.worked_rows(),
        "fences",
    )
    return fence_test.params(uri, tmp_path / "out")


def check_fence(results):
    assert results["WORST_SPECIES"] == "khulan"
    assert results["BARRIER_KM"] == pytest.approx(5 * KM, abs=1e-3)
    assert results["LONGEST_BARRIER_KM"] == pytest.approx(3 * KM, abs=1e-3)


def test_fence_audit_figures(english, tmp_path):
    check_fence(fence_test.run(fence_inputs(tmp_path)))


def test_fence_audit_figures_qgis_process(plugin, tmp_path):
    params = fence_inputs(tmp_path)
    params["SPECIES"] = "0,6,3"  # qgis_process 3.22 takes a multiple enum as one value
    check_fence(qgis_process_json("nuudel:fencepermeabilityaudit", params)["results"])


def test_fence_audit_figures_run_and_load_results(english, tmp_path):
    """The desktop dialog's flow: numbers beside temporary layers, and no "not correctly
    generated" (the audit asked parameterAsOutputLayer, which registered a second layer)."""
    import processing

    params = fence_inputs(tmp_path)
    params.update(OUTPUT="TEMPORARY_OUTPUT", SUMMARY="TEMPORARY_OUTPUT")
    feedback = fence_test.Feedback()
    errors = []
    feedback.reportError = lambda text, fatal=False: errors.append(text)
    results = processing.runAndLoadResults(
        "nuudel:fencepermeabilityaudit", params, feedback=feedback
    )
    assert not errors, errors
    check_fence(results)
    for key in ("OUTPUT", "SUMMARY"):
        QgsProject.instance().removeMapLayer(results[key])


def spacing_params(tmp_path):
    routes, crossings = spacing_test.example_inputs(tmp_path)
    return {
        "INPUT": routes,
        "CROSSINGS": crossings,
        "SPECIES": 0,
        "MAX_SPACING": 2000,
        "SNAP_TOLERANCE": 100,
        "OUTPUT_CROSSINGS": str(tmp_path / "c.gpkg"),
        "OUTPUT_GAPS": str(tmp_path / "g.gpkg"),
        "OUTPUT_PROPOSED": str(tmp_path / "p.gpkg"),
    }


def check_spacing(results):
    assert results["GAPS_TOO_LONG"] == 2
    assert results["KM_OVER_LIMIT"] == pytest.approx(5.0, rel=1e-3)
    assert results["CROSSINGS_PROPOSED"] == 3
    assert results["SPACING_WORST_SPECIES"] == "mgaz"


def test_crossing_spacing_figures(english, tmp_path):
    import processing

    check_spacing(processing.run("nuudel:crossingspacingcheck", spacing_params(tmp_path)))


def test_crossing_spacing_figures_run_and_load_results(english, tmp_path):
    """The desktop dialog's flow: numbers beside temporary layers, no load error."""
    import processing

    params = spacing_params(tmp_path)
    params.update(
        OUTPUT_CROSSINGS="TEMPORARY_OUTPUT",
        OUTPUT_GAPS="TEMPORARY_OUTPUT",
        OUTPUT_PROPOSED="TEMPORARY_OUTPUT",
    )
    feedback = fence_test.Feedback()
    errors = []
    feedback.reportError = lambda text, fatal=False: errors.append(text)
    results = processing.runAndLoadResults("nuudel:crossingspacingcheck", params, feedback=feedback)
    assert not errors, errors
    check_spacing(results)
    for key in ("OUTPUT_CROSSINGS", "OUTPUT_GAPS", "OUTPUT_PROPOSED"):
        QgsProject.instance().removeMapLayer(results[key])


def test_crossing_spacing_figures_qgis_process(plugin, tmp_path):
    check_spacing(
        qgis_process_json("nuudel:crossingspacingcheck", spacing_params(tmp_path))["results"]
    )


def nogo_params(tmp_path):
    params = nogo_test.example_inputs(tmp_path)
    params["ALIGNMENT"] = write_gpkg(
        tmp_path / "alignments.gpkg",
        "LineString",
        nogo_test.UTM,
        {"name": str},
        [
            (nogo_test.LINE, {"name": "railway A"}),
            ("LINESTRING(500000 4802000, 512000 4802000)", {"name": "B"}),
        ],
        "alignment",
    )
    params["OUTPUT"] = str(tmp_path / "zones.gpkg")
    return params


def check_nogo(results):
    km = json.loads(results["ALIGNMENT_KM"])
    assert sorted(km) == ["B", "railway A"]
    expected = {
        "railway A": {"nogo": 3, "caution": 0, "suitable": 7, "not_screened": 0},
        "B": {"nogo": 0, "caution": 0, "suitable": 10, "not_screened": 2},
    }
    for name, zones in expected.items():
        assert sorted(km[name]) == sorted(zones)
        for zone, grid_km in zones.items():
            assert km[name][zone] == pytest.approx(grid_km * KM, rel=2e-3, abs=1e-3), (name, zone)


def test_nogo_alignment_km(english, tmp_path):
    import processing

    check_nogo(processing.run("nuudel:nogoalignmentmask", nogo_params(tmp_path)))


def test_nogo_alignment_km_qgis_process(plugin, tmp_path):
    check_nogo(qgis_process_json("nuudel:nogoalignmentmask", nogo_params(tmp_path))["results"])


def test_nogo_without_alignment_gives_empty_json(english, tmp_path):
    import processing

    params = nogo_params(tmp_path)
    del params["ALIGNMENT"]
    assert json.loads(processing.run("nuudel:nogoalignmentmask", params)["ALIGNMENT_KM"]) == {}


def test_worst_species_ties_go_to_the_standard_order():
    from nuudel.processing.key_figures import fence_figures, spacing_figures

    item = {"km": {"barrier": 2.0}, "longest_km": 1.0}
    assert fence_figures({"mgaz": item, "argali": item})["WORST_SPECIES"] == "mgaz"
    longer = {"km": {"barrier": 2.0}, "longest_km": 1.5}
    assert fence_figures({"mgaz": item, "argali": longer})["WORST_SPECIES"] == "argali"
    assert fence_figures({})["WORST_SPECIES"] == ""
    gap = {"excess_km": 1.0, "too_long": 1, "proposed": 1}
    assert (
        spacing_figures({"saiga": gap, "mgaz": dict(gap, too_long=2)})["SPACING_WORST_SPECIES"]
        == "mgaz"
    )
