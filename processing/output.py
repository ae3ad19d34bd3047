"""Writing outputs that are the input features with new attribute columns added.

Shared by the fence audit (OUTPUT) and the crossing spacing check (OUTPUT_CROSSINGS):
:func:`write_extended` writes the features of ``table`` (ids read from ``source``), each with
the input fields ``kept`` and one value of every new column appended.

Two ways, same rows and values:
- GeoPackage input to GeoPackage output (the common case): the Processing sink creates the
  output layer (path, layer name, layer options and loading on completion stay Processing's),
  is closed empty, and the rows are copied by SQLite in one INSERT ... SELECT joining the input
  table to the new values; the spatial index is then built in bulk by OGR.
- anything else (memory, shapefile, PostGIS, other inputs, or whenever the GeoPackage path is
  unsure): the input is read a second time and the features go through the sink in batches.
"""

import os
import sqlite3
from contextlib import contextmanager
from operator import itemgetter
from pathlib import Path

import numpy as np
import shapely
from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingOutputLayerDefinition,
    QgsProperty,
    QgsProviderRegistry,
    QgsWkbTypes,
)

from . import layers
from .compat import field_type
from .feedback import check_cancel, fail
from .i18n import tr

BATCH = 5000
FAST_GPKG = True  # tests switch this off to compare the two ways
# QGIS field types whose values SQLite copies exactly as the sink would write them
_PLAIN_TYPES = tuple(field_type(k) for k in ("int", "int64", "double", "string"))
_PLAIN_DECLARED = (
    "INTEGER",
    "INT",
    "MEDIUMINT",
    "SMALLINT",
    "TINYINT",
    "BIGINT",
    "REAL",
    "FLOAT",
    "DOUBLE",
    "TEXT",
)
# shapely type id of each flat 2D QGIS line/point/polygon type
_TYPE_IDS = {
    QgsWkbTypes.Point: 0,
    QgsWkbTypes.LineString: 1,
    QgsWkbTypes.Polygon: 3,
    QgsWkbTypes.MultiPoint: 4,
    QgsWkbTypes.MultiLineString: 5,
    QgsWkbTypes.MultiPolygon: 6,
}


def destination(parameters, name, context) -> str:
    """The destination text the user gave sink ``name`` (a path, "TEMPORARY_OUTPUT", ...),
    e.g. to choose shapefile field widths before the sink exists.

    Not ``parameterAsOutputLayer``: for a feature sink that also registers "memory:<title>"
    as a layer to load on completion, an id no layer ever has (the sink's memory layer gets
    its own id), so the dialog then reports "The following layers were not correctly
    generated" although the output loaded."""
    value = parameters.get(name) if isinstance(parameters, dict) else None
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink
    if isinstance(value, QgsProperty):
        value = value.valueAsString(context.expressionContext())[0]
    return str(value or "")


@contextmanager
def replacing(path):
    """A temporary path beside ``path`` (same folder and extension) to write a whole file to;
    when the block ends without error it replaces ``path`` in one rename (with its GDAL
    ``.aux.xml`` side file, if any), else it is deleted. A reader therefore sees the old file
    or the complete new one, never a half-written file, even when the run is killed."""
    path = Path(path)
    temp = path.with_name(f".{path.stem}.nuudel-part{path.suffix}")
    side = Path(f"{temp}.aux.xml")
    try:
        yield str(temp)
        if side.exists():
            os.replace(side, f"{path}.aux.xml")
        os.replace(temp, path)
    finally:
        for leftover in (temp, side):
            if leftover.exists():
                leftover.unlink()


def write_text(path, text):
    """Write ``text`` (UTF-8) to ``path`` as a whole: see :func:`replacing`."""
    with replacing(path) as temp:
        with open(temp, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())


def extended_fields(source, new_fields, feedback, warning):
    """(output fields, kept source field indices): the source's fields, less those named like
    one of ``new_fields`` (case-insensitive; ``warning`` with {fields} names them), followed by
    ``new_fields``."""
    ours = {f.name().lower() for f in new_fields}
    fields = QgsFields()
    dropped = []
    for f in source.fields():
        if f.name().lower() in ours:
            dropped.append(f.name())
        else:
            fields.append(f)
    if dropped:
        feedback.pushWarning(warning.format(fields=", ".join(dropped)))
    for f in new_fields:
        fields.append(f)
    kept = [i for i, f in enumerate(source.fields()) if f.name() not in dropped]
    return fields, kept


