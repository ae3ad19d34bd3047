"""Nuudel QGIS plugin: wildlife permeability of fences, roads and railways."""


def classFactory(iface):  # noqa: N802 (QGIS entry point name)
    """Return the plugin instance QGIS loads."""
    from .plugin import NuudelPlugin

    return NuudelPlugin(iface)
