"""Plugins > Nuudel > Make EIA figures: one print layout per Nuudel output in the project.

Each layout comes from resources/layouts/eia_figure.qpt (processing/layouts.py): the output,
styled, over the other visible layers and the Natural Earth provinces, legend beside the map,
scale bar, north arrow, CRS, data source, rule-profile version and date, in the active
language. The layouts are added to the project (Project > Layouts) for editing and export;
crossing gaps and alignments get an atlas, one page per route or alignment.
"""

from qgis.core import QgsProject

from ..processing import figures, layouts
from ..processing.i18n import tr


def output_kind(layer):
    """(style key, atlas field) of a Nuudel output layer, or (None, None)."""
    key, atlas, _label = layouts.output_kind(layer)
    return key, atlas


def make_eia_figures(iface=None, project=None):
    """Add a figure layout for every Nuudel output layer of ``project``; return the layouts."""
    project = project or QgsProject.instance()
    if not layouts.TEMPLATE.exists():
        layouts.write_template(project=project)
    root = project.layerTreeRoot()
    visible = [node.layer() for node in root.findLayers() if node.isVisible() and node.layer()]
    made = []
    backdrop = figures.province_layer()
    if backdrop is not None:
        project.addMapLayer(backdrop, False)
    titles = layouts.kind_titles()
    for layer in visible:
        key, atlas, label = layouts.output_kind(layer)
        if key is None or layer.featureCount() == 0:
            continue
        others = [other for other in visible if output_kind(other)[0] is None]
        others += [backdrop] if backdrop is not None else []
        layout = layouts.figure(
            project,
            [layer],
            titles[key][0],
            sources=", ".join(o.name() for o in others[:4]),
            context_layers=others,
            legend_title="",
            atlas_layer=layer if atlas else None,
            atlas_field=atlas,
            label_field=label,
        )
        manager = project.layoutManager()
        name = manager.generateUniqueTitle() if manager.layoutByName(layer.name()) else layer.name()
        layout.setName(name)
        manager.addLayout(layout)
        made.append(layout)
    bar = getattr(iface, "messageBar", None) if iface is not None else None
    text = (
        tr("{count} EIA figures made: Project > Layouts.").format(count=len(made))
        if made
        else tr("No Nuudel output in the project: run an algorithm first.")
    )
    if bar is not None:
        try:
            bar().pushInfo("Nuudel", text)
        except (AttributeError, TypeError):
            pass
    if made and iface is not None and hasattr(iface, "openLayoutDesigner"):
        try:
            iface.openLayoutDesigner(made[0])
        except (AttributeError, TypeError):
            pass
    return made
