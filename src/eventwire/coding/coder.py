"""The event coder: trigger rules from the lexicon applied to a dependency parse.

For each sentence: find trigger tokens whose lemma and dependents match a lexicon rule,
drop those in unrealised contexts (modal, infinitive, conditional, hedged), read the
source and target from the rule's slots, turn the tokens there into actors through the
resolver's mentions, and build one Event per (source, target) pair with its date, place
and the evidence that proves it.
"""
from __future__ import annotations

import hashlib
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from eventwire.coding import syntax
from eventwire.coding.modality import Modality, load_modality, load_proxies
from eventwire.records import Actor, Article, Block, Event, Evidence, Mention, Place

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from eventwire.coding.lexicon import Lexicon, TriggerRule
    from eventwire.coding.ontology import Ontology
    from eventwire.geo import PlaceResolver

CODER_VERSION = "0.1.0"
PRONOUNS = {"he": "person", "she": "person", "him": "person", "her": "person",
            "it": "thing", "its": "thing", "they": "thing", "them": "thing", "their": "thing"}
COUNTRYLESS_OK = frozenset({"igo", "group"})


@dataclass(frozen=True, slots=True)
class Candidate:
    """A matched trigger with its actors, before it becomes Events."""

    token_i: int
    rule: TriggerRule
    sources: tuple[Actor, ...]
    targets: tuple[Actor, ...]
    negated: bool


@dataclass
class DocState:
    """What the coder remembers while reading one document."""

    recent: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)


