"""Data safety: no destination may be an input, no number may be NaN, every write is checked.

Each case copies the workshop GeoPackage, points a destination at the copy (as a layer, as
the whole file, through a symlink) and asserts the run refuses with an error naming both
parameters, and that the input's bytes are unchanged afterwards.
"""

import hashlib
import os
import shutil
from pathlib import Path

import pytest
from helpers import features, qgis_process
from qgis.core import QgsProcessingContext, QgsProcessingException, QgsProject

ROOT = Path(__file__).resolve().parent.parent
WORKSHOP = ROOT / "resources" / "workshop" / "nuudel_workshop.gpkg"
FENCE = "nuudel:fencepermeabilityaudit"
SPACING = "nuudel:crossingspacingcheck"
NOGO = "nuudel:nogoalignmentmask"


def digest(path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


@pytest.fixture
def gpkg(tmp_path):
    copy = tmp_path / "inventory.gpkg"
    shutil.copy(WORKSHOP, copy)
    return copy


def run(alg, parameters):
    import processing

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return processing.run(alg, parameters, context=context)


def fence_params(gpkg, **extra):
    params = {
        "INPUT": f"{gpkg}|layername=fences",
        "OUTPUT": "TEMPORARY_OUTPUT",
        "SUMMARY": "TEMPORARY_OUTPUT",
    }
    params.update(extra)
    return params


@pytest.mark.parametrize(
    "output",
    [
        "ogr:dbname='{gpkg}' table=\"fences\" (geom)",  # the input layer itself
        "{gpkg}",  # the whole input file
        "{link}",  # the file through a symlink
    ],
)
@pytest.mark.parametrize("name", ["OUTPUT", "SUMMARY"])
def test_output_onto_input_is_refused(plugin, gpkg, tmp_path, output, name):
    link = tmp_path / "link.gpkg"
    os.symlink(gpkg, link)
    before = digest(gpkg)
    dest = output.format(gpkg=gpkg, link=link)
    with pytest.raises(QgsProcessingException, match=rf"{name}.*INPUT"):
        run(FENCE, fence_params(gpkg, **{name: dest}))
    assert digest(gpkg) == before


def test_report_onto_input_is_refused(plugin, gpkg):
    before = digest(gpkg)
    with pytest.raises(QgsProcessingException, match="REPORT"):
        run(FENCE, fence_params(gpkg, REPORT=str(gpkg)))
    assert digest(gpkg) == before


def test_report_must_be_html(plugin, gpkg, tmp_path):
    with pytest.raises(QgsProcessingException, match=r"REPORT.*\.html"):
        run(FENCE, fence_params(gpkg, REPORT=str(tmp_path / "report.gpkg")))


def test_new_layer_in_the_input_geopackage_is_allowed(plugin, gpkg):
    """Another layer of the same GeoPackage is not the input: a common way to keep results."""
    dest = f"ogr:dbname='{gpkg}' table=\"verdicts\" (geom)"
    result = run(FENCE, fence_params(gpkg, OUTPUT=dest))
    assert "verdicts" in result["OUTPUT"]


def test_cost_raster_onto_input_is_refused(plugin, gpkg):
    before = digest(gpkg)
    params = {
        "STUDY_AREA": f"{gpkg}|layername=migration_range",
        "WATER": f"{gpkg}|layername=water",
        "OUTPUT": "TEMPORARY_OUTPUT",
        "OUTPUT_COST": str(gpkg),
    }
    with pytest.raises(QgsProcessingException, match="OUTPUT_COST"):
        run(NOGO, params)
    assert digest(gpkg) == before


def test_cost_raster_needs_raster_name(plugin, gpkg, tmp_path):
    params = {
        "STUDY_AREA": f"{gpkg}|layername=migration_range",
        "WATER": f"{gpkg}|layername=water",
        "OUTPUT": "TEMPORARY_OUTPUT",
        "OUTPUT_COST": str(tmp_path / "cost.html"),
    }
    with pytest.raises(QgsProcessingException, match=r"OUTPUT_COST.*\.tif"):
        run(NOGO, params)


def test_crossings_output_onto_crossings_input_is_refused(plugin, gpkg):
    before = digest(gpkg)
    params = {
        "INPUT": f"{gpkg}|layername=railway",
        "CROSSINGS": f"{gpkg}|layername=crossings",
        "OUTPUT": "TEMPORARY_OUTPUT",
        "OUTPUT_GAPS": "TEMPORARY_OUTPUT",
        "OUTPUT_PROPOSED": "TEMPORARY_OUTPUT",
        "OUTPUT_CROSSINGS": f"ogr:dbname='{gpkg}' table=\"crossings\" (geom)",
    }
    with pytest.raises(QgsProcessingException, match="OUTPUT_CROSSINGS.*CROSSINGS"):
        run(SPACING, params)
    assert digest(gpkg) == before


def test_report_in_read_only_folder_fails_before_work(plugin, gpkg, tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root writes into read-only folders")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        with pytest.raises(QgsProcessingException, match="REPORT"):
            run(FENCE, fence_params(gpkg, REPORT=str(locked / "r.html")))
    finally:
        locked.chmod(0o700)


def test_report_in_missing_folder_fails_before_work(plugin, gpkg, tmp_path):
    out = tmp_path / "verdicts.gpkg"
    with pytest.raises(QgsProcessingException, match="REPORT"):
        run(FENCE, fence_params(gpkg, OUTPUT=str(out), REPORT=str(tmp_path / "missing" / "r.html")))
    assert not out.exists()


@pytest.mark.parametrize(
    "alg,name,extra",
    [
        (SPACING, "MAX_SPACING", {}),
        (NOGO, "WATER_NOGO_BUFFER", {}),
        (NOGO, "RESOLUTION", {}),
    ],
)
@pytest.mark.parametrize("value", ["nan", "inf", "1e155"])
def test_nan_and_inf_numbers_are_refused(plugin, gpkg, alg, name, extra, value):
    if value == "1e155" and name == "RESOLUTION":
        pytest.skip("RESOLUTION is a cell size, not a distance parameter")
    if alg == SPACING:
        params = {
            "INPUT": f"{gpkg}|layername=railway",
            "CROSSINGS": f"{gpkg}|layername=crossings",
            "OUTPUT": "TEMPORARY_OUTPUT",
            "OUTPUT_GAPS": "TEMPORARY_OUTPUT",
            "OUTPUT_PROPOSED": "TEMPORARY_OUTPUT",
            "OUTPUT_CROSSINGS": "TEMPORARY_OUTPUT",
        }
    else:
        params = {
            "STUDY_AREA": f"{gpkg}|layername=migration_range",
            "WATER": f"{gpkg}|layername=water",
            "OUTPUT": "TEMPORARY_OUTPUT",
        }
    params[name] = value
    with pytest.raises(QgsProcessingException, match=name):
        run(alg, params)


def test_qgis_process_refuses_output_onto_input(plugin, gpkg):
    before = digest(gpkg)
    proc = qgis_process(
        "run",
        FENCE,
        "--",
        f"INPUT={gpkg}|layername=fences",
        f"OUTPUT=ogr:dbname='{gpkg}' table=\"fences\" (geom)",
        "SUMMARY=TEMPORARY_OUTPUT",
        check=False,
    )
    assert proc.returncode != 0
    assert "OUTPUT" in proc.stdout + proc.stderr and "INPUT" in proc.stdout + proc.stderr
    assert digest(gpkg) == before


@pytest.mark.parametrize("case", ["report", "symlink", "file"])
def test_qgis_process_refuses_the_input_file(plugin, gpkg, tmp_path, case):
    """The REPORT, a symlink to the input or the input's plain file as OUTPUT: refused with
    exit code != 0 and the input unchanged (each once replaced the whole GeoPackage)."""
    link = tmp_path / "link.gpkg"
    os.symlink(gpkg, link)
    dest = {
        "report": ("OUTPUT=TEMPORARY_OUTPUT", f"REPORT={gpkg}"),
        "symlink": (f"OUTPUT={link}",),
        "file": (f"OUTPUT={gpkg}",),
    }[case]
    before = digest(gpkg)
    proc = qgis_process(
        "run",
        FENCE,
        "--",
        f"INPUT={gpkg}|layername=fences",
        "SUMMARY=TEMPORARY_OUTPUT",
        *dest,
        check=False,
    )
    text = proc.stdout + proc.stderr
    assert proc.returncode != 0
    assert ("REPORT" if case == "report" else "OUTPUT") in text and "INPUT" in text, text
    assert digest(gpkg) == before


# -- profiles: meaning, not only types ------------------------------------------------------------
SHIPPED = Path(__file__).resolve().parent.parent / "resources" / "profiles" / "species.json"


def _profile(tmp_path, edit, text=None):
    import json

    data = json.loads(SHIPPED.read_text(encoding="utf-8"))
    edit(data)
    path = tmp_path / "profile.json"
    path.write_text(text if text is not None else json.dumps(data, indent=2), encoding="utf-8")
    return path


def _rule(data, rule_id):
    for rules in data["fence"]["rules"].values():
        for rule in rules:
            if rule["id"] == rule_id:
                return rule
    raise KeyError(rule_id)


def _set(rule_id, **values):
    return lambda data: _rule(data, rule_id).update(values)


@pytest.mark.parametrize(
    "edit,key,words",
    [
        (_set("F-BOTTOM", **{"pass": 41, "conditional": 46}), "pass", ">="),
        (_set("F-TOP", **{"pass": 107, "conditional": 102}), "pass", "<="),
        (_set("F-BOTTOM", **{"pass": -5, "conditional": -10}), "pass", ">= 0"),
        (lambda d: d["fence"]["rules"].update(crawl=[]), "fence.rules.crawl", "empty"),
        (lambda d: d["fence"].update(run_tolerance_m=-1), "run_tolerance_m", ">= 0"),
        (lambda d: d["crossings"]["max_spacing_m"].update(value=0), "max_spacing_m", "> 0"),
        (lambda d: d["nogo"]["water_nogo_m"].update(value=-50), "water_nogo_m", ">= 0"),
        (lambda d: d["fence"]["plausible_cm"]["bottom"].update(min=600), "bottom.max", ">"),
    ],
)
def test_profile_meaning_is_checked(tmp_path, edit, key, words):
    from nuudel.processing.core.profile import ProfileError, load_profile

    with pytest.raises(ProfileError) as err:
        load_profile(_profile(tmp_path, edit))
    message = err.value.render(lambda s: s)
    assert key in message and words in message and "line" in message, message


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_profile_nan_and_infinity_are_refused(tmp_path, constant):
    from nuudel.processing.core.profile import ProfileError, load_profile

    text = SHIPPED.read_text(encoding="utf-8").replace(
        '"openness_min": {"value": 1.5', f'"openness_min": {{"value": {constant}', 1
    )
    assert constant in text
    path = _profile(tmp_path, lambda d: None, text)
    with pytest.raises(ProfileError) as err:
        load_profile(path)
    assert constant in err.value.render(lambda s: s)


def test_profile_with_byte_order_mark_loads(tmp_path):
    from nuudel.processing.core.profile import load_profile

    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + SHIPPED.read_bytes())
    assert load_profile(path)["schema"] == "nuudel-profile/1"


@pytest.mark.parametrize("kind", ["utf16", "deep", "devzero", "fifo", "folder", "huge"])
def test_profile_that_is_not_a_profile_is_named(tmp_path, kind):
    """No crash and no hang: each comes back at once as a ProfileError naming the problem."""
    from nuudel.processing.core.profile import ProfileError, load_profile

    path = tmp_path / "bad.json"
    expected = {
        "utf16": "UTF-8",
        "deep": "nested",
        "devzero": "regular file",
        "fifo": "regular file",
        "folder": "regular file",
        "huge": "4 MB",
    }[kind]
    if kind == "utf16":
        path.write_bytes(SHIPPED.read_text(encoding="utf-8").encode("utf-16"))
    elif kind == "deep":
        path.write_text("[" * 100000 + "]" * 100000)
    elif kind == "devzero":
        os.symlink("/dev/zero", path)
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind == "folder":
        path.mkdir()
    else:
        path.write_bytes(b" " * (5 * 1024 * 1024))
    with pytest.raises(ProfileError) as err:
        load_profile(path)
    assert expected in err.value.render(lambda s: s)


def test_swapped_profile_is_refused_by_the_audit(plugin, gpkg, tmp_path):
    path = _profile(tmp_path, _set("F-BOTTOM", **{"pass": 41, "conditional": 46}))
    with pytest.raises(QgsProcessingException, match="F-BOTTOM|pass"):
        run(FENCE, fence_params(gpkg, PROFILE=str(path)))


# -- failed writes -----------------------------------------------------------------------------
@pytest.fixture
def full_disk(tmp_path):
    """A 256 kB tmpfs (root only): room for a GeoPackage's header, not for its rows."""
    import subprocess

    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    mount = tmp_path / "full"
    mount.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mount)], check=True)
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


