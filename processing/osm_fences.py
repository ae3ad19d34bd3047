"""Processing adapter of the OSM fence import (nuudel:importosmfences).

Reads the ways of an OSM extract (.osm / .pbf through GDAL's OSM driver, layer ``lines``) or
of any OSM-derived line layer (tags in an ``other_tags`` hstore column and/or one column per
tag, as QuickOSM writes them), maps their tags through core/osm.py and the mapping table
(resources/osm_fence_mapping.json) and writes the fences in the Nuudel fence data model.
"""

from dataclasses import dataclass
from pathlib import Path

import shapely
from qgis.core import (
    QgsFields,
    QgsProcessing,
    QgsProcessingMultiStepFeedback,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsVectorLayer,
    QgsWkbTypes,
)

from . import layers, output
from .base import NuudelAlgorithm
from .compat import field
from .core import osm
from .core.inventory import OSM_FIELDS
from .feedback import check_cancel, core_call, fail, paused_gc
from .i18n import QT_TRANSLATE_NOOP, tr
from .inventory_style import StyledOutputs
from .labels import osm_skip_label

OSM_SUFFIXES = (".osm", ".pbf", ".osm.pbf")
NOT_TAGS = {
    "osm_id",
    "osm_way_id",
    "osm_type",
    "full_id",
    "z_order",
    "other_tags",
    "fid",
    "ogc_fid",
}


@dataclass
class ImportRequest:
    source: object
    label: str
    osm_file: str  # path of an .osm/.pbf file, "" for another layer
    mapping: dict


