"""eventwire: news in, auditable event data out.

Importing the package is cheap: spaCy and DuckDB load only when a pipeline or a store
is first used.
"""
from __future__ import annotations

from eventwire.records import Actor, Article, Block, Event, Evidence, Mention, Place, Sentence

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Article",
    "Block",
    "Event",
    "Evidence",
    "Mention",
    "Place",
    "Sentence",
    "__version__",
]
