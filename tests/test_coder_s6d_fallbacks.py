"""Country fallbacks of the coder: session 6d. Each case is a construction written for
this file, not a sentence of a gold set."""
from __future__ import annotations

import coding_helpers

PUB = "2023-03-14"


def triples(pipeline, text: str) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    def side(a: dict | None) -> str:
        return a["code"] if a else "-"

    return {(side(e["source"]), e["cameo_root"], side(e["target"]))
            for e in coding_helpers.code(pipeline, text, PUB)}


# -- a bare state organ belongs to the dateline's country, not the last place named ----------
def test_bare_police_take_the_dateline_country_over_a_foreign_city_named_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = triples(pipeline, "COLOMBO, May 3 (Wire) - Two Sri Lankan workers returned from jobs in "
                              "Dubai last week. Police arrested three protesters on Monday.")
    assert ("LKACOP", "17", "LKACVL") in found
    assert not any(s.startswith("ARE") for s, r, _ in found if r == "17")


# -- rebels met in a third country's city hosting talks are the source's own ----------------
def test_rebels_met_in_a_foreign_city_hosting_talks_are_the_source_countrys(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = triples(pipeline, "The Sudanese government signed a peace deal with rebel factions in Doha on Friday.")
    assert ("SDNGOV", "05", "SDNREB") in found
    assert not any(t.startswith("QAT") for _, _, t in found)


def test_an_attack_on_rebels_in_a_foreign_city_keeps_the_place_country(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = triples(pipeline, "Turkish jets bombed rebel positions near Kirkuk on Friday.")
    assert not any(t == "TURREB" for _, _, t in found)
