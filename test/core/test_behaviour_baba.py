"""The core against the R package BaBA itself: R's events of a recorded data set.

test/core/data/baba_fixture_*.csv were written by `scripts/compare_baba.py --data fixture
--fixture test/core/data`, which ran R BaBA (wx-ecology/BaBA R/BaBA.R, R 4.2.2 from Debian) on
the data set (5 synthetic animals x 500 fixes every 2 h, 5 % missing, TOLERANCE 4 h, seven
fences): every behaviour occurs. Here the core runs on the same fixes; no R is needed.
"""

import csv
import json
from collections import Counter
from pathlib import Path

import numpy as np
import shapely
from nuudel.processing.core import behaviour as bb

DATA = Path(__file__).resolve().parent / "data"


def _fixture():
    with open(DATA / "baba_fixture_fixes.csv", newline="") as f:
        rows = list(csv.DictReader(f))
    meta = json.loads((DATA / "baba_fixture.json").read_text())
    with open(DATA / "baba_fixture_r_events.csv", newline="") as f:
        r_events = list(csv.DictReader(f))
    animal = [r["animal"] for r in rows]
    t, x, y = (np.array([float(r[k]) for r in rows]) for k in ("t", "x", "y"))
    barriers = [shapely.from_wkt(w) for w in meta["barriers"]]
    return animal, t, x, y, barriers, bb.Settings(**meta["settings"]), r_events


def test_core_classifies_every_event_as_r_baba_does():
    animal, t, x, y, barriers, settings, r_events = _fixture()
    res = bb.analyse(animal, t, x, y, barriers, settings, true_metres=False)
    names = res.fixes.animals[res.event_animal]
    ours = {
        (str(names[i]), int(res.start[i])): (
            int(res.end[i]),
            int(res.crossings[i]),
            str(res.behaviour[i]),
        )
        for i in range(len(res))
    }
    theirs = {
        (r["animal"], int(r["start"])): (int(r["end"]), int(r["crossings"]), r["behaviour"])
        for r in r_events
    }
    assert len(theirs) == 77
    assert ours == theirs  # same events, same end, crossings and behaviour, one by one
    counts = Counter(r["behaviour"] for r in r_events)
    assert set(counts) == set(bb.BEHAVIOURS)  # the fixture exercises every class
    assert res.counts() == {c: counts[c] for c in bb.BEHAVIOURS}
    assert res.bridged > 0  # TOLERANCE bridged some gaps, as in R
