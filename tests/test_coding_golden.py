"""Golden-file test for coding: the bundled sample articles (and the seed) must code to
the records pinned in tests/fixtures/coding/*.expected.jsonl.

A change in the coder or its data that changes any record fails here, on purpose: look at
the diff, and if the new output is right, regenerate with

    EVENTWIRE_UPDATE_GOLDEN=1 pytest tests/test_coding_golden.py
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import eventwire
from eventwire.ingest import iter_articles

SAMPLE = Path(eventwire.__file__).parent / "sample"
EXPECTED = Path(__file__).parent / "fixtures" / "coding"
FIELDS = ("sentence_index", "cameo", "source", "target", "negated", "date", "location", "evidence")


def _key(event: dict) -> dict:
    row = {k: event[k] for k in FIELDS}
    row["source"] = (event["source"] or {}).get("code")
    row["target"] = (event["target"] or {}).get("code")
    row["location"] = (event["location"] or {}).get("name")
    row["evidence"] = [event["evidence"]["trigger"], event["evidence"]["char_start"]]
    return row


@pytest.mark.parametrize("path", sorted(SAMPLE.glob("*.txt")), ids=lambda p: p.stem)
def test_sample_codes_to_its_golden_file(pipeline, path: Path) -> None:  # type: ignore[no-untyped-def]
    [(article, events)] = list(pipeline.code(iter_articles([str(path)])))
    got = [_key(e.to_dict()) for e in events]
    golden = EXPECTED / f"{path.stem}.expected.jsonl"
    if os.environ.get("EVENTWIRE_UPDATE_GOLDEN") or not golden.exists():
        golden.write_text("".join(json.dumps(r, sort_keys=True) + "\n" for r in got), encoding="utf-8")
        if not os.environ.get("EVENTWIRE_UPDATE_GOLDEN"):
            pytest.fail(f"wrote missing golden file {golden}; review and commit it")
    want = [json.loads(line) for line in golden.read_text(encoding="utf-8").splitlines() if line]
    assert got == want
