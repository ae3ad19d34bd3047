"""Processing adapter of the crossing spacing check (nuudel:crossingspacingcheck).

Reads the routes in lon/lat (segmentised to 0.05 degrees), merges them into route pieces and
projects the same vertices into a local transverse Mercator (planar work CRS) and the output
CRS; the crossings and zones are read in the work CRS. core/spacing.py locates every crossing
on its nearest route (true ellipsoidal chainage), judges it per species and measures the gaps.
"""

import numpy as np
import shapely
from qgis.core import (
    QgsFields,
    QgsProcessing,
    QgsProcessingParameterDistance,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsRectangle,
    QgsWkbTypes,
)

from . import layers, output, report, topology_io
from .base import NuudelAlgorithm, check_cancel, fail, species_names
from .compat import field, field_names
from .core import spacing
from .core.geodesy import MAX_STEP_DEG
from .i18n import tr

FIELD_PARAMS = (
    # parameter, default field name, key in the core
    ("CROSSING_TYPE_FIELD", "crossing_type", "type"),
    ("WIDTH_FIELD", "width_m", "width"),
    ("HEIGHT_FIELD", "height_m", "height"),
    ("LENGTH_FIELD", "length_m", "length"),
)
WORST_GAPS = 10  # listed in the report
SEGMENT_STEP_DEG = min(0.01, MAX_STEP_DEG)
SEGMENT_STEP_M = 1000.0


def suitability_labels():
    """Crossing codes -> translated labels (codes stay English in the data)."""
    return {"suitable": tr("suitable"), "unsuitable": tr("unsuitable"),
            "unknown": tr("unknown"), "unmatched": tr("unmatched")}


