"""The landscape worked example in planar km, QGIS-free: shared by test_landscape.py and
test_mitigation.py (test/worked_examples.py has it as layers for the algorithm tests)."""

import shapely

KM = 1000.0
SPECIES = ["mgaz", "khulan", "argali"]


def box(x0, y0, x1, y1):
    return shapely.box(x0 * KM, y0 * KM, x1 * KM, y1 * KM)


def line(*points):
    return shapely.LineString([(x * KM, y * KM) for x, y in points])


def point(x, y):
    return shapely.Point(x * KM, y * KM)


SQUARE = box(0, 0, 10, 10)
ROAD = line((0, 5), (10, 5))  # 8,000 vehicles a day
FENCE = line((5, 5), (5, 10))  # bottom 30, top 100, gap 30, no barbs
UNDERPASS = point(2, 5)  # 15 x 5 x 30 m
STRAND = {"type": ["strand"], "height": [100], "bottom": [30], "top_gap": [30], "barbed": ["none"]}
