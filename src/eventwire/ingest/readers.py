"""Readers: each turns one input (file, stream, feed, archive) into raw documents.

A reader yields ``RawDoc``s and reports what it cannot read to the ``IngestReport``; an
error inside one document never stops the others, an error that ends a stream (a
truncated gzip) ends only that input.
"""
from __future__ import annotations

import gzip
import io
import itertools
import json
import os
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Literal

from eventwire.ingest.decode import MAX_BYTES, looks_binary, check_size, decode_bytes, mb
from eventwire.ingest.fetch import Fetched, Fetcher
from eventwire.ingest.report import IngestReport, InputError
from eventwire.ingest.sniff import EXTENSIONS, InputFormat, sniff_format

__all__ = ["RawDoc", "Context", "read_input", "read_stream", "stem_of"]

DocFormat = Literal["text", "html"]


@dataclass(frozen=True, slots=True)
class RawDoc:
    """One document before cleaning. ``published``/``title`` given by the input override what
    cleaning finds; ``published_hint``/``title_hint`` only fill gaps (a feed entry's date)."""

    doc_id: str
    source: str  # where it came from, for the report: "a.jsonl:3", "feed.xml#2"
    content: str
    format: DocFormat = "text"
    url: str | None = None
    published: str | None = None
    title: str | None = None
    published_hint: str | None = None
    title_hint: str | None = None


@dataclass
class Context:
    report: IngestReport
    fetcher: Fetcher
    max_bytes: int = MAX_BYTES


def stem_of(path: str) -> str:
    """"dir/seed-article.txt" -> "seed-article"; "a.warc.gz" -> "a"."""
    name = os.path.basename(path.rstrip("/"))
    low = name.lower()
    for ext in sorted(EXTENSIONS, key=len, reverse=True):
        if low.endswith(ext) and len(name) > len(ext):
            return name[: -len(ext)]
    return Path(name).stem or name


# --------------------------------------------------------------------------- dispatch


def read_input(inp: str, ctx: Context) -> Iterator[RawDoc]:
    """Raw documents from one input: "-", a URL (feed), a directory or a file."""
    if inp == "-":
        import sys

        yield from read_stream(sys.stdin.buffer, "stdin", "stdin", ctx)
    elif inp.startswith(("http://", "https://")):
        yield from _read_feed_url(inp, ctx)
    elif os.path.isdir(inp):
        yield from _read_dir(inp, ctx)
    elif os.path.isfile(inp):
        yield from _read_file(inp, sniff_format(inp), stem_of(inp), ctx)
    else:
        raise InputError(f"no such file or directory: {inp}")


def _read_dir(root: str, ctx: Context) -> Iterator[RawDoc]:
    ignored = 0
    used: set[str] = set()
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            path = os.path.join(dirpath, name)
            fmt = sniff_format(name)
            if name.startswith(".") or fmt in ("unknown", "feed"):
                ignored += 1
                continue
            doc_id = stem_of(name)
            if doc_id in used:  # same name in two folders: "sub/dir/name"
                rel = os.path.relpath(path, root).replace(os.sep, "/")
                doc_id = rel[: len(rel) - len(name)] + doc_id
            used.add(doc_id)
            yield from _guard(path, _read_file(path, fmt, doc_id, ctx), ctx)
    if ignored:
        ctx.report.note(root, f"{ignored} file(s) ignored: hidden, feed or unknown extension")


def _guard(source: str, docs: Iterator[RawDoc], ctx: Context) -> Iterator[RawDoc]:
    """Pass documents through; an error ends this input only, with a one-line reason."""
    try:
        yield from docs
    except InputError as e:
        ctx.report.fail(source, str(e))
    except Exception as e:  # noqa: BLE001 - one bad file must not end the folder
        ctx.report.fail(source, f"{type(e).__name__}: {e}")


