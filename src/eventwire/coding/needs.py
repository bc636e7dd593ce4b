"""Matching a trigger rule's needs against a parsed head token (docs/lexicon.md, "needs").

``has_need(tok, dep, lemma)`` says whether the head has the dependent one need asks for;
``need_tokens(tok, rule)`` lists the dependents a matched rule consumed (they are part of
that event and do not fire as triggers of their own). Pure functions over the parse.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from eventwire.coding import syntax
from eventwire.coding.lexicon import CLASS_MARK

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Token

    from eventwire.coding.lexicon import TriggerRule

MOD_DEPS = ("compound", "amod", "nmod", "npadvmod")
# "killed more than 460 patients", "killed an estimated 800,000", "killed hundreds of
# civilians": the words and the least numeral a `count=hundreds` need accepts
_COUNT_WORDS = frozenset({"hundred", "hundreds", "thousand", "thousands", "million", "millions"})
_NUMERAL = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+$")
COUNT_FLOOR = 100
# the least toll a `count=mass` need (a mass killing, 202) accepts: the tuning gold codes
# "killed 26 tourists" and "at least 20 people" 18, "at least 30 villagers" 20/202/18, and
# 35, 40, 46, 58, 60, 79 killed by armed men 202
MASS_FLOOR = 30
COUNT_FLOORS = {"hundreds": COUNT_FLOOR, "mass": MASS_FLOOR}
# numbers written as words ("killed forty villagers", "scores of farmers")
_NUMBER_WORDS = {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
                 "ninety": 90, "score": 40, "scores": 40, "dozens": 24, "dozen": 12}


def objects(tok: Token) -> list[Token]:
    """The nouns an object modifier can sit on: the direct object (passive subject), the
    noun it counts and its of-object ("ten days of *joint* exercises"); only when there is
    no direct object, the objects of the head's own prepositions ("went on *hunger* strike",
    but not the plants of "used weapons against chemical plants")."""
    out: list[Token] = []
    objs = syntax.children(tok, "nsubjpass" if syntax.is_passive(tok) else "dobj")
    objs += [tok.head] if syntax.participle(tok) else []
    for o in objs:
        out.append(o)
        head = syntax.np_head(o)
        if head.i != o.i:
            out.append(head)
        out += [x for p in syntax.children(o, "prep") if p.lower_ == "of" for x in syntax.children(p, "pobj")]
    if not objs:
        out += [o for p in syntax.children(tok, "prep") for o in syntax.children(p, "pobj")]
    return out


def _split_preposition(prep: Token) -> bool:
    """Is this the first word of a two-word preposition the parser split ("out" of "walked out
    of the talks", hung as a preposition with "of" under it and no object of its own)?"""
    return not syntax.children(prep, "pobj") and bool(syntax.children(prep, "prep"))


def _prep_objects(prep: Token) -> list[Token]:
    """The objects of a preposition; of a two-word one the parser splits ("walked *out of* the
    talks", "pulled *out of* the meeting": "of" hangs on "out"), the inner one's objects."""
    if not _split_preposition(prep):
        return syntax.children(prep, "pobj")
    return [o for p in syntax.children(prep, "prep") for o in syntax.children(p, "pobj")]


def complements(tok: Token) -> list[Token]:
    """The head's clausal complements, and the clause the parser hangs on "time" in
    "admitted *for the first time* that its jets had struck" (a relative clause there)."""
    out = syntax.children(tok, "ccomp")
    for p in syntax.children(tok, "prep"):
        for o in syntax.children(p, "pobj"):
            if o.lemma_.lower() == "time":
                out += [r for r in syntax.children(o, "relcl")
                        if any(c.lower_ == "that" and c.dep_ in ("mark", "advmod") for c in r.children)]
    return out


def _finite_clause(verb: Token) -> bool:
    """A clausal complement with its own subject ("admitted (that) its soldiers had shot")."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _subjunctive(verb: Token, head: Token) -> bool:
    """A mandative that-clause: "insisted that Britain *return* the tanker", "that all troops
    *leave*" after a past-tense head, a clause with *must*/*should* ("that Pristina *must* first set up") (where a statement would be backshifted: "insisted that
    its troops *were* not involved"), "that sanctions *be lifted*"."""
    if not _finite_clause(verb):
        return False
    aux = syntax.children(verb, "aux", "auxpass")
    if any(a.lower_ in ("must", "should") for a in aux):  # "insisted that Pristina must first set up"
        return True
    if aux:
        return len(aux) == 1 and aux[0].lower_ == "be" and aux[0].tag_ == "VB"
    return verb.tag_ == "VB" or (verb.tag_ == "VBP" and head.tag_ in ("VBD", "VBN"))


def _count(tok: Token) -> int:
    text = tok.lower_
    if text in _COUNT_WORDS or tok.lemma_.lower() in _COUNT_WORDS:
        return COUNT_FLOOR
    if _NUMERAL.match(text):
        return int(text.replace(",", ""))
    return _NUMBER_WORDS.get(text, 0)


def _counted(noun: Token, floor: int = COUNT_FLOOR, depth: int = 0) -> bool:
    """The noun is counted at ``floor`` or more: a numeral on it ("460 patients",
    "800,000"), or a hundreds/thousands quantity; or its of-object is ("ordered the killing
    of at least 184 people")."""
    if _count(noun) >= floor or any(
            c.dep_ in ("nummod", "quantmod", "compound") and _count(c) >= floor for c in noun.children):
        return True
    if depth or syntax.children(noun, "nummod"):  # "two members of a 300-strong militia"
        return False
    return any(_counted(x, floor, 1) for p in syntax.children(noun, "prep") if p.lower_ == "of"
               for x in syntax.children(p, "pobj"))


def _subjects(tok: Token) -> list[Token]:
    """The doers of the trigger verb: its subject (a passive's by-agent; the noun a participle
    or relative clause hangs on; an inherited subject), the noun a quantifier on it counts
    ("hundreds of *protesters*") and their conjuncts."""
    subj = syntax.subject(tok)
    if subj is None:
        return []
    out: list[Token] = []
    for s in syntax.coordinated(subj):
        out += [s] if syntax.np_head(s).i == s.i else [s, syntax.np_head(s)]
    return out


def _of_class(noun: Token, cls: str) -> bool:
    """The noun, or a noun compound on it ("*rebel* fighters", "*Cyclone* Freddy"), is one of
    the class's words (subject_classes.tsv), or a proper noun of an entity type the class marks
    ("@GPE": "Iran")."""
    from eventwire.coding.lexicon import load_subject_classes

    words = load_subject_classes().get(cls, frozenset())
    for t in [noun, *(c for c in noun.children if c.dep_ == "compound")]:
        if t.lower_ in words or any(_is(t, w) for w in words if not w.startswith("@")):
            return True
    if noun.pos_ != "PROPN":
        return False
    return f"@{noun.ent_type_}" in words or STATE_MARK in words and _names_state(noun) \
        or IGO_MARK in words and _names_igo(noun)


# the subject-class mark of a name the actor tables read as a state: a country ("China"), its
# capital or government ("Beijing", "the Kremlin") or a state organ (roles of state_roles.tsv)
STATE_MARK = "@STATE"
# the mark of a name the actor tables read as an international organisation ("EU", "ECOWAS")
IGO_MARK = "@IGO"


def _name_actor(noun: Token):  # type: ignore[no-untyped-def]
    """The actor the tables give the proper name with its compound words ("United States")."""
    from eventwire.actors.resolver import ActorResolver

    first = min([noun.i, *(c.i for c in noun.children if c.dep_ == "compound")])
    return ActorResolver().resolve(noun.doc[first:noun.i + 1].text)


def _names_igo(noun: Token) -> bool:
    """The proper name is an international organisation by the actor tables: "the *EU*"."""
    actor = _name_actor(noun)
    return actor is not None and actor.kind == "igo"


def _names_state(noun: Token) -> bool:
    """The singular proper name (with its compound words: "United States") is a country or one
    of its state organs by the actor tables: "*China* protested", not "*Hamas*", "*Amnesty*"."""
    from eventwire.coding.modality import load_word_list

    if noun.tag_ != "NNP":
        return False  # a people, not its state: "thousands of *Israelis* poured onto the streets"
    actor = _name_actor(noun)
    return actor is not None and actor.kind == "country" and (
        actor.role is None or actor.role in load_word_list("state_roles.tsv", "role"))


# entity types of a named party as a verb's object ("Cisse was seized"): not a place
_OBJECT_PARTY_ENTS = frozenset({"", "PERSON", "ORG", "NORP"})


def _objects_of(tok: Token) -> list[Token]:
    """The direct object (passive subject, kept passive object, the noun a participle hangs
    on) and its conjuncts."""
    objs = syntax.children(tok, "nsubjpass" if syntax.is_passive(tok) else "dobj")
    objs += [tok.head] if syntax.participle(tok) else []
    if syntax.is_passive(tok):  # a ditransitive passive keeps its object: "was granted *asylum*"
        objs += syntax.children(tok, "dobj")
    return objs + [c for o in list(objs) for c in syntax.children(o, "conj")]


# entity types of a named party: "threatened to strike *the United States*", "*Israel*"
_PARTY_ENTS = frozenset({"GPE", "NORP", "ORG", "LOC", "FAC"})
# prepositions whose object is a complement verb's target ("vowed to strike *at* Israel")
_TARGET_PREPS = frozenset({"at", "against", "on"})


def complement_verbs(tok: Token) -> list[Token]:
    """The head's complement verbs: its xcomp ("threatened *to strike*") and its clausal
    complements ("demanded that Britain *return* the tanker")."""
    return [c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")]


def _named_party(noun: Token) -> bool:
    """A proper name or a named place, organisation or nationality ("the United States",
    "Israel", "Iranian targets" is not: its head is a common noun)."""
    return noun.pos_ == "PROPN" or noun.ent_type_ in _PARTY_ENTS and noun.pos_ != "NOUN"


def complement_objects(tok: Token, actor: bool = False) -> list[Token]:
    """The objects of the head's complement verbs: direct objects (passive subjects) and the
    objects of their prepositions ("return *to talks*"). With ``actor``, only direct objects
    and objects of at/against/on ("strike in Paris" names a place, not a target)."""
    out: list[Token] = []
    for verb in complement_verbs(tok):
        objs = syntax.children(verb, "nsubjpass" if syntax.is_passive(verb) else "dobj")
        for p in syntax.children(verb, "prep"):
            if not actor or p.lower_ in _TARGET_PREPS:
                objs += syntax.children(p, "pobj")
        for o in objs:
            out += [o] if syntax.np_head(o).i == o.i else [o, syntax.np_head(o)]
            out += syntax.children(o, "conj")
    return out


def _is(tok: Token, lemma: str) -> bool:
    """The token's lemma is `lemma`, also where the parser's lemma is one that lemma_fixes.tsv
    maps onto it ("bases" is lemmatised "basis", "doses" "dos", "waged" "wag")."""
    parsed = tok.lemma_.lower()
    if parsed == lemma:
        return True
    from eventwire.coding.lexicon import load_lemma_fixes

    return load_lemma_fixes().get(parsed) == lemma


def _particle_as_quantifier(tok: Token, lemma: str) -> bool:
    """A particle right after the verb that the parser read as the quantifier of a numeral in
    the direct object: "handed *over* 55 boxes" (parsed as "more than 55")."""
    doc = tok.doc
    if tok.i + 1 >= len(doc):
        return False
    nxt = doc[tok.i + 1]
    return (_is(nxt, lemma) and nxt.dep_ == "quantmod"
            and any(nxt in o.subtree for o in syntax.children(tok, "dobj")))


def _clause_summary(noun: Token) -> bool:
    """A noun after a comma that sums up the clause before it: "Spain recognised Kosovo, *a
    decision* criticised by Serbia"; a participle on it is that act's answer, an event."""
    edge = noun.left_edge.i
    clause = noun.head
    return (noun.pos_ == "NOUN" and noun.dep_ in ("npadvmod", "appos", "dobj") and edge > 0
            and noun.doc[edge - 1].text == "," and clause.pos_ in ("VERB", "AUX") and clause.i < noun.i)


def _forms(toks: Iterable[Token]) -> frozenset[str]:
    """The lemmas ``_is`` accepts for any of ``toks``: each parsed lemma and the lemma that
    lemma_fixes.tsv maps it onto."""
    from eventwire.coding.lexicon import load_lemma_fixes

    fixes = load_lemma_fixes()
    out: set[str] = set()
    for t in toks:
        parsed = t.lemma_.lower()
        out.add(parsed)
        if (fixed := fixes.get(parsed)) is not None:
            out.add(fixed)
    return frozenset(out)


def _need_forms(tok: Token, dep: str) -> frozenset[str]:
    """Every lemma the need ``dep=<lemma>`` is met by on ``tok`` (for the deps whose test is
    a lemma of some dependent): the same answers as the branches of ``has_need``, found once
    for all the rules of a token."""
    if dep == "dobj":
        objs = _objects_of(tok)
        return _forms([*objs, *(syntax.np_head(o) for o in objs), *syntax.children(tok, "oprd"),
                       *(c for o in objs for c in syntax.children(o, "amod") if c.i == tok.i + 1)])
    if dep == "xcomp":
        return _forms(syntax.children(tok, "xcomp"))
    if dep == "mod":
        return _forms(c for c in tok.children if c.dep_ in MOD_DEPS)
    if dep == "prep":
        return _forms(c for c in tok.children if c.dep_ in ("prep", "agent", "dative")
                      and not any(syntax.temporal(o) for o in syntax.children(c, "pobj")))
    # pobj
    objs = [o for h in (tok, *syntax.children(tok, "dobj", "nsubjpass"))
            for p in syntax.children(h, "prep") for o in _prep_objects(p)]
    return _forms([*objs, *(syntax.np_head(o) for o in objs)])


# needs whose test is "some dependent of this kind has the lemma" (the lemma "actor" excepted)
_FORM_DEPS = frozenset({"dobj", "xcomp", "mod", "prep", "pobj"})


def has_need(tok: Token, dep: str, lemma: str, memo: dict[str, frozenset[str]] | None = None) -> bool:
    """Whether ``tok`` has the dependent the need (``dep``, ``lemma``) asks for. ``memo``, one
    dict per token, keeps what the token's dependents offer across the needs of its rules."""
    if dep in _FORM_DEPS and lemma != "actor" and (memo is not None or lemma.startswith(CLASS_MARK)):
        if memo is None:
            forms = _need_forms(tok, dep)
        elif (forms := memo.get(dep)) is None:
            forms = memo[dep] = _need_forms(tok, dep)
        if lemma.startswith(CLASS_MARK):  # dobj=@relief_goods: any word of the object class
            from eventwire.coding.lexicon import load_object_classes

            return not forms.isdisjoint(load_object_classes()[lemma[len(CLASS_MARK):]])
        return lemma in forms
    if dep == "dobj":  # the object itself or the noun a quantifier counts ("killed hundreds")
        # a coordinated object: "suspended budget support and security *cooperation*"
        objs = _objects_of(tok)
        if lemma == "actor":  # a named party, not a place: "Cisse was seized in March"
            return any(o.pos_ == "PROPN" and o.ent_type_ in _OBJECT_PARTY_ENTS for o in objs)
        if any(_is(o, lemma) or _is(syntax.np_head(o), lemma) for o in objs):
            return True
        # an object predicate: "set the sailors free", "were set free", and the parse of
        # "set free 200 prisoners" that hangs it on the object right after the verb
        return any(_is(c, lemma) for c in syntax.children(tok, "oprd")) or any(
            _is(c, lemma) and c.i == tok.i + 1 for o in objs for c in syntax.children(o, "amod"))
    if dep == "prt":  # the parser also labels "down" in "stepped down" advmod, and hangs a
        # particle after the object on the object ("handed Guzman over to the United States")
        return any(c.dep_ in ("prt", "advmod") and _is(c, lemma) for c in tok.children) \
            or any(c.dep_ in ("prt", "advmod") and _is(c, lemma) and c.i > o.i
                   for o in syntax.children(tok, "dobj") for c in o.children) \
            or _particle_as_quantifier(tok, lemma)
    if dep == "prep":  # "called on Iran", not "called ... on Monday"
        return any(c.dep_ in ("prep", "agent", "dative") and _is(c, lemma)
                   and not any(syntax.temporal(o) for o in syntax.children(c, "pobj"))
                   for c in tok.children)
    if dep == "mod":
        return any(c.dep_ in MOD_DEPS and _is(c, lemma) for c in tok.children)
    if dep == "xcomp":
        return any(c.dep_ == "xcomp" and _is(c, lemma) for c in tok.children)
    if dep == "pobj":  # "went on strike", "took to the streets", "opened an inquiry into X"
        hosts = [tok, *syntax.children(tok, "dobj", "nsubjpass")]
        return any(_is(o, lemma) or _is(syntax.np_head(o), lemma)
                   for h in hosts for p in syntax.children(h, "prep") for o in _prep_objects(p))
    if dep == "objmod":  # "carried out a *joint* raid", "went on *hunger* strike"
        return any(c.dep_ in MOD_DEPS and _is(c, lemma) for o in objects(tok) for c in o.children)
    if dep == "ccomp":  # "admitted that its soldiers had shot ..." (that = any finite clause)
        if lemma == "subjunctive":  # "insisted that NATO rule out ..."
            return any(_subjunctive(c, tok) for c in syntax.children(tok, "ccomp"))
        return any(_finite_clause(c) and (lemma == "that" or _is(c, lemma))
                   for c in complements(tok))
    if dep == "xobj":  # "threatened to strike *the United States*", "to return *the tanker*"
        if lemma == "actor":
            return any(_named_party(o) for o in complement_objects(tok, actor=True))
        return any(_is(o, lemma) for o in complement_objects(tok))
    if dep == "nodep":  # a refusal: "militias *backed* by Khartoum" (acl) for nodep=acl
        return tok.dep_ != lemma or (lemma == "acl" and _clause_summary(tok.head))
    if dep == "nohead":  # a refusal: "*during* the fighting", "in protest at" for nohead=during/in
        return tok.head.i == tok.i or not _is(tok.head, lemma)
    if dep == "count":  # count=hundreds: "killed more than 460 people"; count=mass: "at least 40"
        objs = syntax.children(tok, "nsubjpass" if syntax.is_passive(tok) else "dobj")
        objs += [tok.head] if syntax.participle(tok) else []
        return lemma in COUNT_FLOORS and any(_counted(o, COUNT_FLOORS[lemma]) for o in objs)
    if dep == "noadv":  # a refusal: "pressed *ahead* with a vote", "pressed *on*" is no appeal
        words = lemma.split(",")
        return not any(c.dep_ in ("advmod", "prt") and _is(c, w) for c in tok.children for w in words)
    if dep == "adv":  # "police *jointly* raided", an adverb on the head
        return any(c.dep_ == "advmod" and _is(c, lemma) for c in tok.children)
    if dep == "subj":  # "*protesters* stormed a base", "*pirates* seized a ship"
        return any(_of_class(s, lemma) for s in _subjects(tok))
    if dep == "nosubj":  # a refusal: "*Cyclone Freddy* killed more than 200 people"
        return not any(_of_class(s, lemma) for s in _subjects(tok))
    if dep == "nodobj":  # a refusal: "battled its deadliest *outbreak*"
        words = lemma.split(",")
        return not any(_is(o, w) or _is(syntax.np_head(o), w) for o in _objects_of(tok) for w in words)
    return False


def need_tokens(tok: Token, rule: TriggerRule) -> list[Token]:
    """Dependents a rule's needs consumed ("commitment" in "received no commitment"): they
    are part of this trigger, not triggers of their own."""
    out = []
    for need in rule.needs:
        if need.dep == "dobj":
            obj = syntax.direct_object(tok)
            out += [obj] if obj is not None else []
        elif need.dep in ("mod", "xcomp"):
            out += [c for c in tok.children if _is(c, need.lemma)]
        elif need.dep == "pobj":
            out += [o for p in syntax.children(tok, "prep") for o in syntax.children(p, "pobj")
                    if not _forms([o]).isdisjoint(need.lemmas)]
        elif need.dep == "objmod":  # the modified object noun ("hunger strike") is consumed
            out += [o for o in objects(tok) if any(
                c.dep_ in MOD_DEPS and _is(c, need.lemma) for c in o.children)]
    return out
