"""Robustness (issue 10): bad input, odd data and nothing lost, for all three algorithms.

A table of hand-written nasty cases run through processing.run (parametrized over the
algorithms where the guarantee is shared). The hypothesis properties of the cores are in
test/core/ (run without QGIS).

Hand computation used throughout: data in UTM zone 48N (EPSG:32648) near its central meridian
(easting 500,000), where the grid scale is k0 = 0.9996, so a grid distance d is d / 0.9996 true
metres on the ellipsoid and a grid area A is A / 0.9996² true square metres.
"""

import ast
import json
import math

import helpers
import pytest
from helpers import ROOT, Feedback, features, memory_layer, write_gpkg
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsGeometry,
    QgsProcessingException,
)
from worked_examples import FENCE_FIELDS, NAMED_CROSSING_FIELDS, PERMEABLE_STRAND, UNDERPASS

FENCE = "nuudel:fencepermeabilityaudit"
SPACING = "nuudel:crossingspacingcheck"
NOGO = "nuudel:nogoalignmentmask"
ALGS = (FENCE, SPACING, NOGO)
UTM = "EPSG:32648"
K0 = 0.9996
X0, Y0 = 500000, 4800000


def run(alg, params, feedback=None):
    return helpers.run(alg, params, feedback)


def grid(dx, dy=0.0):
    """Coordinates dx, dy metres east/north of the origin (X0, Y0)."""
    return f"{X0 + dx} {Y0 + dy}"


def reproject(wkt, crs, step=100.0):
    """``wkt`` (UTM) in ``crs``, densified first so straight UTM edges stay on the line."""
    geom = QgsGeometry.fromWkt(wkt)
    if crs == UTM or geom.isNull():
        return wkt
    if geom.type() != 0:  # not points
        geom = geom.densifyByDistance(step)
    geom.transform(
        QgsCoordinateTransform(
            QgsCoordinateReferenceSystem(UTM),
            QgsCoordinateReferenceSystem(crs),
            QgsCoordinateTransformContext(),
        )
    )
    return geom.asWkt(12)


def approx(value, rel=1e-3, abs_=1e-6):
    return pytest.approx(value, rel=rel, abs=abs_)


# -- scenarios: one small hand-computed data set per algorithm, in any CRS ---------------------
FENCE_ROWS = [  # 1 km grid segments along the northing Y0
    (f"LINESTRING ({grid(0)}, {grid(1000)})", PERMEABLE_STRAND),
    (
        f"LINESTRING ({grid(1000)}, {grid(2000)})",
        {
            "fence_type": "strand",
            "height_cm": 105.0,
            "bottom_cm": 43.0,
            "top_gap_cm": 27.0,
            "barbed": "top",
        },
    ),
    (f"LINESTRING ({grid(2000)}, {grid(2000, 1500)})", {"fence_type": "mesh"}),
]


def fence_case(tmp_path, crs=UTM, rows=None, geom_type="LineString", fields=None, **extra):
    tmp_path.mkdir(parents=True, exist_ok=True)
    rows = FENCE_ROWS if rows is None else rows
    tag = crs.replace(":", "_")
    uri = write_gpkg(
        tmp_path / f"fence_{tag}.gpkg",
        geom_type,
        crs,
        fields or FENCE_FIELDS,
        [(None if w is None else reproject(w, crs), v) for w, v in rows],
        "fences",
    )
    out = tmp_path / f"fence_out_{tag}"
    out.mkdir(exist_ok=True)
    params = {
        "INPUT": uri,
        "SPECIES": [0, 6, 3],
        "OUTPUT": str(out / "verdicts.gpkg"),
        "SUMMARY": str(out / "summary.gpkg"),
    }
    params.update(extra)
    return params


def fence_signature(result):
    rows = sorted(features(result["OUTPUT"]), key=lambda r: r["fid"])
    summary = {r["species"]: r for r in features(result["SUMMARY"])}
    return {
        "verdicts": [(r["v_mgaz"], r["v_argali"], r["v_khulan"]) for r in rows],
        "numbers": [r["len_m"] for r in rows]
        + [
            summary[c][k]
            for c in ("mgaz", "argali", "khulan")
            for k in (
                "permeable_km",
                "conditional_km",
                "barrier_km",
                "unknown_km",
                "longest_barrier_km",
            )
        ],
    }


SPACING_ROUTES = [(f"LINESTRING ({grid(0)}, {grid(10000)})", {"road": "A"})]
SPACING_CROSSINGS = [
    (f"POINT ({grid(1000)})", {"name": "A", **UNDERPASS}),
    (
        f"POINT ({grid(3500)})",
        {
            "name": "B",
            "crossing_type": "culvert",
            "width_m": 1.2,
            "height_m": 1.2,
            "length_m": 20.0,
        },
    ),
    (
        f"POINT ({grid(6000, 30)})",
        {
            "name": "C",
            "crossing_type": "bridge",
            "width_m": 30.0,
            "height_m": 5.0,
            "length_m": 10.0,
        },
    ),
    (f"POINT ({grid(8000, 500)})", {"name": "D"}),
]


def spacing_case(
    tmp_path,
    crs=UTM,
    routes=None,
    crossings=None,
    route_type="LineString",
    crossing_type="Point",
    crossing_crs=None,
    **extra,
):
    tmp_path.mkdir(parents=True, exist_ok=True)
    tag = crs.replace(":", "_")
    gpkg = tmp_path / f"spacing_{tag}.gpkg"
    routes = SPACING_ROUTES if routes is None else routes
    crossings = SPACING_CROSSINGS if crossings is None else crossings
    c_crs = crossing_crs or crs
    r = write_gpkg(
        gpkg,
        route_type,
        crs,
        {"road": str},
        [(None if w is None else reproject(w, crs), v) for w, v in routes],
        "routes",
    )
    c = write_gpkg(
        gpkg,
        crossing_type,
        c_crs,
        NAMED_CROSSING_FIELDS,
        [(None if w is None else reproject(w, c_crs), v) for w, v in crossings],
        "crossings",
    )
    out = tmp_path / f"spacing_out_{tag}"
    out.mkdir(exist_ok=True)
    params = {
        "INPUT": r,
        "CROSSINGS": c,
        "SPECIES": [0],
        "MAX_SPACING": 2000,
        "SNAP_TOLERANCE": 100,
        "OUTPUT_CROSSINGS": str(out / "crossings.gpkg"),
        "OUTPUT_GAPS": str(out / "gaps.gpkg"),
        "OUTPUT_PROPOSED": str(out / "proposed.gpkg"),
    }
    params.update(extra)
    return params


def spacing_signature(result):
    crossings = sorted(features(result["OUTPUT_CROSSINGS"]), key=lambda r: r["name"] or "")
    gaps = sorted(features(result["OUTPUT_GAPS"]), key=lambda r: (r["species"], r["from_km"]))
    proposed = sorted(r["chainage_km"] for r in features(result["OUTPUT_PROPOSED"]))
    return {
        "verdicts": [(r["name"], r["suitability"], r["matched"]) for r in crossings]
        + [g["status"] for g in gaps],
        "numbers": [r["chainage_km"] or 0.0 for r in crossings]
        + [r["offset_m"] or 0.0 for r in crossings]
        + [g[k] for g in gaps for k in ("from_km", "to_km", "length_m", "excess_m")]
        + proposed,
    }


NOGO_STUDY = (
    f"POLYGON (({grid(0)}, {grid(10000)}, {grid(10000, 10000)}, {grid(0, 10000)}, {grid(0)}))"
)
NOGO_SQUARE = (
    f"POLYGON (({grid(4000, 4000)}, {grid(6000, 4000)}, {grid(6000, 6000)}, "
    f"{grid(4000, 6000)}, {grid(4000, 4000)}))"
)


