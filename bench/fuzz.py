"""Fuzzing with hypothesis: cleaning, timex, actor resolution, readers, the whole pipeline.

Each target is a hypothesis strategy and a check. A check calls library code on one
generated input and asserts what must always hold: no exception escapes (except the
documented ``InputError`` of ``from_html``), offsets point into the text, dates are ISO,
and every input a reader rejects is in the ``IngestReport`` with a reason.

Inputs mix arbitrary unicode, control characters, bidi marks, ligatures, huge lines,
deeply nested HTML, invalid dates (Feb 30, year 0000/9999, month 13) and news-like words
so that the rules really fire.

    python bench/fuzz.py [--cases 10000] [--seed 0] [--only NAME ...]

prints examples, failures and seconds per target. ``tests/test_fuzz.py`` runs every
target with a small ``max_examples``.
"""
from __future__ import annotations

import argparse
import functools
import gzip
import json
import re
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

# --------------------------------------------------------------------------- strategies

NEWS_WORDS = (
    "Russia Russian Ukraine China Chinese France U.S. NATO UN EU Kyiv Paris Beijing Moscow "
    "President Prime Minister Foreign Secretary Putin Xi Obama Mr. al- bin rebels police army "
    "forces government officials said attacked met accused threatened praised condemned "
    "signed agreement aid sanctions talks with against not never would will to the of a and "
    "in on since until by last next this ago days weeks years yesterday today tomorrow "
    "Monday Tuesday Sunday May June Sept. March 9 31 0 2014 1999 0000 9999 1000 3000 "
    "Updated Published: Photo: (Reuters) (AP Photo/Jane Doe) Copyright © cookies accept "
    "By Jane Doe, Staff Reporter Related Articles Read more: Advertisement"
).split()
ODD_TOKENS = (
    "\x00", "\x07", "\x1b", "\x7f", "\u0085", "\u200b", "\u200e", "\u202e", "\u2028", "\u2029",
    "\ufeff", "\ufffd", "\ud7ff", "İ", "ß", "ﬁ", "ǅ", "Σ", "\u0301", "e\u0301", "—", "–", "’",
    "“", "…", "\t", "\r", "\r\n", "\n\n", "٣", "𝟗", "١٢", "🇺🇸", "&amp;", "&#0;", "<", ">",
    "2014-02-30", "2014-13-01", "0000-00-00", "9999-12-31", "0001-01-01", "12/31/9999",
    "31/12/2014", "29 February 1900", "Feb 29, 2015", "May 0000", "in 1800", "99999999999",
)  # fmt: skip
DATE_VALUES = (
    "2014", "2014-09", "2014-09-09", "9999-12-31", "0001-01-01", "1000-01-01", "2999-12-31",
    "3000-01-01", "0000", "0000-00-00", "2014-02-30", "2014-13-45", "2014-9-9", "14-09-09",
    "", " ", "not a date", "2014-09-09T25:61:00Z", "+2014", "２０１４",
)  # fmt: skip

word = st.one_of(st.sampled_from(NEWS_WORDS), st.sampled_from(ODD_TOKENS),
                 st.text(st.characters(codec=None), max_size=6))  # fmt: skip
sentence = st.lists(word, min_size=0, max_size=24).map(" ".join)
short_sentence = st.lists(st.one_of(st.sampled_from(NEWS_WORDS), st.sampled_from(ODD_TOKENS)),
                          min_size=1, max_size=14).map(" ".join)  # fmt: skip
unicode_text = st.text(st.characters(codec=None), max_size=400)
huge_line = st.tuples(sentence, st.integers(1, 4000)).map(lambda t: (t[0] + " ") * t[1])
document = st.one_of(
    st.lists(sentence, max_size=14).map("\n".join),
    unicode_text,
    huge_line,
    st.lists(st.one_of(sentence, huge_line), max_size=3).map("\n".join),
)
date_value = st.one_of(st.none(), st.sampled_from(DATE_VALUES), sentence,
                       st.from_regex(r"\A\d{1,5}(-\d{1,3}(-\d{1,3})?)?\Z"))  # fmt: skip
TAGS = ("div", "p", "span", "article", "main", "figure", "figcaption", "h1", "title", "script",
        "style", "table", "tr", "td", "li", "ul", "a", "b", "time", "header", "nav", "svg", "!--")  # fmt: skip


