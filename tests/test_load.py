"""Load, short: 10 concurrent clients for 5 s against ``eventwire serve`` on loopback
(reads and POSTs mixed); no errors, every acknowledged article stored exactly once.
bench/load.py runs the full version (50 clients, 60 s)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from conftest import load_bench  # noqa: E402

pytest.importorskip("httpx")
pytest.importorskip("uvicorn")
ROOT = Path(__file__).resolve().parents[1]




LOAD = load_bench("load")


def test_ten_clients_five_seconds(tmp_path: Path) -> None:
    res = LOAD.run_load(clients=10, seconds=5.0, post_share=0.25, seed=3, workdir=tmp_path)
    assert res.errors == [], res.summary()
    assert res.store_problems == [], res.summary()
    assert res.requests >= 50 and res.posted >= 5, res.summary()
    kinds = set(res.per_kind)
    assert "post" in kinds and {"events", "timeseries"} <= kinds, kinds


def test_store_check_catches_missing_and_unacknowledged(tmp_path: Path) -> None:
    import duckdb

    from eventwire.store import Store
    from eventwire.store.sample import demo_batch

    db = tmp_path / "s.duckdb"
    with Store(str(db)) as store:
        store.write_many(demo_batch())
    con = duckdb.connect(str(db))
    con.execute("UPDATE articles SET doc_id = 'load-0-0' WHERE doc_id = 'a1'")
    con.close()
    problems = LOAD.verify_store(db, {"load-9-9": 1})
    assert any("load-9-9 acknowledged but not stored" in p for p in problems)
    assert any("without a 200 answer" in p for p in problems)
