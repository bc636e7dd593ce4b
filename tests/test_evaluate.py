"""Our evaluation agrees with the independent scorer in shared/tools."""
from __future__ import annotations

import importlib.util
import random

import pytest

from eventwire.coding.evaluate import actor_matches, event_matches, score

GOLD = [{
    "id": "d1",
    "events": [
        {"sentence": "Troops Shelled the Town", "source": "RUS", "target": None, "cameo": "19"},
        {"sentence": "met with", "source": "USA", "target": "CHN", "cameo": "04"},
        {"sentence": "rejected", "source": ["Hamas"], "target": "ISR", "cameo": ["12", "11"],
         "optional": True},
        {"sentence": "met with", "source": "USA", "target": "CHN", "cameo": "04", "date": "2014-09",
         "location": "Beijing"},
    ],
}]


def ev(sentence: str, cameo: str, src: dict | None, tgt: dict | None, **kw) -> dict:
    return {"doc_id": "d1", "sentence": sentence, "cameo": cameo, "cameo_root": cameo[:2],
            "source": src, "target": tgt, **kw}


RUS = {"code": "RUSMIL", "country": "RUS", "name": "Russian troops"}
USA = {"code": "USAGOV", "country": "USA", "name": "Barack Obama"}
CHN = {"code": "CHNGOV", "country": "CHN", "name": "Xi Jinping"}
HAMAS = {"code": "HAM", "country": None, "name": "Hamas"}
ISR = {"code": "ISR", "country": "ISR", "name": "Israel"}


def test_actor_rules() -> None:
    assert actor_matches(None, None)
    assert actor_matches("RUS", RUS) and not actor_matches("RUS", USA)
    assert actor_matches(["Hamas"], HAMAS) and actor_matches("hamas", HAMAS)
    assert not actor_matches("RUS", None)


def test_consult_matches_both_ways_other_roots_do_not() -> None:
    g = GOLD[0]["events"][1]
    assert event_matches(g, ev("They met  with  him", "042", CHN, USA))
    g19 = {"sentence": "x", "source": "USA", "target": "CHN", "cameo": "19"}
    assert not event_matches(g19, ev("x", "190", CHN, USA))


def test_score_counts_like_the_spec() -> None:
    preds = [ev("Russian troops shelled the town today", "194", RUS, None),
             ev("Obama met with Xi", "040", USA, CHN, date="2014-09-09", location={"name": "Beijing"}),
             ev("Obama met with Xi", "040", CHN, USA, date="2015", location=None),
             ev("Hamas rejected Israel's offer", "120", HAMAS, ISR),
             ev("an unrelated sentence", "051", USA, None)]
    s = score(GOLD, preds).summary()
    assert s["predicted"] == 5 and s["matched_predicted"] == 4
    assert s["gold_required"] == 3 and s["found_required"] == 3


def _shared_scorer(shared):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("score_events", shared / "tools" / "score_events.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


@pytest.mark.parametrize("seed", range(25))
def test_agrees_with_shared_scorer_on_random_predictions(shared, seed: int) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(seed)
    actors = [RUS, USA, CHN, HAMAS, ISR, None]
    sentences = ["Troops shelled the town", "Obama met with Xi", "Hamas rejected the plan", "nothing"]
    codes = ["19", "194", "04", "042", "12", "11", "051", "1"]
    preds = [ev(rng.choice(sentences), rng.choice(codes), rng.choice(actors), rng.choice(actors),
                date=rng.choice([None, "2014-09-09", "2015"]),
                location=rng.choice([None, {"name": "Beijing"}, {"name": "Paris"}]))
             for _ in range(rng.randint(0, 9))]
    ours = score(GOLD, preds).summary()
    theirs = _shared_scorer(shared).score(GOLD, preds)
    theirs.pop("misses")
    assert ours == theirs
