"""store stage: articles and coded events in a DuckDB file.

Importing this package does not import DuckDB; ``Store(...)`` does.
"""
from __future__ import annotations

from eventwire.store.core import Store
from eventwire.store.export import EXPORT_FORMATS, GDELT_COLUMNS, export
from eventwire.store.filters import EventFilter

__all__ = ["EXPORT_FORMATS", "GDELT_COLUMNS", "EventFilter", "Store", "export"]
