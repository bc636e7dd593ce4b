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


def test_neither_confirmed_nor_denied_is_no_denial(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Turkey neither confirmed nor denied that its jets had bombed the "
                            "Iraqi village.")
    assert not any(e["cameo"].startswith("016") for e in events)


def test_a_plain_denial_still_codes(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Turkey denied that its jets had bombed the Iraqi village.")
    assert has(events, "016", "TUR", None)


def test_its_fighters_carried_out_the_attack_is_a_claim(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "A car bomb killed nine Somali soldiers at a checkpoint in Baidoa on "
                            "Friday. Al-Shabaab said its fighters had carried out the attack.")
    assert any(e["cameo"] == "015" and e["source"]["code"] == "SHB" for e in events)


def test_a_state_saying_its_troops_carried_out_a_raid_is_no_claim(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Kenya said its troops had carried out the attack on an al-Shabaab camp.")
    assert not any(e["cameo"] == "015" for e in events)


def test_a_cyclone_cutting_power_is_no_sanction(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Cyclone Mocha struck the coast of Myanmar on Sunday, flattening "
                            "houses and cutting power to thousands of people in Sittwe.")
    assert not any(e["cameo"].startswith("16") for e in events)


def test_welcoming_tourists_is_no_praise(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Sri Lanka welcomed two million foreign tourists last year.")
    assert not any(e["cameo"].startswith("05") for e in events)


def test_closing_its_own_embassy_is_not_aimed_at_itself(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Seoul said it regretted the decision and was closing its embassy.")
    assert not any(e["cameo"].startswith("16") and coding_helpers.side(e["source"]) == "KOR"
                   and coding_helpers.side(e["target"]) == "KOR" for e in events)


def test_recalling_an_ambassador_from_abroad_still_codes(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Ghana recalled its ambassador from Togo on Monday.")
    assert has(events, "16", "GHA", "TGO")


def test_committed_to_resuming_talks_is_an_intention(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Armenia said on Friday it had committed to resuming border talks with "
                            "Azerbaijan within a month.")
    assert has(events, "036", "ARM", "AZE")
    assert not has(events, "046", "ARM", "AZE")


def test_a_past_act_after_a_reported_future_is_real(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Morocco warned Algeria on Monday that it would regret the decision, "
                            "and recalled its ambassador from Algiers.")
    assert has(events, "161", "MAR", None)


def test_main_clause_before_an_after_clause_is_real(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Chile withdrew its ambassador from Venezuela on Friday, after "
                            "President Nicolas Maduro again called the Chilean government illegitimate.")
    assert has(events, "161", "CHL", "VEN")


def test_a_parliament_voting_to_lift_a_state_of_emergency_lifts_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Armenia's parliament voted on Tuesday to lift the state of emergency "
                            "in Yerevan.")
    assert has(events, "081", "ARM", None)


def test_a_minister_hoping_to_lift_it_does_not(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Armenia's prime minister said he hoped to lift the state of emergency "
                            "in Yerevan.")
    assert not has(events, "081", "ARM", None)
