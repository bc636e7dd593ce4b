"""Inquiries coded 091 look into the source's own country unless their own object or
phrases name another party (session 5). Sentences written for this file."""
from __future__ import annotations

import coding_helpers

PUB = "2021-03-02"


def dyads(pipeline, text: str) -> set:  # type: ignore[no-untyped-def]
    return coding_helpers.dyads(coding_helpers.code(pipeline, text, PUB), 2)


def test_an_inquiry_naming_no_one_else_looks_into_home(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Peru's prosecutors opened an investigation on Monday into the awarding of road contracts.")
    assert coding_helpers.dyad_in(found, "09", "PER", "PER")


def test_a_party_inside_the_alleged_matter_does_not_block_home(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Chilean prosecutors are probing allegations that a former senator took money from a Venezuelan businessman.")
    assert coding_helpers.dyad_in(found, "09", "CHL", "CHL")


def test_a_foreign_suspect_named_by_the_inquiry_blocks_home(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Danish prosecutors opened an investigation into kickbacks paid by Egyptian contractors.")
    assert not coding_helpers.dyad_in(found, "09", "DNK", "DNK")
