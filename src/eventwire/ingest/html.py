"""HTML pages -> Article: trafilatura for the main text, htmldate for dates.

Stages, in order (each a small function below):

1. parse once with lxml (``trafilatura.utils.load_html``); unparseable -> InputError
2. page metadata: title, canonical URL, ``<html lang>`` (``_page_meta``)
3. photo captions from ``<figcaption>`` / ``class="caption"`` elements, credits stripped
4. main text with trafilatura (no comments, no tables), then the plain-text line rules of
   ``ingest.text`` to drop chrome that survived (Advertisement, Read more: ..., bylines)
5. dates: htmldate on the page (published = original date, updated = latest), else stamps
   in the text, with the same "old story on a re-stamped page" rule as plain text
6. language: the English function-word ratio (``ingest.lang``)
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from copy import deepcopy
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin

from eventwire.ingest.dates import choose_published
from eventwire.ingest.lang import guess_language
from eventwire.ingest.report import InputError
from eventwire.ingest.text import Line, assemble, classify_lines, domain_of, parse_stamp, split_caption_credit
from eventwire.records import Article

__all__ = ["from_html", "fragment_text"]

_BLOCK_END = re.compile(r"(?i)<br\s*/?>|</(?:p|div|li|h[1-6]|blockquote|tr|figcaption|section|article)\s*>")

_CAPTION_XPATH = (
    "//figcaption"
    " | //*[not(ancestor::figcaption)][contains(concat(' ', normalize-space(@class), ' '), ' caption ')"
    " or contains(@class, 'image-caption') or contains(@class, 'photo-caption') or contains(@class, 'wp-caption-text')]"
)
_TAG = re.compile(r"<[A-Za-z]")
_CREDIT_CLASS = re.compile(r"credit|copyright|byline|source", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _PageMeta:
    title: str | None
    canonical: str | None
    lang: str | None


def from_html(html: str, doc_id: str, url: str | None = None) -> Article:
    """Clean an HTML page into an Article (see module doc). Raises InputError when the
    page cannot be parsed at all."""
    tree = _parse(html)
    meta = _page_meta(tree, url)
    captions = _captions(tree)
    lines = _main_lines(tree, url, meta.title)
    captions += [ln.text for ln in lines if ln.kind == "caption" and ln.text not in captions]
    body = [ln.text for ln in lines if ln.kind == "body" and not _is_caption(ln.text, captions)]
    title = meta.title or next((ln.text for ln in lines if ln.kind == "title"), None)
    published, updated = _dates(tree, url, lines, [title or ""] + captions + body[:3])
    text_for_lang = " ".join(body[:20]) or " ".join(captions)
    canonical = meta.canonical
    return assemble(
        doc_id,
        title,
        captions,
        body,
        published=published,
        updated=updated,
        url=url,
        canonical_url=canonical,
        source_domain=domain_of(canonical or url),
        language=guess_language(text_for_lang, meta.lang),
        format="html",
        removed=tuple(ln.raw for ln in lines if ln.kind in ("chrome", "stamp")),
    )


def fragment_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed entry's content), one line per block."""
    import lxml.html

    marked = _BLOCK_END.sub(lambda m: m.group(0) + "\n", fragment)
    try:
        root = lxml.html.fragment_fromstring(marked, create_parent="div")
    except Exception:  # noqa: BLE001 - lxml raises several types for junk input
        return re.sub(r"<[^>]+>", " ", fragment)
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    return "\n".join(" ".join(line.split()) for line in root.text_content().splitlines() if line.strip())


def _parse(html: str) -> Any:
    from trafilatura.utils import load_html

    if not html or not html.strip():
        raise InputError("empty HTML")
    tree = load_html(html)
    if (tree is None or tree.tag != "html") and _TAG.search(html):
        # a fragment ("<p>...</p>", "<svg>...</svg>"): trafilatura refuses it or makes its
        # first element the root, which htmldate cannot clean; parse it inside a page
        tree = load_html(f"<html><body>{html}</body></html>")
    if tree is None or not len(tree):
        raise InputError("malformed HTML: no document could be parsed")
    return tree


