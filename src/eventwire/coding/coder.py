"""The event coder: trigger rules from the lexicon applied to a dependency parse.

For each sentence: find trigger tokens whose lemma and dependents match a lexicon rule;
drop those in hedged contexts (modal, conditional, infinitive under a non-implicative
governor) and recode stated intentions ("will send aid" -> 033, "we will strike" -> 138);
read the source and target from the rule's slots; turn the tokens there into actors
(coding/participants.py); build one Event per (source, target) pair with its date, place
and the evidence that proves it.
"""
from __future__ import annotations

import hashlib
import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from eventwire.coding import reciprocal, syntax
from eventwire.coding.doers import inquiry_doer, own_phrase_sides, provoking_doer
from eventwire.coding.modality import (
    Modality,
    load_intent,
    load_modality,
    load_proxies,
    load_kinds,
    load_word_list,
)
from eventwire.coding.needs import has_need as _has_need
from eventwire.coding.needs import need_tokens as _need_tokens
from eventwire.coding.participants import (
    RECENT,
    SUBJECTS,
    Memory,
    Participants,
    actors_between,
    antecedent,
    each_pair,
    with_country,
)
from eventwire.records import Actor, Article, Block, Event, Evidence, Mention, Place

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from eventwire.coding.lexicon import Lexicon, TriggerRule
    from eventwire.coding.ontology import Ontology
    from eventwire.geo import PlaceResolver

CODER_VERSION = "0.3.0"
WORD_KINDS = ("inherit_prep", "joint_root", "symmetric_root", "mutual_root", "referring",
              "targetless_root", "targetless_verb_root", "agent_target_root", "purpose_root",
              "unattributed_root", "weapon_root", "weapon_subject", "crowd_place_prep",
              "harm_tail_root", "one_dyad_root", "home_threat_root", "indefinite_subject",
              "recipient_root", "recipient_verb", "recipient_place_code", "beneficiary_root",
              "clause_described_root", "authored_noun", "home_object_root", "home_object",
              "phrase_party_root", "agreed_act_verb", "agreed_act_root", "enacted_noun",
              "enacted_root", "insurgent_role",
              "receive_verb", "taken_from_root", "between_only_root", "conflict_party_root",
              "threat_head_root", "venue_root", "foreign_root", "previous_other_root",
              "home_state_root")
CLAUSE_KINDS = syntax.CLAUSE_KINDS
# what a deployment of forces sent to another state's own territory is (clause_words.tsv:
# help_deploy_code): military protection or peacekeeping
HELP_DEPLOY = "074"


@dataclass(frozen=True, slots=True)
class Candidate:
    """A matched trigger with its actors, before it becomes Events."""

    token_i: int
    rule: TriggerRule
    code: str
    sources: tuple[Actor, ...]
    targets: tuple[Actor, ...]
    negated: bool


