"""shapely 2 runs on the same GEOS as QGIS inside the QGIS process (DESIGN.md)."""

import shapely
from qgis.core import Qgis, QgsGeometry
from shapely import ops
from shapely.geometry import LineString


def test_shapely_is_2_on_qgis_geos(qgis_app):
    from nuudel.processing.deps import is_shapely2

    assert is_shapely2(shapely), shapely.__version__
    assert Qgis.geosVersion().startswith(shapely.geos_version_string)


def test_substring_and_wkt_inside_qgis(qgis_app):
    # With a PyPI wheel's own GEOS loaded beside QGIS's, these gave mixed 2D/3D coordinates
    # and "WKT output dimension must be 2 or 3".
    QgsGeometry.fromWkt("LINESTRING(0 0, 10 0)").buffer(1, 8)  # make QGIS use its GEOS first
    line = LineString([(0, 0), (10, 0), (10, 10)])
    part = ops.substring(line, 5, 15)
    assert not part.has_z
    assert part.wkt == "LINESTRING (5 0, 10 0, 10 5)"
    assert shapely.get_coordinates(part).shape == (3, 2)