def add_feature(sink, feature, name):
    """Add one feature to the sink of output ``name``; a failed write (a full disk, a locked
    file) is an error naming the output, never an output that is silently short."""
    if not sink.addFeature(feature, QgsFeatureSink.FastInsert):
        error = sink.lastError() if hasattr(sink, "lastError") else ""
        fail(
            tr("Could not write a feature to the output {output}: {error}"),
            output=name,
            error=error or tr("the file could not be written (is the disk full?)"),
        )


def flush(sink, batch, feedback, name=""):
    """Add ``batch`` (QgsFeatures) to ``sink`` (output ``name``) and empty it; raise on cancel
    or write error."""
    check_cancel(feedback)
    if batch and not sink.addFeatures(batch, QgsFeatureSink.FastInsert):
        fail(
            tr("Could not write a feature to the output {output}: {error}"),
            output=name,
            error=sink.lastError() if hasattr(sink, "lastError") else "",
        )
    batch.clear()


def write_features(sink, geoms, rows, feedback, name=""):
    """Add one new feature per shapely geometry in ``geoms`` (None: no geometry) with the
    attribute list of the same row of ``rows`` to ``sink``, in batches, reporting 0-100 %.
    Returns the count."""
    geoms = np.asarray(geoms, dtype=object)
    present = np.array([g is not None for g in geoms], dtype=bool)
    qgs = [QgsGeometry() for _ in range(len(geoms))] if not present.all() else None
    if present.any():  # every QgsGeometry from one collection: one call into QGIS
        collection = QgsGeometry()
        collection.fromWkb(shapely.to_wkb(shapely.geometrycollections(geoms[present])))
        parts = collection.asGeometryCollection()
        if qgs is None:
            qgs = parts
        else:
            for i, part in zip(np.flatnonzero(present).tolist(), parts):
                qgs[i] = part
    total = max(len(geoms), 1)
    batch = []
    for i, (geom, values) in enumerate(zip(qgs or [], rows)):
        feat = QgsFeature()
        feat.setGeometry(geom)
        feat.setAttributes(list(values))
        batch.append(feat)
        if len(batch) == BATCH:
            flush(sink, batch, feedback, name)
            feedback.setProgress(100.0 * i / total)
    flush(sink, batch, feedback, name)
    return len(geoms)


def write_new(alg, parameters, name, context, feedback, fields, wkb_type, crs, geoms, columns):
    """Write sink ``name``: one new feature per shapely geometry of ``geoms`` with the values
    of ``columns`` (lists, one value a feature). 2D point or line outputs to a GeoPackage are
    filled by SQLite (the sink creates the layer); anything else goes through the sink."""
    sink, dest_id = alg.parameterAsSink(parameters, name, context, fields, wkb_type, crs)
    if sink is None:
        raise QgsProcessingException(alg.invalidSinkError(parameters, name))
    geoms = np.asarray(geoms, dtype=object)
    target = _new_gpkg_target(dest_id, wkb_type, geoms) if FAST_GPKG else None
    if target is not None:
        del sink  # closes the (empty) output layer so SQLite can fill it
        try:
            _insert_gpkg(*target, fields, wkb_type, geoms, columns, feedback)
            feedback.setProgress(100.0)
            return dest_id
        except (sqlite3.Error, _NotSureError):
            sink, dest_id = alg.parameterAsSink(parameters, name, context, fields, wkb_type, crs)
    write_features(sink, geoms, zip(*columns), feedback, name)
    del sink
    feedback.setProgress(100.0)
    return dest_id


def write_extended(alg, parameters, name, context, feedback, source, table, fields, kept, columns):
    """Write sink ``name``: every feature of ``table`` as read from ``source`` (its geometry,
    the source fields at indices ``kept``) followed by the new ``columns`` (lists, one value a
    row of ``table``). ``fields`` are the output fields (kept + new). Returns the output id."""
    sink, dest_id = alg.parameterAsSink(
        parameters, name, context, fields, source.wkbType(), source.sourceCrs()
    )
    if sink is None:
        raise QgsProcessingException(alg.invalidSinkError(parameters, name))
    plan = _gpkg_plan(source, table, context, dest_id) if FAST_GPKG else None
    if plan is not None:
        del sink  # closes the (empty) output layer so SQLite can fill it
        try:
            written = _copy_gpkg(plan, fields, kept, source, table, columns, feedback)
        except (sqlite3.Error, RuntimeError, _NotSureError):
            # the file is not what was expected: start again through the sink
            sink, dest_id = alg.parameterAsSink(
                parameters, name, context, fields, source.wkbType(), source.sourceCrs()
            )
            plan = None
    if plan is None:
        written = _write_sink(sink, source, table, kept, columns, feedback, name)
        del sink
    feedback.setProgress(100.0)
    if written != len(table):
        fail(
            tr(
                "{count} features of the input could not be read a second time while output "
                "{output} was written (was the layer changed meanwhile?); the output is "
                "incomplete. Run again when no other program edits the input."
            ),
            count=len(table) - written,
            output=name,
        )
    return dest_id


