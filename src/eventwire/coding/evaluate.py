"""Score extracted events against gold documents, as shared/spec/records.md defines it.

An extracted event matches a gold event when its sentence contains the gold phrase (case
and spacing folded), its cameo starts with one of the gold codes, and each named actor
matches (a 3-letter code against ``country`` or the start of ``code``; other strings
against ``name`` or ``code``; null accepts anything). Root-04 (consult) events match in
either direction. Each gold event takes at most one extracted event, required gold first.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

_SPACE = re.compile(r"\s+")
_CODE3 = re.compile(r"[A-Z]{3}")


def fold(text: str | None) -> str:
    return _SPACE.sub(" ", text or "").strip().lower()


def _options(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list) else [value]


def actor_matches(gold: Any, actor: Mapping[str, Any] | None) -> bool:
    if gold is None:
        return True
    if actor is None:
        return False
    code = actor.get("code") or ""
    for option in _options(gold):
        if _CODE3.fullmatch(option):
            if (actor.get("country") or "") == option or code.startswith(option):
                return True
        elif option.lower() in (actor.get("name") or "").lower() or option.lower() in code.lower():
            return True
    return False


def event_matches(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> bool:
    if fold(gold["sentence"]) not in fold(pred.get("sentence")):
        return False
    codes = [str(c) for c in _options(gold["cameo"])]
    if not any((pred.get("cameo") or "").startswith(c) for c in codes):
        return False
    src, tgt = gold.get("source"), gold.get("target")
    if actor_matches(src, pred.get("source")) and actor_matches(tgt, pred.get("target")):
        return True
    consult = any(c.startswith("04") for c in codes)
    return consult and actor_matches(src, pred.get("target")) and actor_matches(tgt, pred.get("source"))


@dataclass
class RootScore:
    predicted: int = 0
    matched: int = 0
    support: int = 0
    found: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.support if self.support else 0.0


@dataclass
class Score:
    predicted: int = 0
    matched: int = 0
    required: int = 0
    found: int = 0
    date_ok: int = 0
    date_n: int = 0
    loc_ok: int = 0
    loc_n: int = 0
    roots: dict[str, RootScore] = field(default_factory=lambda: defaultdict(RootScore))
    misses: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    false_positives: list[dict[str, Any]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.required if self.required else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def summary(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 3), "recall": round(self.recall, 3),
            "f1": round(self.f1, 3), "predicted": self.predicted,
            "matched_predicted": self.matched, "gold_required": self.required,
            "found_required": self.found,
            "date_acc": round(self.date_ok / self.date_n, 3) if self.date_n else None,
            "location_acc": round(self.loc_ok / self.loc_n, 3) if self.loc_n else None,
        }

    def per_root(self) -> list[dict[str, Any]]:
        return [{"root": r, "precision": round(s.precision, 3), "recall": round(s.recall, 3),
                 "predicted": s.predicted, "support": s.support}
                for r, s in sorted(self.roots.items())]


def _root(code: Any) -> str:
    return str(_options(code)[0])[:2]


def score(gold_docs: Iterable[Mapping[str, Any]], preds: Iterable[Mapping[str, Any]]) -> Score:
    by_doc: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for p in preds:
        by_doc[p.get("doc_id")].append(p)
    result = Score()
    for doc in gold_docs:
        _score_doc(doc, by_doc.get(doc["id"], []), result)
    return result


def _score_doc(doc: Mapping[str, Any], preds: Sequence[Mapping[str, Any]], result: Score) -> None:
    result.predicted += len(preds)
    for p in preds:
        result.roots[str(p.get("cameo_root") or (p.get("cameo") or "")[:2])].predicted += 1
    used: set[int] = set()
    for gold in sorted(doc.get("events", []), key=lambda g: bool(g.get("optional"))):
        required = not gold.get("optional")
        hit = next((i for i, p in enumerate(preds) if i not in used and event_matches(gold, p)), None)
        if required:
            result.required += 1
            result.roots[_root(gold["cameo"])].support += 1
        if hit is None:
            if required:
                result.misses.append((doc["id"], dict(gold)))
            continue
        used.add(hit)
        pred = preds[hit]
        result.roots[str(pred.get("cameo_root") or pred.get("cameo", "")[:2])].matched += 1
        if required:
            result.found += 1
            result.roots[_root(gold["cameo"])].found += 1
        _score_date_place(gold, pred, result)
    result.matched += len(used)
    result.false_positives.extend(p for i, p in enumerate(preds) if i not in used)


def _score_date_place(gold: Mapping[str, Any], pred: Mapping[str, Any], result: Score) -> None:
    if gold.get("date"):
        result.date_n += 1
        result.date_ok += (pred.get("date") or "").startswith(gold["date"])
    if gold.get("location"):
        result.loc_n += 1
        result.loc_ok += fold(gold["location"]) in fold((pred.get("location") or {}).get("name"))


# -- gold documents ------------------------------------------------------------------------
def load_gold(path: str | Path) -> list[dict[str, Any]]:
    """Gold documents from a JSONL file; a document may name its text by ``text_file``
    (relative to the gold file) instead of carrying ``text``."""
    path = Path(path)
    docs = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            doc = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}:{n}: not JSON: {exc.msg}") from exc
        if "id" not in doc or not ("text" in doc or "text_file" in doc):
            raise ValueError(f"{path}:{n}: a gold document needs 'id' and 'text' (or 'text_file')")
        if "text" not in doc:
            doc["text"] = (path.parent / doc["text_file"]).read_text(encoding="utf-8")
        docs.append(doc)
    return docs


def document_checks(doc: Mapping[str, Any], article: Any) -> list[str]:
    """Failures of the cleaning checks a gold document asks for (title, boilerplate, body)."""
    failures = []
    if doc.get("title") and fold(article.title) != fold(doc["title"]):
        failures.append(f"title: got {article.title!r}, want {doc['title']!r}")
    text = fold(article.text)
    failures += [f"boilerplate kept: {b!r}" for b in doc.get("boilerplate", []) if fold(b) in text]
    failures += [f"body lost: {b!r}" for b in doc.get("body_must_contain", []) if fold(b) not in text]
    if doc.get("published") and not (article.published or "").startswith(doc["published"]):
        failures.append(f"published: got {article.published!r}, want {doc['published']!r}")
    return failures


def gold_article(doc: Mapping[str, Any]) -> Any:
    """The Article a gold document stands for, cleaned as its format says. The gold
    ``published`` is used only when the text itself gives no date (it is also checked)."""
    from dataclasses import replace

    from eventwire.ingest import clean_text, from_html

    if doc.get("format", "text") == "html":
        article = from_html(doc["text"], doc["id"], url=doc.get("url"))
    else:
        article = clean_text(doc["text"], doc["id"], url=doc.get("url"))
    if article.published is None and doc.get("published"):
        article = replace(article, published=doc["published"])
    return article
