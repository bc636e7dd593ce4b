"""Session 7 (second actors round): an office a possessive pronoun gives to a named person
stands for that person. All sentences are written for these tests."""
from __future__ import annotations

import coding_helpers

PUB = "2023-02-10"


def events(pipeline, text: str) -> set[tuple[str | None, str, str | None]]:  # type: ignore[no-untyped-def]
    out = coding_helpers.code(pipeline, text, PUB)
    return {((e["source"] or {}).get("code"), e["cameo"][:2], (e["target"] or {}).get("code")) for e in out}


def test_his_office_is_the_named_persons(pipeline) -> None:  # type: ignore[no-untyped-def]
    got = events(pipeline, "Kenyan President William Ruto accused Sudan of abuses. "
                           "His office also accused the RSF of looting aid convoys.")
    assert ("KENGOV", "11", "RSF") in got


def test_my_office_names_nobody(pipeline) -> None:  # type: ignore[no-untyped-def]
    got = events(pipeline, 'Kenyan President William Ruto spoke on Monday. '
                           '"My office accused the RSF of looting," a spokesman said.')
    assert not any(s == "KENGOV" and t == "RSF" for s, _, t in got)


def test_surname_that_is_a_place_is_no_place(pipeline) -> None:  # type: ignore[no-untyped-def]
    got = events(pipeline, "Lucia Marin, a UN envoy, arrived on Monday. "
                           "Belgrade refused to let Marin enter the country.")
    assert not any(t == "ESP" for _, _, t in got)


def test_place_named_twice_stays_a_place(pipeline) -> None:  # type: ignore[no-untyped-def]
    got = events(pipeline, "Russian troops entered Kharkiv on Monday. "
                           "Ukrainian officials said Russian jets later bombed Kharkiv.")
    assert ("RUSMIL", "19", "UKR") in got


def test_pronoun_and_named_partner_both_act(pipeline) -> None:  # type: ignore[no-untyped-def]
    got = events(pipeline, "Ghana's President Nana Akufo-Addo flew to Abuja on Sunday. "
                           "He and Nigerian President Bola Tinubu held talks on trade on Monday.")
    assert any(s == "GHAGOV" and r == "04" and (t or "").startswith("NGA") for s, r, t in got)


def test_city_ending_the_sentence_before_gives_no_country() -> None:
    from eventwire.actors import ActorResolver
    r = ActorResolver(published=PUB)
    found = [(m.text, m.actor.code) for m in r.mentions(
        "The envoy held a meeting in Port Moresby. Officials in Honiara praised the plan.")]
    assert ("Officials", "PNGGOV") not in found
    found = [(m.text, m.actor.code) for m in ActorResolver(published=PUB).mentions(
        "Goma residents fled the fighting.")]
    assert ("residents", "CODCVL") in found