def _first(tree: Any, xpath: str) -> str | None:
    for v in tree.xpath(xpath):
        s = " ".join(str(v).split())
        if s:
            return s
    return None


def _page_meta(tree: Any, url: str | None) -> _PageMeta:
    canonical = _first(tree, "//link[translate(@rel,'CANONICL','canonicl')='canonical']/@href")
    if canonical and url:
        canonical = urljoin(url, canonical)
    title = (
        _first(tree, "//meta[@property='og:title']/@content")
        or _first(tree, "//h1//text()")
        or _title_tag(tree)
    )
    lang = _first(tree, "/html/@lang") or _first(tree, "//meta[@http-equiv='content-language']/@content")
    return _PageMeta(title=title, canonical=canonical, lang=lang)


def _title_tag(tree: Any) -> str | None:
    """<title> without a trailing " | Site Name" / " - Site Name"."""
    t = _first(tree, "//title//text()")
    if not t:
        return None
    parts = re.split(r"\s+[|–—-]\s+", t)
    return max(parts, key=len) if len(parts) > 1 else t


def _element_text(el: Any) -> str:
    el = deepcopy(el)
    for sub in el.xpath(".//*[@class]"):
        if _CREDIT_CLASS.search(sub.get("class", "")) and sub.getparent() is not None:
            sub.getparent().remove(sub)
    return " ".join(" ".join(el.itertext()).split())


def _captions(tree: Any) -> list[str]:
    out: list[str] = []
    for el in tree.xpath(_CAPTION_XPATH):
        text = _element_text(el)
        split = split_caption_credit(text)
        if split is not None:
            text = split[0]
        if len(text.split()) >= 3 and text not in out:
            out.append(text)
    return out


def _main_lines(tree: Any, url: str | None, title: str | None) -> list[Line]:
    import trafilatura

    text = trafilatura.extract(
        deepcopy(tree),
        url=url,
        include_comments=False,
        include_tables=False,
        include_images=False,
        with_metadata=False,
        deduplicate=False,
    )
    return classify_lines(text or "", title=title)


def _is_caption(text: str, captions: Sequence[str]) -> bool:
    return any(text == c or (len(c) > 20 and c in text and len(text) < len(c) + 80) for c in captions)


def _page_stamps(tree: Any, limit: int = 3000) -> dict[str, str]:
    """The first "Updated ..."/"Published ..." stamp of each kind anywhere in the page
    (trafilatura drops them with the rest of the chrome)."""
    found: dict[str, str] = {}
    for i, chunk in enumerate(tree.itertext()):
        if i >= limit or len(found) == 2:
            break
        s = " ".join(chunk.split())
        if 8 <= len(s) <= 120 and s[0].isalpha():
            hit = parse_stamp(s)
            if hit:
                found.setdefault(hit[0], hit[1])
    return found


def _dates(tree: Any, url: str | None, lines: Sequence[Line], lead: Sequence[str]) -> tuple[str | None, str | None]:
    import htmldate

    published = _find_date(htmldate, tree, url, original=True)
    updated = _find_date(htmldate, tree, url, original=False)
    stamps = _page_stamps(tree)
    stamps.update({ln.stamp: ln.date for ln in reversed(lines) if ln.kind == "stamp" and ln.stamp})
    if published:
        return published, (updated if updated and updated != published else stamps.get("updated"))
    updated = updated or stamps.get("updated")
    return choose_published(stamps.get("published"), updated, lead), updated


def _find_date(htmldate: Any, tree: Any, url: str | None, *, original: bool) -> str | None:
    """htmldate's date, or None when it finds none or fails on an odd tree (its errors
    must not lose the article: the text's own stamps are used instead)."""
    try:
        return htmldate.find_date(tree, extensive_search=False, original_date=original, url=url)
    except Exception:  # noqa: BLE001 - third-party parser on arbitrary markup
        return None
