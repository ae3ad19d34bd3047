"""Species/standard profiles: load and validate the JSON that carries every threshold.

A profile is data only (never executed). Errors name the key path and the line in the file.
"""

import json
import math
import re
import stat
from pathlib import Path

from .text import NuudelError, tr

SCHEMA = "nuudel-profile/1"
DEFAULT_PROFILE = Path(__file__).resolve().parents[2] / "resources" / "profiles" / "species.json"
SPECIES_CODES = ("mgaz", "ggaz", "saiga", "khulan", "takhi", "camel", "argali", "ibex")
FENCE_MODES = ("crawl", "jump", "opening")
STATUSES = ("verified", "provisional")
TOPOLOGY_KEYS = ("join_tolerance_m", "near_miss_m")
MAX_PROFILE_BYTES = 4 * 1024 * 1024  # a profile is a few kB; more is not a profile


# What a JSON value is, in words a profile editor knows (never Python type names).
KIND_WORDS = {
    "dict": tr("an object (keys and values in braces)"),
    "list": tr("a list (values in square brackets)"),
    "str": tr("a text in quotes"),
    "number": tr("a number"),
    "bool": tr("true or false"),
    "null": tr("null (empty)"),
}


def _kind_of(value) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, (int, float)):
        return "number"
    kinds: dict[type, str] = {dict: "dict", list: "list", str: "str"}
    return kinds.get(type(value), "str")


class ProfileError(NuudelError):
    """A profile file that cannot be used, with the key and line to fix."""


def _line_of(text: str, path: tuple) -> int:
    """Best-effort line number of the key ``path`` (a tuple of keys) in the JSON ``text``."""
    pos = 0
    for key in path:
        if isinstance(key, int):
            continue
        match = re.compile(rf'"{re.escape(str(key))}"\s*:').search(text, pos)
        if not match:
            break
        pos = match.start()
    return text.count("\n", 0, pos) + 1


class _Checker:
    def __init__(self, text: str, filename: str):
        self.text = text
        self.filename = filename

    def fail(self, path, template, line_path=None, **params):
        """Raise a ProfileError naming ``path``, at the line of ``line_path`` (default: path)."""
        raise ProfileError(
            tr("Profile {file}, line {line}, key '{key}': {problem}"),
            file=self.filename,
            line=_line_of(self.text, path if line_path is None else line_path),
            key=".".join(str(p) for p in path) or NuudelError(tr("(top level)")),
            problem=NuudelError(template, **params),
        )

    def get(self, obj, path, key, kind, required=True):
        if not isinstance(obj, dict) or key not in obj:
            if required:
                # a missing key is reported at its parent's line (a search for the key itself
                # would find the same key further down, in another object)
                self.fail(
                    path + (key,),
                    tr("missing; add it (see the shipped species.json)."),
                    line_path=path,
                )
            return None
        value = obj[key]
        ok = {
            "dict": isinstance(value, dict),
            "list": isinstance(value, list),
            "str": isinstance(value, str),
            "number": (
                isinstance(value, (int, float))
                and not isinstance(value, bool)
                and math.isfinite(value)
            ),
        }[kind]
        if not ok and kind == "number" and isinstance(value, float):
            self.fail(path + (key,), tr("must be a finite number, found {value}."), value=value)
        if not ok:
            self.fail(
                path + (key,),
                tr("must be {kind}, found {found}."),
                kind=NuudelError(KIND_WORDS[kind]),
                found=NuudelError(KIND_WORDS[_kind_of(value)]),
            )
        return value

    def at_least(self, obj, path, key, low, strict=False):
        """The number ``obj[key]`` (already type-checked) must be >= ``low`` (> when strict)."""
        value = obj[key]
        if value < low or (strict and value == low):
            self.fail(
                path + (key,),
                tr("must be {relation} {low}, found {value}."),
                relation=">" if strict else ">=",
                low=low,
                value=value,
            )


def _check_rule_meta(chk, rule, path, sources):
    for src in chk.get(rule, path, "sources", "list"):
        if src not in sources:
            chk.fail(
                path + ("sources",),
                tr("unknown source '{src}'; define it under 'sources'."),
                src=src,
            )
    status = chk.get(rule, path, "status", "str")
    if status not in STATUSES:
        chk.fail(
            path + ("status",),
            tr("must be 'verified' or 'provisional', not '{value}'."),
            value=status,
        )


