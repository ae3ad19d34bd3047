"""The workshop GeoPackage: contents, determinism, metadata, and Load workshop data."""

import importlib.util
from collections import Counter

import pytest
from helpers import ROOT
from qgis.core import QgsGeometry, QgsProject, QgsVectorLayer, QgsWkbTypes

GPKG = ROOT / "resources" / "workshop" / "nuudel_workshop.gpkg"
UTM, WGS84 = "EPSG:32649", "EPSG:4326"

# layer -> (geometry type, CRS, feature count, fields in order)
EXPECTED = {
    "aimags": ("MultiPolygon", WGS84, 2, ["name", "name_mn", "fips", "source"]),
    "railway": ("LineString", UTM, 7, ["name", "kind", "route"]),
    "stations": ("Point", UTM, 8, ["name", "name_mn", "rail_km"]),
    "road": ("LineString", UTM, 4, ["name", "kind", "route"]),
    "fences": ("LineString", UTM, 417,
               ["name", "fence_type", "height_cm", "bottom_cm", "top_gap_cm", "barbed",
                "rail_km"]),
    "crossings": ("Point", UTM, 46,
                  ["name", "crossing_type", "width_m", "height_m", "length_m", "network"]),
    "protected_areas": ("Polygon", UTM, 3, ["name", "category", "buffer_m"]),
    "water": ("Point", WGS84, 14, ["name", "kind"]),
    "migration_range": ("Polygon", UTM, 2, ["name", "species"]),
    "calving": ("Polygon", UTM, 1, ["name", "species"]),
    "alignment": ("LineString", UTM, 2, ["name", "option", "kind", "status"]),
}


def layer(name, path=GPKG):
    lyr = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    assert lyr.isValid(), name
    return lyr


def rows(name, path=GPKG):
    lyr = layer(name, path)
    names = lyr.fields().names()
    return [dict(zip(names, f.attributes()), geom=f.geometry()) for f in lyr.getFeatures()]


def is_null(value):
    return value is None or (hasattr(value, "isNull") and value.isNull())


def content(path):
    """Every layer's features as comparable tuples (attributes, WKT at 1 mm / 1e-8 degree)."""
    out = {}
    for name in EXPECTED:
        lyr = layer(name, path)
        feats = []
        for f in lyr.getFeatures():
            attrs = tuple(None if is_null(v) else v for v in f.attributes())
            precision = 8 if lyr.crs().isGeographic() else 3
            feats.append((attrs, f.geometry().asWkt(precision)))
        out[name] = feats
    return out


def test_geopackage_exists_and_is_small():
    assert GPKG.exists()
    assert GPKG.stat().st_size < 5 * 1024 * 1024


@pytest.mark.parametrize("name", list(EXPECTED))
def test_layer_schema_crs_and_count(qgis_app, name):
    wkb_type, crs, count, fields = EXPECTED[name]
    lyr = layer(name)
    assert QgsWkbTypes.displayString(lyr.wkbType()) == wkb_type
    assert lyr.crs().authid() == crs
    assert lyr.featureCount() == count
    assert [f for f in lyr.fields().names() if f != "fid"] == fields
    assert all(not f.geometry().isEmpty() and f.geometry().isGeosValid()
               for f in lyr.getFeatures())


def test_mixed_crs_is_exercised(qgis_app):
    crss = {layer(n).crs().authid() for n in EXPECTED}
    assert crss == {UTM, WGS84}


@pytest.mark.parametrize("name", list(EXPECTED))
def test_metadata_says_illustrative(qgis_app, name):
    md = layer(name).metadata()
    assert "ILLUSTRATIVE" in md.abstract() and "NOT survey data" in md.abstract()
    assert "ILLUSTRATIVE" in md.title()
    assert md.licenses() and md.rights()
    if name == "aimags":
        assert "Natural Earth" in md.abstract() and "Public domain" in md.rights()[0]


