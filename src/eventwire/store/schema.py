"""Numbered schema migrations, applied in order, each inside one transaction.

A new database runs every step; an older file runs the steps above its ``schema_version``.
Never edit a released step: append a new one.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from eventwire.store.aggregates import ddl as aggregates_ddl

# The column order of ``events`` used by every insert (see rows.py).
EVENT_COLUMNS: tuple[str, ...] = (
    "event_id", "doc_id", "sentence_index", "sentence",
    "source_code", "source_country", "source_role", "source_name",
    "target_code", "target_country", "target_role", "target_name",
    "cameo", "cameo_root", "plover", "quad_class", "goldstein", "negated",
    "date", "date_start",
    "location_name", "location_country", "location_lat", "location_lon", "location_kind",
    "confidence", "trigger", "char_start", "char_end", "coder_version", "extra",
    "cluster_id", "is_head",
)  # fmt: skip

ARTICLE_COLUMNS: tuple[str, ...] = (
    "doc_id", "title", "text", "blocks", "published", "updated", "url", "canonical_url",
    "source_domain", "language", "format", "removed", "coded_at", "coder_version", "text_hash",
)  # fmt: skip

_V1 = (
    "CREATE TABLE IF NOT EXISTS meta (schema_version INTEGER NOT NULL)",
    """CREATE TABLE articles (
        doc_id VARCHAR PRIMARY KEY, title VARCHAR, text VARCHAR NOT NULL, blocks JSON,
        published VARCHAR, updated VARCHAR, url VARCHAR, canonical_url VARCHAR,
        source_domain VARCHAR, language VARCHAR, format VARCHAR, removed JSON,
        coded_at TIMESTAMP, coder_version VARCHAR, text_hash VARCHAR)""",
    """CREATE TABLE events (
        event_id VARCHAR PRIMARY KEY, doc_id VARCHAR NOT NULL, sentence_index INTEGER,
        sentence VARCHAR,
        source_code VARCHAR, source_country VARCHAR, source_role VARCHAR, source_name VARCHAR,
        target_code VARCHAR, target_country VARCHAR, target_role VARCHAR, target_name VARCHAR,
        cameo VARCHAR NOT NULL, cameo_root VARCHAR NOT NULL, plover VARCHAR,
        quad_class TINYINT NOT NULL, goldstein DOUBLE NOT NULL, negated BOOLEAN NOT NULL,
        date VARCHAR, date_start DATE,
        location_name VARCHAR, location_country VARCHAR, location_lat DOUBLE,
        location_lon DOUBLE, location_kind VARCHAR,
        confidence DOUBLE, trigger VARCHAR, char_start INTEGER, char_end INTEGER,
        coder_version VARCHAR, extra JSON)""",
)

_V2 = (
    # Clusters: one row per real-world event reported by one or more articles.
    """CREATE TABLE clusters (
        cluster_id VARCHAR PRIMARY KEY, source_code VARCHAR, target_code VARCHAR,
        cameo_root VARCHAR NOT NULL, location_key VARCHAR, anchor_date DATE,
        first_date DATE, last_date DATE, mention_count INTEGER NOT NULL DEFAULT 0,
        doc_count INTEGER NOT NULL DEFAULT 0, head_event_id VARCHAR)""",
    "ALTER TABLE events ADD COLUMN cluster_id VARCHAR",
    "ALTER TABLE events ADD COLUMN is_head BOOLEAN DEFAULT TRUE",
)

# Summary tables (see aggregates.py), filled from the existing events.
_V3 = aggregates_ddl()


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    description: str
    sql: tuple[str, ...]
    after: Callable[[Any], None] | None = None  # Python step run in the same transaction


def _rebuild_aggregates(conn: Any) -> None:
    from eventwire.store.aggregates import rebuild

    rebuild(conn)


def _recluster_all(conn: Any) -> None:
    from eventwire.store.clusters import recluster_all

    recluster_all(conn)


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "articles and events", _V1),
    Migration(2, "event clusters (same event reported by several articles)", _V2, _recluster_all),
    Migration(3, "summary tables for analytics (agg_daily, agg_daily_kind, agg_dyad_*)",
              _V3, _rebuild_aggregates),
)
SCHEMA_VERSION = MIGRATIONS[-1].version


def current_version(conn: Any) -> int:
    """The file's schema version; 0 for an empty database."""
    has_meta = conn.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'meta'"
    ).fetchone()[0]
    if not has_meta:
        return 0
    row = conn.execute("SELECT max(schema_version) FROM meta").fetchone()
    return int(row[0] or 0)


def migrate(conn: Any, target: int = SCHEMA_VERSION) -> int:
    """Apply every step above the file's version up to ``target``; return the new version."""
    version = current_version(conn)
    if version > SCHEMA_VERSION:
        raise RuntimeError(
            f"database schema version {version} is newer than this eventwire ({SCHEMA_VERSION})"
        )
    for step in MIGRATIONS:
        if version < step.version <= target:
            conn.execute("BEGIN TRANSACTION")
            try:
                for sql in step.sql:
                    conn.execute(sql)
                if step.after is not None:
                    step.after(conn)
                conn.execute("DELETE FROM meta")
                conn.execute("INSERT INTO meta VALUES (?)", [step.version])
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            version = step.version
    return version
