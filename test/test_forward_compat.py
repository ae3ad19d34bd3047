"""Forward compatibility with QGIS 4 (Qt6): no PyQt5-only constructs in the plugin's code, and
no QGIS API deprecated on the way there (processing/compat.py has the replacements).

Scans the Python that ships in the plugin (what scripts/package.py zips: not test/, scripts/,
bench/, .ci/, nor .venv/build) outside comments and strings, and names file:line for each hit.
Every replacement suggested here already works on QGIS 3.22 (PyQt5 5.15 knows scoped enums).
"""

import ast
import io
import re
import tokenize

import pytest
from helpers import ROOT

SKIP_DIRS = {"test", "scripts", "bench", "build", "out", "dist", "i18n"}

# Unscoped Qt enum members -> the scoped spelling that works on Qt5 and Qt6.
SCOPED = {
    "Qt": {
        "AlignmentFlag": "AlignLeft AlignRight AlignHCenter AlignVCenter AlignCenter AlignTop "
        "AlignBottom AlignJustify",
        "CheckState": "Checked Unchecked PartiallyChecked",
        "ItemDataRole": "DisplayRole EditRole UserRole ToolTipRole DecorationRole CheckStateRole",
        "ItemFlag": "ItemIsEnabled ItemIsSelectable ItemIsEditable ItemIsUserCheckable",
        "Orientation": "Horizontal Vertical",
        "CursorShape": "WaitCursor ArrowCursor BusyCursor PointingHandCursor",
        "PenStyle": "NoPen SolidLine DashLine DotLine DashDotLine",
        "BrushStyle": "NoBrush SolidPattern",
        "GlobalColor": "black white red green blue transparent",
        "AspectRatioMode": "KeepAspectRatio IgnoreAspectRatio",
        "TransformationMode": "SmoothTransformation FastTransformation",
        "WindowModality": "WindowModal ApplicationModal",
        "TextFormat": "RichText PlainText",
    },
    "QMessageBox": {
        "StandardButton": "Ok Cancel Yes No Close Save Discard",
        "Icon": "Information Warning Critical Question",
    },
    "QDialogButtonBox": {"StandardButton": "Ok Cancel Close Help"},
    "QSizePolicy": {"Policy": "Fixed Minimum Maximum Preferred Expanding MinimumExpanding"},
    "QIODevice": {"OpenModeFlag": "ReadOnly WriteOnly ReadWrite Text"},
    "QPainter": {"RenderHint": "Antialiasing TextAntialiasing SmoothPixmapTransform"},
    "QImage": {"Format": "Format_ARGB32 Format_ARGB32_Premultiplied Format_RGB32"},
}
UNSCOPED = {
    f"{cls}.{member}": f"{cls}.{enum}.{member}"
    for cls, enums in SCOPED.items()
    for enum, members in enums.items()
    for member in members.split()
}
UNSCOPED_RE = re.compile(r"(?<![\w.])(" + "|".join(re.escape(k) for k in UNSCOPED) + r")(?![\w])")
RULES = [
    (re.compile(r"^\s*(from|import)\s+PyQt5\b"), "import Qt through qgis.PyQt, not PyQt5"),
    (re.compile(r"(?<![\w.])sip\b.*\bPyQt5|PyQt5\.\w"), "PyQt5-only module path: use qgis.PyQt"),
    (re.compile(r"\.exec_\s*\("), "exec_() is gone in Qt6: use exec()"),
    (re.compile(r"(?<![\w.])QRegExp(Validator)?\b"), "QRegExp is gone in Qt6: QRegularExpression"),
    (
        re.compile(
            r"\bresources_rc\b|^\s*from\s+\.+\s*import\s+resources\b|^\s*import\s+resources\b"
        ),
        "compiled Qt resources (pyrcc) are gone in QGIS 4: load files by path",
    ),
    (re.compile(r"\bpyrcc5?\b"), "pyrcc is gone in QGIS 4: load files by path"),
]