@dataclass
class DocState:
    memory: Memory = field(default_factory=Memory)
    events: list[Event] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)  # sentences not yet scanned for places
    role_targets: set[str] = field(default_factory=set)  # events whose bare-role target took the source's country
    previous: list[Actor] = field(default_factory=list)  # the actors of the sentence before this one, same paragraph
    previous_subject: tuple[Actor, ...] = ()  # the actors of that sentence's main subject
    dateline: str | None = None  # the country of the story's opening dateline ("COLOMBO, May 3 -")


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
        self.intent = load_intent()
        self.self_target = load_word_list("self_target.tsv", "code")
        self.domestic = load_word_list("domestic.tsv", "root")
        self.place_target = load_word_list("place_target.tsv", "code")
        self.clause_words = load_kinds("clause_words.tsv", CLAUSE_KINDS)
        self.state_roles = load_word_list("state_roles.tsv", "role")
        self.words = load_kinds("coder_words.tsv", WORD_KINDS)
        self.places = places or default_resolver()
        self.participants = Participants(load_proxies(), self.places, frozenset(
            r.lemma for r in self.lexicon.rules() if r.pos == "VERB"))
        self.version = (
            f"eventwire-coder/{CODER_VERSION} lexicon/{self.lexicon.version} "
            f"cameo/{self.ontology.version} modality/{self.modality.version}"
        )

    # -- document level ---------------------------------------------------------------
    def code_article(
        self, article: Article, parsed: Sequence[tuple[Block, Doc]], mentions: Sequence[Mention]
    ) -> list[Event]:
        """Events of one article from its parsed blocks and its actor mentions."""
        state = DocState(dateline=self._dateline_country(article, parsed))
        text_hash = hashlib.sha1(article.text.encode("utf-8")).hexdigest()[:12]
        index = 0
        for block, doc in parsed:
            tokmap = _token_mentions(doc, block.start, mentions)
            state.previous, state.previous_subject = [], ()  # a new paragraph: no sentence before
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
        state.texts.append(text)  # the story's country is looked up only when needed
        if not sent[0].tag_:  # left unparsed by the pre-filter: it holds no trigger
            # it is still the sentence before the next one; its subject, unparsed, is taken
            # to be its first named actor ("The Gambia opened a consulate in Dakhla. The
            # Polisario Front condemned the move")
            state.previous = actors_between(tokmap, sent.start, sent.end)
            state.previous_subject = tuple(state.previous[:1])
            self._remember(sent, text, tokmap, state.memory)
            return
        matches = {tok.i: m for tok in sent if (m := self._trigger(tok, tokmap)) is not None}
        consumed = {d.i for i, (rule, _) in matches.items() for d in _need_tokens(sent.doc[i], rule)}
        found = [c for i, (rule, code) in matches.items() if i not in consumed
                 and (c := self._candidate(sent.doc[i], rule, code, tokmap, state)) is not None]
        found = _drop_nested_nominals(found, sent.doc, self.place_target)
        found = _drop_harm_tails(found, sent.doc, self.words["harm_tail_root"])
        found = _fold_harm_relatives(found, sent.doc, matches, self.words["harm_tail_root"])
        found = _merge_passive_giver(found, sent.doc)
        found = _shared_subject_home(found, sent.doc)
        found += [c for c in (self._joint_force(f, sent.doc) for f in found) if c is not None]
        found = [self._deployed_help(f, sent.doc, tokmap) for f in found]
        found += [c for c in (self._claim(f, sent.doc) for f in found) if c is not None]
        doc_country = (self._story_country(state) or _named_country(state.memory.recent)) if found else None
        # a story that names no place yet: its sentence's first country
        sent_country = _named_country(actors_between(tokmap, sent.start, sent.end)[::-1]) if found else None
        owned = _demonym_owned(sent, tokmap) if found else []
        for cand in found:
            tok = sent.doc[cand.token_i]
            cand, recip = _reciprocal(tok, cand)
            t0 = tok.idx - sent.start_char
            place = self._event_place(text, (t0, t0 + len(tok.text)))
            if place is not None and place.country and _prefixed(cand.code, self.place_target) \
                    and not (cand.targets == () and (recip or _mutual_sources(cand, self.words["mutual_root"]))):
                # attacks hit the place's country: "struck hideouts in Afghanistan",
                # "killed hundreds of civilians in the city of Axum"
                here = Actor(code=place.country, country=place.country, name=place.name, kind="country")
                targets = tuple(with_country(t, place.country) if _bare(t) else t for t in cand.targets)
                cand = replace(cand, targets=targets or (here,))
            if not cand.sources and not cand.targets:
                continue
            if owned:
                cand = replace(cand, sources=_owned(cand.sources, owned),
                               targets=_owned(cand.targets, owned))
            domestic = cand.code[:2] in self.domestic
            named = _sides(actors_between(tokmap, sent.start, sent.end))
            # the parties named in the sentence that are more than a bare role ("inmates")
            parties = _sides(a for a in actors_between(tokmap, sent.start, sent.end) if not _bare(a))
            made: list[Event] = []
            for src, tgt in _pairs(cand, recip or _prefixed(cand.code, self.words["symmetric_root"]),
                                   recip or _prefixed(cand.code, self.words["mutual_root"])):
                if domestic or (src is not None and tgt is not None and not (src.country or tgt.country)):
                    # (not a place named in a background clause: "protesters stormed the Armenian
                    # parliament after X agreed to end the war over Nagorno-Karabakh")
                    own = None if (_bare(src) or _bare(tgt)) and place is not None \
                        and self._background_place(tok, text, sent.start_char, place) else place
                    # a bare state organ ("police") is the dateline's country's before that
                    # of the last place the story named ("COLOMBO - ... worked in Dubai.
                    # Police arrested ...")
                    organ = state.dateline if any(_bare(a) and a.role in self.state_roles  # type: ignore[union-attr]
                                                  for a in (src, tgt)) else None
                    src, tgt = _localise(src, tgt, own, organ or doc_country or sent_country)
                if not domestic and _bare(src) and src.role in self.state_roles and tgt is not None \
                        and tgt.country and not (place is not None and place.country):  # type: ignore[union-attr]
                    # "was questioned by anti-graft officers", "Porras rejected the accusation":
                    # a bare state organ acting on one country's actor is that country's
                    src = with_country(src, tgt.country)  # type: ignore[arg-type]
                # (the sentence's country only where the other side has none of its own:
                # "an envoy welcomed by Argentina" is Argentina's, not the sentence's first)
                src, tgt = (self._state_organ(a, state.dateline or doc_country or (
                    sent_country if b is None or not b.country else None)) for a, b in ((src, tgt), (tgt, src)))
                fallback = False
                if src is not None and src.country and tgt is not None and place is not None \
                        and place.kind == "city" and place.country and tgt.country == place.country != src.country \
                        and tgt.code == tgt.country + (tgt.role or "") and (tgt.role or "").lower() in self.words["insurgent_role"] \
                        and _prefixed(cand.code, self.words["venue_root"]):
                    # "Sudan signed a peace deal with rebel factions in Doha": a city of a third
                    # country hosting talks does not make the rebels its own; they are the source's
                    tgt = with_country(tgt, src.country)
                if not domestic and _bare(tgt) and src is not None and src.country:
                    # "an Iraqi court sentenced 24 men", "rejected opposition demands": a
                    # role with no country acted on by a country's actor is the event
                    # place's people, else the source's own (a named private person keeps
                    # no country: "granted asylum to X")
                    home = None if tgt.kind == "person" and tgt.role not in self.state_roles else (  # type: ignore[union-attr]
                        place.country if place is not None and place.country else src.country)
                    tgt = with_country(tgt, home) if home else tgt  # type: ignore[arg-type]
                    fallback = home is not None and not (place is not None and place.country)
                if src is not None and src.country and _bare(tgt) and tgt.kind == "person" \
                        and (src.role or "").lower() in self.clause_words["home_agency_role"]:
                    # "a court in Minsk sentenced activist X": a court's or police's
                    # unnamed-country person is one of its own country's people
                    tgt = with_country(tgt, src.country)
                if src is None and domestic and tok.pos_ == "VERB" and syntax.is_passive(tok):
                    # "ten activists were detained in Cairo": the state of the place (or of
                    # the people acted on) did it
                    home = (place.country if place is not None else None) or (tgt.country if tgt else None)
                    src = Actor(code=home, country=home, name=home, kind="country") if home else None
                if src is not None and src.country and cand.code[:2] in self.clause_words["abroad_root"] \
                        and (tgt is None or tgt.country == src.country) \
                        and (there := self._abroad(tok, text, sent.start_char, tokmap)) is not None \
                        and there.country != src.country:
                    # "French soldiers were sent to the Central African Republic", "drills
                    # around Taiwan": a show of force abroad is aimed at the place's country
                    tgt = there
                if src is not None and src.country and cand.code[:2] in self.clause_words["abroad_root"] \
                        and (tgt is None or tgt.country == src.country) \
                        and (there := _described_place(tok, tokmap, src)) is not None:
                    # "reinforced its positions along the Cambodian border": a show of force
                    # at a place another country's adjective describes is aimed at it
                    tgt = there
                if tgt is None and src is not None and src.country and cand.code[:2] in self.clause_words["place_yield_root"] \
                        and cand.code[:3] not in self.self_target:
                    # "declared a ceasefire in Tigray", "lifted the state of emergency in
                    # Bangkok": a concession with no target yields to the people of its place
                    tgt = self._abroad(tok, text, sent.start_char, tokmap)
                if tgt is None and src is not None and src.country and src.kind == "group" \
                        and (src.role or "").lower() in self.words["insurgent_role"] \
                        and cand.code[:2] in self.clause_words["place_yield_root"] \
                        and parties | _sides(a for a in state.previous if not _bare(a)) <= {_side(src)}:
                    # "Colombia's ELN declared a five-day ceasefire": an insurgent group's
                    # concession naming no one, in a story naming no other country, is made
                    # to the state it fights at home
                    tgt = Actor(code=src.country, country=src.country, name=src.country, kind="country")
                if tgt is None and src is not None and tok.pos_ == "VERB" \
                        and _prefixed(cand.code, self.words["recipient_place_code"]) \
                        and (there := self._abroad(tok, text, sent.start_char, tokmap)) is not None \
                        and there.country != src.country:
                    # "pledged loans for a bridge over the Jamuna river in Bangladesh": aid
                    # for a place abroad named in its own phrase goes to the place's country
                    tgt = there
                if tgt is None and src is not None and _clause_verb(tok) is not None \
                        and _main_clause(_clause_verb(tok), self.modality.speech) \
                        and _prefixed(cand.code, self.words["recipient_place_code"]) \
                        and parties <= {_side(src)}:
                    # "Malawi appealed for help after the cyclone. The EU released 2 million
                    # euros": aid naming no recipient, in a sentence naming no one else, goes
                    # to the one other country the sentence before named ("... said Suva stood
                    # ready to send engineers": a predicate adjective acts through its copula)
                    tgt = _sole_other(state.previous, src)
                if tgt is None and src is not None and src.country \
                        and cand.code[:3] in self.clause_words["denial_code"]:
                    tgt = self._denied_accuser(tok, src, tokmap, state) or _accuser(state.events, src.country) \
                        or self._denied_abroad(tok, text, sent.start_char, tokmap, src)
                    # else the latest accuser of the denier at home, else the one other
                    # country the sentence before named ("Thai troops ... Phnom Penh denied
                    # that its troops had fired first")
                    tgt = tgt or _home_accuser(state.events, src) or _sole_other(state.previous, src)
                if tgt is None and src is not None and src.country \
                        and cand.code[:3] in self.clause_words["retort_code"]:
                    # "Poland expelled 45 Russian diplomats. Moscow vowed to retaliate"
                    tgt = _accuser(state.events, src.country, None)
                if tgt is None and src is not None and cand.code[:2] in self.clause_words["held_protest_root"]:
                    # "detainees held by Israel went on hunger strike": aimed at their holder
                    tgt = self._custodian(tok, src, tokmap, state)
                if tgt is None and src is not None and src.country and (
                        cand.code[:3] in self.self_target or cand.code[:2] in self.self_target) \
                        and not _elaborating(tok) \
                        and not (cand.code[:3] in self.clause_words["taken_from_code"]
                                 and self._seized_from(tok)) \
                        and not (cand.code[:2] in self.clause_words["home_inquiry_root"]
                                 and _object_names_other(tok, tokmap, src)):
                    # "declared a state of emergency", "staged a protest": at home, unless its
                    # phrase names a place abroad ("banned its airlines from flying to Haiti")
                    there = self._phrase_place(tok, text, sent.start_char)
                    tgt = there if there is not None and there.country != src.country else \
                        Actor(code=src.country, country=src.country, name=src.country, kind="country")
                if tgt is None and src is not None and src.country \
                        and cand.code[:2] in self.clause_words["home_inquiry_root"] \
                        and parties <= {_side(src)}:
                    # "the anti-graft office opened an investigation into road contracts": an
                    # inquiry in a sentence naming no one else looks into its own country
                    tgt = Actor(code=src.country, country=src.country, name=src.country, kind="country")
                if tgt is None and src is not None and src.country and tok.pos_ == "VERB" \
                        and cand.code[:2] in self.words["home_object_root"] and self._home_object(tok):
                    # "the president vetoed a bill", "revoked a decree": an act on one of the
                    # state's own instruments is done at home
                    tgt = Actor(code=src.country, country=src.country, name=src.country, kind="country")
                if tgt is None and src is not None and src.country and tok.pos_ == "VERB" \
                        and cand.code[:2] in self.clause_words["home_demand_root"] \
                        and src.role is not None and src.role not in self.state_roles:
                    # "Sudanese protest leaders demanded that the military hand over power":
                    # people's demand naming no one is made of their own state
                    tgt = Actor(code=src.country, country=src.country, name=src.country, kind="country")
                if tgt is None and src is not None and src.country \
                        and cand.code[:2] in self.words["home_threat_root"] \
                        and all(_bare(a) or _side(a) == _side(src) for a in actors_between(tokmap, sent.start, sent.end)) \
                        and (self._threatens_anyone(tok, tokmap) if src.role is None or src.role in self.state_roles
                             else self._protest_threat(tok)):
                    # "the interior ministry warned that anyone who joined the march would be
                    # arrested": a state's threat to whoever defies it, naming no one else, is
                    # made at home; so is a threat by its people ("the union threatened a
                    # nationwide strike"), made of their own state
                    tgt = Actor(code=src.country, country=src.country, name=src.country, kind="country")
                if tgt is None and src is not None and not _bare(src) and tok.pos_ in ("VERB", "ADJ") \
                        and cand.code[:2] in self.words["previous_other_root"] and parties <= {_side(src)} \
                        and not (tok.pos_ == "VERB" and syntax.is_passive(tok)):
                    # "Colombia began sharing intelligence with Ecuador. Quito had asked for
                    # it", "ECOWAS imposed sanctions on Guinea's junta. The bloc also demanded
                    # that elections be held": an act naming no one, in a sentence naming no
                    # one else, is aimed at the one other side the sentence before named (not a
                    # passive's: "a previous version of the law was criticised by X" is on a
                    # thing its own subject names)
                    tgt = _sole_other(state.previous, src)
                if tgt is None and src is not None and src.country and tok.pos_ == "VERB" \
                        and cand.code[:2] in self.words["home_state_root"] \
                        and (src.role is None or src.role in self.state_roles) \
                        and not syntax.is_passive(tok) and not self._authored_object(tok) \
                        and not _object_names_own(tok, tokmap, src) \
                        and parties | _sides(a for a in state.previous if not _bare(a)) <= {_side(src)}:
                    # "a court branded the university a centre of terrorism", "the president
                    # promised political reforms": a state's act naming no one, in a story
                    # whose sentence and the one before name no other side, is done at home
                    # (not one on a thing someone else made: "Turkey criticised the plan", nor
                    # one whose object names an actor the slots turned down: "Nairobi blamed
                    # Kenyan complacency")
                    tgt = Actor(code=src.country, country=src.country, name=src.country, kind="country")
                if src is not None and tgt is not None and src.code == tgt.code \
                        and src.role and src.name == tgt.name and cand.code[:2] not in self.domestic:
                    continue  # "Paris recalled its ambassador": one actor is not its own target
                if cand.negated and not self._refused_thing(tok):
                    continue  # "did not carry out any strikes", "has never armed the group"
                if _informative(src, tgt) and self._complete(src, tgt, cand.code, tok, named, tokmap):
                    event = self._event(article, index, text, start, tok, cand, src, tgt, place,
                                        text_hash)
                    if fallback:
                        state.role_targets.add(event.event_id)
                    made.append(event)
            if cand.code[:2] in self.clause_words["joint_drill_root"]:
                made = self._joint_drill(made, cand, tok, lambda c, s, t: self._event(
                    article, index, text, start, tok, c, s, t, place, text_hash))
            made = self._own_side_futures(made, cand, tok, tokmap)
            if cand.code[:2] in self.clause_words["aimed_force_root"]:
                made = self._aimed_force(made, cand, tok, _clause_actors(tok, tokmap, sent,
                                                                         self.clause_words["after_mark"]),
                                         lambda c, s, t: self._event(
                                             article, index, text, start, tok, c, s, t, place, text_hash), tokmap)
            for event in made:
                if event.cameo_root in self.words["foreign_root"] and _home_aimed(event):
                    continue  # "Taipei was closing its embassy" (TWN -> TWN): no act of its root
                _add(state, event, tok.pos_ == "NOUN", self.words["one_dyad_root"])
        state.previous = actors_between(tokmap, sent.start, sent.end)
        subj = syntax.subject(sent.root) if sent[0].tag_ else None
        state.previous_subject = self.participants.at(subj, tokmap, state.memory, False) if subj is not None else ()
        self._remember(sent, text, tokmap, state.memory)

    def _denied_abroad(self, tok: Token, text: str, offset: int, tokmap: dict[int, Mention],
                       src: Actor) -> Actor | None:
        """"denied that its troops had occupied villages in Congo's Tanganyika province": a
        denial naming no accuser is aimed at the other country its denied matter (the
        verb's clause or object) names, as an actor or as a place."""
        for part in tok.children:
            if part.dep_ not in ("ccomp", "xcomp", "dobj", "pcomp"):
                continue
            for t in part.subtree:
                m = tokmap.get(t.i)
                if m is not None and not _bare(m.actor) and m.actor.country \
                        and _side(m.actor) != _side(src) and m.actor.country != src.country:
                    return Actor(code=m.actor.country, country=m.actor.country,
                                 name=m.actor.country, kind="country")
            lo = tok.doc[part.left_edge.i].idx - offset
            hi = tok.doc[part.right_edge.i].idx + len(tok.doc[part.right_edge.i]) - offset
            for s, e, p in self.places.find(text):
                if p.country and p.country != src.country and lo <= s and e <= hi:
                    return Actor(code=p.country, country=p.country, name=p.name, kind="country")
        return None

    def _seized_from(self, tok: Token) -> bool:
        """"seized three tonnes of gold from a miner's complex": the verb names, in a
        phrase of its own (clause_words.tsv: taken_from_prep), whom or where the thing
        was taken from, so the seizure is not aimed at the seizer's home; nor is one of a
        thing named before ("after British troops looted them": whose it was is told there)."""
        return any(c.dep_ == "prep" and c.lower_ in self.clause_words["taken_from_prep"]
                   or c.dep_ in syntax.OBJ and c.pos_ == "PRON" for c in tok.children)

    def _home_object(self, tok: Token) -> bool:
        """The verb's object is a state's own instrument (coder_words.tsv: home_object) that
        names no actor: "vetoed a broadcasting law", "voted down Bill 10"."""
        obj = syntax.direct_object(tok)
        if obj is None:
            return False
        head = syntax.np_head(obj)
        words = {head.lemma_.lower(), *(c.lemma_.lower() for c in head.children if c.dep_ == "compound")}
        return bool(words & self.words["home_object"])

    def _threatens_anyone(self, tok: Token, tokmap: dict[int, Mention]) -> bool:
        """The trigger's that-clause has an indefinite or bare-role subject ("warned that
        anyone ... would be arrested", "that protesters would face prosecution")."""
        for clause in syntax.children(tok, "ccomp"):
            for subj in syntax.children(clause, "nsubj", "nsubjpass"):
                m = tokmap.get(subj.i)
                if subj.lower_ in self.words["indefinite_subject"] or (m is not None and _bare(m.actor)):
                    return True
        return False

    def _authored_object(self, tok: Token) -> bool:
        """The verb's object is a thing someone said, offered, decided or did
        (coder_words.tsv: authored_noun, enacted_noun): "criticised the plan"."""
        obj = syntax.direct_object(tok)
        return obj is not None and syntax.np_head(obj).lemma_.lower() in (
            self.words["authored_noun"] | self.words["enacted_noun"])

    def _protest_threat(self, tok: Token) -> bool:
        """The threat's object is a protest (a noun of popular_root: "threatened a
        nationwide strike", "threatening a march on parliament")."""
        obj = syntax.direct_object(tok) if tok.pos_ == "VERB" else None
        rule = self._match(obj, "NOUN") if obj is not None and obj.pos_ == "NOUN" else None
        return rule is not None and rule.code[:2] in self.clause_words["popular_root"]

    def _refused_thing(self, tok: Token) -> bool:
        """A negated act is left out (the gold keeps it optional), but not one whose only
        negator is a "no" on its thing ("received no commitment from X"): that tells a
        refusal or a lack, not an act that did not happen."""
        if any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in self.modality.negator)
               for c in tok.children):
            return False
        things = [tok] if tok.pos_ == "NOUN" else [c for c in tok.children if c.dep_ in ("dobj", "attr")]
        return any(d.dep_ == "det" and d.lower_ in self.modality.negator
                   for t in things for d in t.children)

    def _joint_force(self, cand: Candidate, doc: Doc) -> Candidate | None:
        """"U.S. and Somali forces carried out a joint raid": a joint attack by sources of
        two or more countries is also their military cooperation (062), each way."""
        if cand.code[:2] not in self.clause_words["joint_force_root"] \
                or len(_sides(cand.sources)) < 2:
            return None
        tok = doc[cand.token_i]
        obj = syntax.direct_object(tok) if tok.pos_ == "VERB" else None
        if not any(c.dep_ in ("amod", "advmod") and c.lower_ in self.clause_words["joint_word"]
                   for n in [tok, *([obj] if obj is not None else [])] for c in n.children):
            return None
        return replace(cand, code="062", targets=())

    def _deployed_help(self, cand: Candidate, doc: Doc, tokmap: dict[int, Mention]) -> Candidate:
        """"Kenya sent 400 police officers to Haiti", "Australia sent soldiers to Honiara": a
        state's forces sent *to* another state, named by its own name or capital, are military
        protection (074), not a build-up (154); sent to a border, a region of its own or
        *into* a country, they stay 154."""
        tok = doc[cand.token_i]
        if cand.code not in self.clause_words["help_deploy_code"] or tok.pos_ != "VERB" \
                or tok.lemma_.lower() not in self.clause_words["help_deploy_verb"] or not cand.sources \
                or not all(s.country for s in cand.sources):
            return cand
        obj = syntax.direct_object(tok)  # "sent troops to X" also hangs "to X" on the troops
        dests = [o for h in [tok, *([obj] if obj is not None else [])] for p in syntax.children(h, "prep", "dative")
                 if p.lower_ in self.clause_words["help_deploy_prep"] for o in syntax.children(p, "pobj")]
        own = {s.country for s in cand.sources}
        for dest in dests:
            m = tokmap.get(dest.i)
            if m is not None and m.actor.kind == "country" and m.actor.country \
                    and m.actor.role in (None, "GOV") and m.actor.country not in own:
                return replace(cand, code=HELP_DEPLOY, targets=(m.actor,))
        return cand

    def _joint_drill(self, made: list[Event], cand: Candidate, tok: Token,
                     emit: Callable[[Candidate, Actor | None, Actor | None], Event]) -> list[Event]:
        """A show of force (clause_words.tsv: joint_drill_root) by sources of two or more
        countries that aims at no one else: an exercise among them is their military
        cooperation (062; "Russia and Belarus began joint exercises": each way, first
        named toward the others when more than two). An exercise "with" a named party is
        cooperation with it ("began an exercise with Armenian troops")."""
        drill = self._drill_noun(tok)
        if drill is not None and any(c.dep_ == "prep" and c.lower_ == "with" for c in drill.children):
            return [emit(replace(cand, code="062"), e.source, e.target) if e.target is not None else e
                    for e in made]
        if drill is None:
            return made
        own = {e.source.country for e in made if e.source is not None and e.source.country}
        loose = [e for e in made if e.source is not None and e.source.country
                 and (e.target is None or (e.target.country in own and e.target.country != e.source.country))]
        parties: list[Actor] = []
        for e in loose:
            if e.source is not None and all(p.country != e.source.country for p in parties):
                parties.append(e.source)
        if len(parties) < 2:
            return made
        kept = [e for e in made if e not in loose]
        pairs = itertools.permutations(parties, 2) if len(parties) == 2 else \
            ((parties[0], p) for p in parties[1:])
        return kept + [emit(replace(cand, code="062"), a, b) for a, b in pairs]

    def _aimed_force(self, made: list[Event], cand: Candidate, tok: Token, actors: Sequence[Actor],
                     emit: Callable[[Candidate, Actor | None, Actor | None], Event],
                     tokmap: dict[int, Mention] | None = None) -> list[Event]:
        """A show of force (clause_words.tsv: aimed_force_root) that names no target is
        aimed at the one other side its sentence names ("raised the alert level of its
        border guards along the frontier with Belarus" -> BLR; "Thailand and Cambodia
        rushed troops to the temple": each at the other), and, in a sentence naming no
        other side, made at home ("deployed soldiers in the capital"); not at one named
        in a clause of time ("held drills, days after its president met the Russian leader")."""
        out: list[Event] = []
        for e in made:
            if e.target is not None or e.source is None or not e.source.country:
                out.append(e)
                continue
            others: list[Actor] = []
            for a in actors:
                if not _bare(a) and _side(a) != _side(e.source) and all(_side(o) != _side(a) for o in others):
                    others.append(a)
            others = (own_phrase_sides(tok, tokmap, others, _side) or others) if len(others) > 1 and tokmap else others
            if len(others) > 1:
                out.append(e)
                continue
            tgt = others[0] if others else e.source
            out.append(emit(cand, e.source, Actor(code=tgt.country, country=tgt.country, name=tgt.country,
                                                  kind="country") if tgt.country else tgt))
        return out

    def _own_side_futures(self, made: list[Event], cand: Candidate, tok: Token,
                          tokmap: dict[int, Mention]) -> list[Event]:
        """A future reported under a verb of saying is a stated intention of the speaker's
        side only: "Erdogan said Ankara would launch an offensive" (TUR 03), but not "Indian
        officials said the aircraft would help Colombo patrol its waters" (no LKA 03): the
        one who would act did not state it."""
        if not made or cand.rule.code[:2] in ("03", "13"):
            return made
        speaker = self._future_speaker(tok)
        said = tokmap.get(speaker.i) if speaker is not None else None
        if said is None:
            return made
        return [e for e in made if e.cameo[:2] not in ("03", "13") or e.source is None
                or _side(e.source) == _side(said.actor)]

    def _future_speaker(self, tok: Token) -> Token | None:
        """The subject of the verb of saying that reports ``tok``'s clause as a future
        ("X said Y would ..."), through infinitive complements ("would help Y patrol")."""
        node: Token | None = tok if tok.pos_ == "VERB" else syntax.governing_verb(tok)
        for _ in range(3):
            if node is None:
                return None
            if node.dep_ == "ccomp" and node.head.lemma_.lower() in self.modality.speech \
                    and any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in node.children):
                return syntax.subject(node.head)
            if node.dep_ not in ("xcomp", "ccomp") or node.head.pos_ not in ("VERB", "AUX"):
                return None
            node = node.head
        return None

    def _drill_noun(self, tok: Token) -> Token | None:
        """The exercise noun of a trigger: itself, its object, or the object's of-phrase
        ("began 10 days of joint exercises")."""
        nouns = self.clause_words["drill_noun"]
        if tok.pos_ == "NOUN":
            return tok if tok.lemma_.lower() in nouns else None
        obj = syntax.direct_object(tok)
        if obj is None:
            return None
        if obj.lemma_.lower() in nouns:
            return obj
        return next((g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in nouns), None)

    def _claim(self, cand: Candidate, doc: Doc) -> Candidate | None:
        """"Al-Shabaab said it carried out the bombing": a past attack, named by an attack
        noun, that a non-state speaker says it (they, we) did is also the speaker's claim of
        responsibility (015), coded on the saying verb with no target."""
        tok = doc[cand.token_i]
        if cand.code[:2] not in self.clause_words["claimed_root"] or cand.negated or not cand.sources:
            return None
        clause = tok if tok.pos_ == "VERB" else syntax.governing_verb(tok)
        if clause is None or clause.dep_ != "ccomp" or clause.head.i == clause.i \
                or clause.head.lemma_.lower() not in self.clause_words["claim_verb"]:
            return None
        subject = syntax.subject(clause)
        if subject is None or not _speaker_itself(subject):
            return None
        if clause.tag_ not in ("VBD", "VBN") or any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll")
                                                   for c in clause.children):
            return None
        obj = tok if tok.pos_ == "NOUN" else syntax.direct_object(tok)
        act = self._match(obj, "NOUN") if obj is not None and obj.pos_ == "NOUN" else None
        if act is None or act.code[:2] not in self.clause_words["claimed_root"]:
            return None  # an attack named as such ("carried out the assault"), not "captured posts"
        if any(s.kind == "country" and s.country for s in cand.sources):
            return None  # a state reporting its own operation is no claim of responsibility
        say = clause.head
        return Candidate(say.i, replace(cand.rule, lemma=say.lemma_.lower()), "015",
                         cand.sources, (), False)

    def _denied_accuser(self, tok: Token, src: Actor, tokmap: dict[int, Mention],
                        state: DocState) -> Actor | None:
        """"Rwanda denied accusations by UN experts", "rejected Kyiv's allegations": a
        denial's target is who made the accusation it denies."""
        obj = syntax.direct_object(tok) if tok.pos_ == "VERB" else None
        if obj is None:
            return None
        nodes = [*syntax.children(obj, "poss"), *syntax.prep_objects(obj, "by"), *syntax.prep_objects(obj, "from")]
        return self._first_other(nodes, src, tokmap, state)

    def _custodian(self, tok: Token, src: Actor, tokmap: dict[int, Mention], state: DocState) -> Actor | None:
        """Who holds the protesting subject: the agent of a custody participle on it, on its
        apposition or on their "of" phrase ("prisoners held by Greece", "dozens of migrants
        detained by Libya", "X, a prisoner held by Israel")."""
        verb = tok if tok.pos_ in ("VERB", "AUX") else syntax.governing_verb(tok)
        subj = syntax.subject(verb) if verb is not None else None
        if subj is None:
            return None
        heads = [subj, *syntax.children(subj, "appos")]  # "X, a prisoner held by Israel, ..."
        agents = [agent for node in [*heads, *(o for h in heads for o in syntax.prep_objects(h, "of"))]
                  for acl in syntax.children(node, "acl")
                  if acl.lemma_.lower() in self.clause_words["custody_verb"]
                  and (agent := syntax.agent(acl)) is not None]
        return self._first_other(agents, src, tokmap, state)

    def _first_other(self, nodes: Sequence[Token], src: Actor, tokmap: dict[int, Mention],
                     state: DocState) -> Actor | None:
        """The first actor named at ``nodes`` that is not on ``src``'s side."""
        return next((actor for node in nodes for actor in self.participants.at(node, tokmap, state.memory, True)
                     if _side(actor) != _side(src)), None)

    def _abroad(self, tok: Token, text: str, offset: int, tokmap: dict[int, Mention]) -> Actor | None:
        """The country of a place named in the trigger's own phrase (its subtree): a cued
        place there (a noun object's: its verb's, "escalated a buildup off X's coast"), else
        a country named as the object of one of its prepositions ("were sent to the Central
        African Republic")."""
        top = tok.head if tok.pos_ == "NOUN" and tok.dep_ in syntax.OBJ else tok
        lo = tok.doc[top.left_edge.i].idx - offset
        hi = tok.doc[top.right_edge.i].idx + len(tok.doc[top.right_edge.i]) - offset
        # not in a clause with a subject of its own hung on the phrase ("days after X met Y
        # in Sochi"; but "..., calling up reservists to bolster its forces in Ukraine")
        out = [(tok.doc[c.left_edge.i].idx - offset, tok.doc[c.right_edge.i].idx + len(tok.doc[c.right_edge.i]) - offset)
               for c in top.children if c.dep_ in ("advcl", "ccomp", "relcl", "npadvmod", "conj", "parataxis")
               and any(t.dep_ in ("nsubj", "nsubjpass") for t in c.subtree)]
        inside = [p for s, e, p in self.places.find(text) if p.country and lo <= s and e <= hi
                  and not any(a <= s and e <= b for a, b in out)]
        if inside:
            return Actor(code=inside[0].country, country=inside[0].country, name=inside[0].name,  # type: ignore[arg-type]
                         kind="country")
        for prep in syntax.children(tok, "prep"):
            for obj in syntax.children(prep, "pobj"):
                m = tokmap.get(obj.i)
                if m is not None and m.actor.kind == "country" and m.actor.role is None and m.actor.country:
                    return m.actor
        return None

    def _phrase_place(self, tok: Token, text: str, offset: int) -> Actor | None:
        """The country of a place named in a verb trigger's own object or prepositional
        phrases, not in a temporal one ("banned its carriers from flying to Port-au-Prince";
        not "stepped down after fleeing to Singapore")."""
        if tok.pos_ != "VERB":
            return None
        spans = [(tok.doc[c.left_edge.i].idx - offset,
                  tok.doc[c.right_edge.i].idx + len(tok.doc[c.right_edge.i]) - offset)
                 for c in tok.children if c.dep_ in ("dobj", "prep", "dative")
                 and c.lemma_.lower() not in self.clause_words["subject_prep"]]
        inside = [p for s, e, p in self.places.find(text) if p.country and any(a <= s and e <= b for a, b in spans)]
        if not inside:
            return None
        return Actor(code=inside[0].country, country=inside[0].country, name=inside[0].name,  # type: ignore[arg-type]
                     kind="country")

    def _background_place(self, tok: Token, text: str, offset: int, place: Place) -> bool:
        """Is every mention of ``place`` in the sentence inside a clause subordinate to the
        trigger's clause (an adverbial, complement or relative clause), not in its own?"""
        verb = _clause_verb(tok) or _governing_verb(tok)
        clauses = [c for c in verb.children if c.dep_ in ("advcl", "ccomp", "parataxis", "relcl")]
        if not clauses:
            return False
        spans = [(c.left_edge.idx - offset, c.right_edge.idx + len(c.right_edge.text) - offset) for c in clauses]
        at = [(a, b) for a, b, p in self.places.find(text) if p == place]
        return bool(at) and all(any(lo <= a and b <= hi for lo, hi in spans) for a, b in at) \
            and not any(lo <= tok.idx - offset < hi for lo, hi in spans)

    def _event_place(self, text: str, near: tuple[int, int]) -> Place | None:
        """The event's place. A wire dateline ("KYIV, Feb 24 -") says where the story was
        filed: it places the event only when the sentence names no place of its own."""
        from eventwire.nlp.pipeline import dateline_end

        n = dateline_end(text)
        if n and (own := self.places.best(text[n:], near=(near[0] - n, near[1] - n))) is not None:
            return own
        return self.places.best(text, near=near)

    def _complete(self, src: Actor | None, tgt: Actor | None, code: str, tok: Token,
                  named: set[str], tokmap: dict[int, Mention]) -> bool:
        """Emit only events with a source, and with a target unless the root is one
        whose events stand alone (coder_words.tsv: targetless_root, targetless_verb_root
        for verbs only) or the event is a
        stated intention or threat with an infinitive in a sentence naming no one but
        its speaker ("Iran threatened to close the strait"; clause_words.tsv), an
        appeal to a common-noun addressee ("urged donors"), or an attack on a named
        place that resolves to no country."""
        if src is None:
            return self._unattributed_attack(tgt, code, tok, tokmap)
        if tgt is not None or code[:2] in self.words["targetless_root"]:
            return True
        if code[:2] in self.words["targetless_verb_root"] and tok.pos_ == "VERB":
            return True  # "Turkey called for restraint"
        if code[:2] in self.clause_words["inquiry_root"] and tok.pos_ == "VERB" and len(code) > 2 \
                and not code.endswith("0") \
                and _names_a_matter(tok, self.clause_words["matter_prep"], self.clause_words["inquiry_noun"]):
            # "opened an investigation into possible war crimes" (094): an inquiry into a
            # kind of act whose actors the sentence does not name has no target
            return True
        if _prefixed(code, self.place_target) and tok.pos_ == "VERB" and not syntax.is_passive(tok):
            # "Azerbaijani forces shelled Stepanakert": an attack on a named place that is
            # no actor and resolves to no country hits an unknown target
            obj = syntax.direct_object(tok)
            if obj is not None and obj.pos_ == "PROPN" and obj.i not in tokmap:
                return True
        if code[:2] in self.clause_words["generic_addressee_root"] and tok.pos_ == "VERB" and any(
                c.dep_ in ("dobj", "dative") and c.pos_ == "NOUN" and c.i not in tokmap for c in tok.children):
            # "the UN urged donors to provide aid": an appeal to an addressee that is no
            # actor has no target
            return True
        return code[:2] in self.clause_words["targetless_intent"] and tok.pos_ == "VERB" \
            and any(c.dep_ == "xcomp" for c in tok.children) \
            and named <= {_side(src)}

    def _unattributed_attack(self, tgt: Actor | None, code: str, tok: Token,
                             tokmap: dict[int, Mention]) -> bool:
        """"A car bomb killed X", "Abe was shot dead", "were killed in an air strike": a
        violent act whose doer the sentence does not name (a weapon, a passive with no
        agent) hits a named target with no source."""
        if tgt is None or _bare(tgt) or code[:2] not in self.words["unattributed_root"]:
            return False
        if tok.pos_ == "VERB":
            if syntax.is_passive(tok):  # a main clause's: not "soldiers killed in the war"
                return (tok.dep_ == "ROOT" or self._trailing_report(tok, tokmap)) and syntax.agent(tok) is None \
                    and bool(syntax.children(tok, "auxpass")) and not _doer_named(tok, tokmap)
            # "a roadside bomb tore through a minibus, killing 11 civilians": the
            # participle's doer is its head clause's weapon
            clause = tok.head if _harm_tail(tok) and tok.head.pos_ == "VERB" else tok
            subj = syntax.subject(clause)
            # the main clause, or the reported one of "..., the army said"
            return code[:2] in self.words["weapon_root"] \
                and (clause.dep_ == "ROOT" or self._trailing_report(clause, tokmap, tails=True)) \
                and subj is not None and subj.i not in tokmap and subj.pos_ == "NOUN" \
                and subj.lemma_.lower() in self.words["weapon_subject"]
        return False

    def _trailing_report(self, tok: Token, tokmap: dict[int, Mention], tails: bool = False) -> bool:
        """"Two soldiers were killed in the blast, officials said": the reported clause of a
        main verb of saying that follows it and whose speaker is a bare role, not a party
        that could be the doer ("the army said it was attacked" is not this)."""
        head = tok.head
        if tok.dep_ != "ccomp" or head.dep_ != "ROOT" or head.i < tok.i \
                or head.lemma_.lower() not in self.modality.speech:
            return False
        if any(c.dep_ in ("advcl", "conj") and not (tails and _harm_tail(c)) for c in tok.children):
            return False  # "were killed when gunmen ambushed ...": the clause tells the act
        subj = syntax.subject(head)
        if subj is None:
            return False
        speaker = tokmap.get(subj.i)
        return speaker is None or _bare(speaker.actor)

    def _dateline_country(self, article: Article, parsed: Sequence[tuple[Block, Doc]]) -> str | None:
        """The country of the place in the story's opening wire dateline, if any."""
        from eventwire.nlp.pipeline import dateline_end

        if not parsed:
            return None
        block = parsed[0][0]
        head = article.text[block.start : block.end]
        n = dateline_end(head)
        place = self.places.best(head[:n], near=(0, n)) if n else None
        return place.country if place is not None and place.country else None

    def _story_country(self, state: DocState) -> str | None:
        """The country of the last place named so far in the document (this sentence
        included); sentences are scanned lazily, newest first, and only once."""
        while state.texts:
            text = state.texts.pop()
            places = [p for _, _, p in self.places.find(text) if p.country]
            if places:
                state.memory.country = places[-1].country
                state.texts.clear()
        return state.memory.country

    def _state_organ(self, actor: Actor | None, country: str | None) -> Actor | None:
        """"Officials blamed Boko Haram": a bare state organ belongs to the story's country."""
        if _bare(actor) and country and actor.role in self.state_roles:  # type: ignore[union-attr]
            return with_country(actor, country)  # type: ignore[arg-type]
        return actor

    def _remember(self, sent: Span, text: str, tokmap: dict[int, Mention], memory: Memory) -> None:
        memory.recent.extend(actors_between(tokmap, sent.start, sent.end))
        del memory.recent[:-RECENT]

    # -- trigger matching -------------------------------------------------------------
    def _trigger(self, tok: Token, tokmap: dict[int, Mention]) -> tuple[TriggerRule, str] | None:
        """The most specific rule ``tok`` triggers and the code it gets in its context:
        its own code when realised, an intention/threat code when only intended."""
        pos = tok.pos_ if tok.pos_ in ("VERB", "NOUN") else (
            "ADJ" if tok.pos_ == "ADJ" and tok.dep_ == "acomp" else None)  # "was optimistic"
        if pos is None or tok.i in tokmap or syntax.is_question(tok):
            return None
        rule = self._match(tok, pos)
        if rule is None:
            return None
        if pos == "VERB" and rule.code[:2] in self.clause_words["asked_act_root"] \
                and syntax.children(tok, "oprd"):
            return None  # naming, not asking: "calling the step a matter of justice for X"
        if pos == "NOUN" and tok.dep_ == "compound" and tok.head.pos_ == "NOUN" \
                and self._match(tok.head, "NOUN") is None:
            return None  # a modifier of a thing is no event: "attack drones", "aid workers"
        status = syntax.realisation(tok, self.modality)
        if status == syntax.REALISED or (status == syntax.PURPOSE
                                         and rule.code[:2] in self.words["purpose_root"]):
            return rule, self._refined(tok, rule)
        if status == syntax.INTENT and self._agreed_act(tok, rule):
            return rule, self._refined(tok, rule)
        if status == syntax.INTENT and rule.code[:2] in self.intent:
            return rule, rule.code if rule.code[:2] in ("03", "13") else self.intent[rule.code[:2]]
        return None

    def _agreed_act(self, tok: Token, rule: TriggerRule) -> bool:
        """"The court agreed to investigate X", "the rebels agreed to lay down their arms":
        one body's consent to an act of its own is the act; a consent of two sides ("the two
        countries agreed to", "X and Y agreed to") stays their intention."""
        head = tok.head
        if tok.dep_ != "xcomp" or head.lemma_.lower() not in self.words["agreed_act_verb"] \
                or rule.code[:2] not in self.words["agreed_act_root"] \
                or any(c.dep_ == "neg" for c in head.children):
            return False
        subj = syntax.subject(head)
        return subj is not None and not any(
            c.dep_ == "conj" or (c.dep_ in ("det", "nummod", "predet") and c.lower_ in ("both", "two"))
            for c in subj.children)

    def _refined(self, tok: Token, rule: TriggerRule) -> str:
        """A verb whose rule consumed its object takes the object noun's more specific
        code of the same root: "opened an investigation into war crimes" -> 094; a light
        verb, its modified object noun's code of the same root ("staged a violent protest")."""
        if tok.pos_ == "VERB" and rule.light and (noun := self._modified_object(tok, rule)) is not None:
            return noun.code  # of the same root: another root's noun made _match skip the rule
        if tok.pos_ != "VERB" or not any(n.dep == "dobj" for n in rule.needs):
            return rule.code
        obj = syntax.direct_object(tok)
        noun = self._match(obj, "NOUN") if obj is not None and obj.pos_ == "NOUN" else None
        if noun is not None and noun.code[:2] == rule.code[:2] and not noun.code.endswith("0") and (
                len(noun.code) > len(rule.code) or rule.code.endswith("0")):
            return noun.code  # a root's generic code (090) yields to the noun's leaf (094)
        return rule.code

    def _match(self, tok: Token, pos: str) -> TriggerRule | None:
        asp = syntax.aspect(tok) if pos == "VERB" else None
        memo: dict[str, frozenset[str]] = {}  # what the token's dependents offer, found once
        for rule in self.lexicon.rules_for(tok.lemma_.lower(), pos):
            if rule.aspect and rule.aspect != asp:
                continue
            if all(_has_need(tok, need.dep, need.lemma, memo) for need in rule.needs) \
                    and not (rule.light and self._yields(tok, rule)):
                return rule
        return None

    def _yields(self, tok: Token, rule: TriggerRule) -> bool:
        """A light verb steps aside for its object noun when a modifier gives the noun a
        rule of another root: "held *joint* drills" (062, not 150), "launched a *general*
        strike" (143, not 190); the noun then codes the event with its own slots."""
        noun = self._modified_object(tok, rule)
        return noun is not None and noun.code[:2] != rule.code[:2]

    def _modified_object(self, tok: Token, rule: TriggerRule) -> TriggerRule | None:
        """The rule of a noun the light verb's needs consumed, when a modifier makes it
        specific (a `mod` need) and it codes differently."""
        for obj in _need_tokens(tok, rule):
            noun = self._match(obj, "NOUN") if obj.pos_ == "NOUN" else None
            if noun is not None and noun.code != rule.code and any(n.dep == "mod" for n in noun.needs):
                return noun
        return None

    def _candidate(
        self, tok: Token, rule: TriggerRule, code: str, tokmap: dict[int, Mention], state: DocState
    ) -> Candidate | None:
        sources = _drop_possessors(self._slot_actors(tok, rule, tokmap, state, target=False), tok.sent, tokmap)
        sources = _drop_stray_appositions(tok, sources, tokmap)
        sources = self._each_side(tok, sources, tokmap, state)
        if not sources and tok.pos_ == "NOUN":
            sources = self._nominal_source(tok, code, tokmap, state)
        if not sources and not self._slot_actors(tok, rule, tokmap, state, target=True) \
                and (tok.pos_ == "NOUN" or tok.dep_ in (*syntax.SUBJ, "pobj")) \
                and _prefixed(code, self.words["symmetric_root"]):
            sources = _between_sides(tok, tokmap)  # a gerund too: "Fighting between X and Y erupted"
        if code[:2] in self.clause_words["popular_root"] and all(_bare(s) for s in sources):
            crowd = self._crowd_of_place(tok, tokmap, state)
            # "garment workers marched through Phnom Penh": bare roles are the place's people
            sources = tuple(with_country(s, crowd[0].country) for s in sources) if sources and crowd \
                else sources or crowd
        targets = self._target(tok, rule, code, sources, tokmap, state)
        if sources and targets and "subj" in rule.source and _sides(sources) == _sides(targets) \
                and (main := _trailing_participle_subject(tok, True)) is not None \
                and (mains := self.participants.at(main, tokmap, state.memory, False)) \
                and not _sides(mains) & _sides(targets):
            # "... if Rwanda attacked it, accusing Kigali of ...": a trailing participle
            # whose near subject would act on its own side is the main clause's act
            sources = mains
        if targets and tok.pos_ == "VERB":
            targets = self._posted_to(tok, sources, targets, tokmap, state) or targets
        third = not _prefixed(code, self.words["between_only_root"])
        if targets and len(sources) >= 2 and all(
                _bare(t) or t.code in {s.code for s in sources}
                or (t.kind != "group" and _side(t) in _sides(sources)
                    and (t.role is None or t.role in self.state_roles or not third))
                for t in targets):
            # "Norway and Sweden agreed to pool air force data", "the ministers of India
            # and China met ..., their first talks": between them, not toward one of them
            # (but a group based in one of their countries is a third party: al-Shabaab,
            # and so are the rebels they fight: "Malian troops and Russian mercenaries
            # captured the town from Tuareg-led rebels", unless the act stays between
            # them: "the two presidents met to discuss the insurgency")
            targets = ()
        if not sources and not targets and (not _prefixed(code, self.place_target) or tok.pos_ != "VERB"):
            return None  # an attack verb with no actor may still hit a named place
        return Candidate(tok.i, rule, code, sources, targets, syntax.negated(tok, self.modality))

    def _each_side(self, tok: Token, sources: tuple[Actor, ...], tokmap: dict[int, Mention],
                   state: DocState) -> tuple[Actor, ...]:
        """"Each side blamed the other": a distributive subject of a reciprocal act is the
        pair named before it, when the slot found no more than a bare role."""
        if sources and not all(_bare(s) for s in sources):
            return sources
        subj = reciprocal.each_subject(tok)
        return (each_pair(subj, tokmap, state.memory) or sources) if subj is not None else sources

    def _target(self, tok: Token, rule: TriggerRule, code: str, sources: tuple[Actor, ...],
                tokmap: dict[int, Mention], state: DocState) -> tuple[Actor, ...]:
        """The target, from the most to the least direct evidence: the rule's slots, an
        event noun there ("lifted sanctions on Iran", "condemned the arrest of X"), the
        trigger's complements, an earlier event the noun refers back to ("Kabul
        condemned the raids"), the source's own country for acts done at home, the
        event place for attacks."""
        if code[:2] in self.clause_words["inquiry_root"] and (doer := inquiry_doer(tok, self.participants, tokmap, state.memory, self.clause_words["matter_prep"], self.clause_words["inquiry_noun"])):
            return doer  # "opened a case into the shelling of border towns by Azerbaijani forces"
        targets = self._holder(tok, rule, code, tokmap, state) or self._slot_actors(tok, rule, tokmap, state, target=True)
        if not targets and tok.pos_ == "NOUN":
            targets = self._receiver(tok, sources, tokmap, state)
        if not targets and tok.pos_ == "VERB":
            targets = self._answered(tok, sources, tokmap, state)
        if not targets and "none" in rule.target and code[:2] in self.clause_words["asked_act_root"]:
            # an appeal or demand with no target slot is addressed to the actor of the act
            # it asks for: "called for the withdrawal of Israeli troops" -> ISR
            targets = next((found for need in _need_tokens(tok, rule) if need.pos_ == "NOUN"
                            and (found := self.participants.at(need, tokmap, state.memory, True))), ())
        if code[:2] in self.clause_words["response_root"] and tok.pos_ == "VERB" and all(
                t.country and t.country in {s.country for s in sources} for t in targets):
            # no target, or only its own forces ("put its troops on alert"): the provoker
            targets = self._provoker(tok, sources, tokmap, state)[:1] or provoking_doer(tok, self.clause_words["after_mark"], self.participants, tokmap, state.memory, _sides(sources), _side) or targets
        if not targets and "none" in rule.target:
            # "demolished the homes of two Palestinians": an act on a thing with no target
            # slot is done to the thing's owner, when the sentence names one
            targets = self._owner(tok, code, sources, tokmap, state)
        if not targets and "none" in rule.target and _prefixed(code, self.words["phrase_party_root"]):
            # "voiced pessimism about the prospects of a deal with the IMF": an attitude
            # with no target slot is about the other party its own phrase names
            targets = self._phrase_party(tok, sources, tokmap)
        if targets or "none" in rule.target:
            return targets
        nouns = [n for slot in rule.target for n in _slot_tokens(tok, slot, tokmap, rule)]
        if tok.pos_ == "VERB" and (obj := syntax.direct_object(tok)) is not None:
            nouns.append(obj)
        if tok.pos_ == "VERB":
            # "called the walkout illegal", misread as a compound on the predicate adjective
            nouns += [c for o in syntax.children(tok, "oprd") for c in o.children
                      if c.dep_ == "compound" and c.pos_ == "NOUN"]
        for need in _need_tokens(tok, rule):  # "agreed to a ceasefire with the RSF"
            if need.pos_ == "NOUN" and (found := self.participants.at(need, tokmap, state.memory, True)):
                return found
        if code[:2] in self.clause_words["asked_act_root"]:
            # "appealed for a ceasefire in eastern Ukraine": the act asked for is the
            # named place's country's
            for need in _need_tokens(tok, rule):
                for obj in syntax.prep_objects(need, "in") if need.pos_ == "NOUN" else ():
                    if (found := self.participants.at(obj, tokmap, state.memory, True)):
                        return found
        for noun in nouns:
            if (found := self._nested_event_actors(noun, code, tokmap, state)):
                return found
        for noun in nouns:
            if (found := self._between_parties(noun, sources, tokmap)):
                return found
        if code[:2] in self.words["agent_target_root"]:
            # "rejected claims by Pakistani officials", "dismissed a proposal by Zelenskiy":
            # a rejection or accusation answers the author of what it rejects
            for noun in nouns:
                head = syntax.np_head(noun)
                # "spurned an amnesty proposed by the prime minister": a participle's agent too
                agents = [a for acl in syntax.children(head, "acl")
                          if acl.i != tok.i and (a := syntax.agent(acl)) is not None]
                for by in [*syntax.prep_objects(head, "by"), *agents]:
                    if (found := self.participants.at(by, tokmap, state.memory, True)):
                        return found
        if (found := self._user_target(nouns, code, tokmap, state)):
            return found
        if (found := self._complement_target(tok, sources, tokmap, state)):
            return found
        if code[:2] in self.clause_words["asked_act_root"] and tok.pos_ == "VERB" \
                and (found := self._that_clause_subject(tok, sources, tokmap, state)):
            return found
        if _prefixed(code, self.words["conflict_party_root"]) \
                and (found := self._conflict_party(tok, rule, sources, tokmap, state)):
            return found
        if tok.pos_ == "VERB" and _prefixed(code, self.words["taken_from_root"]) \
                and (found := self._taken_from(tok, sources, tokmap, state)):
            return found
        if _prefixed(code, self.place_target):
            for noun in nouns:  # "Hamas seized control of the territory", "entered the city"
                if (found := self._place_anaphor(noun, tokmap)):
                    return found
        for noun in nouns:
            if (summed := self._summed_clause_agent(noun, sources, tokmap, state)):
                return summed
            if (earlier := self._referred_event_source(noun, sources, state)):
                return earlier
            if (owner := self._pronoun_owner(noun, sources, tokmap, state)):
                return owner
        if (found := self._owner(tok, code, sources, tokmap, state)):
            return found
        if (found := self._pronoun_patient(nouns, sources, tokmap, state)):
            return found
        if code[:2] in self.words["agent_target_root"] and (found := self._previous_author(
                nouns, sources, tokmap, state, self.words["authored_noun"])):
            return found
        if code[:2] in self.words["enacted_root"] and (found := self._previous_author(
                nouns, sources, tokmap, state, self.words["enacted_noun"])):
            # "The council voted to lift the embargo. Asmara welcomed the decision"
            return found
        if tok.pos_ == "VERB" and tok.dep_ == "conj" and tok.head.pos_ == "VERB" \
                and not syntax.children(tok, *syntax.SUBJ) and (obj := syntax.direct_object(tok.head)) is not None:
            # "summoned the Russian ambassador and demanded an explanation": the second act
            # of a shared subject is addressed to the first one's object
            mine = _sides(sources)
            found = self.participants.at(obj, tokmap, state.memory, True)
            if found and not any(_bare(a) or _side(a) in mine for a in found):
                return found
        if code[:2] in self.clause_words["condition_root"]:
            # "Israel will resume fighting unless Hamas frees the hostages, Netanyahu said,
            # issuing an ultimatum": a threat is aimed at whoever its sentence's condition names
            # (an if/unless clause: modality.tsv mark)
            mine = {a.code for a in sources}
            for clause in tok.sent:
                if clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in self.modality.mark
                                                  for m in clause.children):
                    for subj in syntax.children(clause, "nsubj"):
                        found = self.participants.at(subj, tokmap, state.memory, True)
                        if found and not any(a.code in mine for a in found):
                            return found
        if code[:2] in self.clause_words["condition_root"] \
                and (found := self._head_addressee(tok, sources, tokmap, state)):
            return found
        if (found := self._described(tok, nouns, sources, tokmap,
                                     code[:2] in self.words["clause_described_root"])):
            return found
        if code[:2] in self.words["recipient_root"] and (found := self._phrase_recipient(tok, code, sources, tokmap, state)):
            return found
        if code[:2] in self.words["beneficiary_root"] and (found := self._beneficiary(tok, sources, tokmap, state)):
            return found
        if _prefixed(code, self.words["phrase_party_root"]) and (found := self._phrase_party(tok, sources, tokmap)):
            return found
        if tok.pos_ == "NOUN" and code[:2] in self.words["joint_root"]:
            # "promised Karzai support during a phone call": the call is with Karzai
            verb = _light_verb(tok, self.words["inherit_prep"], True, self.modality.speech)
            for node in [*syntax.children(verb, "dative", "dobj")] if verb is not None else []:
                if node.i != tok.i and (found := self.participants.at(node, tokmap, state.memory, True)):
                    return found
        return ()

    def _conflict_party(self, tok: Token, rule: TriggerRule, sources: tuple[Actor, ...],
                        tokmap: dict[int, Mention], state: DocState) -> tuple[Actor, ...]:
        """"declared a truce in its fighting with government forces": a truce named for a
        conflict is with the conflict's other party (the with/against phrase of the noun
        in the trigger's, or its truce noun's, in-phrase), when that is not a source."""
        mine = {s.code for s in sources}
        for host in [tok, *(n for n in _need_tokens(tok, rule) if n.pos_ == "NOUN")]:
            for conflict in syntax.prep_objects(host, "in"):
                for other in [*syntax.prep_objects(conflict, "with"), *syntax.prep_objects(conflict, "against")]:
                    found = self.participants.at(other, tokmap, state.memory, True)
                    if found and not any(a.code in mine for a in found):
                        return found
        return ()

    def _taken_from(self, tok: Token, sources: tuple[Actor, ...], tokmap: dict[int, Mention],
                    state: DocState) -> tuple[Actor, ...]:
        """"captured the town of Kidal from Tuareg-led rebels", "wrested control of the
        port from the militia": a place taken is taken from the actor of the verb's
        from-phrase, when that is not one of the sources (a country's rebels may be
        what its army takes a town from)."""
        mine = {s.code for s in sources}
        for obj in syntax.prep_objects(tok, "from"):
            found = self.participants.at(obj, tokmap, state.memory, True)
            if found and not any(a.code in mine for a in found):
                return found
        return ()

    def _between_parties(self, noun: Token, sources: tuple[Actor, ...],
                         tokmap: dict[int, Mention]) -> tuple[Actor, ...]:
        """"welcomed the agreement between the Sudanese government and rebel leaders": an
        act on a thing between parties is aimed at the parties (the actors named in the
        object's "between" phrase, conjuncts included), other than the source's own side."""
        mine = _sides(sources)
        out: list[Actor] = []
        for obj in syntax.prep_objects(syntax.np_head(noun), "between"):
            for actor in actors_between(tokmap, obj.left_edge.i, obj.right_edge.i + 1):
                if _side(actor) not in mine and not _bare(actor) and actor not in out:
                    out.append(actor)
        return tuple(out[:1])  # one event: gold names either party

    def _nested_party(self, node: Token, sources: tuple[Actor, ...], tokmap: dict[int, Mention],
                      state: DocState) -> tuple[Actor, ...]:
        """The first actor that is no bare role and not on the source's side in the nested
        of/from phrases of ``node`` (two deep): "a joint mission of envoys from ECOWAS"."""
        mine = _sides(sources)
        todo = [(node, 0)]
        for head, depth in _np_heads(todo):
            for prep in ("of", "from"):
                for obj in syntax.prep_objects(head, prep):
                    found = self.participants.at(obj, tokmap, state.memory, True)
                    if found and not any(_bare(a) or _side(a) in mine for a in found):
                        return found
                    if depth < 1:
                        todo.append((obj, depth + 1))
        return ()

    def _phrase_recipient(self, tok: Token, code: str, sources: tuple[Actor, ...],
                          tokmap: dict[int, Mention], state: DocState) -> tuple[Actor, ...]:
        """"approved $700 million in budget support for Sri Lanka", "a grant to help Sierra
        Leone cushion ...": a grant or pledge names its recipient deep in its own phrase,
        as the object of "for"/"to" or the one a help verb (coder_words.tsv: recipient_verb)
        helps; the first such actor after the trigger that is no bare role and not on the
        source's side (not in a clause with a subject of its own, nor in the subject)."""
        mine = _sides(sources)
        top = _governing_verb(tok) if tok.pos_ == "NOUN" else tok
        verb_roots = {r.code[:2] for r in self.lexicon.rules_for(top.lemma_.lower(), "VERB")} \
            if top.i != tok.head.i and top.pos_ == "VERB" else set()
        if verb_roots and code[:2] not in verb_roots:
            top = tok  # "cut $200,000 in military aid to Rwanda": an act of another kind on the aid
        skip = {t.i for c in top.children if c.dep_ in (*syntax.SUBJ, "relcl", "ccomp", "parataxis")
                for t in c.subtree}
        helps = self.words["recipient_verb"]
        for t in top.subtree:
            m = tokmap.get(t.i)
            if m is not None and _bare(m.actor) and t.i > tok.i and t.i not in skip and t.dep_ == "pobj" \
                    and t.head.lower_ in _RECIPIENT_PREPS \
                    and (placed := [a for a in self.participants.at(t, tokmap, state.memory, True)
                                    if not _bare(a) and _side(a) not in mine]):
                return tuple(placed)  # "for people in Honduras": the role's place makes it theirs
            if t.i <= tok.i or t.i in skip or m is None or _bare(m.actor) or _side(m.actor) in mine:
                continue
            node = t
            while node.dep_ == "compound" and node.head.i != node.i:
                node = node.head  # "help Sierra Leone cushion ...", misread as a compound noun
            head = node.head
            if (node.dep_ == "pobj" and head.lower_ in _RECIPIENT_PREPS) \
                    or (node.dep_ in ("dobj", "dative") and head.lemma_.lower() in helps) \
                    or (node.dep_ == "nsubj" and head.dep_ in ("ccomp", "xcomp")
                        and head.head.lemma_.lower() in helps) \
                    or (node is not t and node.dep_ in ("ccomp", "xcomp") and head.lemma_.lower() in helps):
                return (m.actor,)
        return ()

    def _phrase_party(self, tok: Token, sources: tuple[Actor, ...],
                      tokmap: dict[int, Mention]) -> tuple[Actor, ...]:
        """"suspended talks on joining the European Union", "halted all exports to and
        imports from Israel", "pulled out of the International Criminal Court": a verb
        cutting ties names the other party anywhere in its object or prepositional phrases
        (not in its subject or clauses); the first one that is no bare role and not on the
        source's side."""
        if tok.pos_ not in ("VERB", "ADJ") or self._home_object(tok):
            return ()  # not "vetoed a law that critics said would hurt the American owner"
        mine = _sides(sources)
        skip = {t.i for c in tok.children if c.dep_ in (*syntax.SUBJ, "nsubjpass", "relcl", "parataxis",
                                                          "advcl", "ccomp", "conj", "xcomp")
                for t in c.subtree}
        for t in tok.subtree:
            m = tokmap.get(t.i)
            if t.i > tok.i and t.i not in skip and m is not None and not _bare(m.actor) \
                    and _side(m.actor) not in mine:
                return (m.actor,)
        return ()

    def _beneficiary(self, tok: Token, sources: tuple[Actor, ...], tokmap: dict[int, Mention],
                     state: DocState) -> tuple[Actor, ...]:
        """Who acted on what a nominal act gave: "a tip-off from Moroccan intelligence led
        Spanish police to arrest ..." (the object, or the that-clause subject, of the verb the
        noun is the subject of), "acting on intelligence passed on by X, Indonesian police
        arrested ..." (the subject of the clause the noun's -ing phrase hangs on)."""
        node = tok.head if tok.pos_ == "VERB" and tok.dep_ == "acl" else tok
        if node.pos_ not in ("NOUN", "PROPN"):
            return ()
        verb = node.head
        nodes: list[Token] = []
        if node.dep_ == "nsubj" and verb.pos_ == "VERB":
            nodes = [*syntax.children(verb, "dobj"),
                     *(s for c in syntax.children(verb, "ccomp", "xcomp") for s in syntax.children(c, "nsubj"))]
        elif node.dep_ == "pobj" and verb.dep_ == "prep" and verb.head.pos_ == "VERB" \
                and verb.head.dep_ == "advcl" and verb.head.tag_ == "VBG":
            main = verb.head.head
            nodes = [s for s in [syntax.subject(main)] if s is not None]
        mine = _sides(sources)
        for n in nodes:
            found = self.participants.at(n, tokmap, state.memory, True)
            if found and not any(_bare(a) or _side(a) in mine for a in found):
                return found
        return ()

    def _described(self, tok: Token, nouns: Sequence[Token], sources: tuple[Actor, ...],
                   tokmap: dict[int, Mention], clauses: bool = False) -> tuple[Actor, ...]:
        """"blamed Ethiopian intransigence", "threatened to slap tariffs on Colombian goods",
        "an inquiry into Chinese state subsidies": an act on a thing that a country adjective
        describes, with no actor named, is aimed at that country (the object's phrase, its
        infinitive's, and their described_prep phrases, two deep); with ``clauses``, its
        that-clause's too ("warned that attacks on Kenyan towns would go on", "warned that it
        would impose visa bans on any Guatemalan official")."""
        mine = _sides(sources)
        comps = [c for c in syntax.children(tok, "xcomp", "advcl") if c.pos_ == "VERB" and (
            c.dep_ == "xcomp" or any(a.lower_ == "to" for a in c.children))] if tok.pos_ == "VERB" else []
        objs = [o for o in map(syntax.direct_object, comps) if o is not None]
        said: set[int] = set()  # where a that-clause names a party itself
        if clauses and tok.pos_ == "VERB":
            clause = syntax.children(tok, "ccomp")
            comps += clause
            objs += [s for c in clause for s in syntax.children(c, "nsubj", "nsubjpass")]
            said = {syntax.np_head(o).i for c in clause for p in self.clause_words["described_prep"]
                    for o in syntax.prep_objects(c, p)}
        todo = [(n, 0) for n in [*nouns, *objs]]
        todo += [(o, 1) for c in comps for p in self.clause_words["described_prep"]
                 for o in syntax.prep_objects(c, p)]
        for head, depth in _np_heads(todo):
            m = tokmap.get(head.i)
            if head.i in said and m is not None and m.actor.country and not _bare(m.actor) \
                    and _side(m.actor) not in mine:
                return (m.actor,)  # "would impose visa bans on any Guatemalan official"
            for adj in head.children:
                m = tokmap.get(adj.i)
                if adj.dep_ == "amod" and adj.i < head.i and m is not None and m.actor.kind == "country" \
                        and m.actor.role is None and m.actor.country and _side(m.actor) not in mine:
                    return (m.actor,)
            if depth < 2:
                todo += [(o, depth + 1) for p in self.clause_words["described_prep"]
                         for o in syntax.prep_objects(head, p)]
        return ()

    def _owner(self, tok: Token, code: str, sources: tuple[Actor, ...], tokmap: dict[int, Mention],
               state: DocState) -> tuple[Actor, ...]:
        """"handed back the remains of a dozen Armenian soldiers", "deported 3,000
        Guatemalans": a handing-over or coercive act is done to its object's owner when
        that is someone other than the source (clause_words.tsv: owner_target)."""
        if tok.pos_ != "VERB" or not _prefixed(code, self.clause_words["owner_target"]) \
                or (obj := syntax.direct_object(tok)) is None:
            return ()
        mine = _sides(sources)
        found = self.participants.at(obj, tokmap, state.memory, True)
        if found and not any(_side(a) in mine for a in found):
            return found
        return ()

    def _user_target(self, nouns: list[Token], code: str, tokmap: dict[int, Mention],
                     state: DocState) -> tuple[Actor, ...]:
        """"struck sites used by the Houthi movement", "shelled areas held by the rebels": an
        attack on a thing that someone uses, holds or runs (clause_words.tsv: user_target_root,
        user_verb) is aimed at that someone, the participle's agent."""
        if code[:2] not in self.clause_words["user_target_root"]:
            return ()
        for noun in nouns:
            for acl in syntax.children(syntax.np_head(noun), "acl"):
                agent = syntax.agent(acl) if acl.lemma_.lower() in self.clause_words["user_verb"] else None
                if agent is not None and (found := self.participants.at(agent, tokmap, state.memory, True)):
                    return found
        return ()

    def _holder(self, tok: Token, rule: TriggerRule, code: str, tokmap: dict[int, Mention],
                state: DocState) -> tuple[Actor, ...]:
        """"demanded the release of a tanker seized by Royal Marines": a demand for what
        someone took is addressed to whoever took it (the participle's agent)."""
        if code[:2] not in self.clause_words["asked_act_root"] or tok.pos_ != "VERB":
            return ()
        for need in (n for n in _need_tokens(tok, rule) if n.pos_ == "NOUN"):
            for obj in syntax.prep_objects(need, "of"):
                for acl in syntax.children(syntax.np_head(obj), "acl"):
                    agent = syntax.agent(acl) if syntax.participle(acl) else None
                    if agent is not None and (found := self.participants.at(agent, tokmap, state.memory, True)):
                        return found
        return ()

    def _that_clause_subject(self, tok: Token, sources: tuple[Actor, ...], tokmap: dict[int, Mention],
                             state: DocState) -> tuple[Actor, ...]:
        """"demanded that Canada free X": the parser often reads a subjunctive's bare verb as
        a noun ("Canada/compound free"); the actor opening the that-clause, read in word
        order, is whom the demand is addressed to."""
        sent_end = tok.sent.end
        that = next((t for t in tok.doc[tok.i + 1 : min(tok.i + 6, sent_end)]
                     if t.lower_ == "that" and t.dep_ in ("mark", "dobj", "advmod")), None)
        if that is None or any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in tok.doc[tok.i + 1 : that.i]):
            return ()
        nxt = that.i + 1
        if nxt < sent_end and tok.doc[nxt].lower_ == "the":
            nxt += 1
        m = tokmap.get(nxt) if nxt < sent_end else None
        if m is None or m.actor.kind == "role":
            return ()
        # a state addressed by one of its own regions or people is another party
        # ("the Kurdistan Regional Government demanded that Baghdad release ...")
        if m.actor.name in {s.name for s in sources} or (
                _side(m.actor) in _sides(sources) and not _own_state(m.actor, sources)):
            return ()
        return (m.actor,)

    def _head_addressee(self, tok: Token, sources: tuple[Actor, ...], tokmap: dict[int, Mention],
                        state: DocState) -> tuple[Actor, ...]:
        """"demanded that Kabul stop the raids, warning that ...", "urged the government to
        pay, threatening a strike": a threat in a participle clause (or a second verb of the
        same subject) is aimed at whom its head verb addresses: the head's that-clause
        opener or its object, when that is another party."""
        head = tok.head
        if tok.pos_ != "VERB" or tok.dep_ not in ("advcl", "conj") or head.pos_ != "VERB" \
                or syntax.children(tok, *syntax.SUBJ):
            return ()
        # a warning after an appeal is advice ("urged X to veto the bill, warning that it
        # would ..."); after a demand it is a threat (coder_words.tsv: threat_head_root)
        matched = self._trigger(head, tokmap)
        if matched is None and head.dep_ == "ccomp" and head.head.pos_ == "VERB":
            # the parser hangs the participle on the demand's that-clause verb
            head = head.head
            matched = self._trigger(head, tokmap)
        if matched is None or matched[1][:2] not in self.words["threat_head_root"]:
            return ()
        if (found := self._that_clause_subject(head, sources, tokmap, state)):
            return found
        mine = _sides(sources)
        clause_subjects = [subj for clause in syntax.children(head, "ccomp")
                           for subj in syntax.children(clause, "nsubj")]
        for obj in [*syntax.children(head, "dobj"), *syntax.children(head, "dative"), *clause_subjects]:
            found = self.participants.at(obj, tokmap, state.memory, True)
            if found and not any(_bare(a) or _side(a) in mine for a in found):
                return found
        return ()

    def _posted_to(self, tok: Token, sources: tuple[Actor, ...], targets: tuple[Actor, ...],
                   tokmap: dict[int, Mention], state: DocState) -> tuple[Actor, ...]:
        """"Paris recalled its ambassador to Ankara": an object that is the source's own
        side, posted to someone else, stands for where it is posted."""
        mine = _sides(sources)
        obj = syntax.direct_object(tok)
        if not mine or obj is None or not all(_side(t) in mine for t in targets):
            return ()
        for node in syntax.prep_objects(tok, "to"):  # on the verb or on its object
            found = self.participants.at(node, tokmap, state.memory, True)
            if found and not any(_side(a) in mine or _bare(a) for a in found):
                return found
        return ()

    def _summed_clause_agent(self, noun: Token, sources: tuple[Actor, ...],
                             tokmap: dict[int, Mention], state: DocState) -> tuple[Actor, ...]:
        """A noun that sums up the clause it is attached to (", a move welcomed by Abbas",
        ", a decision criticised by X") stands for that clause's act: its agent is the
        clause's subject."""
        edge = noun.left_edge.i
        # the parser hangs the summary on the verb, or in apposition to the clause's last object
        clause = syntax.governing_verb(noun) if noun.dep_ == "appos" else noun.head
        if noun.lemma_.lower() not in self.words["referring"] or clause is None \
                or clause.pos_ not in ("VERB", "AUX") or clause.i > noun.i \
                or noun.dep_ not in ("npadvmod", "appos", "dobj") \
                or edge == 0 or noun.doc[edge - 1].text != ",":
            return ()
        subj = syntax.subject(clause)
        found = self.participants.at(subj, tokmap, state.memory, True) if subj is not None else ()
        mine = {a.code for a in sources}
        return tuple(a for a in found if a.code not in mine)

    def _provoker(self, tok: Token, sources: tuple[Actor, ...], tokmap: dict[int, Mention],
                  state: DocState) -> tuple[Actor, ...]:
        """"ordered a mobilisation after fighting erupted with Azerbaijan", "raised its
        alert after North Korea fired missiles": a show of force in answer to someone's
        act named in an after-clause is aimed at them."""
        mine = _sides(sources)
        verbs = [tok, *([tok.head] if tok.dep_ == "conj" else [])]
        # "raised its alert, the military said, after X fired": the saying verb's after-clause
        verbs += [v.head for v in verbs if v.dep_ == "ccomp" and v.head.lemma_.lower() in self.modality.speech]
        for v in verbs:
            prompt = v.head
            if v.dep_ != "xcomp" or prompt.lemma_.lower() not in self.clause_words["prompt_verb"]:
                continue
            # "the bombers flew over the sea, prompting Tokyo to scramble jets"
            subj = syntax.subject(prompt) or (syntax.subject(prompt.head) if prompt.dep_ == "advcl" else None)
            found = self.participants.at(subj, tokmap, state.memory, False) if subj is not None else ()
            if found and not any(_bare(a) or _side(a) in mine for a in found):
                return found
        for clause in [c for v in verbs for c in syntax.children(v, "advcl")
                       if any(m.dep_ == "mark" and m.lower_ in self.clause_words["after_mark"]
                              for m in c.children)]:
            for node in [*syntax.children(clause, "nsubj"), *syntax.prep_objects(clause, "with")]:
                found = self.participants.at(node, tokmap, state.memory, True)
                if found and not any(_bare(a) or _side(a) in mine for a in found):
                    return found
        return ()

    def _place_anaphor(self, noun: Token, tokmap: dict[int, Mention]) -> tuple[Actor, ...]:
        """"the territory", "the city": a definite place noun with no name of its own (or
        in its of-phrase) refers to the last place named before it in the sentence."""
        heads = [syntax.np_head(noun), *syntax.prep_objects(syntax.np_head(noun), "of")]
        head = next((h for h in heads if h.lemma_.lower() in self.clause_words["place_anaphor"]
                     and any(d.lower_ == "the" for d in h.children)), None)
        if head is None or any(t.pos_ == "PROPN" for t in head.subtree):
            return ()
        found: Actor | None = None
        run: list[Token] = []
        for t in list(head.sent)[: head.i - head.sent.start] + [head]:
            if t.pos_ == "PROPN":
                run.append(t)
                continue
            if run:
                m = tokmap.get(run[0].i)
                place = self.places.lookup(head.doc[run[0].i : run[-1].i + 1].text)
                if m is not None and m.actor.kind == "country" and m.actor.role is None and m.actor.country:
                    found = m.actor
                elif place is not None and place.country and m is None:
                    found = Actor(code=place.country, country=place.country, name=place.name, kind="country")
                run = []
        return (found,) if found is not None else ()

    def _answered(self, tok: Token, sources: tuple[Actor, ...], tokmap: dict[int, Mention],
                  state: DocState) -> tuple[Actor, ...]:
        """A relative clause whose object is the relative pronoun answers what its main
        clause reports; it targets that clause's subject, or the next one up when that is
        its own side ("Kiev accused Moscow of a massacre, which the Kremlin denied" -> RUS
        -> UKR; "accused Ukrainian agents of the killing, which Kyiv denied"); one whose
        antecedent names an actor targets that actor ("Gulen, whom Ankara blames")."""
        antecedent = syntax.relative_object_antecedent(tok)
        if antecedent is None and (noun := syntax.contact_object_antecedent(tok)) is not None \
                and noun.lemma_.lower() in self.words["referring"]:
            antecedent = noun  # "..., a step Belgrade has never recognised"
        if antecedent is None:
            return ()
        mine = {a.code for a in sources}
        if antecedent.i in tokmap:  # "Hamas, which Israel accuses of ...": the pronoun is Hamas
            found = self.participants.at(antecedent, tokmap, state.memory, True)
            return tuple(a for a in found if a.code not in mine)
        verb = syntax.governing_verb(antecedent)
        if verb is not None and verb.lemma_.lower() in self.modality.speech and antecedent.dep_ == "npadvmod" \
                and (said := [c for c in syntax.children(verb, "ccomp") if c.i < antecedent.i]):
            verb = said[0]  # "X is expelling diplomats, a minister said, a move Y vowed to answer"
        for _ in range(3):  # up past an act of the answerer's own side it is accused of
            subj = syntax.subject(verb) if verb is not None else None
            found = self.participants.at(subj, tokmap, state.memory, True) if subj is not None else ()
            if (others := tuple(a for a in found if a.code not in mine)):
                return others
            if verb is None or verb.dep_ not in ("pcomp", "xcomp", "ccomp"):
                break
            verb = syntax.governing_verb(verb)
            if verb is not None and verb.lemma_.lower() in self.modality.speech:
                break  # a mere speaker is not answered
        return ()

    def _nested_event_actors(self, noun: Token, outer: str, tokmap: dict[int, Mention],
                             state: DocState) -> tuple[Actor, ...]:
        """Actors of an event noun in a slot. Whoever demands, accuses, rejects or
        threatens targets the noun's agent ("condemned the Turkish bombardment of Kurdish
        villages" -> TUR; "called for the withdrawal of Israeli troops" -> ISR); other
        acts its target ("lifted sanctions on Iran" -> IRN; "rebuffed an offer of talks
        from the Afghan government" falls back to the agent)."""
        noun = syntax.np_head(noun)
        rules = self.lexicon.rules_for(noun.lemma_.lower(), "NOUN") if noun.pos_ == "NOUN" else ()
        if not rules:
            return ()
        rule = rules[0]
        agent_first = outer[:2] in self.words["agent_target_root"]
        for slots in ((rule.source, rule.target) if agent_first else (rule.target, rule.source)):
            for slot in slots:
                for node in _slot_tokens(noun, slot, tokmap, rule):
                    if (found := self.participants.at(node, tokmap, state.memory, True)):
                        return found
        return ()

    def _pronoun_owner(self, noun: Token, sources: tuple[Actor, ...], tokmap: dict[int, Mention],
                       state: DocState) -> tuple[Actor, ...]:
        """"Paris criticised its rulers": a possessive pronoun on the target noun names
        the target when it refers to someone other than the source."""
        mine = {a.code for a in sources} | {a.country for a in sources if a.country}
        for poss in syntax.children(syntax.np_head(noun), "poss"):
            if poss.pos_ == "PRON":
                # not the source's own body either: "the Security Council condemned its
                # launch" is not the UN's launch
                others = [a for a in state.memory.recent + actors_between(tokmap, noun.sent.start, poss.i)
                          if a.code not in mine and a.country not in mine
                          and not any(_same_body(a, s) for s in sources)]
                owner = antecedent(poss, Memory(recent=others))
                if owner is not None:
                    return (owner,)
        return ()

    def _pronoun_patient(self, nouns: Sequence[Token], sources: tuple[Actor, ...],
                         tokmap: dict[int, Mention], state: DocState) -> tuple[Actor, ...]:
        """"The agency detained a Ukrainian citizen ... accused him of spying": a personal
        pronoun object that names no actor (its antecedent is no actor of the tables) is
        the one the story last acted on: the latest earlier event's target that is not on
        the source's side."""
        mine = _sides(sources)
        if not any(n.pos_ == "PRON" and n.lower_ in ("him", "her", "them")
                   and not self.participants.at(n, tokmap, state.memory, True) for n in nouns):
            return ()
        for event in reversed(state.events):
            if event.target is not None and not _bare(event.target) and _side(event.target) not in mine:
                return (event.target,)
        return ()

    def _previous_author(self, nouns: Sequence[Token], sources: tuple[Actor, ...],
                         tokmap: dict[int, Mention], state: DocState,
                         kinds: frozenset[str]) -> tuple[Actor, ...]:
        """"The UN rights office said in a report that troops executed 500 people. Mali
        rejected the findings": a definite thing someone said or offered (authored_noun), or
        decided or did (enacted_noun: "welcomed the move"), that names no actor of its own
        was said or done by the main subject of the sentence before."""
        mine = _sides(sources)
        for noun in nouns:
            head = syntax.np_head(noun)
            if head.lemma_.lower() not in kinds \
                    or not any(c.lower_ in ("the", "this", "these", "those", "such") for c in head.children) \
                    or any(t.i in tokmap for t in head.subtree):
                continue
            found = tuple(a for a in state.previous_subject if not _bare(a) and (
                _side(a) not in mine or _own_state(a, sources)))
            if found:
                return found[:1]
        return ()

    def _referred_event_source(self, noun: Token, sources: tuple[Actor, ...], state: DocState) -> tuple[Actor, ...]:
        """"Kabul condemned the raids": a definite event noun with no actor of its own
        refers back to the last event coded; its source is the target."""
        noun = syntax.np_head(noun)
        dets = [*noun.children, *(noun.head.children if noun.dep_ == "compound" else ())]
        if noun.pos_ != "NOUN" or not any(c.lower_ in ("the", "this", "these", "those") for c in dets):
            return ()
        if not (self.lexicon.rules_for(noun.lemma_.lower(), "NOUN")
                or noun.lemma_.lower() in self.words["referring"]):
            return ()
        mine = {a.code for a in sources}
        for event in reversed(state.events):
            if event.source is not None and event.source.code not in mine:
                return (event.source,)
            if event.source is None and event.target is not None and not _bare(event.target) \
                    and event.cameo_root in self.words["unattributed_root"] and _side(event.target) not in _sides(sources):
                return (event.target,)  # "A bomb killed four people. X condemned the attack"
        return ()

    def _crowd_of_place(self, tok: Token, tokmap: dict[int, Mention], state: DocState) -> tuple[Actor, ...]:
        """"Thousands protested in Tehran", "rioting broke out in the Kenyan city of
        Kisumu": a protest by no named actor in a named place is its people's."""
        hosts = [tok] + ([tok.head] if tok.pos_ == "NOUN" and tok.dep_ == "nsubj" else [])
        for host in hosts:
            objs = [o for prep in self.words["crowd_place_prep"] for o in syntax.prep_objects(host, prep)]
            for obj in objs:  # "marched through Phnom Penh", "rallied at a square in X"
                for actor in self.participants.at(obj, tokmap, state.memory, True):
                    if actor.country and actor.kind == "country" and actor.role is None:
                        return (Actor(code=actor.country + "CVL", country=actor.country, role="CVL",
                                      name=actor.name, kind="country"),)
        return ()

    def _nominal_source(self, tok: Token, code: str, tokmap: dict[int, Mention],
                        state: DocState) -> tuple[Actor, ...]:
        """Who carried out a nominal event: the agent of a participle ("the ultimatum
        issued by ECOWAS"), the subject of a light verb ("staged a protest", "conducted
        air strikes", "resumed cooperation"), or the clause's subject through a few
        prepositions ("mobilized troops in a crackdown"; any for joint acts)."""
        for acl in syntax.children(tok, "acl"):
            agent = syntax.agent(acl)
            if agent is not None:
                return self.participants.at(agent, tokmap, state.memory, False)
        head = tok.head
        if tok.dep_ == "nsubj" and head.pos_ == "VERB" and head.dep_ == "advcl" \
                and not syntax.children(head, *syntax.OBJ) and syntax.prep_objects(head, "with") \
                and (main := syntax.subject(head.head)) is not None:
            # "declared martial law after fighting erupted with Azerbaijan": a clash with
            # someone that breaks out in an adverbial clause is the main subject's
            return self.participants.at(main, tokmap, state.memory, False)
        if tok.dep_ in syntax.OBJ and tok.head.lemma_.lower() in self.words["receive_verb"]:
            # "Malawi received a loan from the World Bank": the giver is the "from" phrase
            # (of the verb or of the object's own phrase), never the receiver
            for node in [*syntax.prep_objects(tok.head, "from"),
                         *(o for t in tok.subtree for o in syntax.prep_objects(t, "from"))]:
                if (found := self.participants.at(node, tokmap, state.memory, False)):
                    return found
            return ()
        verb = _light_verb(tok, self.words["inherit_prep"], code[:2] in self.words["joint_root"],
                           self.modality.speech)
        subj = syntax.subject(verb) if verb is not None else None
        return self.participants.at(subj, tokmap, state.memory, False) if subj is not None else ()

    def _complement_target(self, tok: Token, sources: tuple[Actor, ...], tokmap: dict[int, Mention],
                           state: DocState) -> tuple[Actor, ...]:
        """Where a trigger names no target itself: its indirect object ("promised Ukraine
        aid"), the object of its infinitive or purpose clause ("threatened to attack South
        Korea", "fired tear gas to disperse them") or of its preposition ("vowed to
        cooperate with India", "pledged to send troops to Mali"), the subject of its that-clause
        ("demanded that Russia withdraw"; not the source's own side in a future: "promised
        that Japanese firms would help"), the object of "for" ("called for the withdrawal
        of Israeli troops"), for a noun, the participle's "to" ("an ultimatum issued by
        ECOWAS to Niger's junta"), or the subject of a condition ("warned it would respond
        if Finland joined NATO": the threat is to whoever would set it off)."""
        mine = _sides(sources)
        own: tuple[Actor, ...] = ()
        comps = syntax.children(tok, "xcomp") + [
            c for c in syntax.children(tok, "advcl") if any(a.lower_ == "to" for a in c.children)]
        for slot_tokens in (
            syntax.children(tok, "dative"),
            # "refused to hand over bin Laden to the United States": the recipient first
            [o for c in comps if syntax.direct_object(c) is not None
             for p in self.clause_words["recipient_prep"] for o in syntax.prep_objects(c, p)],
            [o for c in comps for o in [syntax.direct_object(c)] if o is not None],
            [o for c in comps for prep in ("against", "on", "at", "with", "to", "between")
             for o in syntax.prep_objects(c, prep)],
            # "refused to let the mission's investigators visit": whom the act lets or makes do
            [s for c in comps for cc in syntax.children(c, "ccomp") for s in syntax.children(cc, "nsubj")],
            [s for c in syntax.children(tok, "ccomp") for s in syntax.children(c, "nsubj")],
            syntax.prep_objects(tok, "for"),
            [o for acl in syntax.children(tok, "acl") for o in syntax.prep_objects(acl, "to")],
            [s for c in [tok, *comps, *syntax.children(tok, "ccomp")] for a in syntax.children(c, "advcl")
             if any(m.dep_ == "mark" and m.lower_ in self.modality.mark for m in a.children)
             for s in syntax.children(a, "nsubj")],
        ):
            for node in slot_tokens:
                actors = self.participants.at(node, tokmap, state.memory, True)
                if actors and all(a.code in {s.code for s in sources} for a in actors):
                    continue  # never the speaker itself ("warned it would respond")
                if actors and node.dep_ == "nsubj" and all(_side(a) in mine for a in actors) \
                        and any(c.dep_ == "aux" and c.lower_ in self.modality.modal | self.modality.intent_modal
                                for c in node.head.children):
                    continue  # "promised that Japanese companies would help": its own side's future
                if actors and all(_bare(a) or _side(a) in mine for a in actors) and node.dep_ != "nsubj":
                    # "threatened to cut off U.S. aid to the Palestinians": its own side's
                    # thing yields to another party named in a later phrase
                    if (deeper := self._nested_party(node, sources, tokmap, state)):
                        return deeper  # "to receive a mission of envoys from ECOWAS"
                    own = own or actors
                    continue
                if actors:
                    return actors
        return own

    def _slot_actors(
        self, tok: Token, rule: TriggerRule, tokmap: dict[int, Mention], state: DocState,
        target: bool,
    ) -> tuple[Actor, ...]:
        if target and any(n.dep == "dobj" for n in rule.needs) and tok.pos_ == "VERB":
            obj = syntax.direct_object(tok)  # "struck Hamas targets", "expelled Russian diplomats"
            owners = self.participants.owners(obj, tokmap) if obj is not None else ()
            if owners and not syntax.is_passive(tok) and (to := self._recipient(tok, rule, owners, tokmap, state)):
                return to  # "handed over 20 Benin Bronzes to Nigeria": to whom, not whose
            if owners:
                return owners
        for slot in rule.target if target else rule.source:
            for node in _slot_tokens(tok, slot, tokmap, rule):
                actors = self.participants.at(node, tokmap, state.memory, target)
                if actors:
                    extra = [a for c in _stray_conjuncts(tok, node, tokmap)
                             for a in self.participants.at(c, tokmap, state.memory, target)]
                    return actors + tuple(a for a in extra if a not in actors)
        if target and tok.pos_ == "NOUN" and (verb := self._plain_light_verb(tok)) is not None:
            # the light verb's own phrase: "made a plea to the United Nations"
            for slot in rule.target:
                for node in syntax.prep_objects(verb, slot[5:]) if slot.startswith("prep:") else ():
                    if node.i > tok.i and (actors := self.participants.at(node, tokmap, state.memory, True)):
                        return actors
            if any(s.startswith("prep:") and s[5:] in self.clause_words["recipient_prep"] for s in rule.target):
                # "handed the Lebanese army a grant", "gave Kyiv a loan": the light verb's
                # indirect object is the recipient
                for node in syntax.children(verb, "dative"):
                    if node.i < tok.i and node.pos_ != "ADP" \
                            and (actors := self.participants.at(node, tokmap, state.memory, True)):
                        return actors
        return ()

    def _recipient(self, tok: Token, rule: TriggerRule, others: tuple[Actor, ...],
                   tokmap: dict[int, Mention], state: DocState) -> tuple[Actor, ...]:
        """The actor of a recipient slot (recipient_prep) of the rule, when it names one
        apart from ``others`` (the owners of the thing handed over)."""
        for slot in rule.target:
            if slot.startswith("prep:") and slot[5:] in self.clause_words["recipient_prep"]:
                for node in _slot_tokens(tok, slot, tokmap, rule):
                    found = self.participants.at(node, tokmap, state.memory, True)
                    if found and not any(_bare(a) or a in others for a in found):
                        return found
        return ()

    def _receiver(self, tok: Token, sources: tuple[Actor, ...], tokmap: dict[int, Mention],
                  state: DocState) -> tuple[Actor, ...]:
        """"Sierra Leone received a grant from the AfDB": the subject of a verb of receiving
        (coder_words.tsv: receive_verb) whose object is the nominal trigger is its target,
        when it is not on the source's side."""
        verb = tok.head
        if tok.dep_ not in syntax.OBJ or verb.pos_ != "VERB" or syntax.is_passive(verb) \
                or verb.lemma_.lower() not in self.words["receive_verb"]:
            return ()
        subj = syntax.subject(verb)
        found = self.participants.at(subj, tokmap, state.memory, True) if subj is not None else ()
        mine = _sides(sources)
        return found if found and not any(_bare(a) or _side(a) in mine for a in found) else ()

    def _plain_light_verb(self, tok: Token) -> Token | None:
        """The verb a nominal trigger is the object of, when that verb is no event of its
        own here ("made a plea", not "blamed the attack on X")."""
        verb = tok.head
        if tok.dep_ not in syntax.OBJ or verb.pos_ != "VERB" or syntax.is_passive(verb):
            return None
        rule = self._match(verb, "VERB")
        return verb if rule is None or rule.light else None

    # -- events -----------------------------------------------------------------------
    def _event(
        self, article: Article, index: int, text: str, start: int, tok: Token, cand: Candidate,
        src: Actor | None, tgt: Actor | None, place: Place | None, text_hash: str,
    ) -> Event:
        from eventwire.timex import resolve_event_date

        info = self.ontology.info(cand.code)
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
            evidence=Evidence(article.text[t_start : t_start + len(tok.text)], t_start,
                              t_start + len(tok.text)),
            coder_version=self.version,
            extra=(("rule", f"{cand.rule.lemma}:{cand.rule.code}@{cand.rule.line}"),),
        )


