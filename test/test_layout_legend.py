"""The print figure's legend filters by the map only for layers it can hit-test quickly: the
filter costs about 0.6 ms a feature (a 250,000-fix barrier behaviour run spent 27 s in it)."""

from qgis.core import QgsFeature, QgsGeometry, QgsProject, QgsVectorLayer


def _points(n):
    layer = QgsVectorLayer("Point?crs=EPSG:32648&field=v:integer", "pts", "memory")
    feats = []
    for i in range(n):
        feat = QgsFeature(layer.fields())
        feat.setGeometry(QgsGeometry.fromWkt(f"POINT({500000 + i} {5000000 + i})"))
        feat.setAttributes([i])
        feats.append(feat)
    layer.dataProvider().addFeatures(feats)
    layer.updateExtents()
    return layer


def test_legend_filter_only_below_the_limit(plugin):
    from nuudel.processing import layouts

    limit = layouts.LEGEND_FILTER_MAX_FEATURES
    for n, filtered in ((limit, True), (limit + 1, False)):
        project = QgsProject()  # held: the layout does not own it
        layer = _points(n)
        project.addMapLayer(layer, False)
        layout = layouts.figure(project, [layer], "Points", "test")
        assert layout.itemById("legend").legendFilterByMapEnabled() is filtered, n
