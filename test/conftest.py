"""Load Nuudel into a real QGIS (pytest-qgis) through classFactory, once per session."""

import gc
import os
import sys
from pathlib import Path

import pytest
from core.testenv import ROOT, put_plugin_on_path, register_hypothesis_profiles

register_hypothesis_profiles()
put_plugin_on_path()
# `python -m pytest` puts the checkout itself first on sys.path, where the plugin's own
# `processing` package would shadow QGIS's: the plugin is imported as `nuudel` (above), never
# from the checkout root, so the root leaves sys.path.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT]
os.environ.pop("NUUDEL_LANG", None)


@pytest.fixture(scope="session", autouse=True)
def collect_garbage_before_qgis_exits(qgis_app):
    """Free leftover QGIS objects while QGIS still runs: a garbage collection after exitQgis()
    segfaults (seen on QGIS 3.40 / Python 3.13 / pytest-qgis 5)."""
    yield
    gc.collect()


@pytest.fixture(scope="session")
def plugin(qgis_app, qgis_iface, qgis_processing):
    """The plugin as QGIS loads it: classFactory(iface), then initGui()."""
    import nuudel

    instance = nuudel.classFactory(qgis_iface)
    instance.initGui()
    yield instance
    instance.unload()


def _in_language(plugin, lang):
    """Run a test in ``lang``, restoring the previous language setting afterwards."""
    from nuudel.processing.i18n import language_setting

    before = language_setting()
    plugin.set_language(lang)
    yield plugin
    plugin.set_language(before)


@pytest.fixture
def english(plugin):
    """Run a test in English, restoring the previous language setting afterwards."""
    yield from _in_language(plugin, "en")


@pytest.fixture
def mongolian(plugin):
    """Run a test in Mongolian, restoring the previous language setting afterwards."""
    yield from _in_language(plugin, "mn")
