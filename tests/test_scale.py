"""eventwire batch: the local and Ray engines write the same events as `eventwire code`."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.cli import main

SAMPLE = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "sample"


def _read(out: Path) -> list[dict]:
    import pyarrow.dataset as ds

    from eventwire.scale.rows import event_from_row

    table = ds.dataset(out, format="parquet", partitioning="hive").to_table()
    return sorted((event_from_row(r) for r in table.to_pylist()), key=lambda e: e["event_id"])


@pytest.fixture(scope="module")
def jsonl_events(tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    import contextlib
    import io

    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        assert main(["code", str(SAMPLE), "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in buf.getvalue().splitlines() if line.strip()]
    assert len(rows) >= 10
    return sorted(rows, key=lambda e: e["event_id"])


def test_rows_round_trip() -> None:
    from eventwire.scale.rows import event_from_row, event_to_row

    d = {"event_id": "e1", "doc_id": "d", "sentence_index": 0, "sentence": "s",
         "source": {"code": "FRA", "country": "FRA", "role": None, "name": "France"},
         "target": None, "cameo": "042", "cameo_root": "04", "plover": "CONSULT",
         "quad_class": 1, "goldstein": 1.9, "negated": False, "date": "2024-02-03",
         "location": None, "confidence": 0.8,
         "evidence": {"trigger": "visited", "char_start": 3, "char_end": 10},
         "coder_version": "v", "rule": "visit:042@1"}
    row = event_to_row(d)
    assert row["month"] == "2024-02"
    assert event_from_row(row) == d


def test_local_engine_matches_code_jsonl(tmp_path: Path, jsonl_events: list[dict]) -> None:
    out = tmp_path / "local"
    assert main(["batch", str(SAMPLE), "--out", str(out), "--engine", "local"]) == 0
    assert _read(out) == jsonl_events
    months = {p.name for p in out.iterdir()}
    assert months and all(m.startswith("month=") for m in months)
    from eventwire.scale.rows import month_of

    assert {f"month={month_of(e['date'])}" for e in jsonl_events} == months
    import duckdb

    rows = duckdb.sql(f"select count(*) from read_parquet('{out}/*/*.parquet', hive_partitioning=true)").fetchall()
    assert rows[0][0] == len(jsonl_events)


def test_ray_engine_matches_code_jsonl(tmp_path: Path, jsonl_events: list[dict]) -> None:
    ray = pytest.importorskip("ray")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        out = tmp_path / "ray"
        assert main(["batch", str(SAMPLE), "--out", str(out), "--engine", "ray",
                     "--workers", "2", "--batch-size", "2"]) == 0
        assert _read(out) == jsonl_events
    finally:
        ray.shutdown()


def test_unknown_engine_is_an_error(tmp_path: Path) -> None:
    from eventwire.scale import run_batch

    with pytest.raises(ValueError, match="unknown engine"):
        run_batch([], tmp_path, engine="spark")
