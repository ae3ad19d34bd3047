"""Nuudel against R BaBA run live (issue 21), when R and the package's R/BaBA.R are here.

Skipped without `Rscript` (with sf and dplyr) or without BaBA.R (path in NUUDEL_BABA_R, default
/tmp/baba_r/BaBA.R): the package is not shipped with Nuudel. test/core/test_behaviour_baba.py
checks the same agreement on R's recorded events without R.
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BABA_R = Path(os.environ.get("NUUDEL_BABA_R", "/tmp/baba_r/BaBA.R"))


def _r_ready():
    if not shutil.which("Rscript") or not BABA_R.exists():
        return False
    probe = subprocess.run(
        ["Rscript", "-e", "library(sf); library(dplyr)"], capture_output=True, text=True
    )
    return probe.returncode == 0


pytestmark = pytest.mark.skipif(not _r_ready(), reason="R, sf, dplyr or BaBA.R not available")


def test_r_baba_and_nuudel_agree_but_for_the_documented_differences(tmp_path):
    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "compare_baba.py"), "--data", "worked,quirks"]
        + ["--no-qgis", "--baba-r", str(BABA_R), "--out", str(tmp_path)],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    report = json.loads((tmp_path / "compare_baba.json").read_text())
    worked = report["worked"]["core"]
    assert worked["events_r"] == worked["events_nuudel"] == worked["matched"] == 7
    assert worked["same_behaviour"] == worked["same_crossings"] == 7
    assert worked["counts_r"] == worked["counts_nuudel"]
    quirks = report["quirks"]["core"]
    hour = lambda key: (key[1] - 1619827200) / 3600  # noqa: E731 (hours after EPOCH)
    # the fix 98.9 m from the fence's end (outside the package's buffer polygon) and the run
    # the package joins to an earlier event by its burst number are Nuudel's alone
    assert [hour(k) for k in quirks["only_nuudel"]] == [12.0, 25.0]
    assert quirks["only_r"] == []
    (differ,) = quirks["disagreements"]
    assert hour(differ["key"]) == 20.0
    assert differ["r"]["behaviour"] == "average_movement"  # 20-22 h and 25 h as one 5 h event
    assert differ["r"]["duration_h"] == 5.0
    assert differ["nuudel"]["behaviour"] == "bounce" and differ["nuudel"]["duration_h"] == 2.0
    assert quirks["same_behaviour"] == 2  # the 24 h and 24.5 h fixes: bounce in both