def _element(tag_children: tuple[str, str, list[str]]) -> str:
    tag, attr, children = tag_children
    if tag == "!--":
        return "<!--" + "".join(children) + "-->"
    return f"<{tag}{attr}>" + "".join(children) + f"</{tag}>"


html_attr = st.sampled_from(("", " class='caption'", " class='byline credit'", " lang='fr'",
                             " datetime='2014-02-30'", " class=\"wp-caption-text\"",
                             " property='og:title' content='A Title'", " href='../../etc/passwd'"))  # fmt: skip
html_tree = st.recursive(
    st.one_of(sentence, st.sampled_from(("<br>", "<p>", "</div>", "<![CDATA[x]]>", "&nbsp;", "<meta charset='utf-7'>"))),
    lambda ch: st.tuples(st.sampled_from(TAGS), html_attr, st.lists(ch, max_size=4)).map(_element),
    max_leaves=40,
)


def _nested(n_tag: tuple[int, str]) -> str:
    n, tag = n_tag
    return f"<{tag}>" * n + "Russia attacked Ukraine on Monday, officials said." + f"</{tag}>" * n


html_page = st.one_of(
    html_tree.map(lambda b: f"<html><head><title>T</title></head><body>{b}</body></html>"),
    html_tree,
    st.tuples(st.integers(0, 3000), st.sampled_from(("div", "span", "b", "table", "li"))).map(_nested),
    unicode_text,
)

# --------------------------------------------------------------------------- checks


@functools.cache
def _pipeline() -> Any:
    from eventwire.pipeline import Pipeline

    return Pipeline()


def _check_article(a: Any) -> None:
    from eventwire.records import Article

    assert isinstance(a, Article), type(a)
    for b in a.blocks:
        assert 0 <= b.start < b.end <= len(a.text), (b, len(a.text))
    for d in (a.published, a.updated):
        assert d is None or ISO.match(d), d


def check_clean_text(args: tuple[str, str | None]) -> None:
    from eventwire.ingest import clean_text

    raw, published = args
    from eventwire.timex import parse_date

    _check_article(clean_text(raw, "doc", published=parse_date(published) if published else None))


def check_from_html(html: str) -> None:
    from eventwire.ingest import from_html
    from eventwire.ingest.report import InputError

    try:
        a = from_html(html, "doc", url="https://news.example/a")
    except InputError as e:
        assert str(e).strip(), "InputError without a reason"
        return
    _check_article(a)


def check_find_dates(args: tuple[str, str | None]) -> None:
    from eventwire.timex import find_dates

    text, ref = args
    prev_end = 0
    for t in find_dates(text, ref):
        assert prev_end <= t.start < t.end <= len(text) and text[t.start : t.end] == t.text, t
        assert t.value is None or ISO.match(t.value), t
        prev_end = t.end


def check_parse_date(s: str | None) -> None:
    from eventwire.timex import parse_date

    v = parse_date(s or "")
    assert v is None or ISO.match(v), v


def check_resolve(args: tuple[str, str | None]) -> None:
    from eventwire.timex import resolve_event_date

    v = resolve_event_date(*args)
    assert v is None or ISO.match(v), v


def check_mentions(args: tuple[str, str | None, int]) -> None:
    from eventwire.actors import ActorResolver

    text, published, offset = args
    r = ActorResolver(published=published)
    last = -1
    for m in r.mentions(text, offset=offset):
        assert offset <= m.start < m.end <= offset + len(text), m
        assert text[m.start - offset : m.end - offset] == m.text, m
        assert m.start >= last, "mentions out of order"
        last = m.start
        assert m.actor.code, m


def check_pipeline(args: tuple[str, str | None]) -> None:
    from eventwire.ingest import clean_text

    raw, published = args
    article = clean_text(raw, "doc", published=published)
    for e in _pipeline().code_one(article):
        ev = e.evidence
        assert 0 <= ev.char_start < ev.char_end <= len(article.text), e
        assert article.text[ev.char_start : ev.char_end] == ev.trigger, (ev, article.text)
        assert 1 <= e.quad_class <= 4 and -10 <= e.goldstein <= 10, e
        assert e.date is None or ISO.match(e.date), e.date
        json.dumps(e.to_dict())


class _OfflineFetcher:
    """Feeds are read without the network: every linked page 'fails' to download."""

    def __call__(self, url: str) -> Any:
        from eventwire.ingest.report import InputError

        raise InputError(f"offline fuzzing: {url}")


