"""Event status, session 4 (wt-status): real / hedged / negated / embedded.

- A purpose clause of an unreal act is unreal: "is ready to send a battalion to help fight"
  codes the intention, not a real 190 (syntax.realisation).
- A noun's that-clause the parser labels a relative clause is still its content: "accounts
  that soldiers had looted shops" asserts no looting (syntax._content_clause); a subjunctive
  content clause is no act ("demands that he dissolve the cabinet").
- Modifiers of unreal meaning make an event noun unreal: "planned protests", "a possible
  offensive", "the alleged shelling" (modality.tsv, unreal_mod); so does "allegedly".
- A negated intention is no intention: "said it would not recognise" is no 03x; "would not
  hesitate to go to war" stays a threat (modality.tsv, reluctance).
- "used drones to strike" is a real strike by the user (implicative, instrument_verb); a
  time clause or time adjunct is no governor's complement; an event noun that is the
  subject of a past relative clause happened ("the drone strike that killed 12").

Sentences are written for these tests, not taken from the gold files.
"""
from __future__ import annotations

import pytest

import coding_helpers


def code(pipeline, text: str) -> list[dict]:  # type: ignore[no-untyped-def]
    return coding_helpers.code(pipeline, text, "2023-05-09")


has = coding_helpers.has

roots = coding_helpers.roots
status_of = coding_helpers.status_of


def test_purpose_of_an_intended_deployment_is_not_a_fight(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Uganda is ready to send a battalion to Somalia to help fight al-Shabaab, the army said.")
    assert has(events, "03", "UGA", None)
    assert "19" not in roots(events)


def test_purpose_of_a_reported_future_is_not_a_fight(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Tanzania said it would send soldiers to Mozambique to battle Islamist insurgents.")
    assert has(events, "030", "TZA", "MOZ")
    assert "19" not in roots(events)


def test_purpose_of_a_real_landing_is_still_a_fight(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert has(code(pipeline, "Kenyan troops landed in Haiti to fight the gangs."), "19", "KEN", "HTI")


@pytest.mark.parametrize("text", [
    "Activists gathered accounts that soldiers had looted shops in Goma.",
    "Amnesty cited reports that police had beaten students in Kampala.",
])
def test_content_of_a_claim_noun_is_not_asserted(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not ({"14", "17", "18", "19"} & roots(code(pipeline, text)))


def test_relative_clause_labelled_content_clause_is_hedged() -> None:
    assert status_of("Activists gathered accounts that soldiers had looted shops in Goma.", "looted") == "hedged"
    # a true relative clause (its gap is the object) is not a claim's content
    assert status_of("Activists photographed the shops that soldiers had looted in Goma.", "looted") == "realised"


def test_subjunctive_content_clause_of_a_noun_is_hedged() -> None:
    assert status_of("Ruto rejected opposition demands that he dissolve the cabinet.", "dissolve") == "hedged"


@pytest.mark.parametrize("text", [
    "Police in Lagos braced for planned protests by opposition supporters.",
    "Moscow warned of a possible offensive by Ukraine against Crimea.",
    "Officials in Niamey dismissed a rumoured coup by the army.",
])
def test_unreal_modifier_makes_event_noun_unreal(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    assert code(pipeline, text) == []


def test_alleged_shelling_is_not_coded_but_the_condemnation_is(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "India condemned the alleged shelling by Pakistani troops of a village in Kashmir.")
    assert has(events, "111", "IND", "PAK")
    assert "19" not in roots(events)


def test_allegedly_hedges_the_act() -> None:
    assert status_of("Police allegedly beat journalists in Harare.", "beat") == "hedged"
    assert status_of("Police beat journalists in Harare.", "beat") == "realised"


@pytest.mark.parametrize("text", [
    "Dodik said he would not recognise the authority of the state court.",
    "Belgrade said it would not cooperate with the Kosovo government.",
    "Budapest won't send weapons to Kyiv, Orban said.",
])
def test_negated_intention_is_no_intention(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(e["cameo"].startswith("03") for e in code(pipeline, text))


def test_not_hesitate_is_still_a_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Beijing would not hesitate to go to war if Taiwan declared independence, Wei told Austin.")
    assert any(e["cameo"].startswith("13") and not e["negated"] for e in events)


@pytest.mark.parametrize("text", [
    "Russia has used drones to attack Ukrainian ports, Kyiv said.",
    "Russia used Iranian drones to strike Ukraine's power grid, Kyiv said.",
])
def test_used_means_to_strike_is_a_real_strike_by_the_user(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    assert has(code(pipeline, text), "19", "RUS", "UKR")


def test_noun_asserted_by_past_relative_clause_is_real(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "The Pentagon ordered a review of the U.S. drone strike in Kabul that killed 12 civilians.")
    assert has(events, "195", "USA", "AFG")


def test_time_adjunct_of_a_governor_is_not_its_complement() -> None:
    text = "Seoul's opposition demanded the impeachment of the president a day after his declaration of martial law."
    assert status_of(text, "declaration") == "realised"
    assert status_of(text, "impeachment") == "hedged"
    misparsed = ("Pyongyang ordered its army to be ready for combat, state media said, "
                 "a day after the North fired artillery shells near the island.")
    assert status_of(misparsed, "fired") == "realised"


def test_stopped_act_is_not_going_on() -> None:
    assert status_of("Gazprom stopped delivering gas to Moldova on Saturday.", "delivering") == "hedged"
    assert status_of("Kabul halted talks with the rebels on Monday.", "talks") == "hedged"
    # the purpose of a halt keeps its own status
    assert status_of("Lorry drivers blocked the border road, halting traffic to protest against attacks.",
                     "protest") == "purpose"
