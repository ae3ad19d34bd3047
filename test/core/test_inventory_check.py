"""core/inventory_check.py: the issue's worked example and each check by hand (QGIS-free)."""

import numpy as np
import shapely
from nuudel.processing.core import inventory_check as ic
from nuudel.processing.core.profile import load_profile

PROFILE = load_profile()
ALL = list(PROFILE["species"])


def cols(rows):
    keys = ("type", "height", "bottom", "top_gap", "barbed")
    return {k: [r[i] for r in rows] for i, k in enumerate(keys)}


GOOD = ("strand", 100.0, 50.0, 30.0, "none")


def run(geoms, rows, **kw):
    geoms = np.array(geoms, dtype=object)
    lengths = np.array([0.0 if g is None else g.length for g in geoms])
    return ic.check_inventory(
        PROFILE,
        kw.pop("species", ALL),
        geoms,
        cols(rows),
        lengths,
        kw.pop("tolerance", 2.0),
        kw.pop("near", 50.0),
        **kw,
    )


def found(result):
    iss = result.issues
    return sorted((iss.code[i], iss.index[i]) for i in range(len(iss)))


def test_worked_example_gap_duplicate_and_450_cm_bottom_wire():
    line = shapely.LineString
    geoms = [
        line([(0, 0), (1000, 0)]),
        line([(1003, 0), (2000, 0)]),  # 3 m gap
        line([(0, 0), (1000, 0)]),  # A digitised twice
        line([(2000, 0), (3000, 0)]),
    ]  # bottom wire 450 cm
    rows = [GOOD, GOOD, GOOD, ("strand", 120.0, 450.0, 30.0, "none")]
    result = run(geoms, rows)
    assert found(result) == [("bottom_above_top", 3), ("duplicate", 0), ("gap", 1)]
    iss = result.issues
    gap = iss.code.index("gap")
    # section 1 starts 3 m from the ends of 0 and of its duplicate 2 (a tie: either is named)
    assert iss.message(gap) in [
        f"Gap of 3 m between the ends of sections 1 and {other}: a "
        "digitising miss, or a real opening to record as fence_type = "
        "opening?"
        for other in (0, 2)
    ]
    assert (iss.x[gap], iss.y[gap]) == (1003.0, 0.0)
    assert iss.message(iss.code.index("duplicate"), fids=[10, 11, 12, 13]) == (
        "Sections 10 and 12 are the same line (1000 m): digitised twice, or both sides of a road "
        "on one line?"
    )
    assert iss.message(iss.code.index("bottom_above_top")) == (
        "Feature 3: the bottom wire (450 cm) is not below the top wire (120 cm)."
    )


def test_geometry_and_value_checks():
    line = shapely.LineString
    geoms = [
        None,
        line([(0, 0), (0, 0)]),
        line([(10, 0), (20, 0), (10, 10), (20, 10), (10, 0)]),
        line([(100, 0), (200, 0)]),
        line([(300, 0), (400, 0)]),
        line([(500, 0), (3000, 0)]),
        line([(0, 500), (100, 500)]),
        line([(0, 600), (100, 600)]),
    ]
    rows = [
        GOOD,
        GOOD,
        GOOD,
        ("strand", 1.2, 0.45, 30.0, "none"),  # metres in cm fields
        ("strand", 2000.0, 50.0, 30.0, "partly"),  # top wire impossible, barbed unreadable
        ("opening", None, None, None, None),  # 2.5 km opening
        ("zigzag", None, None, None, None),  # not in the data model
        ("strand", 100.0, None, 30.0, None),
    ]  # crawlers need bottom and barbed
    result = run(geoms, rows)
    assert found(result) == [
        ("barbed_unknown", 4),
        ("metres_in_cm", 3),
        ("metres_in_cm", 3),
        ("missing_for_audit", 7),
        ("no_geometry", 0),
        ("opening_long", 5),
        ("out_of_range", 4),
        ("self_crossing", 2),
        ("type_unknown", 6),
        ("zero_length", 1),
    ]
    iss = result.issues
    row = iss.code.index("missing_for_audit")
    assert iss.message(row) == (
        "Feature 7: bottom_cm, barbed empty; the audit rates crawlers unknown."
    )
    # only jumpers selected: the missing bottom wire does not matter
    only_jumpers = run(geoms, rows, species=["argali"])
    assert "missing_for_audit" not in only_jumpers.issues.code