# -- helpers (pure) ---------------------------------------------------------------------
def _prefixed(code: str, prefixes: frozenset[str]) -> bool:
    return any(code.startswith(p) for p in prefixes)


def _drop_nested_nominals(found: list[Candidate], doc: Doc, violent: frozenset[str]) -> list[Candidate]:
    """"walked off the job ... in a nationwide strike": a nominal trigger inside the phrase
    of a verbal trigger of the same root is the same act, and so is one that is the
    subject of a violent verbal trigger (place_target.tsv: "a drone strike killed
    Soleimani")."""
    verbs = [(doc[c.token_i], c.code) for c in found if doc[c.token_i].pos_ == "VERB"]
    def nested(c: Candidate) -> bool:
        tok = doc[c.token_i]
        if tok.pos_ == "NOUN" and tok.dep_ == "nsubj" and any(
                v.i == tok.head.i and _prefixed(code, violent) for v, code in verbs):
            return True  # "a U.S. drone strike killed Soleimani": the verb tells the act
        return tok.pos_ == "NOUN" and any(
            code[:2] == c.code[:2] and v.left_edge.i <= tok.i <= v.right_edge.i for v, code in verbs)
    return [c for c in found if not nested(c)]


def _drop_harm_tails(found: list[Candidate], doc: Doc, roots: frozenset[str]) -> list[Candidate]:
    """"shelled the village, killing three", "opened fire on a trawler, wounding two": a
    trailing -ing clause of harm under a violent verb of the same source tells the outcome
    of one act; one event is kept, the verb's when its code is specific (194 shelling), else
    the outcome's when it names its own victim ("ambushed a patrol, killing one officer" ->
    18); with no source on either ("a car bomb exploded, killing nine") the same. A tail whose verb coded nothing stays ("clashes erupted, killing 12")."""
    at = {c.token_i: c for c in found}
    drop: set[int] = set()
    for c in found:
        tok = doc[c.token_i]
        if tok.pos_ != "VERB" or tok.tag_ != "VBG" or c.code[:2] not in roots:
            continue
        tail = tok.head if tok.dep_ == "conj" and tok.head.tag_ == "VBG" and tok.head.dep_ == "advcl" else tok
        if tail.dep_ != "advcl" or tail.left_edge.i == 0 or doc[tail.left_edge.i - 1].text != ",":
            continue
        first = at.get(tail.i) if tail.i != tok.i else None
        if first is not None and first.code[:2] in roots \
                and (_sides(c.sources) & _sides(first.sources) if c.sources else not first.sources):
            drop.add(c.token_i)  # "..., killing six civilians and wounding 17": one outcome
            continue
        head = at.get(tail.head.i)
        if head is None or head.code[:2] not in roots \
                or not (_sides(c.sources) & _sides(head.sources) if c.sources else not head.sources) \
                or (c.sources and c.targets and head.targets and not (_sides(c.targets) & _sides(head.targets))):
            continue
        outcome = head.code.endswith("0") and bool(c.targets) and len(_sides(head.sources)) < 2
        drop.add(head.token_i if outcome else c.token_i)  # "traded fire, killing two": the exchange
    return [c for c in found if c.token_i not in drop]


