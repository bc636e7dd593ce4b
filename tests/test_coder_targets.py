"""Where the coder finds a target (and, for violence, goes without a source): phrases the
parser hung low, own-side objects posted abroad, summary nouns answered by a contact
clause, conjuncts standing for their of-phrase, mutual ceasefires, unattributed attacks.
Each case is a general construction written for this file, not a sentence of a gold set."""
from __future__ import annotations

import pytest

import coding_helpers
from eventwire.coding import coder as coder_module
from eventwire.coding import syntax

PUB = "2021-05-03"


def dyads(pipeline, text: str, digits: int | None = 2) -> set:  # type: ignore[no-untyped-def]
    return coding_helpers.dyads(coding_helpers.code(pipeline, text, PUB), digits)


def parsed(words: list[str], heads: list[int], deps: list[str], pos: list[str]):  # type: ignore[no-untyped-def]
    """A hand-made parse, so that a test does not hang on the statistical parser's choice."""
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=[w.lower() for w in words])


# -- phrases hung low ------------------------------------------------------------------------
def test_to_phrase_hung_on_the_by_agent_is_the_verbs() -> None:
    # "the warning issued by NATO to Moscow": the parser put "to Moscow" under "NATO"
    doc = parsed(["the", "warning", "issued", "by", "NATO", "to", "Moscow"],
                 [1, 1, 1, 2, 3, 4, 5], ["det", "ROOT", "acl", "agent", "pobj", "prep", "pobj"],
                 ["DET", "NOUN", "VERB", "ADP", "PROPN", "ADP", "PROPN"])
    found = coder_module._low_prep_objects(doc[2], "to", True)
    assert [t.text for t in found] == ["Moscow"]


def test_from_phrase_hung_on_the_of_object_is_the_nouns() -> None:
    # "an offer of talks from Kabul": "from Kabul" went under "talks"
    doc = parsed(["an", "offer", "of", "talks", "from", "Kabul"],
                 [1, 1, 1, 2, 3, 4], ["det", "ROOT", "prep", "pobj", "prep", "pobj"],
                 ["DET", "NOUN", "ADP", "NOUN", "ADP", "PROPN"])
    assert [t.text for t in coder_module._low_prep_objects(doc[1], "from", False)] == ["Kabul"]
    assert coder_module._low_prep_objects(doc[1], "to", False) == []


def test_a_from_phrase_on_the_objects_of_phrase_is_the_verbs(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert ("PAK", "12", "IND") in dyads(pipeline, "Pakistan rebuffed an offer of talks from the Indian government.")


def test_a_plea_made_to_an_organisation_targets_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert ("ETH", "02", "AU") in dyads(pipeline, "Ethiopia made an appeal to the African Union for help on Monday.")


def test_a_demand_to_release_what_someone_took_is_addressed_to_the_taker(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Iran demanded the release of an Iranian fishing boat held by the Omani coast guard.")
    assert ("IRN", "10", "OMN") in found
    assert ("IRN", "10", "IRN") not in found


def test_a_demand_that_a_state_act_is_addressed_to_it_even_when_misparsed(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the parser tends to read the subjunctive's bare verb as a noun ("India/compound free")
    found = dyads(pipeline, "Ottawa demanded that India free jailed Canadian businessman Michael Kovrig without delay.")
    assert ("CAN", "10", "IND") in found


def test_a_passives_by_phrase_hung_on_its_as_phrase_is_the_agent(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Taiwan was recognised as a sovereign state by Guatemala and Belize in the 1930s.")
    assert {("GTM", "05", "TWN"), ("BLZ", "05", "TWN")} <= found


# -- own side posted abroad ------------------------------------------------------------------
def test_recalling_its_own_ambassador_to_a_capital_targets_that_country(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "The dispute prompted Rome to recall its ambassador to Paris for consultations.")
    assert ("ITA", "16", "FRA") in found
    assert ("ITA", "16", "ITA") not in found


def test_expelling_another_states_ambassador_keeps_that_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Poland expelled Russia's ambassador to Warsaw on Tuesday.")
    assert not any(t == "POL" for s, r, t in found if r == "16")


# -- contact clauses on summary nouns --------------------------------------------------------
def test_a_step_another_state_never_recognised_answers_the_clause(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Montenegro declared independence in 2006, a step Belgrade later recognised.")
    assert ("SRB", "05", "MNE") in found


def test_contact_clause_needs_a_gap_and_no_relative_word() -> None:
    # "a step Serbia took": no object of its own -> the antecedent
    doc = parsed(["a", "step", "Serbia", "took"], [1, 1, 3, 1], ["det", "ROOT", "nsubj", "relcl"],
                 ["DET", "NOUN", "PROPN", "VERB"])
    assert syntax.contact_object_antecedent(doc[3]).text == "step"
    # "the day Serbia took the step": a time noun, and an object of its own
    doc = parsed(["the", "day", "Serbia", "took", "the", "step"], [1, 1, 3, 1, 5, 3],
                 ["det", "ROOT", "nsubj", "relcl", "det", "dobj"], ["DET", "NOUN", "PROPN", "VERB", "DET", "NOUN"])
    assert syntax.contact_object_antecedent(doc[3]) is None


# -- conjuncts and mutual acts ---------------------------------------------------------------
def test_members_of_an_organisation_stand_for_it_in_a_coordination(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "The African Union and the members of ECOWAS signed a security pact on Friday.")
    assert ("AU", "05", "ECOWAS") in found and ("ECOWAS", "05", "AU") in found


def test_two_states_agreeing_a_ceasefire_is_each_ones_toward_the_other(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Armenia and Azerbaijan agreed on Sunday to an immediate halt to all fighting "
                            "along their border.", digits=4)
    assert ("ARM", "0871", "AZE") in found and ("AZE", "0871", "ARM") in found


def test_one_state_declaring_a_ceasefire_is_not_made_mutual(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Armenia declared a unilateral ceasefire on Sunday.", digits=4)
    assert not any(s == "AZE" for s, _, _ in found)


# -- violence with no doer named -------------------------------------------------------------
@pytest.mark.parametrize("text, target", [
    ("A former Peruvian minister was shot dead outside his home in Lima on Monday.", "PER"),
    ("Dozens of Kenyan soldiers were killed in an ambush on Friday.", "KEN"),
    ("A car bomb killed a senior Colombian judge in Bogota on Sunday.", "COL"),
])
def test_an_attack_with_no_doer_named_has_no_source(pipeline, text: str, target: str) -> None:  # type: ignore[no-untyped-def]
    assert (None, "18", target) in dyads(pipeline, text)


def test_an_agent_or_a_doer_in_the_event_phrase_is_not_dropped(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert ("NGA" in {t for s, r, t in dyads(pipeline, "Five Nigerian soldiers were killed by Boko Haram "
                                                      "fighters on Friday.") if s is not None})
    named = dyads(pipeline, "Dozens of Kenyan soldiers were killed in clashes with Somali militants on Friday.")
    assert not any(s is None for s, _, _ in named)


def test_a_passive_inside_a_relative_clause_is_no_unattributed_attack(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Pyongyang returned the remains of American soldiers killed in the Korean War.")
    assert not any(s is None and r == "18" for s, r, _ in found)
