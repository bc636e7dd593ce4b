from __future__ import annotations

import pytest

from eventwire.timex import TimeExpr, find_dates, parse_date, resolve_event_date


def values(text: str, ref: str | None = None) -> list[str | None]:
    return [t.value for t in find_dates(text, ref)]


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        ("met on September 9, 2014.", None, "2014-09-09"),
        ("met on Sept. 9 in Beijing", "2014-09-10", "2014-09-09"),
        ("met on 9 Sep 2014", None, "2014-09-09"),
        ("met 2014-09-09T10:00:00Z", None, "2014-09-09"),
        ("elected in May 2013", None, "2013-05"),
        ("founded in 2012", None, "2012"),
        ("in late 2012", None, "2012"),
        ("yesterday", "2014-09-10", "2014-09-09"),
        ("today", "2014-09-10", "2014-09-10"),
        ("two days ago", "2014-09-10", "2014-09-08"),
        ("3 years ago", "2014-09-10", "2011"),
        ("last month", "2014-09", "2014-08"),
        ("last month", "2014-01-15", "2013-12"),
        ("last year", "2014-09", "2013"),
        ("earlier this month", "2014-09-10", "2014-09"),
        ("last week", "2014-09-10", "2014-09"),  # Thursday of the week before: Sept 4
        ("last week", "2014-09-03", "2014-08"),  # Thursday Aug 28
        ("in December talks", "2014-09-10", "2013-12"),  # a later month -> the year before
        ("in March talks", "2014-09-10", "2014-03"),
        ("Dec. 3 talks", "2015-01-05", "2014-12-03"),
    ],
)
def test_find_dates_values(text: str, ref: str | None, expected: str) -> None:
    assert values(text, ref) == [expected]


def test_weekday_is_most_recent_on_or_before_ref() -> None:
    # 2014-09-10 is a Wednesday
    assert values("He spoke on Tuesday.", "2014-09-10") == ["2014-09-09"]
    assert values("He spoke on Wednesday.", "2014-09-10") == ["2014-09-10"]
    assert values("He spoke last Wednesday.", "2014-09-10") == ["2014-09-03"]
    assert values("He will speak next Monday.", "2014-09-10") == ["2014-09-15"]


def test_relative_needs_precise_enough_ref() -> None:
    assert values("on Tuesday", "2014-09") == [None]
    assert values("yesterday", None) == [None]
    assert values("last month", "2014") == [None]
    assert values("last year", "2014") == ["2013"]


def test_spans_and_explicit_flag() -> None:
    text = "Rice met Xi on September 9, 2014, and again yesterday."
    found = find_dates(text, "2014-09-10")
    assert [(t.text, t.explicit) for t in found] == [("September 9, 2014", True), ("yesterday", False)]
    for t in found:
        assert text[t.start : t.end] == t.text
    assert isinstance(found[0], TimeExpr)


@pytest.mark.parametrize(
    "text",
    [
        "Rice is in Beijing for three days.",
        "a 45-minute meeting",
        "claimed 39 lives in Urumqi",
        "officials may meet again",  # the verb, not the month
        "they march on the capital",
        "2,000 troops and 2014 votes",  # a bare number is not a year
    ],
)
def test_non_dates(text: str) -> None:
    assert find_dates(text, "2014-09-10") == []


def test_event_date_ignores_since_and_until() -> None:
    s = "the arrest of at least 800 Muslims since May, state media reported."
    assert values(s, "2014-09") == ["2014-05"]  # found...
    assert resolve_event_date(s, "2014-09") is None  # ...but not the event's date
    assert resolve_event_date("talks will run until March 2015.", "2014-09") is None


def test_event_date_seed_sentences() -> None:
    caption = (
        "U.S. National Security Advisor Susan Rice shakes hand with Chinese President Xi Jinping "
        "during a 45-minute meeting at the Great Hall of the People, Beijing on September 9, 2014."
    )
    assert resolve_event_date(caption, "2014-09") == "2014-09-09"
    assert resolve_event_date("Last month, President Xi Jinping declared his own war on terror.", "2014-09") == "2014-08"
    assert resolve_event_date("Rice, who is in Beijing for three days, received no commitment.", "2014-09") is None


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("Updated 2:00 PM EDT, Wed, May 20, 2020", "2020-05-20"),
        ("2014-09-09T10:00:00Z", "2014-09-09"),
        ("Sept. 9, 2014", "2014-09-09"),
        ("9 September 2014", "2014-09-09"),
        ("Tue, 09 Sep 2014 10:00:00 GMT", "2014-09-09"),
        ("Published: 2014", "2014"),
        ("September 2014", "2014-09"),
        ("09/09/2014", "2014-09-09"),
        ("", None),
        ("no date here", None),
        ("Updated 2:00 PM", None),
    ],
)
def test_parse_date(stamp: str, expected: str | None) -> None:
    assert parse_date(stamp) == expected


def test_invalid_calendar_dates_rejected() -> None:
    assert all(t.value is None or t.value.count("-") < 2 for t in find_dates("on February 30, 2014"))
    assert parse_date("2014-13-45") is None