class CrossingSpacingCheck(NuudelAlgorithm):
    ALG_ID = "crossingspacingcheck"
    GROUP_ID = "crossings"
    CHAINAGE_START = "CHAINAGE_START"

    def display_name(self):
        return tr("Crossing spacing check")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            "INPUT", tr("Roads or railways (lines)"), [QgsProcessing.TypeVectorLine]))
        self.addParameter(QgsProcessingParameterField(
            "ROUTE_FIELD", tr("Route field (optional; without it connected segments form "
                              "routes)"), parentLayerParameterName="INPUT", optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "CROSSINGS", tr("Crossing structures (points)"), [QgsProcessing.TypeVectorPoint]))
        descriptions = {
            "CROSSING_TYPE_FIELD": tr("Crossing type field (underpass, overpass, bridge, culvert, "
                                      "level, opening)"),
            "WIDTH_FIELD": tr("Width field (m)"),
            "HEIGHT_FIELD": tr("Clear height field (m)"),
            "LENGTH_FIELD": tr("Length field (m, the distance an animal walks through)"),
        }
        for name, default, _key in FIELD_PARAMS:
            self.addParameter(QgsProcessingParameterField(
                name, descriptions[name], defaultValue=default,
                parentLayerParameterName="CROSSINGS", optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "ZONES", tr("Zones where the spacing rule applies (polygons, optional)"),
            [QgsProcessing.TypeVectorPolygon], optional=True))
        self.add_species_parameter()
        self.add_profile_parameter()
        # No default value: left empty, the profile's max_spacing_m applies (a default here
        # would silently override the value of a PROFILE the user chose).
        max_param = QgsProcessingParameterDistance(
            "MAX_SPACING", tr("Maximum spacing between suitable crossings (metres; empty: the "
                              "profile's value)"),
            defaultValue=None, parentParameterName="INPUT", minValue=0.001, optional=True)
        snap_param = QgsProcessingParameterDistance(
            "SNAP_TOLERANCE", tr("Snap tolerance: largest distance of a crossing from its route "
                                 "(metres)"),
            defaultValue=100.0, parentParameterName="INPUT", minValue=0.0)
        for param in (max_param, snap_param):
            if hasattr(param, "setDefaultUnit"):
                from qgis.core import QgsUnitTypes

                param.setDefaultUnit(QgsUnitTypes.DistanceMeters)
            self.addParameter(param)
        self._add_topology_parameters()
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT_CROSSINGS", tr("Crossings judged"), QgsProcessing.TypeVectorPoint))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT_GAPS", tr("Gaps between suitable crossings"), QgsProcessing.TypeVectorLine))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT_PROPOSED", tr("Proposed crossings"), QgsProcessing.TypeVectorPoint))
        topology_io.add_output(self)
        self.add_report_parameter()

    # -- run -------------------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):
        with output.paused_gc():
            return self._process(parameters, context, feedback)

    def _process(self, parameters, context, feedback):
        routes_src = self.parameterAsSource(parameters, "INPUT", context)
        if routes_src is None:
            fail(tr("The input layer could not be read: {layer}"), layer=parameters.get("INPUT"))
        cross_src = self.parameterAsSource(parameters, "CROSSINGS", context)
        if cross_src is None:
            fail(tr("The input layer could not be read: {layer}"),
                 layer=parameters.get("CROSSINGS"))
        zones_src = self.parameterAsSource(parameters, "ZONES", context) \
            if parameters.get("ZONES") else None
        r_label = layers.source_label(self, parameters, "INPUT", context, routes_src)
        c_label = layers.source_label(self, parameters, "CROSSINGS", context, cross_src)
        layers.require_crs(routes_src, r_label)
        layers.require_crs(cross_src, c_label)
        if zones_src is not None:
            z_label = layers.source_label(self, parameters, "ZONES", context, zones_src)
            layers.require_crs(zones_src, z_label)
        route_field = (field_names(self, parameters, "ROUTE_FIELD", context) or [""])[0]
        layers.check_fields(routes_src, [route_field], r_label)
        mapped = {key: (field_names(self, parameters, name, context) or [""])[0]
                  for name, _d, key in FIELD_PARAMS}
        if not mapped["type"]:
            fail(tr("Choose the crossing type field (CROSSING_TYPE_FIELD)."))
        layers.check_fields(cross_src, list(mapped.values()), c_label)
        profile = self.load_profile(parameters, context)
        codes = self.species_codes(parameters, context)
        max_spacing = parameters.get("MAX_SPACING")
        max_spacing = self.parameterAsDouble(parameters, "MAX_SPACING", context) \
            if max_spacing not in (None, "") else float(profile["crossings"]["max_spacing_m"]
                                                        ["value"])
        snap = self.parameterAsDouble(parameters, "SNAP_TOLERANCE", context)

        # routes: segmentised in their own CRS (straight edges stay as drawn), merged into
        # pieces, then the same vertices in lon/lat (true lengths) and the planar work CRS
        out_crs = routes_src.sourceCrs()
        routes = layers.read_table(routes_src, [route_field], context, feedback, repair=False,
                                   progress=(0, 15), layer_label=r_label)
        if len(routes) == 0:
            feedback.pushWarning(tr("The input layer '{layer}' has no features; every crossing "
                                    "is unmatched and there are no gaps.").format(layer=r_label))
        missing = int(routes.missing_geometry.sum())
        if missing:
            feedback.pushWarning(tr("{count} route features have no geometry and are left out of "
                                    "the routes.").format(count=missing))
        geoms = layers.segmentize_lines(routes.geoms, self._step(out_crs))
        values = routes.attrs[route_field] if route_field else None
        built = self._build_routes(parameters, context, feedback, profile, geoms, values,
                                   out_crs)
        names, pieces_ll = built.names, built.pieces
        check_cancel(feedback)
        pieces_out = layers.transform_geoms(pieces_ll, layers.WGS84, out_crs, context)
        work_crs = self._work_crs(pieces_ll, cross_src, context)
        pieces_xy = layers.transform_geoms(pieces_out, out_crs, work_crs, context)
        index = spacing.RouteIndex(names, pieces_xy, pieces_ll, pieces_out)
        feedback.setProgress(20)

        crossings = layers.read_table(cross_src, [v for v in mapped.values() if v], context,
                                      feedback, crs=work_crs, repair=False, progress=(20, 30),
                                      layer_label=c_label)
        n = len(crossings)
        if n == 0:
            feedback.pushWarning(tr("The crossings layer '{layer}' has no features: every route "
                                    "is one gap.").format(layer=c_label))
        points = crossings.geoms.copy()
        if n:
            present = ~crossings.missing_geometry
            if present.any():  # the first point of a multipoint
                pts = shapely.force_2d(points[present].astype(object))
                multi = shapely.get_type_id(pts) != 0
                if multi.any():
                    pts[multi] = shapely.get_geometry(pts[multi], 0)
                points[present] = pts
        zones = None
        if zones_src is not None:
            ztable = layers.read_table(zones_src, [], context, feedback, crs=work_crs,
                                       repair=True, progress=(30, 35),
                                       layer_label=z_label)
            if ztable.repaired:
                feedback.pushWarning(tr("{count} invalid zone polygons were repaired.").format(
                    count=ztable.repaired))
            zones = ztable.geoms
            if len(zones) == 0:
                feedback.pushWarning(tr("The zones layer has no features: the spacing rule "
                                        "applies nowhere."))

        def column(key):
            name = mapped[key]
            return crossings.attrs[name] if name else [None] * n

        field_labels = {k: (v or k) for k, v in mapped.items()}

        def progress(pct):
            check_cancel(feedback)
            feedback.setProgress(35 + 0.4 * pct)

        result = self.core_call(
            spacing.check_spacing, index, points, column("type"), column("width"),
            column("height"), column("length"), profile, codes, max_spacing, snap, zones=zones,
            fields=field_labels, progress=progress)
        self._warn(result, feedback, n)
        reasons = spacing.crossing_reasons(result.suitability, result.matches,
                                           result.duplicate_of, crossings.fids, snap, points,
                                           index.n > 0, translate=tr)
        feedback.setProgress(70)
        cross_id = self._write_crossings(parameters, context, feedback, cross_src, crossings,
                                         result, reasons)
        gaps_id, gap_lines = self._write_gaps(parameters, context, feedback, result, out_crs)
        proposed_id = self._write_proposed(parameters, context, feedback, result, out_crs)
        topology_id = topology_io.write_layer(self, parameters, context, feedback,
                                              built.network.snap, routes.fids, out_crs,
                                              layers.WGS84)
        self._summary_messages(result, feedback)
        report_path = self.parameterAsFileOutput(parameters, "REPORT", context)
        if report_path:
            self._write_report(report_path, parameters, context, profile, result, r_label,
                               c_label, max_spacing, snap, zones is not None,
                               (built, routes.fids))
        self.style_output(context, cross_id, "crossings")
        self.style_output(context, gaps_id, "gaps")
        self.style_output(context, proposed_id, "proposed")
        feedback.setProgress(100)
        return {"OUTPUT_CROSSINGS": cross_id, "OUTPUT_GAPS": gaps_id,
                "OUTPUT_PROPOSED": proposed_id, "OUTPUT_TOPOLOGY": topology_id,
                "REPORT": report_path or None}

    # -- routes through junctions (core/topology.py) ---------------------------------------
    def _add_topology_parameters(self):
        topology_io.add_parameters(self)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.CHAINAGE_START, tr("Chainage origins (points, optional): each route's "
                                    "chainage runs from its end nearest such a point"),
            [QgsProcessing.TypeVectorPoint], optional=True))

    def _build_routes(self, parameters, context, feedback, profile, geoms, values, out_crs):
        """Route pieces in lon/lat: ends joined within JOIN_TOLERANCE (true metres), straight
        on through junctions, chainage from CHAINAGE_START; the log says what happened."""
        tolerance, near = topology_io.read_tolerance(self, parameters, context, profile,
                                                     feedback)
        starts = self._read_chainage_start(parameters, context, feedback)
        geoms_ll = layers.transform_geoms(geoms, out_crs, layers.WGS84, context)
        built = self.core_call(spacing.route_network, geoms_ll, values, tolerance,
                               geographic=True, starts=starts, near=near)
        snap = built.network.snap
        topology_io.push_log(snap, feedback, snap.near_misses, tr(
            "{count} route ends lie {lo}–{hi} m from another route; the routes are split "
            "there. If these are digitising gaps, set JOIN_TOLERANCE to {suggest} m."), tr(
            "{count} route ends lie {distance} m from another route; the routes are split "
            "there. If these are digitising gaps, set JOIN_TOLERANCE to {suggest} m."))
        for route, pieces, reasons in built.messages():
            feedback.pushInfo(tr("Route {route} became {pieces} pieces, each with its own "
                                 "chainage: {reasons}.").format(
                route=route, pieces=pieces,
                reasons="; ".join(r.render(tr) for r in reasons) or tr("no reason found")))
        if starts is None:
            feedback.pushInfo(tr("Chainage 0 is at the start of each route piece, in the "
                                 "direction most of its segments were digitised (by length)."))
        else:
            feedback.pushInfo(tr("Chainage runs from the end of each route piece nearest a "
                                 "CHAINAGE_START point; {count} pieces were turned round.")
                              .format(count=int(built.flipped.sum())))
        return built

    def _read_chainage_start(self, parameters, context, feedback):
        """CHAINAGE_START points in lon/lat, or None when not given."""
        if not parameters.get(self.CHAINAGE_START):
            return None
        source = self.parameterAsSource(parameters, self.CHAINAGE_START, context)
        if source is None:
            fail(tr("The input layer could not be read: {layer}"),
                 layer=parameters.get(self.CHAINAGE_START))
        label = layers.source_label(self, parameters, self.CHAINAGE_START, context, source)
        layers.require_crs(source, label)
        table = layers.read_table(source, [], context, feedback, crs=layers.WGS84,
                                  repair=False, layer_label=label)
        points = [g for g in table.geoms if g is not None]
        if not points:
            feedback.pushWarning(tr("The chainage origins layer '{layer}' has no points; the "
                                    "default direction applies.").format(layer=label))
            return None
        return np.array(points, dtype=object)

    # -- helpers ---------------------------------------------------------------------------
    @staticmethod
    def _step(crs):
        """Densification step in map units: about 1 km (0.01 degree), so that straight edges
        drawn in the input CRS stay straight within centimetres in the work CRS."""
        from qgis.core import QgsUnitTypes

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
            feedback.pushWarning(tr("{count} of {total} crossings are not on a route (farther "
                                    "than the snap tolerance, or without geometry); they are "
                                    "kept with matched = no.").format(count=unmatched, total=n))
        dups = int((result.duplicate_of >= 0).sum())
        if dups:
            feedback.pushWarning(tr("{count} crossings duplicate another crossing at the same "
                                    "place; each place is counted once.").format(count=dups))

    def _write_crossings(self, parameters, context, feedback, source, table, result, reasons):
        new = [field("route", "string"),
               field("chainage_km", "double", 20, 6),
               field("offset_m", "double", 20, 3),
               field("matched", "string", 3),
               field("oi", "double", 20, 3)]
        new += [field(f"s_{code}", "string", 10) for code in result.species]
        new += [field("suitability", "string", 10),
                field("reasons", "string"),
                field("duplicate_of", "int64")]
        fields, kept = output.extended_fields(source, new, feedback, tr(
            "Input fields {fields} are replaced by the check's own fields of the same name."))
        m = result.matches
        names = np.array(result.index.names + [None], dtype=object)
        dup_fid = np.where(result.duplicate_of >= 0,
                           table.fids[np.maximum(result.duplicate_of, 0)], -1) \
            if len(table) else np.zeros(0, dtype=np.int64)

        def column(values):
            values = np.asarray(values, dtype=float)
            return np.where(np.isfinite(values), values, None).tolist()

        status = np.array(spacing.CODES, dtype=object)[result.suitability.status]
        columns = [names[m.piece].tolist(), column(np.round(m.chainage / 1000.0, 3)),
                   column(np.round(m.offset, 3)),
                   np.where(m.matched, "yes", "no").astype(object).tolist(),
                   column(np.round(result.suitability.oi, 3))]
        columns += [status[:, s].tolist() for s in range(status.shape[1])]
        columns += [list(result.overall), list(reasons),
                    np.where(dup_fid >= 0, dup_fid, None).tolist()]
        return output.write_extended(self, parameters, "OUTPUT_CROSSINGS", context, feedback,
                                     source, table, fields, kept, columns, progress=(70, 80))

    def _write_gaps(self, parameters, context, feedback, result, out_crs):
        fields = QgsFields()
        fields.append(field("route", "string"))
        fields.append(field("species", "string", 8))
        for name in ("from_km", "to_km"):
            fields.append(field(name, "double", 20, 6))
        for name in ("length_m", "zone_m", "excess_m"):
            fields.append(field(name, "double", 20, 3))
        fields.append(field("status", "string", 8))
        g = result.gaps
        lines = result.index.cut(g.piece, g.start, g.end)
        names = np.array(result.index.names, dtype=object)
        species = np.array(result.species, dtype=object)
        columns = [names[g.piece].tolist() if len(g.piece) else [],
                   species[g.species].tolist() if len(g.species) else [],
                   np.round(g.start / 1000, 3).tolist(), np.round(g.end / 1000, 3).tolist(),
                   np.round(g.end - g.start, 3).tolist(), np.round(g.zone_m, 3).tolist(),
                   np.round(g.excess, 3).tolist(),
                   np.where(g.too_long, "too_long", "ok").tolist()]
        dest_id = output.write_new(self, parameters, "OUTPUT_GAPS", context, feedback, fields,
                                   QgsWkbTypes.LineString, out_crs, lines, columns,
                                   progress=(80, 90))
        return dest_id, lines

    def _write_proposed(self, parameters, context, feedback, result, out_crs):
        fields = QgsFields()
        fields.append(field("route", "string"))
        fields.append(field("species", "string", 8))
        fields.append(field("chainage_km", "double", 20, 6))
        p = result.proposed
        coords = result.index.points_at(p.piece, p.chainage) if len(p.piece) else \
            np.empty((0, 2))
        columns = [[result.index.names[i] for i in p.piece.tolist()],
                   [result.species[s] for s in p.species.tolist()],
                   [round(c / 1000, 3) for c in p.chainage.tolist()]]
        dest_id = output.write_new(self, parameters, "OUTPUT_PROPOSED", context, feedback,
                                   fields, QgsWkbTypes.Point, out_crs,
                                   shapely.points(coords) if len(coords) else [], columns)
        return dest_id

    @staticmethod
    def species_summary(result):
        """Per species: counts of suitable/unsuitable/unknown matched crossings, gaps, km."""
        m = result.matches.matched & (result.duplicate_of < 0)
        g = result.gaps
        out = {}
        for s, code in enumerate(result.species):
            st = result.suitability.status[m, s]
            mine = g.species == s
            out[code] = {
                "suitable": int((st == spacing.SUITABLE).sum()),
                "unsuitable": int((st == spacing.UNSUITABLE).sum()),
                "unknown": int((st == spacing.UNKNOWN).sum()),
                "gaps": int(mine.sum()),
                "too_long": int((mine & g.too_long).sum()),
                "excess_km": float(g.excess[mine].sum()) / 1000.0,
                "longest_km": float((g.end - g.start)[mine].max()) / 1000.0 if mine.any()
                else 0.0,
                "proposed": int((result.proposed.species == s).sum()),
            }
        return out

    def _summary_messages(self, result, feedback):
        names = species_names()
        for code, item in self.species_summary(result).items():
            feedback.pushInfo(tr("{species}: {suitable} suitable crossings; {too_long} of {gaps} "
                                 "gaps too long ({excess:.1f} km over the limit); {proposed} new "
                                 "crossings proposed.").format(
                species=names.get(code, code), **item, excess=item["excess_km"]))

    # -- report ----------------------------------------------------------------------------
    @staticmethod
    def rule_rows(profile, codes):
        """(rule id, description, sources, status) of every rule the check applies."""
        c = profile["crossings"]
        rows = [
            (c["openness_min"]["rule"], tr("Openness index OI = width x height / length (m) of "
                                           "an underpass or culvert: at least {v}.").format(
                v=c["openness_min"]["value"]), c["openness_min"]["sources"],
             c["openness_min"]["status"]),
            (c["culvert_min_m"]["rule"], tr("A culvert narrower or lower than {v} m is "
                                            "unsuitable for ungulates.").format(
                v=c["culvert_min_m"]["value"]), c["culvert_min_m"]["sources"],
             c["culvert_min_m"]["status"]),
        ]
        groups = {}
        for code in codes:
            groups.setdefault(profile["species"][code]["crossing_group"], []).append(code)
        for group, members in groups.items():
            g = c["groups"][group]
            rows.append((g["rule"], tr("Underpass or culvert for {species}: at least {w} m wide "
                                       "and {h} m clear height.").format(
                species=", ".join(members), w=g["min_width_m"], h=g["min_height_m"]),
                g["sources"], g["status"]))
        bridge = c.get("bridge", {"rule": "C-BRIDGE", "sources": ["nuudel_inference"],
                                  "status": "provisional"})
        rows.append((bridge["rule"], tr("A bridge is suitable where its clear height meets the "
                                        "species' underpass height."), bridge["sources"],
                     bridge["status"]))
        rows.append((c["overpass_min_width_m"]["rule"], tr("An overpass (green bridge) is "
                                                           "suitable from {v} m width.").format(
            v=c["overpass_min_width_m"]["value"]), c["overpass_min_width_m"]["sources"],
            c["overpass_min_width_m"]["status"]))
        op = c["always_suitable_types"]
        rows.append((op["rule"], tr("Crossing types {types} are suitable for every "
                                    "species.").format(types=", ".join(op["types"])),
                     op["sources"], op["status"]))
        ms = c["max_spacing_m"]
        rows.append((ms["rule"], tr("Suitable crossings at most MAX_SPACING apart (profile "
                                    "default {v} m), measured inside the zones.").format(
            v=ms["value"]), ms["sources"], ms["status"]))
        tol = c.get("spacing_tolerance_rel")
        if tol:
            rows.append((tol["rule"], tr("A gap counts as too long only when it exceeds "
                                         "MAX_SPACING by more than {pct} % (the precision of "
                                         "distances across coordinate systems); excess_m is "
                                         "measured from MAX_SPACING itself.").format(
                pct=f"{100 * tol['value']:g}"), tol["sources"], tol["status"]))
        dup = c.get("duplicate_tolerance_m")
        if dup:
            rows.append((dup["rule"], tr("Crossings within {v} m of each other are one place, "
                                         "counted once.").format(v=dup["value"]),
                         dup["sources"], dup["status"]))
        return rows

    def _write_report(self, path, parameters, context, profile, result, r_label, c_label,
                      max_spacing, snap, with_zones, joins=None):
        names = species_names()
        labels = suitability_labels()
        summary = self.species_summary(result)
        rows = [(f"{names.get(code, code)} ({code})", item["suitable"], item["unsuitable"],
                 item["unknown"], item["gaps"], item["too_long"], item["excess_km"],
                 item["longest_km"], item["proposed"])
                for code, item in summary.items()]
        headers = [tr("Species"), labels["suitable"], labels["unsuitable"], labels["unknown"],
                   tr("Gaps"), tr("Too long"), tr("Over the limit (km)"),
                   tr("Longest gap (km)"), tr("Proposed crossings")]
        m = result.matches
        counts = tr("{n} crossings: {matched} on a route, {unmatched} not on a route, "
                    "{dups} duplicates counted once.").format(
            n=len(m.matched), matched=int(m.matched.sum()), unmatched=int((~m.matched).sum()),
            dups=int((result.duplicate_of >= 0).sum()))
        sections = [(tr("Summary"), "<p>" + report.esc(counts) + "</p>"
                     + report.table(headers, rows))]
        sections.append(report.rules_section(profile, self.rule_rows(profile, result.species)))
        g = result.gaps
        worst = np.argsort(-g.excess, kind="stable")[:WORST_GAPS]
        worst = [i for i in worst if g.too_long[i]]
        if worst:
            body = report.table(
                [tr("Route"), tr("Species"), tr("From (km)"), tr("To (km)"), tr("Length (km)"),
                 tr("Over the limit (km)")],
                [(result.index.names[g.piece[i]], result.species[g.species[i]],
                  float(g.start[i]) / 1000, float(g.end[i]) / 1000,
                  float(g.end[i] - g.start[i]) / 1000, float(g.excess[i]) / 1000)
                 for i in worst])
        else:
            body = "<p>" + report.esc(tr("No gap is longer than the limit.")) + "</p>"
        sections.append((tr("Longest gaps"), body))
        if joins is not None:
            sections.append(self._routes_section(profile, *joins))
        sections.append(report.parameters_section(self, parameters, context))
        intro = report.esc(tr(
            "Routes '{routes}': {count} routes, {km:.2f} km (true lengths on the WGS84 "
            "ellipsoid); crossings '{crossings}'. Maximum spacing {max} m, snap tolerance "
            "{snap} m{zones}.").format(
            routes=r_label, count=result.index.n,
            km=float(result.index.length_t.sum()) / 1000.0, crossings=c_label,
            max=f"{max_spacing:g}", snap=f"{snap:g}",
            zones=tr(", inside the zones only") if with_zones else ""))
        report.write_report(path, tr("Crossing spacing check"), sections, intro=intro)

    @staticmethod
    def _routes_section(profile, built, fids):
        """Joins and near misses of the route lines, and why routes became several pieces."""
        heading, body = topology_io.report_section(profile, built.network.snap,
                                                   built.network.snap.near_misses, fids,
                                                   tr("Route pieces, joins and near misses"))
        rows = [(route, pieces, "; ".join(r.render(tr) for r in reasons))
                for route, pieces, reasons in built.messages()]
        if rows:
            body += report.table([tr("Route"), tr("Pieces"), tr("Why")], rows)
        return heading, body
