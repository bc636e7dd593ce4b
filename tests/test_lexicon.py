from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from eventwire.coding.lexicon import (
    DEFAULT_SLOTS,
    Lexicon,
    LexiconError,
    Need,
    TriggerRule,
    load_lexicon,
)
from eventwire.coding.ontology import ROOTS, load_ontology


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return load_lexicon()


def test_loads_cached_and_versioned(lex: Lexicon) -> None:
    assert load_lexicon() is lex
    assert lex.version == "ew-triggers-16"
    assert len(lex) > 500


def test_every_root_has_at_least_five_rules(lex: Lexicon) -> None:
    per_root = Counter(r.code[:2] for r in lex.rules())
    for root in ROOTS:
        assert per_root[root] >= 5, root


def test_every_code_is_in_the_ontology(lex: Lexicon) -> None:
    onto = load_ontology()
    for rule in lex.rules():
        assert rule.code in onto, rule


def test_defaults_filled(lex: Lexicon) -> None:
    for rule in lex.rules():
        assert rule.source and rule.target
    (urge,) = [r for r in lex.rules_for("urge", "VERB") if not r.needs]
    assert (urge.source, urge.target) == DEFAULT_SLOTS["VERB"] == (("subj",), ("dobj",))
    (siege,) = [r for r in lex.rules_for("siege", "NOUN") if not any(n.positive for n in r.needs)]  # refusals only
    assert siege.source == DEFAULT_SLOTS["NOUN"][0] == ("poss", "amod", "prep:by")


def test_specific_rules_sort_first(lex: Lexicon) -> None:
    for lemma, pos in [("express", "VERB"), ("urge", "VERB"), ("strike", "NOUN"), ("attack", "NOUN"), ("enlist", "VERB")]:
        rules = lex.rules_for(lemma, pos)
        assert rules, lemma
        specs = [r.specificity for r in rules]
        assert specs == sorted(specs, reverse=True), lemma
    assert lex.rules_for("urge", "VERB")[-1].needs == ()
    call = lex.rules_for("call", "VERB")
    assert call[0].specificity >= 4  # prep=on + xcomp=... (+ xobj=...)


def test_specificity() -> None:
    r = TriggerRule("020", "VERB", "enlist", (), ("subj",), ("dobj",), "progressive", "", 1)
    assert r.specificity == 1
    r2 = TriggerRule("040", "VERB", "shake", (Need("dobj", "hand"),), ("subj",), ("prep:with",), None, "", 2)
    assert r2.specificity == 2


def _codes(lex: Lexicon, lemma: str, pos: str) -> dict[tuple[tuple[Need, ...], str | None], str]:
    return {(r.needs, r.aspect): r.code for r in lex.rules_for(lemma, pos)}


def test_seed_article_triggers(lex: Lexicon) -> None:
    assert _codes(lex, "shake", "VERB")[((Need("dobj", "hand"),), None)].startswith("04")
    enlist = _codes(lex, "enlist", "VERB")
    assert enlist[((), "progressive")].startswith("02")
    assert enlist[((), None)].startswith("06")
    assert _codes(lex, "express", "VERB")[((Need("dobj", "interest"),), None)].startswith("03")
    (over,) = [r for r in lex.rules_for("take", "VERB") if [n for n in r.needs if n.positive] == [Need("prt", "over")]]
    assert over.code.startswith("19")  # refusals aside ("took over the chairmanship", nodobj=)
    assert _codes(lex, "mobilize", "VERB")[((), None)].startswith("15")
    assert _codes(lex, "crackdown", "NOUN")[((Need("nohead", "during"),), None)].startswith("17")
    assert _codes(lex, "claim", "VERB")[((Need("dobj", "life"),), None)].startswith("18")
    assert _codes(lex, "discuss", "VERB")[((), None)].startswith("04")
    assert _codes(lex, "urge", "VERB")[((), None)].startswith("02")
    (receive,) = [r for r in lex.rules_for("receive", "VERB") if r.needs == (Need("dobj", "commitment"),)]
    assert receive.source == ("prep:from",) and receive.target == ("subj",)


def test_ambiguous_words_need_dependents(lex: Lexicon) -> None:
    for lemma, pos in [("strike", "NOUN"), ("strike", "VERB"), ("fire", "VERB"), ("charge", "VERB"),
                       ("release", "VERB"), ("take", "VERB"), ("give", "VERB"), ("open", "VERB"), ("say", "VERB")]:
        assert all(r.needs for r in lex.rules_for(lemma, pos)), (lemma, pos)
    for generic in ("say", "tell", "make", "have", "help", "come", "support", "get"):
        assert lex.rules_for(generic, "VERB") == ()
    for generic in ("take", "give", "work", "hold", "call", "send", "set", "hit", "lay", "put", "go"):
        assert all(r.needs for r in lex.rules_for(generic, "VERB")), generic


