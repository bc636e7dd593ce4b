"""Trigger families of section `session 3, round 4` of triggers.tsv: troops and police moved,
rushed or massed (15x, not aid), investigators sent (090), talks and visits wrapped up or
concluded (046, 042), sites knocked offline (176), bills voted down when the parser reads
"down" as a preposition (120), and data shared or pooled (064; lemma_fixes maps the parser's
"datum" back to "data").

Sentences are written for these tests, not taken from the gold files.
"""
from __future__ import annotations

import pytest

import coding_helpers


def code(pipeline, text: str) -> list[dict]:  # type: ignore[no-untyped-def]
    return coding_helpers.code(pipeline, text, "2021-05-10")


has = coding_helpers.has


CASES = [
    ("Niger rushed about 800 extra soldiers to its frontier with Mali on Monday.", "154", "NER", None),
    ("Armenia moved tanks toward the border with Azerbaijan.", "154", "ARM", None),
    ("Greece dispatched marines to the island of Lesbos.", "154", "GRC", None),
    ("Kenya dispatched riot police to Kisumu on Tuesday.", "153", "KEN", None),
    ("The United Nations sent investigators to Darfur on Monday.", "090", None, "SDN"),
    ("Japanese and South Korean negotiators wrapped up a round of talks in Seoul.", "046", "JPN", "KOR"),
    ("India's prime minister wrapped up a three-day visit to Japan on Friday.", "042", "IND", "JPN"),
    ("Russian hackers knocked offline the website of the Estonian parliament.", "176", "RUS", "EST"),
    ("India began sharing satellite data with France on Tuesday.", "064", "IND", "FRA"),
    ("Jordan pooled intelligence with Iraq on the militants.", "064", "JOR", "IRQ"),
]


@pytest.mark.parametrize(("text", "code_prefix", "source", "target"), CASES)
def test_round4_families(pipeline, text, code_prefix, source, target) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, text)
    assert has(events, code_prefix, source, target), (text, coding_helpers.dyads(events, digits=None))


NEAR_MISSES = [
    "Paramedics rushed the wounded soldiers to hospital.",  # no state actor moving forces
    "The storm knocked offline power lines across the valley.",  # no actor subject
    "Scientists shared the data at a conference.",  # no partner
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_round4_near_misses_code_no_event(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    assert code(pipeline, text) == [], (text, coding_helpers.dyads(code(pipeline, text), digits=None))

