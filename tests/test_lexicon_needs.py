"""The extended need kinds of the trigger format (docs/lexicon.md, "needs" and "light
verbs"): a modifier of the object (`objmod`), a that-clause (`ccomp`), a count in the
hundreds (`count`), and the `light` flag by which a verb yields to its object noun.

Sentences are written for these tests, not taken from the gold files.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.coding.lexicon import LexiconError, Need, load_lexicon
import coding_helpers
from eventwire.ingest import clean_text

_load = coding_helpers.lexicon_from_rows


def codes(pipeline, text: str) -> set[tuple[str | None, str, str | None]]:  # type: ignore[no-untyped-def]
    return coding_helpers.dyads(coding_helpers.code(pipeline, text, "2021-05-12"), digits=None)


def roots(pipeline, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {c for _, c, _ in codes(pipeline, text)}


# -- the format ------------------------------------------------------------------------
def test_new_need_kinds_and_the_light_flag_load(tmp_path: Path) -> None:
    lex = _load(tmp_path, (
        "015\tVERB\tadmit\tccomp=that\t\tnone\t\tadmitted that\n"
        "062\tVERB\tcarry\tprt=out dobj=raid objmod=joint\t\tprep:with\t\tjoint raid\n"
        "202\tVERB\tkill\tcount=hundreds\t\t\t\tkilled 500\n"
        "150\tVERB\thold\tdobj=drill light\t\t\t\theld drills\n"
    ))
    (admit,) = lex.rules_for("admit", "VERB")
    assert admit.needs == (Need("ccomp", "that"),) and not admit.light
    (carry,) = lex.rules_for("carry", "VERB")
    assert Need("objmod", "joint") in carry.needs and carry.specificity == 6
    (hold,) = lex.rules_for("hold", "VERB")
    assert hold.light and hold.needs == (Need("dobj", "drill"),) and hold.specificity == 2
    assert "hundreds" not in lex.lemmas  # a count is no word of the sentence


@pytest.mark.parametrize("row, message", [
    ("062\tNOUN\traid\tobjmod=joint\n", "VERB triggers only"),
    ("015\tNOUN\tadmission\tccomp=that\n", "VERB and ADJ"),
    ("202\tVERB\tkill\tcount=dozens\n", "count must be one of"),
    ("150\tNOUN\tdrill\tmod=joint light\n", "flag 'light'"),
    ("150\tVERB\thold\tprep=with light\n", "flag 'light'"),
    ("150\tVERB\thold\tdobj=drill light light\n", "listed twice"),
])
def test_bad_needs_are_rejected_with_the_line(tmp_path: Path, row: str, message: str) -> None:
    with pytest.raises(LexiconError, match=message) as err:
        _load(tmp_path, row)
    assert "triggers.tsv:3" in str(err.value)


def test_a_flag_makes_no_second_rule(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match="duplicate"):
        _load(tmp_path, "150\tVERB\thold\tdobj=drill\n150\tVERB\thold\tdobj=drill light\n")


def test_packaged_lexicon_uses_each_new_kind() -> None:
    rules = load_lexicon().rules()
    kinds = {n.dep for r in rules for n in r.needs}
    assert {"objmod", "ccomp", "count"} <= kinds
    assert any(r.light for r in rules)


# -- that-clauses ----------------------------------------------------------------------
def test_admitting_a_that_clause_is_an_acknowledgement(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert ("KEN", "015", None) in codes(
        pipeline, "The Kenyan army admitted that its soldiers had shot two protesters in Kisumu.")
    assert "015" in roots(pipeline, "Nigeria's police acknowledged that officers had beaten the detainees.")


@pytest.mark.parametrize("text", [
    "Canada admitted 20,000 Syrian refugees last year.",
    "The Kenyan president was admitted to hospital in Nairobi.",
    "The Turkish minister acknowledged the crowd in Ankara.",
])
def test_admitting_without_a_clause_is_no_acknowledgement(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "015" not in roots(pipeline, text)


# -- modifiers of the object -----------------------------------------------------------
def test_chemical_weapons_by_the_object_modifier(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "2041" in roots(pipeline, "Syrian troops used chemical weapons against rebels in Idlib.")
    assert not any(c.startswith("204") for c in roots(
        pipeline, "Syrian troops used heavy weapons against rebels in Idlib."))


def test_hunger_strike_as_object_of_a_preposition(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "142" in roots(pipeline, "Palestinian prisoners went on hunger strike against Israel.")
    found = roots(pipeline, "Greek dock workers went on strike against the government.")
    assert "143" in found and "142" not in found


# -- light verbs -----------------------------------------------------------------------
def test_joint_drills_are_cooperation_not_a_show_of_force(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = roots(pipeline, "Indian and French troops held joint drills in Rajasthan on Monday.")
    assert "062" in found and not any(c.startswith("15") for c in found)
    assert any(c.startswith("15") for c in roots(
        pipeline, "China began military drills near Taiwan on Monday."))


def test_a_general_strike_launched_is_a_strike_not_an_attack(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = roots(pipeline, "Nigerian unions launched a general strike against the government.")
    assert "143" in found and not any(c.startswith("19") for c in found)
    assert any(c.startswith("19") for c in roots(
        pipeline, "Russian forces launched an attack on the Ukrainian city of Kharkiv."))


def test_only_light_verbs_yield_to_the_noun(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "investigate" is no light verb: the air strike stays the object of an inquiry
    found = roots(pipeline, "The United Nations investigated the Saudi air strike on a school in Yemen.")
    assert "093" in found and not any(c.startswith("19") for c in found)


# -- counts ----------------------------------------------------------------------------
def test_killings_counted_in_hundreds_are_mass_killings(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "202" in roots(pipeline, "Sudanese paramilitary fighters killed more than 400 villagers in Darfur.")
    assert "202" in roots(pipeline, "Sudanese paramilitary fighters killed an estimated 2,000 civilians in Darfur.")
    few = roots(pipeline, "Sudanese paramilitary fighters killed 12 villagers in Darfur.")
    assert "202" not in few and any(c.startswith("18") for c in few)


# -- ew-triggers-7 breadth over the new kinds -------------------------------------------
def test_arms_exports_by_modifier_and_plain_exports_as_embargo(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "1622" in roots(pipeline, "Germany suspended arms exports to Saudi Arabia.")
    found = roots(pipeline, "Germany suspended exports to Saudi Arabia.")
    assert "163" in found and "1622" not in found


def test_resumed_offensives_are_attacks(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert ("RUS", "190", "UKR") in codes(
        pipeline, "Russian forces resumed their offensive against Ukrainian positions near Bakhmut.")
    assert not any(c.startswith("19") for c in roots(
        pipeline, "Russian forces resumed their talks with Ukrainian officials in Istanbul."))


def test_leaving_an_international_court_reduces_relations(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = roots(pipeline, "Burundi withdrew from the International Criminal Court.")
    assert "160" in found and not any(c.startswith("087") for c in found)


# -- the pre-filter stays exact ---------------------------------------------------------
@pytest.mark.parametrize("text", [
    # no other trigger in the sentence, and the need's word is absent: no "that", no "hundreds"
    "Canada admitted its officials were wrong.",
    "Myanmar's army drove 700,000 Rohingya across the border.",
    "Indian and French troops held joint drills in Rajasthan on Monday.",
])
def test_prefilter_keeps_sentences_of_the_new_need_kinds(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    from eventwire.nlp.prefilter import Cues, _words, code_prefiltered

    assert Cues.default().trigger(set(_words(text)))
    article = clean_text(text, "t", published="2021-05-12")
    full = [e.to_dict() for e in pipeline.code_one(article)]
    ((_, filtered),) = code_prefiltered(pipeline, [article])
    assert full and [e.to_dict() for e in filtered] == full


def test_a_light_verb_takes_its_modified_noun_code_within_a_root(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = roots(pipeline, "Kenyan students staged a violent protest against the government in Nairobi.")
    assert "145" in found and "141" not in found
    assert "141" in roots(pipeline, "Kenyan students staged a protest against the government in Nairobi.")
    assert "1952" in roots(pipeline, "Russian forces launched drone strikes on Kyiv.")


# -- mandative that-clauses ------------------------------------------------------------
def test_insisting_on_an_act_is_a_demand_but_insisting_on_a_fact_is_not(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the complement verb gives the leaf (demand family: extradite -> 1013, as "urged X to extradite")
    assert ("TUR", "1013", "SWE") in codes(pipeline, "Turkey insisted that Sweden extradite the suspects.")
    # returning property is a release (ew-triggers-10: the complement's object, need xobj)
    assert "1053" in roots(pipeline, "Iran insisted that Britain return the seized tanker.")
    for text in ("Turkey insisted that Sweden had extradited the suspects.",
                 "Turkey insisted that Sweden would extradite the suspects."):
        assert "100" not in roots(pipeline, text), text


def test_subjunctive_clause_detection() -> None:
    from eventwire.coding.needs import has_need
    from eventwire.nlp import load_nlp

    nlp = load_nlp()

    def insist(text: str) -> bool:
        doc = nlp(text)
        return has_need(next(t for t in doc if t.lemma_ == "insist"), "ccomp", "subjunctive")

    assert insist("The Taliban insisted that all foreign troops leave Afghanistan.")  # VBP after a past head
    assert insist("Iran insisted that the sanctions be lifted.")
    assert not insist("Russia insisted that its troops were not involved.")
    assert not insist("The minister insisted the sanctions would not work.")


def test_blocking_vessels_restricts_movement(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "191" in roots(pipeline, "Chinese coast guard ships blocked two Philippine boats near the shoal.")
    assert "191" not in roots(pipeline, "Chinese farmers blocked roads near the border with Vietnam.")


def test_object_modifier_sits_on_the_direct_object_when_there_is_one() -> None:
    from eventwire.coding.needs import has_need
    from eventwire.nlp import load_nlp

    doc = load_nlp()("Syrian troops used heavy weapons against chemical plants.")
    used = next(t for t in doc if t.lemma_ == "use")
    assert not has_need(used, "objmod", "chemical") and has_need(used, "objmod", "heavy")
    doc = load_nlp()("The prisoners went on hunger strike.")
    went = next(t for t in doc if t.lemma_ == "go")
    assert has_need(went, "objmod", "hunger")


# -- trigger nouns that only classify a thing (the coder's compound check) ---------------------
@pytest.mark.parametrize("text", [
    "Iran shipped attack drones to Russia.",
    "The United States moved a carrier strike group to the eastern Mediterranean.",
    "Kenyan riot police patrolled the streets of Nairobi.",
])
def test_trigger_noun_as_a_modifier_of_equipment_codes_no_event(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    found = roots(pipeline, text)
    assert not any(c.startswith(("18", "19", "14")) for c in found), found


def test_trigger_noun_heading_its_phrase_still_codes(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert any(c.startswith("19") for c in roots(pipeline, "Russia launched drone attacks on Kyiv overnight."))


def test_ordered_killings_and_their_count(pipeline) -> None:  # type: ignore[no-untyped-def]
    many = roots(pipeline, "The Sudanese general ordered the killing of at least 300 villagers in Darfur.")
    few = roots(pipeline, "The Sudanese general ordered the killing of 12 villagers in Darfur.")
    assert "202" in many and "202" not in few and "180" in few
    assert not any(c.startswith("18") for c in roots(
        pipeline, "The Sudanese general ordered an investigation into the killing of 12 villagers in Darfur."))


def test_a_count_of_a_group_the_victims_belong_to_is_no_mass_killing(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = roots(pipeline, "Nigerian troops killed two members of a 300-strong militia in Borno.")
    assert "202" not in found


def test_sending_a_delegation_is_a_visit(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert ("CHN", "042", "RUS") in codes(pipeline, "China sent its special envoy to Moscow on Monday.")
    assert not any(c.startswith("04") for c in roots(pipeline, "China sent a rover to the Moon on Monday."))


def test_that_clause_hung_on_for_the_first_time(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Nigeria's army admitted for the first time that its jets had bombed a village in Zamfara."
    assert ("NGA", "015", None) in codes(pipeline, text)
    assert "015" not in roots(pipeline, "Nigeria's army admitted for the first time 200 new recruits.")


def test_battering_needs_a_military_object_or_a_weapon(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert any(c.startswith("19") for c in roots(pipeline, "Russian forces battered Ukrainian positions near Bakhmut."))
    assert any(c.startswith("19") for c in roots(pipeline, "Russian forces hammered Kharkiv with missiles overnight."))
    assert not roots(pipeline, "The storm battered Mozambique's coast, and it hammered the country's economy.")


def test_opening_fire_on_protesters_or_civilians_is_no_firefight(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "175" in roots(pipeline, "Uzbek troops opened fire on thousands of protesters in Andijan.")
    assert "193" in roots(pipeline, "Indian and Pakistani troops opened fire on each other across the Line of Control.")


def test_firing_at_protesters_is_repression_but_rockets_stay_attacks(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "175" in roots(pipeline, "Burmese soldiers fired on protesters in Yangon.")
    assert "175" in roots(pipeline, "Colombian police fired tear gas and stun grenades at demonstrators in Cali.")
    found = roots(pipeline, "Syrian troops fired rockets at civilians in Idlib.")
    assert any(c.startswith("19") for c in found) and "175" not in found
