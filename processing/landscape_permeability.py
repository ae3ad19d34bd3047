"""Landscape permeability per species (nuudel:landscapepermeability): adapter of core/landscape.py.

Reads every layer into one local transverse Mercator CRS centred on the reporting units (true
metres near the data), judges fences with the fence audit's core, roads by traffic, crossings
with the crossing spacing check's core, lets core/landscape.py polygonize once and build the
meshes of every species, and measures faces and edges on the WGS84 ellipsoid. Writes the units
with their effective mesh sizes, the meshes and an optional HTML report with a map.

Parameter names follow issue 20. The fence fields are the audit's (TYPE_FIELD, HEIGHT_FIELD,
...); the crossing's clear height is CROSSING_HEIGHT_FIELD, since HEIGHT_FIELD is the fence's
(WIDTH_FIELD and LENGTH_FIELD exist only for crossings and keep the issue's names).
"""

from dataclasses import dataclass, field

import numpy as np
import shapely
from qgis.core import (
    QgsFields,
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDistance,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsUnitTypes,
    QgsWkbTypes,
)

from . import figures, layers, output, report
from .barrier_inputs import CROSSING_FIELDS, FENCE_FIELDS, add_barrier_parameters
from .base import NuudelAlgorithm
from .compat import field as qfield
from .compat import field_names
from .core import fence, landscape
from .core.geodesy import line_lengths, polygon_areas
from .core.profile import topology_setting
from .feedback import check_cancel, core_call, core_progress, fail, paused_gc, step, steps
from .i18n import QT_TRANSLATE_NOOP, tr
from .labels import species_names

DEFAULT_JOIN_M = 2.0
DENSIFY_M = 2000.0  # vertex spacing in the input's CRS before the move to the work CRS
DENSIFY_DEG = 0.02  # topology.join_tolerance_m of issue 15 when the profile has none


@dataclass
class Layer:
    """One optional input: its table (work CRS), label and mapped fields."""

    source: object = None
    label: str = ""
    table: object = None
    fields: dict = field(default_factory=dict)
    # lines are moved to the work CRS when first used: move(index) -> those features' geoms
    move: object = None

    @property
    def geoms(self):
        if self.move is not None:
            self.table.geoms, self.move = self.move(None), None
        return None if self.table is None else self.table.geoms

    def geoms_where(self, keep):
        """The geometries (work CRS) of the features where ``keep``, None elsewhere: only
        those are moved (a permeable fence or a quiet road bounds nothing)."""
        if self.table is not None:
            keep = np.broadcast_to(np.asarray(keep, dtype=bool), (len(self.table),))
        if self.table is None or self.move is None:
            geoms = self.geoms
            return None if geoms is None else np.where(keep, geoms, None)
        out = np.full(len(self.table), None, dtype=object)
        index = np.flatnonzero(keep)
        out[index] = self.move(index)
        return out

    def column(self, key):
        name = self.fields.get(key, "")
        n = 0 if self.table is None else len(self.table)
        return self.table.attrs[name] if name else [None] * n


@dataclass
class LandscapeRequest:
    units: Layer
    fences: Layer
    roads: Layer
    others: Layer
    crossings: Layer
    alignment: Layer
    profile: dict
    species: list
    height_units: str
    unknown_as_barrier: bool
    snap_m: float
    join_m: float
    near_m: float
    work_crs: object = None
    unit_edges: object = None  # the units' boundaries noded once (work CRS)


