"""The `nuudel` Processing provider: registers Nuudel's algorithms and shipped models."""

from pathlib import Path

from qgis.core import QgsMessageLog, QgsProcessingModelAlgorithm, QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from .deps import shapely_problem
from .i18n import tr

PLUGIN_DIR = Path(__file__).resolve().parent.parent
ICON = PLUGIN_DIR / "resources" / "icons" / "nuudel.svg"
MODELS_DIR = PLUGIN_DIR / "resources" / "models"


def plugin_version() -> str:
    """Version from metadata.txt."""
    for line in (PLUGIN_DIR / "metadata.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("version="):
            return line.split("=", 1)[1].strip()
    return "?"


def algorithm_classes():
    """The algorithm classes, imported only when shapely 2 is there (they need it)."""
    from .algorithms import ALGORITHMS

    return ALGORITHMS


class NuudelProvider(QgsProcessingProvider):
    """Processing provider with id ``nuudel`` (contract: never changes)."""

    def id(self):
        return "nuudel"

    def name(self):
        return tr("Nuudel")

    def longName(self):
        return tr("Nuudel {version}: wildlife-friendly fences, roads and railways").format(
            version=plugin_version()
        )

    def icon(self):
        return QIcon(str(ICON))

    def svgIconPath(self):
        return str(ICON)

    def versionInfo(self):
        return plugin_version()

    def loadAlgorithms(self):
        problem = shapely_problem()
        if problem:
            QgsMessageLog.logMessage(problem, "Nuudel")
            return
        for cls in algorithm_classes():
            self.addAlgorithm(cls())
        for path in sorted(MODELS_DIR.glob("*.model3")):
            model = QgsProcessingModelAlgorithm()
            if model.fromFile(str(path)):
                self.addAlgorithm(model)
            else:
                QgsMessageLog.logMessage(tr("Cannot load model {path}").format(path=path), "Nuudel")
