"""Translations for the shipped models (resources/models/*.model3).

A .model3 holds plain strings, so the provider translates a model's parameter and output names
through :func:`model_strings` when it loads the model (the strings below are the English text
the model file carries; pylupdate5 finds them here). The model help lives in the model file in
both languages: ``ALG_DESC`` / ``<PARAM>`` in English, ``ALG_DESC_mn`` / ``<PARAM>_mn`` in
Mongolian (scripts/make_models.py writes both).
"""

import re

from .i18n import active_language, tr


def model_strings() -> dict:
    """English text in a shipped model -> its translation in the active language."""
    texts = [
        # EIA screening of a proposed alignment: inputs
        tr("Proposed alignment"),
        tr("Alignment option field (optional: one route per option)"),
        tr("Protected areas and other no-go areas"),
        tr("Field with a buffer in metres around each no-go area (optional)"),
        tr("Caution areas (calving grounds, ...)"),
        tr("Water sources"),
        tr("Study area (optional)"),
        tr("Crossing structures"),
        tr("Migration range"),
        tr("Fences"),
        tr("Fence search distance either side of the alignment (metres)"),
        tr("Crossing type field"),
        tr("Crossing width field (metres)"),
        tr("Crossing height field (metres)"),
        tr("Crossing length field (metres)"),
        tr("Fence type field"),
        tr("Fence top wire height field"),
        tr("Fence bottom wire height field"),
        tr("Fence gap between the top two wires field"),
        tr("Fence barbed wire field"),
        # outputs
        tr("Zones"),
        tr("Alignment in zones"),
        tr("No-go mask report"),
        tr("Crossings on the alignment"),
        tr("Crossing gaps"),
        tr("Proposed crossings"),
        tr("Crossing spacing report"),
        tr("Audited fences along the alignment"),
        tr("Fence audit summary"),
        tr("Fence audit report"),
    ]
    english = [
        "Proposed alignment",
        "Alignment option field (optional: one route per option)",
        "Protected areas and other no-go areas",
        "Field with a buffer in metres around each no-go area (optional)",
        "Caution areas (calving grounds, ...)",
        "Water sources",
        "Study area (optional)",
        "Crossing structures",
        "Migration range",
        "Fences",
        "Fence search distance either side of the alignment (metres)",
        "Crossing type field",
        "Crossing width field (metres)",
        "Crossing height field (metres)",
        "Crossing length field (metres)",
        "Fence type field",
        "Fence top wire height field",
        "Fence bottom wire height field",
        "Fence gap between the top two wires field",
        "Fence barbed wire field",
        "Zones",
        "Alignment in zones",
        "No-go mask report",
        "Crossings on the alignment",
        "Crossing gaps",
        "Proposed crossings",
        "Crossing spacing report",
        "Audited fences along the alignment",
        "Fence audit summary",
        "Fence audit report",
    ]
    return dict(zip(english, texts))


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