def _read_file(path: str, fmt: InputFormat, doc_id: str, ctx: Context) -> Iterator[RawDoc]:
    if fmt == "warc":  # archives and JSONL are streamed: the size cap applies per document
        yield from _read_warc(path, ctx)
        return
    if fmt == "jsonl":
        yield from _read_jsonl_file(path, doc_id, ctx)
        return
    if not path.lower().endswith(".gz"):
        check_size(os.path.getsize(path), ctx.max_bytes)
    data, truncated = _read_path_bytes(path, ctx.max_bytes)
    if truncated:
        raise InputError(truncated)
    if fmt == "unknown":
        fmt = _sniff_content(data)
    if fmt == "jsonl":
        yield from _read_jsonl(io.BytesIO(data), path, doc_id, ctx)
    elif fmt == "feed":
        yield from _read_feed_bytes(data, path, ctx)
    elif fmt == "warc":
        yield from _read_warc_stream(io.BytesIO(data), path, ctx)
    else:
        yield _single(data, doc_id, path, "html" if fmt == "html" else "text", ctx)


def _read_path_bytes(path: str, max_bytes: int) -> tuple[bytes, str | None]:
    """(content, why it is incomplete or None). Gzip is decompressed, up to ``max_bytes``."""
    if not path.lower().endswith(".gz"):
        with open(path, "rb") as f:
            return _read_capped(f, max_bytes), None
    chunks: list[bytes] = []
    n = 0
    try:
        with gzip.open(path, "rb") as f:
            while chunk := f.read(1 << 20):
                n += len(chunk)
                if n > max_bytes:
                    raise InputError(f"too large: over the {mb(max_bytes)} cap after decompression")
                chunks.append(chunk)
    except EOFError:
        return b"".join(chunks), f"truncated gzip: the compressed stream ends after {n} bytes"
    except (gzip.BadGzipFile, zlib.error) as e:
        return b"".join(chunks), f"corrupt gzip after {n} bytes: {e}"
    return b"".join(chunks), None


def _read_capped(f: IO[bytes], max_bytes: int) -> bytes:
    data = f.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(f"too large: over the {mb(max_bytes)} cap")
    return data


def _sniff_content(data: bytes) -> InputFormat:
    head = data[:512].lstrip()
    if head.startswith(b"WARC/"):
        return "warc"
    if head.startswith(b"{"):
        return "jsonl"
    low = head.lower()
    if low.startswith(b"<?xml") and (b"<rss" in data[:2048].lower() or b"<feed" in data[:2048].lower()):
        return "feed"
    if low.startswith((b"<rss", b"<feed", b"<rdf")):
        return "feed"
    return "html" if low.startswith(b"<") else "text"


def _single(data: bytes, doc_id: str, source: str, fmt: DocFormat, ctx: Context) -> RawDoc:
    text, note = decode_bytes(data)
    if note:
        ctx.report.note(source, note)
    return RawDoc(doc_id=doc_id, source=source, content=text, format=fmt)


def read_stream(stream: IO[bytes], doc_id: str, source: str, ctx: Context) -> Iterator[RawDoc]:
    """A byte stream (stdin): JSONL, streamed line by line, when its first non-blank
    character is '{'; otherwise one document (HTML when it starts with '<', else text)."""
    head: list[bytes] = []
    for line in stream:
        head.append(line)
        if line.strip():
            break
    if head and head[-1].lstrip().startswith(b"{"):
        yield from _read_jsonl(itertools.chain(head, stream), source, doc_id, ctx)
        return
    data = b"".join(head) + _read_capped(stream, max(0, ctx.max_bytes - sum(map(len, head))))
    fmt = _sniff_content(data)
    yield _single(data, doc_id, source, "html" if fmt in ("html", "feed") else "text", ctx)


# --------------------------------------------------------------------------- JSONL


def _read_jsonl_file(path: str, stem: str, ctx: Context) -> Iterator[RawDoc]:
    opener = gzip.open if path.lower().endswith(".gz") else open
    with opener(path, "rb") as f:  # type: ignore[operator]
        try:
            yield from _read_jsonl(f, path, stem, ctx)
        except EOFError:
            raise InputError("truncated gzip: the compressed stream ends early; lines before it were read") from None
        except (gzip.BadGzipFile, zlib.error) as e:
            raise InputError(f"corrupt gzip: {e}") from None


