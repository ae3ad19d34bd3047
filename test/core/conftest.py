"""Tests of the QGIS-free core: plain numpy, shapely and hypothesis, no QGIS.

`make test-core` runs this folder alone (pytest-qgis off, no conftest above this one), so the
core is tested the way it is built: without QGIS. `make test` runs it with the rest.
"""

import sys
from pathlib import Path

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    max_examples=25,
    deadline=None,
    derandomize=True,
    database=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "dev", max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)

# The plugin folder is imported as the package `nuudel`, as QGIS does (test/conftest.py too).
ROOT = Path(__file__).resolve().parents[2]
PLUGINS = ROOT / "build" / "plugins"
PLUGINS.mkdir(parents=True, exist_ok=True)
if not (PLUGINS / "nuudel").exists():
    (PLUGINS / "nuudel").symlink_to(ROOT)
if str(PLUGINS) not in sys.path:
    sys.path.insert(0, str(PLUGINS))
