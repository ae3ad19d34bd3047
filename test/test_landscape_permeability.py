"""nuudel:landscapepermeability: the issue's worked example through processing.run,
runAndLoadResults, qgis_process, in English and Mongolian (true ellipsoidal areas)."""

import re

import pytest
from helpers import features, memory_layer, qgis_process_json, write_gpkg
from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

ALG = "nuudel:landscapepermeability"
CRS = "EPSG:32648"
X0, Y0 = 500000, 5000000
# a 10 km UTM square on the central meridian is (1 / 0.9996)² larger on the ellipsoid
AREA = 1 / 0.9996**2
FENCE_FIELDS = {
    "fence_type": str,
    "height_cm": float,
    "bottom_cm": float,
    "top_gap_cm": float,
    "barbed": str,
}
STRAND = {
    "fence_type": "strand",
    "height_cm": 100,
    "bottom_cm": 30,
    "top_gap_cm": 30,
    "barbed": "none",
}


def km(x, y):
    return f"{X0 + x * 1000} {Y0 + y * 1000}"


def square(x0, y0, x1, y1):
    return f"POLYGON(({km(x0, y0)}, {km(x1, y0)}, {km(x1, y1)}, {km(x0, y1)}, {km(x0, y0)}))"


def inputs(tmp_path, units=None, fences=None, name="in.gpkg"):
    path = tmp_path / name
    units = units or [(square(0, 0, 10, 10), {"name": "square"})]
    return {
        "REPORTING_UNITS": write_gpkg(path, "Polygon", CRS, {"name": str}, units, "units"),
        "FENCES": write_gpkg(
            path,
            "LineString",
            CRS,
            FENCE_FIELDS,
            fences or [(f"LINESTRING({km(5, 5)}, {km(5, 10)})", STRAND)],
            "fences",
        ),
        "ROADS": write_gpkg(
            path,
            "LineString",
            CRS,
            {"aadt": int},
            [(f"LINESTRING({km(0, 5)}, {km(10, 5)})", {"aadt": 8000})],
            "roads",
        ),
        "TRAFFIC_FIELD": "aadt",
        "CROSSINGS": write_gpkg(
            path,
            "Point",
            CRS,
            {"crossing_type": str, "width_m": float, "height_m": float, "length_m": float},
            [
                (
                    f"POINT({km(2, 5)})",
                    {"crossing_type": "underpass", "width_m": 15, "height_m": 5, "length_m": 30},
                )
            ],
            "crossings",
        ),
        "CROSSING_HEIGHT_FIELD": "height_m",
        "SPECIES": [0, 3, 6],  # mgaz, khulan, argali
    }


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
    import processing

    messages = []

    class Feedback(QgsProcessingFeedback):
        def reportError(self, error, fatalError=False):  # noqa: N803 (QGIS names)
            messages.append(error)
            super().reportError(error, fatalError)

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    params = dict(inputs(tmp_path), OUTPUT="TEMPORARY_OUTPUT", OUTPUT_MESHES="TEMPORARY_OUTPUT")
    processing.runAndLoadResults(ALG, params, feedback=Feedback(), context=context)
    assert not [m for m in messages if "not correctly generated" in m], messages
    loaded = {layer.name(): layer for layer in QgsProject.instance().mapLayers().values()}
    assert "Effective mesh size per reporting unit" in loaded, list(loaded)
    assert "Meshes per species" in loaded, list(loaded)
    for lid in list(QgsProject.instance().mapLayers()):
        QgsProject.instance().removeMapLayer(lid)


def test_memory_layers_and_mongolian(mongolian, tmp_path):
    import processing

    units = memory_layer("Polygon", CRS, {"name": str}, [(square(0, 0, 10, 10), {"name": "a"})])
    fences = memory_layer(
        "LineString", CRS, FENCE_FIELDS, [(f"LINESTRING({km(5, 5)}, {km(5, 10)})", STRAND)]
    )
    roads = memory_layer("LineString", CRS, {}, [(f"LINESTRING({km(0, 5)}, {km(10, 5)})", {})])
    report = tmp_path / "mn.html"
    result = processing.run(
        ALG,
        {
            "REPORTING_UNITS": units,
            "FENCES": fences,
            "ROADS": roads,
            "SPECIES": [0, 6],
            "OUTPUT": "memory:",
            "REPORT": str(report),
        },
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
