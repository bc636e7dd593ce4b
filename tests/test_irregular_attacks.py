"""Armed men who are no state's forces ("gunmen", "bandits", "assailants") attacking,
ambushing, storming or raiding is an assault (18); a state's forces attacking stays 19
(subject class `irregular` in subject_classes.tsv).

Sentences are written for these tests, not taken from the gold files.
"""
from __future__ import annotations

import coding_helpers


def codes(pipeline, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {c for _, c, _ in coding_helpers.dyads(coding_helpers.code(pipeline, text, "2022-02-03"), digits=None)}


def test_irregular_attackers_assault(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert codes(pipeline, "Gunmen attacked a police convoy in Zamfara state on Monday.") == {"180"}
    assert codes(pipeline, "Armed men ambushed a Malian army patrol near Gao.") == {"180"}


def test_state_forces_attacking_still_fight(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert codes(pipeline, "Russian troops attacked Ukrainian positions near Bakhmut.") == {"190"}
