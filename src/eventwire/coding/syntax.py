"""Small, pure helpers over a spaCy dependency parse: who is the subject, the object,
is the clause passive, realised, negated. The coder composes them; nothing here knows
about actors or codes."""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from eventwire.coding.modality import Modality, load_kinds, load_modality, load_word_list

if TYPE_CHECKING:
    from spacy.tokens import Token

CLAUSE_KINDS = ("targetless_intent", "owner_target", "asked_act_root", "generic_addressee_root",
                "popular_root", "inquiry_root", "place_anaphor", "response_root", "after_mark",
                "subject_prep", "joint_force_root", "joint_word", "condition_root",
                "home_agency_role", "denial_code", "abroad_root",
                "place_yield_root", "retort_code", "claimed_root", "claim_verb",
                "held_protest_root", "custody_verb", "described_prep", "recipient_prep", "prompt_verb", "home_demand_root", "home_inquiry_root", "taken_from_code", "taken_from_prep",
                "inquiry_noun", "matter_prep", "joint_drill_root", "drill_noun", "aimed_force_root",
                "help_deploy_code", "help_deploy_verb", "help_deploy_prep", "user_target_root", "user_verb")
SUBJ = ("nsubj", "csubj")
OBJ = ("dobj", "obj")
RELATIVE = frozenset({"who", "which", "that", "whom"})
TEMPORAL = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "day", "week", "month", "year", "night", "morning",
    "evening", "afternoon", "weekend", "today", "yesterday", "tomorrow", "hour", "time"})
CLAUSE_LINKS = frozenset({"xcomp", "ccomp", "advcl", "conj", "acl", "relcl", "pcomp"})
NP_CORE = frozenset({"compound", "amod", "nmod", "poss", "det", "nummod", "quantmod", "case",
                     "punct", "cc", "conj", "advmod", "npadvmod", "predet", "nn"})


def children(tok: Token, *deps: str) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def is_passive(verb: Token) -> bool:
    return participle(verb) or clause_participle(verb) \
        or any(c.dep_ in ("auxpass", "nsubjpass", "csubjpass") for c in verb.children)


def clause_participle(verb: Token) -> bool:
    """A past participle with a by-phrase hung on a clause is a passive whose object is
    that clause's subject: "the ministers opened talks, hosted by Blinken"."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.head.pos_ in ("VERB", "AUX") \
        and bool(children(verb, "agent")) \
        and not children(verb, "aux", "auxpass", "nsubj", "nsubjpass", "mark", *OBJ)


def participle(verb: Token) -> bool:
    """A past participle modifying a noun is a passive whose object is that noun:
    "a move welcomed by Abbas", "the sailors detained by Iran"."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN") \
        and not children(verb, *OBJ)  # with an object it is a misparsed past tense


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
    if participle(verb):
        return np_head(verb.head)
    if clause_participle(verb):
        main = children(verb.head, "nsubj", "nsubjpass")
        return np_head(main[0]) if main else None
    deps = ("nsubjpass",) if is_passive(verb) else OBJ
    found = children(verb, *deps)
    return np_head(found[0]) if found else None


def np_head(tok: Token) -> Token:
    """The noun a quantifier counts: "most of its sanctions" -> sanctions."""
    seen = 0
    quantifiers = load_word_list("quantifiers.tsv", "lemma")
    while tok.lemma_.lower() in quantifiers and seen < 4:
        objs = [o for p in children(tok, "prep") if p.lower_ == "of" for o in children(p, "pobj")]
        if not objs:
            break
        tok, seen = objs[0], seen + 1
    return tok


def temporal(tok: Token) -> bool:
    """A date or time phrase ("on Monday", "in July")."""
    return tok.lemma_.lower() in TEMPORAL or tok.lower_ in TEMPORAL


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
    return misparsed_subject(verb) or inherited_subject(verb)


# finite verb tags: a clause with one of these has a subject, if the parser found none
FINITE = frozenset({"VBD", "VBZ", "VBP"})


