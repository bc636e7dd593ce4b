from __future__ import annotations

import gzip
import io
import json
import shutil
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

import eventwire.ingest as ingest
from eventwire.ingest import IngestReport, iter_articles, sniff_format
from eventwire.ingest.fetch import HttpFetcher
from eventwire.records import Article

FIX = Path(__file__).parent / "fixtures" / "ingest"
SEED = Path(__file__).resolve().parents[1] / "shared" / "examples" / "seed-article.txt"
if not SEED.exists():
    SEED = Path("/work/shared/examples/seed-article.txt")

STORY = (
    "Kurdish fighters retook several villages near the Syrian border town of Kobani on Monday, "
    "a monitoring group said. The Syrian Observatory for Human Rights said at least 30 militants "
    "were killed in the fighting on the town's western edge, and that the battle was continuing."
)


def run(inputs: list[str], **kw: object) -> tuple[list[Article], IngestReport]:
    report = IngestReport()
    arts = list(iter_articles(inputs, report=report, **kw))  # type: ignore[arg-type]
    return arts, report


def article_page(title: str, body: str, published: str = "2014-10-20") -> str:
    paras = "".join(f"<p>{p}</p>" for p in body.split(". ") if p)
    return (
        f"<html><head><title>{title} | Example</title>"
        f'<meta property="article:published_time" content="{published}"></head>'
        f"<body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav><article><h1>{title}</h1>{paras}</article>"
        "<aside><h3>Related Articles</h3><a href='/r'>Something Else Entirely Happened Today</a></aside></body></html>"
    )


# --------------------------------------------------------------------------- API


def test_public_names_pinned() -> None:
    assert sorted(ingest.__all__) == ["IngestReport", "clean_text", "from_html", "iter_articles", "sniff_format"]


def test_import_is_light() -> None:
    import subprocess

    code = "import sys, eventwire.ingest; print(sorted(m for m in ('trafilatura','feedparser','warcio','httpx','datasketch','spacy','duckdb') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


@pytest.mark.parametrize(
    ("path", "fmt"),
    [
        ("a.txt", "text"), ("a.HTML", "html"), ("a.htm", "html"), ("a.jsonl", "jsonl"), ("a.jsonl.gz", "jsonl"),
        ("a.warc", "warc"), ("a.warc.gz", "warc"), ("a.rss", "feed"), ("a.atom", "feed"),
        ("https://x.example/feed", "feed"), ("a.pdf", "unknown"),
    ],
)
def test_sniff_format(path: str, fmt: str) -> None:
    assert sniff_format(path) == fmt


# --------------------------------------------------------------------------- files & folders


def test_seed_file_doc_id_is_stem() -> None:
    (a,), report = run([str(SEED)])
    assert a.doc_id == "seed-article"
    assert a.title == "US Urges China To Support Anti-ISIS Campaign In Middle East"
    assert report.counts()["yielded"] == 1 and not report.failed


def test_directory_recursive_by_extension(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "deeper").mkdir()
    shutil.copy(FIX / "wire-byline.txt", tmp_path / "wire.txt")
    shutil.copy(FIX / "html" / "rice-china.html", tmp_path / "sub" / "rice.html")
    (tmp_path / "sub" / "deeper" / "wire.txt").write_text("Another Story About Something\n" + STORY + "\n")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / ".hidden.txt").write_text(STORY)
    arts, report = run([str(tmp_path)])
    assert sorted(a.doc_id for a in arts) == ["rice", "sub/deeper/wire", "wire"]
    assert {a.format for a in arts} == {"text", "html"}
    assert any("2 file(s) ignored" in n["note"] for n in report.notes)


def test_missing_path_fails_with_reason() -> None:
    arts, report = run(["/no/such/file.txt", str(SEED)])
    assert len(arts) == 1
    assert report.failed == [{"input": "/no/such/file.txt", "reason": "no such file or directory: /no/such/file.txt"}]


# --------------------------------------------------------------------------- bad input


