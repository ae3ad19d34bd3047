"""The toolbox search finds Nuudel's algorithms by their tags in English and Mongolian, whatever
the interface language; every algorithm has tags, a short description and Nuudel's SVG icon."""

import pytest
from qgis.core import QgsApplication
from qgis.gui import QgsProcessingToolboxProxyModel
from qgis.PyQt.QtCore import QModelIndex


def found(text):
    """Ids of the nuudel algorithms the Processing toolbox shows for the search ``text``."""
    proxy = QgsProcessingToolboxProxyModel(None, QgsApplication.processingRegistry())
    proxy.setFilterString(text)
    ids = set()

    def walk(parent):
        for row in range(proxy.rowCount(parent)):
            index = proxy.index(row, 0, parent)
            alg = proxy.toolboxModel().algorithmForIndex(proxy.mapToSource(index))
            if alg is not None and alg.provider() and alg.provider().id() == "nuudel":
                ids.add(alg.id())
            walk(index)

    walk(QModelIndex())
    return ids


@pytest.mark.parametrize("language", ["english", "mongolian"])
@pytest.mark.parametrize("word", ["gazelle", "wildlife", "migration", "fence", "хашаа", "зээр"])
def test_toolbox_search_finds_nuudel(request, language, word):
    request.getfixturevalue(language)
    ids = found(word)
    assert "nuudel:fencepermeabilityaudit" in ids, (word, ids)
    if word not in ("fence", "хашаа"):  # common tags: every algorithm and the model
        provider = QgsApplication.processingRegistry().providerById("nuudel")
        assert ids == {a.id() for a in provider.algorithms()}, (word, ids)


def test_every_algorithm_has_tags_description_and_icon(english):
    provider = QgsApplication.processingRegistry().providerById("nuudel")
    for alg in provider.algorithms():
        assert len(alg.tags()) >= 8, alg.id()
        assert alg.shortDescription(), alg.id()
        assert alg.svgIconPath().endswith("resources/icons/nuudel.svg"), alg.id()
        assert not alg.icon().isNull(), alg.id()


def test_short_description_is_translated(mongolian):
    alg = QgsApplication.processingRegistry().algorithmById("nuudel:fencepermeabilityaudit")
    assert alg.shortDescription().startswith("Хашааны")
