from __future__ import annotations

import math
from datetime import date, timedelta

import pytest

from eventwire import analytics as A
from eventwire.store import EventFilter, Store
from eventwire.store.sample import demo_batch, make_article, make_event


def _day(d: date) -> str:
    return d.isoformat()


@pytest.fixture()
def series() -> Store:
    """IRN->ISR: 1 assault every 10 days for 90 days, then 8 in the last 7 days.
    USA->RUS: 2 accusations a day throughout. SYR->TUR: 3 in the window only.
    Every event has its own place, so each is its own cluster."""
    s = Store(":memory:")
    end = date(2020, 6, 30)
    ws = end - timedelta(days=6)
    batch, n = [], 0

    def add(src: str, tgt: str, cameo: str, d: date, g: float) -> None:
        nonlocal n
        n += 1
        doc = f"s{n:04d}"
        batch.append((make_article(doc), [make_event(doc, 0, src, tgt, cameo, date=_day(d),
                                                     goldstein=g, place=f"P{n}")]))

    for k in range(9):
        add("IRN", "ISR", "190", ws - timedelta(days=1 + 10 * k), -10.0)
    for k in range(8):
        add("IRN", "ISR", "190", ws + timedelta(days=k % 7), -10.0)
    for k in range(97):
        for _ in range(2):
            add("USA", "RUS", "112", end - timedelta(days=k), -2.0)
    for k in range(3):
        add("SYR", "TUR", "190", end - timedelta(days=k), -10.0)
    add("USA", "RUS", "040", end, 1.0)
    s.write_many(batch)
    yield s
    s.close()


def test_timeseries_day_clusters_vs_mentions(store: Store) -> None:
    ts = A.timeseries(store)
    assert ts == [
        {"period": "2014-09-01", "quad_class": 1, "events": 1, "goldstein_mean": 1.0},
        {"period": "2014-09-01", "quad_class": 3, "events": 2, "goldstein_mean": -2.0},
        {"period": "2014-09-10", "quad_class": 4, "events": 1, "goldstein_mean": -10.0},
    ]
    ts_m = A.timeseries(store, count="mentions")
    assert {"period": "2014-09-02", "quad_class": 1, "events": 1, "goldstein_mean": 1.9} in ts_m
    assert sum(r["events"] for r in ts_m) == 5 and sum(r["events"] for r in ts) == 4


def test_timeseries_intervals_and_dyad(store: Store) -> None:
    month = A.timeseries(store, interval="month", count="mentions")
    assert [(r["period"], r["quad_class"], r["events"]) for r in month] == [
        ("2014-09-01", 1, 2), ("2014-09-01", 3, 2), ("2014-09-01", 4, 1)]
    week = A.timeseries(store, interval="week")
    assert {r["period"] for r in week} == {"2014-09-01", "2014-09-08"}  # Mondays
    dyad = A.timeseries(store, dyad=("USA", "CHN"), count="mentions")
    assert [(r["period"], r["events"]) for r in dyad] == [("2014-09-01", 1), ("2014-09-02", 1)]
    assert A.timeseries(store, flt=EventFilter(quad_class=4)) == [
        {"period": "2014-09-10", "quad_class": 4, "events": 1, "goldstein_mean": -10.0}]


def test_top_dyads_and_change(series: Store) -> None:
    top = A.top_dyads(series, limit=2)
    assert [(d["source"], d["target"], d["events"]) for d in top] == [
        ("USA", "RUS", 195), ("IRN", "ISR", 17)]
    usa = top[0]
    assert usa["conflict_share"] == round(194 / 195, 3)
    assert usa["goldstein_mean"] == round((194 * -2 + 1) / 195, 3)
    assert (usa["recent"], usa["previous"], usa["change"]) == (61, 60, 1)
    by_change = A.top_dyads(series, order="change", window_days=7)
    assert by_change[0]["source"] == "IRN" and by_change[0]["change"] == 8 - 1
    hostile = A.top_dyads(series, order="hostility")
    assert hostile[0]["goldstein_mean"] == -10.0
    assert A.top_dyads(series, flt=EventFilter(actor="SYR")) == [
        {"source": "SYR", "target": "TUR", "events": 3, "goldstein_mean": -10.0,
         "conflict_share": 1.0, "recent": 3, "previous": 0, "change": 3}]


