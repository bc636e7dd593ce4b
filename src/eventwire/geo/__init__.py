"""geo stage: offline place resolution for event sentences (see docs/geo.md)."""
from __future__ import annotations

from eventwire.geo.resolver import PlaceResolver, default_resolver

__all__ = ["PlaceResolver", "default_resolver"]