def _read_jsonl(lines: Iterable[bytes], source: str, stem: str, ctx: Context) -> Iterator[RawDoc]:
    """One document per line; a bad line is reported and skipped."""
    noted, seen = False, 0
    for lineno, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        seen += 1
        if seen == 1 and looks_binary(raw[:8192]):
            raise InputError("binary content, not text")
        where = f"{source}:{lineno}"
        try:
            check_size(len(raw), ctx.max_bytes)
            line, note = _decode_line(raw)
            if note and not noted:
                ctx.report.note(source, f"line {lineno}: {note}")
                noted = True
            yield _jsonl_doc(line, where, f"{stem}:{lineno}")
        except InputError as e:
            ctx.report.fail(where, str(e))
    if not seen:
        raise InputError("empty file")


def _decode_line(raw: bytes) -> tuple[str, str | None]:
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace"), "not valid UTF-8; decoded as cp1252"


def _jsonl_doc(line: str, where: str, default_id: str) -> RawDoc:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        raise InputError(f"malformed JSON line: {e.msg} (column {e.colno})") from None
    if not isinstance(obj, dict):
        raise InputError(f"JSON line is a {type(obj).__name__}, not an object")
    body = obj.get("text")
    if not isinstance(body, str) or not body.strip():
        raise InputError("JSON line has no 'text' string")
    fmt = str(obj.get("format") or "text").lower()
    if fmt not in ("text", "html"):
        raise InputError(f"unknown format {fmt!r} (text or html)")
    return RawDoc(
        doc_id=str(obj["id"]) if obj.get("id") not in (None, "") else default_id,
        source=where,
        content=body,
        format=fmt,  # type: ignore[arg-type]
        url=_str_or_none(obj.get("url")),
        published=_str_or_none(obj.get("published")),
        title=_str_or_none(obj.get("title")),
    )


def _str_or_none(v: Any) -> str | None:
    return str(v) if v not in (None, "") else None


# --------------------------------------------------------------------------- WARC

_HTML_TYPES = ("text/html", "application/xhtml+xml")


_WARC_MAGIC = (b"WARC/", b"filedesc://")


def _read_warc(path: str, ctx: Context) -> Iterator[RawDoc]:
    _check_warc_magic(path)
    with open(path, "rb") as f:
        yield from _read_warc_stream(f, path, ctx)


def _check_warc_magic(path: str) -> None:
    try:
        with (gzip.open if _is_gzip(path) else open)(path, "rb") as f:  # type: ignore[operator]
            head = f.read(16)
    except (EOFError, gzip.BadGzipFile, zlib.error, OSError) as e:
        raise InputError(f"not a readable WARC: {type(e).__name__}: {e}") from None
    if not head.lstrip().startswith(_WARC_MAGIC):
        raise InputError("not a WARC file (no 'WARC/' header)")


def _is_gzip(path: str) -> bool:
    with open(path, "rb") as f:
        return f.read(2) == b"\x1f\x8b"


class _Truncated(Exception):
    pass


def _read_warc_stream(stream: IO[bytes], source: str, ctx: Context) -> Iterator[RawDoc]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    seen, ignored = 0, 0
    try:
        for record in ArchiveIterator(stream):
            seen += 1
            doc = _warc_doc(record, source, seen, ctx)
            if doc is None:
                ignored += 1
            else:
                yield doc
    except _Truncated as e:
        ctx.report.fail(source, f"truncated WARC: record {seen} ends early ({e})")
    except (ArchiveLoadFailed, EOFError, zlib.error, OSError, ValueError) as e:
        reason = "truncated or corrupt WARC" if seen else "not a readable WARC"
        ctx.report.fail(source, f"{reason} after {seen} record(s): {type(e).__name__}: {e}")
    if ignored:
        ctx.report.note(source, f"{ignored} WARC record(s) ignored: not HTML responses")


