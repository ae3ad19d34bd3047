"""A plain copy of the repository has no compiled i18n/nuudel_mn.qm: choosing Mongolian then
gives English, says so once in both languages with how to build it, and a report declares the
language it really is in."""

import pytest
from helpers import ROOT

GPKG = ROOT / "resources" / "workshop" / "nuudel_workshop.gpkg"


@pytest.fixture
def no_qm(plugin, monkeypatch, tmp_path):
    """The .qm lookup points at an empty directory; everything is restored afterwards."""
    from nuudel.processing import i18n

    before = i18n.language_setting()
    monkeypatch.setattr(i18n, "I18N_DIR", tmp_path / "empty")
    monkeypatch.setattr(i18n, "_warned", False)
    monkeypatch.delenv(i18n.ENV_VAR, raising=False)
    yield plugin
    monkeypatch.undo()
    plugin.set_language(before)


def test_mongolian_without_qm_warns_once_and_reports_english(no_qm, tmp_path, capsys):
    from nuudel.processing import i18n, numbers

    import processing

    no_qm.set_language("mn")
    assert i18n.active_language() == "mn"  # the choice is kept ...
    assert i18n.text_language() == "en"  # ... but the text is English
    assert i18n.install_translator() == "en"
    err = capsys.readouterr().err
    assert err.count("make qm") == 2  # once, in English and in Mongolian
    assert "Mongolian translation is not built" in err and "монгол орчуулга" in err
    assert str(tmp_path / "empty" / "nuudel_mn.qm") in err
    assert numbers.km(1245.03) == "1,245.0"  # numbers follow the text, not the choice

    report = tmp_path / "r.html"
    processing.run(
        "nuudel:fencepermeabilityaudit",
        {
            "INPUT": f"{GPKG}|layername=fences|subset=\"name\" LIKE 'Railway fence%'",
            "OUTPUT": str(tmp_path / "f.gpkg"),
            "SUMMARY": str(tmp_path / "s.gpkg"),
            "REPORT": str(report),
        },
    )
    html = report.read_text(encoding="utf-8")
    assert '<html lang="en">' in html and "Fence permeability audit" in html
    assert "Made with Nuudel on" in html and "“Нүүдэл”" not in html
    assert capsys.readouterr().err.count("make qm") == 0  # not said again


def test_mongolian_with_qm_reports_mongolian(mongolian, tmp_path):
    from nuudel.processing import i18n, numbers

    assert i18n.qm_path("mn").is_file(), "run `make qm`"
    assert i18n.text_language() == "mn"
    assert numbers.km(1245.03) == "1\u00a0245,0"
    assert numbers.km(19.3) == "19,3" and numbers.metres(19300) == "19\u00a0300"
    assert numbers.pct(91.04) == "91,0" and numbers.count(406) == "406"
