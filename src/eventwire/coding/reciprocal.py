"""Reciprocal acts: an act a pair (or more) of sides does to one another is coded each way
between them ("Armenia and Azerbaijan accused each other", "the two sides traded
accusations", "each side blamed the other"). Word lists: data/reciprocal.tsv."""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.coding.modality import load_kinds

if TYPE_CHECKING:
    from spacy.tokens import Token

KINDS = ("phrase", "each_phrase", "verb", "each_det")
OBJECTS = ("dobj", "dative", "obj")


def words() -> dict[str, frozenset[str]]:
    return load_kinds("reciprocal.tsv", KINDS)


def _phrase(node: Token) -> str:
    """The words of a short object phrase with its determiners ("each other", "one another",
    "the other"), in order."""
    parts = [node, *(c for c in node.children if c.dep_ in ("det", "nummod", "predet"))]
    return " ".join(t.lower_ for t in sorted(parts, key=lambda t: t.i))


def _objects(tok: Token) -> list[Token]:
    """The trigger's object nodes: direct objects, their possessors ("shelled each other's
    positions") and the objects of its prepositions ("fired at one another")."""
    out: list[Token] = []
    for c in tok.children:
        nodes = [c] if c.dep_ in OBJECTS else [o for o in c.children if o.dep_ == "pobj"] \
            if c.dep_ == "prep" else []
        for n in nodes:
            out += [n, *(p for p in n.children if p.dep_ == "poss")]
    return out


def each_subject(tok: Token) -> Token | None:
    """The trigger's distributive subject ("*each side* blamed the other"), when its object
    is the reciprocal "the other"."""
    w = words()
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or not any(c.dep_ == "det" and c.lower_ in w["each_det"] for c in subj.children):
        return None
    return subj if any(_phrase(o) in w["each_phrase"] | w["phrase"] for o in _objects(tok)) else None


def reciprocal_object(tok: Token) -> bool:
    """The trigger's object says the act is done to one another."""
    w = words()
    return any(_phrase(o) in w["phrase"] for o in _objects(tok)) or each_subject(tok) is not None


def reciprocal_verb(tok: Token) -> bool:
    """"traded accusations", "exchanged fire": the trigger is, or is the object of, a verb of
    doing the act each way."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head if tok.dep_ in OBJECTS else None
    return verb is not None and verb.lemma_.lower() in words()["verb"]
