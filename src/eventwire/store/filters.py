"""EventFilter: validated, parameterised WHERE clauses over the ``events`` table.

Nothing here touches DuckDB; the functions only build SQL text from fixed fragments and
return the user's values as parameters, so no user-supplied text is ever spliced into SQL.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, fields
from datetime import date

PLOVER_TYPES = frozenset(
    "AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN "
    "PROTEST SANCTION MOBILIZE COERCE ASSAULT".split()
)
_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_ACTOR_RE = re.compile(r"^[A-Z0-9]{2,30}$")
_ROOT_RE = re.compile(r"^(0[1-9]|1[0-9]|20)$")
_CODE_RE = re.compile(r"^\d{1,4}$")
_MAX_TEXT = 500


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events a query covers; every field is optional and all given fields must hold.

    ``start``/``end``: inclusive event-date range at any precision (``YYYY[-MM[-DD]]``),
    compared with the first day of each event's date (``date_start``).
    ``actor``/``source``/``target``: an actor code prefix (``CHN``, ``CHNGOV``, ``NATO``) or an
    ISO-3 country; ``actor`` matches either side. ``root``: CAMEO root (``"14"``); ``code``: a
    CAMEO code prefix. ``place``: location name (case-insensitive) or location ISO-3.
    ``q``: case-insensitive substring of the sentence.
    """

    start: str | None = None
    end: str | None = None
    actor: str | None = None
    source: str | None = None
    target: str | None = None
    root: str | None = None
    code: str | None = None
    plover: str | None = None
    quad_class: int | None = None
    place: str | None = None
    q: str | None = None
    doc_id: str | None = None

    def is_empty(self) -> bool:
        return all(getattr(self, f.name) is None for f in fields(self))


def parse_date_bound(value: str, *, end: bool, name: str = "date") -> date:
    """First (or, with ``end``, last) day of a ``YYYY[-MM[-DD]]`` date; ValueError if malformed."""
    if not isinstance(value, str):
        raise ValueError(f"{name} must be a string YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
    m = _DATE_RE.match(value.strip())
    if not m:
        raise ValueError(f"{name} must look like YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    try:
        if month is None:
            return date(year, 12, 31) if end else date(year, 1, 1)
        mon = int(month)
        if day is None:
            last = calendar.monthrange(year, mon)[1] if 1 <= mon <= 12 else 0
            return date(year, mon, last if end else 1)
        return date(year, mon, int(day))
    except ValueError as exc:
        raise ValueError(f"{name} is not a valid date: {value!r} ({exc})") from None


def date_start(value: str | None) -> date | None:
    """The first day of an event date string, or None when absent or unparseable."""
    if not value:
        return None
    try:
        return parse_date_bound(value, end=False)
    except ValueError:
        return None


def _actor_value(value: object, name: str) -> str:
    if not isinstance(value, str) or not _ACTOR_RE.match(value.strip().upper()):
        raise ValueError(
            f"{name} must be an actor code prefix or ISO-3 country (letters/digits, 2-30 chars),"
            f" got {value!r}"
        )
    return value.strip().upper()


def _text_value(value: object, name: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{name} must be a non-empty string, got {value!r}")
    if len(value) > _MAX_TEXT:
        raise ValueError(f"{name} is too long ({len(value)} > {_MAX_TEXT} characters)")
    return value.strip()


def _side(prefix: str, code: str) -> tuple[str, list[object]]:
    return (f"(starts_with({prefix}_code, ?) OR {prefix}_country = ?)", [code, code])


def where_clause(flt: EventFilter | None, alias: str = "") -> tuple[str, list[object]]:
    """``(sql, params)`` for ``flt``; sql is ``TRUE`` for no filter. Raises ValueError."""
    if flt is None:
        return "TRUE", []
    if not isinstance(flt, EventFilter):
        raise ValueError(f"filter must be an EventFilter, got {type(flt).__name__}")
    p = f"{alias}." if alias else ""
    parts: list[str] = []
    params: list[object] = []

    def add(sql: str, *values: object) -> None:
        parts.append(sql)
        params.extend(values)

    start = parse_date_bound(flt.start, end=False, name="start") if flt.start is not None else None
    end = parse_date_bound(flt.end, end=True, name="end") if flt.end is not None else None
    if start and end and start > end:
        raise ValueError(f"start {flt.start!r} is after end {flt.end!r}")
    if start:
        add(f"{p}date_start >= ?", start)
    if end:
        add(f"{p}date_start <= ?", end)
    if flt.actor is not None:
        a = _actor_value(flt.actor, "actor")
        s_sql, s_par = _side(f"{p}source", a)
        t_sql, t_par = _side(f"{p}target", a)
        add(f"({s_sql} OR {t_sql})", *s_par, *t_par)
    for side in ("source", "target"):
        value = getattr(flt, side)
        if value is not None:
            sql, par = _side(f"{p}{side}", _actor_value(value, side))
            add(sql, *par)
    if flt.root is not None:
        root = str(flt.root).strip()
        if not _ROOT_RE.match(root):
            raise ValueError(f"root must be a CAMEO root code '01'..'20', got {flt.root!r}")
        add(f"{p}cameo_root = ?", root)
    if flt.code is not None:
        code = str(flt.code).strip()
        if not _CODE_RE.match(code):
            raise ValueError(f"code must be 1-4 digits (a CAMEO code prefix), got {flt.code!r}")
        add(f"starts_with({p}cameo, ?)", code)
    if flt.plover is not None:
        plover = str(flt.plover).strip().upper()
        if plover not in PLOVER_TYPES:
            raise ValueError(f"plover must be one of {sorted(PLOVER_TYPES)}, got {flt.plover!r}")
        add(f"{p}plover = ?", plover)
    if flt.quad_class is not None:
        if isinstance(flt.quad_class, bool) or flt.quad_class not in (1, 2, 3, 4):
            raise ValueError(f"quad_class must be 1, 2, 3 or 4, got {flt.quad_class!r}")
        add(f"{p}quad_class = ?", int(flt.quad_class))
    if flt.place is not None:
        place = _text_value(flt.place, "place")
        add(f"(lower({p}location_name) = lower(?) OR {p}location_country = upper(?))", place, place)
    if flt.q is not None:
        add(f"contains(lower({p}sentence), lower(?))", _text_value(flt.q, "q"))
    if flt.doc_id is not None:
        add(f"{p}doc_id = ?", _text_value(flt.doc_id, "doc_id"))
    return (" AND ".join(parts) if parts else "TRUE"), params
