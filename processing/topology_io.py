"""Adapter side of core/topology.py, shared by the fence audit and the crossing spacing check:
the JOIN_TOLERANCE and OUTPUT_TOPOLOGY parameters, the near-miss warning, the topology point
layer (joins and near misses) and the report section."""

import numpy as np
import shapely
from qgis.core import (
    QgsFields,
    QgsProcessing,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from . import layers, output, report
from .compat import advanced, field
from .core import topology
from .core.profile import source_text, topology_setting
from .i18n import text_language, tr

JOIN_TOLERANCE = "JOIN_TOLERANCE"
OUTPUT_TOPOLOGY = "OUTPUT_TOPOLOGY"
MAX_LISTED = 50  # near misses listed in a report


def add_parameters(alg):
    """JOIN_TOLERANCE (advanced; empty: the profile's value) and the optional OUTPUT_TOPOLOGY."""
    alg.addParameter(
        advanced(
            QgsProcessingParameterNumber(
                JOIN_TOLERANCE,
                tr(
                    "Join tolerance: line ends closer than this are joined (metres "
                    "whatever the CRS; empty: the profile's value)"
                ),
                QgsProcessingParameterNumber.Double,
                defaultValue=None,
                optional=True,
                minValue=0.0,
            )
        )
    )


def add_output(alg):
    alg.addParameter(
        QgsProcessingParameterFeatureSink(
            OUTPUT_TOPOLOGY,
            tr("Line joins and near misses (points, optional)"),
            QgsProcessing.TypeVectorPoint,
            optional=True,
            createByDefault=False,
        )
    )


def read_tolerance(alg, parameters, context, profile, feedback):
    """(join tolerance, near-miss reach) in metres: JOIN_TOLERANCE or the profile's
    topology.join_tolerance_m (an old profile's fence.run_tolerance_m, with a warning)."""
    tolerance, warnings = topology_setting(profile, "join_tolerance_m")
    for warning in warnings:
        feedback.pushWarning(warning.render(tr))
    value = parameters.get(JOIN_TOLERANCE) if isinstance(parameters, dict) else None
    if value not in (None, ""):
        tolerance = alg.parameterAsDouble(parameters, JOIN_TOLERANCE, context)
    near, _ = topology_setting(profile, "near_miss_m")
    return tolerance, max(near, tolerance)


def push_log(snap, feedback, near_misses, template, template_one):
    """The joins line in the log and the near-miss warning. ``template`` (already translated,
    in the algorithm's words, with {count}, {lo}, {hi}, {suggest}) for a range of distances,
    ``template_one`` (with {distance}) when every near miss has the same distance."""
    feedback.pushInfo(snap.summary(tr))
    params = topology.near_miss_params(near_misses)
    if params:
        text = template if params["lo"] != params["hi"] else template_one
        feedback.pushWarning(text.format(distance=params["lo"], **params))


def write_layer(alg, parameters, context, feedback, snap, fids, crs, src_crs=None):
    """OUTPUT_TOPOLOGY: one point per join and near miss at the end it concerns (status join |
    near_miss, kind end | line | target, distance_m, fid, end start | end, other_fid); None
    when the output was not asked for. ``src_crs``: the CRS of the records' x, y (default
    ``crs``)."""
    dest = parameters.get(OUTPUT_TOPOLOGY) if isinstance(parameters, dict) else None
    if dest in (None, ""):
        return None
    fields = QgsFields()
    for name, kind in (
        ("status", "string"),
        ("kind", "string"),
        ("distance_m", "double"),
        ("fid", "int64"),
        ("end", "string"),
        ("other_fid", "int64"),
    ):
        fields.append(
            field(name, kind, 20 if kind == "double" else 0, 3 if kind == "double" else 0)
        )
    rec = np.concatenate([snap.joins, snap.near_misses])
    status = ["join"] * len(snap.joins) + ["near_miss"] * len(snap.near_misses)
    fids = np.asarray(fids)
    points = (
        shapely.points(np.column_stack([rec["x"], rec["y"]]))
        if len(rec)
        else np.zeros(0, dtype=object)
    )
    if src_crs is not None and len(rec):
        points = layers.transform_geoms(points, src_crs, crs, context)
    target = rec["kind"] == "target"
    other = np.where(
        (rec["other"] >= 0) & ~target, fids[np.maximum(rec["other"], 0)] if len(fids) else -1, -1
    )
    columns = [
        status,
        rec["kind"].tolist(),
        np.round(rec["distance"], 3).tolist(),
        [int(f) for f in fids[rec["line"]]] if len(rec) else [],
        np.where(rec["end"] == 0, "start", "end").tolist(),
        [int(o) if o >= 0 else None for o in other.tolist()],
    ]
    dest_id = output.write_new(
        alg,
        parameters,
        OUTPUT_TOPOLOGY,
        context,
        feedback,
        fields,
        QgsWkbTypes.Point,
        crs,
        points,
        columns,
    )
    alg.style_output(context, dest_id, "topology")
    return dest_id


def report_section(profile, snap, near_misses, fids, title):
    """(heading, html): the tolerance, how many ends were joined and the near misses."""
    kinds = snap.joins["kind"]
    text = tr(
        "Join tolerance {tolerance} m ({source}): {ends} ends joined to other ends, "
        "{lines} ends joined onto other lines. {near} near misses (ends within {near_m} m "
        "of another end or line but farther than the tolerance)."
    ).format(
        tolerance=f"{snap.tolerance:g}",
        source=_source(profile),
        ends=int((kinds == "end").sum()),
        lines=int((kinds == "line").sum()),
        near=len(near_misses),
        near_m=f"{snap.near:g}",
    )
    body = "<p>" + report.esc(text) + "</p>"
    if len(near_misses):
        fids = np.asarray(fids)
        order = np.argsort(near_misses["distance"], kind="stable")[:MAX_LISTED]
        rows = [
            (
                int(fids[r["line"]]),
                tr("start") if r["end"] == 0 else tr("end"),
                int(fids[r["other"]]) if r["other"] >= 0 else "",
                float(r["distance"]),
            )
            for r in near_misses[order]
        ]
        body += report.table(
            [tr("Feature id"), tr("End"), tr("Nearest feature id"), tr("Distance (m)")], rows
        )
        if len(near_misses) > MAX_LISTED:
            body += (
                "<p>"
                + report.esc(
                    tr("The {count} nearest are listed; OUTPUT_TOPOLOGY has them all.").format(
                        count=MAX_LISTED
                    )
                )
                + "</p>"
            )
    return title, body


def _source(profile):
    item = (profile.get("topology") or {}).get("join_tolerance_m")
    return (
        source_text(profile, item["sources"], text_language()) if item else "fence.run_tolerance_m"
    )


def rule_row(profile, tolerance, text):
    """(rule id, description, sources, status) of the join tolerance for a rules table."""
    item = (profile.get("topology") or {}).get("join_tolerance_m") or {
        "rule": "T-JOIN",
        "sources": ["nuudel_inference"],
        "status": "provisional",
    }
    return (
        item.get("rule", "T-JOIN"),
        text.format(tol=f"{tolerance:g}"),
        item["sources"],
        item["status"],
    )
