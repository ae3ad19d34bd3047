"""No-go alignment mask: the worked example of issue 5, CRS independence, odd inputs, core."""

import math
import re

import helpers
import numpy as np
import pytest
from helpers import Feedback, features, qgis_process_json, write_gpkg
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsDistanceArea,
    QgsGeometry,
    QgsVectorLayer,
)

ALG = "nuudel:nogoalignmentmask"
CYRILLIC = re.compile("[\u0400-\u04ff]")
UTM = "EPSG:32648"
STUDY = "POLYGON((500000 4800000, 510000 4800000, 510000 4810000, 500000 4810000, 500000 4800000))"
NOGO_SQ = (
    "POLYGON((504000 4804000, 506000 4804000, 506000 4806000, 504000 4806000, 504000 4804000))"
)
WATER_PT = "POINT(501000 4801000)"
LINE = "LINESTRING(500000 4805000, 510000 4805000)"
EXPECTED = {"nogo": 8.793, "caution": 0.1178, "suitable": 91.089}


def _reproject(wkt, crs):
    geom = QgsGeometry.fromWkt(wkt)
    if crs != UTM:
        geom = geom.densifyByDistance(100.0)
        geom.transform(
            QgsCoordinateTransform(
                QgsCoordinateReferenceSystem(UTM),
                QgsCoordinateReferenceSystem(crs),
                QgsCoordinateTransformContext(),
            )
        )
    return geom.asWkt(12)


def example_inputs(folder, crs=UTM, extra=None):
    """GeoPackages of the worked example (in ``crs``); returns the parameter dict."""
    gpkg = folder / f"example_{crs.replace(':', '_')}.gpkg"
    p = lambda w: _reproject(w, crs)  # noqa: E731
    params = {
        "STUDY_AREA": write_gpkg(
            gpkg, "Polygon", crs, {"id": int}, [(p(STUDY), {"id": 1})], "study"
        ),
        "NOGO": [
            write_gpkg(
                gpkg, "Polygon", crs, {"id": int}, [(p(NOGO_SQ), {"id": 1})], "protected_areas"
            )
        ],
        "NOGO_BUFFER": 500,
        "WATER": write_gpkg(gpkg, "Point", crs, {"id": int}, [(p(WATER_PT), {"id": 1})], "water"),
        "ALIGNMENT": write_gpkg(
            gpkg, "LineString", crs, {"name": str}, [(p(LINE), {"name": "railway A"})], "alignment"
        ),
    }
    params.update(extra or {})
    return params


def outputs(folder, name="out"):
    return {
        "OUTPUT": str(folder / f"{name}_zones.gpkg"),
        "OUTPUT_CONFLICTS": str(folder / f"{name}_conflicts.gpkg"),
        "OUTPUT_COST": str(folder / f"{name}_cost.tif"),
        "REPORT": str(folder / f"{name}_report.html"),
    }


def run(params, context=None, feedback=None):
    return helpers.run(ALG, params, feedback, context)


def zone_rows(path):
    rows = {r["zone"]: r for r in features(path)}
    assert set(rows) == {"nogo", "caution", "suitable"}
    return rows


def ellipsoidal_area_km2(wkt, crs):
    da = QgsDistanceArea()
    da.setSourceCrs(QgsCoordinateReferenceSystem(crs), QgsCoordinateTransformContext())
    da.setEllipsoid("EPSG:7030")
    return da.measureArea(QgsGeometry.fromWkt(wkt).densifyByDistance(5.0)) / 1e6


