"""Where the plugin's own files are: one root for every module (a leaf: imports nothing of ours)."""

from pathlib import Path

PLUGIN_DIR = Path(__file__).resolve().parent.parent


def plugin_path(*parts) -> Path:
    """A path inside the plugin folder, e.g. ``plugin_path("resources", "help")``."""
    return PLUGIN_DIR.joinpath(*parts)


HELP_DIR = plugin_path("resources", "help")
ICON = plugin_path("resources", "icons", "nuudel.svg")
MODELS_DIR = plugin_path("resources", "models")
STYLES_DIR = plugin_path("styles")
