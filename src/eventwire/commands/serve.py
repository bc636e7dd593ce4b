"""``eventwire serve``: the API, the live stream and the dashboard over a store."""
from __future__ import annotations

import argparse
import os
import sys

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "serve",
        help="serve the JSON API, the live event stream and the dashboard",
        description="Serve the store over HTTP: /api (JSON, docs at /docs), /api/stream (live "
        "events) and a dashboard at /. Writes (POST /api/articles) need the bearer token "
        "(--token or EVENTWIRE_TOKEN); binding beyond loopback needs one too.",
    )
    p.add_argument("--db", default=None, help="store file (default: $EVENTWIRE_DB or eventwire.duckdb)")
    p.add_argument("--host", default=DEFAULT_HOST, help=f"bind address (default {DEFAULT_HOST})")
    p.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT})")
    p.add_argument("--token", default=None, help="bearer token for writes (default: $EVENTWIRE_TOKEN)")
    p.add_argument("--open-reads", action="store_true",
                   help="let any client read without the token (default: only loopback clients)")
    p.add_argument("--watch", action="append", default=[], metavar="DIR",
                   help="folder (or file) to poll for new articles; repeatable")
    p.add_argument("--feed", action="append", default=[], metavar="URL",
                   help="RSS/Atom feed to poll; repeatable")
    p.add_argument("--interval", type=float, default=30.0, help="poll interval in seconds (default 30)")
    p.add_argument("--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"])
    p.set_defaults(func=run)


def bind_error(host: str, token: str | None) -> str | None:
    """Why ``host`` may not be bound with this token, or None when it may."""
    from eventwire.web.security import is_loopback_host

    if token or is_loopback_host(host):
        return None
    return (f"refusing to listen on {host!r} without a token: anyone who can reach it could "
            "write to the store. Set EVENTWIRE_TOKEN or pass --token, or bind to 127.0.0.1.")


def run(args: argparse.Namespace) -> int:
    token = args.token or os.environ.get("EVENTWIRE_TOKEN") or None
    problem = bind_error(args.host, token)
    if problem:
        print(f"eventwire serve: error: {problem}", file=sys.stderr)
        return 2
    if not 0 < args.port < 65536 or args.interval <= 0:
        print("eventwire serve: error: --port must be 1-65535 and --interval > 0", file=sys.stderr)
        return 2
    import uvicorn

    from eventwire.config import Settings
    from eventwire.web.app import create_app

    db = args.db or Settings.from_env().db_path
    app = create_app(db, token=token, watch=args.watch, feeds=args.feed,
                     interval=args.interval, open_reads=args.open_reads)  # fmt: skip
    print(f"eventwire: serving {db} on http://{args.host}:{args.port}/ (API docs at /docs)",
          file=sys.stderr)  # fmt: skip
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level,
                timeout_graceful_shutdown=5)  # fmt: skip
    return 0