def plugin_python_files():
    for path in sorted(ROOT.rglob("*.py")):
        rel = path.relative_to(ROOT)
        if rel.parts[0] in SKIP_DIRS or any(p.startswith(".") for p in rel.parts):
            continue
        yield path


def code_lines(text):
    """{line number: code on that line without comments and string literals}."""
    lines = {}
    skip = {
        tokenize.COMMENT,
        tokenize.STRING,
        tokenize.NL,
        tokenize.NEWLINE,
        tokenize.INDENT,
        tokenize.DEDENT,
        tokenize.ENCODING,
        tokenize.ENDMARKER,
    }
    fstring = {
        getattr(tokenize, n)
        for n in ("FSTRING_START", "FSTRING_MIDDLE", "FSTRING_END")
        if hasattr(tokenize, n)
    }
    for tok in tokenize.generate_tokens(io.StringIO(text).readline):
        if tok.type in skip or tok.type in fstring:
            continue
        lines.setdefault(tok.start[0], []).append(tok.string)
    return {n: re.sub(r"\s*\.\s*", ".", " ".join(parts)) for n, parts in lines.items()}


def problems_in(path):
    found = []
    rel = path.relative_to(ROOT)
    for number, code in code_lines(path.read_text(encoding="utf-8")).items():
        for pattern, why in RULES:
            if pattern.search(code):
                found.append(f"{rel}:{number}: {why}")
        for match in UNSCOPED_RE.finditer(code):
            found.append(
                f"{rel}:{number}: unscoped enum {match.group(1)}: use {UNSCOPED[match.group(1)]}"
            )
    return found


def test_scanner_catches_the_constructs(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from PyQt5.QtCore import Qt\n"
        "import PyQt5\n"
        "dialog.exec_()\n"
        "rx = QRegExp('a')\n"
        "from . import resources_rc\n"
        "label.setAlignment(Qt.AlignLeft)\n"
        "box.setStandardButtons(QMessageBox.Ok)\n"
        "ok = Qt.AlignmentFlag.AlignLeft | QMessageBox.StandardButton.Ok  # Qt.AlignLeft\n"
        "text = 'dialog.exec_() and Qt.Checked in a string'\n",
        encoding="utf-8",
    )
    lines = code_lines(sample.read_text(encoding="utf-8"))
    hits = {
        n
        for n, code in lines.items()
        if any(p.search(code) for p, _ in RULES) or UNSCOPED_RE.search(code)
    }
    assert hits == {1, 2, 3, 4, 5, 6, 7}


def test_no_pyqt5_only_constructs_in_the_plugin():
    files = list(plugin_python_files())
    assert any(p.name == "plugin.py" for p in files)
    problems = [problem for path in files for problem in problems_in(path)]
    message = "PyQt5-only constructs (QGIS 4 / Qt6 will break):\n" + "\n".join(problems)
    assert problems == [], message


# -- QGIS API deprecated before QGIS 4: use processing/compat.py --------------------------------
# QVariant type constants (QgsField takes QMetaType.Type since 3.38; Qt6 has no QVariant.Type).
QVARIANT_TYPES = set(
    "Invalid Bool Int UInt LongLong ULongLong Double Char String StringList "
    "ByteArray Date Time DateTime List Map".split()
)
DEPRECATED = {
    "qvariant": "QVariant type constant: use compat.field(name, kind, length, prec)",
    "parameterAsFields": "parameterAsFields is deprecated (3.40): use compat.field_names()",
    "setMinimal": "QgsRectangle.setMinimal is deprecated (3.34): use compat.null_rectangle()",
}
COMPAT = ROOT / "processing" / "compat.py"


