"""What the watcher has already read, kept in the store so it survives restarts.

One row per (key, digest): ``key`` names where a document came from (a file's resolved
path, or an article URL / feed entry) and ``digest`` is a SHA-256 of its content, so an
edited file is read again while an unchanged one never is. The table lives in the same
DuckDB file as the events; every call here takes a DuckDB connection or cursor and is
made from the store's single writer thread.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Any

TABLE = "web_seen"

_DDL = f"""
CREATE TABLE IF NOT EXISTS {TABLE} (
    key VARCHAR NOT NULL,
    digest VARCHAR NOT NULL,
    doc_ids VARCHAR[],
    seen_at TIMESTAMP DEFAULT current_timestamp,
    PRIMARY KEY (key, digest)
)
"""


def digest(data: bytes | str) -> str:
    """Content hash used as the second half of a seen key."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return hashlib.sha256(raw).hexdigest()


def ensure_table(con: Any) -> None:
    con.execute(_DDL)


def is_seen(con: Any, key: str, content_digest: str) -> bool:
    row = con.execute(
        f"SELECT 1 FROM {TABLE} WHERE key = ? AND digest = ? LIMIT 1", [key, content_digest]
    ).fetchone()
    return row is not None


def mark_seen(con: Any, key: str, content_digest: str, doc_ids: Iterable[str] = ()) -> None:
    con.execute(
        f"INSERT INTO {TABLE} (key, digest, doc_ids) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
        [key, content_digest, list(doc_ids)],
    )


def count(con: Any) -> int:
    row = con.execute(f"SELECT count(*) FROM {TABLE}").fetchone()
    return int(row[0]) if row else 0


def mark_keys(store: Any, keys: Iterable[tuple[str, str]], doc_ids: Iterable[str] = ()) -> None:
    """Mark each (key, digest) seen, through a cursor of ``store`` (writer thread only)."""
    cur = store.reader()
    ids = list(doc_ids)
    for key, content_digest in keys:
        mark_seen(cur, key, content_digest, ids)
