from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import duckdb
import pytest

from eventwire.store import EventFilter, Store
from eventwire.store.sample import demo_batch, make_article, make_event
from eventwire.store.schema import MIGRATIONS, SCHEMA_VERSION


def ids(events: list[dict]) -> list[str]:
    return [e["event_id"] for e in events]


def all_ids(store: Store, flt: EventFilter | None = None) -> set[str]:
    return set(ids(store.events(flt, limit=1000)[0]))


# -- writes ----------------------------------------------------------------------------
def test_roundtrip_is_spec_shape(store: Store) -> None:
    batch = demo_batch()
    expected = {e.event_id: e.to_dict() for _, evs in batch for e in evs}
    got, cursor = store.events(limit=100)
    assert cursor is None
    assert {e["event_id"]: e for e in got} == expected


def test_rewrite_replaces_never_duplicates(store: Store) -> None:
    article, events = demo_batch()[0]
    store.write(article, events)
    store.write(article, events)
    assert store.count() == 5
    assert store.count(EventFilter(doc_id="a1")) == 2
    store.write(article, events[:1])
    assert store.count(EventFilter(doc_id="a1")) == 1
    assert store.count() == 4
    assert store.stats()["clusters"] == 3  # RUS->UKR cluster disappeared


def test_write_error_leaves_old_rows(store: Store) -> None:
    article, events = demo_batch()[0]
    before = store.events(EventFilter(doc_id="a1"))[0]
    dup = make_event("a1", 5, "FRA", "DEU", "040")
    clash = replace(dup, event_id="a3:0")  # belongs to another article: PK violation
    with pytest.raises(duckdb.Error):
        store.write(replace(article, title="changed"), [dup, clash])
    assert store.events(EventFilter(doc_id="a1"))[0] == before
    assert store.article("a1")["title"] == article.title
    assert store.count() == 5


def test_write_rejects_event_of_other_doc(store: Store) -> None:
    with pytest.raises(ValueError, match="doc_id"):
        store.write(make_article("zz"), [make_event("a1", 9, "FRA", "DEU", "040")])
    assert not store.has_article("zz")


def test_article_and_has_article(store: Store) -> None:
    assert store.has_article("a1") and not store.has_article("nope")
    a = store.article("a1")
    assert a["title"] == "Kerry meets Wang"
    assert a["blocks"][0] == {"kind": "title", "start": 0, "end": len("Kerry meets Wang")}
    assert a["text"].startswith("Kerry meets Wang\n\n")
    assert a["coder_version"] == "test-1" and len(a["text_hash"]) == 64
    assert store.article("nope") is None


def test_write_many_chunks_and_last_wins(tmp_path: Path) -> None:
    batch = [(make_article(f"d{i}"), [make_event(f"d{i}", 0, "USA", "RUS", "190",
                                                  date=f"2015-01-{1 + i % 28:02d}")])
             for i in range(12_000)]  # fmt: skip
    with Store(tmp_path / "x.duckdb") as s:
        assert s.write_many(batch) == 12_000
        assert s.write_many(batch[:10]) == 10
        assert s.count() == 12_000
        assert s.stats()["articles"] == 12_000


# -- filters ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (EventFilter(start="2014-09-02"), {"a2:0", "a3:0"}),
        (EventFilter(end="2014-09-01"), {"a1:0", "a1:1", "a3:1"}),
        (EventFilter(start="2014-09", end="2014-09"), {"a1:0", "a1:1", "a2:0", "a3:0", "a3:1"}),
        (EventFilter(start="2014-09-02", end="2014-09-09"), {"a2:0"}),
        (EventFilter(actor="CHN"), {"a1:0", "a2:0"}),
        (EventFilter(actor="chngov"), {"a1:0", "a2:0"}),
        (EventFilter(actor="RUS"), {"a1:1", "a3:1"}),
        (EventFilter(actor="NATO"), {"a3:1"}),
        (EventFilter(actor="UKR"), {"a1:1", "a3:0"}),
        (EventFilter(source="UKR"), {"a3:0"}),
        (EventFilter(target="UKR"), {"a1:1", "a3:0"}),
        (EventFilter(source="USA", target="CHN"), {"a1:0", "a2:0"}),
        (EventFilter(root="11"), {"a1:1", "a3:1"}),
        (EventFilter(code="04"), {"a1:0", "a2:0"}),
        (EventFilter(code="042"), {"a2:0"}),
        (EventFilter(plover="assault"), {"a3:0"}),
        (EventFilter(quad_class=3), {"a1:1", "a3:1"}),
        (EventFilter(place="BEIJING"), {"a1:0", "a2:0"}),
        (EventFilter(place="UKR"), {"a3:0"}),
        (EventFilter(q="wang yi"), {"a1:0"}),
        (EventFilter(q="100%"), set()),
        (EventFilter(doc_id="a3"), {"a3:0", "a3:1"}),
        (EventFilter(actor="CHN", q="china"), {"a2:0"}),
    ],
)
def test_filters(store: Store, flt: EventFilter, expected: set[str]) -> None:
    assert all_ids(store, flt) == expected
    assert store.count(flt) == len(expected)
    assert len(store.to_pandas(flt)) == len(expected)


