"""Object classes (docs/lexicon.md, "object classes"): a `dobj=@CLASS` / `pobj=@CLASS` need
is met by any word of a class of object_classes.tsv, so one row per verb and class covers
every object of the class.

Sentences are written for these tests, not taken from the gold files.
"""
from __future__ import annotations

from pathlib import Path

import pytest

import coding_helpers
from eventwire.coding.lexicon import LexiconError, Need, load_object_classes
from eventwire.nlp.prefilter import Cues


def dyads(pipeline, text: str) -> set[tuple[str | None, str, str | None]]:  # type: ignore[no-untyped-def]
    return coding_helpers.dyads(coding_helpers.code(pipeline, text, "2023-03-14"), digits=None)


def test_the_shipped_classes_load() -> None:
    classes = load_object_classes()
    assert {"relief_goods", "military_goods", "economic_aid", "trade_barriers", "trade_flows"} <= set(classes)
    assert "tarpaulin" in classes["relief_goods"] and "howitzer" in classes["military_goods"]
    assert Need("dobj", "@relief_goods").lemmas == classes["relief_goods"]
    assert Need("dobj", "tent").lemmas == frozenset({"tent"})


def test_an_unknown_class_names_the_trigger_line(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match=r"triggers.tsv:\d+: .*unknown object class 'nosuch'"):
        coding_helpers.lexicon_from_rows(tmp_path, "073\tVERB\tsend\tdobj=@nosuch\t\tprep:to\t\t\n")


def test_a_bad_class_file_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "object_classes.tsv"
    path.write_text("# version: t\nclass\tword\nrelief_goods\ttent\nrelief_goods\tTents!\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"object_classes.tsv:4: bad word"):
        load_object_classes(path)
    path.write_text("# version: t\nclass\tword\nrelief_goods\ttent\nrelief_goods\ttent\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"object_classes.tsv:4: word 'tent' listed twice"):
        load_object_classes(path)


def test_a_class_row_codes_objects_no_row_names(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert ("QAT", "073", "SDN") in dyads(pipeline, "Qatar trucked sorghum and tarpaulins to Sudan on Monday.")
    assert ("JPN", "085", "VNM") in dyads(pipeline, "Japan scrapped its quotas on Vietnam in March.")
    assert ("BRA", "163", "PRY") in dyads(pipeline, "Brazil curtailed shipments to Paraguay.")
    assert ("KWT", "0333", "YEM") in dyads(pipeline, "Kuwait pledged 500 tonnes of flour to Yemen.")


def test_a_class_row_needs_an_object_of_its_class(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert not {c for _, c, _ in dyads(pipeline, "Qatar trucked journalists to the Sudanese border on Monday.")
                if c.startswith("07")}
    assert not {c for _, c, _ in dyads(pipeline, "Japan scrapped its plans for a summit with Vietnam.")
                if c.startswith("08")}


def test_the_prefilter_lets_a_class_word_through() -> None:
    cues = Cues.default()
    assert cues.trigger({"trucked", "sorghum"})
    assert cues.trigger({"curtailed", "shipments"})
