"""API hardening: a systematic sweep of every route and parameter with bad, hostile and
random input. Nothing may answer 500 or leak a stack trace; bad input gets a 4xx with a
clear JSON message; SQL-looking text is data; ids are never paths; writes need the token.

ASGI in-process (TestClient), FakePipeline instead of spaCy, no network.
"""
from __future__ import annotations

import base64
import inspect
import json
import re
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi")
warnings.filterwarnings("ignore", message=".*httpx.*starlette.testclient.*")
from fastapi.testclient import TestClient  # noqa: E402
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from eventwire.store import Store  # noqa: E402
from eventwire.store.sample import demo_batch  # noqa: E402
from eventwire.web.app import create_app  # noqa: E402
from eventwire.web.testing import FakePipeline  # noqa: E402

TOKEN = "hardening-token-0123456789"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
LOCAL = ("127.0.0.1", 50999)
REMOTE = ("198.51.100.7", 50999)
SRC = Path(__file__).resolve().parents[1] / "src" / "eventwire"

# Every GET route that takes query parameters, and the parameters each one accepts.
FILTERS = ("start", "end", "actor", "source", "target", "root", "code", "plover", "quad_class",
           "place", "q", "doc_id")  # fmt: skip
ROUTES: dict[str, tuple[str, ...]] = {
    "/api/events": FILTERS + ("sort", "descending", "limit", "cursor", "format"),
    "/api/events.csv": FILTERS + ("sort", "descending", "limit", "cursor"),
    "/api/events.jsonl": FILTERS + ("sort", "descending", "limit", "cursor"),
    "/api/events/count": FILTERS,
    "/api/stats/timeseries": FILTERS + ("interval", "count", "country", "dyad"),
    "/api/stats/dyads": FILTERS + ("limit", "order", "count", "window_days"),
    "/api/stats/actors": FILTERS + ("limit", "count"),
    "/api/network": FILTERS + ("limit", "count"),
    "/api/alerts": FILTERS + ("window_days", "baseline_days", "z", "min_events", "now", "count"),
    "/api/stats/places": FILTERS + ("limit",),
}


def _cursor(obj: Any) -> str:
    return base64.urlsafe_b64encode(json.dumps(obj).encode()).decode().rstrip("=")


# Values every parameter must refuse (4xx). Each list is tried on every route that has it.
BAD: dict[str, list[str]] = {
    "start": ["2014-13-01", "2014-02-30", "abcd", "20140909", "-2014", "2014-9-9", "0000-00-00", "9" * 11],
    "end": ["2014-00", "2014-12-32", "yesterday", "2014/09/09"],
    "actor": ["!!", "A", "A" * 31, "US A", "' OR 1=1 --"],
    "source": ["x;y", "", "\u00e9\u00e9\u00e9"],
    "target": ["..", "A" * 31],
    "root": ["21", "00", "1", "ab", "-1"],
    "code": ["abc", "12345", "-1", "1.5"],
    "plover": ["HUG", "assault;", "x" * 13],
    "quad_class": ["0", "5", "-1", "x", "1.5", "99999999999999999999"],
    "place": ["x" * 201],
    "q": ["x" * 201],
    "doc_id": ["d" * 201],
    "sort": ["random", "event_id", "date;DROP TABLE events", "DATE"],
    "descending": ["maybe", "2", "null"],
    "limit": ["0", "-1", "-100", "1001", "1e3", "abc", "99999999999999999999"],
    "cursor": ["not-a-cursor", "%%%", "x" * 1001, _cursor(["date", True, "2014-99-99", "e"]),
               _cursor(["date", True, {"a": 1}, "e"]), _cursor(["cameo", True, "04", 5]),
               _cursor(["goldstein", True, "x", "e"]), _cursor([1, 2]), _cursor({"a": 1}),
               _cursor("[" * 500 + "]" * 500), base64.urlsafe_b64encode(b"\xff\xfe").decode()],
    "format": ["xml", "CSV", "../json"],
    "interval": ["year", "hour", ""],
    "count": ["all", "Clusters", ""],
    "country": ["XX1", "US", "USAA", "' O"],
    "dyad": ["USA", "USA-", "-CHN", "USA-CHN-RUS", "USA_CHN", "A" * 62],
    "order": ["random", "volume DESC", "events"],
    "window_days": ["0", "-5", "3651", "x"],
    "baseline_days": ["1", "0", "3651"],
    "z": ["0", "-1", "nan", "inf", "-inf", "1000", "x"],
    "min_events": ["0", "-1", "x"],
    "now": ["2014-02-30", "tomorrow", "2014-13-01", "x" * 11],
}
BAD["source"] = [v for v in BAD["source"] if v]  # "" means "no filter" (allowed)

