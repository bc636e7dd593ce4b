"""``eventwire export``: stored events as csv, jsonl, parquet or GDELT rows."""
from __future__ import annotations

import argparse
import sys

FORMATS = ("csv", "jsonl", "parquet", "gdelt")
FILTERS = ("start", "end", "actor", "source", "target", "root", "code", "plover", "place", "q", "doc_id")


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("export", help="export stored events (csv, jsonl, parquet, gdelt)",
                       description="Write the stored events that match the filters.")  # fmt: skip
    p.add_argument("--db", default=None, help="store file (default: $EVENTWIRE_DB or eventwire.duckdb)")
    p.add_argument("--format", choices=FORMATS, default="jsonl", help="output format (default jsonl)")
    p.add_argument("--out", default=None, help="output file (default: stdout; required for parquet)")
    p.add_argument("--clusters-only", action="store_true",
                   help="one row per real-world event (each cluster's first mention)")
    for name in FILTERS:
        p.add_argument(f"--{name.replace('_', '-')}", dest=name, default=None,
                       help=f"filter: {name} (as in GET /api/events)")  # fmt: skip
    p.add_argument("--quad-class", dest="quad_class", type=int, choices=[1, 2, 3, 4], default=None,
                   help="filter: quad class 1-4")  # fmt: skip
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.format == "parquet" and not args.out:
        print("eventwire export: error: --format parquet needs --out FILE", file=sys.stderr)
        return 2
    from eventwire.config import Settings
    from eventwire.store import EventFilter, Store, export

    flt = EventFilter(**{k: getattr(args, k) for k in (*FILTERS, "quad_class")})
    db = args.db or Settings.from_env().db_path
    with Store(db, read_only=True) as store:
        out = args.out if args.out else sys.stdout
        n = export(store, args.format, out, None if flt.is_empty() else flt,
                   clusters_only=args.clusters_only)  # fmt: skip
    if args.out:
        print(f"eventwire: wrote {n} events to {args.out}", file=sys.stderr)
    return 0
