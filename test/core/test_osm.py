"""core/osm.py: hstore text, OSM heights with units, tag mapping (QGIS-free)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st
from nuudel.processing.core import osm
from nuudel.processing.core.text import NuudelError


def test_parse_hstore_with_escapes_and_null():
    text = '"a"=>"1","b c"=>"x \\"y\\" \\\\ z","n"=>NULL'
    assert osm.parse_hstore(text) == {"a": "1", "b c": 'x "y" \\ z'}
    assert osm.parse_hstore(None) == {} and osm.parse_hstore("  ") == {}


@given(st.dictionaries(st.text(min_size=1, max_size=8), st.text(max_size=8), max_size=5))
def test_parse_hstore_round_trip(tags):
    def esc(s):
        return s.replace("\\", "\\\\").replace('"', '\\"')

    text = ",".join(f'"{esc(k)}"=>"{esc(v)}"' for k, v in tags.items())
    assert osm.parse_hstore(text) == tags


@pytest.mark.parametrize(
    "text, cm",
    [
        ("1.2", 120.0),
        ("1.2 m", 120.0),
        ("1,2", 120.0),
        ("120 cm", 120.0),
        ("1200 mm", 120.0),
        ("4'", 121.92),
        ("4 ft", 121.92),
        ("4'6\"", 137.16),
        ('54"', 137.16),
        (".5", 50.0),
    ],
)
def test_heights_with_units(text, cm):
    assert osm.parse_height_cm(text) == pytest.approx(cm)


@pytest.mark.parametrize("text", ["", None, "tall", "1.2 yards", "-1"])
def test_unreadable_heights(text):
    assert osm.parse_height_cm(text) is None


def test_mapping_precedence_and_gates():
    mapping = osm.load_mapping()
    tags = [
        {"barrier": "fence", "fence_type": "barbed_wire", "height": "1.2"},
        {"barrier": "wall", "material": "wood"},  # material wood: no type, wall decides
        {"barrier": "gate", "access": "yes"},
        {"barrier": "lift_gate"},
        {"barrier": "fence", "fence_type": "wire", "barbed_wire": "yes"},
        {"barrier": "fence", "fence_type": "zigzag"},
    ]
    mapped = osm.map_tags(tags, mapping)
    assert mapped.fence_type == ["strand", "solid", "opening", None, "strand", None]
    assert mapped.barbed == ["all", None, None, None, "all", None]
    assert mapped.height_cm[0] == 120.0
    assert "fence_type=zigzag not in the mapping" in mapped.notes[5]
    assert "closed or access not mapped" in mapped.notes[3]
    assert mapped.counts["no_type"] == 2 and mapped.counts["unmapped"] == 1


def test_gate_nodes_on_vertices_only():
    import shapely

    lines = [shapely.LineString([(0, 0), (1, 0), (2, 0)]), shapely.LineString([(0, 1), (2, 1)])]
    points = [shapely.Point(1, 0), shapely.Point(1, 1), shapely.Point(2, 0)]
    tags = [{"barrier": "gate"}, {"barrier": "gate"}, {"barrier": "gate", "access": "yes"}]
    gates = osm.gate_nodes(lines, points, ["n1", "n2", "n3"], tags, osm.load_mapping())
    assert [[(g.node_id, g.is_open) for g in way] for way in gates] == [
        [("n1", False), ("n3", True)],
        [],
    ]  # n2 is not a vertex of line 2


def test_bad_mapping_names_the_key():
    mapping = osm.load_mapping()
    mapping["keys"]["fence_type"]["wire"]["fence_type"] = "wires"
    with pytest.raises(NuudelError, match="keys.fence_type.wire"):
        osm.validate_mapping(mapping)


def test_select_fences_counts_the_rest():
    keep, skipped = osm.select_fences(
        [{"barrier": "fence"}, {"highway": "track"}, {"barrier": "kerb"}, {"fence_type": "wire"}],
        osm.load_mapping(),
    )
    assert keep.tolist() == [True, False, False, True]
    assert skipped == {"": 1, "kerb": 1}


def test_open_gate_of_known_width_is_cut_out():
    import shapely

    lat = 45.0
    metre = 1.0 / (6371008.8 * 3.141592653589793 / 180 * 0.7071067811865476)  # deg lon at 45°
    line = shapely.LineString([(108.0, lat), (108.0 + 100 * metre, lat)])
    gate = osm.Gate("n1", True, 4.0, (108.0 + 30 * metre, lat))
    closed = osm.Gate("n2", False, 4.0, (108.0 + 60 * metre, lat))
    no_width = osm.Gate("n3", True, None, (108.0 + 80 * metre, lat))
    pieces = osm.cut_open_gates([line, None], [[gate, closed, no_width], []])
    assert [(w, g.node_id if g else None) for w, _geom, g in pieces] == [
        (0, None),
        (0, "n1"),
        (0, None),
        (1, None),
    ]
    lengths = [geom.length / metre for _w, geom, _g in pieces[:3]]
    assert lengths == pytest.approx([28.0, 4.0, 68.0], abs=1e-6)
    mapped = osm.map_tags(
        [{"barrier": "fence", "fence_type": "barbed_wire"}, {}],
        osm.load_mapping(),
        [[gate, closed, no_width], []],
    )
    assert "open gate at node n1, 4 m wide: cut out as an opening" in mapped.notes[0]
    assert "open gate at node n3, width not mapped: not cut out" in mapped.notes[0]
    geoms, columns = osm.fence_rows(mapped, pieces, ["a", "b"], ["1", "2"])
    assert columns["fence_type"] == ["strand", "opening", "strand", None]
    assert columns["barbed"] == ["all", None, "all", None]
    assert columns["osm_id"] == ["1", "1", "1", "2"] and len(geoms) == 4
