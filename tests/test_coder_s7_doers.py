"""Targets found through the doer of the act another act is about (coding/doers.py):
session 7. Each case is a construction written for this file, not a sentence of a gold set."""
from __future__ import annotations

import coding_helpers

PUB = "2024-05-16"


def dyads(pipeline, text: str, digits: int | None = 2) -> set:  # type: ignore[no-untyped-def]
    return coding_helpers.dyads(coding_helpers.code(pipeline, text, PUB), digits)


# -- an inquiry is aimed at the doer of the act it looks into --------------------------------
def test_an_inquiry_into_an_act_by_named_forces_is_aimed_at_their_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Armenian prosecutors opened an investigation on Monday into the "
                            "shelling of two border villages by Azerbaijani troops.")
    assert coding_helpers.dyad_in(found, "09", "ARM", "AZE")
    assert not coding_helpers.dyad_in(found, "09", "ARM", "ARM")


def test_an_inquiry_into_a_person_stays_on_that_person(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Croatian prosecutors opened an investigation on Monday into the "
                            "health minister.")
    assert coding_helpers.dyad_in(found, "09", "HRV", "HRV")


def test_an_inquiry_into_the_incident_is_aimed_at_the_doer_of_the_sentence_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Chinese coast guard vessels fired water cannon at two Vietnamese fishing boats near the Paracel "
                            "Islands on Tuesday. Vietnam's foreign ministry opened an inquiry into "
                            "the incident.")
    assert coding_helpers.dyad_in(found, "09", "VNM", "CHN")


# -- shows of force --------------------------------------------------------------------------
def test_an_alert_against_two_drilling_neighbours_codes_one_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coding_helpers.code(pipeline, "Latvia put its border units on high alert on Monday as "
                                           "Russian and Belarusian troops began large exercises "
                                           "near its frontier.", PUB)
    alerts = [e for e in events if e["cameo"].startswith("15") and coding_helpers.side(e["source"]) == "LVA"]
    assert len(alerts) == 1
    assert coding_helpers.side(alerts[0]["target"]) == "RUS"


def test_a_deployment_after_an_ambush_blamed_on_foreign_fighters_is_aimed_at_them(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Chad sent troop reinforcements to its eastern border area on Sunday "
                            "after an ambush blamed on Sudanese militiamen killed six Chadian soldiers.")
    assert coding_helpers.dyad_in(found, "15", "TCD", "SDN")
    assert not coding_helpers.dyad_in(found, "15", "TCD", "TCD")


def test_a_raised_alert_along_a_named_frontier_beats_a_group_in_a_trailing_clause(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Poland raised the alert level of its border guards along the frontier "
                            "with Belarus on Monday, citing the arrival of Wagner fighters nearby.")
    assert coding_helpers.dyad_in(found, "15", "POL", "BLR")
