"""Summary tables over ``events``, kept exact by the writer inside each write transaction.

Three tables hold, per key, the number of cluster heads (``heads``) and of all stored
events (``mentions``) and their Goldstein sums (``g_heads``, ``g_mentions``, exact
``DECIMAL(38,6)`` sums of each score cast to ``DECIMAL(18,6)``, so results do not depend on
summation order):

* ``agg_daily``: (date_start, source_code, source_country, target_code, target_country,
  cameo_root, cameo2, plover, quad_class) — ``cameo2`` is the first two digits of the code.
* ``agg_daily_kind``: (date_start, cameo_root, cameo2, plover, quad_class) — no actors.
* ``agg_dyad_total``: the ``agg_daily`` key without the date (all time).
* ``agg_dyad_quad``: actor columns and quad_class only (all time).

Key columns may be NULL (undated events, missing actors); rows whose ``mentions`` fall to
zero are deleted. :func:`relation` picks the smallest table that can answer a filter and
falls back to the raw ``events`` table for what no table can (``place``, ``q``,
``doc_id``, a ``code`` prefix longer than two digits).
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Iterable

from eventwire.store.filters import EventFilter, where_clause

ACTOR_DIMS = ("source_code", "source_country", "target_code", "target_country")
KIND_DIMS = ("cameo_root", "cameo2", "plover", "quad_class")
TABLES: dict[str, tuple[str, ...]] = {
    "agg_daily": ("date_start", *ACTOR_DIMS, *KIND_DIMS),
    "agg_daily_kind": ("date_start", *KIND_DIMS),
    "agg_dyad_total": (*ACTOR_DIMS, *KIND_DIMS),
    "agg_dyad_quad": (*ACTOR_DIMS, "quad_class"),
}
VALUES = ("heads", "mentions", "g_heads", "g_mentions")
_TYPES = {"date_start": "DATE", "quad_class": "TINYINT"}
# Expression of each key column over ``events``.
_EVENT_EXPR = {"cameo2": "left(cameo, 2)"}
G_EXPR = "CAST(goldstein AS DECIMAL(18,6))"


def ddl() -> tuple[str, ...]:
    """CREATE TABLE statements for the summary tables (schema step 3)."""
    out = []
    for name, keys in TABLES.items():
        cols = [f"{k} {_TYPES.get(k, 'VARCHAR')}" for k in keys]
        cols += ["heads BIGINT NOT NULL", "mentions BIGINT NOT NULL",
                 "g_heads DECIMAL(38,6) NOT NULL", "g_mentions DECIMAL(38,6) NOT NULL"]  # fmt: skip
        out.append(f"CREATE TABLE {name} ({', '.join(cols)})")
    return tuple(out)


def _contrib_select(where: str, sign: int = 1) -> str:
    """Per-``agg_daily``-key contributions of the events matching ``where`` (times ``sign``)."""
    keys = TABLES["agg_daily"]
    exprs = ", ".join(f"{_EVENT_EXPR.get(k, k)} AS {k}" for k in keys)
    s = "-" if sign < 0 else ""
    return (
        f"SELECT {exprs}, {s}count(*) FILTER (WHERE is_head) AS heads, {s}count(*) AS mentions,"
        f" {s}coalesce(sum({G_EXPR}) FILTER (WHERE is_head), 0) AS g_heads,"
        f" {s}sum({G_EXPR}) AS g_mentions FROM events WHERE {where} GROUP BY ALL"
    )


def _rollup(name: str, source: str) -> str:
    keys = ", ".join(TABLES[name])
    return (f"SELECT {keys}, sum(heads) AS heads, sum(mentions) AS mentions,"
            f" sum(g_heads) AS g_heads, sum(g_mentions) AS g_mentions FROM {source}"
            f" GROUP BY ALL")  # fmt: skip


def rebuild(conn: Any) -> None:
    """Recompute every summary table from ``events`` (migration step; bulk loads)."""
    for name in TABLES:
        conn.execute(f"DELETE FROM {name}")
    conn.execute(f"INSERT INTO agg_daily {_contrib_select('TRUE')} ORDER BY date_start")
    for name in ("agg_daily_kind", "agg_dyad_total", "agg_dyad_quad"):
        order = " ORDER BY date_start" if "date_start" in TABLES[name] else ""
        conn.execute(f"INSERT INTO {name} {_rollup(name, 'agg_daily')}{order}")


# -- incremental maintenance ------------------------------------------------------------
def subtract(conn: Any, cluster_table: str) -> None:
    """Start a delta: minus the contributions of events in the clusters of ``cluster_table``.

    Call before the write changes those clusters' events, then :func:`add_and_apply` after.
    """
    where = f"cluster_id IN (SELECT cluster_id FROM {cluster_table})"
    conn.execute(f"CREATE OR REPLACE TEMP TABLE _ew_delta AS {_contrib_select(where, -1)}")


def add_and_apply(conn: Any, cluster_table: str) -> None:
    """Add the new contributions of those clusters' events and merge the delta into every table."""
    where = f"cluster_id IN (SELECT cluster_id FROM {cluster_table})"
    conn.execute(f"INSERT INTO _ew_delta {_contrib_select(where)}")
    try:
        for name in TABLES:
            _merge(conn, name)
    finally:
        conn.execute("DROP TABLE IF EXISTS _ew_delta")
        conn.execute("DROP TABLE IF EXISTS _ew_d")


