"""The plugin loads, registers the provider, builds its menu and unloads cleanly."""

import configparser
import os
import re
import subprocess

import pytest
from helpers import ROOT, qgis_process
from qgis.core import Qgis, QgsApplication
from qgis.PyQt.QtCore import QCoreApplication

# The contract of DESIGN.md: these ids never change.
ALGORITHM_IDS = {
    "nuudel:fencepermeabilityaudit",
    "nuudel:crossingspacingcheck",
    "nuudel:nogoalignmentmask",
    "nuudel:eiascreening",
    "nuudel:withindistance",
    "nuudel:barrierbehaviour",
    "nuudel:roadtrafficbarrier",
    "nuudel:landscapepermeability",
    "nuudel:importosmfences",
    "nuudel:createfenceinventory",
    "nuudel:checkfenceinventory",
    "nuudel:mitigationpriorities",
}

REQUIRED_METADATA = [
    "name",
    "description",
    "about",
    "version",
    "qgisMinimumVersion",
    "qgisMaximumVersion",
    "author",
    "email",
    "tracker",
    "repository",
    "homepage",
    "tags",
    "changelog",
    "hasProcessingProvider",
    "experimental",
]


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
    assert texts == ["Language", "Load workshop data", "Make EIA figures", "Help"]
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


def listed_ids(listing: str) -> set:
    """The nuudel algorithm ids in `qgis_process list` output."""
    return set(re.findall(r"^\s+(nuudel:\w+)\s", listing, flags=re.M))


def test_qgis_process_lists_provider():
    out = qgis_process("plugins").stdout
    assert "* nuudel" in out
    listing = qgis_process("list").stdout
    assert "Nuudel" in listing
    assert listed_ids(listing) == ALGORITHM_IDS


def test_registered_algorithm_ids(plugin):
    provider = QgsApplication.processingRegistry().providerById("nuudel")
    assert {a.id() for a in provider.algorithms()} == ALGORITHM_IDS


def test_unload_takes_the_translator_out(english):
    """After unload no Nuudel string is translated any more; a new load brings them back."""
    english.set_language("mn")
    assert QCoreApplication.translate("@default", "Barrier") == "Саад"
    english.unload()
    assert QCoreApplication.translate("@default", "Barrier") == "Barrier"
    english.initGui()
    assert QCoreApplication.translate("@default", "Barrier") == "Саад"


def _system_has_shapely2() -> bool:
    """Whether the system Python (what desktop QGIS runs, without our venv) has shapely 2."""
    probe = subprocess.run(
        ["/usr/bin/python3", "-c", "import shapely; shapely.get_coordinates"],
        capture_output=True,
        env={"PATH": os.environ["PATH"]},
    )
    return probe.returncode == 0


@pytest.mark.skipif(_system_has_shapely2(), reason="the system Python already has shapely 2")
def test_without_shapely2_the_provider_says_what_to_install(tmp_path):
    """QGIS's own Python without shapely 2 (Debian 12): the provider loads with no algorithm
    and says, on stderr for qgis_process, what to install."""
    plugins = ROOT / "build" / "plugins"
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("PYTHONPATH", "QGIS_CUSTOM_CONFIG_PATH", "NUUDEL_LANG")
    }
    env.update(HOME=str(tmp_path), QGIS_PLUGINPATH=str(plugins), QT_QPA_PLATFORM="offscreen")
    subprocess.run(
        ["qgis_process.bin", "plugins", "enable", "nuudel"],
        env=env,
        capture_output=True,
        timeout=300,
    )
    proc = subprocess.run(
        ["qgis_process.bin", "list"], env=env, capture_output=True, text=True, timeout=300
    )
    assert "Nuudel" in proc.stdout
    assert listed_ids(proc.stdout) == set()
    assert "needs shapely 2" in proc.stderr
    assert "apt install python3-shapely" in proc.stderr and "pip install" not in proc.stderr


@pytest.mark.skipif(not (ROOT / ".venv").is_dir(), reason="no .venv (make setup) here")
def test_desktop_launcher_gives_qgis_shapely2_on_its_own_geos():
    """scripts/nuudel-qgis puts the venv's shapely 2 in front of QGIS's Python, built on the
    GEOS QGIS uses (checked by running the launcher with Python in place of QGIS)."""
    env = dict(os.environ, QGIS_BIN="/usr/bin/python3")
    env.pop("PYTHONPATH", None)
    proc = subprocess.run(
        [
            str(ROOT / "scripts" / "nuudel-qgis"),
            "-c",
            "import shapely; print(shapely.geos_version_string); shapely.get_coordinates",
        ],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert Qgis.geosVersion().startswith(proc.stdout.strip())