def _write_sink(sink, source, table, kept, columns, feedback, name=""):
    """The general way: read ``source`` again, extend each feature, add in batches."""
    extra = [list(values) for values in zip(*columns)]  # the new attributes, per row
    row_of = dict(zip(table.fids.tolist(), range(len(table))))
    every_field = len(kept) == source.fields().count()
    total = max(len(table), 1)
    written = 0
    batch = []
    # The source features are reused (same geometry, attributes extended): the per-feature
    # Python work is the floor of this loop.
    for feat in source.getFeatures(QgsFeatureRequest()):
        row = row_of.get(feat.id())
        if row is None:  # a feature that appeared between the two reads
            continue
        attrs = feat.attributes()
        if not every_field:
            attrs = [attrs[i] for i in kept]
        feat.setAttributes(attrs + extra[row])
        batch.append(feat)
        written += 1
        if len(batch) == BATCH:
            flush(sink, batch, feedback, name)
            feedback.setProgress(100.0 * written / total)
    flush(sink, batch, feedback, name)
    return written


# -- GeoPackage to GeoPackage -------------------------------------------------------------------
class _NotSureError(Exception):
    """The GeoPackage path cannot guarantee the sink's result."""


def _gpkg_plan(source, table, context, dest_id):
    """(source path, source table, output path, output layer name or None) when the SQL copy
    gives exactly what the sink would write, else None."""
    out_path, out_layer = layers.file_source(dest_id)
    if out_path is None or Path(out_path).suffix.lower() != ".gpkg":
        return None
    try:
        src = _gpkg_source(source, context)
    except (sqlite3.Error, RuntimeError):
        return None
    if src is None or Path(src[0]).resolve() == Path(out_path).resolve():
        return None
    fields = source.fields()
    if fields.count() == 0 or fields.at(0).name() != "fid":
        return None  # the output keeps the input's fid only through a first field "fid"
    if any(f.type() not in _PLAIN_TYPES for f in fields):
        return None
    # every geometry present, of the layer's own (2D, linear) type: the sink writes these
    # unchanged, while it rewrites null or empty ones
    type_id = _TYPE_IDS.get(source.wkbType())
    if type_id is None or table.missing_geometry.any():
        return None
    if len(table) and not (shapely.get_type_id(table.geoms) == type_id).all():
        return None
    return src + (out_path, out_layer)


def _gpkg_source(source, context):
    """(path, table) of the GeoPackage table behind ``source``, or None."""
    layer = layers.ogr_file_layer(source, context)
    if layer is None:
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = parts.get("path") or ""
    if parts.get("subset") or Path(path).suffix.lower() != ".gpkg" or not Path(path).is_file():
        return None
    with _connect(path) as con:
        tables = [
            r[0]
            for r in con.execute(
                "SELECT table_name FROM gpkg_contents WHERE data_type = 'features'"
            )
        ]
        name = parts.get("layerName")
        if not name:
            if len(tables) != 1 or parts.get("layerId") not in (None, 0):
                return None
            name = tables[0]
        if name not in tables:
            return None
    return path, name


def _connect(path):
    con = sqlite3.connect(str(path), isolation_level=None)
    con.execute("PRAGMA busy_timeout = 10000")
    return _Closing(con)


class _Closing:
    def __init__(self, con):
        self.con = con

    def __enter__(self):
        return self.con

    def __exit__(self, *exc):
        self.con.close()


def _quote(name):
    return '"' + str(name).replace('"', '""') + '"'


def _columns(con, schema, table):
    """(column names, declared types, primary key column) of ``schema.table``."""
    info = con.execute(f"PRAGMA {schema}.table_info({_quote(table)})").fetchall()
    pk = [r[1] for r in info if r[5]]
    return (
        [r[1] for r in info],
        [str(r[2]).upper() for r in info],
        (pk[0] if len(pk) == 1 else None),
    )


