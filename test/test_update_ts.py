"""scripts/update_ts.py --fill fills only unfinished entries; with --force a TSV also overrides
finished translations (how the integrator re-applies i18n/pending/mongolian.tsv)."""

import sys

from helpers import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
import update_ts

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="mn_MN"><context><name>@default</name>
<message><source>provisional</source><translation>түр зуурын</translation></message>
<message><source>verified</source><translation type="unfinished"></translation></message>
</context></TS>
"""


def test_fill_and_force(tmp_path):
    ts = tmp_path / "x.ts"
    table = {"provisional": "баталгаажаагүй", "verified": "баталгаажсан"}
    ts.write_text(TS, encoding="utf-8")
    assert update_ts.fill(ts, table) == 1  # only the unfinished one
    assert update_ts.messages(ts) == {"provisional": "түр зуурын", "verified": "баталгаажсан"}
    assert update_ts.fill(ts, table, force=True) == 1  # the finished one is overridden
    assert update_ts.messages(ts) == {"provisional": "баталгаажаагүй", "verified": "баталгаажсан"}
    assert update_ts.fill(ts, table, force=True) == 0  # nothing left to change


def test_pending_tsv_is_in_the_ts():
    """Every entry of the editor's pending TSV whose English is still in the code is what the
    .ts says (the TSV is applied last, with --force; strings the code no longer has are left
    out of the .ts by pylupdate5)."""
    table = update_ts.read_tsv(ROOT / "i18n" / "pending" / "mongolian.tsv")
    ts = update_ts.messages(update_ts.TS)
    live = {k: v for k, v in table.items() if k in ts}
    assert len(live) > len(table) / 2  # the check still covers most of the editor's entries
    assert {k: ts[k] for k in live} == live
