"""Who a noun phrase names: from a slot token of the parse to Actors.

The resolver has already found actor mentions in the text (``tokmap``: token index ->
Mention). Here a slot's noun phrase is read as a whole: its own mention, coordinated heads
("UK, France and Turkey"), an appositive naming a generic head ("9 NATO member countries -
UK, ..."), an of-phrase ("the foreign ministers of India and China"), a possessor ("its
jets", "Mali's junta"), a pronoun's antecedent, or, for targets, a place standing for its
country ("shelled Kharkiv").
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cache
from typing import TYPE_CHECKING

from eventwire.coding import syntax
from eventwire.coding.modality import Proxies
from eventwire.records import Actor, Mention

if TYPE_CHECKING:
    from spacy.tokens import Token

    from eventwire.geo import PlaceResolver
    from eventwire.records import Place

PRONOUNS = {"he": "person", "she": "person", "him": "person", "her": "person", "his": "person",
            "it": "thing", "its": "thing", "they": "thing", "them": "thing", "their": "thing"}
EXPANSIONS = ("of", "from")                   # "envoys from the US", "ministers of India"
TARGET_EXPANSIONS = ("of", "from", "with", "by")  # "an agreement with the EU", "a proposal by X"


DEEP_PREPS = frozenset({"in", "on", "at", "near", "across", "around", "inside", "outside", "of"})
RECENT = 64  # how many earlier actors a pronoun may reach back to
LOYAL_WORDS = frozenset({"loyal", "link", "linked", "tie", "tied", "affiliate", "affiliated",
                         "ally", "allied"})  # "<role> loyal/linked/allied to <owner>"


@dataclass
class Memory:
    """What a document has said so far: actors in order, and the last place with a country."""

    recent: list[Actor] = field(default_factory=list)
    country: str | None = None


def _named_countries(memory: Memory, tokmap: dict[int, Mention]) -> frozenset[str]:
    """Countries of the story's actors so far and of this sentence's mentions: a place name
    shared by towns in two countries is the one in a country the story names ("protesters in
    the southern region of Puno" after "Peruvian President ..." is Puno, Peru, not Pune)."""
    found = {a.country for a in memory.recent[-RECENT:] if a.country}
    found.update(m.actor.country for m in tokmap.values() if m.actor.country)
    return frozenset(found)


class Participants:
    def __init__(self, proxies: Proxies, places: PlaceResolver,
                 act_lemmas: frozenset[str] = frozenset()) -> None:
        self.proxies = proxies
        self.places = places
        self.act_lemmas = act_lemmas  # verbs that are events of their own (trigger lemmas)
        self._context: frozenset[str] = frozenset()  # countries the story has named (place namesakes)

    def at(self, tok: Token, tokmap: dict[int, Mention], memory: Memory, target: bool) -> tuple[Actor, ...]:
        """Actors named by the noun phrase headed by ``tok`` (one per coordinated member)."""
        self._context = _named_countries(memory, tokmap)
        if tok.pos_ == "PRON":
            actor = pronoun_actor(tok, tokmap, memory)
            if actor is None:
                return ()
            # "He and Angolan President X held talks": the pronoun's partners count too
            partners = [a for c in syntax.children(tok, "conj") if c.pos_ != "PRON"
                        for a in self.at(c, tokmap, memory, target)]
            return _unique((actor, *partners))
        tok = syntax.np_head(tok)
        if (pair := _pair_referent(tok, tokmap, memory)) or (pair := _host_referent(tok, tokmap, memory)):
            return pair
        found = self._phrase(tok, tokmap, target)
        owned = ()
        if found and all(_bare_role(m.actor) for m in found) and any(
                c.dep_ == "poss" and c.pos_ != "PRON" for c in tok.children):
            # "the two countries' ambassadors from X": the possessor wins over an of/from-phrase
            bare = _unique(m.actor for m in found)
            owned = self._possessed(tok, bare, tokmap, _with_sentence(memory, tok, tokmap))
            if owned == bare:
                owned = ()
        if not owned and (not found or all(_bare_role(m.actor) for m in found)):
            for prep in TARGET_EXPANSIONS if target else EXPANSIONS:
                for p in syntax.prep_objects(tok, prep) if prep == "of" else _own_preps(tok, prep, True):
                    # "an offshoot of al-Qaeda, ISIS, ..." / "the leader of the group, X":
                    # an appositive after the of-phrase renames the whole noun phrase
                    renamed = [m for a in syntax.appositions(p) for m in self._core(a, tokmap, target)]
                    owners = renamed or self._phrase(p, tokmap, target)
                    if owners and all(_bare_role(m.actor) for m in owners):
                        # "control ... from forces loyal to President X"
                        enriched = self._placed(p, self._loyal(p, tuple(m.actor for m in owners), tokmap), tokmap)
                        owners = [replace(m, actor=a) for m, a in zip(owners, enriched)]
                    if owners:
                        found = _combine(found, owners)
                        break
                else:
                    continue
                break
        if not found and target:  # "the proposal put forward by Egypt", "allegations made by X"
            for acl in syntax.children(tok, "acl"):
                if acl.lemma_.lower() in self.act_lemmas:  # "a framework hailed by Trump": his own act
                    continue
                agent = syntax.agent(acl)
                if agent is not None and (found := self._phrase(agent, tokmap, target)):
                    break
        actors = _unique(m.actor for m in found)
        actors = self._possessed(tok, actors, tokmap, _with_sentence(memory, tok, tokmap))
        actors = self._loyal(tok, actors, tokmap)
        actors = self._placed(tok, actors, tokmap)
        if not target and actors and all(_bare_role(a) and a.role not in _state_roles() for a in actors):
            # "herdsmen killed 11 people in a raid on a village in Nigeria's Benue state":
            # people who are no state's agents belong where their clause happens
            actors = self._placed_deep(_clause_verb(tok), actors, tokmap)
        if target:  # "killed hundreds of civilians in the city of Axum"
            verb = _clause_verb(tok)
            actors = self._placed(verb, actors, tokmap)
            if verb.pos_ == "VERB":  # "massacred hundreds and torched buildings in the town of Baga"
                for other in (*syntax.children(verb, "conj"), *([verb.head] if verb.dep_ == "conj" else [])):
                    if other.pos_ != "VERB":
                        continue
                    # its own place phrase, or one on its object or at-phrase ("torched
                    # buildings in X", "detonated explosives at a church in X")
                    for node in (other, *syntax.children(other, "dobj"), *_own_preps(other, "at")):
                        actors = self._placed(node, actors, tokmap)
        if not actors and target:
            actors = self._place_as_actor(tok, tokmap) or self._possessor(tok, tokmap, memory)
        if not actors or (len(actors) == 1 and _bare_role(actors[0])):
            actors = self._named_person(tok, tokmap, actors)
        if not actors:
            actors = _own_office(tok, tokmap, memory)
        return actors

    def _named_person(self, tok: Token, tokmap: dict[int, Mention],
                      actors: tuple[Actor, ...]) -> tuple[Actor, ...]:
        """"granted asylum to Julian Assange", "killed journalist Jamal Khashoggi": a personal
        name the tables do not know is a person with a bare role (a private person, CVL, or
        the role written before the name); the coder gives it a country as any bare role."""
        if tok.pos_ != "PROPN" or tok.i in tokmap:
            return actors
        if not actors and any(c.dep_ == "det" for c in tok.children):
            return actors  # "the China-Pakistan Economic Corridor": a name of a thing
        if any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() in _not_name_words()
               for c in tok.children):
            return actors  # "the oil tanker Stena Impero": the name of a thing the noun says
        first = tok.i
        while first > 0 and tok.doc[first - 1].pos_ == "PROPN" and tok.doc[first - 1].dep_ in (
                "compound", "flat") and first - 1 not in tokmap and tok.i - first < 2:
            first -= 1
        names = tok.doc[first : tok.i + 1]
        if len(names) < 2:
            return actors
        stop = _not_name_words()
        for t in names:
            word = t.text
            if (not word[:1].isupper() or word.lower() in stop or (word.isupper() and len(word) > 1)
                    or not word.replace("-", "").replace("'", "").isalpha()):
                return actors
        if self.places.lookup(names.text) is not None:
            return actors
        role = (actors[0].role if actors else "CVL") or "CVL"
        org = _appositive_org(tok, tokmap)
        if org is not None:  # "Guillaume Andali, head of the rights division of the UN mission"
            return (Actor(code=org.code, country=org.country, role=org.role, name=f"{names.text} ({org.name})",
                          kind="person"),)
        country = _appositive_country(tok, tokmap)
        return (Actor(code=f"{country or ''}{role}", country=country, role=role, name=names.text, kind="person"),)

    def _possessor(self, tok: Token, tokmap: dict[int, Mention], memory: Memory) -> tuple[Actor, ...]:
        """"Iran's nuclear programme": with no actor of its own, a target stands for its
        named possessor (not a pronoun: "their first talks" is usually the source's own)."""
        for poss in syntax.children(tok, "poss"):
            owner = tokmap[poss.i].actor if poss.i in tokmap else None
            if owner is not None and not _bare_role(owner):
                return (owner,)
        return ()

    def owners(self, tok: Token, tokmap: dict[int, Mention]) -> tuple[Actor, ...]:
        """Actors modifying a noun a trigger rule consumed ("struck Hamas targets"):
        organisations, groups, or roles with a country; not bare adjectives."""
        found = [m for h in syntax.coordinated(tok) for m in self._core(h, tokmap, True, owned=True)]
        return _unique(m.actor for m in found if not _bare_role(m.actor))

    def _placed(self, tok: Token, actors: tuple[Actor, ...],
                tokmap: dict[int, Mention]) -> tuple[Actor, ...]:
        """"protesters in Kathmandu", "residents of Goma", "civilians in the Tigrayan city of
        Axum", "people in besieged areas of Syria": a bare role takes the country of a place
        named in its own phrase."""
        if not actors or not all(_bare_role(a) for a in actors):
            return actors
        for prep in ("in", "of", "from", "across", "near", "at"):
            for obj in syntax.prep_objects(tok, prep) if prep == "of" else _own_preps(tok, prep):
                country = self._place_country(obj, tokmap)
                inners = [*syntax.prep_objects(obj, "of"), *_own_preps(obj, "in")] if country is None else []
                for inner in inners:  # "areas of Syria", "their homes in Darfur"
                    country = self._place_country(inner, tokmap)
                    if country is not None:
                        break
                if country is not None:
                    return tuple(with_country(a, c) for c in self._listed_countries(obj, country, tokmap)
                                 for a in actors)
        return actors

    def _listed_countries(self, obj: Token, first: str, tokmap: dict[int, Mention]) -> list[str]:
        """``first`` and the countries of places coordinated with ``obj`` ("people in
        Honduras, Guatemala and Nicaragua"), each once; only conjuncts that are actor
        mentions, so that a stray name ("Serbs, Roma and Ashkali") is not read as a city."""
        out = [first]
        for conj in syntax.coordinated(obj)[1:]:
            country = self._place_country(conj, tokmap) if conj.i in tokmap else None
            if country is not None and country not in out:
                out.append(country)
        return out

    def _placed_deep(self, verb: Token, actors: tuple[Actor, ...],
                     tokmap: dict[int, Mention], depth: int = 3) -> tuple[Actor, ...]:
        """The country of the first place in a locative phrase of ``verb`` or of its object,
        followed through nested phrases and appositives ("in a raid on Kwaghir, a village in
        Benue state"); not through a clause of its own."""
        if verb.pos_ not in ("VERB", "AUX"):
            return actors
        frontier = [verb, *syntax.children(verb, "dobj")]
        for _ in range(depth):
            nxt: list[Token] = []
            for node in frontier:
                for prep in syntax.children(node, "prep"):
                    if prep.lemma_.lower() not in DEEP_PREPS:
                        continue
                    for obj in syntax.children(prep, "pobj"):
                        country = self._place_country(obj, tokmap)
                        if country is not None:
                            return tuple(with_country(a, country) for a in actors)
                        nxt.extend([obj, *syntax.appositions(obj)])
            frontier = nxt
        return actors

    def _place_country(self, obj: Token, tokmap: dict[int, Mention]) -> str | None:
        """The country of a place phrase: its proper name, else a country named in its core
        ("the Kenyan city", "areas of Syria" once followed)."""
        lo, hi = syntax.core_range(obj)
        names = [t for t in obj.doc[lo:hi] if t.pos_ == "PROPN"]
        place = self.places.lookup(obj.doc[names[0].i : names[-1].i + 1].text,
                                   context=self._context) if names else None
        if place is not None and place.country:
            return place.country
        for i in range(lo, hi):
            m = tokmap.get(i)
            if m is not None and m.actor.kind == "country" and m.actor.role is None and m.actor.country:
                return m.actor.country
        return None

    def _loyal(self, tok: Token, actors: tuple[Actor, ...],
               tokmap: dict[int, Mention]) -> tuple[Actor, ...]:
        """"forces loyal to President X", "hackers linked to Moscow": a bare role takes the
        country of whom it serves."""
        if not actors or not all(_bare_role(a) for a in actors):
            return actors
        for adj in syntax.children(tok, "amod", "acl"):
            if adj.lemma_.lower() not in LOYAL_WORDS:
                continue
            for obj in [*_own_preps(adj, "to"), *_own_preps(adj, "with")]:
                owners = [m.actor for m in self._phrase(obj, tokmap, False) if m.actor.country]
                country = owners[0].country if owners else self._place_country(obj, tokmap)
                if country:  # "linked to Moscow": a capital the resolver took for a place
                    return tuple(with_country(a, country) for a in actors)
        return actors

    def _phrase(self, tok: Token, tokmap: dict[int, Mention], target: bool) -> list[Mention]:
        heads = syntax.coordinated(tok)
        found = [m for h in heads for m in (self._core(h, tokmap, target) or (
            self._members_of(h, tokmap, target) if h.i != tok.i else []))]
        appos = [m for a in syntax.appositions(tok) for m in self._core(a, tokmap, target)]
        listed = any(c.dep_ == "conj" for a in syntax.children(tok, "appos") for c in a.children)
        named = [m for m in appos if m.actor.kind in ("group", "igo", "person")]
        own = tokmap.get(tok.i)
        if named and not listed and own is not None and own.actor.kind in ("country", "role") \
                and own.actor.role is not None:
            # "the Sudanese paramilitary Rapid Support Forces": the name, not the description
            found = named + [m for h in heads[1:] for m in self._core(h, tokmap, target)]
        elif appos and listed and tok.i in tokmap:  # "Saudi Arabia, the UAE, Bahrain and Egypt"
            found = found + appos
        elif appos and tok.i not in tokmap:       # "9 NATO member countries - UK, Australia"
            found = appos + [m for h in heads[1:] for m in self._core(h, tokmap, target)]
        return found

    def _members_of(self, head: Token, tokmap: dict[int, Mention], target: bool) -> list[Mention]:
        """A conjunct that names no actor in its core stands for its of-phrase's: "the EU
        and the members of Mercosur", "Russia and the leaders of Belarus" (a state or an
        organisation as such, not "troops" of "a withdrawal of Israeli troops")."""
        return [m for o in syntax.prep_objects(head, "of") for m in self._core(o, tokmap, target)
                if m.actor.kind in ("igo", "group") or (m.actor.kind == "country" and m.actor.role is None)]

    def _core(self, head: Token, tokmap: dict[int, Mention], target: bool,
              owned: bool = False) -> list[Mention]:
        """Mentions in the core of the noun phrase headed by ``head``. A bare country
        adjective on a head that is no actor counts only where the head stands for its
        owner ("Iraqi territory", "Iranian missiles"), not in "Chinese soil" or "Chinese
        contribution"; a possessor ("Mali's junta") always counts."""
        own = tokmap.get(head.i)
        lemma = head.lemma_.lower()
        # as a target, a country adjective counts on a noun that stands for its owner
        # ("Iraqi territory"); as a source, on anything but a place ("Palestinian
        # assailant", "Iranian missiles"; not "Chinese soil")
        if head.pos_ == "PROPN" and own is None:  # "the oil tanker Stena Impero": the tanker's
            kind = [c.lemma_.lower() for c in head.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
            lemma = kind[-1] if kind else lemma
        proxy = owned or ((lemma in self.proxies.target) if target else (
            lemma in self.proxies.source or lemma not in self.proxies.target))
        lo, hi = syntax.core_range(head)
        out: list[Mention] = []
        for i in range(lo, hi):
            m = tokmap.get(i)
            if m is None or (out and out[-1] is m):
                continue
            tok = head.doc[i]
            keep = (m is own or proxy or m.actor.role is not None or m.actor.kind != "country"
                    or tok.dep_ == "poss" or tok.head.lemma_.lower() == "lead"  # "Saudi-led"
                    or (tok.pos_ == "PROPN" and tok.dep_ == "compound" and head.pos_ == "NOUN"))
            if keep:
                out.append(m)
        if own is not None and own.actor.kind in ("group", "igo", "person"):
            # "the Sudanese paramilitary Rapid Support Forces", "Yemen's Houthi rebels":
            # a country word right before a named head only describes it
            first = next(i for i in range(lo, hi) if tokmap.get(i) is own)
            doc = head.doc
            j = first - 1
            while j >= lo and doc[j].dep_ == "case":  # "Yemen 's"
                j -= 1
            before = tokmap.get(j) if j >= lo else None
            if before is not None and before is not own and before.actor.kind == "country":
                out = [m for m in out if m is not before]
        if own is not None and not _bare_role(own.actor):
            # "former President Jair Bolsonaro": the named head, not its bare title as well
            return [m for m in out if m is own or not _bare_role(m.actor)]
        return _combine([m for m in out if m is own], [m for m in out if m is not own]) if own and \
            _bare_role(own.actor) else out

    def _possessed(self, tok: Token, actors: tuple[Actor, ...], tokmap: dict[int, Mention],
                   memory: Memory) -> tuple[Actor, ...]:
        """"its jets", "their troops": a bare role takes its possessor's country; the
        fighters or officials of a group or IGO are the group ("the Taliban said its
        fighters ...")."""
        if not actors or not all(_bare_role(a) for a in actors):
            return actors
        for poss in syntax.children(tok, "poss"):
            owner = pronoun_actor(poss, tokmap, memory, with_sentence=False) if poss.pos_ == "PRON" else (
                tokmap[poss.i].actor if poss.i in tokmap else None)
            if owner is None and poss.pos_ == "NOUN" and (pair := _pair_referent(poss, tokmap, memory)):
                # "the two countries' ambassadors": a role for each of the pair
                if all(o.country for o in pair):
                    return tuple(with_country(a, o.country) for o in pair for a in actors)
            if owner is not None and owner.kind in ("group", "igo"):
                return (owner,)
            if owner is not None and owner.country:
                return tuple(with_country(a, owner.country) for a in actors)
        return actors

    def _place_as_actor(self, tok: Token, tokmap: dict[int, Mention]) -> tuple[Actor, ...]:
        """"Russian forces shelled Kharkiv", "hit the port city of Haifa": a named place
        as the target stands for its country; an appositive may name where it is
        ("Stepanakert, the main city of Nagorno-Karabakh")."""
        appos = syntax.appositions(tok)
        for head in [tok, *syntax.prep_objects(tok, "of"), *appos,
                     *(o for a in appos for o in syntax.prep_objects(a, "of"))]:
            lo, hi = syntax.core_range(head)
            names = [t for t in head.doc[lo:hi] if t.pos_ == "PROPN"]
            if not names:
                continue
            text = head.doc[names[0].i : names[-1].i + 1].text
            if len(names) == 1 and self._surname_before(names[0], tokmap):
                continue
            place = self.places.lookup(text) or self._site_place(names)
            if place is not None and place.country:
                return (Actor(code=place.country, country=place.country, name=place.name,
                              kind="country"),)
        return self._place_referred(tok, tokmap)

    def _surname_before(self, name: Token, tokmap: dict[int, Mention]) -> bool:
        """A one-word place name written earlier in the story as the last word of a personal
        name (a capitalized name word before it that is no actor and makes no place with it)
        is that person's surname: "its rapporteur, Anais Marin ... refused to let Marin
        enter" names no Spanish town."""
        doc = name.doc
        for e in doc[: name.i]:
            if e.text != name.text or e.i == 0 or e.i in tokmap:
                continue
            prev = doc[e.i - 1]
            if prev.text[:1].isupper() and prev.i not in tokmap and prev.is_alpha and not prev.is_stop \
                    and prev.lower_ not in _context("name_stop") \
                    and self.places.lookup(f"{prev.text} {e.text}") is None \
                    and self.places.lookup(prev.text) is None:
                return True
        return False

    def _site_place(self, names: list[Token]) -> Place | None:
        """"laid a wreath at Seoul National Cemetery", "shelled Donetsk Airport": a named
        site (its last word a `name_noun` such as cemetery, airport, stadium) whose first
        words are a known place lies in that place's country."""
        if len(names) < 2 or names[-1].lower_ not in _context("name_noun"):
            return None
        for k in range(len(names) - 1, 0, -1):
            place = self.places.lookup(names[0].doc[names[0].i : names[k - 1].i + 1].text)
            if place is not None:
                return place
        return None

    def _place_referred(self, tok: Token, tokmap: dict[int, Mention]) -> tuple[Actor, ...]:
        """"M23 rebels entered the city": "the city" with no name is the last place named
        in this sentence or the one before it."""
        if tok.lemma_.lower() not in _place_nouns() or not any(
                c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return ()
        if any(c.dep_ in ("compound", "amod", "prep") for c in tok.children):
            return ()  # "the capital Sanaa", "the city of Axum": handled as names
        sent = tok.sent
        start = sent.start
        if start > 0:
            start = tok.doc[start - 1].sent.start
        doc, end = tok.doc, tok.i
        while end > start:  # proper-name runs, last first
            if doc[end - 1].pos_ != "PROPN" or end - 1 in tokmap:  # not an actor's name
                end -= 1
                continue
            first = end - 1
            while first > start and doc[first - 1].pos_ == "PROPN" and first - 1 not in tokmap:
                first -= 1
            place = self.places.lookup(doc[first:end].text)
            if place is not None and place.country and place.kind != "country":
                return (Actor(code=place.country, country=place.country, name=place.name,
                              kind="country"),)
            end = first
        return ()


@cache
def _context(kind: str) -> frozenset[str]:
    from eventwire.actors import load_actor_tables

    return load_actor_tables().words(kind)


@cache
def _state_roles() -> frozenset[str]:
    from eventwire.coding.modality import load_word_list

    return load_word_list("state_roles.tsv", "role")


def _place_nouns() -> frozenset[str]:
    return _context("place_noun")


def _appositive_org(tok: Token, tokmap: dict[int, Mention]) -> Actor | None:
    """"X, head of the human rights division of the UN mission", "X, a spokesman for the
    rebel group": an unknown person whose appositive names an IGO or group as its first
    actor (not a relative: "the wife of ...") acts for it."""
    for app in syntax.appositions(tok):
        if app.lemma_.lower() in _context("kin_noun"):
            continue
        for t in app.subtree:
            m = tokmap.get(t.i)
            if m is not None and not _bare_role(m.actor):  # "a spokesman for ...": look on
                return m.actor if m.actor.kind in ("igo", "group") else None
    return None


def _appositive_country(tok: Token, tokmap: dict[int, Mention]) -> str | None:
    """"Nadine Heredia, the wife of former Peruvian president Ollanta Humala": an unknown
    person described by an appositive takes the country of its first actor with one."""
    for app in syntax.appositions(tok):
        for t in app.subtree:
            m = tokmap.get(t.i)
            if m is not None and m.actor.country:
                return m.actor.country
    return None


@cache
def _not_name_words() -> frozenset[str]:
    """Capitalized words that are no part of a personal name: days, months, function words,
    place and institution nouns ("Economic Corridor", "Sea Shepherd" are not people)."""
    return _context("name_stop") | _context("name_noun") | _context("place_noun")


def _clause_verb(tok: Token) -> Token:
    """The verb whose clause holds the noun ``tok`` (itself when none is near)."""
    node = tok
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            return node
        node = node.head
    return node if node.pos_ in ("VERB", "AUX") else tok


def _own_preps(tok: Token, prep: str, adjacent: bool = False) -> list[Token]:
    """Objects of ``prep`` phrases on ``tok``; with ``adjacent``, also a phrase the parser
    hung on the verb right after its object ("hosted [a delegation] [from the group]")."""
    out = [o for p in syntax.children(tok, "prep", "agent") if p.lemma_.lower() == prep
           for o in syntax.children(p, "pobj")]
    if not out and adjacent and tok.dep_ == "dobj":
        after = tok.right_edge.i + 1
        out = [o for p in syntax.children(tok.head, "prep") if p.i == after and p.lemma_.lower() == prep
               for o in syntax.children(p, "pobj")]
    return out


def _bare_role(actor: Actor) -> bool:
    """A role with no country or organisation: "police", "opposition leader X"."""
    return not actor.country and actor.role is not None and actor.code == actor.role


def _combine(found: list[Mention], owners: list[Mention]) -> list[Mention]:
    """"the foreign ministers of India and China": a bare role takes each owner's country."""
    roles = [m for m in found if _bare_role(m.actor)]
    if not roles or not owners:
        return found or owners
    role = roles[0].actor
    out = [m for m in found if not _bare_role(m.actor)]
    for m in owners:
        a = m.actor
        if a.country and a.role is None and a.kind == "country":
            out.append(replace(m, actor=with_country(role, a.country)))
        else:
            out.append(m)
    return out


def with_country(actor: Actor, country: str) -> Actor:
    return replace(actor, code=country + (actor.role or ""), country=country, kind="country")


def _unique(actors: object) -> tuple[Actor, ...]:
    seen: dict[tuple[str, str | None], Actor] = {}
    for a in actors:  # type: ignore[attr-defined]
        seen.setdefault((a.code, a.name), a)
    return tuple(seen.values())


def _pair_referent(tok: Token, tokmap: dict[int, Mention], memory: Memory) -> tuple[Actor, ...]:
    """"the two leaders", "both sides", "the two countries": two actors joined by "and"
    earlier in this sentence or in the one before ("Negotiators for the Thai government
    and the BRN held talks. Both sides agreed ..."), else the last two different actors
    named before (people, states, groups; not bare roles)."""
    lemma = tok.lemma_.lower()
    if lemma not in _context("pair_noun") or (tok.i in tokmap and not _bare_role(tokmap[tok.i].actor)):
        return ()
    kids = {c.lower_: c.dep_ for c in tok.children}
    if "of" in kids or (tok.dep_ == "pobj" and lemma == "side"):
        return ()
    if not (kids.get("both") in ("det", "predet", "preconj")
            or (kids.get("two") == "nummod" and kids.get("the") == "det")):
        return ()
    pair = _coordinated_pair(tok, tokmap, lemma)
    if pair:
        return pair
    picked: list[Actor] = []
    keys: set[str] = set()
    for a in reversed(_with_sentence(memory, tok, tokmap).recent):
        if _bare_role(a) or a.kind == "role" or (a.role or "") == "MED":
            continue
        key = _pair_side(a)
        if key in keys:
            continue
        keys.add(key)
        picked.append(a)
        if len(picked) == 2:
            return (picked[1], picked[0])
    return ()


def _pair_side(a: Actor) -> str:
    """Whose side an actor is on for a pair: a group's own code (the BRN and Thailand are
    two sides), else its country, else its code."""
    return a.code if a.kind == "group" else a.country or a.code


def _pair_fits(a: Actor, lemma: str) -> bool:
    if _bare_role(a) or a.kind == "role" or (a.role or "") == "MED":
        return False
    if lemma in _context("pair_person"):
        return a.kind == "person"
    if lemma == "side":
        return True
    return a.kind == "country" and a.country is not None


def _coordinated_pair(tok: Token, tokmap: dict[int, Mention], lemma: str) -> tuple[Actor, ...]:
    """"Montenegro and Macedonia recognised Kosovo, prompting Belgrade to expel the two
    countries' envoys": two actors of the pair noun's kind joined by "and" earlier in the
    sentence (the subject's pair first), else in the sentence before; not the last two
    named."""
    sent = tok.sent
    spans = [(sent.start, tok.i)]
    if sent.start > 0:
        before = tok.doc[sent.start - 1].sent
        spans.append((before.start, before.end))
    for start, end in spans:
        best: tuple[Actor, ...] = ()
        for t in tok.doc[start:end]:
            m = tokmap.get(t.i)
            if m is None or t.dep_ == "conj":
                continue
            conjs = [c for c in syntax.children(t, "conj") if c.i < end and c.i in tokmap]
            if len(conjs) != 1:
                continue
            a, b = m.actor, tokmap[conjs[0].i].actor
            if not (_pair_fits(a, lemma) and _pair_fits(b, lemma) and _pair_side(a) != _pair_side(b)):
                continue
            pair = (a, b)
            if t.dep_ in SUBJECTS:
                return pair
            best = best or pair
        if best:
            return best
    return ()


def _host_referent(tok: Token, tokmap: dict[int, Mention], memory: Memory) -> tuple[Actor, ...]:
    """"his host", "their hosts": the last actor named before of another country than
    the guest the possessive pronoun stands for ("Kim ... assured his host" -> Putin)."""
    if tok.lemma_.lower() != "host" or tok.i in tokmap:
        return ()
    poss = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    if poss is None:
        return ()
    # the guest: the subject of the clause ("the North Korean leader assuring his host")
    verb = {"dobj": tok.head, "dative": tok.head, "pobj": tok.head.head}.get(tok.dep_)
    subj = syntax.subject(verb) if verb is not None and verb.pos_ in ("VERB", "AUX") else None
    guest = (tokmap[subj.i].actor if subj is not None and subj.i in tokmap
             else pronoun_actor(poss, tokmap, memory))
    if guest is None or not guest.country:
        return ()
    for a in reversed(_with_sentence(memory, tok, tokmap).recent):
        if not _bare_role(a) and a.kind in ("person", "country") and a.country and a.country != guest.country:
            return (a,)
    return ()


def _own_office(tok: Token, tokmap: dict[int, Mention], memory: Memory) -> tuple[Actor, ...]:
    """"his office", "her ministry" with no name of their own: the office of the actor the
    possessive pronoun stands for ("ICC prosecutor X said his office had asked ...")."""
    if tok.lower_ not in _context("own_office") or tok.i in tokmap:
        return ()
    poss = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    if poss is None or poss.lower_ in FIRST_PERSON:
        return ()
    actor = pronoun_actor(poss, tokmap, memory)
    return (actor,) if actor else ()


def _with_sentence(memory: Memory, tok: Token, tokmap: dict[int, Mention]) -> Memory:
    """The memory plus the mentions earlier in the same sentence ("Pakistan's army said
    its jets ...")."""
    earlier = actors_between(tokmap, tok.sent.start, tok.i)
    return Memory(recent=memory.recent[-RECENT:] + earlier, country=memory.country) if earlier else memory


def actors_between(tokmap: dict[int, Mention], start: int, end: int) -> list[Actor]:
    """Actors of the mentions starting in tokens [start, end), in order."""
    return [m.actor for i in range(start, end) if (m := tokmap.get(i)) is not None
            and tokmap.get(i - 1) is not m]


FIRST_PERSON = frozenset({"we", "us", "our", "ours", "i", "me", "my"})
QUOTES = frozenset({'"', "\u201c", "\u201d", "''", "``"})
SUBJECTS = ("nsubj", "nsubjpass")


def pronoun_actor(tok: Token, tokmap: dict[int, Mention], memory: Memory,
                  with_sentence: bool = True) -> Actor | None:
    """The actor a pronoun stands for: none for a first-person one (see ``quote_speaker``);
    a third-person subject pronoun continues
    the last subject of its sentence ("Russian troops pounded the town with artillery as
    they pressed ...", "the Houthis warned ..., hours before its fighters seized ...");
    otherwise the last compatible actor (``antecedent``)."""
    if tok.lower_ in FIRST_PERSON:
        # quote_speaker(tok, tokmap, memory) finds the speaker, but is not wired in yet: the
        # coder still codes '"We have no hand in this attack," X said' as an attack by X
        return None
    mem = _with_sentence(memory, tok, tokmap) if with_sentence else memory
    subject_like = tok.dep_ == "nsubj" or (tok.dep_ == "poss" and tok.head.dep_ == "nsubj")
    if subject_like and tok.lower_ in PRONOUNS:
        found = _subject_antecedent(tok, tokmap)
        if found is not None:
            return found
    return antecedent(tok, mem)


def _subject_antecedent(tok: Token, tokmap: dict[int, Mention]) -> Actor | None:
    """The subject of the nearest clause above the pronoun's own ("Russian troops shelled
    the town as they pushed on": the clause of "pushed" hangs from "shelled"), when it is
    written before the pronoun as an actor compatible with it; None otherwise."""
    want = PRONOUNS[tok.lower_]
    plural = tok.lower_ in ("they", "them", "their")
    clause = tok.head.head if tok.dep_ == "poss" else tok.head  # the pronoun's own verb
    node = clause
    for _ in range(6):
        if node.head.i == node.i:
            return None
        node = node.head
        subj = next((c for c in node.children if c.i < tok.i and _subject_like(c, node, tokmap)), None)
        if subj is None or subj.pos_ == "PRON":
            continue
        # the subject's own head ("Israeli ships" is no actor), or a name compounded or
        # possessive on it ("The United Nations mission in Mali said it ...": the UN)
        m = tokmap.get(subj.i) or next((tokmap[c.i] for c in subj.children
                                        if c.dep_ in ("compound", "poss") and c.i in tokmap), None)
        if m is None:
            continue
        a = m.actor
        if plural and a.kind == "country" and a.role is None and m.text[-1:] != "s":
            return None  # "they" is seldom a country named as such ("Iran freed ..., after they")
        if (a.kind == "person") == (want == "person") and (plural or not _bare_role(a)):
            return a
        return None  # the subject above names someone else: no guess
    return None


def _subject_like(c: Token, verb: Token, tokmap: dict[int, Mention]) -> bool:
    """A subject, or a named actor the parser hung before its verb as a modifier ("Nauru
    broke off relations": Nauru tagged npadvmod)."""
    if c.dep_ == "nsubj":
        return True
    return c.dep_ in ("npadvmod", "dep") and c.pos_ == "PROPN" and c.i < verb.i and c.i in tokmap


def quote_speaker(tok: Token, tokmap: dict[int, Mention], memory: Memory) -> Actor | None:
    """The speaker of the quotation holding ``tok``: the subject of the reporting verb the
    quoted clause hangs from ('"We have no hand in this," Taliban spokesman X told
    reporters'; 'X said: "Our patience has limits"'). None outside a quotation."""
    sent = tok.sent
    marks = [t.i for t in sent if t.text in QUOTES]
    before = [i for i in marks if i < tok.i]
    if len(before) % 2 == 0:
        return None
    open_i = before[-1]
    close_i = next((i for i in marks if i > tok.i), sent.end)

    def inside(t: Token) -> bool:
        return open_i < t.i < close_i

    node = tok
    for _ in range(12):  # climb to the first head outside the quotation
        if node.head.i == node.i or not inside(node.head):
            break
        node = node.head
    verb = node.head if node.head.i != node.i and not inside(node.head) else None
    if verb is None:  # the quoted clause is the root: the attribution hangs from it
        verb = next((c for c in node.children if not inside(c) and c.dep_ in ("parataxis", "ccomp", "advcl")
                     and c.pos_ in ("VERB", "AUX") and c.i > close_i), None)
    if verb is None:
        return None
    subj = next((c for c in verb.children if c.dep_ in SUBJECTS and not inside(c)), None)
    if subj is None:
        return None
    if subj.pos_ == "PRON":
        return None if subj.lower_ in FIRST_PERSON else pronoun_actor(subj, tokmap, memory)
    m = tokmap.get(subj.i) or next((tokmap[c.i] for c in subj.children
                                    if c.dep_ in ("compound", "amod", "poss") and c.i in tokmap), None)
    return m.actor if m is not None and not _bare_role(m.actor) else None


def antecedent(tok: Token, memory: Memory) -> Actor | None:
    """The last compatible actor for a personal pronoun ("he" -> a person; "it" -> a
    state, group or organisation; "they" -> those or a group of people such as
    "protesters"), None for pleonastic "it"."""
    word = tok.lower_
    want = PRONOUNS.get(word)
    if want is None or (word == "it" and _pleonastic(tok)):
        return None
    plural = word in ("they", "them", "their")
    for actor in reversed(memory.recent):
        if (actor.kind == "person") == (want == "person") and (plural or not _bare_role(actor)):
            return actor
    return None


def _pleonastic(tok: Token) -> bool:
    head = tok.head
    return any(c.dep_ in ("ccomp", "xcomp", "csubj") for c in head.children) and \
        head.lemma_.lower() in ("be", "know", "seem", "appear", "report", "say", "believe", "expect")


def each_pair(tok: Token, tokmap: dict[int, Mention], memory: Memory) -> tuple[Actor, ...]:
    """"Each side blamed the other", "with each army accusing the other": the two sides of a
    distributive subject are two actors joined by "and" before it in this sentence or the
    one before, else the last two different sides named (people, states, groups)."""
    pair = _coordinated_pair(tok, tokmap, "side")
    if pair:
        return pair
    picked: list[Actor] = []
    for a in reversed(_with_sentence(memory, tok, tokmap).recent):
        if _pair_fits(a, "side") and _pair_side(a) not in {_pair_side(p) for p in picked}:
            picked.append(a)
        if len(picked) == 2:
            return (picked[1], picked[0])
    return ()
