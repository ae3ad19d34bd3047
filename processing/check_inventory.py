"""Processing adapter of the fence inventory check (nuudel:checkfenceinventory).

Reads the fences (fields mapped as in the fence audit) in lon/lat for true lengths and in a
local transverse Mercator for the geometry checks, the optional crossings and routes in the
same metric CRS, runs core/inventory_check.py and writes one point per problem (code,
severity, rule, message in the active language, in English and in Mongolian) and a report of
how much of the inventory each species' audit can judge.
"""

from dataclasses import dataclass

import numpy as np
import shapely
from qgis.core import (
    QgsFields,
    QgsProcessing,
    QgsProcessingMultiStepFeedback,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsWkbTypes,
)

from . import layers, numbers, output, report, topology_io
from .base import NuudelAlgorithm
from .compat import field, field_names
from .core import fence
from .core import inventory_check as ic
from .core.geodesy import line_lengths
from .core.inventory import SEVERITY_TEXT, inventory_limits
from .feedback import check_cancel, core_call, fail, paused_gc
from .fence_audit import FencePermeabilityAudit
from .i18n import QT_TRANSLATE_NOOP, active_language, tr, translator_for
from .inventory_style import StyledOutputs
from .labels import species_names

FIELD_PARAMS = FencePermeabilityAudit.FIELD_PARAMS  # the audit's field parameters, shared

ISSUE_FIELDS = (
    ("layer", "string"),
    ("feature_id", "int64"),
    ("code", "string"),
    ("severity", "string"),
    ("rule", "string"),
    ("message", "string"),
    ("message_en", "string"),
    ("message_mn", "string"),
)
LISTED = 200  # issues listed in the report


def severity_labels():
    return {code: tr(text) for code, text in SEVERITY_TEXT.items()}


@dataclass
class CheckRequest:
    source: object
    label: str
    mapped: dict
    units: str
    profile: dict
    species: list
    tolerance: float
    near: float
    crossings: object
    routes: object