def _check_rule_order(chk, rule, path):
    """Thresholds in cm are >= 0; a min rule passes at or above its conditional value, a max
    rule at or below it (swapped values would turn every verdict round)."""
    chk.at_least(rule, path, "pass", 0)
    chk.at_least(rule, path, "conditional", 0)
    if rule["kind"] == "min" and rule["pass"] < rule["conditional"]:
        chk.fail(
            path + ("pass",),
            tr(
                "a 'min' rule passes at or above its conditional value: "
                "'pass' ({good}) must be >= 'conditional' ({bad})."
            ),
            good=rule["pass"],
            bad=rule["conditional"],
        )
    if rule["kind"] == "max" and rule["pass"] > rule["conditional"]:
        chk.fail(
            path + ("pass",),
            tr(
                "a 'max' rule passes at or below its conditional value: "
                "'pass' ({good}) must be <= 'conditional' ({bad})."
            ),
            good=rule["pass"],
            bad=rule["conditional"],
        )


def _check_fence_types(chk, fence, sources):
    """The fence audit's type lists, run tolerance and (optional) plausibility limits."""
    for key in ("barrier_types", "opening_types"):
        item = chk.get(fence, ("fence",), key, "dict")
        for i, value in enumerate(chk.get(item, ("fence", key), "types", "list")):
            if not isinstance(value, str):
                chk.fail(
                    ("fence", key, "types", i),
                    tr("must be a {kind}, found {found}."),
                    kind="str",
                    found=type(value).__name__,
                )
        chk.get(item, ("fence", key), "rule", "str")
        _check_rule_meta(chk, item, ("fence", key), sources)
    for i, value in enumerate(chk.get(fence, ("fence",), "wire_types", "list")):
        if not isinstance(value, str):
            chk.fail(
                ("fence", "wire_types", i),
                tr("must be a {kind}, found {found}."),
                kind="str",
                found=type(value).__name__,
            )
    # deprecated (issue 15): read from old profiles, topology.join_tolerance_m replaces it
    if chk.get(fence, ("fence",), "run_tolerance_m", "number", required=False) is not None:
        chk.at_least(fence, ("fence",), "run_tolerance_m", 0)
    limits = chk.get(fence, ("fence",), "plausible_cm", "dict", required=False)
    if limits is not None:
        path = ("fence", "plausible_cm")
        for key in ("height", "bottom", "top_gap"):
            item = chk.get(limits, path, key, "dict")
            chk.get(item, path + (key,), "min", "number")
            chk.get(item, path + (key,), "max", "number")
            chk.at_least(item, path + (key,), "min", 0)
            chk.at_least(item, path + (key,), "max", item["min"], strict=True)
        chk.get(limits, path, "units_hint_cm", "number")
        chk.get(limits, path, "rule", "str")
        _check_rule_meta(chk, limits, path, sources)


def _check_crossings(chk, crossings, groups, sources):
    """The crossing spacing check's limits, type lists and species groups."""
    optional = ("duplicate_tolerance_m", "spacing_tolerance_rel")
    for key in (
        "openness_min",
        "culvert_min_m",
        "overpass_min_width_m",
        "max_spacing_m",
        *optional,
    ):
        item = chk.get(crossings, ("crossings",), key, "dict", required=key not in optional)
        if item is None:
            continue
        chk.get(item, ("crossings", key), "value", "number")
        chk.at_least(
            item, ("crossings", key), "value", 0, strict=key in ("max_spacing_m", "openness_min")
        )
        chk.get(item, ("crossings", key), "rule", "str")
        _check_rule_meta(chk, item, ("crossings", key), sources)
    always = chk.get(crossings, ("crossings",), "always_suitable_types", "dict")
    for i, value in enumerate(
        chk.get(always, ("crossings", "always_suitable_types"), "types", "list")
    ):
        if not isinstance(value, str):
            chk.fail(
                ("crossings", "always_suitable_types", "types", i),
                tr("must be a {kind}, found {found}."),
                kind="str",
                found=type(value).__name__,
            )
    for key in ("always_suitable_types", "bridge"):
        item = chk.get(crossings, ("crossings",), key, "dict")
        chk.get(item, ("crossings", key), "rule", "str")
        _check_rule_meta(chk, item, ("crossings", key), sources)
    for key, group in groups.items():
        path = ("crossings", "groups", key)
        chk.get(group, path, "min_width_m", "number")
        chk.get(group, path, "min_height_m", "number")
        chk.at_least(group, path, "min_width_m", 0)
        chk.at_least(group, path, "min_height_m", 0)
        chk.get(group, path, "rule", "str")
        _check_rule_meta(chk, group, path, sources)