def _ingest(paths: list[str]) -> tuple[list[Any], Any]:
    from eventwire.ingest import IngestReport, iter_articles

    report = IngestReport()
    arts = list(iter_articles(paths, report=report, fetcher=_OfflineFetcher(), max_bytes=2_000_000))
    for a in arts:
        _check_article(a)
    for entry in report.failed + report.skipped:
        assert entry.get("reason", "").strip(), entry
    return arts, report


def _outcomes(report: Any) -> int:
    return report.yielded + len(report.skipped) + len(report.failed)


jsonl_value = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True),
                        short_sentence, unicode_text)  # fmt: skip
jsonl_object = st.fixed_dictionaries(
    {"id": st.one_of(st.none(), short_sentence, st.integers(), st.sampled_from(("", "../../etc/passwd", "a/b", "x" * 500)))},
    optional={"text": st.one_of(document, jsonl_value), "format": st.sampled_from(("text", "html", "HTML", "pdf", "")),
              "published": date_value, "url": st.one_of(st.none(), short_sentence, st.just("javascript:alert(1)")),
              "title": st.one_of(st.none(), short_sentence)},
)  # fmt: skip
jsonl_line = st.one_of(
    jsonl_object.map(lambda o: json.dumps(o, ensure_ascii=False)),
    jsonl_object.map(lambda o: json.dumps(o)[:-1]),  # truncated JSON
    st.sampled_from(("[]", "null", "42", '"text"', "{", "{}", '{"text": "\\ud800"}', "\x00\x01\x02")),
    unicode_text.filter(lambda s: "\n" not in s and "\r" not in s),
)


def check_jsonl(args: tuple[list[str], bool]) -> None:
    lines, gz = args
    with tempfile.TemporaryDirectory() as tmp:
        data = "\n".join(lines).encode("utf-8", "surrogatepass")
        path = Path(tmp) / ("in.jsonl.gz" if gz else "in.jsonl")
        path.write_bytes(gzip.compress(data) if gz else data)
        _, report = _ingest([str(path)])
    # every non-blank line is coded, skipped or failed with a reason (or the file fails once)
    n = sum(1 for ln in data.split(b"\n") if ln.strip())
    assert _outcomes(report) == n or (len(report.failed) == 1 and report.read == 0), (n, report.to_dict())


def check_text_file(args: tuple[bytes, str]) -> None:
    data, ext = args
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"doc{ext}"
        path.write_bytes(data)
        _, report = _ingest([str(path)])
    assert _outcomes(report) >= 1, report.to_dict()


def check_html_file(html: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "page.html"
        path.write_text(html, encoding="utf-8", errors="surrogatepass")
        _, report = _ingest([str(path)])
    assert _outcomes(report) == 1, report.to_dict()


def _feed(entries: list[tuple[str | None, str | None, str | None, str | None]], atom: bool) -> str:
    from xml.sax.saxutils import escape

    def el(tag: str, v: str | None) -> str:
        return "" if v is None else f"<{tag}>{escape(v)}</{tag}>"

    if atom:
        items = "".join(f"<entry>{el('title', t)}{el('id', i)}{el('updated', d)}"
                        f"{el('content', c)}</entry>" for t, i, d, c in entries)  # fmt: skip
        return f"<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'>{items}</feed>"
    items = "".join(f"<item>{el('title', t)}{el('link', i)}{el('pubDate', d)}"
                    f"{el('description', c)}</item>" for t, i, d, c in entries)  # fmt: skip
    return f"<?xml version='1.0'?><rss version='2.0'><channel><title>F</title>{items}</channel></rss>"


xml_text = st.one_of(st.none(), short_sentence, st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=60))
feed_entry = st.tuples(xml_text, st.one_of(st.none(), st.just("https://news.example/a"), short_sentence),
                       st.one_of(st.none(), st.sampled_from(("Tue, 09 Sep 2014 10:00:00 GMT", "2014-02-30", "yesterday")), xml_text),
                       st.one_of(st.none(), st.lists(short_sentence, min_size=3, max_size=8).map(" ".join), html_tree))  # fmt: skip