@pytest.mark.parametrize(
    "flt",
    [
        EventFilter(start="2014-13"), EventFilter(start="09/01/2014"), EventFilter(end="2014-02-30"),
        EventFilter(start="2015", end="2014"), EventFilter(actor="CH N"),
        EventFilter(actor="x' OR 1=1 --"), EventFilter(source=""), EventFilter(root="21"),
        EventFilter(root="4"), EventFilter(code="04a"), EventFilter(plover="HUG"),
        EventFilter(quad_class=5), EventFilter(quad_class=True), EventFilter(place=" "),
        EventFilter(q="x" * 501),
    ],
)  # fmt: skip
def test_bad_filters_raise_value_error(store: Store, flt: EventFilter) -> None:
    with pytest.raises(ValueError):
        store.events(flt)
    with pytest.raises(ValueError):
        store.count(flt)


# -- pagination and sort ---------------------------------------------------------------
def _many(n: int = 57) -> Store:
    s = Store(":memory:")
    batch = []
    for i in range(n):
        day = f"2016-03-{1 + i % 9:02d}" if i % 10 else None  # some undated events
        batch.append((make_article(f"p{i:02d}"),
                      [make_event(f"p{i:02d}", 0, "USA", "IRN", f"1{i % 9}", date=day,
                                  goldstein=float(i % 7) - 3)]))  # fmt: skip
    s.write_many(batch)
    return s


@pytest.mark.parametrize("sort", ["date", "goldstein", "cameo", "doc_id"])
@pytest.mark.parametrize("descending", [True, False])
def test_cursor_pagination_covers_all_in_order(sort: str, descending: bool) -> None:
    s = _many()
    full = s.events(limit=1000, sort=sort, descending=descending)[0]
    pages, cursor = [], None
    while True:
        page, cursor = s.events(limit=8, cursor=cursor, sort=sort, descending=descending)
        pages.extend(page)
        if cursor is None:
            break
    assert ids(pages) == ids(full)
    assert len(set(ids(pages))) == 57

    def key(e: dict) -> object:
        return {"date": e["date"] or "0001", "goldstein": e["goldstein"], "cameo": e["cameo"],
                "doc_id": e["doc_id"]}[sort]  # fmt: skip

    keys = [key(e) for e in full]
    assert keys == sorted(keys, reverse=descending)


def test_bad_paging_params(store: Store) -> None:
    for kwargs in ({"sort": "sentence"}, {"sort": "date; DROP TABLE events"}, {"limit": 0},
                   {"limit": 10_001}, {"limit": "5"}, {"cursor": "not-a-cursor"},
                   {"descending": "yes"}):  # fmt: skip
        with pytest.raises(ValueError):
            store.events(**kwargs)
    _, cursor = store.events(limit=1, sort="date")
    with pytest.raises(ValueError, match="another sort"):
        store.events(limit=1, sort="cameo", cursor=cursor)
    assert store.count() == 5


# -- clusters --------------------------------------------------------------------------
def test_two_articles_same_event_one_cluster(store: Store) -> None:
    assert store.stats()["clusters"] == 4
    cid = store.reader().execute("SELECT cluster_id FROM events WHERE event_id = 'a2:0'").fetchone()[0]
    c = store.cluster(cid)
    assert c["mention_count"] == 2 and c["doc_count"] == 2
    assert c["first_date"] == "2014-09-01" and c["last_date"] == "2014-09-02"
    assert c["head_event_id"] == "a1:0"