def test_bad_inputs_each_get_one_reason_and_never_stop_the_batch(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.txt"
    blank.write_bytes(b"\n  \n")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    cp1252 = tmp_path / "cp1252.txt"
    cp1252.write_bytes(("Talks In Geneva Resume\n" + STORY.replace("town's", "town\u2019s") + " \u201cWe will win,\u201d he said.\n").encode("cp1252"))
    big = tmp_path / "big.html"
    big.write_text(article_page("Big Page Is Too Big To Read", STORY) + "<!--" + "x" * 5000 + "-->")
    trunc = tmp_path / "trunc.txt.gz"
    trunc.write_bytes(gzip.compress(STORY.encode() * 20)[:60])
    badhtml = tmp_path / "bad.html"
    badhtml.write_bytes(b"<<<>>>\x00\x00")
    good = tmp_path / "good.txt"
    good.write_text("Fighters Retake Villages Near Kobani\n" + STORY + "\n")
    inputs = [str(p) for p in (empty, blank, binary, cp1252, big, trunc, badhtml, good)]
    arts, report = run(inputs, max_bytes=4000, dedup=False)
    assert sorted(a.doc_id for a in arts) == ["cp1252", "good"]
    reasons = {Path(f["input"]).name: f["reason"] for f in report.failed}
    assert reasons["empty.txt"] == "empty file"
    assert reasons["blank.txt"] == "empty file"
    assert reasons["image.txt"] == "binary content, not text"
    assert reasons["big.html"].startswith("too large:") and "cap" in reasons["big.html"]
    assert reasons["trunc.txt.gz"].startswith("truncated gzip")
    assert reasons["bad.html"] == "binary content, not text"
    assert len(report.failed) == 6
    for f in report.failed:
        assert "\n" not in f["reason"]
    cp = next(a for a in arts if a.doc_id == "cp1252")
    assert "town\u2019s" in cp.text and "\u201cWe will win,\u201d" in cp.text
    assert any("decoded as cp1252" in n["note"] for n in report.notes)
    assert report.counts()["read"] == 2 and report.counts()["inputs"] == 8
    json.loads(report.to_json())


def test_latin1_fallback_and_declared_charset(tmp_path: Path) -> None:
    from eventwire.ingest.decode import decode_bytes

    assert decode_bytes("caf\u00e9 \u2014 ok".encode("utf-8")) == ("caf\u00e9 \u2014 ok", None)
    text, note = decode_bytes(b"Mus\x81e")  # 0x81 is undefined in cp1252
    assert text == "Mus\x81e" and note and "latin-1" in note
    html = '<meta charset="iso-8859-2"><p>\u0141\u00f3d\u017a</p>'.encode("iso-8859-2")
    text, note = decode_bytes(html)
    assert "\u0141\u00f3d\u017a" in text and note and "iso8859-2" in note


def test_malformed_html_that_parses_still_yields(tmp_path: Path) -> None:
    p = tmp_path / "broken.html"
    p.write_text("<html><body><div><p>" + STORY + "<p><table><td>" + "</div></div></span>")
    (a,), report = run([str(p)])
    assert "Kurdish fighters retook several villages" in a.text and not report.failed


def test_html_with_only_chrome_is_skipped_as_empty(tmp_path: Path) -> None:
    p = tmp_path / "nav.html"
    p.write_text("<html><body><nav><a href='/'>Home</a> <a href='/x'>World</a></nav><footer>Follow us</footer></body></html>")
    arts, report = run([str(p)])
    assert arts == [] and report.skipped[0]["kind"] == "empty"


def test_non_english_skipped() -> None:
    arts, report = run([str(FIX / "html" / "german.html")])
    assert arts == []
    assert report.skipped[0]["kind"] == "non-English"
    assert report.skipped[0]["reason"].startswith("non-English (de;")
    assert report.skipped_by_reason() == {"non-English": 1}


# --------------------------------------------------------------------------- JSONL


def jsonl_lines() -> list[str]:
    return [
        json.dumps({"id": "j1", "text": "Rebels Seize Town In North\n" + STORY, "published": "2014-10-20T08:00:00Z", "url": "https://www.news.example/a"}),
        json.dumps({"id": "j2", "format": "html", "text": article_page("Talks Resume In Geneva Today", "Iran and six powers resumed talks in Geneva on Tuesday, diplomats said. Both sides said progress was slow but steady. A deal is expected by the end of the month, officials added.")}),
        "{not json at all",
        json.dumps(["a", "list"]),
        json.dumps({"id": "nt"}),
        json.dumps({"id": "fmt", "text": "x", "format": "pdf"}),
        "",
        json.dumps({"text": "Untitled Story From The Wire\nThe minister resigned on Friday after weeks of protests over the budget, state media reported, and a successor is expected next week.", "title": "Minister Resigns After Protests"}),
    ]


def check_jsonl(arts: list[Article], report: IngestReport, source: str) -> None:
    assert [a.doc_id for a in arts] == ["j1", "j2", f"{Path(source).name.split('.')[0]}:8"]
    assert arts[0].published == "2014-10-20" and arts[0].url == "https://www.news.example/a"
    assert arts[0].source_domain == "news.example"
    assert arts[1].format == "html" and arts[1].title == "Talks Resume In Geneva Today"
    assert "Related Articles" not in arts[1].text
    assert arts[2].title == "Minister Resigns After Protests"
    reasons = {f["input"].rsplit(":", 1)[1]: f["reason"] for f in report.failed}
    assert reasons["3"].startswith("malformed JSON line:")
    assert reasons["4"] == "JSON line is a list, not an object"
    assert reasons["5"] == "JSON line has no 'text' string"
    assert reasons["6"] == "unknown format 'pdf' (text or html)"


def test_jsonl(tmp_path: Path) -> None:
    p = tmp_path / "docs.jsonl"
    p.write_text("\n".join(jsonl_lines()) + "\n")
    arts, report = run([str(p)])
    check_jsonl(arts, report, str(p))


def test_jsonl_gz_and_truncated_gz(tmp_path: Path) -> None:
    data = ("\n".join(jsonl_lines()) + "\n").encode()
    p = tmp_path / "docs.jsonl.gz"
    p.write_bytes(gzip.compress(data))
    arts, report = run([str(p)])
    check_jsonl(arts, report, str(p))
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(gzip.compress(data)[: len(gzip.compress(data)) - 30])
    arts, report = run([str(cut)])
    assert [a.doc_id for a in arts][:2] == ["j1", "j2"]  # lines before the break are kept
    assert report.failed[-1]["input"] == str(cut)
    assert report.failed[-1]["reason"].startswith("truncated gzip")


def test_stdin_jsonl_and_text(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = "\n".join(jsonl_lines()[:2]) + "\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(lines.encode())))
    arts, _ = run(["-"])
    assert [a.doc_id for a in arts] == ["j1", "j2"]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SEED.read_bytes())))
    (a,), _ = run(["-"])
    assert a.doc_id == "stdin" and a.published == "2014-09"