def check_example_zones(path):
    rows = zone_rows(path)
    for zone, km2 in EXPECTED.items():
        assert rows[zone]["area_km2"] == pytest.approx(km2, rel=5e-3), zone
    total = sum(r["area_km2"] for r in rows.values())
    assert total == pytest.approx(ellipsoidal_area_km2(STUDY, UTM), rel=1e-6)
    planar = sum(r["geom"].area() for r in rows.values()) / 1e6
    assert planar == pytest.approx(100.0, rel=1e-6)
    for r in rows.values():
        assert r["geom"].isGeosValid()
    # no overlaps: pairwise intersections have no area
    geoms = [rows[z]["geom"] for z in ("nogo", "caution", "suitable")]
    for a in range(3):
        for b in range(a + 1, 3):
            assert geoms[a].intersection(geoms[b]).area() < 1e-3
    assert rows["nogo"]["sources"] == "protected_areas (500 m), water (50 m)"
    assert rows["caution"]["sources"] == "water (200 m)"
    assert rows["suitable"]["sources"] in ("", None)
    return rows


def check_example_conflicts(path):
    rows = features(path)
    by_zone = {}
    for r in rows:
        by_zone[r["zone"]] = by_zone.get(r["zone"], 0.0) + r["length_m"]
        assert r["alignment"] == "railway A"
    assert set(by_zone) == {"nogo", "suitable"}
    # 3,000 m / 7,000 m in UTM; ellipsoidal metres are 1/0.9996 of that near the meridian
    assert by_zone["nogo"] == pytest.approx(3000.0, rel=1e-3)
    assert by_zone["suitable"] == pytest.approx(7000.0, rel=1e-3)
    assert [r["zone"] for r in rows] == ["suitable", "nogo", "suitable"]
    assert [r["sources"] or "" for r in rows] == ["", "protected_areas (500 m)", ""]
    return rows


def read_raster(path):
    from osgeo import gdal

    ds = gdal.Open(str(path))
    band = ds.GetRasterBand(1)
    return ds, band.ReadAsArray(), band.GetNoDataValue()


def cell(ds, array, x, y):
    x0, res, _, y0, _, neg = ds.GetGeoTransform()
    return array[int((y - y0) / neg), int((x - x0) / res)]


# -- the worked example ------------------------------------------------------------------------
def test_worked_example_processing_run(plugin, english, tmp_path):
    params = example_inputs(tmp_path)
    params.update(outputs(tmp_path))
    result = run(params)
    check_example_zones(result["OUTPUT"])
    check_example_conflicts(result["OUTPUT_CONFLICTS"])
    html = (tmp_path / "out_report.html").read_text(encoding="utf-8")
    assert "Alignment screening" in html and "railway A" in html and "N-WATER-SPECIAL" in html

    ds, array, nodata = read_raster(result["OUTPUT_COST"])
    assert ds.GetGeoTransform() == (500000.0, 250.0, 0.0, 4810000.0, 0.0, -250.0)
    assert (ds.RasterXSize, ds.RasterYSize) == (40, 40)
    assert QgsCoordinateReferenceSystem.fromWkt(ds.GetProjection()).authid() == UTM
    assert nodata == -9999.0
    assert "DEFLATE" in (ds.GetMetadata("IMAGE_STRUCTURE").get("COMPRESSION") or "")
    assert cell(ds, array, 505000, 4805000) == nodata  # inside the protected area
    assert cell(ds, array, 503620, 4805000) == nodata  # in its 500 m buffer
    assert cell(ds, array, 500125, 4809875) == 1.0  # suitable corner
    assert cell(ds, array, 509875, 4800125) == 1.0
    # the 4 cells around the water source touch its 50 m no-go disk
    for x, y in ((500875, 4800875), (501125, 4800875), (500875, 4801125), (501125, 4801125)):
        assert cell(ds, array, x, y) == nodata
    # the buffered square spans 503500..506500: 12 x 12 cells (and at most a ring of cells
    # that share an edge with it) are no-go; the cells beyond are suitable
    assert cell(ds, array, 503125, 4805125) == 1.0
    assert cell(ds, array, 506875, 4804875) == 1.0
    assert 4 + 12 * 12 <= (array == nodata).sum() <= 4 + 14 * 14
    assert set(np.unique(array)) == {1.0, nodata}  # caution ring lies in the no-go cells