def nogo_case(tmp_path, crs=UTM, study=NOGO_STUDY, **extra):
    tmp_path.mkdir(parents=True, exist_ok=True)
    tag = crs.replace(":", "_")
    gpkg = tmp_path / f"nogo_{tag}.gpkg"
    params = {
        "STUDY_AREA": write_gpkg(
            gpkg, "Polygon", crs, {"id": int}, [(reproject(study, crs), {"id": 1})], "study"
        ),
        "NOGO": [
            write_gpkg(
                gpkg,
                "Polygon",
                crs,
                {"id": int},
                [(reproject(NOGO_SQUARE, crs), {"id": 1})],
                "protected",
            )
        ],
        "NOGO_BUFFER": 500,
        "WATER": write_gpkg(
            gpkg,
            "Point",
            crs,
            {"id": int},
            [(reproject(f"POINT ({grid(1000, 1000)})", crs), {"id": 1})],
            "water",
        ),
        "ALIGNMENT": write_gpkg(
            gpkg,
            "LineString",
            crs,
            {"name": str},
            [
                (
                    reproject(f"LINESTRING ({grid(0, 5000)}, {grid(10000, 5000)})", crs),
                    {"name": "rail"},
                )
            ],
            "alignment",
        ),
        "OUTPUT": str(tmp_path / f"nogo_zones_{tag}.gpkg"),
        "OUTPUT_CONFLICTS": str(tmp_path / f"nogo_conflicts_{tag}.gpkg"),
    }
    params.update(extra)
    return params


def nogo_signature(result):
    zones = {r["zone"]: r for r in features(result["OUTPUT"])}
    conflicts = features(result["OUTPUT_CONFLICTS"])
    by_zone = {
        z: sum(r["length_m"] for r in conflicts if r["zone"] == z)
        for z in ("nogo", "caution", "suitable")
    }
    return {
        "verdicts": sorted(zones) + [r["zone"] for r in conflicts],
        "numbers": [zones[z]["area_km2"] for z in ("nogo", "caution", "suitable")]
        + [by_zone[z] for z in ("nogo", "caution", "suitable")],
    }


CASES = {
    FENCE: (fence_case, fence_signature),
    SPACING: (spacing_case, spacing_signature),
    NOGO: (nogo_case, nogo_signature),
}
SHORT = {FENCE: "fence", SPACING: "spacing", NOGO: "nogo"}


# == 2. CRS ====================================================================================
def test_utm_scenarios_match_the_hand_computation(plugin, english, tmp_path):
    """The UTM run of each scenario, against numbers computed by hand."""
    km = 1 / K0  # true km per grid km
    fence = fence_signature(run(FENCE, fence_case(tmp_path)))
    assert fence["verdicts"] == [
        ("permeable", "permeable", "barrier"),
        ("conditional", "conditional", "barrier"),
        ("barrier", "barrier", "barrier"),
    ]
    # len_m; then per species permeable, conditional, barrier, unknown, longest barrier (km,
    # rounded to metres)
    assert fence["numbers"] == approx(
        [
            1000 * km,
            1000 * km,
            1500 * km,
            1 * km,
            1 * km,
            1.5 * km,
            0,
            1.5 * km,
            1 * km,
            1 * km,
            1.5 * km,
            0,
            1.5 * km,
            0,
            0,
            3.5 * km,
            0,
            3.5 * km,
        ],
        rel=1e-4,
        abs_=6e-4,
    )
    spacing = spacing_signature(run(SPACING, spacing_case(tmp_path)))
    assert spacing["verdicts"] == [
        ("A", "suitable", "yes"),
        ("B", "unsuitable", "yes"),
        ("C", "suitable", "yes"),
        ("D", "unmatched", "no"),
        "ok",
        "too_long",
        "too_long",
    ]
    # chainages (D unmatched: none), offsets, gaps (from, to, length, excess),
    # proposed: 1 + 5/3, 1 + 10/3 and 8 km
    assert spacing["numbers"] == approx(
        [
            1 * km,
            3.5 * km,
            6 * km,
            0,
            0,
            0,
            30 * km,
            500 * km,
            0,
            1 * km,
            1000 * km,
            0,
            1 * km,
            6 * km,
            5000 * km,
            5000 * km - 2000,
            6 * km,
            10 * km,
            4000 * km,
            4000 * km - 2000,
            (1 + 5 / 3) * km,
            (1 + 10 / 3) * km,
            8 * km,
        ],
        rel=1e-4,
        abs_=5e-4,
    )  # chainages in km are rounded to the metre
    nogo = nogo_signature(run(NOGO, nogo_case(tmp_path)))
    # no-go: 2 km square grown by 500 m (9 - (4 - pi) / 4 km²) + the 50 m water disk; caution:
    # the 200 m water disk minus the 50 m one; suitable: the rest of the 100 km² study area.
    # Buffers are true metres, so the buffered areas need no scale; the square itself does.
    water_nogo, water_caution = math.pi * 0.05**2, math.pi * (0.2**2 - 0.05**2)
    square = 4 * km**2 + 4 * 2 * km * 0.5 + math.pi * 0.25
    study = 100 * km**2
    assert nogo["verdicts"] == ["caution", "nogo", "suitable", "suitable", "nogo", "suitable"]
    assert nogo["numbers"] == approx(
        [
            square + water_nogo,
            water_caution,
            study - square - water_nogo - water_caution,
            3000 * km + 0 * 0,
            0,
            7000 * km,
        ],
        rel=2e-3,
    )


@pytest.fixture(scope="module")
def utm_signatures(plugin, tmp_path_factory):
    """signature(alg) of each scenario's UTM run, run once per module."""
    cache = {}

    def get(alg):
        if alg not in cache:
            build, signature = CASES[alg]
            cache[alg] = signature(run(alg, build(tmp_path_factory.mktemp("utm"))))
        return cache[alg]

    return get


@pytest.mark.parametrize("crs", ["EPSG:4326", "EPSG:3857"])
@pytest.mark.parametrize("alg", ALGS, ids=SHORT.get)
def test_same_answer_in_every_crs(plugin, english, tmp_path, alg, crs, utm_signatures):
    """Geographic, UTM and Web Mercator copies of the same data: the same verdicts and the
    same lengths, chainages and areas within 0.1 %."""
    build, signature = CASES[alg]
    base = utm_signatures(alg)
    other = signature(run(alg, build(tmp_path / "other", crs)))
    assert other["verdicts"] == base["verdicts"]
    assert other["numbers"] == pytest.approx(base["numbers"], rel=1e-3, abs=1e-3)


def test_spacing_layers_in_different_crs_combine(plugin, english, tmp_path, utm_signatures):
    """Routes in Web Mercator, crossings in degrees: the same answer as all in UTM."""
    base = utm_signatures(SPACING)
    mixed = spacing_signature(
        run(SPACING, spacing_case(tmp_path / "b", "EPSG:3857", crossing_crs="EPSG:4326"))
    )
    assert mixed["verdicts"] == base["verdicts"]
    assert mixed["numbers"] == pytest.approx(base["numbers"], rel=1e-3, abs=1e-3)


def _undefined_crs_gpkg(path, srs_id, geom_type, wkt, fields):
    """A GeoPackage layer whose srs_id is 0 (undefined geographic) or -1 (undefined
    Cartesian): what OGR writes for data without a CRS."""
    import sqlite3

    uri = write_gpkg(path, geom_type, UTM, fields, [(wkt, {})], "nocrs")
    with sqlite3.connect(str(path)) as con:
        con.execute("UPDATE gpkg_geometry_columns SET srs_id = ?", (srs_id,))
    return uri