def _fold_harm_relatives(found: list[Candidate], doc: Doc,
                         matches: dict[int, tuple[TriggerRule, str]],
                         roots: frozenset[str]) -> list[Candidate]:
    """"the shelling of border towns by X's forces, which killed dozens": a harm verb in a
    relative clause whose antecedent phrase opens with a violent event noun tells that act's
    outcome: one event, the noun's, its empty slots filled from the clause; with no
    candidate of the noun, the clause's actors take the noun's code (the parser often hangs the clause on the phrase's last noun)."""
    at = {c.token_i: c for c in found}
    for c in found:
        noun = _violent_antecedent(doc[c.token_i], matches, roots) if c.code[:2] in roots else None
        if noun is None:
            continue
        del at[c.token_i]
        own = at.get(noun.i)
        if own is None:
            rule, code = matches[noun.i]
            at[c.token_i] = replace(c, rule=rule, code=code)
        else:  # the noun's own slots first, the clause's where it names none
            at[noun.i] = replace(own, sources=own.sources or c.sources, targets=own.targets or c.targets)
    return [at[i] for i in sorted(at)]


def _violent_antecedent(tok: Token, matches: dict[int, tuple[TriggerRule, str]],
                        roots: frozenset[str]) -> Token | None:
    if tok.dep_ != "relcl" or tok.pos_ != "VERB" or not any(
            d.dep_ in ("nsubj", "nsubjpass") and d.lower_ in ("which", "that") for d in tok.children) \
            or tok.left_edge.i == 0 or tok.doc[tok.left_edge.i - 1].text != ",":
        return None
    node = tok.head
    while True:  # up the antecedent's phrase: "the shelling of Jermuk and other towns by X"
        m = matches.get(node.i)
        if node.pos_ == "NOUN" and m is not None and m[1][:2] in roots:
            return node
        if node.dep_ not in ("pobj", "prep", "conj", "compound", "appos") or node.head.i == node.i:
            return None
        node = node.head


