"""Shared base of Nuudel's Processing algorithms: names, help, common parameters, errors."""

from pathlib import Path

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
)
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtGui import QIcon

from . import help_text, param_help, styles
from .core.profile import SPECIES_CODES, load_profile
from .feedback import core_call
from .i18n import QT_TRANSLATE_NOOP, active_language, both_languages, tr
from .labels import group_names, species_names
from .layouts import report_figure
from .model_text import model_strings
from .paths import HELP_DIR, ICON
from .preselect import preselect
from .safety import check_destinations, check_numbers


def translate_layer_names(context) -> None:
    """Name the layers this run loads in the active language.

    Inside a shipped model QGIS names an output's layer after the model output's key, which is
    fixed English text (it is also the parameter name, "audit:Fence audit summary"); the
    dialog would load "Fence audit summary" into a Mongolian project."""
    strings = model_strings()
    for layer_id in context.layersToLoadOnCompletion():
        details = context.layerToLoadOnCompletionDetails(layer_id)
        if details.name in strings:
            details.name = strings[details.name]


class NuudelAlgorithm(QgsProcessingAlgorithm):
    """Base class: subclasses set ALG_ID, GROUP_ID, TAGS, SHORT_DESCRIPTION and implement
    display_name().

    TAGS are English search words, each wrapped in QT_TRANSLATE_NOOP("@default", ...) so that
    pylupdate5 files it for translation; the toolbox search then finds the algorithm by any of
    them, or of COMMON_TAGS, in English and in Mongolian whatever the interface language.
    SHORT_DESCRIPTION (English, wrapped the same way) is the one-line toolbox tooltip.
    """

    ALG_ID = ""
    GROUP_ID = ""
    TAGS = ()
    SHORT_DESCRIPTION = ""
    COMMON_TAGS = (
        QT_TRANSLATE_NOOP("@default", "nuudel"),
        QT_TRANSLATE_NOOP("@default", "wildlife"),
        QT_TRANSLATE_NOOP("@default", "migration"),
        QT_TRANSLATE_NOOP("@default", "mongolia"),
        QT_TRANSLATE_NOOP("@default", "gazelle"),
    )

    def createInstance(self):
        return type(self)()

    def addParameter(self, definition, createOutput=True):  # noqa: N803 (QGIS signature)
        """Every parameter gets its help (tooltip) and Advanced flag from param_help's table."""
        param_help.apply(definition, self.ALG_ID)
        added = super().addParameter(definition, createOutput)
        if isinstance(definition, QgsProcessingParameterField):
            if not hasattr(self, "_expected_fields"):
                self._expected_fields = {}
            preselect(self, definition, self._expected_fields)
        return added

    def name(self):
        return self.ALG_ID

    def displayName(self):
        return self.display_name()

    def display_name(self) -> str:
        raise NotImplementedError

    def groupId(self):
        return self.GROUP_ID

    def group(self):
        return group_names()[self.GROUP_ID]

    def icon(self):
        return QIcon(str(ICON))

    def svgIconPath(self):
        return str(ICON)

    def tags(self):
        """COMMON_TAGS + TAGS in English and in Mongolian (and the active language)."""
        return both_languages(list(self.COMMON_TAGS) + list(self.TAGS))

    def shortDescription(self):
        return tr(self.SHORT_DESCRIPTION) if self.SHORT_DESCRIPTION else ""

    def help_file(self, lang=None) -> Path:
        """The help page for this algorithm in ``lang`` (default: the active language)."""
        lang = lang or active_language()
        page = HELP_DIR / lang / f"{self.ALG_ID}.html"
        return page if page.exists() else HELP_DIR / "en" / f"{self.ALG_ID}.html"

    def short_help_file(self, lang=None) -> Path:
        """The summary for shortHelpString in ``lang`` (default: the active language)."""
        lang = lang or active_language()
        short = HELP_DIR / lang / "short" / f"{self.ALG_ID}.txt"
        return short if short.exists() else HELP_DIR / "en" / "short" / f"{self.ALG_ID}.txt"

    def shortHelpString(self):
        return help_text.summary(self.short_help_file(), self.help_file(), self.helpUrl())

    def helpUrl(self):
        page = self.help_file()
        return QUrl.fromLocalFile(str(page)).toString() if page.exists() else ""

    def checkParameterValues(self, parameters, context):
        """The dialog, processing.run and qgis_process check here first: no destination may be
        an input and every number must be finite (the message is shown as it is)."""
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, message
        try:
            self.check_safety(parameters, context)
        except QgsProcessingException as err:
            return False, str(err)
        return True, ""

    def check_safety(self, parameters, context):
        """Refuse a destination that is an input and a number that is NaN or infinite."""
        check_numbers(self, parameters, context)
        check_destinations(self, parameters, context)

    # -- common parameters -------------------------------------------------------------------
    def add_species_parameter(self, name="SPECIES"):
        """SPECIES: multiple choice of the eight species, all selected by default."""
        names = species_names()
        param = QgsProcessingParameterEnum(
            name,
            tr("Species"),
            options=[names[c] for c in SPECIES_CODES],
            allowMultiple=True,
            defaultValue=list(range(len(SPECIES_CODES))),
        )
        self.addParameter(param)

    def species_codes(self, parameters, context, name="SPECIES"):
        """The selected species codes, in standard order; all of them when none is chosen."""
        indices = self.parameterAsEnums(parameters, name, context)
        codes = [SPECIES_CODES[i] for i in sorted(set(indices))] if indices else list(SPECIES_CODES)
        return codes

    def add_profile_parameter(self, name="PROFILE"):
        """PROFILE: optional JSON file replacing the shipped species profile."""
        self.addParameter(
            QgsProcessingParameterFile(
                name,
                tr("Species profile (JSON, optional; default: shipped profile)"),
                extension="json",
                optional=True,
            )
        )

    def load_profile(self, parameters, context, name="PROFILE") -> dict:
        """Load the chosen (or shipped) profile; a bad file raises a translated error."""
        path = self.parameterAsFile(parameters, name, context)
        return core_call(load_profile, path or None)

    def add_report_parameter(self, name="REPORT"):
        """REPORT: optional HTML file destination."""
        self.addParameter(
            QgsProcessingParameterFileDestination(
                name,
                tr("Report (HTML)"),
                fileFilter=tr("HTML files (*.html)"),
                optional=True,
                createByDefault=False,
            )
        )

    # -- styled outputs ----------------------------------------------------------------------
    def style_output(self, context, dest_id, style_key):
        """Style output ``dest_id`` with styles/<style_key>.qml when loaded and in its file."""
        if not hasattr(self, "_styled_outputs"):
            self._styled_outputs = []
        self._styled_outputs.append((dest_id, style_key))
        styles.register_style(context, dest_id, style_key)

    def prepareAlgorithm(self, parameters, context, feedback):
        """Before a run: the safety checks again, for runs that skip checkParameterValues (a
        model's child steps); and where the REPORT goes (its EIA figure is written beside it)."""
        self.check_safety(parameters, context)
        has_report = self.parameterDefinition("REPORT") is not None
        self._report_target = (
            self.parameterAsFileOutput(parameters, "REPORT", context)
            if has_report and parameters.get("REPORT")
            else ""
        )
        return True

    def postProcessAlgorithm(self, context, feedback):
        """Write each registered output's style into its GeoPackage (runs after the sinks close)
        and, with a REPORT, the EIA figure of the outputs as <report>.pdf."""
        outputs = getattr(self, "_styled_outputs", [])
        for dest_id, style_key in outputs:
            styles.save_default_style(context, dest_id, style_key, feedback)
        report = getattr(self, "_report_target", "")
        if report and Path(report).exists() and outputs:
            report_figure(
                self.displayName(), outputs, context, Path(report).with_suffix(".pdf"), feedback
            )
        self._styled_outputs = []
        translate_layer_names(context)
        return {}

    core_call = staticmethod(core_call)