def _no_crs_memory(geom_type, wkt, fields):
    layer = memory_layer(geom_type, "", fields, [(wkt, {})], "no_crs_layer")
    assert not layer.crs().isValid()
    return layer


NO_CRS_KINDS = ("memory", "gpkg_srs0", "gpkg_srs-1")


def _no_crs_input(kind, tmp_path, geom_type, wkt, fields):
    if kind == "memory":
        return _no_crs_memory(geom_type, wkt, fields), "no_crs_layer"
    srs = 0 if kind == "gpkg_srs0" else -1
    return _undefined_crs_gpkg(tmp_path / f"nocrs_{srs}.gpkg", srs, geom_type, wkt, fields), "nocrs"


@pytest.mark.parametrize("kind", NO_CRS_KINDS)
@pytest.mark.parametrize("alg", ALGS, ids=SHORT.get)
def test_layer_without_crs_is_a_clear_error(plugin, english, tmp_path, alg, kind):
    """A layer whose CRS has no definition: an error naming the layer and what to do."""
    line = f"LINESTRING ({grid(0)}, {grid(1000)})"
    if alg == FENCE:
        bad, name = _no_crs_input(kind, tmp_path, "LineString", line, FENCE_FIELDS)
        params = fence_case(tmp_path, INPUT=bad)
    elif alg == SPACING:
        bad, name = _no_crs_input(
            kind, tmp_path, "Point", f"POINT ({grid(500)})", NAMED_CROSSING_FIELDS
        )
        params = spacing_case(tmp_path, CROSSINGS=bad)
    else:
        bad, name = _no_crs_input(kind, tmp_path, "LineString", line, {"name": str})
        params = nogo_case(tmp_path, ALIGNMENT=bad)
    with pytest.raises(QgsProcessingException) as err:
        run(alg, params)
    message = str(err.value)
    assert name in message and "coordinate reference system" in message, message
    assert "EPSG:4326" in message  # says what to do


@pytest.mark.parametrize("alg", ALGS, ids=SHORT.get)
def test_metres_labelled_as_degrees_is_a_clear_error(plugin, english, tmp_path, alg):
    """UTM coordinates in a layer said to be EPSG:4326 (degrees and metres mixed up): an
    error naming the layer, the CRS and what to do, never lengths of millions of km."""
    line = [(f"LINESTRING ({grid(0)}, {grid(1000)})", PERMEABLE_STRAND if alg == FENCE else {})]
    bad = write_gpkg(
        tmp_path / "labelled.gpkg",
        "LineString",
        "EPSG:4326",
        FENCE_FIELDS if alg == FENCE else {"name": str},
        line,
        "mislabelled",
    )
    if alg == FENCE:
        params = fence_case(tmp_path, INPUT=bad)
    elif alg == SPACING:
        params = spacing_case(tmp_path, INPUT=bad)
    else:
        params = nogo_case(tmp_path, ALIGNMENT=bad)
    with pytest.raises(QgsProcessingException) as err:
        run(alg, params)
    message = str(err.value)
    assert "labelled" in message and "EPSG:4326" in message and "not degrees" in message
    assert "501000, 4800000" in message and "UTM zone" in message


# == 3. Geometry ==============================================================================
ARC = f"CIRCULARSTRING ({grid(0)}, {grid(500, 500)}, {grid(1000)})"  # half circle, r = 500 m
FENCE_GEOMETRIES = {
    # geometry type: (rows [(wkt, expected grid length m)])
    "LineStringZ": [(f"LINESTRING Z ({grid(0)} 1000, {grid(1000)} 1040)", 1000)],
    "LineStringM": [(f"LINESTRING M ({grid(0)} 0, {grid(1000)} 1000)", 1000)],
    "LineStringZM": [(f"LINESTRING ZM ({grid(0)} 1000 0, {grid(1000)} 1040 1000)", 1000)],
    "MultiLineString": [
        (f"MULTILINESTRING (({grid(0)}, {grid(1000)}), ({grid(0, 100)}, {grid(1000, 100)}))", 2000)
    ],
    "MultiLineStringZ": [(f"MULTILINESTRING Z (({grid(0)} 5, {grid(1000)} 5))", 1000)],
    "CircularString": [(ARC, 500 * math.pi)],
    "CompoundCurve": [
        (f"COMPOUNDCURVE ({ARC}, ({grid(1000)}, {grid(2000)}))", 500 * math.pi + 1000),
        (f"COMPOUNDCURVE (({grid(0, 50)}, {grid(700, 50)}))", 700),
    ],
    "MultiCurve": [
        (f"MULTICURVE ({ARC}, ({grid(0, -10)}, {grid(300, -10)}))", 500 * math.pi + 300)
    ],
    "LineString": [  # zero length, duplicate consecutive points, null and empty geometries
        (f"LINESTRING ({grid(0)}, {grid(0)})", 0),
        (f"LINESTRING ({grid(0)}, {grid(0)}, {grid(1000)}, {grid(1000)}, {grid(1000)})", 1000),
        (None, 0),
        ("LINESTRING EMPTY", 0),
        (f"LINESTRING ({grid(0, 20)}, {grid(1000, 20)})", 1000),
    ],
}


@pytest.mark.parametrize("geom_type", list(FENCE_GEOMETRIES))
def test_fence_geometry_types(plugin, english, tmp_path, geom_type):
    """Curves from a GeoPackage, Z/M, multipart, zero-length, duplicate points, null and empty:
    every feature comes out once with its hand-computed length; verdict lengths add up."""
    cases = FENCE_GEOMETRIES[geom_type]
    rows = [(wkt, PERMEABLE_STRAND) for wkt, _ in cases]
    feedback = Feedback()
    result = run(FENCE, fence_case(tmp_path, rows=rows, geom_type=geom_type), feedback)
    out = sorted(features(result["OUTPUT"]), key=lambda r: r["fid"])
    assert len(out) == len(cases)  # counts in = counts out
    for row, (wkt, grid_m) in zip(out, cases):
        assert row["len_m"] == approx(grid_m / K0, rel=1e-4), wkt
        if grid_m:
            assert row["v_mgaz"] == "permeable", wkt
        empty = wkt is None or "EMPTY" in wkt
        if empty:
            assert row["verdict"] == "unknown" and "no geometry" in row["reasons"]
    if any(w is None or "EMPTY" in w for w, _ in cases):
        assert any("2 features have no geometry" in w for w in feedback.warnings)
    if any(g == 0 and w and "EMPTY" not in w for w, g in cases):
        assert any("invalid" in w for w in feedback.warnings), feedback.warnings
    total = sum(g for _, g in cases) / K0 / 1000
    for s in features(result["SUMMARY"]):
        parts = [s[k] for k in ("permeable_km", "conditional_km", "barrier_km", "unknown_km")]
        assert sum(parts) == approx(total, rel=1e-4, abs_=2e-3), s["species"]


SPACING_ROUTE_GEOMETRIES = {
    # route geometry type: (route wkt, route grid length, crossing at grid(x), its chainage)
    "LineStringZ": (f"LINESTRING Z ({grid(0)} 900, {grid(5000)} 1300)", 5000, 1000, 1000),
    "LineStringM": (f"LINESTRING M ({grid(0)} 0, {grid(5000)} 5)", 5000, 1000, 1000),
    "LineStringZM": (f"LINESTRING ZM ({grid(0)} 9 0, {grid(5000)} 9 5)", 5000, 1000, 1000),
    "MultiLineStringZ": (
        f"MULTILINESTRING Z (({grid(0)} 1, {grid(2500)} 1), ({grid(2500)} 1, {grid(5000)} 1))",
        5000,
        1000,
        1000,
    ),
    "CompoundCurve": (
        f"COMPOUNDCURVE ({ARC}, ({grid(1000)}, {grid(5000)}))",
        500 * math.pi + 4000,
        2000,
        500 * math.pi + 1000,
    ),
    "CircularString": (
        f"CIRCULARSTRING ({grid(0)}, {grid(2500, 2500)}, {grid(5000)})",
        2500 * math.pi,
        0,
        0,
    ),
}


