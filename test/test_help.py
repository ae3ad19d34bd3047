"""Short help (shortHelpString, issue 18): a few well-formed paragraphs in the active language,
no title, no full page; plain text in qgis_process; the full page stays at helpUrl."""

import re
from html.parser import HTMLParser

import pytest
from helpers import qgis_process
from qgis.core import QgsApplication

CYRILLIC = re.compile("[\u0400-\u04ff]")
# The algorithms that have their own summary file (resources/help/<lang>/short/).
SUMMARISED = (
    "nuudel:fencepermeabilityaudit",
    "nuudel:crossingspacingcheck",
    "nuudel:nogoalignmentmask",
    "nuudel:withindistance",
    "nuudel:barrierbehaviour",
    "nuudel:roadtrafficbarrier",
    "nuudel:landscapepermeability",
    "nuudel:importosmfences",
    "nuudel:createfenceinventory",
    "nuudel:checkfenceinventory",
)
HEADINGS = {"en": ("Input", "Outputs:", "Rules:"), "mn": ("Оролт:", "Гаралт:", "Дүрмүүд:")}
INLINE = {"b", "i", "code", "a"}


class Tags(HTMLParser):
    """Collects problems: block tags, unbalanced inline tags."""

    def __init__(self):
        super().__init__()
        self.stack, self.problems = [], []

    def handle_starttag(self, tag, attrs):
        if tag not in INLINE:
            self.problems.append(f"<{tag}> in a summary line")
        self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack.pop() != tag:
            self.problems.append(f"unbalanced </{tag}>")


def nuudel_algorithms():
    return QgsApplication.processingRegistry().providerById("nuudel").algorithms()


def check_summary(alg, lang):
    text = alg.shortHelpString()
    assert text, alg.id()
    assert len(text) < 2500, (alg.id(), len(text))
    lines = text.split("\n")  # the dialog makes each line a paragraph
    assert not lines[0].startswith(alg.displayName() + "<"), "repeats the title"
    assert not re.search(r"<h\d|<p\b|<!DOCTYPE|<table", text, re.I), text[:200]
    for line in lines:
        assert line.strip() == line and line, repr(line)
        parser = Tags()
        parser.feed(line)
        parser.close()
        assert not parser.problems and not parser.stack, (alg.id(), parser.problems, line)
        # no sentence broken over two paragraphs: each ends as a sentence or list item ends
        plain = re.sub(r"<[^>]+>", "", line)
        assert plain[-1] in ".:;)" or line.endswith("</a>"), (alg.id(), line)
    assert bool(CYRILLIC.search(text)) == (lang == "mn"), alg.id()
    return lines


@pytest.mark.parametrize("lang", ["en", "mn"])
def test_every_algorithm_has_a_short_well_formed_summary(plugin, lang):
    try:
        plugin.set_language(lang)
        for alg in nuudel_algorithms():
            lines = check_summary(alg, lang)
            if alg.id() in SUMMARISED:
                assert 4 <= len(lines) <= 6, lines
                for heading, line in zip(HEADINGS[lang], lines[1:4]):
                    assert line.startswith(f"<b>{heading}"), (heading, line)
                assert alg.helpUrl() and f'href="{alg.helpUrl()}"' in lines[-1], lines[-1]
    finally:
        plugin.set_language("en")


def test_each_summarised_algorithm_has_both_summary_files(plugin):
    registry = QgsApplication.processingRegistry()
    for alg_id in SUMMARISED:
        alg = registry.algorithmById(alg_id)
        for lang in ("en", "mn"):
            assert alg.short_help_file(lang).parent.parent.name == lang, alg_id


def test_fallback_is_the_first_paragraph_of_the_page(tmp_path):
    from nuudel.processing import help_text

    page = tmp_path / "x.html"
    page.write_text(
        "<html><body><h1>Title</h1>\n<p>Does a\nthing <b>well</b>.</p>\n"
        "<h2>More</h2><p>Second.</p></body></html>",
        encoding="utf-8",
    )
    text = help_text.summary(tmp_path / "missing.txt", page, "file:///x.html")
    first, last = text.split("\n")
    assert first == "Does a thing <b>well</b>."
    assert 'href="file:///x.html"' in last


def test_plain_text():
    from nuudel.processing import help_text

    assert (
        help_text.plain_text("<b>A</b> &amp; <code>b</code>\n<ul><li>one</li><li>two</li></ul>")
        == "A & b\n- one\n- two"
    )


@pytest.mark.parametrize("lang", ["en", "mn"])
def test_qgis_process_help_is_plain_text(lang):
    for alg_id in SUMMARISED + ("nuudel:eiascreening",):
        out = qgis_process("help", alg_id, lang=lang).stdout
        description = out.split("Description")[1].split("Arguments")[0]
        assert "<" not in description and "&amp;" not in description, description[:300]
        lines = [line for line in description.splitlines() if line.strip("- ")]
        assert len(lines) >= 2, description
        if alg_id in SUMMARISED:
            assert any(line.startswith(HEADINGS[lang][1]) for line in lines), description
            assert f"/help/{lang}/" in lines[-1], lines[-1]
