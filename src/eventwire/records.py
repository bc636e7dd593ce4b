"""Typed, frozen records that flow through the pipeline.

ingest -> Article; nlp -> Sentence; actors -> Mention/Actor; coding -> Event.
At the system's edges (CLI jsonl, HTTP API, exports) events are plain dicts shaped
as in shared/spec/records.md: ``Event.to_dict()`` produces that shape.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

BlockKind = Literal["title", "caption", "body"]


@dataclass(frozen=True, slots=True)
class Block:
    """A span of an article's cleaned text: its title, a photo caption or a body paragraph."""

    kind: BlockKind
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Article:
    """One cleaned document, ready for NLP.

    ``text`` is the cleaned text that is coded: title, captions and body paragraphs joined
    by blank lines; ``blocks`` locates each part in it. Character offsets in events point
    into ``text``. ``published``/``updated`` are ISO dates at the precision known
    (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``).
    """

    doc_id: str
    text: str
    title: str | None = None
    blocks: tuple[Block, ...] = ()
    published: str | None = None
    updated: str | None = None
    url: str | None = None
    canonical_url: str | None = None
    source_domain: str | None = None
    language: str | None = None
    format: str = "text"
    removed: tuple[str, ...] = ()  # boilerplate lines dropped by cleaning

    @property
    def captions(self) -> tuple[str, ...]:
        return tuple(self.text[b.start : b.end] for b in self.blocks if b.kind == "caption")

    @property
    def body(self) -> str:
        return "\n\n".join(self.text[b.start : b.end] for b in self.blocks if b.kind == "body")


@dataclass(frozen=True, slots=True)
class Actor:
    """A resolved actor. ``code`` is a CAMEO actor code (``CHNGOV``, ``NATO``, ``IMGMUSISI``...).

    ``country`` is ISO 3166-1 alpha-3 or None (IGOs, transnational groups); ``role`` a CAMEO
    role code (GOV, MIL, REB, ...) or None; ``name`` the surface name or the person's name;
    ``kind`` one of country, igo, group, person, role.
    """

    code: str
    country: str | None = None
    role: str | None = None
    name: str | None = None
    kind: str = "country"

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "country": self.country, "role": self.role, "name": self.name}


@dataclass(frozen=True, slots=True)
class Mention:
    """An actor found in a text: ``text[start:end]`` names ``actor``."""

    start: int
    end: int
    text: str
    actor: Actor


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    country: str | None = None  # ISO-3
    lat: float | None = None
    lon: float | None = None
    kind: str = "city"  # city, region, country

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country, "lat": self.lat, "lon": self.lon}


@dataclass(frozen=True, slots=True)
class Sentence:
    doc_id: str
    index: int
    text: str
    start: int  # offset of the sentence in Article.text
    end: int
    block: BlockKind = "body"


@dataclass(frozen=True, slots=True)
class Evidence:
    trigger: str
    char_start: int  # offsets of the trigger in Article.text
    char_end: int

    def to_dict(self) -> dict[str, Any]:
        return {"trigger": self.trigger, "char_start": self.char_start, "char_end": self.char_end}


@dataclass(frozen=True, slots=True)
class Event:
    event_id: str
    doc_id: str
    sentence_index: int
    sentence: str
    source: Actor | None
    target: Actor | None
    cameo: str
    cameo_root: str
    plover: str | None
    quad_class: int
    goldstein: float
    negated: bool
    date: str | None
    location: Place | None
    confidence: float
    evidence: Evidence
    coder_version: str = ""
    extra: tuple[tuple[str, Any], ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "event_id": self.event_id,
            "doc_id": self.doc_id,
            "sentence_index": self.sentence_index,
            "sentence": self.sentence,
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "cameo": self.cameo,
            "cameo_root": self.cameo_root,
            "plover": self.plover,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "negated": self.negated,
            "date": self.date,
            "location": self.location.to_dict() if self.location else None,
            "confidence": self.confidence,
            "evidence": self.evidence.to_dict(),
            "coder_version": self.coder_version,
        }
        d.update(dict(self.extra))
        return d
