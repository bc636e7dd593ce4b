"""analytics stage: read-only queries over a Store (see docs/store.md)."""
from __future__ import annotations

from eventwire.analytics.queries import (
    COUNT_MODES,
    DYAD_ORDERS,
    INTERVALS,
    alerts,
    article_view,
    network,
    timeseries,
    top_actors,
    top_dyads,
)

__all__ = [
    "COUNT_MODES",
    "DYAD_ORDERS",
    "INTERVALS",
    "alerts",
    "article_view",
    "network",
    "timeseries",
    "top_actors",
    "top_dyads",
]