def _shared_subject_home(found: list[Candidate], doc: Doc) -> list[Candidate]:
    """"Garment workers marched through Phnom Penh, demanding a higher wage": a verb with
    no subject of its own shares its head verb's, and so the country that verb's
    candidate gave those same bare roles."""
    at = {c.token_i: c for c in found}
    out: list[Candidate] = []
    for c in found:
        tok = doc[c.token_i]
        head = at.get(tok.head.i) if tok.pos_ == "VERB" and tok.dep_ in ("advcl", "conj", "xcomp") \
            and not syntax.children(tok, *syntax.SUBJ) and tok.head.i != tok.i else None
        if head is not None and c.sources and all(_bare(s) for s in c.sources) \
                and {s.role for s in c.sources} == {s.role for s in head.sources} \
                and all(s.country for s in head.sources):
            c = replace(c, sources=head.sources)
        out.append(c)
    return out


def _merge_passive_giver(found: list[Candidate], doc: Doc) -> list[Candidate]:
    """"Two boats donated by the United States were handed over to the Ghanaian navy": a
    passive verb with a target but no agent, whose subject carries a participle of the same
    root with an agent but no target, is one act: the participle's source, the verb's target."""
    at = {c.token_i: c for c in found}
    drop: set[int] = set()
    out: list[Candidate] = []
    for c in found:
        tok = doc[c.token_i]
        if tok.pos_ != "VERB" or c.sources or not c.targets or not syntax.is_passive(tok):
            out.append(c)
            continue
        giver = next((g for s in syntax.children(tok, "nsubjpass") for a in syntax.children(s, "acl")
                      if (g := at.get(a.i)) is not None and g.code[:2] == c.code[:2]
                      and g.sources and not g.targets), None)
        if giver is None:
            out.append(c)
            continue
        drop.add(giver.token_i)
        out.append(replace(c, sources=giver.sources))
    return [c for c in out if c.token_i not in drop]


