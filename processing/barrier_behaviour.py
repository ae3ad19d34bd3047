"""Processing adapter of Barrier Behaviour Analysis (nuudel:barrierbehaviour; BaBA, Xu et al.
2021).

Reads the GPS fixes (animal, time, point) and the barriers, moves both into a transverse
Mercator centred on the fixes (distances in true metres whatever the input CRS), hands arrays to
core/behaviour.py and writes the encounter events, the barriers with their counts and index,
and an optional HTML report.
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
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QTime

from . import layers, output, report
from .base import NuudelAlgorithm
from .compat import field, field_names
from .core import behaviour as bb
from .core.profile import SPECIES_CODES
from .feedback import check_cancel, core_call, fail, paused_gc
from .i18n import QT_TRANSLATE_NOOP, tr
from .labels import behaviour_labels, species_names

TOP_BARRIERS = 10  # barriers listed in the report by index
MAP_BARRIERS = 2000  # encountered barriers drawn on the report's map at most
MAP_EVENTS = 10000  # events drawn on it at most (evenly spread over the list)


@dataclass
class Request:
    """The parameters of one run, read once."""

    fixes: object
    fixes_label: str
    barriers: object
    barriers_label: str
    animal_field: str
    time_field: str
    settings: bb.Settings
    species: str
    report_path: str


class BarrierBehaviour(NuudelAlgorithm):
    ALG_ID = "barrierbehaviour"
    GROUP_ID = "tracking"
    TAGS = (
        QT_TRANSLATE_NOOP("@default", "GPS"),
        QT_TRANSLATE_NOOP("@default", "collar"),
        QT_TRANSLATE_NOOP("@default", "encounter"),
        QT_TRANSLATE_NOOP("@default", "bounce"),
        QT_TRANSLATE_NOOP("@default", "trace"),
        QT_TRANSLATE_NOOP("@default", "trapped"),
    )
    SHORT_DESCRIPTION = QT_TRANSLATE_NOOP(
        "@default",
        "Barrier behaviour of collared animals at fences and roads (BaBA): "
        "bounce, trace, trapped, cross.",
    )
    INPUT = "INPUT"
    ANIMAL_FIELD = "ANIMAL_FIELD"
    TIME_FIELD = "TIME_FIELD"
    BARRIERS = "BARRIERS"
    DISTANCE = "DISTANCE"
    INTERVAL = "INTERVAL"
    B_TIME = "B_TIME"
    P_TIME = "P_TIME"
    WINDOW = "WINDOW"
    TOLERANCE = "TOLERANCE"
    MAX_CROSS = "MAX_CROSS"
    SD_MULTIPLIER = "SD_MULTIPLIER"
    SPECIES = "SPECIES"
    OUTPUT_EVENTS = "OUTPUT_EVENTS"
    OUTPUT_BARRIERS = "OUTPUT_BARRIERS"
    REPORT = "REPORT"

    def display_name(self):
        return tr("Barrier behaviour analysis (GPS tracks)")

    def initAlgorithm(self, config=None):
        self._add_inputs()
        self._add_numbers()
        self._add_outputs()

    def _add_inputs(self):
        """INPUT with its animal and time fields, and BARRIERS."""
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.INPUT, tr("GPS fixes (points)"), [QgsProcessing.TypeVectorPoint]
            )
        )
        for name, text, default in (
            (self.ANIMAL_FIELD, tr("Animal id field"), "animal_id"),
            (self.TIME_FIELD, tr("Time field (date-time, ISO 8601 text or epoch seconds)"), "time"),
        ):
            self.addParameter(
                QgsProcessingParameterField(
                    name,
                    text,
                    defaultValue=default,
                    parentLayerParameterName=self.INPUT,
                    optional=True,
                )
            )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.BARRIERS,
                tr("Barriers (lines: fences, roads, railways)"),
                [QgsProcessing.TypeVectorLine],
            )
        )

    def _add_numbers(self):
        """BaBA's numeric arguments, with the package's defaults (INTERVAL optional)."""
        number = QgsProcessingParameterNumber
        double, integer = number.Type.Double, number.Type.Integer
        for name, text, default, kind in (
            (self.DISTANCE, tr("Distance to a barrier that makes an encounter (m)"), 100.0, double),
            (
                self.INTERVAL,
                tr("Fix interval (hours; empty: each animal's most frequent)"),
                None,
                double,
            ),
            (self.B_TIME, tr("Longest bounce or quick cross (hours, B_TIME)"), 4.0, double),
            (self.P_TIME, tr("Shortest trapped encounter (hours, P_TIME)"), 36.0, double),
            (
                self.WINDOW,
                tr("Window around an event for normal straightness (hours)"),
                168.0,
                double,
            ),
            (
                self.TOLERANCE,
                tr("Gap bridged inside an event (hours of missing fixes)"),
                0.0,
                double,
            ),
            (self.MAX_CROSS, tr("Most crossings of a trace or back-and-forth"), 0, integer),
            (
                self.SD_MULTIPLIER,
                tr("Standard deviations from the mean straightness"),
                1.0,
                double,
            ),
        ):
            optional = name == self.INTERVAL
            self.addParameter(
                number(name, text, kind, defaultValue=default, optional=optional, minValue=0.0)
            )

    def _add_outputs(self):
        """SPECIES (to compare with the audit), the two layers and the report."""
        names = species_names()
        self.addParameter(
            QgsProcessingParameterEnum(
                self.SPECIES,
                tr("Species of the tracks (optional: compares with the audit's v_<species> field)"),
                options=[names[c] for c in SPECIES_CODES],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_EVENTS, tr("Encounter events"), QgsProcessing.TypeVectorPoint
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_BARRIERS,
                tr("Barriers with behaviour counts"),
                QgsProcessing.TypeVectorLine,
                optional=True,
                createByDefault=True,
            )
        )
        self.add_report_parameter(self.REPORT)

    # -- run -------------------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):
        with paused_gc():
            steps = QgsProcessingMultiStepFeedback(5, feedback)
            req = self._request(parameters, context)
            fixes = self._read_fixes(req, context, steps)
            steps.setCurrentStep(1)
            barriers = self._read_barriers(req, fixes, context, steps)
            steps.setCurrentStep(2)
            result = core_call(
                bb.analyse,
                fixes["animal"],
                fixes["t"],
                fixes["x"],
                fixes["y"],
                barriers["geoms"],
                req.settings,
            )
            summary = bb.summarise_barriers(result, len(barriers["table"]), barriers["verdicts"])
            self._log(req, fixes, result, summary, steps)
            check_cancel(feedback)
            steps.setCurrentStep(3)
            events_id = self._write_events(parameters, context, steps, req, fixes, result, barriers)
            barriers_id = self._write_barriers(parameters, context, steps, req, barriers, summary)
            steps.setCurrentStep(4)
            if req.report_path:
                self._report(req, parameters, context, fixes, barriers, result, summary)
            self.style_output(context, events_id, "behaviour_events")
            if barriers_id:
                self.style_output(context, barriers_id, "barrier_index")
            steps.setProgress(100)
        return {
            self.OUTPUT_EVENTS: events_id,
            self.OUTPUT_BARRIERS: barriers_id,
            self.REPORT: req.report_path or None,
        }

    # -- read ------------------------------------------------------------------------------
    def _request(self, parameters, context) -> Request:
        fixes = self.parameterAsSource(parameters, self.INPUT, context)
        barriers = self.parameterAsSource(parameters, self.BARRIERS, context)
        for name, source in ((self.INPUT, fixes), (self.BARRIERS, barriers)):
            if source is None:
                fail(tr("The input layer could not be read: {layer}"), layer=parameters.get(name))
        labels = [
            layers.source_label(self, parameters, n, context, s)
            for n, s in ((self.INPUT, fixes), (self.BARRIERS, barriers))
        ]
        for source, label in zip((fixes, barriers), labels):
            layers.require_crs(source, label)
        value = lambda name: self.parameterAsDouble(parameters, name, context)  # noqa: E731
        interval = value(self.INTERVAL) or None  # empty (0): each animal's own
        settings = bb.Settings(
            distance=value(self.DISTANCE),
            interval=interval,
            b_time=value(self.B_TIME),
            p_time=value(self.P_TIME),
            window=value(self.WINDOW),
            tolerance=value(self.TOLERANCE),
            max_cross=self.parameterAsInt(parameters, self.MAX_CROSS, context),
            sd_multiplier=value(self.SD_MULTIPLIER),
        )
        if settings.distance <= 0:
            fail(tr("DISTANCE must be more than 0 m."))
        species = parameters.get(self.SPECIES) if isinstance(parameters, dict) else None
        species = (
            SPECIES_CODES[self.parameterAsEnum(parameters, self.SPECIES, context)]
            if species not in (None, "", [])
            else ""
        )
        animal = (field_names(self, parameters, self.ANIMAL_FIELD, context) or [""])[0]
        time = (field_names(self, parameters, self.TIME_FIELD, context) or [""])[0]
        for name, value_ in ((self.ANIMAL_FIELD, animal), (self.TIME_FIELD, time)):
            if not value_:
                fail(tr("Choose the field for {parameter}."), parameter=name)
        report_path = self.parameterAsFileOutput(parameters, self.REPORT, context)
        return Request(
            fixes, labels[0], barriers, labels[1], animal, time, settings, species, report_path
        )

    def _read_fixes(self, req, context, feedback) -> dict:
        """Fixes with animal, time and metric coordinates; unusable rows counted."""
        table = layers.read_table(
            req.fixes,
            [req.animal_field, req.time_field],
            context,
            feedback,
            repair=False,
            layer_label=req.fixes_label,
        )
        n = len(table)
        geoms = table.geoms
        present = ~table.missing_geometry
        animal = np.array(table.attrs[req.animal_field], dtype=object)
        times = table.attrs[req.time_field]
        if {type(v) for v in times} - {str, int, float, type(None)}:  # QGIS date-times
            times = [_plain_time(v) for v in times]
        blank = {v for v in set(animal.tolist()) if v is None or str(v).strip() == ""}
        has_animal = (
            np.fromiter((v not in blank for v in animal), bool, n)
            if blank
            else np.ones(n, dtype=bool)
        )
        has_time = ~np.equal(np.array(times, dtype=object), None) if n else np.zeros(0, dtype=bool)
        use = present & has_animal & has_time
        rows = np.flatnonzero(use)
        t = core_call(bb.parse_times, [times[i] for i in rows], req.time_field, rows + 1)
        metric = layers.local_metric_crs(req.fixes.sourceExtent(), req.fixes.sourceCrs(), context)
        xy = _first_coordinates(geoms[rows])
        moved = xy
        if len(xy):  # all vertices through QGIS's transform in one call, as one multipoint
            cloud = np.array([shapely.multipoints(xy)], dtype=object)
            moved = shapely.get_coordinates(
                layers.transform_geoms(cloud, req.fixes.sourceCrs(), metric, context)
            )
        dropped = {
            "geometry": int((~present).sum()),
            "animal": int((present & ~has_animal).sum()),
            "time": int((present & has_animal & ~has_time).sum()),
        }
        return {
            "table": table,
            "rows": rows,
            "animal": animal[rows].astype(str),
            "t": t,
            "x": moved[:, 0],
            "y": moved[:, 1],
            "xy": xy,
            "metric": metric,
            "dropped": dropped,
            "count": n,
        }

    def _read_barriers(self, req, fixes, context, feedback) -> dict:
        verdict = f"v_{req.species}" if req.species else ""
        names = req.barriers.fields().names()
        if verdict and verdict not in names:
            feedback.pushWarning(
                tr(
                    "Layer '{layer}' has no field {field} (the fence audit's verdict for the "
                    "species): the barriers get no 'agrees' field."
                ).format(layer=req.barriers_label, field=verdict)
            )
            verdict = ""
        table = layers.read_table(
            req.barriers,
            [verdict],
            context,
            feedback,
            crs=fixes["metric"],
            repair=False,
            layer_label=req.barriers_label,
        )
        missing = int(table.missing_geometry.sum())
        if missing:
            feedback.pushWarning(
                tr(
                    "{count} barriers of '{layer}' have no geometry; they have no encounters."
                ).format(count=missing, layer=req.barriers_label)
            )
        return {
            "table": table,
            "geoms": table.geoms,
            "verdict_field": verdict,
            "verdicts": table.attrs[verdict] if verdict else None,
        }

    # -- log -------------------------------------------------------------------------------
    def _log(self, req, fixes, result, summary, feedback):
        self._log_input(fixes, result.fixes, feedback)
        self._log_events(req, result, feedback)

    @staticmethod
    def _log_input(fixes, fx, feedback):
        """Warnings: fixes left out or dropped, single-fix animals, mixed intervals."""
        for key, text in (
            ("geometry", tr("{count} fixes have no geometry")),
            ("animal", tr("{count} fixes have no animal id")),
            ("time", tr("{count} fixes have no time")),
        ):
            if fixes["dropped"][key]:
                feedback.pushWarning(
                    tr("{what}; they are left out of the tracks.").format(
                        what=text.format(count=fixes["dropped"][key])
                    )
                )
        if len(fx.duplicates):
            fids = fixes["table"].fids[fixes["rows"][fx.duplicates[:10]]]
            feedback.pushWarning(
                tr(
                    "{count} fixes repeat the time of an earlier fix of the same animal and are "
                    "dropped (feature ids {fids})."
                ).format(
                    count=len(fx.duplicates),
                    fids=", ".join(str(int(f)) for f in fids)
                    + (", …" if len(fx.duplicates) > 10 else ""),
                )
            )
        single = fx.animals[np.diff(fx.starts) == 1]
        if len(single):
            feedback.pushWarning(
                tr("Animals with a single fix (no track, any event unknown): {animals}.").format(
                    animals=", ".join(single[:20])
                )
            )
        intervals = np.unique(fx.interval[np.isfinite(fx.interval)])
        if len(intervals) > 1:
            feedback.pushWarning(
                tr(
                    "The animals have different fix intervals ({intervals} h); each is analysed "
                    "with its own (the BaBA package stops here)."
                ).format(intervals=", ".join(f"{v:g}" for v in intervals))
            )

    @staticmethod
    def _log_events(req, result, feedback):
        """Info: fixes, events, bridged fixes, counts per behaviour and unknown reasons."""
        fx = result.fixes
        feedback.pushInfo(
            tr(
                "{fixes} fixes of {animals} animals, {near} within {d} m of a "
                "barrier; {events} encounter events."
            ).format(
                fixes=len(fx.t),
                animals=len(fx.animals),
                near=int(result.in_range.sum()),
                d=f"{req.settings.distance:g}",
                events=len(result),
            )
        )
        if result.bridged:
            feedback.pushInfo(
                tr(
                    "{count} fixes beyond the distance joined events across gaps up to TOLERANCE."
                ).format(count=result.bridged)
            )
        labels = behaviour_labels()
        counts = result.counts()
        feedback.pushInfo(", ".join(f"{labels[c]}: {counts[c]}" for c in bb.BEHAVIOURS))
        reasons = bb.reason_labels()
        for code in bb.UNKNOWN_REASONS:
            count = int(np.sum(result.reason == code))
            if count:
                feedback.pushInfo(
                    tr("Unknown, {reason}: {count}").format(reason=tr(reasons[code]), count=count)
                )

    # -- write -----------------------------------------------------------------------------
    def _write_events(self, parameters, context, feedback, req, fixes, result, barriers):
        dest = output.destination(parameters, self.OUTPUT_EVENTS, context)
        as_text = dest.lower().endswith(".shp")  # shapefiles have no date-time type
        fields = QgsFields()
        for name, kind in (
            ("animal", "string"),
            ("event", "int"),
            ("start", "string" if as_text else "datetime"),
            ("end", "string" if as_text else "datetime"),
            ("duration_h", "double"),
            ("crossings", "int"),
            ("straightness", "double"),
            ("str_mean", "double"),
            ("str_sd", "double"),
            ("behaviour", "string"),
            ("barrier_ids", "string"),
        ):
            fields.append(field(name, kind, 254 if as_text and kind == "string" else 0))
        sink, dest_id = self.parameterAsSink(
            parameters,
            self.OUTPUT_EVENTS,
            context,
            fields,
            QgsWkbTypes.Point,
            req.fixes.sourceCrs(),
        )
        if sink is None:
            fail(tr("Could not create the output layer {output}."), output=self.OUTPUT_EVENTS)
        fx = result.fixes
        geoms = shapely.points(fixes["xy"][fx.order[result.first]])
        bar_fids = barriers["table"].fids
        ids = [",".join(str(int(f)) for f in bar_fids[b]) for b in result.event_barriers]

        def when(seconds):
            stamp = QDateTime.fromMSecsSinceEpoch(int(round(seconds * 1000)), Qt.TimeSpec.UTC)
            return stamp.toString(Qt.DateFormat.ISODate) if as_text else stamp

        rows = zip(
            fx.animals[result.event_animal].tolist(),
            range(1, len(result) + 1),
            map(when, result.start.tolist()),
            map(when, result.end.tolist()),
            _nullable(result.duration_h, 4),
            result.crossings.tolist(),
            _nullable(result.straightness, 6),
            _nullable(result.str_mean, 6),
            _nullable(result.str_sd, 6),
            result.behaviour.tolist(),
            ids,
        )
        output.write_features(sink, geoms, rows, feedback)
        del sink
        return dest_id

    def _write_barriers(self, parameters, context, feedback, req, barriers, summary):
        if not output.destination(parameters, self.OUTPUT_BARRIERS, context):
            return None
        new = [field("encounters", "int"), field("animals", "int")]
        new += [field(f"n_{c}", "int") for c in bb.BEHAVIOURS]
        new.append(field("index", "double", 20, 4))
        if barriers["verdict_field"]:
            new.append(field("agrees", "string", 8))
        fields, kept = output.extended_fields(
            req.barriers,
            new,
            feedback,
            tr("Input fields {fields} are replaced by the analysis's own fields of the same name."),
        )
        columns = [summary.encounters.tolist(), summary.animals.tolist()]
        columns += [summary.by_behaviour[c].tolist() for c in bb.BEHAVIOURS]
        columns.append(_nullable(summary.index, 4))
        if barriers["verdict_field"]:
            columns.append(summary.agrees.tolist())
        return output.write_extended(
            self,
            parameters,
            self.OUTPUT_BARRIERS,
            context,
            feedback,
            req.barriers,
            barriers["table"],
            fields,
            kept,
            columns,
        )

    # -- report ----------------------------------------------------------------------------
    def _report(self, req, parameters, context, fixes, barriers, result, summary):
        sections = [(tr("Behaviours"), self._behaviour_counts(result))]
        reasons = bb.reason_labels()
        why = [
            (tr(reasons[code]), int(np.sum(result.reason == code)))
            for code in bb.UNKNOWN_REASONS
            if np.any(result.reason == code)
        ]
        if why:
            sections.append(
                (tr("Why events are unknown"), report.table([tr("Reason"), tr("Events")], why))
            )
        sections.append((tr("Events per animal"), self._per_animal(result)))
        sections.append((tr("Map"), self._map(barriers, fixes, result, summary)))
        sections.append(
            (tr("Barriers with the highest index"), self._top_barriers(barriers, summary))
        )
        if barriers["verdict_field"]:
            sections.append(
                (
                    tr("Where the tracks disagree with the audit"),
                    self._disagreements(req, barriers, summary),
                )
            )
        sections.append((tr("Method and sources"), self._method()))
        sections.append(report.parameters_section(self, parameters, context))
        fx = result.fixes
        intro = report.esc(
            tr(
                "Fixes '{fixes}' ({n} fixes, {animals} animals), barriers "
                "'{barriers}' ({b} features): {events} encounter events."
            ).format(
                fixes=req.fixes_label,
                n=len(fx.t),
                animals=len(fx.animals),
                barriers=req.barriers_label,
                b=len(barriers["table"]),
                events=len(result),
            )
        )
        report.write_report(
            req.report_path, tr("Barrier behaviour analysis"), sections, intro=intro
        )

    @staticmethod
    def _behaviour_counts(result):
        """Chart and table of the events per behaviour."""
        labels = behaviour_labels()
        counts = result.counts()
        return report.bar_chart(
            [(labels[c], counts[c]) for c in bb.BEHAVIOURS],
            colours=[_CHART_COLOURS[c] for c in bb.BEHAVIOURS],
        ) + report.table(
            [tr("Behaviour"), tr("Code"), tr("Events")],
            [(labels[c], c, counts[c]) for c in bb.BEHAVIOURS],
        )

    @staticmethod
    def _per_animal(result):
        """Table: fixes, interval and events per behaviour of each animal."""
        labels = behaviour_labels()
        fx = result.fixes
        rows = []
        for a, name in enumerate(fx.animals):
            mine = result.behaviour[result.event_animal == a]
            rows.append(
                [str(name), int(fx.starts[a + 1] - fx.starts[a]), f"{fx.interval[a]:g}"]
                + [int(np.sum(mine == c)) for c in bb.BEHAVIOURS]
            )
        return report.table(
            [tr("Animal"), tr("Fixes"), tr("Interval (h)")] + [labels[c] for c in bb.BEHAVIOURS],
            rows,
        )

    @staticmethod
    def _method():
        return (
            "<p>"
            + report.esc(
                tr(
                    "Barrier Behaviour Analysis (Xu et al. 2021, J. Appl. Ecol. 58:690-698), with the "
                    "rules of the R package BaBA (wx-ecology/BaBA, R/BaBA.R and R/BaRanking.R). Index "
                    "= (bounce + back and forth + trace + trapped) / encounters x animals, rescaled 0 "
                    "to 1 over the barriers with encounters."
                )
            )
            + "</p>"
        )

    @staticmethod
    def _top_barriers(barriers, summary):
        seen = np.flatnonzero(summary.encounters > 0)
        if len(seen) == 0:
            return "<p>" + report.esc(tr("No barrier was encountered.")) + "</p>"
        top = seen[np.lexsort((-summary.encounters[seen], -summary.index[seen]))][:TOP_BARRIERS]
        labels = behaviour_labels()
        rows = [
            (
                int(barriers["table"].fids[i]),
                float(summary.index[i]),
                int(summary.encounters[i]),
                int(summary.animals[i]),
            )
            + tuple(int(summary.by_behaviour[c][i]) for c in bb.BEHAVIOURS)
            for i in top
        ]
        return report.table(
            [tr("Feature id"), tr("Index"), tr("Encounters"), tr("Animals")]
            + [labels[c] for c in bb.BEHAVIOURS],
            rows,
        )

    @staticmethod
    def _disagreements(req, barriers, summary):
        bad = np.flatnonzero(summary.agrees == "no")
        text = report.esc(
            tr(
                "'No' where the audit's rules say permeable but most encounters are bounce, trace "
                "or trapped, or say barrier and the animals quick-crossed it ({field})."
            ).format(field=barriers["verdict_field"])
        )
        if len(bad) == 0:
            return f"<p>{text}</p><p>" + report.esc(tr("No disagreement.")) + "</p>"
        verdicts = barriers["verdicts"]
        rows = [
            (
                int(barriers["table"].fids[i]),
                str(verdicts[i]),
                int(summary.encounters[i]),
                int(
                    summary.by_behaviour[bb.BOUNCE][i]
                    + summary.by_behaviour[bb.TRACE][i]
                    + summary.by_behaviour[bb.TRAPPED][i]
                ),
                int(summary.by_behaviour[bb.QUICK_CROSS][i]),
            )
            for i in bad
        ]
        return f"<p>{text}</p>" + report.table(
            [
                tr("Feature id"),
                tr("Audit verdict"),
                tr("Encounters"),
                tr("Bounce, trace or trapped"),
                tr("Quick cross"),
            ],
            rows,
        )

    @staticmethod
    def _map(barriers, fixes, result, summary):
        """Encountered barriers (darker = higher index) and the events (by behaviour)."""
        seen = np.flatnonzero(summary.encounters > 0)
        seen = seen[np.argsort(-summary.index[seen])][:MAP_BARRIERS]
        fx = result.fixes
        lines = [(barriers["geoms"][i], float(summary.index[i])) for i in seen]
        shown = (
            np.unique(np.linspace(0, len(result) - 1, min(len(result), MAP_EVENTS)).astype(int))
            if len(result)
            else np.empty(0, dtype=int)
        )
        points = [
            (fx.x[f], fx.y[f], _CHART_COLOURS[b])
            for f, b in zip(result.first[shown].tolist(), result.behaviour[shown].tolist())
        ]
        labels = behaviour_labels()
        return report.svg_map(
            lines, points, legend=[(labels[c], _CHART_COLOURS[c]) for c in bb.BEHAVIOURS]
        )


# colours of the report chart and map (the palette of styles/palette.json)
_CHART_COLOURS = {
    "bounce": "#d7191c",
    "trapped": "#d7191c",
    "back_and_forth": "#fdae61",
    "trace": "#fdae61",
    "quick_cross": "#2c7bb6",
    "average_movement": "#2c7bb6",
    "unknown": "#969696",
}


def _plain_time(value):
    """A QGIS date/time as seconds since 1970 (UTC), other values unchanged, NULL -> None."""
    if isinstance(value, QDateTime):
        return value.toMSecsSinceEpoch() / 1000.0 if value.isValid() else "invalid date-time"
    if isinstance(value, QDate):
        if not value.isValid():
            return None
        return QDateTime(value, QTime(0, 0), Qt.TimeSpec.UTC).toMSecsSinceEpoch() / 1000.0
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    return value


def _first_coordinates(geoms) -> np.ndarray:
    """(n, 2) coordinates of the first point of each (multi)point geometry."""
    if len(geoms) == 0:
        return np.empty((0, 2))
    coords, index = shapely.get_coordinates(geoms, return_index=True)
    return coords[np.searchsorted(index, np.arange(len(geoms)))]


def _nullable(values, digits):
    return [None if not np.isfinite(v) else round(float(v), digits) for v in values]
