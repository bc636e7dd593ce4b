"""Temporal expressions in English news text: find them, resolve them, parse date stamps.

Pure functions, no NLP. Values are ISO dates at the precision the text supports:
``"2014"``, ``"2014-09"`` or ``"2014-09-09"``.

Kinds of expressions found (``explicit`` is True for the first group):

- calendar dates: ``September 9, 2014``, ``Sept. 9``, ``9 Sep 2014``, ``2014-09-09``,
  ``May 2013``, ``in 2012``, ``in May`` (a month name needs a preposition before it, and a
  capital letter, so the verb "may" is never a date). A month or day without a year takes
  the year of ``ref``, or the year before when that would put it after ``ref``.
- relative to ``ref``: ``yesterday``, ``today``, ``tonight``, ``last night``, ``tomorrow``,
  ``(on|last|next) Tuesday``, ``this/last/next week|month|year``, ``earlier this month``,
  ``two days ago``, ``three weeks ago``, ``five years ago``.

Resolution rules (documented choices):

- A weekday (``on Tuesday``, ``Tuesday``) is the most recent such day on or before ``ref``
  (news style names today's weekday too); ``last Tuesday`` is strictly before ``ref``;
  ``next Tuesday`` strictly after. Needs a day-precision ``ref``.
- ``last week``/``this week``/``N weeks ago`` give a *month* (``YYYY-MM``): the month of the
  Thursday of that week (the ISO convention for assigning a week to a month). A week is
  not a day, so no day is invented. Needs a day-precision ``ref``.
- ``last month``/``earlier this month``/``N months ago`` need a month-precision ``ref``;
  ``last year``/``N years ago`` need only a year.
- When ``ref`` is missing or too coarse the expression is still returned, with ``value=None``.
- Durations ("for three days", "45-minute") are not dates and are not returned.
- ``resolve_event_date`` ignores expressions introduced by ``since``, ``until``, ``by``,
  ``before``, ``after``, ``from``, ``through``: they bound a span, they do not date the event.
"""
from __future__ import annotations

import calendar
import re
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from pathlib import Path

__all__ = ["TimeExpr", "find_dates", "parse_date", "resolve_event_date", "iso_precision"]

_DATA = Path(__file__).parent / "ingest" / "data" / "timex_words.tsv"


@dataclass(frozen=True, slots=True)
class TimeExpr:
    """``text[start:end]`` is a temporal expression; ``value`` its ISO date or None."""

    start: int
    end: int
    text: str
    value: str | None
    explicit: bool


# --------------------------------------------------------------------------- data


def read_tsv(path: Path, columns: tuple[str, ...]) -> list[dict[str, str]]:
    """Rows of a TSV data file with a header row; ``#`` lines are comments.

    Raises ValueError naming file and line for a wrong header or a short row.
    """
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            if tuple(header[: len(columns)]) != columns:
                raise ValueError(f"{path}:{lineno}: header must start with {columns}, got {header}")
            continue
        if len(cells) < len(columns) or not all(c.strip() for c in cells[: len(columns)]):
            raise ValueError(f"{path}:{lineno}: expected {len(columns)} non-empty columns: {line!r}")
        rows.append(dict(zip(header, (c.strip() for c in cells))))
    if header is None:
        raise ValueError(f"{path}: empty data file")
    return rows


@cache
def _words() -> dict[str, dict[str, int]]:
    table: dict[str, dict[str, int]] = {"month": {}, "weekday": {}, "number": {}}
    for row in read_tsv(_DATA, ("kind", "word", "value")):
        if row["kind"] not in table or not row["value"].isdigit():
            raise ValueError(f"{_DATA}: bad row {row}")
        table[row["kind"]][row["word"].lower()] = int(row["value"])
    return table


def _alt(words: dict[str, int]) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


# --------------------------------------------------------------------------- ISO helpers


@dataclass(frozen=True, slots=True)
class _Ref:
    year: int
    month: int | None
    day: int | None

    def as_date(self) -> date | None:
        if self.month is None or self.day is None:
            return None
        return date(self.year, self.month, self.day)


