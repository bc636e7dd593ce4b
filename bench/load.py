"""Load: N concurrent clients against ``eventwire serve`` on loopback for a fixed time.

Starts ``eventwire serve`` on a free 127.0.0.1 port with a temp store (seeded with the
bundled sample) and a token, warms the pipeline with one POST, then runs ``--clients``
asyncio clients (httpx) for ``--seconds``. Each client mixes reads (events pages, filtered
events, counts, time series, dyads, actors, info) with ``POST /api/articles`` of short
generated articles with unique ids (and, now and then, a re-post of an id it already sent,
which must come back ``exists``). Reports requests/s, p50/p95/p99 latency per kind, the
error count (goal 0), then stops the server and checks the store: every acknowledged
article is stored exactly once, with the events the POST reported.

    python bench/load.py [--clients 50] [--seconds 60] [--post-share 0.2] [--seed 1]

Loopback only; the server is always stopped (SIGTERM, then SIGKILL) before exit.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import random
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HOST = "127.0.0.1"
TOKEN = "load-test-token-7f3a"
COUNTRIES = ("Russia", "Ukraine", "China", "France", "Germany", "Japan", "Iran", "Israel",
             "Turkey", "Egypt", "India", "Brazil")  # fmt: skip
VERBS = ("met", "accused", "attacked", "criticized", "praised", "threatened", "condemned",
         "held talks with", "sent aid to", "signed an agreement with")  # fmt: skip
READS: tuple[tuple[str, dict[str, Any], int], ...] = (  # (path, params, weight)
    ("/api/events", {"limit": 50}, 5),
    ("/api/events", {"actor": "RUS", "limit": 20}, 3),
    ("/api/events", {"root": "19", "sort": "goldstein", "limit": 20}, 2),
    ("/api/events/count", {}, 2),
    ("/api/stats/timeseries", {"interval": "day"}, 3),
    ("/api/stats/dyads", {"limit": 20}, 2),
    ("/api/stats/actors", {"limit": 20}, 2),
    ("/api/info", {}, 1),
)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def article(doc_id: str, rng: random.Random) -> dict[str, Any]:
    a, b, c = rng.sample(COUNTRIES, 3)
    text = (f"{a} {rng.choice(VERBS)} {b} on Monday, officials said.\n"
            f"{c} {rng.choice(VERBS)} {a} in a statement on Tuesday.")  # fmt: skip
    return {"id": doc_id, "text": text, "published": f"2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
            "title": f"{a} and {b} in the News"}  # fmt: skip


@dataclass
class Stats:
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: list[str] = field(default_factory=list)
    acked: dict[str, int] = field(default_factory=dict)  # doc_id -> events reported
    reposts: int = 0
    repost_mismatch: list[str] = field(default_factory=list)

    @property
    def requests(self) -> int:
        return sum(len(v) for v in self.latencies.values())


def _pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


async def _client(n: int, base: str, deadline: float, stats: Stats, post_share: float,
                  seed: int) -> None:  # fmt: skip
    import httpx

    rng = random.Random(seed * 1000 + n)
    mine: list[str] = []
    reads = [r for r in READS for _ in range(r[2])]
    headers = {"Authorization": f"Bearer {TOKEN}"}
    async with httpx.AsyncClient(base_url=base, timeout=60.0, headers=headers) as client:
        k = 0
        while time.monotonic() < deadline:
            kind: str
            t0 = time.perf_counter()
            try:
                if rng.random() < post_share:
                    repost = bool(mine) and rng.random() < 0.05
                    doc_id = rng.choice(mine) if repost else f"load-{n}-{k}"
                    k += 1
                    kind = "post"
                    r = await client.post("/api/articles", json=article(doc_id, rng))
                    if r.status_code == 200:
                        [res] = r.json()["articles"]
                        if repost:
                            stats.reposts += 1
                            if res["status"] != "exists":
                                stats.repost_mismatch.append(f"{doc_id}: {res['status']}")
                        else:
                            if res["status"] != "coded":
                                stats.repost_mismatch.append(f"{doc_id}: {res['status']} (new id)")
                            stats.acked[doc_id] = res["events"]
                            mine.append(doc_id)
                else:
                    path, params, _ = rng.choice(reads)
                    kind = path.rsplit("/", 1)[-1] + ("?" + ",".join(params) if "actor" in params or "root" in params else "")
                    r = await client.get(path, params=params)
                if r.status_code != 200:
                    stats.errors.append(f"{kind} HTTP {r.status_code}: {r.text[:120]}")
            except Exception as e:  # noqa: BLE001 - counted as an error
                kind = "exception"
                stats.errors.append(f"{type(e).__name__}: {e}")
            stats.latencies[kind].append(time.perf_counter() - t0)


async def _drive(base: str, clients: int, seconds: float, post_share: float, seed: int) -> tuple[Stats, float]:
    stats = Stats()
    t0 = time.monotonic()
    deadline = t0 + seconds
    await asyncio.gather(*(_client(i, base, deadline, stats, post_share, seed) for i in range(clients)))
    return stats, time.monotonic() - t0


def _wait_up(base: str, proc: subprocess.Popen[bytes], timeout: float = 60.0) -> None:
    import httpx

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"eventwire serve exited with {proc.returncode}")
        try:
            if httpx.get(f"{base}/api/info", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise RuntimeError("eventwire serve did not answer in time")


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=30)


def verify_store(db: Path, acked: dict[str, int]) -> list[str]:
    """Problems: acknowledged articles missing, stored twice, or with other event counts."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute("SELECT doc_id, count(*) FROM articles WHERE doc_id LIKE 'load-%'"
                           " GROUP BY doc_id").fetchall()  # fmt: skip
        events = dict(con.execute("SELECT doc_id, count(*) FROM events WHERE doc_id LIKE 'load-%'"
                                  " GROUP BY doc_id").fetchall())  # fmt: skip
    finally:
        con.close()
    stored = dict(rows)
    problems = [f"{d} stored {n} times" for d, n in stored.items() if n != 1]
    problems += [f"{d} acknowledged but not stored" for d in acked if d not in stored]
    problems += [f"{d}: {events.get(d, 0)} events stored, {n} reported" for d, n in acked.items()
                 if d in stored and events.get(d, 0) != n]  # fmt: skip
    extra = set(stored) - set(acked)
    if extra:  # stored without an acknowledgement: only possible if a request failed mid-way
        problems.append(f"{len(extra)} articles stored without a 200 answer, e.g. {sorted(extra)[:3]}")
    return problems


