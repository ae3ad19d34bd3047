"""Pure-core tests: the plugin importable as ``nuudel`` (no QGIS needed by the tests)."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
PLUGINS = ROOT / "build" / "plugins"
PLUGINS.mkdir(parents=True, exist_ok=True)
if not (PLUGINS / "nuudel").exists():
    (PLUGINS / "nuudel").symlink_to(ROOT)
if str(PLUGINS) not in sys.path:
    sys.path.insert(0, str(PLUGINS))
