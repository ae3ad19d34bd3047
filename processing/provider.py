"""The `nuudel` Processing provider: registers Nuudel's algorithms and shipped models."""

from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsMessageLog,
    QgsProcessingModelAlgorithm,
    QgsProcessingProvider,
)
from qgis.PyQt.QtGui import QIcon

from . import param_help
from .deps import shapely_problem
from .help_text import for_display
from .i18n import tr
from .model_text import localise, short_help
from .paths import ICON, MODELS_DIR, PLUGIN_DIR


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


def model_id(path) -> str:
    """Stable lowercase algorithm name of a shipped model: eia_screening.model3 -> eiascreening
    (so its id is nuudel:eiascreening, whatever the model's display name)."""
    return "".join(c for c in Path(path).stem.lower() if c.isalnum())


def model_titles():
    """Translated display names of the shipped models (model files cannot hold tr())."""
    return {"eiascreening": tr("EIA screening of a proposed alignment")}


class NuudelModel(QgsProcessingModelAlgorithm):
    """A shipped .model3 with a stable id, a translated name and the group "Models"."""

    def __init__(self, path):
        super().__init__()
        self._path = str(path)
        self.reload()

    def reload(self):
        """Load the file again, so child steps resolve against algorithms registered since."""
        self.loaded = self.fromFile(self._path)
        if self.loaded:
            localise(self)
            for param in self.parameterDefinitions():
                param_help.apply(param, self.name(), keep_help=True)

    def shortHelpString(self):
        return for_display(short_help(self))

    def name(self):
        return model_id(self._path)

    def displayName(self):
        return model_titles().get(self.name(), super().displayName())

    def group(self):
        return tr("Models")

    def groupId(self):
        return "models"

    def createInstance(self):
        return NuudelModel(self._path)


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
        models = []
        for path in sorted(MODELS_DIR.glob("*.model3")):
            model = NuudelModel(path)
            if model.loaded:
                self.addAlgorithm(model)
                models.append(model)
            else:
                QgsMessageLog.logMessage(tr("Cannot load model {path}").format(path=path), "Nuudel")
        self._models = models
        # On the first load the provider is not in the registry yet, so the models' nuudel steps
        # could not be resolved (the models then lack their output parameters): load them again
        # once the provider is registered.
        registry = QgsApplication.processingRegistry()
        if registry.providerById(self.id()) is None and not getattr(self, "_waiting", False):
            self._waiting = True
            registry.providerAdded.connect(self._registered)

    def _registered(self, provider_id):
        if provider_id != self.id():
            return
        registry = QgsApplication.processingRegistry()
        try:
            registry.providerAdded.disconnect(self._registered)
        except TypeError:
            pass
        self._waiting = False
        for model in self._models:
            model.reload()