def _geometry_column(con, schema, table):
    rows = con.execute(
        f"SELECT column_name, geometry_type_name, srs_id, z, m FROM "
        f"{schema}.gpkg_geometry_columns WHERE lower(table_name) = lower(?)",
        (table,),
    ).fetchall()
    if len(rows) != 1:
        raise _NotSureError()
    return rows[0]


def _copy_gpkg(plan, fields, kept, source, table, columns, feedback):
    """Fill the empty output table in one SQLite transaction. Returns the rows written.

    The output's insert triggers (R-tree and feature count; they call OGR's SQL functions) are
    set aside during the INSERT and put back verbatim; the R-tree is the input's when every
    input row is written (the same ids and geometries), else filled from the input's R-tree
    row by row; the extent comes from the geometry headers, as OGR computes it.
    """
    src_path, src_table, out_path, out_layer = plan
    check_cancel(feedback)
    names = fields.names()
    src_names = source.fields().names()
    kept_names = [src_names[i] for i in kept]
    new_names = names[len(kept) :]
    with _filling(out_path, out_layer, src_path) as (con, out_layer):
        out_geom = _geometry_column(con, "main", out_layer)
        src_geom = _geometry_column(con, "src", src_table)
        out_cols, _types, out_pk = _columns(con, "main", out_layer)
        src_cols, src_types, src_pk = _columns(con, "src", src_table)
        declared = dict(zip(src_cols, src_types))
        expected = ["fid", out_geom[0]] + [n for n in names if n != "fid"]
        if (
            out_cols != expected
            or out_pk != "fid"
            or src_pk != "fid"
            or out_geom[1:] != src_geom[1:]
            or kept_names[0] != "fid"
            or any(
                declared.get(n, "BLOB").split("(")[0] not in _PLAIN_DECLARED for n in kept_names[1:]
            )
        ):
            raise _NotSureError()
        out_rtree = _rtree(con, "main", out_layer, out_geom[0])
        src_rtree = _rtree(con, "src", src_table, src_geom[0])
        if out_rtree is None or src_rtree is None:
            raise _NotSureError()
        triggers = _set_aside_insert_triggers(con, out_layer, out_rtree)
        values = ", ".join(f"c{i}" for i in range(len(new_names)))
        con.execute(f"CREATE TEMP TABLE nuudel_values (fid INTEGER PRIMARY KEY, {values})")
        con.executemany(
            f"INSERT INTO temp.nuudel_values VALUES ({', '.join('?' * (len(new_names) + 1))})",
            zip(table.fids.tolist(), *columns),
        )
        target = ", ".join(_quote(n) for n in ["fid", out_geom[0]] + kept_names[1:] + new_names)
        selected = ", ".join(
            [f"s.{_quote(src_geom[0])}"]
            + [f"s.{_quote(n)}" for n in kept_names[1:]]
            + [f"v.c{i}" for i in range(len(new_names))]
        )
        written = con.execute(
            f'INSERT INTO main.{_quote(out_layer)} ({target}) SELECT s."fid", {selected} '
            f"FROM src.{_quote(src_table)} AS s JOIN temp.nuudel_values AS v "
            f'ON v.fid = s."fid" ORDER BY s."fid"'
        ).rowcount
        check_cancel(feedback)
        _fill_rtree(con, out_rtree, src_rtree, src_table, written)
        _set_extent(con, out_layer, out_geom[0])
        _finish(con, out_layer, triggers, written)
        con.execute("DROP TABLE temp.nuudel_values")
    return written


@contextmanager
def _filling(path, layer, attach=None):
    """(connection, layer name) of the empty output table in ``path`` (``layer``, or its only
    feature table), in a transaction committed at the end (rolled back on any error); the
    GeoPackage ``attach`` is attached as ``src``."""
    with _connect(path) as con:
        if attach:
            con.execute("ATTACH DATABASE ? AS src", (attach,))
        con.execute("BEGIN")
        try:
            tables = [
                r[0]
                for r in con.execute(
                    "SELECT table_name FROM main.gpkg_contents WHERE data_type = 'features'"
                )
            ]
            layer = layer or (tables[0] if len(tables) == 1 else None)
            if (
                layer not in tables
                or con.execute(f"SELECT count(*) FROM main.{_quote(layer)}").fetchone()[0]
            ):
                raise _NotSureError()
            yield con, layer
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise


