"""Document-level handling of full articles: datelines, headlines, sentences, quotes,
people named again by surname, repeated reports, dates."""
from __future__ import annotations

import pytest

from eventwire.ingest import clean_text
from eventwire.nlp.pipeline import dateline_end
from eventwire.pipeline import prepare
from eventwire.timex import resolve_event_date


# -- datelines ---------------------------------------------------------------------------
@pytest.mark.parametrize("text,dateline", [
    ("BISHKEK, Sept 16 - Kyrgyz and Tajik troops fought.", "BISHKEK, Sept 16 - "),
    ("ALULA, Saudi Arabia, Jan 5 - Saudi Arabia and Qatar signed.", "ALULA, Saudi Arabia, Jan 5 - "),
    ("PORT-AU-PRINCE, Dec 9 - A gang leader ordered.", "PORT-AU-PRINCE, Dec 9 - "),
    ("WASHINGTON, 5 January 2020 - The president said.", "WASHINGTON, 5 January 2020 - "),
    ("Beijing, Sept. 9 (Xinhua) -- China said.", "Beijing, Sept. 9 (Xinhua) -- "),
    ("Kyiv, Feb 24 - Russia invaded.", "Kyiv, Feb 24 - "),
    # not datelines: a capitalised word, a comma and a dash in prose
    ("Russia said on Monday - quoting officials - that it would.", ""),
    ("Biden, Harris - the ticket - won.", ""),
    ("Officials, Sept 16 was the day.", ""),
])
def test_datelines_with_dates_are_found(text: str, dateline: str) -> None:
    assert text[: dateline_end(text)] == dateline


def _article(text: str, published: str = "2021-09-06"):  # type: ignore[no-untyped-def]
    return clean_text(text, "doc", published=published)


def test_dated_dateline_city_is_no_actor_and_is_masked_for_the_parser() -> None:
    article = _article("Guinea soldiers seize power\n\nCONAKRY, Sept 6 - Soldiers detained "
                       "President Alpha Conde on Sunday, and Guinea said it was calm.\n")
    mentions, texts = prepare(article)
    assert not [m for m in mentions if m.text.upper() == "CONAKRY"]
    assert [m for m in mentions if m.text == "Guinea"]  # later names still count
    body = [t for b, t in texts if b.kind == "body"][0]
    assert body.startswith(" " * len("CONAKRY, Sept 6 - ") + "Soldiers")


def test_dateline_date_does_not_date_the_event() -> None:
    sentence = "CONAKRY, Sept 6 - Soldiers detained President Alpha Conde on Sunday."
    assert resolve_event_date(sentence, "2021-09-06") == "2021-09-05"  # Sept 6 2021 is a Monday
    # a dateline with no other date leaves the event to the publication date
    assert resolve_event_date("CONAKRY, Sept 6 - Soldiers detained Conde.", "2021-09-06") is None
    # a date in the sentence itself still counts
    assert resolve_event_date("Soldiers detained Conde on Sept 5.", "2021-09-06") == "2021-09-05"
