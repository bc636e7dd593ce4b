"""Targets found through the doer of an act that another act is about: an inquiry into
"the shelling of border towns by Azerbaijani forces" is aimed at Azerbaijan, not at the
towns. Pure helpers over the parse; the coder passes its participants finder."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from eventwire.coding.participants import Memory, Participants
    from eventwire.records import Actor, Mention

# clauses with a subject of their own: their "by" phrases are not the matter's doer
_OWN_CLAUSE = frozenset({"relcl", "ccomp", "advcl", "conj", "appos", "parataxis"})


def matter_nodes(tok: Token, matter_prep: frozenset[str], inquiry_noun: frozenset[str]) -> list[Token]:
    """What an inquiry looks into: the into/of/over phrase of the trigger or of its inquiry
    object ("opened an investigation into X"), or a verb's own object ("probed X")."""
    heads = [tok]
    if tok.pos_ == "VERB":
        heads += [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in inquiry_noun]
    out = [o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in matter_prep
           for o in p.children if o.dep_ == "pobj"]
    if tok.pos_ == "VERB":
        out += [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() not in inquiry_noun]
    return out


def by_agents(node: Token) -> list[Token]:
    """The "by" phrases inside a matter noun phrase ("the killing of three men by police",
    "war crimes committed by Russian troops"), not those of a clause with its own subject."""
    out: list[Token] = []
    stack = [node]
    while stack:
        t = stack.pop()
        for c in t.children:
            if c.dep_ in _OWN_CLAUSE and c.pos_ in ("VERB", "AUX"):
                continue
            if c.dep_ in ("prep", "agent") and c.lower_ == "by":
                out += [o for o in c.children if o.dep_ == "pobj"]
                continue
            stack.append(c)
    return sorted(out, key=lambda t: t.i)


def inquiry_doer(tok: Token, participants: Participants, tokmap: dict[int, Mention], memory: Memory,
                 matter_prep: frozenset[str], inquiry_noun: frozenset[str]) -> tuple[Actor, ...]:
    """An inquiry into an act whose doer its phrase names ("opened a case into the
    recruitment of child soldiers by the FARC") is aimed at that doer; a matter that is
    itself an actor ("investigated the minister") is left to the slots."""
    for matter in matter_nodes(tok, matter_prep, inquiry_noun):
        if matter.i in tokmap:
            continue
        for agent in by_agents(matter):
            if (found := participants.at(agent, tokmap, memory, True)):
                return found
    return ()
