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

from . import figures, layers, output, report
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


def proposed_locations(result):
    """(piece, chainage, species lists): one proposed crossing per place, serving every
    species whose gaps put a crossing there ("mgaz,ggaz,saiga", in the species order)."""
    p = result.proposed
    places = {}
    for i in np.lexsort((p.species, p.chainage, p.piece)).tolist():
        key = (int(p.piece[i]), round(float(p.chainage[i]), 3))
        places.setdefault(key, (float(p.chainage[i]), []))[1].append(result.species[p.species[i]])
    piece = np.array([k[0] for k in places], dtype=np.int64)
    chainage = np.array([v[0] for v in places.values()], dtype=float)
    return piece, chainage, [",".join(v[1]) for v in places.values()]


class CrossingSpacingCheck(NuudelAlgorithm):
    ALG_ID = "crossingspacingcheck"
    GROUP_ID = "crossings"

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
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT_CROSSINGS", tr("Crossings judged"), QgsProcessing.TypeVectorPoint))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT_GAPS", tr("Gaps between suitable crossings"), QgsProcessing.TypeVectorLine))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT_PROPOSED", tr("Proposed crossings"), QgsProcessing.TypeVectorPoint))
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
        names, pieces_out = spacing.build_routes(geoms, values)
        check_cancel(feedback)
        pieces_ll = layers.transform_geoms(pieces_out, out_crs, layers.WGS84, context)
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
        self._summary_messages(result, feedback)
        report_path = self.parameterAsFileOutput(parameters, "REPORT", context)
        if report_path:
            self._write_report(report_path, parameters, context, profile, result, r_label,
                               c_label, max_spacing, snap, zones is not None,
                               outputs=(cross_id, gaps_id, proposed_id, out_crs))
        self.style_output(context, cross_id, "crossings")
        self.style_output(context, gaps_id, "gaps")
        self.style_output(context, proposed_id, "proposed")
        feedback.setProgress(100)
        return {"OUTPUT_CROSSINGS": cross_id, "OUTPUT_GAPS": gaps_id,
                "OUTPUT_PROPOSED": proposed_id, "REPORT": report_path or None}

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
        columns = [names[m.piece].tolist(), column(np.round(m.chainage / 1000.0, 6)),
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
                   np.round(g.start / 1000, 6).tolist(), np.round(g.end / 1000, 6).tolist(),
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
        fields.append(field("species", "string", 254))
        fields.append(field("chainage_km", "double", 20, 6))
        piece, chainage, served = proposed_locations(result)
        coords = result.index.points_at(piece, chainage) if len(piece) else np.empty((0, 2))
        columns = [[result.index.names[i] for i in piece.tolist()], served,
                   [round(c / 1000, 6) for c in chainage.tolist()]]
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
                      max_spacing, snap, with_zones, outputs=None):
        labels = suitability_labels()
        keys = ("suitable", "unsuitable", "unknown", "gaps", "too_long", "excess_km",
                "longest_km", "proposed")
        grouped = report.group_identical({code: tuple(round(item[k], 6) for k in keys)
                                          for code, item in self.species_summary(result).items()})
        rows = [(report.species_list(codes),) + values for codes, values in grouped]
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
        out_crs = outputs[3] if outputs else None
        worst = self._worst_gaps(result, context, out_crs)
        if worst:
            body = report.table(
                [tr("Route"), tr("Species"), tr("From (km)"), tr("To (km)"), tr("Length (km)"),
                 tr("Over the limit (km)"), tr("From"), tr("To")],
                [(w["route"], report.species_list(w["codes"]), w["from_km"], w["to_km"],
                  w["to_km"] - w["from_km"], w["excess_km"], w["start"], w["end"])
                 for w in worst])
        else:
            body = "<p>" + report.esc(tr("No gap is longer than the limit.")) + "</p>"
        sections.append((tr("Longest gaps"), body))
        sections.append(report.parameters_section(self, parameters, context))
        routes = report.count_text(result.index.n, tr("{n} route"), tr("{n} routes"))
        intro = report.esc(tr(
            "Routes '{routes}': {count}, {km:.2f} km (true lengths on the WGS84 "
            "ellipsoid); crossings '{crossings}'. Maximum spacing {max} m, snap tolerance "
            "{snap} m{zones}.").format(
            routes=r_label, count=routes,
            km=float(result.index.length_t.sum()) / 1000.0, crossings=c_label,
            max=f"{max_spacing:g}", snap=f"{snap:g}",
            zones=tr(", inside the zones only") if with_zones else ""))
        figs = []
        if outputs:
            figs.append(figures.map_figure(
                [(outputs[2], "proposed", tr("Proposed crossings")),
                 (outputs[0], "crossings", tr("Crossing structures")),
                 (outputs[1], "gaps", tr("Gaps between suitable crossings"))], context,
                tr("Gaps between suitable crossings, the crossings judged and the crossings "
                   "proposed.")))
        if grouped:
            figs.append(self._gap_chart(result, grouped, max_spacing))
        report.write_report(path, tr("Crossing spacing check"), sections, intro=intro,
                            conclusion=self._conclusion(result, grouped, worst, max_spacing,
                                                        routes), figures=figs)

    @staticmethod
    def _conclusion(result, grouped, worst, max_spacing, routes):
        """One sentence: how many gaps are too long for the worst-off species, and where."""
        limit = f"{max_spacing / 1000:g}"
        if not grouped:
            return ""
        codes, values = max(grouped, key=lambda g: (g[1][4], g[1][5]))
        if values[4] == 0:
            return tr("On {routes}, every gap between suitable crossings is within the {limit} "
                      "km limit for the selected species.").format(routes=routes, limit=limit)
        text = tr("On {routes}, {too_long} of {gaps} gaps between suitable crossings are "
                  "longer than the {limit} km limit for {species}").format(
            routes=routes, too_long=values[4], gaps=values[3], limit=limit,
            species=report.species_list(codes))
        first = next((w for w in worst if set(codes) <= set(w["codes"])), None)
        if first is not None:
            text += tr("; the worst, {km:,.1f} km over the limit, is on route {route} from km "
                       "{a:,.1f} to km {b:,.1f} ({start} to {end})").format(
                km=first["excess_km"], route=first["route"], a=first["from_km"],
                b=first["to_km"], start=first["start"], end=first["end"])
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
                result.species[g.species[i]])
        out = []
        for (piece, start, end), row in rows.items():
            ends = ["—", "—"]
            if out_crs is not None:
                pts = result.index.points_at(np.array([piece, piece]), np.array([start, end]))
                ll = layers.transform_geoms(shapely.points(pts), out_crs, layers.WGS84, context)
                ends = [report.lonlat(p.x, p.y) for p in ll]
            out.append({"route": result.index.names[piece], "codes": row["codes"],
                        "from_km": start / 1000, "to_km": end / 1000,
                        "excess_km": float(g.excess[row["i"]]) / 1000, "start": ends[0],
                        "end": ends[1]})
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
                (float(g.start[i]), float(g.end[i]), float(g.zone_m[i]), bool(g.too_long[i])))
        ranked = sorted(pieces, key=lambda p: -sum(x[2] for x in pieces[p] if x[3]))[:most]
        strips = [(tr("Route {name}").format(name=result.index.names[p]),
                   float(result.index.length_t[p]), pieces[p])
                  for p in sorted(ranked)]
        caption = tr("Gap lengths between suitable crossings along each route for {species} "
                     "(bar height: the length counted inside the zones), against the limit."
                     ).format(species=report.species_list(codes))
        if len(pieces) > most:
            caption += " " + tr("The {most} routes with the most excess are shown.").format(
                most=most)
        return figures.gap_strips(strips, max_spacing, caption)