@pytest.mark.parametrize("geom_type", list(SPACING_ROUTE_GEOMETRIES))
def test_spacing_route_geometry_types(plugin, english, tmp_path, geom_type):
    """Curved, Z, M and multipart routes: true route length and chainage as computed by hand;
    the gaps partition the route."""
    wkt, length, x, chainage = SPACING_ROUTE_GEOMETRIES[geom_type]
    crossings = [(f"POINT ({grid(x)})", {"name": "A", **UNDERPASS})]
    result = run(
        SPACING,
        spacing_case(
            tmp_path,
            routes=[(wkt, {"road": "r"})],
            crossings=crossings,
            route_type=geom_type,
            MAX_SPACING=100000,
        ),
    )
    row = features(result["OUTPUT_CROSSINGS"])
    assert len(row) == 1 and row[0]["matched"] == "yes"
    # chainage_km is rounded to the metre
    assert row[0]["chainage_km"] * 1000 == approx(chainage / K0, rel=1e-4, abs_=0.5)
    gaps = features(result["OUTPUT_GAPS"])
    assert sum(g["length_m"] for g in gaps) == approx(length / K0, rel=1e-4)
    assert len(gaps) == (2 if 0 < chainage < length else 1)


@pytest.mark.parametrize("geom_type", ["PointZ", "PointM", "PointZM", "MultiPoint"])
def test_spacing_crossing_geometry_types(plugin, english, tmp_path, geom_type):
    """Z, M and multipoint crossings, plus null and empty ones: all kept, the null and empty
    ones unmatched with the reason."""
    z = {"PointZ": " Z", "PointM": " M", "PointZM": " ZM"}.get(geom_type, "")
    extra = {" Z": " 7", " M": " 3", " ZM": " 7 3"}.get(z, "")
    if geom_type == "MultiPoint":
        point = f"MULTIPOINT (({grid(1000)}), ({grid(9000)}))"
        empty = "MULTIPOINT EMPTY"
    else:
        point = f"POINT{z} ({grid(1000)}{extra})"
        empty = f"POINT{z} EMPTY"
    crossings = [
        (point, {"name": "A", **UNDERPASS}),
        (None, {"name": "N", **UNDERPASS}),
        (empty, {"name": "E", **UNDERPASS}),
    ]
    feedback = Feedback()
    result = run(
        SPACING, spacing_case(tmp_path, crossings=crossings, crossing_type=geom_type), feedback
    )
    rows = {r["name"]: r for r in features(result["OUTPUT_CROSSINGS"])}
    assert sorted(rows) == ["A", "E", "N"]
    assert rows["A"]["matched"] == "yes"
    assert rows["A"]["chainage_km"] == approx(1 / K0, rel=1e-4, abs_=5e-4)  # to the metre
    for name in "NE":
        assert rows[name]["matched"] == "no" and rows[name]["suitability"] == "unmatched"
        assert "no geometry" in rows[name]["reasons"]
    assert any("2 of 3 crossings are not on a route" in w for w in feedback.warnings)


def test_spacing_nasty_route_features(plugin, english, tmp_path):
    """Null and empty route features and duplicate points beside a real route:
    a warning for the missing geometries, the real route measured as by hand."""
    routes = [
        (f"LINESTRING ({grid(0)}, {grid(0)}, {grid(5000)}, {grid(5000)})", {"road": "a"}),
        (None, {"road": "n"}),
        ("LINESTRING EMPTY", {"road": "e"}),
    ]
    crossings = [(f"POINT ({grid(2000)})", {"name": "A", **UNDERPASS})]
    for extra in ({}, {"ROUTE_FIELD": "road"}):
        feedback = Feedback()
        result = run(
            SPACING, spacing_case(tmp_path, routes=routes, crossings=crossings, **extra), feedback
        )
        assert any("2 route features have no geometry" in w for w in feedback.warnings)
        gaps = features(result["OUTPUT_GAPS"])
        assert sum(g["length_m"] for g in gaps) == approx(5000 / K0, rel=1e-4)
        assert sorted(round(g["from_km"] * K0, 3) for g in gaps) == [0, 2]
        row = features(result["OUTPUT_CROSSINGS"])[0]
        assert row["chainage_km"] == approx(2 / K0, rel=1e-4)


def test_spacing_zero_length_route_adds_nothing(plugin, english, tmp_path):
    """A route whose points all coincide (GEOS cannot densify it) adds no length, no crash."""
    routes = [
        (f"LINESTRING ({grid(0)}, {grid(5000)})", {"road": "a"}),
        (f"LINESTRING ({grid(20000)}, {grid(20000)})", {"road": "z"}),
    ]
    crossings = [(f"POINT ({grid(2000)})", {"name": "A", **UNDERPASS})]
    result = run(SPACING, spacing_case(tmp_path, routes=routes, crossings=crossings))
    gaps = features(result["OUTPUT_GAPS"])
    assert sum(g["length_m"] for g in gaps) == approx(5000 / K0, rel=1e-4)


def test_spacing_invalid_zone_is_repaired_with_a_warning(plugin, english, tmp_path):
    """A self-intersecting (bow-tie) zone is repaired with make_valid and counted in a
    warning; its two triangles touch at the route, so 0-4 km of it lie in the zone."""
    bowtie = (
        f"POLYGON (({grid(0, -1000)}, {grid(4000, 1000)}, {grid(4000, -1000)}, "
        f"{grid(0, 1000)}, {grid(0, -1000)}))"
    )
    zones = write_gpkg(
        tmp_path / "zones.gpkg", "Polygon", UTM, {"id": int}, [(bowtie, {"id": 1})], "zones"
    )
    feedback = Feedback()
    result = run(SPACING, spacing_case(tmp_path, crossings=[], ZONES=zones), feedback)
    assert any("1 invalid zone polygons were repaired" in w for w in feedback.warnings)
    gaps = features(result["OUTPUT_GAPS"])
    # the two triangles meet the route (y = Y0) from 0 to 4 km: all of it inside
    assert [g["zone_m"] for g in gaps] == approx([4000 / K0], rel=1e-4)


