"""Event clusters: one real-world event reported by several articles.

Two events belong to one cluster when they have the same source code, target code,
CAMEO root and location (name, case-folded; or both without one) and the event's date is
within ``WINDOW_DAYS`` days of the cluster's *anchor date* (the date of the event that
opened it). Assignment happens on write, in write order; within one write the events are
taken in (date, event_id) order and a candidate cluster is chosen by smallest date
distance, then smallest cluster_id, so the result is deterministic for a given write order.
Events without a date form a cluster of their own. The cluster's *head* is its earliest
mention (date, then event_id); analytics count heads when counting clusters.
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from datetime import date
from typing import Any, Iterable

WINDOW_DAYS = 3
Key = tuple[str, str, str, str]


def cluster_key(row: dict[str, Any]) -> Key:
    loc = row.get("location_name")
    return (
        row.get("source_code") or "",
        row.get("target_code") or "",
        row["cameo_root"],
        loc.strip().casefold() if loc else "",
    )


def _new_id(prefix: str, *parts: object) -> str:
    digest = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return f"{prefix}{digest[:16]}"


def _register(conn: Any, name: str, columns: dict[str, list[Any]], types: dict[str, Any]) -> None:
    import pyarrow as pa

    schema = pa.schema([(c, types[c]) for c in columns])
    conn.register(name, pa.table(columns, schema=schema))


def _candidates(conn: Any, rows: list[dict[str, Any]]) -> dict[Key, list[tuple[date, str]]]:
    """Existing clusters that dated ``rows`` could join, by key."""
    import pyarrow as pa

    dated = [r for r in rows if r["date_start"] is not None]
    out: dict[Key, list[tuple[date, str]]] = defaultdict(list)
    if not dated:
        return out
    keys = sorted({cluster_key(r) for r in dated})
    cols = {n: [k[i] for k in keys] for i, n in enumerate(("s", "t", "r", "l"))}
    _register(conn, "_ew_keys", cols, {n: pa.string() for n in cols})
    try:
        lo = min(r["date_start"] for r in dated)
        hi = max(r["date_start"] for r in dated)
        found = conn.execute(
            """SELECT c.source_code, c.target_code, c.cameo_root, c.location_key,
                      c.anchor_date, c.cluster_id
               FROM clusters c JOIN _ew_keys k
                 ON c.source_code = k.s AND c.target_code = k.t AND c.cameo_root = k.r
                AND c.location_key = k.l
               WHERE c.anchor_date BETWEEN ? - ? * INTERVAL 1 DAY AND ? + ? * INTERVAL 1 DAY""",
            [lo, WINDOW_DAYS, hi, WINDOW_DAYS],
        ).fetchall()
    finally:
        conn.unregister("_ew_keys")
    for s, t, r, loc, anchor, cid in found:
        out[(s, t, r, loc)].append((anchor, cid))
    return out


def _pick(cands: list[tuple[date, str]], day: date) -> str | None:
    near = [(abs((anchor - day).days), cid) for anchor, cid in cands]
    near = [x for x in near if x[0] <= WINDOW_DAYS]
    return min(near)[1] if near else None


def assign(conn: Any, rows: list[dict[str, Any]]) -> set[str]:
    """Set ``cluster_id`` on each row (creating clusters as needed); return the ids touched."""
    cands = _candidates(conn, rows)
    new: list[tuple[Any, ...]] = []
    touched: set[str] = set()
    order = sorted(rows, key=lambda r: (r["date_start"] is None, r["date_start"] or date.min,
                                        r["event_id"]))  # fmt: skip
    for row in order:
        key = cluster_key(row)
        day = row["date_start"]
        cid = _pick(cands.get(key, []), day) if day is not None else None
        if cid is None:
            if day is None:
                cid = _new_id("e", row["event_id"])
            else:
                cid = _new_id("c", *key, day.isoformat())
                cands[key].append((day, cid))
            new.append((cid, *key, day))
        row["cluster_id"] = cid
        touched.add(cid)
    if new:
        _insert_clusters(conn, new)
    return touched


def _insert_clusters(conn: Any, new: list[tuple[Any, ...]]) -> None:
    import pyarrow as pa

    names = ("cluster_id", "source_code", "target_code", "cameo_root", "location_key",
             "anchor_date")  # fmt: skip
    types = {n: pa.string() for n in names} | {"anchor_date": pa.date32()}
    _register(conn, "_ew_new", {n: [row[i] for row in new] for i, n in enumerate(names)}, types)
    try:
        cols = ", ".join(names)
        conn.execute(f"INSERT OR IGNORE INTO clusters ({cols}) SELECT {cols} FROM _ew_new")
    finally:
        conn.unregister("_ew_new")


def refresh(conn: Any, cluster_ids: Iterable[str]) -> None:
    """Recompute counts, dates and head of the given clusters; drop the empty ones."""
    import pyarrow as pa

    ids = sorted(set(cluster_ids))
    if not ids:
        return
    _register(conn, "_ew_ids", {"cluster_id": ids}, {"cluster_id": pa.string()})
    try:
        conn.execute(
            """UPDATE clusters SET first_date = s.first_date, last_date = s.last_date,
                   mention_count = s.n, doc_count = s.d, head_event_id = s.head
               FROM (SELECT cluster_id, min(date_start) AS first_date,
                            max(date_start) AS last_date, count(*) AS n,
                            count(DISTINCT doc_id) AS d,
                            first(event_id ORDER BY date_start NULLS LAST, event_id) AS head
                     FROM events WHERE cluster_id IN (SELECT cluster_id FROM _ew_ids)
                     GROUP BY cluster_id) s
               WHERE clusters.cluster_id = s.cluster_id"""
        )
        conn.execute(
            """DELETE FROM clusters WHERE cluster_id IN (SELECT cluster_id FROM _ew_ids)
               AND cluster_id NOT IN (SELECT cluster_id FROM events
                                      WHERE cluster_id IN (SELECT cluster_id FROM _ew_ids))"""
        )
        conn.execute(
            """UPDATE events SET is_head = (events.event_id = c.head_event_id)
               FROM clusters c
               WHERE events.cluster_id = c.cluster_id
                 AND c.cluster_id IN (SELECT cluster_id FROM _ew_ids)"""
        )
    finally:
        conn.unregister("_ew_ids")


def recluster_all(conn: Any) -> None:
    """Rebuild every cluster from scratch (used by the migration that introduced them)."""
    import pyarrow as pa

    conn.execute("DELETE FROM clusters")
    cur = conn.execute(
        "SELECT event_id, doc_id, source_code, target_code, cameo_root, location_name,"
        " date_start FROM events ORDER BY date_start NULLS LAST, event_id"
    )
    names = [c[0] for c in cur.description]
    rows = [dict(zip(names, r)) for r in cur.fetchall()]
    if not rows:
        return
    touched = assign(conn, rows)
    cols = {"event_id": [r["event_id"] for r in rows], "cid": [r["cluster_id"] for r in rows]}
    _register(conn, "_ew_assign", cols, {"event_id": pa.string(), "cid": pa.string()})
    try:
        conn.execute(
            "UPDATE events SET cluster_id = a.cid FROM _ew_assign a"
            " WHERE events.event_id = a.event_id"
        )
    finally:
        conn.unregister("_ew_assign")
    refresh(conn, touched)