def misparsed_subject(verb: Token) -> Token | None:
    """A name the parser read as an adverbial of a finite verb that has no subject: the
    small model tags an unfamiliar name opening the clause npadvmod or advmod ("*Nauru* broke
    off relations with Taiwan", "*Tuvalu* restored ties"); not a day or month ("Monday
    ...")."""
    if verb.tag_ not in FINITE:
        return None
    for c in verb.children:
        if c.i < verb.i and c.dep_ in ("npadvmod", "advmod") and c.pos_ == "PROPN" and not temporal(c) \
                and c.left_edge.i == verb.left_edge.i:
            return c
    return None


def relative_object_antecedent(verb: Token) -> Token | None:
    """The noun a relative clause is about when its object is the relative pronoun:
    "a massacre, which the Kremlin denied" -> massacre."""
    if verb.dep_ != "relcl":
        return None
    if any(c.lemma_.lower() in RELATIVE and c.dep_ in OBJ for c in verb.children):
        return verb.head
    return None


def contact_object_antecedent(verb: Token) -> Token | None:
    """The noun a relative clause with no pronoun at all is about when its object is the
    gap: "a step Israel condemned", "a move the Kremlin vowed to answer" (the gap may be
    the object of its infinitive)."""
    if verb.dep_ != "relcl":
        return None
    subj = children(verb, "nsubj")
    if verb.i < verb.head.i or not subj or temporal(verb.head):
        return None
    if any(c.lemma_.lower() in RELATIVE or (c.dep_ in ("mark", "advmod", "prep") and c.i < subj[0].left_edge.i)
           for c in verb.children):
        return None  # a pronoun, or "where"/"when"/"in which" before the subject
    if any(children(v, *OBJ, "ccomp", "dative") for v in [verb, *children(verb, "xcomp")]):
        return None  # no gap: the clause has its own object
    return verb.head


def inherited_subject(verb: Token) -> Token | None:
    head = verb.head
    if head.i == verb.i:
        return None
    if verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
        shared = children(head, "nsubjpass")
        if shared and not is_passive(verb):
            return shared[0]  # "Lai was sworn in and called on Beijing to stop": Lai called
        return subject(head)
    if verb.dep_ == "xcomp":  # object control ("urged China to act") else subject control
        obj = children(head, *OBJ)
        if obj and head.lemma_.lower() not in load_modality().instrument_verb:
            return obj[0]
        if head.pos_ == "ADJ" and head.dep_ == "acomp":  # "Iran is willing to resume"
            head = head.head
        return subject(head) if head.pos_ in ("VERB", "AUX") else None
    if verb.dep_ == "pcomp" and head.head.pos_ in ("VERB", "AUX"):
        # "accused Russia of shelling", "warned NATO against deploying" (object control);
        # "The Houthis responded by firing a missile", "told reporters after meeting
        # Wang Yi" (subject control: a preposition of time or manner, clause_words.tsv)
        obj = children(head.head, *OBJ)
        subject_prep = head.lemma_.lower() in load_kinds("clause_words.tsv", CLAUSE_KINDS)["subject_prep"]
        return obj[0] if obj and not subject_prep else subject(head.head)
    if verb.dep_ == "advcl" and verb.tag_ == "VB" and head.pos_ in ("VERB", "AUX") \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return subject(head)  # a purpose clause: "thousands poured onto the streets to protest"
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.pos_ in ("VERB", "AUX"):
        # "Costa Rica broke with Taiwan, severing its ties ..."; a trailing ", -ing" clause
        # the parser hung on a complement belongs to the main clause ("ordered the
        # officials to leave, accusing them of meddling")
        while verb.doc[verb.left_edge.i - 1].text == "," and head.dep_ in ("xcomp", "ccomp") \
                and head.head.pos_ in ("VERB", "AUX") and head.head.i < head.i < verb.left_edge.i:
            head = head.head
        return subject(head)
    if verb.dep_ in ("acl", "relcl") and (verb.tag_ in ("VBG", "VBD") or children(verb, *OBJ)):
        return head  # "troops firing on ...", and a past tense the parser hung on a noun
    return None


def prep_objects(tok: Token, prep: str) -> list[Token]:
    """Objects of preposition ``prep`` attached to ``tok`` (or, for a verb, to its object)."""
    hosts = [tok, *children(tok, *OBJ), *children(tok, "prt", "advmod")]  # "pulled out of"
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
    while tok.head.i != tok.i:  # spaCy makes a new Token object on every access
        tok = tok.head
        yield tok


