"""Reciprocal acts (coding/reciprocal.py, data/reciprocal.tsv): an act two sides do to one
another is coded each way between them. Sentences are written for these tests (not gold
texts); each case is a construction, with negative cases where the rule could over-fire."""
from __future__ import annotations

import coding_helpers
from coding_helpers import dyads


def code(pipeline, text: str, published: str = "2021-03-09") -> list[dict]:  # type: ignore[no-untyped-def]
    return coding_helpers.code(pipeline, text, published)


def test_each_other_object_codes_the_act_both_ways(pipeline) -> None:  # type: ignore[no-untyped-def]
    got = dyads(code(pipeline, "Georgia and Armenia accused each other on Tuesday of stoking unrest at the border."))
    assert {("GEO", "11", "ARM"), ("ARM", "11", "GEO")} <= got


def test_one_another_object_codes_the_act_both_ways(pipeline) -> None:  # type: ignore[no-untyped-def]
    got = dyads(code(pipeline, "Bolivia and Paraguay blamed one another for the collapse of the river treaty."))
    assert {("BOL", "11", "PRY"), ("PRY", "11", "BOL")} <= got


def test_traded_accusations_are_coded_both_ways(pipeline) -> None:  # type: ignore[no-untyped-def]
    got = dyads(code(pipeline, "Nicaragua and Costa Rica traded accusations over the dredging of the river."))
    assert {("NIC", "11", "CRI"), ("CRI", "11", "NIC")} <= got


def test_each_side_blamed_the_other_takes_the_pair_named_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    got = dyads(code(pipeline, "Sudanese and Chadian soldiers clashed near the frontier on Friday. "
                               "Each side blamed the other for starting the fighting."))
    assert {("SDN", "11", "TCD"), ("TCD", "11", "SDN")} <= got


def test_one_sided_accusation_stays_one_way(pipeline) -> None:  # type: ignore[no-untyped-def]
    """negative: "one side blamed the other" and a plain accusation are one event."""
    got = dyads(code(pipeline, "Nicaragua accused Costa Rica of damaging the wetlands."))
    assert ("NIC", "11", "CRI") in got and ("CRI", "11", "NIC") not in got


def test_traded_act_with_a_named_third_party_is_not_reciprocal(pipeline) -> None:  # type: ignore[no-untyped-def]
    """negative: a coordinated pair accusing a named third party is not coded between them."""
    got = dyads(code(pipeline, "Nicaragua and Honduras accused Costa Rica of damaging the wetlands."))
    assert ("NIC", "11", "HND") not in got and ("HND", "11", "NIC") not in got
