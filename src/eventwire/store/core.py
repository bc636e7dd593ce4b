"""Store: articles and their coded events in one DuckDB file.

DuckDB lets one process open a database file for writing (other processes may open it
read-only only while no process writes). Inside that process the Store's own connection
does every write; ``reader()`` hands out cursors (duplicate connections onto the same
database) so several threads can read concurrently.
"""
from __future__ import annotations

import base64
import json
import os
from datetime import date
from itertools import islice
from typing import TYPE_CHECKING, Any, Callable, Iterable, Sequence

from eventwire.records import Article, Event
from eventwire.store import aggregates, clusters
from eventwire.store.filters import EventFilter, parse_date_bound, where_clause
from eventwire.store.rows import EVENT_SELECT, article_values, event_dict, event_row, rows_as_dicts
from eventwire.store.schema import ARTICLE_COLUMNS, EVENT_COLUMNS, SCHEMA_VERSION, migrate

if TYPE_CHECKING:  # pragma: no cover
    import pandas
    import polars

# Sort keys: allow-listed columns (never user text). Plain columns let DuckDB's top-N
# skip row groups by their min/max. Undated events sort as the smallest dates (last when
# descending); only ``date_start`` can be NULL.
SORT_KEYS: dict[str, str] = {
    "date": "date_start",
    "goldstein": "goldstein",
    "cameo": "cameo",
    "doc_id": "doc_id",
}
MAX_LIMIT = 10_000
CHUNK = 5_000
# events(sort="date", descending=True): first look only at the newest days (zone maps let
# DuckDB skip older row groups), widening until the page is full; then the whole table.
PROBE_DAYS = (8, 64, 512, 4096)
FLAT_COLUMNS = tuple(c for c in EVENT_COLUMNS if c != "extra")


def _check_limit(limit: object) -> int:
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= MAX_LIMIT:
        raise ValueError(f"limit must be an integer from 1 to {MAX_LIMIT}, got {limit!r}")
    return limit


def _encode_cursor(sort: str, descending: bool, key: Any, event_id: str) -> str:
    if isinstance(key, date):
        key = key.isoformat()
    raw = json.dumps([sort, descending, key, event_id], separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode("utf-8")).decode("ascii").rstrip("=")


def _decode_cursor(cursor: str, sort: str, descending: bool) -> tuple[Any, str]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        c_sort, c_desc, key, event_id = json.loads(raw)
    except Exception:  # noqa: BLE001 - any malformed input is one error for the caller
        raise ValueError(f"cursor is not valid: {cursor!r}") from None
    if c_sort != sort or c_desc != descending or not isinstance(event_id, str):
        raise ValueError("cursor was made for another sort order; restart without a cursor")
    if sort == "date":
        try:
            key = date.fromisoformat(key) if key is not None else None
        except (TypeError, ValueError):
            raise ValueError(f"cursor is not valid: {cursor!r}") from None
    elif sort == "goldstein" and not isinstance(key, (int, float)):
        raise ValueError(f"cursor is not valid: {cursor!r}")
    elif sort in ("cameo", "doc_id") and not isinstance(key, str):
        raise ValueError(f"cursor is not valid: {cursor!r}")
    if key is None and sort != "date":
        raise ValueError(f"cursor is not valid: {cursor!r}")
    return key, event_id


def _after(col: str, descending: bool, key: Any, event_id: str) -> tuple[str, list[Any]]:
    """Keyset predicate: rows after (key, event_id) in the order NULL < any value."""
    op = "<" if descending else ">"
    if key is None:  # inside the undated rows (only for date)
        if descending:
            return f"({col} IS NULL AND event_id < ?)", [event_id]
        return f"(({col} IS NULL AND event_id > ?) OR {col} IS NOT NULL)", [event_id]
    sql = f"({col} {op} ? OR ({col} = ? AND event_id {op} ?)"
    sql += f" OR {col} IS NULL)" if descending else ")"
    return sql, [key, key, event_id]