class Coder:
    def __init__(
        self,
        lexicon: Lexicon | None = None,
        ontology: Ontology | None = None,
        modality: Modality | None = None,
        places: PlaceResolver | None = None,
    ) -> None:
        from eventwire.coding.lexicon import load_lexicon
        from eventwire.coding.ontology import load_ontology
        from eventwire.geo import default_resolver

        self.ontology = ontology or load_ontology()
        self.lexicon = lexicon or load_lexicon(ontology=self.ontology)
        self.modality = modality or load_modality()
        self.proxies = load_proxies()
        self.places = places or default_resolver()
        self.version = (
            f"eventwire-coder/{CODER_VERSION} lexicon/{self.lexicon.version} "
            f"cameo/{self.ontology.version} modality/{self.modality.version}"
        )

    # -- document level ---------------------------------------------------------------
    def code_article(
        self, article: Article, parsed: Sequence[tuple[Block, Doc]], mentions: Sequence[Mention]
    ) -> list[Event]:
        """Events of one article from its parsed blocks and its actor mentions."""
        state = DocState()
        text_hash = hashlib.sha1(article.text.encode("utf-8")).hexdigest()[:12]
        index = 0
        for block, doc in parsed:
            tokmap = _token_mentions(doc, block.start, mentions)
            for sent in doc.sents:
                if sent.text.strip():
                    self._code_sentence(article, block, sent, index, tokmap, state, text_hash)
                    index += 1
        return state.events

    def _code_sentence(
        self, article: Article, block: Block, sent: Span, index: int,
        tokmap: dict[int, Mention], state: DocState, text_hash: str,
    ) -> None:
        start = block.start + sent.start_char
        text = article.text[start : block.start + sent.end_char]
        matches = {tok.i: rule for tok in sent if (rule := self._trigger(tok, tokmap)) is not None}
        consumed = {d.i for i, rule in matches.items() for d in _need_tokens(sent.doc[i], rule)}
        found = [c for i, rule in matches.items() if i not in consumed
                 and (c := self._candidate(sent.doc[i], rule, tokmap, state)) is not None]
        for cand in found:
            tok = sent.doc[cand.token_i]
            t0 = tok.idx - sent.start_char
            place = self.places.best(text, near=(t0, t0 + len(tok.text)))
            for src, tgt in _pairs(cand):
                event = self._event(article, index, text, start, tok, cand, src, tgt, place,
                                    text_hash)
                _add(state, event, tok.pos_ == "NOUN")
        state.recent.extend(m.actor for i, m in sorted(tokmap.items())
                            if sent.start <= i < sent.end and _first_token(tokmap, i))

    # -- trigger matching -------------------------------------------------------------
    def _trigger(self, tok: Token, tokmap: dict[int, Mention]) -> TriggerRule | None:
        """The most specific lexicon rule ``tok`` triggers in a realised context."""
        pos = "VERB" if tok.pos_ == "VERB" else "NOUN" if tok.pos_ == "NOUN" else None
        if pos is None or tok.i in tokmap:
            return None
        rule = self._match(tok, pos)
        if rule is None or syntax.unrealised(tok, self.modality) or syntax.is_question(tok):
            return None
        return rule

    def _candidate(
        self, tok: Token, rule: TriggerRule, tokmap: dict[int, Mention], state: DocState
    ) -> Candidate | None:
        pos = "VERB" if tok.pos_ == "VERB" else "NOUN"
        sources = self._slot_actors(tok, rule.source, tokmap, state, target=False)
        if not sources and pos == "NOUN":
            verb = syntax.governing_verb(tok)
            subj = syntax.subject(verb) if verb is not None else None
            sources = self._actors_at(subj, tokmap, state, False) if subj is not None else ()
        targets = self._slot_actors(tok, rule.target, tokmap, state, target=True)
        if not targets and "none" not in rule.target:
            # "threatened to attack South Korea", "refused to release the prisoners"
            for comp in syntax.children(tok, "xcomp"):
                targets = self._slot_actors(comp, ("dobj", "prep:against", "prep:on"), tokmap,
                                            state, target=True)
        if not sources and not targets:
            return None
        return Candidate(tok.i, rule, sources, targets, syntax.negated(tok, self.modality))

    def _match(self, tok: Token, pos: str) -> TriggerRule | None:
        asp = syntax.aspect(tok) if pos == "VERB" else None
        for rule in self.lexicon.rules_for(tok.lemma_.lower(), pos):
            if rule.aspect and rule.aspect != asp:
                continue
            if all(_has_need(tok, need.dep, need.lemma) for need in rule.needs):
                return rule
        return None

    # -- actors -----------------------------------------------------------------------
    def _slot_actors(
        self, tok: Token, slots: Iterable[str], tokmap: dict[int, Mention], state: DocState,
        target: bool,
    ) -> tuple[Actor, ...]:
        for slot in slots:
            for node in _slot_tokens(tok, slot, tokmap):
                actors = self._actors_at(node, tokmap, state, target)
                if actors:
                    return actors
        return ()

    def _actors_at(
        self, tok: Token, tokmap: dict[int, Mention], state: DocState, target: bool
    ) -> tuple[Actor, ...]:
        """Actors named by the noun phrase headed by ``tok``: its own mention(s), those of
        coordinated heads, an appositive naming a generic head ("9 NATO member countries -
        UK, Australia ..."), or the object of "of" ("members of Hamas")."""
        if tok.pos_ == "PRON":
            actor = _antecedent(tok, state)
            return (actor,) if actor else ()
        found = self._phrase_mentions(tok, tokmap, target)
        for p in [] if found else syntax.prep_objects(tok, "of"):
            # "an offshoot of al-Qaeda, ISIS, ..." / "the leader of the group, X": an
            # appositive after the of-phrase renames the whole generic noun phrase
            renamed = [m for a in syntax.appositions(p) for m in self._core_mentions(a, tokmap, target)]
            found = renamed or self._phrase_mentions(p, tokmap, target)
        unique = {id(m): m for m in found}
        return tuple(m.actor for m in unique.values())

    def _phrase_mentions(self, tok: Token, tokmap: dict[int, Mention], target: bool) -> list[Mention]:
        heads = syntax.coordinated(tok)
        found = [m for h in heads for m in self._core_mentions(h, tokmap, target)]
        appos = [m for a in syntax.appositions(tok) for m in self._core_mentions(a, tokmap, target)]
        if appos and tok.i not in tokmap:
            found = appos + [m for h in heads[1:] for m in self._core_mentions(h, tokmap, target)]
        return found

    def _core_mentions(self, head: Token, tokmap: dict[int, Mention], target: bool) -> list[Mention]:
        """Mentions inside the core of the noun phrase headed by ``head``. A bare country
        adjective on a head that is not an actor counts only for targets whose head stands
        for its owner ("Iraqi territory"), not for "Chinese soil" or "Chinese contribution"."""
        own = tokmap.get(head.i)
        keep_modifiers = own is not None or (target and head.lemma_.lower() in self.proxies)
        lo, hi = syntax.core_range(head)
        out: list[Mention] = []
        for i in range(lo, hi):
            m = tokmap.get(i)
            if m is None or (out and out[-1] is m):
                continue
            if m is own or keep_modifiers or m.actor.role or m.actor.kind not in ("country",):
                out.append(m)
        return out

    # -- events -----------------------------------------------------------------------
    def _event(
        self, article: Article, index: int, text: str, start: int, tok: Token, cand: Candidate,
        src: Actor | None, tgt: Actor | None, place: Place | None, text_hash: str,
    ) -> Event:
        from eventwire.timex import resolve_event_date

        info = self.ontology.info(cand.rule.code)
        src, tgt = _localise(src, place), _localise(tgt, place)
        t_start = start + (tok.idx - tok.sent.start_char)
        key = "|".join([article.doc_id, text_hash, str(index), str(t_start), info.code,
                        src.code if src else "-", tgt.code if tgt else "-", self.version])
        return Event(
            event_id=hashlib.sha1(key.encode("utf-8")).hexdigest()[:20],
            doc_id=article.doc_id,
            sentence_index=index,
            sentence=text,
            source=src,
            target=tgt,
            cameo=info.code,
            cameo_root=info.root,
            plover=info.plover,
            quad_class=info.quad_class,
            goldstein=info.goldstein,
            negated=cand.negated,
            date=resolve_event_date(text, article.published) or article.published,
            location=place,
            confidence=_confidence(cand, src, tgt),
            evidence=Evidence(tok.text, t_start, t_start + len(tok.text)),
            coder_version=self.version,
            extra=(("rule", f"{cand.rule.lemma}:{cand.rule.code}@{cand.rule.line}"),),
        )


