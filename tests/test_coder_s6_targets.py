"""Targets the clause logic finds where the trigger's own slots name none: session 6.
Each case is a construction written for this file, not a sentence of a gold set."""
from __future__ import annotations

import coding_helpers

PUB = "2023-03-14"


def dyads(pipeline, text: str, digits: int | None = 2) -> set:  # type: ignore[no-untyped-def]
    return coding_helpers.dyads(coding_helpers.code(pipeline, text, PUB), digits)


# -- an offer of help made with a predicate adjective ("stood ready to") ------------------
def test_a_readiness_to_help_after_a_sentence_naming_one_country_goes_to_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Chilean President Gabriel Boric thanked neighbours for their support on Sunday. "
                            "Argentine President Alberto Fernandez said Buenos Aires was ready to send "
                            "rescue teams.")
    assert coding_helpers.dyad_in(found, "03", "ARG", "CHL")


def test_a_readiness_to_help_in_a_story_naming_no_one_else_has_no_invented_target(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Argentine President Alberto Fernandez said Buenos Aires was ready to "
                            "send rescue teams.")
    assert not any(d[0] == "03" and d[2] not in (None, "ARG") for d in found)


# -- a weapon's harm told in a trailing participle, reported by a bare speaker ---------------
def test_a_blast_reported_by_officials_kills_the_place_people_with_no_source(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "A landmine ripped apart a bus near Gao in northern Mali on Sunday, "
                            "killing seven passengers, officials said.")
    assert coding_helpers.dyad_in(found, "18", None, "MLI")
    assert not any(d[0] is not None for d in found if d[1] == "18")


def test_a_weapon_verb_and_its_killing_tail_are_one_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coding_helpers.code(pipeline, "A bomb exploded at a bus station in Kabul on Friday, "
                                           "killing six commuters.", PUB)
    assert len([e for e in events if e["cameo"].startswith("18")]) == 1


# -- a reply to a definite decision or move done in the sentence before -------------------
def test_welcoming_the_decision_of_the_previous_subject_targets_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "The European Union's foreign ministers agreed on Thursday to extend the "
                            "bloc's training mission in Somalia by two years. Somalia's foreign "
                            "minister welcomed the decision.")
    assert coding_helpers.dyad_in(found, "05", "SOM", "EU")


def test_rejecting_a_resolution_with_its_own_author_keeps_that_author(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "The regional parliament passed a motion on Friday. Ankara rejected "
                            "the resolution adopted by the European Parliament.")
    assert coding_helpers.dyad_in(found, "12", "TUR", "EU")


# -- an insurgent group's one-sided concession at home -------------------------------------
def test_a_rebel_ceasefire_naming_no_one_is_made_to_its_own_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "The Revolutionary Armed Forces of Colombia declared a ten-day truce "
                            "on Monday to let families spend the holidays at home.")
    assert coding_helpers.dyad_in(found, "08", "COL", "COL")


def test_a_group_ceasefire_in_a_story_naming_another_country_gets_no_home_target(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Israeli jets struck targets in Gaza overnight. Hamas declared a "
                            "ceasefire on Monday.")
    assert not coding_helpers.dyad_in(found, "08", "PSE", "PSE")


# -- the recipient of a nominal grant or aid -------------------------------------------------
def test_aid_for_a_country_in_the_object_phrase_of_an_announcement_goes_to_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Canada announced 12 million dollars in emergency aid for Haiti on "
                            "Friday after the storm.")
    assert coding_helpers.dyad_in(found, "07", "CAN", "HTI")


def test_aid_cut_by_a_verb_of_its_own_is_not_given(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Sweden cut 4 million dollars in development aid to Burundi on Friday.")
    assert not coding_helpers.dyad_in(found, "07", "SWE", "BDI")


def test_the_indirect_object_of_a_light_verb_receives_the_grant(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Kuwait handed the Jordanian government a grant of 50 million dollars "
                            "on Sunday.")
    assert coding_helpers.dyad_in(found, "07", "KWT", "JOR")


def test_the_subject_of_a_verb_of_receiving_is_the_recipient(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Malawi received a loan of 80 million dollars from the World Bank on "
                            "Tuesday to repair roads.")
    assert any(d[1] == "07" and d[2] == "MWI" and d[0] not in (None, "MWI") for d in found)


# -- the parties of a joint act's "between" phrase -----------------------------------------
def test_fighting_between_two_named_forces_is_coded_between_them(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coding_helpers.code(pipeline, "Fighting between the Sudanese army and the Rapid Support "
                                           "Forces spread to the city of Wad Madani on Monday.", PUB)
    pairs = {(e["source"]["code"] if e["source"] else None, e["target"]["code"] if e["target"] else None)
             for e in events if e["cameo"].startswith("19")}
    assert any(s and t and s != t for s, t in pairs)

