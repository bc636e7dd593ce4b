"""Crash safety: SIGKILL ``eventwire ingest`` / ``eventwire serve --watch`` while they write.

A corpus of small wire-style text files is written to a temp folder and coded once, cleanly,
into a reference store. Then the command under test is started on a fresh store and killed
(SIGKILL, no chance to clean up) at random points, rerun, killed again... and finally run to
the end. After every kill and at the end the store is checked:

- it opens (DuckDB replays its WAL) and every article is there at most once (exactly once
  at the end);
- no orphan events (an event whose doc_id has no article);
- no partial articles: each stored article has exactly the events the reference run coded
  for it (same event ids);
- clusters agree with events (every event's cluster exists, counts match, one head each),
  and so do the summary tables (``agg_*``: mentions and heads add up to the events).

Usage (loopback only, stops by itself)::

    python bench/crash.py [--kills 10] [--watch-kills 5] [--docs 60] [--seed 7]

``tests/test_crash.py`` runs the same code with 2-3 kills.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

COUNTRIES = ("France", "Germany", "Russia", "Ukraine", "China", "Japan", "Iran", "Israel",
             "Turkey", "Egypt", "India", "Brazil")  # fmt: skip
VERBS = ("met", "accused", "attacked", "criticized", "praised", "threatened",
         "signed an agreement with", "sent aid to", "condemned", "held talks with")  # fmt: skip
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


def write_corpus(folder: Path, n: int = 60, seed: int = 1) -> list[str]:
    """``n`` wire-style text files (headline, byline, stamp, 2-5 event sentences, chrome);
    return their doc ids."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    ids = []
    for i in range(n):
        doc_id = f"wire-{i:03d}"
        a0, b0 = rng.sample(COUNTRIES, 2)
        lines = [f"{a0} and {b0} Trade Words in Dispute Number {i}",
                 "By Jane Doe, Staff Reporter",
                 f"Published: {1 + i % 28} March 2015"]  # fmt: skip
        for k in range(rng.randint(2, 5)):
            a, b = rng.sample(COUNTRIES, 2)
            lines.append(f"{a} {rng.choice(VERBS)} {b} on {rng.choice(DAYS)}, officials said in "
                         f"statement number {i}-{k} issued in the capital.")  # fmt: skip
        lines.append("Related Articles")
        (folder / f"{doc_id}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        ids.append(doc_id)
    return ids


# --------------------------------------------------------------------------- store checks

Reference = dict[str, frozenset[str]]  # doc_id -> its event ids


def read_store(db: Path) -> tuple[dict[str, frozenset[str]], list[str]]:
    """(doc_id -> event ids, problems) of the store at ``db``; opens it like a restart would."""
    import duckdb

    problems: list[str] = []
    con = duckdb.connect(str(db), read_only=True)
    try:
        tables = {t for (t,) in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        if not {"articles", "events"} <= tables:  # killed before the first migration committed
            return {}, []
        n, distinct = con.execute("SELECT count(*), count(DISTINCT doc_id) FROM articles").fetchone()
        if n != distinct:
            problems.append(f"{n - distinct} duplicate article rows")
        n, distinct = con.execute("SELECT count(*), count(DISTINCT event_id) FROM events").fetchone()
        if n != distinct:
            problems.append(f"{n - distinct} duplicate event rows")
        orphans = con.execute("SELECT count(*) FROM events e WHERE NOT EXISTS"
                              " (SELECT 1 FROM articles a WHERE a.doc_id = e.doc_id)").fetchone()[0]  # fmt: skip
        if orphans:
            problems.append(f"{orphans} orphan events (no article)")
        if "clusters" not in tables:  # killed between two migrations: the next open goes on
            return _docs(con), problems
        no_cluster = con.execute("SELECT count(*) FROM events e WHERE cluster_id IS NULL OR NOT EXISTS"
                                 " (SELECT 1 FROM clusters c WHERE c.cluster_id = e.cluster_id)").fetchone()[0]  # fmt: skip
        if no_cluster:
            problems.append(f"{no_cluster} events without their cluster")
        bad = con.execute(
            """SELECT count(*) FROM clusters c LEFT JOIN
                 (SELECT cluster_id, count(*) AS n, count(*) FILTER (WHERE is_head) AS heads
                  FROM events GROUP BY cluster_id) e USING (cluster_id)
               WHERE e.n IS NULL OR e.n <> c.mention_count OR e.heads <> 1""").fetchone()[0]  # fmt: skip
        if bad:
            problems.append(f"{bad} clusters whose counts or head disagree with their events")
        n_events, n_heads = con.execute("SELECT count(*), count(*) FILTER (WHERE is_head) FROM events").fetchone()
        for table in sorted(t for t in tables if t.startswith("agg_")):  # summary tables (schema v3)
            m, h = con.execute(f"SELECT coalesce(sum(mentions), 0), coalesce(sum(heads), 0) FROM {table}").fetchone()
            if (m, h) != (n_events, n_heads):
                problems.append(f"{table} counts {m} mentions / {h} heads, events table {n_events} / {n_heads}")
        return _docs(con), problems
    finally:
        con.close()


def _docs(con: Any) -> dict[str, frozenset[str]]:
    docs: dict[str, set[str]] = {d: set() for (d,) in con.execute("SELECT doc_id FROM articles").fetchall()}
    for doc_id, event_id in con.execute("SELECT doc_id, event_id FROM events").fetchall():
        docs.setdefault(doc_id, set()).add(event_id)
    return {d: frozenset(e) for d, e in docs.items()}


def check_store(db: Path, reference: Reference, *, complete: bool) -> tuple[int, list[str]]:
    """(articles stored, problems). ``complete``: every reference article must be there."""
    if not db.exists():
        return 0, [] if not complete else ["no store file"]
    docs, problems = read_store(db)
    for doc_id, events in docs.items():
        if doc_id not in reference:
            problems.append(f"unexpected article {doc_id!r}")
        elif events != reference[doc_id]:
            problems.append(f"partial article {doc_id!r}: {len(events)} of {len(reference[doc_id])}"
                            " events (or other ids)")  # fmt: skip
    if complete:
        missing = sorted(set(reference) - set(docs))
        if missing:
            problems.append(f"{len(missing)} articles missing, e.g. {missing[:3]}")
    return len(docs), problems


# --------------------------------------------------------------------------- runs


def _cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "eventwire", *args]


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("EVENTWIRE_TOKEN", None)
    return env


def ingest_cmd(corpus: Path, db: Path, chunk: int = 5) -> list[str]:
    return _cmd("ingest", str(corpus), "--db", str(db), "--quiet", "--chunk", str(chunk))


def reference_store(corpus: Path, db: Path | None = None) -> tuple[Reference, float]:
    """The event ids a clean run codes for each article, and the seconds it took: with
    ``db`` by running ``eventwire ingest`` into it, else in this process (no model reload
    when the pipeline is already loaded)."""
    t0 = time.perf_counter()
    if db is not None:
        subprocess.run(ingest_cmd(corpus, db, chunk=50), check=True, env=_env(),
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=300)  # fmt: skip
        docs, problems = read_store(db)
        if problems:
            raise RuntimeError(f"reference store is inconsistent: {problems}")
        return docs, time.perf_counter() - t0
    from eventwire.ingest import iter_articles
    from eventwire.pipeline import Pipeline

    coded = Pipeline().code(iter_articles([str(corpus)]))
    ref = {a.doc_id: frozenset(e.event_id for e in evs) for a, evs in coded}
    return ref, time.perf_counter() - t0


@dataclass
class CrashResult:
    mode: str
    kills: list[dict[str, Any]] = field(default_factory=list)
    final_articles: int = 0
    final_problems: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def problems(self) -> list[str]:
        out = [f"after kill {k['n']} at {k['at_s']:.2f}s: {p}" for k in self.kills for p in k["problems"]]
        return out + [f"final: {p}" for p in self.final_problems]

    def summary(self) -> str:
        stored = [k["articles"] for k in self.kills]
        return (f"{self.mode}: {len(self.kills)} kills (articles stored at each kill: {stored}), "
                f"final {self.final_articles} articles, {len(self.problems)} problems, "
                f"{self.seconds:.1f}s")  # fmt: skip


def _kill(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)


def _wal(db: Path) -> Path:
    return db.with_name(db.name + ".wal")


def _run_until(proc: subprocess.Popen[bytes], db: Path, kill_at: float | tuple[int, float],
               timeout: float = 120.0) -> bool:  # fmt: skip
    """Wait for the kill point; True when the process ended by itself first.

    ``kill_at``: seconds after start, or ``(k, jitter)``: ``jitter`` seconds after the
    store's write-ahead log has been seen growing ``k`` times (k=1: the first commit)."""
    if isinstance(kill_at, (int, float)):
        try:
            proc.wait(timeout=kill_at)
            return True
        except subprocess.TimeoutExpired:
            return False
    k, jitter = kill_at
    wal, last, grew = _wal(db), -1, 0
    deadline = time.monotonic() + timeout
    while grew < k and time.monotonic() < deadline:
        if proc.poll() is not None:
            return True
        try:
            size = wal.stat().st_size
        except OSError:
            size = -1
        if size > last:
            grew += size > 0
            last = size
        time.sleep(0.005)
    try:
        proc.wait(timeout=jitter)
        return True
    except subprocess.TimeoutExpired:
        return False


def crash_ingest(corpus: Path, db: Path, reference: Reference,
                 kill_points: list[float | tuple[int, float]]) -> CrashResult:  # fmt: skip
    """Kill ``eventwire ingest`` at each of ``kill_points`` (see ``_run_until``), checking
    the store after each kill, then run it to the end and check again."""
    res = CrashResult("ingest")
    t0 = time.perf_counter()
    for n, point in enumerate(kill_points, 1):
        proc = subprocess.Popen(ingest_cmd(corpus, db), env=_env(), stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)  # fmt: skip
        start = time.perf_counter()
        finished = _run_until(proc, db, point)
        _kill(proc)
        at = time.perf_counter() - start
        count, problems = check_store(db, reference, complete=False)
        res.kills.append({"n": n, "at_s": at, "point": point, "finished_first": finished,
                          "articles": count, "problems": problems})  # fmt: skip
    subprocess.run(ingest_cmd(corpus, db), check=True, env=_env(), stdout=subprocess.DEVNULL,
                   stderr=subprocess.PIPE, timeout=300)  # fmt: skip
    res.final_articles, res.final_problems = check_store(db, reference, complete=True)
    res.seconds = time.perf_counter() - t0
    return res


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def watch_available() -> bool:
    """Whether ``eventwire serve`` has ``--watch`` (the web helper may not have written it)."""
    try:
        from eventwire.commands import serve
    except ImportError:
        return False
    import argparse as ap

    parser = ap.ArgumentParser()
    serve.add_parser(parser.add_subparsers())
    try:
        parser.parse_args(["serve", "--watch", "x"])
    except SystemExit:
        return False
    return True


def _articles_served(port: int) -> int | None:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/info", timeout=2) as r:
            return int(json.load(r)["store"]["articles"])
    except (OSError, ValueError, KeyError):
        return None


def _serve(corpus: Path, db: Path, port: int) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        _cmd("serve", "--db", str(db), "--host", "127.0.0.1", "--port", str(port),
             "--watch", str(corpus), "--interval", "0.5", "--log-level", "warning"),
        env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip


def _wait_for(pred: Callable[[], bool], proc: subprocess.Popen[bytes], timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if pred():
            return True
        if proc.poll() is not None:
            return False
        time.sleep(0.05)
    return False


def crash_watch(corpus: Path, db: Path, reference: Reference, at_counts: list[int],
                timeout: float = 120.0) -> CrashResult:  # fmt: skip
    """Run ``serve --watch`` on the corpus and SIGKILL it once ``at_counts[i]`` articles are
    stored (as /api/info reports), restart it; finally wait until all are stored and stop it."""
    res = CrashResult("serve --watch")
    t0 = time.perf_counter()
    total = len(reference)
    for n, target in enumerate([*at_counts, total], 1):
        port = free_port()
        proc = _serve(corpus, db, port)
        start = time.perf_counter()
        try:
            reached = _wait_for(lambda: (_articles_served(port) or 0) >= target, proc, timeout)
        finally:
            last = n == len(at_counts) + 1
            if last and proc.poll() is None:
                proc.send_signal(signal.SIGTERM)  # a clean stop at the end
                try:
                    proc.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    _kill(proc)
            else:
                _kill(proc)
        if last:
            res.final_articles, res.final_problems = check_store(db, reference, complete=True)
            if not reached:
                res.final_problems.append(f"only {res.final_articles} of {total} articles after {timeout:.0f}s")
        else:
            count, problems = check_store(db, reference, complete=False)
            if not reached:
                problems.append(f"server never stored {target} articles (exit code {proc.returncode})")
            res.kills.append({"n": n, "at_s": time.perf_counter() - start, "articles": count,
                              "problems": problems})  # fmt: skip
    res.seconds = time.perf_counter() - t0
    return res


def seen_rows(db: Path) -> tuple[int, int]:
    """(rows in the watcher's seen table, distinct keys)."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        return tuple(con.execute("SELECT count(*), count(DISTINCT key) FROM web_seen").fetchone())  # type: ignore[return-value]
    finally:
        con.close()


# --------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--kills", type=int, default=10, help="SIGKILLs of eventwire ingest")
    ap.add_argument("--watch-kills", type=int, default=5, help="SIGKILLs of serve --watch")
    ap.add_argument("--docs", type=int, default=60)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="ew-crash-") as tmp:
        root = Path(tmp)
        corpus = root / "corpus"
        write_corpus(corpus, args.docs, seed=args.seed)
        reference, took = reference_store(corpus, root / "reference.duckdb")
        n_events = sum(len(v) for v in reference.values())
        print(f"corpus: {len(reference)} articles, {n_events} events; clean run {took:.1f}s")
        # kill points: half at random times (startup and migrations included), half
        # just after the k-th commit (when the write-ahead log grows)
        points: list[float | tuple[int, float]] = []
        for i in range(args.kills):
            if i % 2:
                points.append((rng.randint(1, 8), rng.uniform(0, 0.05)))
            else:
                points.append(rng.uniform(0.2, took * 1.1))
        results = [crash_ingest(corpus, root / "ingest.duckdb", reference, points)]
        print(results[-1].summary())
        if args.watch_kills and watch_available():
            counts = sorted(rng.randint(1, len(reference) - 1) for _ in range(args.watch_kills))
            results.append(crash_watch(corpus, root / "watch.duckdb", reference, counts))
            rows, keys = seen_rows(root / "watch.duckdb")
            print(results[-1].summary() + f"; seen table {rows} rows / {keys} files")
        elif args.watch_kills:
            print("serve --watch: skipped (the serve command has no --watch option yet)")
        problems = [p for r in results for p in r.problems]
        for p in problems[:20]:
            print("  PROBLEM", p)
        failed = bool(problems)
    print("FAILED" if failed else "OK: no duplicates, orphans or partial articles after any kill")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