@pytest.mark.parametrize("name", ["OUTPUT", "SUMMARY"])
def test_full_disk_is_an_error_not_an_empty_output(plugin, gpkg, full_disk, name):
    """Every write is checked: a run that cannot write its output fails and says which."""
    import processing

    padding = full_disk / "padding"
    params = fence_params(gpkg, **{name: str(full_disk / f"{name.lower()}.gpkg")})
    for size in (64, 128, 160, 192, 224):  # fill until the output no longer fits
        padding.write_bytes(b"\0" * size * 1024)
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        try:
            processing.run(FENCE, params, context=context)
        except QgsProcessingException as err:
            assert f"output {name}" in str(err), str(err)
            return
        except OSError:
            continue
    pytest.fail(f"{name} was written to a full disk without an error")


# -- bytes that are not UTF-8, coordinates that are not numbers ---------------------------------
def _corrupt_text(gpkg, table, column):
    """Put a byte that is not UTF-8 into ``column`` of every row of ``table`` (QGIS reads it)."""
    import sqlite3

    con = sqlite3.connect(gpkg)
    for name in ("ST_IsEmpty", "ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY"):
        con.create_function(name, 1, lambda _g: 0)  # the R-tree triggers' SpatiaLite calls
    con.execute(f'UPDATE "{table}" SET "{column}" = CAST(X\'73747261ff6e64\' AS TEXT)')
    con.commit()
    con.close()