INJECTION = [
    "' OR '1'='1", "x'); DROP TABLE events; --", "1; DELETE FROM articles", "%", "_", "\\",
    "\" OR \"\"=\"", "') UNION SELECT * FROM articles --", "$$; DROP TABLE events; $$",
    "\x00", "*/ DROP TABLE events /*", "%' --", "\u2019 OR 1=1",
]  # fmt: skip
TRACE = re.compile(r"Traceback|File \"|\.py\", line|site-packages|eventwire/|duckdb\.|_duckdb|"
                   r"Exception:|Error:|Catalog|Binder|Parser Error", re.IGNORECASE)  # fmt: skip


def assert_clean(r: Any, *, allow_500: bool = False) -> None:
    """No stack trace or internal names in the body; a 4xx/5xx answer is JSON with a
    string ``detail``."""
    if not allow_500:
        assert r.status_code < 500, (r.request.url, r.status_code, r.text[:300])
    body = r.text
    assert not TRACE.search(body if r.status_code >= 400 else ""), (r.request.url, body[:300])
    if r.status_code >= 400:
        detail = r.json()["detail"]
        assert isinstance(detail, str) and detail.strip(), r.text[:300]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("hardening") / "web.duckdb")
    with Store(path) as store:
        store.write_many(demo_batch())
    return path


@pytest.fixture(scope="module")
def client(db: str) -> Iterator[TestClient]:
    app = create_app(db, token=TOKEN, pipeline=FakePipeline())
    with TestClient(app, client=LOCAL, base_url="http://127.0.0.1:8000",
                    raise_server_exceptions=False) as c:  # fmt: skip
        yield c


def totals(c: TestClient) -> tuple[int, int]:
    store = c.get("/api/info").json()["store"]
    return store["articles"], store["events"]


# -- every parameter validated ------------------------------------------------------------
ROUTE_BAD = {("/api/stats/places", "limit"): ["0", "-1", "5001", "abc", "1e3"]}  # places go to 5000
CASES = [(route, name, value) for route, params in ROUTES.items() for name in params
         for value in ROUTE_BAD.get((route, name), BAD.get(name, []))]  # fmt: skip


def test_bad_value_table_covers_every_parameter() -> None:
    for params in ROUTES.values():
        for name in params:
            assert name in BAD, name


@pytest.mark.parametrize(("route", "name", "value"), CASES, ids=[f"{r}?{n}={v[:20]!r}" for r, n, v in CASES])
def test_bad_parameter_is_a_clear_4xx(client: TestClient, route: str, name: str, value: str) -> None:
    r = client.get(route, params={name: value})
    assert 400 <= r.status_code < 500, (route, name, value, r.status_code, r.text[:300])
    assert_clean(r)


@pytest.mark.parametrize("value", ["0", "-1", "0.01", "301", "x", "nan", "inf"])
def test_stream_keepalive_is_validated(client: TestClient, value: str) -> None:
    r = client.get("/api/stream", params={"keepalive": value})
    assert r.status_code == 422, (value, r.status_code)
    assert_clean(r)


@pytest.mark.parametrize("route", sorted(ROUTES))
def test_start_after_end_is_refused(client: TestClient, route: str) -> None:
    r = client.get(route, params={"start": "2014-09-10", "end": "2014-09-01"})
    assert r.status_code == 422 and "after" in r.json()["detail"]


def test_each_route_answers_with_good_parameters(client: TestClient) -> None:
    for route in ROUTES:
        r = client.get(route, params={"start": "2014", "end": "2014-12-31"})
        assert r.status_code == 200, (route, r.text[:300])


# -- SQL injection is only text ----------------------------------------------------------
TEXT_PARAMS = ("q", "place", "doc_id", "actor", "source", "target", "root", "code", "plover",
               "start", "end", "cursor", "sort", "country", "dyad", "now", "order", "interval")  # fmt: skip