# --------------------------------------------------------------------------- dedup & since


def test_exact_and_near_duplicates(tmp_path: Path) -> None:
    long = STORY + " " + STORY.replace("Kurdish", "Syrian Kurdish").replace("Monday", "Sunday")
    near = long.replace("at least 30", "at least 31", 1)
    docs = [
        {"id": "orig", "text": "Fighters Retake Villages\n" + long},
        {"id": "copy", "text": "Fighters Retake Villages\n" + long.upper()},
        {"id": "near", "text": "Fighters Retake Villages\n" + near},
        {"id": "other", "text": "Talks Resume In Geneva\nIran and six powers resumed talks in Geneva on Tuesday, diplomats said, and a deal is expected by the end of the month."},
    ]
    p = tmp_path / "d.jsonl"
    p.write_text("\n".join(json.dumps(d) for d in docs))
    arts, report = run([str(p)])
    assert [a.doc_id for a in arts] == ["orig", "other"]
    assert report.duplicates == [
        {"doc_id": "copy", "duplicate_of": "orig", "kind": "exact"},
        {"doc_id": "near", "duplicate_of": "orig", "kind": "near"},
    ]
    assert report.skipped_by_reason() == {"duplicate": 2}
    arts, _ = run([str(p)], dedup=False)
    assert len(arts) == 4