class ImportOsmFences(StyledOutputs, NuudelAlgorithm):
    ALG_ID = "importosmfences"
    GROUP_ID = "fences"
    TAGS = (
        QT_TRANSLATE_NOOP("@default", "OpenStreetMap"),
        QT_TRANSLATE_NOOP("@default", "OSM"),
        QT_TRANSLATE_NOOP("@default", "fence"),
        QT_TRANSLATE_NOOP("@default", "inventory"),
        QT_TRANSLATE_NOOP("@default", "import"),
    )
    SHORT_DESCRIPTION = QT_TRANSLATE_NOOP(
        "@default", "Fences from an OpenStreetMap extract in the fence data model."
    )
    INPUT = "INPUT"
    MAPPING = "MAPPING"
    OUTPUT = "OUTPUT"

    def display_name(self):
        return tr("Import fences from OpenStreetMap")

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.INPUT,
                tr("OSM extract (.osm / .pbf) or OSM line layer with other_tags"),
                [QgsProcessing.TypeVectorLine],
            )
        )
        self.addParameter(
            QgsProcessingParameterFile(
                self.MAPPING,
                tr("Tag mapping (JSON, optional; default: shipped mapping)"),
                extension="json",
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, tr("Fences (fence data model)"), QgsProcessing.TypeVectorLine
            )
        )

    # -- run -------------------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):
        steps = QgsProcessingMultiStepFeedback(3, feedback)
        with paused_gc():
            request = self._request(parameters, context)
            table, tags = self._read_ways(request, context, steps)
            steps.setCurrentStep(1)
            keep, skipped = osm.select_fences(tags, request.mapping)
            gates = self._read_gates(request, table.geoms[keep], feedback)
            mapped = core_call(
                osm.map_tags, [t for t, k in zip(tags, keep) if k], request.mapping, gates, tr
            )
            check_cancel(feedback)
            steps.setCurrentStep(2)
            dest_id = self._write(parameters, context, steps, request, table, keep, gates, mapped)
            self._report(feedback, request, len(table), skipped, mapped)
        self.style_inventory_output(context, dest_id, "fences")
        return {self.OUTPUT: dest_id}

    # -- read ------------------------------------------------------------------------------
    def _request(self, parameters, context):
        raw = parameters.get(self.INPUT) if isinstance(parameters, dict) else None
        osm_file = self._osm_file(raw)
        if osm_file and "|" not in str(raw):  # an OSM file: its ways are the "lines" layer
            parameters = dict(parameters, **{self.INPUT: f"{osm_file}|layername=lines"})
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            fail(tr("The input layer could not be read: {layer}"), layer=raw)
        label = layers.source_label(self, parameters, self.INPUT, context, source)
        layers.require_crs(source, label)
        mapping_path = self.parameterAsFile(parameters, self.MAPPING, context)
        mapping = core_call(osm.load_mapping, mapping_path or None)
        return ImportRequest(source, label, osm_file, mapping)

    @staticmethod
    def _osm_file(raw) -> str:
        """The .osm / .pbf file behind INPUT ("path" or "path|layername=lines"), else ""."""
        text = str(raw or "").split("|")[0]
        if not text.lower().endswith(OSM_SUFFIXES):
            return ""
        return text if Path(text).is_file() else ""

    def _read_ways(self, request, context, feedback):
        names = request.source.fields().names()
        tag_fields = [n for n in names if n.lower() not in NOT_TAGS]
        id_field = next((n for n in ("osm_id", "osm_way_id", "full_id") if n in names), "")
        hstore = "other_tags" if "other_tags" in names else ""
        if not hstore and "barrier" not in names and "fence_type" not in names:
            fail(
                tr(
                    "Layer '{layer}' has no OSM tags: it needs an other_tags column (GDAL's "
                    "OSM driver) or tag columns such as barrier and fence_type. Its fields are: "
                    "{fields}."
                ),
                layer=request.label,
                fields=", ".join(names),
            )
        table = layers.read_table(
            request.source,
            [id_field, hstore, *tag_fields],
            context,
            feedback,
            repair=False,
            layer_label=request.label,
        )
        tags = self._tags(table, tag_fields, hstore)
        table.osm_ids = table.attrs.get(id_field) if id_field else [None] * len(table)
        return table, tags

    @staticmethod
    def _tags(table, tag_fields, hstore):
        """One dict of tags per feature: the hstore text first, then the tag columns."""
        n = len(table)
        out = (
            [osm.parse_hstore(v) for v in table.attrs[hstore]] if hstore else [{} for _ in range(n)]
        )
        for name in tag_fields:
            for tags, value in zip(out, table.attrs[name]):
                if value is not None and str(value).strip():
                    tags.setdefault(name, str(value))
        return out

    def _read_gates(self, request, geoms, feedback):
        """Gate nodes of an OSM file on the fence ways (other layers: none)."""
        if not request.osm_file:
            return None
        points = QgsVectorLayer(f"{request.osm_file}|layername=points", "points", "ogr")
        if not points.isValid():
            feedback.pushWarning(
                tr("The points of {file} could not be read: gate nodes are not looked for.").format(
                    file=request.osm_file
                )
            )
            return None
        fields = points.fields().names()
        pts, ids, tags = [], [], []
        for feat in points.getFeatures():
            values = dict(zip(fields, feat.attributes()))
            node_tags = osm.parse_hstore(values.get("other_tags"))
            if values.get("barrier"):
                node_tags["barrier"] = str(values["barrier"])
            geom = feat.geometry()
            pts.append(None if geom.isNull() else shapely.from_wkb(bytes(geom.asWkb())))
            ids.append(str(values.get("osm_id")))
            tags.append(node_tags)
        return osm.gate_nodes(geoms, pts, ids, tags, request.mapping)

    # -- write -----------------------------------------------------------------------------
    def _write(self, parameters, context, feedback, request, table, keep, gates, mapped):
        fields = QgsFields()
        for name, kind in OSM_FIELDS:
            fields.append(field(name, kind))
        kept = keep.nonzero()[0]
        names = [table.attrs.get("name", [None] * len(table))[i] for i in kept]
        ids = [None if table.osm_ids[i] is None else str(table.osm_ids[i]) for i in kept]
        pieces = osm.cut_open_gates(table.geoms[kept], gates)
        geoms, columns = osm.fence_rows(mapped, pieces, names, ids, tr)
        wkb = (
            QgsWkbTypes.multiType(request.source.wkbType())
            if QgsWkbTypes.isMultiType(request.source.wkbType())
            else QgsWkbTypes.LineString
        )
        return output.write_new(
            self,
            parameters,
            self.OUTPUT,
            context,
            feedback,
            fields,
            wkb,
            request.source.sourceCrs(),
            geoms,
            [columns[name] for name, _kind in OSM_FIELDS],
        )

    # -- report ----------------------------------------------------------------------------
    @staticmethod
    def _report(feedback, request, total, skipped, mapped):
        count = len(mapped.fence_type)
        feedback.pushInfo(
            tr(
                "{count} of {total} lines of '{layer}' are fences, walls, hedges or "
                "gates and were imported."
            ).format(count=count, total=total, layer=request.label)
        )
        for value, number in sorted(skipped.items()):
            feedback.pushInfo(
                tr("{count} lines not imported: {what}.").format(
                    count=number, what=osm_skip_label(value)
                )
            )
        counts = mapped.counts
        messages = (
            (
                "no_type",
                tr(
                    "{count} fences have no fence type OSM could tell (barrier=fence "
                    "without fence_type, wood, metal, closed gates): the audit rates them "
                    "unknown."
                ),
            ),
            ("unmapped", tr("{count} fences carry tag values not in the mapping (see notes).")),
            ("height", tr("{count} height values could not be read (see notes).")),
            ("gate_nodes", tr("{count} gate nodes lie on the fences (named in notes).")),
            (
                "cut",
                tr("{count} open gates of known width were cut out of their fences as openings."),
            ),
        )
        for key, template in messages:
            if counts.get(key):
                push = feedback.pushInfo if key == "cut" else feedback.pushWarning
                push(template.format(count=counts[key]))
        if count:
            feedback.pushInfo(
                tr(
                    "OSM does not record the bottom wire or the gap between the top "
                    "two wires: bottom_cm and top_gap_cm are empty, so the fence "
                    "audit rates crawlers and jumpers unknown until they are "
                    "surveyed."
                )
            )
