"""Query parameters shared by the API's routes, and small output helpers."""
from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import HTTPException, Query

MAX_TEXT = 200
# Article ids: letters, digits and a few separators; no slashes, no "..", no control chars.
_ID_RE = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.:@+=~-]{0,199}$")
_DYAD_RE = re.compile(r"^([A-Za-z0-9]{2,30})-([A-Za-z0-9]{2,30})$")

Text = Annotated[str | None, Query(max_length=MAX_TEXT)]


def check_doc_id(doc_id: str) -> str:
    """Return ``doc_id`` or raise 422: ids are plain names, never paths."""
    if not _ID_RE.match(doc_id) or ".." in doc_id:
        raise HTTPException(
            422,
            "article id must be 1-200 characters of letters, digits and _ . : @ + = ~ -"
            " (no slashes, no '..')",
        )
    return doc_id


@dataclass(frozen=True, slots=True)
class FilterParams:
    """The event filter's query parameters as given (field names and meaning: EventFilter).
    EventFilter validates them only in ``to_filter``, inside the route, so a bad value is
    a clear 422 and not an error in FastAPI's dependency."""

    values: dict[str, Any]

    @property
    def actor(self) -> str | None:
        return self.values.get("actor")

    def with_values(self, **changes: Any) -> FilterParams:
        return FilterParams({**self.values, **changes})

    def to_filter(self) -> Any:
        """An EventFilter, or None when nothing is set."""
        from eventwire.store.filters import EventFilter

        values = {k: (v.strip() if isinstance(v, str) else v) for k, v in self.values.items()}
        flt = EventFilter(**{k: (None if v == "" else v) for k, v in values.items()})
        return None if flt.is_empty() else flt


def filter_params(
    start: Annotated[str | None, Query(max_length=10, description="YYYY[-MM[-DD]], inclusive")] = None,
    end: Annotated[str | None, Query(max_length=10, description="YYYY[-MM[-DD]], inclusive")] = None,
    actor: Annotated[str | None, Query(max_length=30, description="actor code prefix or ISO-3, either side")] = None,
    source: Annotated[str | None, Query(max_length=30, description="source actor code prefix or ISO-3")] = None,
    target: Annotated[str | None, Query(max_length=30, description="target actor code prefix or ISO-3")] = None,
    root: Annotated[str | None, Query(max_length=2, description="CAMEO root code 01..20")] = None,
    code: Annotated[str | None, Query(max_length=4, description="CAMEO code prefix")] = None,
    plover: Annotated[str | None, Query(max_length=12, description="PLOVER type, e.g. ASSAULT")] = None,
    quad_class: Annotated[int | None, Query(ge=1, le=4, description="1..4")] = None,
    place: Annotated[str | None, Query(max_length=MAX_TEXT, description="location name or ISO-3")] = None,
    q: Annotated[str | None, Query(max_length=MAX_TEXT, description="text in the sentence")] = None,
    doc_id: Annotated[str | None, Query(max_length=200, description="one article's events")] = None,
) -> FilterParams:
    return FilterParams(dict(start=start, end=end, actor=actor, source=source, target=target, root=root,
                             code=code, plover=plover, quad_class=quad_class, place=place, q=q,
                             doc_id=doc_id))


def parse_dyad(dyad: str | None) -> tuple[str, str] | None:
    if dyad is None or dyad == "":
        return None
    m = _DYAD_RE.match(dyad.strip())
    if not m:
        raise ValueError(f"dyad must look like SOURCE-TARGET (e.g. USA-CHN), got {dyad!r}")
    return m.group(1).upper(), m.group(2).upper()


# -- output ------------------------------------------------------------------------------
CSV_COLUMNS: tuple[str, ...] = (
    "event_id", "doc_id", "date", "sentence_index",
    "source_code", "source_country", "source_role", "source_name",
    "target_code", "target_country", "target_role", "target_name",
    "cameo", "cameo_root", "plover", "quad_class", "goldstein", "negated",
    "location_name", "location_country", "location_lat", "location_lon",
    "confidence", "trigger", "char_start", "char_end", "coder_version", "sentence",
)  # fmt: skip


def flat_event(ev: dict[str, Any]) -> dict[str, Any]:
    """One spec-shaped event as a flat row (nested actors/location/evidence spread out)."""
    row = {k: ev.get(k) for k in CSV_COLUMNS if k in ev and not isinstance(ev.get(k), dict)}
    for side in ("source", "target"):
        actor = ev.get(side) or {}
        for k in ("code", "country", "role", "name"):
            row[f"{side}_{k}"] = actor.get(k)
    loc = ev.get("location") or {}
    for k in ("name", "country", "lat", "lon"):
        row[f"location_{k}"] = loc.get(k)
    evidence = ev.get("evidence") or {}
    for k in ("trigger", "char_start", "char_end"):
        row[k] = evidence.get(k)
    return row


def to_csv(events: Iterable[dict[str, Any]]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(CSV_COLUMNS), extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    for ev in events:
        w.writerow(flat_event(ev))
    return buf.getvalue()


def to_jsonl(events: Iterable[dict[str, Any]]) -> str:
    return "".join(json.dumps(ev, ensure_ascii=False, separators=(",", ":")) + "\n" for ev in events)
