"""Summary tables: incremental maintenance equals a rebuild, and aggregate-backed analytics
equal the raw-table queries on randomized stores (including re-coded articles)."""
from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import duckdb
import pytest

from eventwire import analytics as A
from eventwire.store import EventFilter, Store
from eventwire.store import aggregates as G
from eventwire.store.filters import where_clause
from eventwire.store.sample import make_article, make_event
from eventwire.store.schema import SCHEMA_VERSION

ACTORS = [None, "USA", "USAGOV", "USAMIL", "RUS", "RUSGOV", "CHN", "UKRREB", "UKR", "NATO"]
CODES = ["010", "036", "040", "042", "0874", "111", "112", "120", "1411", "141", "173",
         "190", "193", "200", "057", "061"]  # fmt: skip
PLOVER = [None, "CONSULT", "ACCUSE", "ASSAULT", "AGREE"]
PLACES = [None, None, "Kyiv", "kyiv", "Moscow", "Beijing"]
GOLD = [-10.0, -7.2, -5.0, -2.0, 0.0, 0.1, 1.0, 1.9, 3.4, 1 / 3, 2.345678, -4.4]
START = date(2020, 1, 1)


def _date(rng: random.Random) -> str | None:
    r = rng.random()
    if r < 0.08:
        return None
    d = START + timedelta(days=rng.randrange(150))
    return d.strftime("%Y-%m") if r < 0.15 else d.isoformat()


def _events(rng: random.Random, doc: str, n: int, salt: int = 0) -> list[Event]:
    out = []
    for k in range(n):
        place = rng.choice(PLACES)
        out.append(make_event(
            doc, k + 10 * salt, rng.choice(ACTORS), rng.choice(ACTORS), rng.choice(CODES),
            date=_date(rng), goldstein=rng.choice(GOLD), place=place,
            place_country=rng.choice(["UKR", "RUS", None]) if place else None,
            plover=rng.choice(PLOVER),
            sentence=rng.choice(["Talks were held.", "Troops ATTACKED the town.", "x"])))  # fmt: skip
    return out