def _check_valued(chk, section, name, keys, sources):
    """Items of ``section`` (a dict) that carry a number ``value``, a rule and sources."""
    for key in keys:
        item = chk.get(section, (name,), key, "dict")
        chk.get(item, (name, key), "value", "number")
        chk.get(item, (name, key), "rule", "str")
        _check_rule_meta(chk, item, (name, key), sources)


def _check_traffic(chk, traffic, sources):
    """The road traffic bands (optional section: only the traffic algorithms need it)."""
    bands = chk.get(traffic, ("traffic",), "bands", "dict")
    chk.get(bands, ("traffic", "bands"), "rule", "str")
    _check_rule_meta(chk, bands, ("traffic", "bands"), sources)
    classes = chk.get(bands, ("traffic", "bands"), "classes", "list")
    known = ("low", "moderate", "high", "very_high")
    last = None
    for i, item in enumerate(classes):
        path = ("traffic", "bands", "classes", i)
        code = chk.get(item, path, "code", "str")
        if code not in known:
            chk.fail(path + ("code",), tr("must be one of {values}."), values=", ".join(known))
        value = chk.get(item, path, "from_vpd", "number")
        if last is not None and value <= last:
            chk.fail(path + ("from_vpd",), tr("must be larger than the band before it."))
        last = value
    if not classes or classes[0]["from_vpd"] != 0:
        chk.fail(("traffic", "bands", "classes"), tr("the first band must start at 0."))
    _check_valued(chk, traffic, "traffic", ("cami_high_vpd", "peak_hour_share", "gap_s"), sources)


def _check_landscape(chk, landscape, sources):
    """The landscape permeability thresholds (optional section)."""
    _check_valued(chk, landscape, "landscape", ("road_barrier_vpd",), sources)


INVENTORY_LIMITS = (
    "duplicate_tolerance_m",
    "max_opening_m",
    "crossing_distance_m",
    "metres_hint_cm",
)


def _check_inventory(chk, inventory, sources):
    """The fence inventory's limits (optional block; the shipped profile's apply without it)."""
    for key in INVENTORY_LIMITS:
        item = chk.get(inventory, ("inventory",), key, "dict", required=False)
        if item is None:
            continue
        chk.get(item, ("inventory", key), "value", "number")
        chk.get(item, ("inventory", key), "rule", "str")
        _check_rule_meta(chk, item, ("inventory", key), sources)
    ranges = chk.get(inventory, ("inventory",), "plausible_m", "dict", required=False)
    if ranges is not None:
        path = ("inventory", "plausible_m")
        for key in ("width", "height", "length"):
            item = chk.get(ranges, path, key, "dict")
            chk.get(item, path + (key,), "min", "number")
            chk.get(item, path + (key,), "max", "number")
        chk.get(ranges, path, "rule", "str")
        _check_rule_meta(chk, ranges, path, sources)


def _check_mitigation(chk, mitigation, sources):
    """The mitigation priorities settings and unit costs (optional section)."""
    _check_valued(
        chk,
        mitigation,
        "mitigation",
        ("opening_spacing_km", "snap_tolerance_m", "along_tolerance_m"),
        sources,
    )
    for key in ("crossing_design", "unit_costs"):
        item = chk.get(mitigation, ("mitigation",), key, "dict")
        chk.get(item, ("mitigation", key), "rule", "str")
        _check_rule_meta(chk, item, ("mitigation", key), sources)
    path = ("mitigation", "unit_costs", "types")
    types = chk.get(mitigation["unit_costs"], path[:2], "types", "dict")
    for name, item in types.items():
        chk.get(item, path + (name,), "value", "number")
        _check_rule_meta(chk, item, path + (name,), sources)
        if chk.get(item, path + (name,), "per", "str") not in ("each", "km"):
            chk.fail(path + (name, "per"), tr("must be one of {values}."), values="each, km")


