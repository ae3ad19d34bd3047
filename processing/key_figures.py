"""Key figures as Processing outputs (numbers and strings, not only files).

A consultant chains on them in the model builder, reads them in ``qgis_process --json``
results or from ``processing.run``. Output names are fixed UPPER_CASE English (contract):

- fence audit: BARRIER_KM, LONGEST_BARRIER_KM, WORST_SPECIES
- crossing spacing: GAPS_TOO_LONG, KM_OVER_LIMIT, CROSSINGS_PROPOSED, SPACING_WORST_SPECIES
- no-go mask: ALIGNMENT_KM (JSON text: {alignment: {"nogo", "caution", "suitable",
  "not_screened": km}})

"Worst species" is the selected species with the most barrier km (fence audit) or the most km
over the spacing limit (crossing spacing); ties go to the longer barrier run / the more gaps,
then to the first species in the standard order.
"""

import json

from qgis.core import QgsProcessingOutputNumber, QgsProcessingOutputString

from . import layers
from .i18n import tr

FENCE_OUTPUTS = ("BARRIER_KM", "LONGEST_BARRIER_KM", "WORST_SPECIES")
SPACING_OUTPUTS = ("GAPS_TOO_LONG", "KM_OVER_LIMIT", "CROSSINGS_PROPOSED",
                   "SPACING_WORST_SPECIES")
NOGO_OUTPUTS = ("ALIGNMENT_KM",)
NOT_SCREENED = "not_screened"


def _add(alg, outputs):
    for name, kind, description in outputs:
        cls = QgsProcessingOutputNumber if kind == "number" else QgsProcessingOutputString
        alg.addOutput(cls(name, description))


def add_fence_outputs(alg):
    """Declare the fence audit's key-figure outputs (call in initAlgorithm)."""
    _add(alg, (
        ("BARRIER_KM", "number", tr("Barrier km of the worst species")),
        ("LONGEST_BARRIER_KM", "number", tr("Longest unbroken barrier km of the worst species")),
        ("WORST_SPECIES", "string", tr("Worst species (code: most barrier km)")),
    ))


def add_spacing_outputs(alg):
    """Declare the crossing spacing check's key-figure outputs (call in initAlgorithm)."""
    _add(alg, (
        ("GAPS_TOO_LONG", "number", tr("Gaps too long (worst species)")),
        ("KM_OVER_LIMIT", "number", tr("Km over the spacing limit (worst species)")),
        ("CROSSINGS_PROPOSED", "number", tr("Crossings proposed (worst species)")),
        ("SPACING_WORST_SPECIES", "string",
         tr("Worst species for crossing spacing (code: most km over the limit)")),
    ))


def add_nogo_outputs(alg):
    """Declare the no-go mask's key-figure output (call in initAlgorithm)."""
    _add(alg, (
        ("ALIGNMENT_KM", "string",
         tr("Km of each alignment in no-go, caution, suitable and not screened (JSON)")),
    ))


def fence_figures(summary) -> dict:
    """{BARRIER_KM, LONGEST_BARRIER_KM, WORST_SPECIES} from the audit's per-species summary."""
    if not summary:
        return {"BARRIER_KM": 0.0, "LONGEST_BARRIER_KM": 0.0, "WORST_SPECIES": ""}
    codes = list(summary)
    worst = max(codes, key=lambda c: (summary[c]["km"]["barrier"], summary[c]["longest_km"],
                                      -codes.index(c)))
    item = summary[worst]
    return {"BARRIER_KM": round(item["km"]["barrier"], 3),
            "LONGEST_BARRIER_KM": round(item["longest_km"], 3), "WORST_SPECIES": worst}


def spacing_figures(species_summary) -> dict:
    """{GAPS_TOO_LONG, KM_OVER_LIMIT, CROSSINGS_PROPOSED, SPACING_WORST_SPECIES} from the
    crossing spacing check's per-species summary."""
    if not species_summary:
        return {"GAPS_TOO_LONG": 0, "KM_OVER_LIMIT": 0.0, "CROSSINGS_PROPOSED": 0,
                "SPACING_WORST_SPECIES": ""}
    codes = list(species_summary)
    worst = max(codes, key=lambda c: (species_summary[c]["excess_km"],
                                      species_summary[c]["too_long"], -codes.index(c)))
    item = species_summary[worst]
    return {"GAPS_TOO_LONG": int(item["too_long"]),
            "KM_OVER_LIMIT": round(item["excess_km"], 3),
            "CROSSINGS_PROPOSED": int(item["proposed"]), "SPACING_WORST_SPECIES": worst}


def alignment_km(per_line, totals_km) -> str:
    """ALIGNMENT_KM as JSON text. ``per_line``: {alignment: {zone: [km, sources]}} as the no-go
    mask measures it; ``totals_km``: {alignment: whole length in km}. Not screened = the rest
    (the part outside the study area)."""
    out = {}
    for key in list(per_line) + [k for k in totals_km if k not in per_line]:
        zones = {zone: round(float(value[0]), 3) for zone, value in per_line.get(key, {}).items()}
        for zone in ("nogo", "caution", "suitable"):
            zones.setdefault(zone, 0.0)
        screened = sum(zones.values())
        zones[NOT_SCREENED] = round(max(float(totals_km.get(key, screened)) - screened, 0.0), 3)
        out[str(key)] = zones
    return json.dumps(out, ensure_ascii=False, sort_keys=True)


def alignment_totals_km(table, names, lines, to_out, area, step) -> dict:
    """{alignment: km} of the whole alignment features, measured as the no-go mask measures
    its pieces (output CRS, densified, on the ellipsoid). Keyed like the mask: name, else fid."""
    totals = {}
    if table is None:
        return totals
    for i, geom in enumerate(lines):
        if geom is None:
            continue
        qgeom = layers.to_qgs(geom)
        qgeom.transform(to_out)
        name = names[i] if names is not None else None
        key = ("" if name is None else str(name)) or str(int(table.fids[i]))
        totals[key] = totals.get(key, 0.0) + area.measureLength(qgeom.densifyByDistance(step)) \
            / 1000.0
    return totals
