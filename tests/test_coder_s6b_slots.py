"""Slot filling, session 6b: the sentence before a sentence left unparsed, a place taken from
rebels by allied forces. Each case is a construction written for this file, not a sentence
of a gold set."""
from __future__ import annotations

import coding_helpers

PUB = "2023-03-14"


def events(pipeline, text: str) -> set[tuple[str | None, str, str | None]]:  # type: ignore[no-untyped-def]
    """(source code, CAMEO code, target code) per event."""
    return {((e["source"] or {}).get("code"), e["cameo"], (e["target"] or {}).get("code"))
            for e in coding_helpers.code(pipeline, text, PUB)}


def dyads(pipeline, text: str, digits: int | None = 2) -> set:  # type: ignore[no-untyped-def]
    return coding_helpers.dyads(coding_helpers.code(pipeline, text, PUB), digits)


# -- a sentence with no trigger is still the sentence before the next one -------------------
def test_an_unparsed_sentence_is_the_sentence_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "The Spanish foreign minister met Chinese officials in Beijing on Monday. "
                            "Heavy rain kept falling in Malawi. "
                            "The European Union pledged 2 million euros in emergency aid.")
    assert coding_helpers.dyad_in(found, "03", "EU", "MWI")
    assert not any(d[0] == "EU" and d[2] in ("ESP", "CHN") for d in found)


# -- allies taking a place from rebels: not each other's target -----------------------------
def test_allies_taking_a_town_from_rebels_act_on_the_rebels(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = events(pipeline, "Nigerien soldiers and Chadian troops seized the town of Diffa from "
                             "Boko Haram fighters on Friday.")
    roots = {(s, c[:2], t) for s, c, t in found}
    assert not any(c == "19" and s and t and s[:3] in ("NER", "TCD") and t[:3] in ("NER", "TCD")
                   for s, c, t in roots)


def test_allied_troops_capturing_a_town_from_their_countrys_rebels(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = events(pipeline, "Malian troops and Russian mercenaries captured the desert town of "
                             "Tessalit from Tuareg rebels on Monday.")
    assert ("MLIMIL", "192", "MLIREB") in found
    assert not any(s == "MLIMIL" and t == "RUSMIL" or s == "RUSMIL" and t == "MLIMIL" for s, _, t in found)


def test_leaders_meeting_about_an_insurgency_do_not_target_its_rebels(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = events(pipeline, "The presidents of Tanzania and Mozambique met in Dodoma on Friday to "
                             "discuss the insurgency in Cabo Delgado.")
    assert not any(c.startswith("04") and t and t.endswith("REB") for _, c, t in found)


# -- a trailing ", -ing" clause hung on an embedded verb is the main clause's act -----------
def test_a_participle_after_a_conditional_is_the_speakers_accusation(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "The Ugandan president warned on Monday that his army would strike back "
                            "if Kenya attacked it, accusing Nairobi of arming the rebels.")
    assert coding_helpers.dyad_in(found, "11", "UGA", "KEN")
    assert not coding_helpers.dyad_in(found, "11", "KEN", "KEN")


def test_a_participle_after_a_conjoined_complement_is_the_main_subjects(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "The Ghanaian president urged Togo and Benin on Monday to end the quarrel "
                            "and settle their dispute through talks, offering Accra's mediation.")
    assert not any(d[1].startswith("03") and d[0] in ("TGO", "BEN") for d in found)


def test_a_participle_on_the_main_clause_keeps_its_subject(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Kenya expelled two Somali diplomats on Monday, accusing them of spying.")
    assert coding_helpers.dyad_in(found, "11", "KEN", "SOM")


# -- a conjoined clause's subject the parser hung on the noun before it ---------------------
def test_a_second_clause_subject_after_a_date_acts_itself(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Ukraine freed 40 Russian soldiers on Friday and Russia released 40 "
                            "Ukrainian soldiers in return.")
    assert coding_helpers.dyad_in(found, "08", "RUS", "UKR")
    assert not coding_helpers.dyad_in(found, "08", "UKR", "UKR")


# -- aid for a bare role placed in a country -------------------------------------------------
def test_aid_for_people_in_a_country_goes_to_that_country(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Japan released 3 million dollars in emergency aid on Monday for families "
                            "in Mozambique left homeless by the cyclone.")
    assert coding_helpers.dyad_in(found, "07", "JPN", "MOZ")


# -- a truce declared in a conflict is with the conflict's other party ----------------------
def test_a_truce_in_a_war_with_a_country_is_with_that_country(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Azerbaijan announced a ceasefire in the war with Armenia on Tuesday.",
                  None)
    assert coding_helpers.dyad_in(found, "0871", "AZE", "ARM")


# -- a bare role does not take the country of a place in a background clause ---------------
def test_protesters_storming_a_parliament_are_not_of_a_place_in_an_after_clause(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Hundreds of protesters stormed the Georgian parliament on Sunday after the "
                            "prime minister agreed to talks on the future of Abkhazia with officials "
                            "in Moscow.")
    assert coding_helpers.dyad_in(found, "14", "GEO", "GEO")
    assert not coding_helpers.dyad_in(found, "14", "RUS", None)


def test_a_move_told_in_an_unparsed_sentence_is_its_first_actors(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Malawi opened a consulate in Laayoune on Monday, a nod to Morocco's claim "
                            "to the territory. The Polisario Front condemned the move.")
    assert coding_helpers.dyad_in(found, "11", "PLSR", "MWI")
