"""OpenStreetMap fences into the Nuudel fence data model (QGIS-free).

The tag mapping is data (resources/osm_fence_mapping.json, see its ``note``): for every way,
the keys of ``precedence`` (fence_type, material, barrier) are looked up in order; the first
mapped value sets ``fence_type``, ``barbed`` comes from the first entry that states it or from
a ``barbed_keys`` tag. ``height=*`` is read with its unit (metres by default, "cm", "mm",
feet and inches such as 4'6") into centimetres. Gates mapped as ways become openings when
their access allows passage (or open=yes), else their type stays unknown. Gate nodes on a fence
are named in its notes. Tags the mapping does not read go to ``notes``. OSM never records the
bottom wire or the gap between the top two wires: those stay empty, so the fence audit says
``unknown`` and which field was missing.
"""

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import numpy as np
import shapely
from shapely.ops import substring

from .inventory import BARBED_CODES, FENCE_TYPES
from .text import NuudelError, tr

SCHEMA = "nuudel-osm-fence-mapping/1"
DEFAULT_MAPPING = Path(__file__).resolve().parents[2] / "resources" / "osm_fence_mapping.json"
SOURCE = "OSM"

_HSTORE = re.compile(r'"((?:[^"\\]|\\.)*)"\s*=>\s*(NULL|"((?:[^"\\]|\\.)*)")')
_UNESCAPE = re.compile(r"\\(.)")
_METRIC = re.compile(r"^\s*(\d+(?:[.,]\d+)?|[.,]\d+)\s*(m|cm|mm|km)?\s*$", re.IGNORECASE)
_FEET = re.compile(
    r"^\s*(\d+(?:\.\d+)?)\s*(?:'|ft|feet)\s*(?:(\d+(?:\.\d+)?)\s*(?:\"|in|inch"
    r"es)?)?\s*$",
    re.IGNORECASE,
)
_INCHES = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(?:\"|in|inches)\s*$", re.IGNORECASE)
_CM_PER_UNIT = {"m": 100.0, "cm": 1.0, "mm": 0.1, "km": 100000.0}


def parse_hstore(text) -> dict:
    """``"key"=>"value","k2"=>"v2"`` (GDAL's other_tags, PostgreSQL hstore text) -> dict.

    Escaped quotes and backslashes are unescaped; NULL values and blank text give {}."""
    if text is None:
        return {}
    text = str(text)
    if not text.strip():
        return {}
    out = {}
    for match in _HSTORE.finditer(text):
        key = _UNESCAPE.sub(r"\1", match.group(1))
        if match.group(2) != "NULL":
            out[key] = _UNESCAPE.sub(r"\1", match.group(3))
    return out


def parse_height_cm(text, default_unit="m"):
    """OSM length text -> centimetres, or None when empty or not readable.

    "1.2", "1.2 m", "120 cm", "1200 mm", "4'", "4 ft", "4'6\"", "54\"" (a comma decimal is
    accepted too). A number without unit is in ``default_unit`` (OSM: metres)."""
    if text is None or not str(text).strip():
        return None
    text = str(text).strip()
    match = _METRIC.match(text)
    if match:
        unit = (match.group(2) or default_unit).lower()
        return round(float(match.group(1).replace(",", ".")) * _CM_PER_UNIT[unit], 3)
    match = _FEET.match(text)
    if match:
        inches = float(match.group(1)) * 12.0 + float(match.group(2) or 0.0)
        return round(inches * 2.54, 3)
    match = _INCHES.match(text)
    if match:
        return round(float(match.group(1)) * 2.54, 3)
    return None


# -- the mapping file ----------------------------------------------------------------------
def _mapping_error(filename, key, problem, **params):
    return NuudelError(
        tr("OSM mapping {file}, key '{key}': {problem}"),
        file=filename,
        key=key,
        problem=NuudelError(problem, **params),
    )


def _check_entry(filename, path, entry, sources):
    """One entry of the mapping's keys tables: codes of the data model, sources, status."""
    kind = entry.get("fence_type")
    if kind is not None and kind not in FENCE_TYPES:
        raise _mapping_error(
            filename,
            path,
            tr("fence_type must be one of {values} or null, not '{value}'."),
            values=", ".join(FENCE_TYPES),
            value=kind,
        )
    barbed = entry.get("barbed")
    if barbed is not None and barbed not in BARBED_CODES:
        raise _mapping_error(
            filename,
            path,
            tr("barbed must be one of {values} or null, not '{value}'."),
            values=", ".join(BARBED_CODES),
            value=barbed,
        )
    for src in entry.get("sources", []):
        if src not in sources:
            raise _mapping_error(
                filename, path, tr("unknown source '{src}'; define it under 'sources'."), src=src
            )
    if entry.get("status") not in ("verified", "provisional"):
        raise _mapping_error(filename, path, tr("status must be 'verified' or 'provisional'."))


