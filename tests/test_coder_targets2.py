"""Targets of acts on roles, things and people of another country: a bare role acted on by
a country's actor takes the event place's (else the source's) country; a coercive act or a
handing-over is done to the owner of its object. Each case is a construction written for
this file, not a sentence of a gold set."""
from __future__ import annotations

import coding_helpers

PUB = "2021-05-03"


def dyads(pipeline, text: str, digits: int | None = 2) -> set:  # type: ignore[no-untyped-def]
    return coding_helpers.dyads(coding_helpers.code(pipeline, text, PUB), digits)


# -- bare roles acted on by a country's actor ------------------------------------------------
def test_a_bare_role_rejected_by_a_government_is_its_own_countrys(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "The Bolivian president rejected opposition demands for early elections.")
    assert ("BOL", "12", "BOL") in found


def test_a_bare_role_takes_the_event_place_before_the_source(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Canada condemned the killing of protesters in Yangon on Sunday.")
    assert ("CAN", "11", "MMR") in found
    assert ("CAN", "11", "CAN") not in found


# -- the owner of what is acted on -------------------------------------------------------------
def test_deported_people_of_another_country_are_the_target(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Mexico deported more than 3,000 Guatemalans last year.")
    assert ("MEX", "17", "GTM") in found
    assert ("MEX", "17", "MEX") not in found


def test_a_thing_demolished_is_its_owners(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Turkish troops demolished the houses of three Kurds on Monday.")
    assert ("TUR", "17", "TUR") not in found
    assert any(t not in (None, "TUR") for s, r, t in found if s == "TUR" and r == "17")


def test_an_arrest_at_home_still_targets_home(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert ("EGY", "17", "EGY") in dyads(pipeline, "Egyptian police arrested ten students in Cairo.")


# -- a complement's own-side thing yields to another party ------------------------------------
def test_a_threat_to_cut_own_aid_targets_the_recipient(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Washington threatened to cut off military aid to Egypt.")
    assert ("USA", "13", "EGY") in found
    assert ("USA", "13", "USA") not in found


def test_a_pledge_to_send_own_forces_targets_where_they_go(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert ("JPN", "03", "SSD") in dyads(pipeline, "Japan pledged to send Japanese engineers to South Sudan.")


# -- a show of force abroad --------------------------------------------------------------------
def test_troops_sent_abroad_target_the_place(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "About 800 Belgian paratroopers were sent to the Democratic Republic of Congo.")
    assert ("BEL", "15", "COD") in found
    assert ("BEL", "15", "BEL") not in found


def test_drills_around_an_island_target_its_country(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Turkey's navy held drills around Cyprus on Monday.")
    assert ("TUR", "15", "CYP") in found


def test_a_place_outside_the_triggers_phrase_is_no_target(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Iran held air defence drills on Friday, days after its president met "
                            "the Russian leader in Sochi.")
    assert not [d for d in found if d[1] == "15" and d[2] == "RUS"]


# -- complements and places of concessions ------------------------------------------------------
def test_an_offer_to_mediate_between_two_targets_both(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Qatar offered to mediate between Egypt and Ethiopia.")
    assert {("QAT", "03", "EGY"), ("QAT", "03", "ETH")} <= found


def test_a_concession_with_no_target_yields_to_its_places_country(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert ("COL", "08", "COL") in dyads(pipeline, "The Colombian government declared a unilateral ceasefire in Cauca on Monday.")


def test_a_resignation_abroad_is_still_at_home(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "The Bolivian president resigned on Sunday after fleeing to Mexico.")
    assert ("BOL", "08", "MEX") not in found


def test_a_vow_to_retaliate_answers_the_last_to_act_on_the_speaker(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "The Czech Republic expelled 18 Russian diplomats on Saturday. Moscow vowed to retaliate.")
    assert ("RUS", "13", "CZE") in found
