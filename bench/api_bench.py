"""HTTP API benchmark: latency of each /api/stats route over N synthetic events, and the
real-time ingest rate through POST /api/articles.

    python bench/api_bench.py                         # 5,000,000 events, real pipeline
    python bench/api_bench.py --events 500000 --runs 20 --articles 60 --json out.json

Requests go through the ASGI app in-process (Starlette's TestClient: the full FastAPI
stack, validation and JSON encoding, no sockets). Events are generated with
bench/store_bench.generate (inside DuckDB, date-ordered). Ingest uses bench/corpus's
synthetic news articles, POSTed in batches, coded by the real pipeline (spaCy) unless
--fake-pipeline.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
warnings.filterwarnings("ignore", message=".*httpx.*starlette.testclient.*")

from bench.corpus import raw_articles  # noqa: E402
from bench.store_bench import generate  # noqa: E402
from eventwire.store import Store  # noqa: E402

TOKEN = "bench"
ROUTES: dict[str, str] = {
    "timeseries day": "/api/stats/timeseries",
    "timeseries week USA": "/api/stats/timeseries?interval=week&country=USA",
    "timeseries month dyad": "/api/stats/timeseries?interval=month&dyad=USA-RUS&count=mentions",
    "dyads volume": "/api/stats/dyads",
    "dyads change 2019": "/api/stats/dyads?order=change&start=2019-01-01&end=2019-12-31",
    "actors": "/api/stats/actors",
    "actors quad 4": "/api/stats/actors?quad_class=4",
    "network": "/api/network",
    "network CHN": "/api/network?actor=CHN&limit=50",
    "alerts": "/api/alerts",
    "places": "/api/stats/places",
    "events page": "/api/events?limit=100",
    "events filtered": "/api/events?actor=UKR&root=19&start=2018-01&end=2018-06&limit=100",
}


def pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))]


def latencies(client: Any, runs: int) -> dict[str, dict[str, float]]:
    out = {}
    for name, url in ROUTES.items():
        r = client.get(url)
        assert r.status_code == 200, (url, r.text)
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            r = client.get(url)
            times.append((time.perf_counter() - t0) * 1000)
            assert r.status_code == 200
        out[name] = {"p50_ms": round(statistics.median(times), 1), "p95_ms": round(pct(times, 95), 1)}
        print(f"{name:24s} p50 {out[name]['p50_ms']:8.1f} ms   p95 {out[name]['p95_ms']:8.1f} ms", flush=True)
    return out


def ingest_rate(client: Any, n: int, batch: int) -> dict[str, float]:
    docs = [{"id": f"bench-{doc_id}", "text": text, "published": pub}
            for doc_id, text, pub in raw_articles(n, seed=11, words=300)]  # fmt: skip
    warm = client.post("/api/articles", json={"id": "bench-warm", "text": "France met Germany in Paris."},
                       headers={"Authorization": f"Bearer {TOKEN}"})  # fmt: skip
    assert warm.status_code == 200, warm.text  # loads the pipeline outside the timing
    t0 = time.perf_counter()
    events = 0
    for i in range(0, n, batch):
        r = client.post("/api/articles", json={"articles": docs[i : i + batch]},
                        headers={"Authorization": f"Bearer {TOKEN}"})  # fmt: skip
        assert r.status_code == 200, r.text
        events += sum(a["events"] for a in r.json()["articles"])
    secs = time.perf_counter() - t0
    res = {"articles": n, "events": events, "seconds": round(secs, 2),
           "articles_per_s": round(n / secs, 1), "events_per_s": round(events / secs, 1)}  # fmt: skip
    print(f"ingest: {n} articles ({events} events) in {secs:.1f} s = {res['articles_per_s']} articles/s", flush=True)
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=5_000_000)
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--articles", type=int, default=100, help="articles POSTed for the ingest rate")
    ap.add_argument("--batch", type=int, default=10, help="articles per POST")
    ap.add_argument("--fake-pipeline", action="store_true", help="measure the API without spaCy")
    ap.add_argument("--json", help="also write the results to this file")
    args = ap.parse_args(argv)

    from fastapi.testclient import TestClient

    from eventwire.web.app import create_app

    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "api.duckdb")
        with Store(db) as store:
            secs = generate(store, args.events)
        print(f"generated {args.events:,} events in {secs:.1f} s", flush=True)
        pipeline = None
        if args.fake_pipeline:
            from eventwire.web.testing import FakePipeline

            pipeline = FakePipeline()
        app = create_app(db, token=TOKEN, pipeline=pipeline)
        with TestClient(app, client=("127.0.0.1", 40000)) as client:
            result = {"events": args.events, "runs": args.runs, "latency": latencies(client, args.runs),
                      "ingest": ingest_rate(client, args.articles, args.batch)}  # fmt: skip
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
