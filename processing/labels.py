"""Translated labels of the plugin's codes (a leaf module: codes stay English in the data).

Every vocabulary an output, a style or a report shows to a person lives here, so that styles,
reports and algorithms share one label per code.
"""

from .i18n import tr


def group_names():
    """Group ids (contract: fixed) and their translated names."""
    return {
        "fences": tr("Fences"),
        "crossings": tr("Roads and railways"),
        "alignment": tr("Alignment planning"),
    }


def species_names():
    """Species codes (contract) and their translated display names, in the profile's order
    (crawlers, openings-needers, jumpers)."""
    return {
        "mgaz": tr("Mongolian gazelle"),
        "ggaz": tr("Goitered gazelle"),
        "saiga": tr("Mongolian saiga"),
        "khulan": tr("Khulan (Asiatic wild ass)"),
        "takhi": tr("Takhi (Przewalski's horse)"),
        "camel": tr("Wild Bactrian camel"),
        "argali": tr("Argali"),
        "ibex": tr("Siberian ibex"),
    }


def osm_skip_label(barrier_value):
    """Why OSM lines were not imported as fences, for the log (``barrier_value`` "" = none)."""
    if not barrier_value:
        return tr("no barrier tag (roads, rivers, other lines)")
    return tr("barrier={value}, not a fence in the mapping").format(value=barrier_value)


def translator_for(lang):
    """A function English text -> text in ``lang`` ("en", "mn" or "both": "Монгол / English"),
    whatever language the plugin speaks now (for forms and messages written in a chosen
    language). A missing translation gives the English text."""
    if lang == "en":
        return lambda text: text
    from qgis.PyQt.QtCore import QTranslator

    from .i18n import qm_path

    translator = QTranslator()
    loaded = translator.load(str(qm_path("mn")))

    def mongolian(text):
        return (translator.translate("@default", text) or text) if loaded else text

    if lang == "mn":
        return mongolian
    return lambda text: text if mongolian(text) == text else f"{mongolian(text)} / {text}"