def test_nogo_curved_z_m_and_nasty_geometries(plugin, english, tmp_path):
    """A curved study area (circle r = 2 km from a GeoPackage), Z no-go polygons, M water
    points, a ZM alignment, and null/empty features in every layer: hand-computed areas and
    lengths, warnings for the missing geometries."""
    gpkg = tmp_path / "odd.gpkg"
    circle = (
        f"CURVEPOLYGON (CIRCULARSTRING ({X0 + 3000} {Y0 + 5000}, {X0 + 7000} {Y0 + 5000}, "
        f"{X0 + 3000} {Y0 + 5000}))"
    )
    study = write_gpkg(gpkg, "CurvePolygon", UTM, {"id": int}, [(circle, {"id": 1})], "study")
    square = (
        f"POLYGON Z (({grid(4500, 4500)} 10, {grid(5500, 4500)} 10, "
        f"{grid(5500, 5500)} 10, {grid(4500, 5500)} 10, {grid(4500, 4500)} 10))"
    )
    nogo = write_gpkg(
        gpkg,
        "MultiPolygonZ",
        UTM,
        {"id": int},
        [
            (square.replace("POLYGON Z (", "MULTIPOLYGON Z ((") + ")", {"id": 1}),
            (None, {"id": 2}),
            ("MULTIPOLYGON Z EMPTY", {"id": 3}),
        ],
        "pa",
    )
    water = write_gpkg(
        gpkg,
        "PointM",
        UTM,
        {"id": int},
        [(f"POINT M ({grid(5000, 3500)} 4)", {"id": 1}), (None, {"id": 2})],
        "water",
    )
    line = write_gpkg(
        gpkg,
        "LineStringZM",
        UTM,
        {"name": str},
        [
            (f"LINESTRING ZM ({grid(3000, 5000)} 1 0, {grid(7000, 5000)} 1 9)", {"name": "road"}),
            (None, {"name": "ghost"}),
        ],
        "road",
    )
    feedback = Feedback()
    result = run(
        NOGO,
        {
            "STUDY_AREA": study,
            "NOGO": [nogo],
            "WATER": water,
            "ALIGNMENT": line,
            "OUTPUT": str(tmp_path / "z.gpkg"),
            "OUTPUT_CONFLICTS": str(tmp_path / "c.gpkg"),
        },
        feedback,
    )
    zones = {r["zone"]: r["area_km2"] for r in features(result["OUTPUT"])}
    km2 = 1 / K0**2
    water_nogo, water_caution = math.pi * 0.05**2, math.pi * (0.2**2 - 0.05**2)
    assert zones["nogo"] == approx(1 * km2 + water_nogo, rel=2e-3)
    assert zones["caution"] == approx(water_caution, rel=2e-3)
    assert sum(zones.values()) == approx(4 * math.pi * km2, rel=1e-4)
    lengths = {}
    for r in features(result["OUTPUT_CONFLICTS"]):
        lengths[r["zone"]] = lengths.get(r["zone"], 0) + r["length_m"]
    assert lengths["nogo"] == approx(1000 / K0, rel=1e-4)
    assert lengths["suitable"] == approx(3000 / K0, rel=1e-4)
    text = " ".join(feedback.warnings)
    assert "'pa': 2 features have no geometry" in text
    assert "'water': 1 features have no geometry" in text
    assert "'road': 1 features have no geometry" in text


# == 4. Attributes ============================================================================
MISSING_FIELD_CASES = {
    # id: (algorithm, parameter overrides, missing field, fields the message must list)
    "fence-mapped": (FENCE, {"HEIGHT_FIELD": "hoehe"}, "hoehe", list(FENCE_FIELDS)),
    "spacing-width": (SPACING, {"WIDTH_FIELD": "breite"}, "breite", list(NAMED_CROSSING_FIELDS)),
    "spacing-route": (SPACING, {"ROUTE_FIELD": "road_nm"}, "road_nm", ["road"]),
}


@pytest.mark.parametrize("case", list(MISSING_FIELD_CASES))
def test_missing_mapped_field_names_it_and_lists_the_fields(plugin, english, tmp_path, case):
    alg, extra, field, present = MISSING_FIELD_CASES[case]
    params = CASES[alg][0](tmp_path, **extra)
    with pytest.raises(QgsProcessingException) as err:
        run(alg, params)
    message = str(err.value)
    assert f"'{field}'" in message, message
    assert ", ".join(present) in message, message


def test_fence_default_field_missing_lists_the_fields(plugin, english, tmp_path):
    """A default field name that the layer does not have (no explicit mapping) is an error too."""
    fields = {k: v for k, v in FENCE_FIELDS.items() if k != "top_gap_cm"}
    rows = [(FENCE_ROWS[0][0], {"fence_type": "strand"})]
    with pytest.raises(QgsProcessingException) as err:
        run(FENCE, fence_case(tmp_path, rows=rows, fields=fields))
    assert "'top_gap_cm'" in str(err.value)
    assert "fence_type, height_cm, bottom_cm, barbed" in str(err.value)


def test_fence_text_values_and_impossible_values_per_feature(plugin, english, tmp_path):
    """Text fields: "45", "45 cm" read (41 <= 45 < 46: conditional for a crawler), "0,45" is
    0.45 cm (a barrier), "" missing, "abc" unreadable, 4,500 cm and a negative top wire
    physically impossible: unknown with the reason, feature by feature."""
    text = {k: str for k in FENCE_FIELDS}
    bottoms = ["45", "45 cm", "0,45", "", "abc", "4500", "50"]
    heights = ["100"] * 6 + ["-20"]
    rows = [
        (
            f"LINESTRING ({grid(1000 * i)}, {grid(1000 * i + 1000)})",
            {
                "fence_type": "strand",
                "height_cm": h,
                "bottom_cm": b,
                "top_gap_cm": "30",
                "barbed": "none",
            },
        )
        for i, (b, h) in enumerate(zip(bottoms, heights))
    ]
    feedback = Feedback()
    result = run(FENCE, fence_case(tmp_path, rows=rows, fields=text), feedback)
    out = sorted(features(result["OUTPUT"]), key=lambda r: r["fid"])
    assert [r["v_mgaz"] for r in out] == [
        "conditional",
        "conditional",
        "barrier",
        "unknown",
        "unknown",
        "unknown",
        "permeable",
    ]
    assert [r["v_argali"] for r in out] == ["permeable"] * 6 + ["unknown"]
    assert "F-BOTTOM: bottom_cm missing" in out[3]["reasons"]
    assert "F-BOTTOM: bottom_cm not readable" in out[4]["reasons"]
    assert "F-BOTTOM: bottom_cm physically impossible" in out[5]["reasons"]
    assert "F-TOP: height_cm physically impossible" in out[6]["reasons"]
    text = " ".join(feedback.warnings)
    assert "1 values of bottom_cm could not be read as numbers" in text
    assert "1 values of bottom_cm are physically impossible (outside 0 to 500 cm)" in text
    assert "1 values of height_cm are physically impossible (outside 20 to 1000 cm)" in text


@pytest.mark.parametrize("units, factor", [(0, 0.01), (1, 1.0)], ids=["m-in-cm", "cm-in-m"])
def test_fence_units_warning_both_ways(plugin, english, tmp_path, units, factor):
    """Metres in a centimetre field (UNITS = cm) or centimetres in a metre field (UNITS = m):
    a warning that names the field and suggests UNITS."""
    rows = [
        (
            f"LINESTRING ({grid(1000 * i)}, {grid(1000 * i + 1000)})",
            {
                "fence_type": "strand",
                "height_cm": 100 * factor,
                "bottom_cm": 50 * factor,
                "top_gap_cm": 30 * factor,
                "barbed": "none",
            },
        )
        for i in range(4)
    ]
    feedback = Feedback()
    run(FENCE, fence_case(tmp_path, rows=rows, UNITS=units), feedback)
    hints = [w for w in feedback.warnings if "UNITS" in w]
    assert any("height_cm" in w for w in hints) and any("bottom_cm" in w for w in hints), (
        feedback.warnings
    )


def test_spacing_text_values_per_feature(plugin, english, tmp_path):
    """Width as text: "12", "12 m", "12,5" read; "" missing, "abc" and "-3" not a positive
    number: unknown, naming the field, crossing by crossing."""
    text = {k: str for k in NAMED_CROSSING_FIELDS}
    widths = ["12", "12 m", "12,5", "", "abc", "-3"]
    crossings = [
        (
            f"POINT ({grid(1000 * (i + 1))})",
            {
                "name": str(i),
                "crossing_type": "underpass",
                "width_m": w,
                "height_m": "4",
                "length_m": "20",
            },
        )
        for i, w in enumerate(widths)
    ]
    params = spacing_case(tmp_path, crossings=[(w, v) for w, v in crossings])
    params["CROSSINGS"] = write_gpkg(tmp_path / "text.gpkg", "Point", UTM, text, crossings, "c")
    rows = {int(r["name"]): r for r in features(run(SPACING, params)["OUTPUT_CROSSINGS"])}
    assert [rows[i]["s_mgaz"] for i in range(6)] == ["suitable"] * 3 + ["unknown"] * 3
    assert rows[0]["oi"] == approx(2.4) and rows[2]["oi"] == approx(2.5)
    assert "no value in field 'width_m'" in rows[3]["reasons"]
    for i in (4, 5):
        assert "value in field 'width_m' is not a positive number" in rows[i]["reasons"]