def test_worked_example_qgis_process(plugin, tmp_path):
    params = example_inputs(tmp_path)
    params.update(outputs(tmp_path, "qp"))
    result = qgis_process_json(ALG, params)
    out = result["results"]
    check_example_zones(out["OUTPUT"])
    check_example_conflicts(out["OUTPUT_CONFLICTS"])
    _ds, array, nodata = read_raster(out["OUTPUT_COST"])
    assert (array == 1.0).sum() == 1600 - ((array == nodata).sum())
    # the style travels with the GeoPackage
    layer = QgsVectorLayer(out["OUTPUT"], "zones", "ogr")
    assert layer.renderer().type() in ("categorizedSymbol", "RuleRenderer")


# -- CRS independence --------------------------------------------------------------------------
@pytest.mark.parametrize("crs", ["EPSG:4326", "EPSG:3857"])
def test_same_areas_in_other_crs(plugin, english, tmp_path, crs):
    base = run(
        {
            **example_inputs(tmp_path),
            "OUTPUT": str(tmp_path / "utm.gpkg"),
            "OUTPUT_CONFLICTS": str(tmp_path / "utm_c.gpkg"),
        }
    )
    other = run(
        {
            **example_inputs(tmp_path, crs),
            "OUTPUT": str(tmp_path / "o.gpkg"),
            "OUTPUT_CONFLICTS": str(tmp_path / "o_c.gpkg"),
        }
    )
    a, b = zone_rows(base["OUTPUT"]), zone_rows(other["OUTPUT"])
    layer = QgsVectorLayer(other["OUTPUT"], "o", "ogr")
    assert layer.crs().authid() == crs  # output CRS = the study area's
    for zone in ("nogo", "caution", "suitable"):
        assert b[zone]["area_km2"] == pytest.approx(a[zone]["area_km2"], rel=1e-3), zone
    la = {
        r["zone"]: r["length_m"] for r in features(base["OUTPUT_CONFLICTS"]) if r["zone"] == "nogo"
    }
    lb = {
        r["zone"]: r["length_m"] for r in features(other["OUTPUT_CONFLICTS"]) if r["zone"] == "nogo"
    }
    assert lb["nogo"] == pytest.approx(la["nogo"], rel=1e-3)


def test_layers_in_different_crs_combine(plugin, english, tmp_path):
    """Study area in UTM, protected area in degrees, water in Web Mercator: same answer."""
    mixed = example_inputs(tmp_path)
    mixed["NOGO"] = example_inputs(tmp_path, "EPSG:4326")["NOGO"]
    mixed["WATER"] = example_inputs(tmp_path, "EPSG:3857")["WATER"]
    result = run({**mixed, "OUTPUT": str(tmp_path / "mixed.gpkg")})
    rows = zone_rows(result["OUTPUT"])
    for zone, km2 in EXPECTED.items():
        assert rows[zone]["area_km2"] == pytest.approx(km2, rel=5e-3), zone
    assert QgsVectorLayer(result["OUTPUT"], "m", "ogr").crs().authid() == UTM


