"""Precision, session 6 (wt-prec3): targets that default to the source's own country.

- A seizure (171) with no target found defaults to the seizer's home only when the verb
  names no one or no place the thing was taken from: "seized ivory at the port" -> home,
  "seized ivory from a warehouse owned by a company" -> the owner or nothing
  (clause_words.tsv: taken_from_code, taken_from_prep); nor when its object is a pronoun
  ("after Spanish soldiers looted them": whose it was is told before).

- A denial (016) with no accuser keeps a target from its denied matter: the other country
  named there as an actor or a place ("denied that its soldiers had crossed into Kenya's
  Turkana county" -> KEN).

Sentences are written for these tests, not taken from the gold files.
"""
from __future__ import annotations

import coding_helpers


def code(pipeline, text: str) -> list[dict]:  # type: ignore[no-untyped-def]
    return coding_helpers.code(pipeline, text, "2023-05-09")


has = coding_helpers.has
roots = coding_helpers.roots


def test_a_seizure_at_home_is_aimed_at_home(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Kenyan police seized two tonnes of ivory at the port of Mombasa on Monday.")
    assert has(events, "171", "KEN", "KEN")


def test_a_seizure_from_an_owner_is_not_aimed_at_the_seizers_home(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Kenyan police seized two tonnes of ivory from a warehouse owned by "
                            "a trading company in Mombasa on Monday.")
    assert not has(events, "171", "KEN", "KEN")


def test_a_denial_naming_no_accuser_is_aimed_at_the_country_its_matter_names(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Uganda's army denied on Monday that its soldiers had crossed into villages "
                            "in Kenya's Turkana county.")
    assert has(events, "016", "UGA", "KEN")


def test_a_seizure_of_a_thing_named_before_is_not_aimed_at_the_seizers_home(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Peru reclaimed 40 gold masks on Friday, decades after Spanish soldiers looted them.")
    assert not has(events, "171", "ESP", "ESP")
