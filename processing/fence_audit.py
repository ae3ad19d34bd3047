"""Processing adapter of the fence permeability audit (nuudel:fencepermeabilityaudit).

Reads the fence inventory, hands the attribute columns to core/fence.py (vectorised rules per
fence mode), measures every segment on the WGS84 ellipsoid, joins touching barrier segments into
runs, and writes the verdicts, a per-species summary table and an optional HTML report.
"""

import numpy as np
import shapely
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsProcessing,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsWkbTypes,
)

from . import layers, output, report, topology_io
from .base import NuudelAlgorithm, check_cancel, fail, species_names
from .compat import field, field_names
from .core import fence, topology
from .core.geodesy import line_lengths
from .core.profile import source_text, topology_setting
from .i18n import tr

FIELD_PARAMS = (
    # parameter, default field name, key in the core
    ("TYPE_FIELD", "fence_type", "type"),
    ("HEIGHT_FIELD", "height_cm", "height"),
    ("BOTTOM_FIELD", "bottom_cm", "bottom"),
    ("TOP_GAP_FIELD", "top_gap_cm", "top_gap"),
    ("BARBED_FIELD", "barbed", "barbed"),
)
SUMMARY_FIELDS = ("species", "permeable_km", "conditional_km", "barrier_km", "unknown_km",
                  "barrier_pct", "longest_barrier_km")
WORST_STRETCHES = 5  # runs listed per fence mode in the report


def verdict_labels():
    """Verdict code -> translated label (codes stay English in the data)."""
    return {"permeable": tr("permeable"), "conditional": tr("conditional"),
            "barrier": tr("barrier"), "unknown": tr("unknown")}


def mode_labels():
    return {"crawl": tr("crawls under"), "jump": tr("jumps over"),
            "opening": tr("needs openings")}