def test_cluster_window_and_key(tmp_path: Path) -> None:
    s = Store(":memory:")

    def put(doc: str, day: str, place: str | None = "Kyiv", src: str = "RUS") -> None:
        s.write(make_article(doc), [make_event(doc, 0, src, "UKR", "190", date=day, place=place)])

    put("b1", "2020-01-10")
    put("b2", "2020-01-13")  # 3 days: same cluster
    put("b3", "2020-01-14")  # 4 days from the anchor: new cluster
    put("b4", "2020-01-10", place=None)  # other location
    put("b5", "2020-01-10", src="RUSMIL")  # other source code
    counts = sorted(r[0] for r in s.reader().execute("SELECT mention_count FROM clusters").fetchall())
    assert counts == [1, 1, 1, 2]
    # re-coding b1 keeps the cluster ids stable
    before = s.reader().execute("SELECT event_id, cluster_id FROM events ORDER BY 1").fetchall()
    put("b1", "2020-01-10")
    after = s.reader().execute("SELECT event_id, cluster_id FROM events ORDER BY 1").fetchall()
    assert before == after
    heads = s.reader().execute("SELECT count(*) FROM events WHERE is_head").fetchone()[0]
    assert heads == 4


# -- schema / migrations / misc ----------------------------------------------------------
def test_migrates_version_1_file(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    conn = duckdb.connect(str(path))
    conn.execute("CREATE TABLE meta (schema_version INTEGER NOT NULL)")
    for sql in MIGRATIONS[0].sql[1:]:
        conn.execute(sql)
    conn.execute("INSERT INTO meta VALUES (1)")
    for doc in ("o1", "o2"):
        conn.execute(
            "INSERT INTO articles (doc_id, text) VALUES (?, 'x')", [doc])
        conn.execute(
            """INSERT INTO events (event_id, doc_id, sentence_index, source_code, target_code,
               cameo, cameo_root, quad_class, goldstein, negated, date, date_start)
               VALUES (?, ?, 0, 'USA', 'IRN', '173', '17', 4, -5, false, '2019-05-01',
               DATE '2019-05-01')""",
            [doc + ":0", doc],
        )
    conn.close()
    with Store(path) as s:
        assert s.schema_version == SCHEMA_VERSION == 3
        st = s.stats()
        assert st["events"] == 2 and st["clusters"] == 1
        assert s.reader().execute(
            "SELECT heads, mentions FROM agg_dyad_quad").fetchall() == [(1, 2)]
    with Store(path, read_only=True) as ro:
        assert ro.count() == 2
        with pytest.raises(RuntimeError, match="read-only"):
            ro.write(*demo_batch()[0])


def test_reader_cursors_are_independent(store: Store) -> None:
    r1, r2 = store.reader(), store.reader()
    r1.execute("SELECT event_id FROM events ORDER BY event_id")
    assert r2.execute("SELECT count(*) FROM events").fetchone()[0] == 5
    assert r1.fetchone()[0] == "a1:0"


def test_stats_and_frames(store: Store) -> None:
    st = store.stats()
    assert st["articles"] == 3 and st["events"] == 5
    assert (st["first_date"], st["last_date"]) == ("2014-09-01", "2014-09-10")
    df = store.to_pandas(EventFilter(actor="USA"))
    assert list(df["source_code"]) == ["USAGOV", "USAGOV"]
    assert "date_start" in df.columns and "cluster_id" in df.columns
    pl_df = store.to_polars(EventFilter(quad_class=4))
    assert pl_df["event_id"].to_list() == ["a3:0"]


def test_import_eventwire_store_does_not_load_duckdb() -> None:
    code = ("import sys, eventwire, eventwire.store, eventwire.store.export;"
            "assert 'duckdb' not in sys.modules, 'duckdb loaded';"
            "assert 'pandas' not in sys.modules and 'pyarrow' not in sys.modules")  # fmt: skip
    subprocess.run([sys.executable, "-c", code], check=True)
