"""The first acceptance test: the seed article, end to end, as the gold describes it."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from eventwire.coding.evaluate import document_checks, load_gold, score
from eventwire.ingest import clean_text

SPEC_FIELDS = {"event_id", "doc_id", "sentence_index", "sentence", "source", "target", "cameo",
               "cameo_root", "plover", "quad_class", "goldstein", "negated", "date", "location",
               "confidence", "evidence"}
PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
          "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


@pytest.fixture(scope="module")
def seed_events(shared):  # type: ignore[no-untyped-def]
    out = subprocess.run(
        [sys.executable, "-m", "eventwire", "code", str(shared / "examples" / "seed-article.txt"),
         "--format", "jsonl"], capture_output=True, text=True, check=True, timeout=120)
    return [json.loads(line) for line in out.stdout.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def seed_gold(shared):  # type: ignore[no-untyped-def]
    return load_gold(shared / "examples" / "seed-article.gold.jsonl")


def test_seed_cleaning_passes_title_boilerplate_body_checks(seed_gold) -> None:  # type: ignore[no-untyped-def]
    doc = seed_gold[0]
    article = clean_text(doc["text"], doc["id"])
    assert document_checks(doc, article) == []


def test_seed_every_required_event_found_at_most_two_extra(seed_events, seed_gold) -> None:  # type: ignore[no-untyped-def]
    result = score(seed_gold, seed_events)
    assert result.misses == [], result.misses
    assert len(result.false_positives) <= 2, [
        (p["cameo"], p["source"], p["target"], p["sentence"][:60]) for p in result.false_positives]


def test_seed_dates_and_places(seed_events, seed_gold) -> None:  # type: ignore[no-untyped-def]
    s = score(seed_gold, seed_events).summary()
    assert s["date_acc"] == 1.0 and s["location_acc"] == 1.0


def test_seed_records_follow_the_spec(seed_events) -> None:  # type: ignore[no-untyped-def]
    assert seed_events
    for e in seed_events:
        assert SPEC_FIELDS <= e.keys()
        assert e["doc_id"] == "seed-article"
        assert e["cameo"].startswith(e["cameo_root"]) and len(e["cameo_root"]) == 2
        assert e["plover"] in PLOVER
        assert e["quad_class"] in (1, 2, 3, 4) and -10 <= e["goldstein"] <= 10
        assert isinstance(e["negated"], bool)
        for side in ("source", "target"):
            actor = e[side]
            assert actor is None or {"code", "country", "role", "name"} <= actor.keys()
            assert actor is None or actor["country"] is None or len(actor["country"]) == 3
        assert e["date"] is None or e["date"][:4].isdigit()
        ev = e["evidence"]
        assert e["sentence"].find(ev["trigger"]) >= 0
        assert ev["char_end"] - ev["char_start"] == len(ev["trigger"])


def test_seed_event_ids_are_stable(seed_events, shared) -> None:  # type: ignore[no-untyped-def]
    again = subprocess.run(
        [sys.executable, "-m", "eventwire", "code", str(shared / "examples" / "seed-article.txt"),
         "--format", "jsonl"], capture_output=True, text=True, check=True, timeout=120)
    ids = [json.loads(line)["event_id"] for line in again.stdout.splitlines() if line.strip()]
    assert ids == [e["event_id"] for e in seed_events]
    assert len(set(ids)) == len(ids)
