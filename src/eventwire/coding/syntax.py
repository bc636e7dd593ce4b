"""Small, pure helpers over a spaCy dependency parse: who is the subject, the object,
is the clause passive, realised, negated. The coder composes them; nothing here knows
about actors or codes."""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from eventwire.coding.modality import Modality

if TYPE_CHECKING:
    from spacy.tokens import Token

SUBJ = ("nsubj", "csubj")
OBJ = ("dobj", "obj")
RELATIVE = frozenset({"who", "which", "that", "whom"})
CLAUSE_LINKS = frozenset({"xcomp", "ccomp", "advcl", "conj", "acl", "relcl", "pcomp"})
NP_CORE = frozenset({"compound", "amod", "nmod", "poss", "det", "nummod", "quantmod", "case",
                     "punct", "cc", "conj", "advmod", "npadvmod", "predet", "nn"})


def children(tok: Token, *deps: str) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass", "csubjpass") for c in verb.children)


def aspect(verb: Token) -> str | None:
    aux = {c.lemma_.lower() for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if verb.tag_ == "VBG" and "be" in aux:
        return "progressive"
    if verb.tag_ == "VBN" and "have" in aux:
        return "perfect"
    return None


def agent(verb: Token) -> Token | None:
    for c in children(verb, "agent"):
        objs = children(c, "pobj")
        if objs:
            return objs[0]
    return None


def direct_object(verb: Token) -> Token | None:
    """The patient: dobj in active voice, the passive subject in passive voice."""
    deps = ("nsubjpass",) if is_passive(verb) else OBJ
    found = children(verb, *deps)
    return found[0] if found else None


def subject(verb: Token) -> Token | None:
    """The agent of ``verb``: its subject, the by-phrase of a passive, or inherited."""
    if is_passive(verb):
        return agent(verb)
    found = children(verb, *SUBJ)
    if found:
        s = found[0]
        if s.lemma_.lower() in RELATIVE and verb.dep_ == "relcl":
            return verb.head
        return s
    return inherited_subject(verb)


def inherited_subject(verb: Token) -> Token | None:
    head = verb.head
    if head is verb:
        return None
    if verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
        return subject(head)
    if verb.dep_ == "xcomp":  # object control ("urged China to act") else subject control
        obj = children(head, *OBJ)
        return obj[0] if obj else subject(head) if head.pos_ in ("VERB", "AUX") else None
    if verb.dep_ in ("acl", "relcl") and verb.tag_ in ("VBG",):
        return head
    return None


def prep_objects(tok: Token, prep: str) -> list[Token]:
    """Objects of preposition ``prep`` attached to ``tok`` (or, for a verb, to its object)."""
    hosts = [tok, *children(tok, *OBJ)]
    out = []
    for host in hosts:
        for p in children(host, "prep", "agent", "dative"):
            if p.lemma_.lower() == prep:
                out.extend(children(p, "pobj"))
    return out


def coordinated(tok: Token) -> list[Token]:
    """``tok`` and the tokens coordinated with it ("UK, France and Turkey")."""
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN", "PRON", "ADJ"):
            out.extend(coordinated(c))
    return out


def appositions(tok: Token) -> list[Token]:
    out: list[Token] = []
    for c in children(tok, "appos"):
        out.extend(coordinated(c))
    return out


def core_range(tok: Token) -> tuple[int, int]:
    """Token range [start, end) of the noun phrase core: the head and its pre-modifiers
    (compounds, adjectives, possessors), without relative clauses or prepositions."""
    left = tok.i
    for c in tok.lefts:
        if c.dep_ in NP_CORE:
            left = min(left, c.left_edge.i)
            break
    right = tok.i
    for c in tok.rights:
        if c.dep_ in ("compound", "flat", "case"):
            right = max(right, c.right_edge.i)
    return left, right + 1


def verb_ancestors(tok: Token) -> Iterator[Token]:
    """Heads above ``tok`` up to the root."""
    while tok.head is not tok:
        tok = tok.head
        yield tok


def governing_verb(tok: Token) -> Token | None:
    for a in verb_ancestors(tok):
        if a.pos_ in ("VERB", "AUX"):
            return a
    return None


def clause_unrealised(verb: Token, mod: Modality) -> bool:
    """The clause headed by ``verb`` states no realised event: modal, infinitive under a
    non-implicative governor, conditional, or question."""
    kids = list(verb.children)
    if any(c.dep_ == "aux" and c.lemma_.lower() in mod.modal for c in kids):
        return True
    if any(c.dep_ == "mark" and c.lemma_.lower() in mod.mark for c in kids):
        return True
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in kids)
    if infinitive and verb.head is not verb and verb.head.lemma_.lower() not in mod.implicative:
        return True
    if verb.dep_ == "conj" and verb.head is not verb and verb.head.pos_ in ("VERB", "AUX"):
        return clause_unrealised(verb.head, mod) and not _own_subject(verb)
    return verb.dep_ in ("xcomp", "ccomp", "pcomp") and verb.head.lemma_.lower() in mod.governor


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in SUBJ + ("nsubjpass",) for c in verb.children)


def unrealised(tok: Token, mod: Modality) -> bool:
    """True when the trigger ``tok`` sits in an unrealised context.

    A verb is judged by its own clause and by the clauses it is a complement of; a noun by
    the words above it up to and including its clause's verb ("plans for a visit",
    "expressed interest in helping", "to lay the groundwork for a visit")."""
    node = tok
    if tok.pos_ != "VERB":
        for a in verb_ancestors(tok):
            if a.lemma_.lower() in mod.governor and a is not tok:
                return True
            if a.pos_ in ("VERB", "AUX"):
                node = a
                break
        else:
            return False
        if node.pos_ == "AUX" and node.dep_ == "ROOT":
            return False
    while True:
        if node.pos_ in ("VERB", "AUX") and clause_unrealised(node, mod):
            return True
        if node.head is not node and (
            node.dep_ == "xcomp" or (node.dep_ == "conj" and not _own_subject(node))
        ):
            node = node.head
            continue
        return False


def negated(tok: Token, mod: Modality) -> bool:
    """A negator on the trigger, its verb, or its object ("received no commitment")."""
    for c in tok.children:
        if c.dep_ == "neg" or (c.dep_ in ("det", "advmod") and c.lower_ in mod.negator):
            return True
        if c.dep_ in OBJ and any(d.dep_ == "det" and d.lower_ in mod.negator for d in c.children):
            return True
    if tok.pos_ != "VERB" and tok.dep_ in OBJ + ("pobj",):
        verb = governing_verb(tok)
        return bool(verb and any(c.dep_ == "neg" for c in verb.children))
    return False


def is_question(tok: Token) -> bool:
    return tok.sent.text.rstrip().endswith("?")
