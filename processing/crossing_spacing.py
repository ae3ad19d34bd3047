"""Processing adapter of the crossing spacing check (nuudel:crossingspacingcheck).

Reads the routes in lon/lat (segmentised to 0.05 degrees), merges them into route pieces and
projects the same vertices into a local transverse Mercator (planar work CRS) and the output
CRS; the crossings and zones are read in the work CRS. core/spacing.py locates every crossing
on its nearest route (true ellipsoidal chainage), judges it per species and measures the gaps.
"""

from dataclasses import dataclass

import numpy as np
import shapely
from qgis.core import (
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterDistance,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsRectangle,
    QgsUnitTypes,
    QgsWkbTypes,
)

from . import figures, key_figures, layers, numbers, output, report, topology_io
from .base import NuudelAlgorithm
from .compat import field, field_names
from .core import spacing
from .core.geodesy import MAX_STEP_DEG
from .feedback import check_cancel, core_progress, fail, paused_gc, step, steps
from .i18n import QT_TRANSLATE_NOOP, tr
from .labels import crossing_type_labels, species_names, suitability_labels

WORST_GAPS = 10  # listed in the report
SEGMENT_STEP_DEG = min(0.01, MAX_STEP_DEG)
SEGMENT_STEP_M = 1000.0


@dataclass
class SpacingRequest:
    """The parameters of one run, read and checked."""

    routes: object  # source
    crossings: object  # source
    zones: object  # source or None
    routes_label: str
    crossings_label: str
    zones_label: str
    route_field: str
    mapped: dict  # core key -> crossing field ("" when none is mapped)
    profile: dict
    codes: list
    max_spacing: float
    snap: float
    report_path: str


@dataclass
class Routes:
    """The routes as the core sees them, and the CRSs they were read in."""

    index: spacing.RouteIndex
    work_crs: object
    out_crs: object
    built: object = None  # the route network (core/spacing.route_network): joins, pieces
    fids: object = None  # feature ids of the route lines