def test_since(tmp_path: Path) -> None:
    docs = [
        {"id": "old", "text": STORY, "published": "2014-10-20"},
        {"id": "month", "text": STORY + " More.", "published": "2015-01"},  # January overlaps since
        {"id": "new", "text": STORY + " Even more.", "published": "2015-02-01"},
        {"id": "undated", "text": STORY + " Again."},
    ]
    p = tmp_path / "d.jsonl"
    p.write_text("\n".join(json.dumps(d) for d in docs))
    arts, report = run([str(p)], since="2015-01-15", dedup=False)
    assert [a.doc_id for a in arts] == ["month", "new", "undated"]
    assert report.skipped[0]["kind"] == "too old"
    with pytest.raises(ValueError, match="since: not a date"):
        run([str(p)], since="whenever")


# --------------------------------------------------------------------------- WARC


def write_warc(path: Path, pages: list[tuple[str, str]], extra: bool = True) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=path.suffix == ".gz")
        for url, html in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(html.encode()), http_headers=headers))
            if extra:
                req = StatusAndHeaders("GET / HTTP/1.1", [("Host", "x.example")], is_http_request=True)
                w.write_record(w.create_warc_record(url, "request", payload=io.BytesIO(b""), http_headers=req))
        if extra:
            img = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record("https://x.example/a.png", "response", payload=io.BytesIO(b"\x89PNG"), http_headers=img))


PAGES = [
    ("https://www.a.example/one", article_page("Fighters Retake Villages Near Kobani", STORY)),
    ("https://b.example/two", article_page("Talks Resume In Geneva Today", "Iran and six powers resumed talks in Geneva on Tuesday, diplomats said. Both sides said progress was slow but steady. A deal is expected by the end of the month, officials added.")),
]


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_html_responses_only(tmp_path: Path, name: str) -> None:
    p = tmp_path / name
    write_warc(p, PAGES)
    arts, report = run([str(p)])
    assert [a.url for a in arts] == ["https://www.a.example/one", "https://b.example/two"]
    assert [a.source_domain for a in arts] == ["a.example", "b.example"]
    assert all(len(a.doc_id) == 36 for a in arts)  # WARC-Record-ID uuid
    assert arts[0].title == "Fighters Retake Villages Near Kobani" and arts[0].published == "2014-10-20"
    assert any("3 WARC record(s) ignored" in n["note"] for n in report.notes)
    assert not report.failed


def test_truncated_warc_gz(tmp_path: Path) -> None:
    p = tmp_path / "crawl.warc.gz"
    write_warc(p, PAGES * 3, extra=False)
    data = p.read_bytes()
    p.write_bytes(data[: int(len(data) * 0.75)])
    arts, report = run([str(p)], dedup=False)
    assert 1 <= len(arts) < 6
    assert len(report.failed) == 1 and report.failed[0]["reason"].startswith("truncated WARC: record 5 ends early")


def test_not_a_warc(tmp_path: Path) -> None:
    p = tmp_path / "fake.warc"
    p.write_bytes(b"this is not a warc file at all\n" * 10)
    arts, report = run([str(p)])
    assert arts == [] and "WARC" in report.failed[0]["reason"]


def test_warc_page_over_cap(tmp_path: Path) -> None:
    p = tmp_path / "big.warc"
    write_warc(p, [("https://a.example/big", article_page("Big", STORY) + "x" * 5000), PAGES[1]], extra=False)
    arts, report = run([str(p)], max_bytes=4000)
    assert [a.url for a in arts] == ["https://b.example/two"]
    assert report.failed[0]["reason"].startswith("too large")


# --------------------------------------------------------------------------- feeds over loopback