class Store:
    """Articles and events in a DuckDB file (``":memory:"`` for a throwaway store)."""

    def __init__(self, path: str | os.PathLike[str] = "eventwire.duckdb", *,
                 read_only: bool = False) -> None:  # fmt: skip
        import duckdb

        self.path = os.fspath(path)
        self.read_only = read_only
        # Analytics and count() read the summary tables when a filter allows it; False
        # forces the raw events table (tests compare the two).
        self.use_aggregates = True
        self._conn = duckdb.connect(self.path, read_only=read_only)
        if read_only:
            from eventwire.store.schema import current_version

            self.schema_version = current_version(self._conn)
            if self.schema_version != SCHEMA_VERSION:
                self._conn.close()
                raise RuntimeError(
                    f"{self.path}: schema version {self.schema_version}, expected"
                    f" {SCHEMA_VERSION}; open it once for writing to migrate it"
                )
        else:
            self.schema_version = migrate(self._conn)

    # -- lifecycle -------------------------------------------------------------------
    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def reader(self) -> Any:
        """A new DuckDB cursor on this database, for one reading thread."""
        return self._conn.cursor()

    # -- writes ----------------------------------------------------------------------
    def write(self, article: Article, events: Sequence[Event]) -> None:
        """Store ``article`` and replace its events, all in one transaction."""
        self._write_chunk([(article, events)])

    def write_many(self, batch: Iterable[tuple[Article, Sequence[Event]]]) -> int:
        """Store many (article, events) pairs, one transaction per chunk; return events written."""
        total = 0
        items = iter(batch)
        while chunk := list(islice(items, CHUNK)):
            total += self._write_chunk(chunk)
        return total

    def _write_chunk(self, chunk: list[tuple[Article, Sequence[Event]]]) -> int:
        self._check_writable()
        merged: dict[str, tuple[Article, list[Event]]] = {}
        for article, events in chunk:
            _validate_pair(article, events)
            merged[article.doc_id] = (article, list(events))  # last one for a doc_id wins
        rows = [event_row(e) for _, evs in merged.values() for e in evs]
        conn = self._conn
        conn.execute("BEGIN TRANSACTION")
        try:
            old = self._old_clusters(list(merged))
            touched = clusters.assign(conn, rows)
            # Summary tables: minus the affected clusters' events before, plus after.
            aggregates.ids_table(conn, "_ew_affected", touched | old)
            try:
                aggregates.subtract(conn, "_ew_affected")
                self._replace_articles(merged)
                self._insert_events(rows)
                clusters.refresh(conn, touched | old)
                aggregates.add_and_apply(conn, "_ew_affected")
            finally:
                conn.unregister("_ew_affected")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        return len(rows)

    def _check_writable(self) -> None:
        if self.read_only:
            raise RuntimeError(f"{self.path} is open read-only")

    def _old_clusters(self, doc_ids: list[str]) -> set[str]:
        """The clusters of the events these articles have now."""
        import pyarrow as pa

        conn = self._conn
        conn.register("_ew_docs", pa.table({"doc_id": pa.array(doc_ids, pa.string())}))
        try:
            return {r[0] for r in conn.execute(
                "SELECT DISTINCT cluster_id FROM events WHERE doc_id IN"
                " (SELECT doc_id FROM _ew_docs) AND cluster_id IS NOT NULL").fetchall()}  # fmt: skip
        finally:
            conn.unregister("_ew_docs")

    def _replace_articles(self, merged: dict[str, tuple[Article, list[Event]]]) -> None:
        """Upsert the articles and delete their old events."""
        import pyarrow as pa

        conn = self._conn
        ids = list(merged)
        conn.register("_ew_docs", pa.table({"doc_id": pa.array(ids, pa.string())}))
        try:
            conn.execute("DELETE FROM events WHERE doc_id IN (SELECT doc_id FROM _ew_docs)")
        finally:
            conn.unregister("_ew_docs")
        values = [article_values(a, evs) for a, evs in merged.values()]
        table = pa.table({c: [v[i] for v in values] for i, c in enumerate(ARTICLE_COLUMNS)},
                         schema=_article_arrow_schema())  # fmt: skip
        conn.register("_ew_articles", table)
        try:
            cols = ", ".join(ARTICLE_COLUMNS)
            conn.execute(f"INSERT OR REPLACE INTO articles ({cols}) SELECT {cols} FROM _ew_articles")
        finally:
            conn.unregister("_ew_articles")

    def _insert_events(self, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        import pyarrow as pa

        rows.sort(key=lambda r: (r["date_start"] is None, r["date_start"] or date.min,
                                 r["event_id"]))  # fmt: skip
        table = pa.table({c: [r[c] for r in rows] for c in EVENT_COLUMNS},
                         schema=_event_arrow_schema())  # fmt: skip
        self._conn.register("_ew_events", table)
        try:
            cols = ", ".join(EVENT_COLUMNS)
            self._conn.execute(f"INSERT INTO events ({cols}) SELECT {cols} FROM _ew_events")
        finally:
            self._conn.unregister("_ew_events")

    # -- reads -----------------------------------------------------------------------
    def has_article(self, doc_id: str) -> bool:
        row = self.reader().execute("SELECT 1 FROM articles WHERE doc_id = ?", [doc_id]).fetchone()
        return row is not None

    def article(self, doc_id: str) -> dict[str, Any] | None:
        cur = self.reader().execute(
            f"SELECT {', '.join(ARTICLE_COLUMNS)} FROM articles WHERE doc_id = ?", [doc_id]
        )
        rows = rows_as_dicts(cur)
        if not rows:
            return None
        d = rows[0]
        d["blocks"] = [{"kind": k, "start": s, "end": e} for k, s, e in json.loads(d["blocks"] or "[]")]
        d["removed"] = json.loads(d["removed"] or "[]")
        d["coded_at"] = d["coded_at"].isoformat() if d["coded_at"] else None
        return d

    def events(self, flt: EventFilter | None = None, *, limit: int = 100,
               cursor: str | None = None, sort: str = "date",
               descending: bool = True) -> tuple[list[dict[str, Any]], str | None]:  # fmt: skip
        """One page of spec-shaped events and the cursor of the next page (None at the end)."""
        if sort not in SORT_KEYS:
            raise ValueError(f"sort must be one of {sorted(SORT_KEYS)}, got {sort!r}")
        if not isinstance(descending, bool):
            raise ValueError(f"descending must be a bool, got {descending!r}")
        limit = _check_limit(limit)
        where, params = where_clause(flt)
        key = SORT_KEYS[sort]
        direction = "DESC NULLS LAST" if descending else "ASC NULLS FIRST"
        if cursor is not None:
            if not isinstance(cursor, str):
                raise ValueError(f"cursor must be a string, got {cursor!r}")
            k_sql, k_params = _after(key, descending, *_decode_cursor(cursor, sort, descending))
            where, params = f"{where} AND {k_sql}", params + k_params
        # Two steps: the top-N over (key, event_id) only, then the wide rows by primary key
        # (DuckDB would otherwise materialise every column of every matching row).
        cur = self.reader()
        def sql(window: str = "") -> str:
            return (f"SELECT event_id, {key} FROM events WHERE {where}{window}"
                    f" ORDER BY {key} {direction}, event_id {direction} LIMIT ?")  # fmt: skip

        top = None
        if sort == "date" and descending:
            top = self._newest_first(cur, sql, params, limit + 1, cursor, flt)
        if top is None:
            top = cur.execute(sql(), params + [limit + 1]).fetchall()
        nxt = None
        if len(top) > limit:
            nxt = _encode_cursor(sort, descending, top[limit - 1][1], top[limit - 1][0])
            top = top[:limit]
        if not top:
            return [], None
        marks = ", ".join("?" for _ in top)
        rows = rows_as_dicts(cur.execute(
            f"SELECT {EVENT_SELECT} FROM events WHERE event_id IN ({marks})", [t[0] for t in top]))
        by_id = {r["event_id"]: r for r in rows}
        return [event_dict(by_id[t[0]]) for t in top], nxt

    def _newest_first(self, cur: Any, sql: Callable[[str], str], params: list[Any], n: int,
                      cursor: str | None,
                      flt: EventFilter | None) -> list[tuple[Any, ...]] | None:  # fmt: skip
        """Top ``n`` by date descending, probing growing windows below the newest date.

        Exact: when the window [lo, newest] holds ``n`` matches, no row outside it (older or
        undated) can rank among the first ``n``. None: run the plain query instead.
        """
        if cursor is not None:
            newest = _decode_cursor(cursor, "date", True)[0]
        else:
            newest = cur.execute("SELECT max(date_start) FROM events").fetchone()[0]
        if flt is not None and flt.end is not None and newest is not None:
            newest = min(newest, parse_date_bound(flt.end, end=True, name="end"))
        if newest is None:
            return None
        for days in PROBE_DAYS:
            lo = date.fromordinal(max(1, newest.toordinal() - days))
            top = cur.execute(sql(" AND date_start >= ?"),
                              params + [lo, n]).fetchall()  # fmt: skip
            if len(top) >= n:
                return top
        return None

    def count(self, flt: EventFilter | None = None) -> int:
        rel = aggregates.relation(flt, "mentions", actors=False, dates=False,
                                  use_aggregates=self.use_aggregates)  # fmt: skip
        if rel.table == "events":
            where, params = where_clause(flt)
            sql = f"SELECT count(*) FROM events WHERE {where}"
        else:
            sql, params = f"SELECT coalesce(sum(n), 0) FROM ({rel.sql})", rel.params
        return int(self.reader().execute(sql, params).fetchone()[0])

    def _flat_query(self, flt: EventFilter | None) -> tuple[str, list[object]]:
        where, params = where_clause(flt)
        cols = ", ".join(FLAT_COLUMNS)
        return f"SELECT {cols} FROM events WHERE {where} ORDER BY date_start, event_id", params

    def to_pandas(self, flt: EventFilter | None = None) -> pandas.DataFrame:
        sql, params = self._flat_query(flt)
        return self.reader().execute(sql, params).df()

    def to_polars(self, flt: EventFilter | None = None) -> polars.DataFrame:
        sql, params = self._flat_query(flt)
        return self.reader().sql(sql, params=params).pl()

    def stats(self) -> dict[str, Any]:
        cur = self.reader()
        n_art = cur.execute("SELECT count(*) FROM articles").fetchone()[0]
        n_ev, lo, hi, undated = cur.execute(
            "SELECT count(*), min(date_start), max(date_start), count(*) - count(date_start)"
            " FROM events").fetchone()  # fmt: skip
        n_cl, multi = cur.execute(
            "SELECT count(*), count(*) FILTER (WHERE doc_count > 1) FROM clusters").fetchone()
        return {
            "articles": int(n_art), "events": int(n_ev), "clusters": int(n_cl),
            "clusters_multi_article": int(multi), "undated_events": int(undated),
            "first_date": lo.isoformat() if lo else None,
            "last_date": hi.isoformat() if hi else None,
            "schema_version": self.schema_version, "path": self.path,
        }  # fmt: skip

    def cluster(self, cluster_id: str) -> dict[str, Any] | None:
        """One cluster's row (counts, dates, head event) or None."""
        rows = rows_as_dicts(self.reader().execute(
            "SELECT * FROM clusters WHERE cluster_id = ?", [cluster_id]))  # fmt: skip
        if not rows:
            return None
        d = rows[0]
        for k in ("anchor_date", "first_date", "last_date"):
            d[k] = d[k].isoformat() if d[k] else None
        return d


def _validate_pair(article: Article, events: Sequence[Event]) -> None:
    if not isinstance(article, Article):
        raise ValueError(f"expected an Article, got {type(article).__name__}")
    for e in events:
        if not isinstance(e, Event):
            raise ValueError(f"expected Event records, got {type(e).__name__}")
        if e.doc_id != article.doc_id:
            raise ValueError(f"event {e.event_id} has doc_id {e.doc_id!r}, not {article.doc_id!r}")


def _article_arrow_schema() -> Any:
    import pyarrow as pa

    return pa.schema([(c, pa.timestamp("s") if c == "coded_at" else pa.string())
                      for c in ARTICLE_COLUMNS])  # fmt: skip


def _event_arrow_schema() -> Any:
    import pyarrow as pa

    s, i, f = pa.string(), pa.int32(), pa.float64()
    types = {
        "sentence_index": i, "quad_class": pa.int8(), "goldstein": f, "negated": pa.bool_(),
        "date_start": pa.date32(), "location_lat": f, "location_lon": f, "confidence": f,
        "char_start": i, "char_end": i, "is_head": pa.bool_(),
    }  # fmt: skip
    return pa.schema([(c, types.get(c, s)) for c in EVENT_COLUMNS])