def _nan_vertex(gpkg, table):
    """Give the first feature of ``table`` a NaN vertex; return its fid."""
    from osgeo import ogr

    ds = ogr.Open(str(gpkg), 1)
    layer = ds.GetLayerByName(table)
    feat = layer.GetNextFeature()
    geom = feat.GetGeometryRef().Clone()
    geom.SetPoint_2D(geom.GetPointCount() - 1, float("nan"), float("nan"))
    feat.SetGeometry(geom)
    layer.SetFeature(feat)
    fid = feat.GetFID()
    ds = None
    return fid


class Recorder:
    """Collects warnings through a real QgsProcessingFeedback."""

    def __new__(cls):
        from qgis.core import QgsProcessingFeedback

        class _Feedback(QgsProcessingFeedback):
            def __init__(self):
                super().__init__()
                self.warnings = []

            def pushWarning(self, text):
                self.warnings.append(text)
                super().pushWarning(text)

        return _Feedback()


def _run_with(alg, params):
    import processing

    feedback = Recorder()
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return processing.run(alg, params, context=context, feedback=feedback), feedback


def spacing_params(gpkg, **extra):
    params = {
        "INPUT": f"{gpkg}|layername=railway",
        "CROSSINGS": f"{gpkg}|layername=crossings",
        "ROUTE_FIELD": "name",
        "OUTPUT": "TEMPORARY_OUTPUT",
        "OUTPUT_GAPS": "TEMPORARY_OUTPUT",
        "OUTPUT_PROPOSED": "TEMPORARY_OUTPUT",
        "OUTPUT_CROSSINGS": "TEMPORARY_OUTPUT",
    }
    params.update(extra)
    return params


