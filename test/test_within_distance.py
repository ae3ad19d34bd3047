"""nuudel:withindistance: features within a distance in metres on the ellipsoid, whatever the CRS
of either layer (the EIA screening model picks its fences with it).

Hand computation: the reference is a 10 km line in EPSG:32649 along northing 4,800,000 from
easting 500,000 (UTM zone 49's central meridian, grid scale k0 = 0.9996, so a true distance is
grid / 0.9996). Short north-south fences at grid offsets 0 (crossing it), 4000 and 4990 m are
within 5000 true metres (4990 / 0.9996 = 4992.0); 5010 (5012.0 true) and 6000 m are not; one fence
has no geometry. So KEPT = 3, LEFT_OUT = 3, in every CRS combination.
"""

import re

import numpy as np
import pytest
import shapely
from helpers import LogFeedback, features, qgis_process_json, write_gpkg
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsProject,
)

ALG = "nuudel:withindistance"
UTM = "EPSG:32649"
REFERENCE = "LINESTRING (500000 4800000, 510000 4800000)"
OFFSETS = {"crossing": 0, "near": 4000, "inside": 4990, "outside": 5010, "far": 6000}
WITHIN = {"crossing", "near", "inside"}
CYRILLIC = re.compile("[\u0400-\u04ff]")


def fence_wkt(offset):
    if offset == 0:
        return "LINESTRING (505000 4799500, 505000 4800500)"
    y = 4800000 + offset
    return f"LINESTRING (505000 {y}, 505000 {y + 500})"


def to_crs(wkt, crs):
    geom = QgsGeometry.fromWkt(wkt).densifyByDistance(50)
    if crs != UTM:
        geom.transform(
            QgsCoordinateTransform(
                QgsCoordinateReferenceSystem(UTM),
                QgsCoordinateReferenceSystem(crs),
                QgsProject.instance(),
            )
        )
    return geom.asWkt(12)


def inputs(tmp_path, fence_crs=UTM, ref_crs=UTM, ext="gpkg"):
    rows = [
        (to_crs(fence_wkt(o), fence_crs), {"name": n, "fence_type": "strand"})
        for n, o in OFFSETS.items()
    ] + [(None, {"name": "no_geometry", "fence_type": "mesh"})]
    fields = {"name": str, "fence_type": str}
    if ext == "gpkg":
        fences = write_gpkg(
            tmp_path / "fences.gpkg", "LineString", fence_crs, fields, rows, "fences"
        )
    else:  # a shapefile: written through GDAL from a GeoPackage
        from osgeo import gdal

        gpkg = write_gpkg(tmp_path / "f.gpkg", "LineString", fence_crs, fields, rows, "fences")
        shp = tmp_path / "fences.shp"
        gdal.VectorTranslate(str(shp), gpkg.split("|")[0], format="ESRI Shapefile")
        fences = str(shp)
    ref = write_gpkg(
        tmp_path / "reference.gpkg",
        "LineString",
        ref_crs,
        {"id": int},
        [(to_crs(REFERENCE, ref_crs), {"id": 1})],
        "alignment",
    )
    return fences, ref


def run(fences, ref, out, feedback=None, distance=5000):
    import processing

    return processing.run(
        ALG,
        {"INPUT": fences, "REFERENCE": ref, "DISTANCE": distance, "OUTPUT": out},
        feedback=feedback or LogFeedback(),
    )


def check(result):
    rows = features(result["OUTPUT"])
    assert {r["name"] for r in rows} == WITHIN
    assert result["KEPT"] == 3 and result["LEFT_OUT"] == 3
    return rows


@pytest.mark.parametrize(
    "fence_crs, ref_crs",
    [
        (UTM, UTM),
        ("EPSG:4326", UTM),
        (UTM, "EPSG:4326"),
        ("EPSG:4326", "EPSG:4326"),
        ("EPSG:3857", "EPSG:4326"),
    ],
)
def test_true_metres_whatever_the_crs(english, tmp_path, fence_crs, ref_crs):
    fences, ref = inputs(tmp_path, fence_crs, ref_crs)
    feedback = LogFeedback()
    result = run(fences, ref, str(tmp_path / "out.gpkg"), feedback)
    rows = check(result)
    assert all(r["fence_type"] == "strand" for r in rows)  # fields copied unchanged
    assert any("no geometry" in w for w in feedback.warnings)
    assert any("3 of 6 features" in i for i in feedback.infos), feedback.infos


