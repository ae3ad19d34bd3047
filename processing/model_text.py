"""Translations for the shipped models (resources/models/*.model3).

A .model3 holds plain strings, so the provider translates a model's parameter and output names
through :func:`model_strings` when it loads the model (the strings below are the English text
the model file carries; pylupdate5 finds them here). The model help lives in the model file in
both languages: ``ALG_DESC`` / ``<PARAM>`` in English, ``ALG_DESC_mn`` / ``<PARAM>_mn`` in
Mongolian (scripts/make_models.py writes both).
"""

import re

from .i18n import QT_TRANSLATE_NOOP, active_language, tr

MODEL_TEXTS = (  # the English text the shipped models carry
    # EIA screening of a proposed alignment: inputs
    QT_TRANSLATE_NOOP("@default", "Proposed alignment"),
    QT_TRANSLATE_NOOP("@default", "Alignment option field (optional: one route per option)"),
    QT_TRANSLATE_NOOP("@default", "Protected areas and other no-go areas"),
    QT_TRANSLATE_NOOP(
        "@default", "Field with a buffer in metres around each no-go area (optional)"
    ),
    QT_TRANSLATE_NOOP("@default", "Caution areas (calving grounds, ...)"),
    QT_TRANSLATE_NOOP("@default", "Water sources"),
    QT_TRANSLATE_NOOP("@default", "Study area (optional)"),
    QT_TRANSLATE_NOOP("@default", "Crossing structures"),
    QT_TRANSLATE_NOOP("@default", "Migration range"),
    QT_TRANSLATE_NOOP("@default", "Fences"),
    QT_TRANSLATE_NOOP("@default", "Fence search distance either side of the alignment (metres)"),
    QT_TRANSLATE_NOOP("@default", "Crossing type field"),
    QT_TRANSLATE_NOOP("@default", "Crossing width field (metres)"),
    QT_TRANSLATE_NOOP("@default", "Crossing height field (metres)"),
    QT_TRANSLATE_NOOP("@default", "Crossing length field (metres)"),
    QT_TRANSLATE_NOOP("@default", "Fence type field"),
    QT_TRANSLATE_NOOP("@default", "Fence top wire height field"),
    QT_TRANSLATE_NOOP("@default", "Fence bottom wire height field"),
    QT_TRANSLATE_NOOP("@default", "Fence gap between the top two wires field"),
    QT_TRANSLATE_NOOP("@default", "Fence barbed wire field"),
    # outputs
    QT_TRANSLATE_NOOP("@default", "Zones"),
    QT_TRANSLATE_NOOP("@default", "Alignment in zones"),
    QT_TRANSLATE_NOOP("@default", "No-go mask report"),
    QT_TRANSLATE_NOOP("@default", "Crossings on the alignment"),
    QT_TRANSLATE_NOOP("@default", "Crossing gaps"),
    QT_TRANSLATE_NOOP("@default", "Proposed crossings"),
    QT_TRANSLATE_NOOP("@default", "Crossing spacing report"),
    QT_TRANSLATE_NOOP("@default", "Audited fences along the alignment"),
    QT_TRANSLATE_NOOP("@default", "Fence audit summary"),
    QT_TRANSLATE_NOOP("@default", "Fence audit report"),
)


def model_strings() -> dict:
    """English text in a shipped model -> its translation in the active language."""
    return {text: tr(text) for text in MODEL_TEXTS}


def help_key(key: str) -> str:
    """The helpContent key of ``key`` in the active language."""
    return f"{key}_mn" if active_language() == "mn" else key


def localise(model) -> None:
    """Translate the parameter descriptions and help of a loaded model in place."""
    strings = model_strings()
    content = model.helpContent()
    for param in model.parameterDefinitions():
        english = param.description()
        param.setDescription(strings.get(english, english))
        text = content.get(help_key(param.name())) or content.get(param.name())
        if text:
            param.setHelp(text)


def short_help(model) -> str:
    """The model's summary in the active language, one paragraph a line (the dialog turns each
    line into a paragraph and shows the title itself): the description without its title,
    then the inputs and the outputs. Each input's own help is its tooltip (localise)."""
    content = model.helpContent()
    desc = content.get(help_key("ALG_DESC")) or content.get("ALG_DESC") or ""
    paras = [" ".join(p.split()) for p in re.findall(r"<p>(.*?)</p>", desc, re.S)]
    paras = [p for p in paras or [" ".join(desc.split())] if p]
    if paras:  # the description opens with the title in bold: QGIS shows the title already
        paras[0] = re.sub(r"^<b>[^<]*</b>\s*", "", paras[0])
    destinations = {p.name() for p in model.destinationParameterDefinitions()}
    inputs = [p.description() for p in model.parameterDefinitions() if p.name() not in destinations]
    outputs = [p.description() for p in model.destinationParameterDefinitions()]
    lines = paras[:1]
    heads = tr("Inputs:"), tr("Outputs:")  # not in the f-strings: lupdate reads no tr() there
    if inputs:
        lines.append(f"<b>{heads[0]}</b> {'; '.join(inputs)}.")
    if outputs:
        lines.append(f"<b>{heads[1]}</b> {'; '.join(outputs)}.")
    return "\n".join(lines + paras[1:])
