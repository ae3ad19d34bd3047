"""nuudel:landscapepermeability: the issue's worked example through processing.run,
runAndLoadResults, qgis_process, in English and Mongolian (true ellipsoidal areas)."""

import re

import pytest
from helpers import clear_project, features, qgis_process_json, run_and_load, write_gpkg
from qgis.core import QgsProcessingFeedback
from worked_examples import (
    AREA,
    CROSSING_FIELDS,
    CRS,
    STRAND,
    example_layers,
    example_memory_layers,
    km,
    square,
)

ALG = "nuudel:landscapepermeability"


def inputs(tmp_path, units=None, fences=None, name="in.gpkg"):
    """The worked example with its underpass at (2, 5) km."""
    path = tmp_path / name
    underpass = {"crossing_type": "underpass", "width_m": 15, "height_m": 5, "length_m": 30}
    crossings = [(f"POINT({km(2, 5)})", underpass)]
    return dict(
        example_layers(path, units, fences),
        CROSSINGS=write_gpkg(path, "Point", CRS, CROSSING_FIELDS, crossings, "crossings"),
        CROSSING_HEIGHT_FIELD="height_m",
    )


def test_worked_example(english, tmp_path):
    import processing

    params = inputs(tmp_path)
    params.update(
        ALIGNMENT=write_gpkg(
            tmp_path / "in.gpkg",
            "LineString",
            CRS,
            {},
            [(f"LINESTRING({km(0, 7.5)}, {km(10, 7.5)})", {})],
            "alignment",
        ),
        OUTPUT=str(tmp_path / "out.gpkg"),
        OUTPUT_MESHES=str(tmp_path / "meshes.gpkg"),
        REPORT=str(tmp_path / "report.html"),
    )
    result = processing.run(ALG, params)
    [unit] = features(result["OUTPUT"])
    assert unit["name"] == "square"
    assert unit["area_km2"] == pytest.approx(100 * AREA, rel=1e-4)
    assert unit["meff_mgaz"] == pytest.approx(62.5 * AREA, rel=1e-4)
    assert unit["meff_khulan"] == pytest.approx(62.5 * AREA, rel=1e-4)
    assert unit["meff_argali"] == pytest.approx(100 * AREA, rel=1e-4)
    assert unit["seff_argali"] == pytest.approx(10 / AREA, rel=1e-4)
    assert unit["n_mesh_mgaz"] == 2 and unit["n_mesh_argali"] == 1
    assert unit["meff_argali_after"] == pytest.approx(62.5 * AREA, rel=1e-4)
    assert unit["loss_argali_pct"] == pytest.approx(37.5, abs=1e-3)
    assert unit["barrier_km_mgaz"] == pytest.approx(15 / 0.9996, rel=1e-4)
    assert unit["meff_min"] == pytest.approx(62.5 * AREA, rel=1e-4)
    meshes = features(result["OUTPUT_MESHES"])
    by_species = {}
    for row in meshes:
        by_species.setdefault(row["species"], []).append(round(row["area_km2"] / AREA, 2))
    assert sorted(by_species["mgaz"]) == [25, 75]
    assert sorted(by_species["argali"]) == [100]
    text = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "Moser" in text and "L-ROAD" in text
    # the map is embedded: the report is one self-contained file
    assert "data:image/png;base64," in text
    assert re.findall(r'<img[^>]*src="(?!data:)', text) == []
    assert not (tmp_path / "report.png").exists()


def test_without_underpass_and_split_units(english, tmp_path):
    import processing

    params = inputs(
        tmp_path,
        units=[(square(0, 0, 5, 10), {"name": "west"}), (square(5, 0, 10, 10), {"name": "east"})],
    )
    result = processing.run(ALG, dict(params, OUTPUT="memory:"))
    west, east = sorted(features(result["OUTPUT"]), key=lambda r: r["name"], reverse=True)
    assert west["name"] == "west"
    assert west["meff_argali"] == pytest.approx(100 * AREA, rel=1e-4)
    assert east["meff_argali"] == pytest.approx(100 * AREA, rel=1e-4)
    assert west["meff_cut_argali"] == pytest.approx(50 * AREA, rel=1e-4)
    assert east["meff_cut_argali"] == pytest.approx(25 * AREA, rel=1e-4)
    no_crossings = dict(params, OUTPUT="memory:")
    no_crossings.pop("CROSSINGS")
    rows = features(processing.run(ALG, no_crossings)["OUTPUT"])
    assert all(r["meff_argali"] == pytest.approx(50 * AREA, rel=1e-4) for r in rows)


