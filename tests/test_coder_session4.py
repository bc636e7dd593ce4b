"""Clause rules added in session 4 (helper wt-cl2): one violent act told twice in a
participial tail, and others. Each case is a construction written for this file, not a
sentence of a gold set."""
from __future__ import annotations

import coding_helpers

PUB = "2023-03-15"


def events(pipeline, text: str) -> list[dict]:  # type: ignore[no-untyped-def]
    return coding_helpers.code(pipeline, text, PUB)


def dyads(pipeline, text: str, digits: int | None = 2) -> set:  # type: ignore[no-untyped-def]
    return coding_helpers.dyads(events(pipeline, text), digits)


# -- a trailing ", killing/wounding ..." under a violent verb -------------------------------
def test_a_wounding_tail_under_a_specific_attack_is_the_same_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = events(pipeline, "A Ghanaian coast guard vessel opened fire on a Togolese fishing boat near Keta on "
                             "Saturday, wounding three crew members, officials said.")
    violent = [e for e in found if e["cameo"][:2] in ("18", "19", "20")]
    assert len(violent) == 1
    assert coding_helpers.has(found, "19", "GHA", "TGO")


def test_a_killing_tail_stays_when_its_verb_codes_nothing(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Heavy rain flooded the valley on Monday, and Malian soldiers fired on the crowd "
                            "in Gao on Tuesday, killing four protesters.")
    assert coding_helpers.dyad_in(found, "1", "MLI", "MLI")


def test_an_exchange_of_fire_keeps_both_sides_with_a_killing_tail(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Eritrean and Ethiopian troops traded artillery fire along the border on Sunday, "
                            "killing two farmers.")
    assert coding_helpers.dyad_in(found, "19", "ERI", "ETH")
    assert coding_helpers.dyad_in(found, "19", "ETH", "ERI")


# -- one intention per pair of sides ------------------------------------------------------
def test_two_promised_acts_toward_one_country_are_one_intention(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = [e for e in events(pipeline, "Senegal pledged on Friday to send engineers to Gambia and rebuild "
                                         "its damaged bridges.") if e["cameo"].startswith("03")]
    pairs = [(coding_helpers.side(e["source"]), coding_helpers.side(e["target"])) for e in found]
    assert pairs.count(("SEN", "GMB")) == 1


def test_intentions_toward_two_countries_stay_two(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Ghana offered on Monday to mediate between Niger and Benin.")
    assert coding_helpers.dyad_in(found, "03", "GHA", "NER")
    assert coding_helpers.dyad_in(found, "03", "GHA", "BEN")


# -- a target that is the source's own body -----------------------------------------------
def test_a_possessive_pronoun_is_not_the_sources_own_parent_body(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Iran barred U.N. inspectors from the Natanz site on Monday, a week after the "
                            "Security Council condemned its enrichment programme.")
    assert coding_helpers.dyad_in(found, "11", "UNOSC", "IRN")
    assert not coding_helpers.dyad_in(found, "11", "UNOSC", "UNO")


def test_a_hunger_strike_by_a_prisoner_in_apposition_is_aimed_at_the_holder(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Ahmed Saadat, a Palestinian detainee held by Israel since 2006, began a hunger "
                            "strike on Monday.")
    assert coding_helpers.dyad_in(found, "14", "PSE", "ISR")
    assert not coding_helpers.dyad_in(found, "14", "PSE", "PSE")


def test_a_possessor_country_is_not_a_second_source(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = events(pipeline, "South Africa's ruling ANC denied on Friday that its officials had taken bribes "
                             "from contractors.")
    denials = [e for e in found if e["cameo"].startswith("016")]
    assert [d["source"]["code"] for d in denials] == ["ANC"]