def test_overlap_and_crossings_far():
    line = shapely.LineString
    geoms = [line([(0, 0), (1000, 0)]), line([(500, 0), (1500, 0)])]
    crossings = [shapely.Point(0, 30), shapely.Point(5000, 0), None]
    routes = [line([(5000, -100), (5000, 100)])]
    result = run(geoms, [GOOD, GOOD], crossing_geoms=crossings, route_geoms=routes)
    assert found(result) == [("overlap", 0)]
    far = run(geoms, [GOOD, GOOD], crossing_geoms=crossings, route_geoms=None)
    assert ("crossing_far", 1) in found(far)
    row = far.issues.code.index("crossing_far")
    assert far.issues.layer[row] == "crossings"
    assert far.issues.message(row) == (
        "Crossing 1 lies 3500 m from the nearest fence or route (more than 100 m)."
    )


def test_judgeable_km_per_species():
    line = shapely.LineString
    geoms = [line([(0, 0), (1000, 0)]), line([(0, 10), (3000, 10)])]
    rows = [GOOD, ("strand", 100.0, None, 30.0, "none")]
    result = run(geoms, rows, species=["mgaz", "argali"])
    assert result.judgeable_km == {"mgaz": 1.0, "argali": 4.0}
    assert result.unknown_km == {"mgaz": 3.0, "argali": 0.0}


def test_overlaps_found_through_ends_vertices_and_middles():
    """Every way two sections can share a piece, and sections that only touch or cross."""
    line = shapely.LineString
    cases = [
        ([(0, 0), (1000, 0)], [(900, 0), (1900, 0)], "overlap"),  # ends inside
        (
            [(0, 100), (100, 0), (150, 0), (1000, 800)],
            [(0, -100), (100, 0), (150, 0), (1000, -800)],
            "overlap",
        ),  # inner vertices
        ([(0, 0), (1000, 0)], [(1000, 0), (0, 0)], "duplicate"),  # reversed copy
        ([(0, 0), (1000, 0)], [(1000, 0), (2000, 0)], None),  # touching ends
        ([(0, -500), (0, 500)], [(-500, 0), (500, 0)], None),  # crossing
    ]
    for first, second, code in cases:
        result = run([line(first), line(second)], [GOOD, GOOD])
        assert [c for c in result.issues.code if c in ("overlap", "duplicate")] == (
            [code] if code else []
        ), (first, second)


def test_inventory_block_validated_and_optional():
    import copy
    import json

    import pytest
    from nuudel.processing.core.inventory import inventory_limits
    from nuudel.processing.core.profile import ProfileError, validate

    bad = copy.deepcopy(PROFILE)
    bad["inventory"]["max_opening_m"]["value"] = "a lot"
    with pytest.raises(ProfileError, match="inventory.max_opening_m.value"):
        validate(bad, json.dumps(bad, indent=1))
    old = copy.deepcopy(PROFILE)
    del old["inventory"]
    validate(old)
    assert inventory_limits(old)["max_opening_m"]["value"] == 1000  # the shipped value
    own = copy.deepcopy(old)
    own["inventory"] = {
        "max_opening_m": {
            "value": 300,
            "rule": "MY-RULE",
            "sources": ["nuudel_inference"],
            "status": "provisional",
        }
    }
    assert inventory_limits(validate(own))["max_opening_m"]["value"] == 300
    assert inventory_limits(own)["crossing_distance_m"]["value"] == 100
