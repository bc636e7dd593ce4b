"""Precision rows (wt-prec): senses that the tuning sets showed as false events.

- VERB attack with a people object (commuters, villagers, mourners ...) is an assault (182), not
  a military attack (190); the rows join the existing protester/civilian/tourist ones.
- VERB seize with a people object (crew, sailors, staff ...) is an abduction (181), not a
  seizure of property (171); "seized the north" is territory (192).
- VERB barricade needs a road-like object: "barricaded themselves inside a hotel" is no blockade.
- NOUN rally needs "against": election rallies ("told a rally", "a bomb ripped through a rally")
  are no protests.
- NOUN raid is a military raid (190); police raids stay the VERB (170).

Sentences are written for these tests, not taken from the gold files.
"""
from __future__ import annotations

import pytest

import coding_helpers


def code(pipeline, text: str) -> list[dict]:  # type: ignore[no-untyped-def]
    return coding_helpers.code(pipeline, text, "2023-05-09")


has = coding_helpers.has


CODED = [
    ("Masked men attacked Venezuelan commuters at a bus station in Caracas.", "182", None, "VEN"),
    ("Rebels attacked Malian villagers near Mopti.", "182", None, "MLI"),
    ("Pirates seized the crew of a Greek tanker off Somalia.", "181", None, None),
    ("Houthi fighters seized United Nations staff in Sanaa.", "181", None, "UNO"),
    ("Islamist rebels seized the north of Mali in 2012.", "192", None, "MLI"),
    ("Iranian commandos seized a British tanker in the Gulf.", "171", "IRN", None),
    ("Chilean protesters barricaded the main road to the airport.", "144", "CHL", None),
    ("Thousands of Serbians joined a rally against the government in Belgrade.", "141", "SRB", None),
    ("The Israeli army said it carried out a raid on a Hamas compound in Jenin.", "190", "ISR", None),
]


@pytest.mark.parametrize(("text", "prefix", "source", "target"), CODED)
def test_precision_rows_code_the_sense(pipeline, text, prefix, source, target) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, text)
    assert has(events, prefix, source, target), (text, coding_helpers.dyads(events, digits=None))


WRONG_SENSE = [
    ("Masked men attacked Venezuelan commuters at a bus station in Caracas.", "190"),
    ("Pirates seized the crew of a Greek tanker off Somalia.", "171"),
    ("Islamist rebels seized the north of Mali in 2012.", "171"),
]


@pytest.mark.parametrize(("text", "prefix"), WRONG_SENSE)
def test_precision_rows_not_the_other_sense(pipeline, text: str, prefix: str) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, text)
    assert not any(e["cameo"] == prefix for e in events), (text, coding_helpers.dyads(events, digits=None))


NO_EVENT = [
    "A Peruvian singer barricaded herself in a Lima hotel room for two days.",
    "The Kenyan president told a rally in Nakuru that the road would be finished next year.",
    "A bomb ripped through an election rally in Quetta on Sunday.",
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_precision_near_misses(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, text)
    assert not any(e["cameo"].startswith("14") for e in events), (text, coding_helpers.dyads(events, digits=None))
