"""Fuzzing (hypothesis): cleaning, timex, actor resolution, readers and the whole pipeline.

The targets (strategies and checks) live in bench/fuzz.py, which runs >= 10,000 cases;
here each runs with a small ``max_examples`` so the whole file stays well under 90 s.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from conftest import load_bench  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]




FUZZ = load_bench("fuzz")

# examples per target in CI (the pipeline parses with spaCy: keep it short)
CI_EXAMPLES = {
    "clean_text": 150,
    "from_html": 80,
    "find_dates": 300,
    "parse_date": 200,
    "resolve_event_date": 200,
    "actor_mentions": 200,
    "reader_jsonl": 40,
    "reader_text_file": 40,
    "reader_html_file": 30,
    "reader_feed": 30,
    "pipeline": 40,
}


def test_every_target_has_a_ci_budget() -> None:
    assert set(CI_EXAMPLES) == set(FUZZ.BY_NAME)


@pytest.mark.parametrize("name", sorted(CI_EXAMPLES))
def test_fuzz_target(name: str) -> None:
    target = FUZZ.BY_NAME[name]

    @settings(max_examples=CI_EXAMPLES[name], deadline=None, database=None,
              suppress_health_check=list(HealthCheck))  # fmt: skip
    @given(target.strategy)
    def prop(x: object) -> None:
        target.check(x)

    prop()


# -- regressions found by fuzzing -----------------------------------------------------------
@pytest.mark.parametrize(
    "html",
    [
        "<svg><p>a</p><p>b</p></svg>",  # htmldate's cleaner asserted on a root it had to drop
        "<svg class='caption'><span>x</span><p>Russia attacked Ukraine on Monday.</p></svg>",
        "<p>Russia attacked Ukraine on Monday, officials said.</p>",  # a bare fragment
        "<table><tr><td>Russia attacked Ukraine on Monday.</td></tr></table>",
    ],
)
def test_html_fragments_are_read_not_crashed_on(html: str) -> None:
    from eventwire.ingest import from_html

    article = from_html(html, "frag")
    if "Russia" in html:
        assert "Russia attacked Ukraine on Monday" in article.text


def test_html_fragment_through_iter_articles_has_no_failure(tmp_path: Path) -> None:
    from eventwire.ingest import IngestReport, iter_articles

    (tmp_path / "frag.html").write_text("<p>Russia attacked Ukraine on Monday, officials said "
                                        "in a statement issued in the capital.</p>")  # fmt: skip
    report = IngestReport()
    arts = list(iter_articles([str(tmp_path / "frag.html")], report=report))
    assert [a.doc_id for a in arts] == ["frag"] and not report.failed


def test_actor_mentions_scale_linearly_on_long_paragraphs() -> None:
    """A 300 KB paragraph (one block) used to take minutes: the overlap tests scanned every
    span taken so far. CPU time of this process, not wall time: the bound is a guard against
    quadratic work, and must not fail because other processes share the machine."""
    import time

    from eventwire.actors import ActorResolver

    for text in ("Russia attacked Ukraine on Monday and " * 8000, "President Putin met Xi. May 9, 2014 " * 8000):
        t0 = time.process_time()
        found = ActorResolver(published="2014-09-09").mentions(text)
        assert found and time.process_time() - t0 < 10


def test_occupied_ranges_match_a_brute_force_scan() -> None:
    from hypothesis import strategies as st

    from eventwire.actors.resolver import _Occupied

    span = st.tuples(st.integers(0, 60), st.integers(0, 12)).map(lambda t: (t[0], t[0] + t[1]))

    @settings(max_examples=300, deadline=None, database=None)
    @given(st.lists(span, max_size=12), st.lists(span, max_size=30))
    def prop(initial: list[tuple[int, int]], later: list[tuple[int, int]]) -> None:
        occ, taken = _Occupied(initial), list(initial)
        for a, b in later:
            brute = any(a < e and s < b for s, e in taken)
            assert occ.overlaps(a, b) == brute, (taken, a, b)
            if not brute:
                occ.add(a, b)
                taken.append((a, b))

    prop()


def test_unbroken_page_becomes_paragraph_sized_blocks() -> None:
    """A 1.1 MB line used to reach spaCy as one block: minutes of quadratic coding, then
    E088 (over nlp.max_length) ended the whole ``eventwire ingest`` run."""
    from eventwire.ingest import clean_text
    from eventwire.ingest.text import MAX_BLOCK_CHARS

    raw = "Russia attacked Ukraine on Monday, officials said. " * 22_000
    article = clean_text(raw, "huge")
    assert len(article.blocks) > 200
    assert all(b.end - b.start <= MAX_BLOCK_CHARS for b in article.blocks)
    assert article.text.count("Russia attacked Ukraine") == 22_000
    assert all(article.text[b.start : b.end].endswith("said.") for b in article.blocks)


def test_split_long_keeps_every_word() -> None:
    from hypothesis import strategies as st

    from eventwire.ingest.text import split_long

    @settings(max_examples=200, deadline=None, database=None)
    @given(st.text(st.sampled_from("ab .!?\n\u2026\""), max_size=400), st.integers(5, 60))
    def prop(text: str, limit: int) -> None:
        parts = split_long(text, limit)
        assert all(0 < len(p) <= limit and p == p.strip() for p in parts)
        assert "".join("".join(parts).split()) == "".join(text.split())

    prop()


def test_long_paragraph_codes_in_linear_time(pipeline) -> None:  # type: ignore[no-untyped-def]
    import time

    from eventwire.ingest import clean_text

    article = clean_text("Russia attacked Ukraine on Monday, officials said. " * 1500, "long")
    t0 = time.process_time()
    events = pipeline.code_one(article)
    assert len(events) == 1500 and time.process_time() - t0 < 30