_ISO_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def _parse_ref(ref: str | None) -> _Ref | None:
    if not ref:
        return None
    m = _ISO_RE.match(ref.strip())
    if not m:
        return None
    y, mo, d = (int(g) if g else None for g in m.groups())
    assert y is not None
    if mo is not None and not 1 <= mo <= 12:
        return None
    if d is not None and (mo is None or not _valid(y, mo, d)):
        d = None
    return _Ref(y, mo, d)


def _valid(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1] and 1000 <= y <= 2999


def _iso(y: int, m: int | None = None, d: int | None = None) -> str:
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}"


def _day(d: date) -> str:
    return d.isoformat()


def _month_of(d: date) -> str:
    return _iso(d.year, d.month)


def _shift_month(y: int, m: int, delta: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + delta
    return k // 12, k % 12 + 1


def iso_precision(value: str | None) -> int:
    """0 for None, 1 year, 2 month, 3 day."""
    return 0 if not value else value.count("-") + 1


# --------------------------------------------------------------------------- patterns

_Resolver = Callable[[re.Match[str], "_Ref | None"], "tuple[str | None, bool] | None"]


def _year_for(month: int, day: int | None, ref: _Ref | None) -> int | None:
    """Year for a year-less month (and day): ref's year, or the one before if that is later."""
    if ref is None:
        return None
    if ref.month is None:
        return ref.year
    later = month > ref.month or (month == ref.month and day is not None and ref.day is not None and day > ref.day)
    return ref.year - 1 if later else ref.year


def _month_num(token: str) -> int | None:
    """Month number for a token as written in text; requires a capital initial."""
    if not token or not token[0].isupper():
        return None
    return _words()["month"].get(token.rstrip(".").lower())


def _r_iso(m: re.Match[str], ref: _Ref | None) -> tuple[str | None, bool] | None:
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    return (_iso(y, mo, d), True) if _valid(y, mo, d) else None


def _r_month_day(m: re.Match[str], ref: _Ref | None) -> tuple[str | None, bool] | None:
    mo = _month_num(m["mon"])
    if mo is None:
        return None
    d = int(m["d"])
    y = int(m["y"]) if m["y"] else _year_for(mo, d, ref)
    if y is None:
        return (None, True) if 1 <= d <= 31 else None
    return (_iso(y, mo, d), True) if _valid(y, mo, d) else None


def _r_month_year(m: re.Match[str], ref: _Ref | None) -> tuple[str | None, bool] | None:
    mo = _month_num(m["mon"])
    return None if mo is None else (_iso(int(m["y"]), mo), True)


def _r_bare_month(m: re.Match[str], ref: _Ref | None) -> tuple[str | None, bool] | None:
    mo = _month_num(m["mon"])
    if mo is None:
        return None
    mod = (m["mod"] or "").lower()
    if ref is None:
        return None, True
    if mod == "last" and ref.month is not None:
        y = ref.year - 1 if mo >= ref.month else ref.year
    elif mod == "next" and ref.month is not None:
        y = ref.year + 1 if mo <= ref.month else ref.year
    elif mod == "this":
        y = ref.year
    else:
        y = _year_for(mo, None, ref) or ref.year
    return _iso(y, mo), True


def _r_year(m: re.Match[str], ref: _Ref | None) -> tuple[str | None, bool] | None:
    return _iso(int(m["y"])), True


def _r_day_word(m: re.Match[str], ref: _Ref | None) -> tuple[str | None, bool] | None:
    word = " ".join(m.group(0).lower().split())
    offset = -1 if word in ("yesterday", "last night") else 1 if word == "tomorrow" else 0
    d = ref.as_date() if ref else None
    return (_day(d + timedelta(days=offset)) if d else None), False


def _r_weekday(m: re.Match[str], ref: _Ref | None) -> tuple[str | None, bool] | None:
    if not m["wd"][0].isupper():
        return None
    wd = _words()["weekday"][m["wd"].lower()]
    d = ref.as_date() if ref else None
    if d is None:
        return None, False
    mod = (m["mod"] or "").lower()
    back = (d.weekday() - wd) % 7
    if mod in ("last", "past"):
        back = back or 7
    elif mod in ("next", "this", "coming"):
        return _day(d + timedelta(days=(wd - d.weekday()) % 7 or 7)), False
    return _day(d - timedelta(days=back)), False


def _week_month(d: date) -> str:
    """Month of the Thursday of ``d``'s Monday-to-Sunday week."""
    return _month_of(d - timedelta(days=d.weekday()) + timedelta(days=3))


def _r_this_last(m: re.Match[str], ref: _Ref | None) -> tuple[str | None, bool] | None:
    mod, unit = " ".join(m["mod"].lower().split()), m["unit"].lower()
    delta = -1 if mod in ("last", "past", "previous") else 1 if mod == "next" else 0
    return _relative(unit, delta, ref), False


def _r_ago(m: re.Match[str], ref: _Ref | None) -> tuple[str | None, bool] | None:
    n_text = m["n"].lower()
    n = int(n_text) if n_text.isdigit() else _words()["number"].get(n_text)
    if n is None or n > 1000:
        return None
    return _relative(m["unit"].lower(), -n, ref), False


def _relative(unit: str, delta: int, ref: _Ref | None) -> str | None:
    if ref is None:
        return None
    d = ref.as_date()
    if unit == "day":
        return _day(d + timedelta(days=delta)) if d else None
    if unit == "week":
        return _week_month(d + timedelta(days=7 * delta)) if d else None
    if unit == "month":
        return None if ref.month is None else _iso(*_shift_month(ref.year, ref.month, delta))
    return _iso(ref.year + delta)


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], _Resolver], ...]:
    w = _words()
    mon = rf"(?P<mon>(?:{_alt(w['month'])})\.?)"
    wd = rf"(?P<wd>{_alt(w['weekday'])})"
    num = rf"(?P<n>\d{{1,4}}|{_alt(w['number'])})"
    ordinal = r"(?:st|nd|rd|th)?"
    ctx = r"(?:in|on|since|during|by|until|till|from|through|throughout|before|after|of|as\s+of)"
    edge = r"(?:early|late|mid-?|the\s+end\s+of|the\s+beginning\s+of)"
    specs: list[tuple[str, _Resolver]] = [
        (r"\b(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?!\d)", _r_iso),
        (rf"\b{mon}\s+(?P<d>\d{{1,2}}){ordinal}\b(?:,?\s+(?P<y>\d{{4}})\b)?", _r_month_day),
        (rf"\b(?P<d>\d{{1,2}}){ordinal}\s+(?:of\s+)?{mon}(?![a-z])(?:,?\s+(?P<y>\d{{4}})\b)?", _r_month_day),
        (rf"\b{mon},?\s+(?:of\s+)?(?P<y>\d{{4}})\b", _r_month_year),
        (rf"\b{ctx}\s+(?P<x>(?:{edge}\s*)?(?:(?P<mod>last|this|next)\s+)?{mon}(?![a-z\d]))", _r_bare_month),
        (rf"(?<![\w-])(?P<mod>last|this|next)\s+{mon}(?![a-z\d])", _r_bare_month),
        (rf"\b{ctx}\s+(?P<x>(?:{edge}\s*)?(?P<y>(?:1[89]|20)\d{{2}})\b(?![-/]\d))", _r_year),
        (rf"(?<![\w-])(?P<x>(?:early|late|mid-?)\s*(?P<y>(?:1[89]|20)\d{{2}})\b(?![-/]\d))", _r_year),
        (r"\b(?:yesterday|today|tonight|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening)|earlier\s+today)\b", _r_day_word),
        (rf"\b(?:(?P<mod>last|next|this|past|coming)\s+)?{wd}\b", _r_weekday),
        (r"\b(?:earlier\s+|later\s+)?(?P<mod>last|this|next|past|previous)\s+(?P<unit>day|week|month|year)\b", _r_this_last),
        (rf"\b{num}\s+(?P<unit>day|week|month|year)s?\s+ago\b", _r_ago),
    ]
    # names are matched without regard to case; resolvers then require a capital initial
    return tuple((re.compile(p, re.IGNORECASE), r) for p, r in specs)