def test_bad_utf8_in_fence_type_is_unknown_with_reason(plugin, english, gpkg, tmp_path):
    _corrupt_text(gpkg, "fences", "fence_type")
    out = tmp_path / "verdicts.gpkg"
    _result, feedback = _run_with(FENCE, fence_params(gpkg, OUTPUT=str(out)))
    from helpers import features

    rows = features(str(out))
    assert rows and all(r["verdict"] == "unknown" for r in rows)
    assert all("not in the data model" in r["reasons"] for r in rows)
    assert any("not UTF-8" in w and "fence_type" in w for w in feedback.warnings)


def test_bad_utf8_in_route_names_runs(plugin, english, gpkg):
    _corrupt_text(gpkg, "railway", "name")
    _result, feedback = _run_with(SPACING, spacing_params(gpkg))
    assert any("not UTF-8" in w and "'name'" in w for w in feedback.warnings)


def test_bad_utf8_in_nogo_layer_runs(plugin, english, gpkg):
    _corrupt_text(gpkg, "alignment", "name")
    params = {
        "STUDY_AREA": f"{gpkg}|layername=migration_range",
        "WATER": f"{gpkg}|layername=water",
        "ALIGNMENT": f"{gpkg}|layername=alignment",
        "OUTPUT": "TEMPORARY_OUTPUT",
        "OUTPUT_CONFLICTS": "TEMPORARY_OUTPUT",
    }
    result, _feedback = _run_with(NOGO, params)
    assert result["OUTPUT_CONFLICTS"]


