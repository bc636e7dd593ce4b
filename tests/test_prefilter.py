"""The sentence pre-filter: cheap splitting, trigger forms, and the same events as the
full parse on the gold documents, the seed article and the bundled samples."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from eventwire.nlp.prefilter import (
    Cues,
    _words,
    event_candidate_spans,
    inflections,
    irregular_forms,
    split_sentences,
)

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold"
SEED = ROOT.parent / "shared" / "examples" / "seed-article.txt"


def test_split_sentences_tiles_text_and_keeps_abbreviations() -> None:
    text = 'Mr. Smith met Gen. Dagalo in the U.S. capital. "We agreed," he said. Talks end on Jan. 5.  Next.'
    spans = split_sentences(text)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:]))
    assert [text[s:e].strip() for s, e in spans] == [
        "Mr. Smith met Gen. Dagalo in the U.S. capital.", '"We agreed," he said.',
        "Talks end on Jan. 5.", "Next."]


def test_inflections() -> None:
    assert {"attacks", "attacked", "attacking"} <= inflections("attack")
    assert {"shelled", "shelling"} <= inflections("shell")
    assert {"stopped", "stopping"} <= inflections("stop")
    assert {"denies", "denied"} <= inflections("deny")
    assert {"seized", "seizes", "seizing"} <= inflections("seize")
    assert {"met", "meets", "meeting"} <= inflections("meet")
    assert "struck" in inflections("strike")
    assert all(f == f.lower() for forms in irregular_forms().values() for f in forms)


def test_candidate_needs_trigger_and_its_needs() -> None:
    cues = Cues.default()
    assert cues.trigger(set(_words("France condemned the attack.")))
    assert not cues.trigger(set(_words("The weather was fine on Monday.")))
    # "hold" codes only with its needed object ("held talks"), not "held a festival"
    assert cues.trigger(set(_words("India held talks with China.")))
    text = "The weather was fine on Monday. France condemned the attack. Markets were calm."
    spans = event_candidate_spans(text, [], cues=cues)
    assert [text[s:e].strip() for s, e in spans] == ["France condemned the attack."]


def _articles() -> list:
    from eventwire.coding.evaluate import gold_article, load_gold
    from eventwire.ingest import clean_text

    docs = [d for name in ("tune.jsonl", "heldout.jsonl") if (GOLD / name).is_file()
            for d in load_gold(GOLD / name)]
    arts = [gold_article(d) for d in docs]
    if SEED.is_file():
        arts.append(clean_text(SEED.read_text(encoding="utf-8"), "seed-article"))
    sample = ROOT / "src" / "eventwire" / "sample"
    arts += [clean_text(p.read_text(encoding="utf-8"), p.stem) for p in sorted(sample.glob("*.txt"))]
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from bench.corpus import articles

    return arts + articles(12)  # long wire-style articles where most sentences are dropped


def _canon(coded) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    return {a.doc_id: sorted(json.dumps(e.to_dict(), sort_keys=True) for e in events)
            for a, events in coded}


def test_prefilter_finds_the_same_events_as_the_full_parse(pipeline) -> None:  # type: ignore[no-untyped-def]
    from eventwire.nlp.prefilter import code_prefiltered

    arts = _articles()
    assert len(arts) > 300
    full = _canon(pipeline.code(arts))
    filtered = _canon(code_prefiltered(pipeline, arts))
    assert sum(map(len, full.values())) > 100
    diff = [k for k in full if full[k] != filtered.get(k)]
    assert not diff, f"pre-filter changed the events of {len(diff)} documents, e.g. {diff[:5]}"


def test_trigger_forms_cover_every_trigger_token_of_the_parse(pipeline) -> None:  # type: ignore[no-untyped-def]
    """Without the lemmatizer's own table, the generated forms and data/irregular_forms.tsv
    still cover every token the parse lemmatises to a trigger lemma."""
    from eventwire.nlp import load_nlp
    from eventwire.nlp.pipeline import block_texts

    cues = Cues.default(pipeline.coder.lexicon)  # no nlp: generated + irregular forms only
    nlp = load_nlp(pipeline.settings.model)
    lemmas = {r.lemma for r in pipeline.coder.lexicon.rules()}
    texts = [t for a in _articles() for _, t in block_texts(a)]
    missed = {(t.lower_, t.lemma_) for doc in nlp.pipe(texts) for t in doc
              if t.pos_ in ("VERB", "NOUN") and t.lemma_.lower() in lemmas
              and t.lower_ not in cues.form_lemmas}
    assert not missed, f"add these forms to nlp/data/irregular_forms.tsv: {sorted(missed)[:20]}"


@pytest.mark.parametrize("text", ["", "   ", "No period here", "Ends. "])
def test_split_sentences_edge_cases(text: str) -> None:
    spans = split_sentences(text)
    assert "".join(text[s:e] for s, e in spans) == text