def test_nogo_text_buffer_field_per_feature(plugin, english, tmp_path):
    """BUFFER_FIELD as text: "1000" and "1,5" read; "abc" and "-5" use NOGO_BUFFER, with a
    warning naming the layer and the field."""
    gpkg = tmp_path / "buf.gpkg"
    sites = write_gpkg(
        gpkg,
        "Point",
        UTM,
        {"buf": str},
        [
            (f"POINT ({grid(2000, 2000)})", {"buf": "1000"}),
            (f"POINT ({grid(5000, 5000)})", {"buf": "1,5"}),
            (f"POINT ({grid(8000, 2000)})", {"buf": "abc"}),
            (f"POINT ({grid(2000, 8000)})", {"buf": "-5"}),
        ],
        "sites",
    )
    feedback = Feedback()
    result = run(
        NOGO,
        {
            **nogo_case(tmp_path),
            "NOGO": [sites],
            "NOGO_BUFFER": 300,
            "BUFFER_FIELD": "buf",
            "WATER": None,
            "ALIGNMENT": None,
        },
        feedback,
    )
    zones = {r["zone"]: r["area_km2"] for r in features(result["OUTPUT"])}
    circle = lambda r: math.pi * (r / 1000) ** 2  # noqa: E731
    assert zones["nogo"] == approx(circle(1000) + circle(1.5) + 2 * circle(300), rel=5e-3)
    assert any("'sites': 2 features have a value in 'buf'" in w for w in feedback.warnings)


def test_nogo_buffer_field_in_no_layer_is_reported(plugin, english, tmp_path):
    """BUFFER_FIELD is optional per layer (the shipped model passes buffer_m), but a field that
    no no-go or caution layer has is a typo: a warning names it and lists the fields."""
    feedback = Feedback()
    result = run(NOGO, nogo_case(tmp_path, BUFFER_FIELD="bufer_m"), feedback)
    assert features(result["OUTPUT"])
    assert any("'bufer_m'" in w and "fid, id" in w for w in feedback.warnings), feedback.warnings


# == 5. Profiles ==============================================================================
def _shipped_profile():
    from nuudel.processing.core.profile import DEFAULT_PROFILE

    return json.loads(DEFAULT_PROFILE.read_text(encoding="utf-8"))


def _line_of_key(text, *keys):
    """Line (1-based) of the last of ``keys``, each searched after the previous one."""
    pos = 0
    for key in keys:
        pos = text.index(f'"{key}":', pos)
    return text.count("\n", 0, pos) + 1


def _write_profile(path, data):
    text = json.dumps(data, indent=1, ensure_ascii=False)
    path.write_text(text, encoding="utf-8")
    return text


PROFILE_ALGS = (FENCE, SPACING)  # the no-go mask takes no PROFILE (its rules are the shipped ones)


@pytest.mark.parametrize("alg", PROFILE_ALGS, ids=SHORT.get)
def test_profile_not_json_names_the_line(plugin, english, tmp_path, alg):
    text = json.dumps(_shipped_profile(), indent=1).splitlines()
    text[9] = text[9] + ","  # a trailing comma after line 10 (or a comma too many)
    bad = tmp_path / "broken.json"
    bad.write_text("\n".join(text) + "\n}", encoding="utf-8")
    with pytest.raises(QgsProcessingException) as err:
        run(alg, CASES[alg][0](tmp_path, PROFILE=str(bad)))
    message = str(err.value)
    assert "broken.json" in message and "not valid JSON" in message
    assert "line " in message


PROFILE_DAMAGE = {
    # id: (algorithm, change to the shipped profile, key path in the message, keys to its line)
    "fence-wrong-type": (
        FENCE,
        lambda d: d["fence"].__setitem__("run_tolerance_m", "1"),
        "fence.run_tolerance_m",
        ("fence", "run_tolerance_m"),
    ),
    "spacing-wrong-type": (
        SPACING,
        lambda d: d["crossings"]["max_spacing_m"].__setitem__("value", "2000"),
        "crossings.max_spacing_m.value",
        ("crossings", "max_spacing_m", "value"),
    ),
    "spacing-missing-key": (
        SPACING,
        lambda d: d["crossings"].pop("openness_min"),
        "crossings.openness_min",
        ("crossings",),
    ),
    "fence-rule-kind": (
        FENCE,
        lambda d: d["fence"]["rules"]["crawl"][0].__setitem__("pass", None),
        "fence.rules.crawl.0.pass",
        ("fence", "rules", "crawl", "pass"),
    ),
    "spacing-missing-type-list": (
        SPACING,
        lambda d: d["crossings"].pop("always_suitable_types"),
        "crossings.always_suitable_types",
        ("crossings",),
    ),
    "spacing-missing-rule-id": (
        SPACING,
        lambda d: d["crossings"]["max_spacing_m"].pop("rule"),
        "crossings.max_spacing_m.rule",
        ("crossings", "max_spacing_m"),
    ),
    "spacing-group-rule-id": (
        SPACING,
        lambda d: d["crossings"]["groups"]["tall"].pop("rule"),
        "crossings.groups.tall.rule",
        ("crossings", "groups", "tall"),
    ),
    "spacing-bridge-sources": (
        SPACING,
        lambda d: d["crossings"]["bridge"].__setitem__("sources", "S"),
        "crossings.bridge.sources",
        ("crossings", "bridge", "sources"),
    ),
}


@pytest.mark.parametrize("case", list(PROFILE_DAMAGE))
def test_incomplete_profile_names_key_and_line(plugin, english, tmp_path, case):
    alg, damage, key, line_keys = PROFILE_DAMAGE[case]
    data = _shipped_profile()
    damage(data)
    text = _write_profile(tmp_path / "damaged.json", data)
    with pytest.raises(QgsProcessingException) as err:
        run(alg, CASES[alg][0](tmp_path, PROFILE=str(tmp_path / "damaged.json")))
    message = str(err.value)
    assert f"key '{key}'" in message and "damaged.json" in message, message
    assert f"line {_line_of_key(text, *line_keys)}," in message, message


@pytest.mark.parametrize("alg", PROFILE_ALGS, ids=SHORT.get)
def test_unknown_species_code_in_profile_is_rejected(plugin, english, tmp_path, alg):
    data = _shipped_profile()
    data["species"]["gazelle"] = dict(data["species"]["mgaz"])
    _write_profile(tmp_path / "species.json", data)
    with pytest.raises(QgsProcessingException) as err:
        run(alg, CASES[alg][0](tmp_path, PROFILE=str(tmp_path / "species.json")))
    message = str(err.value)
    assert "unknown species code 'gazelle'" in message and "mgaz" in message, message


@pytest.mark.parametrize("alg", PROFILE_ALGS, ids=SHORT.get)
def test_species_missing_from_profile_is_rejected(plugin, english, tmp_path, alg):
    """A valid profile without a selected species: an error naming it, not a silent skip."""
    data = _shipped_profile()
    del data["species"]["mgaz"]
    _write_profile(tmp_path / "few.json", data)
    with pytest.raises(QgsProcessingException) as err:
        run(alg, CASES[alg][0](tmp_path, PROFILE=str(tmp_path / "few.json")))
    assert "mgaz" in str(err.value)