def _finish(con, layer, triggers, count):
    """Put the insert triggers back and store the feature count."""
    for sql in triggers:
        con.execute(sql)
    con.execute(
        "UPDATE main.gpkg_ogr_contents SET feature_count = ? WHERE lower(table_name) = lower(?)",
        (count, layer),
    )


def _rtree(con, schema, table, geom):
    """Name of the GeoPackage R-tree of ``table.geom`` in ``schema``, or None."""
    name = f"rtree_{table}_{geom}"
    listed = con.execute(
        f"SELECT count(*) FROM {schema}.gpkg_extensions WHERE lower(table_name)"
        f" = lower(?) AND lower(column_name) = lower(?) AND extension_name = "
        f"'gpkg_rtree_index'",
        (table, geom),
    ).fetchone()[0]
    sql = con.execute(f"SELECT sql FROM {schema}.sqlite_master WHERE name = ?", (name,)).fetchone()
    return (
        name
        if listed
        and sql
        and "USING RTREE(ID, MINX, MAXX, MINY, MAXY)" in sql[0].upper().replace('"', "")
        else None
    )


def _set_aside_insert_triggers(con, table, rtree):
    """Drop the output table's insert triggers (the known two); return their SQL."""
    known = {f"{rtree}_insert", f"trigger_insert_feature_count_{table}"}
    saved = []
    for name, sql in con.execute(
        "SELECT name, sql FROM main.sqlite_master WHERE type = "
        "'trigger' AND lower(tbl_name) = lower(?)",
        (table,),
    ).fetchall():
        if "INSERT ON" in " ".join(sql.upper().split()):
            if name not in known:
                raise _NotSureError()
            saved.append(sql)
            con.execute(f"DROP TRIGGER main.{_quote(name)}")
    return saved


def _fill_rtree(con, out_rtree, src_rtree, src_table, written):
    """The output's R-tree: the input's own when every input row was written, else its rows."""
    rows = con.execute(f"SELECT count(*) FROM src.{_quote(src_table)}").fetchone()[0]
    indexed = con.execute(f"SELECT count(*) FROM src.{_quote(src_rtree + '_rowid')}").fetchone()[0]
    shadow = ("_node", "_rowid", "_parent")
    same = all(
        _columns(con, "main", out_rtree + t)[0] == _columns(con, "src", src_rtree + t)[0]
        for t in shadow
    )
    if rows == written == indexed and same:
        for t in shadow:  # the same ids and boxes: the input's tree is this tree
            con.execute(f"DELETE FROM main.{_quote(out_rtree + t)}")
            con.execute(
                f"INSERT INTO main.{_quote(out_rtree + t)} SELECT * FROM "
                f"src.{_quote(src_rtree + t)}"
            )
    else:
        added = con.execute(
            f"INSERT INTO main.{_quote(out_rtree)} SELECT r.* FROM "
            f"src.{_quote(src_rtree)} AS r JOIN temp.nuudel_values AS v "
            f"ON v.fid = r.id"
        ).rowcount
        if added != written:
            raise _NotSureError()  # the input's R-tree misses rows: leave it to the sink


def _set_extent(con, table, geom):
    """gpkg_contents extent from the envelopes in the GeoPackage geometry headers (points
    without an envelope: their coordinates), exactly as OGR sums them when it writes."""
    g, t = _quote(geom), _quote(table)
    # little-endian headers with an xy envelope (flags 0x03) or points without one (0x01)
    kinds = [
        r[0]
        for r in con.execute(
            f"SELECT DISTINCT hex(substr({g}, 1, 4)) FROM main.{t} WHERE {g} IS NOT NULL"
        )
    ]
    boxes = []
    for kind in kinds:
        if kind == "47500003":
            part, width = f"substr({g}, 9, 32)", 4  # minx, maxx, miny, maxy
        elif kind == "47500001":
            part, width = f"substr({g}, 14, 16)", 2  # x, y after the WKB point header
            if con.execute(
                f"SELECT count(*) FROM main.{t} WHERE hex(substr({g}, 1, 4)) = ? "
                f"AND hex(substr({g}, 9, 5)) != '0101000000'",
                (kind,),
            ).fetchone()[0]:
                raise _NotSureError()
        else:
            raise _NotSureError()  # big-endian, other envelopes or empty geometries
        rows = con.execute(
            f"SELECT {part} FROM main.{t} WHERE hex(substr({g}, 1, 4)) = ?", (kind,)
        ).fetchall()
        values = np.frombuffer(b"".join(map(itemgetter(0), rows)), dtype="<f8")
        values = values.reshape(-1, width)
        boxes.append(values if width == 4 else values[:, [0, 0, 1, 1]])
    if not boxes:
        return
    boxes = np.concatenate(boxes)
    _write_extent(
        con, table, boxes[:, 0].min(), boxes[:, 1].max(), boxes[:, 2].min(), boxes[:, 3].max()
    )


