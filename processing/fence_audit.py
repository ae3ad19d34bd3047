"""Processing adapter of the fence permeability audit (nuudel:fencepermeabilityaudit).

Reads the fence inventory, hands the attribute columns to core/fence.py (vectorised rules per
fence mode), measures every segment on the WGS84 ellipsoid, joins touching barrier segments into
runs, and writes the verdicts, a per-species summary table and an optional HTML report.
"""

from dataclasses import dataclass

import numpy as np
import shapely
from qgis.core import (
    QgsFeature,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsWkbTypes,
)

from . import figures, key_figures, layers, numbers, output, report, topology_io
from .base import NuudelAlgorithm
from .compat import field, field_names
from .core import fence, topology
from .core.geodesy import line_lengths
from .core.profile import source_text, topology_setting
from .feedback import fail, paused_gc, step, steps
from .i18n import QT_TRANSLATE_NOOP, text_language, tr
from .labels import fence_type_labels, mode_labels, species_names, verdict_labels

_ABSENT = object()  # a parameter left out of the parameters dict

SUMMARY_FIELDS = (
    "species",
    "permeable_km",
    "conditional_km",
    "barrier_km",
    "unknown_km",
    "barrier_pct",
    "longest_barrier_km",
)
WORST_STRETCHES = 5  # runs listed per fence mode in the report
KM_VERDICTS = ("permeable", "conditional", "barrier", "unknown")  # order of the km columns


@dataclass
class FenceRequest:
    """The parameters of one run, read and checked."""

    source: object
    label: str
    mapped: dict  # core key -> field name ("" when none is mapped)
    profile: dict
    codes: list
    units: str
    report_path: str