def _check_topology(chk, data, sources):
    """The join tolerance and near-miss reach (optional: old profiles have none)."""
    topology = chk.get(data, (), "topology", "dict", required=False)
    if topology is None:
        return
    for key in TOPOLOGY_KEYS:
        item = chk.get(topology, ("topology",), key, "dict", required=False)
        if item is None:
            continue
        value = chk.get(item, ("topology", key), "value", "number")
        if value < 0:
            chk.fail(
                ("topology", key, "value"), tr("must be zero or more, not {value}."), value=value
            )
        _check_rule_meta(chk, item, ("topology", key), sources)


def topology_setting(profile: dict, key: str):
    """(value, warnings) of topology.<key> (join_tolerance_m or near_miss_m).

    Old profiles: the fence's ``run_tolerance_m`` gives the join tolerance, with a warning that
    it is deprecated; without either the shipped profile's value applies."""
    warnings = []
    item = (profile.get("topology") or {}).get(key)
    old = (profile.get("fence") or {}).get("run_tolerance_m")
    if key == "join_tolerance_m" and old is not None:
        warnings.append(
            NuudelError(
                tr(
                    "The profile's fence.run_tolerance_m is deprecated: use topology.join_tolerance_m "
                    "(or the JOIN_TOLERANCE parameter). {used}"
                ),
                used=NuudelError(
                    tr("Its value {value} m is used as the join tolerance.")
                    if item is None
                    else tr("It is ignored; topology.join_tolerance_m applies."),
                    value=old,
                ),
            )
        )
        if item is None:
            return float(old), warnings
    if item is None:
        item = load_profile()["topology"][key]
    return float(item["value"]), warnings


def _check_species(chk, data, sources) -> dict:
    species = chk.get(data, (), "species", "dict")
    for code, sp in species.items():
        path = ("species", code)
        if code not in SPECIES_CODES:
            chk.fail(
                path,
                tr("unknown species code '{code}'; known codes: {codes}."),
                code=code,
                codes=", ".join(SPECIES_CODES),
            )
        for key in (
            "name_en",
            "name_mn",
            "fence_mode",
            "mode_source",
            "mode_status",
            "crossing_group",
        ):
            chk.get(sp, path, key, "str")
        if sp["fence_mode"] not in FENCE_MODES:
            chk.fail(
                path + ("fence_mode",),
                tr("must be one of {values}."),
                values=", ".join(FENCE_MODES),
            )
        if sp["mode_source"] not in sources:
            chk.fail(
                path + ("mode_source",),
                tr("unknown source '{src}'; define it under 'sources'."),
                src=sp["mode_source"],
            )
    return species


def _check_fence(chk, data, sources) -> None:
    fence = chk.get(data, (), "fence", "dict")
    rules = chk.get(fence, ("fence",), "rules", "dict")
    for mode in FENCE_MODES:
        mode_rules = chk.get(rules, ("fence", "rules"), mode, "list")
        if not mode_rules:
            chk.fail(
                ("fence", "rules", mode),
                tr(
                    "the rule list is empty: every species of this mode would be judged by nothing."
                ),
            )
        for i, rule in enumerate(mode_rules):
            path = ("fence", "rules", mode, i)
            chk.get(rule, path, "id", "str")
            chk.get(rule, path, "kind", "str")
            if rule["kind"] in ("min", "max"):
                chk.get(rule, path, "pass", "number")
                chk.get(rule, path, "conditional", "number")
                chk.get(rule, path, "field", "str")
                _check_rule_order(chk, rule, path)
            _check_rule_meta(chk, rule, path, sources)
    _check_fence_types(chk, fence, sources)


def _check_crossing_groups(chk, data, species, sources) -> None:
    crossings = chk.get(data, (), "crossings", "dict")
    groups = chk.get(crossings, ("crossings",), "groups", "dict")
    for code, sp in species.items():
        if sp["crossing_group"] not in groups:
            chk.fail(
                ("species", code, "crossing_group"),
                tr("unknown crossing group '{group}'; define it under crossings.groups."),
                group=sp["crossing_group"],
            )
    _check_crossings(chk, crossings, groups, sources)


