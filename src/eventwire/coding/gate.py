"""The accuracy gate: floors for precision, recall and F1 per gold split, pinned in a
baseline file. CI fails when a score falls below its floor. Floors only rise: raising
them is one flag (``--raise-floor``); lowering one needs another (``--allow-lower``)
and shows in review as a changed baseline file. F1 never drops; precision and recall
may move against each other by up to ``TOLERANCE`` while F1 holds.

    {"heldout": {"precision": 0.52, "recall": 0.43, "f1": 0.47}, "tune": {...}}
"""
from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

METRICS = ("precision", "recall", "f1")
# F1 may never drop; precision and recall may trade up to this much against each other
# while F1 holds, so a change that buys recall with a sliver of precision can land
TOLERANCE = {"precision": 0.01, "recall": 0.01, "f1": 0.0}


def load_baseline(path: str | Path) -> dict[str, dict[str, float]]:
    path = Path(path)
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    for split, floors in data.items():
        bad = [m for m in floors if m not in METRICS or not 0 <= float(floors[m]) <= 1]
        if bad:
            raise ValueError(f"{path}: split {split!r}: bad metric(s) {bad}: use {METRICS} in [0, 1]")
    return data


def failures(split: str, scores: Mapping[str, float], baseline: Mapping[str, Mapping[str, float]]) -> list[str]:
    """One line per metric of ``split`` that fell below its floor."""
    floors = baseline.get(split, {})
    return [f"{split} {m} {scores[m]:.3f} < floor {floors[m]:.3f}"
            for m in METRICS if m in floors and round(scores[m], 3) < floors[m] - TOLERANCE[m]]


def raise_floors(path: str | Path, split: str, scores: Mapping[str, float],
                 allow_lower: bool = False) -> dict[str, dict[str, float]]:
    """Set the floors of ``split`` to ``scores``; refuse to lower one unless allowed."""
    baseline = load_baseline(path)
    old = baseline.get(split, {})
    lower = [m for m in METRICS if m in old and round(scores[m], 3) < old[m] - TOLERANCE[m]]
    if lower and not allow_lower:
        raise ValueError(f"refusing to lower the {split} floor for {', '.join(lower)} "
                         f"(pass --allow-lower to do it on purpose)")
    baseline[split] = {m: max(round(scores[m], 3), old.get(m, 0.0))
                       if m == "f1" and not allow_lower else round(scores[m], 3) for m in METRICS}
    Path(path).write_text(json.dumps(baseline, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return baseline
