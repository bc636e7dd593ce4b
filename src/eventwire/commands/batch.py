"""eventwire batch INPUT... --out DIR : code many documents, write month-partitioned Parquet."""
from __future__ import annotations

import argparse
import sys

from eventwire.commands._common import add_filter_args


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "batch", help="code many documents locally or on Ray; write Parquet partitioned by month",
        description="Read documents (as `eventwire code` does), code them with the local engine "
        "or as Ray Data tasks, and write the events to DIR/month=YYYY-MM/part-*.parquet "
        "(readable by DuckDB, Spark, pandas). Ray needs `pip install 'eventwire[ray]'`.",
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT")
    p.add_argument("--out", required=True, metavar="DIR", help="output folder (hive partitions)")
    p.add_argument("--engine", choices=("local", "ray"), default="local")
    p.add_argument("--address", help="Ray cluster address (default: a local Ray instance)")
    p.add_argument("--workers", type=int, default=1,
                   help="Ray worker actors, or nlp.pipe processes for the local engine")
    p.add_argument("--batch-size", type=int, default=32, help="articles per Ray task")
    p.add_argument("--no-prefilter", action="store_true",
                   help="parse every sentence (default: only sentences that can hold an event)")
    p.add_argument("--report", help="write a JSON report of read/skipped/failed inputs here")
    add_filter_args(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from eventwire.ingest import IngestReport, iter_articles
    from eventwire.scale import run_batch

    if args.workers < 1:
        raise ValueError("--workers must be at least 1")
    report = IngestReport()
    articles = iter_articles(args.inputs, since=args.since, report=report)
    n = run_batch(articles, args.out, engine=args.engine, workers=args.workers,
                  address=args.address, prefilter=not args.no_prefilter,
                  batch_size=args.batch_size)
    print(f"{n} events -> {args.out}", file=sys.stderr)
    if args.report:
        with open(args.report, "w", encoding="utf-8") as f:
            f.write(report.to_json())
    return 1 if report.failed else 0