def test_injection_strings_in_every_text_parameter_are_harmless(client: TestClient) -> None:
    before = totals(client)
    for route, params in ROUTES.items():
        for name in TEXT_PARAMS:
            if name not in params:
                continue
            for value in INJECTION:
                r = client.get(route, params={name: value})
                assert r.status_code in (200, 422), (route, name, value, r.status_code, r.text[:200])
                assert_clean(r)
                if r.status_code == 200 and route == "/api/events":
                    assert r.json()["events"] == [], (name, value)  # matches nothing, returns no rows
    assert totals(client) == before
    assert client.get("/api/events/count").json() == {"count": before[1]}


def test_like_wildcards_are_literal(client: TestClient) -> None:
    """q is a substring test, not LIKE: '%' and '_' match only themselves."""
    for value in ("%", "_", "%%", "a_b"):
        assert client.get("/api/events/count", params={"q": value}).json() == {"count": 0}


# -- article ids are never paths ---------------------------------------------------------
TRAVERSAL = [
    "/api/articles/..%2F..%2F..%2Fetc%2Fpasswd", "/api/articles/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "/api/articles/%252e%252e%252fetc%252fpasswd", "/api/articles/..%5c..%5cwindows%5cwin.ini",
    "/api/articles/....%2F%2F....%2F%2Fetc%2Fpasswd", "/api/articles/%2e%2e",
    "/api/articles/..", "/api/articles/.", "/api/articles/a1%00.txt", "/api/articles/%c0%ae%c0%ae",
    "/api/articles/a1%2F..%2Fa2", "/api/articles/%2Fetc%2Fpasswd", "/api/articles/~root",
    "/api/articles/" + "a" * 201, "/api/articles/a%0d%0aSet-Cookie:%20x=1",
    "/static/..%2F..%2F..%2Fetc%2Fpasswd", "/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "/static/..%5c..%5capp.py", "/static/vendor/..%2F..%2Fapp.py", "/static/%2e%2e%2fapp.py",
]  # fmt: skip


