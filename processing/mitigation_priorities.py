"""Mitigation priorities (nuudel:mitigationpriorities): adapter of core/mitigation.py.

Reads the landscape as landscape permeability does (it reuses that algorithm's readers and its
one polygonize), reads or generates the candidate fixes, lets the core rank them greedily by
gain per cost (union-find over the meshes, no polygonize per candidate) and writes every
candidate in rank order, with an HTML report: the curve of cumulative gain against cost, the top
10 on a map, what the budget buys. Parameter names follow issue 22.
"""

from dataclasses import dataclass

import numpy as np
import shapely
from qgis.core import (
    Qgis,
    QgsFields,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsPalLayerSettings,
    QgsProcessing,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
    QgsWkbTypes,
)

from . import figures, layers, output, render, report
from .compat import field as qfield
from .compat import field_names
from .core import landscape, mitigation
from .core.geodesy import line_lengths
from .feedback import core_call, core_progress, paused_gc, step, steps
from .i18n import tr
from .labels import mitigation_status_labels, mitigation_type_labels, species_names
from .landscape_permeability import LandscapePermeability, Layer
from .styles import apply_style

ORIGINS = ("input", "opening_spacing", "spacing_check")
TOP = 10
DEFAULT_TYPE_FIELD = "candidate_type"


@dataclass
class Plan:
    """What to rank: the candidates layer (or none: generate), weights, budget, top k."""

    candidates: Layer
    spacing_m: float
    weights_text: str
    weights: dict
    budget: float
    max_k: int
    snap_m: float
    along_m: float


