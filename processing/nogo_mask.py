"""No-go alignment mask (nuudel:nogoalignmentmask): the Processing adapter of core/nogo.py.

Reads every input into one local transverse Mercator CRS (true metres near the data), lets the
core buffer, dissolve and classify, then writes the zones, the alignment conflicts and the cost
raster in the output CRS (the study area's, else the first input's), measured on the ellipsoid
through core/geodesy.py.
"""

import re
from dataclasses import dataclass
from dataclasses import field as dc_field

import numpy as np
import shapely
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterDistance,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterString,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsWkbTypes,
)

from . import figures, key_figures, layers, numbers, output, raster, report
from .base import NuudelAlgorithm
from .compat import field
from .core import geodesy, nogo
from .core.profile import load_profile
from .feedback import check_cancel, core_progress, fail, step, steps
from .i18n import QT_TRANSLATE_NOOP, tr
from .labels import zone_labels

MEASURE_STEP_M = 1000.0  # pieces are densified in metres before measuring in lon/lat
AREA_BATCH = 2000  # zone parts measured at a time (bounds the copies made for the transform)
# Largest change of the frame's scale across one feature (from its centre to its box corners)
# for which one buffer distance is used; a wider feature is buffered in a frame of its own
# (0.025 %: a quarter of the 0.1 % the buffers are held to).
WIDE_SCALE = 2.5e-4

_METRES = re.compile(r"(\d[\d.e+]*(?:-[\d.e+]+)?) m\)")


def shown_sources(text) -> str:
    """A ``sources`` value (data: 'water (50 m)') as a person reads it: the metre sign in the
    active language, '-' when empty."""
    if not text:
        return "-"
    unit = tr("m")
    return _METRES.sub(lambda match: match.group(1) + " " + unit + ")", text)


def _is_metric(crs):
    return (
        crs.isValid() and not crs.isGeographic() and crs.mapUnits() == QgsUnitTypes.DistanceMeters
    )


@dataclass
class NoGoRequest:
    """The parameters of one run, read and checked, and the CRSs they give."""

    nogo_buffer: float
    caution_buffer: float
    water_nogo: float
    water_caution: float
    buffer_field: str
    resolution: float
    caution_cost: float
    study_source: object  # or None
    inputs: list  # [(role, layer, source, label)]
    out_crs: object
    extent: object  # of every input, in WGS84
    tm: object  # the local transverse Mercator work CRS
    cost_path: str
    report_path: str


@dataclass
class Read:
    """What the inputs give: constraints for the core and the alignment to screen."""

    constraints: list = dc_field(default_factory=list)
    max_buffer: float = 0.0
    repaired: int = 0
    geoms: list = dc_field(default_factory=list)  # every input geometry (default study area)
    alignment: object = None  # FeatureTable or None
    alignment_label: str = ""
    alignment_names: object = None  # names per alignment feature, or None
    far: list = dc_field(default_factory=list)  # [(layer, features left out far away)]


