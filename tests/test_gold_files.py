"""Validate the hand-written evaluation corpus in tests/gold/ (see tests/gold/README.md)."""
from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

GOLD_DIR = Path(__file__).parent / "gold"
SPLITS = ("tune", "heldout")
CODE_RE = re.compile(r"^\d{2,4}$")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
ID_RE = re.compile(r"^g\d{4}$")
# articles.jsonl: full-length articles, report-only (see README.md); validated by the same
# per-document checks as the splits, but kept out of the split counts and balance tests.
ARTICLES = "articles"
ARTICLE_ID_RE = re.compile(r"^a\d{3}$")
# Passage sets by fresh writers, each checked like articles.jsonl for its own ids, no text shared
# with another gold file and documented tags (see README.md): name -> (id pattern, least size).
# tune2: long wire sentences; tune3/tune4 (session 3), tune5/tune6 (session 4), tune7
# (session 5), tune8 (session 6) and tune9 (session 7): short passages for tuning; dev: short
# passages, report-only like heldout.
TUNE2, TUNE3, TUNE4, TUNE5, TUNE6, TUNE7, TUNE8, TUNE9, DEV = (
    "tune2", "tune3", "tune4", "tune5", "tune6", "tune7", "tune8", "tune9", "dev")
PASSAGE_SETS: dict[str, tuple[re.Pattern[str], int]] = {
    TUNE2: (re.compile(r"^t2[ab]\d{3}$"), 150),
    TUNE3: (re.compile(r"^t3[ab]\d{3}$"), 280),
    TUNE4: (re.compile(r"^t4[ab]\d{3}$"), 280),
    TUNE5: (re.compile(r"^t5[ab]\d{3}$"), 280),
    TUNE6: (re.compile(r"^t6[ab]\d{3}$"), 250),
    TUNE7: (re.compile(r"^t7[ab]\d{3}$"), 240),
    TUNE8: (re.compile(r"^t8[ab]\d{3}$"), 275),
    TUNE9: (re.compile(r"^t9[ab]\d{3}$"), 285),
    DEV: (re.compile(r"^dv[ab]\d{3}$"), 250),
}
# tune_articles.jsonl: full-length articles for tuning, checked like articles.jsonl.
TUNE_ARTICLES = "tune_articles"
TUNE_ARTICLE_ID_RE = re.compile(r"^ta\d{3}$")
MIN_TUNE_ARTICLES = 20
MIN_ARTICLES = 24
# end of a sentence: . ! ? (not after a capital, as in "U.S.", nor after a title) then a capital
BOUNDARY_RE = re.compile(r"(?<![A-Z])(?<!Mr)(?<!Dr)(?<!St)(?<!Gen)(?<!Lt)(?<!Col)[.!?]['\"]? [A-Z]")
# Codes used for Kosovo, which has no ISO 3166-1 alpha-3 code (XKX is user-assigned).
EXTRA_ACTOR_CODES = {"XKX", "KOS"}
HARD_CASE_TAGS = {
    "passive", "nominal", "coordinated", "negation", "hedge", "conditional", "reported_speech",
    "appositive", "relative_clause", "symmetric_meeting", "talks_between", "group_place",
    "metonymy", "title_surname", "pronoun", "repeated_event", "date_relative", "date_absolute",
    "location",
}
MIN_PER_ROOT = 10
MIN_PER_HARD_TAG = 8
MIN_NO_EVENT_DOCS = 40
MIN_DOCS = 320


def fold(text: str | None) -> str:
    return re.sub(r"\s+", " ", text or "").strip().lower()


def as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def load(split: str) -> list[dict[str, Any]]:
    path = GOLD_DIR / f"{split}.jsonl"
    docs = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            doc = json.loads(line)
        except json.JSONDecodeError as exc:  # pragma: no cover - failure path
            pytest.fail(f"{path.name}:{lineno}: invalid JSON: {exc}")
        assert isinstance(doc, dict), f"{path.name}:{lineno}: not a JSON object"
        docs.append(doc)
    return docs


@pytest.fixture(scope="module")
def splits() -> dict[str, list[dict[str, Any]]]:
    return {s: load(s) for s in SPLITS}


