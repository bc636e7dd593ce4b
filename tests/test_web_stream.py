"""Live parts of the web layer: SSE over a real loopback server, the watcher, the commands."""
from __future__ import annotations

import json
import os
import queue
import threading
import time
from pathlib import Path

import httpx
import pytest

from eventwire.cli import main
from eventwire.store import Store
from eventwire.store.sample import demo_batch
from eventwire.web import seen
from eventwire.web.app import create_app
from eventwire.web.testing import FakePipeline, live_server
from eventwire.web.watch import Watcher
from eventwire.web.worker import Ingestor

TOKEN = "stream-token"


def _read_sse(url: str, out: queue.Queue, stop: threading.Event) -> None:
    with httpx.Client(timeout=httpx.Timeout(10.0, read=10.0)) as c, c.stream("GET", url) as r:
        out.put(("status", r.status_code, r.headers.get("content-type")))
        event, data = None, []
        for line in r.iter_lines():
            if stop.is_set():
                return
            if line.startswith(":"):
                out.put(("comment", line))
            elif line.startswith("event:"):
                event = line[6:].strip()
            elif line.startswith("data:"):
                data.append(line[5:].strip())
            elif line == "" and data:
                out.put((event, json.loads("\n".join(data))))
                event, data = None, []


def _wait_for(q: queue.Queue, pred, timeout: float = 15.0):  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            item = q.get(timeout=0.2)
        except queue.Empty:
            continue
        if pred(item):
            return item
    raise AssertionError("timed out waiting for the stream")


