"""Read-only analytics over a Store: time series, dyads, actors, networks, alerts.

Every function takes a Store and reads through ``store.reader()``; all user values travel
as SQL parameters and every column/ordering comes from an allow-list below.

Counting: ``count="clusters"`` (default) counts each real-world event once — the cluster's
first mention (``events.is_head``), on that mention's date, when that mention passes the
filter. Cluster members share source, target, CAMEO root, quad class and location, so
filters on those are exact; filters on text, full code, PLOVER type or doc_id apply to the
first mention. ``count="mentions"`` counts every stored event row.

Sources: each query reads the smallest summary table that answers its filter exactly
(``eventwire.store.aggregates``; maintained by the writer in the same transactions as the
events) and falls back to the raw ``events`` table otherwise (``place``, ``q``, ``doc_id``,
a ``code`` longer than two digits). Goldstein means are exact decimal sums divided by the
count, so both sources give identical results.
"""
from __future__ import annotations

import math
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from eventwire.store.aggregates import Relation, relation
from eventwire.store.filters import EventFilter, parse_date_bound, where_clause

if TYPE_CHECKING:  # pragma: no cover
    from eventwire.store.core import Store

COUNT_MODES = ("clusters", "mentions")
INTERVALS: dict[str, str] = {  # applied to daily partial aggregates (column d)
    "day": "d",
    "week": "CAST(date_trunc('week', d) AS DATE)",  # ISO weeks, Monday first
    "month": "CAST(date_trunc('month', d) AS DATE)",
}
DYAD_ORDERS: dict[str, str] = {
    "volume": "events DESC",
    "conflict": "conflict_events DESC",
    "cooperation": "events - conflict_events DESC",
    "hostility": "goldstein_mean ASC",
    "change": "change DESC",
}
MAX_LIMIT = 1000