def test_nan_vertex_in_a_fence_is_unknown_and_counted(plugin, english, gpkg, tmp_path):
    fid = _nan_vertex(gpkg, "fences")
    out = tmp_path / "verdicts.gpkg"
    _result, feedback = _run_with(FENCE, fence_params(gpkg, OUTPUT=str(out)))
    from helpers import features

    rows = {r["fid"]: r for r in features(str(out))}
    assert rows[fid]["verdict"] == "unknown" and rows[fid]["len_m"] == 0
    assert any("NaN or infinite" in w and "1 features" in w for w in feedback.warnings)


def test_nan_vertex_in_a_route_is_counted(plugin, english, gpkg):
    _nan_vertex(gpkg, "railway")
    _result, feedback = _run_with(SPACING, spacing_params(gpkg))
    assert any("NaN or infinite" in w for w in feedback.warnings)


# -- the antimeridian -----------------------------------------------------------------------------
def test_length_across_the_antimeridian_is_its_own(tmp_path):
    """A 1.1 km line from 179.99 E to 179.99 W at 60 N is 1.1 km, not 20,000 km."""
    import shapely
    from nuudel.processing.core.geodesy import line_lengths

    lines = shapely.from_wkt(
        [
            "LINESTRING (179.99 60, -179.99 60)",
            "LINESTRING (-179.99 60, 179.99 60)",
            "MULTILINESTRING ((179.995 60, -179.995 60), (100 60, 100.01 60))",
        ]
    )
    # 0.02 degrees of longitude at 60 N: N(60) cos(60) * 0.02 * pi / 180
    expected = 6394209.17 * 0.5 * 0.02 * 3.141592653589793 / 180
    lengths = line_lengths(lines)
    assert lengths[0] == pytest.approx(expected, rel=1e-4)
    assert lengths[1] == pytest.approx(expected, rel=1e-4)
    assert lengths[2] == pytest.approx(expected / 2 * 1 + expected / 2, rel=1e-4)


