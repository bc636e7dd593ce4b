"""Trigger families of section `ew-triggers-15b (session 6, tune8)` of triggers.tsv: joint openings of
cross-border works (061: two coordinated openers, or *jointly*), drilling or exercising together and
exercises begun with a partner's troops (062), peacekeeping duties taken over (074), vessels and aircraft
handed over (072), relief distributed or its deliveries resumed (073), evacuees taken in (075), a state of
emergency let lapse (0814), mobile internet restored (0811), a civilian mission hosted (0862), inquiries
taken over, unveiled, voted, or given to an appointed commission, testimony heard, complaints examined
(09x), talks walked out of (164), a sit-in kept up (141), protesters converging on or filling a square
(141), army units moved (154), forces driven out (190), a mission ended by the force itself (1661).

Sentences are written for these tests, not taken from the gold files.
"""
from __future__ import annotations

import pytest

import coding_helpers


def code(pipeline, text: str) -> list[dict]:  # type: ignore[no-untyped-def]
    return coding_helpers.code(pipeline, text, "2022-03-14")


has = coding_helpers.has


CASES = [
    ("Kenya and Uganda opened a new border bridge over the Malaba river on Tuesday.", "061", "KEN", "UGA"),
    ("The presidents of Chad and Cameroon jointly inaugurated a cross-border pipeline.", "061", "TCD", "CMR"),
    ("Norwegian and Danish frigates drilled together in the North Sea this week.", "062", "NOR", "DNK"),
    ("Some 200 French soldiers began a two-week exercise with Senegalese troops near Thies.", "062", "FRA", "SEN"),
    ("A French force took over peacekeeping duties in Lebanon from an Italian unit.", "074", "FRA", "LBN"),
    ("Japan handed over two patrol vessels to the Philippine coast guard.", "072", "JPN", "PHL"),
    ("China distributed tents and blankets to Nepal after the earthquake.", "073", "CHN", "NPL"),
    ("Portugal took in 80 Afghans evacuated from Kabul.", "075", "PRT", "AFG"),
    ("Ecuador let its state of emergency lapse on Sunday.", "0814", "ECU", "ECU"),
    ("Gabon restored mobile internet on Thursday after the vote.", "0811", "GAB", "GAB"),
    ("Moldova agreed to host a European Union civilian mission on its border.", "086", "MDA", "EU"),
    ("Peru's anti-corruption prosecutors took over the inquiry into the bribery of judges.", "091", "PER", "PER"),
    ("Colombia's attorney general unveiled an investigation into police officers on Monday.", "091", "COL", "COL"),
    ("Kenya's president appointed a five-member panel to investigate complaints of police abuse.", "092", "KEN", "KEN"),
    ("Chile's prosecutors said they were examining 300 complaints of police abuse.", "09", "CHL", "CHL"),
    ("Bolivian opposition supporters kept up their sit-in outside the electoral court.", "141", "BOL", "BOL"),
    ("Thousands of Kenyan protesters converged on the capital on Tuesday.", "141", "KEN", "KEN"),
    ("Niger moved additional army units to its border with Benin on Monday.", "154", "NER", "BEN"),
    ("Turkey and Armenia agreed to continue negotiations without preconditions.", "036", "TUR", "ARM"),
    ("Lebanese riot police fired tear gas and stun grenades to disperse the crowd in Beirut.", "175", "LBN", None),
]


@pytest.mark.parametrize(("text", "code_prefix", "source", "target"), CASES)
def test_session6_15b_families(pipeline, text, code_prefix, source, target) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, text)
    assert has(events, code_prefix, source, target), (text, coding_helpers.dyads(events, digits=None))


@pytest.mark.parametrize(("text", "root"), [
    ("China opened a new bridge across the Yangtze on Monday.", "06"),
    ("The ministry handed over the keys of the new school to the mayor.", "07"),
    ("The striking miners kept up the pressure on the owners.", "14"),
    ("The judge heard the case on Monday.", "09"),
])
def test_session6_15b_no_event(pipeline, text, root) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, text)
    assert not has(events, root, None, None), (text, coding_helpers.dyads(events, digits=None))
