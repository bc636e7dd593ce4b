"""``eventwire watch``: poll folders and feeds, code new articles into the store."""
from __future__ import annotations

import argparse
import logging
import sys


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "watch", help="poll folders and feeds; code and store new articles as they appear",
        description="Poll folders, files and RSS/Atom feed URLs every --interval seconds, code "
        "articles not seen before and store them. What was read is remembered in the store, so "
        "a restart never codes an article twice. To also serve them live, use "
        "'eventwire serve --watch DIR --feed URL' instead (one process owns the store).",
    )
    p.add_argument("inputs", nargs="+", metavar="DIR|FILE|URL")
    p.add_argument("--db", default=None, help="store file (default: $EVENTWIRE_DB or eventwire.duckdb)")
    p.add_argument("--interval", type=float, default=30.0, help="seconds between polls (default 30)")
    p.add_argument("--once", action="store_true", help="poll once and exit")
    p.add_argument("--since", default=None, help="only articles published on or after YYYY[-MM[-DD]]")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.interval <= 0:
        print("eventwire watch: error: --interval must be > 0", file=sys.stderr)
        return 2
    from eventwire.config import Settings
    from eventwire.store import Store
    from eventwire.web import seen
    from eventwire.web.watch import Watcher
    from eventwire.web.worker import Ingestor

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    db = args.db or Settings.from_env().db_path
    with Store(db) as store:
        seen.ensure_table(store.reader())
        ingestor = Ingestor(store, mark_seen=seen.mark_keys)
        ingestor.start()
        watcher = Watcher(args.inputs, ingestor, interval=args.interval, since=args.since)
        try:
            watcher.run(max_polls=1 if args.once else None)
        finally:
            ingestor.stop()
        print(f"eventwire watch: {watcher.articles_submitted} new articles, "
              f"{ingestor.coded_articles} coded, {ingestor.written_events} events",
              file=sys.stderr)  # fmt: skip
    return 0

