"""Trigger rows (wt-prec3): explosive devices as doers, and verdicts spoken as object predicates.

- a bomb, mine or improvised device that strikes, hits, explodes, goes off, rips through or
  kills is a bombing (183), not a generic assault or a clash;
- "called X's remarks unacceptable / irresponsible / baseless / groundless ..." is criticism
  (111) aimed at the remark's author.

Sentences are written for these tests, not taken from the gold files.
"""
from __future__ import annotations

import coding_helpers


def code(pipeline, text: str) -> list[dict]:  # type: ignore[no-untyped-def]
    return coding_helpers.code(pipeline, text, "2024-03-12")


has = coding_helpers.has


def codes(events: list[dict]) -> set[str]:
    return {e["cameo"] for e in events}


def test_a_roadside_bomb_striking_troops_is_a_bombing(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "A roadside bomb struck a Malian army patrol near Gao on Monday.")
    assert has(events, "183", None, "MLI")


def test_a_car_bomb_exploding_outside_a_station(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "A car bomb exploded outside a Nigerian police station in Maiduguri.")
    assert has(events, "183", None, "NGA")


def test_a_device_going_off(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "An explosive device went off at an Iraqi army checkpoint in Tikrit.")
    assert has(events, "183", None, "IRQ")


def test_a_bomb_killing_soldiers(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "A landmine killed four Colombian soldiers in Cauca on Friday.")
    assert has(events, "183", None, "COL")


def test_troops_striking_a_base_stay_an_assault(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Sudanese troops struck a rebel base in Darfur.")
    assert "183" not in codes(events)


def test_calling_remarks_irresponsible_criticizes_the_author(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Beijing called the remarks by the Japanese minister irresponsible.")
    assert has(events, "111", "CHN", "JPN")


def test_calling_accusations_baseless(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Russia called the accusations by Ukraine baseless.")
    assert has(events, "111", "RUS", "UKR")