def _warc_doc(record: Any, source: str, n: int, ctx: Context) -> RawDoc | None:
    if record.rec_type != "response" or record.http_headers is None:
        return None
    ctype = (record.http_headers.get_header("Content-Type") or "").lower()
    if not ctype.startswith(_HTML_TYPES):
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    rid = (record.rec_headers.get_header("WARC-Record-ID") or "").strip("<>").removeprefix("urn:uuid:")
    where = f"{source}#{n}"
    data = record.content_stream().read(ctx.max_bytes + 1)
    if len(data) > ctx.max_bytes:
        ctx.report.fail(where, f"too large: over the {mb(ctx.max_bytes)} cap ({url})")
        return None
    if getattr(record.raw_stream, "limit", 0) > 0:  # fewer bytes than the record declares
        raise _Truncated(f"{record.raw_stream.limit} of {record.length} bytes missing, {url}")
    try:
        text, note = decode_bytes(data, _charset(ctype))
    except InputError as e:
        ctx.report.fail(where, f"{e} ({url})")
        return None
    if note:
        ctx.report.note(where, note)
    return RawDoc(doc_id=rid or url or where, source=where, content=text, format="html", url=url)


def _charset(content_type: str | None) -> str | None:
    if not content_type or "charset=" not in content_type.lower():
        return None
    return content_type.lower().split("charset=")[1].split(";")[0].strip(" \"'") or None


# --------------------------------------------------------------------------- feeds


def _read_feed_url(url: str, ctx: Context) -> Iterator[RawDoc]:
    fetched = ctx.fetcher(url)
    yield from _read_feed_bytes(fetched.content, url, ctx)


def _read_feed_bytes(data: bytes, source: str, ctx: Context) -> Iterator[RawDoc]:
    import feedparser

    if not data.strip():
        raise InputError("empty feed")
    parsed = feedparser.parse(data)
    entries = list(parsed.get("entries") or [])
    if not entries:
        if parsed.get("bozo"):
            raise InputError(f"malformed feed XML: {parsed.get('bozo_exception')}")
        raise InputError("not a feed, or a feed with no entries")
    if parsed.get("bozo"):
        ctx.report.note(source, f"feed XML not well-formed, read anyway: {parsed.get('bozo_exception')}")
    for i, entry in enumerate(entries, 1):
        where = f"{source}#{i}"
        try:
            yield _feed_entry_doc(entry, where, ctx)
        except InputError as e:
            ctx.report.fail(where, str(e))


def _feed_entry_doc(entry: Any, where: str, ctx: Context) -> RawDoc:
    link = entry.get("link")
    doc_id = str(entry.get("id") or link or where)
    hint = _entry_date(entry)
    inline = _entry_content(entry)
    if link:
        try:
            fetched = ctx.fetcher(link)
            return _fetched_doc(fetched, doc_id, where, entry, hint, ctx)
        except InputError as e:
            if not inline:
                raise
            ctx.report.note(where, f"{e}; used the feed's own text instead")
    if not inline:
        raise InputError("feed entry has neither a link nor text")
    from eventwire.ingest.html import fragment_text

    return RawDoc(doc_id, where, fragment_text(inline), "text", url=link, published_hint=hint, title_hint=entry.get("title"))


def _fetched_doc(fetched: Fetched, doc_id: str, where: str, entry: Any, hint: str | None, ctx: Context) -> RawDoc:
    text, note = decode_bytes(fetched.content, fetched.charset)
    if note:
        ctx.report.note(where, note)
    ctype = (fetched.content_type or "text/html").lower()
    fmt: DocFormat = "html" if ("html" in ctype or text.lstrip().startswith("<")) else "text"
    return RawDoc(doc_id, where, text, fmt, url=fetched.url, published_hint=hint, title_hint=entry.get("title"))


def _entry_content(entry: Any) -> str | None:
    for c in entry.get("content") or []:
        if c.get("value", "").strip():
            return str(c["value"])
    summary = entry.get("summary")
    return str(summary) if summary and len(summary.split()) >= 30 else None


def _entry_date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed"):
        t = entry.get(key)
        if t:
            return f"{t.tm_year:04d}-{t.tm_mon:02d}-{t.tm_mday:02d}"
    return None
