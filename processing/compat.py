"""The one place where Nuudel branches on the QGIS version (3.22 ... 3.44, ready for QGIS 4).

Use these instead of the calls QGIS deprecated (and QGIS 4 / Qt6 removes):
    field(name, kind, length=0, prec=0)   not QgsField(name, QVariant.X, "", length, prec)
    field_type(kind)                      not QVariant.X (to compare with QgsField.type())
    field_names(alg, parameters, name, context)   not alg.parameterAsFields(...)
    null_rectangle()                      not r = QgsRectangle(); r.setMinimal()
    marker_shape("Circle")                not QgsSimpleMarkerSymbolLayerBase.Circle
    DISCRETE                              not QgsColorRampShader.Discrete
    sld_document(layer)                   not layer.exportSldStyle(doc, error)
    advanced(param)                       not param.setFlags(... FlagAdvanced)
    ADVANCED                              not QgsProcessingParameterDefinition.FlagAdvanced
    legend_font(legend, style, size)      not legend.rstyle(style).setFont(font)
Every branch is on ``Qgis.QGIS_VERSION_INT``, decided once at import.
"""

from qgis.core import Qgis, QgsField, QgsRectangle, QgsTextFormat
from qgis.PyQt.QtGui import QFont
from qgis.PyQt.QtXml import QDomDocument

VERSION = Qgis.QGIS_VERSION_INT

# Field types by name; python types are accepted as aliases.
_KINDS = {
    "string": "String",
    "double": "Double",
    "int": "Int",
    "int64": "LongLong",
    "bool": "Bool",
    "date": "Date",
    "datetime": "DateTime",
}
_ALIASES = {str: "string", float: "double", int: "int", bool: "bool"}

if VERSION >= 33800:  # QgsField takes QMetaType.Type (QVariant.Type deprecated in 3.38)
    from qgis.PyQt.QtCore import QMetaType

    _META = {
        "String": "QString",
        "Double": "Double",
        "Int": "Int",
        "LongLong": "LongLong",
        "Bool": "Bool",
        "Date": "QDate",
        "DateTime": "QDateTime",
    }
    _TYPES = {k: getattr(QMetaType.Type, _META[v]) for k, v in _KINDS.items()}
else:
    from qgis.PyQt.QtCore import QVariant

    _TYPES = {k: getattr(QVariant, v) for k, v in _KINDS.items()}


def field(name: str, kind, length: int = 0, prec: int = 0) -> QgsField:
    """A QgsField of ``kind``: "string", "double", "int", "int64", "bool", "date", "datetime"
    (or str, float, int, bool); ``length`` and ``prec`` as in QgsField (0 = provider default)."""
    key = _ALIASES.get(kind, kind)
    if key not in _TYPES:
        raise KeyError(f"unknown field kind {kind!r}")
    return QgsField(name, _TYPES[key], "", length, prec)


def field_type(kind):
    """The type constant QgsField.type() returns for ``kind`` (to compare with): QMetaType.Type
    since 3.38, QVariant.Type before (the two compare equal on PyQt5; Qt6 has only QMetaType)."""
    return _TYPES[_ALIASES.get(kind, kind)]


def field_names(alg, parameters, name, context) -> list:
    """The field names chosen in a field parameter (parameterAsFields is deprecated in 3.40)."""
    if VERSION >= 34000:
        return alg.parameterAsStrings(parameters, name, context)
    return alg.parameterAsFields(parameters, name, context)


def null_rectangle() -> QgsRectangle:
    """An empty rectangle that combineExtentWith() grows from (setMinimal is deprecated)."""
    rect = QgsRectangle()
    if VERSION >= 33400:
        rect.setNull()
    else:
        rect.setMinimal()
    return rect


def marker_shape(name: str):
    """A simple marker shape by name ("Circle", "Star", ...): Qgis.MarkerShape since 3.24."""
    if VERSION >= 32400:
        return getattr(Qgis.MarkerShape, name)
    from qgis.core import QgsSimpleMarkerSymbolLayerBase  # noqa: PLC0415 (QGIS < 3.24)

    return getattr(QgsSimpleMarkerSymbolLayerBase.Shape, name)


if VERSION >= 33800:  # QgsColorRampShader.Type moved to Qgis.ShaderInterpolationMethod (3.38)
    DISCRETE = Qgis.ShaderInterpolationMethod.Discrete
else:
    from qgis.core import QgsColorRampShader

    DISCRETE = QgsColorRampShader.Type.Discrete


if VERSION >= 33600:  # parameter flags moved to Qgis.ProcessingParameterFlag (3.36)
    ADVANCED = Qgis.ProcessingParameterFlag.Advanced
else:
    from qgis.core import QgsProcessingParameterDefinition

    ADVANCED = QgsProcessingParameterDefinition.FlagAdvanced


def sld_document(layer) -> QDomDocument:
    """``layer``'s style as an SLD document, without the parts SLD cannot express (QGIS 3.44
    reports those in an export context; earlier versions leave them out silently)."""
    if VERSION >= 34400:
        from qgis.core import QgsSldExportContext  # noqa: PLC0415 (QGIS >= 3.44)

        return layer.exportSldStyleV3(QgsSldExportContext())
    document = QDomDocument()
    layer.exportSldStyle(document, "")
    return document


def advanced(param):
    """Mark a Processing parameter as advanced (under "Advanced parameters" in the dialog)."""
    if VERSION >= 33600:  # the flag moved to Qgis.ProcessingParameterFlag in 3.36
        flag = Qgis.ProcessingParameterFlag.Advanced
    else:
        from qgis.core import QgsProcessingParameterDefinition  # noqa: PLC0415 (version branch)

        flag = QgsProcessingParameterDefinition.FlagAdvanced
    param.setFlags(param.flags() | flag)
    return param


def legend_font(legend, style, size: float, bold: bool = False) -> None:
    """Set a layout legend's font for ``style`` (QgsLegendStyle.Title, ...): a text format
    since 3.30 (setFont is deprecated there)."""
    font = QFont("DejaVu Sans")
    font.setPointSizeF(size)
    font.setBold(bold)
    if VERSION >= 33000:
        text = QgsTextFormat.fromQFont(font)
        text.setSize(size)
        legend.rstyle(style).setTextFormat(text)
    else:
        legend.rstyle(style).setFont(font)
