"""No-go alignment mask (nuudel:nogoalignmentmask): the Processing adapter of core/nogo.py.

Reads every input into one local transverse Mercator CRS (true metres near the data), lets the
core buffer, dissolve and classify, then writes the zones, the alignment conflicts and the cost
raster in the output CRS (the study area's, else the first input's), measured on the ellipsoid.
"""

import numpy as np
import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDistanceArea,
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterDistance,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterString,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsWkbTypes,
)

from . import layers
from .base import NuudelAlgorithm, check_cancel
from .compat import field
from .core import nogo
from .core.profile import load_profile
from .i18n import tr

ELLIPSOID = "EPSG:7030"  # WGS 84


def zone_labels():
    """Zone codes (data, never translated) -> translated names for messages and reports."""
    return {"nogo": tr("No-go zone"), "caution": tr("Caution zone"),
            "suitable": tr("Suitable area")}


def _is_metric(crs):
    return crs.isValid() and not crs.isGeographic() \
        and crs.mapUnits() == QgsUnitTypes.DistanceMeters


BURN_BATCH = 5000  # polygons rasterised at a time: bounds the copies made for GDAL
CHUNK_BYTES = 32 * 1024 * 1024  # raster rows GDAL burns at a time (Float32 cells)


def _batches(geom):
    """The polygons of ``geom`` (an array of parts or one (Multi)Polygon) in arrays of at most
    BURN_BATCH, cloned batch by batch (not all the parts of a national zone at once)."""
    if isinstance(geom, np.ndarray):
        for start in range(0, len(geom), BURN_BATCH):
            yield geom[start:start + BURN_BATCH]
        return
    if geom is None or geom.is_empty:
        return
    total = shapely.get_num_geometries(geom)
    for start in range(0, total, BURN_BATCH):
        yield shapely.get_geometry(geom, np.arange(start, min(start + BURN_BATCH, total)))


def _burn(ds, srs, polys, value, options):
    """Rasterise ``polys`` (shapely polygons in the raster's CRS) into band 1 of ``ds``.

    One feature per polygon in a throwaway in-memory layer; every OGR object is released
    here, children before their data source, so none outlives what it points into.
    """
    from osgeo import gdal, ogr

    polys = polys[~shapely.is_empty(polys)]
    if len(polys) == 0:
        return
    source = ogr.GetDriverByName("Memory").CreateDataSource("nogo")
    layer = source.CreateLayer("burn", srs, ogr.wkbPolygon)
    try:
        defn = layer.GetLayerDefn()
        for wkb in shapely.to_wkb(polys):
            feat = ogr.Feature(defn)
            feat.SetGeometryDirectly(ogr.CreateGeometryFromWkb(wkb))
            layer.CreateFeature(feat)
            feat = None
        defn = None
        err = gdal.RasterizeLayer(ds, [1], layer, burn_values=[value], options=options)
        if err not in (0, None):
            raise QgsProcessingException(tr("Could not write {path}.").format(
                path=ds.GetDescription()) + " " + gdal.GetLastErrorMsg())
    finally:
        layer = None
        source = None


