"""The accuracy gate: the coder on our own gold corpus must not fall below the floors
pinned in tests/gold/baseline.json (floors only rise; see eventwire.coding.gate)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.coding.evaluate import gold_article, load_gold, score
from eventwire.coding.gate import failures, load_baseline, raise_floors

GOLD = Path(__file__).parent / "gold"
SAMPLE = Path(__file__).parent / "fixtures" / "sample.gold.jsonl"


def _scores(pipeline, path: Path) -> dict:  # type: ignore[no-untyped-def]
    docs = load_gold(path)
    preds = [e.to_dict() for _, evs in pipeline.code(gold_article(d) for d in docs) for e in evs]
    return score(docs, preds).summary()


@pytest.mark.parametrize("split", ["tune", "heldout", "tune2", "tune3", "tune4", "tune5", "tune6", "tune7", "tune8",
                                   "tune9",
                                   "dev",
                                   "tune_articles", "articles"])
def test_gold_split_stays_above_its_floor(pipeline, split: str) -> None:  # type: ignore[no-untyped-def]
    baseline = load_baseline(GOLD / "baseline.json")
    assert split in baseline, "every split has pinned floors"
    scores = _scores(pipeline, GOLD / f"{split}.jsonl")
    assert failures(split, scores, baseline) == [], scores


def test_bundled_sample_scores(pipeline) -> None:  # type: ignore[no-untyped-def]
    scores = _scores(pipeline, SAMPLE)
    assert scores["recall"] >= 0.6 and scores["precision"] >= 0.6, scores


def test_floors_only_rise_unless_asked(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "baseline.json"
    raise_floors(path, "x", {"precision": 0.5, "recall": 0.4, "f1": 0.45})
    with pytest.raises(ValueError, match="refusing to lower"):
        raise_floors(path, "x", {"precision": 0.48, "recall": 0.5, "f1": 0.5})
    with pytest.raises(ValueError, match="refusing to lower"):
        raise_floors(path, "x", {"precision": 0.6, "recall": 0.5, "f1": 0.449})
    raise_floors(path, "x", {"precision": 0.495, "recall": 0.5, "f1": 0.5})  # a small trade
    raise_floors(path, "x", {"precision": 0.48, "recall": 0.5, "f1": 0.5}, allow_lower=True)
    assert json.loads(path.read_text())["x"]["precision"] == 0.48
    raise_floors(path, "x", {"precision": 0.48, "recall": 0.5, "f1": 0.49}, allow_lower=True)
    assert json.loads(path.read_text())["x"]["f1"] == 0.49, "--allow-lower lowers F1 too"


def test_failures_name_the_metric() -> None:
    base = {"x": {"precision": 0.8, "recall": 0.5, "f1": 0.6}}
    out = failures("x", {"precision": 0.78, "recall": 0.495, "f1": 0.599}, base)
    assert out == ["x precision 0.780 < floor 0.800", "x f1 0.599 < floor 0.600"]


def test_bad_baseline_is_a_clear_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "b.json"
    path.write_text('{"x": {"accuracy": 2}}')
    with pytest.raises(ValueError, match="bad metric"):
        load_baseline(path)
