"""Choosing an article's publication date from page stamps and the dates its text states."""
from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from eventwire.timex import find_dates, iso_precision

__all__ = ["choose_published", "stated_dates", "MAX_STAMP_GAP_DAYS"]

MAX_STAMP_GAP_DAYS = 31


def _as_date(iso: str) -> date:
    parts = [int(p) for p in iso.split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def stated_dates(texts: Iterable[str]) -> list[str]:
    """Explicit dates with a stated year and at least a month ("September 9, 2014", "May 2013")."""
    out: list[str] = []
    for text in texts:
        for expr in find_dates(text or ""):
            if expr.explicit and expr.value and iso_precision(expr.value) >= 2:
                out.append(expr.value)
    return out


def choose_published(
    published_stamp: str | None,
    updated_stamp: str | None,
    lead_texts: Iterable[str],
    *,
    max_gap_days: int = MAX_STAMP_GAP_DAYS,
) -> str | None:
    """The publication date.

    A "Published" stamp wins. An "Updated" stamp is page chrome that may be years younger
    than the story (a 2014 story on a page stamped 2020): when the latest explicit date the
    lead text states (title, captions, first paragraphs) that is not after the stamp lies
    more than ``max_gap_days`` before it, the story is dated from the text, at *month*
    precision (the story was published on or after that date, the day is not known).
    Otherwise the stamp is used. With no stamp at all: None.
    """
    if published_stamp:
        return published_stamp
    if not updated_stamp:
        return None
    try:
        stamp_day = _as_date(updated_stamp)
        stated = [d for d in stated_dates(lead_texts) if _as_date(d) <= stamp_day]
    except ValueError:
        return updated_stamp
    if not stated:
        return updated_stamp
    latest = max(stated, key=_as_date)
    if (stamp_day - _as_date(latest)).days > max_gap_days:
        return latest[:7]
    return updated_stamp
