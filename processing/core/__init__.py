"""QGIS-free analysis core: numpy arrays and shapely 2 geometries in, arrays out."""
