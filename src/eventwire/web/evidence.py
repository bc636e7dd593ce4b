"""Spans to mark in an article view: each event's trigger and, where found, its actors.

Triggers come with exact offsets. Actors are stored by code and surface name only, so
their spans are looked up: the name's occurrence nearest to the trigger inside the event's
sentence (case-sensitive first, then not). A name not found there is simply not marked.
"""
from __future__ import annotations

from typing import Any

MAX_EVENTS = 10_000
_PAD = 400  # characters around a trigger searched when the sentence itself is not found


def sentence_span(text: str, sentence: str, start: int, end: int) -> tuple[int, int]:
    """Where ``sentence`` sits in ``text`` around the trigger at ``start:end``."""
    lo = max(0, start - len(sentence) - 2)
    at = text.find(sentence, lo, end + len(sentence) + 2) if sentence else -1
    if at >= 0 and at <= start and end <= at + len(sentence):
        return at, at + len(sentence)
    return max(0, start - _PAD), min(len(text), end + _PAD)


def nearest(text: str, name: str, lo: int, hi: int, anchor: int) -> tuple[int, int] | None:
    """The occurrence of ``name`` within ``text[lo:hi]`` closest to ``anchor``."""
    if not name or len(name) < 2:
        return None
    for haystack, needle in ((text, name), (text.lower(), name.lower())):
        hits = []
        at = haystack.find(needle, lo, hi)
        while at >= 0:
            hits.append(at)
            at = haystack.find(needle, at + 1, hi)
        if hits:
            best = min(hits, key=lambda h: abs(h - anchor))
            return best, best + len(name)
    return None


def event_spans(text: str, ev: dict[str, Any]) -> tuple[list[dict[str, Any]], list[int]]:
    """Spans (trigger, source, target) of one spec-shaped event, and its sentence span."""
    evidence = ev.get("evidence") or {}
    s, e = evidence.get("char_start"), evidence.get("char_end")
    if not (isinstance(s, int) and isinstance(e, int) and 0 <= s <= e <= len(text)):
        return [], []
    lo, hi = sentence_span(text, ev.get("sentence") or "", s, e)
    spans = [{"start": s, "end": e, "kind": "trigger", "event_id": ev["event_id"]}]
    for side in ("source", "target"):
        actor = ev.get(side) or {}
        hit = nearest(text, actor.get("name") or "", lo, hi, s)
        if hit and not (hit[0] < e and s < hit[1]):
            spans.append({"start": hit[0], "end": hit[1], "kind": side, "event_id": ev["event_id"],
                          "label": actor.get("code")})  # fmt: skip
    return spans, [lo, hi]


def with_spans(store: Any, view: dict[str, Any]) -> dict[str, Any]:
    """``view`` plus ``events`` (spec shape, each with ``sentence_span``) and ``spans``."""
    from eventwire.store.filters import EventFilter

    events, _ = store.events(EventFilter(doc_id=view["doc_id"]), limit=MAX_EVENTS,
                             sort="doc_id", descending=False)  # fmt: skip
    text = view.get("text") or ""
    spans: list[dict[str, Any]] = []
    for ev in events:
        found, sent = event_spans(text, ev)
        ev["sentence_span"] = sent or None
        spans.extend(found)
    spans.sort(key=lambda sp: (sp["start"], -sp["end"], sp["kind"] != "trigger"))
    events.sort(key=lambda ev: ((ev.get("evidence") or {}).get("char_start") or 0, ev["event_id"]))
    return {**view, "events": events, "spans": spans}