class FencePermeabilityAudit(NuudelAlgorithm):
    ALG_ID = "fencepermeabilityaudit"
    GROUP_ID = "fences"

    def display_name(self):
        return tr("Fence permeability audit")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            "INPUT", tr("Fence segments (lines)"), [QgsProcessing.TypeVectorLine]))
        descriptions = {
            "TYPE_FIELD": tr("Fence type field (strand, mesh, solid, electric, rail, opening)"),
            "HEIGHT_FIELD": tr("Top wire height field"),
            "BOTTOM_FIELD": tr("Bottom wire height field"),
            "TOP_GAP_FIELD": tr("Gap between the top two wires field"),
            "BARBED_FIELD": tr("Barbed wire field (none, top, bottom, all or true/false)"),
        }
        for name, default, _key in FIELD_PARAMS:
            self.addParameter(QgsProcessingParameterField(
                name, descriptions[name], defaultValue=default, parentLayerParameterName="INPUT",
                optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            "UNITS", tr("Units of the height fields"),
            options=[tr("centimetres"), tr("metres")], defaultValue=0))
        self.add_species_parameter()
        self.add_profile_parameter()
        topology_io.add_parameters(self)
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", tr("Fence verdicts"), QgsProcessing.TypeVectorLine))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "SUMMARY", tr("Summary per species"), QgsProcessing.TypeVector))
        topology_io.add_output(self)
        self.add_report_parameter()

    # -- run -------------------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):
        with output.paused_gc():
            return self._process(parameters, context, feedback)

    def _process(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, "INPUT", context)
        if source is None:
            fail(tr("The input layer could not be read: {layer}"), layer=parameters.get("INPUT"))
        label = layers.source_label(self, parameters, "INPUT", context, source)
        layers.require_crs(source, label)
        mapped = self._mapped_fields(parameters, context, feedback)
        layers.check_fields(source, list(mapped.values()), label)
        profile = self.load_profile(parameters, context)
        codes = self.species_codes(parameters, context)
        units = fence.UNITS[self.parameterAsEnum(parameters, "UNITS", context)]

        table = layers.read_table(source, [mapped[k] for _n, _d, k in FIELD_PARAMS], context,
                                  feedback, crs=layers.WGS84, repair=False, progress=(0, 40),
                                  layer_label=label)
        n = len(table)
        if n == 0:
            feedback.pushWarning(tr("The input layer '{layer}' has no features; the outputs are "
                                    "empty.").format(layer=label))
        no_geometry = table.missing_geometry
        self._warn_geometries(table, no_geometry, feedback)

        def column(key):
            name = mapped[key]
            return table.attrs[name] if name else [None] * n

        result = self.core_call(
            fence.evaluate, profile, codes, column("type"), column("height"),
            column("bottom"), column("top_gap"), column("barbed"), units=units,
            no_geometry=no_geometry,
            field_names=self._field_labels(mapped))
        for warning in result.warnings:
            feedback.pushWarning(warning.render(tr))
        check_cancel(feedback)
        feedback.setProgress(50)
        lengths = line_lengths(table.geoms)
        snap, near_misses = self._join_segments(parameters, context, feedback, profile, table,
                                                result)
        summary = fence.summarise(result, lengths, snap.pairs())
        check_cancel(feedback)
        feedback.setProgress(60)
        reasons = result.reasons(tr, self._field_labels(mapped))

        dest_id = self._write_output(parameters, context, feedback, source, table, result,
                                     reasons, lengths)
        check_cancel(feedback)
        summary_id = self._write_summary(parameters, context, summary)
        topology_id = topology_io.write_layer(self, parameters, context, feedback, snap,
                                              table.fids, source.sourceCrs(), layers.WGS84)
        self._report_summary(summary, feedback)
        report_path = self.parameterAsFileOutput(parameters, "REPORT", context)
        if report_path:
            self._write_report(report_path, parameters, context, profile, label, table, result,
                               summary, lengths, (snap, near_misses))
        self.style_output(context, dest_id, "fence_verdict")
        feedback.setProgress(100)
        return {"OUTPUT": dest_id, "SUMMARY": summary_id, "OUTPUT_TOPOLOGY": topology_id,
                "REPORT": report_path or None}

    def _join_segments(self, parameters, context, feedback, profile, table, result):
        """Segment ends joined within JOIN_TOLERANCE (core/topology.py, true metres): the
        SnapResult and its near misses between barrier segments (said in the log)."""
        tolerance, near = topology_io.read_tolerance(self, parameters, context, profile,
                                                     feedback)
        snap = self.core_call(topology.snap_ends, table.geoms, tolerance, near=near,
                              geographic=True)
        near_misses = fence.barrier_near_misses(snap, result)
        topology_io.push_log(snap, feedback, near_misses, tr(
            "{count} fence ends lie {lo}–{hi} m from another end; runs stop there. If these are "
            "digitising gaps, set JOIN_TOLERANCE to {suggest} m."), tr(
            "{count} fence ends lie {distance} m from another end; runs stop there. If these "
            "are digitising gaps, set JOIN_TOLERANCE to {suggest} m."))
        return snap, near_misses

    # -- helpers ---------------------------------------------------------------------------
    @staticmethod
    def _field_labels(mapped):
        """Field names for messages: the user's field, or the parameter when none is mapped."""
        params = {key: name for name, _d, key in FIELD_PARAMS}
        return {key: value or params[key] for key, value in mapped.items()}

    def _mapped_fields(self, parameters, context, feedback):
        """{core key: field name}. A parameter left out takes its default field name (which
        must exist); one set explicitly to no field maps nothing, so every rule that needs it
        gives unknown (the type field cannot be left empty)."""
        mapped = {}
        for name, _default, key in FIELD_PARAMS:
            raw = parameters.get(name, "absent") if isinstance(parameters, dict) else "absent"
            if raw is None or raw == "" or raw == []:
                if name == "TYPE_FIELD":
                    fail(tr("Choose the fence type field (TYPE_FIELD): without it no segment can "
                            "be judged."))
                feedback.pushWarning(tr("No field chosen for {parameter}: every rule that needs "
                                        "it gives unknown.").format(parameter=name))
                mapped[key] = ""
                continue
            value = field_names(self, parameters, name, context)
            mapped[key] = value[0] if value else ""
        return mapped

    @staticmethod
    def _warn_geometries(table, no_geometry, feedback):
        count = int(no_geometry.sum())
        if count:
            feedback.pushWarning(tr("{count} features have no geometry; they are kept as unknown "
                                    "with length 0.").format(count=count))
        present = ~no_geometry
        if present.any():
            invalid = np.zeros(len(table), dtype=bool)
            invalid[present] = ~shapely.is_valid(table.geoms[present])
            count = int(invalid.sum())
            if count:
                feedback.pushWarning(tr(
                    "{count} line geometries are invalid (for example fewer than two distinct "
                    "points); they are kept with the length measured along their vertices."
                ).format(count=count))

    @staticmethod
    def _output_fields(source, codes, shapefile, feedback):
        new = [field(name, "string", 254 if shapefile else 0)
               for name in [f"v_{c}" for c in codes] + ["verdict", "reasons"]]
        new.append(field("len_m", "double", 20, 3))
        return output.extended_fields(source, new, feedback, tr(
            "Input fields {fields} are replaced by the audit's own fields of the same name."))

    def _write_output(self, parameters, context, feedback, source, table, result, reasons,
                      lengths):
        dest = self.parameterAsOutputLayer(parameters, "OUTPUT", context) or ""
        shapefile = dest.lower().endswith(".shp")
        fields, kept = self._output_fields(source, result.species, shapefile, feedback)
        columns = [result.codes(result.verdicts[c]).tolist() for c in result.species]
        columns.append(result.codes(result.worst).tolist())
        columns.append(reasons.tolist())
        columns.append(np.round(lengths, 3).tolist())
        return output.write_extended(self, parameters, "OUTPUT", context, feedback, source,
                                     table, fields, kept, columns, progress=(60, 95))

    def _write_summary(self, parameters, context, summary):
        fields = QgsFields()
        fields.append(field("species", "string", 16))
        for name in SUMMARY_FIELDS[1:]:
            fields.append(field(name, "double", 20, 3))
        sink, summary_id = self.parameterAsSink(parameters, "SUMMARY", context, fields,
                                                QgsWkbTypes.NoGeometry)
        if sink is None:
            fail(tr("Could not create the output layer {output}."), output="SUMMARY")
        for code, item in summary.items():
            feat = QgsFeature(fields)
            km = item["km"]
            feat.setAttributes([code] + [round(km[v], 3) for v in
                                         ("permeable", "conditional", "barrier", "unknown")]
                               + [round(item["barrier_pct"], 3), round(item["longest_km"], 3)])
            sink.addFeature(feat, QgsFeatureSink.FastInsert)
        return summary_id

    @staticmethod
    def _report_summary(summary, feedback):
        names = species_names()
        for code, item in summary.items():
            feedback.pushInfo(tr("{species}: {barrier:.1f} km barrier of {total:.1f} km "
                                 "({pct:.1f} %), longest unbroken barrier {longest:.1f} km, "
                                 "unknown {unknown:.1f} km.").format(
                species=names.get(code, code), barrier=item["km"]["barrier"],
                total=item["total_km"], pct=item["barrier_pct"], longest=item["longest_km"],
                unknown=item["km"]["unknown"]))

    # -- report ----------------------------------------------------------------------------
    def rule_rows(self, profile, codes, tolerance=None):
        """(rule id, description, sources, status) of every rule the audit applies
        (``tolerance``: the join tolerance used; default the profile's)."""
        fence_p = profile["fence"]
        if tolerance is None:
            tolerance = topology_setting(profile, "join_tolerance_m")[0]
        modes = mode_labels()
        species_by_mode = {}
        for code in codes:
            species_by_mode.setdefault(profile["species"][code]["fence_mode"], []).append(code)
        rows = []
        bt, ot = fence_p["barrier_types"], fence_p["opening_types"]
        rows.append((bt["rule"], tr("Fence types {types} are a barrier to every species.").format(
            types=", ".join(bt["types"])), bt["sources"], bt["status"]))
        rows.append((ot["rule"], tr("Fence types {types} (gaps, let-down sections, gates left "
                                    "open) are passable for every species.").format(
            types=", ".join(ot["types"])), ot["sources"], ot["status"]))
        for mode, mode_codes in species_by_mode.items():
            who = tr("{mode}: {species}").format(mode=modes.get(mode, mode),
                                                 species=", ".join(mode_codes))
            for rule in fence_p["rules"][mode]:
                rows.append((rule["id"], f"{who}. {self._rule_text(rule)}", rule["sources"],
                             rule["status"]))
        pl = fence_p["plausible_cm"] if isinstance(fence_p.get("plausible_cm"), dict) \
            else fence.fence_limits(profile)
        rows.append((pl.get("rule", "F-RANGE"), tr(
            "Physically possible values (cm): top wire {h0} to {h1}, bottom wire {b0} to {b1}, "
            "gap between the top two wires {g0} to {g1}; other values make the segment unknown."
        ).format(h0=pl["height"]["min"], h1=pl["height"]["max"], b0=pl["bottom"]["min"],
                 b1=pl["bottom"]["max"], g0=pl["top_gap"]["min"], g1=pl["top_gap"]["max"]),
            pl.get("sources", ["nuudel_inference"]), pl.get("status", "provisional")))
        rows.append(("F-RUN", tr("Barrier segments whose ends lie within {tol} m of each other "
                                 "form one unbroken barrier run.").format(
            tol=f"{tolerance:g}"), ["seveque2025"],
            fence_p.get("run_tolerance_status", "provisional")))
        rows.append(topology_io.rule_row(profile, tolerance, tr(
            "Line ends closer than {tol} m are joined (a digitising tolerance, not a gap an "
            "animal could use); ends within the near-miss distance but farther are reported.")))
        return rows

    @staticmethod
    def _rule_text(rule):
        kind = rule["kind"]
        field = {"height": tr("top wire height"), "bottom": tr("bottom wire height"),
                 "top_gap": tr("gap between the top two wires")}.get(rule.get("field", ""),
                                                                     rule.get("field", ""))
        if kind == "min":
            return tr("{field}: at least {p} cm permeable, {c} to {p} cm conditional, below {c} "
                      "cm barrier.").format(field=field, p=rule["pass"], c=rule["conditional"])
        if kind == "max":
            return tr("{field}: at most {p} cm permeable, {p} to {c} cm conditional, above {c} "
                      "cm barrier.").format(field=field, p=rule["pass"], c=rule["conditional"])
        if kind == "barbed_bottom":
            return tr("A barbed bottom wire (barbed = bottom or all) is a barrier.")
        if kind == "continuous":
            return tr("A continuous fence without an opening is a barrier.")
        return kind

    def _write_report(self, path, parameters, context, profile, label, table, result, summary,
                      lengths, joins):
        names = species_names()
        vlabels = verdict_labels()
        rows = []
        for code, item in summary.items():
            km = item["km"]
            rows.append((f"{names.get(code, code)} ({code})", km["permeable"], km["conditional"],
                         km["barrier"], km["unknown"], item["barrier_pct"], item["longest_km"]))
        headers = [tr("Species")] + [
            tr("{verdict} (km)").format(verdict=vlabels[v])
            for v in ("permeable", "conditional", "barrier", "unknown")
        ] + [tr("Barrier %"), tr("Longest unbroken barrier (km)")]
        sections = [(tr("Summary"), report.table(headers, rows) + "<p>" + report.esc(tr(
            "The verdict of a segment is the worst over the selected species, in the order "
            "barrier, unknown, conditional, permeable: missing data is never rated better than "
            "a known conditional.")) + "</p>")]
        mode_rows = []
        modes = mode_labels()
        for code in result.species:
            sp = profile["species"][code]
            mode_rows.append((f"{names.get(code, code)} ({code})",
                              modes.get(sp["fence_mode"], sp["fence_mode"]),
                              source_text(profile, [sp["mode_source"]]),
                              report.status_label(sp["mode_status"])))
        sections.append((tr("How each species crosses a fence"), report.table(
            [tr("Species"), tr("Crossing mode"), tr("Source"), tr("Status")], mode_rows)))
        sections.append(report.rules_section(profile, self.rule_rows(
            profile, result.species, joins[0].tolerance)))
        sections.append((tr("Worst stretches"), self._stretches_table(result, summary, table)))
        sections.append(topology_io.report_section(profile, joins[0], joins[1], table.fids,
                                                   tr("Joins and near misses")))
        sections.append(report.parameters_section(self, parameters, context))
        intro = report.esc(tr("Layer '{layer}': {count} segments, {km:.2f} km (lengths on the "
                              "WGS84 ellipsoid).").format(layer=label, count=len(table),
                                                          km=float(np.sum(lengths)) / 1000.0))
        report.write_report(path, tr("Fence permeability audit"), sections, intro=intro)

    @staticmethod
    def _stretches_table(result, summary, table):
        names = species_names()
        by_mode = {}
        for code in result.species:
            by_mode.setdefault(result.modes[code], []).append(code)
        rows = []
        for mode_codes in by_mode.values():
            runs = summary[mode_codes[0]]["runs"]
            who = ", ".join(names.get(c, c) for c in mode_codes)
            for rank, run in enumerate(runs.top(WORST_STRETCHES), start=1):
                members = np.flatnonzero(runs.label == run)
                fids = ", ".join(str(int(f)) for f in table.fids[members][:12])
                if len(members) > 12:
                    fids += ", …"
                rows.append((who, rank, float(runs.length_m[run]) / 1000.0,
                             int(runs.members[run]), fids))
        if not rows:
            return "<p>" + report.esc(tr("No barrier segments.")) + "</p>"
        return report.table([tr("Species"), tr("Rank"), tr("Length (km)"), tr("Segments"),
                             tr("Feature ids")], rows)

