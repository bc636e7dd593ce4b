"""Refusals in a trigger rule's needs (docs/lexicon.md, "needs"): `nodep=LABEL` (the trigger's
own dependency label must not be LABEL: "militias *backed* by Khartoum" is an `acl`) and
`nohead=LEMMA` (the trigger's head word must not be LEMMA: "*during* the fighting").

Sentences are written for these tests, not taken from the gold files.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.coding.lexicon import LexiconError, Need
import coding_helpers

_load = coding_helpers.lexicon_from_rows


def codes(pipeline, text: str) -> set[tuple[str | None, str, str | None]]:  # type: ignore[no-untyped-def]
    return coding_helpers.dyads(coding_helpers.code(pipeline, text, "2021-05-12"), digits=None)


def cameos(pipeline, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {c for _, c, _ in codes(pipeline, text)}


# -- the format ------------------------------------------------------------------------
def test_refusals_load_without_specificity_or_words(tmp_path: Path) -> None:
    lex = _load(tmp_path, (
        "051\tVERB\tback\tnodep=acl\t\t\t\tbacks Kiev\n"
        "190\tNOUN\tfighting\tnohead=during nohead=in\t\t\t\tfighting between\n"
        "190\tNOUN\tfighting\tmod=heavy\t\t\t\theavy fighting\n"
    ))
    (back,) = lex.rules_for("back", "VERB")
    assert back.needs == (Need("nodep", "acl"),) and back.specificity == 0
    first, second = lex.rules_for("fighting", "NOUN")
    # a refusal adds no specificity: the rule with a real need is still tried first
    assert first.needs == (Need("mod", "heavy"),)
    assert second.specificity == 0 and Need("nohead", "during") in second.needs
    assert "during" not in lex.lemmas and "acl" not in lex.lemmas  # no word the sentence must hold


@pytest.mark.parametrize("row, message", [
    ("051\tVERB\tback\tnodep=banana\n", "nodep must be one of"),
    ("051\tVERB\tback\tnodep=acl nodep=acl\n", "listed twice"),
    ("190\tNOUN\tfighting\tnohead=During\n", "lowercase"),
])
def test_bad_refusals_are_rejected_with_the_line(tmp_path: Path, row: str, message: str) -> None:
    with pytest.raises(LexiconError, match=message) as err:
        _load(tmp_path, row)
    assert ":3:" in str(err.value)


# -- nodep=acl: a participle modifying a noun is a description, not the event ----------
def test_participle_backing_a_noun_is_no_support_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "051" not in cameos(pipeline, "Arab militias backed by Khartoum attacked villages in Darfur.")
    assert "051" not in cameos(pipeline, "Rebels backed by Rwanda seized the town of Goma.")


def test_finite_backing_still_codes(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert ("USA", "051", "UKR") in codes(pipeline, "The United States backs Ukraine against Russia.")


def test_protesting_people_are_no_protest_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "140" not in cameos(pipeline, "Truckers protesting against vaccine rules blocked a bridge in Ottawa.")
    assert "140" in cameos(pipeline, "Farmers protested against the new tax in Paris on Monday.")


# -- nohead: a noun trigger inside a circumstantial prepositional phrase ----------------
def test_during_the_fighting_is_no_fighting_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "190" not in cameos(pipeline, "Dozens of soldiers died during the fighting with rebels in Goma.")
    assert "190" in cameos(pipeline, "Heavy fighting between Sudan's army and the RSF erupted in Khartoum.")


def test_in_protest_at_is_the_manner_of_another_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    got = cameos(pipeline, "Kenya withdrew its peacekeepers from Somalia in protest at the decision.")
    assert "141" not in got and any(c.startswith("16") for c in got)


def test_fleeing_the_fighting_is_no_fighting_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Thousands of villagers fled the fighting between rebels and Congolese troops into Uganda."
    assert "190" not in cameos(pipeline, text)


def test_participle_on_a_clause_summary_still_codes(pipeline) -> None:  # type: ignore[no-untyped-def]
    # ", a step criticised by X" answers the clause before it: nodep=acl lets it through
    got = codes(pipeline, "Greece recognised Kosovo as an independent state, a step criticised by Serbia.")
    assert any(s == "SRB" and c.startswith("11") for s, c, _ in got)
    assert "111" not in cameos(pipeline, "Diplomats drafted a statement criticising Serbia over the border closure.")
