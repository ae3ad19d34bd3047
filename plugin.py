"""The Nuudel plugin: registers the Processing provider and the Plugins > Nuudel menu."""

import sys

from qgis.core import Qgis, QgsApplication, QgsMessageLog
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QActionGroup, QMenu

from .processing.deps import geos_mismatch, shapely_problem
from .processing.i18n import (
    install_translator,
    language_setting,
    remove_translator,
    set_language_setting,
    tr,
)
from .processing.provider import ICON, NuudelProvider


class NuudelPlugin:
    """Entry object QGIS creates through classFactory()."""

    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.menu = None
        self.actions = []
        self._said = set()  # start-up messages already given (each is said once)

    # -- Processing (also called by qgis_process) ----------------------------------------
    def initProcessing(self):
        """Install the translator and register the provider (once)."""
        install_translator()
        registry = QgsApplication.processingRegistry()
        if self.provider is None and registry.providerById("nuudel") is None:
            self.provider = NuudelProvider()
            if not registry.addProvider(self.provider):
                self.provider = None
        for message in filter(None, (shapely_problem(), geos_mismatch())):
            if message in self._said:
                continue
            self._said.add(message)
            QgsMessageLog.logMessage(message, "Nuudel", Qgis.Warning)
            print(f"Nuudel: {message}", file=sys.stderr)  # qgis_process shows no message log

    # -- GUI -------------------------------------------------------------------------------
    def initGui(self):
        self.initProcessing()
        problem = shapely_problem()
        if (
            problem
            and ("bar", problem) not in self._said
            and self.iface is not None
            and hasattr(self.iface, "messageBar")
        ):
            self._said.add(("bar", problem))
            self.iface.messageBar().pushMessage(tr("Nuudel"), problem, Qgis.Warning, 0)
        self._build_menu()

    def _build_menu(self):
        main_window = self.iface.mainWindow() if self.iface is not None else None
        self.menu = QMenu(tr("Nuudel"), main_window)
        self.menu.setIcon(QIcon(str(ICON)))
        lang_menu = self.menu.addMenu(tr("Language"))
        group = QActionGroup(lang_menu)
        for code, label in (
            ("auto", tr("Auto (QGIS locale)")),
            ("en", "English"),
            ("mn", "Монгол"),
        ):
            action = QAction(label, lang_menu)
            action.setCheckable(True)
            action.setChecked(language_setting() == code)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            group.addAction(action)
            lang_menu.addAction(action)
            self.actions.append(action)
        workshop = QAction(tr("Load workshop data"), self.menu)
        workshop.triggered.connect(self.load_workshop_data)
        figures_action = QAction(tr("Make EIA figures"), self.menu)
        figures_action.triggered.connect(self.make_eia_figures)
        help_action = QAction(tr("Help"), self.menu)
        help_action.triggered.connect(self.show_help)
        for action in (workshop, figures_action, help_action):
            self.menu.addAction(action)
            self.actions.append(action)
        plugin_menu = getattr(self.iface, "pluginMenu", None)
        if plugin_menu is not None:
            plugin_menu().addMenu(self.menu)

    def set_language(self, code: str):
        """Switch language without a restart: new translator, provider strings re-read."""
        set_language_setting(code)
        install_translator()
        if self.provider is not None:
            self.provider.refreshAlgorithms()
        if self.menu is not None:
            self._remove_menu()
            self._build_menu()

    def load_workshop_data(self):
        from .ui.workshop import load_workshop_data  # noqa: PLC0415 (needs shapely: on demand)

        load_workshop_data(self.iface)

    def make_eia_figures(self):
        from .ui.figures import make_eia_figures  # noqa: PLC0415 (needs shapely: on demand)

        return make_eia_figures(self.iface)

    def show_help(self):
        from .ui.help import open_help  # noqa: PLC0415 (on demand)

        open_help()

    def _remove_menu(self):
        if self.menu is not None:
            plugin_menu = getattr(self.iface, "pluginMenu", None)
            if plugin_menu is not None:
                plugin_menu().removeAction(self.menu.menuAction())
            self.menu.deleteLater()
        self.menu = None
        self.actions = []

    def unload(self):
        """Remove everything the plugin added: menu, provider, translator."""
        self._remove_menu()
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translator()
