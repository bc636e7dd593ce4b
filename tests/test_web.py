"""The HTTP API: every route and filter, bad input, tokens, limits (no network: ASGI in-process)."""
from __future__ import annotations

import json
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
warnings.filterwarnings("ignore", message=".*httpx.*starlette.testclient.*")
from fastapi.testclient import TestClient  # noqa: E402

from eventwire.store import Store  # noqa: E402
from eventwire.store.sample import demo_batch  # noqa: E402
from eventwire.web.app import create_app  # noqa: E402
from eventwire.web.testing import FakePipeline  # noqa: E402

TOKEN = "s3cret-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
LOCAL = ("127.0.0.1", 50123)
REMOTE = ("203.0.113.9", 50123)


@pytest.fixture()
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "web.duckdb")
    with Store(path) as store:
        store.write_many(demo_batch())
    return path


@pytest.fixture()
def pipeline() -> FakePipeline:
    return FakePipeline()


@pytest.fixture()
def client(db: str, pipeline: FakePipeline) -> Iterator[TestClient]:
    app = create_app(db, token=TOKEN, pipeline=pipeline)
    with TestClient(app, client=LOCAL, base_url="http://127.0.0.1:8000") as c:
        yield c


def ids(resp) -> set[str]:  # type: ignore[no-untyped-def]
    assert resp.status_code == 200, resp.text
    return {e["event_id"] for e in resp.json()["events"]}


# -- events ------------------------------------------------------------------------------
def test_events_default_page_has_spec_shape(client: TestClient) -> None:
    body = client.get("/api/events").json()
    assert body["count"] == 5 and body["next_cursor"] is None
    ev = body["events"][0]
    assert ev["event_id"] == "a3:0"  # newest first
    for key in ("doc_id", "sentence", "source", "target", "cameo", "cameo_root", "plover",
                "quad_class", "goldstein", "date", "location", "evidence"):  # fmt: skip
        assert key in ev
    assert ev["evidence"]["trigger"] == "attacked"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("start=2014-09-02", {"a2:0", "a3:0"}),
        ("end=2014-09-01", {"a1:0", "a1:1", "a3:1"}),  # "2014-09" starts on the 1st
        ("start=2014-09-02&end=2014-09-02", {"a2:0"}),
        ("actor=CHN", {"a1:0", "a2:0"}),
        ("actor=rus", {"a1:1", "a3:1"}),
        ("source=USAGOV", {"a1:0", "a2:0"}),
        ("target=UKR", {"a1:1", "a3:0"}),
        ("root=19", {"a3:0"}),
        ("code=04", {"a1:0", "a2:0"}),
        ("code=042", {"a2:0"}),
        ("plover=accuse", {"a1:1", "a3:1"}),
        ("quad_class=4", {"a3:0"}),
        ("quad_class=1", {"a1:0", "a2:0"}),
        ("place=Beijing", {"a1:0", "a2:0"}),
        ("place=UKR", {"a3:0"}),
        ("q=wang+yi", {"a1:0"}),
        ("doc_id=a3", {"a3:0", "a3:1"}),
        ("actor=CHN&start=2014-09-02", {"a2:0"}),
    ],
)
def test_events_filters(client: TestClient, query: str, expected: set[str]) -> None:
    assert ids(client.get(f"/api/events?{query}")) == expected