class CrossingSpacingCheck(NuudelAlgorithm):
    ALG_ID = "crossingspacingcheck"
    GROUP_ID = "crossings"

    INPUT = "INPUT"
    ROUTE_FIELD = "ROUTE_FIELD"
    CROSSINGS = "CROSSINGS"
    CROSSING_TYPE_FIELD = "CROSSING_TYPE_FIELD"
    WIDTH_FIELD = "WIDTH_FIELD"
    HEIGHT_FIELD = "HEIGHT_FIELD"
    LENGTH_FIELD = "LENGTH_FIELD"
    ZONES = "ZONES"
    SPECIES = "SPECIES"
    PROFILE = "PROFILE"
    MAX_SPACING = "MAX_SPACING"
    SNAP_TOLERANCE = "SNAP_TOLERANCE"
    OUTPUT_CROSSINGS = "OUTPUT_CROSSINGS"
    OUTPUT_GAPS = "OUTPUT_GAPS"
    OUTPUT_PROPOSED = "OUTPUT_PROPOSED"
    REPORT = "REPORT"
    CHAINAGE_START = "CHAINAGE_START"
    TAGS = (
        QT_TRANSLATE_NOOP("@default", "crossing"),
        QT_TRANSLATE_NOOP("@default", "road"),
        QT_TRANSLATE_NOOP("@default", "railway"),
        QT_TRANSLATE_NOOP("@default", "underpass"),
        QT_TRANSLATE_NOOP("@default", "spacing"),
        QT_TRANSLATE_NOOP("@default", "fence"),
    )
    SHORT_DESCRIPTION = QT_TRANSLATE_NOOP(
        "@default",
        "Spacing of suitable wildlife crossings along roads and railways; proposes new ones.",
    )
    FIELD_PARAMS = (
        # parameter, default field name, key in the core
        (CROSSING_TYPE_FIELD, "crossing_type", "type"),
        (WIDTH_FIELD, "width_m", "width"),
        (HEIGHT_FIELD, "height_m", "height"),
        (LENGTH_FIELD, "length_m", "length"),
    )

    def display_name(self):
        return tr("Crossing spacing check")

    def initAlgorithm(self, config=None):
        self._add_input_parameters()
        self._add_rule_parameters()
        self._add_topology_parameters()
        self._add_output_parameters()

    def _add_input_parameters(self):
        """The routes, the crossings with their attribute fields, and the zones."""
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.INPUT, tr("Roads or railways (lines)"), [QgsProcessing.TypeVectorLine]
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.ROUTE_FIELD,
                tr("Route field (optional; without it connected segments form routes)"),
                parentLayerParameterName=self.INPUT,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.CROSSINGS, tr("Crossing structures (points)"), [QgsProcessing.TypeVectorPoint]
            )
        )
        descriptions = {
            self.CROSSING_TYPE_FIELD: tr(
                "Crossing type field (underpass, overpass, bridge, culvert, level, opening)"
            ),
            self.WIDTH_FIELD: tr("Width field (m)"),
            self.HEIGHT_FIELD: tr("Clear height field (m)"),
            self.LENGTH_FIELD: tr("Length field (m, the distance an animal walks through)"),
        }
        for name, default, _key in self.FIELD_PARAMS:
            self.addParameter(
                QgsProcessingParameterField(
                    name,
                    descriptions[name],
                    defaultValue=default,
                    parentLayerParameterName=self.CROSSINGS,
                    optional=True,
                )
            )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.ZONES,
                tr("Zones where the spacing rule applies (polygons, optional)"),
                [QgsProcessing.TypeVectorPolygon],
                optional=True,
            )
        )

    def _add_rule_parameters(self):
        """Species, profile, the spacing limit and the snap tolerance."""
        self.add_species_parameter(self.SPECIES)
        self.add_profile_parameter(self.PROFILE)
        # No default value: left empty, the profile's max_spacing_m applies (a default here
        # would silently override the value of a PROFILE the user chose).
        max_param = QgsProcessingParameterDistance(
            self.MAX_SPACING,
            tr("Maximum spacing between suitable crossings (metres; empty: the profile's value)"),
            defaultValue=None,
            parentParameterName=self.INPUT,
            minValue=0.001,
            optional=True,
        )
        snap_param = QgsProcessingParameterDistance(
            self.SNAP_TOLERANCE,
            tr("Snap tolerance: largest distance of a crossing from its route (metres)"),
            defaultValue=100.0,
            parentParameterName=self.INPUT,
            minValue=0.0,
        )
        for param in (max_param, snap_param):
            if hasattr(param, "setDefaultUnit"):
                param.setDefaultUnit(QgsUnitTypes.DistanceMeters)
            self.addParameter(param)

    def _add_output_parameters(self):
        """The three layers, the topology layer, the report and the key figures."""
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_CROSSINGS, tr("Crossings judged"), QgsProcessing.TypeVectorPoint
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_GAPS,
                tr("Gaps between suitable crossings"),
                QgsProcessing.TypeVectorLine,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_PROPOSED, tr("Proposed crossings"), QgsProcessing.TypeVectorPoint
            )
        )
        topology_io.add_output(self)
        self.add_report_parameter(self.REPORT)
        key_figures.add_spacing_outputs(self)

    # -- run -------------------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):
        with paused_gc():
            return self._process(parameters, context, feedback)

    def _process(self, parameters, context, feedback):
        req = self._read_parameters(parameters, context)
        multi = steps(6, feedback)
        step(multi, 0)
        routes = self._read_routes(req, parameters, context, multi)
        step(multi, 1)
        crossings, points = self._read_crossings(req, routes.work_crs, context, multi)
        zones = self._read_zones(req, routes.work_crs, context, multi)
        step(multi, 2)
        result = self._compute(req, routes, crossings, points, zones, multi)
        reasons = self._reasons(req, routes, crossings, points, result)
        step(multi, 3)
        ids = self._write_outputs(
            parameters, context, multi, req, routes, crossings, result, reasons
        )
        step(multi, 5)
        self._report(
            req,
            parameters,
            context,
            multi,
            result,
            zones is not None,
            (routes.built, routes.fids),
            (
                ids[self.OUTPUT_CROSSINGS],
                ids[self.OUTPUT_GAPS],
                ids[self.OUTPUT_PROPOSED],
                routes.out_crs,
            ),
        )
        for name, style_key in (
            (self.OUTPUT_CROSSINGS, "crossings"),
            (self.OUTPUT_GAPS, "gaps"),
            (self.OUTPUT_PROPOSED, "proposed"),
        ):
            self.style_output(context, ids[name], style_key)
        step(multi, 6)
        return {
            **ids,
            self.REPORT: req.report_path or None,
            **key_figures.spacing_figures(spacing.species_summary(result)),
        }

    def _write_outputs(self, parameters, context, multi, req, routes, crossings, result, reasons):
        """The crossings judged (step 3), then the gaps, proposed crossings and joins (step 4):
        their destination ids by output name."""
        ids = {
            self.OUTPUT_CROSSINGS: self._write_crossings(
                parameters, context, multi, req.crossings, crossings, result, reasons
            )
        }
        step(multi, 4)
        ids[self.OUTPUT_GAPS] = self._write_gaps(parameters, context, multi, result, routes.out_crs)
        ids[self.OUTPUT_PROPOSED] = self._write_proposed(
            parameters, context, multi, result, routes.out_crs
        )
        ids["OUTPUT_TOPOLOGY"] = topology_io.write_layer(
            self,
            parameters,
            context,
            multi,
            routes.built.network.snap,
            routes.fids,
            routes.out_crs,
            layers.WGS84,
        )
        return ids

    def _source(self, parameters, name, context):
        """(source, label) of input ``name``, its CRS checked."""
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        label = layers.source_label(self, parameters, name, context, source)
        layers.require_crs(source, label)
        return source, label

    def _read_parameters(self, parameters, context) -> SpacingRequest:
        routes, r_label = self._source(parameters, self.INPUT, context)
        crossings, c_label = self._source(parameters, self.CROSSINGS, context)
        zones, z_label = (
            self._source(parameters, self.ZONES, context)
            if parameters.get(self.ZONES)
            else (None, "")
        )
        route_field = (field_names(self, parameters, self.ROUTE_FIELD, context) or [""])[0]
        layers.check_fields(routes, [route_field], r_label)
        mapped = {
            key: (field_names(self, parameters, name, context) or [""])[0]
            for name, _d, key in self.FIELD_PARAMS
        }
        if not mapped["type"]:
            fail(tr("Choose the crossing type field (CROSSING_TYPE_FIELD)."))
        layers.check_fields(crossings, list(mapped.values()), c_label)
        profile = self.load_profile(parameters, context, self.PROFILE)
        if parameters.get(self.MAX_SPACING) not in (None, ""):
            max_spacing = self.parameterAsDouble(parameters, self.MAX_SPACING, context)
        else:
            max_spacing = float(profile["crossings"]["max_spacing_m"]["value"])
        return SpacingRequest(
            routes=routes,
            crossings=crossings,
            zones=zones,
            routes_label=r_label,
            crossings_label=c_label,
            zones_label=z_label,
            route_field=route_field,
            mapped=mapped,
            profile=profile,
            codes=self.species_codes(parameters, context, self.SPECIES),
            max_spacing=max_spacing,
            snap=self.parameterAsDouble(parameters, self.SNAP_TOLERANCE, context),
            report_path=self.parameterAsFileOutput(parameters, self.REPORT, context),
        )

    def _read_routes(self, req, parameters, context, feedback) -> Routes:
        """Routes segmentised in their own CRS (straight edges stay as drawn), merged into
        pieces, then the same vertices in lon/lat (true lengths) and the planar work CRS."""
        out_crs = req.routes.sourceCrs()
        table = layers.read_table(
            req.routes,
            [req.route_field],
            context,
            feedback,
            repair=False,
            layer_label=req.routes_label,
        )
        if len(table) == 0:
            feedback.pushWarning(
                tr(
                    "The input layer '{layer}' has no features; every crossing "
                    "is unmatched and there are no gaps."
                ).format(layer=req.routes_label)
            )
        missing = int(table.missing_geometry.sum())
        if missing:
            feedback.pushWarning(
                tr(
                    "{count} route features have no geometry and are left out of the routes."
                ).format(count=missing)
            )
        geoms = layers.segmentize_lines(table.geoms, self._step(out_crs))
        values = table.attrs[req.route_field] if req.route_field else None
        built = self._build_routes(
            parameters, context, feedback, req.profile, geoms, values, out_crs
        )
        names, pieces_ll = built.names, built.pieces
        check_cancel(feedback)
        pieces_out = layers.transform_geoms(pieces_ll, layers.WGS84, out_crs, context)
        work_crs = self._work_crs(pieces_ll, req.crossings, context)
        pieces_xy = layers.transform_geoms(pieces_out, out_crs, work_crs, context)
        return Routes(
            spacing.RouteIndex(names, pieces_xy, pieces_ll, pieces_out),
            work_crs,
            out_crs,
            built,
            table.fids,
        )

    def _read_crossings(self, req, work_crs, context, feedback):
        """(table, points): the crossings in the work CRS, a multipoint by its first point."""
        table = layers.read_table(
            req.crossings,
            [v for v in req.mapped.values() if v],
            context,
            feedback,
            crs=work_crs,
            repair=False,
            layer_label=req.crossings_label,
        )
        if len(table) == 0:
            feedback.pushWarning(
                tr("The crossings layer '{layer}' has no features: every route is one gap.").format(
                    layer=req.crossings_label
                )
            )
        return table, layers.first_points(table.geoms)

    @staticmethod
    def _read_zones(req, work_crs, context, feedback):
        """The zone polygons in the work CRS, or None without a ZONES layer."""
        if req.zones is None:
            return None
        table = layers.read_table(
            req.zones, [], context, feedback, crs=work_crs, repair=True, layer_label=req.zones_label
        )
        if table.repaired:
            feedback.pushWarning(
                tr("{count} invalid zone polygons were repaired.").format(count=table.repaired)
            )
        if len(table) == 0:
            feedback.pushWarning(
                tr("The zones layer has no features: the spacing rule applies nowhere.")
            )
        return table.geoms

    def _compute(self, req, routes, crossings, points, zones, feedback):
        n = len(crossings)

        def column(key):
            name = req.mapped[key]
            return crossings.attrs[name] if name else [None] * n

        field_labels = {k: (v or k) for k, v in req.mapped.items()}
        result = self.core_call(
            spacing.check_spacing,
            routes.index,
            points,
            column("type"),
            column("width"),
            column("height"),
            column("length"),
            req.profile,
            req.codes,
            req.max_spacing,
            req.snap,
            zones=zones,
            fields=field_labels,
            progress=core_progress(feedback, scale=1.0),
        )
        self._warn(result, feedback, n)
        return result

    @staticmethod
    def _reasons(req, routes, crossings, points, result):
        """The reasons of every crossing, in the active language."""
        return spacing.crossing_reasons(
            result.suitability,
            result.matches,
            result.duplicate_of,
            crossings.fids,
            req.snap,
            points,
            routes.index.n > 0,
            translate=tr,
        )

    def _report(
        self, req, parameters, context, feedback, result, with_zones, joins=None, outputs=None
    ):
        """The log lines per species and the HTML report (when asked)."""
        self._summary_messages(result, feedback)
        if req.report_path:
            self._write_report(req, parameters, context, result, with_zones, joins, outputs)

    # -- routes through junctions (core/topology.py) ---------------------------------------
    def _add_topology_parameters(self):
        topology_io.add_parameters(self)
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.CHAINAGE_START,
                tr(
                    "Chainage origins (points, optional): each route's "
                    "chainage runs from its end nearest such a point"
                ),
                [QgsProcessing.TypeVectorPoint],
                optional=True,
            )
        )

    def _build_routes(self, parameters, context, feedback, profile, geoms, values, out_crs):
        """Route pieces in lon/lat: ends joined within JOIN_TOLERANCE (true metres), straight
        on through junctions, chainage from CHAINAGE_START; the log says what happened."""
        tolerance, near = topology_io.read_tolerance(self, parameters, context, profile, feedback)
        starts = self._read_chainage_start(parameters, context, feedback)
        geoms_ll = layers.transform_geoms(geoms, out_crs, layers.WGS84, context)
        built = self.core_call(
            spacing.route_network,
            geoms_ll,
            values,
            tolerance,
            geographic=True,
            starts=starts,
            near=near,
        )
        snap = built.network.snap
        topology_io.push_log(
            snap,
            feedback,
            snap.near_misses,
            tr(
                "{count} route ends lie {lo}–{hi} m from another route; the routes are split "
                "there. If these are digitising gaps, set JOIN_TOLERANCE to {suggest} m."
            ),
            tr(
                "{count} route ends lie {distance} m from another route; the routes are split "
                "there. If these are digitising gaps, set JOIN_TOLERANCE to {suggest} m."
            ),
        )
        for route, pieces, reasons in built.messages():
            feedback.pushInfo(
                tr(
                    "Route {route} became {pieces} pieces, each with its own chainage: {reasons}."
                ).format(
                    route=route,
                    pieces=pieces,
                    reasons="; ".join(r.render(tr) for r in reasons) or tr("no reason found"),
                )
            )
        if starts is None:
            feedback.pushInfo(
                tr(
                    "Chainage 0 is at the start of each route piece, in the "
                    "direction most of its segments were digitised (by length)."
                )
            )
        else:
            feedback.pushInfo(
                tr(
                    "Chainage runs from the end of each route piece nearest a "
                    "CHAINAGE_START point; {count} pieces were turned round."
                ).format(count=int(built.flipped.sum()))
            )
        return built

    def _read_chainage_start(self, parameters, context, feedback):
        """CHAINAGE_START points in lon/lat, or None when not given."""
        if not parameters.get(self.CHAINAGE_START):
            return None
        source = self.parameterAsSource(parameters, self.CHAINAGE_START, context)
        if source is None:
            fail(
                tr("The input layer could not be read: {layer}"),
                layer=parameters.get(self.CHAINAGE_START),
            )
        label = layers.source_label(self, parameters, self.CHAINAGE_START, context, source)
        layers.require_crs(source, label)
        table = layers.read_table(
            source, [], context, feedback, crs=layers.WGS84, repair=False, layer_label=label
        )
        points = [g for g in table.geoms if g is not None]
        if not points:
            feedback.pushWarning(
                tr(
                    "The chainage origins layer '{layer}' has no points; the "
                    "default direction applies."
                ).format(layer=label)
            )
            return None
        return np.array(points, dtype=object)

    # -- helpers ---------------------------------------------------------------------------
    @staticmethod
    def _step(crs):
        """Densification step in map units: about 1 km (0.01 degree), so that straight edges
        drawn in the input CRS stay straight within centimetres in the work CRS."""
        if crs.isGeographic():
            return SEGMENT_STEP_DEG
        factor = QgsUnitTypes.fromUnitToUnitFactor(QgsUnitTypes.DistanceMeters, crs.mapUnits())
        return SEGMENT_STEP_M * (factor if factor > 0 else 1.0)

    @staticmethod
    def _work_crs(pieces_ll, cross_src, context):
        """Local transverse Mercator centred on the routes (or the crossings)."""
        if len(pieces_ll):
            x0, y0, x1, y1 = shapely.total_bounds(pieces_ll)
            extent = QgsRectangle(x0, y0, x1, y1)
        else:
            extent = layers.combined_extent([cross_src], layers.WGS84, context)
            if extent.isNull() or not np.isfinite(extent.xMinimum()):
                extent = QgsRectangle(0, 0, 0, 0)
        return layers.local_metric_crs(extent, layers.WGS84, context)

    @staticmethod
    def _warn(result, feedback, n):
        unmatched = int((~result.matches.matched).sum())
        if unmatched:
            feedback.pushWarning(
                tr(
                    "{count} of {total} crossings are not on a route (farther "
                    "than the snap tolerance, or without geometry); they are "
                    "kept with matched = no."
                ).format(count=unmatched, total=n)
            )
        dups = int((result.duplicate_of >= 0).sum())
        if dups:
            feedback.pushWarning(
                tr(
                    "{count} crossings duplicate another crossing at the same "
                    "place; each place is counted once."
                ).format(count=dups)
            )

    def _write_crossings(self, parameters, context, feedback, source, table, result, reasons):
        new = [
            field("route", "string"),
            field("chainage_km", "double", 20, 6),
            field("offset_m", "double", 20, 3),
            field("matched", "string", 3),
            field("oi", "double", 20, 3),
        ]
        new += [field(f"s_{code}", "string", 10) for code in result.species]
        new += [
            field("suitability", "string", 10),
            field("reasons", "string"),
            field("duplicate_of", "int64"),
        ]
        fields, kept = output.extended_fields(
            source,
            new,
            feedback,
            tr("Input fields {fields} are replaced by the check's own fields of the same name."),
        )
        m = result.matches
        names = np.array(result.index.names + [None], dtype=object)
        dup_fid = (
            np.where(result.duplicate_of >= 0, table.fids[np.maximum(result.duplicate_of, 0)], -1)
            if len(table)
            else np.zeros(0, dtype=np.int64)
        )

        def column(values):
            values = np.asarray(values, dtype=float)
            return np.where(np.isfinite(values), values, None).tolist()

        status = np.array(spacing.CODES, dtype=object)[result.suitability.status]
        columns = [
            names[m.piece].tolist(),
            column(np.round(m.chainage / 1000.0, 3)),
            column(np.round(m.offset, 3)),
            np.where(m.matched, "yes", "no").astype(object).tolist(),
            column(np.round(result.suitability.oi, 3)),
        ]
        columns += [status[:, s].tolist() for s in range(status.shape[1])]
        columns += [
            list(result.overall),
            list(reasons),
            np.where(dup_fid >= 0, dup_fid, None).tolist(),
        ]
        return output.write_extended(
            self,
            parameters,
            self.OUTPUT_CROSSINGS,
            context,
            feedback,
            source,
            table,
            fields,
            kept,
            columns,
        )

    def _write_gaps(self, parameters, context, feedback, result, out_crs):
        fields = QgsFields()
        fields.append(field("route", "string"))
        fields.append(field("species", "string", 8))
        for name in ("from_km", "to_km"):
            fields.append(field(name, "double", 20, 6))
        for name in ("length_m", "zone_m", "excess_m"):
            fields.append(field(name, "double", 20, 3))
        fields.append(field("status", "string", 8))
        fields.append(field("gap_id", "int64"))  # the proposed crossings' link to their gap
        g = result.gaps
        lines = result.index.cut(g.piece, g.start, g.end)
        names = np.array(result.index.names, dtype=object)
        species = np.array(result.species, dtype=object)
        columns = [
            names[g.piece].tolist() if len(g.piece) else [],
            species[g.species].tolist() if len(g.species) else [],
            np.round(g.start / 1000, 3).tolist(),
            np.round(g.end / 1000, 3).tolist(),
            np.round(g.end - g.start, 3).tolist(),
            np.round(g.zone_m, 3).tolist(),
            np.round(g.excess, 3).tolist(),
            np.where(g.too_long, "too_long", "ok").tolist(),
            list(range(1, len(g.piece) + 1)),
        ]
        return output.write_new(
            self,
            parameters,
            self.OUTPUT_GAPS,
            context,
            feedback,
            fields,
            QgsWkbTypes.LineString,
            out_crs,
            lines,
            columns,
        )

    def _write_proposed(self, parameters, context, feedback, result, out_crs):
        fields = QgsFields()
        fields.append(field("route", "string"))
        fields.append(field("species", "string", 254))
        fields.append(field("chainage_km", "double", 20, 6))
        fields.append(field("gap_id", "int64"))  # the gap (gaps output) of its first species
        piece, chainage, served, gap = spacing.proposed_locations(result, with_gaps=True)
        coords = result.index.points_at(piece, chainage) if len(piece) else np.empty((0, 2))
        columns = [
            [result.index.names[i] for i in piece.tolist()],
            served,
            [round(c / 1000, 3) for c in chainage.tolist()],
            gap.tolist(),
        ]
        dest_id = output.write_new(
            self,
            parameters,
            self.OUTPUT_PROPOSED,
            context,
            feedback,
            fields,
            QgsWkbTypes.Point,
            out_crs,
            shapely.points(coords) if len(coords) else [],
            columns,
        )
        return dest_id

    def _summary_messages(self, result, feedback):
        names = species_names()
        for code, item in spacing.species_summary(result).items():
            feedback.pushInfo(
                tr(
                    "{species}: {suitable} suitable crossings; {too_long} of {gaps} "
                    "gaps too long ({excess} km over the limit); {proposed} new "
                    "crossings proposed."
                ).format(
                    species=names.get(code, code), **item, excess=numbers.km(item["excess_km"])
                )
            )

    def _write_report(self, req, parameters, context, result, with_zones, joins, outputs):
        """The HTML report: summary, rules, longest gaps, route pieces and parameters, with the
        map and the gap chart."""
        grouped = self._grouped_summary(result)
        worst = self._worst_gaps(result, context, outputs[3] if outputs else None)
        sections = [
            self._summary_section(result, grouped),
            self._rules_section(req.profile, result),
            self._worst_gaps_section(worst),
        ]
        if joins is not None:
            sections.append(self._routes_section(req.profile, *joins))
        sections.append(report.parameters_section(self, parameters, context))
        routes = report.count_text(result.index.n, tr("{n} route"), tr("{n} routes"))
        report.write_report(
            req.report_path,
            tr("Crossing spacing check"),
            sections,
            intro=self._intro(req, result, with_zones, routes),
            conclusion=self._conclusion(result, grouped, worst, req.max_spacing, routes),
            figures=self._figures(context, result, grouped, req.max_spacing, outputs),
        )

    @staticmethod
    def _grouped_summary(result):
        """[(species codes, values)]: the species summary, species with equal values in one
        row (suitable, unsuitable, unknown, gaps, too long, excess km, longest km, proposed)."""
        keys = (
            "suitable",
            "unsuitable",
            "unknown",
            "gaps",
            "too_long",
            "excess_km",
            "longest_km",
            "proposed",
        )
        summary = spacing.species_summary(result)
        return report.group_identical(
            {code: tuple(round(item[k], 6) for k in keys) for code, item in summary.items()}
        )

    @staticmethod
    def _summary_section(result, grouped):
        """The crossing counts and the table of the grouped species summary."""
        labels = suitability_labels()
        headers = [
            tr("Species"),
            labels["suitable"],
            labels["unsuitable"],
            labels["unknown"],
            tr("Gaps"),
            tr("Too long"),
            tr("Over the limit (km)"),
            tr("Longest gap (km)"),
            tr("Proposed crossings"),
        ]
        m = result.matches
        counts = tr(
            "{n} crossings: {matched} on a route, {unmatched} not on a route, "
            "{dups} duplicates counted once."
        ).format(
            n=len(m.matched),
            matched=int(m.matched.sum()),
            unmatched=int((~m.matched).sum()),
            dups=int((result.duplicate_of >= 0).sum()),
        )
        return tr("Summary"), report.paragraph(counts) + report.species_table(headers, grouped)

    @staticmethod
    def _rules_section(profile, result):
        """The rules applied, in the active language."""
        rows = spacing.rule_rows(
            profile,
            result.species,
            names=species_names(),
            type_names=crossing_type_labels(),
            num=numbers.plain,
        )
        return report.rules_section(profile, rows)

    @staticmethod
    def _worst_gaps_section(worst):
        """The longest too-long gaps (see :meth:`_worst_gaps`), or that there is none."""
        if not worst:
            return tr("Longest gaps"), report.paragraph(tr("No gap is longer than the limit."))
        body = report.table(
            [
                tr("Route"),
                tr("Species"),
                tr("From (km)"),
                tr("To (km)"),
                tr("Length (km)"),
                tr("Over the limit (km)"),
                tr("From"),
                tr("To"),
            ],
            [
                (
                    w["route"],
                    report.species_list(w["codes"]),
                    w["from_km"],
                    w["to_km"],
                    w["to_km"] - w["from_km"],
                    w["excess_km"],
                    w["start"],
                    w["end"],
                )
                for w in worst
            ],
        )
        return tr("Longest gaps"), body

    @staticmethod
    def _intro(req, result, with_zones, routes):
        """The inputs, their length and the limits, in one escaped paragraph body."""
        return report.esc(
            tr(
                "Routes '{routes}': {count}, {km} km (true lengths on the WGS84 "
                "ellipsoid); crossings '{crossings}'. Maximum spacing {max} m, snap tolerance "
                "{snap} m{zones}."
            ).format(
                routes=req.routes_label,
                count=routes,
                km=numbers.km(result.index.length_t.sum() / 1000.0),
                crossings=req.crossings_label,
                max=numbers.metres(req.max_spacing),
                snap=numbers.plain(float(req.snap)),
                zones=tr(", inside the zones only") if with_zones else "",
            )
        )

    def _figures(self, context, result, grouped, max_spacing, outputs):
        """The map of the three outputs (when written) and the gap chart (when any species)."""
        figs = []
        if outputs:
            figs.append(
                figures.map_figure(
                    [
                        (outputs[2], "proposed", tr("Proposed crossings")),
                        (outputs[0], "crossings", tr("Crossing structures")),
                        (outputs[1], "gaps", tr("Gaps between suitable crossings")),
                    ],
                    context,
                    tr(
                        "Gaps between suitable crossings, the crossings judged and the crossings "
                        "proposed."
                    ),
                )
            )
        if grouped:
            figs.append(self._gap_chart(result, grouped, max_spacing))
        return figs

    @staticmethod
    def _routes_section(profile, built, fids):
        """Joins and near misses of the route lines, and why routes became several pieces."""
        heading, body = topology_io.report_section(
            profile,
            built.network.snap,
            built.network.snap.near_misses,
            fids,
            tr("Route pieces, joins and near misses"),
        )
        rows = [
            (route, pieces, "; ".join(r.render(tr) for r in reasons))
            for route, pieces, reasons in built.messages()
        ]
        if rows:
            body += report.table([tr("Route"), tr("Pieces"), tr("Why")], rows)
        return heading, body

    @staticmethod
    def _conclusion(result, grouped, worst, max_spacing, routes):
        """One sentence: how many gaps are too long for the worst-off species, and where."""
        limit = numbers.plain(max_spacing / 1000)
        if not grouped:
            return ""
        codes, values = max(grouped, key=lambda g: (g[1][4], g[1][5]))
        if values[4] == 0:
            return tr(
                "On {routes}, every gap between suitable crossings is within the {limit} "
                "km limit for the selected species."
            ).format(routes=routes, limit=limit)
        text = tr(
            "On {routes}, {too_long} of {gaps} gaps between suitable crossings are "
            "longer than the {limit} km limit for {species}"
        ).format(
            routes=routes,
            too_long=values[4],
            gaps=values[3],
            limit=limit,
            species=report.species_list(codes),
        )
        first = next((w for w in worst if set(codes) <= set(w["codes"])), None)
        if first is not None:
            text += tr(
                "; the worst, {km} km over the limit, is on route {route} from km "
                "{a} to km {b} ({start} to {end})"
            ).format(
                km=numbers.km(first["excess_km"]),
                route=first["route"],
                a=numbers.km(first["from_km"]),
                b=numbers.km(first["to_km"]),
                start=first["start"],
                end=first["end"],
            )
        return text + tr("; {count} new crossings would close them.").format(count=values[7])

    @staticmethod
    def _worst_gaps(result, context, out_crs):
        """The longest too-long gaps, the species sharing a gap in one row, with their ends
        in lon/lat."""
        g = result.gaps
        order = [i for i in np.argsort(-g.excess, kind="stable") if g.too_long[i]]
        rows = {}
        for i in order:
            key = (int(g.piece[i]), round(float(g.start[i]), 3), round(float(g.end[i]), 3))
            if key not in rows and len(rows) == WORST_GAPS:
                continue
            rows.setdefault(key, {"i": i, "codes": []})["codes"].append(
                result.species[g.species[i]]
            )
        out = []
        for (piece, start, end), row in rows.items():
            ends = ["—", "—"]
            if out_crs is not None:
                pts = result.index.points_at(np.array([piece, piece]), np.array([start, end]))
                ll = layers.transform_geoms(shapely.points(pts), out_crs, layers.WGS84, context)
                ends = [report.lonlat(p.x, p.y) for p in ll]
            out.append(
                {
                    "route": result.index.names[piece],
                    "codes": row["codes"],
                    "from_km": start / 1000,
                    "to_km": end / 1000,
                    "excess_km": float(g.excess[row["i"]]) / 1000,
                    "start": ends[0],
                    "end": ends[1],
                }
            )
        return out

    @staticmethod
    def _gap_chart(result, grouped, max_spacing, most=12):
        """Gap lengths along each route for the worst-off species, against the limit."""
        codes = max(grouped, key=lambda item: (item[1][4], item[1][5]))[0]
        s = result.species.index(codes[0])
        g = result.gaps
        pieces = {}
        for i in np.flatnonzero(g.species == s):
            pieces.setdefault(int(g.piece[i]), []).append(
                (float(g.start[i]), float(g.end[i]), float(g.zone_m[i]), bool(g.too_long[i]))
            )
        ranked = sorted(pieces, key=lambda p: -sum(x[2] for x in pieces[p] if x[3]))[:most]
        strips = [
            (
                tr("Route {name}").format(name=result.index.names[p]),
                float(result.index.length_t[p]),
                pieces[p],
            )
            for p in sorted(ranked)
        ]
        caption = tr(
            "Gap lengths between suitable crossings along each route for {species} "
            "(bar height: the length counted inside the zones), against the limit."
        ).format(species=report.species_list(codes))
        if len(pieces) > most:
            caption += " " + tr("The {most} routes with the most excess are shown.").format(
                most=most
            )
        return figures.gap_strips(strips, max_spacing, caption)
