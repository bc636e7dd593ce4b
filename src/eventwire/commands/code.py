"""eventwire code PATH... : read documents, print the events in them with their evidence."""
from __future__ import annotations

import argparse
import sys

from eventwire.commands._common import add_filter_args


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "code", help="code events in text/HTML/JSONL/WARC files, folders or feeds and print them",
        description="Read documents (text, HTML, JSONL of {id,text,format?,url?,published?}, "
        "WARC, RSS/Atom feed URLs, folders; '-' for stdin) and print their events.",
    )
    p.add_argument("inputs", nargs="+", metavar="PATH")
    p.add_argument("--format", choices=("table", "jsonl"), default="table")
    p.add_argument("--db", help="also store articles and events in this DuckDB file")
    p.add_argument("--report", help="write a JSON report of read/skipped/failed inputs here")
    add_filter_args(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from eventwire.commands._common import print_table, write_jsonl
    from eventwire.ingest import IngestReport, iter_articles
    from eventwire.pipeline import Pipeline

    report = IngestReport()
    pipeline = Pipeline(on_error=lambda a, exc: report.fail(a.doc_id, f"coding failed: {exc!r}"))
    store = _open_store(args.db)
    collected = []
    try:
        for article, events in pipeline.code(iter_articles(args.inputs, since=args.since, report=report)):
            if store is not None:
                store.write(article, events)
            rows = [e.to_dict() for e in events]
            if args.format == "jsonl":
                write_jsonl(rows)
                sys.stdout.flush()
            else:
                collected.extend(rows)
    finally:
        if store is not None:
            store.close()
    if args.format == "table":
        print_table(collected)
    if args.report:
        with open(args.report, "w", encoding="utf-8") as f:
            f.write(report.to_json())
    return 1 if report.failed else 0


def _open_store(path: str | None):  # type: ignore[no-untyped-def]
    if not path:
        return None
    from eventwire.store import Store

    return Store(path)