# -- parameters and odd inputs ------------------------------------------------------------------
def test_buffer_field_and_caution_cost(plugin, english, tmp_path):
    """A per-feature buffer replaces NOGO_BUFFER where set; caution cells cost CAUTION_COST."""
    gpkg = tmp_path / "bf.gpkg"
    nogo = write_gpkg(
        gpkg,
        "Point",
        UTM,
        {"buf_m": float},
        [
            ("POINT(502000 4808000)", {"buf_m": 1000.0}),  # own buffer: 1 km
            ("POINT(508000 4802000)", {}),  # null: NOGO_BUFFER (300 m)
        ],
        "sites",
    )
    caution = write_gpkg(
        gpkg,
        "Polygon",
        UTM,
        {"buf_m": float},
        [
            (
                "POLYGON((506000 4806000, 508000 4806000, 508000 4808000, 506000 4808000, "
                "506000 4806000))",
                {},
            ),
        ],
        "corridor",
    )
    result = run(
        {
            "STUDY_AREA": example_inputs(tmp_path)["STUDY_AREA"],
            "NOGO": [nogo],
            "NOGO_BUFFER": 300,
            "CAUTION": [caution],
            "BUFFER_FIELD": "buf_m",
            "CAUTION_COST": 25,
            "OUTPUT": str(tmp_path / "bf_zones.gpkg"),
            "OUTPUT_COST": str(tmp_path / "bf_cost.tif"),
        }
    )
    rows = zone_rows(result["OUTPUT"])
    circle = lambda r: math.pi * r * r / 1e6  # noqa: E731
    assert rows["nogo"]["area_km2"] == pytest.approx(circle(1000) + circle(300), rel=5e-3)
    assert rows["caution"]["area_km2"] == pytest.approx(4.0, rel=2e-3)
    assert rows["nogo"]["sources"] == "sites (300-1000 m)"
    assert rows["caution"]["sources"] == "corridor"
    ds, array, nodata = read_raster(result["OUTPUT_COST"])
    assert cell(ds, array, 507000, 4807000) == 25.0
    assert cell(ds, array, 502000, 4808000) == nodata
    assert cell(ds, array, 502125, 4809375) == 1.0  # over 1,250 m from the site


def test_empty_nogo_layer_and_default_study_area(plugin, english, tmp_path):
    gpkg = tmp_path / "empty.gpkg"
    empty = write_gpkg(gpkg, "Polygon", UTM, {"id": int}, [], "nothing")
    water = example_inputs(tmp_path)["WATER"]
    result = run(
        {
            "NOGO": [empty],
            "WATER": water,
            "OUTPUT": str(tmp_path / "e.gpkg"),
            "OUTPUT_COST": str(tmp_path / "e.tif"),
        }
    )
    rows = zone_rows(result["OUTPUT"])
    # default study area: the water point grown by the largest buffer (200 m): 400 m square
    total = sum(r["area_km2"] for r in rows.values())
    assert total == pytest.approx(0.16, rel=2e-3)
    assert rows["nogo"]["area_km2"] == pytest.approx(math.pi * 0.05**2, rel=5e-3)
    assert rows["nogo"]["sources"] == "water (50 m)"
    ds, array, nodata = read_raster(result["OUTPUT_COST"])
    assert (array == nodata).all()  # 250 m cells: every cell touches the 50 m no-go disk


def test_self_intersecting_polygon_is_repaired_with_warning(plugin, english, tmp_path):
    from qgis.core import QgsProcessingContext

    bowtie = write_gpkg(
        tmp_path / "bow.gpkg",
        "Polygon",
        UTM,
        {"id": int},
        [
            (
                "POLYGON((502000 4802000, 504000 4804000, 504000 4802000, 502000 4804000, "
                "502000 4802000))",
                {"id": 1},
            )
        ],
        "bowtie",
    )
    feedback = Feedback()
    result = run(
        {
            "STUDY_AREA": example_inputs(tmp_path)["STUDY_AREA"],
            "NOGO": [bowtie],
            "OUTPUT": str(tmp_path / "bow_zones.gpkg"),
        },
        QgsProcessingContext(),
        feedback,
    )
    rows = zone_rows(result["OUTPUT"])
    assert rows["nogo"]["area_km2"] == pytest.approx(2.0, rel=2e-3)  # two 1 km² triangles
    assert rows["nogo"]["geom"].isGeosValid()
    assert any("1 invalid polygons were repaired" in w for w in feedback.warnings), (
        feedback.warnings
    )


def test_nothing_to_map_is_a_clear_error(plugin, english, tmp_path):
    from qgis.core import QgsProcessingException

    empty = write_gpkg(tmp_path / "none.gpkg", "Polygon", UTM, {"id": int}, [], "nothing")
    with pytest.raises(QgsProcessingException, match="no features|Nothing to map"):
        run({"NOGO": [empty], "OUTPUT": str(tmp_path / "n.gpkg")})