def _drop_possessors(actors: tuple[Actor, ...], sent: Span, tokmap: dict[int, Mention]) -> tuple[Actor, ...]:
    """"Tunisia's UGTT labour federation", "Zimbabwe's ruling ZANU-PF": a country named as
    the possessor of another actor in the same slot is that actor's home, not a second
    party (which would also make the pair's target read as "between them")."""
    if len(actors) < 2:
        return actors
    drop = []
    for t in sent:
        m = tokmap.get(t.i)
        if t.dep_ != "poss" or m is None or m.actor not in actors or m.actor.role is not None \
                or m.actor.kind != "country":
            continue
        h = t.head
        while h.i not in tokmap and h.dep_ in ("compound", "amod") and h.head.i != h.i:
            h = h.head
        owned = tokmap.get(h.i) or next((tokmap[c.i] for c in h.children  # "Tunisia's UGTT federation"
                                         if c.dep_ in ("compound", "nmod") and c.i in tokmap), None)
        if owned is not None and owned is not m and owned.actor in actors and owned.actor != m.actor \
                and owned.actor.country == m.actor.country:
            drop.append(m.actor)
    return tuple(a for a in actors if a not in drop) if drop else actors


def _drop_stray_appositions(tok: Token, sources: tuple[Actor, ...],
                            tokmap: dict[int, Mention]) -> tuple[Actor, ...]:
    """"Niger's rulers refused to receive envoys from ECOWAS, the African Union and the
    UN": actors the parser hung on a verb's preceding subject from after the verb (as an
    apposition) belong to a phrase of the verb; the subject keeps the ones named before."""
    if tok.pos_ != "VERB" or not sources:
        return sources
    subj = syntax.subject(tok)
    if subj is None or subj.i > tok.i:
        return sources
    before = actors_between(tokmap, tok.sent.start, tok.i)
    after = [m.actor for t in subj.subtree if t.i > tok.i and (m := tokmap.get(t.i)) is not None]
    if not after:
        return sources
    kept = tuple(a for a in sources if not (a in after and a not in before))
    return kept or tuple(actors_between(tokmap, subj.left_edge.i, subj.i + 1)) or sources


