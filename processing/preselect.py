"""Which project layer the dialog offers first for an input: the one with the fields it expects.

QGIS pre-selects the first compatible layer by name. With the workshop data in Mongolian that
is "Авто зам" (roads) for the fence audit, which has none of the fence fields, so every field
combo stays empty. An input whose field parameters have default names (fence_type,
height_cm, ...) therefore gets as default the compatible project layer that has most of them.
Only where a desktop is running (qgis.utils.iface) and the project has layers: scripts and
qgis_process keep inputs without a default.
"""

import qgis.utils
from qgis.core import QgsProcessingUtils, QgsProject


def _iface():
    return getattr(qgis.utils, "iface", None)


def best_layer(field_names, data_types, project=None):
    """The id of the compatible vector layer of ``project`` with the most of ``field_names``
    (at least one; ties: the active layer, then layer order), or None."""
    project = project or QgsProject.instance()
    wanted = {name.lower() for name in field_names if name}
    if not wanted or not project.mapLayers():
        return None
    active = getattr(_iface(), "activeLayer", lambda: None)()
    best, best_key = None, (0, False)
    for layer in QgsProcessingUtils.compatibleVectorLayers(project, list(data_types), False):
        have = len(wanted & {name.lower() for name in layer.fields().names()})
        key = (have, layer is active)
        if have and key > best_key:
            best, best_key = layer, key
    return best.id() if best is not None else None


def preselect(alg, field_param, expected) -> None:
    """After ``field_param`` was added to ``alg``: give its parent input the best layer for
    all default field names recorded in ``expected`` ({parent: [field names]})."""
    parent_name = field_param.parentLayerParameterName()
    default = field_param.defaultValue()
    if not parent_name or not default or _iface() is None:
        return
    names = default if isinstance(default, list) else [str(default)]
    expected.setdefault(parent_name, []).extend(names)
    parent = alg.parameterDefinition(parent_name)
    if parent is None or not hasattr(parent, "dataTypes"):
        return
    layer_id = best_layer(expected[parent_name], parent.dataTypes())
    if layer_id:
        parent.setDefaultValue(layer_id)