def test_mongolian_run(plugin, mongolian, tmp_path):
    """Same data in Mongolian (codes stay English); the report speaks Mongolian."""
    params = example_inputs(tmp_path)
    params.update(outputs(tmp_path, "mn"))
    result = run(params)
    check_example_zones(result["OUTPUT"])
    html = (tmp_path / "mn_report.html").read_text(encoding="utf-8")
    assert '<html lang="mn">' in html
    assert CYRILLIC.search(html)


def test_help_pages_exist_in_both_languages():
    from helpers import ROOT

    for lang in ("en", "mn"):
        text = (ROOT / "resources" / "help" / lang / "nogoalignmentmask.html").read_text(
            encoding="utf-8"
        )
        for name in (
            "STUDY_AREA",
            "NOGO_BUFFER",
            "BUFFER_FIELD",
            "WATER_CAUTION_BUFFER",
            "OUTPUT_COST",
            "OUTPUT_CONFLICTS",
            "r.cost",
            "r.path",
        ):
            assert name in text, (lang, name)
    assert CYRILLIC.search(
        (ROOT / "resources/help/mn/nogoalignmentmask.html").read_text(encoding="utf-8")
    )


def test_every_string_has_a_mongolian_translation():
    """Each tr() string of this algorithm has a Mongolian translation with the same placeholders."""
    from helpers import ROOT, mongolian_translations

    done = mongolian_translations()
    pattern = re.compile(r'tr\(\s*((?:"(?:[^"\\]|\\.)*"\s*)+)\)', re.S)
    for path in ("processing/nogo_mask.py", "processing/raster.py", "processing/core/nogo.py"):
        code = (ROOT / path).read_text(encoding="utf-8")
        for match in pattern.finditer(code):
            text = "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', match.group(1)))
            text = text.encode().decode("unicode_escape").encode("latin-1").decode("utf-8")
            assert text in done, text
            assert CYRILLIC.search(done[text]), text
            assert sorted(re.findall(r"\{[a-z_0-9]*\}", text)) == sorted(
                re.findall(r"\{[a-z_0-9]*\}", done[text])
            ), text


# -- cancel ----------------------------------------------------------------------------------
def test_cancel_stops(plugin, english, tmp_path):
    from qgis.core import QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback

    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run(
            {**example_inputs(tmp_path), "OUTPUT": str(tmp_path / "c.gpkg")},
            QgsProcessingContext(),
            feedback,
        )


# -- national scale, kept small: the batched paths give the same answers ----------------------


