"""The complement's object (need `xobj`, ew-triggers-10) and the rows built on it.

"threatened to strike the United States" is a threat of force, "threatened to strike" alone a
labour threat; "urged Iran to return the tanker" an appeal for a release, "to return to talks"
an appeal to negotiate; "seized power" a coup, not a seizure of property; "raped" (parsed as
`rap`) a sexual assault only with a victim as its object. Sentences written for these tests.
"""
from __future__ import annotations

import pytest

import coding_helpers
from eventwire.coding.lexicon import LexiconError, Need, load_lexicon


def dyads(pipeline, text: str) -> set[tuple[str | None, str, str | None]]:  # type: ignore[no-untyped-def]
    return coding_helpers.dyads(coding_helpers.code(pipeline, text, "2023-05-02"), digits=None)


def codes(pipeline, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {c for _, c, _ in dyads(pipeline, text)}


CODED = [
    ("North Korea threatened to strike the United States with nuclear weapons.", ("PRK", "138", "USA")),
    ("Russia threatened to strike Ukrainian military bases.", ("RUS", "138", "UKR")),
    ("Iran vowed to target Israeli military bases in Syria.", ("IRN", "138", "ISR")),
    ("Turkey was ready to hit Syrian army positions.", ("TUR", "138", "SYR")),
    ("Britain called on Iran to return the seized tanker.", ("GBR", "0253", "IRN")),
    ("The United Nations urged Russia to return the Ukrainian children.", ("UNO", "0253", "RUS")),
    ("Moscow agreed to return the bodies of the soldiers to Kyiv.", ("RUS", "0353", None)),
    ("Kyiv demanded that Moscow return the detainees.", ("UKR", "1053", "RUS")),
    ("Qatar urged Israel and Hamas to return to the negotiating table.", ("QAT", "026", "ISR")),
    ("China called on both Koreas to resume dialogue.", ("CHN", "026", None)),
    ("Sudanese soldiers raped women in the town, Amnesty said.", ("SDN", "1821", None)),
    ("Dozens of girls were raped by Burmese soldiers.", ("MMR", "1821", None)),
    ("China said it would not hesitate to go to war if Taiwan declared independence.", ("CHN", "138", "TWN")),
    ("Russia will not hesitate to use force against Ukraine, Putin said.", ("RUS", "138", "UKR")),
]


@pytest.mark.parametrize(("text", "dyad"), CODED)
def test_complement_objects_give_the_code(pipeline, text: str, dyad) -> None:  # type: ignore[no-untyped-def]
    source, code, target = dyad
    got = dyads(pipeline, text)
    assert coding_helpers.dyad_in(got, code, source, target, exact=True), got


@pytest.mark.parametrize(("text", "absent"), [
    ("French rail workers threatened to strike over pensions.", "138"),     # labour: 133
    ("Dock workers threatened to strike in Marseille next week.", "138"),   # a place, not a target
    ("The army seized power in Niger in July.", "171"),                     # a coup, not property
    ("The EU urged Russia to resume grain exports.", "026"),                # no talks
    ("Aid groups urged refugees to return home.", "026"),
    ("The senator rapped the government over its budget.", "1821"),         # criticised
    ("Serbia said it would not hesitate to go to court against Kosovo.", "138"),  # no war
])
def test_wrong_senses_do_not_code(pipeline, text: str, absent: str) -> None:  # type: ignore[no-untyped-def]
    assert absent not in codes(pipeline, text)


def test_labour_threat_and_coup_codes(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "133" in codes(pipeline, "The Nigeria Labour Congress threatened to strike.")
    assert "17" in codes(pipeline, "The Nigerien army seized power in Niger on Wednesday.")


def test_xobj_needs_a_complement_need_and_is_no_word() -> None:
    assert not Need("xobj", "actor").word and Need("xobj", "tanker").word
    rules = [r for r in load_lexicon().rules() if any(n.dep == "xobj" for n in r.needs)]
    assert rules and all(any(n.dep in ("xcomp", "ccomp") for n in r.needs) for r in rules)


def test_xobj_without_a_complement_is_rejected(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "t.tsv"
    path.write_text("# version: t\ncode\tpos\tlemma\tneeds\tsource\ttarget\taspect\tnote\n"
                    "138\tVERB\tthreaten\txobj=actor\t\t\t\t\n")
    with pytest.raises(LexiconError, match=r"t.tsv:3: .*xobj"):
        load_lexicon(path)
