"""Language choice and translation for Nuudel.

QGIS 3.22 ships no Mongolian interface, so Nuudel carries its own translator and its own
language setting. Precedence: the NUUDEL_LANG environment variable (scripts, qgis_process),
then the plugin setting ``nuudel/language`` (auto | en | mn), then the QGIS locale.

All user-visible strings go through :func:`tr`, a plain function, so pylupdate5 files them
under the ``@default`` context of i18n/nuudel_mn.ts.
"""

import os
from pathlib import Path

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from .paths import I18N_DIR

SETTING_KEY = "nuudel/language"
ENV_VAR = "NUUDEL_LANG"
LANGUAGES = ("auto", "en", "mn")


_translator = None


def tr(text: str) -> str:
    """Translate a source (English) string into the active language."""
    return QCoreApplication.translate("@default", text)


def _normalise(code) -> str:
    code = (code or "").strip().lower().replace("-", "_")
    if code.startswith("mn") or code in ("mongolian", "монгол"):
        return "mn"
    if code.startswith("en") or code == "english":
        return "en"
    return ""


def language_setting() -> str:
    """The stored choice: auto, en or mn."""
    value = str(QgsSettings().value(SETTING_KEY, "auto") or "auto").lower()
    return value if value in LANGUAGES else "auto"


def set_language_setting(value: str) -> None:
    """Remember the user's choice (auto, en or mn) in QgsSettings."""
    if value not in LANGUAGES:
        raise ValueError(f"language must be one of {LANGUAGES}, not {value!r}")
    QgsSettings().setValue(SETTING_KEY, value)


def qgis_locale() -> str:
    """The locale QGIS runs in (its override setting first, then the system)."""
    settings = QgsSettings()
    if str(settings.value("locale/overrideFlag", False)).lower() in ("true", "1"):
        return str(settings.value("locale/userLocale", "") or "")
    return QLocale.system().name()


def active_language() -> str:
    """The language Nuudel speaks now: 'en' or 'mn'."""
    forced = _normalise(os.environ.get(ENV_VAR))
    if forced:
        return forced
    choice = language_setting()
    if choice != "auto":
        return choice
    return _normalise(qgis_locale()) or "en"


def qm_path(lang: str) -> Path:
    """Where the compiled translation for ``lang`` lives (built by `make`, not committed)."""
    return I18N_DIR / f"nuudel_{lang}.qm"


def install_translator() -> str:
    """Install (or remove) Nuudel's translator for the active language; return the language.

    A missing .qm for Mongolian falls back to English (the plugin still works).
    """
    global _translator
    remove_translator()
    lang = active_language()
    if lang == "en":
        return lang
    translator = QTranslator()
    if translator.load(str(qm_path(lang))):
        QCoreApplication.installTranslator(translator)
        _translator = translator
        return lang
    return "en"


def remove_translator() -> None:
    """Take Nuudel's translator out of the application (on unload or language change)."""
    global _translator
    if _translator is not None:
        QCoreApplication.removeTranslator(_translator)
        _translator = None
