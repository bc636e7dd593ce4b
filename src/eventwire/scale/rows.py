"""Flat rows for Arrow/Parquet: articles to ship to workers, events to write.

Event rows keep the scalar fields of ``Event.to_dict()`` as columns and the nested ones
(``source``, ``target``, ``location``, ``evidence``, and any extra keys such as ``rule``)
as JSON text, so every engine writes the same schema and ``event_from_row`` gives back
exactly the dict ``Event.to_dict()`` produced. ``month`` (``YYYY-MM`` of the event date,
or ``unknown``) is the partition column.
"""
from __future__ import annotations

import json
from typing import Any

from eventwire.records import Article, Block, Event

NESTED = ("source", "target", "location", "evidence")
SCALARS: tuple[tuple[str, str], ...] = (
    ("event_id", "string"), ("doc_id", "string"), ("sentence_index", "int32"),
    ("sentence", "string"), ("cameo", "string"), ("cameo_root", "string"),
    ("plover", "string"), ("quad_class", "int8"), ("goldstein", "float64"),
    ("negated", "bool_"), ("date", "string"), ("confidence", "float64"),
    ("coder_version", "string"),
)
PARTITION = "month"
_ORDER = ("event_id", "doc_id", "sentence_index", "sentence", "source", "target", "cameo",
          "cameo_root", "plover", "quad_class", "goldstein", "negated", "date", "location",
          "confidence", "evidence", "coder_version")


def event_schema() -> Any:
    """The Arrow schema of event rows (partition column last)."""
    import pyarrow as pa

    fields = [pa.field(name, getattr(pa, kind)()) for name, kind in SCALARS]
    fields += [pa.field(name, pa.string()) for name in (*NESTED, "extra")]
    fields.append(pa.field(PARTITION, pa.string()))
    return pa.schema(fields)


def month_of(date: str | None) -> str:
    return date[:7] if date and len(date) >= 7 else "unknown"


def event_to_row(event: Event | dict[str, Any]) -> dict[str, Any]:
    d = event.to_dict() if isinstance(event, Event) else dict(event)
    row: dict[str, Any] = {name: d.pop(name, None) for name, _ in SCALARS}
    for name in NESTED:
        value = d.pop(name, None)
        row[name] = None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)
    row["extra"] = json.dumps(d, ensure_ascii=False, sort_keys=True) if d else None
    row[PARTITION] = month_of(row["date"])
    return row


def event_from_row(row: dict[str, Any]) -> dict[str, Any]:
    """The ``Event.to_dict()`` shape of a row read back from Parquet."""
    d: dict[str, Any] = {}
    for name in _ORDER:
        value = row.get(name)
        if name in NESTED:
            value = None if value is None else json.loads(value)
        elif hasattr(value, "item"):  # numpy scalars
            value = value.item()
        d[name] = value
    if row.get("extra"):
        d.update(json.loads(row["extra"]))
    return d


def article_to_row(article: Article) -> dict[str, Any]:
    """An Article as plain values (blocks as JSON), to ship to a worker."""
    return {
        "doc_id": article.doc_id, "text": article.text, "title": article.title,
        "blocks": json.dumps([[b.kind, b.start, b.end] for b in article.blocks]),
        "published": article.published, "updated": article.updated, "url": article.url,
        "canonical_url": article.canonical_url, "source_domain": article.source_domain,
        "language": article.language, "format": article.format,
        "removed": json.dumps(list(article.removed), ensure_ascii=False),
    }


def article_from_row(row: dict[str, Any]) -> Article:
    def text(name: str) -> str | None:
        value = row.get(name)
        return None if value is None else str(value)

    blocks = tuple(Block(k, int(s), int(e)) for k, s, e in json.loads(row.get("blocks") or "[]"))
    return Article(
        doc_id=str(row["doc_id"]), text=str(row["text"]), title=text("title"), blocks=blocks,
        published=text("published"), updated=text("updated"), url=text("url"),
        canonical_url=text("canonical_url"), source_domain=text("source_domain"),
        language=text("language"), format=str(row.get("format") or "text"),
        removed=tuple(json.loads(row.get("removed") or "[]")),
    )
