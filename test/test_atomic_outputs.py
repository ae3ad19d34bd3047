"""Files Nuudel writes itself (REPORT, OUTPUT_COST) are written beside the destination and
renamed onto it when complete: a run that fails or is killed mid-write never leaves a
half-written file that looks complete, and an older file stays as it was (issue 16)."""

import sys

import pytest
from helpers import features
from nuudel.processing import output
from qgis.core import QgsProcessingException
from test_nogo_mask import example_inputs, outputs, run


def _leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if "nuudel-part" in p.name)


def test_cost_raster_that_fails_midway_leaves_no_file(plugin, english, tmp_path, monkeypatch):
    """The burn fails after the study area is burnt: no GeoTIFF at OUTPUT_COST (it used to be
    left there, a raster of ones with no no-go cell), and an older raster is kept."""
    from nuudel.processing import raster

    params = {**example_inputs(tmp_path), **outputs(tmp_path)}
    cost = tmp_path / "out_cost.tif"
    real, calls = raster._burn, []

    def failing(ds, srs, polys, value, options):
        calls.append(value)
        if len(calls) > 1:
            raise QgsProcessingException("disk gone")
        real(ds, srs, polys, value, options)

    monkeypatch.setattr(raster, "_burn", failing)
    with pytest.raises(QgsProcessingException, match="disk gone"):
        run(params)
    assert not cost.exists()
    assert _leftovers(tmp_path) == []
    cost.write_bytes(b"older raster")
    calls.clear()
    with pytest.raises(QgsProcessingException, match="disk gone"):
        run({**params, "OUTPUT": str(tmp_path / "again.gpkg")})
    assert cost.read_bytes() == b"older raster"
    assert _leftovers(tmp_path) == []


def test_report_that_fails_midway_keeps_the_older_report(plugin, english, tmp_path, monkeypatch):
    """Writing the page fails (a character the file cannot hold): the older report is kept
    whole (it used to be emptied), and no temporary file is left."""
    from nuudel.processing import report

    params = {**example_inputs(tmp_path), **outputs(tmp_path)}
    page = tmp_path / "out_report.html"
    page.write_text("<p>older report</p>", encoding="utf-8")
    monkeypatch.setattr(report, "CSS", report.CSS + "\ud800")  # not encodable in UTF-8
    with pytest.raises((QgsProcessingException, UnicodeEncodeError)):
        run(params)
    assert page.read_text(encoding="utf-8") == "<p>older report</p>"
    assert _leftovers(tmp_path) == []


def test_complete_run_replaces_older_outputs(plugin, english, tmp_path):
    """A run that succeeds replaces the older report and raster; nothing temporary is left."""
    params = {**example_inputs(tmp_path), **outputs(tmp_path)}
    (tmp_path / "out_report.html").write_text("old", encoding="utf-8")
    (tmp_path / "out_cost.tif").write_bytes(b"old")
    result = run(params)
    assert "<h1>" in (tmp_path / "out_report.html").read_text(encoding="utf-8")
    assert (tmp_path / "out_cost.tif").read_bytes()[:2] in (b"II", b"MM")
    assert len(features(result["OUTPUT"])) == 3
    assert _leftovers(tmp_path) == []


def test_replacing_removes_the_temporary_file_on_error(tmp_path):
    target = tmp_path / "page.html"
    with pytest.raises(RuntimeError):
        with output.replacing(target) as temp:
            with open(temp, "w") as handle:
                handle.write("half")
            raise RuntimeError("killed")
    assert not target.exists() and _leftovers(tmp_path) == []


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX kill")
def test_killed_geopackage_sink_shows_no_partial_layer(tmp_path):
    """What QGIS's own sinks do when the process is killed mid-write (os._exit with the
    writer open): a GeoPackage layer is rolled back whole by SQLite's journal (a reader sees
    no layer), so sinks need no rename of their own."""
    import subprocess

    from osgeo import ogr

    path = tmp_path / "killed.gpkg"
    script = (
        "import os, sys\n"
        "from qgis.core import *\n"
        "from qgis.PyQt.QtCore import QVariant\n"
        "app = QgsApplication([], False); app.initQgis()\n"
        "fields = QgsFields(); fields.append(QgsField('a', QVariant.Int))\n"
        "opts = QgsVectorFileWriter.SaveVectorOptions(); opts.driverName = 'GPKG'\n"
        "w = QgsVectorFileWriter.create(sys.argv[1], fields, QgsWkbTypes.Point,\n"
        "    QgsCoordinateReferenceSystem('EPSG:4326'), QgsCoordinateTransformContext(), opts)\n"
        "feats = []\n"
        "for i in range(20000):\n"
        "    f = QgsFeature(fields); f.setAttributes([i])\n"
        "    f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(i % 90, 0))); feats.append(f)\n"
        "w.addFeatures(feats)\n"
        "os._exit(0)\n"
    )
    subprocess.run(
        [sys.executable, "-c", script, str(path)],
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
        check=True,
        timeout=120,
        capture_output=True,
    )
    ds = ogr.Open(str(path), 1)  # opening for update rolls the hot journal back
    names = [ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())] if ds else []
    counts = [ds.GetLayer(i).GetFeatureCount() for i in range(len(names))] if ds else []
    assert counts in ([], [0]) or 20000 in counts, (names, counts)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX exit")
def test_killed_fast_geopackage_fill_leaves_an_empty_layer(tmp_path):
    """Nuudel's own GeoPackage path: the sink's empty layer is closed, then filled by SQLite in
    one transaction. The process dies (os._exit) after 5,000 of 20,000 rows were inserted:
    the layer is there with 0 rows and feature count 0 (all or none), never 5,000."""
    import subprocess
    from pathlib import Path

    from osgeo import ogr

    plugins = Path(__file__).resolve().parent.parent / "build" / "plugins"
    path = tmp_path / "killed.gpkg"
    script = (
        "import os, sys\n"
        "sys.path.insert(0, sys.argv[2])\n"
        "from qgis.core import *\n"
        "from qgis.PyQt.QtCore import QVariant\n"
        "app = QgsApplication([], False); app.initQgis()\n"
        "import shapely\n"
        "from nuudel.processing import output\n"
        "fields = QgsFields(); fields.append(QgsField('a', QVariant.Int))\n"
        "opts = QgsVectorFileWriter.SaveVectorOptions(); opts.driverName = 'GPKG'\n"
        "opts.layerName = 'pts'\n"
        "w = QgsVectorFileWriter.create(sys.argv[1], fields, QgsWkbTypes.Point,\n"
        "    QgsCoordinateReferenceSystem('EPSG:4326'), QgsCoordinateTransformContext(), opts)\n"
        "del w\n"
        "class Dying:\n"
        "    def __iter__(self):\n"
        "        for i in range(20000):\n"
        "            if i == 5000:\n"
        "                os._exit(9)\n"
        "            yield i\n"
        "geoms = shapely.points([(i % 90, 0) for i in range(20000)])\n"
        "output._insert_gpkg(sys.argv[1], 'pts', fields, QgsWkbTypes.Point, geoms,\n"
        "    [Dying()], QgsProcessingFeedback())\n"
        "os._exit(0)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script, str(path), str(plugins)],
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
        timeout=120,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 9, proc.stderr[-2000:]  # died mid-fill, not before or after
    ds = ogr.Open(str(path), 1)  # opening for update rolls the hot journal back
    layer = ds.GetLayerByName("pts")
    assert layer is not None
    assert layer.GetFeatureCount() == 0
    assert ds.ExecuteSQL("SELECT count(*) FROM pts").GetNextFeature().GetField(0) == 0
