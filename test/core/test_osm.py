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


@pytest.mark.parametrize("text, cm", [("1.2", 120.0), ("1.2 m", 120.0), ("1,2", 120.0),
                                      ("120 cm", 120.0), ("1200 mm", 120.0), ("4'", 121.92),
                                      ("4 ft", 121.92), ("4'6\"", 137.16), ("54\"", 137.16),
                                      (".5", 50.0)])
def test_heights_with_units(text, cm):
    assert osm.parse_height_cm(text) == pytest.approx(cm)


@pytest.mark.parametrize("text", ["", None, "tall", "1.2 yards", "-1"])
def test_unreadable_heights(text):
    assert osm.parse_height_cm(text) is None


def test_mapping_precedence_and_gates():
    mapping = osm.load_mapping()
    tags = [{"barrier": "fence", "fence_type": "barbed_wire", "height": "1.2"},
            {"barrier": "wall", "material": "wood"},   # material wood: no type, wall decides
            {"barrier": "gate", "access": "yes"},
            {"barrier": "lift_gate"},
            {"barrier": "fence", "fence_type": "wire", "barbed_wire": "yes"},
            {"barrier": "fence", "fence_type": "zigzag"}]
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
    assert gates == [[("n1", False), ("n3", True)], []]  # n2 is not a vertex of line 2


def test_bad_mapping_names_the_key():
    mapping = osm.load_mapping()
    mapping["keys"]["fence_type"]["wire"]["fence_type"] = "wires"
    with pytest.raises(NuudelError, match="keys.fence_type.wire"):
        osm.validate_mapping(mapping)


def test_select_fences_counts_the_rest():
    keep, skipped = osm.select_fences([{"barrier": "fence"}, {"highway": "track"},
                                       {"barrier": "kerb"}, {"fence_type": "wire"}],
                                      osm.load_mapping())
    assert keep.tolist() == [True, False, False, True]
    assert skipped == {"": 1, "kerb": 1}
