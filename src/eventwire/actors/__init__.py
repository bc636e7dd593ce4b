"""actors stage: actor tables (countries, roles, titles, organizations, dated register) and a
string-level resolver that turns sentences into :class:`~eventwire.records.Mention` lists."""
from __future__ import annotations

from eventwire.actors.resolver import ActorResolver, fold
from eventwire.actors.tables import (
    ROLE_CODES,
    ActorDataError,
    ActorTables,
    load_actor_tables,
    read_actor_tables,
)

__all__ = [
    "ROLE_CODES",
    "ActorDataError",
    "ActorResolver",
    "ActorTables",
    "fold",
    "load_actor_tables",
    "read_actor_tables",
]
