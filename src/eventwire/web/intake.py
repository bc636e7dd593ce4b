"""The body of ``POST /api/articles``: one article or a batch, validated, then cleaned."""
from __future__ import annotations

import json
from dataclasses import replace
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from eventwire.records import Article

MAX_BODY_BYTES = 5 * 1024 * 1024
MAX_BATCH = 100
ID_PATTERN = r"^[A-Za-z0-9_][A-Za-z0-9_.:@+=~-]{0,199}$"
DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2}([T ][0-9:.+Z-]{0,20})?)?)?$"


class ArticleIn(BaseModel):
    """One document to code. ``format`` says whether ``text`` is plain text or HTML."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=ID_PATTERN, description="article id; letters, digits, _ . : @ + = ~ -")
    text: str = Field(min_length=1, description="the raw document")
    format: Literal["text", "html"] = "text"
    url: str | None = Field(default=None, max_length=2048)
    published: str | None = Field(default=None, pattern=DATE_PATTERN)
    title: str | None = Field(default=None, max_length=1000)


class BatchIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    articles: list[ArticleIn] = Field(min_length=1, max_length=MAX_BATCH)


class IntakeError(ValueError):
    """A body that is not acceptable; ``status`` is the HTTP status to answer with."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def _describe(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors()[:5]:
        loc = ".".join(str(p) for p in err.get("loc", ()))
        parts.append(f"{loc or 'body'}: {err.get('msg')}")
    return "; ".join(parts)


def parse_body(raw: bytes) -> list[ArticleIn]:
    """The articles in a request body; IntakeError(413/422) when it is not acceptable."""
    if len(raw) > MAX_BODY_BYTES:
        raise IntakeError(413, f"body over {MAX_BODY_BYTES} bytes")
    try:
        data = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise IntakeError(422, f"body is not valid JSON: {exc}") from None
    except RecursionError:  # "[[[[...]]]]": json.loads recurses once per level
        raise IntakeError(422, "body is not valid JSON: nested too deeply") from None
    if not isinstance(data, dict):
        raise IntakeError(422, "body must be a JSON object: one article or {\"articles\": [...]}")
    if "articles" in data:
        items = data.get("articles")
        if isinstance(items, list) and len(items) > MAX_BATCH:
            raise IntakeError(422, f"batch of {len(items)} articles; at most {MAX_BATCH} per request")
    try:
        articles = BatchIn.model_validate(data).articles if "articles" in data else [ArticleIn.model_validate(data)]
    except ValidationError as exc:
        raise IntakeError(422, _describe(exc)) from None
    ids = [a.id for a in articles]
    if len(set(ids)) != len(ids):
        raise IntakeError(422, "article ids repeat within the batch")
    return articles


def to_article(item: ArticleIn) -> Article:
    """Clean one posted document into an Article (ingest's cleaners do the work)."""
    from eventwire import ingest

    if item.format == "html":
        art = ingest.from_html(item.text, item.id, url=item.url)
        updates: dict[str, Any] = {}
        if item.published and not art.published:
            updates["published"] = item.published[:10]
        if item.title and not art.title:
            updates["title"] = item.title
        return replace(art, **updates) if updates else art
    return ingest.clean_text(item.text, item.id, url=item.url,
                             published=item.published[:10] if item.published else None,
                             title=item.title)  # fmt: skip
