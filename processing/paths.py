"""Where the plugin's own files are: one root for every module (a leaf: imports nothing of ours)."""

from configparser import ConfigParser
from pathlib import Path

PLUGIN_DIR = Path(__file__).resolve().parent.parent


def plugin_path(*parts) -> Path:
    """A path inside the plugin folder, e.g. ``plugin_path("resources", "help")``."""
    return PLUGIN_DIR.joinpath(*parts)


def metadata(key: str, default: str = "?") -> str:
    """A value of the [general] section of metadata.txt (QGIS's plugin metadata)."""
    parser = ConfigParser(interpolation=None)
    parser.read(plugin_path("metadata.txt"), encoding="utf-8")
    return parser.get("general", key, fallback=default)


HELP_DIR = plugin_path("resources", "help")
I18N_DIR = plugin_path("i18n")
ICON = plugin_path("resources", "icons", "nuudel.svg")
MODELS_DIR = plugin_path("resources", "models")
STYLES_DIR = plugin_path("styles")
WORKSHOP_GPKG = plugin_path("resources", "workshop", "nuudel_workshop.gpkg")
