"""Nuudel QGIS plugin: wildlife permeability of fences, roads and railways."""


def classFactory(iface):
    """Return the plugin instance QGIS loads."""
    from .plugin import NuudelPlugin  # noqa: PLC0415 (QGIS loads the plugin through this)

    return NuudelPlugin(iface)