def _fill(store: Store, seed: int, n_docs: int = 70) -> random.Random:
    rng = random.Random(seed)
    batch = [(make_article(f"d{i}"), _events(rng, f"d{i}", rng.randrange(0, 6)))
             for i in range(n_docs)]  # fmt: skip
    # Some clusters span several articles: copy events of earlier docs into later ones.
    for i in range(10, n_docs, 7):
        src = batch[i - 9][1]
        if src:
            e = src[0]
            batch[i][1].append(make_event(
                f"d{i}", 99, e.source.code if e.source else None,
                e.target.code if e.target else None, e.cameo, date=e.date,
                goldstein=e.goldstein, place=e.location.name if e.location else None))  # fmt: skip
    store.write_many(batch[: n_docs // 2])
    for art, evs in batch[n_docs // 2:]:
        store.write(art, evs)
    # Re-code: replace, shrink, empty and grow some articles' events.
    for i in rng.sample(range(n_docs), 15):
        store.write(make_article(f"d{i}"), _events(rng, f"d{i}", rng.randrange(0, 5), salt=1))
    store.write_many([(make_article(f"d{i}"), _events(rng, f"d{i}", 3, salt=2))
                      for i in rng.sample(range(n_docs), 10)])  # fmt: skip
    return rng


def _table(store: Store, name: str) -> list[tuple[Any, ...]]:
    keys = G.TABLES[name]
    cols = ", ".join((*keys, *G.VALUES))
    order = ", ".join(f"{k} NULLS FIRST" for k in keys)
    return store.reader().execute(f"SELECT {cols} FROM {name} ORDER BY {order}").fetchall()


FILTERS: list[EventFilter | None] = [
    None,
    EventFilter(start="2020-02"),
    EventFilter(start="2020-01-10", end="2020-03-03"),
    EventFilter(end="2020-02-14"),
    EventFilter(actor="USA"),
    EventFilter(actor="rus", start="2020-02"),
    EventFilter(source="USAGOV"),
    EventFilter(target="UKR", quad_class=4),
    EventFilter(root="19"),
    EventFilter(code="1"),
    EventFilter(code="14", actor="USA"),
    EventFilter(code="141"),  # raw fallback
    EventFilter(plover="consult"),
    EventFilter(quad_class=1, end="2020-04"),
    EventFilter(place="kyiv"),  # raw fallback
    EventFilter(q="attacked", start="2020-02"),  # raw fallback
    EventFilter(doc_id="d3"),  # raw fallback
    EventFilter(actor="NATO"),
]


def _both(store: Store, fn: Any, **kw: Any) -> tuple[Any, Any]:
    store.use_aggregates = True
    agg = fn(store, **kw)
    store.use_aggregates = False
    try:
        raw = fn(store, **kw)
    finally:
        store.use_aggregates = True
    return agg, raw


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_incremental_aggregates_equal_rebuild(seed: int) -> None:
    with Store(":memory:") as s:
        _fill(s, seed)
        before = {name: _table(s, name) for name in G.TABLES}
        assert before["agg_daily"], "random store is empty"
        G.rebuild(s.reader())
        for name in G.TABLES:
            assert _table(s, name) == before[name], name
        zero = s.reader().execute("SELECT count(*) FROM agg_daily WHERE mentions = 0").fetchone()
        assert zero[0] == 0


@pytest.mark.parametrize("seed", [4, 5])
def test_aggregate_analytics_equal_raw(seed: int) -> None:
    with Store(":memory:") as s:
        _fill(s, seed)
        for flt in FILTERS:
            for count in ("clusters", "mentions"):
                for interval in ("day", "week", "month"):
                    a, r = _both(s, A.timeseries, interval=interval, flt=flt, count=count)
                    assert a == r, (flt, count, interval)
                a, r = _both(s, A.timeseries, interval="week", flt=flt, count=count,
                             dyad=("USA", "RUS"))  # fmt: skip
                assert a == r, (flt, count, "dyad")
                for order in A.DYAD_ORDERS:
                    a, r = _both(s, A.top_dyads, flt=flt, count=count, order=order,
                                 limit=7, window_days=20)  # fmt: skip
                    assert a == r, (flt, count, order)
                a, r = _both(s, A.top_actors, flt=flt, count=count, limit=50)
                assert a == r, (flt, count)
                a, r = _both(s, A.network, flt=flt, count=count, limit=30)
                assert a == r, (flt, count)
            a, r = _both(s, lambda st, flt: st.count(flt), flt=flt)
            assert a == r, flt
        assert s.count() == s.reader().execute("SELECT count(*) FROM events").fetchone()[0]


def test_planner_uses_summary_tables_when_exact() -> None:
    def table(flt: EventFilter | None, **kw: bool) -> str:
        return G.relation(flt, "clusters", **{"actors": False, "dates": False, **kw}).table

    assert table(None) == "agg_daily_kind"
    assert table(EventFilter(root="19", start="2020")) == "agg_daily_kind"
    assert table(EventFilter(actor="USA")) == "agg_dyad_quad"
    assert table(EventFilter(actor="USA", code="14")) == "agg_dyad_total"
    assert table(None, actors=True, dates=True) == "agg_daily"
    assert table(EventFilter(actor="USA", start="2020-01-02")) == "agg_daily"
    for flt in (EventFilter(code="141"), EventFilter(place="Kyiv"), EventFilter(q="x"),
                EventFilter(doc_id="d1")):  # fmt: skip
        assert table(flt) == "events"
    with pytest.raises(ValueError, match="code"):
        table(EventFilter(code="x"))


def test_recoding_updates_aggregates() -> None:
    with Store(":memory:") as s:
        art = make_article("a")
        s.write(art, [make_event("a", 0, "USA", "RUS", "190", date="2020-05-01", goldstein=-10.0)])
        assert A.top_dyads(s)[0]["goldstein_mean"] == -10.0
        s.write(art, [make_event("a", 0, "USA", "RUS", "040", date="2020-05-02", goldstein=1.0),
                      make_event("a", 1, "CHN", "USA", "040", date="2020-05-02")])  # fmt: skip
        rows = {(d["source"], d["target"]): d for d in A.top_dyads(s)}
        assert rows["USA", "RUS"] == {
            "source": "USA", "target": "RUS", "events": 1, "goldstein_mean": 1.0,
            "conflict_share": 0.0, "recent": 1, "previous": 0, "change": 1}  # fmt: skip
        assert A.timeseries(s) == [
            {"period": "2020-05-02", "quad_class": 1, "events": 2, "goldstein_mean": 0.5}]
        s.write(art, [])
        assert A.top_dyads(s) == [] and A.timeseries(s) == [] and s.count() == 0
        for name in G.TABLES:
            assert _table(s, name) == []


def test_failed_write_leaves_aggregates() -> None:
    with Store(":memory:") as s:
        _fill(s, 9, n_docs=20)
        before = {name: _table(s, name) for name in G.TABLES}
        other = s.reader().execute(
            "SELECT event_id FROM events WHERE doc_id <> 'd1' LIMIT 1").fetchone()[0]
        good = make_event("d1", 50, "USA", "RUS", "190")
        clash = replace(make_event("d1", 51, "USA", "RUS", "190"), event_id=other)
        with pytest.raises(duckdb.Error):
            s.write(make_article("d1"), [good, clash])
        assert {name: _table(s, name) for name in G.TABLES} == before


def test_empty_store_analytics() -> None:
    with Store(":memory:") as s:
        assert A.top_dyads(s) == [] and A.top_actors(s) == [] and A.timeseries(s) == []
        assert A.network(s) == {"nodes": [], "edges": []}
        assert s.count() == 0 and s.events() == ([], None)


def test_migrates_version_2_file(tmp_path: Path) -> None:
    path = tmp_path / "v2.duckdb"
    with Store(path) as s:
        _fill(s, 7)
        expected = {name: _table(s, name) for name in G.TABLES}
        conn = s.reader()
        for name in G.TABLES:  # a version-2 file is version 3 without the summary tables
            conn.execute(f"DROP TABLE {name}")
        conn.execute("UPDATE meta SET schema_version = 2")
    with pytest.raises(RuntimeError, match="schema version 2"):
        Store(path, read_only=True)
    with Store(path) as s:
        assert s.schema_version == SCHEMA_VERSION == 3
        assert {name: _table(s, name) for name in G.TABLES} == expected
        for flt in FILTERS[:8]:
            a, r = _both(s, A.top_dyads, flt=flt)
            assert a == r
    with Store(path, read_only=True) as ro:
        assert ro.count() == len(ro.to_pandas())


@pytest.mark.parametrize("limit", [1, 3, 17])
def test_newest_first_pages_match_full_order(limit: int) -> None:
    rng = random.Random(limit)
    batch = []
    for i in range(120):
        day = date(1990, 1, 1) + timedelta(days=rng.randrange(12000))
        d = None if rng.random() < 0.1 else day.isoformat()
        batch.append((make_article(f"p{i}"), [make_event(f"p{i}", 0, rng.choice(ACTORS[1:]),
                                                         "RUS", "040", date=d)]))  # fmt: skip
    with Store(":memory:") as s:
        s.write_many(batch)
        for flt in (None, EventFilter(actor="USA"), EventFilter(end="2010"),
                    EventFilter(start="2005", end="2015-06")):  # fmt: skip
            where, params = where_clause(flt)
            want = [r[0] for r in s.reader().execute(
                f"SELECT event_id FROM events WHERE {where}"
                " ORDER BY date_start DESC NULLS LAST, event_id DESC", params).fetchall()]  # fmt: skip
            got, cursor = s.events(flt, limit=limit)
            while cursor:
                page, cursor = s.events(flt, limit=limit, cursor=cursor)
                got += page
            assert [e["event_id"] for e in got] == want, flt