def deprecated_calls(path):
    """[(rule, line)] for each deprecated construct in ``path`` (parsed, so comments, strings
    and calls split over several lines are handled)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Attribute):
            continue
        if (
            isinstance(node.value, ast.Name)
            and node.value.id == "QVariant"
            and node.attr in QVARIANT_TYPES
        ):
            found.append(("qvariant", node.lineno))
        elif node.attr in ("parameterAsFields", "setMinimal"):
            found.append((node.attr, node.lineno))
    return found


def test_deprecation_scanner(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from qgis.PyQt.QtCore import QVariant\n"
        "f = QgsField('a', QVariant.String, '', 10)\n"
        "g = QgsField('b',\n"
        "             QVariant.LongLong)\n"
        "TYPES = {int: QVariant.Int}\n"
        "names = self.parameterAsFields(parameters, 'F', context)\n"
        "rect.setMinimal()\n"
        "ok = isinstance(value, QVariant)  # QVariant.String in a comment\n"
        "text = 'QVariant.Double and setMinimal() in a string'\n",
        encoding="utf-8",
    )
    assert sorted(deprecated_calls(sample)) == [
        ("parameterAsFields", 6),
        ("qvariant", 2),
        ("qvariant", 4),
        ("qvariant", 5),
        ("setMinimal", 7),
    ]


def test_scripts_and_test_helpers_use_compat():
    files = sorted((ROOT / "scripts").glob("*.py")) + [ROOT / "test" / "helpers.py"]
    problems = [
        f"{p.relative_to(ROOT)}:{line}: {DEPRECATED[rule]}"
        for p in files
        for rule, line in deprecated_calls(p)
    ]
    assert problems == [], "\n".join(problems)


PENDING = {}  # rule -> plugin files still to switch to processing/compat.py


@pytest.mark.parametrize(
    "rule",
    [
        pytest.param(
            rule,
            marks=pytest.mark.xfail(
                strict=True, reason=f"{PENDING[rule]} not yet switched to processing/compat.py"
            ),
        )
        if rule in PENDING
        else rule
        for rule in DEPRECATED
    ],
)
def test_no_deprecated_qgis_api_in_the_plugin(rule):
    problems = [
        f"{p.relative_to(ROOT)}:{line}: {DEPRECATED[rule]}"
        for p in plugin_python_files()
        if p != COMPAT
        for hit, line in deprecated_calls(p)
        if hit == rule
    ]
    assert problems == [], "\n".join(problems)


# -- processing/compat.py does the same on every QGIS version -----------------------------------
def test_compat_helpers(qgis_app, tmp_path):
    from nuudel.processing import compat
    from qgis.core import (
        QgsFeature,
        QgsFields,
        QgsRectangle,
        QgsSimpleMarkerSymbolLayer,
        QgsVectorLayer,
    )

    fields = QgsFields()
    for name, kind, length, prec in [
        ("s", str, 16, 0),
        ("d", "double", 20, 3),
        ("i", int, 0, 0),
        ("l", "int64", 0, 0),
        ("b", bool, 0, 0),
    ]:
        fields.append(compat.field(name, kind, length, prec))
    assert [(f.name(), f.length(), f.precision()) for f in fields] == [
        ("s", 16, 0),
        ("d", 20, 3),
        ("i", 0, 0),
        ("l", 0, 0),
        ("b", 0, 0),
    ]
    with pytest.raises(KeyError):
        compat.field("x", "blob")
    layer = QgsVectorLayer("Point?crs=EPSG:4326", "t", "memory")
    assert layer.dataProvider().addAttributes(list(fields))
    layer.updateFields()
    feature = QgsFeature(layer.fields())
    feature.setAttributes(["text", "1.25", "7", str(2**40), True])  # converted to the types
    assert layer.dataProvider().addFeature(feature)
    assert next(layer.getFeatures()).attributes() == ["text", 1.25, 7, 2**40, True]

    rect = compat.null_rectangle()
    assert rect.isNull()
    rect.combineExtentWith(QgsRectangle(1, 2, 3, 4))
    rect.combineExtentWith(QgsRectangle(-1, 0, 2, 3))
    assert (rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum()) == (-1, 0, 3, 4)

    assert [f.type() for f in layer.fields()] == [
        compat.field_type(k) for k in ("string", float, "int", "int64", bool)
    ]

    marker = QgsSimpleMarkerSymbolLayer(compat.marker_shape("Star"), 3.0)
    assert marker.shape() == compat.marker_shape("Star") != compat.marker_shape("Circle")
