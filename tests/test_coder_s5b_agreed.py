"""Session 5b: one body's consent to an act ("agreed to investigate") is the act; two
sides' consent stays an intention. Sentences written for this file, not gold sentences."""
from __future__ import annotations

import coding_helpers

PUB = "2023-03-14"


def dyads(pipeline, text: str, digits: int | None = 2) -> set:  # type: ignore[no-untyped-def]
    return coding_helpers.dyads(coding_helpers.code(pipeline, text, PUB), digits)


def test_one_body_agreeing_to_investigate_is_an_investigation(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "A court in Madrid agreed to investigate alleged torture by Moroccan police.")
    assert coding_helpers.dyad_in(found, "09", "ESP", "MAR")
    assert not coding_helpers.dyad_in(found, "03", "ESP", "MAR")


def test_two_sides_agreeing_to_investigate_stay_an_intention(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Serbia and Kosovo agreed to investigate the killings.")
    assert not coding_helpers.dyad_in(found, "09", "SRB", None)
