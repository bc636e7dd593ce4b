"""Actor data and rules of the third session-6 actors round."""
from __future__ import annotations

from eventwire.actors import ActorResolver


def found(text: str, published: str = "2023-06-10") -> list[tuple[str, str]]:
    r = ActorResolver(published=published)
    return [(m.text, m.actor.code) for m in r.mentions(text)]


def test_casamance_separatists_are_a_known_group() -> None:
    ms = found("Fighters of the Movement of Democratic Forces of Casamance ambushed an army patrol.")
    assert any(code == "MFDC" and "Casamance" in text for text, code in ms)
    assert any(code == "MFDC" for _, code in found("The MFDC denied any role in the ambush on Friday."))


def test_former_peruvian_prime_minister_keeps_her_country() -> None:
    ms = found("Former Prime Minister Betssy Chavez asked Mexico for asylum on Tuesday.", published="2025-11-04")
    assert any(text == "Betssy Chavez" and code.startswith("PER") for text, code in ms)


def test_the_party_without_a_named_party_is_the_armed_movement() -> None:
    ms = found("The army accused the SPLM-IO of arming the raiders near Malakal. The party rejected the claim on Friday.",
               published="2024-05-02")
    assert ("The party", "SPLMIO") in ms or ("the party", "SPLMIO") in ms
    # a named party still wins
    ms = found("Police arrested members of the African National Congress after the Boko Haram raid. The party condemned the arrests.")
    assert any(text.lower() == "the party" and code == "ANC" for text, code in ms)


def test_regional_descriptions_refer_back_to_a_country_of_the_region() -> None:
    ms = found("Qatar expelled two diplomats last month. Ethiopia later recalled its ambassador from the Gulf state.")
    assert ("the Gulf state", "QAT") in ms
    ms = found("Brussels froze funds for Serbia on Monday, citing threats to the stability of the Balkan country.")
    assert ("the Balkan country", "SRB") in ms
    # no country of the region named: no referent
    ms = found("France recalled its ambassador from the Gulf state on Monday.")
    assert all(code != "FRA" for text, code in ms if text == "the Gulf state")


def test_island_and_regional_nations() -> None:
    ms = found("Fiji's cabinet met on Tuesday. Canberra pledged new aid to the island nation.")
    assert ("the island nation", "FJI") in ms
    ms = found("Ghana's parliament passed the budget. Lenders praised the West African country on Friday.")
    assert ("the West African country", "GHA") in ms
    # a country outside the region is no referent
    ms = found("Germany passed the budget. Lenders praised the West African country on Friday.")
    assert all(code != "DEU" for text, code in ms if text == "the West African country")
