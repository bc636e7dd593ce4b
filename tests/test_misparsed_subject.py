"""The small parser tags an unfamiliar name that opens a clause npadvmod/advmod and leaves
the finite verb with no subject ("Nauru broke off relations"); that name is the subject.
A day opening the clause is not.

Sentences are written for these tests, not taken from the gold files.
"""
from __future__ import annotations

import coding_helpers
from eventwire.coding import syntax
from eventwire.config import Settings
from eventwire.nlp import load_nlp


def test_an_opening_name_tagged_adverbial_is_the_subject() -> None:
    nlp = load_nlp(Settings().model)
    doc = nlp("Nauru broke off diplomatic relations with Taiwan on Monday.")
    verb = next(t for t in doc if t.lemma_ == "break")
    subj = syntax.subject(verb)
    assert subj is not None and subj.text == "Nauru"


def test_the_name_acts(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = coding_helpers.dyads(coding_helpers.code(
        pipeline, "Nauru broke off diplomatic relations with Taiwan on Monday.", "2024-01-15"), digits=None)
    assert ("NRU", "161", "TWN") in found


def test_a_day_is_no_subject() -> None:
    nlp = load_nlp(Settings().model)
    for tok in nlp("Monday Iran rejected the offer. On Friday the talks ended."):
        if tok.tag_ in syntax.FINITE:
            subj = syntax.misparsed_subject(tok)
            assert subj is None or not syntax.temporal(subj)
