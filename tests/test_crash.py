"""Crash safety: SIGKILL ``eventwire ingest`` and ``eventwire serve --watch`` mid-write.

After every kill the store must open and hold no duplicate, orphan or partial article;
after the rerun every article is there exactly once with the events of a clean run.
The logic lives in bench/crash.py (which runs more kills); here 2 kills of ingest and 1 of serve --watch.
"""
from __future__ import annotations

import os
import random
import signal
import sys
from pathlib import Path

import pytest
from conftest import load_bench  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")




CRASH = load_bench("crash")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, frozenset[str]], float]:
    """60 wire-style files and the event ids a clean ingest codes for each."""
    root = tmp_path_factory.mktemp("crash")
    folder = root / "corpus"
    CRASH.write_corpus(folder, 60, seed=3)
    reference, took = CRASH.reference_store(folder)  # in this process: no extra model load
    assert len(reference) == 60 and sum(map(len, reference.values())) > 60
    return folder, reference, took


def test_check_store_finds_partial_and_orphan_rows(tmp_path: Path) -> None:
    """The checker itself: a store with a missing event and an orphan is reported."""
    import duckdb

    from eventwire.store import Store
    from eventwire.store.sample import demo_batch

    db = tmp_path / "s.duckdb"
    batch = demo_batch()
    with Store(str(db)) as store:
        store.write_many(batch)
    reference = {a.doc_id: frozenset(e.event_id for e in evs) for a, evs in batch}
    assert CRASH.check_store(db, reference, complete=True)[1] == []
    victim = next(d for d, evs in reference.items() if evs)
    con = duckdb.connect(str(db))
    con.execute("DELETE FROM events WHERE event_id = ?", [sorted(reference[victim])[0]])
    con.execute("DELETE FROM articles WHERE doc_id = ?", [sorted(reference)[-1]])
    con.close()
    _, problems = CRASH.check_store(db, reference, complete=True)
    text = " | ".join(problems)
    assert f"partial article {victim!r}" in text
    assert "orphan events" in text or "articles missing" in text


def test_ingest_survives_sigkill(corpus: tuple[Path, dict[str, frozenset[str]], float],
                                 tmp_path: Path) -> None:  # fmt: skip
    folder, reference, _ = corpus
    rng = random.Random(11)
    # just after the first commit, then a few commits into the rerun (chunks of 5 articles)
    points = [(1, rng.uniform(0, 0.05)), (rng.randint(3, 6), rng.uniform(0, 0.05))]
    res = CRASH.crash_ingest(folder, tmp_path / "ingest.duckdb", reference, points)
    assert res.problems == [], res.summary()
    assert res.final_articles == len(reference)
    # no leftovers a restart would trip on
    assert not any(p.name.endswith(".tmp") for p in tmp_path.iterdir())


def test_serve_watch_survives_sigkill(corpus: tuple[Path, dict[str, frozenset[str]], float],
                                      tmp_path: Path) -> None:  # fmt: skip
    if not CRASH.watch_available():
        pytest.skip("eventwire serve has no --watch option yet (web helper still writing it)")
    folder, reference, _ = corpus
    res = CRASH.crash_watch(folder, tmp_path / "watch.duckdb", reference, [23], timeout=90)
    assert res.problems == [], res.summary()
    assert res.final_articles == len(reference)
    rows, keys = CRASH.seen_rows(tmp_path / "watch.duckdb")
    assert rows == keys == len(reference), "each file is remembered once"


def test_corpus_files_are_plain_wire_text(corpus: tuple[Path, dict[str, frozenset[str]], float]) -> None:
    folder, _, _ = corpus
    files = sorted(os.listdir(folder))
    assert len(files) == 60 and all(f.endswith(".txt") for f in files)