def _write_extent(con, table, min_x, max_x, min_y, max_y):
    """Store the extent as OGR does: printed by SQLite's printf('%.18g') (about 16
    significant digits) and read back, so the stored numbers are the same to the last bit."""
    con.execute(
        "UPDATE main.gpkg_contents SET "
        + ", ".join(
            f"{name} = CAST(printf('%.18g', ?) AS REAL)"
            for name in ("min_x", "max_x", "min_y", "max_y")
        )
        + " WHERE lower(table_name) = lower(?)",
        (float(min_x), float(max_x), float(min_y), float(max_y), table),
    )


def _new_gpkg_target(dest_id, wkb_type, geoms):
    """(path, layer name or None) of a GeoPackage output SQLite can fill with ``geoms``."""
    path, layer = layers.file_source(dest_id)
    if (
        path is None
        or Path(path).suffix.lower() != ".gpkg"
        or len(geoms) == 0
        or wkb_type not in (QgsWkbTypes.Point, QgsWkbTypes.LineString)
    ):
        return None
    present = np.array([g is not None for g in geoms], dtype=bool)
    if (
        not present.all()
        or shapely.is_empty(geoms).any()
        or shapely.has_z(geoms).any()
        or not (shapely.get_type_id(geoms) == _TYPE_IDS[wkb_type]).all()
    ):
        return None
    return path, layer


def _insert_gpkg(path, layer, fields, wkb_type, geoms, columns, feedback):
    """Insert new rows into the empty GeoPackage table the sink made, as OGR writes them:
    geometry blobs with the GeoPackage header (an envelope for lines, none for points),
    fids 1, 2, ... in order, the R-tree, extent and feature count."""
    check_cancel(feedback)
    names = fields.names()
    point = wkb_type == QgsWkbTypes.Point
    n = len(geoms)
    bounds = shapely.bounds(geoms)  # minx, miny, maxx, maxy
    with _filling(path, layer) as (con, layer):
        geom, type_name, srs_id, has_z, has_m = _geometry_column(con, "main", layer)
        cols, _types, pk = _columns(con, "main", layer)
        if (
            cols != ["fid", geom] + names
            or pk != "fid"
            or has_z
            or has_m
            or type_name.upper() != ("POINT" if point else "LINESTRING")
        ):
            raise _NotSureError()
        rtree = _rtree(con, "main", layer, geom)
        if rtree is None:
            raise _NotSureError()
        triggers = _set_aside_insert_triggers(con, layer, rtree)
        header = [("magic", "S2"), ("version", "u1"), ("flags", "u1"), ("srs", "<i4")]
        header = np.zeros(n, dtype=header + ([] if point else [("env", "<f8", (4,))]))
        header["magic"] = b"GP"
        header["flags"] = 1 if point else 3  # little-endian; an xy envelope for lines
        header["srs"] = srs_id
        if not point:
            header["env"] = bounds[:, [0, 2, 1, 3]]
        raw, size = header.tobytes(), header.dtype.itemsize
        wkbs = shapely.to_wkb(geoms, byte_order=1).tolist()
        blobs = [raw[i * size : (i + 1) * size] + wkb for i, wkb in enumerate(wkbs)]
        con.executemany(
            f"INSERT INTO main.{_quote(layer)} "
            f"({', '.join(_quote(c) for c in cols[1:])}) VALUES "
            f"({', '.join('?' * (len(cols) - 1))})",
            zip(blobs, *columns),
        )
        first, last, count = con.execute(
            f"SELECT min(fid), max(fid), count(*) FROM main.{_quote(layer)}"
        ).fetchone()
        if count != n or last - first + 1 != n:
            raise _NotSureError()
        check_cancel(feedback)
        con.executemany(
            f"INSERT INTO main.{_quote(rtree)} VALUES (?, ?, ?, ?, ?)",
            zip(range(first, last + 1), *bounds[:, [0, 2, 1, 3]].T.tolist()),
        )
        _write_extent(
            con,
            layer,
            bounds[:, 0].min(),
            bounds[:, 2].max(),
            bounds[:, 1].min(),
            bounds[:, 3].max(),
        )
        _finish(con, layer, triggers, n)
