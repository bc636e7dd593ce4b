"""eventwire ingest INPUT... : code documents and store them, with progress and a report."""
from __future__ import annotations

import argparse
import sys
import time

from eventwire.commands._common import add_filter_args


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "ingest", help="code files, folders, feeds, WARC or JSONL and store the events",
        description="Read any mix of text/HTML/JSONL(.gz)/WARC(.gz) files, folders and feed URLs, "
        "code them and store articles and events in the DuckDB store. The exit code is 1 when "
        "any input failed (see --report).",
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT")
    p.add_argument("--db", default=None, help="DuckDB file (default: $EVENTWIRE_DB or ./eventwire.duckdb)")
    p.add_argument("--report", help="write the JSON report of read/coded/skipped/failed inputs here")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--chunk", type=int, default=50, help="articles per store transaction")
    add_filter_args(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from eventwire.config import Settings
    from eventwire.ingest import IngestReport, iter_articles
    from eventwire.pipeline import Pipeline
    from eventwire.store import Store

    settings = Settings.from_env(db_path=args.db)
    report = IngestReport()
    pipeline = Pipeline(settings, on_error=lambda a, exc: report.fail(a.doc_id, f"coding failed: {exc!r}"))
    started = time.perf_counter()
    coded = events = 0
    with Store(settings.db_path) as store, _progress(args.quiet) as progress:
        task = progress.add_task("coding", total=None) if progress else None
        chunk: list = []
        for article, found in pipeline.code(iter_articles(args.inputs, since=args.since, report=report)):
            chunk.append((article, found))
            coded += 1
            events += len(found)
            if len(chunk) >= max(1, args.chunk):
                store.write_many(chunk)
                chunk = []
            if progress is not None:
                rate = coded / max(time.perf_counter() - started, 1e-9)
                progress.update(task, advance=1, description=_line(coded, events, report, rate))
        if chunk:
            store.write_many(chunk)
    elapsed = time.perf_counter() - started
    if args.report:
        with open(args.report, "w", encoding="utf-8") as f:
            f.write(report.to_json())
    counts = report.counts()
    if not args.quiet:
        print(f"coded {coded} articles, {events} events in {elapsed:.1f}s "
              f"({coded / max(elapsed, 1e-9):.1f} articles/s); skipped {counts.get('skipped', 0)}, "
              f"failed {counts.get('failed', 0)} -> {settings.db_path}", file=sys.stderr)
    return 1 if report.failed else 0


def _line(coded: int, events: int, report, rate: float) -> str:  # type: ignore[no-untyped-def]
    counts = report.counts()
    return (f"coded {coded} · events {events} · skipped {counts.get('skipped', 0)} · "
            f"failed {counts.get('failed', 0)} · {rate:.1f} docs/s")


class _NoProgress:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None


def _progress(quiet: bool):  # type: ignore[no-untyped-def]
    if quiet or not sys.stderr.isatty():
        return _NoProgress()
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    return Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                    transient=False)