def test_unknown_species_index_is_rejected(plugin, english, tmp_path):
    """SPECIES outside the eight codes: Processing rejects the parameter before the run."""
    with pytest.raises(QgsProcessingException) as err:
        run(FENCE, fence_case(tmp_path, SPECIES=[8]))
    assert "SPECIES" in str(err.value) or "Species" in str(err.value)


CODE = "__import__('os').system('touch {marker}')"


def test_code_in_a_profile_is_text_never_run(plugin, english, tmp_path):
    """Strings that look like Python in a profile stay text: shown in reasons, never executed;
    code in place of a number is rejected."""
    marker = tmp_path / "executed"
    code = CODE.format(marker=marker)
    data = _shipped_profile()
    data["fence"]["rules"]["crawl"][0]["id"] = code
    data["species"]["mgaz"]["name_en"] = code
    _write_profile(tmp_path / "code.json", data)
    result = run(
        FENCE,
        fence_case(tmp_path, PROFILE=str(tmp_path / "code.json"), REPORT=str(tmp_path / "r.html")),
    )
    rows = sorted(features(result["OUTPUT"]), key=lambda r: r["fid"])
    assert code in rows[1]["reasons"]  # the conditional bottom wire names the rule id
    assert not marker.exists()
    data["fence"]["run_tolerance_m"] = code
    _write_profile(tmp_path / "code2.json", data)
    with pytest.raises(QgsProcessingException, match="run_tolerance_m.*must be a number"):
        run(FENCE, fence_case(tmp_path, PROFILE=str(tmp_path / "code2.json")))
    assert not marker.exists()


def test_plugin_code_has_no_eval_exec_or_unpickling(plugin):
    """Profiles and inputs are data: nothing in the plugin evaluates, executes or unpickles."""
    banned_calls = {"eval", "exec", "compile", "__import__", "execfile"}
    banned_modules = {"pickle", "marshal", "shelve", "yaml", "dill", "cPickle"}
    for path in sorted((ROOT / "processing").rglob("*.py")) + [ROOT / "plugin.py"]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                assert node.func.id not in banned_calls, (path, node.lineno)
            if isinstance(node, ast.Import):
                assert not {a.name.split(".")[0] for a in node.names} & banned_modules, path
            if isinstance(node, ast.ImportFrom) and node.module:
                assert node.module.split(".")[0] not in banned_modules, path
    profile_code = (ROOT / "processing" / "core" / "profile.py").read_text(encoding="utf-8")
    assert "json.loads(" in profile_code


# == 6. Cancel ================================================================================
class CancelAfter(Feedback):
    """Cancels right after the ``after``-th progress report (0 = before the run)."""

    def __init__(self, after):
        super().__init__()
        self.after, self.reports = after, 0
        if after == 0:
            self.cancel()

    def on_progress(self, value):
        super().on_progress(value)
        self.reports += 1
        if self.reports == self.after:
            self.cancel()


def _cancel_params(alg, tmp_path):
    extra = {"REPORT": str(tmp_path / "report.html")}
    if alg == NOGO:
        extra["OUTPUT_COST"] = str(tmp_path / "cost.tif")
    return CASES[alg][0](tmp_path, **extra)


@pytest.fixture(scope="module")
def progress_steps(plugin, tmp_path_factory):
    """steps(alg): the progress reports of an uncancelled run, run once per module."""
    cache = {}

    def get(alg):
        if alg not in cache:
            plain = Feedback()
            run(alg, _cancel_params(alg, tmp_path_factory.mktemp("plain")), plain)
            cache[alg] = plain.steps
        return cache[alg]

    return get


