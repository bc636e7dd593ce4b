"""Families of ew-triggers-10 (BREADTH 22) and the object needs' coordination and ditransitive
passives. Sentences are written for these tests, not taken from the gold files."""
from __future__ import annotations

import pytest

import coding_helpers


def dyads(pipeline, text: str) -> set[tuple[str | None, str, str | None]]:  # type: ignore[no-untyped-def]
    return coding_helpers.dyads(coding_helpers.code(pipeline, text, "2024-02-20"), digits=None)


CODED = [
    ("Turkey urged Russia to broker a deal with Ukraine.", ("TUR", "028", "RUS")),           # broker = mediate
    ("The Sudanese army waged a campaign of killings against civilians in Darfur.", ("SDN", "180", None)),
    ("Biden ordered air strikes on Iranian-backed militias in Syria.", ("USA", "195", None)),
    ("Britain has trained thousands of Ukrainian recruits.", ("GBR", "062", "UKR")),
    ("China sent 30 warplanes toward Taiwan on Monday.", ("CHN", "154", "TWN")),
    ("Manila's handover of Duterte to the International Criminal Court was welcomed by rights groups.",
     ("PHL", "063", "ICC")),
    # a ditransitive passive keeps its object ("was granted *asylum*")
    ("The Russian dissident was granted asylum by Germany.", ("DEU", "075", "RUS")),
    # a coordinated object ("suspended budget support and security *cooperation*")
    ("Niger suspended budget support and security cooperation with France.", ("NER", "160", "FRA")),
    ("Protesters barricaded roads in La Paz.", (None, "144", None)),
    ("Supporters of the former president stormed Congress in Brasilia.", ("BRA", "145", "BRA")),
    ("Former Thai Prime Minister Thaksin Shinawatra was questioned by anti-corruption investigators.",
     (None, "091", "THA")),
    ("Blinken spoke with his Chinese counterpart Wang Yi.", ("USA", "040", "CHN")),
    ("Indian Prime Minister Narendra Modi spoke with Pakistani Prime Minister Nawaz Sharif.", ("IND", "040", "PAK")),
]


@pytest.mark.parametrize(("text", "dyad"), CODED)
def test_family_rows_code(pipeline, text: str, dyad) -> None:  # type: ignore[no-untyped-def]
    source, code, target = dyad
    got = dyads(pipeline, text)
    assert coding_helpers.dyad_in(got, code, source, target, exact=True), got


@pytest.mark.parametrize(("text", "absent"), [
    ("Belgian farmers drove hundreds of tractors into Brussels.", "201"),  # no mass expulsion rows by preposition
    ("The company ordered new strike aircraft from Boeing.", "190"),         # an order of goods
    ("The minister called the report a disgrace.", "1124"),
    ("The woman barricaded herself in a hotel room in Bangkok.", "144"),    # no road: no protest
    ("The Indian minister spoke with reporters in Delhi.", "040"),          # no titled partner
])
def test_near_misses(pipeline, text: str, absent: str) -> None:  # type: ignore[no-untyped-def]
    assert absent not in {c for _, c, _ in dyads(pipeline, text)}
