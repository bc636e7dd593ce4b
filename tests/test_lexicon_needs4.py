"""Need kinds on the clause's doer and object (docs/lexicon.md, "needs" and "subject classes"):
`subj=CLASS` / `nosubj=CLASS` (classes of coding/data/subject_classes.tsv), `nodobj=LEMMA,...`,
`dobj=actor`, `adv=LEMMA` and `count=mass` (a mass killing's toll, MASS_FLOOR).

Sentences are written for these tests, not taken from the gold files.
"""
from __future__ import annotations

from pathlib import Path

import pytest

import coding_helpers
from eventwire.coding import needs
from eventwire.coding.lexicon import LexiconError, Need, load_lexicon, load_subject_classes

_load = coding_helpers.lexicon_from_rows


def codes(pipeline, text: str) -> set[tuple[str | None, str, str | None]]:  # type: ignore[no-untyped-def]
    return coding_helpers.dyads(coding_helpers.code(pipeline, text, "2022-03-08"), digits=None)


def cameos(pipeline, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {c for _, c, _ in codes(pipeline, text)}


# -- the format ------------------------------------------------------------------------
def test_new_needs_load_with_their_specificity_and_no_words(tmp_path: Path) -> None:
    lex = _load(tmp_path, (
        "145\tVERB\tstorm\tsubj=protest\t\t\t\tprotesters stormed\n"
        "190\tVERB\tstorm\tdobj=base nosubj=disaster\t\t\t\tstormed the base\n"
        "190\tVERB\tbattle\tnodobj=outbreak,epidemic\t\t\t\tbattled rebels\n"
        "181\tVERB\tseize\tdobj=actor\t\t\t\tX was seized\n"
        "202\tVERB\tkill\tcount=mass subj=armed\t\t\t\tgunmen killed 40\n"
        "06\tVERB\traid\tadv=jointly subj=state\tconj,subj\tnone\t\tjointly raided\n"
    ))
    protest, base = lex.rules_for("storm", "VERB")
    assert protest.needs == (Need("subj", "protest"),) and protest.specificity == 2
    assert base.specificity == 2  # a refusal adds nothing; file order breaks the tie
    (battle,) = lex.rules_for("battle", "VERB")
    assert battle.specificity == 0 and battle.needs[0].words == ("outbreak", "epidemic")
    (kill,) = lex.rules_for("kill", "VERB")
    assert kill.specificity == 4
    (raid,) = lex.rules_for("raid", "VERB")
    assert raid.specificity == 4 and raid.target == ("none",)
    # class names, refused words and "actor" are no words the sentence must hold
    for word in ("protest", "disaster", "outbreak", "epidemic", "actor", "armed", "state", "mass"):
        assert word not in lex.lemmas
    assert "jointly" in lex.lemmas and "base" in lex.lemmas


@pytest.mark.parametrize("row, message", [
    ("145\tVERB\tstorm\tsubj=hooligans\n", "unknown subject class 'hooligans'"),
    ("145\tVERB\tstorm\tnosubj=Disaster\n", "lowercase"),
    ("190\tVERB\tbattle\tnodobj=outbreak,,virus\n", "nodobj takes lowercase lemmas"),
    ("190\tNOUN\tbattle\tsubj=armed\n", "apply to VERB triggers only"),
    ("190\tNOUN\tbattle\tnodobj=outbreak\n", "apply to VERB triggers only"),
    ("202\tVERB\tkill\tcount=dozens\n", "count must be one of"),
    ("145\tVERB\tstorm\tsubj=protest subj=protest\n", "listed twice"),
])
def test_bad_needs_are_rejected_with_the_line(tmp_path: Path, row: str, message: str) -> None:
    with pytest.raises(LexiconError, match=message) as err:
        _load(tmp_path, row)
    assert ":3:" in str(err.value)


def test_subject_classes_are_data_and_validated(tmp_path: Path) -> None:
    classes = load_subject_classes()
    assert {"protest", "armed", "state", "disaster"} <= set(classes)
    assert "pirate" in classes["armed"] and "@GPE" in classes["state"] and "cyclone" in classes["disaster"]
    bad = tmp_path / "subject_classes.tsv"
    bad.write_text("# version: t\nclass\tword\narmed\tPirate\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"subject_classes.tsv:3: bad word 'Pirate'"):
        load_subject_classes(bad)
    bad.write_text("# version: t\nclass\tword\narmed\tpirate\narmed\tpirate\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r":4: word 'pirate' listed twice"):
        load_subject_classes(bad)


def test_the_packaged_table_uses_only_known_classes() -> None:
    classes = load_subject_classes()
    used = {n.lemma for r in load_lexicon().rules() for n in r.needs if n.dep in ("subj", "nosubj")}
    assert used and used <= set(classes)


def test_mass_floor_fits_the_tuning_gold() -> None:
    # 26 and 20 killed are 18 in the tuning gold; 30 and more killed by armed men 202
    assert needs.MASS_FLOOR == 30 and needs.COUNT_FLOORS == {"hundreds": 100, "mass": 30}


# -- subj: the doer decides the sense ----------------------------------------------------
def test_students_storming_a_base_riot(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = codes(pipeline, "Hundreds of students stormed a police base in the northern Nigerian city of Kano on Tuesday.")
    assert coding_helpers.dyad_in(found, "145", "NGA", None, exact=True)
    assert not any(c.startswith("19") for _, c, _ in found)


def test_rebels_storming_a_base_attack(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = cameos(pipeline, "Rebels stormed an army base near the Congolese town of Beni on Tuesday.")
    assert "190" in found and "145" not in found


def test_demonstrators_setting_fire_to_an_embassy_riot(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = codes(pipeline, "Angry demonstrators set fire to the Danish embassy in Tehran on Sunday.")
    assert coding_helpers.dyad_in(found, "145", "IRN", "DNK", exact=True)
    assert "1712" not in {c for _, c, _ in found}
    assert "1712" in cameos(pipeline, "Militiamen set fire to the Danish embassy in Tehran on Sunday.")


def test_pirates_seizing_a_tanker_hijack_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = codes(pipeline, "Somali pirates seized a Greek oil tanker off the coast of Puntland on Monday.")
    assert coding_helpers.dyad_in(found, "181", "SOM", "GRC", exact=True)
    state = codes(pipeline, "Iran seized a Greek oil tanker in the Gulf on Monday.")
    assert coding_helpers.dyad_in(state, "171", "IRN", "GRC", exact=True)


def test_two_states_police_raiding_jointly_cooperate(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = codes(pipeline, "Kenyan and Ugandan police jointly raided a smuggling den in Busia on Thursday.")
    assert ("KEN", "06", "UGA") in found and ("UGA", "06", "KEN") in found
    assert "170" in cameos(pipeline, "Kenyan police raided a smuggling den in Busia on Thursday.")


# -- nosubj: disasters do no event -----------------------------------------------------
@pytest.mark.parametrize("text", [
    "Cyclone Idai killed more than 300 people in Mozambique last week.",
    "Floods flattened hundreds of homes in Pakistan's Sindh province.",
    "A landslide destroyed dozens of houses in the Indonesian village of Cijeruk.",
])
def test_disasters_as_doers_code_nothing(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(c[:2] in ("18", "19", "20") or c in ("1712", "201") for c in cameos(pipeline, text))


# -- nodobj: an object that is no enemy ---------------------------------------------------
def test_battling_an_outbreak_is_no_fight(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "190" not in cameos(pipeline, "Zambia battled its worst cholera outbreak in a decade, the health ministry said.")
    assert "190" in cameos(pipeline, "The Sudanese army battled RSF fighters in Khartoum on Monday.")


def test_taking_over_a_presidency_is_no_occupation(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "192" not in cameos(pipeline, "Ghana took over the rotating presidency of the West African bloc ECOWAS on Friday.")
    assert "192" in cameos(pipeline, "M23 rebels took over the Congolese town of Bunagana on Monday.")


# -- dobj=actor: a named person seized is abducted --------------------------------------
def test_a_named_person_seized_is_abducted(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = codes(pipeline, "Malian opposition leader Moussa Keita was seized in Bamako last week while campaigning.")
    assert coding_helpers.dyad_in(found, "181", None, "MLI", exact=True)
    assert "171" not in {c for _, c, _ in found}


# -- count=mass: tolls of 30 or more killed by armed men ----------------------------------
def test_gunmen_killing_dozens_of_villagers_is_a_massacre(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert coding_helpers.dyad_in(codes(pipeline, "Gunmen killed at least 45 villagers in central Mali on Sunday."),
                                  "202", "MLI", "MLI", exact=True)
    assert coding_helpers.dyad_in(codes(pipeline, "Gunmen killed forty villagers in central Mali on Sunday."),
                                  "202", "MLI", "MLI", exact=True)


def test_a_small_toll_stays_a_killing(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = cameos(pipeline, "Gunmen killed 12 villagers in central Mali on Sunday.")
    assert "180" in found and "202" not in found


def test_combatants_killed_are_no_massacre(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = cameos(pipeline, "Nigerian troops killed 40 Boko Haram fighters in Borno state on Monday.")
    assert "202" not in found and "180" in found


def test_a_bomb_killing_dozens_is_no_massacre(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "202" not in cameos(pipeline, "A car bomb killed at least 45 people in Mogadishu, Somalia on Sunday.")


# -- a two-word preposition the parser splits -------------------------------------------
@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("Serbia walked out of EU-mediated talks with Kosovo on Tuesday.", "164", "SRB", "XKX"),
    ("Azerbaijan pulled out of a planned meeting with Armenia's prime minister.", "125", "AZE", "ARM"),
])
def test_pobj_need_reaches_the_object_of_a_split_out_of(pipeline, text, code, source, target) -> None:  # type: ignore[no-untyped-def]
    """"out of": "of" hangs on "out", so `prep=out pobj=talk` finds "talks" under "of"."""
    events = coding_helpers.code(pipeline, text, "2022-03-08")
    assert coding_helpers.has(events, code, source, target), coding_helpers.dyads(events, digits=None)


def test_walking_out_of_a_prison_is_no_strike(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert not any(c.startswith("14") for c in cameos(pipeline, "The journalist walked out of Bubanza prison on Wednesday."))