class LandscapePermeability(NuudelAlgorithm):
    ALG_ID = "landscapepermeability"
    GROUP_ID = "alignment"
    TAGS = (
        QT_TRANSLATE_NOOP("@default", "fragmentation"),
        QT_TRANSLATE_NOOP("@default", "effective mesh size"),
        QT_TRANSLATE_NOOP("@default", "landscape"),
        QT_TRANSLATE_NOOP("@default", "permeability"),
        QT_TRANSLATE_NOOP("@default", "range"),
    )
    SHORT_DESCRIPTION = QT_TRANSLATE_NOOP(
        "@default",
        "Effective mesh size per species and reporting unit, before and after a planned alignment.",
    )
    REPORTING_UNITS = "REPORTING_UNITS"
    FENCES = "FENCES"
    UNITS = "UNITS"
    ROADS = "ROADS"
    TRAFFIC_FIELD = "TRAFFIC_FIELD"
    OTHER_BARRIERS = "OTHER_BARRIERS"
    CROSSINGS = "CROSSINGS"
    SNAP_TOLERANCE = "SNAP_TOLERANCE"
    ALIGNMENT = "ALIGNMENT"
    SPECIES = "SPECIES"
    PROFILE = "PROFILE"
    UNKNOWN_AS_BARRIER = "UNKNOWN_AS_BARRIER"
    JOIN_TOLERANCE = "JOIN_TOLERANCE"
    OUTPUT = "OUTPUT"
    OUTPUT_MESHES = "OUTPUT_MESHES"
    REPORT = "REPORT"

    def display_name(self):
        return tr("Landscape permeability per species")

    def _add_units_and_barriers(self):
        """REPORTING_UNITS and the barrier inputs (shared with mitigation priorities)."""
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.REPORTING_UNITS,
                tr("Reporting units (polygons: aimags, soums, a grid or a study area)"),
                [QgsProcessing.TypeVectorPolygon],
            )
        )
        add_barrier_parameters(self)

    def initAlgorithm(self, config=None):
        line = [QgsProcessing.TypeVectorLine]
        self._add_units_and_barriers()
        self._distance(
            self.SNAP_TOLERANCE,
            tr("Snap tolerance: largest distance of a crossing from a cutting line (metres)"),
            100.0,
        )
        self._add_setting_parameters(line)
        self._add_output_parameters()

    def _add_setting_parameters(self, line):
        """The planned alignment, species, profile and tolerances."""
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.ALIGNMENT,
                tr("Planned alignment (lines, optional: the after state)"),
                line,
                optional=True,
            )
        )
        self.add_species_parameter(self.SPECIES)
        self.add_profile_parameter(self.PROFILE)
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.UNKNOWN_AS_BARRIER, tr("Fences of unknown verdict cut"), defaultValue=True
            )
        )
        self._distance(
            self.JOIN_TOLERANCE,
            tr(
                "Join tolerance: line ends this close to a "
                "cutting line or the region's edge are joined "
                "(metres; empty: the profile's)"
            ),
            None,
        )

    def _add_output_parameters(self):
        """The mesh size and meshes sinks and the report."""
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT,
                tr("Effective mesh size per reporting unit"),
                QgsProcessing.TypeVectorPolygon,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_MESHES,
                tr("Meshes per species"),
                QgsProcessing.TypeVectorPolygon,
                optional=True,
                createByDefault=False,
            )
        )
        self.add_report_parameter(self.REPORT)

    def _distance(self, name, text, default):
        param = QgsProcessingParameterDistance(
            name,
            text,
            defaultValue=default,
            parentParameterName=self.REPORTING_UNITS,
            minValue=0.0,
            optional=default is None,
        )
        if hasattr(param, "setDefaultUnit"):
            param.setDefaultUnit(QgsUnitTypes.DistanceMeters)
        self.addParameter(param)

    # -- run -------------------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):
        with paused_gc():
            return self._process(parameters, context, feedback)

    def _process(self, parameters, context, feedback):
        request = self._read_request(parameters, context, feedback)
        multi = steps(5, feedback)
        step(multi, 0)
        self._read_layers(request, context, multi)
        step(multi, 1)
        network, _measure, line_cut, crossing_ok, notes = self._network(
            request, context, multi, feedback
        )
        step(multi, 2)
        result = self._permeability(request, network, line_cut, crossing_ok, multi)
        step(multi, 3)
        dest_id = self._write_units(parameters, context, multi, request, result)
        meshes_id = self._write_meshes(parameters, context, multi, request, result)
        step(multi, 4)
        report_path = self._report(parameters, context, multi, request, result, notes, dest_id)
        self.style_output(context, dest_id, "landscape_units")
        if meshes_id:
            self.style_output(context, meshes_id, "meshes")
        step(multi, 5)
        return {self.OUTPUT: dest_id, self.OUTPUT_MESHES: meshes_id, self.REPORT: report_path}

    @staticmethod
    def _progress(feedback, pct):  # the mitigation priorities' progress callback
        check_cancel(feedback)
        feedback.setProgress(pct)

    def _permeability(self, request, network, line_cut, crossing_ok, feedback):
        """Meshes per species from the judged network, with the crossing warnings (shared with
        mitigation priorities)."""
        result = core_call(
            landscape.permeability,
            network,
            line_cut,
            self._crossing_points(request),
            crossing_ok,
            request.snap_m,
            progress=core_progress(feedback, 1.0),
        )
        self._warn_crossings(request, result, crossing_ok, feedback)
        return result

    def _network(self, request, context, steps, feedback):
        """The cutting lines judged per species and the one polygonize of the region (shared
        with mitigation priorities): (network, measure, line_cut, crossing_ok, notes)."""
        lines, line_cut, crossing_ok, notes = self._judge(request, feedback)
        lines, line_cut = landscape.relevant(lines, line_cut)
        check_cancel(feedback)
        measure = landscape.Measure(
            areas=lambda g: polygon_areas(self._to_wgs84(g, request, context)),
            lengths=lambda g: line_lengths(self._to_wgs84(g, request, context)),
        )
        network = core_call(
            landscape.build_network,
            request.units.geoms,
            lines,
            request.join_m,
            near=request.near_m,
            measure=measure,
            progress=core_progress(steps, 1.0),
            boundaries=request.unit_edges,
        )
        self._warn_topology(network, feedback)
        return network, measure, line_cut, crossing_ok, notes

    # -- read --------------------------------------------------------------------------------
    def _source(self, parameters, name, context, required=False) -> Layer:
        if not parameters.get(name):
            if required:
                fail(tr("Choose the {parameter} layer."), parameter=name)
            return Layer()
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            fail(tr("The input layer could not be read: {layer}"), layer=parameters.get(name))
        label = layers.source_label(self, parameters, name, context, source)
        layers.require_crs(source, label)
        return Layer(source=source, label=label)

    def _fields(self, parameters, context, layer, spec, required_type):
        """{core key: field name} of a layer's field parameters (empty when no layer)."""
        if layer.source is None:
            return {}
        mapped = {}
        for name, _default, key in spec:
            mapped[key] = (field_names(self, parameters, name, context) or [""])[0]
        if not mapped["type"]:
            fail(
                tr("Choose the {parameter} of layer '{layer}'."),
                parameter=required_type,
                layer=layer.label,
            )
        layers.check_fields(layer.source, list(mapped.values()), layer.label)
        return mapped

    def _read_request(self, parameters, context, feedback) -> LandscapeRequest:
        units = self._source(parameters, self.REPORTING_UNITS, context, required=True)
        fences = self._source(parameters, self.FENCES, context)
        roads = self._source(parameters, self.ROADS, context)
        crossings = self._source(parameters, self.CROSSINGS, context)
        fences.fields = self._fields(parameters, context, fences, FENCE_FIELDS, "TYPE_FIELD")
        crossings.fields = self._fields(
            parameters, context, crossings, CROSSING_FIELDS, "CROSSING_TYPE_FIELD"
        )
        if roads.source is not None:
            roads.fields = {
                "traffic": (field_names(self, parameters, self.TRAFFIC_FIELD, context) or [""])[0]
            }
            layers.check_fields(roads.source, [roads.fields["traffic"]], roads.label)
        profile = self.load_profile(parameters, context, self.PROFILE)
        join = parameters.get(self.JOIN_TOLERANCE)
        if join in (None, ""):
            join, warnings = topology_setting(profile, "join_tolerance_m")
            for warning in warnings:
                feedback.pushWarning(warning.render(tr))
        else:
            join = self.parameterAsDouble(parameters, self.JOIN_TOLERANCE, context)
        near, _warnings = topology_setting(profile, "near_miss_m")
        return LandscapeRequest(
            units=units,
            fences=fences,
            roads=roads,
            crossings=crossings,
            others=self._source(parameters, self.OTHER_BARRIERS, context),
            alignment=self._source(parameters, self.ALIGNMENT, context),
            profile=profile,
            species=self.species_codes(parameters, context, self.SPECIES),
            height_units=fence.UNITS[self.parameterAsEnum(parameters, self.UNITS, context)],
            unknown_as_barrier=self.parameterAsBoolean(
                parameters, self.UNKNOWN_AS_BARRIER, context
            ),
            snap_m=self.parameterAsDouble(parameters, self.SNAP_TOLERANCE, context),
            join_m=join,
            near_m=max(near, join),
        )

    def _read_layers(self, request, context, feedback):
        extent = layers.combined_extent([request.units.source], layers.WGS84, context)
        request.work_crs = layers.local_metric_crs(extent, layers.WGS84, context)
        for layer, repair in (
            (request.units, True),
            (request.fences, False),
            (request.roads, False),
            (request.others, False),
            (request.crossings, False),
            (request.alignment, False),
        ):
            if layer.source is None:
                continue
            layer.table = layers.read_table(
                layer.source,
                list(layer.fields.values()),
                context,
                feedback,
                repair=repair,
                layer_label=layer.label,
            )
            self._move_layer(request, layer, context)
            missing = int(layer.table.missing_geometry.sum())
            if missing:
                feedback.pushWarning(
                    tr(
                        "Layer '{layer}': {count} features have no geometry; they take no part."
                    ).format(layer=layer.label, count=missing)
                )
        if request.units.table.repaired:
            feedback.pushWarning(
                tr("{count} invalid reporting unit polygons were repaired.").format(
                    count=request.units.table.repaired
                )
            )
        if len(request.units.table) == 0:
            fail(
                tr("The reporting units layer '{layer}' has no features."),
                layer=request.units.label,
            )

    def _move_layer(self, request, layer, context):
        """Densify and move a layer to the work CRS: the units (and their noded boundaries)
        now, fences and roads when used (``Layer.move``; the permeable ones never are)."""
        crs, work, raw = layer.source.sourceCrs(), request.work_crs, layer.table.geoms
        if layer is request.units:
            request.unit_edges = self._densified(landscape.unit_linework(raw), crs, work, context)
        if layer is request.fences or layer is request.roads:
            layer.move = lambda index: self._densified(
                raw if index is None else raw[index], crs, work, context
            )
        else:
            layer.table.geoms = self._densified(raw, crs, work, context)

    @staticmethod
    def _densified(geoms, crs, work_crs, context):
        """``geoms`` with vertices at most DENSIFY_M apart in their own CRS (edges stay as
        drawn there), in the work CRS."""
        step = DENSIFY_M
        if crs.isGeographic():
            step = DENSIFY_DEG
        else:
            factor = QgsUnitTypes.fromUnitToUnitFactor(QgsUnitTypes.DistanceMeters, crs.mapUnits())
            step *= factor if factor > 0 else 1.0
        geoms = np.asarray(geoms, dtype=object).copy()
        present = np.flatnonzero([g is not None for g in geoms])
        if len(present):
            geoms[present] = landscape.densified(geoms[present].astype(object), step)
        return layers.transform_geoms(geoms, crs, work_crs, context)

    @staticmethod
    def _to_wgs84(geoms, request, context):
        return layers.transform_geoms(
            np.asarray(geoms, dtype=object), request.work_crs, layers.WGS84, context
        )

    @staticmethod
    def _crossing_points(request):
        if request.crossings.table is None:
            return np.empty(0, dtype=object)
        points = request.crossings.geoms.copy()
        present = np.flatnonzero([p is not None for p in points])
        if len(present):  # the first point of a multipoint
            pts = shapely.force_2d(points[present].astype(object))
            multi = shapely.get_type_id(pts) != 0
            pts[multi] = shapely.get_geometry(pts[multi], 0)
            points[present] = pts
        return points

    # -- judge -------------------------------------------------------------------------------
    def _judge(self, request, feedback):
        """(lines, {code: line cuts}, {code: crossing suitable}, notes for the report)."""
        notes = {}
        fence_cut = self._judge_fences(request, feedback, notes)
        road_cut = self._judge_roads(request, feedback, notes)
        cutting = [c for c in fence_cut.values() if c is not None]
        fence_used = np.logical_or.reduce(cutting) if cutting else False
        lines = landscape.Lines.from_layers(
            request.fences.geoms_where(fence_used),
            request.roads.geoms_where(True if road_cut is None else road_cut),
            request.others.geoms,
            request.alignment.geoms,
        )
        line_cut = {c: lines.cuts(fence_cut[c], road_cut) for c in request.species}
        return lines, line_cut, self._judge_crossings(request), notes

    @staticmethod
    def _judge_fences(request, feedback, notes):
        """{code: fence segment cuts} by the fence audit's rules (None per code without
        fences); the unknown verdicts per species go into ``notes`` and the log."""
        codes = request.species
        if request.fences.table is None:
            return {c: None for c in codes}
        fl = request.fences
        columns = {key: fl.column(key) for _n, _d, key in FENCE_FIELDS}
        labels = {key: fl.fields.get(key) or name for name, _d, key in FENCE_FIELDS}
        fence_cut, result = core_call(
            landscape.fence_cuts,
            request.profile,
            codes,
            columns,
            request.height_units,
            request.unknown_as_barrier,
            fl.table.missing_geometry,
            labels,
        )
        for warning in result.warnings:
            feedback.pushWarning(warning.render(tr))
        unknown = {c: int((result.verdicts[c] == fence.UNKNOWN).sum()) for c in codes}
        notes["fence_unknown"] = unknown
        if any(unknown.values()):
            text = (
                tr("Fence segments of unknown verdict ({counts}) cut (UNKNOWN_AS_BARRIER).")
                if request.unknown_as_barrier
                else tr(
                    "Fence segments of unknown verdict ({counts}) do not cut "
                    "(UNKNOWN_AS_BARRIER is off)."
                )
            )
            names = species_names()  # the species by name: the user's language
            feedback.pushWarning(
                text.format(
                    counts=", ".join(f"{names.get(c, c)} {n}" for c, n in unknown.items() if n)
                )
            )
        return fence_cut

    @staticmethod
    def _judge_roads(request, feedback, notes):
        """Road cuts by traffic (None: every road cuts, the EEA convention)."""
        if request.roads.table is None:
            return None
        if not request.roads.fields.get("traffic"):
            feedback.pushInfo(tr("No traffic field: every road cuts (the EEA convention)."))
            return None
        road_cut, unknown = core_call(
            landscape.road_cuts, request.profile, request.roads.column("traffic")
        )
        notes["road_unknown"] = int(unknown.sum())
        if unknown.any():
            feedback.pushWarning(
                tr("{count} roads have no usable traffic value; they cut.").format(
                    count=int(unknown.sum())
                )
            )
        return road_cut

    @staticmethod
    def _judge_crossings(request):
        """{code: crossing suitable} by the crossing spacing check's rules ({} without)."""
        if request.crossings.table is None:
            return {}
        cl = request.crossings
        labels = {key: cl.fields.get(key) or name for name, _d, key in CROSSING_FIELDS}
        crossing_ok, _suit = core_call(
            landscape.crossing_suitability,
            request.profile,
            request.species,
            cl.column("type"),
            cl.column("width"),
            cl.column("height"),
            cl.column("length"),
            labels,
        )
        return crossing_ok

    # -- warnings ----------------------------------------------------------------------------
    @staticmethod
    def _warn_topology(network, feedback):
        snap = network.snap
        gaps = snap.joins[snap.joins["distance"] > 0]
        if len(gaps):
            feedback.pushInfo(
                tr(
                    "{count} line ends were joined across gaps up to {max} m "
                    "(JOIN_TOLERANCE {tol} m)."
                ).format(
                    count=len(gaps), max=f"{gaps['distance'].max():.2f}", tol=f"{snap.tolerance:g}"
                )
            )
        warning = snap.near_miss_warning()
        if warning is not None:
            feedback.pushWarning(warning.render(tr))

    @staticmethod
    def _warn_crossings(request, result, crossing_ok, feedback):
        n = result.crossings.n
        if not n:
            return
        near = np.zeros(n, dtype=bool)
        near[result.crossings.crossing] = True
        far = int((~near).sum())
        if far:
            feedback.pushWarning(
                tr(
                    "{count} of {total} crossings lie farther than the snap "
                    "tolerance ({tol} m) from every line; they join nothing."
                ).format(count=far, total=n, tol=f"{request.snap_m:g}")
            )
        names = species_names()
        for code, res in result.species.items():
            bad = int((~crossing_ok[code]).sum())
            feedback.pushInfo(
                tr(
                    "{species}: {used} crossings join meshes; {bad} are not "
                    "suitable (or unknown) and join nothing."
                ).format(species=names.get(code, code), used=res.before.crossings_used, bad=bad)
            )

    # -- write -------------------------------------------------------------------------------
    @staticmethod
    def _unit_columns(request, result):
        """(field definitions, value columns) of the per-unit output."""
        has_after = bool((result.network.lines.kind == landscape.ALIGNMENT).any())
        fields = [qfield("area_km2", "double", 20, 4)]
        columns = [result.network.unit_area / 1e6]
        for code, res in result.species.items():
            b = res.before
            fields += [
                qfield(f"meff_{code}", "double", 20, 4),
                qfield(f"meff_cut_{code}", "double", 20, 4),
                qfield(f"seff_{code}", "double", 20, 4),
                qfield(f"n_mesh_{code}", "int"),
                qfield(f"barrier_km_{code}", "double", 20, 3),
            ]
            columns += [b.meff, b.meff_cut, res.seff, b.n_mesh, b.barrier_km]
            if has_after:
                fields += [
                    qfield(f"meff_{code}_after", "double", 20, 4),
                    qfield(f"loss_{code}_pct", "double", 20, 3),
                ]
                columns += [res.after.meff, res.loss_pct]
        fields.append(qfield("meff_min", "double", 20, 4))
        meffs = np.array([r.before.meff for r in result.species.values()])
        with np.errstate(invalid="ignore"):
            columns.append(np.nanmin(meffs, axis=0) if len(meffs) else columns[0] * np.nan)
        return fields, columns

    def _write_units(self, parameters, context, feedback, request, result):
        new, values = self._unit_columns(request, result)
        fields, kept = output.extended_fields(
            request.units.source,
            new,
            feedback,
            tr(
                "Input fields {fields} are replaced by the algorithm's own fields of the same name."
            ),
        )
        columns = []
        for f, col in zip(new, values):
            col = np.asarray(col, dtype=float)
            digits = 0 if f.name().startswith("n_mesh_") else 4
            rounded = np.round(col, digits)
            as_int = digits == 0
            columns.append(
                [
                    None if not np.isfinite(v) else (int(v) if as_int else float(v))
                    for v in rounded.tolist()
                ]
            )
        return output.write_extended(
            self,
            parameters,
            self.OUTPUT,
            context,
            feedback,
            request.units.source,
            request.units.table,
            fields,
            kept,
            columns,
        )

    def _write_meshes(self, parameters, context, feedback, request, result):
        if not parameters.get(self.OUTPUT_MESHES):
            return None
        geoms, species, mesh, area = [], [], [], []
        for code, res in result.species.items():
            g, labels, a = landscape.mesh_polygons(result.network, res.before)
            geoms.append(g)
            species += [code] * len(g)
            mesh += list(range(1, len(g) + 1))
            area.append(a / 1e6)
            del labels
        geoms = np.concatenate(geoms) if geoms else np.empty(0, dtype=object)
        if len(geoms):
            parts, owner = shapely.get_parts(geoms, return_index=True)
            geoms = shapely.multipolygons(parts, indices=owner)
        out_crs = request.units.source.sourceCrs()
        geoms = layers.transform_geoms(geoms, request.work_crs, out_crs, context)
        fields = QgsFields()
        for f in (
            qfield("species", "string", 16),
            qfield("mesh", "int"),
            qfield("area_km2", "double", 20, 4),
        ):
            fields.append(f)
        area = np.round(np.concatenate(area), 4).tolist() if area else []
        return output.write_new(
            self,
            parameters,
            self.OUTPUT_MESHES,
            context,
            feedback,
            fields,
            QgsWkbTypes.MultiPolygon,
            out_crs,
            geoms,
            [species, mesh, area],
        )

    # -- report ------------------------------------------------------------------------------
    def _report(self, parameters, context, feedback, request, result, notes, dest_id=None):
        path = self.parameterAsFileOutput(parameters, self.REPORT, context)
        names = species_names()
        for code, res in result.species.items():
            meff = res.before.meff
            feedback.pushInfo(
                tr(
                    "{species}: effective mesh size {lo:.1f} to {hi:.1f} km² over {n} units."
                ).format(
                    species=names.get(code, code),
                    lo=float(np.nanmin(meff)),
                    hi=float(np.nanmax(meff)),
                    n=len(meff),
                )
            )
        if not path:
            return None
        sections = [
            (tr("Effective mesh size per unit and species"), self._unit_table(request, result))
        ]
        sections.append((tr("Map"), self._map(dest_id, context)))
        sections.append(
            (
                tr("What the numbers mean"),
                "<p>"
                + report.esc(
                    tr(
                        "The effective mesh size m_eff is the size of the area an animal placed at random "
                        "in the unit can reach without crossing a barrier (km²). CBC (Moser 2007) counts "
                        "each mesh with its whole area, also beyond the unit; CUT (Jaeger 2000) cuts the "
                        "meshes at the unit's boundary. s_eff = 1000 / m_eff is the number of meshes per "
                        "1000 km² (the EEA indicator)."
                    )
                )
                + "</p>",
            )
        )
        sections.append(
            (tr("Joins, near misses and unknown data"), self._notes_html(result.network, notes))
        )
        sections.append(report.rules_section(request.profile, self.rule_rows(request)))
        sections.append(report.parameters_section(self, parameters, context))
        intro = report.esc(
            tr(
                "Reporting units '{layer}': {count} units, {km2:.1f} km² (areas "
                "on the WGS84 ellipsoid)."
            ).format(
                layer=request.units.label,
                count=len(request.units.table),
                km2=float(np.nansum(result.network.unit_area)) / 1e6
                if len(request.units.table)
                else 0.0,
            )
        )
        report.write_report(path, tr("Landscape permeability per species"), sections, intro=intro)
        return path

    @staticmethod
    def _notes_html(network, notes):
        """The joins and near misses of the network's snapping and the judge's unknown data
        (shared with mitigation priorities)."""
        snap = network.snap
        gaps = snap.joins[snap.joins["distance"] > 0]
        items = [
            tr(
                "{count} line ends were joined across gaps up to {max} m (JOIN_TOLERANCE {tol} m)."
            ).format(
                count=len(gaps),
                tol=f"{snap.tolerance:g}",
                max=f"{gaps['distance'].max():.2f}" if len(gaps) else "0",
            )
        ]
        warning = snap.near_miss_warning()
        items.append(
            warning.render(tr)
            if warning is not None
            else tr(
                "No near misses: no line end lies within {near} m of another line without being "
                "joined."
            ).format(near=f"{snap.near:g}")
        )
        unknown = notes.get("fence_unknown", {})
        if any(unknown.values()):
            names = species_names()
            items.append(
                tr("Fence segments of unknown verdict per species: {counts}.").format(
                    counts=", ".join(f"{names.get(c, c)} {n}" for c, n in unknown.items())
                )
            )
        if notes.get("road_unknown"):
            items.append(
                tr("{count} roads have no usable traffic value; they cut.").format(
                    count=notes["road_unknown"]
                )
            )
        return "<ul>" + "".join(f"<li>{report.esc(i)}</li>" for i in items) + "</ul>"

    @staticmethod
    def _unit_table(request, result):
        names = species_names()
        fids = request.units.table.fids
        rows = []
        for code, res in result.species.items():
            after = res.after.meff if res.after is not None else None
            loss = res.loss_pct
            for i in range(len(fids)):
                rows.append(
                    (
                        int(fids[i]),
                        report.species_cell(names.get(code, code), code),
                        float(res.before.meff[i]),
                        float(res.before.meff_cut[i]),
                        float(after[i]) if after is not None else "",
                        float(loss[i]) if loss is not None else 0.0,
                        int(res.before.n_mesh[i]),
                        float(res.before.barrier_km[i]),
                    )
                )
        rows.sort(key=lambda r: -(r[5] if np.isfinite(r[5]) else -1.0))
        rows = [r[:5] + ((r[5] if r[4] != "" else ""),) + r[6:] for r in rows]
        return report.table(
            [
                tr("Unit (feature id)"),
                tr("Species"),
                tr("m_eff CBC (km²)"),
                tr("m_eff CUT (km²)"),
                tr("m_eff after (km²)"),
                tr("Loss %"),
                tr("Meshes"),
                tr("Barrier (km)"),
            ],
            rows,
        )

    @staticmethod
    def _map(dest_id, context):
        """The units by their smallest m_eff, embedded in the report (one file)."""
        figure = figures.map_figure(
            [(dest_id, "landscape_units", tr("Smallest m_eff over the species (km²)"))],
            context,
            tr("Reporting units by the smallest effective mesh size over the selected species."),
        )
        return figure or "<p>" + report.esc(tr("The map could not be drawn.")) + "</p>"

    @staticmethod
    def rule_rows(request):
        profile = request.profile
        land = profile["landscape"]
        road = land["road_barrier_vpd"]
        meff = land.get(
            "meff", {"rule": "L-MEFF", "sources": ["jaeger2000", "moser2007"], "status": "verified"}
        )
        rows = [
            (
                meff["rule"],
                tr(
                    "Effective mesh size: CBC sum(a_inside x a_complete) / A_unit, "
                    "CUT sum(a_i²) / A_unit; s_eff = 1000 / m_eff."
                ),
                meff["sources"],
                meff["status"],
            ),
            (
                road["rule"],
                tr(
                    "With a traffic field, roads of at least {vpd:g} vehicles a day "
                    "and roads of unknown traffic cut; without it every road cuts."
                ).format(vpd=road["value"]),
                road["sources"],
                road["status"],
            ),
            (
                "L-FENCE",
                tr("Fence segments cut where the fence audit's verdict is barrier or unknown.")
                if request.unknown_as_barrier
                else tr("Fence segments cut where the fence audit's verdict is barrier."),
                ["montana2009", "ito2013", "wyoming2024"],
                "verified",
            ),
            (
                "L-CROSSING",
                tr(
                    "A crossing suitable for the species (the crossing spacing "
                    "check's rules) within {snap:g} m of a cutting line joins the "
                    "meshes on both sides of the nearest cutting line."
                ).format(snap=request.snap_m),
                ["zhang2019", "cost341"],
                "provisional",
            ),
            (
                "L-JOIN",
                tr(
                    "Line ends within {tol:g} m of another line or the region's edge are "
                    "joined (digitising gaps); a line with a free end splits nothing."
                ).format(tol=request.join_m),
                ["nuudel_inference"],
                "provisional",
            ),
        ]
        return [(r, d, [s for s in src if s in profile["sources"]], st) for r, d, src, st in rows]
