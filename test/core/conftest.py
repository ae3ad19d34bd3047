"""Tests of the QGIS-free core: plain numpy, shapely and hypothesis, no QGIS.

`make test-core` runs this folder alone (pytest-qgis off, no conftest above this one), so the
core is tested the way it is built: without QGIS. `make test` runs it with the rest.
"""

from testenv import put_plugin_on_path, register_hypothesis_profiles

register_hypothesis_profiles()
# The plugin folder is imported as the package `nuudel`, as QGIS does (test/conftest.py too).
put_plugin_on_path()
