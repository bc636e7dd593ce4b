"""Targets found through the doer of an act that another act is about: an inquiry into
"the shelling of border towns by Azerbaijani forces" is aimed at Azerbaijan, not at the
towns. Pure helpers over the parse; the coder passes its participants finder."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from typing import TYPE_CHECKING

from eventwire.coding.modality import load_kinds

if TYPE_CHECKING:
    from spacy.tokens import Token

    from eventwire.coding.participants import Memory, Participants
    from eventwire.records import Actor, Mention

# clauses with a subject of their own: their "by" phrases are not the matter's doer
_OWN_CLAUSE = frozenset({"relcl", "ccomp", "advcl", "conj", "appos", "parataxis"})


@cache
def doer_words() -> dict[str, frozenset[str]]:
    """data/doer_words.tsv, loaded once."""
    return load_kinds("doer_words.tsv", ("blame_verb",))


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


def blamed_doers(node: Token) -> list[Token]:
    """Who an act noun is laid on: its by-phrase or a participle of blame on it ("an
    ambush blamed on Ethiopian militiamen", "an attack attributed to the group")."""
    out = by_agents(node)
    blame = doer_words()["blame_verb"]
    for acl in (c for c in node.children if c.dep_ == "acl" and c.lemma_.lower() in blame):
        out += [o for p in acl.children if p.dep_ == "prep" and p.lower_ in ("on", "to")
                for o in p.children if o.dep_ == "pobj"]
    return out


def provoking_doer(tok: Token, after_mark: frozenset[str],
                   participants: Participants, tokmap: dict[int, Mention], memory: Memory,
                   mine: set[str], side: Callable[[Actor], str]) -> tuple[Actor, ...]:
    """A show of force after an act whose doer is named only through the act noun
    ("deployed reinforcements after an ambush blamed on Ethiopian militiamen killed four
    soldiers") is aimed at that doer."""
    for clause in (c for c in tok.children if c.dep_ == "advcl"
                   and any(m.dep_ == "mark" and m.lower_ in after_mark for m in c.children)):
        for subj in (c for c in clause.children if c.dep_ == "nsubj" and c.i not in tokmap):
            for node in blamed_doers(subj):
                found = participants.at(node, tokmap, memory, True)
                if found and not any(side(a) in mine for a in found):
                    return found
    return ()


def own_phrase_sides(tok: Token, tokmap: dict[int, Mention], candidates: Sequence[Actor],
                     side: Callable[[Actor], str]) -> list[Actor]:
    """Of several other sides a sentence names, those named in the trigger's own object and
    phrases, not in a clause of its own ("raised the alert of its guards along the
    frontier with Belarus, citing the presence of Wagner mercenaries" -> Belarus)."""
    named: set[str] = set()
    stack = [c for c in tok.children if c.dep_ not in ("nsubj", "nsubjpass", "punct", "cc", "conj")
             and not (c.pos_ in ("VERB", "AUX") or c.dep_ in _OWN_CLAUSE or c.dep_ in ("advcl", "xcomp", "acl"))]
    while stack:
        t = stack.pop()
        if (m := tokmap.get(t.i)) is not None:
            named.add(side(m.actor))
        stack.extend(c for c in t.children if not (c.pos_ in ("VERB", "AUX") and c.dep_ in (*_OWN_CLAUSE, "acl", "advcl")))
    return [a for a in candidates if side(a) in named]
