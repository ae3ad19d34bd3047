"""Processing adapter that creates a fence inventory GeoPackage (nuudel:createfenceinventory).

Writes the layers fences, crossings and survey_areas (core/inventory.py has their fields,
texts, ranges and form groups) with layer metadata in gpkg_metadata, and stores in the
GeoPackage's layer_styles, as each layer's default style, the form a field team fills: aliases,
value maps, default values, constraints from the profile, an attachment widget for the photo,
a drag-and-drop layout in groups, and the workshop's map style. QGIS, QField and Mergin Maps
read the same form from the file. Optionally writes a QGIS project beside it.
"""

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsAbstractMetadataBase,
    QgsAttributeEditorContainer,
    QgsAttributeEditorField,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsDefaultValue,
    QgsEditFormConfig,
    QgsEditorWidgetSetup,
    QgsFieldConstraints,
    QgsLayerMetadata,
    QgsProcessingContext,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputVectorLayer,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFileDestination,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDateTime

from .base import NuudelAlgorithm
from .compat import field
from .core import inventory as inv
from .feedback import check_cancel, fail
from .i18n import QT_TRANSLATE_NOOP, tr, translator_for
from .inventory_style import style_inventory_layer
from .styles import store_style

LANGUAGES = ("en", "mn", "both")
DEFAULT_CRS = "EPSG:4326"
LICENCE = "CC-BY-4.0"


def _drag_and_drop():
    layouts = getattr(Qgis, "AttributeFormLayout", None)
    return layouts.DragAndDrop if layouts is not None else QgsEditFormConfig.TabLayout


@dataclass
class CreateRequest:
    path: str
    crs: QgsCoordinateReferenceSystem
    lang: str
    profile: dict
    project_path: str