class NoGoAlignmentMask(NuudelAlgorithm):
    """No-go / caution / suitable zones, a cost raster and alignment screening."""

    ALG_ID = "nogoalignmentmask"
    GROUP_ID = "alignment"

    def display_name(self):
        return tr("No-go alignment mask")

    def initAlgorithm(self, config=None):
        rules = load_profile(None)["nogo"]
        self.addParameter(QgsProcessingParameterFeatureSource(
            "STUDY_AREA", tr("Study area (optional; default: extent of all inputs grown by the "
                             "largest buffer)"),
            [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            "NOGO", tr("No-go layers (protected areas, calving grounds, ...)"),
            QgsProcessing.TypeVectorAnyGeometry, optional=True))
        self._distance("NOGO_BUFFER", tr("Buffer around no-go features (m)"), 0.0)
        self.addParameter(QgsProcessingParameterMultipleLayers(
            "CAUTION", tr("Caution layers (migration corridors, ...)"),
            QgsProcessing.TypeVectorAnyGeometry, optional=True))
        self._distance("CAUTION_BUFFER", tr("Buffer around caution features (m)"), 0.0)
        self.addParameter(QgsProcessingParameterString(
            "BUFFER_FIELD", tr("Field with a per-feature buffer in metres (optional; used where "
                               "the field exists and is not empty)"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "WATER", tr("Water sources (points, optional)"), [QgsProcessing.TypeVectorPoint],
            optional=True))
        self._distance("WATER_NOGO_BUFFER", tr("No-go distance around water sources (m)"),
                       float(rules["water_nogo_m"]["value"]))
        self._distance("WATER_CAUTION_BUFFER", tr("Caution distance around water sources (m)"),
                       float(rules["water_caution_m"]["value"]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "ALIGNMENT", tr("Proposed alignment (lines, optional)"),
            [QgsProcessing.TypeVectorLine], optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            "RESOLUTION", tr("Cell size of the cost raster (m)"),
            QgsProcessingParameterNumber.Double, defaultValue=250.0, minValue=0.01))
        self.addParameter(QgsProcessingParameterNumber(
            "CAUTION_COST", tr("Cost of a caution cell (a suitable cell costs 1)"),
            QgsProcessingParameterNumber.Double, defaultValue=10.0, minValue=1.0))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", tr("Zones"), QgsProcessing.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterRasterDestination(
            "OUTPUT_COST", tr("Cost raster (GeoTIFF)"), optional=True, createByDefault=False))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT_CONFLICTS", tr("Alignment by zone"), QgsProcessing.TypeVectorLine,
            optional=True, createByDefault=False))
        self.add_report_parameter()

    def _distance(self, name, description, default):
        param = QgsProcessingParameterDistance(name, description, defaultValue=default,
                                               minValue=0.0)
        param.setDefaultUnit(QgsUnitTypes.DistanceMeters)
        self.addParameter(param)

    # -- helpers -----------------------------------------------------------------------------
    @staticmethod
    def _stepper(feedback, start, stop):
        def progress(fraction):
            check_cancel(feedback)
            feedback.setProgress(start + (stop - start) * min(max(fraction, 0.0), 1.0))
        return progress

    def _inputs(self, parameters, context):
        """[(role, layer-or-None, source, label)] of every given input, in parameter order."""
        out = []
        for role in ("NOGO", "CAUTION"):
            for i, layer in enumerate(self.parameterAsLayerList(parameters, role, context)):
                if not isinstance(layer, QgsVectorLayer):
                    continue
                label = layers.layer_label(layer, f"{role.lower()}{i + 1}")
                out.append((role, layer, layer, label))
        for role in ("WATER", "ALIGNMENT"):
            source = self.parameterAsSource(parameters, role, context)
            if source is not None:
                layer = self.parameterAsVectorLayer(parameters, role, context)
                out.append((role, layer, source, layers.layer_label(layer, source.sourceName()
                                                               or role.lower())))
        return out

    @staticmethod
    def _check_buffer_field(name, inputs, feedback):
        """Warn when BUFFER_FIELD is set but no no-go or caution layer has that field (a typo
        would otherwise silently give every feature the fixed buffer)."""
        constraint = [(s, label) for role, _l, s, label in inputs if role in ("NOGO", "CAUTION")]
        if not name or not constraint or any(name in s.fields().names() for s, _ in constraint):
            return
        source, label = constraint[0]
        feedback.pushWarning(tr("No no-go or caution layer has the field '{field}' "
                                "(BUFFER_FIELD): every feature gets the fixed buffer. The fields "
                                "of '{layer}' are: {fields}.").format(
            field=name, layer=label, fields=", ".join(source.fields().names()) or "-"))

    # -- the algorithm -----------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):
        nogo_buffer = self.parameterAsDouble(parameters, "NOGO_BUFFER", context)
        caution_buffer = self.parameterAsDouble(parameters, "CAUTION_BUFFER", context)
        water_nogo = self.parameterAsDouble(parameters, "WATER_NOGO_BUFFER", context)
        water_caution = self.parameterAsDouble(parameters, "WATER_CAUTION_BUFFER", context)
        buffer_field = (self.parameterAsString(parameters, "BUFFER_FIELD", context) or "").strip()
        resolution = self.parameterAsDouble(parameters, "RESOLUTION", context)
        caution_cost = self.parameterAsDouble(parameters, "CAUTION_COST", context)

        study_source = self.parameterAsSource(parameters, "STUDY_AREA", context)
        inputs = self._inputs(parameters, context)
        for _role, _layer, source, label in inputs:
            layers.require_crs(source, label)
        if study_source is not None:
            layers.require_crs(study_source, tr("study area"))
            out_crs = study_source.sourceCrs()
        elif inputs:
            out_crs = inputs[0][2].sourceCrs()
        else:
            raise QgsProcessingException(tr(
                "Nothing to map: give a study area or at least one input layer."))
        all_sources = [s for _r, _l, s, _n in inputs] + \
            ([study_source] if study_source is not None else [])
        extent = layers.combined_extent(all_sources, layers.WGS84, context)
        if extent.isNull():
            raise QgsProcessingException(tr(
                "The inputs hold no features: give a study area or layers with features."))
        tm = layers.local_metric_crs(extent, layers.WGS84, context)

        self._check_buffer_field(buffer_field, inputs, feedback)

        # read everything in the local metric CRS (0-30 %)
        constraints, lines, align_table, align_label, align_names = [], None, None, "", None
        max_buffer, repaired, all_geoms = 0.0, 0, []
        span = 30.0 / max(len(inputs) + 1, 1)
        for k, (role, _layer, source, label) in enumerate(inputs):
            present = source.fields().names()
            fields = [buffer_field] if buffer_field and buffer_field in present \
                and role in ("NOGO", "CAUTION") else []
            name_field = next((f for f in present if f.lower() == "name"), None) \
                if role == "ALIGNMENT" else None
            table = layers.read_table(source, fields + ([name_field] if name_field else []),
                                      context, feedback, crs=tm,
                                      progress=(k * span, (k + 1) * span), layer_label=label)
            repaired += table.repaired
            all_geoms.extend(g for g in table.geoms if g is not None)
            if len(table) == 0:
                feedback.pushWarning(tr("Layer '{layer}' has no features; it adds nothing to the "
                                        "outputs.").format(layer=label))
            if role == "ALIGNMENT":
                align_table, align_label, lines = table, label, table.geoms
                align_names = table.attrs.get(name_field) if name_field else None
                continue
            missing = int(table.missing_geometry.sum())
            if missing:
                feedback.pushWarning(tr("Layer '{layer}': {n} features have no geometry and "
                                        "were left out.").format(layer=label, n=missing))
            if role == "WATER":
                for zone, dist in (("nogo", water_nogo), ("caution", water_caution)):
                    if dist > 0:
                        constraints.append(nogo.Constraint(
                            nogo.source_label(label, [dist]), zone,
                            nogo.buffer_features(table.geoms, dist)))
                max_buffer = max(max_buffer, water_nogo, water_caution)
                continue
            zone = "nogo" if role == "NOGO" else "caution"
            base = nogo_buffer if role == "NOGO" else caution_buffer
            distances = np.full(len(table), base)
            if fields:
                distances, used, bad = nogo.distances_from_field(table.attrs[buffer_field], base)
                if bad:
                    feedback.pushWarning(tr(
                        "Layer '{layer}': {n} features have a value in '{field}' that is not a "
                        "distance in metres (>= 0); they use the buffer of {default} m.").format(
                        layer=label, n=bad, field=buffer_field, default=f"{base:g}"))
            has_geom = ~table.missing_geometry
            geometry_type = QgsWkbTypes.geometryType(source.wkbType())
            if geometry_type != QgsWkbTypes.PolygonGeometry and has_geom.any() \
                    and not (distances[has_geom] > 0).any():
                feedback.pushWarning(tr(
                    "Layer '{layer}' has points or lines and no buffer: they cover no area. Set "
                    "a buffer distance.").format(layer=label))
            if has_geom.any():
                max_buffer = max(max_buffer, float(distances[has_geom].max()))
            constraints.append(nogo.Constraint(
                nogo.source_label(label, distances[has_geom]), zone,
                nogo.buffer_features(table.geoms, distances)))
        if repaired:
            feedback.pushWarning(tr("{n} invalid polygons were repaired (make valid) before "
                                    "use.").format(n=repaired))

        # study area
        if study_source is not None:
            table = layers.read_table(study_source, [], context, feedback,
                                      progress=(29.0, 30.0), layer_label=tr("study area"))
            if table.repaired:
                feedback.pushWarning(tr("{n} invalid polygons were repaired (make valid) before "
                                        "use.").format(n=table.repaired))
            # densify in its own CRS, so that its straight edges stay where they are in TM
            study_step = self._measure_step(study_source.sourceCrs(), extent)
            to_tm = QgsCoordinateTransform(study_source.sourceCrs(), tm,
                                           context.transformContext())
            parts = []
            for g in table.geoms:
                if g is None:
                    continue
                qgeom = layers.to_qgs(g).densifyByDistance(study_step)
                qgeom.transform(to_tm)
                parts.append(shapely.from_wkb(bytes(qgeom.asWkb())))
            study = nogo.as_multipolygon(nogo.dissolve(np.array(parts, dtype=object),
                                                       repair=True)) if parts else None
        else:
            study = nogo.default_study_area(all_geoms, max_buffer)
        if study is None or study.is_empty:
            raise QgsProcessingException(tr(
                "The study area is empty: give a STUDY_AREA layer with polygons, or input "
                "layers with features."))

        zones = self.core_call(nogo.classify, study, constraints,
                               progress=self._stepper(feedback, 30.0, 75.0))
        # the buffered inputs only name the sources of alignment pieces: cut the alignment now
        # and let them go before the outputs are written (a third of the memory at full scale)
        pieces = nogo.cut_lines(lines, zones) if align_table is not None else []
        zones.constraints, constraints = [], None
        to_out = QgsCoordinateTransform(tm, out_crs, context.transformContext())
        centre = extent.center()
        # Lambert azimuthal equal-area on the WGS 84 ellipsoid: planar area there = ellipsoidal
        # area (fast for polygons with a million vertices, where QgsDistanceArea is not)
        to_equal_area = QgsCoordinateTransform(tm, QgsCoordinateReferenceSystem.fromProj(
            f"+proj=laea +lat_0={centre.y():.6f} +lon_0={centre.x():.6f} +datum=WGS84 "
            "+units=m +no_defs"), context.transformContext())
        area = QgsDistanceArea()
        area.setSourceCrs(out_crs, context.transformContext())
        area.setEllipsoid(ELLIPSOID)
        step = self._measure_step(out_crs, extent)

        # zones (75-80 %)
        results = {}
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, self._zone_fields(),
                                          QgsWkbTypes.MultiPolygon, out_crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        # areas on the ellipsoid; suitable = study area - the others, so the three add up
        zone_km2 = {}
        for zone in ("nogo", "caution"):
            zone_km2[zone] = self._area_km2(zones.geoms[zone], to_equal_area)
        zone_km2["suitable"] = max(self._area_km2(zones.study_area, to_equal_area)
                                   - zone_km2["nogo"] - zone_km2["caution"], 0.0)
        if zones.geoms["suitable"].is_empty:
            zone_km2["suitable"] = 0.0
        for zone in nogo.ZONES:
            geom = zones.geoms[zone]
            feat = QgsFeature(self._zone_fields())
            if not geom.is_empty:
                qgeom = layers.to_qgs(geom)
                qgeom.transform(to_out)
                qgeom.convertToMultiType()
                feat.setGeometry(qgeom)
            feat.setAttributes([zone, zones.sources[zone], zone_km2[zone]])
            sink.addFeature(feat, QgsFeatureSink.FastInsert)
        results["OUTPUT"] = dest
        del sink  # written out before the report maps it
        self.style_output(context, dest, "zones")
        feedback.setProgress(80.0)

        # alignment conflicts (80-88 %)
        per_line = self._conflicts(parameters, context, feedback, pieces, align_table,
                                   align_names, to_out, area, step, results)
        if align_table is not None:
            self._warn_alignment(feedback, align_table, lines, zones.study_area, align_label)
        feedback.setProgress(88.0)
        check_cancel(feedback)

        # cost raster (88-97 %)
        cost_path = self.parameterAsOutputLayer(parameters, "OUTPUT_COST", context)
        if cost_path:
            raster_crs = out_crs if _is_metric(out_crs) else tm
            if raster_crs != out_crs:
                feedback.pushInfo(tr("The output CRS is not in metres: the cost raster uses the "
                                     "local transverse Mercator CRS of the data."))
            self._write_cost(cost_path, zones, tm, raster_crs, resolution, caution_cost,
                             context)
            results["OUTPUT_COST"] = cost_path
            self.style_output(context, cost_path, "cost")
        feedback.setProgress(97.0)
        check_cancel(feedback)

        labels = zone_labels()
        for zone in nogo.ZONES:
            feedback.pushInfo(tr("{zone}: {km2} km² ({sources})").format(
                zone=labels[zone], km2=f"{zone_km2[zone]:,.3f}",
                sources=zones.sources[zone] or "-"))
        report = self.parameterAsFileOutput(parameters, "REPORT", context)
        if report:
            self._report(report, parameters, context, zones, zone_km2, per_line, results)
            results["REPORT"] = report
        feedback.setProgress(100.0)
        return results

    @staticmethod
    def _measure_step(out_crs, extent_wgs84):
        """Vertex spacing (output CRS units) for measuring: straight output edges stay straight."""
        if out_crs.isGeographic():
            return 0.01
        diag_m = max(extent_wgs84.width(), extent_wgs84.height()) * 111_000.0
        return min(max(diag_m / 2000.0, 5.0), 1000.0)

    @staticmethod
    def _area_km2(geom, to_equal_area):
        if geom.is_empty:
            return 0.0
        qgeom = layers.to_qgs(geom)
        qgeom.transform(to_equal_area)
        return qgeom.area() / 1e6

    @staticmethod
    def _zone_fields():
        fields = QgsFields()
        fields.append(field("zone", "string", 16))
        fields.append(field("sources", "string", 254))
        fields.append(field("area_km2", "double", 20, 6))
        return fields

    @staticmethod
    def _conflict_fields():
        fields = QgsFields()
        fields.append(field("alignment_id", "int64"))
        fields.append(field("alignment", "string", 254))
        fields.append(field("zone", "string", 16))
        fields.append(field("length_m", "double", 20, 3))
        fields.append(field("sources", "string", 254))
        return fields

    def _conflicts(self, parameters, context, feedback, pieces, table, names, to_out, area,
                   step, results):
        """Write OUTPUT_CONFLICTS (when asked); return {alignment: {zone: [km, sources]}}."""
        per_line = {}
        if table is None:
            return per_line
        fields = self._conflict_fields()
        sink, dest = self.parameterAsSink(parameters, "OUTPUT_CONFLICTS", context, fields,
                                          QgsWkbTypes.LineString, to_out.destinationCrs())
        for k, piece in enumerate(pieces):
            if k % 500 == 0:
                check_cancel(feedback)
            qgeom = layers.to_qgs(piece.geom)
            qgeom.transform(to_out)
            length = area.measureLength(qgeom.densifyByDistance(step))
            fid = int(table.fids[piece.line_index])
            name = names[piece.line_index] if names is not None else None
            name = "" if name is None else str(name)
            key = name or str(fid)
            entry = per_line.setdefault(key, {z: [0.0, []] for z in nogo.ZONES})
            entry[piece.zone][0] += length / 1000.0
            for src in filter(None, piece.sources.split(", ")):
                if src not in entry[piece.zone][1]:
                    entry[piece.zone][1].append(src)
            if sink is not None:
                feat = QgsFeature(fields)
                feat.setGeometry(qgeom)
                feat.setAttributes([fid, name, piece.zone, length, piece.sources])
                sink.addFeature(feat, QgsFeatureSink.FastInsert)
        if sink is not None:
            results["OUTPUT_CONFLICTS"] = dest
            self.style_output(context, dest, "conflicts")
        labels = zone_labels()
        for key, entry in per_line.items():
            for zone in ("nogo", "caution"):
                km, srcs = entry[zone]
                if km > 0:
                    feedback.pushInfo(tr("Alignment {name}: {km} km in {zone} ({sources}).")
                                      .format(name=key, km=f"{km:,.3f}", zone=labels[zone],
                                              sources=", ".join(srcs) or "-"))
        return per_line

    @staticmethod
    def _warn_alignment(feedback, table, lines, study_area, label):
        missing = int(table.missing_geometry.sum())
        if missing:
            feedback.pushWarning(tr("Layer '{layer}': {n} features have no geometry and "
                                    "were left out.").format(layer=label, n=missing))
        outside = nogo.outside_length(lines, study_area)
        if outside > 1.0:
            feedback.pushWarning(tr("{km} km of the alignment lie outside the study area and "
                                    "were not screened.").format(km=f"{outside / 1000:,.3f}"))

    @staticmethod
    def _write_cost(path, zones, tm, raster_crs, resolution, caution_cost, context):
        """Burn the zones into a compressed GeoTIFF aligned to ``resolution``.

        The study area is burnt by cell centre (1), then caution (cost) and no-go (nodata) on
        every cell they touch, so a small no-go area (a 50 m water buffer) is never lost
        between cell centres and a least-cost path cannot cut through it. Cells outside the
        study area stay nodata (GDAL fills never-written tiles with it).
        """
        from osgeo import gdal, osr

        study = layers.transform_geoms(shapely.get_parts(zones.study_area), tm, raster_crs,
                                       context)
        spec = nogo.grid_spec(shapely.total_bounds(study), resolution)
        wkt = raster_crs.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED_GDAL)
        ds = gdal.GetDriverByName("GTiff").Create(
            str(path), spec.cols, spec.rows, 1, gdal.GDT_Float32,
            ["COMPRESS=DEFLATE", "TILED=YES", "BIGTIFF=IF_SAFER"])
        if ds is None:
            raise QgsProcessingException(tr("Could not write {path}.").format(path=path))
        srs = osr.SpatialReference()
        srs.ImportFromWkt(wkt)
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        try:
            ds.SetGeoTransform(spec.geotransform)
            ds.SetProjection(wkt)
            ds.GetRasterBand(1).SetNoDataValue(nogo.NODATA)
            # GDAL rasterises through a buffer of CHUNKYSIZE rows (default: the whole cache)
            chunk_rows = max(1, min(spec.rows, CHUNK_BYTES // (4 * spec.cols)))
            burns = [(study, 1.0, []),
                     (zones.geoms["caution"], caution_cost, ["ALL_TOUCHED=TRUE"]),
                     (zones.geoms["nogo"], nogo.NODATA, ["ALL_TOUCHED=TRUE"])]
            for geom, value, options in burns:
                for batch in _batches(geom):
                    if geom is not study:
                        batch = layers.transform_geoms(batch, tm, raster_crs, context)
                    _burn(ds, srs, batch, value, options + [f"CHUNKYSIZE={chunk_rows}"])
            try:
                ds.GetRasterBand(1).ComputeStatistics(False)
            except RuntimeError:  # no valid pixel (empty study area), with GDAL exceptions on
                pass
            ds.FlushCache()
        finally:
            ds = None  # the only reference: closes the file before anything else goes

    def _report(self, path, parameters, context, zones, zone_km2, per_line, results=None):
        from . import report

        labels = zone_labels()
        figs = self._report_figures(context, per_line, results or {})
        zone_rows = [(labels[z], z, zone_km2[z], zones.sources[z] or "-") for z in nogo.ZONES]
        sections = [(tr("Zones"), report.table(
            [tr("Zone"), tr("Code"), tr("Area (km²)"), tr("Sources")], zone_rows))]
        if per_line:
            rows = []
            for key, entry in per_line.items():
                rows.append((key, entry["nogo"][0], ", ".join(entry["nogo"][1]) or "-",
                             entry["caution"][0], ", ".join(entry["caution"][1]) or "-",
                             entry["suitable"][0]))
            sections.append((tr("Alignment screening"), report.table(
                [tr("Alignment"), tr("No-go (km)"), tr("No-go sources"), tr("Caution (km)"),
                 tr("Caution sources"), tr("Suitable (km)")], rows)))
        profile = load_profile(None)
        rules = profile["nogo"]
        sections.append(report.rules_section(profile, [
            (rules["water_nogo_m"]["rule"],
             tr("No-go distance around water sources: {m} m (special protection zone)").format(
                 m=rules["water_nogo_m"]["value"]),
             rules["water_nogo_m"]["sources"], rules["water_nogo_m"]["status"]),
            (rules["water_caution_m"]["rule"],
             tr("Caution distance around water sources: {m} m (ordinary protection zone)")
             .format(m=rules["water_caution_m"]["value"]),
             rules["water_caution_m"]["sources"], rules["water_caution_m"]["status"]),
            (rules["protected_area"]["rule"],
             tr("Protected areas are no-go; their buffer is set by the user"),
             rules["protected_area"]["sources"], rules["protected_area"]["status"]),
            (rules["takhi_disturbance_m"]["rule"],
             tr("Guidance: keep {m} m from Przewalski's horse (takhi) herds").format(
                 m=rules["takhi_disturbance_m"]["value"]),
             rules["takhi_disturbance_m"]["sources"], rules["takhi_disturbance_m"]["status"]),
        ]))
        sections.append(report.parameters_section(self, parameters, context))
        report.write_report(path, tr("No-go alignment mask"), sections, intro=report.esc(tr(
            "No-go wins over caution; the three zones cover the study area exactly. Buffers are "
            "true metres (computed in a transverse Mercator CRS centred on the data); areas and "
            "lengths are measured on the WGS 84 ellipsoid.")),
            conclusion=self._conclusion(zones, zone_km2, per_line), figures=figs)

    @staticmethod
    def _conclusion(zones, zone_km2, per_line):
        """One sentence: the alignment option most in no-go zones, or the zones' areas."""
        if per_line:
            key, entry = max(per_line.items(), key=lambda kv: (kv[1]["nogo"][0],
                                                               kv[1]["caution"][0]))
            total = sum(entry[z][0] for z in nogo.ZONES)
            if entry["nogo"][0] > 0:
                return tr("The alignment '{name}' runs {nogo:,.1f} km of its {total:,.1f} km "
                          "through no-go zones ({sources}) and {caution:,.1f} km through "
                          "caution zones.").format(name=key, nogo=entry["nogo"][0], total=total,
                                           sources=", ".join(entry["nogo"][1]) or "-",
                                           caution=entry["caution"][0])
            return tr("No alignment option crosses a no-go zone; the alignment '{name}' runs "
                      "{caution:,.1f} km of its {total:,.1f} km through caution zones.").format(
                name=key, caution=entry["caution"][0], total=total)
        total = sum(zone_km2.values())
        return tr("{nogo:,.0f} km² of the {total:,.0f} km² study area are no-go ({sources}) "
                  "and {caution:,.0f} km² need caution.").format(
            nogo=zone_km2["nogo"], total=total, sources=zones.sources["nogo"] or "-",
            caution=zone_km2["caution"])

    @staticmethod
    def _report_figures(context, per_line, results):
        """The map of the zones and the alignment, and km per zone of each alignment."""
        from . import figures

        labels = zone_labels()
        outputs = [(results[k], key, title) for k, key, title in (
            ("OUTPUT_CONFLICTS", "conflicts", tr("Proposed alignment by zone")),
            ("OUTPUT", "zones", tr("Zones"))) if results.get(k)]
        out = [figures.map_figure(outputs, context, tr("No-go, caution and suitable zones and "
                                                       "the proposed alignment cut by zone."))]
        if per_line:
            out.append(figures.stacked_bars(
                [(key, {z: entry[z][0] for z in nogo.ZONES})
                 for key, entry in per_line.items()],
                [(z, labels[z]) for z in ("nogo", "caution", "suitable")],
                tr("Kilometres of each alignment option in each zone.")))
        return out