def governing_verb(tok: Token) -> Token | None:
    for a in verb_ancestors(tok):
        if a.pos_ in ("VERB", "AUX"):
            return a
    return None


REALISED, INTENT, HEDGED = "realised", "intent", "hedged"
PURPOSE = "purpose"  # "blocked roads to protest", "met to discuss": realised for some acts


def clause_status(verb: Token, mod: Modality) -> str:
    """Whether the clause headed by ``verb`` states a realised event, a stated intention
    ("will send", "is ready to talk", "agreed to share"), or nothing (modal, conditional,
    infinitive under a non-implicative governor)."""
    kids = list(verb.children)
    status = REALISED
    for c in kids:
        word = c.lemma_.lower()
        if c.dep_ == "aux" and word in mod.modal:
            # "Erdogan said Ankara would launch an offensive": a future reported by its
            # own side is a stated intention; other modals hedge
            reported = verb.dep_ == "ccomp" and verb.head.lemma_.lower() in mod.speech \
                and not any(k.dep_ == "auxpass" for k in kids)  # "the inquiry would be led by
            # a judge", a passive future, tells what will be done, not whose intention
            if not (c.lower_ in ("would", "'d") and reported):
                return HEDGED
            status = INTENT
        if c.dep_ == "aux" and (word in mod.intent_modal or c.lower_ in mod.intent_modal):
            status = INTENT
        if c.dep_ == "mark" and word in mod.mark:
            return HEDGED
        if c.dep_ == "advmod" and c.lower_ in mod.hedge_adverb:
            return HEDGED  # "police allegedly beat protesters"
    head = verb.head
    if head.i == verb.i:
        return status
    if verb.dep_ == "advcl" and verb.tag_ in ("VBZ", "VBP") and head.tag_ == "VBD" \
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in kids):
        return HEDGED  # an ongoing trend behind a past act, no event of its own: "took
        # delivery of helicopters, as the junta deepens its ties with Moscow"
    content = _content_clause(verb)
    if (verb.dep_ == "ccomp" or content) and verb.tag_ == "VB" and _own_subject(verb) \
            and not any(c.dep_ in ("aux", "auxpass") for c in kids):
        return HEDGED  # a subjunctive that-clause: "demanded that France pull its troops out",
        # "rejected demands that he step down"
    if verb.dep_ == "ccomp" and verb.i < head.i and _answered_claim(verb, head, mod):
        return status  # the writer's own clause, which a later one answers: "Nepal accused
        # India of imposing a blockade, a charge India denied"
    if verb.dep_ == "ccomp" and verb.i < head.i and head.dep_ == "ROOT" \
            and any(c.dep_ == "mark" and c.lower_ in mod.time_mark for c in head.children):
        return status  # the parser hung the main clause on the time clause after it: "Peru
        # withdrew its ambassador ..., after Mexico's president called its government illegitimate"
    governor = head.lemma_.lower()
    if verb.dep_ == "ccomp" and verb.tag_ == "VBP" and governor in mod.mandative \
            and head.tag_ in ("VBD", "VBN") and _own_subject(verb) \
            and not any(c.dep_ in ("aux", "auxpass") for c in kids):
        return HEDGED  # a present form after a past mandative head is no backshifted
        # statement but what is insisted on: "insisted that India pull its troops out"
    if verb.dep_ == "pcomp" and _evaluated(head, mod):
        return HEDGED  # the reason for praise or blame: "thanked Australia for sending troops"
    if verb.dep_ == "pcomp" and governor in mod.mark:
        return HEDGED  # "a plan to rebuild Gaza without displacing its residents"
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in kids)
    complement = infinitive or verb.dep_ in ("xcomp", "ccomp", "pcomp")
    if complement and governor in mod.decision and status == REALISED and _body_decides(head):
        return status  # one body's decision is the act: "EU ministers agreed to lift sanctions"
    if complement and governor in mod.intent:
        return INTENT if verb.dep_ != "ccomp" or status == INTENT else status
    if verb.dep_ == "pcomp" and governor == "to" and head.head.lemma_.lower() in mod.intent:
        return INTENT  # "has committed to resuming talks", "is committed to holding a vote"
    if infinitive and verb.dep_ == "advcl" and head.pos_ == "VERB" and governor not in mod.governor:
        return PURPOSE if status == REALISED else status
    if infinitive and governor not in mod.implicative:
        return HEDGED
    if verb.dep_ == "xcomp" and governor in mod.cessation:
        return HEDGED  # "Gazprom stopped delivering gas"
    if verb.dep_ in ("xcomp", "ccomp", "pcomp") and governor in mod.governor \
            and not any(c.dep_ == "mark" and c.lower_ in mod.time_mark for c in kids):
        return HEDGED
    if content and governor in mod.governor and verb.tag_ in ("VB", "VBP") \
            and not any(c.dep_ in ("aux", "auxpass") for c in kids):
        return HEDGED  # a subjunctive of what is demanded: "rejected demands that he step down"
    if content and governor in mod.claim_noun:
        return HEDGED  # the content of a claim: "accusations that it backs M23"
    if verb.dep_ == "pcomp" and head.head.lemma_.lower() in mod.governor:
        return HEDGED  # "accused Russia of shelling", "warned NATO against deploying"
    if verb.dep_ == "conj" and verb.tag_ == "VBG" and governor in mod.governor \
            and any(c.tag_ == "VBG" and c.i < verb.i for h in [head, *children(head, *OBJ)]
                    for p in children(h, "prep") for c in children(p, "pcomp")):
        return HEDGED  # a second -ing act the parser hung on the governor: "accusing Kenya
        # of meddling in its affairs and violating its sovereignty"
    if verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX") and not _own_subject(verb) \
            and not _tense_break(verb):
        return _worst(status, clause_status(head, mod))
    return status


