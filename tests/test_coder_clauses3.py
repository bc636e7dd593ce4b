"""Clause rules of round 3: nouns ordered by the source, places after "at"/"through", the
two sides of "between A and B", the target of a denial, claims of responsibility. Each
case is a construction written for this file, not a sentence of a gold set."""
from __future__ import annotations

import coding_helpers

PUB = "2021-05-03"


def dyads(pipeline, text: str, digits: int | None = 2) -> set:  # type: ignore[no-untyped-def]
    return coding_helpers.dyads(coding_helpers.code(pipeline, text, PUB), digits)


# -- a noun ordered by the source is its act; an infinitive complement stays unrealised ----------
def test_a_crackdown_ordered_by_a_president_is_coded(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "The Peruvian president ordered a harsh crackdown on street vendors in Lima.")
    assert any(s == "PER" and r == "17" for s, r, t in found)


def test_an_order_to_act_stays_unrealised(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "The Chadian junta ordered its soldiers to attack rebel camps near the border.")
    assert not any(r == "19" for s, r, t in found)


# -- a crowd of bare roles takes the place it marched through or rallied at ---------------------
def test_workers_marching_through_a_capital_are_its_people(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Hundreds of bus drivers marched through Bishkek on Friday.")
    assert any(s == "KGZ" and r == "14" for s, r, t in found)


def test_students_rallying_at_a_square_in_a_city_are_its_people(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Hundreds of students rallied at a square in Yerevan on Saturday.")
    assert any(s == "ARM" and r == "14" for s, r, t in found)


# -- "X said it carried out the attack" is X's claim of responsibility ---------------------------
def test_a_group_saying_it_carried_out_a_bombing_claims_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Al-Shabaab said it carried out the ambush on a convoy near Baidoa.", 3)
    assert ("SOM", "015", None) in found  # al-Shabaab, a Somali group


def test_a_state_reporting_its_own_strike_makes_no_claim(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Turkey said it carried out air strikes on militant camps in Iraq.", 3)
    assert not any(r == "015" for s, r, t in found)


def test_a_future_attack_is_no_claim(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Al-Shabaab said it would carry out more attacks in Nairobi.", 3)
    assert not any(r == "015" for s, r, t in found)


# -- "fighting broke out in X between A and B": the two sides, not the place -------------------
def test_fighting_between_an_army_and_a_militia_in_a_city_is_between_them(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = coding_helpers.code(pipeline, "Fierce fighting erupted in Khartoum on Sunday between the Sudanese army "
                                           "and the Rapid Support Forces.", PUB)
    pairs = {(coding_helpers.side(e["source"]), e["cameo"][:2], (e["target"] or {}).get("code")) for e in events}
    assert any(r == "19" and t == "RSF" for s, r, t in pairs)
    assert not any(r == "19" and t == "SDN" for s, r, t in pairs)


# -- a denial's target is the maker of the denied accusation; the accusation's content is no fact --
def test_a_denial_of_accusations_by_experts_targets_them(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Uganda denied accusations by UN investigators that it armed rebels in Ituri.", 3)
    assert ("UGA", "016", "UNO") in found or any(s == "UGA" and r == "016" and t not in (None, "UGA")
                                                for s, r, t in found)


def test_the_content_of_an_accusation_is_not_coded_as_done(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Burundi rejected allegations that its soldiers attacked villages in Congo.")
    assert not any(s == "BDI" and r in ("18", "19") for s, r, t in found)


# -- a protest by people held by someone is aimed at the holder --------------------------------
def test_a_hunger_strike_by_prisoners_held_by_a_state_targets_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Two Turkish prisoners held by Greece began a hunger strike on Monday.")
    assert ("TUR", "14", "GRC") in found
    assert ("TUR", "14", "TUR") not in found


# -- a corruption inquiry naming no one looks into the source's own country ---------------------
def test_a_graft_inquiry_with_no_named_suspect_is_at_home(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Ghana's special prosecutor opened an investigation on Tuesday into the "
                            "theft of public funds by district officials.")
    assert ("GHA", "09", "GHA") in found


# -- a ban lifted with no one named is lifted at home; an -ing elaboration is not ----------------
def test_a_ban_on_rallies_lifted_by_a_president_is_at_home(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Zambia's president lifted a ban on opposition rallies on Friday.")
    assert ("ZMB", "08", "ZMB") in found


def test_an_ing_clause_spelling_out_sanctions_relief_is_not_aimed_at_home(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Canada eased sanctions on Belarus on Monday, lifting a ban on potash imports.")
    assert ("CAN", "08", "CAN") not in found
