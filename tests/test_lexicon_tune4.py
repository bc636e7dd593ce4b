"""Trigger families added from the wire first paragraphs of tests/gold/tune4.jsonl (section
`session 3, round 3 (tune4)` of triggers.tsv): mood adjectives and voiced gloom, requests for
funding, arms handed over, placed under investigation, inquiries into more crimes, protest notes,
naval transits, stay-offs, mass expulsions, sinkings, demolitions, frozen budget support, power
exports, troops ordered in, calls for a minister's sacking, alerts, riots and tear gas volleys.

Sentences are written for these tests, not taken from the gold files.
"""
from __future__ import annotations

import pytest

import coding_helpers


def code(pipeline, text: str) -> list[dict]:  # type: ignore[no-untyped-def]
    return coding_helpers.code(pipeline, text, "2021-05-10")


has = coding_helpers.has


CASES = [
    ("Chile's finance minister was downbeat about the copper talks with Peru.", "012", "CHL", None),
    ("Fiji sought reconstruction funding from Japan after the storm.", "0231", "FJI", "JPN"),
    ("Nicaragua spoke up for Cuba at the summit in Caracas.", "052", "NIC", "CUB"),
    ("Japan handed over 20 armoured personnel carriers to the Philippine army.", "072", "JPN", "PHL"),
    ("The African Union lifted Mali's suspension from the bloc.", "081", "AU", "MLI"),
    ("Three ministers were placed under investigation by Gabon's anti-graft agency.", "090", "GAB", None),
    ("Ghana's police opened an inquiry into the death of a student in Kumasi.", "092", "GHA", None),
    ("Gabon began a probe into the plunder of oil revenues.", "091", "GAB", None),
    ("Poland handed a protest note to Russia's ambassador.", "114", "POL", "RUS"),
    ("Estonia delivered a note of protest to the Russian ambassador.", "114", "EST", "RUS"),
    ("The Chinese destroyer steamed through the Tsushima Strait.", "150", "CHN", None),
    ("Sudanese troops drove thousands of villagers out of the border region.", "201", "SDN", None),
    ("The Indonesian navy sank a Vietnamese fishing boat.", "190", "IDN", "VNM"),
    ("Myanmar soldiers flattened dozens of homes in Rakhine.", "1712", "MMR", None),
    ("Germany froze 50 million euros of budget support to Uganda.", "162", "DEU", "UGA"),
    ("Laos began exporting electricity to Thailand.", "061", "LAO", "THA"),
    ("Nigeria ordered two battalions into Zamfara state.", "154", "NGA", None),
    ("Syrian jets dropped barrels of chlorine on Douma.", "2041", "SYR", None),
    ("Opposition lawmakers in Kenya demanded the sacking of the interior minister.", "1041", "KEN", None),
    ("Chad's border guards went on high alert on Sunday.", "152", "TCD", None),
    ("Students in Dakar battled riot police on Friday.", "145", "SEN", "SEN"),
    ("Togolese police fired volleys of tear gas at protesters.", "175", "TGO", None),
]


@pytest.mark.parametrize(("text", "code_prefix", "source", "target"), CASES)
def test_tune4_families(pipeline, text, code_prefix, source, target) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, text)
    assert has(events, code_prefix, source, target), (text, coding_helpers.dyads(events, digits=None))


NEAR_MISSES = [
    "The cyclone flattened homes across the island.",  # no actor subject
    "The ferry sank off Bali on Tuesday.",  # intransitive: no sinking by anyone
    "The company handed over the keys to its new office.",  # no hardware object
    "The weather was gloomy in London on Monday.",  # a mood adjective with no actor
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_tune4_near_misses_code_no_event(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    assert code(pipeline, text) == [], (text, coding_helpers.dyads(code(pipeline, text), digits=None))
