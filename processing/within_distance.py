"""Processing adapter: features within a true distance of a layer (nuudel:withindistance).

Unlike native:extractwithindistance, the distance is metres on the WGS84 ellipsoid whatever the
CRS of either layer (a 5000 in EPSG:4326 is not 5000 degrees). The EIA screening model uses it to
pick the fences along a proposed alignment. Reads both layers into one local transverse Mercator
CRS, lets core/nearby.py find each feature's nearest reference part, measures that shortest line
on the ellipsoid, and copies the features within the distance unchanged.
"""

from dataclasses import dataclass

from qgis.core import (
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterDistance,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsUnitTypes,
)

from . import layers, output
from .base import NuudelAlgorithm
from .core import nearby
from .feedback import check_cancel, fail
from .i18n import QT_TRANSLATE_NOOP, tr


@dataclass
class Request:
    source: object
    reference: object
    label: str
    ref_label: str
    distance_m: float


class WithinDistance(NuudelAlgorithm):
    ALG_ID = "withindistance"
    GROUP_ID = "alignment"
    TAGS = (
        QT_TRANSLATE_NOOP("@default", "distance"),
        QT_TRANSLATE_NOOP("@default", "select"),
        QT_TRANSLATE_NOOP("@default", "alignment"),
        QT_TRANSLATE_NOOP("@default", "fence"),
        QT_TRANSLATE_NOOP("@default", "corridor"),
        QT_TRANSLATE_NOOP("@default", "ellipsoid"),
    )
    SHORT_DESCRIPTION = QT_TRANSLATE_NOOP(
        "@default", "Features of a layer within a distance in true metres of another layer."
    )

    INPUT = "INPUT"
    REFERENCE = "REFERENCE"
    DISTANCE = "DISTANCE"
    OUTPUT = "OUTPUT"
    KEPT = "KEPT"
    LEFT_OUT = "LEFT_OUT"

    def display_name(self):
        return tr("Features within a true distance")

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.INPUT,
                tr("Features to select (e.g. fences)"),
                [QgsProcessing.TypeVectorAnyGeometry],
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.REFERENCE,
                tr("Reference layer (e.g. the proposed alignment)"),
                [QgsProcessing.TypeVectorAnyGeometry],
            )
        )
        distance = QgsProcessingParameterDistance(
            self.DISTANCE,
            tr("Distance (metres on the ellipsoid, whatever the layers' CRS)"),
            defaultValue=5000.0,
            minValue=0.0,
        )
        distance.setDefaultUnit(QgsUnitTypes.DistanceMeters)
        self.addParameter(distance)
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, tr("Features within the distance"), QgsProcessing.TypeVectorAnyGeometry
            )
        )
        self.addOutput(
            QgsProcessingOutputNumber(self.KEPT, tr("Features within the distance (count)"))
        )
        self.addOutput(
            QgsProcessingOutputNumber(self.LEFT_OUT, tr("Features farther away (count)"))
        )

    def processAlgorithm(self, parameters, context, feedback):
        steps = QgsProcessingMultiStepFeedback(3, feedback)
        request = self._request(parameters, context)
        tm = layers.local_metric_crs(
            layers.combined_extent([request.reference], layers.WGS84, context),
            layers.WGS84,
            context,
        )
        table, reference = self._read(request, tm, context, steps)
        steps.setCurrentStep(1)
        keep = self._select(request, table, reference, tm, context)
        check_cancel(feedback)
        steps.setCurrentStep(2)
        dest_id = self._write(parameters, context, steps, request, table, keep)
        kept = int(keep.sum())
        self._report(feedback, request, table, kept)
        return {self.OUTPUT: dest_id, self.KEPT: kept, self.LEFT_OUT: len(table) - kept}

    # -- steps -----------------------------------------------------------------------------
    def _request(self, parameters, context) -> Request:
        sources = {}
        for name in (self.INPUT, self.REFERENCE):
            source = self.parameterAsSource(parameters, name, context)
            if source is None:
                fail(tr("The input layer could not be read: {layer}"), layer=parameters.get(name))
            sources[name] = source
        labels = {
            name: layers.source_label(self, parameters, name, context, source)
            for name, source in sources.items()
        }
        for name, source in sources.items():
            layers.require_crs(source, labels[name])
        return Request(
            sources[self.INPUT],
            sources[self.REFERENCE],
            labels[self.INPUT],
            labels[self.REFERENCE],
            self.parameterAsDouble(parameters, self.DISTANCE, context),
        )

    @staticmethod
    def _read(request, tm, context, feedback):
        table = layers.read_table(
            request.source, [], context, feedback, crs=tm, repair=False, layer_label=request.label
        )
        ref = layers.read_table(
            request.reference,
            [],
            context,
            feedback,
            crs=tm,
            repair=True,
            layer_label=request.ref_label,
        )
        if not any(g is not None for g in ref.geoms):
            feedback.pushWarning(
                tr(
                    "The reference layer '{layer}' has no geometries: no feature "
                    "is within the distance."
                ).format(layer=request.ref_label)
            )
        return table, ref.geoms

    @staticmethod
    def _select(request, table, reference, tm, context):
        limit = nearby.planar_limit(request.distance_m, table.geoms, reference)
        indices, lines = nearby.nearest_lines(table.geoms, reference, limit)
        lines_ll = layers.transform_geoms(lines, tm, layers.WGS84, context)
        true_m = nearby.true_lengths(lines_ll)
        return nearby.within(indices, true_m, request.distance_m, len(table))

    def _write(self, parameters, context, feedback, request, table, keep):
        source = request.source
        sink, dest_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, source.fields(), source.wkbType(), source.sourceCrs()
        )
        if sink is None:
            fail(tr("Could not create the output layer {output}."), output=self.OUTPUT)
        fids = table.fids[keep].tolist()
        if fids:
            features = source.getFeatures(QgsFeatureRequest().setFilterFids(fids))
            self._copy(sink, features, feedback)
        del sink
        return dest_id

    @staticmethod
    def _copy(sink, features, feedback):
        batch = []
        for feat in features:
            batch.append(feat)
            if len(batch) == output.BATCH:
                output.flush(sink, batch, feedback)
        output.flush(sink, batch, feedback)

    @staticmethod
    def _report(feedback, request, table, kept):
        missing = int(table.missing_geometry.sum())
        if missing:
            feedback.pushWarning(
                tr(
                    "{count} features of '{layer}' have no geometry and are not "
                    "within any distance."
                ).format(count=missing, layer=request.label)
            )
        feedback.pushInfo(
            tr(
                "{kept} of {total} features of '{layer}' lie within {distance} m "
                "(on the ellipsoid) of '{reference}'; {left} are farther away."
            ).format(
                kept=kept,
                total=len(table),
                layer=request.label,
                distance=f"{request.distance_m:g}",
                reference=request.ref_label,
                left=len(table) - kept,
            )
        )
