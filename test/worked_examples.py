"""Test data shared by the algorithm tests: the data model's fields and typical features, and
the landscape worked example (landscape permeability, mitigation priorities): a 10 km UTM
square on the central meridian of zone 48, a road across it at y = 5 km (8,000 a day), a strand
fence north from the road at x = 5 km."""

from core.fence_example import FIELDS as FENCE_FIELDS  # the fence data model
from helpers import memory_layer, write_gpkg

CRS = "EPSG:32648"
X0, Y0 = 500000, 5000000
# a 10 km UTM square on the central meridian is (1 / 0.9996)² larger on the ellipsoid
AREA = 1 / 0.9996**2
STRAND = {
    "fence_type": "strand",
    "height_cm": 100,
    "bottom_cm": 30,
    "top_gap_cm": 30,
    "barbed": "none",
}
# a strand fence all species but khulan pass (bottom wire at 50 cm)
PERMEABLE_STRAND = dict(STRAND, height_cm=100.0, bottom_cm=50.0, top_gap_cm=30.0)
CROSSING_FIELDS = {"crossing_type": str, "width_m": float, "height_m": float, "length_m": float}
NAMED_CROSSING_FIELDS = {"name": str, **CROSSING_FIELDS}
# an underpass for the crossing spacing tests
UNDERPASS = {"crossing_type": "underpass", "width_m": 12.0, "height_m": 4.0, "length_m": 20.0}


def km(x, y):
    return f"{X0 + x * 1000} {Y0 + y * 1000}"


def square(x0, y0, x1, y1):
    return f"POLYGON(({km(x0, y0)}, {km(x1, y0)}, {km(x1, y1)}, {km(x0, y1)}, {km(x0, y0)}))"


FENCE = (f"LINESTRING({km(5, 5)}, {km(5, 10)})", STRAND)  # from the road to the north edge
ROAD = f"LINESTRING({km(0, 5)}, {km(10, 5)})"


def example_layers(path, units=None, fences=None):
    """REPORTING_UNITS (the square), FENCES, ROADS with TRAFFIC_FIELD and SPECIES (mgaz,
    khulan, argali) of the worked example, written to the GeoPackage ``path``."""
    units = units or [(square(0, 0, 10, 10), {"name": "square"})]
    return {
        "REPORTING_UNITS": write_gpkg(path, "Polygon", CRS, {"name": str}, units, "units"),
        "FENCES": write_gpkg(path, "LineString", CRS, FENCE_FIELDS, fences or [FENCE], "fences"),
        "ROADS": write_gpkg(
            path, "LineString", CRS, {"aadt": int}, [(ROAD, {"aadt": 8000})], "roads"
        ),
        "TRAFFIC_FIELD": "aadt",
        "SPECIES": [0, 3, 6],  # mgaz, khulan, argali
    }


def example_memory_layers():
    """The worked example as memory layers, the road without a traffic field (unit "a")."""
    return {
        "REPORTING_UNITS": memory_layer(
            "Polygon", CRS, {"name": str}, [(square(0, 0, 10, 10), {"name": "a"})]
        ),
        "FENCES": memory_layer("LineString", CRS, FENCE_FIELDS, [FENCE]),
        "ROADS": memory_layer("LineString", CRS, {}, [(ROAD, {})]),
    }
