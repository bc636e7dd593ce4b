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


# -- "the two leaders": the two parties named before --------------------------------------
def _codes(article) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    from eventwire.pipeline import Pipeline

    return {(e.source.country or "", e.cameo[:2], e.target.country or "")
            for e in Pipeline().code_one(article) if e.source and e.target}


def test_the_two_leaders_are_the_two_people_named_before() -> None:
    article = _article(
        "Leaders meet after border clashes\n\n"
        "Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon attended a regional "
        "summit in the Uzbek city of Samarkand on Friday.\n\n"
        "The two leaders met on the sidelines of the gathering, officials said.\n", "2022-09-16")
    mentions, _ = prepare(article)
    pair = [m for m in mentions if m.text in ("The two", "leaders")]
    assert [m.actor.country for m in pair] == ["KGZ", "TJK"]  # not the Uzbek city named last
    codes = _codes(article)
    assert ("KGZ", "04", "TJK") in codes or ("TJK", "04", "KGZ") in codes


def test_the_two_leaders_need_two_people_of_two_countries_named_before() -> None:
    one = _article("Talks\n\nPrime Minister Abiy Ahmed arrived in the capital on Sunday.\n\n"
                   "The two leaders held talks late into the evening.\n", "2018-07-09")
    mentions, _ = prepare(one)
    assert not [m for m in mentions if m.text == "The two"]
    # only people named before the phrase count: Putin, named after it, is not one of them
    same = _article("Talks\n\nChina's President Xi Jinping said the two leaders would meet "
                    "Russian President Vladimir Putin.\n", "2023-03-20")
    mentions, _ = prepare(same)
    assert not [m for m in mentions if m.text == "the two"]


def test_the_neighbours_are_the_two_countries_named_most() -> None:
    article = _article(
        "Peace\n\nEthiopia and Eritrea signed a declaration on Monday, and Ethiopia said "
        "Eritrea would reopen its embassy. Flights to neighbouring Djibouti resumed.\n\n"
        "The neighbours fought a border war between 1998 and 2000.\n", "2018-07-09")
    mentions, _ = prepare(article)
    pair = [m for m in mentions if m.text in ("The", "neighbours")]
    assert sorted(m.actor.country for m in pair) == ["ERI", "ETH"]  # not Djibouti, named last


def test_the_two_leaders_of_one_sentence_are_its_two_people() -> None:
    article = _article("Talks\n\nUkrainian President Volodymyr Zelenskiy met German Chancellor "
                       "Olaf Scholz in Berlin, where the two leaders discussed security.\n",
                       "2023-05-16")
    mentions, _ = prepare(article)
    assert [m.actor.country for m in mentions if m.text in ("the two", "leaders")] == ["UKR", "DEU"]


def test_the_two_countries_only_as_possessor() -> None:
    text = ("Ceasefire\n\nKyrgyzstan accused Tajikistan of shelling villages, and Tajikistan "
            "blamed Kyrgyzstan.\n\nThe heads of the two countries' security services signed a "
            "ceasefire deal.\n\nTrade between the two countries fell.\n")
    article = _article(text, "2022-09-16")
    mentions, _ = prepare(article)
    pair = [m for m in mentions if m.text in ("the two", "countries")]
    assert sorted(m.actor.country for m in pair) == ["KGZ", "TJK"]  # the possessive only, once
    assert pair[1].start == article.text.index("countries'")
