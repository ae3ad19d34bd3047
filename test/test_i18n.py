"""Mongolian and English throughout: the .ts is complete and every visible string switches."""

import re
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from helpers import ROOT, qgis_process
from qgis.core import (
    QgsApplication,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingParameterFile,
    QgsSettings,
)
from test_plugin import ALGORITHM_IDS

TS = ROOT / "i18n" / "nuudel_mn.ts"
CYRILLIC = re.compile("[\u0400-\u04ff]")
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\d")  # format specs too: {km:.2f}


def ts_messages():
    return [(m.findtext("source"), m.find("translation")) for m in ET.parse(TS).iter("message")]


def test_ts_has_no_unfinished_or_empty_translation():
    bad = [
        src
        for src, tr_el in ts_messages()
        if tr_el is None or tr_el.get("type") == "unfinished" or not (tr_el.text or "").strip()
    ]
    assert bad == []


def test_every_source_string_is_in_the_ts():
    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "update_ts.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_translations_keep_placeholders():
    for src, tr_el in ts_messages():
        found = PLACEHOLDER.findall(tr_el.text or "")
        assert sorted(PLACEHOLDER.findall(src)) == sorted(found), src


def nuudel_algorithms():
    provider = QgsApplication.processingRegistry().providerById("nuudel")
    return [a for a in provider.algorithms() if a.provider() is not None]


def visible_strings(alg):
    out = {"displayName": alg.displayName(), "group": alg.group()}
    for param in alg.parameterDefinitions():
        out[f"param {param.name()}"] = param.description()
    if hasattr(alg, "ALG_ID"):
        out["shortHelpString"] = alg.shortHelpString()
    return out


def test_language_switch_changes_provider_and_algorithm_strings(plugin):
    plugin.set_language("en")
    provider = QgsApplication.processingRegistry().providerById("nuudel")
    english_name = provider.name()
    english = {a.id(): visible_strings(a) for a in nuudel_algorithms()}
    plugin.set_language("mn")
    try:
        assert provider.name() == "Нүүдэл"
        assert CYRILLIC.search(provider.longName())
        for alg in nuudel_algorithms():
            for key, text in visible_strings(alg).items():
                assert CYRILLIC.search(text), (alg.id(), key, text)
                assert text != english[alg.id()][key], (alg.id(), key)
        texts = [a.text() for a in plugin.menu.actions()]
        assert texts == ["Хэл", "Сургалтын өгөгдөл ачаалах", "БОНБҮ-ний зураг үүсгэх", "Тусламж"]
    finally:
        plugin.set_language("en")
    assert provider.name() == english_name == "Nuudel"


def test_profile_error_in_mongolian(mongolian, tmp_path):
    from nuudel.processing.base import NuudelAlgorithm

    bad = tmp_path / "bad.json"
    bad.write_text(
        '{"schema": "nuudel-profile/1",\n "sources": {},\n "species": []\n}', encoding="utf-8"
    )
    alg = NuudelAlgorithm()
    alg.addParameter(QgsProcessingParameterFile("PROFILE", "p", optional=True))
    with pytest.raises(QgsProcessingException) as err:
        alg.load_profile({"PROFILE": str(bad)}, QgsProcessingContext())
    message = str(err.value)
    assert CYRILLIC.search(message), message
    assert "'species'" in message and "3-р мөр" in message  # names the key and the line


@pytest.mark.parametrize("lang", ["mn", "en"])
def test_qgis_process_help_in_language(lang):
    ids = [
        line.split()[0]
        for line in qgis_process("list", lang=lang).stdout.splitlines()
        if line.strip().startswith("nuudel:")
    ]

    assert set(ids) == ALGORITHM_IDS
    for alg_id in ids:
        text = qgis_process("help", alg_id, lang=lang).stdout
        assert bool(CYRILLIC.search(text)) == (lang == "mn"), alg_id


@pytest.mark.parametrize(
    "locale, name",
    [("mn_MN", "Нүүдэл"), ("mn", "Нүүдэл"), ("en_US", "Nuudel"), ("de_DE", "Nuudel")],
)
def test_auto_follows_the_qgis_locale(plugin, locale, name):
    """Language "Auto" takes the QGIS locale (its override setting): Mongolian for mn*, English
    for anything else."""
    from nuudel.processing.i18n import language_setting

    settings = QgsSettings()
    saved = [settings.value(k) for k in ("locale/overrideFlag", "locale/userLocale")]
    before = language_setting()
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", locale)
    try:
        plugin.set_language("auto")
        assert QgsApplication.processingRegistry().providerById("nuudel").name() == name
    finally:
        for key, value in zip(("locale/overrideFlag", "locale/userLocale"), saved):
            if value is None:
                settings.remove(key)
            else:
                settings.setValue(key, value)
        plugin.set_language(before)


