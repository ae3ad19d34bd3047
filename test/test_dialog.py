"""The algorithm dialog (issue 18): parameter help and Advanced flags in both languages, and
the same pre-selected input and field defaults after a language switch."""

import pytest
from qgis.core import QgsApplication, QgsProject
from qgis.gui import QgsBrowserGuiModel

ADVANCED = {  # rarely changed parameters, folded into the dialog's Advanced section
    "nuudel:fencepermeabilityaudit": {"UNITS", "PROFILE", "JOIN_TOLERANCE"},
    "nuudel:crossingspacingcheck": {"PROFILE", "MAX_SPACING", "SNAP_TOLERANCE", "JOIN_TOLERANCE"},
    "nuudel:nogoalignmentmask": {
        "WATER_NOGO_BUFFER",
        "WATER_CAUTION_BUFFER",
        "RESOLUTION",
        "CAUTION_COST",
    },
    "nuudel:barrierbehaviour": {
        "INTERVAL",
        "B_TIME",
        "P_TIME",
        "WINDOW",
        "TOLERANCE",
        "MAX_CROSS",
        "SD_MULTIPLIER",
    },
    "nuudel:roadtrafficbarrier": {"PROFILE", "GROWTH_FIELD", "GROWTH_RATE"},
    "nuudel:landscapepermeability": {
        "UNITS",
        "PROFILE",
        "SNAP_TOLERANCE",
        "UNKNOWN_AS_BARRIER",
        "JOIN_TOLERANCE",
    },
    "nuudel:importosmfences": {"MAPPING"},
    "nuudel:createfenceinventory": {"CRS", "PROFILE"},
    "nuudel:checkfenceinventory": {"UNITS", "PROFILE", "JOIN_TOLERANCE"},
    "nuudel:mitigationpriorities": {"UNITS", "PROFILE", "OPENING_SPACING", "SPECIES_WEIGHTS"},
}


def advanced(param):
    from nuudel.processing.compat import ADVANCED as FLAG

    return bool(param.flags() & FLAG)


def nuudel_algorithms():
    return QgsApplication.processingRegistry().providerById("nuudel").algorithms()


@pytest.mark.parametrize("lang", ["en", "mn"])
def test_every_parameter_has_help(plugin, lang):
    from nuudel.processing.i18n import tr

    plugin.set_language(lang)
    try:
        missing = [
            (alg.id(), p.name())
            for alg in nuudel_algorithms()
            for p in alg.parameterDefinitions()
            if not p.help().strip()
        ]
        assert missing == [], "add rows to processing/param_help.py"
        if lang == "mn":  # translated: the help differs from the English source text
            from nuudel.processing import param_help

            rows = param_help.table()
            plugin.set_language("en")
            english = param_help.table()
            plugin.set_language("mn")
            same = [(a, n) for a in rows for n in rows[a] if rows[a][n][0] == english[a][n][0]]
            assert same == [] and tr("Species") != "Species"
    finally:
        plugin.set_language("en")


def test_advanced_flags(plugin):
    for alg in nuudel_algorithms():
        flagged = {p.name() for p in alg.parameterDefinitions() if advanced(p)}
        assert flagged == ADVANCED.get(alg.id(), set()), alg.id()


def definitions(alg_id):
    alg = QgsApplication.processingRegistry().createAlgorithmById(alg_id)
    return {
        p.name(): (
            p.description(),
            str(p.defaultValue()),
            getattr(p, "parentLayerParameterName", lambda: "")(),
            advanced(p),
            p.help(),
        )
        for p in alg.parameterDefinitions()
    }


def test_definitions_survive_a_language_switch(plugin):
    """Defaults, parent layers and flags are the same after switching; texts are translated."""
    plugin.set_language("en")
    before = {a.id(): definitions(a.id()) for a in nuudel_algorithms()}
    plugin.set_language("mn")
    after = {a.id(): definitions(a.id()) for a in nuudel_algorithms()}
    plugin.set_language("en")
    again = {a.id(): definitions(a.id()) for a in nuudel_algorithms()}
    assert again == before
    for alg_id, params in before.items():
        assert set(after[alg_id]) == set(params), alg_id
        for name, values in params.items():
            assert after[alg_id][name][1:4] == values[1:4], (alg_id, name)
            assert after[alg_id][name][4], (alg_id, name)


def dialog_values(alg_id, qgis_iface):
    """The values the toolbox dialog shows when it opens (its parameter widgets)."""
    from processing.gui.AlgorithmDialog import AlgorithmDialog

    model = QgsBrowserGuiModel()
    qgis_iface.browserModel = lambda: model  # the pytest-qgis iface lacks it
    alg = QgsApplication.processingRegistry().createAlgorithmById(alg_id)
    dialog = AlgorithmDialog(alg)
    values = {
        name: wrapper.parameterValue() for name, wrapper in dialog.mainWidget().wrappers.items()
    }
    dialog.close()
    return values


@pytest.mark.parametrize("lang", ["en", "mn"])
def test_dialog_on_workshop_data_preselects_the_fences(plugin, qgis_iface, lang):
    """Workshop data loaded in either language: the audit's dialog opens on the fence layer
    with every field filled (in Mongolian QGIS used to pick "Авто зам", the alphabetically
    first line layer, which has no fence field, so every field combo was empty)."""
    from nuudel.ui.workshop import layer_titles

    project = QgsProject.instance()
    plugin.set_language(lang)
    try:
        plugin.load_workshop_data()
        values = dialog_values("nuudel:fencepermeabilityaudit", qgis_iface)
        assert project.mapLayer(values["INPUT"]).name() == layer_titles()["fences"]
        assert [
            values[k]
            for k in ("TYPE_FIELD", "HEIGHT_FIELD", "BOTTOM_FIELD", "TOP_GAP_FIELD", "BARBED_FIELD")
        ] == ["fence_type", "height_cm", "bottom_cm", "top_gap_cm", "barbed"]
        spacing = dialog_values("nuudel:crossingspacingcheck", qgis_iface)
        assert project.mapLayer(spacing["CROSSINGS"]).name() == layer_titles()["crossings"]
        assert spacing["CROSSING_TYPE_FIELD"] == "crossing_type"
    finally:
        project.removeAllMapLayers()
        project.layerTreeRoot().removeAllChildren()
        plugin.set_language("en")


def test_no_preselection_without_project_layers(plugin):
    QgsProject.instance().removeAllMapLayers()
    alg = QgsApplication.processingRegistry().createAlgorithmById("nuudel:fencepermeabilityaudit")
    assert alg.parameterDefinition("INPUT").defaultValue() is None
