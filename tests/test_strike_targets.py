"""An armed force striking, pounding or targeting a site of the object class strike_targets
attacks it (190); an attack on a thing someone uses, holds or runs is aimed at that someone
(clause_words.tsv: user_target_root, user_verb).

Sentences are written for these tests, not taken from the gold files.
"""
from __future__ import annotations

import coding_helpers


def dyads(pipeline, text: str) -> set[tuple[str | None, str, str | None]]:  # type: ignore[no-untyped-def]
    return coding_helpers.dyads(coding_helpers.code(pipeline, text, "2024-01-12"), digits=None)


def test_striking_a_site_is_an_attack_on_its_user(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Israeli jets struck sites used by Yemen's Houthi movement.")
    assert any(c.startswith("19") and s.startswith("ISR") and t == "YEM" for s, c, t in found), found  # the Houthis' country


def test_a_held_position_is_aimed_at_its_holder(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Russian jets pounded positions held by Ukrainian troops.")
    assert any(c.startswith("19") and s == "RUS" and t == "UKR" for s, c, t in found), found


def test_a_disaster_striking_a_town_is_no_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert not dyads(pipeline, "A powerful earthquake struck the town of Herat on Saturday.")