def test_top_actors_and_network(store: Store) -> None:
    actors = A.top_actors(store, limit=2)
    assert actors[0] == {"actor": "RUS", "events": 2, "as_source": 1, "as_target": 1,
                         "goldstein_mean": -2.0, "conflict_share": 1.0}
    mentions = A.top_actors(store, count="mentions", flt=EventFilter(actor="CHN"))
    assert [(a["actor"], a["events"]) for a in mentions] == [("CHNGOV", 2), ("USAGOV", 2)]
    net = A.network(store, limit=10)
    assert len(net["edges"]) == 4
    edge = next(e for e in net["edges"] if e["source"] == "USAGOV")
    assert edge == {"source": "USAGOV", "target": "CHNGOV", "weight": 1,
                    "goldstein_mean": 1.0, "conflict_share": 0.0, "sign": 1}
    assert {"id": "RUS", "events": 2} in net["nodes"]
    assert all(e["sign"] == -1 for e in net["edges"] if e["source"] != "USAGOV")


def test_alerts(series: Store) -> None:
    out = A.alerts(series, count="mentions")
    assert [(a["source"], a["target"]) for a in out] == [("IRN", "ISR")]
    a = out[0]
    assert a["window"] == ["2020-06-24", "2020-06-30"]
    assert a["baseline"] == ["2020-03-26", "2020-06-23"]
    assert (a["window_events"], a["baseline_events"]) == (8, 9)
    assert a["baseline_mean"] == 0.1 and a["baseline_std"] == 0.3
    expected = (8 / 7 - 0.1) / (0.3 / math.sqrt(7))
    assert a["z"] == round(expected, 2)
    assert "z = (m_w - m_b)" in a["method"]
    # SYR->TUR has 3 events, under min_events; with min_events=3 it shows up
    low = A.alerts(series, count="mentions", min_events=3)
    assert ("SYR", "TUR") in {(x["source"], x["target"]) for x in low}
    assert A.alerts(series, now="2020-06-20", count="mentions") == []
    assert A.alerts(series, count="mentions", z=50) == []


def test_article_view(store: Store) -> None:
    view = A.article_view(store, "a1")
    assert view["title"] == "Kerry meets Wang"
    hl = view["highlights"]
    assert [h["event_id"] for h in hl] == ["a1:0", "a1:1"]
    for h in hl:
        s, e = h["trigger"]
        assert view["text"][s:e] == h["trigger_text"] and h["valid"]
    assert hl[0]["source"] == "USAGOV" and hl[0]["cameo"] == "040"
    assert A.article_view(store, "missing") is None


@pytest.mark.parametrize(
    ("fn", "kwargs"),
    [
        (A.timeseries, {"interval": "year"}), (A.timeseries, {"count": "docs"}),
        (A.timeseries, {"dyad": ("USA",)}), (A.timeseries, {"dyad": ("USA", "a b")}),
        (A.timeseries, {"flt": EventFilter(start="2014-99")}),
        (A.timeseries, {"flt": "actor=USA"}),
        (A.top_dyads, {"limit": 0}), (A.top_dyads, {"limit": 1001}),
        (A.top_dyads, {"order": "events; DROP TABLE events"}),
        (A.top_dyads, {"window_days": 0}), (A.top_actors, {"limit": "3"}),
        (A.network, {"limit": -1}), (A.network, {"count": "x"}),
        (A.alerts, {"window_days": 0}), (A.alerts, {"baseline_days": 1}),
        (A.alerts, {"z": 0}), (A.alerts, {"z": float("nan")}), (A.alerts, {"min_events": 0}),
        (A.alerts, {"now": "yesterday"}), (A.article_view, {"doc_id": ""}),
    ],
)  # fmt: skip
def test_bad_params(store: Store, fn, kwargs: dict) -> None:
    with pytest.raises(ValueError):
        fn(store, **kwargs)
    assert store.count() == 5
