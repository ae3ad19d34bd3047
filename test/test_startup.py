"""Start-up with an old or broken shapely (Debian 12's python3-shapely is 1.8.5): the plugin
loads cleanly, the provider is listed with no algorithm, and one message names the shapely found
and what to do per platform. A fake `shapely` package first on PYTHONPATH stands in for the real
ones, so nothing is installed."""

import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from helpers import ROOT

QGIS_PROCESS = "qgis_process.bin" if shutil.which("qgis_process.bin") else "qgis_process"
FAKES = {
    # Debian 12's python3-shapely: a version, no geos_version_string, no vectorised API
    "old": '__version__ = "1.8.5"\n',
    # an install whose GEOS library is gone
    "broken": 'raise OSError("libgeos_c.so.1: cannot open shared object file")\n',
}


def qgis_imports_shapely() -> bool:
    """Newer QGIS (3.40 seen) imports shapely inside qgis.core itself: there a shapely that
    raises on import stops QGIS's Python before any plugin loads (not Nuudel's to handle)."""
    import qgis.core

    return "import shapely" in Path(qgis.core.__file__).read_text(
        encoding="utf-8", errors="replace"
    )


def skip_if_qgis_needs_shapely(kind):
    if kind == "broken" and qgis_imports_shapely():
        pytest.skip("this QGIS imports shapely in qgis.core: a broken shapely breaks QGIS itself")


def fake_shapely(tmp_path, kind):
    """A directory holding a fake `shapely` package of the given kind."""
    path = tmp_path / f"fake_{kind}"
    (path / "shapely").mkdir(parents=True)
    (path / "shapely" / "__init__.py").write_text(FAKES[kind], encoding="utf-8")
    return path


def clean_env(tmp_path, fake):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("PYTHONPATH", "QGIS_CUSTOM_CONFIG_PATH", "NUUDEL_LANG")
    }
    env.update(
        HOME=str(tmp_path / "home"),
        QGIS_PLUGINPATH=str(ROOT / "build" / "plugins"),
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(fake),
        NUUDEL_LANG="en",
    )
    return env


def check_message(text, found):
    """The message names what was found and gives per-platform advice that works."""
    messages = re.findall(r"Nuudel needs shapely 2", text)
    assert len(messages) == 1, text  # said once
    assert found in text, text
    assert "apt install python3-shapely" in text and "Ubuntu 24.04" in text
    assert "Debian 13" in text and "OSGeo4W" in text and "Debian 12" in text
    assert "source checkout" in text and "README" in text
    # advice that fails for the reader: pip into an externally-managed Python, or `make setup`
    # given to someone who installed the zip (the zip has no Makefile)
    assert "pip install" not in text
    assert "make setup" not in text


@pytest.mark.parametrize(
    "kind, found", [("old", "shapely 1.8.5"), ("broken", "libgeos_c.so.1: cannot open")]
)
def test_qgis_process_degraded_start(tmp_path, kind, found):
    skip_if_qgis_needs_shapely(kind)
    env = clean_env(tmp_path, fake_shapely(tmp_path, kind))
    subprocess.run(
        [QGIS_PROCESS, "plugins", "enable", "nuudel"],
        env=env,
        capture_output=True,
        timeout=300,
        cwd=tmp_path,
    )
    proc = subprocess.run(
        [QGIS_PROCESS, "list"], env=env, capture_output=True, text=True, timeout=300, cwd=tmp_path
    )
    assert proc.returncode == 0, proc.stderr
    assert "error starting plugin" not in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stderr, proc.stderr
    assert "Nuudel" in proc.stdout  # the provider is listed
    assert not re.findall(r"^\s+nuudel:\w+", proc.stdout, flags=re.M)  # with no algorithm
    check_message(proc.stderr, found)


DESKTOP = textwrap.dedent("""
    import sys, traceback
    from qgis.core import QgsApplication, Qgis
    from qgis.gui import QgsMessageBar
    from qgis.PyQt.QtWidgets import QMainWindow, QMenu

    app = QgsApplication([], True)
    app.initQgis()

    pushed = []

    class Bar(QgsMessageBar):  # the real message bar, recording what is pushed
        def pushMessage(self, title, text, *args):
            pushed.append(text)
            return super().pushMessage(title, text, *args)

    class Iface:  # what the plugin uses of QgisInterface
        def __init__(self):
            self.window = QMainWindow()
            self.bar = Bar()
            self.menu = QMenu()
        def mainWindow(self):
            return self.window
        def messageBar(self):
            return self.bar
        def pluginMenu(self):
            return self.menu

    iface = Iface()
    try:
        import nuudel
        plugin = nuudel.classFactory(iface)
        plugin.initProcessing()  # QGIS may call both hooks
        plugin.initGui()
        provider = QgsApplication.processingRegistry().providerById("nuudel")
        print("PROVIDER", provider is not None)
        print("ALGORITHMS", len(provider.algorithms()))
        print("MENU", [a.text() for a in plugin.menu.actions()])
        for text in pushed:
            print("BAR", text)
        plugin.unload()
        print("UNLOADED", QgsApplication.processingRegistry().providerById("nuudel") is None)
    except Exception:
        traceback.print_exc()
        sys.exit(3)
    app.exitQgis()
""")


@pytest.mark.parametrize(
    "kind, found", [("old", "shapely 1.8.5"), ("broken", "libgeos_c.so.1: cannot open")]
)
def test_desktop_plugin_degraded_start(tmp_path, kind, found):
    """classFactory + initGui, as desktop QGIS loads the plugin: no exception (which QGIS would
    show as "Couldn't load plugin"), the provider and menu there, one message-bar message."""
    skip_if_qgis_needs_shapely(kind)
    fake = fake_shapely(tmp_path, kind)
    env = clean_env(tmp_path, fake)
    env["PYTHONPATH"] = os.pathsep.join([str(fake), str(ROOT / "build" / "plugins")])
    script = tmp_path / "desktop.py"
    script.write_text(DESKTOP, encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, str(script)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr, proc.stderr
    out = proc.stdout
    assert "PROVIDER True" in out and "ALGORITHMS 0" in out, out
    assert "MENU ['Language', 'Load workshop data', 'Make EIA figures', 'Help']" in out, out
    assert "UNLOADED True" in out, out
    bar = [line for line in out.splitlines() if line.startswith("BAR ")]
    assert len(bar) == 1, out
    check_message(bar[0], found)
    check_message(proc.stderr, found)  # and once in the log / on stderr