class CreateFenceInventory(NuudelAlgorithm):
    ALG_ID = "createfenceinventory"
    GROUP_ID = "fences"
    TAGS = (
        QT_TRANSLATE_NOOP("@default", "fence"),
        QT_TRANSLATE_NOOP("@default", "inventory"),
        QT_TRANSLATE_NOOP("@default", "survey"),
        QT_TRANSLATE_NOOP("@default", "QField"),
        QT_TRANSLATE_NOOP("@default", "form"),
    )
    SHORT_DESCRIPTION = QT_TRANSLATE_NOOP(
        "@default", "A new fence inventory GeoPackage with field forms for a survey team."
    )
    OUTPUT = "OUTPUT"
    CRS = "CRS"
    LANGUAGE = "LANGUAGE"
    PROFILE = "PROFILE"
    PROJECT = "PROJECT"
    FENCES = "FENCES"
    CROSSINGS = "CROSSINGS"
    SURVEY_AREAS = "SURVEY_AREAS"

    def display_name(self):
        return tr("Create fence inventory")

    def initAlgorithm(self, config=None):
        # optional: QGIS 3.22 rejects a missing CRS value despite its default
        self.addParameter(
            QgsProcessingParameterCrs(
                self.CRS,
                tr("CRS of the inventory (default EPSG:4326)"),
                defaultValue=DEFAULT_CRS,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.LANGUAGE,
                tr("Language of the form labels"),
                options=[tr("English"), tr("Mongolian"), tr("Mongolian and English")],
                defaultValue=2,
            )
        )
        self.add_profile_parameter(self.PROFILE)
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT,
                tr("Fence inventory (new GeoPackage)"),
                fileFilter=tr("GeoPackage (*.gpkg)"),
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.PROJECT,
                tr("QGIS project for QField (optional, .qgz beside the GeoPackage)"),
                fileFilter=tr("QGIS project (*.qgz)"),
                optional=True,
                createByDefault=False,
            )
        )
        for name, text in (
            (self.FENCES, tr("Fences")),
            (self.CROSSINGS, tr("Crossing structures")),
            (self.SURVEY_AREAS, tr("Survey areas")),
        ):
            self.addOutput(QgsProcessingOutputVectorLayer(name, text))

    # -- run -------------------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):
        request = self._request(parameters, context)
        steps = QgsProcessingMultiStepFeedback(len(inv.LAYER_FIELDS) * 2 + 1, feedback)
        uris = {}
        for i, name in enumerate(inv.LAYER_FIELDS):
            steps.setCurrentStep(i)
            uris[name] = self._write_layer(request, name, first=i == 0)
            check_cancel(feedback)
        for i, (name, uri) in enumerate(uris.items()):
            steps.setCurrentStep(len(uris) + i)
            self._store_form(request, name, uri)
        steps.setCurrentStep(len(uris) * 2)
        if request.project_path:
            self._write_project(request, uris)
        self._load_on_completion(context, uris)
        self._report(feedback, request, uris)
        return {
            self.OUTPUT: request.path,
            self.PROJECT: request.project_path or None,
            self.FENCES: uris["fences"],
            self.CROSSINGS: uris["crossings"],
            self.SURVEY_AREAS: uris["survey_areas"],
        }

    def _request(self, parameters, context):
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not path:
            fail(tr("Choose where to write the fence inventory (OUTPUT)."))
        if not path.lower().endswith(".gpkg"):
            path += ".gpkg"
        if Path(path).exists():
            fail(
                tr(
                    "{path} exists already: the inventory is created in a new GeoPackage. "
                    "Choose another file name."
                ),
                path=path,
            )
        crs = (
            self.parameterAsCrs(parameters, self.CRS, context)
            if parameters.get(self.CRS)
            else QgsCoordinateReferenceSystem(DEFAULT_CRS)
        )
        if not crs.isValid():
            fail(tr("The CRS of the inventory is not valid; choose one, e.g. EPSG:4326."))
        lang = LANGUAGES[self.parameterAsEnum(parameters, self.LANGUAGE, context)]
        project = (
            self.parameterAsFileOutput(parameters, self.PROJECT, context)
            if parameters.get(self.PROJECT)
            else ""
        )
        return CreateRequest(
            path, crs, lang, self.load_profile(parameters, context, self.PROFILE), project
        )

    # -- write the layers -------------------------------------------------------------------
    def _write_layer(self, request, name, first):
        layer = QgsVectorLayer(f"{inv.GEOMETRIES[name]}?crs={request.crs.authid()}", name, "memory")
        if request.crs.authid() == "":
            layer.setCrs(request.crs)
        layer.dataProvider().addAttributes([field(n, k) for n, k in inv.LAYER_FIELDS[name]])
        layer.updateFields()
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = name
        options.fileEncoding = "UTF-8"
        options.layerMetadata = self._metadata(request, name)
        options.saveMetadata = True
        if not first:
            options.actionOnExistingFile = (
                QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
            )
        error, message, _path, _layer = QgsVectorFileWriter.writeAsVectorFormatV3(
            layer, request.path, QgsCoordinateTransformContext(), options
        )
        if error != QgsVectorFileWriter.WriterError.NoError:
            fail(
                tr("Could not write layer {layer} to {path}: {error}"),
                layer=name,
                path=request.path,
                error=message,
            )
        return f"{request.path}|layername={name}"

    def _metadata(self, request, name):
        """Title, abstract, keywords, licence, contact, CRS, date and profile version, in both
        languages (English first, then Mongolian)."""
        mn = translator_for("mn")
        today = date.today().isoformat()
        profile = request.profile
        md = QgsLayerMetadata()
        md.setIdentifier(f"nuudel_fence_inventory:{name}")
        md.setType("dataset")
        md.setLanguage("mn" if request.lang == "mn" else "en")
        title = inv.LAYER_TITLES[name]
        md.setTitle(title if mn(title) == title else f"{title} — {mn(title)}")
        version = tr("Species profile: {name}, version {version}.").format(
            name=profile.get("name", ""), version=profile.get("version", "")
        )
        abstract = inv.LAYER_ABSTRACTS[name]
        md.setAbstract(
            f"{abstract}\n\n{mn(abstract)}\n\n{version}\n"
            f"CRS: {request.crs.authid() or request.crs.description()}."
        )
        md.setKeywords(
            {
                "nuudel": [
                    "fence inventory",
                    "хашааны тооллого",
                    "CAMI 2.2.1 (a)",
                    "wildlife",
                    "Mongolia",
                    f"profile {profile.get('version', '')}",
                ]
            }
        )
        md.setLicenses([LICENCE])
        md.setRights([tr("Fill in who owns the survey data and how it may be shared.")])
        contact = QgsAbstractMetadataBase.Contact(tr("Fill in: the surveying organisation"))
        contact.role = "custodian"
        md.setContacts([contact])
        md.setCrs(request.crs)
        created = tr("created by Nuudel (nuudel:createfenceinventory)")  # not in an f-string:
        md.setHistory([f"{today}: {created}; {version}"])  # lupdate reads no tr() there
        if hasattr(md, "setDateTime"):  # QGIS >= 3.30
            md.setDateTime(Qgis.MetadataDateType.Created, QDateTime.currentDateTime())
        return md

    # -- the form -------------------------------------------------------------------------
    def _store_form(self, request, name, uri):
        layer = QgsVectorLayer(uri, name, "ogr")
        if not layer.isValid():
            fail(tr("Could not open layer {layer} of {path}."), layer=name, path=request.path)
        t = translator_for(request.lang)
        style_inventory_layer(layer, name, t)  # first: a QML style brings its own form
        ranges = inv.field_ranges(request.profile)
        for index, fld in enumerate(layer.fields()):
            self._configure_field(layer, name, index, fld.name(), t, ranges)
        self._form_layout(layer, name, t)
        error = store_style(layer, name, f"nuudel:inventory ({request.lang})", True)
        if error:
            fail(tr("Could not store the form of layer {layer}: {error}"), layer=name, error=error)

    @staticmethod
    def _configure_field(layer, name, index, field_name, t, ranges):
        if field_name in inv.ALIASES:
            layer.setFieldAlias(index, t(inv.ALIASES[field_name]))
        if field_name in inv.VALUE_LABELS:
            values = [{t(label): code} for code, label in inv.VALUE_LABELS[field_name].items()]
            layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup("ValueMap", {"map": values}))
        elif field_name == "photo":
            layer.setEditorWidgetSetup(
                index,
                QgsEditorWidgetSetup(
                    "ExternalResource",
                    {
                        "DocumentViewer": 1,
                        "FileWidget": True,
                        "FileWidgetButton": True,
                        "RelativeStorage": 1,
                        "StorageMode": 0,
                        "UseLink": True,
                        "FullUrl": True,
                    },
                ),
            )
        elif field_name == "notes":
            layer.setEditorWidgetSetup(
                index, QgsEditorWidgetSetup("TextEdit", {"IsMultiline": True})
            )
        if field_name in inv.DEFAULTS:
            layer.setDefaultValueDefinition(index, QgsDefaultValue(inv.DEFAULTS[field_name]))
        strong, soft = (
            QgsFieldConstraints.ConstraintStrengthHard,
            QgsFieldConstraints.ConstraintStrengthSoft,
        )
        if field_name in inv.NOT_NULL_HARD[name]:
            layer.setFieldConstraint(index, QgsFieldConstraints.ConstraintNotNull, strong)
        if name == "fences" and field_name in inv.NEEDED_FOR_WIRES:
            layer.setFieldConstraint(index, QgsFieldConstraints.ConstraintNotNull, soft)
        if field_name in ranges and (name == "fences") == field_name.endswith("_cm"):
            lo, hi, rule = ranges[field_name]
            layer.setConstraintExpression(
                index,
                inv.range_expression(field_name, lo, hi),
                t(inv.RANGE_TEXT).format(rule=rule, lo=f"{lo:g}", hi=f"{hi:g}"),
            )
            layer.setFieldConstraint(index, QgsFieldConstraints.ConstraintExpression, strong)
            layer.setEditorWidgetSetup(
                index,
                QgsEditorWidgetSetup(
                    "Range",
                    {
                        "Min": lo,
                        "Max": hi,
                        "Step": 1.0 if field_name.endswith("_cm") else 0.1,
                        "Precision": 0 if field_name.endswith("_cm") else 1,
                        "Style": "SpinBox",
                        "AllowNull": True,
                    },
                ),
            )

    @staticmethod
    def _form_layout(layer, name, t):
        config = layer.editFormConfig()
        config.setLayout(_drag_and_drop())
        config.clearTabs()
        root = config.invisibleRootContainer()
        for title, names in inv.GROUPS[name]:
            group = QgsAttributeEditorContainer(t(title), root)
            group.setIsGroupBox(True)
            for field_name in names:
                group.addChildElement(
                    QgsAttributeEditorField(field_name, layer.fields().indexOf(field_name), group)
                )
            config.addTab(group)
        layer.setEditFormConfig(config)

    # -- project and loading ------------------------------------------------------------------
    def _write_project(self, request, uris):
        project = QgsProject()
        project.setCrs(request.crs)
        project.setTitle(tr("Fence inventory"))
        for name in ("survey_areas", "fences", "crossings"):
            layer = QgsVectorLayer(
                uris[name], translator_for(request.lang)(inv.LAYER_TITLES[name]), "ogr"
            )
            project.addMapLayer(layer)
        written = project.write(request.project_path)
        error = project.error()
        project.clear()  # free the layers now, not when Python collects the project
        if not written:
            fail(
                tr("Could not write the project {path}: {error}"),
                path=request.project_path,
                error=error,
            )

    def _load_on_completion(self, context, uris):
        outputs = {
            "fences": self.FENCES,
            "crossings": self.CROSSINGS,
            "survey_areas": self.SURVEY_AREAS,
        }
        for name, uri in uris.items():
            details = QgsProcessingContext.LayerDetails(
                tr(inv.LAYER_TITLES[name]), context.project(), outputs[name]
            )
            context.addLayerToLoadOnCompletion(uri, details)

    @staticmethod
    def _report(feedback, request, uris):
        feedback.pushInfo(
            tr(
                "Fence inventory written to {path}: layers {layers}, each with its "
                "form and map style as default style and its metadata."
            ).format(path=request.path, layers=", ".join(uris))
        )
        ranges = inv.field_ranges(request.profile)
        feedback.pushInfo(
            tr("Value ranges from the profile: {ranges}.").format(
                ranges="; ".join(
                    f"{k} {lo:g}–{hi:g} ({rule})" for k, (lo, hi, rule) in ranges.items()
                )
            )
        )
        if request.project_path:
            feedback.pushInfo(
                tr("Project for QField written to {path}.").format(path=request.project_path)
            )
