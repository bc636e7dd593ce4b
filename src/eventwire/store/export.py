"""Exports of stored events: csv, jsonl (spec shape), parquet and GDELT 2.0 event rows."""
from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import shutil
import tempfile
from typing import IO, TYPE_CHECKING, Any, Iterator, Union

from eventwire.store.filters import EventFilter, where_clause
from eventwire.store.gdelt import GDELT_COLUMNS, gdelt_row
from eventwire.store.rows import EVENT_SELECT, event_dict

if TYPE_CHECKING:  # pragma: no cover
    from eventwire.store.core import Store

EXPORT_FORMATS = ("csv", "jsonl", "parquet", "gdelt")
Out = Union[str, "os.PathLike[str]", IO[str], IO[bytes]]
_BATCH = 10_000


def export(store: Store, fmt: str, out: Out, flt: EventFilter | None = None, *,
           header: bool | None = None, clusters_only: bool = False) -> int:  # fmt: skip
    """Write the events matching ``flt`` to ``out`` (a path or a text/binary stream).

    Returns the number of events written. ``header``: csv has one by default, gdelt none
    (as GDELT's files). ``clusters_only``: keep only each cluster's first mention (one row
    per real-world event, as GDELT's event table).
    """
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"fmt must be one of {list(EXPORT_FORMATS)}, got {fmt!r}")
    if header is not None and not isinstance(header, bool):
        raise ValueError(f"header must be a bool, got {header!r}")
    where, params = where_clause(flt, alias="e")
    if clusters_only:
        where += " AND e.is_head"
    if fmt == "parquet":
        return _parquet(store, out, where, params)
    with _text_out(out) as fh:
        if fmt == "csv":
            return _csv(store, fh, where, params, header is not False)
        if fmt == "jsonl":
            return _jsonl(store, fh, where, params)
        return _gdelt(store, fh, where, params, bool(header))


@contextlib.contextmanager
def _text_out(out: Out) -> Iterator[IO[str]]:
    if isinstance(out, (str, os.PathLike)):
        with open(out, "w", encoding="utf-8", newline="") as fh:
            yield fh
    elif isinstance(out, io.TextIOBase) or hasattr(out, "encoding"):
        yield out  # type: ignore[misc]
    else:
        wrapper = io.TextIOWrapper(out, encoding="utf-8", newline="")  # type: ignore[arg-type]
        try:
            yield wrapper
        finally:
            wrapper.flush()
            wrapper.detach()


def _batches(cursor: Any) -> Iterator[list[tuple[Any, ...]]]:
    while rows := cursor.fetchmany(_BATCH):
        yield rows


def _flat_sql(where: str) -> str:
    from eventwire.store.core import FLAT_COLUMNS

    cols = ", ".join(f"e.{c}" for c in FLAT_COLUMNS)
    return f"SELECT {cols} FROM events e WHERE {where} ORDER BY e.date_start, e.event_id"


def _csv(store: Store, fh: IO[str], where: str, params: list[object], header: bool) -> int:
    cur = store.reader().execute(_flat_sql(where), params)
    writer = csv.writer(fh)
    if header:
        writer.writerow([c[0] for c in cur.description])
    n = 0
    for rows in _batches(cur):
        writer.writerows(["" if v is None else v for v in row] for row in rows)
        n += len(rows)
    return n


def _jsonl(store: Store, fh: IO[str], where: str, params: list[object]) -> int:
    cols = ", ".join(f"e.{c.strip()}" for c in EVENT_SELECT.split(","))
    cur = store.reader().execute(
        f"SELECT {cols} FROM events e WHERE {where} ORDER BY e.date_start, e.event_id", params
    )
    names = [c[0] for c in cur.description]
    n = 0
    for rows in _batches(cur):
        for row in rows:
            fh.write(json.dumps(event_dict(dict(zip(names, row))), ensure_ascii=False) + "\n")
        n += len(rows)
    return n


def _parquet(store: Store, out: Out, where: str, params: list[object]) -> int:
    sql = _flat_sql(where)
    if isinstance(out, (str, os.PathLike)):
        return _copy_parquet(store, sql, params, os.fspath(out))
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "events.parquet")
        n = _copy_parquet(store, sql, params, path)
        with open(path, "rb") as fh:
            shutil.copyfileobj(fh, out)  # type: ignore[arg-type]
    return n


def _copy_parquet(store: Store, sql: str, params: list[object], path: str) -> int:
    cur = store.reader()
    cur.execute(f"COPY ({sql}) TO ? (FORMAT parquet)", [*params, path])
    return int(cur.execute("SELECT count(*) FROM read_parquet(?)", [path]).fetchone()[0])


def _gdelt(store: Store, fh: IO[str], where: str, params: list[object], header: bool) -> int:
    cur = store.reader().execute(
        f"""WITH sources AS (
              SELECT e2.cluster_id, count(DISTINCT a2.source_domain) AS n_sources
              FROM events e2 JOIN articles a2 ON a2.doc_id = e2.doc_id GROUP BY e2.cluster_id)
            SELECT e.*, c.mention_count, c.doc_count, s.n_sources, a.url AS article_url,
                   a.coded_at
            FROM events e LEFT JOIN clusters c ON c.cluster_id = e.cluster_id
            LEFT JOIN sources s ON s.cluster_id = e.cluster_id
            LEFT JOIN articles a ON a.doc_id = e.doc_id
            WHERE {where} ORDER BY e.date_start, e.event_id""",
        params,
    )
    names = [c[0] for c in cur.description]
    if header:
        fh.write("\t".join(GDELT_COLUMNS) + "\n")
    n = 0
    for rows in _batches(cur):
        for row in rows:
            fh.write("\t".join(gdelt_row(dict(zip(names, row)))) + "\n")
        n += len(rows)
    return n
