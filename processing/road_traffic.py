"""Road traffic barriers (nuudel:roadtrafficbarrier): the Processing adapter of core/traffic.py.

Reads the roads (and the optional reporting units) in WGS84, assesses every road's traffic
through the core (growth, band, CAMI flag, chance of a 60 s gap), measures true lengths on the
ellipsoid (core/geodesy.py) and writes the roads with their band, a summary of km per band
(per reporting unit when given) and an optional HTML report.
"""

import datetime
from dataclasses import dataclass

import numpy as np
import shapely
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsProcessing,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from . import figures, layers, numbers, output, report
from .base import NuudelAlgorithm
from .compat import field, field_names
from .core import traffic
from .core.geodesy import line_lengths
from .feedback import core_call, fail, paused_gc, step, steps
from .i18n import QT_TRANSLATE_NOOP, tr
from .labels import traffic_band_labels

SUMMARY_BANDS = traffic.BAND_CODES


@dataclass
class TrafficRequest:
    source: object
    label: str
    traffic_field: str
    growth_field: str
    base_year: int
    growth_rate: object  # float or None
    target_year: object  # int or None
    profile: dict
    units: object  # feature source or None
    units_label: str


class RoadTrafficBarrier(NuudelAlgorithm):
    ALG_ID = "roadtrafficbarrier"
    GROUP_ID = "crossings"
    TAGS = (
        QT_TRANSLATE_NOOP("@default", "traffic"),
        QT_TRANSLATE_NOOP("@default", "road"),
        QT_TRANSLATE_NOOP("@default", "AADT"),
        QT_TRANSLATE_NOOP("@default", "vehicles"),
        QT_TRANSLATE_NOOP("@default", "barrier"),
    )
    SHORT_DESCRIPTION = QT_TRANSLATE_NOOP(
        "@default", "Traffic barrier bands of roads from vehicles a day, now and in a target year."
    )
    INPUT = "INPUT"
    TRAFFIC_FIELD = "TRAFFIC_FIELD"
    BASE_YEAR = "BASE_YEAR"
    GROWTH_FIELD = "GROWTH_FIELD"
    GROWTH_RATE = "GROWTH_RATE"
    TARGET_YEAR = "TARGET_YEAR"
    PROFILE = "PROFILE"
    OUTPUT = "OUTPUT"
    SUMMARY = "SUMMARY"
    REPORTING_UNITS = "REPORTING_UNITS"
    REPORT = "REPORT"

    def display_name(self):
        return tr("Road traffic barriers")

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.INPUT, tr("Roads (lines)"), [QgsProcessing.TypeVectorLine]
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.TRAFFIC_FIELD,
                tr("Traffic field (vehicles a day, AADT)"),
                parentLayerParameterName=self.INPUT,
                defaultValue="aadt",
            )
        )
        self._add_year_parameters()
        self._add_output_parameters()

    def _add_year_parameters(self):
        """Base year, growth (per road or one rate) and target year."""
        self.addParameter(
            QgsProcessingParameterNumber(
                self.BASE_YEAR,
                tr("Year of the traffic counts (base year)"),
                QgsProcessingParameterNumber.Integer,
                defaultValue=datetime.date.today().year,
                minValue=1900,
                maxValue=2200,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.GROWTH_FIELD,
                tr("Traffic growth field (% a year, optional)"),
                parentLayerParameterName=self.INPUT,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.GROWTH_RATE,
                tr("Traffic growth rate (% a year, optional; for roads without their own)"),
                QgsProcessingParameterNumber.Double,
                optional=True,
                minValue=-99.0,
                maxValue=100.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.TARGET_YEAR,
                tr("Target year (optional; without it the base year's traffic is assessed)"),
                QgsProcessingParameterNumber.Integer,
                optional=True,
                minValue=1900,
                maxValue=2200,
            )
        )

    def _add_output_parameters(self):
        """Profile, the roads and summary sinks, the optional reporting units, the report."""
        self.add_profile_parameter(self.PROFILE)
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, tr("Roads by traffic band"), QgsProcessing.TypeVectorLine
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.SUMMARY, tr("Kilometres per traffic band"), QgsProcessing.TypeVector
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.REPORTING_UNITS,
                tr("Reporting units (polygons, optional)"),
                [QgsProcessing.TypeVectorPolygon],
                optional=True,
            )
        )
        self.add_report_parameter(self.REPORT)

    # -- run -------------------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):
        with paused_gc():
            return self._process(parameters, context, feedback)

    def _process(self, parameters, context, feedback):
        request = self._read_request(parameters, context, feedback)
        multi = steps(4, feedback)
        step(multi, 0)
        table, growth = self._read_roads(request, context, multi)
        step(multi, 1)
        result = core_call(
            traffic.assess,
            table.attrs[request.traffic_field],
            request.profile,
            request.base_year,
            request.target_year,
            request.growth_rate,
            growth,
        )
        lengths = line_lengths(table.geoms)
        summary = self._summarise(request, table, result, lengths, context, multi)
        step(multi, 2)
        dest_id = self._write_roads(parameters, context, multi, request, table, result, lengths)
        step(multi, 3)
        summary_id = self._write_summary(parameters, context, summary)
        self.style_output(context, dest_id, "traffic")
        self._report(parameters, context, multi, request, table, result, summary, dest_id)
        step(multi, 4)
        return {
            self.OUTPUT: dest_id,
            self.SUMMARY: summary_id,
            self.REPORT: self.parameterAsFileOutput(parameters, self.REPORT, context) or None,
        }

    # -- read --------------------------------------------------------------------------------
    def _read_request(self, parameters, context, feedback) -> TrafficRequest:
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            fail(tr("The input layer could not be read: {layer}"), layer=parameters.get(self.INPUT))
        label = layers.source_label(self, parameters, self.INPUT, context, source)
        layers.require_crs(source, label)
        traffic_field = (field_names(self, parameters, self.TRAFFIC_FIELD, context) or [""])[0]
        if not traffic_field:
            fail(tr("Choose the traffic field (TRAFFIC_FIELD, vehicles a day)."))
        growth_field = (field_names(self, parameters, self.GROWTH_FIELD, context) or [""])[0]
        layers.check_fields(source, [traffic_field, growth_field], label)
        growth_rate = self._optional_number(parameters, self.GROWTH_RATE, context, float)
        target_year = self._optional_number(parameters, self.TARGET_YEAR, context, int)
        if target_year is not None and growth_rate is None and not growth_field:
            feedback.pushWarning(
                tr(
                    "A target year without a growth rate or growth field: the "
                    "traffic is assessed as it was counted."
                )
            )
        units = None
        units_label = ""
        if parameters.get(self.REPORTING_UNITS):
            units = self.parameterAsSource(parameters, self.REPORTING_UNITS, context)
            units_label = layers.source_label(
                self, parameters, self.REPORTING_UNITS, context, units
            )
            layers.require_crs(units, units_label)
        return TrafficRequest(
            source=source,
            label=label,
            traffic_field=traffic_field,
            growth_field=growth_field,
            base_year=self.parameterAsInt(parameters, self.BASE_YEAR, context),
            growth_rate=growth_rate,
            target_year=target_year,
            profile=self.load_profile(parameters, context, self.PROFILE),
            units=units,
            units_label=units_label,
        )

    def _optional_number(self, parameters, name, context, kind):
        value = parameters.get(name) if isinstance(parameters, dict) else None
        if value is None or value == "":
            return None
        number = self.parameterAsDouble(parameters, name, context)
        return kind(number)

    def _read_roads(self, request, context, feedback):
        fields = [request.traffic_field, request.growth_field]
        table = layers.read_table(
            request.source,
            fields,
            context,
            feedback,
            crs=layers.WGS84,
            repair=False,
            layer_label=request.label,
        )
        if len(table) == 0:
            feedback.pushWarning(
                tr("The input layer '{layer}' has no features; the outputs are empty.").format(
                    layer=request.label
                )
            )
        missing = int(table.missing_geometry.sum())
        if missing:
            feedback.pushWarning(
                tr("{count} roads have no geometry; they are kept with length 0.").format(
                    count=missing
                )
            )
        growth = table.attrs[request.growth_field] if request.growth_field else None
        return table, growth

    # -- compute -----------------------------------------------------------------------------
    def _summarise(self, request, table, result, lengths, context, feedback):
        """(rows, unit labels): km per band overall and, with units, per unit."""
        total = traffic.km_per_band(result, lengths)[0]
        cami_total = float(lengths[result.cami_high].sum()) / 1000.0
        rows = [(None, total, cami_total)]
        if request.units is None:
            return rows
        units = layers.read_table(
            request.units,
            [],
            context,
            feedback,
            crs=layers.WGS84,
            repair=True,
            layer_label=request.units_label,
        )
        if units.repaired:
            feedback.pushWarning(
                tr("{count} invalid reporting unit polygons were repaired.").format(
                    count=units.repaired
                )
            )
        polys = units.geoms
        present = np.flatnonzero([g is not None for g in polys])
        roads = np.flatnonzero([g is not None for g in table.geoms])
        km = np.zeros((len(polys), len(SUMMARY_BANDS)))
        cami = np.zeros(len(polys))
        if len(present) and len(roads):
            tree = shapely.STRtree(polys[present])
            r, u = tree.query(table.geoms[roads], predicate="intersects")
            parts = shapely.intersection(table.geoms[roads][r], polys[present][u])
            part_len = line_lengths(parts)
            road = roads[r]
            unit = present[u]
            np.add.at(km, (unit, result.band[road]), part_len / 1000.0)
            np.add.at(cami, unit, np.where(result.cami_high[road], part_len, 0.0) / 1000.0)
        for i, fid in enumerate(units.fids.tolist()):
            rows.append((int(fid), km[i], float(cami[i])))
        return rows

    # -- write -------------------------------------------------------------------------------
    def _write_roads(self, parameters, context, feedback, request, table, result, lengths):
        # reasons are short: 254 characters fit every format (a shapefile's limit)
        new = [
            field("aadt", "double", 20, 1),
            field("aadt_target", "double", 20, 1),
            field("band", "string", 10),
            field("cami_high", "string", 3),
            field("p_gap60", "double", 20, 6),
            field("p_gap60_peak", "double", 20, 6),
            field("reasons", "string", 254),
            field("len_m", "double", 20, 3),
        ]
        fields, kept = output.extended_fields(
            request.source,
            new,
            feedback,
            tr(
                "Input fields {fields} are replaced by the algorithm's own fields of the same name."
            ),
        )
        reasons = result.reasons(
            request.profile, request.traffic_field, request.growth_field, translate=tr
        )

        def column(values, digits):
            values = np.round(np.asarray(values, dtype=float), digits)
            return np.where(np.isfinite(values), values, None).tolist()

        cami = np.where(result.known, np.where(result.cami_high, "yes", "no"), None).tolist()
        columns = [
            column(result.aadt, 1),
            column(result.aadt_target, 1),
            result.codes().tolist(),
            cami,
            column(result.p_gap60, 6),
            column(result.p_gap60_peak, 6),
            reasons,
            column(lengths, 3),
        ]
        return output.write_extended(
            self,
            parameters,
            self.OUTPUT,
            context,
            feedback,
            request.source,
            table,
            fields,
            kept,
            columns,
        )

    def _write_summary(self, parameters, context, rows):
        fields = QgsFields()
        fields.append(field("unit_fid", "int64"))
        for band in SUMMARY_BANDS:
            fields.append(field(f"km_{band}", "double", 20, 3))
        fields.append(field("km_total", "double", 20, 3))
        fields.append(field("km_cami_high", "double", 20, 3))
        sink, dest_id = self.parameterAsSink(
            parameters, self.SUMMARY, context, fields, QgsWkbTypes.NoGeometry
        )
        if sink is None:
            fail(tr("Could not create the output layer {output}."), output=self.SUMMARY)
        for fid, km, cami in rows:
            feat = QgsFeature(fields)
            feat.setAttributes(
                [fid]
                + [round(float(v), 3) for v in km]
                + [round(float(km.sum()), 3), round(cami, 3)]
            )
            sink.addFeature(feat, QgsFeatureSink.FastInsert)
        return dest_id

    # -- report ------------------------------------------------------------------------------
    def _report(self, parameters, context, feedback, request, table, result, rows, dest_id):
        """The log lines and the HTML report: conclusion, map, chart, km per band, rules."""
        labels = traffic_band_labels()
        total = rows[0][1]
        unknown = int((~result.known).sum())
        feedback.pushInfo(
            tr("{count} roads: {parts}.").format(
                count=len(table),
                parts=", ".join(f"{labels[b]} {km:.1f} km" for b, km in zip(SUMMARY_BANDS, total)),
            )
        )
        if unknown:
            feedback.pushWarning(
                tr(
                    "{count} roads have no usable traffic value; their band is unknown (never low)."
                ).format(count=unknown)
            )
        path = self.parameterAsFileOutput(parameters, self.REPORT, context)
        if not path:
            return
        profile = request.profile
        headers = (
            [tr("Reporting unit (feature id)")]
            + [tr("{band} (km)").format(band=labels[b]) for b in SUMMARY_BANDS]
            + [tr("Total (km)"), tr("Above the CAMI threshold (km)")]
        )
        table_rows = [
            (tr("all roads") if fid is None else str(fid), *map(float, km), float(km.sum()), cami)
            for fid, km, cami in rows
        ]
        sections = [(tr("Kilometres per traffic band"), report.table(headers, table_rows))]
        sections.append(report.rules_section(profile, self.rule_rows(profile)))
        sections.append(report.parameters_section(self, parameters, context))
        intro = report.esc(
            tr("Layer '{layer}': {count} roads (lengths on the WGS84 ellipsoid).").format(
                layer=request.label, count=len(table)
            )
        )
        report.write_report(
            path,
            tr("Road traffic barriers"),
            sections,
            intro=intro,
            conclusion=self._conclusion(request, rows[0]),
            figures=self._figures(context, rows, dest_id),
        )

    @staticmethod
    def _conclusion(request, all_roads):
        """One sentence: km above the CAMI threshold, km of high and very high traffic, unknown."""
        _fid, km, cami_km = all_roads
        by_band = dict(zip(SUMMARY_BANDS, map(float, km)))
        year = request.target_year or request.base_year
        codes, floors = traffic.band_limits(request.profile)
        text = tr(
            "{cami} km of {total} km of roads carry more than {limit} vehicles a day in {year} "
            "(the high-volume roads CAMI asks to map); {busy} km carry {busy_from} or more."
        ).format(
            cami=numbers.km(cami_km),
            total=numbers.km(float(km.sum())),
            limit=numbers.count(request.profile["traffic"]["cami_high_vpd"]["value"]),
            year=year,
            busy=numbers.km(by_band["high"] + by_band["very_high"]),
            busy_from=numbers.count(floors[codes.index("high")]),
        )
        if by_band["unknown"] > 0:
            text += " " + tr("{km} km have no usable traffic count (band unknown).").format(
                km=numbers.km(by_band["unknown"])
            )
        return text

    @staticmethod
    def _figures(context, rows, dest_id):
        """The map of the roads by band and the km per band (all roads, then each unit)."""
        labels = traffic_band_labels()
        road_map = figures.map_figure(
            [(dest_id, "traffic", tr("Roads by traffic band"))],
            context,
            tr("Roads by traffic band (wider and darker: more traffic)."),
        )
        bars = [
            (tr("all roads") if fid is None else str(fid), dict(zip(SUMMARY_BANDS, map(float, km))))
            for fid, km, _cami in rows
        ]
        chart = figures.stacked_bars(
            bars,
            [(b, labels[b]) for b in SUMMARY_BANDS if b != "unknown"]
            + [("unknown", labels["unknown"])],
            tr("Kilometres of road per traffic band."),
        )
        return [road_map, chart]

    @staticmethod
    def rule_rows(profile):
        """(rule id, description, sources, status) of every rule this algorithm applies."""
        tp = profile["traffic"]
        bands = tp["bands"]
        band_from = tr("{band} from {value:g}")
        labels = traffic_band_labels()
        limits = ", ".join(
            band_from.format(band=labels.get(b["code"], b["code"]), value=b["from_vpd"])
            for b in bands["classes"]
        )
        cami, peak, gap = tp["cami_high_vpd"], tp["peak_hour_share"], tp["gap_s"]
        return [
            (
                bands["rule"],
                tr("Traffic bands (vehicles a day, each from its lower limit): {limits}.").format(
                    limits=limits
                ),
                bands["sources"],
                bands["status"],
            ),
            (
                cami["rule"],
                tr(
                    "Roads above {value:g} vehicles a day are high volume (the map CAMI asks for)."
                ).format(value=cami["value"]),
                cami["sources"],
                cami["status"],
            ),
            (
                gap["rule"],
                tr(
                    "Chance of a gap of {gap:g} s between vehicles: exp(-q x {gap:g} / "
                    "3600) with q vehicles an hour, at the mean hour (AADT / 24)."
                ).format(gap=gap["value"]),
                gap["sources"],
                gap["status"],
            ),
            (
                peak["rule"],
                tr("The peak hour carries {pct:g} % of the day's traffic.").format(
                    pct=100 * peak["value"]
                ),
                peak["sources"],
                peak["status"],
            ),
        ]
