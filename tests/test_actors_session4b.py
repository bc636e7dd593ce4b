"""Session 4b actor data and slot rules: herders, vigilantes, anti-graft staff, national
forces named '<Demonym> National Army', hacker groups, and bare non-state sources placed by
the locative phrases of their clause."""
from __future__ import annotations

import coding_helpers
import pytest

from eventwire.actors import ActorResolver

PUB = "2021-06-10"


def found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.actor.code) for m in ActorResolver(published=PUB).mentions(text)]


@pytest.mark.parametrize(("text", "span", "code"), [
    ("Suspected herdsmen raided the settlement before dawn.", "herdsmen", "AGR"),
    ("Pastoralists and farmers have fought over grazing land for years.", "Pastoralists", "AGR"),
    ("Local vigilantes handed the suspects to the army.", "vigilantes", "MIL"),
    ("The tycoon was questioned by anti-corruption investigators for six hours.", "anti-corruption investigators", "JUD"),
    ("A lone miner survived the collapse.", "miner", "LAB"),
    ("The donor delivered trucks to the Somali National Army on Friday.", "Somali National Army", "SOMMIL"),
    ("The Haitian National Police said two officers were wounded.", "Haitian National Police", "HTICOP"),
    ("Hackers from the group Anonymous Sudan knocked the site offline.", "Anonymous Sudan", "ANONSDN"),
    ("The LockBit gang demanded a ransom from the hospital.", "LockBit gang", "LOCKBIT"),
    ("Investigators tied the heist to the Lazarus Group.", "Lazarus Group", "PRKSPY"),
])
def test_new_roles_and_groups(text: str, span: str, code: str) -> None:
    assert (span, code) in found(text)


def test_a_hacker_groups_name_is_not_its_country() -> None:
    assert not any(code == "SDN" for _, code in found("Anonymous Sudan claimed the attack on the portal."))


def test_a_surname_conti_is_no_ransomware_group() -> None:
    assert found("Coach Paolo Conti praised his players.") == [] or all(
        code != "CONTI" for _, code in found("Coach Paolo Conti praised his players."))


def dyads(pipeline, text: str) -> set:  # type: ignore[no-untyped-def]
    return coding_helpers.dyads(coding_helpers.code(pipeline, text, PUB))


def test_herders_take_the_country_of_a_nested_place(pipeline) -> None:  # type: ignore[no-untyped-def]
    got = dyads(pipeline, "Armed herdsmen killed nine farmers in a night attack on Agatu, a "
                          "hamlet in Nigeria's Benue state, police said on Sunday.")
    assert coding_helpers.dyad_in(got, "18", "NGA", "NGA")


def test_bandits_take_the_country_of_a_named_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    got = dyads(pipeline, "Bandits abducted 40 villagers in a raid on a market in Zamfara state on Thursday.")
    assert coding_helpers.dyad_in(got, "18", "NGA", "NGA")