def test_fences_follow_the_data_model(qgis_app):
    fences = rows("fences")
    types = Counter(f["fence_type"] for f in fences)
    assert set(types) == {"strand", "mesh", "solid", "electric", "rail", "opening"}
    assert {f["barbed"] for f in fences if not is_null(f["barbed"])} <= {"none", "top",
                                                                       "bottom", "all"}
    rail = [f for f in fences if f["name"].startswith("Railway fence")]
    assert len(rail) == 406
    km = sum(f["geom"].length() for f in rail) / 1000
    assert km == pytest.approx(1245.0, abs=0.1)
    # segments of 1-5 km, except the 500 m openings and the short solid wall
    for f in rail:
        length = f["geom"].length()
        if f["fence_type"] == "opening":
            assert length == pytest.approx(500, abs=1)
        else:
            assert 999 <= length <= 5001 or f["fence_type"] == "solid"
    # mostly barbed railway fence within the stated ranges
    standard = [f for f in rail if f["fence_type"] == "strand" and f["barbed"] == "all"]
    assert len(standard) > 0.75 * len(rail)
    for f in standard:
        assert is_null(f["height_cm"]) or 120 <= f["height_cm"] <= 150
        assert is_null(f["bottom_cm"]) or 10 <= f["bottom_cm"] <= 25
    # three openings, on both sides
    openings = [f for f in rail if f["fence_type"] == "opening"]
    assert len(openings) == 6 and len({f["rail_km"] for f in openings}) == 3
    # wildlife-friendly retrofits: bottom >= 46 cm smooth, top <= 102 cm
    friendly = [f for f in rail if f["fence_type"] == "strand" and not is_null(f["bottom_cm"])
                and f["bottom_cm"] >= 46 and f["barbed"] in ("none", "top")
                and f["height_cm"] <= 102]
    assert len(friendly) >= 4
    # missing values and a mesh section at Sainshand station
    assert sum(1 for f in fences if f["fence_type"] != "opening" and any(
        is_null(f[k]) for k in ("height_cm", "bottom_cm", "top_gap_cm", "barbed"))) >= 20
    sainshand = next(s for s in rows("stations") if s["name"] == "Sainshand")["geom"]
    mesh = [f for f in rail if f["fence_type"] == "mesh"]
    assert len(mesh) == 2 and all(f["geom"].distance(sainshand) < 200 for f in mesh)


def test_railway_fence_runs_50_m_from_the_railway(qgis_app):
    railway = QgsGeometry.unaryUnion([r["geom"] for r in rows("railway")])
    for f in rows("fences"):
        if f["name"].startswith("Railway fence"):
            mid = f["geom"].interpolate(f["geom"].length() / 2)
            assert mid.distance(railway) == pytest.approx(50, abs=1)


def test_crossings_cover_every_type_and_the_awkward_cases(qgis_app):
    crossings = rows("crossings")
    types = Counter(c["crossing_type"] for c in crossings)
    assert types == {"culvert": 25, "bridge": 7, "level": 6, "underpass": 4, "opening": 3,
                     "overpass": 1}
    assert sum(1 for c in crossings if any(is_null(c[k]) for k in
                                           ("width_m", "height_m", "length_m"))) == 21
    routes = QgsGeometry.unaryUnion([r["geom"] for r in rows("railway") + rows("road")])
    distances = {c["name"]: c["geom"].distance(routes) for c in crossings}
    far = [n for n, d in distances.items() if d > 100]
    assert far == ["Culvert on an old track (off route)"]
    assert distances[far[0]] == pytest.approx(600, abs=1)
    assert max(d for n, d in distances.items() if n not in far) <= 30.01
    places = Counter(c["geom"].asWkt(2) for c in crossings)
    assert sorted(places.values())[-2:] == [1, 2]  # exactly one place recorded twice
    assert Counter(c["network"] for c in crossings) == {"railway": 30, "road": 16}


