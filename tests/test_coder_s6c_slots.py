"""Slot filling, session 6 (wt-tgt3). Each case is a construction written for this file,
not a sentence of a gold set."""
from __future__ import annotations

import coding_helpers

PUB = "2023-03-14"


def dyads(pipeline, text: str, digits: int | None = 2) -> set:  # type: ignore[no-untyped-def]
    return coding_helpers.dyads(coding_helpers.code(pipeline, text, PUB), digits)


# -- a bare role placed in a list of countries is each country's --------------------------
def test_aid_for_people_in_listed_countries_reaches_each(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Japan shipped medicine to villagers in Laos, Cambodia and Vietnam.")
    for country in ("LAO", "KHM", "VNM"):
        assert coding_helpers.dyad_in(found, "07", "JPN", country), found


def test_a_listed_name_that_is_no_actor_mention_adds_no_country(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Rioters burned the shops of Serbs, Roma and Ashkali in Kosovo.")
    assert not any(t == "ITA" for _, _, t in found), found
