"""Conversions between records (Article, Event) and flat table rows."""
from __future__ import annotations

import hashlib
import json
from datetime import datetime, timezone
from typing import Any

from eventwire.records import Article, Event
from eventwire.store.filters import date_start
from eventwire.store.schema import ARTICLE_COLUMNS, EVENT_COLUMNS

# Columns read back to rebuild the spec-shaped dict.
EVENT_SELECT = ", ".join(
    c for c in EVENT_COLUMNS if c not in ("date_start", "is_head", "location_kind", "cluster_id")
)


def article_row(article: Article, coder_version: str | None = None) -> dict[str, Any]:
    return {
        "doc_id": article.doc_id,
        "title": article.title,
        "text": article.text,
        "blocks": json.dumps([[b.kind, b.start, b.end] for b in article.blocks]),
        "published": article.published,
        "updated": article.updated,
        "url": article.url,
        "canonical_url": article.canonical_url,
        "source_domain": article.source_domain,
        "language": article.language,
        "format": article.format,
        "removed": json.dumps(list(article.removed)),
        "coded_at": datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0),
        "coder_version": coder_version,
        "text_hash": hashlib.sha256(article.text.encode("utf-8")).hexdigest(),
    }


def article_values(article: Article, events: list[Event] | tuple[Event, ...]) -> list[Any]:
    coder = next((e.coder_version for e in events if e.coder_version), None)
    row = article_row(article, coder)
    return [row[c] for c in ARTICLE_COLUMNS]


def event_row(event: Event) -> dict[str, Any]:
    """Flat column values for ``event`` (cluster_id / is_head are filled in by clustering)."""
    s, t, loc, ev = event.source, event.target, event.location, event.evidence
    return {
        "event_id": event.event_id,
        "doc_id": event.doc_id,
        "sentence_index": event.sentence_index,
        "sentence": event.sentence,
        "source_code": s.code if s else None,
        "source_country": s.country if s else None,
        "source_role": s.role if s else None,
        "source_name": s.name if s else None,
        "target_code": t.code if t else None,
        "target_country": t.country if t else None,
        "target_role": t.role if t else None,
        "target_name": t.name if t else None,
        "cameo": event.cameo,
        "cameo_root": event.cameo_root,
        "plover": event.plover,
        "quad_class": event.quad_class,
        "goldstein": float(event.goldstein),
        "negated": bool(event.negated),
        "date": event.date,
        "date_start": date_start(event.date),
        "location_name": loc.name if loc else None,
        "location_country": loc.country if loc else None,
        "location_lat": loc.lat if loc else None,
        "location_lon": loc.lon if loc else None,
        "location_kind": loc.kind if loc else None,
        "confidence": float(event.confidence),
        "trigger": ev.trigger,
        "char_start": ev.char_start,
        "char_end": ev.char_end,
        "coder_version": event.coder_version,
        "extra": json.dumps(dict(event.extra)) if event.extra else None,
        "cluster_id": None,
        "is_head": True,
    }


def _actor(code: Any, country: Any, role: Any, name: Any) -> dict[str, Any] | None:
    if code is None:
        return None
    return {"code": code, "country": country, "role": role, "name": name}


def event_dict(r: dict[str, Any]) -> dict[str, Any]:
    """The spec shape (as ``Event.to_dict()``) from a row of ``SELECT {EVENT_SELECT}``."""
    loc = None
    if r["location_name"] is not None:
        loc = {"name": r["location_name"], "country": r["location_country"],
               "lat": r["location_lat"], "lon": r["location_lon"]}  # fmt: skip
    d: dict[str, Any] = {
        "event_id": r["event_id"],
        "doc_id": r["doc_id"],
        "sentence_index": r["sentence_index"],
        "sentence": r["sentence"],
        "source": _actor(r["source_code"], r["source_country"], r["source_role"], r["source_name"]),
        "target": _actor(r["target_code"], r["target_country"], r["target_role"], r["target_name"]),
        "cameo": r["cameo"],
        "cameo_root": r["cameo_root"],
        "plover": r["plover"],
        "quad_class": int(r["quad_class"]),
        "goldstein": float(r["goldstein"]),
        "negated": bool(r["negated"]),
        "date": r["date"],
        "location": loc,
        "confidence": r["confidence"],
        "evidence": {"trigger": r["trigger"], "char_start": r["char_start"],
                     "char_end": r["char_end"]},  # fmt: skip
        "coder_version": r["coder_version"] or "",
    }
    if r.get("extra"):
        d.update(json.loads(r["extra"]))
    return d


def rows_as_dicts(cursor: Any) -> list[dict[str, Any]]:
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]
