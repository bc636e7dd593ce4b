"""NLP stage: headline casing, datelines, model loading."""
from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import dateline_end, headline_case, is_title_case, load_nlp, mask_dateline


def test_title_case_headline_is_sentence_cased_keeping_names_and_offsets() -> None:
    title = "US Urges China To Support Anti-ISIS Campaign In Middle East"
    keep = [(0, 2), (9, 14)]
    out = headline_case(title, keep)
    assert out.startswith("US urges China to support anti-ISIS campaign in")
    assert len(out) == len(title)


def test_prose_is_left_alone() -> None:
    text = "Russian forces shelled Kharkiv on Tuesday, officials said."
    assert not is_title_case(text)
    assert headline_case(text) == text


@pytest.mark.parametrize("text,dateline", [
    ("KYIV (Wire) - Russian forces shelled Kharkiv.", "KYIV (Wire) - "),
    ("KABUL, Afghanistan — A bomb exploded.", "KABUL, Afghanistan — "),
    ("PORT SUDAN (Reuters) - The UN said.", "PORT SUDAN (Reuters) - "),
    ("Russia said on Monday - quoting officials - that", ""),
])
def test_datelines_are_found_and_masked_without_moving_offsets(text: str, dateline: str) -> None:
    assert dateline_end(text) == len(dateline)
    masked = mask_dateline(text)
    assert len(masked) == len(text) and masked[len(dateline):] == text[len(dateline):]
    assert masked[: len(dateline)].strip() == ""


def test_missing_model_is_a_clear_error() -> None:
    with pytest.raises(OSError, match="EVENTWIRE_MODEL"):
        load_nlp("no_such_model_xyz")