def test_help_page_and_enum_options_follow_the_language(plugin):
    """helpUrl points at the page of the active language; enum options (species, units) are
    translated."""
    registry = QgsApplication.processingRegistry()
    try:
        for lang in ("en", "mn"):
            plugin.set_language(lang)
            for alg in nuudel_algorithms():
                if alg.id() == "nuudel:eiascreening":
                    continue  # a model: its help is in the model file (test_models)
                assert alg.helpUrl().endswith(f"/{lang}/{alg.id().split(':')[1]}.html"), (
                    alg.helpUrl()
                )
            audit = registry.algorithmById("nuudel:fencepermeabilityaudit")
            options = audit.parameterDefinition("SPECIES").options()
            options += audit.parameterDefinition("UNITS").options()
            assert len(options) == 10
            assert all(bool(CYRILLIC.search(o)) == (lang == "mn") for o in options), options
    finally:
        plugin.set_language("en")


WORKSHOP = ROOT / "resources" / "workshop" / "nuudel_workshop.gpkg"


@pytest.mark.parametrize(
    "alg_id, inputs",
    [
        ("nuudel:fencepermeabilityaudit", {"INPUT": "fences"}),
        (
            "nuudel:crossingspacingcheck",
            {"INPUT": "road", "CROSSINGS": "crossings", "ROUTE_FIELD": "route"},
        ),
        (
            "nuudel:nogoalignmentmask",
            {
                "STUDY_AREA": "aimags",
                "NOGO": "protected_areas",
                "WATER": "water",
                "ALIGNMENT": "alignment",
            },
        ),
    ],
)
def test_reports_in_mongolian(mongolian, tmp_path, alg_id, inputs):
    """The HTML report of each algorithm, run in Mongolian on the workshop data, is written in
    Mongolian: its title is the algorithm's Mongolian name and no English heading is left."""
    import processing

    params = {k: f"{WORKSHOP}|layername={v}" for k, v in inputs.items()}
    if "NOGO" in params:
        params["NOGO"] = [params["NOGO"]]
    if "ROUTE_FIELD" in inputs:
        params["ROUTE_FIELD"] = "route"
    alg = QgsApplication.processingRegistry().algorithmById(alg_id)
    for out in alg.destinationParameterDefinitions():
        params[out.name()] = str(tmp_path / f"{out.name()}.gpkg")
    params["REPORT"] = str(tmp_path / "report.html")
    params.pop("OUTPUT_COST", None)
    result = processing.run(alg_id, params)
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert result["REPORT"] == params["REPORT"]
    assert f"<h1>{alg.displayName()}</h1>" in html and CYRILLIC.search(alg.displayName())
    headings = re.findall(r"<h2>(.*?)</h2>", html)
    assert headings and all(CYRILLIC.search(h) for h in headings), headings
    assert 'lang="mn"' in html
    if alg_id != "nuudel:nogoalignmentmask":
        assert "цагаан зээр" in html.lower()  # species by their Mongolian names


@pytest.mark.parametrize("choice, mongolian", [("mn", True), ("en", False)])
def test_qgis_process_honours_the_language_setting(tmp_path, choice, mongolian):
    """qgis_process reads the same `nuudel/language` setting as the plugin menu (here in a fresh
    profile), without NUUDEL_LANG."""
    import os

    ini = tmp_path / ".local/share/QGIS/QGIS3/profiles/default/QGIS/QGIS3.ini"
    ini.parent.mkdir(parents=True)
    ini.write_text(
        f"[PythonPlugins]\nnuudel=true\n\n[nuudel]\nlanguage={choice}\n", encoding="utf-8"
    )
    env = {
        k: v for k, v in os.environ.items() if k not in ("NUUDEL_LANG", "QGIS_CUSTOM_CONFIG_PATH")
    }
    env["NUUDEL_PROCESS_HOME"] = str(tmp_path)
    proc = subprocess.run(
        [str(ROOT / "scripts" / "nuudel-process"), "help", "nuudel:fencepermeabilityaudit"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    first = proc.stdout.strip().splitlines()[0]
    assert first.endswith("(nuudel:fencepermeabilityaudit)")
    assert bool(CYRILLIC.search(first)) == mongolian, first