def _tense_break(verb: Token) -> bool:
    """A past-tense conjunct of a base-form verb cannot share its modal or "to": the parser
    hung a main-clause act on a reported one ("warned that Lithuania would pay a price ...,
    and recalled its ambassador")."""
    return verb.dep_ == "conj" and verb.tag_ == "VBD" and verb.head.tag_ == "VB" \
        and any(c.dep_ == "aux" for c in verb.head.children)


def _answered_claim(verb: Token, head: Token, mod: Modality) -> bool:
    """``verb``'s clause comes first and ``head`` answers it through a claim noun of its own
    after a comma (", a charge India denied", ", an accusation Moscow rejects"): the parser hung
    the writer's statement on the answer as its content."""
    end = verb.right_edge.i
    return any(o.lemma_.lower() in mod.answer_noun and o.pos_ == "NOUN" and head in o.ancestors
               and any(t.text == "," for t in verb.doc[end:o.i])
               for o in verb.doc[end + 1:head.i])


# prepositions that name a second party to an agreement: "agreed with Kyiv to", "between"
_PARTY_PREPS = frozenset({"with", "between"})


def _body_decides(governor: Token) -> bool:
    """The governor's subject is one deliberating body (class "body" of subject_classes.tsv:
    a court, council, parliament, bloc, "EU ministers"), not coordinated, with no second party
    ("agreed with Kyiv") and no modal or intention of its own."""
    from eventwire.coding import needs

    subj = subject(governor)
    if subj is None or children(subj, "conj") or subj.dep_ == "conj":
        return False
    if any(c.dep_ == "prep" and c.lower_ in _PARTY_PREPS for c in governor.children):
        return False
    if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "could", "may", "might", "shall", "should")
           for c in governor.children):
        return False
    return needs.has_need(governor, "subj", "body")


def _content_clause(verb: Token) -> bool:
    """A that-clause stating what a noun says ("accusations that it backs M23"). The parser
    often labels it a relative clause; a true relative clause lacks a subject or object (its
    gap), a content clause has its own subject after "that"."""
    if verb.head.pos_ != "NOUN" or verb.head.i > verb.i:
        return False
    that = any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)
    return verb.dep_ == "acl" and that or verb.dep_ == "relcl" and that and _own_subject(verb)


def _phrasal(verb: Token) -> str:
    """ "call off" for "called off the strike"; the bare lemma without a particle."""
    prt = children(verb, "prt")
    return f"{verb.lemma_.lower()} {prt[0].lower_}" if prt else verb.lemma_.lower()


def _worst(a: str, b: str) -> str:
    order = (REALISED, PURPOSE, INTENT, HEDGED)
    return max(a, b, key=order.index)


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in SUBJ + ("nsubjpass",) for c in verb.children)