feed_doc = st.one_of(
    st.tuples(st.lists(feed_entry, max_size=5), st.booleans()).map(lambda t: _feed(*t)),
    st.tuples(st.lists(feed_entry, max_size=5), st.booleans()).map(lambda t: _feed(*t)[: len(_feed(*t)) // 2]),
    unicode_text,
)


def check_feed(xml: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "feed.xml"
        path.write_text(xml, encoding="utf-8", errors="surrogatepass")
        _, report = _ingest([str(path)])
    assert _outcomes(report) >= 1, report.to_dict()


# --------------------------------------------------------------------------- targets


@dataclass(frozen=True)
class Target:
    name: str
    strategy: Any
    check: Callable[[Any], None]
    weight: int  # share of the cases in a full run (slow targets get fewer)


TARGETS: tuple[Target, ...] = (
    Target("clean_text", st.tuples(document, date_value), check_clean_text, 16),
    Target("from_html", html_page, check_from_html, 8),
    Target("find_dates", st.tuples(sentence, date_value), check_find_dates, 16),
    Target("parse_date", date_value, check_parse_date, 12),
    Target("resolve_event_date", st.tuples(sentence, date_value), check_resolve, 12),
    Target("actor_mentions", st.tuples(sentence, date_value, st.integers(0, 10**6)), check_mentions, 14),
    Target("reader_jsonl", st.tuples(st.lists(jsonl_line, max_size=8), st.booleans()), check_jsonl, 6),
    Target("reader_text_file", st.tuples(st.one_of(st.binary(max_size=600), document.map(lambda s: s.encode("utf-8", "surrogatepass"))),
                                         st.sampled_from((".txt", ".md", ".txt.gz", ".dat", ""))), check_text_file, 5),  # fmt: skip
    Target("reader_html_file", html_page, check_html_file, 4),
    Target("reader_feed", feed_doc, check_feed, 3),
    Target("pipeline", st.tuples(st.lists(short_sentence, min_size=1, max_size=3).map("\n".join),
                                 st.sampled_from((None, "2014-09-09", "2014", "9999-12-31", "1000-01-01"))), check_pipeline, 4),  # fmt: skip
)
BY_NAME = {t.name: t for t in TARGETS}


@dataclass
class Outcome:
    name: str
    cases: int = 0
    failures: int = 0
    seconds: float = 0.0
    examples: list[str] | None = None


def run_target(target: Target, cases: int, seed_value: int = 0) -> Outcome:
    """Run ``cases`` examples; count failures instead of stopping (no shrinking)."""
    out = Outcome(target.name, examples=[])
    seen: set[str] = set()

    @seed(seed_value)
    @settings(max_examples=cases, deadline=None, database=None, derandomize=False,
              suppress_health_check=list(HealthCheck))  # fmt: skip
    @given(target.strategy)
    def body(x: Any) -> None:
        out.cases += 1
        try:
            target.check(x)
        except Exception as e:  # noqa: BLE001 - counted and reported, never raised
            out.failures += 1
            key = f"{type(e).__name__}: {str(e)[:160]}"
            if key not in seen and len(seen) < 5:
                seen.add(key)
                where = traceback.extract_tb(e.__traceback__)[-1]
                out.examples.append(f"{key} at {where.filename}:{where.lineno} on {x!r:.200}")  # type: ignore[union-attr]

    t0 = time.perf_counter()
    body()
    out.seconds = time.perf_counter() - t0
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cases", type=int, default=10_000, help="examples in total, split by weight")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--only", nargs="*", choices=sorted(BY_NAME), default=None)
    args = ap.parse_args(argv)
    targets = [BY_NAME[n] for n in args.only] if args.only else list(TARGETS)
    total_w = sum(t.weight for t in targets)
    print(f"{'target':<20}{'cases':>8}{'failures':>10}{'seconds':>9}")
    results = []
    for t in targets:
        r = run_target(t, max(1, round(args.cases * t.weight / total_w)), args.seed)
        results.append(r)
        print(f"{r.name:<20}{r.cases:>8}{r.failures:>10}{r.seconds:>9.1f}", flush=True)
    cases, fails = sum(r.cases for r in results), sum(r.failures for r in results)
    print(f"{'total':<20}{cases:>8}{fails:>10}{sum(r.seconds for r in results):>9.1f}")
    for r in results:
        for ex in r.examples or []:
            print(f"  {r.name}: {ex}")
    return 1 if fails else 0


if __name__ == "__main__":
    raise SystemExit(main())