class MitigationPriorities(LandscapePermeability):
    ALG_ID = "mitigationpriorities"
    GROUP_ID = "alignment"
    CANDIDATES = "CANDIDATES"
    CANDIDATE_TYPE_FIELD = "CANDIDATE_TYPE_FIELD"
    COST_FIELD = "COST_FIELD"
    OPENING_SPACING = "OPENING_SPACING"
    SPECIES_WEIGHTS = "SPECIES_WEIGHTS"
    BUDGET = "BUDGET"
    MAX_CANDIDATES = "MAX_CANDIDATES"

    def display_name(self):
        return tr("Mitigation priorities: which fence fix or crossing gains the most")

    def initAlgorithm(self, config=None):
        self._add_units_and_barriers()
        self._add_candidate_parameters()
        self.add_species_parameter(self.SPECIES)
        self._add_ranking_parameters()
        self.add_profile_parameter(self.PROFILE)
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT,
                tr("Candidate fixes in rank order"),
                QgsProcessing.TypeVectorAnyGeometry,
            )
        )
        self.add_report_parameter(self.REPORT)

    def _add_candidate_parameters(self):
        """The candidate fixes, their type and cost fields, the spacing of generated ones."""
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.CANDIDATES,
                tr(
                    "Candidate fixes (points or lines, optional; empty: openings "
                    "along the fences and the crossings a spacing check proposes)"
                ),
                [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorLine],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.CANDIDATE_TYPE_FIELD,
                tr(
                    "Candidate type field (opening, raise_bottom_wire, "
                    "smooth_bottom_wire, let_down, underpass, overpass, "
                    "remove)"
                ),
                defaultValue=DEFAULT_TYPE_FIELD,
                parentLayerParameterName=self.CANDIDATES,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.COST_FIELD,
                tr("Cost field (MNT, optional; empty: the profile's unit costs)"),
                parentLayerParameterName=self.CANDIDATES,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.OPENING_SPACING,
                tr("Opening spacing for generated candidates (km; empty: the profile's)"),
                QgsProcessingParameterNumber.Double,
                optional=True,
                minValue=0.001,
            )
        )

    def _add_ranking_parameters(self):
        """How the ranking counts the species, the budget and how many fixes it ranks."""
        self.addParameter(
            QgsProcessingParameterString(
                self.SPECIES_WEIGHTS,
                tr("Species weights (e.g. khulan:2,mgaz:1; empty: equal)"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.BUDGET,
                tr("Budget (MNT, optional)"),
                QgsProcessingParameterNumber.Double,
                optional=True,
                minValue=0.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.MAX_CANDIDATES,
                tr("Most candidates to rank"),
                QgsProcessingParameterNumber.Integer,
                defaultValue=50,
                minValue=1,
            )
        )

    # -- run -------------------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):
        multi = steps(5, feedback)
        with paused_gc():
            request = self._read_request(parameters, context, feedback)
            plan = self._read_plan(parameters, context, request)
            self._read_layers(request, context, multi)
            self._read_candidates(plan, request, context, multi)
            step(multi, 1)
            network, line_cut, result, notes = self._landscape(request, context, multi, feedback)
            step(multi, 2)
            candidates, origin, fids = self._candidates(plan, request, network, line_cut, feedback)
            step(multi, 3)
            ranking = self._rank(
                plan, request, (network, line_cut, result), candidates, context, multi
            )
            step(multi, 4)
            dest_id, geometry = self._write_output(
                parameters, context, multi, plan, request, candidates, origin, fids, ranking
            )
            report_path = self._report(
                parameters, context, feedback, request, plan, candidates, ranking, network, notes
            )
        self.style_output(context, dest_id, f"mitigation_{geometry}")
        return {self.OUTPUT: dest_id, self.REPORT: report_path}

    # -- read --------------------------------------------------------------------------------
    def _read_request(self, parameters, context, feedback):
        """Landscape permeability's request: no alignment, unknown fences cut, the crossing
        snap tolerance from the profile (mitigation.snap_tolerance_m)."""
        request = super()._read_request(parameters, context, feedback)
        request.unknown_as_barrier = True
        request.snap_m = float(
            core_call(mitigation.setting, request.profile, "snap_tolerance_m")["value"]
        )
        return request

    def _read_plan(self, parameters, context, request) -> Plan:
        candidates = self._source(parameters, self.CANDIDATES, context)
        if candidates.source is not None:
            names = {
                key: (field_names(self, parameters, name, context) or [""])[0]
                for name, key in ((self.CANDIDATE_TYPE_FIELD, "type"), (self.COST_FIELD, "cost"))
            }
            if (
                names["type"] == DEFAULT_TYPE_FIELD
                and candidates.source.fields().lookupField(DEFAULT_TYPE_FIELD) < 0
            ):
                names["type"] = ""  # the default field, absent: e.g. OUTPUT_PROPOSED
            layers.check_fields(candidates.source, list(names.values()), candidates.label)
            candidates.fields = names
        spacing_km = parameters.get(self.OPENING_SPACING)
        spacing_km = (
            self.parameterAsDouble(parameters, self.OPENING_SPACING, context)
            if spacing_km not in (None, "")
            else float(
                core_call(mitigation.setting, request.profile, "opening_spacing_km")["value"]
            )
        )
        weights_text = self.parameterAsString(parameters, self.SPECIES_WEIGHTS, context)
        budget = parameters.get(self.BUDGET)
        budget = (
            self.parameterAsDouble(parameters, self.BUDGET, context)
            if budget not in (None, "")
            else None
        )
        return Plan(
            candidates=candidates,
            spacing_m=spacing_km * 1000.0,
            weights_text=weights_text,
            weights=core_call(mitigation.parse_weights, weights_text, request.species),
            budget=budget,
            max_k=self.parameterAsInt(parameters, self.MAX_CANDIDATES, context),
            snap_m=request.snap_m,
            along_m=float(
                core_call(mitigation.setting, request.profile, "along_tolerance_m")["value"]
            ),
        )

    def _read_candidates(self, plan, request, context, feedback):
        layer = plan.candidates
        if layer.source is None:
            return
        layer.table = layers.read_table(
            layer.source,
            list(layer.fields.values()),
            context,
            feedback,
            repair=False,
            layer_label=layer.label,
        )
        layer.table.geoms = self._densified(
            layer.table.geoms, layer.source.sourceCrs(), request.work_crs, context
        )

    def _landscape(self, request, context, steps, feedback):
        """The meshes before any fix: landscape permeability's judge and one polygonize; the
        judge's notes (joins, near misses, unknown data) go to the report."""
        network, measure, line_cut, crossing_ok, notes = self._network(
            request, context, steps, feedback
        )
        result = self._permeability(request, network, line_cut, crossing_ok, steps)
        names = species_names()
        for code, res in result.species.items():
            feedback.pushInfo(
                tr("{species}: {count} meshes before any fix.").format(
                    species=names.get(code, code), count=len(np.unique(res.before.label))
                )
            )
        return network, line_cut, result, notes

    # -- candidates --------------------------------------------------------------------------
    def _candidates(self, plan, request, network, line_cut, feedback):
        """(Candidates, origin code per candidate, input feature id or None)."""
        layer = plan.candidates
        if layer.source is not None:
            return self._given(layer, feedback)
        openings = core_call(mitigation.opening_points, network.lines, line_cut, plan.spacing_m)
        crossings = self._proposed(request, plan)
        feedback.pushInfo(
            tr(
                "Generated candidates: {openings} openings every {km:g} km along "
                "the fences that cut, {crossings} crossings proposed by a spacing "
                "check of the roads that cut."
            ).format(openings=len(openings), km=plan.spacing_m / 1000.0, crossings=len(crossings))
        )
        geoms = np.concatenate([openings, crossings]).astype(object)
        types = ["opening"] * len(openings) + ["underpass"] * len(crossings)
        origin = [ORIGINS[1]] * len(openings) + [ORIGINS[2]] * len(crossings)
        return (
            mitigation.Candidates(geoms, types, np.full(len(geoms), np.nan)),
            origin,
            [None] * len(geoms),
        )

    def _given(self, layer, feedback):
        table, n = layer.table, len(layer.table)
        type_field, cost_field = layer.fields.get("type"), layer.fields.get("cost")
        if type_field:
            types = table.attrs[type_field]
        else:
            kinds = [None if g is None else shapely.get_type_id(g) for g in table.geoms]
            types = ["underpass" if k in (0, 4) else "let_down" for k in kinds]
            feedback.pushWarning(
                tr(
                    "No CANDIDATE_TYPE_FIELD: points are taken as underpasses "
                    "and lines as let-down fence stretches."
                )
            )
        cost = np.full(n, np.nan)
        if cost_field:
            cost, bad = core_call(mitigation.parse_costs, table.attrs[cost_field])
            cost[bad] = -1.0  # not ranked (bad_cost)
            if bad.any():
                feedback.pushWarning(
                    tr(
                        "{count} candidates have a cost in {field} that is not "
                        "a number of zero or more; they are not ranked."
                    ).format(count=int(bad.sum()), field=cost_field)
                )
        return (
            mitigation.Candidates(table.geoms, list(types), cost),
            [ORIGINS[0]] * n,
            [int(f) for f in table.fids],
        )

    def _proposed(self, request, plan):
        roads = request.roads
        if roads.table is None:
            return np.empty(0, dtype=object)
        road_cut = None
        if roads.fields.get("traffic"):
            road_cut, _unknown = core_call(
                landscape.road_cuts, request.profile, roads.column("traffic")
            )
        cl = request.crossings
        n = 0 if cl.table is None else len(cl.table)
        points = self._crossing_points(request)
        return core_call(
            mitigation.proposed_crossings,
            roads.geoms,
            road_cut,
            points,
            cl.column("type") if n else [],
            cl.column("width") if n else [],
            cl.column("height") if n else [],
            cl.column("length") if n else [],
            request.profile,
            request.species,
            request.join_m,
            plan.snap_m,
        )

    # -- rank --------------------------------------------------------------------------------
    def _rank(self, plan, request, landscape_state, candidates, context, feedback):
        network, line_cut, result = landscape_state
        codes = request.species
        weights = plan.weights
        zero = [c for c in codes if not weights[c]]
        if zero and plan.weights_text:
            feedback.pushInfo(
                tr("Species not named in SPECIES_WEIGHTS count 0: {codes}.").format(
                    codes=", ".join(zero)
                )
            )
        labels = {c: result.species[c].before.label for c in codes}
        fences = None
        if request.fences.table is not None:
            fl = request.fences
            fences = mitigation.FenceData(
                fl.geoms,
                {key: fl.column(key) for key in ("type", "height", "bottom", "top_gap", "barbed")},
                request.height_units,
                True,
            )
        measure = landscape.Measure(
            lengths=lambda g: line_lengths(self._to_wgs84(g, request, context))
        )
        pairs, status = core_call(
            mitigation.candidate_pairs,
            network,
            line_cut,
            labels,
            candidates,
            request.profile,
            codes,
            fences,
            plan.snap_m,
            plan.along_m,
            measure,
        )
        costs = core_call(mitigation.candidate_costs, candidates, request.profile, pairs.km)
        ranking = core_call(
            mitigation.prioritise,
            network,
            labels,
            pairs,
            status,
            costs,
            weights,
            codes,
            max_k=plan.max_k,
            budget=plan.budget,
            progress=core_progress(feedback, scale=1.0),
        )
        self._summary(ranking, plan, feedback)
        return ranking

    @staticmethod
    def _summary(ranking, plan, feedback):
        counts = np.bincount(ranking.status, minlength=len(mitigation.STATUS_CODES))
        labels = mitigation_status_labels()
        feedback.pushInfo(
            tr("Candidates: {counts}.").format(
                counts=", ".join(
                    f"{labels[c]} {int(counts[i])}"
                    for i, c in enumerate(mitigation.STATUS_CODES)
                    if counts[i]
                )
            )
        )
        if len(ranking.order):
            feedback.pushInfo(
                tr(
                    "{count} fixes ranked for {cost:,.0f} MNT reach {pct:.1f} % of "
                    "the gain all candidates together would give."
                ).format(
                    count=len(ranking.order),
                    cost=float(ranking.cum_cost[-1]),
                    pct=float(ranking.cum_gain_pct[-1]),
                )
            )
        else:
            feedback.pushWarning(tr("No candidate gains anything: no fix joins meshes."))

    # -- write -------------------------------------------------------------------------------
    def _columns(self, request, candidates, origin, fids, ranking):
        """(fields, columns, order of the candidates): ranked first, then the others."""
        codes = ranking.species
        n = len(candidates.geoms)
        rest = np.setdiff1d(np.arange(n), ranking.order)
        order = np.concatenate([ranking.order, rest]).astype(np.int64)
        k = len(ranking.order)
        rank = list(range(1, k + 1)) + [None] * len(rest)
        gains = (
            np.vstack([ranking.gain.reshape(-1, len(codes)), ranking.remaining[rest]])
            if n
            else np.zeros((0, len(codes)))
        )
        total = (gains * ranking.weights).sum(axis=1) if n else np.zeros(0)
        types = [str(t).strip().lower() if t is not None else None for t in candidates.types]
        cost = ranking.cost[order]
        fields = [
            qfield("rank", "int"),
            qfield("type", "string", 24),
            qfield("cost", "double", 20, 0),
        ]
        columns = [rank, [types[i] for i in order], _clean(cost, 0, positive=True)]
        for s, code in enumerate(codes):
            fields.append(qfield(f"gain_{code}", "double", 20, 4))
            columns.append(_clean(gains[:, s], 4))
        fields += [
            qfield("gain_total", "double", 20, 4),
            qfield("cum_cost", "double", 20, 0),
            qfield("cum_gain_pct", "double", 20, 3),
            qfield("status", "string", 16),
            qfield("why", "string", 500),
            qfield("origin", "string", 16),
            qfield("source_fid", "int"),
        ]
        columns += [
            _clean(total, 4),
            _clean(ranking.cum_cost, 0) + [None] * len(rest),
            _clean(ranking.cum_gain_pct, 3) + [None] * len(rest),
            [mitigation.STATUS_CODES[ranking.status[i]] for i in order],
            [self._why(ranking, r, i, types[i]) for r, i in enumerate(order)],
            [origin[i] for i in order],
            [fids[i] for i in order],
        ]
        return fields, columns, order

    def _write_output(
        self, parameters, context, feedback, plan, request, candidates, origin, fids, ranking
    ):
        fields_list, columns, order = self._columns(request, candidates, origin, fids, ranking)
        fields = QgsFields()
        for f in fields_list:
            fields.append(f)
        source = plan.candidates.source
        out_crs = (source or request.units.source).sourceCrs()
        geoms = candidates.geoms[order] if len(order) else np.empty(0, dtype=object)
        is_line = (
            source is not None
            and QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.LineGeometry
        )
        geoms = self._output_geoms(geoms, is_line)
        geoms = layers.transform_geoms(geoms, request.work_crs, out_crs, context)
        wkb = QgsWkbTypes.MultiLineString if is_line else QgsWkbTypes.Point
        dest_id = output.write_new(
            self, parameters, self.OUTPUT, context, feedback, fields, wkb, out_crs, geoms, columns
        )
        return dest_id, "lines" if is_line else "points"

    @staticmethod
    def _output_geoms(geoms, is_line):
        geoms = np.asarray(geoms, dtype=object).copy()
        present = np.flatnonzero([g is not None for g in geoms])
        if not len(present):
            return geoms
        g = shapely.force_2d(geoms[present].astype(object))
        if is_line:
            single = shapely.get_type_id(g) == 1
            g[single] = (
                shapely.multilinestrings([[x] for x in g[single]]) if single.sum() else g[single]
            )
            ok = np.isin(shapely.get_type_id(g), (1, 5))
        else:
            multi = shapely.get_type_id(g) == 4
            g[multi] = shapely.get_geometry(g[multi], 0)
            ok = shapely.get_type_id(g) == 0
        g[~ok] = None
        geoms[present] = g
        return geoms

    def _why(self, ranking, row, i, type_code):
        """Which meshes a ranked candidate joins, in words; the reason for the others."""
        status = ranking.status[i]
        if row >= len(ranking.order):
            return mitigation_status_labels()[mitigation.STATUS_CODES[status]]
        names = species_names()
        groups = {}
        for s, areas in ranking.joined[row].items():
            text = "; ".join(" + ".join(f"{a:,.1f}" for a in group) for group in areas)
            groups.setdefault(text, []).append(names.get(ranking.species[s], ranking.species[s]))
        label = mitigation_type_labels().get(type_code, type_code)
        parts = [
            tr("{species}: joins meshes of {areas} km²").format(species=", ".join(sp), areas=text)
            for text, sp in groups.items()
        ]
        return f"{label}: " + "; ".join(parts)

    # -- report ------------------------------------------------------------------------------
    def _report(
        self,
        parameters,
        context,
        feedback,
        request,
        plan,
        candidates,
        ranking,
        network=None,
        notes=None,
    ):
        path = self.parameterAsFileOutput(parameters, self.REPORT, context)
        if not path:
            return None
        k = len(ranking.order)
        sections = [
            (tr("Cumulative gain against cumulative cost"), _curve_svg(ranking)),
            (
                tr("The first {count} fixes").format(count=min(TOP, k)),
                self._top_table(ranking, candidates),
            ),
            (tr("Map"), self._map(request, candidates, ranking, context, feedback, network)),
            (
                tr("What the budget buys"),
                "<p>" + report.esc(self._budget_text(plan, ranking)) + "</p>",
            ),
            (tr("Unit costs"), self._cost_table(request.profile)),
            (
                tr("What the numbers mean"),
                "<p>"
                + report.esc(
                    tr(
                        "Gain: the increase of the landscape's total connected area, the sum over "
                        "reporting units of m_eff × unit area (CBC, Moser 2007), given as km² of "
                        "effective mesh size over the whole region; gain_total weights the species by "
                        "SPECIES_WEIGHTS. Fixes are chosen one by one, the best gain per cost first, "
                        "each after the ones before it are applied. cum_gain_pct is the share of the "
                        "gain all candidates together would give. The unit costs are Nuudel "
                        "placeholders: replace them with ministry unit costs in the profile or give "
                        "COST_FIELD."
                    )
                )
                + "</p>",
            ),
        ]
        if network is not None:
            sections.append(
                (tr("Joins, near misses and unknown data"), self._notes_html(network, notes or {}))
            )
        sections += [
            report.rules_section(request.profile, self.rule_rows(request)),
            report.parameters_section(self, parameters, context),
        ]
        report.write_report(path, self.display_name(), sections)
        return path

    @staticmethod
    def _top_table(ranking, candidates):
        names = species_names()
        rows = []
        for r, i in enumerate(ranking.order[:TOP].tolist()):
            best = int(np.argmax(ranking.gain[r])) if len(ranking.species) else 0
            rows.append(
                (
                    r + 1,
                    mitigation_type_labels().get(
                        str(candidates.types[i]).strip().lower(), str(candidates.types[i])
                    ),
                    float(ranking.cost[i]),
                    float(ranking.gain_total[r]),
                    names.get(ranking.species[best], ""),
                    float(ranking.cum_gain_pct[r]),
                )
            )
        return report.table(
            [
                tr("Rank"),
                tr("Fix"),
                tr("Cost (MNT)"),
                tr("Gain (km²)"),
                tr("Gains most for"),
                tr("Share of the possible gain %"),
            ],
            rows,
        )

    @staticmethod
    def _cost_table(profile):
        types = profile["mitigation"]["unit_costs"]["types"]
        labels = mitigation_type_labels()
        per = {"each": tr("each"), "km": tr("a km")}
        rows = [
            (
                labels.get(t, t),
                float(types[t]["value"]),
                per.get(types[t]["per"], ""),
                report.status_label(types[t].get("status", "provisional")),
            )
            for t in mitigation.TYPES
            if t in types
        ]
        return (
            report.table([tr("Fix"), tr("Cost (MNT)"), tr("Per"), tr("Status")], rows)
            + "<p>"
            + report.esc(
                tr(
                    "Nuudel placeholders: replace them with ministry unit costs "
                    "(a copy of the profile passed as PROFILE, or COST_FIELD)."
                )
            )
            + "</p>"
        )

    @staticmethod
    def _budget_text(plan, ranking):
        k = len(ranking.order)
        spent = float(ranking.cum_cost[-1]) if k else 0.0
        pct = float(ranking.cum_gain_pct[-1]) if k else 0.0
        if plan.budget is None:
            return tr(
                "No budget given: the first {count} fixes cost {cost:,.0f} MNT and reach "
                "{pct:.1f} % of the possible gain."
            ).format(count=k, cost=spent, pct=pct)
        return tr(
            "A budget of {budget:,.0f} MNT buys the first {count} fixes ({cost:,.0f} MNT): "
            "{pct:.1f} % of the gain all candidates together would give."
        ).format(budget=plan.budget, count=k, cost=spent, pct=pct)

    @staticmethod
    def _map(request, candidates, ranking, context, feedback, network=None):
        """The map embedded in the report: the units, the lines that cut for some species and
        the first ten fixes labelled by rank."""
        crs = request.units.source.sourceCrs()
        authid = crs.authid() or "EPSG:4326"

        def memory_layer(kind, title, geoms, attrs, fields=()):
            layer = QgsVectorLayer(f"{kind}?crs={authid}", title, "memory")
            if fields:
                layer.dataProvider().addAttributes(list(fields))
                layer.updateFields()
            output.write_features(
                layer.dataProvider(),
                layers.transform_geoms(geoms, request.work_crs, crs, context),
                attrs,
                feedback,
            )
            layer.updateExtents()
            return layer

        units = memory_layer(
            "Polygon", tr("Reporting units"), request.units.geoms, [[] for _ in request.units.geoms]
        )
        units.renderer().setSymbol(
            QgsFillSymbol.createSimple(
                {
                    "color": "245,245,240,255",
                    "outline_color": "120,120,120,255",
                    "outline_width": "0.3",
                }
            )
        )
        lines = network.lines.geoms if network is not None else np.empty(0, dtype=object)
        cutting = memory_layer("LineString", tr("Lines that cut"), lines, [[] for _ in lines])
        cutting.renderer().setSymbol(
            QgsLineSymbol.createSimple({"color": "64,64,64,255", "width": "0.4"})
        )
        top = ranking.order[:TOP]
        pts = candidates.geoms[top] if len(top) else np.empty(0, dtype=object)
        pts = np.array(
            [None if g is None else shapely.point_on_surface(g) for g in pts], dtype=object
        )
        fixes = memory_layer(
            "Point",
            tr("Fixes by rank"),
            pts,
            [[r + 1] for r in range(len(pts))],
            [qfield("rank", "int")],
        )
        try:
            apply_style(fixes, "mitigation_points", species_styles=False)
            _label_by_rank(fixes)
            image, settings = render.render_image(
                [fixes, cutting, units], size=(900, 600), legend=True
            )
        except (ValueError, RuntimeError):
            return "<p>" + report.esc(tr("The map could not be drawn.")) + "</p>"
        render.decorate(image, settings, unit_km=tr("km"), north=tr("N"))
        return figures.image_tag(image, tr("Map"))

    @staticmethod
    def rule_rows(request):
        profile = request.profile
        section = profile["mitigation"]
        rows = [
            (entry["rule"], text, entry["sources"], entry["status"])
            for entry, text in (
                (
                    section["unit_costs"],
                    tr(
                        "Unit costs per type of fix (MNT): Nuudel "
                        "placeholders, replace with ministry unit "
                        "costs."
                    ),
                ),
                (
                    section["opening_spacing_km"],
                    tr(
                        "Generated openings: one every "
                        "OPENING_SPACING km along the fences "
                        "that cut."
                    ),
                ),
                (
                    section["crossing_design"],
                    tr(
                        "A proposed underpass or overpass is "
                        "judged as built to the profile's crossing "
                        "minima."
                    ),
                ),
                (
                    section["snap_tolerance_m"],
                    tr("A point candidate acts on the nearest cutting line within {m:g} m.").format(
                        m=section["snap_tolerance_m"]["value"]
                    ),
                ),
                (
                    section["along_tolerance_m"],
                    tr("A line candidate acts on the fence within {m:g} m of it.").format(
                        m=section["along_tolerance_m"]["value"]
                    ),
                ),
            )
        ]
        base = LandscapePermeability.rule_rows(request)
        return [
            (r, d, [s for s in src if s in profile["sources"]], st) for r, d, src, st in rows
        ] + base


def _label_by_rank(layer):
    """Label the map's fixes with their rank, buffered, around the point."""
    label = QgsPalLayerSettings()
    label.fieldName = "rank"
    label.placement = getattr(Qgis, "LabelPlacement", QgsPalLayerSettings).AroundPoint
    label.dist = 1.5
    text = QgsTextFormat()
    text.setSize(11)
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(1.0)
    text.setBuffer(buffer)
    label.setFormat(text)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(label))
    layer.setLabelsEnabled(True)


