"""Open Nuudel's help page in the active language."""

from pathlib import Path

from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtGui import QDesktopServices

from ..processing.i18n import active_language
from ..processing.paths import HELP_DIR


def help_index(lang=None) -> Path:
    """The index page of the help in ``lang`` (English when missing)."""
    page = HELP_DIR / (lang or active_language()) / "index.html"
    return page if page.exists() else HELP_DIR / "en" / "index.html"


def open_help():
    """Open the help index in the system browser."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(help_index())))