def test_alignment_crosses_protected_area_calving_and_water_buffers(qgis_app):
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform

    align = {a["option"]: a["geom"] for a in rows("alignment")}
    local = next(p for p in rows("protected_areas") if "Local" in p["name"])["geom"]
    calving = rows("calving")[0]["geom"]
    assert align["A"].intersection(local).length() / 1000 == pytest.approx(19.25, abs=0.05)
    assert align["A"].intersection(calving).length() / 1000 == pytest.approx(39.57, abs=0.05)
    assert not align["B"].intersects(local) and not align["B"].intersects(calving)
    ct = QgsCoordinateTransform(QgsCoordinateReferenceSystem(WGS84),
                                QgsCoordinateReferenceSystem(UTM), QgsProject.instance())
    near = {}
    for w in rows("water"):
        g = QgsGeometry(w["geom"])
        g.transform(ct)
        near[w["name"]] = round(g.distance(align["A"]))
    assert sorted(n for n, d in near.items() if d <= 50) == ["Well A1", "Well A2"]
    assert sorted(n for n, d in near.items() if 50 < d <= 200) == ["Well A3", "Well A4"]
    mgaz = next(m for m in rows("migration_range") if m["species"] == "mgaz")["geom"]
    railway = QgsGeometry.unaryUnion([r["geom"] for r in rows("railway")])
    assert railway.crosses(mgaz) or railway.intersects(mgaz)


def _generator():
    spec = importlib.util.spec_from_file_location(
        "make_workshop_data", ROOT / "scripts" / "make_workshop_data.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_generator_is_deterministic_and_matches_the_committed_file(qgis_app, tmp_path):
    gen = _generator()
    first = gen.generate(tmp_path / "a.gpkg")
    second = gen.generate(tmp_path / "b.gpkg")
    assert content(first) == content(second)
    assert first.read_bytes() == second.read_bytes()
    assert content(first) == content(GPKG), "run `make workshop-data` and commit the result"


def test_load_workshop_data_adds_styled_layers_in_a_group(english, qgis_iface):
    from nuudel.ui.workshop import layer_titles, load_workshop_data

    project = QgsProject.instance()
    before, crs = set(project.mapLayers()), project.crs()
    layers = load_workshop_data(qgis_iface)
    try:
        assert len(layers) == len(EXPECTED)
        assert all(lyr.isValid() for lyr in layers)
        group = project.layerTreeRoot().findGroup("Nuudel workshop")
        assert group is not None
        in_group = [node.layer() for node in group.findLayers()]
        assert {lyr.id() for lyr in in_group} == {lyr.id() for lyr in layers}
        assert {lyr.name() for lyr in layers} == set(layer_titles().values())
        assert [lyr.name() for lyr in in_group][:2] == ["Crossing structures", "Water sources"]
        assert in_group[-1].name() == "Aimags"
        for lyr in layers:
            assert lyr.renderer() is not None
        railway = next(lyr for lyr in layers if lyr.name() == "Railway")
        if not (ROOT / "styles" / "workshop_railway.qml").exists():  # the plain fallback
            assert railway.renderer().symbol().color().name() == "#1a1a1a"
    finally:
        for lyr in layers:
            project.removeMapLayer(lyr.id())
        group = project.layerTreeRoot().findGroup("Nuudel workshop")
        if group is not None:
            project.layerTreeRoot().removeChildNode(group)
        project.setCrs(crs)
    assert set(project.mapLayers()) == before


def test_menu_action_loads_the_workshop_data(english):
    project = QgsProject.instance()
    before, crs = set(project.mapLayers()), project.crs()
    action = next(a for a in english.menu.actions() if a.text() == "Load workshop data")
    action.trigger()
    try:
        group = project.layerTreeRoot().findGroup("Nuudel workshop")
        assert group is not None and len(group.findLayers()) == len(EXPECTED)
    finally:
        for layer_id in set(project.mapLayers()) - before:
            project.removeMapLayer(layer_id)
        group = project.layerTreeRoot().findGroup("Nuudel workshop")
        if group is not None:
            project.layerTreeRoot().removeChildNode(group)
        project.setCrs(crs)


def test_load_workshop_data_without_the_file_warns(plugin, qgis_iface, tmp_path):
    from nuudel.ui.workshop import load_workshop_data

    assert load_workshop_data(qgis_iface, path=tmp_path / "missing.gpkg") == []