def test_fence_across_the_antimeridian_through_the_audit(plugin, english, tmp_path):
    from helpers import features, write_gpkg

    uri = write_gpkg(
        tmp_path / "dateline.gpkg",
        "LineString",
        "EPSG:4326",
        {
            "fence_type": str,
            "height_cm": float,
            "bottom_cm": float,
            "top_gap_cm": float,
            "barbed": str,
        },
        [
            (
                "LINESTRING (179.99 60, -179.99 60)",
                {
                    "fence_type": "mesh",
                    "height_cm": 150,
                    "bottom_cm": 0,
                    "top_gap_cm": 10,
                    "barbed": "none",
                },
            )
        ],
        "fences",
    )
    out = tmp_path / "verdicts.gpkg"
    run(FENCE, {"INPUT": uri, "OUTPUT": str(out), "SUMMARY": "TEMPORARY_OUTPUT"})
    (row,) = features(str(out))
    assert row["len_m"] == pytest.approx(1116.0, abs=1.0)


def test_a_layer_that_changes_under_the_read_is_an_error(plugin, english, gpkg):
    """The layer says 500 features but 417 rows come back (as when another program writes it
    during the read): an error that says so, never a verdict on part of the inventory."""
    import sqlite3

    con = sqlite3.connect(gpkg)
    con.execute("UPDATE gpkg_ogr_contents SET feature_count = 500 WHERE table_name = 'fences'")
    con.commit()
    con.close()
    with pytest.raises(QgsProcessingException, match="another program"):
        run(FENCE, fence_params(gpkg))


def test_tiny_max_spacing_fails_before_allocating(plugin, english, gpkg):
    """MAX_SPACING 0.001 m on ~1,100 km of railway would propose ~5 x 10^9 crossings:
    refused at once with what to change, not a 10 GB run."""
    with pytest.raises(QgsProcessingException, match=r"MAX_SPACING 0\.001 m would propose"):
        run(SPACING, spacing_params(gpkg, MAX_SPACING=0.001))


# -- geometry collections ----------------------------------------------------------------------
def _collection_gpkg(tmp_path):
    """study: a GeometryCollection layer; polys: a polygon layer with one collection feature."""
    from osgeo import ogr, osr

    path = tmp_path / "collections.gpkg"
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32649)
    rows = {
        "study": (
            ogr.wkbGeometryCollection,
            [
                "GEOMETRYCOLLECTION (POLYGON ((500000 5000000, 510000 5000000, 510000 5010000, "
                "500000 5010000, 500000 5000000)), LINESTRING (500000 5000000, 520000 5020000))"
            ],
        ),
        "polys": (
            ogr.wkbUnknown,
            [
                "POLYGON ((500000 5000000, 504000 5000000, 504000 5010000, 500000 5010000, "
                "500000 5000000))",
                "GEOMETRYCOLLECTION (POLYGON ((506000 5000000, 510000 5000000, 510000 5010000, "
                "506000 5010000, 506000 5000000)), POINT (505000 5005000))",
            ],
        ),
        "water": (ogr.wkbPoint, ["POINT (505000 5005000)"]),
    }
    for name, (kind, wkts) in rows.items():
        layer = ds.CreateLayer(name, srs, kind)
        for wkt in wkts:
            feat = ogr.Feature(layer.GetLayerDefn())
            feat.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
            layer.CreateFeature(feat)
    ds = None
    return path


