"""Slot filling, session 6 (wt-tgt3). Each case is a construction written for this file,
not a sentence of a gold set."""
from __future__ import annotations

import coding_helpers

PUB = "2023-03-14"


def dyads(pipeline, text: str, digits: int | None = 2) -> set:  # type: ignore[no-untyped-def]
    return coding_helpers.dyads(coding_helpers.code(pipeline, text, PUB), digits)


# -- a bare role placed in a list of countries is each country's --------------------------
def test_aid_for_people_in_listed_countries_reaches_each(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Japan shipped medicine to villagers in Laos, Cambodia and Vietnam.")
    for country in ("LAO", "KHM", "VNM"):
        assert coding_helpers.dyad_in(found, "07", "JPN", country), found


def test_a_listed_name_that_is_no_actor_mention_adds_no_country(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Rioters burned the shops of Serbs, Roma and Ashkali in Kosovo.")
    assert not any(t == "ITA" for _, _, t in found), found


# -- a threat in a participle clause is aimed at whom its head verb addresses --------------
def test_a_warning_after_a_demand_targets_the_demands_addressee(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Serbia demanded that Kosovo withdraw its police, warning that it "
                            "would not stand by.")
    assert coding_helpers.dyad_in(found, "13", "SRB", "XKX"), found


def test_a_warning_after_an_appeal_is_advice_with_no_borrowed_target(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Serbia urged Kosovo to withdraw its police, warning that it would "
                            "not stand by.")
    assert not coding_helpers.dyad_in(found, "13", "SRB", "XKX"), found


def test_a_warning_with_its_own_subject_does_not_borrow_the_heads_object(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Serbia urged Kosovo to withdraw its police, while Belgrade's army "
                            "warned of unrest.")
    assert not coding_helpers.dyad_in(found, "13", "SRB", "XKX"), found


def test_a_warning_hung_on_the_demands_that_clause_still_targets_the_addressee(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "India's cabinet demanded on Friday that the government in Dhaka stop "
                            "smugglers from crossing the frontier, warning that no neighbour would "
                            "be allowed to shelter criminals.")
    assert coding_helpers.dyad_in(found, "13", "IND", "BGD"), found
