"""Session 5 (act3): pronoun antecedents when the parser mislabels a named subject.
Sentences written for this file."""
from __future__ import annotations

import coding_helpers

PUB = "2024-02-02"


def dyads(pipeline, text: str) -> set:  # type: ignore[no-untyped-def]
    return coding_helpers.dyads(coding_helpers.code(pipeline, text, PUB), 2)


def test_it_continues_a_named_subject_the_parser_hung_as_a_modifier(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the parser tags "Nauru" npadvmod; "it" still continues it, not the nearer Taiwan
    found = dyads(pipeline, "Nauru cut ties with Taiwan on Friday, and said it would recognise China.")
    assert coding_helpers.dyad_in(found, "03", "NRU", "CHN")
    assert not any(s == "TWN" for s, _, _ in found)


def test_it_still_continues_an_ordinary_subject(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Kiribati broke off relations with Taiwan on Friday and said it would recognise China.")
    assert coding_helpers.dyad_in(found, "03", "KIR", "CHN")