def validate(data: dict, text: str = "", filename: str = "profile") -> dict:
    """Check the structure of a parsed profile; return it or raise ProfileError."""
    chk = _Checker(text, filename)
    if not isinstance(data, dict):
        chk.fail((), tr("the profile must be a JSON object."))
    if data.get("schema") != SCHEMA:
        chk.fail(("schema",), tr("must be '{schema}'."), schema=SCHEMA)
    sources = chk.get(data, (), "sources", "dict")
    for key, src in sources.items():
        chk.get(src, ("sources", key), "citation", "str")
        chk.get(src, ("sources", key), "label", "str")
        chk.get(src, ("sources", key), "citation_mn", "str", required=False)
    species = _check_species(chk, data, sources)
    _check_fence(chk, data, sources)
    _check_crossing_groups(chk, data, species, sources)
    inventory = chk.get(data, (), "inventory", "dict", required=False)
    if inventory is not None:
        _check_inventory(chk, inventory, sources)
    _check_topology(chk, data, sources)
    nogo = chk.get(data, (), "nogo", "dict")
    for key in ("water_nogo_m", "water_caution_m"):
        item = chk.get(nogo, ("nogo",), key, "dict")
        chk.get(item, ("nogo", key), "value", "number")
        chk.at_least(item, ("nogo", key), "value", 0)
        _check_rule_meta(chk, item, ("nogo", key), sources)
    for key, check in (
        ("traffic", _check_traffic),
        ("landscape", _check_landscape),
        ("mitigation", _check_mitigation),
    ):
        section = chk.get(data, (), key, "dict", required=False)
        if section is not None:
            check(chk, section, sources)
    return data


def load_profile(path=None) -> dict:
    """Load and validate a profile file (the shipped one when ``path`` is empty)."""
    path = Path(path) if path else DEFAULT_PROFILE
    filename = path.name
    text = _read_text(path)
    try:
        data = json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as err:
        raise ProfileError(
            tr("Profile {file}, line {line}: not valid JSON ({error})."),
            file=filename,
            line=err.lineno,
            error=err.msg,
        ) from err
    except ValueError as err:
        raise ProfileError(
            tr("Profile {file}: {value} is not a number JSON allows; write a finite number."),
            file=filename,
            value=str(err),
        ) from err
    except RecursionError as err:
        raise ProfileError(
            tr("Profile {file}: nested too deeply to be a profile."), file=filename
        ) from err
    return validate(data, text, filename)


def _no_constant(name):
    raise ValueError(name)  # NaN, Infinity, -Infinity: Python's json accepts them, JSON does not


def _read_text(path: Path) -> str:
    """The profile's text: a regular file of at most MAX_PROFILE_BYTES, UTF-8 (a byte-order
    mark is allowed). FIFOs, devices and folders are refused before they are opened."""
    try:
        info = path.stat()
    except OSError as err:
        raise ProfileError(
            tr("Cannot read profile {file}: {error}"),
            file=str(path),
            error=err.strerror or str(err),
        ) from err
    if not stat.S_ISREG(info.st_mode):
        raise ProfileError(
            tr(
                "Profile {file} is not a regular file (a folder, a device or a "
                "pipe); choose a .json file."
            ),
            file=str(path),
        )
    if info.st_size > MAX_PROFILE_BYTES:
        raise ProfileError(
            tr("Profile {file} is {size} MB; a profile is a small JSON file (at most 4 MB)."),
            file=str(path),
            size=round(info.st_size / 1e6, 1),
        )
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_PROFILE_BYTES + 1)
    except OSError as err:
        raise ProfileError(
            tr("Cannot read profile {file}: {error}"),
            file=str(path),
            error=err.strerror or str(err),
        ) from err
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise ProfileError(
            tr("Profile {file} is not UTF-8 text (byte {position}); save it as UTF-8."),
            file=str(path),
            position=err.start,
        ) from err


def source_text(profile: dict, keys, lang: str = "en") -> str:
    """'citation (label); ...' for a list of source keys, for reasons and reports.

    In Mongolian (``lang`` 'mn') a source's ``citation_mn`` (Mongolian laws, standards and the
    plugin's own inferences) replaces its citation; other sources keep their original title.
    """
    out = []
    for key in keys:
        src = profile["sources"].get(key, {})
        citation = (lang == "mn" and src.get("citation_mn")) or src.get("citation", key)
        out.append(f"{citation} ({src.get('label', '?')})")
    return "; ".join(out)