def realisation(tok: Token, mod: Modality) -> str:
    """REALISED, INTENT or HEDGED for the trigger ``tok``.

    A verb is judged by its own clause and by the clauses it is a complement of; a noun by
    the words above it up to and including its clause's verb ("plans for a visit",
    "expressed interest in helping", "to lay the groundwork for a visit")."""
    status = _realisation(tok, mod)
    if status == INTENT and _negated_path(tok, mod):
        return HEDGED  # no intention to act: "said it would not recognise", "is not ready to talk"
    return status


def _realisation(tok: Token, mod: Modality) -> str:
    node = tok
    status = REALISED
    if tok.pos_ != "VERB":
        if any(c.dep_ in ("amod", "compound") and (c.lower_ in mod.unreal_mod or c.lemma_.lower()
                                                  in mod.unreal_mod) for c in tok.children):
            return HEDGED  # "planned protests", "a possible offensive", "the alleged attack"
        if _restates_clause(tok):
            return HEDGED  # no act of its own: "gunmen massacred 79 civilians, the worst
            # attack since the coup" (the clause's verb codes the act)
        if _judged_without_doer(tok, mod):
            return HEDGED  # the act judged, its doer unnamed: "the UN condemned the killing"
        if _asserted_by_relative(tok, mod):
            return REALISED  # "the drone strike that killed 10 civilians" happened
        prev = tok
        for a in verb_ancestors(tok):
            word = a.lemma_.lower()
            if (word in mod.governor or _phrasal(a) in mod.phrasal_governor) \
                    and not _directed_act(tok, a, mod) and not _adjunct(prev, a, mod):
                return HEDGED
            if word in mod.cessation and prev.dep_ in OBJ:
                return HEDGED  # "halted talks with Kabul"
            if _evaluated(prev, mod) and prev.head.i == a.i:
                return HEDGED  # "praised the junta for the release of prisoners"
            if a.pos_ in ("VERB", "AUX") and prev.dep_ == "prep" and prev.lower_ in mod.adjunct_prep:
                return status  # background the clause presupposes: "agreed to keep troops
                # there despite the expulsion of French forces", "vowed revenge after the attack"
            prev = a
            if word in mod.intent:
                status = INTENT
            if a.pos_ in ("VERB", "AUX"):
                node = a
                break
        else:
            return status
        if node.pos_ == "AUX" and node.dep_ == "ROOT":
            return status
    while True:
        if node.pos_ in ("VERB", "AUX", "ADJ"):
            own = clause_status(node, mod)
            if own == PURPOSE and node.dep_ == "advcl" \
                    and _realisation(node.head, mod) in (INTENT, HEDGED):
                return HEDGED  # the purpose of an unreal act: "is ready to deploy troops to fight"
            status = _worst(status, own)
            if status == HEDGED:
                return status
        if node.head.i != node.i and (
            node.dep_ in ("xcomp", "acomp")
            or (node.dep_ == "conj" and not _own_subject(node) and not _tense_break(node))
        ):
            node = node.head
            continue
        return status


def _evaluated(prep: Token, mod: Modality) -> bool:
    """``prep`` is the "for" of a verb of praise or blame (modality.tsv kind evaluation): its
    object is the reason ("commended Tanzania for reopening the border"), which the writer
    reports as the speaker's grounds; gold treats it as background at most."""
    return prep.dep_ == "prep" and prep.lower_ == "for" and prep.head.pos_ == "VERB" \
        and prep.head.lemma_.lower() in mod.evaluation


def _judged_without_doer(noun: Token, mod: Modality) -> bool:
    """An event noun that is the object of a verb of praise or blame and names no doer of its
    own (no possessor, by-phrase, or name or demonym before it): the act judged is background
    whose actor the sentence leaves open, and the judge is not its doer ("Haiti condemned the
    expulsions", "the mission condemned the killing"; "condemned Turkish drone strikes" and
    "condemned the arrest of X by police" keep it)."""
    if noun.dep_ not in ("dobj", "nsubjpass") or noun.head.lemma_.lower() not in mod.evaluation:
        return False
    if any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for c in noun.children):
        return False
    return not any(t.dep_ in ("poss", "amod", "compound") and (t.dep_ == "poss" or t.text[:1].isupper())
                   for t in noun.subtree if t.i < noun.i)