def _clean(values, digits, positive=False):
    """Rounded floats, None where not finite (or negative with ``positive``)."""
    values = np.round(np.asarray(values, dtype=float), digits)
    ok = np.isfinite(values) & ((values >= 0) if positive else True)
    return [float(v) if o else None for v, o in zip(values.tolist(), ok.tolist())]


def _curve_svg(ranking, width=640, height=320, pad=48):
    """Inline SVG: cumulative share of the possible gain (%) against cumulative cost (MNT)."""
    cost = np.concatenate([[0.0], ranking.cum_cost])
    pct = np.concatenate([[0.0], ranking.cum_gain_pct])
    top = float(cost[-1]) if len(cost) > 1 and cost[-1] > 0 else 1.0
    x = pad + (width - 2 * pad) * cost / top
    y = height - pad - (height - 2 * pad) * np.clip(pct, 0, 100) / 100.0
    path = " ".join(f"{a:.1f},{b:.1f}" for a, b in zip(x, y))
    dots = "".join(
        f'<circle cx="{a:.1f}" cy="{b:.1f}" r="2.5" fill="#b2182b"/>' for a, b in zip(x[1:], y[1:])
    )
    xlab = report.esc(tr("cumulative cost (MNT)"))
    ylab = report.esc(tr("share of the possible gain (%)"))
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'role="img" aria-label="{ylab}">'
        f'<rect width="{width}" height="{height}" fill="#fff"/>'
        f'<line x1="{pad}" y1="{height - pad}" x2="{width - pad}" y2="{height - pad}" '
        f'stroke="#333"/><line x1="{pad}" y1="{pad}" x2="{pad}" y2="{height - pad}" '
        f'stroke="#333"/>'
        f'<text x="{width / 2:.0f}" y="{height - 12}" text-anchor="middle" '
        f'font-size="12">{xlab}: 0 – {top:,.0f}</text>'
        f'<text x="14" y="{height / 2:.0f}" font-size="12" text-anchor="middle" '
        f'transform="rotate(-90 14 {height / 2:.0f})">{ylab}</text>'
        f'<text x="{pad - 6}" y="{pad + 4}" text-anchor="end" font-size="11">100</text>'
        f'<text x="{pad - 6}" y="{height - pad + 4}" text-anchor="end" '
        f'font-size="11">0</text>'
        f'<polyline points="{path}" fill="none" stroke="#b2182b" stroke-width="2"/>'
        f"{dots}</svg>"
    )
