"""Load the bundled workshop data into the current project (filled in by the workshop issue)."""

from pathlib import Path

from qgis.core import QgsProject, QgsVectorLayer

from ..processing.i18n import tr

WORKSHOP_GPKG = Path(__file__).resolve().parent.parent / "resources" / "workshop" / "nuudel_workshop.gpkg"


def load_workshop_data(iface=None):
    """Add every layer of the workshop GeoPackage to a group in the current project."""
    if not WORKSHOP_GPKG.exists():
        if iface is not None:
            iface.messageBar().pushWarning("Nuudel", tr("Workshop data is not installed."))
        return []
    from osgeo import ogr

    ds = ogr.Open(str(WORKSHOP_GPKG))
    names = [ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())]
    ds = None
    project = QgsProject.instance()
    group = project.layerTreeRoot().insertGroup(0, tr("Nuudel workshop"))
    layers = []
    for name in names:
        layer = QgsVectorLayer(f"{WORKSHOP_GPKG}|layername={name}", name, "ogr")
        if layer.isValid():
            project.addMapLayer(layer, False)
            group.addLayer(layer)
            layers.append(layer)
    return layers