class NoGoAlignmentMask(NuudelAlgorithm):
    """No-go / caution / suitable zones, a cost raster and alignment screening."""

    ALG_ID = "nogoalignmentmask"
    GROUP_ID = "alignment"
    TAGS = (
        QT_TRANSLATE_NOOP("@default", "alignment"),
        QT_TRANSLATE_NOOP("@default", "protected area"),
        QT_TRANSLATE_NOOP("@default", "no-go"),
        QT_TRANSLATE_NOOP("@default", "eia"),
        QT_TRANSLATE_NOOP("@default", "route"),
        QT_TRANSLATE_NOOP("@default", "water"),
    )
    SHORT_DESCRIPTION = QT_TRANSLATE_NOOP(
        "@default",
        "No-go, caution and suitable areas for a new road or railway, and the "
        "km of each option in them.",
    )

    STUDY_AREA = "STUDY_AREA"
    NOGO = "NOGO"
    NOGO_BUFFER = "NOGO_BUFFER"
    CAUTION = "CAUTION"
    CAUTION_BUFFER = "CAUTION_BUFFER"
    BUFFER_FIELD = "BUFFER_FIELD"
    WATER = "WATER"
    WATER_NOGO_BUFFER = "WATER_NOGO_BUFFER"
    WATER_CAUTION_BUFFER = "WATER_CAUTION_BUFFER"
    ALIGNMENT = "ALIGNMENT"
    RESOLUTION = "RESOLUTION"
    CAUTION_COST = "CAUTION_COST"
    OUTPUT = "OUTPUT"
    OUTPUT_COST = "OUTPUT_COST"
    OUTPUT_CONFLICTS = "OUTPUT_CONFLICTS"
    REPORT = "REPORT"

    def display_name(self):
        return tr("No-go alignment mask")

    def initAlgorithm(self, config=None):
        rules = load_profile(None)["nogo"]
        self._add_constraints()
        self._add_water(rules)
        self._add_settings()
        self._add_outputs()

    def _add_constraints(self):
        """The study area and the no-go and caution layers with their buffers."""
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.STUDY_AREA,
                tr(
                    "Study area (optional; default: extent of all inputs grown by the "
                    "largest buffer)"
                ),
                [QgsProcessing.TypeVectorPolygon],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                self.NOGO,
                tr("No-go layers (protected areas, calving grounds, ...)"),
                QgsProcessing.TypeVectorAnyGeometry,
                optional=True,
            )
        )
        self._distance(self.NOGO_BUFFER, tr("Buffer around no-go features (m)"), 0.0)
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                self.CAUTION,
                tr("Caution layers (migration corridors, ...)"),
                QgsProcessing.TypeVectorAnyGeometry,
                optional=True,
            )
        )
        self._distance(self.CAUTION_BUFFER, tr("Buffer around caution features (m)"), 0.0)
        self.addParameter(
            QgsProcessingParameterString(
                self.BUFFER_FIELD,
                tr(
                    "Field with a per-feature buffer in metres (optional; used where "
                    "the field exists and is not empty)"
                ),
                optional=True,
            )
        )

    def _add_water(self, rules):
        """Water sources and their two distances (profile defaults)."""
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.WATER,
                tr("Water sources (points, optional)"),
                [QgsProcessing.TypeVectorPoint],
                optional=True,
            )
        )
        self._distance(
            self.WATER_NOGO_BUFFER,
            tr("No-go distance around water sources (m)"),
            float(rules["water_nogo_m"]["value"]),
        )
        self._distance(
            self.WATER_CAUTION_BUFFER,
            tr("Caution distance around water sources (m)"),
            float(rules["water_caution_m"]["value"]),
        )

    def _add_settings(self):
        """The alignment to screen and the cost raster's settings."""
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.ALIGNMENT,
                tr("Proposed alignment (lines, optional)"),
                [QgsProcessing.TypeVectorLine],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.RESOLUTION,
                tr("Cell size of the cost raster (m)"),
                QgsProcessingParameterNumber.Double,
                defaultValue=250.0,
                minValue=0.01,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.CAUTION_COST,
                tr("Cost of a caution cell (a suitable cell costs 1)"),
                QgsProcessingParameterNumber.Double,
                defaultValue=10.0,
                minValue=1.0,
            )
        )

    def _add_outputs(self):
        """Zones, cost raster, alignment by zone, report and key figures."""
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, tr("Zones"), QgsProcessing.TypeVectorPolygon
            )
        )
        self.addParameter(
            QgsProcessingParameterRasterDestination(
                self.OUTPUT_COST, tr("Cost raster (GeoTIFF)"), optional=True, createByDefault=False
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_CONFLICTS,
                tr("Alignment by zone"),
                QgsProcessing.TypeVectorLine,
                optional=True,
                createByDefault=False,
            )
        )
        self.add_report_parameter(self.REPORT)
        key_figures.add_nogo_outputs(self)

    def _distance(self, name, description, default):
        param = QgsProcessingParameterDistance(
            name, description, defaultValue=default, minValue=0.0
        )
        param.setDefaultUnit(QgsUnitTypes.DistanceMeters)
        self.addParameter(param)

    # -- reading ----------------------------------------------------------------------------
    def _inputs(self, parameters, context):
        """[(role, layer-or-None, source, label)] of every given input, in parameter order."""
        out = []
        for role in (self.NOGO, self.CAUTION):
            for i, layer in enumerate(self.parameterAsLayerList(parameters, role, context)):
                if not isinstance(layer, QgsVectorLayer):
                    continue
                label = layers.layer_label(layer, f"{role.lower()}{i + 1}")
                out.append((role, layer, layer, label))
        for role in (self.WATER, self.ALIGNMENT):
            source = self.parameterAsSource(parameters, role, context)
            if source is not None:
                layer = self.parameterAsVectorLayer(parameters, role, context)
                out.append(
                    (
                        role,
                        layer,
                        source,
                        layers.layer_label(layer, source.sourceName() or role.lower()),
                    )
                )
        return out

    @staticmethod
    def _check_buffer_field(name, inputs, feedback):
        """Warn when BUFFER_FIELD is set but no no-go or caution layer has that field (a typo
        would otherwise silently give every feature the fixed buffer)."""
        constraint = [(s, label) for role, _l, s, label in inputs if role in ("NOGO", "CAUTION")]
        if not name or not constraint or any(name in s.fields().names() for s, _ in constraint):
            return
        source, label = constraint[0]
        feedback.pushWarning(
            tr(
                "No no-go or caution layer has the field '{field}' "
                "(BUFFER_FIELD): every feature gets the fixed buffer. The fields "
                "of '{layer}' are: {fields}."
            ).format(field=name, layer=label, fields=", ".join(source.fields().names()) or "-")
        )

    def _read_parameters(self, parameters, context, feedback) -> NoGoRequest:
        study_source = self.parameterAsSource(parameters, self.STUDY_AREA, context)
        inputs = self._inputs(parameters, context)
        for _role, _layer, source, label in inputs:
            layers.require_crs(source, label)
        if study_source is not None:
            layers.require_crs(study_source, tr("study area"))
            out_crs = study_source.sourceCrs()
        elif inputs:
            out_crs = inputs[0][2].sourceCrs()
        else:
            fail(tr("Nothing to map: give a study area or at least one input layer."))
        # the work frame is centred on the study area; without one, on every input
        framed = [study_source] if study_source is not None else [s for _r, _l, s, _n in inputs]
        extent = layers.combined_extent(framed, layers.WGS84, context)
        if extent.isNull():
            fail(tr("The inputs hold no features: give a study area or layers with features."))
        buffer_field = (
            self.parameterAsString(parameters, self.BUFFER_FIELD, context) or ""
        ).strip()
        self._check_buffer_field(buffer_field, inputs, feedback)

        def number(name):
            return self.parameterAsDouble(parameters, name, context)

        return NoGoRequest(
            nogo_buffer=number(self.NOGO_BUFFER),
            caution_buffer=number(self.CAUTION_BUFFER),
            water_nogo=number(self.WATER_NOGO_BUFFER),
            water_caution=number(self.WATER_CAUTION_BUFFER),
            buffer_field=buffer_field,
            resolution=number(self.RESOLUTION),
            caution_cost=number(self.CAUTION_COST),
            study_source=study_source,
            inputs=inputs,
            out_crs=out_crs,
            extent=extent,
            tm=layers.local_metric_crs(extent, layers.WGS84, context),
            cost_path=self.parameterAsOutputLayer(parameters, self.OUTPUT_COST, context),
            report_path=self.parameterAsFileOutput(parameters, self.REPORT, context),
        )

    def _read_input(self, req, read, role, source, label, context, feedback):
        """Read one input and add what it gives to ``read``: no-go, caution and water layers
        are read in lon/lat, cut to what can reach the study area, then taken to the frame."""
        if role == self.ALIGNMENT:
            self._read_alignment(req, read, source, label, context, feedback)
            return
        by_field = (
            bool(req.buffer_field)
            and req.buffer_field in source.fields().names()
            and role in (self.NOGO, self.CAUTION)
        )
        table = layers.read_table(
            source,
            [req.buffer_field] if by_field else [],
            context,
            feedback,
            crs=layers.WGS84,
            layer_label=label,
        )
        read.repaired += table.repaired
        self._warn_table(table, label, feedback)
        if role == self.WATER:
            distances = np.full(len(table), max(req.water_nogo, req.water_caution))
        else:
            distances = self._layer_distances(req, role, table, label, by_field, feedback)
        geoms = self._to_frame(req, read, table, distances, label, context, feedback)
        read.geoms.extend(g for g in geoms if g is not None)
        if role == self.WATER:
            scale = layers.frame_scale(geoms, req.tm, context)
            self._water_constraints(req, read, geoms, scale, label)
        else:
            polys, scale = self._buffered(req, geoms, distances, context)
            self._layer_constraint(
                read, role, source, (geoms, polys), distances, scale, label, feedback
            )

    def _read_alignment(self, req, read, source, label, context, feedback):
        """The alignment in the work frame, with its name field when there is one."""
        name_field = next((f for f in source.fields().names() if f.lower() == "name"), None)
        table = layers.read_table(
            source,
            [name_field] if name_field else [],
            context,
            feedback,
            crs=req.tm,
            layer_label=label,
        )
        read.repaired += table.repaired
        read.geoms.extend(g for g in table.geoms if g is not None)
        self._warn_table(table, label, feedback, missing=False)
        read.alignment, read.alignment_label = table, label
        read.alignment_names = table.attrs.get(name_field) if name_field else None

    @staticmethod
    def _warn_table(table, label, feedback, missing=True):
        if len(table) == 0:
            feedback.pushWarning(
                tr("Layer '{layer}' has no features; it adds nothing to the outputs.").format(
                    layer=label
                )
            )
        n = int(table.missing_geometry.sum())
        if missing and n:
            feedback.pushWarning(
                tr("Layer '{layer}': {n} features have no geometry and were left out.").format(
                    layer=label, n=n
                )
            )

    def _to_frame(self, req, read, table, distances, label, context, feedback):
        """The lon/lat geometries of ``table`` in the work frame, without the features too far
        from the study area to reach it (counted in a warning and the report)."""
        geoms = table.geoms.copy()
        far = np.zeros(len(geoms), dtype=bool)
        if req.study_source is not None:
            e = req.extent
            box = (e.xMinimum(), e.yMinimum(), e.xMaximum(), e.yMaximum())
            geoms, far = nogo.clip_to_reach(geoms, distances, box)
        geoms = nogo.valid_polygons(layers.transform_geoms(geoms, layers.WGS84, req.tm, context))
        present = np.flatnonzero(~shapely.is_missing(geoms))
        coords, owner = shapely.get_coordinates(geoms[present], return_index=True)
        unmapped = present[np.unique(owner[~np.isfinite(coords).all(axis=1)])]
        geoms[unmapped] = None  # beyond the frame's reach (more than 90 degrees away)
        far[unmapped] = True
        n = int(far.sum())
        if n:
            read.far.append((label, n))
            feedback.pushWarning(
                tr(
                    "Layer '{layer}': {n} features lie farther from the study area than their "
                    "buffer and were left out."
                ).format(layer=label, n=n)
            )
        return geoms

    @staticmethod
    def _buffered(req, geoms, distances, context):
        """(buffer polygons, frame scale per feature): each feature buffered by its true
        distance times the frame's scale at it. A feature over which that scale changes by
        more than WIDE_SCALE (a protected area a degree wide far from the central meridian)
        is buffered in a frame on its own meridian (rounded to a degree) and brought back."""
        scale, spread = layers.frame_scale(geoms, req.tm, context, spread=True)
        wide = (spread > WIDE_SCALE) & (distances > 0)
        out = [nogo.buffer_features(geoms[~wide], (distances * scale)[~wide])]
        if wide.any():
            b = shapely.bounds(geoms[wide])
            centre = np.column_stack([(b[:, 0] + b[:, 2]) / 2, (b[:, 1] + b[:, 3]) / 2])
            lon = np.round(layers.transform_coords(centre, req.tm, layers.WGS84, context)[:, 0])
            idx = np.flatnonzero(wide)
            for meridian in np.unique(lon):
                frame = layers.meridian_frame(float(meridian))
                mine = idx[lon == meridian]
                local = layers.transform_geoms(geoms[mine], req.tm, frame, context)
                k = layers.frame_scale(local, frame, context)
                polys = shapely.segmentize(nogo.buffer_features(local, distances[mine] * k), 1000.0)
                out.append(layers.transform_geoms(polys, frame, req.tm, context))
        return np.concatenate(out), scale

    @staticmethod
    def _water_constraints(req, read, geoms, scale, label):
        for zone, dist in (("nogo", req.water_nogo), ("caution", req.water_caution)):
            if dist > 0:
                read.constraints.append(
                    nogo.Constraint(
                        nogo.source_label(label, [dist]),
                        zone,
                        nogo.buffer_features(geoms, dist * scale),
                    )
                )
        if any(g is not None for g in geoms):
            read.max_buffer = max(
                read.max_buffer, max(req.water_nogo, req.water_caution) * float(scale.max())
            )

    def _layer_distances(self, req, role, table, label, by_field, feedback):
        """True buffer distance (m) of each feature: the fixed one or BUFFER_FIELD's."""
        base = req.nogo_buffer if role == self.NOGO else req.caution_buffer
        if not by_field:
            return np.full(len(table), base)
        distances, _used, bad = nogo.distances_from_field(table.attrs[req.buffer_field], base)
        if bad:
            feedback.pushWarning(
                tr(
                    "Layer '{layer}': {n} features have a value in '{field}' that is not a "
                    "distance in metres (>= 0); they use the buffer of {default} m."
                ).format(layer=label, n=bad, field=req.buffer_field, default=f"{base:g}")
            )
        return distances

    def _layer_constraint(self, read, role, source, buffered, distances, scale, label, feedback):
        """A no-go or caution layer: ``buffered`` = (geometries, their buffers)."""
        geoms, polys = buffered
        has_geom = ~shapely.is_missing(geoms)
        geometry_type = QgsWkbTypes.geometryType(source.wkbType())
        if (
            geometry_type != QgsWkbTypes.PolygonGeometry
            and has_geom.any()
            and not (distances[has_geom] > 0).any()
        ):
            feedback.pushWarning(
                tr(
                    "Layer '{layer}' has points or lines and no buffer: they cover no area. Set "
                    "a buffer distance."
                ).format(layer=label)
            )
        if has_geom.any():
            read.max_buffer = max(read.max_buffer, float((distances * scale)[has_geom].max()))
        read.constraints.append(
            nogo.Constraint(
                nogo.source_label(label, distances[has_geom]),
                "nogo" if role == self.NOGO else "caution",
                polys,
            )
        )

    def _read_study_area(self, req, read, context, feedback):
        """The study area in the work CRS: the STUDY_AREA polygons (densified in their own CRS,
        so that straight edges stay where they are), else every input grown by the largest
        buffer."""
        repaired = tr("{n} invalid polygons were repaired (make valid) before use.")
        if read.repaired:
            feedback.pushWarning(repaired.format(n=read.repaired))
        if req.study_source is None:
            study = nogo.default_study_area(read.geoms, read.max_buffer)
        else:
            table = layers.read_table(
                req.study_source, [], context, feedback, layer_label=tr("study area")
            )
            if table.repaired:
                feedback.pushWarning(repaired.format(n=table.repaired))
            parts = table.geoms[~table.missing_geometry]
            step_own = self._measure_step(req.study_source.sourceCrs(), req.extent)
            parts = layers.transform_geoms(
                shapely.segmentize(parts.astype(object), step_own),
                req.study_source.sourceCrs(),
                req.tm,
                context,
            )
            study = nogo.as_multipolygon(nogo.dissolve(parts, repair=True)) if len(parts) else None
        if study is None or study.is_empty:
            fail(
                tr(
                    "The study area is empty: give a STUDY_AREA layer with polygons, or input "
                    "layers with features."
                )
            )
        return study

    # -- the algorithm -----------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):
        req = self._read_parameters(parameters, context, feedback)
        multi = steps(len(req.inputs) + 6, feedback)
        read = Read()
        for k, (role, _layer, source, label) in enumerate(req.inputs):
            step(multi, k)
            self._read_input(req, read, role, source, label, context, multi)
        k = len(req.inputs)
        step(multi, k)
        study = self._read_study_area(req, read, context, multi)
        step(multi, k + 1)
        zones = self.core_call(
            nogo.classify, study, read.constraints, progress=core_progress(multi)
        )
        # the buffered inputs only name the sources of alignment pieces: cut the alignment now
        # and let them go before the outputs are written (a third of the memory at full scale)
        pieces = nogo.cut_lines(read.alignment.geoms, zones) if read.alignment is not None else []
        zones.constraints, read.constraints = [], []
        step(multi, k + 2)
        zone_km2 = self._zone_areas(req, zones, context)
        results = {self.OUTPUT: self._write_zones(parameters, context, req, zones, zone_km2)}
        step(multi, k + 3)
        per_line = self._conflicts(parameters, context, multi, req, read, pieces, results)
        results["ALIGNMENT_KM"] = key_figures.alignment_km(
            pieces,
            read.alignment,
            read.alignment_names,
            read.alignment.geoms if read.alignment is not None else [],
            zones.study_area,
            lambda geoms: self._lengths_m(geoms, req, context) / 1000.0,
        )
        if read.alignment is not None:
            self._warn_alignment(
                multi, read.alignment, read.alignment.geoms, zones.study_area, read.alignment_label
            )
        step(multi, k + 4)
        if req.cost_path:
            self._write_cost(req, zones, context, multi)
            results[self.OUTPUT_COST] = req.cost_path
        step(multi, k + 5)
        self._report(req, parameters, context, multi, zones, zone_km2, per_line, results, read.far)
        if req.report_path:
            results[self.REPORT] = req.report_path
        step(multi, k + 6)
        return results

    @staticmethod
    def _measure_step(out_crs, extent_wgs84):
        """Vertex spacing (CRS units) for densifying: straight edges stay straight."""
        if out_crs.isGeographic():
            return 0.01
        diag_m = max(extent_wgs84.width(), extent_wgs84.height()) * 111_000.0
        return min(max(diag_m / 2000.0, 5.0), 1000.0)

    @staticmethod
    def _to_lonlat(geoms, req, context):
        return layers.transform_geoms(
            np.asarray(geoms, dtype=object), req.tm, layers.WGS84, context
        )

    def _zone_areas(self, req, zones, context):
        """{zone: km²} on the ellipsoid; suitable = study area - the others, so the three add
        up."""
        centre = req.extent.center()

        def to_lonlat(coords):
            return layers.transform_coords(coords, req.tm, layers.WGS84, context)

        def km2(geom):  # part by part in batches: one national zone is never copied at once
            parts = shapely.get_parts(geom)
            return (
                sum(
                    float(
                        geodesy.polygon_areas(
                            parts[i : i + AREA_BATCH], centre.x(), centre.y(), to_lonlat
                        ).sum()
                    )
                    for i in range(0, len(parts), AREA_BATCH)
                )
                / 1e6
            )

        out = {"nogo": km2(zones.geoms["nogo"]), "caution": km2(zones.geoms["caution"])}
        out["suitable"] = (
            0.0
            if zones.geoms["suitable"].is_empty
            else max(km2(zones.study_area) - out["nogo"] - out["caution"], 0.0)
        )
        return out

    def _write_zones(self, parameters, context, req, zones, zone_km2):
        sink, dest = self.parameterAsSink(
            parameters,
            self.OUTPUT,
            context,
            self._zone_fields(),
            QgsWkbTypes.MultiPolygon,
            req.out_crs,
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for zone in nogo.ZONES:  # one zone at a time: a national zone is never copied twice
            # the back transform can make rings cross where zones meet the study area's edge:
            # each zone is repaired in the output CRS
            geom = layers.transform_geoms([zones.geoms[zone]], req.tm, req.out_crs, context)[0]
            geom = nogo.repair_zone(geom)
            feat = QgsFeature(self._zone_fields())
            if geom is not None and not geom.is_empty:
                qgeom = layers.to_qgs(geom)
                qgeom.convertToMultiType()
                feat.setGeometry(qgeom)
            del geom
            feat.setAttributes([zone, zones.sources[zone], zone_km2[zone]])
            output.add_feature(sink, feat, self.OUTPUT)
        del sink  # written out before the report maps it
        self.style_output(context, dest, "zones")
        return dest

    def _write_cost(self, req, zones, context, feedback):
        raster_crs = req.out_crs if _is_metric(req.out_crs) else req.tm
        if raster_crs != req.out_crs:
            feedback.pushInfo(
                tr(
                    "The output CRS is not in metres: the cost raster uses the "
                    "local transverse Mercator CRS of the data."
                )
            )
        raster.write_cost(
            req.cost_path, zones, req.tm, raster_crs, req.resolution, req.caution_cost, context
        )
        self.style_output(context, req.cost_path, "cost")

    @staticmethod
    def _zone_fields():
        fields = QgsFields()
        fields.append(field("zone", "string", 16))
        fields.append(field("sources", "string", 254))
        fields.append(field("area_km2", "double", 20, 6))
        return fields

    @staticmethod
    def _conflict_fields():
        fields = QgsFields()
        fields.append(field("alignment_id", "int64"))
        fields.append(field("alignment", "string", 254))
        fields.append(field("zone", "string", 16))
        fields.append(field("length_m", "double", 20, 3))
        fields.append(field("sources", "string", 254))
        return fields

    def _conflicts(self, parameters, context, feedback, req, read, pieces, results):
        """Write OUTPUT_CONFLICTS (when asked); return {alignment: {zone: [km, sources]}}."""
        per_line = {}
        if read.alignment is None:
            return per_line
        fields = self._conflict_fields()
        sink, dest = self.parameterAsSink(
            parameters, self.OUTPUT_CONFLICTS, context, fields, QgsWkbTypes.LineString, req.out_crs
        )
        geoms = np.array([p.geom for p in pieces], dtype=object)
        lengths = self._lengths_m(geoms, req, context)
        to_out = QgsCoordinateTransform(req.tm, req.out_crs, context.transformContext())
        names, fids = read.alignment_names, read.alignment.fids
        for k, piece in enumerate(pieces):
            if k % 500 == 0:
                check_cancel(feedback)
            fid = int(fids[piece.line_index])
            name = names[piece.line_index] if names is not None else None
            name = "" if name is None else str(name)
            self._add_piece(per_line, name or str(fid), piece, float(lengths[k]))
            if sink is not None:
                qgeom = layers.to_qgs(piece.geom)
                qgeom.transform(to_out)
                feat = QgsFeature(fields)
                feat.setGeometry(qgeom)
                feat.setAttributes([fid, name, piece.zone, float(lengths[k]), piece.sources])
                output.add_feature(sink, feat, self.OUTPUT_CONFLICTS)
        if sink is not None:
            results[self.OUTPUT_CONFLICTS] = dest
            self.style_output(context, dest, "conflicts")
        return per_line

    def _lengths_m(self, geoms, req, context):
        """True lengths (m) of work-CRS lines, densified in metres, measured in lon/lat."""
        if not len(geoms):
            return np.zeros(0)
        return geodesy.line_lengths(
            self._to_lonlat(shapely.segmentize(geoms, MEASURE_STEP_M), req, context)
        )

    @staticmethod
    def _add_piece(per_line, key, piece, length):
        entry = per_line.setdefault(key, {z: [0.0, []] for z in nogo.ZONES})
        entry[piece.zone][0] += length / 1000.0
        for src in filter(None, piece.sources.split(", ")):
            if src not in entry[piece.zone][1]:
                entry[piece.zone][1].append(src)

    @staticmethod
    def _warn_alignment(feedback, table, lines, study_area, label):
        missing = int(table.missing_geometry.sum())
        if missing:
            feedback.pushWarning(
                tr("Layer '{layer}': {n} features have no geometry and were left out.").format(
                    layer=label, n=missing
                )
            )
        outside = nogo.outside_length(lines, study_area)
        if outside > 1.0:
            feedback.pushWarning(
                tr(
                    "{km} km of the alignment lie outside the study area and were not screened."
                ).format(km=numbers.km(outside / 1000))
            )

    def _report(
        self, req, parameters, context, feedback, zones, zone_km2, per_line, results=None, far=()
    ):
        """The log lines (zones, alignments) and the HTML report (when asked)."""
        labels = zone_labels()
        for zone in nogo.ZONES:
            feedback.pushInfo(
                tr("{zone}: {km2} km² ({sources})").format(
                    zone=labels[zone],
                    km2=numbers.km2(zone_km2[zone]),
                    sources=shown_sources(zones.sources[zone]),
                )
            )
        for key, entry in per_line.items():
            for zone in ("nogo", "caution"):
                km, srcs = entry[zone]
                if km > 0:
                    feedback.pushInfo(
                        tr("Alignment {name}: {km} km in {zone} ({sources}).").format(
                            name=key,
                            km=numbers.km(km),
                            zone=labels[zone],
                            sources=shown_sources(", ".join(srcs)),
                        )
                    )
        if req.report_path:
            self._write_report(
                req.report_path, parameters, context, zones, zone_km2, per_line, results, far
            )

    def _write_report(
        self, path, parameters, context, zones, zone_km2, per_line, results=None, far=()
    ):
        sections = [self._zones_section(zones, zone_km2)]
        if per_line:
            sections.append(self._alignment_section(per_line))
        if far:
            sections.append(self._far_section(far))
        sections.append(self._rules_section())
        sections.append(report.parameters_section(self, parameters, context))
        report.write_report(
            path,
            tr("No-go alignment mask"),
            sections,
            intro=report.esc(
                tr(
                    "No-go wins over caution; the three zones cover the study area exactly. Buffers are "
                    "true metres (computed in a transverse Mercator CRS centred on the study area, "
                    "each buffer scaled by the CRS's scale at its feature); areas and lengths are "
                    "measured on the WGS 84 ellipsoid."
                )
            ),
            conclusion=self._conclusion(zones, zone_km2, per_line),
            figures=self._report_figures(context, per_line, results or {}),
        )

    @staticmethod
    def _zones_section(zones, zone_km2):
        labels = zone_labels()
        rows = [
            (
                labels[z],
                report.Html(f"<code>{z}</code>"),
                zone_km2[z],
                shown_sources(zones.sources[z]),
            )
            for z in nogo.ZONES
        ]
        headers = [tr("Zone"), tr("Code"), tr("Area (km²)"), tr("Sources")]
        return tr("Zones"), report.table(headers, rows)

    @staticmethod
    def _alignment_section(per_line):
        rows = [
            (
                key,
                entry["nogo"][0],
                shown_sources(", ".join(entry["nogo"][1])),
                entry["caution"][0],
                shown_sources(", ".join(entry["caution"][1])),
                entry["suitable"][0],
            )
            for key, entry in per_line.items()
        ]
        headers = [
            tr("Alignment"),
            tr("No-go (km)"),
            tr("No-go sources"),
            tr("Caution (km)"),
            tr("Caution sources"),
            tr("Suitable (km)"),
        ]
        return tr("Alignment screening"), report.table(headers, rows)

    @staticmethod
    def _far_section(far):
        """The features left out because their buffer cannot reach the study area."""
        intro = report.esc(
            tr(
                "These features lie farther from the study area than their buffer: they cannot "
                "touch it and were left out."
            )
        )
        table = report.table([tr("Layer"), tr("Features left out")], list(far))
        return tr("Features far outside the study area"), f"<p>{intro}</p>{table}"

    @staticmethod
    def _rules_section():
        profile = load_profile(None)
        rules = profile["nogo"]
        texts = {
            "water_nogo_m": tr(
                "No-go distance around water sources: {m} m (special protection zone)"
            ),
            "water_caution_m": tr(
                "Caution distance around water sources: {m} m (ordinary protection zone)"
            ),
            "protected_area": tr("Protected areas are no-go; their buffer is set by the user"),
            "takhi_disturbance_m": tr("Guidance: keep {m} m from Przewalski's horse (takhi) herds"),
        }
        return report.rules_section(
            profile,
            [
                (
                    rules[key]["rule"],
                    text.format(
                        m=numbers.plain(rules[key]["value"]) if "value" in rules[key] else ""
                    ),
                    rules[key]["sources"],
                    rules[key]["status"],
                )
                for key, text in texts.items()
            ],
        )

    @staticmethod
    def _conclusion(zones, zone_km2, per_line):
        """One sentence: the alignment option most in no-go zones, or the zones' areas."""
        km, km2 = numbers.km, numbers.km2
        if per_line:
            key, entry = max(
                per_line.items(), key=lambda kv: (kv[1]["nogo"][0], kv[1]["caution"][0])
            )
            total = sum(entry[z][0] for z in nogo.ZONES)
            if entry["nogo"][0] > 0:
                return tr(
                    "The alignment '{name}' runs {nogo} km of its {total} km "
                    "through no-go zones ({sources}) and {caution} km through "
                    "caution zones."
                ).format(
                    name=key,
                    nogo=km(entry["nogo"][0]),
                    total=km(total),
                    sources=shown_sources(", ".join(entry["nogo"][1])),
                    caution=km(entry["caution"][0]),
                )
            return tr(
                "No alignment option crosses a no-go zone; the alignment '{name}' runs "
                "{caution} km of its {total} km through caution zones."
            ).format(name=key, caution=km(entry["caution"][0]), total=km(total))
        total = sum(zone_km2.values())
        return tr(
            "{nogo} km² of the {total} km² study area are no-go ({sources}) "
            "and {caution} km² need caution."
        ).format(
            nogo=km2(zone_km2["nogo"]),
            total=km2(total),
            sources=shown_sources(zones.sources["nogo"]),
            caution=km2(zone_km2["caution"]),
        )

    @staticmethod
    def _report_figures(context, per_line, results):
        """The map of the zones and the alignment, and km per zone of each alignment."""
        labels = zone_labels()
        outputs = [
            (results[k], key, title)
            for k, key, title in (
                ("OUTPUT_CONFLICTS", "conflicts", tr("Proposed alignment by zone")),
                ("OUTPUT", "zones", tr("Zones")),
            )
            if results.get(k)
        ]
        out = [
            figures.map_figure(
                outputs,
                context,
                tr("No-go, caution and suitable zones and the proposed alignment cut by zone."),
            )
        ]
        if per_line:
            out.append(
                figures.stacked_bars(
                    [
                        (key, {z: entry[z][0] for z in nogo.ZONES})
                        for key, entry in per_line.items()
                    ],
                    [(z, labels[z]) for z in ("nogo", "caution", "suitable")],
                    tr("Kilometres of each alignment option in each zone."),
                )
            )
        return out