SLOW_S = 1.5


def rss(base: str, links: list[str]) -> str:
    items = "".join(
        f"<item><title>Item {i}</title><link>{base}{link}</link><guid>{base}{link}</guid>"
        f"<pubDate>Tue, 21 Oct 2014 10:00:00 GMT</pubDate></item>"
        for i, link in enumerate(links)
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>{base}</link>{items}</channel></rss>'


class Handler(BaseHTTPRequestHandler):
    agents: list[str] = []

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        Handler.agents.append(self.headers.get("User-Agent", ""))
        routes = {
            "/feed.xml": ("application/rss+xml", rss(base, ["/a1", "/a2", "/slow", "/missing"])),
            "/bad.xml": ("application/rss+xml", "<rss><channel><item><title>oops</tit"),
            "/a1": ("text/html", article_page("Fighters Retake Villages Near Kobani", STORY, published="")),
            "/a2": ("text/html", PAGES[1][1]),
        }
        if self.path == "/slow" or self.path == "/slowfeed.xml":
            time.sleep(SLOW_S)
        if self.path not in routes:
            self.send_response(404)
            self.end_headers()
            return
        ctype, body = routes[self.path]
        data = body.encode()
        self.send_response(200)
        self.send_header("Content-Type", f"{ctype}; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    t = threading.Thread(target=httpd.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def fetcher() -> HttpFetcher:
    return HttpFetcher(timeout=0.5, min_interval=0.0)


def test_feed_url_entries_fetched(server: str) -> None:
    Handler.agents.clear()
    arts, report = run([server + "/feed.xml"], fetcher=fetcher())
    assert [a.doc_id for a in arts] == [server + "/a1", server + "/a2"]
    assert arts[0].url == server + "/a1"
    assert arts[0].published == "2014-10-21"  # the page has no date: the entry's date fills in
    assert arts[1].published == "2014-10-20"  # the page's own date wins
    reasons = {f["input"].rsplit("#", 1)[1]: f["reason"] for f in report.failed}
    assert reasons["3"].startswith("timed out after 0.5s")
    assert reasons["4"].startswith("HTTP 404")
    assert set(Handler.agents) == {"eventwire/0.1"}


def test_feed_timeout_and_malformed_feed(server: str) -> None:
    arts, report = run([server + "/slowfeed.xml", server + "/bad.xml", server + "/nofeed"], fetcher=fetcher())
    assert arts == []
    reasons = [f["reason"] for f in report.failed]
    assert reasons[0].startswith("timed out")
    assert reasons[1] == "feed entry has neither a link nor text"
    assert any("feed XML not well-formed" in n["note"] for n in report.notes)
    assert reasons[2].startswith("HTTP 404")


def test_local_feed_file_with_inline_fallback(tmp_path: Path, server: str) -> None:
    body = "<p>" + STORY + "</p>"
    xml = (
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>'
        f'<entry><title>Inline Story About Kobani</title><id>tag:x,1</id><link href="{server}/missing"/>'
        f'<updated>2014-10-22T00:00:00Z</updated><content type="html"><![CDATA[{body}]]></content></entry></feed>'
    )
    p = tmp_path / "f.atom"
    p.write_text(xml)
    (a,), report = run([str(p)], fetcher=fetcher())
    assert a.doc_id == "tag:x,1" and a.published == "2014-10-22"
    assert a.title == "Inline Story About Kobani"
    assert "Kurdish fighters retook" in a.text
    assert "used the feed's own text" in report.notes[0]["note"]


def test_fetcher_rate_limit_and_scheme() -> None:
    from eventwire.ingest.report import InputError

    now = [100.0]
    slept: list[float] = []
    f = HttpFetcher(min_interval=2.0, clock=lambda: now[0], sleep=lambda s: slept.append(s))
    f._wait("a.example")
    f._wait("a.example")
    f._wait("b.example")
    assert slept == [2.0]
    with pytest.raises(InputError, match="not an http"):
        f("file:///etc/passwd")