# -- helpers (pure) ---------------------------------------------------------------------
def _token_mentions(doc: Doc, offset: int, mentions: Sequence[Mention]) -> dict[int, Mention]:
    """Map token index -> the mention covering it (mention offsets are article offsets)."""
    lo, hi = offset, offset + len(doc.text)
    out: dict[int, Mention] = {}
    for m in mentions:
        if m.end <= lo or m.start >= hi:
            continue
        for t in doc:
            t0 = offset + t.idx
            if m.start <= t0 < m.end or (t0 < m.start < t0 + len(t.text)):
                out[t.i] = m
    return out


def _first_token(tokmap: dict[int, Mention], i: int) -> bool:
    return tokmap.get(i - 1) is not tokmap[i]


def _has_need(tok: Token, dep: str, lemma: str) -> bool:
    if dep == "dobj":
        obj = syntax.direct_object(tok)
        return obj is not None and obj.lemma_.lower() == lemma
    if dep == "prt":
        return any(c.dep_ == "prt" and c.lemma_.lower() == lemma for c in tok.children)
    if dep == "prep":
        return any(c.dep_ in ("prep", "agent", "dative") and c.lemma_.lower() == lemma
                   for c in tok.children)
    if dep == "mod":
        return any(c.dep_ in ("compound", "amod", "nmod", "npadvmod") and c.lemma_.lower() == lemma
                   for c in tok.children)
    if dep == "xcomp":
        return any(c.dep_ == "xcomp" and c.lemma_.lower() == lemma for c in tok.children)
    return False


