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
from .help_text import for_display, in_qgis_process, plain_text
from .i18n import QT_TRANSLATE_NOOP, both_languages, tr
from .model_text import help_key, localise, short_help
from .paths import ICON, MODELS_DIR, metadata


def plugin_version() -> str:
    """Version from metadata.txt."""
    return metadata("version")


def algorithm_classes():
    """The algorithm classes, imported only when shapely 2 is there (they need it)."""
    from .algorithms import ALGORITHMS  # noqa: PLC0415 (only with shapely 2)

    return ALGORITHMS


def model_id(path) -> str:
    """Stable lowercase algorithm name of a shipped model: eia_screening.model3 -> eiascreening
    (so its id is nuudel:eiascreening, whatever the model's display name)."""
    return "".join(c for c in Path(path).stem.lower() if c.isalnum())


def model_titles():
    """Translated display names of the shipped models (model files cannot hold tr())."""
    return {"eiascreening": tr("EIA screening of a proposed alignment")}


# Search tags and toolbox tooltips of the shipped models, by model id (English, translated when
# used; see NuudelAlgorithm.TAGS).
MODEL_TAGS = {
    "eiascreening": (
        QT_TRANSLATE_NOOP("@default", "nuudel"),
        QT_TRANSLATE_NOOP("@default", "wildlife"),
        QT_TRANSLATE_NOOP("@default", "migration"),
        QT_TRANSLATE_NOOP("@default", "gazelle"),
        QT_TRANSLATE_NOOP("@default", "fence"),
        QT_TRANSLATE_NOOP("@default", "alignment"),
        QT_TRANSLATE_NOOP("@default", "eia"),
        QT_TRANSLATE_NOOP("@default", "road"),
        QT_TRANSLATE_NOOP("@default", "railway"),
        QT_TRANSLATE_NOOP("@default", "crossing"),
        QT_TRANSLATE_NOOP("@default", "model"),
    )
}
MODEL_DESCRIPTIONS = {
    "eiascreening": QT_TRANSLATE_NOOP(
        "@default",
        "No-go mask, crossing spacing and fence audit of a proposed road or railway in one run.",
    )
}


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
            # History and "Copy as Python command" need the file the model came from
            self.setSourceFilePath(self._path)
            localise(self)
            for param in self.parameterDefinitions():
                param_help.apply(param, self.name(), keep_help=True)
            self._declare_figure_outputs()
            if in_qgis_process():  # newer qgis_process prints a model's ALG_DESC as it is
                content = self.helpContent()
                text = plain_text(short_help(self))
                content.update({"ALG_DESC": text, help_key("ALG_DESC"): text})
                self.setHelpContent(content)

    def _declare_figure_outputs(self):
        """Declare the steps' number and text outputs the model exposes (e.g.
        audit:BARRIER_KM): a model declares only its layer and file outputs by itself, so the
        key figures would reach the results but not qgis_process, help or later model steps."""
        for child_id, child in self.childAlgorithms().items():
            alg = child.algorithm()
            if alg is None:
                continue
            for output in child.modelOutputs().values():
                definition = alg.outputDefinition(output.childOutputName())
                name = f"{child_id}:{output.name()}"
                if (
                    definition is None
                    or alg.parameterDefinition(output.childOutputName()) is not None
                    or self.outputDefinition(name) is not None
                ):
                    continue
                self.addOutput(type(definition)(name, definition.description()))

    def shortHelpString(self):
        return for_display(short_help(self))

    def processAlgorithm(self, parameters, context, feedback):
        """Run the model with every input left out at its default (qgis_process and scripts
        pass only what they set; a model gives its steps no default by itself)."""
        filled = dict(parameters)
        for definition in self.parameterDefinitions():
            if definition.name() not in filled and definition.defaultValue() is not None:
                filled[definition.name()] = definition.defaultValue()
        return super().processAlgorithm(filled, context, feedback)

    def name(self):
        return model_id(self._path)

    def displayName(self):
        return model_titles().get(self.name(), super().displayName())

    def group(self):
        return tr("Models")

    def tags(self):
        return both_languages(MODEL_TAGS.get(self.name(), ()))

    def shortDescription(self):
        text = MODEL_DESCRIPTIONS.get(self.name())
        return tr(text) if text else super().shortDescription()

    def icon(self):
        return QIcon(str(ICON))

    def svgIconPath(self):
        return str(ICON)

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
        if shapely_problem():  # degraded start: no algorithms; the plugin says why, once
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