@pytest.mark.parametrize("path", TRAVERSAL)
def test_path_traversal_is_404_or_422(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code in (404, 405, 422), (path, r.status_code, r.text[:200])  # 405: "." is dropped
    assert "root:" not in r.text and "import " not in r.text and "[fonts]" not in r.text
    assert "set-cookie" not in r.headers
    assert_clean(r)


def test_raw_dot_segments_do_not_escape(client: TestClient) -> None:
    """Unencoded ../ sent as is (clients usually normalise them away)."""
    for raw in ("/api/articles/../../etc/passwd", "/static/../../../../etc/passwd", "/static/../app.py"):
        r = client.request("GET", raw)
        assert r.status_code in (404, 422), (raw, r.status_code)
        assert "root:" not in r.text and "create_app" not in r.text


# -- bodies --------------------------------------------------------------------------------
def test_oversized_bodies_are_413(client: TestClient) -> None:
    big = b'{"id": "big", "text": "' + b"x" * (5 * 1024 * 1024) + b'"}'
    r = client.post("/api/articles", content=big, headers={**AUTH, "Content-Type": "application/json"})
    assert r.status_code == 413
    assert_clean(r)

    def chunks() -> Iterator[bytes]:  # chunked, no Content-Length: counted while reading
        yield b'{"id": "big2", "text": "'
        for _ in range(6):
            yield b"x" * (1024 * 1024)
        yield b'"}'

    r = client.post("/api/articles", content=chunks(), headers={**AUTH, "Content-Type": "application/json"})
    assert r.status_code == 413
    # a lying Content-Length (small) with a big chunked body is still cut off
    assert client.get("/api/events/count", params={"doc_id": "big2"}).json() == {"count": 0}


def test_oversized_body_without_token_is_refused_before_reading(client: TestClient) -> None:
    r = client.post("/api/articles", content=b"x" * (6 * 1024 * 1024))
    assert r.status_code == 401


@pytest.mark.parametrize(
    "body",
    [b"", b"null", b"[]", b"{}", b"\xff\xfe{", b'{"id": "a"}', b'{"articles": []}',
     b'{"articles": {}}', b'{"articles": [null]}', b'{"id": "../x", "text": "France met Germany."}',
     b'{"id": "a", "text": "t", "format": "pdf"}', b'{"id": "a", "text": "t", "published": "2014-02-30x"}',
     b'{"id": "a", "text": "t", "extra": 1}', b'{"id": 5, "text": "t"}',
     b"[" * 100000 + b"]" * 100000,  # json.loads RecursionError was a 500
     b'{"id": "a", "text": "' + b"\\ud800" + b'"}', b'{"id": "a", "text": NaN}',
     b'{"id": Infinity, "text": "France met Germany."}', b'{"articles": [' + b'{"id": "x"},' * 200 + b'{}]}'],
)  # fmt: skip
def test_bad_bodies_are_4xx(client: TestClient, body: bytes) -> None:
    r = client.post("/api/articles", content=body, headers={**AUTH, "Content-Type": "application/json"})
    assert 400 <= r.status_code < 500, (body[:60], r.status_code, r.text[:300])
    assert_clean(r)


# -- tokens --------------------------------------------------------------------------------
def test_tokens_are_compared_in_constant_time() -> None:
    from eventwire.web import security

    assert "hmac.compare_digest" in inspect.getsource(security.token_matches)
    for path in (SRC / "web").glob("*.py"):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            assert not re.search(r"token\s*[!=]=|[!=]=\s*token|\.startswith\(\s*token", line), f"{path.name}:{n}: {line}"


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({}, 401),
        ({"Authorization": ""}, 401),
        ({"Authorization": "Bearer"}, 401),  # an empty bearer token is a missing one
        ({"Authorization": "Bearer "}, 401),
        ({"Authorization": "Basic " + TOKEN}, 401),
        ({"Authorization": TOKEN}, 401),
        ({"Authorization": "Bearer " + TOKEN[:-1]}, 403),
        ({"Authorization": "Bearer " + TOKEN + "x"}, 403),
        ({"Authorization": "Bearer " + TOKEN.upper()}, 403),
        ({"Authorization": "Bearer " + TOKEN + "\x00"}, 403),
        ({"Authorization": "Bearer " + TOKEN[:10]}, 403),
        ({"Authorization": "Bearer " + "é" * 5}, 403),
        ({"Cookie": f"eventwire_token={TOKEN}"}, 401),  # the cookie is for reads, never writes
        ({"X-Token": TOKEN}, 401),
    ],
)
def test_missing_or_wrong_token_cannot_write(client: TestClient, headers: dict[str, str], status: int) -> None:
    body = {"id": "tok-test", "text": "France met Germany in Paris."}
    raw = {k: v.encode("utf-8") for k, v in headers.items()}
    r = client.post("/api/articles", content=json.dumps(body), headers={**raw, "Content-Type": "application/json"})
    assert r.status_code == status, (headers, r.status_code, r.text)
    assert_clean(r)
    assert client.get("/api/events/count", params={"doc_id": "tok-test"}).json() == {"count": 0}


def test_remote_reads_need_the_token(db: str) -> None:
    app = create_app(db, token=TOKEN, pipeline=FakePipeline())
    with TestClient(app, client=REMOTE, raise_server_exceptions=False) as c:
        for route in ROUTES:
            r = c.get(route)
            assert r.status_code == 401, route
            assert_clean(r)
        assert c.get("/api/articles/a1").status_code == 401
        assert c.get("/api/stream").status_code == 401
        assert c.get("/api/events", headers={"Authorization": "Bearer " + TOKEN[:-1]}).status_code == 401
        assert c.get("/api/events", headers=AUTH).status_code == 200


def test_remote_without_server_token_cannot_write_or_read(db: str) -> None:
    app = create_app(db, pipeline=FakePipeline())
    with TestClient(app, client=REMOTE, raise_server_exceptions=False) as c:
        assert c.get("/api/events").status_code == 401
        assert c.post("/api/articles", json={"id": "r1", "text": "France met Germany."},
                      headers={"Authorization": "Bearer anything"}).status_code == 403  # fmt: skip


