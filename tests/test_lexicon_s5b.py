"""Trigger families of section `ew-triggers-14b (session 5, coverage 2)` of triggers.tsv: *undertake*
as a pledge (every `xcomp` row of pledge / vow / promise copied to undertake), and undertake / commit
+ abide, comply, honour, respect, implement, protect, uphold, observe, cooperate (030; coordinated
subjects pair up).

Sentences are written for these tests, not taken from the gold files.
"""
from __future__ import annotations

import pytest

import coding_helpers


def code(pipeline, text: str) -> list[dict]:  # type: ignore[no-untyped-def]
    return coding_helpers.code(pipeline, text, "2022-03-14")


has = coding_helpers.has


CASES = [
    ("Belize and Guatemala undertook on Friday to abide by the ruling of the World Court.", "03", "BLZ", "GTM"),
    ("Serbia undertook to release the detained Kosovo police officers.", "035", "SRB", None),
    ("Ethiopia and Eritrea committed to respect the boundary commission's decision.", "03", "ETH", "ERI"),
]


@pytest.mark.parametrize(("text", "code_prefix", "source", "target"), CASES)
def test_session5b_families(pipeline, text, code_prefix, source, target) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, text)
    assert has(events, code_prefix, source, target), (text, coding_helpers.dyads(events, digits=None))


@pytest.mark.parametrize(("text", "root"), [
    ("The ministry undertook a review of its procurement rules.", "03"),
    ("The gunmen committed atrocities in the village, residents said.", "03"),
])
def test_session5b_no_event(pipeline, text, root) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, text)
    assert not has(events, root, None, None), (text, coding_helpers.dyads(events, digits=None))