def _adjunct(child: Token, governor: Token, mod: Modality) -> bool:
    """``child`` hangs an adjunct of time or cause on the verb ``governor``, not its
    complement: "ordered strikes in retaliation for an attack", "a day after the attack"."""
    return governor.pos_ in ("VERB", "AUX") and (
        child.dep_ in ("npadvmod", "tmod") or (child.dep_ == "prep" and child.lower_ in mod.adjunct_prep))


def _restates_clause(noun: Token) -> bool:
    """An event noun after a comma that sums up the clause before it and names no doer of its
    own: "..., the worst attack since the army took power", "..., an escalation that ..."; a
    by-phrase or possessor ("the latest attack by al-Shabaab", "its third strike") tells who
    acted and keeps it."""
    edge = noun.left_edge.i
    clause = noun.head
    if not (noun.dep_ in ("npadvmod", "appos", "dobj") and edge > 0 and noun.doc[edge - 1].text == ","
            and clause.pos_ in ("VERB", "AUX") and clause.i < noun.i):
        return False
    if noun.dep_ == "dobj" and not any(c.dep_ in OBJ and c.i < edge for c in clause.children):
        return False  # the clause's only object: "signed, after months of talks, a deal"
    return not any(c.dep_ in ("poss", "agent") or (c.dep_ == "prep" and c.lower_ == "by")
                   for c in noun.children)


def _asserted_by_relative(noun: Token, mod: Modality) -> bool:
    """An event noun that is the subject of a realised past-tense relative clause is stated
    as fact: "the drone strike that killed 10 civilians", "an attack which wounded five"."""
    for rc in children(noun, "relcl"):
        if rc.tag_ == "VBD" and any(c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in rc.children) \
                and clause_status(rc, mod) == REALISED:
            return True
    return False


def _negated_path(tok: Token, mod: Modality) -> bool:
    """A negation on the trigger or on the words its status was read from, up to its
    clause's verb and the verbs and adjectives it is a complement of ("would not hesitate
    to" affirms)."""
    node = tok
    while True:
        if node.lemma_.lower() not in mod.reluctance and any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in ("never", "no"))
               for c in node.children):
            return True
        if node.head.i == node.i:
            return False
        if node.pos_ not in ("VERB", "AUX", "ADJ") or node.dep_ in ("xcomp", "acomp") \
                or (node.dep_ == "conj" and not _own_subject(node)):
            node = node.head
            continue
        return False


def _directed_act(tok: Token, governor: Token, mod: Modality) -> bool:
    """The noun object of a directive verb is an act its subject carries out: "ordered
    air strikes", "an inquiry was ordered" (an infinitive complement stays hedged)."""
    return (governor.lemma_.lower() in mod.directive and tok.head.i == governor.i
            and tok.dep_ in ("dobj", "nsubjpass"))


def unrealised(tok: Token, mod: Modality) -> bool:
    return realisation(tok, mod) != REALISED


def negated(tok: Token, mod: Modality) -> bool:
    """A negator on the trigger, its verb, or its object ("received no commitment")."""
    if tok.lemma_.lower() in mod.reluctance:
        return False  # "would not hesitate to strike" affirms
    if tok.pos_ == "VERB" and _neither_nor(tok):
        return True  # "an attack Israel neither confirmed nor denied"
    for c in tok.children:
        if c.dep_ == "neg" or (c.dep_ in ("det", "advmod") and c.lower_ in mod.negator):
            return True
        if c.dep_ in OBJ and any(d.dep_ == "det" and d.lower_ in mod.negator for d in c.children):
            return True
    if tok.pos_ != "VERB" and tok.dep_ in OBJ + ("pobj",):
        verb = governing_verb(tok)
        return bool(verb and any(c.dep_ == "neg" for c in verb.children))
    return False


def _neither_nor(verb: Token) -> bool:
    """A verb of a "neither ... nor" pair: the first carries "neither" (or "nor" as its
    coordinator), the second is its conjunct."""
    first = verb.head if verb.dep_ == "conj" and verb.head.pos_ == "VERB" else verb
    return any((c.dep_ == "preconj" and c.lower_ == "neither") or (c.dep_ == "cc" and c.lower_ == "nor")
               for c in first.children)


def is_question(tok: Token) -> bool:
    return tok.sent.text.rstrip().endswith("?")
