"""The core's boundaries: no QGIS under processing/core, no import cycle in processing/, and the
core's docstring examples run (doctests)."""

import ast
import doctest
import importlib
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROCESSING = ROOT / "processing"
PLUGINS = ROOT / "build" / "plugins"
# modules whose public functions carry a runnable example (numpydoc "Examples")
WITH_EXAMPLES = ("codes", "fence", "geodesy", "graph", "nogo", "spacing", "text")
CORE_MODULES = sorted(m.name for m in pkgutil.iter_modules([str(PROCESSING / "core")]))


def test_the_core_imports_without_qgis():
    """Every module under processing/core imports with qgis, osgeo and PyQt blocked."""
    code = "; ".join(
        [
            "import sys, importlib",
            "sys.modules.update({m: None for m in ('qgis', 'osgeo', 'PyQt5', 'PyQt6')})",
            f"sys.path.insert(0, {str(PLUGINS)!r})",
            *(f"importlib.import_module('nuudel.processing.core.{m}')" for m in CORE_MODULES),
        ]
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert len(CORE_MODULES) >= 7, CORE_MODULES


def test_this_job_runs_without_qgis():
    """Run alone (`make test-core`, pytest-qgis off), these tests never load QGIS."""
    if "pytest_qgis" in sys.modules:
        pytest.skip("run with the QGIS suite (make test): QGIS is loaded on purpose")
    assert "qgis" not in sys.modules and "qgis.core" not in sys.modules


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, name: str) -> set:
    """Modules of processing/ that ``path`` imports (at the top or inside functions)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.ImportFrom) or node.level == 0:
            continue
        base = package.split(".")
        base = base[: len(base) - (node.level - 1)]
        target = ".".join(base + ([node.module] if node.module else []))
        for alias in node.names:  # `from . import styles` imports a module
            candidate = f"{target}.{alias.name}"
            out.add(candidate if candidate in MODULES else target)
    return {m for m in out if m in MODULES and m != name}


MODULES = {_module_name(p): p for p in PROCESSING.rglob("*.py")}


def _cycle(graph):
    """One import cycle of ``graph`` as a list of modules, or None."""
    state = {}

    def visit(node, stack):
        state[node] = "open"
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == "open":
                return stack[stack.index(nxt) :] + [nxt]
            if nxt not in state:
                found = visit(nxt, stack)
                if found:
                    return found
        stack.pop()
        state[node] = "done"
        return None

    for node in sorted(graph):
        if node not in state:
            found = visit(node, [])
            if found:
                return found
    return None


def test_no_import_cycle_in_processing():
    graph = {name: _imports(path, name) for name, path in MODULES.items()}
    assert "processing.base" in graph["processing.fence_audit"]  # the graph sees imports
    assert _cycle(graph) is None, " -> ".join(_cycle(graph))


def test_a_cycle_is_found():
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]


@pytest.mark.parametrize("module", CORE_MODULES)
def test_docstring_examples_run(module):
    mod = importlib.import_module(f"nuudel.processing.core.{module}")
    result = doctest.testmod(mod, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0
    if module in WITH_EXAMPLES:
        assert result.attempted > 0