@pytest.mark.parametrize("stage", ["before", "first", "middle", "last"])
@pytest.mark.parametrize("alg", ALGS, ids=SHORT.get)
def test_cancel_mid_run_stops_without_results(
    plugin, english, tmp_path, alg, stage, progress_steps
):
    """Cancelled before the run or after the first, a middle or the last progress report
    before 100 %: the run raises (no result is returned, so no output is claimed complete) and
    reports no further progress to 100 %."""
    steps = progress_steps(alg)
    assert steps[-1] == 100 and len(steps) >= 3
    last = max(i for i, v in enumerate(steps, start=1) if v < 100)
    after = {"before": 0, "first": 1, "middle": (1 + last) // 2, "last": last}[stage]
    feedback = CancelAfter(after)
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run(alg, _cancel_params(alg, tmp_path / "cancel"), feedback)
    assert feedback.isCanceled()
    assert all(p < 100 for p in feedback.progress_after_cancel), feedback.progress_after_cancel


# == 7. Empty inputs ==========================================================================
def _empty(tmp_path, geom_type, fields, name):
    return write_gpkg(tmp_path / f"empty_{name}.gpkg", geom_type, UTM, fields, [], name)


def test_fence_empty_memory_layer(plugin, english, tmp_path):
    layer = memory_layer("LineString", UTM, FENCE_FIELDS, [], "nothing")
    feedback = Feedback()
    result = run(FENCE, fence_case(tmp_path, INPUT=layer), feedback)
    assert features(result["OUTPUT"]) == []
    assert all(r["unknown_km"] == 0 and r["barrier_km"] == 0 for r in features(result["SUMMARY"]))
    assert any("'nothing' has no features" in w for w in feedback.warnings)


def test_spacing_empty_layers(plugin, english, tmp_path):
    routes = _empty(tmp_path, "LineString", {"road": str}, "routes")
    crossings = _empty(tmp_path, "Point", NAMED_CROSSING_FIELDS, "crossings")
    zones = _empty(tmp_path, "Polygon", {"id": int}, "zones")
    feedback = Feedback()
    result = run(
        SPACING, spacing_case(tmp_path, INPUT=routes, CROSSINGS=crossings, ZONES=zones), feedback
    )
    for key in ("OUTPUT_CROSSINGS", "OUTPUT_GAPS", "OUTPUT_PROPOSED"):
        assert features(result[key]) == []
    text = " ".join(feedback.warnings)
    # layers are named by their GeoPackage layer name, not the file name (empty_*.gpkg)
    assert "'routes' has no features" in text
    assert "'crossings' has no features" in text
    assert "zones layer has no features" in text
    # routes but no crossings: each route is one gap, proposals fill it
    feedback = Feedback()
    result = run(SPACING, spacing_case(tmp_path, CROSSINGS=crossings), feedback)
    gaps = features(result["OUTPUT_GAPS"])
    assert [(g["from_km"], g["status"]) for g in gaps] == [(0, "too_long")]
    assert gaps[0]["to_km"] == approx(10 / K0, rel=1e-6)
    assert len(features(result["OUTPUT_PROPOSED"])) == 4  # 10,004 m / 5 <= 2,002 m


def test_nogo_empty_layers(plugin, english, tmp_path):
    """Empty no-go, caution, water and alignment layers beside a study area: the study area is
    all suitable, no conflicts, and a warning names each empty layer."""
    params = nogo_case(tmp_path)
    params.update(
        NOGO=[_empty(tmp_path, "Polygon", {"id": int}, "pa")],
        CAUTION=[_empty(tmp_path, "LineString", {"id": int}, "corridor")],
        WATER=_empty(tmp_path, "Point", {"id": int}, "wells"),
        ALIGNMENT=_empty(tmp_path, "LineString", {"name": str}, "road"),
    )
    feedback = Feedback()
    result = run(NOGO, params, feedback)
    zones = {r["zone"]: r["area_km2"] for r in features(result["OUTPUT"])}
    assert zones["nogo"] == 0 and zones["caution"] == 0
    assert zones["suitable"] == approx(100 / K0**2, rel=1e-4)
    assert features(result["OUTPUT_CONFLICTS"]) == []
    text = " ".join(feedback.warnings)
    for name in ("pa", "corridor", "wells", "road"):
        assert f"'{name}' has no features" in text, (name, feedback.warnings)


# == 1. Accounting, through Processing =========================================================
def test_fence_accounting_on_a_nasty_table(plugin, english, tmp_path):
    """Every input feature comes out once (null, empty, zero-length, odd attributes too), and
    per species the km per verdict add up to the total length."""
    rows = [
        (f"LINESTRING ({grid(1000 * i)}, {grid(1000 * i + 1000)})", values)
        for i, values in enumerate(
            [
                PERMEABLE_STRAND,
                {"fence_type": "mesh"},
                {"fence_type": "stone wall"},
                {},
                {"bottom_cm": 5.0},
                {"fence_type": "opening"},
            ]
        )
    ]
    rows += [
        (None, {"fence_type": "mesh"}),
        ("LINESTRING EMPTY", PERMEABLE_STRAND),
        (f"LINESTRING ({grid(0, 50)}, {grid(0, 50)})", {"fence_type": "solid"}),
    ]
    result = run(FENCE, fence_case(tmp_path, rows=rows, SPECIES=list(range(8))))
    out = features(result["OUTPUT"])
    assert len(out) == len(rows)
    assert sum(r["len_m"] for r in out) == approx(6000 / K0, rel=1e-6)
    assert all(
        r["verdict"] in ("permeable", "conditional", "barrier", "unknown") and r["reasons"]
        for r in out
    )
    summary = features(result["SUMMARY"])
    assert len(summary) == 8
    for s in summary:
        total = sum(s[k] for k in ("permeable_km", "conditional_km", "barrier_km", "unknown_km"))
        assert total == approx(6 / K0, rel=1e-4, abs_=2e-3), s["species"]
        assert s["longest_barrier_km"] <= s["barrier_km"] + 1e-9


def test_spacing_accounting_gaps_partition_every_route(plugin, english, tmp_path):
    """All crossings come out (matched or not); per species the gaps of a route add up to its
    true length, for two routes and all eight species."""
    routes = SPACING_ROUTES + [(f"LINESTRING ({grid(0, 5000)}, {grid(3000, 9000)})", {"road": "B"})]
    crossings = SPACING_CROSSINGS + [
        (None, {"name": "N"}),
        (f"POINT ({grid(1500, 7000)})", {"name": "E", **UNDERPASS}),
    ]
    result = run(
        SPACING,
        spacing_case(
            tmp_path, routes=routes, crossings=crossings, ROUTE_FIELD="road", SPECIES=list(range(8))
        ),
    )
    assert len(features(result["OUTPUT_CROSSINGS"])) == len(crossings)
    gaps = features(result["OUTPUT_GAPS"])
    lengths = {"A": 10000 / K0, "B": 5000 / K0}
    species = {g["species"] for g in gaps}
    assert len(species) == 8
    for code in species:
        for route, length in lengths.items():
            mine = sorted(
                (g for g in gaps if g["species"] == code and g["route"] == route),
                key=lambda g: g["from_km"],
            )
            assert sum(g["length_m"] for g in mine) == approx(length, rel=1e-6), (code, route)
            edges = [(g["from_km"], g["to_km"]) for g in mine]
            assert edges[0][0] == 0 and edges[-1][1] * 1000 == approx(length, rel=1e-6)
            assert all(a[1] == b[0] for a, b in zip(edges, edges[1:]))


def test_spacing_zones_with_a_route_outside_them(plugin, english, tmp_path):
    """Zones over route A only: A's 10 km gap is judged inside the zone, B (outside every zone)
    has zone_m 0 (a piece missing the zones once made every zone_m NaN and hid too-long gaps)."""
    routes = SPACING_ROUTES + [
        (f"LINESTRING ({grid(0, 50000)}, {grid(5000, 50000)})", {"road": "B"})
    ]
    zones = write_gpkg(
        tmp_path / "z.gpkg",
        "Polygon",
        UTM,
        {"id": int},
        [
            (
                f"POLYGON (({grid(-100, -100)}, {grid(10100, -100)}, "
                f"{grid(10100, 100)}, {grid(-100, 100)}, {grid(-100, -100)}))",
                {"id": 1},
            )
        ],
        "zones",
    )
    result = run(
        SPACING,
        spacing_case(tmp_path, routes=routes, crossings=[], ZONES=zones, ROUTE_FIELD="road"),
    )
    gaps = {g["route"]: g for g in features(result["OUTPUT_GAPS"])}
    assert gaps["A"]["zone_m"] == approx(10000 / K0, rel=1e-4)
    assert gaps["A"]["status"] == "too_long"
    assert gaps["B"]["zone_m"] == 0 and gaps["B"]["status"] == "ok"
    assert len(features(result["OUTPUT_PROPOSED"])) == 4


def test_nogo_alignment_accounting(plugin, english, tmp_path):
    """Each alignment's conflict pieces add up to its length inside the study area; what lies
    outside and features without geometry are reported, never lost silently."""
    gpkg = tmp_path / "align.gpkg"
    align = write_gpkg(
        gpkg,
        "LineString",
        UTM,
        {"name": str},
        [
            (f"LINESTRING ({grid(-2000, 5000)}, {grid(10000, 5000)})", {"name": "rail"}),
            (f"LINESTRING ({grid(1000, -3000)}, {grid(1000, -2000)})", {"name": "outside"}),
            (None, {"name": "ghost"}),
        ],
        "align",
    )
    feedback = Feedback()
    result = run(NOGO, nogo_case(tmp_path, ALIGNMENT=align), feedback)
    pieces = features(result["OUTPUT_CONFLICTS"])
    assert {p["alignment"] for p in pieces} == {"rail"}
    assert sum(p["length_m"] for p in pieces) == approx(10000 / K0, rel=1e-4)
    text = " ".join(feedback.warnings)
    assert "3.0 km of the alignment lie outside the study area" in text, text
    assert "'align': 1 features have no geometry" in text


# == 1. Accounting ================================================================================
def test_nogo_study_area_inside_a_water_buffer(plugin, english, tmp_path):
    """A 40 m study area around a well: all of it no-go (50 m), no caution, nothing suitable."""
    small = (
        f"POLYGON (({grid(980, 980)}, {grid(1020, 980)}, {grid(1020, 1020)}, "
        f"{grid(980, 1020)}, {grid(980, 980)}))"
    )
    result = run(NOGO, nogo_case(tmp_path, study=small, NOGO=None, ALIGNMENT=None))
    zones = {r["zone"]: r["area_km2"] for r in features(result["OUTPUT"])}
    assert zones["nogo"] == approx(0.04**2 / K0**2, rel=1e-3)
    assert zones["caution"] == 0 and zones["suitable"] == 0


@pytest.mark.parametrize("alg", ALGS, ids=SHORT.get)
def test_progress_climbs_to_100(plugin, english, tmp_path, alg):
    """Each algorithm reports progress that never goes back and ends at 100 %."""
    feedback = Feedback()
    run(alg, CASES[alg][0](tmp_path), feedback)
    steps = feedback.steps
    assert len(steps) >= 3, steps
    assert all(b >= a for a, b in zip(steps, steps[1:])), steps
    assert steps[-1] == pytest.approx(100.0)


def test_fence_audit_judges_all_eight_species_by_default(plugin, english, tmp_path):
    """SPECIES left out: every species of STANDARDS.md gets a verdict column and a summary row."""
    params = fence_case(tmp_path)
    del params["SPECIES"]
    result = run(FENCE, params)
    codes = ("mgaz", "ggaz", "saiga", "khulan", "takhi", "camel", "argali", "ibex")
    row = features(result["OUTPUT"])[0]
    assert all(f"v_{code}" in row for code in codes)
    assert sorted(r["species"] for r in features(result["SUMMARY"])) == sorted(codes)