def _candidates(text: str, ref: _Ref | None) -> Iterator[TimeExpr]:
    for rx, resolver in _patterns():
        for m in rx.finditer(text):
            res = resolver(m, ref)
            if res is None:
                continue
            value, explicit = res
            span = "x" if "x" in rx.groupindex else 0
            yield TimeExpr(m.start(span), m.end(span), m.group(span), value, explicit)


def find_dates(text: str, ref: str | None = None) -> list[TimeExpr]:
    """Temporal expressions in ``text``, in order, non-overlapping (longest wins)."""
    r = _parse_ref(ref)
    found = sorted(_candidates(text, r), key=lambda t: (t.start, -(t.end - t.start)))
    out: list[TimeExpr] = []
    for t in found:
        if out and t.start < out[-1].end:
            continue
        out.append(t)
    return out


# --------------------------------------------------------------------------- event dates

_BOUNDARY = re.compile(
    r"\b(?:since|until|till|by|before|after|from|through|throughout|as\s+of|starting|beginning)"
    r"\s+(?:(?:early|late|mid-?|the\s+end\s+of|the\s+beginning\s+of)\s*)?$",
    re.IGNORECASE,
)


def is_boundary(text: str, expr: TimeExpr) -> bool:
    """True when ``expr`` bounds a span ("since May", "until 2015"): not an event date."""
    return bool(_BOUNDARY.search(text[max(0, expr.start - 30) : expr.start]))