@pytest.fixture(scope="module")
def all_docs(splits: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    return [d for s in SPLITS for d in splits[s]]


@pytest.fixture(scope="module")
def articles() -> list[dict[str, Any]]:
    return load(ARTICLES)


@pytest.fixture(scope="module", params=["splits", ARTICLES, *PASSAGE_SETS, TUNE_ARTICLES])
def gold_docs(request: pytest.FixtureRequest, all_docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every gold file the per-document checks apply to: the two splits, articles.jsonl,
    tune2.jsonl to tune9.jsonl, dev.jsonl, tune_articles.jsonl."""
    return all_docs if request.param == "splits" else load(request.param)


def all_events(docs: list[dict[str, Any]]) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    return [(d, ev) for d in docs for ev in d["events"]]


def parse_date(value: str) -> dt.date:
    parts = [int(p) for p in value.split("-")] + [1, 1]
    return dt.date(parts[0], parts[1], parts[2])


def test_ids_unique_and_disjoint(splits: dict[str, list[dict[str, Any]]]) -> None:
    ids = {s: [d.get("id") for d in splits[s]] for s in SPLITS}
    for s in SPLITS:
        assert len(ids[s]) == len(set(ids[s])), f"duplicate ids in {s}"
        assert all(isinstance(i, str) and ID_RE.match(i) for i in ids[s]), f"bad id in {s}"
    assert not set(ids["tune"]) & set(ids["heldout"]), "document id in both splits"
    texts = {s: {fold(d["text"]) for d in splits[s]} for s in SPLITS}
    assert not texts["tune"] & texts["heldout"], "same text in both splits"
    assert len(texts["tune"]) + len(texts["heldout"]) == sum(len(splits[s]) for s in SPLITS), \
        "duplicate document text"


def test_split_sizes(splits: dict[str, list[dict[str, Any]]]) -> None:
    n_tune, n_held = len(splits["tune"]), len(splits["heldout"])
    assert n_tune + n_held >= MIN_DOCS
    assert abs(n_tune - n_held) <= 0.1 * (n_tune + n_held), (n_tune, n_held)


def test_document_fields(gold_docs: list[dict[str, Any]]) -> None:
    for d in gold_docs:
        where = d["id"]
        assert d.get("format") == "text", where
        assert isinstance(d.get("text"), str) and d["text"].strip(), where
        assert isinstance(d.get("published"), str) and DATE_RE.match(d["published"]), where
        pub = parse_date(d["published"])
        assert dt.date(2000, 1, 1) <= pub <= dt.date(2026, 12, 31), where
        assert isinstance(d.get("events"), list), where
        tags = d.get("tags")
        assert isinstance(tags, list) and all(isinstance(t, str) for t in tags), where
        assert len(tags) == len(set(tags)), f"{where}: duplicate tags"


def check_actor(value: Any, where: str, iso3: set[str]) -> None:
    if value is None:
        return
    items = as_list(value)
    assert items, f"{where}: empty actor list"
    for item in items:
        assert isinstance(item, str) and item.strip(), f"{where}: bad actor {item!r}"
        if re.fullmatch(r"[A-Z]{3}", item):
            assert item in iso3, f"{where}: {item} is not an ISO 3166-1 alpha-3 code"


@pytest.fixture(scope="module")
def iso3() -> set[str]:
    pycountry = pytest.importorskip("pycountry")
    return {c.alpha_3 for c in pycountry.countries} | EXTRA_ACTOR_CODES


def test_event_fields(gold_docs: list[dict[str, Any]], iso3: set[str]) -> None:
    allowed = {"sentence", "source", "target", "cameo", "plover", "date", "location",
               "optional", "negated"}
    for d, ev in all_events(gold_docs):
        where = f"{d['id']}: {ev.get('sentence')!r}"
        assert set(ev) <= allowed, f"{where}: unknown fields {set(ev) - allowed}"
        assert isinstance(ev.get("sentence"), str) and len(ev["sentence"].strip()) >= 8, where
        assert "source" in ev and "target" in ev, where
        check_actor(ev["source"], where, iso3)
        check_actor(ev["target"], where, iso3)
        codes = as_list(ev.get("cameo"))
        assert codes, where
        for code in codes:
            assert isinstance(code, str) and CODE_RE.match(code), f"{where}: bad code {code!r}"
            assert 1 <= int(code[:2]) <= 20, f"{where}: root of {code} not in 01..20"
        assert isinstance(ev.get("optional", False), bool), where
        if ev.get("negated"):
            assert ev.get("optional") is True, f"{where}: negated gold events must be optional"
        if "date" in ev:
            assert DATE_RE.match(ev["date"]), where
            parse_date(ev["date"])  # a real calendar date
            assert ev["date"] <= d["published"][: len(ev["date"])], \
                f"{where}: event dated after publication"
        if "location" in ev:
            loc = ev["location"]
            assert isinstance(loc, str) and fold(loc) in fold(d["text"]), \
                f"{where}: location {loc!r} not in text"


def test_phrases_are_in_one_sentence(gold_docs: list[dict[str, Any]]) -> None:
    for d, ev in all_events(gold_docs):
        phrase = fold(ev["sentence"])
        assert fold(d["text"]).count(phrase) == 1, \
            f"{d['id']}: {ev['sentence']!r} must occur exactly once in the text"
        # a phrase must not run across a sentence boundary
        assert not BOUNDARY_RE.search(ev["sentence"]), \
            f"{d['id']}: {ev['sentence']!r} crosses a sentence boundary"


def test_no_duplicate_gold_events(gold_docs: list[dict[str, Any]]) -> None:
    for d in gold_docs:
        keys = [json.dumps([ev["sentence"], ev["source"], ev["target"], ev["cameo"]])
                for ev in d["events"]]
        dupes = [k for k, n in Counter(keys).items() if n > 1]
        assert not dupes, f"{d['id']}: duplicate gold events {dupes}"


def required_roots(doc: dict[str, Any]) -> set[str]:
    return {as_list(ev["cameo"])[0][:2] for ev in doc["events"] if not ev.get("optional")}


def test_every_root_is_covered(all_docs: list[dict[str, Any]]) -> None:
    per_root = Counter(as_list(ev["cameo"])[0][:2] for _, ev in all_events(all_docs)
                       if not ev.get("optional"))
    for root in range(1, 21):
        assert per_root[f"{root:02d}"] >= MIN_PER_ROOT, (root, per_root[f"{root:02d}"])


def test_root_tags_match_events(gold_docs: list[dict[str, Any]]) -> None:
    for d in gold_docs:
        tagged = {t[5:] for t in d["tags"] if t.startswith("root:")}
        assert tagged == required_roots(d), d["id"]
        assert ("no_event" in d["tags"]) == (not d["events"]), d["id"]


def test_hard_cases_and_background_are_covered(all_docs: list[dict[str, Any]]) -> None:
    tags = Counter(t for d in all_docs for t in d["tags"])
    known = HARD_CASE_TAGS | {"no_event"}
    unknown = {t for t in tags if t not in known and not t.startswith("root:")}
    assert not unknown, f"undocumented tags {unknown}"
    for tag in HARD_CASE_TAGS:
        assert tags[tag] >= MIN_PER_HARD_TAG, (tag, tags[tag])
    assert tags["no_event"] >= MIN_NO_EVENT_DOCS


def test_splits_are_balanced(splits: dict[str, list[dict[str, Any]]]) -> None:
    counts = {s: Counter(t for d in splits[s] for t in d["tags"]) for s in SPLITS}
    for tag in set(counts["tune"]) | set(counts["heldout"]):
        a, b = counts["tune"][tag], counts["heldout"][tag]
        assert abs(a - b) <= max(2, 0.25 * (a + b)), (tag, a, b)


def test_readme_counts_are_current(all_docs: list[dict[str, Any]]) -> None:
    readme = (GOLD_DIR / "README.md").read_text(encoding="utf-8")
    assert f"{len(all_docs)} documents" in readme, "README.md document count is stale"


@pytest.mark.parametrize("name", [ARTICLES, TUNE_ARTICLES])
def test_articles_shape(name: str, all_docs: list[dict[str, Any]]) -> None:
    """articles.jsonl (report-only) and tune_articles.jsonl (tuning): full-length wire-style
    articles (headline, blank line, body), each text in one file only."""
    articles = load(name)
    other = ARTICLES if name == TUNE_ARTICLES else TUNE_ARTICLES
    assert len(articles) >= (MIN_ARTICLES if name == ARTICLES else MIN_TUNE_ARTICLES)
    ids = [d.get("id") for d in articles]
    assert len(ids) == len(set(ids)), f"duplicate ids in {name}.jsonl"
    id_re = ARTICLE_ID_RE if name == ARTICLES else TUNE_ARTICLE_ID_RE
    assert all(isinstance(i, str) and id_re.match(i) for i in ids), ids
    split_texts = {fold(d["text"]) for d in all_docs + [d for n in PASSAGE_SETS for d in load(n)]
                   + load(other)}
    known = HARD_CASE_TAGS | {"no_event", "article"}
    for d in articles:
        where = d["id"]
        assert fold(d["text"]) not in split_texts, f"{where}: text also in another gold file"
        headline, sep, body = d["text"].partition("\n\n")
        assert sep and headline.strip() and "\n" not in headline, f"{where}: no headline line"
        assert 250 <= len(d["text"].split()) <= 500, f"{where}: not 250-500 words"
        assert "article" in d["tags"], where
        unknown = {t for t in d["tags"] if t not in known and not t.startswith("root:")}
        assert not unknown, f"{where}: undocumented tags {unknown}"
        assert any(not ev.get("optional") for ev in d["events"]), f"{where}: no required event"


@pytest.mark.parametrize("name", list(PASSAGE_SETS))
def test_passage_set_shape(name: str, all_docs: list[dict[str, Any]],
                           articles: list[dict[str, Any]]) -> None:
    """tune2.jsonl to tune9.jsonl and dev.jsonl: their own ids, no text shared
    with any other gold file, documented tags."""
    docs = load(name)
    id_re, least = PASSAGE_SETS[name]
    assert len(docs) >= least
    ids = [d.get("id") for d in docs]
    assert len(ids) == len(set(ids)), f"duplicate ids in {name}.jsonl"
    assert all(isinstance(i, str) and id_re.match(i) for i in ids), ids
    others = [*PASSAGE_SETS, TUNE_ARTICLES]
    other = {fold(d["text"]) for d in all_docs + articles + [
        d for o in others if o != name for d in load(o)]}
    known = HARD_CASE_TAGS | {"no_event"}
    texts = [fold(d["text"]) for d in docs]
    assert len(texts) == len(set(texts)), f"a text occurs twice in {name}.jsonl"
    for d in docs:
        assert fold(d["text"]) not in other, f"{d['id']}: text also in another gold file"
        unknown = {t for t in d["tags"] if t not in known and not t.startswith("root:")}
        assert not unknown, f"{d['id']}: undocumented tags {unknown}"


NEAR_DUPLICATE = 0.45  # token-set Jaccard above which two passages tell the same story alike
REPORT_ONLY = ("heldout", DEV)
TUNING = ("tune", TUNE2, TUNE3, TUNE4, TUNE5, TUNE6, TUNE7, TUNE8, TUNE9)


def _words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z0-9]+", text.lower()))


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def _event_sentences(doc: dict[str, Any]) -> list[str]:
    """The sentences of a full-length article that hold a gold event (its background
    sentences may share stock phrases with other stories: "have fought three wars since")."""
    phrases = [fold(ev["sentence"]) for ev in doc["events"]]
    return [s for s in re.split(r"(?<=[.!?])\s+", doc["text"])
            if any(p in fold(s) for p in phrases)]


def test_report_only_sets_have_no_near_duplicate_in_tuning_sets() -> None:
    """Writers who work independently still converge on famous events in nearly the same
    words; such a pair would leak tuning into a report-only score. The event sentences of
    the full-length articles are compared too."""
    tuning = [(d["id"], _words(d["text"])) for name in TUNING for d in load(name)]
    tuning += [(d["id"], _words(s)) for d in load(TUNE_ARTICLES) for s in _event_sentences(d)]
    report = [(d["id"], _words(d["text"])) for name in REPORT_ONLY for d in load(name)]
    report += [(d["id"], _words(s)) for d in load(ARTICLES) for s in _event_sentences(d)]
    close = [(r, t, round(_jaccard(a, b), 2)) for r, a in report for t, b in tuning
             if _jaccard(a, b) > NEAR_DUPLICATE]
    assert not close, close[:10]
    dev = [(d["id"], _words(d["text"])) for d in load(DEV)]
    held = [(d["id"], _words(d["text"])) for d in load("heldout")]
    assert not [(a, b) for a, x in dev for b, y in held if _jaccard(x, y) > NEAR_DUPLICATE]