def _merge(conn: Any, name: str) -> None:
    keys = TABLES[name]
    conn.execute(
        f"CREATE OR REPLACE TEMP TABLE _ew_d AS {_rollup(name, '_ew_delta')}"
        " HAVING sum(heads) <> 0 OR sum(mentions) <> 0 OR sum(g_heads) <> 0"
        " OR sum(g_mentions) <> 0"
    )
    dated = "date_start" in keys
    n, shrinks, lo, hi, undated = conn.execute(
        "SELECT count(*), count(*) FILTER (WHERE mentions < 0), "
        + ("min(date_start), max(date_start), count(*) - count(date_start)"
           if dated else "NULL, NULL, 0") + " FROM _ew_d").fetchone()  # fmt: skip
    if not n:
        return
    match = " AND ".join(f"t.{k} IS NOT DISTINCT FROM d.{k}" for k in keys)
    prune, params = "", []
    if dated and lo is not None:  # lets zone maps skip most row groups
        prune, params = " AND (t.date_start BETWEEN ? AND ?", [lo, hi]
        prune += " OR t.date_start IS NULL)" if undated else ")"
    sets = ", ".join(f"{v} = t.{v} + d.{v}" for v in VALUES)
    conn.execute(f"UPDATE {name} AS t SET {sets} FROM _ew_d d WHERE {match}{prune}", params)
    conn.execute(f"INSERT INTO {name} SELECT * FROM _ew_d d WHERE NOT EXISTS"
                 f" (SELECT 1 FROM {name} t WHERE {match}{prune})", params)  # fmt: skip
    if shrinks:  # only rows that lost mentions can have reached zero
        conn.execute(f"DELETE FROM {name} AS t USING _ew_d d WHERE {match}{prune}"
                     " AND t.mentions = 0", params)  # fmt: skip


# -- planning ---------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Relation:
    """A FROM-able subquery with columns date_start (if dated), actor and kind columns,
    ``n`` (events counted) and ``g`` (their exact Goldstein sum), already filtered."""

    sql: str
    params: list[object]
    table: str  # the table read: "events" or a summary table


def can_use(flt: EventFilter | None) -> bool:
    """Whether a summary table can answer ``flt`` exactly."""
    if flt is None:
        return True
    if flt.place is not None or flt.q is not None or flt.doc_id is not None:
        return False
    return flt.code is None or len(str(flt.code).strip()) <= 2


def _agg_where(flt: EventFilter | None) -> tuple[str, list[object]]:
    if flt is None:
        return "TRUE", []
    where, params = where_clause(replace(flt, code=None))
    if flt.code is not None:
        where_clause(flt)  # validates the code
        where, params = f"{where} AND starts_with(cameo2, ?)", params + [str(flt.code).strip()]
    return where, params


def relation(flt: EventFilter | None, count: str, *, actors: bool, dates: bool,
             extra: Iterable[tuple[str, list[object]]] = (),
             use_aggregates: bool = True) -> Relation:  # fmt: skip
    """The cheapest exact source of (dims, n, g) rows for ``flt``.

    ``actors``/``dates``: whether the caller needs actor / date columns (beyond what the
    filter itself needs). ``extra``: more (sql, params) predicates over those columns.
    ``count``: "clusters" counts cluster heads, "mentions" every event.
    """
    extra = list(extra)
    raw_where, raw_params = where_clause(flt)  # validates flt (ValueError)
    flt_actors = flt is not None and any(
        getattr(flt, f) is not None for f in ("actor", "source", "target"))  # fmt: skip
    flt_dates = flt is not None and (flt.start is not None or flt.end is not None)
    need_actors, need_dates = actors or flt_actors, dates or flt_dates
    if use_aggregates and can_use(flt):
        where, params = _agg_where(flt)
        if not need_actors:
            table = "agg_daily_kind"
        elif not need_dates:
            kind = flt is not None and any(
                getattr(flt, f) is not None for f in ("root", "code", "plover"))  # fmt: skip
            table = "agg_dyad_total" if kind else "agg_dyad_quad"
        else:
            table = "agg_daily"
        n, g = ("heads", "g_heads") if count == "clusters" else ("mentions", "g_mentions")
        parts = [where, f"{n} > 0"] + [sql for sql, _ in extra]
        params = params + [p for _, ps in extra for p in ps]
        cols = ", ".join(TABLES[table])
        sql = f"SELECT {cols}, {n} AS n, {g} AS g FROM {table} WHERE {' AND '.join(parts)}"
        return Relation(sql, params, table)
    where, params = raw_where, raw_params
    parts = [where] + (["is_head"] if count == "clusters" else []) + [sql for sql, _ in extra]
    params = params + [p for _, ps in extra for p in ps]
    cols = ", ".join(f"{_EVENT_EXPR.get(k, k)} AS {k}" for k in TABLES["agg_daily"])
    sql = f"SELECT {cols}, 1 AS n, {G_EXPR} AS g FROM events WHERE {' AND '.join(parts)}"
    return Relation(sql, params, "events")


def ids_table(conn: Any, name: str, ids: Iterable[str]) -> None:
    """Register ``ids`` as a one-column (cluster_id) Arrow view ``name`` on ``conn``."""
    import pyarrow as pa

    conn.register(name, pa.table({"cluster_id": pa.array(sorted(set(ids)), pa.string())}))
