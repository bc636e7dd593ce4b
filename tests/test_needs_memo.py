"""The coder asks each trigger token's needs through one memo per token (what its objects,
complements, modifiers and prepositions offer, found once for all its rules). The memo must
give the same answer as the need tests one by one, for every need of every rule.

Sentences are written for these tests, not taken from the gold files.
"""
from __future__ import annotations

import pytest

from eventwire.coding.lexicon import load_lexicon
from eventwire.coding.needs import has_need
from eventwire.config import Settings
from eventwire.nlp import load_nlp

SENTENCES = (
    "Police arrested 40 protesters and seized their banners in the capital on Friday.",
    "The ministry imposed sanctions on three banks and suspended security cooperation.",
    "Rebels were granted amnesty and set free 200 prisoners held since March.",
    "The envoy called on both sides to return to talks and agreed to visit Kigali.",
    "Troops opened fire on demonstrators, killing more than 460 people.",
    "The court opened an investigation into war crimes and handed over 55 boxes of files.",
    "Officials said they would not hand the suspects over to the United States.",
    "Most of its sanctions were lifted after the two governments signed a trade accord.",
    "The junta set the detained sailors free, and the sailors were set free by noon.",
)


@pytest.fixture(scope="module")
def docs():  # type: ignore[no-untyped-def]
    return list(load_nlp(Settings().model).pipe(SENTENCES))


def test_memo_answers_like_each_need_alone(docs) -> None:  # type: ignore[no-untyped-def]
    lexicon = load_lexicon()
    needs = {(n.dep, n.lemma) for rule in lexicon.rules() for n in rule.needs}
    asked = met = 0
    for doc in docs:
        for tok in doc:
            memo: dict[str, frozenset[str]] = {}
            for dep, lemma in sorted(needs):
                alone = has_need(tok, dep, lemma)
                assert has_need(tok, dep, lemma, memo) == alone, (tok.text, dep, lemma, doc.text)
                asked += 1
                met += alone
    assert asked > 10_000 and met > 50  # the sentences meet many needs, not none
