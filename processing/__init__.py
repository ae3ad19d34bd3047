"""Nuudel Processing provider, its algorithm adapters and the QGIS-free analysis core."""