@dataclass
class LoadResult:
    clients: int
    seconds: float
    requests: int
    rps: float
    p50_ms: float
    p95_ms: float
    p99_ms: float
    errors: list[str]
    posted: int
    reposts: int
    store_problems: list[str]
    per_kind: dict[str, tuple[int, float, float]]  # kind -> (n, p50 ms, p95 ms)

    def summary(self) -> str:
        lines = [f"{self.clients} clients, {self.seconds:.1f}s: {self.requests} requests, "
                 f"{self.rps:.1f} req/s, p50 {self.p50_ms:.1f} ms, p95 {self.p95_ms:.1f} ms, "
                 f"p99 {self.p99_ms:.1f} ms, errors {len(self.errors)}; posted {self.posted} "
                 f"articles (+{self.reposts} re-posts), store check: "
                 f"{'OK' if not self.store_problems else self.store_problems[:5]}"]  # fmt: skip
        for kind, (n, p50, p95) in sorted(self.per_kind.items()):
            lines.append(f"  {kind:<28}{n:>7}  p50 {p50:8.1f} ms  p95 {p95:8.1f} ms")
        for e in self.errors[:10]:
            lines.append(f"  ERROR {e}")
        return "\n".join(lines)


def run_load(clients: int = 50, seconds: float = 60.0, post_share: float = 0.2, seed: int = 1,
             workdir: Path | None = None) -> LoadResult:  # fmt: skip
    """Start a server, load it, stop it, verify the store (see module doc)."""
    import httpx

    from eventwire.store import Store
    from eventwire.store.sample import demo_batch

    with tempfile.TemporaryDirectory(prefix="ew-load-") as tmp:
        root = workdir or Path(tmp)
        db = root / "load.duckdb"
        with Store(str(db)) as store:
            store.write_many(demo_batch())
        port = free_port()
        base = f"http://{HOST}:{port}"
        env = {k: v for k, v in os.environ.items() if k != "EVENTWIRE_TOKEN"}
        log = open(root / "serve.log", "wb")  # noqa: SIM115 - closed below
        proc = subprocess.Popen(
            [sys.executable, "-m", "eventwire", "serve", "--db", str(db), "--host", HOST,
             "--port", str(port), "--token", TOKEN, "--log-level", "warning"],
            env=env, stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        try:
            _wait_up(base, proc)
            warm = httpx.post(f"{base}/api/articles", json=article("warmup", random.Random(0)),
                              headers={"Authorization": f"Bearer {TOKEN}"}, timeout=120)  # fmt: skip
            warm.raise_for_status()
            stats, took = asyncio.run(_drive(base, clients, seconds, post_share, seed))
        finally:
            _stop(proc)
            log.close()
        problems = verify_store(db, stats.acked) + stats.repost_mismatch
    every = [x for v in stats.latencies.values() for x in v]
    per_kind = {k: (len(v), _pct(v, 0.5) * 1000, _pct(v, 0.95) * 1000) for k, v in stats.latencies.items()}
    return LoadResult(
        clients=clients, seconds=took, requests=stats.requests, rps=stats.requests / took,
        p50_ms=_pct(every, 0.5) * 1000, p95_ms=_pct(every, 0.95) * 1000,
        p99_ms=_pct(every, 0.99) * 1000, errors=stats.errors, posted=len(stats.acked),
        reposts=stats.reposts, store_problems=problems, per_kind=per_kind,
    )  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=60.0)
    ap.add_argument("--post-share", type=float, default=0.2, help="share of requests that POST")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    if not (1 <= args.clients <= 500 and 0 < args.seconds <= 600 and 0 <= args.post_share <= 1):
        ap.error("--clients 1..500, --seconds up to 600, --post-share 0..1")
    res = run_load(args.clients, args.seconds, args.post_share, args.seed)
    print(res.summary())
    return 1 if res.errors or res.store_problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
