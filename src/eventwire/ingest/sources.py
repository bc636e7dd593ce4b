"""iter_articles: every input users have (files, folders, feeds, WARC, JSONL, stdin) -> Articles.

For each raw document: clean (``clean_text`` or ``from_html``), then skip it when it has no
text, is not English, is older than ``since`` or duplicates an earlier one; the report says
why for each. Nothing a single document does stops the batch.
"""
from __future__ import annotations

import calendar
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import date

from eventwire.ingest.decode import MAX_BYTES
from eventwire.ingest.dedup import Deduper
from eventwire.ingest.fetch import Fetcher, HttpFetcher
from eventwire.ingest.lang import english_ratio
from eventwire.ingest.readers import Context, RawDoc, read_input
from eventwire.ingest.report import IngestReport, InputError
from eventwire.ingest.text import clean_text
from eventwire.records import Article
from eventwire.timex import parse_date

__all__ = ["iter_articles", "to_article"]


def iter_articles(
    inputs: Sequence[str],
    *,
    since: str | None = None,
    report: IngestReport | None = None,
    dedup: bool = True,
    fetcher: Fetcher | None = None,
    max_bytes: int = MAX_BYTES,
) -> Iterator[Article]:
    """Articles from ``inputs`` (paths, folders, feed URLs, "-" for stdin), in input order.

    ``since`` (ISO date) drops articles whose publication date lies wholly before it
    (undated articles are kept). ``dedup`` keeps one of each set of exact or near copies.
    ``fetcher`` replaces the HTTP client used for feeds (tests inject one).
    """
    report = report if report is not None else IngestReport()
    ctx = Context(report=report, fetcher=fetcher or HttpFetcher(max_bytes=max_bytes), max_bytes=max_bytes)
    deduper = Deduper() if dedup else None
    since_day = _since_day(since)
    for inp in inputs:
        report.inputs += 1
        for raw in _guarded(inp, ctx):
            report.read += 1
            article = _safe_article(raw, report)
            if article is None:
                continue
            skip = _skip_reason(article, since, since_day, deduper, report)
            if skip:
                report.skip(raw.source, article.doc_id, skip[1], kind=skip[0])
                continue
            report.yielded += 1
            yield article


def _guarded(inp: str, ctx: Context) -> Iterator[RawDoc]:
    try:
        yield from read_input(inp, ctx)
    except InputError as e:
        ctx.report.fail(inp, str(e))
    except Exception as e:  # noqa: BLE001 - one bad input must never stop the batch
        ctx.report.fail(inp, f"{type(e).__name__}: {e}")


def _safe_article(raw: RawDoc, report: IngestReport) -> Article | None:
    try:
        return to_article(raw)
    except InputError as e:
        report.fail(raw.source, str(e))
    except Exception as e:  # noqa: BLE001
        report.fail(raw.source, f"cleaning failed: {type(e).__name__}: {e}")
    return None


def to_article(raw: RawDoc) -> Article:
    """Clean one raw document; input-given title/published win, hints fill gaps."""
    published = parse_date(raw.published) if raw.published else None
    if raw.format == "html":
        from eventwire.ingest.html import from_html

        a = from_html(raw.content, raw.doc_id, url=raw.url)
        if raw.title:
            a = _retitle(a, raw.title)
        if published:
            a = replace(a, published=published)
    else:
        a = clean_text(raw.content, raw.doc_id, url=raw.url, published=published, title=raw.title)
    if a.title is None and raw.title_hint:
        a = _retitle(a, raw.title_hint)
    if a.published is None and raw.published_hint:
        a = replace(a, published=raw.published_hint)
    return a


def _retitle(a: Article, title: str) -> Article:
    """``a`` with ``title`` as its title block (blocks shifted)."""
    from eventwire.ingest.text import assemble

    captions = list(a.captions)
    body = [a.text[b.start : b.end] for b in a.blocks if b.kind == "body"]
    return assemble(
        a.doc_id, title, captions, body,
        published=a.published, updated=a.updated, url=a.url, canonical_url=a.canonical_url,
        source_domain=a.source_domain, language=a.language, format=a.format, removed=a.removed,
    )


def _skip_reason(
    a: Article, since: str | None, since_day: date | None, deduper: Deduper | None, report: IngestReport
) -> tuple[str, str] | None:
    """(kind, reason) when the article is left out, else None."""
    if not a.body.strip() and not a.captions:
        return "empty", "no article text after cleaning"
    if a.language not in (None, "en"):
        ratio, _ = english_ratio(a.text)
        return "non-English", f"non-English ({a.language}; English function-word ratio {ratio:.2f})"
    if since_day and a.published and _ends_before(a.published, since_day):
        return "too old", f"too old: published {a.published}, before since {since}"
    if deduper is not None:
        dup = deduper.check(a.doc_id, a.text)
        if dup:
            report.duplicate(a.doc_id, dup[1], dup[0])
            return "duplicate", f"duplicate of {dup[1]} ({dup[0]})"
    return None


def _since_day(since: str | None) -> date | None:
    if not since:
        return None
    iso = parse_date(since)
    if iso is None:
        raise ValueError(f"since: not a date: {since!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
    return _period(iso)[0]


def _ends_before(iso: str, day: date) -> bool:
    try:
        return _period(iso)[1] < day
    except (ValueError, IndexError):
        return False


def _period(iso: str) -> tuple[date, date]:
    """First and last day an ISO date of any precision covers. ValueError if malformed."""
    parts = [int(p) for p in iso.strip()[:10].split("-") if p]
    y = parts[0]
    if len(parts) == 1:
        return date(y, 1, 1), date(y, 12, 31)
    m = parts[1]
    if len(parts) == 2:
        return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])
    return date(y, m, parts[2]), date(y, m, parts[2])
