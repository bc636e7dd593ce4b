"""The coder's small data tables load, and a bad edit is a clear error naming the file."""
from __future__ import annotations

import pytest

from eventwire.coding.modality import (
    load_intent,
    load_kinds,
    load_modality,
    load_proxies,
    load_word_list,
)


def test_shipped_tables_load() -> None:
    mod = load_modality()
    assert {"may", "might"} <= mod.modal and "will" in mod.intent_modal and "say" in mod.speech
    assert load_intent()["04"] == "036" and load_intent()["19"] == "138"
    assert "territory" in load_proxies().target and "missile" in load_proxies().source
    assert {"14", "17"} <= load_word_list("self_target.tsv", "code")
    assert "GOV" in load_word_list("state_roles.tsv", "role")
    assert "042" in load_word_list("place_target.tsv", "code")
    from eventwire.coding.coder import WORD_KINDS

    words = load_kinds("coder_words.tsv", WORD_KINDS)
    assert {"in", "through"} <= words["crowd_place_prep"]
    assert "order" in mod.directive and "order" in mod.governor
    assert "04" in words["symmetric_root"] and "11" in words["agent_target_root"]
    assert words["mutual_root"] <= words["symmetric_root"] and "04" not in words["mutual_root"]
    assert words["weapon_root"] <= words["unattributed_root"] and "bomb" in words["weapon_subject"]


@pytest.mark.parametrize("name,header,body,message", [
    ("x.tsv", "root", "root\n1x\n", "two-digit CAMEO root"),
    ("x.tsv", "code", "code\n12345\n", "CAMEO code prefix"),
    ("x.tsv", "role", "role\ngov\n", "CAMEO role code"),
    ("x.tsv", "root", "wrong\n14\n", "header"),
])
def test_bad_word_list_names_file_and_row(tmp_path, name, header, body, message) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_text(body)
    with pytest.raises(ValueError, match=message) as err:
        load_word_list.__wrapped__(name, header, path)
    assert str(path) in str(err.value)


def test_bad_kinds_and_intent_rows_are_clear(tmp_path) -> None:  # type: ignore[no-untyped-def]
    kinds = tmp_path / "k.tsv"
    kinds.write_text("kind\tvalue\nnonsense\tx\n")
    with pytest.raises(ValueError, match="row 2"):
        load_kinds.__wrapped__("k.tsv", ("a",), kinds)
    intent = tmp_path / "i.tsv"
    intent.write_text("root\tcode\n4\t036\n")
    with pytest.raises(ValueError, match="2-digit root"):
        load_intent.__wrapped__(intent)