def test_study_area_with_a_collection_feature_uses_its_polygons(plugin, english, tmp_path):
    """A polygon layer one of whose features is a collection: its polygon is used (the study
    area is 40 + 40 km2), the point is left out and counted in a warning."""
    path = _collection_gpkg(tmp_path)
    result, feedback = _run_with(
        NOGO,
        {
            "STUDY_AREA": f"{path}|layername=polys",
            "WATER": f"{path}|layername=water",
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    from helpers import features

    total = sum(r["area_km2"] for r in features(result["OUTPUT"]))
    assert total == pytest.approx(80.0, rel=2e-3)
    assert any("geometry collections" in w and "1 other parts" in w for w in feedback.warnings)


def test_collection_layer_without_crs_says_what_to_do(plugin, english, tmp_path):
    path = _collection_gpkg(tmp_path)
    with pytest.raises(QgsProcessingException, match="geometrytype=Polygon"):
        run(
            NOGO,
            {
                "STUDY_AREA": f"{path}|layername=study",
                "WATER": f"{path}|layername=water",
                "OUTPUT": "TEMPORARY_OUTPUT",
            },
        )


@pytest.mark.parametrize("lock", ["EXCLUSIVE", "IMMEDIATE"])
def test_a_layer_held_by_another_writer(plugin, english, gpkg, lock):
    """Another program holds a write transaction on the input (rows deleted, not committed):
    the audit sees the last commit, all 417 rows, or refuses saying another program writes
    the layer -- never a verdict on part of the inventory."""
    import sqlite3

    con = sqlite3.connect(gpkg, timeout=0, isolation_level=None)
    try:
        con.execute(f"BEGIN {lock}")
        con.execute("DELETE FROM fences WHERE fid > 200")
        try:
            result = run(FENCE, fence_params(gpkg))
        except QgsProcessingException as err:
            assert "another program" in str(err) or "could not be read" in str(err), err
        else:
            assert len(features(result["OUTPUT"])) == 417
    finally:
        con.execute("ROLLBACK")
        con.close()


def _nuudel_algorithms():
    from qgis.core import QgsApplication

    return [
        a for a in QgsApplication.processingRegistry().algorithms() if a.provider().id() == "nuudel"
    ]


def test_every_algorithm_refuses_a_destination_onto_its_input(plugin, gpkg):
    """The check lives in the base class, so every algorithm (the newer ones too) refuses each
    of its vector destinations set to its first vector input's layer, naming both."""
    from qgis.core import QgsProcessingParameterFeatureSink, QgsProcessingParameterFeatureSource

    checked = []
    context = QgsProcessingContext()  # holds the layers the check loads until the test ends
    for alg in _nuudel_algorithms():
        if not hasattr(alg, "check_safety"):
            continue  # the EIA model: its child steps run the check (prepareAlgorithm)
        defs = alg.parameterDefinitions()
        source = next((d for d in defs if isinstance(d, QgsProcessingParameterFeatureSource)), None)
        sinks = [d for d in defs if isinstance(d, QgsProcessingParameterFeatureSink)]
        if source is None or not sinks:
            continue
        layer = f"{gpkg}|layername=fences"
        for sink in sinks:
            params = {source.name(): layer, sink.name(): f"ogr:dbname='{gpkg}' table=\"fences\""}
            with pytest.raises(QgsProcessingException, match=rf"{sink.name()}.*{source.name()}"):
                alg.check_safety(params, context)
            checked.append(f"{alg.name()}:{sink.name()}")
    names = {c.split(":")[0] for c in checked}
    assert {"roadtrafficbarrier", "barrierbehaviour", "landscapepermeability"} <= names, checked
    assert {"mitigationpriorities", "checkfenceinventory", "withindistance"} <= names, checked


@pytest.mark.parametrize("value", [float("nan"), float("inf"), "nan"])
def test_every_number_parameter_of_every_algorithm_refuses_nan(plugin, english, value):
    """NaN and infinity in any number or distance parameter of any algorithm: refused, naming
    the parameter (QGIS's own range check lets NaN through)."""
    from qgis.core import QgsProcessingParameterDistance, QgsProcessingParameterNumber

    checked = 0
    for alg in _nuudel_algorithms():
        if not hasattr(alg, "check_safety"):
            continue
        for d in alg.parameterDefinitions():
            if isinstance(d, (QgsProcessingParameterNumber, QgsProcessingParameterDistance)):
                with pytest.raises(
                    QgsProcessingException, match=rf"{d.name()} must be a finite number"
                ):
                    alg.check_safety({d.name(): value}, QgsProcessingContext())
                checked += 1
    assert checked >= 25, checked  # 28 in twelve algorithms today
