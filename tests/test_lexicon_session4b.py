"""Trigger families of section `ew-triggers-13b (session 4, tune5)` of triggers.tsv, written as
families from the tuning sets' "no trigger of the root" misses (tune5 first), with most breadth
for the roots recall is weakest on (07 aid, 08 yield, 09 investigate, 03 intent, 06 material
cooperation): inquiries ordered through a complement verb ("ordered the police to investigate
the deaths", leaf by the complement's object), sums released in funding or relief, aid handed
over or unloaded, checks on lorries relaxed, prisoners pardoned, joint checks begun, agreements
to set up joint patrols (0312), gas delivered to a neighbour (061), bail denied (1243), talks
boycotted (125), chlorine cylinders dropped (2041), sympathy extended (018), a minute's silence
(017) and sanctions or bans weighed (014).

Sentences are written for these tests, not taken from the gold files.
"""
from __future__ import annotations

import pytest

import coding_helpers


def code(pipeline, text: str) -> list[dict]:  # type: ignore[no-untyped-def]
    return coding_helpers.code(pipeline, text, "2022-03-14")


has = coding_helpers.has


CASES = [
    ("Kenya's president ordered the police on Monday to investigate the deaths of three protesters.", "092", "KEN", "KEN"),
    ("Peru's president instructed prosecutors to probe the killings of farmers in Ayacucho.", "091", "PER", "PER"),
    ("Japan released 3 million dollars in emergency relief for flood victims in Pakistan.", "073", "JPN", "PAK"),
    ("The Indian ambassador handed over 20 tonnes of medicines to Sri Lanka's health ministry.", "073", "IND", "LKA"),
    ("A Turkish ship unloaded 500 tonnes of food aid for Somalia at the port of Mogadishu.", "07", "TUR", "SOM"),
    ("Uzbekistan's president pardoned 300 prisoners on Tuesday.", "0841", "UZB", "UZB"),
    ("Malaysian and Thai police began joint checks at the border on Monday.", "06", "MYS", "THA"),
    ("Kenya and Somalia agreed to launch joint patrols along their border.", "0312", "KEN", "SOM"),
    ("Russia began delivering gas to Turkey through a new pipeline.", "061", "RUS", "TUR"),
    ("A court in Harare denied bail to the opposition leader.", "1243", "ZWE", "ZWE"),
    ("Syrian helicopters dropped chlorine cylinders on the town of Douma.", "2041", "SYR", None),
    ("Japan's prime minister extended his sympathy to the people of Turkey after the earthquake.", "018", "JPN", "TUR"),
    ("Australia is weighing sanctions on Iranian officials.", "014", "AUS", "IRN"),
]


@pytest.mark.parametrize(("text", "code_prefix", "source", "target"), CASES)
def test_session4b_families(pipeline, text, code_prefix, source, target) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, text)
    assert has(events, code_prefix, source, target), (text, coding_helpers.dyads(events, digits=None))


def test_minute_of_silence_is_symbolic(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Kazakhstan's government observed a minute's silence for the victims.")
    assert any(e["cameo"] == "017" for e in events), coding_helpers.dyads(events, digits=None)


def test_ordering_a_unit_to_probe_is_no_appeal(pipeline) -> None:  # type: ignore[no-untyped-def]
    # an order inside a government is an inquiry by the orderer, not an appeal (02)
    events = code(pipeline, "Kenya's president ordered the police on Monday to investigate the deaths of three protesters.")
    assert not any(e["cameo"].startswith("02") for e in events), coding_helpers.dyads(events, digits=None)


def test_released_sums_need_an_aid_noun(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "released ... in funding / relief" is aid; a company releasing results is nothing
    events = code(pipeline, "The mining company released 3 million dollars in quarterly results on Monday.")
    assert not any(e["cameo"].startswith("07") for e in events), coding_helpers.dyads(events, digits=None)


def test_gas_deliveries_stopped_are_not_cooperation(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Gazprom stopped delivering gas to Moldova on Saturday.")
    assert not any(e["cameo"] == "061" for e in events), coding_helpers.dyads(events, digits=None)
