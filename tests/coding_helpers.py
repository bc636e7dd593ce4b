"""Helpers the coder tests share: code one text, read its events as (source, code, target)."""
from __future__ import annotations

from eventwire.ingest import clean_text


def code(pipeline, text: str, published: str) -> list[dict]:  # type: ignore[no-untyped-def]
    """The spec-shaped events of ``text`` coded as one article published on ``published``."""
    return [e.to_dict() for e in pipeline.code_one(clean_text(text, "t", published=published))]


def side(actor: dict | None) -> str | None:
    """An actor as its country, else its code (groups, IGOs); None for no actor."""
    return (actor.get("country") or actor.get("code")) if actor else None


def dyads(events: list[dict], digits: int | None = 2) -> set[tuple[str | None, str, str | None]]:
    """(source, CAMEO code cut to ``digits`` (None: the whole code), target) per event."""
    return {(side(e["source"]), e["cameo"][:digits], side(e["target"])) for e in events}


def dyad_in(found: set[tuple[str | None, str, str | None]], code: str, source: str | None,
            target: str | None, exact: bool = False) -> bool:
    """Is there a (source, code, target) in ``found`` whose code starts with ``code`` (equals it
    when ``exact``) and whose source and target are these (None: any)?"""
    return any((c == code if exact else c.startswith(code))
               and (source is None or s == source) and (target is None or t == target)
               for s, c, t in found)


def has(events: list[dict], code: str, source: str | None, target: str | None) -> bool:
    """An event of this code prefix (root or leaf) between these sides (None: any)."""
    return dyad_in(dyads(events, digits=None), code, source, target)


def roots(events: list[dict]) -> set[str]:
    """The CAMEO roots of these events."""
    return {e["cameo"][:2] for e in events}


def status_of(text: str, word: str) -> str:
    """The event status (real, hedged, negated, ...) the clause logic gives ``word`` in ``text``."""
    from eventwire.coding import syntax
    from eventwire.coding.modality import load_modality
    from eventwire.nlp import load_nlp

    doc = load_nlp()(text)
    tok = next(t for t in doc if t.text == word)
    return syntax.realisation(tok, load_modality())


TRIGGER_HEADER = "# version: t\ncode\tpos\tlemma\tneeds\tsource\ttarget\taspect\tnote\n"


def lexicon_from_rows(tmp_path, rows: str):  # type: ignore[no-untyped-def]
    """A trigger table of these TAB-separated ``rows`` (under the header), loaded."""
    from eventwire.coding.lexicon import load_lexicon

    path = tmp_path / "triggers.tsv"
    path.write_text(TRIGGER_HEADER + rows, encoding="utf-8")
    return load_lexicon(path)
