"""Language choice and translation for Nuudel.

QGIS 3.22 ships no Mongolian interface, so Nuudel carries its own translator and its own
language setting. Precedence: the NUUDEL_LANG environment variable (scripts, qgis_process),
then the plugin setting ``nuudel/language`` (auto | en | mn), then the QGIS locale.

All user-visible strings go through :func:`tr`, a plain function, so pylupdate5 files them
under the ``@default`` context of i18n/nuudel_mn.ts.
"""

import os
import sys
from pathlib import Path

from qgis.core import Qgis, QgsMessageLog, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from .paths import I18N_DIR

SETTING_KEY = "nuudel/language"
ENV_VAR = "NUUDEL_LANG"
LANGUAGES = ("auto", "en", "mn")


_translator = None
_warned = False

# Said in both languages: without the .qm there is no Mongolian to say it in.
MISSING_QM = (
    "Nuudel: the Mongolian translation is not built ({path} is missing), so Nuudel speaks "
    "English. Build it in the plugin folder with 'make qm' (or 'lrelease i18n/nuudel_mn.ts -qm "
    "i18n/nuudel_mn.qm') and restart QGIS.\n"
    "Нүүдэл: монгол орчуулга бүтээгдээгүй ({path} файл алга) тул “Нүүдэл” залгаас англиар "
    "харагдана. Залгаасын хавтсанд 'make qm' (эсвэл 'lrelease i18n/nuudel_mn.ts -qm "
    "i18n/nuudel_mn.qm') ажиллуулаад QGIS-ийг дахин эхлүүлнэ үү."
)
_mongolian: dict = {}  # .qm path -> a second translator, for text wanted in Mongolian


def tr(text: str) -> str:
    """Translate a source (English) string into the active language."""
    return QCoreApplication.translate("@default", text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation where tr() cannot run yet (class attributes such as an
    algorithm's TAGS); translate it later with tr(). ``context`` is always "@default"."""
    return text


def mongolian(text: str) -> str:
    """``text`` in Mongolian whatever the active language; the English text when the .qm is
    missing or has no translation. One translator per .qm path, kept once it loads."""
    path = str(qm_path("mn"))
    translator = _mongolian.get(path)
    if translator is None:
        translator = QTranslator()
        if not translator.load(path):
            return text
        _mongolian[path] = translator
    return translator.translate("@default", text) or text


def translator_for(lang):
    """A function English text -> text in ``lang`` ("en", "mn" or "both": "Монгол / English"),
    whatever language the plugin speaks now (for forms, messages and search tags written in a
    chosen language). A missing translation gives the English text."""
    if lang == "en":
        return lambda text: text
    if lang == "mn":
        return mongolian
    return lambda text: text if mongolian(text) == text else f"{mongolian(text)} / {text}"


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


def text_language() -> str:
    """The language translated text really comes out in: the active language, or 'en' when
    its compiled translation is missing (reports declare this one in ``lang``)."""
    lang = active_language()
    return lang if lang == "en" or qm_path(lang).is_file() else "en"


def warn_missing_translation(lang: str) -> None:
    """Say once per session, in English and Mongolian, that the .qm is missing and how to
    build it (message log and stderr, which qgis_process shows)."""
    global _warned
    if _warned:
        return
    _warned = True
    message = MISSING_QM.format(path=qm_path(lang))
    QgsMessageLog.logMessage(message, "Nuudel", Qgis.Warning)
    print(message, file=sys.stderr)


def install_translator() -> str:
    """Install (or remove) Nuudel's translator for the active language; return the language.

    A missing .qm for Mongolian falls back to English (the plugin still works) and says so
    once (:func:`warn_missing_translation`).
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
    warn_missing_translation(lang)
    return "en"


def remove_translator() -> None:
    """Take Nuudel's translator out of the application (on unload or language change)."""
    global _translator
    if _translator is not None:
        QCoreApplication.removeTranslator(_translator)
        _translator = None


def both_languages(words) -> list:
    """English ``words`` followed by their Mongolian (and active-language) translations, each
    once: search tags that find an algorithm in either language."""
    words = list(words)
    out = []
    for word in words + [translator_for("mn")(w) for w in words] + [tr(w) for w in words]:
        if word not in out:
            out.append(word)
    return out
