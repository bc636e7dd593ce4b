"""Session 5b: one act told twice in one sentence (a relative clause of harm on a violent
event noun). Each case is a construction written for this file, not a gold sentence."""
from __future__ import annotations

import coding_helpers

PUB = "2023-03-14"


def dyads(pipeline, text: str, digits: int | None = 2) -> set:  # type: ignore[no-untyped-def]
    return coding_helpers.dyads(coding_helpers.code(pipeline, text, PUB), digits)


def test_a_relative_clause_of_harm_on_a_shelling_is_that_shelling(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Georgian prosecutors opened an inquiry into the shelling of two villages "
                            "by Russian troops, which killed eleven Georgian civilians.")
    assert coding_helpers.dyad_in(found, "19", "RUS", "GEO")
    assert not coding_helpers.dyad_in(found, "18", "RUS", "GEO")


def test_a_relative_clause_of_harm_on_a_non_violent_noun_stays_its_own_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Georgian prosecutors opened an inquiry into the sinking of a ferry "
                            "carrying Russian troops, which killed eleven Georgian civilians.")
    assert coding_helpers.dyad_in(found, "18", "RUS", "GEO")


# -- negation: an act that did not happen is left out ---------------------------------------
def test_a_verb_negated_act_is_not_coded(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Chad's army said it had never shelled any village in Sudan.")
    assert not coding_helpers.dyad_in(found, "19", None, None)


def test_an_act_with_a_no_thing_is_still_coded(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Brazil received no commitment from Argentina on the new tariffs, "
                            "officials said.")
    assert coding_helpers.dyad_in(found, "03", "ARG", "BRA")