def test_lemmas_include_need_lemmas(lex: Lexicon) -> None:
    assert {"urge", "shake", "hand", "siege", "over", "suicide", "airstrike"} <= lex.lemmas
    assert lex.rules_for("nonexistent", "VERB") == ()
    assert lex.rules_for("attack", "ADJ") == ()


HEADER = "# version: t-1\ncode\tpos\tlemma\tneeds\tsource\ttarget\taspect\tnote\n"


def _write(tmp_path: Path, *rows: str) -> Path:
    p = tmp_path / "triggers.tsv"
    p.write_text(HEADER + "".join(r + "\n" for r in rows), encoding="utf-8")
    return p


def test_minimal_file_and_defaults(tmp_path: Path) -> None:
    p = _write(tmp_path, "190\tVERB\tattack\t\t\t\t\tattacked", "195\tNOUN\tstrike\tmod=air\t\t\t\t",
               "020\tVERB\tenlist\t\t\t\tprogressive\t")
    lx = load_lexicon(p)
    assert lx.version == "t-1"
    (a,) = lx.rules_for("attack", "VERB")
    assert (a.source, a.target, a.line, a.note) == (("subj",), ("dobj",), 3, "attacked")
    (s,) = lx.rules_for("strike", "NOUN")
    assert s.target == ("prep:of", "prep:against", "prep:on", "prep:with")
    assert s.needs == (Need("mod", "air"),)
    assert lx.rules_for("enlist", "VERB")[0].aspect == "progressive"
    assert lx.lemmas == frozenset({"attack", "strike", "air", "enlist"})


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("999\tVERB\tattack\t\t\t\t\t", "unknown CAMEO code '999'"),
        ("190\tADV\tattack\t\t\t\t\t", "bad pos 'ADV'"),
        ("190\tVERB\tAttack\t\t\t\t\t", "bad lemma"),
        ("190\tVERB\topen fire\t\t\t\t\t", "bad lemma"),
        ("190\tVERB\topen\tdobj\t\t\t\t", "bad need 'dobj'"),
        ("190\tVERB\topen\tobj=fire\t\t\t\t", "dep must be one of"),
        ("190\tVERB\tattack\t\tsubject\t\t\t", "bad source slot 'subject'"),
        ("190\tVERB\tattack\t\t\tprep:\t\t", "bad target slot 'prep:'"),
        ("190\tVERB\tattack\t\t\tnone,dobj\t\t", "'none' cannot be combined"),
        ("190\tVERB\tattack\t\t\t\tfuture\t", "bad aspect 'future'"),
        ("195\tVERB\tstrike\tmod=air\t\t\t\t", "NOUN triggers only"),
        ("190\tVERB\tattack\t\t\t\t\tnote\textra", "tab-separated fields"),
    ],
)
def test_validation_errors_name_the_line(tmp_path: Path, row: str, message: str) -> None:
    p = _write(tmp_path, "190\tVERB\tfight\t\t\t\t\t", row)
    with pytest.raises(LexiconError) as err:
        load_lexicon(p)
    assert f"{p}:4:" in str(err.value)
    assert message in str(err.value)


def test_duplicate_rule_is_rejected(tmp_path: Path) -> None:
    p = _write(tmp_path, "193\tVERB\topen\tdobj=fire\t\t\t\t", "190\tVERB\topen\tdobj=fire\t\tprep:on\t\t")
    with pytest.raises(LexiconError, match=r":4: duplicate rule .* \(first at line 3\)"):
        load_lexicon(p)


def test_needs_order_does_not_matter_for_duplicates(tmp_path: Path) -> None:
    p = _write(tmp_path, "164\tVERB\tcall\tprt=off dobj=talk\t\t\t\t", "164\tVERB\tcall\tdobj=talk prt=off\t\t\t\t")
    with pytest.raises(LexiconError, match="duplicate"):
        load_lexicon(p)


def test_missing_header_or_version(tmp_path: Path) -> None:
    p = tmp_path / "t.tsv"
    p.write_text("# version: x\n190\tVERB\tattack\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r":2: expected header"):
        load_lexicon(p)
    p.write_text("code\tpos\tlemma\tneeds\tsource\ttarget\taspect\tnote\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="version"):
        load_lexicon(p)


def test_object_needs_beat_preposition_needs_at_equal_specificity(lex: Lexicon) -> None:
    withdraw = lex.rules_for("withdraw", "VERB")
    first = [[n for n in r.needs if n.positive][0] if r.specificity else None for r in withdraw]  # not a refusal
    first_prep = min(i for i, n in enumerate(first) if n is not None and n.dep == "prep")
    assert all(n is None or n.dep != "dobj" for r, n in zip(withdraw[first_prep:], first[first_prep:]) if r.specificity == 2)
    call = [r for r in lex.rules_for("call", "VERB") if r.specificity == 2]
    assert call[0].needs[0].dep in ("dobj", "prt", "pobj")  # an object need, never a bare preposition