def test_native_extract_within_distance_reads_degrees(english, tmp_path):
    """Why the step exists: the native algorithm takes 5000 on EPSG:4326 fences as degrees."""
    import processing

    fences, ref = inputs(tmp_path, "EPSG:4326", "EPSG:4326")
    out = processing.run(
        "native:extractwithindistance",
        {
            "INPUT": fences,
            "REFERENCE": ref,
            "DISTANCE": 5000,
            "OUTPUT": str(tmp_path / "native.gpkg"),
        },
    )["OUTPUT"]
    assert len(features(out)) == 5  # every fence with a geometry


def test_shapefile_input_and_qgis_process(plugin, tmp_path):
    fences, ref = inputs(tmp_path, "EPSG:4326", UTM, ext="shp")
    out = qgis_process_json(
        ALG,
        {"INPUT": fences, "REFERENCE": ref, "DISTANCE": 5000, "OUTPUT": str(tmp_path / "out.shp")},
    )
    check(out["results"])


def test_run_and_load_results_in_mongolian(mongolian, tmp_path):
    import processing

    fences, ref = inputs(tmp_path)
    feedback = LogFeedback()
    result = processing.runAndLoadResults(
        ALG,
        {"INPUT": fences, "REFERENCE": ref, "DISTANCE": 5000, "OUTPUT": "TEMPORARY_OUTPUT"},
        feedback=feedback,
    )
    assert not feedback.errors, feedback.errors
    layer = QgsProject.instance().mapLayer(result["OUTPUT"])
    assert layer is not None and layer.featureCount() == 3
    assert result["KEPT"] == 3
    ours = [i for i in feedback.infos if "6" in i and not i.startswith("Results:")]
    assert ours and all(CYRILLIC.search(i) for i in ours), feedback.infos
    QgsProject.instance().removeMapLayer(result["OUTPUT"])


def test_distance_zero_keeps_only_touching(english, tmp_path):
    fences, ref = inputs(tmp_path)
    result = run(fences, ref, str(tmp_path / "out.gpkg"), distance=0)
    assert {r["name"] for r in features(result["OUTPUT"])} == {"crossing"}


def test_empty_reference_keeps_nothing_with_a_warning(english, tmp_path):
    fences, _ref = inputs(tmp_path)
    empty = write_gpkg(tmp_path / "empty.gpkg", "LineString", UTM, {"id": int}, [], "empty")
    feedback = LogFeedback()
    result = run(fences, empty, str(tmp_path / "out.gpkg"), feedback)
    assert result["KEPT"] == 0 and result["LEFT_OUT"] == 6
    assert any("no geometries" in w for w in feedback.warnings)


# -- the core -----------------------------------------------------------------------------------
def test_core_far_from_the_central_meridian(plugin):
    """The planar limit covers the transverse Mercator scale far from the central meridian: a
    feature 4,990 true metres away at easting 1,000 km (scale 1.0123) is still found."""
    from nuudel.processing.core import nearby

    x = 1_000_000.0
    scale = 1 + x**2 / (2 * nearby.EARTH_RADIUS_M**2)
    ref = np.array([shapely.LineString([(x, 0), (x, 1000)])], dtype=object)
    near = shapely.LineString([(x + 4990 * scale, 0), (x + 4990 * scale, 10)])
    geoms = np.array([near, None], dtype=object)
    limit = nearby.planar_limit(5000, geoms, ref)
    assert limit >= 5000 * scale
    indices, lines = nearby.nearest_lines(geoms, ref, limit)
    assert indices.tolist() == [0]
    assert shapely.length(lines[0]) == pytest.approx(4990 * scale)


def test_core_within_mask(plugin):
    from nuudel.processing.core import nearby

    keep = nearby.within(np.array([0, 2, 3]), np.array([10.0, 5000.0, 5000.1]), 5000, 5)
    assert keep.tolist() == [True, False, True, False, False]
    assert nearby.within(np.array([], dtype=int), np.array([]), 5000, 2).tolist() == [False] * 2