def validate_mapping(data, filename="mapping") -> dict:
    """Check the structure of a mapping (see resources/osm_fence_mapping.json)."""
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise _mapping_error(filename, "schema", tr("must be '{schema}'."), schema=SCHEMA)
    sources = data.get("sources")
    if not isinstance(sources, dict):
        raise _mapping_error(filename, "sources", tr("missing; add it (see the shipped file)."))
    keys = data.get("keys")
    if not isinstance(keys, dict):
        raise _mapping_error(filename, "keys", tr("missing; add it (see the shipped file)."))
    for key in data.get("precedence", []):
        if key not in keys:
            raise _mapping_error(
                filename, "precedence", tr("'{value}' has no table under 'keys'."), value=key
            )
    for key, table in keys.items():
        for value, entry in table.items():
            _check_entry(filename, f"keys.{key}.{value}", entry, sources)
    _check_extras(filename, data)
    return data


def _check_extras(filename, data):
    """The barbed keys and the default unit of heights."""
    for key, table in data.get("barbed_keys", {}).items():
        for value, code in table.items():
            if code not in BARBED_CODES:
                raise _mapping_error(
                    filename,
                    f"barbed_keys.{key}.{value}",
                    tr("must be one of {values}."),
                    values=", ".join(BARBED_CODES),
                )
    if data.get("height_default_unit", "m") not in _CM_PER_UNIT:
        raise _mapping_error(
            filename,
            "height_default_unit",
            tr("must be one of {values}."),
            values=", ".join(_CM_PER_UNIT),
        )


def load_mapping(path=None) -> dict:
    """Load and check a mapping file (the shipped one when ``path`` is empty)."""
    path = Path(path) if path else DEFAULT_MAPPING
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise NuudelError(
            tr("Cannot read the OSM mapping {file}: {error}"),
            file=str(path),
            error=err.strerror or str(err),
        ) from err
    except json.JSONDecodeError as err:
        raise NuudelError(
            tr("OSM mapping {file}, line {line}: not valid JSON ({error})."),
            file=path.name,
            line=err.lineno,
            error=err.msg,
        ) from err
    return validate_mapping(data, path.name)


# -- mapping features ------------------------------------------------------------------------
@dataclass
class Mapped:
    """Columns in the fence data model, one entry per way (None where not known)."""

    fence_type: list
    height_cm: list
    barbed: list
    notes: list
    counts: dict = field(default_factory=dict)  # what to say in the log


def _gate_open(tags, mapping) -> bool:
    rule = mapping.get("gate_open", {})
    return any(tags.get(key, "").strip().lower() in rule.get(key, ()) for key in ("access", "open"))


def _type_and_barbed(tags, mapping, notes, problems, t):
    """(fence_type, barbed, is a gate) from the keys of the mapping's precedence: the first
    mapped value that states a type decides it; barbed from the first that states it or from a
    barbed key."""
    fence_type, barbed, gate = None, None, False
    for key in mapping.get("precedence", ()):
        value = tags.get(key, "").strip().lower()
        if not value:
            continue
        entry = mapping["keys"][key].get(value)
        if entry is None:
            problems.append("unmapped")
            notes.append(t(tr("{key}={value} not in the mapping")).format(key=key, value=value))
            continue
        gate = gate or bool(entry.get("gate"))
        if fence_type is None:
            fence_type = entry.get("fence_type")
        if barbed is None:
            barbed = entry.get("barbed")
        if entry.get("note") and entry.get("fence_type") is None and not entry.get("gate"):
            notes.append(f"{key}={value}: {entry['note']}")
    for key, table in mapping.get("barbed_keys", {}).items():
        value = tags.get(key, "").strip().lower()
        if value and barbed is None:
            barbed = table.get(value)
    return fence_type, barbed, gate


def _gate_note(gate, t) -> str:
    if not gate.is_open:
        text = tr("gate at node {id} (closed or access not mapped)")
    elif gate.width_m:
        text = tr("open gate at node {id}, {width} m wide: cut out as an opening")
    else:
        text = tr("open gate at node {id}, width not mapped: not cut out")
    return t(text).format(id=gate.node_id, width=f"{gate.width_m or 0:g}")