def resolve_event_date(sentence: str, published: str | None) -> str | None:
    """The date a sentence states for its event, resolved against ``published``.

    The first expression with a value that is not a span boundary ("since May") wins.
    None when the sentence states no usable date (callers fall back to ``published``).
    A leading dateline ("KYIV, Feb 24 - ") dates the story, not the event: it is skipped.
    """
    from eventwire.nlp.pipeline import dateline_end

    sentence = sentence[dateline_end(sentence):]
    for expr in find_dates(sentence, published):
        if expr.value and not is_boundary(sentence, expr):
            return expr.value
    return None


# --------------------------------------------------------------------------- stamps

_STAMP_NOISE = re.compile(
    r"^\s*(?:last\s+)?(?:updated|published|posted|modified|created|first\s+published|date)\s*(?:on|at)?\s*:?\s*",
    re.IGNORECASE,
)


def parse_date(s: str) -> str | None:
    """An ISO date from a date stamp, at the precision it states; None if it has none.

    Handles ISO 8601, "Sept. 9, 2014", "9 September 2014", "Updated 2:00 PM EDT, Wed, May 20,
    2020", RFC 822 ("Tue, 09 Sep 2014 10:00:00 GMT") and numeric forms via dateutil
    (month first, as in US pages).
    """
    if not s or not s.strip():
        return None
    s = _STAMP_NOISE.sub("", s.strip())[:200]
    for expr in find_dates(s):
        if expr.explicit and expr.value and (iso_precision(expr.value) >= 2 or expr.text.isdigit()):
            return expr.value
    return _dateutil(s)


def _dateutil(s: str) -> str | None:
    from dateutil import parser

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            a = parser.parse(s, default=datetime(1904, 1, 1), fuzzy=True, ignoretz=True)
            b = parser.parse(s, default=datetime(1905, 2, 2), fuzzy=True, ignoretz=True)
    except (ValueError, OverflowError, TypeError):
        return None
    if a.year != b.year:
        return None  # no year stated
    if a.month != b.month:
        return _iso(a.year)
    if a.day != b.day:
        return _iso(a.year, a.month)
    return _iso(a.year, a.month, a.day)
