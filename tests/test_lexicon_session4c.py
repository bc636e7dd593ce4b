"""Trigger families of section `ew-triggers-13c (session 4, tune6)` of triggers.tsv, written as
families from tune6's "no trigger of the root" misses: "called on" read as a particle before an
adjective and noun, talks counted in rounds or days (046), sums released or disbursed (071),
cultural objects returned (0842), emergencies and curfews voted or decided off (0814/0813),
evidence shared (064), traffickers and suspects sent to another state (063), aircraft handed to
an army (072), days of mourning (017), police and soldiers flown in (154), offices ordered
closed (166), troops kept on (0334), positions shared (019) and crude pumped (061).

Sentences are written for these tests, not taken from the gold files.
"""
from __future__ import annotations

import pytest

import coding_helpers


def code(pipeline, text: str) -> list[dict]:  # type: ignore[no-untyped-def]
    return coding_helpers.code(pipeline, text, "2022-03-14")


has = coding_helpers.has


CASES = [
    ("Delegations from Sudan and South Sudan held three rounds of negotiations with Ethiopia in Addis Ababa.", "046", "SDN", "ETH"),
    ("The World Bank board approved the disbursement of $120 million to Malawi on Thursday.", "071", "WB", "MWI"),
    ("Germany returned 20 looted bronze sculptures to Nigeria at a ceremony in Berlin.", "0842", "DEU", "NGA"),
    ("Peru's congress voted on Monday to lift the state of emergency in Lima.", "0814", "PER", "PER"),
    ("Chile's legislature decided to end the curfew in Santiago.", "0813", "CHL", "CHL"),
    ("Greek police shared recordings with Italian police.", "064", "GRC", "ITA"),
    ("Colombia sent alleged drug kingpin Carlos Ruiz to the United States on Tuesday.", "063", "COL", "USA"),
    ("Japan handed three patrol helicopters to the Philippine navy on Monday.", "072", "JPN", "PHL"),
    ("Australia flew 200 police officers into Honiara on Sunday.", "154", "AUS", "SLB"),
    ("Mali ordered the United Nations to close its office in Kidal.", "166", "MLI", "UNO"),
    ("The Dutch cabinet agreed to keep 200 troops in Lithuania for another year.", "0334", "NLD", "LTU"),
    ("Chile's foreign minister said his government shared Argentina's position on the dam.", "019", None, "ARG"),
    ("Kazakhstan resumed pumping crude to China on Monday.", "061", "KAZ", "CHN"),
]


@pytest.mark.parametrize(("text", "code_prefix", "source", "target"), CASES)
def test_session4c_families(pipeline, text, code_prefix, source, target) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, text)
    assert has(events, code_prefix, source, target), (text, coding_helpers.dyads(events, digits=None))


def test_called_on_with_particle_parse_is_an_appeal(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "on" before "armed groups" is parsed as a particle, not a preposition
    events = code(pipeline, "The African Union called on armed groups in Sudan to respect the truce.")
    assert any(e["cameo"].startswith("02") and (e.get("source") or {}).get("code") == "AU" for e in events), coding_helpers.dyads(events, digits=None)


def test_days_of_mourning_are_symbolic(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Kenya's president declared five days of national mourning after the floods.")
    assert any(e["cameo"] == "017" for e in events), coding_helpers.dyads(events, digits=None)


@pytest.mark.parametrize("text", [
    "The minister handed the microphone to the moderator.",
    "Police flew the suspects to the capital on Tuesday.",
    "The museum returned the objects to storage.",
])
def test_no_event_without_a_party(pipeline, text) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, text)
    assert not any(e["cameo"][:2] in {"06", "07", "08", "15"} for e in events), coding_helpers.dyads(events, digits=None)
