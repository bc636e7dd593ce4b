"""Clause rules added in session 4 (helper wt-cl3): where a bare role or an empty target
slot takes its country or party from. Each case is a construction written for this file,
not a sentence of a gold set."""
from __future__ import annotations

import coding_helpers

PUB = "2023-03-15"


def events(pipeline, text: str) -> list[dict]:  # type: ignore[no-untyped-def]
    return coding_helpers.code(pipeline, text, PUB)


def dyads(pipeline, text: str, digits: int | None = 2) -> set:  # type: ignore[no-untyped-def]
    return coding_helpers.dyads(events(pipeline, text), digits)


def test_a_bare_official_takes_the_first_country_the_sentence_names(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Peru sent police units to the northern highlands on Monday, hours after "
                            "President Ana Ruiz declared a state of emergency to curb extortion.")
    assert coding_helpers.dyad_in(found, "17", "PER", "PER")


def test_a_bare_state_organ_acting_on_one_countrys_actor_is_that_countrys(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Former Thai Prime Minister Somchai Wongsawat was questioned by anti-corruption "
                            "officers for three hours on Monday over a land deal.")
    assert coding_helpers.dyad_in(found, "09", "THA", "THA")
    assert not coding_helpers.dyad_in(found, "09", "JUD", None)


def test_an_official_accused_and_answering_keeps_the_accusers_country(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Ecuadorian President Daniel Noboa accused Attorney General Diana Salazar on "
                            "Tuesday of shielding gang bosses. Salazar rejected the accusation.")
    assert coding_helpers.dyad_in(found, "11", "ECU", "ECU")
    assert coding_helpers.dyad_in(found, "12", "ECU", "ECU")


def test_welcoming_a_deal_between_parties_targets_a_party(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "The Arab League welcomed the agreement between the Yemeni government and "
                            "southern separatists on Monday.")
    assert coding_helpers.dyad_in(found, "05", "ARL", "YEM")


def test_a_team_of_envoys_from_an_igo_is_the_igos(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Chad's government refused to admit a team of envoys from the African Union on Monday.")
    assert coding_helpers.dyad_in(found, "12", "TCD", "AU")
    assert not coding_helpers.dyad_in(found, "12", "TCD", "TCD")


def test_bodies_hung_on_the_subject_after_the_verb_are_not_sources(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Guinea's military rulers refused on Friday to receive a delegation of envoys "
                            "from ECOWAS, the African Union and the United Nations, citing security.")
    assert coding_helpers.dyad_in(found, "12", "GIN", "ECOWAS")
    assert not coding_helpers.dyad_in(found, "12", "AU", None)
    assert not coding_helpers.dyad_in(found, "12", "UNO", None)


def test_a_recipient_after_a_value_phrase_is_the_verbs(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "India donated patrol boats worth $5 million to Sri Lanka's navy on Tuesday.")
    assert coding_helpers.dyad_in(found, "07", "IND", "LKA")


def test_a_ministrys_threat_to_anyone_who_defies_it_is_made_at_home(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Kenya's interior ministry warned that anyone who joined the banned march would be arrested.")
    assert coding_helpers.dyad_in(found, "13", "KEN", "KEN")


def test_a_threat_naming_a_foreign_party_is_not_made_at_home(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Kenya's interior ministry warned that Somali militants who crossed the border "
                            "would be hunted down.")
    assert not coding_helpers.dyad_in(found, "13", "KEN", "KEN")


def test_a_ban_on_flying_to_a_place_abroad_is_aimed_at_its_country(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "The U.S. transport department answered by banning American carriers from "
                            "flying to Venezuela for six weeks.")
    assert coding_helpers.dyad_in(found, "17", "USA", "VEN")
    assert not coding_helpers.dyad_in(found, "17", "USA", "USA")


def test_unmodified_conjunct_weapons_share_the_country_word(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Croatian tanks and artillery shelled targets at a firing range on Friday.")
    assert not coding_helpers.dyad_in(found, "19", "HRV", "HRV")
    assert not coding_helpers.dyad_in(found, "19", None, "HRV")
