"""Precision rules of session 7 (wt-prec): one record per act.

- a second -ing clause of harm joined to a trailing one (", killing six and wounding 17")
  is the same act's outcome, no event of its own;
- of one source's acts of one root in a sentence, one aimed at its own state beside one
  aimed abroad is the same act misread ("began rounding up and deporting Afghans");
- one crowd's protest acts in one sentence are one protest ("blocked roads and clashed with
  police").

Sentences are written for these tests, not taken from the gold files.
"""
from __future__ import annotations

import coding_helpers


def code(pipeline, text: str) -> list[dict]:  # type: ignore[no-untyped-def]
    return coding_helpers.code(pipeline, text, "2024-05-20")


has = coding_helpers.has


def test_a_second_harm_tail_is_no_event_of_its_own(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Eritrean troops fired artillery shells into a Sudanese border village on "
                            "Sunday, killing four farmers and wounding nine, officials said.")
    assert has(events, "194", "ERI", "SDN")
    assert not any(e["cameo"].startswith("18") for e in events)


def test_home_reading_beside_an_act_abroad_is_dropped(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Iran began rounding up and deporting thousands of Afghan labourers "
                            "on Tuesday.")
    assert has(events, "174", "IRN", "AFG")
    assert not has(events, "17", "IRN", "IRN")


def test_one_crowd_blocking_and_clashing_is_one_protest(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Farmers in Quito blocked highways and clashed with police on Monday.")
    protests = [e for e in events if e["cameo"].startswith("14")]
    assert len(protests) == 1
    assert protests[0]["cameo"] == "144"
    assert coding_helpers.side(protests[0]["source"]) == "ECU"
