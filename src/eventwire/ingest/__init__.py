"""Ingest: news as users have it (plain text, HTML, feeds, WARC, JSONL) -> Article records.

Importing this package is light: trafilatura, feedparser, warcio, httpx and datasketch load
only when the function that needs them is first called.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from eventwire.ingest.report import IngestReport
from eventwire.ingest.sniff import sniff_format
from eventwire.ingest.text import clean_text

if TYPE_CHECKING:
    from eventwire.ingest.html import from_html
    from eventwire.ingest.sources import iter_articles

__all__ = ["IngestReport", "clean_text", "from_html", "iter_articles", "sniff_format"]

_LAZY = {
    "from_html": "eventwire.ingest.html",
    "iter_articles": "eventwire.ingest.sources",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'eventwire.ingest' has no attribute {name!r}")