def _map_one(tags, mapping, gates, t):
    """(fence_type, height_cm, barbed, notes, problems) of one way's tags; ``t`` translates
    the note templates."""
    notes, problems = [], []
    fence_type, barbed, gate = _type_and_barbed(tags, mapping, notes, problems, t)
    if gate and fence_type is None:
        if _gate_open(tags, mapping):
            fence_type = "opening"
        else:
            problems.append("gate")
            notes.append(
                t(tr("gate mapped as a line, closed or access not mapped: fence type unknown"))
            )
    height_text = tags.get(mapping.get("height_key", "height"), "")
    height = parse_height_cm(height_text, mapping.get("height_default_unit", "m"))
    if height_text.strip() and height is None:
        problems.append("height")
        notes.append(t(tr("height '{value}' not readable")).format(value=height_text))
    notes.extend(_gate_note(g, t) for g in gates)
    read = (
        set(mapping.get("read_keys", ()))
        | set(mapping.get("precedence", ()))
        | set(mapping.get("barbed_keys", {}))
    )
    other = [f"{k}={v}" for k, v in sorted(tags.items()) if k not in read]
    if other:
        notes.append(t(tr("other OSM tags: {tags}")).format(tags="; ".join(other)))
    return fence_type, height, barbed, "; ".join(notes) or None, problems


def map_tags(tag_dicts, mapping, gates_per_way=None, translate=None) -> Mapped:
    """Map one dict of OSM tags per way; ``gates_per_way`` gives the Gates on each way;
    ``translate`` turns the English note templates into the user's language."""
    t = translate or (lambda text: text)
    gates_per_way = gates_per_way or [()] * len(tag_dicts)
    columns: tuple[list, list, list, list] = ([], [], [], [])
    counts = {"unmapped": 0, "gate": 0, "height": 0, "no_type": 0, "gate_nodes": 0, "cut": 0}
    for tags, gates in zip(tag_dicts, gates_per_way):
        fence_type, height, barbed, notes, problems = _map_one(tags, mapping, gates, t)
        for column, value in zip(columns, (fence_type, height, barbed, notes)):
            column.append(value)
        for problem in set(problems):
            counts[problem] += 1
        counts["no_type"] += fence_type is None
        counts["gate_nodes"] += len(gates)
        counts["cut"] += sum(1 for g in gates if g.is_open and g.width_m)
    return Mapped(*columns, counts=counts)


@dataclass
class Gate:
    """A gate node on a fence way."""

    node_id: str
    is_open: bool
    width_m: Optional[float] = None
    xy: Optional[tuple] = None


def gate_nodes(line_geoms, point_geoms, point_ids, point_tags, mapping, tolerance=1e-9):
    """[Gate] per line: the gate points (barrier=gate|lift_gate|swing_gate|entrance) lying on
    a vertex of the line (OSM nodes share coordinates exactly); open when the access allows
    passage (or an entrance), with the width=* tag in metres when mapped."""
    n = len(line_geoms)
    out = [[] for _ in range(n)]
    gate_values = {
        v
        for v, e in mapping["keys"].get("barrier", {}).items()
        if e.get("gate") or e.get("fence_type") == "opening"
    }
    keep = [
        i
        for i, tags in enumerate(point_tags)
        if tags.get("barrier", "").strip().lower() in gate_values and point_geoms[i] is not None
    ]
    if not keep or not n:
        return out
    lines = np.asarray(line_geoms, dtype=object)
    present = np.array([g is not None for g in lines], dtype=bool)
    coords, owner = shapely.get_coordinates(lines[present], return_index=True)
    owner = np.flatnonzero(present)[owner]
    vertices = shapely.points(coords)
    tree = shapely.STRtree(vertices)
    pts = np.asarray([point_geoms[i] for i in keep], dtype=object)
    hit_pt, hit_vertex = tree.query(pts, predicate="dwithin", distance=tolerance)
    seen = set()
    for p, v in zip(hit_pt.tolist(), hit_vertex.tolist()):
        i, line = keep[p], int(owner[v])
        if (i, line) in seen:
            continue
        seen.add((i, line))
        tags = point_tags[i]
        is_open = tags.get("barrier", "").strip().lower() == "entrance" or _gate_open(tags, mapping)
        width = parse_height_cm(tags.get("width"), mapping.get("height_default_unit", "m"))
        point = point_geoms[i]
        out[line].append(
            Gate(point_ids[i], is_open, width / 100.0 if width else None, (point.x, point.y))
        )
    return out


