"""The plugin loads, registers the provider, builds its menu and unloads cleanly."""

import configparser

from helpers import ROOT, qgis_process
from qgis.core import QgsApplication

REQUIRED_METADATA = ["name", "description", "about", "version", "qgisMinimumVersion",
                     "qgisMaximumVersion", "author", "email", "tracker", "repository",
                     "homepage", "tags", "changelog", "hasProcessingProvider", "experimental"]


def test_metadata_has_every_required_field():
    meta = configparser.ConfigParser()
    meta.read(ROOT / "metadata.txt", encoding="utf-8")
    general = meta["general"]
    for key in REQUIRED_METADATA:
        assert general.get(key, "").strip(), key
    assert general["qgisMinimumVersion"] == "3.22"
    assert general["qgisMaximumVersion"] == "4.99"
    assert general["hasProcessingProvider"] == "yes"


def test_provider_registered(plugin):
    provider = QgsApplication.processingRegistry().providerById("nuudel")
    assert provider is not None
    assert provider.name() == "Nuudel"
    assert plugin.provider.versionInfo() in provider.longName()
    assert not provider.icon().isNull()


def test_menu_has_language_workshop_and_help(english):
    texts = [a.text() for a in english.menu.actions()]
    assert texts == ["Language", "Load workshop data", "Help"]
    lang_menu = english.menu.actions()[0].menu()
    assert [a.text() for a in lang_menu.actions()] == ["Auto (QGIS locale)", "English", "Монгол"]
    checked = [a.data() for a in lang_menu.actions() if a.isChecked()]
    assert checked == ["en"]


def test_unload_removes_provider_and_reload_restores(qgis_iface, plugin):
    import nuudel

    registry = QgsApplication.processingRegistry()
    plugin.unload()
    assert registry.providerById("nuudel") is None
    assert plugin.menu is None
    # load again, as the Plugin Manager's reload does
    plugin.initGui()
    assert registry.providerById("nuudel") is not None
    second = nuudel.classFactory(qgis_iface)
    second.initProcessing()
    # a second instance registering must not leak a duplicate provider
    assert [p.id() for p in registry.providers()].count("nuudel") == 1
    second.unload()
    plugin.unload()
    plugin.initGui()
    assert registry.providerById("nuudel") is not None


def test_qgis_process_lists_provider():
    out = qgis_process("plugins").stdout
    assert "* nuudel" in out
    listing = qgis_process("list").stdout
    assert "Nuudel" in listing