class FencePermeabilityAudit(NuudelAlgorithm):
    ALG_ID = "fencepermeabilityaudit"
    GROUP_ID = "fences"
    TAGS = (
        QT_TRANSLATE_NOOP("@default", "fence"),
        QT_TRANSLATE_NOOP("@default", "wire"),
        QT_TRANSLATE_NOOP("@default", "permeability"),
        QT_TRANSLATE_NOOP("@default", "barrier"),
        QT_TRANSLATE_NOOP("@default", "audit"),
        QT_TRANSLATE_NOOP("@default", "saiga"),
        QT_TRANSLATE_NOOP("@default", "khulan"),
        QT_TRANSLATE_NOOP("@default", "argali"),
    )
    SHORT_DESCRIPTION = QT_TRANSLATE_NOOP(
        "@default",
        "Judges each fence segment per species: permeable, conditional, barrier or unknown.",
    )

    INPUT = "INPUT"
    TYPE_FIELD = "TYPE_FIELD"
    HEIGHT_FIELD = "HEIGHT_FIELD"
    BOTTOM_FIELD = "BOTTOM_FIELD"
    TOP_GAP_FIELD = "TOP_GAP_FIELD"
    BARBED_FIELD = "BARBED_FIELD"
    UNITS = "UNITS"
    SPECIES = "SPECIES"
    PROFILE = "PROFILE"
    OUTPUT = "OUTPUT"
    SUMMARY = "SUMMARY"
    REPORT = "REPORT"
    FIELD_PARAMS = (
        # parameter, default field name, key in the core
        (TYPE_FIELD, "fence_type", "type"),
        (HEIGHT_FIELD, "height_cm", "height"),
        (BOTTOM_FIELD, "bottom_cm", "bottom"),
        (TOP_GAP_FIELD, "top_gap_cm", "top_gap"),
        (BARBED_FIELD, "barbed", "barbed"),
    )

    def display_name(self):
        return tr("Fence permeability audit")

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.INPUT, tr("Fence segments (lines)"), [QgsProcessing.TypeVectorLine]
            )
        )
        descriptions = {
            self.TYPE_FIELD: tr("Fence type field (strand, mesh, solid, electric, rail, opening)"),
            self.HEIGHT_FIELD: tr("Top wire height field"),
            self.BOTTOM_FIELD: tr("Bottom wire height field"),
            self.TOP_GAP_FIELD: tr("Gap between the top two wires field"),
            self.BARBED_FIELD: tr("Barbed wire field (none, top, bottom, all or true/false)"),
        }
        for name, default, _key in self.FIELD_PARAMS:
            self.addParameter(
                QgsProcessingParameterField(
                    name,
                    descriptions[name],
                    defaultValue=default,
                    parentLayerParameterName=self.INPUT,
                    optional=True,
                )
            )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.UNITS,
                tr("Units of the height fields"),
                options=[tr("centimetres"), tr("metres")],
                defaultValue=0,
            )
        )
        self.add_species_parameter(self.SPECIES)
        self.add_profile_parameter(self.PROFILE)
        topology_io.add_parameters(self)
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, tr("Fence verdicts"), QgsProcessing.TypeVectorLine
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.SUMMARY, tr("Summary per species"), QgsProcessing.TypeVector
            )
        )
        topology_io.add_output(self)
        self.add_report_parameter(self.REPORT)
        key_figures.add_fence_outputs(self)

    # -- run -------------------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):
        with paused_gc():
            return self._process(parameters, context, feedback)

    def _process(self, parameters, context, feedback):
        req = self._read_parameters(parameters, context, feedback)
        multi = steps(5, feedback)
        step(multi, 0)
        table = self._read_fences(req, context, multi)
        step(multi, 1)
        result = self._judge(req, table, multi)
        step(multi, 2)
        lengths = line_lengths(table.geoms)
        joins = self._join_segments(parameters, context, multi, req.profile, table, result)
        summary = fence.summarise(result, lengths, joins[0].pairs())
        step(multi, 3)
        reasons = result.reasons(tr, self._field_labels(req.mapped))
        dest_id = self._write_output(
            parameters, context, multi, req.source, table, result, reasons, lengths
        )
        step(multi, 4)
        summary_id = self._write_summary(parameters, context, summary)
        topology_id = topology_io.write_layer(
            self,
            parameters,
            context,
            multi,
            joins[0],
            table.fids,
            req.source.sourceCrs(),
            layers.WGS84,
        )
        self._report(
            req, parameters, context, multi, table, result, summary, lengths, joins, dest_id
        )
        self.style_output(context, dest_id, "fence_verdict")
        step(multi, 5)
        return {
            self.OUTPUT: dest_id,
            self.SUMMARY: summary_id,
            "OUTPUT_TOPOLOGY": topology_id,
            self.REPORT: req.report_path or None,
            **key_figures.fence_figures(summary),
        }

    def _join_segments(self, parameters, context, feedback, profile, table, result):
        """Segment ends joined within JOIN_TOLERANCE (core/topology.py, true metres): the
        SnapResult and its near misses between barrier segments (said in the log)."""
        tolerance, near = topology_io.read_tolerance(self, parameters, context, profile, feedback)
        snap = self.core_call(
            topology.snap_ends, table.geoms, tolerance, near=near, geographic=True
        )
        near_misses = fence.barrier_near_misses(snap, result)
        topology_io.push_log(
            snap,
            feedback,
            near_misses,
            tr(
                "{count} fence ends lie {lo}–{hi} m from another end; runs stop there. If these are "
                "digitising gaps, set JOIN_TOLERANCE to {suggest} m."
            ),
            tr(
                "{count} fence ends lie {distance} m from another end; runs stop there. If these "
                "are digitising gaps, set JOIN_TOLERANCE to {suggest} m."
            ),
        )
        return snap, near_misses

    def _read_parameters(self, parameters, context, feedback) -> FenceRequest:
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        label = layers.source_label(self, parameters, self.INPUT, context, source)
        layers.require_crs(source, label)
        mapped = self._mapped_fields(parameters, context, feedback)
        layers.check_fields(source, list(mapped.values()), label)
        return FenceRequest(
            source=source,
            label=label,
            mapped=mapped,
            profile=self.load_profile(parameters, context, self.PROFILE),
            codes=self.species_codes(parameters, context, self.SPECIES),
            units=fence.UNITS[self.parameterAsEnum(parameters, self.UNITS, context)],
            report_path=self.parameterAsFileOutput(parameters, self.REPORT, context),
        )

    def _read_fences(self, req, context, feedback):
        table = layers.read_table(
            req.source,
            [req.mapped[k] for _n, _d, k in self.FIELD_PARAMS],
            context,
            feedback,
            crs=layers.WGS84,
            repair=False,
            layer_label=req.label,
        )
        if len(table) == 0:
            feedback.pushWarning(
                tr("The input layer '{layer}' has no features; the outputs are empty.").format(
                    layer=req.label
                )
            )
        self._warn_geometries(table, table.missing_geometry, feedback)
        return table

    def _judge(self, req, table, feedback):
        """The verdicts of every segment (core), its warnings logged."""
        n = len(table)

        def column(key):
            name = req.mapped[key]
            return table.attrs[name] if name else [None] * n

        result = self.core_call(
            fence.evaluate,
            req.profile,
            req.codes,
            column("type"),
            column("height"),
            column("bottom"),
            column("top_gap"),
            column("barbed"),
            units=req.units,
            no_geometry=table.missing_geometry,
            field_names=self._field_labels(req.mapped),
        )
        for warning in result.warnings:
            feedback.pushWarning(warning.render(tr))
        return result

    def _report(
        self,
        req,
        parameters,
        context,
        feedback,
        table,
        result,
        summary,
        lengths,
        joins,
        dest_id=None,
    ):
        """The log lines per species and the HTML report (when asked)."""
        self._report_summary(summary, feedback)
        if req.report_path:
            self._write_report(
                req, parameters, context, table, result, summary, lengths, joins, dest_id
            )

    # -- helpers ---------------------------------------------------------------------------
    @staticmethod
    def _field_labels(mapped):
        """Field names for messages: the user's field, or the parameter when none is mapped."""
        params = {key: name for name, _d, key in FencePermeabilityAudit.FIELD_PARAMS}
        return {key: value or params[key] for key, value in mapped.items()}

    def _mapped_fields(self, parameters, context, feedback):
        """{core key: field name}. A parameter left out takes its default field name (which
        must exist); one set explicitly to no field maps nothing, so every rule that needs it
        gives unknown (the type field cannot be left empty)."""
        mapped = {}
        for name, _default, key in self.FIELD_PARAMS:
            given = isinstance(parameters, dict) and name in parameters
            raw = parameters[name] if given else _ABSENT
            if raw is None or raw == "" or raw == []:
                if name == self.TYPE_FIELD:
                    fail(
                        tr(
                            "Choose the fence type field (TYPE_FIELD): without it no segment can "
                            "be judged."
                        )
                    )
                feedback.pushWarning(
                    tr(
                        "No field chosen for {parameter}: every rule that needs it gives unknown."
                    ).format(parameter=name)
                )
                mapped[key] = ""
                continue
            value = field_names(self, parameters, name, context)
            mapped[key] = value[0] if value else ""
        return mapped

    @staticmethod
    def _warn_geometries(table, no_geometry, feedback):
        count = int(no_geometry.sum())
        if count:
            feedback.pushWarning(
                tr(
                    "{count} features have no geometry; they are kept as unknown with length 0."
                ).format(count=count)
            )
        present = ~no_geometry
        if present.any():
            invalid = np.zeros(len(table), dtype=bool)
            invalid[present] = ~shapely.is_valid(table.geoms[present])
            count = int(invalid.sum())
            if count:
                feedback.pushWarning(
                    tr(
                        "{count} line geometries are invalid (for example fewer than two distinct "
                        "points); they are kept with the length measured along their vertices."
                    ).format(count=count)
                )

    @staticmethod
    def _output_fields(source, codes, shapefile, feedback):
        new = [
            field(name, "string", 254 if shapefile else 0)
            for name in [f"v_{c}" for c in codes] + ["verdict", "reasons"]
        ]
        new.append(field("len_m", "double", 20, 3))
        return output.extended_fields(
            source,
            new,
            feedback,
            tr("Input fields {fields} are replaced by the audit's own fields of the same name."),
        )

    def _write_output(self, parameters, context, feedback, source, table, result, reasons, lengths):
        shapefile = output.destination(parameters, self.OUTPUT, context).lower().endswith(".shp")
        fields, kept = self._output_fields(source, result.species, shapefile, feedback)
        columns = [result.codes(result.verdicts[c]).tolist() for c in result.species]
        columns.append(result.codes(result.worst).tolist())
        columns.append(reasons.tolist())
        columns.append(np.round(lengths, 3).tolist())
        return output.write_extended(
            self, parameters, self.OUTPUT, context, feedback, source, table, fields, kept, columns
        )

    def _write_summary(self, parameters, context, summary):
        fields = QgsFields()
        fields.append(field("species", "string", 16))
        for name in SUMMARY_FIELDS[1:]:
            fields.append(field(name, "double", 20, 3))
        sink, summary_id = self.parameterAsSink(
            parameters, self.SUMMARY, context, fields, QgsWkbTypes.NoGeometry
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.SUMMARY))
        for code, item in summary.items():
            feat = QgsFeature(fields)
            km = item["km"]
            feat.setAttributes(
                [code]
                + [round(km[v], 3) for v in KM_VERDICTS]
                + [round(item["barrier_pct"], 3), round(item["longest_km"], 3)]
            )
            output.add_feature(sink, feat, self.SUMMARY)
        return summary_id

    @staticmethod
    def _report_summary(summary, feedback):
        names = species_names()
        for code, item in summary.items():
            feedback.pushInfo(
                tr(
                    "{species}: {barrier} km barrier of {total} km ({pct} %), "
                    "longest unbroken barrier {longest} km, unknown {unknown} km."
                ).format(
                    species=names.get(code, code),
                    barrier=numbers.km(item["km"]["barrier"]),
                    total=numbers.km(item["total_km"]),
                    pct=numbers.pct(item["barrier_pct"]),
                    longest=numbers.km(item["longest_km"]),
                    unknown=numbers.km(item["km"]["unknown"]),
                )
            )

    # -- report ----------------------------------------------------------------------------
    def _write_report(
        self, req, parameters, context, table, result, summary, lengths, joins, dest_id=None
    ):
        """The HTML report: summary, crossing modes, rules, worst stretches, joins and
        parameters, with the map and the chart."""
        profile = req.profile
        grouped = self._grouped_summary(summary)
        stretches = self._stretches(result, summary, table)
        rules = self.rule_rows(profile, result.species, joins[0].tolerance)
        sections = [
            self._summary_section(grouped),
            (tr("How each species crosses a fence"), self._modes_table(profile, result)),
            report.rules_section(profile, rules),
            (tr("Worst stretches"), self._stretches_table(stretches)),
            topology_io.report_section(
                profile, joins[0], joins[1], table.fids, tr("Joins and near misses")
            ),
            report.parameters_section(self, parameters, context),
        ]
        total_km = float(np.sum(lengths)) / 1000.0
        intro = report.esc(
            tr(
                "Layer '{layer}': {count} segments, {km} km (lengths on the WGS84 ellipsoid)."
            ).format(layer=req.label, count=numbers.count(len(table)), km=numbers.km(total_km))
        )
        report.write_report(
            req.report_path,
            tr("Fence permeability audit"),
            sections,
            intro=intro,
            conclusion=self._conclusion(grouped, stretches, total_km),
            figures=self._figures(context, grouped, dest_id),
        )

    @staticmethod
    def _grouped_summary(summary):
        """[(species codes, values)]: km per verdict (KM_VERDICTS order), barrier % and the
        longest barrier km, species with equal values in one row."""
        return report.group_identical(
            {
                code: tuple(round(item["km"][v], 3) for v in KM_VERDICTS)
                + (round(item["barrier_pct"], 3), round(item["longest_km"], 3))
                for code, item in summary.items()
            }
        )

    @staticmethod
    def _summary_section(grouped):
        """The table of the grouped species summary and how the worst verdict is chosen."""
        vlabels = verdict_labels()
        headers = (
            [tr("Species")]
            + [tr("{verdict} (km)").format(verdict=vlabels[v]) for v in KM_VERDICTS]
            + [tr("Barrier %"), tr("Longest unbroken barrier (km)")]
        )
        note = tr(
            "The verdict of a segment is the worst over the selected species, in the order "
            "barrier, unknown, conditional, permeable: missing data is never rated better than "
            "a known conditional."
        )
        return tr("Summary"), report.species_table(headers, grouped) + report.paragraph(note)

    @staticmethod
    def _figures(context, grouped, dest_id):
        """The map of the verdicts and the km per verdict of each species."""
        vlabels = verdict_labels()
        chart = figures.stacked_bars(
            [
                (report.species_list(codes), dict(zip(KM_VERDICTS, values[:4])))
                for codes, values in grouped
            ],
            [(v, vlabels[v]) for v in KM_VERDICTS],
            tr("Kilometres of fence per verdict, for each species."),
        )
        fence_map = figures.map_figure(
            [(dest_id, "fence_verdict", tr("Fence verdict (worst species)"))],
            context,
            tr("Fence verdicts: the worst over the selected species."),
        )
        return [fence_map, chart]

    @staticmethod
    def _conclusion(grouped, stretches, total_km):
        """One sentence: how much is a barrier to the worst-off species, and its longest run."""
        codes, values = max(grouped, key=lambda g: (g[1][2], g[1][5]))
        if values[2] <= 0:
            return tr(
                "None of the {total} km of fences is a barrier to the selected "
                "species; {unknown} km could not be judged."
            ).format(total=numbers.km(total_km), unknown=numbers.km(max(v[3] for _c, v in grouped)))
        where = next((s for s in stretches if set(codes) <= set(s[0]) and s[1] == 1), None)
        text = tr(
            "{barrier} km of {total} km of fences are a barrier to {species}; "
            "the longest unbroken stretch is {longest} km"
        ).format(
            barrier=numbers.km(values[2]),
            total=numbers.km(total_km),
            species=report.species_list(codes),
            longest=numbers.km(values[5]),
        )
        if where is not None and where[4] is not None:
            text += tr(", from {start} to {end}").format(
                start=report.lonlat(*where[4][0]), end=report.lonlat(*where[4][1])
            )
        return text + "."

    @staticmethod
    def rule_rows(profile, codes, tolerance=None):
        """(rule id, description, sources, status) of every rule the audit applies (the core's
        rows with labels of the active language, and the join tolerance used)."""
        if tolerance is None:
            tolerance = topology_setting(profile, "join_tolerance_m")[0]
        rows = fence.rule_rows(
            profile,
            codes,
            tolerance=numbers.plain(tolerance),
            names=species_names(),
            type_names=fence_type_labels(),
        )
        rows.append(
            topology_io.rule_row(
                profile,
                tolerance,
                tr(
                    "Line ends closer than {tol} m are joined (a digitising tolerance, not a gap an "
                    "animal could use); ends within the near-miss distance but farther are reported."
                ),
            )
        )
        return rows

    def _modes_table(self, profile, result):
        names = species_names()
        modes = mode_labels()
        rows = []
        for code in result.species:
            sp = profile["species"][code]
            rows.append(
                (
                    report.species_cell(names.get(code, code), code),
                    modes.get(sp["fence_mode"], sp["fence_mode"]),
                    source_text(profile, [sp["mode_source"]], text_language()),
                    report.status_label(sp["mode_status"]),
                )
            )
        return report.table([tr("Species"), tr("Crossing mode"), tr("Source"), tr("Status")], rows)

    @staticmethod
    def _stretches(result, summary, table):
        """[(species codes, rank, km, segments, (start, end) lon/lat or None, feature ids)]:
        the longest barrier runs of each fence mode (species of a mode share their runs)."""
        by_mode = {}
        for code in result.species:
            by_mode.setdefault(result.modes[code], []).append(code)
        out = []
        for mode_codes in by_mode.values():
            runs = summary[mode_codes[0]]["runs"]
            for rank, run in enumerate(runs.top(WORST_STRETCHES), start=1):
                members = np.flatnonzero(runs.label == run)
                fids = ", ".join(str(int(f)) for f in table.fids[members][:12])
                if len(members) > 12:
                    fids += ", …"
                out.append(
                    (
                        mode_codes,
                        rank,
                        float(runs.length_m[run]) / 1000.0,
                        int(runs.members[run]),
                        report.line_ends(table.geoms[members]),
                        fids,
                    )
                )
        return out

    @staticmethod
    def _stretches_table(stretches):
        if not stretches:
            return "<p>" + report.esc(tr("No barrier segments.")) + "</p>"
        rows = [
            (
                report.species_list(codes),
                rank,
                km,
                count,
                report.lonlat(*ends[0]) if ends else "—",
                report.lonlat(*ends[1]) if ends else "—",
                fids,
            )
            for codes, rank, km, count, ends, fids in stretches
        ]
        return report.table(
            [
                tr("Species"),
                tr("Rank"),
                tr("Length (km)"),
                tr("Segments"),
                tr("From"),
                tr("To"),
                tr("Feature ids"),
            ],
            rows,
        )
