"""Key figures as Processing outputs (numbers and strings, not only files).

A consultant chains on them in the model builder, reads them in ``qgis_process --json``
results or from ``processing.run``. Output names are fixed UPPER_CASE English (contract):

- fence audit: BARRIER_KM, LONGEST_BARRIER_KM, WORST_SPECIES
- crossing spacing: GAPS_TOO_LONG, KM_OVER_LIMIT, CROSSINGS_PROPOSED, SPACING_WORST_SPECIES
- no-go mask: ALIGNMENT_KM (JSON text: {alignment: {"nogo", "caution", "suitable",
  "not_screened": km}}, one entry per alignment feature: its name, "name #fid" when several
  features share the name, or the fid)

"Worst species" is the selected species with the most barrier km (fence audit) or the most km
over the spacing limit (crossing spacing); ties go to the longer barrier run / the more gaps,
then to the first species in the standard order.
"""

import json

import numpy as np
import shapely
from qgis.core import QgsProcessingOutputNumber, QgsProcessingOutputString

from .i18n import tr

FENCE_OUTPUTS = ("BARRIER_KM", "LONGEST_BARRIER_KM", "WORST_SPECIES")
SPACING_OUTPUTS = ("GAPS_TOO_LONG", "KM_OVER_LIMIT", "CROSSINGS_PROPOSED", "SPACING_WORST_SPECIES")
NOGO_OUTPUTS = ("ALIGNMENT_KM",)
NOT_SCREENED = "not_screened"


def _add(alg, outputs):
    for name, kind, description in outputs:
        cls = QgsProcessingOutputNumber if kind == "number" else QgsProcessingOutputString
        alg.addOutput(cls(name, description))


def add_fence_outputs(alg):
    """Declare the fence audit's key-figure outputs (call in initAlgorithm)."""
    _add(
        alg,
        (
            ("BARRIER_KM", "number", tr("Barrier km of the worst species")),
            (
                "LONGEST_BARRIER_KM",
                "number",
                tr("Longest unbroken barrier km of the worst species"),
            ),
            ("WORST_SPECIES", "string", tr("Worst species (code: most barrier km)")),
        ),
    )


def add_spacing_outputs(alg):
    """Declare the crossing spacing check's key-figure outputs (call in initAlgorithm)."""
    _add(
        alg,
        (
            ("GAPS_TOO_LONG", "number", tr("Gaps too long (worst species)")),
            ("KM_OVER_LIMIT", "number", tr("Km over the spacing limit (worst species)")),
            ("CROSSINGS_PROPOSED", "number", tr("Crossings proposed (worst species)")),
            (
                "SPACING_WORST_SPECIES",
                "string",
                tr("Worst species for crossing spacing (code: most km over the limit)"),
            ),
        ),
    )


def add_nogo_outputs(alg):
    """Declare the no-go mask's key-figure output (call in initAlgorithm)."""
    _add(
        alg,
        (
            (
                "ALIGNMENT_KM",
                "string",
                tr("Km of each alignment in no-go, caution, suitable and not screened (JSON)"),
            ),
        ),
    )


def fence_figures(summary) -> dict:
    """{BARRIER_KM, LONGEST_BARRIER_KM, WORST_SPECIES} from the audit's per-species summary."""
    if not summary:
        return {"BARRIER_KM": 0.0, "LONGEST_BARRIER_KM": 0.0, "WORST_SPECIES": ""}
    codes = list(summary)
    worst = max(
        codes,
        key=lambda c: (summary[c]["km"]["barrier"], summary[c]["longest_km"], -codes.index(c)),
    )
    item = summary[worst]
    return {
        "BARRIER_KM": round(item["km"]["barrier"], 3),
        "LONGEST_BARRIER_KM": round(item["longest_km"], 3),
        "WORST_SPECIES": worst,
    }


def spacing_figures(species_summary) -> dict:
    """{GAPS_TOO_LONG, KM_OVER_LIMIT, CROSSINGS_PROPOSED, SPACING_WORST_SPECIES} from the
    crossing spacing check's per-species summary."""
    if not species_summary:
        return {
            "GAPS_TOO_LONG": 0,
            "KM_OVER_LIMIT": 0.0,
            "CROSSINGS_PROPOSED": 0,
            "SPACING_WORST_SPECIES": "",
        }
    codes = list(species_summary)
    worst = max(
        codes,
        key=lambda c: (
            species_summary[c]["excess_km"],
            species_summary[c]["too_long"],
            -codes.index(c),
        ),
    )
    item = species_summary[worst]
    return {
        "GAPS_TOO_LONG": int(item["too_long"]),
        "KM_OVER_LIMIT": round(item["excess_km"], 3),
        "CROSSINGS_PROPOSED": int(item["proposed"]),
        "SPACING_WORST_SPECIES": worst,
    }


def alignment_keys(table, names) -> list:
    """A key per alignment feature: its name when no other feature has it, "name #fid" when
    several share it (two options of one road), the fid when it has none."""
    fids = [int(f) for f in table.fids]
    texts = ["" if names is None or names[i] is None else str(names[i]) for i in range(len(fids))]
    counts = {t: texts.count(t) for t in set(texts)}
    return [
        t if t and counts[t] == 1 else f"{t} #{fid}" if t else str(fid)
        for t, fid in zip(texts, fids)
    ]


def alignment_km(pieces, table, names, lines, study_area, measure_km) -> str:
    """ALIGNMENT_KM as JSON text: {alignment: {"nogo", "caution", "suitable", "not_screened":
    km}} per alignment feature (keys: :func:`alignment_keys`). ``pieces`` are the no-go mask's
    cut pieces (core.nogo.cut_lines); not screened = the feature outside ``study_area``;
    ``measure_km`` (an array of line geometries -> km each) measures as the mask measures.
    ``{}`` without an alignment layer."""
    if table is None:
        return "{}"
    keys = alignment_keys(table, names)
    out = {
        key: {"nogo": 0.0, "caution": 0.0, "suitable": 0.0, NOT_SCREENED: 0.0}
        for key, geom in zip(keys, lines)
        if geom is not None
    }
    if pieces:
        km = measure_km(np.array([p.geom for p in pieces], dtype=object))
        for piece, length in zip(pieces, km):
            out[keys[piece.line_index]][piece.zone] += float(length)
    outside, owners = [], []
    for key, geom in zip(keys, lines):
        if geom is not None and not shapely.contains_properly(study_area, geom):
            rest = shapely.difference(geom, study_area)
            if not rest.is_empty:
                outside.append(rest)
                owners.append(key)
    if outside:
        for key, length in zip(owners, measure_km(np.array(outside, dtype=object))):
            out[key][NOT_SCREENED] = float(length)
    rounded = {
        key: {zone: round(km, 3) for zone, km in zones.items()} for key, zones in out.items()
    }
    return json.dumps(rounded, ensure_ascii=False, sort_keys=True)