# -- CORS and headers -----------------------------------------------------------------------
@pytest.mark.parametrize("path", ["/api/events", "/api/info", "/", "/api/articles/a1", "/api/stats/actors"])
def test_cors_is_off_by_default(client: TestClient, path: str) -> None:
    r = client.get(path, headers={"Origin": "https://evil.example"})
    assert not any(h.lower().startswith("access-control-") for h in r.headers), r.headers
    pre = client.options(path, headers={"Origin": "https://evil.example",
                                        "Access-Control-Request-Method": "POST",
                                        "Access-Control-Request-Headers": "authorization"})  # fmt: skip
    assert "access-control-allow-origin" not in pre.headers
    assert pre.status_code in (404, 405)


# -- no 500s, no traces: random input -------------------------------------------------------
param_value = st.one_of(
    st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40),
    st.sampled_from(INJECTION + [v for vs in BAD.values() for v in vs]),
    st.integers(-10**12, 10**12).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
)


@settings(max_examples=150, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])  # fmt: skip
@given(route=st.sampled_from(sorted(ROUTES)), values=st.dictionaries(st.sampled_from(sorted(BAD)), param_value, max_size=4))
def test_random_query_parameters_never_500(client: TestClient, route: str, values: dict[str, str]) -> None:
    r = client.get(route, params=values)
    assert r.status_code in (200, 400, 404, 422), (route, values, r.status_code, r.text[:300])
    assert_clean(r)


json_leaf = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False, allow_infinity=False),
                      st.text(max_size=40))  # fmt: skip
article_body = st.fixed_dictionaries(
    {},
    optional={"id": st.one_of(st.from_regex(r"\A[A-Za-z0-9_][A-Za-z0-9_.:@+=~-]{0,20}\Z"), json_leaf),
              "text": st.one_of(st.text(min_size=1, max_size=200), json_leaf,
                                st.sampled_from(["<svg><p>a</p><p>b</p></svg>", "<p>France met Germany.</p>",
                                                 "<<<>>>", "\x00\x01", "<html>" * 300])),
              "format": st.sampled_from(["text", "html", "pdf", None]),
              "published": st.one_of(st.none(), st.sampled_from(["2014-02-30", "2014-09-09", "0000", "9999-12-31T23:59:59Z"]), st.text(max_size=12)),
              "title": st.one_of(st.none(), st.text(max_size=30)), "url": st.one_of(st.none(), st.text(max_size=30))},
)  # fmt: skip


@settings(max_examples=120, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])  # fmt: skip
@given(body=st.one_of(article_body, st.lists(article_body, max_size=3).map(lambda a: {"articles": a})))
def test_random_post_bodies_never_500(client: TestClient, body: dict[str, Any]) -> None:
    r = client.post("/api/articles", json=body, headers=AUTH)
    assert r.status_code in (200, 413, 422), (body, r.status_code, r.text[:300])
    assert_clean(r)
    if r.status_code == 200:
        assert all(a["status"] in ("coded", "exists") for a in r.json()["articles"])


def test_unexpected_error_is_generic_500(db: str) -> None:
    class Exploding:
        def code(self, articles: Any) -> Any:
            raise KeyError("SELECT * FROM secret_table /home/user/.ssh")

    app = create_app(db, token=TOKEN, pipeline=Exploding())
    with TestClient(app, client=LOCAL, raise_server_exceptions=False) as c:
        r = c.post("/api/articles", json={"id": "boom", "text": "France met Germany."}, headers=AUTH)
        assert r.status_code == 500
        assert "secret" not in r.text and ".ssh" not in r.text
        assert_clean(r, allow_500=True)


def test_store_intact_after_the_sweep(client: TestClient) -> None:
    import duckdb

    arts, evs = totals(client)
    assert arts >= 3 and evs >= 5
    r = client.get("/api/events", params={"limit": 1000})
    assert r.status_code == 200 and r.json()["count"] == evs
    del duckdb  # the store file stays locked by the app; counts through the API suffice


@pytest.mark.parametrize("text", ["0", "<<<>>>", "   x", "\x00\x01\x02"])
def test_unreadable_html_post_is_422_with_the_reason(client: TestClient, text: str) -> None:
    """ingest's InputError used to escape the route's ValueError handler: a 500."""
    r = client.post("/api/articles", json={"id": "html-bad", "text": text, "format": "html"}, headers=AUTH)
    assert r.status_code == 422, (text, r.status_code, r.text)
    assert "HTML" in r.json()["detail"] or "empty" in r.json()["detail"]
    assert_clean(r)