class CheckFenceInventory(StyledOutputs, NuudelAlgorithm):
    ALG_ID = "checkfenceinventory"
    GROUP_ID = "fences"
    TAGS = (
        QT_TRANSLATE_NOOP("@default", "fence"),
        QT_TRANSLATE_NOOP("@default", "inventory"),
        QT_TRANSLATE_NOOP("@default", "check"),
        QT_TRANSLATE_NOOP("@default", "gaps"),
        QT_TRANSLATE_NOOP("@default", "duplicates"),
    )
    SHORT_DESCRIPTION = QT_TRANSLATE_NOOP(
        "@default", "Problems in a fence inventory before the audit: gaps, duplicates, values."
    )
    INPUT = "INPUT"
    UNITS = "UNITS"
    CROSSINGS = "CROSSINGS"
    ROUTES = "ROUTES"
    SPECIES = "SPECIES"
    PROFILE = "PROFILE"
    OUTPUT_ISSUES = "OUTPUT_ISSUES"
    REPORT = "REPORT"

    def display_name(self):
        return tr("Check fence inventory")

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.INPUT, tr("Fence segments (lines)"), [QgsProcessing.TypeVectorLine]
            )
        )
        for name, default, _key in FIELD_PARAMS:
            self.addParameter(
                QgsProcessingParameterField(
                    name,
                    tr("{field} field").format(field=default),
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
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.CROSSINGS,
                tr("Crossing structures (points, optional)"),
                [QgsProcessing.TypeVectorPoint],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.ROUTES,
                tr("Roads or railways (lines, optional: crossings near them are not far)"),
                [QgsProcessing.TypeVectorLine],
                optional=True,
            )
        )
        topology_io.add_parameters(self)
        self.add_species_parameter(self.SPECIES)
        self.add_profile_parameter(self.PROFILE)
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_ISSUES,
                tr("Inventory issues (one point per problem)"),
                QgsProcessing.TypeVectorPoint,
            )
        )
        self.add_report_parameter(self.REPORT)

    # -- run -------------------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):
        steps = QgsProcessingMultiStepFeedback(3, feedback)
        with paused_gc():
            request = self._request(parameters, context, feedback)
            table, work_crs, geoms_m, lengths = self._read_fences(request, context, steps)
            crossings, crossing_fids, routes = self._read_others(request, context, work_crs)
            check_cancel(feedback)
            steps.setCurrentStep(1)
            columns = {
                key: table.attrs[request.mapped[key]]
                if request.mapped[key]
                else [None] * len(table)
                for _n, _d, key in FIELD_PARAMS
            }
            result = core_call(
                ic.check_inventory,
                request.profile,
                request.species,
                geoms_m,
                columns,
                lengths,
                request.tolerance,
                request.near,
                units=request.units,
                crossing_geoms=crossings,
                route_geoms=routes,
            )
            check_cancel(feedback)
            steps.setCurrentStep(2)
            dest_id = self._write_issues(
                parameters, context, steps, request, result, (table.fids, crossing_fids), work_crs
            )
            self._report(feedback, request, result)
            path = self.parameterAsFileOutput(parameters, self.REPORT, context)
            if path:
                self._write_report(
                    path, parameters, context, request, result, table.fids, crossing_fids
                )
        self.style_inventory_output(context, dest_id, "issues")
        return {self.OUTPUT_ISSUES: dest_id, self.REPORT: path or None}

    # -- read ------------------------------------------------------------------------------
    def _request(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            fail(tr("The input layer could not be read: {layer}"), layer=parameters.get(self.INPUT))
        label = layers.source_label(self, parameters, self.INPUT, context, source)
        layers.require_crs(source, label)
        mapped = {
            key: (field_names(self, parameters, name, context) or [""])[0]
            for name, _d, key in FIELD_PARAMS
        }
        if not mapped["type"]:
            fail(
                tr("Choose the fence type field (TYPE_FIELD): without it no segment can be judged.")
            )
        layers.check_fields(source, list(mapped.values()), label)
        profile = self.load_profile(parameters, context, self.PROFILE)
        tolerance, near = topology_io.read_tolerance(self, parameters, context, profile, feedback)
        optional = {}
        for name in (self.CROSSINGS, self.ROUTES):
            other = (
                self.parameterAsSource(parameters, name, context) if parameters.get(name) else None
            )
            if other is not None:
                layers.require_crs(
                    other, layers.source_label(self, parameters, name, context, other)
                )
            optional[name] = other
        return CheckRequest(
            source,
            label,
            mapped,
            fence.UNITS[self.parameterAsEnum(parameters, self.UNITS, context)],
            profile,
            self.species_codes(parameters, context, self.SPECIES),
            tolerance,
            near,
            optional[self.CROSSINGS],
            optional[self.ROUTES],
        )

    def _read_fences(self, request, context, feedback):
        table = layers.read_table(
            request.source,
            list(request.mapped.values()),
            context,
            feedback,
            crs=layers.WGS84,
            repair=False,
            layer_label=request.label,
        )
        lengths = line_lengths(table.geoms)
        extent = request.source.sourceExtent()
        work_crs = layers.local_metric_crs(extent, request.source.sourceCrs(), context)
        geoms_m = layers.transform_geoms(table.geoms, layers.WGS84, work_crs, context)
        return table, work_crs, geoms_m, lengths

    @staticmethod
    def _read_others(request, context, work_crs):
        crossings, fids, routes = None, np.zeros(0, dtype=np.int64), None
        if request.crossings is not None:
            table = layers.read_table(request.crossings, [], context, crs=work_crs)
            crossings, fids = table.geoms, table.fids
        if request.routes is not None:
            routes = layers.read_table(request.routes, [], context, crs=work_crs).geoms
        return crossings, fids, routes

    # -- write -----------------------------------------------------------------------------
    def _write_issues(self, parameters, context, feedback, request, result, fids, work_crs):
        issues = result.issues
        fence_fids, crossing_fids = fids
        english, mongolian = (
            issues.messages(translator_for(lang), fence_fids, crossing_fids)
            for lang in ("en", "mn")
        )
        texts = [mongolian if active_language() == "mn" else english, english, mongolian]
        columns = [
            issues.layer,
            [
                int((crossing_fids if layer == "crossings" else fence_fids)[i])
                for layer, i in zip(issues.layer, issues.index)
            ],
            issues.code,
            [ic.SEVERITY[c] for c in issues.code],
            issues.rule,
            *texts,
        ]
        xy = np.column_stack([issues.x, issues.y]) if len(issues) else np.zeros((0, 2))
        points = np.array(
            [
                None if np.isnan(x) else p
                for x, p in zip(xy[:, 0], shapely.points(np.nan_to_num(xy)))
            ],
            dtype=object,
        )
        crs = request.source.sourceCrs()
        points = layers.transform_geoms(points, work_crs, crs, context)
        qfields = QgsFields()
        for name, kind in ISSUE_FIELDS:
            qfields.append(field(name, kind))
        return output.write_new(
            self,
            parameters,
            self.OUTPUT_ISSUES,
            context,
            feedback,
            qfields,
            QgsWkbTypes.Point,
            crs,
            points,
            columns,
        )

    # -- report ----------------------------------------------------------------------------
    @staticmethod
    def _report(feedback, request, result):
        counts = result.issues.counts()
        feedback.pushInfo(result.snap.summary(tr))
        if not counts:
            feedback.pushInfo(tr("No problems found in '{layer}'.").format(layer=request.label))
        for code, count in counts.items():
            text = tr("{count} × {code} ({severity})").format(
                count=count, code=code, severity=severity_labels()[ic.SEVERITY[code]]
            )
            (feedback.pushWarning if ic.SEVERITY[code] == "error" else feedback.pushInfo)(text)
        names = species_names()
        for code in result.audit.species:
            feedback.pushInfo(
                tr(
                    "{species}: the audit can judge {ok:.1f} km of {total:.1f} km; "
                    "{unknown:.1f} km unknown."
                ).format(
                    species=names.get(code, code),
                    ok=result.judgeable_km[code],
                    total=result.total_km,
                    unknown=result.unknown_km[code],
                )
            )

    def _write_report(self, path, parameters, context, request, result, fids, crossing_fids):
        labels = severity_labels()
        sections = [
            self._problems_section(result, labels),
            self._judgeable_section(result),
            *self._issues_section(result, labels, fids, crossing_fids),
            report.rules_section(request.profile, self._rules(request)),
            report.parameters_section(self, parameters, context),
        ]
        intro = report.esc(
            tr(
                "Layer '{layer}': {count} segments, {km} km (lengths on the WGS84 ellipsoid)."
            ).format(
                layer=request.label, count=numbers.count(len(fids)), km=numbers.km(result.total_km)
            )
        )
        report.write_report(path, tr("Fence inventory check"), sections, intro=intro)

    @staticmethod
    def _problems_section(result, labels):
        """The count of issues per code."""
        counts = result.issues.counts()
        rows = [(code, labels[ic.SEVERITY[code]], count) for code, count in counts.items()]
        return (
            tr("Problems"),
            report.table([tr("Code"), tr("Severity"), tr("Count")], rows)
            if rows
            else "<p>" + report.esc(tr("No problems found.")) + "</p>",
        )

    @staticmethod
    def _judgeable_section(result):
        """Km each species' audit can judge and km it rates unknown."""
        names = species_names()
        km = [
            (
                report.species_cell(names.get(c, c), c),
                result.judgeable_km[c],
                result.unknown_km[c],
                100.0 * result.judgeable_km[c] / result.total_km if result.total_km else 0.0,
            )
            for c in result.audit.species
        ]
        return (
            tr("How much each species' audit can judge"),
            report.table(
                [tr("Species"), tr("Judgeable (km)"), tr("Unknown (km)"), tr("Judgeable %")], km
            ),
        )

    @staticmethod
    def _issues_section(result, labels, fids, crossing_fids):
        """The first LISTED issues with their messages: [] when there are none."""
        issues = result.issues
        listed = [
            (
                issues.layer[r],
                int((crossing_fids if issues.layer[r] == "crossings" else fids)[issues.index[r]]),
                issues.code[r],
                labels[ic.SEVERITY[issues.code[r]]],
                issues.message(r, tr, fids, crossing_fids),
            )
            for r in range(min(len(issues), LISTED))
        ]
        if not listed:
            return []
        headers = [tr("Layer"), tr("Feature id"), tr("Code"), tr("Severity"), tr("Message")]
        return [(tr("Issues"), report.table(headers, listed))]

    @staticmethod
    def _rules(request):
        inv = inventory_limits(request.profile)
        rows = [
            topology_io.rule_row(
                request.profile,
                request.tolerance,
                tr(
                    "Section ends closer than {tol} m are joined; ends farther but within the near-miss "
                    "reach are reported as gaps or near misses."
                ),
            )
        ]
        for key, text in (
            (
                "duplicate_tolerance_m",
                tr("Sections within {value} m of each other all along are duplicates."),
            ),
            ("max_opening_m", tr("Openings longer than {value} m are reported.")),
            (
                "crossing_distance_m",
                tr("Crossings farther than {value} m from every fence and route are reported."),
            ),
            ("metres_hint_cm", tr("Heights below {value} cm look like metres.")),
        ):
            item = inv[key]
            rows.append(
                (
                    item["rule"],
                    text.format(value=f"{item['value']:g}"),
                    item["sources"],
                    item["status"],
                )
            )
        return rows