def test_dangling_and_short_fences(english, tmp_path):
    import processing

    fences = [
        (f"LINESTRING({km(5, 5.001)}, {km(5, 10)})", STRAND),  # 1 m short of the road
        (f"LINESTRING({km(2, 8)}, {km(4, 8)})", STRAND),
    ]  # dangling
    params = inputs(tmp_path, fences=fences)
    params.pop("CROSSINGS")
    feedback = QgsProcessingFeedback()
    result = processing.run(ALG, dict(params, OUTPUT="memory:"), feedback=feedback)
    [unit] = features(result["OUTPUT"])
    assert unit["meff_mgaz"] == pytest.approx(37.5 * AREA, rel=1e-4)
    assert unit["meff_argali"] == pytest.approx(50 * AREA, rel=1e-4)


def test_run_and_load_results_temporary_outputs(english, tmp_path):
    params = dict(inputs(tmp_path), OUTPUT="TEMPORARY_OUTPUT", OUTPUT_MESHES="TEMPORARY_OUTPUT")
    _result, loaded = run_and_load(ALG, params)
    assert "Effective mesh size per reporting unit" in loaded, list(loaded)
    assert "Meshes per species" in loaded, list(loaded)
    clear_project()


def test_memory_layers_and_mongolian(mongolian, tmp_path):
    import processing

    report = tmp_path / "mn.html"
    result = processing.run(
        ALG,
        dict(example_memory_layers(), SPECIES=[0, 6], OUTPUT="memory:", REPORT=str(report)),
    )
    [unit] = features(result["OUTPUT"])
    # no traffic field: the road cuts (EEA); no crossings
    assert unit["meff_mgaz"] == pytest.approx(37.5 * AREA, rel=1e-4)
    assert unit["meff_argali"] == pytest.approx(50 * AREA, rel=1e-4)
    text = report.read_text(encoding="utf-8")
    assert 'lang="mn"' in text and "Effective mesh size per unit" not in text


def test_qgis_process(tmp_path):
    params = inputs(tmp_path)
    params["OUTPUT"] = str(tmp_path / "qp.gpkg")
    params["SPECIES"] = "0,3,6"
    result = qgis_process_json(ALG, params, lang="mn")
    [unit] = features(result["results"]["OUTPUT"])
    assert unit["meff_mgaz"] == pytest.approx(62.5 * AREA, rel=1e-4)
    assert unit["meff_argali"] == pytest.approx(100 * AREA, rel=1e-4)


def test_chained_after_the_fence_audit(english, tmp_path):
    """The model builder's chain: the audit's OUTPUT (fence fields kept) as FENCES."""
    import processing

    params = inputs(tmp_path)
    audit = processing.run(
        "nuudel:fencepermeabilityaudit",
        {"INPUT": params["FENCES"], "OUTPUT": "memory:", "SUMMARY": "memory:"},
    )
    params.update(FENCES=audit["OUTPUT"], OUTPUT="memory:")
    [unit] = features(processing.run(ALG, params)["OUTPUT"])
    assert unit["meff_mgaz"] == pytest.approx(62.5 * AREA, rel=1e-4)
    assert unit["meff_argali"] == pytest.approx(100 * AREA, rel=1e-4)


def test_geojson_outputs(english, tmp_path):
    import processing

    params = dict(
        inputs(tmp_path),
        OUTPUT=str(tmp_path / "units.geojson"),
        OUTPUT_MESHES=str(tmp_path / "meshes.geojson"),
    )
    result = processing.run(ALG, params)
    [unit] = features(result["OUTPUT"])
    assert unit["meff_khulan"] == pytest.approx(62.5 * AREA, rel=1e-4)
    assert len(features(result["OUTPUT_MESHES"])) == 2 + 2 + 1  # mgaz, khulan, argali