# -- validation -------------------------------------------------------------------------
def _int(value: object, name: str, lo: int, hi: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
        raise ValueError(f"{name} must be an integer from {lo} to {hi}, got {value!r}")
    return value


def _choice(value: object, name: str, allowed: Any) -> str:
    if value not in allowed:
        raise ValueError(f"{name} must be one of {sorted(allowed)}, got {value!r}")
    return str(value)


def _where(flt: EventFilter | None, count: str, *extra: str) -> tuple[str, list[object]]:
    _choice(count, "count", COUNT_MODES)
    where, params = where_clause(flt)
    parts = [where, *extra] + (["is_head"] if count == "clusters" else [])
    return " AND ".join(parts), params


def _source(store: Store, flt: EventFilter | None, count: str, *, actors: bool, dates: bool,
            extra: list[tuple[str, list[object]]] | None = None) -> Relation:  # fmt: skip
    """Rows (dims, n, g) for ``flt`` from a summary table when possible, else from events."""
    _choice(count, "count", COUNT_MODES)
    return relation(flt, count, actors=actors, dates=dates, extra=extra or [],
                    use_aggregates=getattr(store, "use_aggregates", True))  # fmt: skip


def _dyad(dyad: object) -> tuple[str, list[object]]:
    if not (isinstance(dyad, (tuple, list)) and len(dyad) == 2):
        raise ValueError(f"dyad must be a (source, target) pair of actor codes, got {dyad!r}")
    return where_clause(EventFilter(source=dyad[0], target=dyad[1]))


def _round(x: float | None, nd: int = 3) -> float | None:
    return None if x is None else round(float(x), nd)


def _rows(store: Store, sql: str, params: list[object]) -> list[dict[str, Any]]:
    cur = store.reader().execute(sql, params)
    names = [c[0] for c in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


# -- time series ------------------------------------------------------------------------
def timeseries(store: Store, *, interval: str = "day", flt: EventFilter | None = None,
               dyad: tuple[str, str] | None = None,
               count: str = "clusters") -> list[dict[str, Any]]:  # fmt: skip
    """Events per period and quad class: ``[{period, quad_class, events, goldstein_mean}]``.

    Periods with no events are absent. Undated events are left out.
    """
    bucket = INTERVALS[_choice(interval, "interval", INTERVALS)]
    extra: list[tuple[str, list[object]]] = [("date_start IS NOT NULL", [])]
    if dyad is not None:
        extra.append(_dyad(dyad))
    rel = _source(store, flt, count, actors=dyad is not None, dates=True, extra=extra)
    rows = _rows(store, f"""
        WITH daily AS (
            SELECT date_start AS d, quad_class, sum(n) AS n, sum(g) AS g_sum
            FROM ({rel.sql}) GROUP BY ALL)
        SELECT {bucket} AS period, quad_class, sum(n) AS events,
               CAST(sum(g_sum) AS DOUBLE) / sum(n) AS g
        FROM daily GROUP BY ALL ORDER BY period, quad_class""", rel.params)
    return [{"period": r["period"].isoformat(), "quad_class": int(r["quad_class"]),
             "events": int(r["events"]), "goldstein_mean": _round(r["g"])} for r in rows]  # fmt: skip


# -- dyads / actors / network -----------------------------------------------------------
def _reference_day(store: Store, flt: EventFilter | None) -> date | None:
    """The filter's last day, else the store's latest event date (read from column stats)."""
    if flt is not None and flt.end is not None:
        return parse_date_bound(flt.end, end=True, name="end")
    return store.reader().execute("SELECT max(date_start) FROM events").fetchone()[0]


def top_dyads(store: Store, *, flt: EventFilter | None = None, limit: int = 20,
              order: str = "volume", count: str = "clusters",
              window_days: int = 30) -> list[dict[str, Any]]:  # fmt: skip
    """The busiest (source, target) code pairs.

    ``change`` = events in the last ``window_days`` days up to the reference day (the
    filter's ``end``, else the store's latest event date) minus events in the
    ``window_days`` days before.
    ``order``: volume, conflict (quad 3+4 count), cooperation, hostility (lowest mean
    Goldstein first) or change.
    """
    limit = _int(limit, "limit", 1, MAX_LIMIT)
    window_days = _int(window_days, "window_days", 1, 3650)
    order_sql = DYAD_ORDERS[_choice(order, "order", DYAD_ORDERS)]
    both: list[tuple[str, list[object]]] = [
        ("source_code IS NOT NULL AND target_code IS NOT NULL", [])]
    main = _source(store, flt, count, actors=True, dates=False, extra=both)
    ref = _reference_day(store, flt)
    mid = lo = date.max  # no dated events: empty windows
    if ref is not None and ref.toordinal() > 2 * window_days:
        mid, lo = ref - timedelta(days=window_days), ref - timedelta(days=2 * window_days)
    if main.table in ("events", "agg_daily"):  # dated rows: windows in the same pass
        win_sql, win_params = "SELECT NULL AS source_code, NULL AS target_code, 0 AS recent," \
            " 0 AS previous WHERE FALSE", []  # fmt: skip
        same = ("coalesce(sum(n) FILTER (WHERE date_start > ? AND date_start <= ?), 0) AS recent,"
                " coalesce(sum(n) FILTER (WHERE date_start > ? AND date_start <= ?), 0)"
                " AS previous")  # fmt: skip
        same_params: list[object] = [mid, ref, lo, mid]
    else:  # all-time table: windows from a second, date-bounded read
        win = _source(store, flt, count, actors=True, dates=True,
                      extra=[*both, ("date_start > ? AND date_start <= ?", [lo, ref])])
        win_sql = f"""SELECT source_code, target_code,
                   coalesce(sum(n) FILTER (WHERE date_start > ?), 0) AS recent,
                   coalesce(sum(n) FILTER (WHERE date_start <= ?), 0) AS previous
            FROM ({win.sql}) GROUP BY source_code, target_code"""
        win_params = [mid, mid, *win.params]
        same, same_params = "0 AS recent, 0 AS previous", []
    rows = _rows(store, f"""
        WITH m AS (
            SELECT source_code, target_code, sum(n) AS events,
                   CAST(sum(g) AS DOUBLE) / sum(n) AS g,
                   coalesce(sum(n) FILTER (WHERE quad_class >= 3), 0) AS conflict_events,
                   {same}
            FROM ({main.sql}) GROUP BY source_code, target_code),
        w AS ({win_sql})
        SELECT m.source_code, m.target_code, m.events, m.g, m.conflict_events,
               m.recent + coalesce(w.recent, 0) AS recent,
               m.previous + coalesce(w.previous, 0) AS previous,
               m.recent + coalesce(w.recent, 0) - m.previous - coalesce(w.previous, 0)
                   AS change,
               m.g AS goldstein_mean
        FROM m LEFT JOIN w ON m.source_code = w.source_code AND m.target_code = w.target_code
        ORDER BY {order_sql}, source_code, target_code LIMIT ?""",
        [*same_params, *main.params, *win_params, limit])  # fmt: skip
    return [_dyad_dict(r) for r in rows]


def _dyad_dict(r: dict[str, Any]) -> dict[str, Any]:
    n = int(r["events"])
    return {
        "source": r["source_code"], "target": r["target_code"], "events": n,
        "goldstein_mean": _round(r["g"]),
        "conflict_share": _round(r["conflict_events"] / n if n else 0.0),
        "recent": int(r["recent"]), "previous": int(r["previous"]), "change": int(r["change"]),
    }  # fmt: skip


def top_actors(store: Store, *, flt: EventFilter | None = None, limit: int = 20,
               count: str = "clusters") -> list[dict[str, Any]]:  # fmt: skip
    """Actor codes by the number of events they take part in (as source or target)."""
    limit = _int(limit, "limit", 1, MAX_LIMIT)
    rel = _source(store, flt, count, actors=True, dates=False)
    rows = _rows(store, f"""
        WITH f AS ({rel.sql}),
        sides AS (SELECT source_code AS actor, n AS src, n, g, quad_class FROM f
                  WHERE source_code IS NOT NULL
                  UNION ALL
                  SELECT target_code, 0, n, g, quad_class FROM f
                  WHERE target_code IS NOT NULL)
        SELECT actor, sum(n) AS events, sum(src) AS as_source,
               CAST(sum(g) AS DOUBLE) / sum(n) AS g,
               coalesce(sum(n) FILTER (WHERE quad_class >= 3), 0) AS conflict_events
        FROM sides GROUP BY actor ORDER BY events DESC, actor LIMIT ?""",
        [*rel.params, limit])  # fmt: skip
    return [{"actor": r["actor"], "events": int(r["events"]), "as_source": int(r["as_source"]),
             "as_target": int(r["events"] - r["as_source"]), "goldstein_mean": _round(r["g"]),
             "conflict_share": _round(r["conflict_events"] / r["events"])}
            for r in rows]  # fmt: skip


def network(store: Store, *, flt: EventFilter | None = None, limit: int = 100,
            count: str = "clusters") -> dict[str, list[dict[str, Any]]]:  # fmt: skip
    """The ``limit`` heaviest directed edges (dyads) and their endpoint nodes.

    A node's ``events`` is the sum of the weights of its edges shown; ``sign`` is +1 when
    the edge's mean Goldstein score is >= 0 (cooperative), else -1.
    """
    dyads = top_dyads(store, flt=flt, limit=limit, order="volume", count=count)
    weight: dict[str, int] = {}
    edges = []
    for d in dyads:
        for node in (d["source"], d["target"]):
            weight[node] = weight.get(node, 0) + d["events"]
        g = d["goldstein_mean"] or 0.0
        edges.append({"source": d["source"], "target": d["target"], "weight": d["events"],
                      "goldstein_mean": d["goldstein_mean"],
                      "conflict_share": d["conflict_share"], "sign": 1 if g >= 0 else -1})  # fmt: skip
    nodes = [{"id": k, "events": v} for k, v in sorted(weight.items(), key=lambda kv: (-kv[1], kv[0]))]
    return {"nodes": nodes, "edges": edges}


# -- alerts -----------------------------------------------------------------------------
ALERT_METHOD = (
    "Conflict events (quad class 3 or 4) per dyad and day. Baseline: the {b} days before the "
    "window ({bs}..{be}), zero days included: mean m_b and population std s_b of the daily "
    "counts. Window: the {w} days {ws}..{we}, mean daily count m_w. "
    "z = (m_w - m_b) / (max(s_b, 1/sqrt({b})) / sqrt({w})), i.e. the window mean's distance "
    "from the baseline mean in standard errors; the floor 1/sqrt({b}) is about the std of a "
    "baseline with a single event. Alert when z >= {z} and the window holds >= {n} events "
    "({count})."
)


def alerts(store: Store, *, flt: EventFilter | None = None, window_days: int = 7,
           baseline_days: int = 90, z: float = 3.0, min_events: int = 5,
           now: str | None = None, count: str = "clusters") -> list[dict[str, Any]]:  # fmt: skip
    """Dyads whose conflict volume in the last ``window_days`` is far above their baseline.

    ``now``: the window's last day (``YYYY-MM-DD``; default the store's latest event date). Sorted by z, highest first. Each alert carries its ``method`` text.
    """
    window_days = _int(window_days, "window_days", 1, 365)
    baseline_days = _int(baseline_days, "baseline_days", 2, 3650)
    min_events = _int(min_events, "min_events", 1, 10**9)
    if isinstance(z, bool) or not isinstance(z, (int, float)) or not 0 < z < 1000 or math.isnan(z):
        raise ValueError(f"z must be a number in (0, 1000), got {z!r}")
    where, params = _where(flt, count, "quad_class >= 3", "source_code IS NOT NULL",
                           "target_code IS NOT NULL")  # fmt: skip
    end = (parse_date_bound(now, end=True, name="now") if now is not None
           else _reference_day(store, None))  # fmt: skip
    if end is None:
        return []
    ws = end - timedelta(days=window_days - 1)
    bs, be = ws - timedelta(days=baseline_days), ws - timedelta(days=1)
    floor = 1 / math.sqrt(baseline_days)
    rows = _rows(store, f"""
        WITH daily AS (
            SELECT source_code, target_code, date_start AS d, count(*) AS n FROM events
            WHERE {where} AND date_start BETWEEN ? AND ? GROUP BY ALL),
        agg AS (
            SELECT source_code, target_code,
                   coalesce(sum(n) FILTER (WHERE d >= ?), 0) AS w_total,
                   coalesce(sum(n) FILTER (WHERE d < ?), 0) AS b_total,
                   coalesce(sum(n * n) FILTER (WHERE d < ?), 0) AS b_sq
            FROM daily GROUP BY ALL),
        stats AS (
            SELECT *, b_total / ? AS b_mean, w_total / ? AS w_mean,
                   sqrt(greatest(b_sq / ? - (b_total / ?) ^ 2, 0)) AS b_std FROM agg)
        SELECT *, (w_mean - b_mean) / (greatest(b_std, ?) / sqrt(?)) AS z
        FROM stats WHERE w_total >= ? AND (w_mean - b_mean) / (greatest(b_std, ?) / sqrt(?)) >= ?
        ORDER BY z DESC, w_total DESC, source_code, target_code""",
        [*params, bs, end, ws, ws, ws, float(baseline_days), float(window_days),
         float(baseline_days), float(baseline_days), floor, float(window_days), min_events,
         floor, float(window_days), float(z)])  # fmt: skip
    method = ALERT_METHOD.format(b=baseline_days, bs=bs, be=be, w=window_days, ws=ws, we=end,
                                 z=z, n=min_events, count=count)  # fmt: skip
    return [{
        "source": r["source_code"], "target": r["target_code"],
        "window_events": int(r["w_total"]), "baseline_events": int(r["b_total"]),
        "window_mean": _round(r["w_mean"], 4), "baseline_mean": _round(r["b_mean"], 4),
        "baseline_std": _round(r["b_std"], 4), "z": _round(r["z"], 2),
        "window": [ws.isoformat(), end.isoformat()], "baseline": [bs.isoformat(), be.isoformat()],
        "method": method,
    } for r in rows]  # fmt: skip


# -- article view -----------------------------------------------------------------------
def article_view(store: Store, doc_id: str) -> dict[str, Any] | None:
    """The article's cleaned text and one highlight per event, offsets into ``text``.

    A highlight's ``valid`` is False when its offsets do not select its trigger in the text.
    """
    if not isinstance(doc_id, str) or not doc_id:
        raise ValueError(f"doc_id must be a non-empty string, got {doc_id!r}")
    art = store.article(doc_id)
    if art is None:
        return None
    text = art["text"]
    rows = _rows(store, """
        SELECT event_id, sentence_index, char_start, char_end, trigger, source_code,
               target_code, cameo, cameo_root, quad_class, goldstein, plover
        FROM events WHERE doc_id = ? ORDER BY char_start, event_id""", [doc_id])  # fmt: skip
    highlights = []
    for r in rows:
        s, e = r["char_start"], r["char_end"]
        ok = s is not None and e is not None and 0 <= s <= e <= len(text)
        highlights.append({
            "event_id": r["event_id"], "trigger": [s, e], "trigger_text": r["trigger"],
            "valid": bool(ok and text[s:e] == r["trigger"]),
            "sentence_index": r["sentence_index"], "source": r["source_code"],
            "target": r["target_code"], "cameo": r["cameo"], "cameo_root": r["cameo_root"],
            "quad_class": int(r["quad_class"]), "goldstein": r["goldstein"], "plover": r["plover"],
        })  # fmt: skip
    return {**art, "highlights": highlights}
