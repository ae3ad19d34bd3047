"""Every function under processing/ is at most 60 physical lines (issue 14): the whole def,
decorators left out, docstring included. Plain Python (ast), no QGIS. Complexity (McCabe
<= 12) is ruff's C90 check in `make lint`."""

import ast
from pathlib import Path

PROCESSING = Path(__file__).resolve().parents[2] / "processing"
MAX_LINES = 60


def long_functions(root=PROCESSING, limit=MAX_LINES):
    """[(lines, path, name)] of the functions longer than ``limit`` lines, longest first."""
    found = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                lines = node.end_lineno - node.lineno + 1
                if lines > limit:
                    found.append((lines, str(path.relative_to(root.parent)), node.name))
    return sorted(found, reverse=True)


def test_the_counter_counts_a_long_function(tmp_path):
    (tmp_path / "a.py").write_text(
        "def short():\n    return 1\n\n\ndef long():\n" + "    x = 1\n" * 60, encoding="utf-8"
    )
    assert long_functions(tmp_path) == [(61, f"{tmp_path.name}/a.py", "long")]


def test_no_function_over_60_lines():
    assert long_functions() == []