def _doer_named(verb: Token, tokmap: dict[int, Mention]) -> bool:
    """"were injured in clashes with Serb protesters", "killed in an Israeli strike": the
    event noun of a phrase on the verb names who did it."""
    for noun in (o for p in syntax.children(verb, "prep") for o in syntax.children(p, "pobj")):
        near = [c for c in noun.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
        near += [t for p in syntax.children(noun, "prep") if p.lemma_.lower() in ("with", "by", "from")
                 for t in p.subtree]
        if any(t.i in tokmap for n in near for t in (n.subtree if n.dep_ != "pobj" else [n])):
            return True
    return False


def _light_verb(tok: Token, preps: frozenset[str], joint: bool,
                speech: frozenset[str] = frozenset()) -> Token | None:
    """The verb whose subject carried out a nominal event: "staged a protest",
    "announced $2.6 billion in new military aid", "mobilized troops in a crackdown";
    through the prepositions of INHERIT_PREPS only (any for joint acts), never through a
    passive verb ("an inquiry was opened by X" has its own agent), nor through a
    preposition on a verb of saying ("said in a report"), except for joint acts."""
    node = tok
    for _ in range(4):
        head = node.head
        if head.i == node.i:
            return None
        if node.dep_ in ("dobj", "obj") and head.pos_ == "VERB":
            return None if syntax.is_passive(head) else head
        if node.dep_ == "pobj":
            if head.lemma_.lower() not in preps and not joint:
                return None
            node = head
            continue
        if node.dep_ == "prep" and head.pos_ == "VERB":
            # "investigators said, in attacks that ...": a speaker is not the agent of
            # the events its report mentions (but of its own talks: "said after talks with")
            return None if head.lemma_.lower() in speech and not joint else head
        if node.dep_ in ("prep", "compound", "npadvmod", "nummod", "quantmod", "appos") \
                and head.pos_ in ("NOUN", "NUM", "PROPN", "SYM"):
            node = head
            continue
        return None
    return None


def _token_mentions(doc: Doc, offset: int, mentions: Sequence[Mention]) -> dict[int, Mention]:
    """Map token index -> the mention covering it (mention offsets are article offsets)."""
    import bisect

    lo, hi = offset, offset + len(doc.text)
    inside = [m for m in mentions if m.end > lo and m.start < hi]
    if not inside:
        return {}
    from spacy.attrs import IDX, LENGTH

    cols = doc.to_array([IDX, LENGTH])
    starts = [offset + int(x) for x in cols[:, 0]]
    ends = [s + int(n) for s, n in zip(starts, cols[:, 1])]
    out: dict[int, Mention] = {}
    for m in inside:
        first = max(bisect.bisect_right(ends, m.start), 0)  # first token ending after m.start
        for i in range(first, len(starts)):
            if starts[i] >= m.end:
                break
            out[i] = m
    return out


def _slot_tokens(tok: Token, slot: str, tokmap: dict[int, Mention], rule: TriggerRule) -> list[Token]:
    is_verb = tok.pos_ == "VERB"
    if slot == "subj":
        if tok.pos_ == "ADJ" and tok.dep_ == "acomp":  # "Iran was optimistic": the copula's subject
            tok, is_verb = tok.head, True
        s = (_trailing_participle_subject(tok) or _stray_conjunct_subject(tok, tokmap)
             or syntax.subject(tok)) if is_verb \
            else syntax.subject(tok) if tok.pos_ == "AUX" else None
        if s is None and is_verb and syntax.is_passive(tok) and not syntax.participle(tok):
            # the by-phrase the parser hung on a phrase of the verb: "was recognised as a
            # state by the United States", "were imposed on officials by the EU"
            return [o for p in syntax.children(tok, "prep") for obj in syntax.children(p, "pobj")
                    for o in syntax.prep_objects(obj, "by")][:1]
        return [s] if s is not None else []
    if slot == "dobj":
        o = syntax.direct_object(tok) if is_verb else None
        return [o] if o is not None else []
    if slot == "dative":
        return syntax.children(tok, "dative", "iobj")
    if slot.startswith("prep:"):
        found = syntax.prep_objects(tok, slot[5:])
        if not found and not is_verb and tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" \
                and slot != "prep:by" and not syntax.children(tok.head, *syntax.OBJ):
            found = syntax.prep_objects(tok.head, slot[5:])  # "fighting erupted with Azerbaijan"
        if not found and not is_verb and tok.dep_ in syntax.OBJ and tok.head.pos_ == "VERB" \
                and slot == "prep:with" \
                and rule.code[:2] in load_kinds("coder_words.tsv", WORD_KINDS)["joint_root"]:
            # a joint act's partner on its light verb: "began joint patrols with the Haitian police"
            found = [o for p in syntax.children(tok.head, "prep") if p.lemma_.lower() == slot[5:]
                     for o in syntax.children(p, "pobj")]
        if not found and slot == "prep:by" and not is_verb:
            # the by-phrase the parser hung on another object of the noun: "the arrest of
            # 20 activists by police", "the provision of tanks to Ukraine by Poland"
            found = [o for p in syntax.children(tok, "prep") for obj in syntax.children(p, "pobj")
                     for o in syntax.prep_objects(obj, "by")]
        if not found and slot != "prep:by":
            found = _low_prep_objects(tok, slot[5:], is_verb)
        return found
    if slot == "poss":
        return syntax.children(tok, "poss")
    if slot == "amod":  # "Israeli airstrikes"; not a word the rule needs ("military aid")
        return [c for c in syntax.children(tok, "amod", "compound", "nmod") if c.i in tokmap
                and c.i not in {n.i for n in _need_tokens(tok, rule)}]
    return []


def _stray_conjunct_subject(tok: Token, tokmap: dict[int, Mention]) -> Token | None:
    """The subject of a conjoined verb the parser hung as a conjunct of the noun before it:
    "Azerbaijan freed 32 soldiers on Wednesday and Armenia released two in return"
    ("Armenia" a conjunct of "Wednesday"). The named actor right before a subjectless
    conjoined verb, itself after "and", is its subject."""
    if tok.dep_ != "conj" or syntax.children(tok, *syntax.SUBJ, "nsubjpass") or tok.left_edge.i < 2:
        return None
    n = tok.doc[tok.left_edge.i - 1]
    if n.dep_ != "conj" or n.i not in tokmap or n.pos_ not in ("PROPN", "NOUN") or n.head.i >= n.i \
            or n.head.dep_ in (*syntax.SUBJ, "nsubjpass") or tok.doc[n.left_edge.i - 1].dep_ != "cc":
        return None
    return n


def _trailing_participle_subject(tok: Token, through_advcl: bool = False) -> Token | None:
    """The subject of a trailing ", -ing" clause the parser hung on a verb of an embedded
    clause: the clause it is embedded in, up through complements and subjectless
    conjuncts ("urged X to stop the fighting and settle their differences, offering
    help"); with ``through_advcl``, through adverbial clauses too ("warned that it would
    fight back if Rwanda attacked it, accusing Kigali of ..."). None where the ", -ing"
    clause hangs on the main clause or is no such clause."""
    if tok.tag_ != "VBG" or tok.dep_ != "advcl" or tok.left_edge.i == 0 \
            or tok.doc[tok.left_edge.i - 1].text != ",":
        return None
    head = tok.head
    climbed = False
    while head.head.i != head.i and head.head.pos_ in ("VERB", "AUX") and head.head.i < head.i \
            and (head.dep_ in ("xcomp", "ccomp") or (through_advcl and head.dep_ == "advcl")
                 or (head.dep_ == "conj" and not syntax.children(head, *syntax.SUBJ))):
        head, climbed = head.head, True
    return syntax.subject(head) if climbed else None


def _low_prep_objects(tok: Token, prep: str, is_verb: bool) -> list[Token]:
    """A phrase of the trigger the parser hung on the noun before it: on the object of
    a noun's of-phrase ("an offer of talks from the government", "the sale of jets to
    Taiwan") or of a verb's object ("rebuffed an offer of talks from X"), on a verb's
    by-agent ("an ultimatum issued by ECOWAS to the junta")."""
    if is_verb:
        hosts = [o for a in syntax.children(tok, "agent") for o in syntax.children(a, "pobj")]
        # "rebuffed an offer of talks from Kabul": on the of-object of the verb's object
        hosts += [o for d in syntax.children(tok, *syntax.OBJ) for p in syntax.children(d, "prep")
                  if p.lemma_.lower() == "of" for o in syntax.children(p, "pobj")]
        # "donated equipment worth $10 million to Cambodia's army": on a value phrase after
        # the object (the verb's predicate adjective, the object's own, or their amount)
        values = [*syntax.children(tok, "oprd"), *(p for p in syntax.children(tok, "prep") if p.pos_ == "ADJ"),
                  *(a for d in syntax.children(tok, *syntax.OBJ)
                                                  for a in syntax.children(d, "amod") if a.i > d.i)]
        hosts += [*values, *(n for v in values for n in syntax.children(v, "npadvmod"))]
    else:
        hosts = [o for p in syntax.children(tok, "prep") if p.lemma_.lower() == "of"
                 for o in syntax.children(p, "pobj")]
    return [o for h in hosts for p in syntax.children(h, "prep") if p.lemma_.lower() == prep
            for o in syntax.children(p, "pobj")]


def _stray_conjuncts(tok: Token, node: Token, tokmap: dict[int, Mention]) -> list[Token]:
    """Actor conjuncts the parser hung on the trigger noun instead of on the object of its
    preposition: "the provision of missiles to Kyiv by Germany and the Netherlands"."""
    if tok.pos_ != "NOUN" or node.dep_ != "pobj" or node.head.head.i != tok.i:
        return []
    out, edge = [], node.right_edge.i
    for c in syntax.children(tok, "conj"):
        between = c.doc[edge + 1 : c.left_edge.i]
        if c.i > node.i and c.i in tokmap and all(t.dep_ in ("cc", "punct") for t in between):
            out.append(c)
            edge = c.right_edge.i
    return out


def _pairs(cand: Candidate, symmetric: bool, mutual: bool) -> list[tuple[Actor | None, Actor | None]]:
    sources, targets = cand.sources, cand.targets
    if targets == sources:  # "talks between A and B": both slots read the same list
        targets = ()
    if symmetric and not targets and len(sources) >= 2:  # "A and B met", "A and B signed a pact"
        # a mutual act ("A and B signed a pact", joint exercises) is each one's toward the
        # other; a meeting is one event between them (coder_words.tsv: mutual_root)
        pick = itertools.permutations if mutual else itertools.combinations
        return [(a, b) for a, b in pick(sources, 2) if a.code != b.code]
    pairs = itertools.product(sources or (None,), targets or (None,))
    return [(s, t) for s, t in pairs if s is None or t is None or s is not t]


def _np_heads(todo: list[tuple[Token, int]]) -> Iterator[tuple[Token, int]]:
    """Breadth-first over the noun-phrase heads of ``todo`` (node, depth), each head once;
    the caller may append to ``todo`` while iterating."""
    seen: set[int] = set()
    while todo:
        node, depth = todo.pop(0)
        head = syntax.np_head(node)
        if head.i not in seen:
            seen.add(head.i)
            yield head, depth


def _side(actor: Actor) -> str:
    """Whose side an actor is on: its country, else its own code (groups, IGOs)."""
    return actor.country or actor.code


def _same_body(a: Actor, b: Actor) -> bool:
    """One body and a part of it: a group or IGO code and a longer code it opens (UNO,
    UNOSC), or the same side."""
    if _side(a) == _side(b):
        return True
    short, long_ = sorted((a.code, b.code), key=len)
    return len(short) >= 3 and long_.startswith(short) and not (a.country or b.country)


def _sides(actors: Iterable[Actor]) -> set[str]:
    return {_side(a) for a in actors}


def _names_a_matter(tok: Token, matter_prep: frozenset[str], inquiry_noun: frozenset[str]) -> bool:
    """"opened an investigation *into* possible war crimes", "probed allegations *of*
    torture", "probed the deaths": the inquiry names what it looks into ("opened an
    investigation on Thursday" names nothing)."""
    nodes = [tok, *(c for c in tok.children if c.dep_ in ("dobj", "nsubjpass"))]
    return any(c.dep_ == "prep" and c.lower_ in matter_prep for n in nodes for c in n.children) \
        or any(c.dep_ == "dobj" and c.lemma_ not in inquiry_noun for c in tok.children)


def _object_names_other(tok: Token, tokmap: dict[int, Mention], src: Actor) -> bool:
    """"opened an investigation into bribes paid by Austrian firms": the trigger's own
    object or phrases (not its subject) name a party other than the source's side. Of a
    finite clause inside them only the doer counts ("claims that a Belgian firm bribed
    officials"), not the rest of the matter ("allegations that the ex-president took money
    from Libya")."""
    stack = [c for c in tok.children if c.dep_ not in SUBJECTS
             and c.dep_ not in ("agent", "punct", "cc", "conj")]
    while stack:
        t = stack.pop()
        if t.dep_ in ("acl", "relcl", "ccomp", "advcl") and (
                t.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(c.dep_ == "mark" for c in t.children)):
            stack.extend(c for c in t.children if c.dep_ in SUBJECTS)  # only its doer is a suspect
            continue
        m = tokmap.get(t.i)
        if m is not None and not _bare(m.actor) and _side(m.actor) != _side(src):
            return True
        stack.extend(t.children)
    return False


def _elaborating(tok: Token) -> bool:
    """"eased sanctions on Myanmar, lifting a ban on investment": an -ing clause that
    spells out an act with a target of its own is not aimed at the source's home."""
    head = tok.head
    return tok.dep_ == "advcl" and tok.tag_ == "VBG" and head.pos_ == "VERB" and bool(
        syntax.prep_objects(head, "on") or syntax.prep_objects(head, "against"))


def _clause_actors(tok: Token, tokmap: dict[int, Mention], sent: Span,
                   after_mark: frozenset[str]) -> list[Actor]:
    """Actors of the sentence, in order, but for those in a clause of time ("..., days
    after its president met the Russian leader") that tells of another event."""
    out: list[Actor] = []
    for i in range(sent.start, sent.end):
        m = tokmap.get(i)
        if m is None or tokmap.get(i - 1) is m:
            continue
        node = sent.doc[i]
        timed = False
        for _ in range(8):
            if node.i == tok.i or node.head.i == node.i:
                break
            if (node.dep_ in ("mark", "prep") and node.lower_ in after_mark) or any(
                    c.dep_ in ("mark", "prep") and c.lower_ in after_mark for c in node.children):
                timed = True
                break
            node = node.head
        if not timed:
            out.append(m.actor)
    return out


def _reciprocal(tok: Token, cand: Candidate) -> tuple[Candidate, bool]:
    """An act two or more sides do to one another ("accused each other", "traded
    accusations", "each side blamed the other") is coded each way between them: any target
    found is a guess where the object says "each other"; a verb of doing it each way
    ("traded") counts only where no other party is named."""
    if len(_sides(cand.sources)) < 2:
        return cand, False
    if reciprocal.reciprocal_object(tok):
        return replace(cand, targets=()), True
    return cand, not cand.targets and reciprocal.reciprocal_verb(tok)


def _mutual_sources(cand: Candidate, mutual_root: frozenset[str]) -> bool:
    """"Kyrgyz and Tajik troops fought": sources of two or more countries in a mutual act
    are each other's targets, not the place's; so are a state's forces and an armed group
    of the same country ("fighting between the army and the RSF in Khartoum")."""
    if not _prefixed(cand.code, mutual_root):
        return False
    return len(_sides(cand.sources)) >= 2 or (
        len({s.code for s in cand.sources}) >= 2 and any(s.kind == "group" for s in cand.sources))


def _between_sides(noun: Token, tokmap: dict[int, Mention]) -> tuple[Actor, ...]:
    """"fighting between the Ethiopian army and Fano militiamen": the parties of a joint
    act's "between" phrase, when it names at least two actors (none a bare role)."""
    found: list[Actor] = []
    for obj in syntax.prep_objects(noun, "between"):
        for actor in actors_between(tokmap, obj.left_edge.i, obj.right_edge.i + 1):
            if not _bare(actor) and actor not in found:
                found.append(actor)
    return tuple(found) if len({a.code for a in found}) >= 2 else ()


def _governing_verb(noun: Token) -> Token:
    """The verb whose object phrase holds ``noun`` ("announced 30 million dollars in
    humanitarian *aid* for X" -> announced), else the noun's head when it is a plain
    object, else the noun itself."""
    node = noun
    for _ in range(4):
        if node.dep_ not in (*syntax.OBJ, "pobj", "prep") or node.head.i == node.i:
            break
        node = node.head
        if node.pos_ == "VERB":
            return node
    return noun.head if noun.dep_ in syntax.OBJ else noun


def _harm_tail(clause: Token) -> bool:
    """A trailing participle with no subject of its own: ", killing 11 civilians"."""
    return clause.dep_ == "advcl" and clause.tag_ == "VBG" and not syntax.children(clause, *syntax.SUBJ)


def _clause_verb(tok: Token) -> Token | None:
    """The verb of the clause a trigger heads: itself, or the copula of a predicate
    adjective ("stood ready to help", "was prepared to buy"); None for other parts of speech."""
    if tok.pos_ == "VERB":
        return tok
    return tok.head if tok.pos_ == "ADJ" and tok.dep_ == "acomp" and tok.head.pos_ in ("VERB", "AUX") else None


def _main_clause(tok: Token, speech: frozenset[str]) -> bool:
    """The sentence's main verb, or the reported clause of a main verb of saying."""
    return tok.dep_ == "ROOT" or (tok.dep_ == "ccomp" and tok.head.dep_ == "ROOT"
                                  and tok.head.lemma_.lower() in speech)


def _own_state(actor: Actor, sources: Sequence[Actor]) -> bool:
    """``actor`` is the state (or a state organ) of sources that are all groups of its
    country: "the KRG demanded that Baghdad ...", "the shadow NUG rejected the junta's offer"."""
    return actor.kind == "country" and actor.role in (None, "GOV", "MIL") and bool(sources) \
        and all(s.kind == "group" and s.country == actor.country and s.name != actor.name for s in sources)


def _described_place(tok: Token, tokmap: dict[int, Mention], src: Actor) -> Actor | None:
    """The country whose adjective describes the object of one of the verb's (or its
    object's) prepositions: "along the Cambodian border", "near the Armenian frontier"."""
    if tok.pos_ != "VERB":
        return None
    hosts = [tok, *syntax.children(tok, *syntax.OBJ)]
    for obj in (o for h in hosts for p in syntax.children(h, "prep") for o in syntax.children(p, "pobj")):
        for adj in obj.children:
            m = tokmap.get(adj.i)
            if adj.dep_ in ("amod", "compound") and adj.i < obj.i and m is not None and tokmap.get(obj.i) is not m \
                    and m.actor.kind == "country" and m.actor.role is None and m.actor.country \
                    and m.actor.country != src.country:
                return m.actor
    return None


# prepositions whose object receives aid ("aid *for* people in Honduras", "sent troops *to* Mali")
_RECIPIENT_PREPS = frozenset({"for", "to"})


def _sole_other(actors: Sequence[Actor], src: Actor) -> Actor | None:
    """The one country (no bare role, not ``src``'s side) among ``actors``, if there is one."""
    others = [a for a in actors if a.country and a.kind in ("country", "person") and _side(a) != _side(src)]
    return others[-1] if others and len(_sides(others)) == 1 else None


def _object_names_own(tok: Token, tokmap: dict[int, Mention], src: Actor) -> bool:
    """The verb's direct object phrase names an actor of ``src``'s own side ("blamed
    Kenyan complacency"), which no slot took as the target."""
    obj = syntax.direct_object(tok)
    return obj is not None and any((m := tokmap.get(t.i)) is not None and not _bare(m.actor)
                                   and _side(m.actor) == _side(src) for t in obj.subtree)


def _home_accuser(events: list[Event], src: Actor) -> Actor | None:
    """The latest earlier accuser of ``src``'s own side by another body of any country:
    "the opposition accused the police of abducting X. The police denied involvement"."""
    for e in reversed(events):
        if e.cameo_root == "11" and e.target is not None and _side(e.target) == _side(src) \
                and e.source is not None and e.source.code != src.code and not _bare(e.source):
            return e.source
    return None


def _accuser(events: list[Event], country: str, root: str | None = "11") -> Actor | None:
    """The latest earlier accuser of ``country`` in the document (``root`` None: the
    latest to act on it at all): a denial with no target of its own answers them ("Kurti
    blamed Belgrade ... Serbia denied any role"), a vow to retaliate the last to hurt it."""
    for e in reversed(events):
        if (root is None or e.cameo_root == root) and e.target is not None and e.target.country == country \
                and e.source is not None and e.source.country and e.source.country != country:
            return e.source
    return None


def _demonym_owned(sent: Span, tokmap: dict[int, Mention]) -> list[tuple[Actor, str]]:
    """Bare roles whose own noun phrase opens with a country word that was read as a
    mention of its own: "Venezuelan state oil company PDVSA" -> the company is VEN's."""
    out: list[tuple[Actor, str]] = []
    for tok in sent:
        m = tokmap.get(tok.i)
        if m is not None and m.actor.country and m.actor.role and any(
                tokmap.get(c.i) is m for c in tok.children if c.dep_ == "amod"):
            # "Serbian tanks and artillery": the country word opens both conjuncts when the
            # second has no modifier of its own
            for conj in (c for c in tok.children if c.dep_ == "conj"):
                other = tokmap.get(conj.i)
                if other is not None and other is not m and _bare(other.actor) \
                        and other.actor.role == m.actor.role and not any(
                            c.dep_ in ("amod", "compound", "poss", "nmod", "prep", "acl", "relcl", "det")
                            for c in conj.children):
                    out.append((other.actor, m.actor.country))
        if m is None or m.actor.kind != "country" or m.actor.role or not m.actor.country \
                or tok.dep_ not in ("amod", "compound"):
            continue
        h = tok.head
        while h.i not in tokmap and h.dep_ == "compound" and h.head.i != h.i:
            h = h.head
        own = tokmap.get(h.i)
        if own is not None and own is not m and _bare(own.actor):
            out.append((own.actor, m.actor.country))
    return out


def _owned(actors: tuple[Actor, ...], owned: list[tuple[Actor, str]]) -> tuple[Actor, ...]:
    return tuple(next((with_country(a, c) for o, c in owned if o == a), a) for a in actors)


def _bare(actor: Actor | None) -> bool:
    """An actor with a role but no country: "police", "opposition leader Alexei Navalny"."""
    return actor is not None and not actor.country and actor.role is not None \
        and actor.code == actor.role


def _named_country(recent: Sequence[Actor]) -> str | None:
    """The story's country when it names no place with a locative cue: the country of the
    latest state or people named in an earlier sentence ("marched through Togo's capital.
    Security forces fired tear gas" -> TGO)."""
    return next((a.country for a in reversed(recent) if a.kind == "country" and a.country), None)


def _localise(src: Actor | None, tgt: Actor | None, place: Place | None,
              doc_country: str | None) -> tuple[Actor | None, Actor | None]:
    """A role-only actor ("protesters", "police") takes a country: the event's place's,
    else the other participant's ("Russian police detained opposition leader X"), else the
    document's last named place's."""
    def country_for(other: Actor | None) -> str | None:
        if place is not None and place.country:
            return place.country
        if other is not None and other.country:
            return other.country
        return doc_country

    if _bare(src) and (c := country_for(tgt)):
        src = with_country(src, c)  # type: ignore[arg-type]
    if _bare(tgt) and (c := country_for(src)):
        tgt = with_country(tgt, c)  # type: ignore[arg-type]
    return src, tgt


def _informative(src: Actor | None, tgt: Actor | None) -> bool:
    """An event must name at least one actor that is more than a bare role."""
    return any(a is not None and not (a.kind == "role" and not a.country) for a in (src, tgt))


def _confidence(cand: Candidate, src: Actor | None, tgt: Actor | None) -> float:
    score = 0.4 + 0.2 * (src is not None) + 0.2 * (tgt is not None)
    score += 0.1 * bool(cand.rule.needs) - 0.1 * cand.negated
    return round(min(score, 0.95), 2)


def _add(state: DocState, event: Event, nominal: bool, one_dyad: frozenset[str] = frozenset()) -> None:
    """Keep one record per event: drop exact repeats, events subsumed by a fuller one in
    the same sentence, and nominal re-mentions of an event already coded; of a root in
    ``one_dyad`` (intentions: "pledged to send troops to X and train its soldiers"), one
    per pair of sides in a sentence, a leaf code before its root's generic one."""
    def key(e: Event) -> tuple[str, str, str]:
        return e.cameo_root, e.source.code if e.source else "", e.target.code if e.target else ""

    def sides(e: Event) -> tuple[str, str]:
        return (_side(e.source) if e.source else "", _side(e.target) if e.target else "")

    k = key(event)
    for i, old in enumerate(state.events):
        ok = key(old)
        if old.sentence_index == event.sentence_index and ok[0] == k[0] and _one_source(old, event):
            if _home_aimed(event) and _aimed_abroad(old):
                return  # "imposed sanctions on X and two former prime ministers": the role
                # read as the source's own state is the same act, misread
            if _home_aimed(old) and _aimed_abroad(event):
                state.events[i] = event
                return
        if old.sentence_index == event.sentence_index and ok[0] == k[0] and k[0] in one_dyad \
                and sides(old) == sides(event) and event.source is not None and event.target is not None:
            if old.cameo.endswith("0") and not event.cameo.endswith("0"):
                state.events[i] = event
            return
        if old.sentence_index == event.sentence_index and ok[0] == k[0]:
            if ok == k or _subsumes(ok, k) or _same_countries(old, event) or (
                    ok[1] == k[1] and all(_bare(e.target) or e.event_id in state.role_targets
                                          for e in (old, event))):
                return  # ... or two role-only targets of one source's act: "refugees", "families"
            if _subsumes(k, ok):
                state.events[i] = event
                return
        elif nominal and ok == k:
            return
    state.events.append(event)


def _speaker_itself(subject: Token) -> bool:
    """A subject by which a speaker names itself or its own people: "it", "they", "we", or
    a noun they own ("its fighters", "our men")."""
    if subject.pos_ == "PRON":
        return subject.lower_ in ("it", "they", "we")
    return subject.pos_ == "NOUN" and any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our")
                                          for c in subject.children)


def _one_source(a: Event, b: Event) -> bool:
    return a.source is not None and b.source is not None and _side(a.source) == _side(b.source)


def _home_aimed(e: Event) -> bool:
    """The event's target is its source's own state: the same actor, the bare country or a
    state organ of it ("Pakistan began rounding up (PAK -> PAK) and deporting Afghans")."""
    src, tgt = e.source, e.target
    if src is None or tgt is None or not src.country or tgt.country != src.country:
        return False
    return tgt.code in (src.code, src.country) or tgt.role in load_word_list("state_roles.tsv", "role")


def _aimed_abroad(e: Event) -> bool:
    return e.source is not None and e.target is not None and _side(e.target) != _side(e.source)


def _same_countries(a: Event, b: Event) -> bool:
    """Two readings of one act: the same code with the same countries on both sides
    ("detained Uighurs and other Muslims" -> CHN -> CHN once)."""
    sides = [(x.source.country if x.source else None, x.target.country if x.target else None)
             for x in (a, b)]
    return a.cameo == b.cameo and sides[0] == sides[1] and None not in sides[0]


def _subsumes(full: tuple[str, str, str], part: tuple[str, str, str]) -> bool:
    return all(p == "" or p == f for p, f in zip(part[1:], full[1:])) and full != part
