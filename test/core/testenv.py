"""What both conftests set up (test/conftest.py and test/core/conftest.py), QGIS-free: the
hypothesis profiles and the plugin folder on sys.path as the package `nuudel`, as QGIS does."""

import sys
from pathlib import Path

from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parents[2]
PLUGINS = ROOT / "build" / "plugins"


def register_hypothesis_profiles():
    """`make test` runs --hypothesis-profile=ci (few examples, reproducible);
    `pytest --hypothesis-profile=dev` searches harder when working on a core."""
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


def put_plugin_on_path():
    """build/plugins/nuudel -> the checkout, and build/plugins first on sys.path."""
    PLUGINS.mkdir(parents=True, exist_ok=True)
    if not (PLUGINS / "nuudel").exists():
        (PLUGINS / "nuudel").symlink_to(ROOT)
    if str(PLUGINS) not in sys.path:
        sys.path.insert(0, str(PLUGINS))