def test_cost_raster_in_batches_with_gdal_exceptions(plugin, english, tmp_path, monkeypatch):
    """The national-scale run path at small scale: GDAL/OGR exceptions on (as another plugin or
    script may leave them), an alignment that runs out of the study area and the raster, a
    report, and the zones burnt one polygon per batch through throwaway OGR layers. The
    raster is the one written in one batch; the process survives (no freed GDAL object is
    touched)."""
    from nuudel.processing import raster
    from osgeo import gdal, ogr

    outside = write_gpkg(
        tmp_path / "long.gpkg",
        "LineString",
        UTM,
        {"name": str},
        [
            ("LINESTRING(495000 4805000, 515000 4805000)", {"name": "long"}),
            ("LINESTRING(501000 4790000, 501000 4801500)", {"name": "south"}),
        ],
        "alignment",
    )
    params = example_inputs(tmp_path, extra={"ALIGNMENT": outside})
    one = run({**params, **outputs(tmp_path, "one")})
    flags = gdal.GetUseExceptions(), ogr.GetUseExceptions()
    gdal.UseExceptions()
    ogr.UseExceptions()
    try:
        monkeypatch.setattr(raster, "BURN_BATCH", 1)
        many = run({**params, **outputs(tmp_path, "many")})
    finally:
        if not flags[1]:  # GDAL 3.6 wants the handlers undone in reverse order
            ogr.DontUseExceptions()
        if not flags[0]:
            gdal.DontUseExceptions()
    _ds1, a1, _ = read_raster(one["OUTPUT_COST"])
    ds2, a2, nodata = read_raster(many["OUTPUT_COST"])
    assert (a1 == a2).all()
    assert (ds2.RasterXSize, ds2.RasterYSize) == (40, 40)
    assert cell(ds2, a2, 505000, 4805000) == nodata and cell(ds2, a2, 500125, 4809875) == 1.0
    lengths = {}
    for r in features(many["OUTPUT_CONFLICTS"]):
        lengths[(r["alignment"], r["zone"])] = (
            lengths.get((r["alignment"], r["zone"]), 0.0) + r["length_m"]
        )
    # 10 km of "long" inside (3 km no-go), 1.5 km of "south" (its 50 m water disk and ring)
    assert lengths[("long", "nogo")] == pytest.approx(3000.0, rel=1e-3)
    assert lengths[("long", "suitable")] == pytest.approx(7000.0, rel=1e-3)
    assert lengths[("south", "nogo")] == pytest.approx(100.0, rel=2e-3)
    assert lengths[("south", "caution")] == pytest.approx(300.0, rel=2e-3)
    assert lengths[("south", "suitable")] == pytest.approx(1100.0, rel=2e-3)
    html = (tmp_path / "many_report.html").read_text(encoding="utf-8")
    assert "long" in html and "south" in html


def test_caution_buffer_water_distances_and_resolution(plugin, english, tmp_path):
    """CAUTION_BUFFER grows caution features; WATER_NOGO_BUFFER / WATER_CAUTION_BUFFER replace
    the profile's 50 / 200 m; RESOLUTION sets the cost raster's cell size.
    By hand (UTM, planar; areas within the buffer-segment tolerance): water no-go
    pi x 0.1^2 = 0.0314 km2; the 1 x 1 km caution square with 200 m: 1 + 4 x 0.2 + pi x 0.04
    = 1.9257 km2, plus the water caution ring pi x (0.3^2 - 0.1^2) = 0.2513 km2 (disjoint)."""
    gpkg = tmp_path / "cb.gpkg"
    square = write_gpkg(
        gpkg,
        "Polygon",
        UTM,
        {"id": int},
        [
            (
                "POLYGON((506000 4806000, 507000 4806000, 507000 4807000, 506000 4807000, "
                "506000 4806000))",
                {"id": 1},
            )
        ],
        "calving",
    )
    base = example_inputs(tmp_path)
    result = run(
        {
            "STUDY_AREA": base["STUDY_AREA"],
            "WATER": base["WATER"],
            "CAUTION": [square],
            "CAUTION_BUFFER": 200,
            "WATER_NOGO_BUFFER": 100,
            "WATER_CAUTION_BUFFER": 300,
            "RESOLUTION": 500,
            "OUTPUT": str(tmp_path / "cb_zones.gpkg"),
            "OUTPUT_COST": str(tmp_path / "cb_cost.tif"),
        }
    )
    rows = zone_rows(result["OUTPUT"])
    assert rows["nogo"]["area_km2"] == pytest.approx(math.pi * 0.01, rel=5e-3)
    assert rows["caution"]["area_km2"] == pytest.approx(
        1 + 0.8 + math.pi * 0.04 + math.pi * (0.09 - 0.01), rel=5e-3
    )
    assert rows["nogo"]["sources"] == "water (100 m)"
    assert rows["caution"]["sources"] == "calving (200 m), water (300 m)"
    ds, array, nodata = read_raster(result["OUTPUT_COST"])
    x0, res, _, y0, _, neg = ds.GetGeoTransform()
    assert (res, -neg) == (500.0, 500.0)
    assert array.shape == (20, 20)  # 10 km / 500 m
    assert cell(ds, array, 506500, 4806500) == 10.0  # caution: CAUTION_COST default
    assert cell(ds, array, 503250, 4808250) == 1.0