def select_fences(tag_dicts, mapping):
    """(keep, skipped): True for ways that are fences, walls, hedges or gates (barrier=* in
    the mapping, or any fence_type=*); ``skipped`` counts the others by their barrier value
    ("" = no barrier tag, e.g. roads and rivers of the extract)."""
    barriers = mapping["keys"].get("barrier", {})
    keep = np.zeros(len(tag_dicts), dtype=bool)
    skipped = {}
    for i, tags in enumerate(tag_dicts):
        value = tags.get("barrier", "").strip().lower()
        if value in barriers or tags.get("fence_type", "").strip():
            keep[i] = True
        else:
            skipped[value] = skipped.get(value, 0) + 1
    return keep, skipped


def cut_open_gates(geoms_lonlat, gates_per_way):
    """Pieces of each way: (way index, geometry, gate or None). A way with open gates of known
    width is cut around each of them: the ``width_m`` centred on the gate becomes a piece of
    its own (the gate, an opening), the rest stay pieces of the way. Widths are true metres
    (a local frame at the way, metres per degree on the sphere of radius 6,371,008.8 m: the
    error is far below a centimetre over a gate's width); lines that are not single
    LineStrings are kept whole."""
    out = []
    for i, geom in enumerate(geoms_lonlat):
        gates = [
            g
            for g in (gates_per_way[i] if gates_per_way else ())
            if g.is_open and g.width_m and g.xy
        ]
        if geom is None or not gates or geom.geom_type != "LineString":
            out.append((i, geom, None))
        else:
            out.extend((i, piece, gate) for piece, gate in _cut(geom, gates))
    return out


def _cut(geom, gates):
    """[(piece, gate or None)] of one way cut around its open ``gates``."""
    origin = shapely.get_coordinates(geom.centroid)[0]
    scale = np.radians(1.0) * 6371008.8 * np.array([np.cos(np.radians(origin[1])), 1.0])

    def to_local(coords):
        return (coords - origin) * scale

    def to_lonlat(coords):
        return coords / scale + origin

    local = shapely.transform(geom, to_local)
    cuts = sorted(
        ((local.project(shapely.Point(to_local(np.array(g.xy)))), g) for g in gates),
        key=lambda cut: cut[0],
    )
    pieces, pos = [], 0.0
    for at, gate in cuts:
        start = min(max(at - gate.width_m / 2, pos), local.length)
        stop = min(at + gate.width_m / 2, local.length)
        if start > pos:
            pieces.append((substring(local, pos, start), None))
        if stop > start:
            pieces.append((substring(local, start, stop), gate))
        pos = max(pos, stop)
    if pos < local.length:
        pieces.append((substring(local, pos, local.length), None))
    return [(shapely.transform(piece, to_lonlat), gate) for piece, gate in pieces]


def fence_rows(mapped, pieces, names, osm_ids, translate=None):
    """(geometries, {field: column}) of the output (core/inventory.OSM_FIELDS): one row per
    piece of ``cut_open_gates``; a gate piece is an opening, the others keep their way's
    values. ``names`` and ``osm_ids`` are per way."""
    t = translate or (lambda text: text)
    opening_note = t(tr("open gate at node {id}, {width} m wide (access allows passage)"))
    columns = {
        key: []
        for key in (
            "name",
            "fence_type",
            "height_cm",
            "bottom_cm",
            "top_gap_cm",
            "barbed",
            "osm_id",
            "source",
            "notes",
        )
    }
    geoms = []
    for way, geom, gate in pieces:
        values = {
            "name": names[way],
            "bottom_cm": None,
            "top_gap_cm": None,
            "osm_id": osm_ids[way],
            "source": SOURCE,
        }
        if gate is None:
            values.update(
                fence_type=mapped.fence_type[way],
                height_cm=mapped.height_cm[way],
                barbed=mapped.barbed[way],
                notes=mapped.notes[way],
            )
        else:
            values.update(
                fence_type="opening",
                height_cm=None,
                barbed=None,
                notes=opening_note.format(id=gate.node_id, width=f"{gate.width_m:g}"),
            )
        for key, value in values.items():
            columns[key].append(value)
        geoms.append(geom)
    return np.array(geoms, dtype=object), columns
