"""processing/output.py: the GeoPackage SQL copy writes exactly what the Processing sink writes.

Each algorithm runs twice on the same GeoPackage input, once the fast way and once with the
fast way switched off (output.FAST_GPKG = False); the two outputs must agree feature by feature
and field by field (fid, geometry, every attribute and field type), and in feature count,
extent, spatial index and stored styles.
"""

import sqlite3

import helpers
import pytest
from helpers import write_gpkg
from qgis.core import QgsVectorLayer

FENCE_FIELDS = {
    "fence_type": str,
    "height_cm": float,
    "bottom_cm": int,
    "top_gap_cm": float,
    "barbed": str,
    "note": str,
    "owner_id": int,
}


def fence_rows():
    types = ["strand", "mesh", "opening", None, "electric", "Strand ", "rail", "woven??"]
    rows = []
    for i in range(40):
        x = 500000 + 700 * (i % 8)
        y = 4800000 + 900 * (i // 8)
        wkt = f"LineString ({x} {y}, {x + 700} {y + (i % 3) * 10}, {x + 700} {y + 300})"
        rows.append(
            (
                wkt,
                {
                    "fence_type": types[i % len(types)],
                    "height_cm": None if i % 7 == 0 else 90.0 + i,
                    "bottom_cm": None if i % 5 == 0 else 30 + i,
                    "top_gap_cm": None if i % 6 == 0 else 20.5 + i / 4,
                    "barbed": ["none", "top", "bottom", "all", None][i % 5],
                    "note": ["", 'it\'s "quoted"', "Монгол", None][i % 4],
                    "owner_id": None if i % 9 == 0 else i * 1000,
                },
            )
        )
    return rows


def run(alg, parameters, invalid_check=None):
    context = helpers.new_context()
    if invalid_check is not None:
        context.setInvalidGeometryCheck(invalid_check)
    return helpers.run(alg, parameters, context=context)


def both_ways(monkeypatch, alg, parameters, outputs, tmp_path, invalid_check=None):
    """Run ``alg`` the fast way and the sink way; returns ({output: path} fast, sink)."""
    from nuudel.processing import output

    calls = []

    def counting(function):
        def counted(*args, **kwargs):
            done = function(*args, **kwargs)  # raises when it falls back to the sink
            calls.append(done)
            return done

        return counted

    for name in ("_copy_gpkg", "_insert_gpkg"):
        monkeypatch.setattr(output, name, counting(getattr(output, name)))
    results = []
    for fast in (True, False):
        monkeypatch.setattr(output, "FAST_GPKG", fast)
        folder = tmp_path / ("fast" if fast else "sink")
        folder.mkdir()
        params = dict(parameters)
        params.update({name: str(folder / f"{name.lower()}.gpkg") for name in outputs})
        run(alg, params, invalid_check)
        results.append({name: params[name] for name in outputs})
    assert len(calls) == len(outputs), "the GeoPackage way was not taken"
    return results


def same_layers(fast_path, sink_path):
    fast = QgsVectorLayer(fast_path, "fast", "ogr")
    sink = QgsVectorLayer(sink_path, "sink", "ogr")
    assert fast.isValid() and sink.isValid()
    assert [
        (f.name(), f.type(), f.typeName(), f.length(), f.precision()) for f in fast.fields()
    ] == [(f.name(), f.type(), f.typeName(), f.length(), f.precision()) for f in sink.fields()]
    assert fast.wkbType() == sink.wkbType()
    assert fast.crs() == sink.crs()
    assert fast.featureCount() == sink.featureCount() > 0
    assert fast.extent() == sink.extent()
    middle = fast.extent().buffered(-fast.extent().width() / 4)
    assert [f.id() for f in fast.getFeatures(middle)] == [f.id() for f in sink.getFeatures(middle)]
    a = list(fast.getFeatures())
    b = list(sink.getFeatures())
    assert [f.id() for f in a] == [f.id() for f in b]
    for fa, fb in zip(a, b):
        assert fa.geometry().asWkb() == fb.geometry().asWkb(), fa.id()
        for name in fast.fields().names():
            va, vb = fa[name], fb[name]
            assert type(va) is type(vb) and (va == vb or va != va and vb != vb), (fa.id(), name)
    schema = []
    for path in (fast_path, sink_path):
        with sqlite3.connect(path) as con:
            schema.append(
                sorted(
                    con.execute(
                        "SELECT name, CASE WHEN type = 'trigger' THEN sql END FROM sqlite_master"
                    )
                )
            )
            table = con.execute(
                "SELECT table_name FROM gpkg_contents WHERE data_type = 'features'"
            ).fetchone()[0]
            assert (
                con.execute(
                    "SELECT count(*) FROM gpkg_extensions WHERE extension_name = 'gpkg_rtree_index'"
                ).fetchone()[0]
                == 1
            )
            rtree = con.execute(f'SELECT count(*) FROM "rtree_{table}_geom"').fetchone()[0]
            count = con.execute(
                "SELECT feature_count FROM gpkg_ogr_contents WHERE table_name = ?", (table,)
            ).fetchone()[0]
            styles = con.execute("SELECT count(*) FROM layer_styles").fetchone()[0]
            assert con.execute(f"SELECT rtreecheck('rtree_{table}_geom')").fetchone()[0] == "ok"
            schema.append(con.execute(f'SELECT * FROM "rtree_{table}_geom" ORDER BY id').fetchall())
            schema.append(
                con.execute(
                    "SELECT min_x, max_x, min_y, max_y FROM gpkg_contents WHERE table_name = ?",
                    (table,),
                ).fetchone()
            )
        assert rtree == count == fast.featureCount()
        assert styles > 0
    half = len(schema) // 2
    assert schema[:half] == schema[half:]


def test_fence_audit_fast_output_equals_sink_output(english, monkeypatch, tmp_path):
    from osgeo import ogr

    src = tmp_path / "fences.gpkg"
    uri = write_gpkg(src, "LineString", "EPSG:32648", FENCE_FIELDS, fence_rows(), "fences")
    ds = ogr.Open(str(src), 1)  # feature ids with gaps, not 1..n
    ds.ExecuteSQL("DELETE FROM fences WHERE fid IN (3, 4, 17)")
    ds.ExecuteSQL("UPDATE fences SET fid = 1000 WHERE fid = 20")
    ds = None
    fast, sink = both_ways(
        monkeypatch,
        "nuudel:fencepermeabilityaudit",
        {"INPUT": uri, "SUMMARY": "TEMPORARY_OUTPUT"},
        ["OUTPUT"],
        tmp_path,
    )
    same_layers(fast["OUTPUT"], sink["OUTPUT"])
    ids = [f.id() for f in QgsVectorLayer(fast["OUTPUT"], "x", "ogr").getFeatures()]
    assert 1000 in ids and 3 not in ids and len(ids) == 37


def test_crossing_spacing_fast_output_equals_sink_output(english, monkeypatch, tmp_path):
    from test_crossing_spacing import example_inputs

    routes, crossings = example_inputs(tmp_path)
    outputs = ["OUTPUT_CROSSINGS", "OUTPUT_GAPS", "OUTPUT_PROPOSED"]
    fast, sink = both_ways(
        monkeypatch,
        "nuudel:crossingspacingcheck",
        {"INPUT": routes, "CROSSINGS": crossings, "SPECIES": [0, 3, 6], "MAX_SPACING": 2000},
        outputs,
        tmp_path,
    )
    for name in outputs:
        same_layers(fast[name], sink[name])


@pytest.mark.parametrize("name", ["fences.shp", "TEMPORARY_OUTPUT"])
def test_other_outputs_use_the_sink(english, monkeypatch, tmp_path, name):
    from nuudel.processing import output

    uri = write_gpkg(
        tmp_path / "fences.gpkg", "LineString", "EPSG:32648", FENCE_FIELDS, fence_rows(), "fences"
    )
    for function in ("_copy_gpkg", "_insert_gpkg"):
        monkeypatch.setattr(output, function, lambda *a, **k: pytest.fail("SQLite used"))
    dest = str(tmp_path / name) if name.endswith(".shp") else name
    result = run(
        "nuudel:fencepermeabilityaudit",
        {"INPUT": uri, "OUTPUT": dest, "SUMMARY": "TEMPORARY_OUTPUT"},
    )
    layer = result["OUTPUT"]
    layer = layer if isinstance(layer, QgsVectorLayer) else QgsVectorLayer(layer, "o", "ogr")
    assert layer.featureCount() == 40


def test_skipped_invalid_geometry_fast_output_equals_sink_output(english, monkeypatch, tmp_path):
    """Processing skips a feature with an invalid geometry: both ways leave it out, and the
    GeoPackage way then fills the R-tree row by row instead of taking the input's."""
    from qgis.core import QgsFeatureRequest

    rows = fence_rows()
    rows[5] = ("LineString (500000 4800000, 500000 4800000)", rows[5][1])  # one point: invalid
    uri = write_gpkg(
        tmp_path / "fences.gpkg", "LineString", "EPSG:32648", FENCE_FIELDS, rows, "fences"
    )
    fast, sink = both_ways(
        monkeypatch,
        "nuudel:fencepermeabilityaudit",
        {"INPUT": uri, "SUMMARY": "TEMPORARY_OUTPUT"},
        ["OUTPUT"],
        tmp_path,
        QgsFeatureRequest.GeometrySkipInvalid,
    )
    same_layers(fast["OUTPUT"], sink["OUTPUT"])
    assert QgsVectorLayer(fast["OUTPUT"], "x", "ogr").featureCount() == 39
