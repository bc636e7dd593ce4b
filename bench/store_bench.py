"""Store/analytics benchmark: N synthetic events, latency of each query, bulk insert rate.

    python bench/store_bench.py                 # 5,000,000 events
    python bench/store_bench.py --events 500000 --runs 30 --json out.json

Synthetic events are generated inside DuckDB (``range()`` + hashes) in date order, which is
the layout the store keeps on bulk load (``write_many`` inserts each chunk sorted by date),
so date-range filters skip row groups through DuckDB's min/max zone maps. Actor
popularity is skewed (a few countries in most events), as in news data. The bulk insert
rate of the real write path (``Store.write_many`` from Event records, with clustering) is
measured separately on ``--insert-sample`` events.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from typing import Any, Callable

from eventwire import analytics as A
from eventwire.store import EventFilter, Store
from eventwire.store.aggregates import rebuild as rebuild_aggregates
from eventwire.store.sample import make_article, make_event

COUNTRIES = ("USA RUS CHN UKR SYR ISR IRN IRQ AFG PAK IND GBR FRA DEU TUR EGY SAU NGA "
             "PRK KOR JPN MEX BRA VEN LBY YEM SDN SOM KEN ETH COL PHL IDN MMR THA").split()
ROLES = ("", "GOV", "MIL", "REB", "OPP", "BUS", "MED", "CVL", "JUD", "LEG")
CAMEO = ("010 020 036 040 042 043 051 057 061 070 071 080 090 100 111 112 120 128 130 138 "
         "140 141 145 150 160 163 173 180 181 190 193 195 200").split()
PLACES = ("Kyiv Moscow Beijing Damascus Aleppo Gaza Baghdad Kabul Tehran Washington "
          "London Paris Berlin Ankara Cairo Riyadh Lagos Donetsk Mosul Sanaa").split()
START = "2015-01-01"
DAYS = 5 * 365


def _list(values: tuple[str, ...] | list[str]) -> str:
    return "[" + ", ".join(f"'{v}'" for v in values) + "]"  # constants of this script only


def generate(store: Store, n: int) -> float:
    """Insert n synthetic events (sorted by date) and their clusters; return seconds."""
    quad = "CASE WHEN root <= '04' THEN 1 WHEN root <= '08' THEN 2 WHEN root <= '14' THEN 3 ELSE 4 END"
    # skewed index: floor(k * u^2) for u uniform in [0, 1)
    def skew(salt: str, k: int) -> str:
        u = f"CAST(hash(i, '{salt}') % 1000000 AS INTEGER) / 1e6"
        return f"1 + CAST(floor({k} * pow({u}, 2)) AS INTEGER)"

    t0 = time.perf_counter()
    conn = store.reader()
    conn.execute(f"""
        INSERT INTO events BY NAME
        WITH base AS (
          SELECT i,
                 DATE '{START}' + CAST(i * {DAYS} // {n} AS INTEGER) AS d,
                 {_list(COUNTRIES)}[{skew('s', len(COUNTRIES))}] AS sc,
                 {_list(COUNTRIES)}[{skew('t', len(COUNTRIES))}] AS tc,
                 {_list(ROLES)}[1 + CAST(hash(i, 'sr') % {len(ROLES)} AS INTEGER)] AS sr,
                 {_list(ROLES)}[1 + CAST(hash(i, 'tr') % {len(ROLES)} AS INTEGER)] AS tr,
                 {_list(CAMEO)}[{skew('c', len(CAMEO))}] AS cameo,
                 {_list(PLACES)}[1 + CAST(hash(i, 'p') % {len(PLACES)} AS INTEGER)] AS place,
                 hash(i, 'h') % 10 < 6 AS head
          FROM range({n}) r(i)),
        b2 AS (SELECT *, cameo[1:2] AS root FROM base)
        SELECT 'e' || i AS event_id, 'd' || (i // 3) AS doc_id, i % 3 AS sentence_index,
               sc || ' officials ' || cameo || ' ' || tc || ' in ' || place AS sentence,
               sc || sr AS source_code, sc AS source_country, nullif(sr, '') AS source_role,
               sc AS source_name, tc || tr AS target_code, tc AS target_country,
               nullif(tr, '') AS target_role, tc AS target_name, cameo, root AS cameo_root,
               NULL AS plover, {quad} AS quad_class,
               CASE WHEN {quad} <= 2 THEN 3.0 ELSE -5.0 END + (i % 7) * 0.5 AS goldstein,
               false AS negated, strftime(d, '%Y-%m-%d') AS date, d AS date_start,
               CASE WHEN i % 4 = 0 THEN NULL ELSE place END AS location_name,
               CASE WHEN i % 4 = 0 THEN NULL ELSE tc END AS location_country,
               0.8 AS confidence, 'said' AS trigger, 0 AS char_start, 4 AS char_end,
               'bench' AS coder_version, 'b' || i AS cluster_id, head AS is_head
        FROM b2 ORDER BY d, i""")
    conn.execute("""INSERT INTO clusters (cluster_id, source_code, target_code, cameo_root,
                        location_key, anchor_date, first_date, last_date, mention_count,
                        doc_count, head_event_id)
                    SELECT cluster_id, source_code, target_code, cameo_root,
                           coalesce(lower(location_name), ''), date_start, date_start,
                           date_start, 1, 1, event_id FROM events WHERE is_head""")
    rebuild_aggregates(conn)  # the write path maintains them; this load bypasses it
    conn.execute("CHECKPOINT")
    return time.perf_counter() - t0


def insert_rate(n: int) -> float:
    """Events/second through Store.write_many (records -> rows -> clusters), 3 per article."""
    batch = []
    for a in range(n // 3):
        doc = f"w{a}"
        day = f"2016-{1 + a % 12:02d}-{1 + a % 28:02d}"
        evs = [make_event(doc, k, COUNTRIES[(a + k) % 30], COUNTRIES[(a * 7 + k) % 31],
                          CAMEO[(a + k) % len(CAMEO)], date=day, place=PLACES[a % 20])
               for k in range(3)]  # fmt: skip
        batch.append((make_article(doc), evs))
    with tempfile.TemporaryDirectory() as tmp, Store(os.path.join(tmp, "w.duckdb")) as s:
        t0 = time.perf_counter()
        written = s.write_many(batch)
        return written / (time.perf_counter() - t0)


def filters(i: int) -> EventFilter | None:
    """A varied filter for run i."""
    y = 2015 + i % 5
    m = 1 + i % 12
    c = COUNTRIES[i % len(COUNTRIES)]
    pool: list[EventFilter | None] = [
        None,
        EventFilter(start=f"{y}-{m:02d}", end=f"{y}-{m:02d}"),
        EventFilter(start=f"{y}", end=f"{y}"),
        EventFilter(actor=c),
        EventFilter(actor=c, start=f"{y}"),
        EventFilter(source=f"{c}GOV", quad_class=4),
        EventFilter(root="19", start=f"{y}-{m:02d}"),
        EventFilter(place=PLACES[i % len(PLACES)], start=f"{y}"),
        EventFilter(q="officials 190", start=f"{y}-{m:02d}", end=f"{y}-{m:02d}"),
        EventFilter(code="14", actor=c),
    ]
    return pool[i % len(pool)]


def cases(store: Store) -> dict[str, Callable[[int], Any]]:
    def date_now(i: int) -> str:
        return f"{2016 + i % 4}-{1 + i % 12:02d}-15"

    return {
        "events(page of 50)": lambda i: store.events(filters(i), limit=50),
        "count": lambda i: store.count(filters(i)),
        "timeseries(day)": lambda i: A.timeseries(store, flt=filters(i)),
        "timeseries(month)": lambda i: A.timeseries(store, interval="month", flt=filters(i)),
        "timeseries(dyad)": lambda i: A.timeseries(
            store, interval="week", dyad=(COUNTRIES[i % 5], COUNTRIES[(i + 1) % 5])),
        "top_dyads": lambda i: A.top_dyads(store, flt=filters(i)),
        "top_actors": lambda i: A.top_actors(store, flt=filters(i)),
        "network": lambda i: A.network(store, flt=filters(i)),
        "alerts": lambda i: A.alerts(store, now=date_now(i), min_events=5),
        "article_view": lambda i: A.article_view(store, f"d{i * 1000}"),
    }  # fmt: skip


def measure(fn: Callable[[int], Any], runs: int) -> dict[str, float]:
    fn(0)  # warm-up
    times = []
    for i in range(runs):
        t0 = time.perf_counter()
        fn(i)
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
    return {"p50_ms": round(statistics.median(times), 1), "p95_ms": round(p95, 1),
            "max_ms": round(times[-1], 1)}  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=5_000_000)
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--insert-sample", type=int, default=60_000)
    ap.add_argument("--threads", type=int, default=0, help="DuckDB threads (0: default)")
    ap.add_argument("--json", help="also write the results to this file")
    args = ap.parse_args(argv)
    out: dict[str, Any] = {"events": args.events, "runs": args.runs, "cpus": os.cpu_count()}
    out["write_many_events_per_s"] = round(insert_rate(args.insert_sample))
    with tempfile.TemporaryDirectory() as tmp, Store(os.path.join(tmp, "b.duckdb")) as store:
        if args.threads:
            store.reader().execute(f"SET threads = {int(args.threads)}")
        secs = generate(store, args.events)
        out["generate_s"] = round(secs, 1)
        out["generate_events_per_s"] = round(args.events / secs)
        out["db_mb"] = round(os.path.getsize(os.path.join(tmp, "b.duckdb")) / 2**20)
        out["queries"] = {name: measure(fn, args.runs) for name, fn in cases(store).items()}
    width = max(map(len, out["queries"]))
    for k, v in out.items():
        if k != "queries":
            sys.stdout.write(f"{k}: {v}\n")
    for name, q in out["queries"].items():
        sys.stdout.write(f"{name:<{width}}  p50 {q['p50_ms']:8.1f} ms  p95 {q['p95_ms']:8.1f} ms"
                         f"  max {q['max_ms']:8.1f} ms\n")  # fmt: skip
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(out, fh, indent=2)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