def _need_tokens(tok: Token, rule: TriggerRule) -> list[Token]:
    """Dependents a rule's needs consumed ("commitment" in "received no commitment"): they
    are part of this trigger, not triggers of their own."""
    out = []
    for need in rule.needs:
        if need.dep == "dobj":
            obj = syntax.direct_object(tok)
            out += [obj] if obj is not None else []
        elif need.dep in ("mod", "xcomp"):
            out += [c for c in tok.children if c.lemma_.lower() == need.lemma]
    return out


def _slot_tokens(tok: Token, slot: str, tokmap: dict[int, Mention]) -> list[Token]:
    is_verb = tok.pos_ == "VERB"
    if slot == "subj":
        s = syntax.subject(tok) if is_verb else None
        return [s] if s is not None else []
    if slot == "dobj":
        o = syntax.direct_object(tok) if is_verb else None
        return [o] if o is not None else []
    if slot == "dative":
        return syntax.children(tok, "dative", "iobj")
    if slot.startswith("prep:"):
        return syntax.prep_objects(tok, slot[5:])
    if slot == "poss":
        return syntax.children(tok, "poss")
    if slot == "amod":
        return [c for c in syntax.children(tok, "amod", "compound", "nmod") if c.i in tokmap]
    return []


def _antecedent(tok: Token, state: DocState) -> Actor | None:
    want = PRONOUNS.get(tok.lower_)
    if want is None or (tok.lower_ == "it" and _pleonastic(tok)):
        return None
    for actor in reversed(state.recent):
        if (actor.kind == "person") == (want == "person"):
            return actor
    return None


def _pleonastic(tok: Token) -> bool:
    head = tok.head
    return any(c.dep_ in ("ccomp", "xcomp", "csubj") for c in head.children) and \
        head.lemma_.lower() in ("be", "know", "seem", "appear", "report", "say", "believe", "expect")


def _pairs(cand: Candidate) -> list[tuple[Actor | None, Actor | None]]:
    sources, targets = cand.sources, cand.targets
    if not targets and len(sources) >= 2:  # "A and B met", "India and Japan signed a pact"
        return [(a, b) for a, b in itertools.combinations(sources, 2) if a.code != b.code]
    pairs = itertools.product(sources or (None,), targets or (None,))
    return [(s, t) for s, t in pairs if s is None or t is None or s is not t]


def _localise(actor: Actor | None, place: Place | None) -> Actor | None:
    """A role-only actor ("protesters", "police") takes the country of the event's place."""
    if actor is None or actor.country or actor.kind in COUNTRYLESS_OK or not place or not place.country:
        return actor
    if actor.kind != "role" or not actor.role:
        return actor
    return replace(actor, code=place.country + actor.role, country=place.country)


def _confidence(cand: Candidate, src: Actor | None, tgt: Actor | None) -> float:
    score = 0.4 + 0.2 * (src is not None) + 0.2 * (tgt is not None)
    score += 0.1 * bool(cand.rule.needs) - 0.1 * cand.negated
    return round(min(score, 0.95), 2)


def _add(state: DocState, event: Event, nominal: bool) -> None:
    """Keep one record per event: drop exact repeats, events subsumed by a fuller one in
    the same sentence, and nominal re-mentions of an event already coded."""
    def key(e: Event) -> tuple[str, str, str]:
        return e.cameo_root, e.source.code if e.source else "", e.target.code if e.target else ""

    k = key(event)
    for i, old in enumerate(state.events):
        ok = key(old)
        if old.sentence_index == event.sentence_index and ok[0] == k[0]:
            if ok == k or _subsumes(ok, k):
                return
            if _subsumes(k, ok):
                state.events[i] = event
                return
        elif nominal and ok == k:
            return
    state.events.append(event)


def _subsumes(full: tuple[str, str, str], part: tuple[str, str, str]) -> bool:
    return all(p == "" or p == f for p, f in zip(part[1:], full[1:])) and full != part