def test_sse_delivers_an_event_posted_through_the_api(tmp_path: Path) -> None:
    db = str(tmp_path / "s.duckdb")
    app = create_app(db, token=TOKEN, pipeline=FakePipeline())
    with live_server(app) as base:
        q: queue.Queue = queue.Queue()
        stop = threading.Event()
        t = threading.Thread(target=_read_sse, args=(f"{base}/api/stream?keepalive=0.2", q, stop), daemon=True)
        t.start()
        status = _wait_for(q, lambda i: i[0] == "status")
        assert status[1] == 200 and status[2].startswith("text/event-stream")
        _wait_for(q, lambda i: i[0] == "comment" and "keep-alive" in i[1])
        for _ in range(50):  # the subscription is registered once the stream has started
            if httpx.get(f"{base}/api/info").json()["stream_subscribers"] == 1:
                break
            time.sleep(0.05)
        body = {"id": "sse-1", "text": "Russia attacked Ukraine in Kyiv.", "published": "2024-05-01"}
        r = httpx.post(f"{base}/api/articles", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 200, r.text
        kind, ev = _wait_for(q, lambda i: i[0] == "event")
        assert ev["doc_id"] == "sse-1" and ev["cameo"] == "190" and ev["evidence"]["trigger"] == "attacked"
        assert ev["source"]["code"] == "RUS" and ev["location"]["name"] == "Kyiv"
        stop.set()


def _write_docs(folder: Path, names: dict[str, str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in names.items():
        (folder / name).write_text(text, encoding="utf-8")


def _watch_once(db: str, inputs: list[str], pipeline: FakePipeline) -> Watcher:
    with Store(db) as store:
        seen.ensure_table(store.reader())
        ing = Ingestor(store, pipeline=pipeline, mark_seen=seen.mark_keys)
        ing.start()
        try:
            w = Watcher(inputs, ing, interval=0.1)
            w.run(max_polls=2)
        finally:
            ing.stop()
    return w


def test_watch_never_codes_twice_across_restarts(tmp_path: Path) -> None:
    db, inbox = str(tmp_path / "w.duckdb"), tmp_path / "inbox"
    _write_docs(inbox, {"one.txt": "Talks\n\nFrance met Germany in Paris on Monday.",
                        "two.txt": "War\n\nRussia attacked Ukraine in Kyiv on Tuesday.",
                        ".hidden.txt": "Japan met China.", "partial.txt.part": "Iran met Egypt."})
    first = FakePipeline()
    w = _watch_once(db, [str(inbox)], first)
    assert first.calls == 2 and w.polls == 2 and w.errors == 0
    restarted = FakePipeline()
    _watch_once(db, [str(inbox)], restarted)
    assert restarted.calls == 0
    _write_docs(inbox, {"three.txt": "Aid\n\nJapan helped Turkey in Tokyo."})
    os.utime(inbox / "one.txt")  # touched, same content: still not read again
    third = FakePipeline()
    _watch_once(db, [str(inbox)], third)
    assert third.calls == 1
    with Store(db, read_only=True) as store:
        assert store.stats()["articles"] == 3
        assert seen.count(store.reader()) == 3


def test_serve_with_watch_streams_new_files(tmp_path: Path) -> None:
    db, inbox = str(tmp_path / "sw.duckdb"), tmp_path / "inbox"
    inbox.mkdir()
    pipe = FakePipeline()
    app = create_app(db, token=TOKEN, pipeline=pipe, watch=[str(inbox)], interval=0.2)
    with live_server(app) as base:
        _write_docs(inbox, {"n.txt": "Clash\n\nIsrael attacked Iran on Friday."})
        for _ in range(100):
            if httpx.get(f"{base}/api/events/count").json()["count"]:
                break
            time.sleep(0.1)
        events = httpx.get(f"{base}/api/events").json()["events"]
        assert [(e["source"]["code"], e["cameo"]) for e in events] == [("ISR", "190")]
        assert httpx.get(f"{base}/api/info").json()["watching"] == [str(inbox)]
    assert pipe.calls == 1


# -- commands ------------------------------------------------------------------------------
def test_serve_refuses_public_bind_without_token(monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("EVENTWIRE_TOKEN", raising=False)
    assert main(["serve", "--host", "0.0.0.0", "--db", "x.duckdb"]) == 2
    err = capsys.readouterr().err
    assert "refusing" in err and "EVENTWIRE_TOKEN" in err
    from eventwire.commands.serve import bind_error

    assert bind_error("127.0.0.1", None) is None and bind_error("localhost", None) is None
    assert bind_error("::1", None) is None and bind_error("0.0.0.0", "t") is None
    assert bind_error("192.0.2.7", None) is not None and bind_error("::", None) is not None


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet", "gdelt"])
def test_export_command(tmp_path: Path, fmt: str) -> None:
    db, out = str(tmp_path / "e.duckdb"), tmp_path / f"out.{fmt}"
    with Store(db) as store:
        store.write_many(demo_batch())
    assert main(["export", "--db", db, "--format", fmt, "--out", str(out), "--actor", "CHN"]) == 0
    data = out.read_bytes()
    assert data
    if fmt == "jsonl":
        rows = [json.loads(x) for x in data.decode().splitlines()]
        assert {r["event_id"] for r in rows} == {"a1:0", "a2:0"}
    if fmt == "csv":
        assert len(data.decode().strip().splitlines()) == 3


def test_export_bad_filter_is_an_error(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "e.duckdb")
    with Store(db) as store:
        store.write_many(demo_batch())
    assert main(["export", "--db", db, "--start", "2014-13"]) == 1
    assert "start" in capsys.readouterr().err


def test_watch_command_once(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    db, inbox = str(tmp_path / "c.duckdb"), tmp_path / "in"
    _write_docs(inbox, {"a.txt": "Talks\n\nFrance met Germany in Paris."})
    monkeypatch.setattr("eventwire.web.worker.Ingestor._get_pipeline", lambda self: FakePipeline())
    assert main(["watch", str(inbox), "--db", db, "--once"]) == 0
    assert main(["watch", str(inbox), "--db", db, "--once"]) == 0
    with Store(db, read_only=True) as store:
        assert store.stats()["articles"] == 1