def test_events_sort_and_pagination(client: TestClient) -> None:
    asc = client.get("/api/events?sort=goldstein&descending=false").json()["events"]
    assert [e["goldstein"] for e in asc] == sorted(e["goldstein"] for e in asc)
    seen: list[str] = []
    cursor = None
    for _ in range(5):
        url = "/api/events?limit=2" + (f"&cursor={cursor}" if cursor else "")
        page = client.get(url).json()
        seen += [e["event_id"] for e in page["events"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert len(seen) == 5 and len(set(seen)) == 5


def test_events_count(client: TestClient) -> None:
    assert client.get("/api/events/count?actor=CHN").json() == {"count": 2}


def test_events_csv_and_jsonl(client: TestClient) -> None:
    csv_text = client.get("/api/events?format=csv&limit=2").text
    lines = csv_text.strip().splitlines()
    assert lines[0].startswith("event_id,doc_id,date") and len(lines) == 3
    r = client.get("/api/events.csv?limit=2")
    assert r.headers["content-type"].startswith("text/csv") and r.text == csv_text
    assert r.headers["x-next-cursor"]
    jl = client.get("/api/events.jsonl?root=19")
    assert jl.headers["content-type"].startswith("application/x-ndjson")
    rows = [json.loads(line) for line in jl.text.splitlines()]
    assert [r["event_id"] for r in rows] == ["a3:0"]
    assert client.get("/api/events?format=jsonl&root=19").text == jl.text


@pytest.mark.parametrize(
    "query",
    [
        "limit=0", "limit=1001", "limit=abc", "quad_class=5", "quad_class=x", "start=2014-13",
        "start=yesterday", "end=2014-02-30", "start=2014-09-10&end=2014-09-01", "root=21",
        "root=ab", "code=12a", "plover=HUG", "actor=%27%20OR%201%3D1--", "sort=random",
        "sort=event_id;DROP TABLE events", "descending=maybe", "cursor=not-a-cursor",
        "format=xml", "q=" + "x" * 201, "actor=" + "A" * 31,
    ],
)
def test_events_bad_parameters_are_clear_422(client: TestClient, query: str) -> None:
    r = client.get(f"/api/events?{query}")
    assert r.status_code == 422, (query, r.text)
    detail = r.json()["detail"]
    assert isinstance(detail, str) and detail and "Traceback" not in detail


def test_cursor_from_another_sort_is_rejected(client: TestClient) -> None:
    cursor = client.get("/api/events?limit=1").json()["next_cursor"]
    r = client.get(f"/api/events?limit=1&sort=goldstein&cursor={cursor}")
    assert r.status_code == 422 and "sort" in r.json()["detail"]


@pytest.mark.parametrize(
    "value",
    ["' OR '1'='1", "x'); DROP TABLE events; --", "%", "_", "\\", "beijing' --", "\"; SELECT 1"],
)
def test_sql_injection_looking_text_is_just_text(client: TestClient, value: str) -> None:
    for name in ("q", "place"):
        r = client.get("/api/events", params={name: value})
        assert r.status_code == 200 and r.json()["events"] == []
    assert client.get("/api/events/count").json() == {"count": 5}


# -- articles ----------------------------------------------------------------------------
def test_article_view_highlights_trigger(client: TestClient) -> None:
    r = client.get("/api/articles/a1")
    assert r.status_code == 200, r.text
    view = r.json()
    text = view["text"]
    assert "Kerry met Wang Yi" in text
    triggers = {text[e["evidence"]["char_start"]:e["evidence"]["char_end"]] for e in view["events"]}
    assert {"met", "accused"} <= triggers


@pytest.mark.parametrize(
    "path",
    ["/api/articles/..%2F..%2Fetc%2Fpasswd", "/api/articles/%2e%2e", "/api/articles/a1%00",
     "/api/articles/..", "/api/articles/" + "a" * 300, "/api/articles/a%20b",
     "/api/articles/%2Fetc%2Fpasswd"],
)
def test_article_ids_are_validated(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code in (404, 422), (path, r.status_code, r.text)
    assert "root:" not in r.text and "Traceback" not in r.text


def test_unknown_article_is_404(client: TestClient) -> None:
    r = client.get("/api/articles/no-such-article")
    assert r.status_code == 404 and r.json() == {"detail": "no article with this id"}


# -- writes --------------------------------------------------------------------------------
ARTICLE = {"id": "live-1", "text": "Russia attacked Ukraine in Kyiv. France met Germany in Paris.",
           "published": "2024-05-02", "title": "Clashes and talks"}  # fmt: skip


def test_post_needs_the_right_token(client: TestClient) -> None:
    assert client.post("/api/articles", json=ARTICLE).status_code == 401
    r = client.post("/api/articles", json=ARTICLE, headers={"Authorization": "Bearer wrong"})
    assert r.status_code == 403
    r = client.post("/api/articles", json=ARTICLE, headers={"Authorization": f"Basic {TOKEN}"})
    assert r.status_code == 401
    assert client.get("/api/events/count?doc_id=live-1").json() == {"count": 0}
    r = client.post("/api/articles", json=ARTICLE, headers=AUTH)
    assert r.status_code == 200, r.text
    [res] = r.json()["articles"]
    assert res["id"] == "live-1" and res["status"] == "coded" and res["events"] == 2
    events = client.get("/api/events?doc_id=live-1&sort=cameo&descending=false").json()["events"]
    assert [(e["source"]["code"], e["cameo"], e["target"]["code"]) for e in events] == [
        ("FRA", "040", "DEU"), ("RUS", "190", "UKR")]
    assert events[1]["location"]["name"] == "Kyiv"


def test_post_never_codes_an_article_twice(client: TestClient, pipeline: FakePipeline) -> None:
    client.post("/api/articles", json=ARTICLE, headers=AUTH)
    r = client.post("/api/articles", json=ARTICLE, headers=AUTH)
    assert r.json()["articles"][0]["status"] == "exists"
    r = client.post("/api/articles", json={"id": "a1", "text": "France met Germany."}, headers=AUTH)
    assert r.json()["articles"][0]["status"] == "exists"  # stored before the server started
    assert pipeline.coded_ids == ["live-1"]


def test_post_batch(client: TestClient) -> None:
    batch = {"articles": [
        {"id": f"b{i}", "text": f"Japan met China in Tokyo. Item {i}.", "published": f"2024-05-0{i}"}
        for i in range(1, 4)
    ] + [{"id": "a2", "text": "France met Germany."}]}  # fmt: skip
    r = client.post("/api/articles", json=batch, headers=AUTH)
    assert r.status_code == 200, r.text
    assert [(a["id"], a["status"]) for a in r.json()["articles"]] == [
        ("b1", "coded"), ("b2", "coded"), ("b3", "coded"), ("a2", "exists")]
    assert client.get("/api/events/count?place=Tokyo").json() == {"count": 3}


def test_post_html_article(client: TestClient) -> None:
    html = ("<html><head><title>Talks in Paris</title></head><body><article><h1>Talks in Paris</h1>"
            "<p>France met Germany in Paris on Tuesday to discuss the budget and the treaty.</p>"
            "<p>Officials said more talks would follow next month in the capital.</p></article>"
            "</body></html>")  # fmt: skip
    r = client.post("/api/articles", json={"id": "h1", "text": html, "format": "html"}, headers=AUTH)
    assert r.status_code == 200, r.text
    assert r.json()["articles"][0]["status"] == "coded"
    view = client.get("/api/articles/h1").json()
    assert "<p>" not in view["text"] and "France met Germany" in view["text"]


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        ({"text": "no id"}, "id"),
        ({"id": "../etc/passwd", "text": "x"}, "id"),
        ({"id": "ok", "text": ""}, "text"),
        ({"id": "ok", "text": "x", "format": "pdf"}, "format"),
        ({"id": "ok", "text": "x", "published": "last week"}, "published"),
        ({"id": "ok", "text": "x", "color": "red"}, "color"),
        ({"articles": []}, "articles"),
        ({"articles": [{"id": "x", "text": "a"}, {"id": "x", "text": "b"}]}, "repeat"),
        ([1, 2], "object"),
    ],
)
def test_post_bad_bodies_are_422(client: TestClient, body: object, needle: str) -> None:
    r = client.post("/api/articles", json=body, headers=AUTH)
    assert r.status_code == 422, r.text
    assert needle in r.json()["detail"]


def test_post_not_json_is_422(client: TestClient) -> None:
    r = client.post("/api/articles", content=b"{not json", headers={**AUTH, "Content-Type": "application/json"})
    assert r.status_code == 422 and "JSON" in r.json()["detail"]


def test_post_batch_over_100_is_422(client: TestClient) -> None:
    batch = {"articles": [{"id": f"x{i}", "text": "France met Germany."} for i in range(101)]}
    r = client.post("/api/articles", json=batch, headers=AUTH)
    assert r.status_code == 422 and "100" in r.json()["detail"]


def test_post_oversized_body_is_413(client: TestClient) -> None:
    big = json.dumps({"id": "big", "text": "x" * (5 * 1024 * 1024 + 10)}).encode()
    r = client.post("/api/articles", content=big, headers={**AUTH, "Content-Type": "application/json"})
    assert r.status_code == 413

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted while reading
        for _ in range(6):
            yield b" " * (1024 * 1024)

    r = client.post("/api/articles", content=chunks(), headers={**AUTH, "Content-Type": "application/json"})
    assert r.status_code == 413


def test_coding_failure_is_a_generic_500(db: str) -> None:
    class Broken:
        def code(self, articles):  # type: ignore[no-untyped-def]
            raise RuntimeError("secret internals /etc/shadow")

    app = create_app(db, token=TOKEN, pipeline=Broken())
    with TestClient(app, client=LOCAL, raise_server_exceptions=False) as c:
        r = c.post("/api/articles", json=ARTICLE, headers=AUTH)
        assert r.status_code == 500
        assert "secret" not in r.text and "Traceback" not in r.text
        # the id was released: a later try may code it
        assert c.get("/api/events/count?doc_id=live-1").json() == {"count": 0}


# -- access rules --------------------------------------------------------------------------
def test_reads_from_other_hosts_need_the_token(db: str) -> None:
    app = create_app(db, token=TOKEN, pipeline=FakePipeline())
    with TestClient(app, client=REMOTE) as c:
        assert c.get("/api/events").status_code == 401
        assert c.get("/api/events", headers={"Authorization": "Bearer nope"}).status_code == 401
        assert c.get("/api/events", headers=AUTH).status_code == 200
        c.cookies.set("eventwire_token", TOKEN)
        assert c.get("/api/stats/places").status_code == 200
        assert c.get("/").status_code == 200  # the page itself holds no data


def test_open_reads(db: str) -> None:
    app = create_app(db, token=TOKEN, pipeline=FakePipeline(), open_reads=True)
    with TestClient(app, client=REMOTE) as c:
        assert c.get("/api/events").status_code == 200
        assert c.post("/api/articles", json=ARTICLE).status_code == 401


def test_without_token_writes_only_from_loopback(db: str) -> None:
    app = create_app(db, pipeline=FakePipeline())
    with TestClient(app, client=REMOTE) as c:
        assert c.post("/api/articles", json=ARTICLE).status_code == 403
    with TestClient(app, client=LOCAL, base_url="http://evil.example") as c:  # DNS rebinding
        assert c.post("/api/articles", json=ARTICLE).status_code == 403
    with TestClient(app, client=LOCAL, base_url="http://localhost:8000") as c:
        assert c.post("/api/articles", json=ARTICLE).status_code == 200


def test_cors_is_off(client: TestClient) -> None:
    r = client.get("/api/events", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in r.headers
    r = client.options("/api/articles", headers={"Origin": "https://evil.example",
                                                 "Access-Control-Request-Method": "POST"})  # fmt: skip
    assert "access-control-allow-origin" not in r.headers


# -- the rest of the surface -----------------------------------------------------------------
def test_info(client: TestClient) -> None:
    info = client.get("/api/info").json()
    assert info["store"]["events"] == 5 and info["writes_need_token"] is True


def test_places_and_basemap(client: TestClient) -> None:
    places = client.get("/api/stats/places").json()["places"]
    beijing = next(p for p in places if p["name"].lower() == "beijing")
    assert beijing["events"] == 2 and beijing["cooperation"] == 2
    assert {p["name"] for p in client.get("/api/stats/places?quad_class=4").json()["places"]} == {"Donetsk"}
    base = client.get("/api/basemap").json()
    assert len(base["lat"]) == len(base["lon"]) > 1000
    assert all(-90 <= v <= 90 for v in base["lat"])


def test_dashboard_and_docs_are_served(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and "/static/vendor/plotly.min.js" in page.text
    assert "http://" not in page.text.replace("http://www.w3.org", "")  # nothing from elsewhere
    js = client.get("/static/vendor/plotly.min.js")
    assert js.status_code == 200 and js.headers["content-type"].startswith("text/javascript")
    assert len(js.content) > 1_000_000
    assert client.get("/static/app.js").status_code == 200
    assert client.get("/static/../app.py").status_code == 404
    assert client.get("/docs").status_code == 200
    spec = client.get("/openapi.json").json()
    for path in ("/api/events", "/api/stats/timeseries", "/api/stats/dyads", "/api/stats/actors",
                 "/api/network", "/api/alerts", "/api/articles/{doc_id}", "/api/articles",
                 "/api/stream"):  # fmt: skip
        assert path in spec["paths"], path
    assert "requestBody" in spec["paths"]["/api/articles"]["post"]


def test_unknown_route_is_json_404(client: TestClient) -> None:
    r = client.get("/api/nothing")
    assert r.status_code == 404 and r.json() == {"detail": "Not Found"}


# -- statistics ------------------------------------------------------------------------------
def test_timeseries_split_by_quad(client: TestClient) -> None:
    body = client.get("/api/stats/timeseries?count=mentions").json()
    assert body["interval"] == "day" and body["count"] == "mentions"
    got = {(p["period"], p["quad_class"]): p["events"] for p in body["points"]}
    assert got == {("2014-09-01", 1): 1, ("2014-09-01", 3): 2, ("2014-09-02", 1): 1, ("2014-09-10", 4): 1}
    clusters = client.get("/api/stats/timeseries").json()["points"]
    assert sum(p["events"] for p in clusters) == 4  # a1 and a2 report one meeting
    month = client.get("/api/stats/timeseries?interval=month&count=mentions").json()["points"]
    assert {p["period"] for p in month} == {"2014-09-01"}
    assert {p["quad_class"] for p in client.get("/api/stats/timeseries?country=UKR").json()["points"]} == {3, 4}
    dy = client.get("/api/stats/timeseries?dyad=USAGOV-CHNGOV&count=mentions").json()["points"]
    assert sum(p["events"] for p in dy) == 2


def test_dyads_actors_network_alerts(client: TestClient) -> None:
    dyads = client.get("/api/stats/dyads?count=mentions").json()["dyads"]
    assert (dyads[0]["source"], dyads[0]["target"], dyads[0]["events"]) == ("USAGOV", "CHNGOV", 2)
    assert client.get("/api/stats/dyads?order=change").status_code == 200
    actors = client.get("/api/stats/actors?limit=3").json()["actors"]
    assert len(actors) == 3 and all("actor" in a and "events" in a for a in actors)
    net = client.get("/api/network?actor=CHN").json()
    assert {n["id"] for n in net["nodes"]} == {"USAGOV", "CHNGOV"}
    assert net["edges"][0]["weight"] == 1  # clusters: one meeting
    al = client.get("/api/alerts?min_events=1&z=0.5&window_days=1&baseline_days=30").json()
    assert al["alerts"] and al["alerts"][0]["source"] == "UKRREB" and "baseline" in al["alerts"][0]["method"]
    assert client.get("/api/alerts").json()["alerts"] == []


@pytest.mark.parametrize(
    "url",
    [
        "/api/stats/timeseries?interval=hour", "/api/stats/timeseries?count=all",
        "/api/stats/timeseries?dyad=USA", "/api/stats/timeseries?dyad=USA-CHN-RUS",
        "/api/stats/timeseries?country=US", "/api/stats/timeseries?country=USA&actor=CHN",
        "/api/stats/dyads?order=random", "/api/stats/dyads?limit=0", "/api/stats/actors?limit=5000",
        "/api/network?limit=-1", "/api/alerts?z=0", "/api/alerts?window_days=0",
        "/api/alerts?now=tomorrow", "/api/alerts?baseline_days=1", "/api/stats/places?limit=0",
        "/api/stats/dyads?start=2014-99",
    ],
)
def test_stats_bad_parameters_are_422(client: TestClient, url: str) -> None:
    r = client.get(url)
    assert r.status_code == 422, (url, r.text)
    assert isinstance(r.json()["detail"], str)


def test_article_spans_mark_trigger_and_actors(db: str) -> None:
    app = create_app(db, token=TOKEN, pipeline=FakePipeline())
    with TestClient(app, client=LOCAL) as c:
        c.post("/api/articles", json=ARTICLE, headers=AUTH)
        view = c.get("/api/articles/live-1").json()
    text = view["text"]
    marked = {(sp["kind"], text[sp["start"]:sp["end"]]) for sp in view["spans"]}
    assert {("trigger", "attacked"), ("source", "Russia"), ("target", "Ukraine"),
            ("trigger", "met"), ("source", "France"), ("target", "Germany")} <= marked
    assert view["highlights"] and all(h["valid"] for h in view["highlights"])
