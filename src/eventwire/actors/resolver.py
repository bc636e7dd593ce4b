"""String-level actor resolver: finds actor mentions in a sentence with one Aho-Corasick
pass over a case-folded copy of the text, then applies case and context rules.

One :class:`ActorResolver` per document: it remembers the people it has seen so that later
sentences resolve "Xi" or "Rice", and picks register entries in office on ``published``.
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Callable, Iterable, Iterator

import ahocorasick

from eventwire.actors.tables import AnaphorEntry, ActorTables, OrgEntry, RegisterEntry, load_actor_tables
from eventwire.nlp.pipeline import DATELINE, dateline_end, mask_dateline
from eventwire.records import Actor, Mention

# Lexicon entry kinds, in order of precedence for one and the same span.
_PRECEDENCE = ("register", "org", "country", "adjective", "metonym", "capital", "title", "role",
               "anaphor")
_ARMED = frozenset({"REB", "RAD", "MIL", "INS", "SEP", "UAF"})  # roles of armed groups
_NONSTATE_ARMED = frozenset({"REB", "RAD", "INS", "SEP"})      # ... and of a country's rebels
_RECENT = 64  # how many earlier actors a definite description may reach back to
# roles of people in a country's society (not its state): named without a country, such a
# person belongs to the story's country ("opposition leader Maria Corina Machado")
_NOT_ORG_MEMBERS = frozenset({"CVL", "OPP", "MED", "REL", "HRI", "REF"})  # "Hamas's hostages"
_FORCES = frozenset({"REB", "RAD", "MIL", "INS", "SEP", "UAF", "COP", "SPY"})  # a state's forces
_SOCIETY = frozenset({"OPP", "CVL", "MED", "REL", "HRI", "BUS", "LAB"})
# "the Lebanese group", "the Palestinian militant group", "the Iran-backed movement": a
# described definite noun; what it may refer to by its noun (see anaphora.tsv for 'refers')
_DESCRIBED = re.compile(
    r"\b[Tt]he((?:\s+[A-Za-z][\w'\u2019\-]*){1,3}?)\s+"
    r"(group|groups|movement|militia|militias|organi[sz]ation|faction|outfit|network|alliance|bloc)\b")
_DESCRIBED_REFERS = {"group": "group", "groups": "group", "movement": "group", "faction": "group",
                     "outfit": "group", "network": "group", "militia": "armed", "militias": "armed",
                     "organisation": "org", "organization": "org", "alliance": "alliance", "bloc": "igo"}
# "the socialist leader", "the president", "the veteran prime minister": a described head of
# government (up to two lowercase words before the noun) refers back to the last person who
# heads a state ("leader": a person of any state or group; the others: a state's GOV person)
_DESCRIBED_PERSON = re.compile(
    r"\b[Tt]he((?:\s+[a-z][\w\-]*){0,2}?)\s+(leader|president|prime minister|premier)\b(?![\-\u2010\u2011'\u2019])")
# words that make the described person someone else ("the former president", "the vice president")
_OTHER_PERSON = frozenset("former late vice deputy then next future first new previous ex outgoing "
                          "incoming opposition".split())
# "the ousted president", "the detained leader": a head of government out of office (ELI)
_DEPOSED = frozenset("ousted deposed toppled overthrown detained jailed imprisoned exiled "
                     "arrested captive".split())
# "the first group freed", "the second group of hostages": an ordinal makes a batch of
# people, not an organisation
_ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth last "
                      "final next latest initial".split())
# "the other 26 leaders", "the other member states": the rest of the last-named IGO's members
_IGO_MEMBERS = re.compile(
    r"\b[Tt]he other (?:\d+ |[a-z]+(?:-[a-z]+)? )?(?:EU |NATO |member )?"
    r"(leaders|members|member states|member countries|heads of state|heads of government)\b")
_ARMED_WORDS = frozenset("militant armed rebel paramilitary jihadist islamist extremist terror "
                         "terrorist insurgent guerrilla separatist militia".split())
# capitalized words that describe rather than name ("the Western alliance", "the Shiite group")
_DESCRIPTIVE_CAPS = frozenset("western islamist islamic shiite shia sunni kurdish arab african "
                              "european asian gulf muslim christian jewish marxist maoist "
                              "jihadist militant".split())
_POSSESSIVES = frozenset("its their his her our my your".split())  # "its jets struck"
_HYPHENS = "-\u2010\u2011\u2012\u2013\u2014"
# "<Place>-based [up to 3 words] <organization role>"
_BASED = re.compile(r"((?:[A-Z][\w.']*\s){0,2}[A-Z][\w.']*?)[-\u2010\u2011]based\s+(?:[\w'\-]+\s+){0,3}")
# words that may stand between an actor and the title of its person ("Ukraine's military
# intelligence chief X", "Hamas's political chief X"), besides role modifiers and role words
_SPONSORED = re.compile(
    r"((?:[A-Z][\w.'\u2019]*\s){0,2}[A-Z][\w.'\u2019]*?)[-\u2010\u2011]([a-z]+)\s+((?:[a-z][\w-]*\s+){0,2})")
_CAP_RUN = re.compile(r"(?<![\w'\u2019.-])((?:[A-Z][\w\u2019'-]*(?<!'s)(?<!\u2019s)\s(?:(?:of|for|and|the)\s)?){1,6}[A-Z][a-z]+)\b")
_CAPITALIZED = re.compile(r"(?<![\w'-])[A-Z][\w'-]+(?:\s[A-Z][\w'-]+){0,2}")
_GANG_NAME = re.compile(r"(?<![\w'-])((?:[A-Z0-9][\w'-]*\s){1,3})$")
_BRACKET_ACRONYM = re.compile(r"\s*\(([A-Z][A-Z0-9-]{1,9})\)")
_TITLE_MODIFIERS = frozenset("intelligence political press deputy acting interim chief lead "
                             "spy counterterrorism counter-terrorism".split())
_BASED_ROLES = frozenset({"NGO", "HRI", "BUS", "MED", "EDU", "REL"})
_NAME_TOKEN = re.compile(
    r"(?:(?:al|el|ad|as|ash|an|bin|ibn|abu|ul)[-\u2010\u2011])?[A-Z\u00C0-\u00DE][\w'\u2019.\-\u2010\u2011]*"
)
# between a country word and a party name: "'s", then describing words ("Albania's main
# opposition Democratic Party", "Italy's centre-left Democratic Party")
_PARTY_GAP = re.compile(r"(?:'s)?(?:\s+(?:main|opposition|ruling|governing|largest|biggest|centre-left|"
                        r"center-left|centre-right|center-right|far-right|far-left|leftist|rightist|"
                        r"nationalist|conservative|liberal|socialist|populist|junior|coalition))*\s+")
_REGION_BEFORE = re.compile(
    r"(?:^|(?<=[\s(\"\u201c]))(?P<name>(?:[A-Z][\w.'\-]*\s){0,3}[A-Z][\w.'\-]*?)"
    r"(?:\s+(?:state|province|region|district|county|governorate|prefecture))?"
    r"(?P<gap>(?:'s|\u2019s)?(?:\s+[a-z][\w\-]*){0,2}\s+|'s|\u2019s)$")
_SENTENCE_PUNCT = ".!?:;\"'\u201c\u201d([\n"
_SENT_END = re.compile(r"[.!?][\"'\u201d\u2019)]?\s+(?=[\"'\u201c\u2018(]?[A-Z0-9])")


@dataclass(frozen=True, slots=True)
class _Entry:
    kind: str  # one of _PRECEDENCE
    surface: str  # the alias as written in the table
    strict: bool
    key: object  # iso3 / OrgEntry / RegisterEntry / TitleEntry / role code
    role: str | None = None  # metonym role


@dataclass(slots=True)
class _Span:
    start: int
    end: int
    entries: tuple[_Entry, ...]

    def first(self, *kinds: str) -> _Entry | None:
        for e in self.entries:
            if e.kind in kinds:
                return e
        return None


def _fold_char(ch: str) -> str:
    if ch in _HYPHENS or ch.isspace():
        return " "
    if ch in "\u2019\u2018`":
        return "'"
    low = ch.lower()
    if len(low) != 1:
        return ch
    if ord(low) < 128:
        return low
    base = unicodedata.normalize("NFKD", low)[:1]
    return base if base else low


def fold(text: str) -> str:
    """Same-length case/accent/hyphen folding so offsets into the fold are offsets into text."""
    return "".join(_fold_char(c) for c in text)


class _Lexicon:
    """The automaton over every alias of every table."""

    def __init__(self, tables: ActorTables) -> None:
        self.tables = tables
        entries: dict[str, list[_Entry]] = {}

        def add(surface: str, entry: _Entry) -> None:
            entries.setdefault(fold(surface), []).append(entry)

        for iso3, c in tables.countries.items():
            for a in c.names:
                add(a.text, _Entry("country", a.text, a.strict, iso3))
            for a in c.adjectives:
                add(a.text, _Entry("adjective", a.text, a.strict, iso3))
            for a, role in c.metonyms:
                add(a.text, _Entry("metonym", a.text, a.strict, iso3, role))
            if c.capital:
                add(c.capital, _Entry("capital", c.capital, True, iso3, "GOV"))
        for org in tables.organizations:
            for a in org.aliases:
                add(a.text, _Entry("org", a.text, a.strict, org))
        title_prefixes = sorted((t.lower() + " " for t in tables.titles), key=len, reverse=True)
        stops = tables.context.get("name_stop", frozenset())
        # a bare name that is also a capital, a country or a title is that ("Muscat also
        # offered", "Sultan Haitham"): the person is found by full name, then remembered
        taken = {a.text.lstrip("~").lower() for c in tables.countries.values() for a in c.names}
        taken |= {c.capital.lower() for c in tables.countries.values() if c.capital}
        taken |= {t.lower() for t in tables.titles}
        self.shadowed: set[str] = set()  # such bare names, lowercased
        for reg in tables.register:
            for alias in reg.aliases:
                # "President Xi" is the title rule's job: index the bare name only.
                low = alias.lower()
                bare = next((alias[len(p):] for p in title_prefixes if low.startswith(p)), alias)
                if bare.lower() in stops:  # "Prime Minister May" must not make "since May" a person
                    continue
                if " " not in bare and bare.lower() in taken:
                    self.shadowed.add(bare.lower())
                    continue
                add(bare, _Entry("register", bare, False, reg))
        # a group's or IGO's canonical name by code: people acting for it carry it in their
        # name ("Hassan Nasrallah (Hezbollah)"), as a group matches by name
        self.org_names: dict[str, str] = {}
        for org in tables.organizations:
            if org.kind != "media" and not org.code.startswith(tuple(tables.countries)):
                self.org_names.setdefault(org.code, org.name)
        self.by_name: dict[str, tuple[RegisterEntry, ...]] = {}
        for reg in tables.register:
            self.by_name[reg.name] = (*self.by_name.get(reg.name, ()), reg)
        for title in tables.titles.values():
            add(title.title, _Entry("title", title.title.lower(), False, title))
        for phrase, role in tables.roles.items():
            add(phrase, _Entry("role", phrase, False, role))
        for ana in tables.anaphors:
            add(ana.phrase, _Entry("anaphor", ana.phrase, False, ana))

        self.automaton = ahocorasick.Automaton()
        for key, es in entries.items():
            es.sort(key=lambda e: _PRECEDENCE.index(e.kind))
            self.automaton.add_word(key, (len(key), tuple(es)))
        self.automaton.make_automaton()

    def with_org(self, name: str, code: str) -> str:
        """A person's name with the group or IGO they act for ("Haniyeh (Hamas)")."""
        org = self.org_names.get(code)
        return f"{name} ({org})" if org and org.lower() not in name.lower() else name


@cache
def _lexicon(tables: ActorTables) -> _Lexicon:
    return _Lexicon(tables)


def _parse_published(published: str | None) -> tuple[date, date] | None:
    if not published:
        return None
    m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", published.strip())
    if not m:
        return None
    y = int(m.group(1))
    mo = int(m.group(2)) if m.group(2) else None
    d = int(m.group(3)) if m.group(3) else None
    try:
        if mo is None:
            return date(y, 1, 1), date(y, 12, 31)
        if d is None:
            nxt = date(y + (mo == 12), mo % 12 + 1, 1)
            return date(y, mo, 1), date.fromordinal(nxt.toordinal() - 1)
        return date(y, mo, d), date(y, mo, d)
    except ValueError:
        return None


def _case_ok(surface: str, found: str) -> bool:
    """Capital letters the table writes at word starts must be capitals in the text; an
    all-caps alias (US, UN, U.S.) must be all caps in the text."""
    if surface.islower() or not any(c.isalpha() for c in surface):
        return True
    letters = [c for c in surface if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return all((not s.isalpha()) or f.isupper() for s, f in zip(surface, found))
    for i, ch in enumerate(surface):
        if ch.isupper() and (i == 0 or not surface[i - 1].isalnum()) and not found[i].isupper():
            return False
    return True


class ActorResolver:
    """Finds and resolves actor mentions; one instance per document."""

    def __init__(self, tables: ActorTables | None = None, published: str | None = None) -> None:
        self.tables = tables or load_actor_tables()
        self._lex = _lexicon(self.tables)
        self._window = _parse_published(published)
        self._ctx = self.tables.context
        self._people: dict[str, Actor | None] = {}  # learned name / name token -> actor
        self._recent: list[Actor] = []  # actors of earlier mentions, in document order
        self._recent_sent: list[int] = []  # the sentence number of each of them
        self._sent_base = 0  # sentence number at the start of the current text
        self._bounds: list[int] = []  # sentence starts inside the current text
        self._places: dict[str, str] | None = None  # folded country name or capital -> ISO-3
        self._titles = frozenset(t.lower() for t in self.tables.titles)
        self._party_codes: frozenset[str] | None = None
        self._dateline: str | None = None  # the country of the story's dateline city
        self._named: set[str] = set()  # countries of country actors named so far
        self._namesakes: dict[str, tuple[tuple[str, OrgEntry], ...]] | None = None
        self._composed: list[Mention] = []
        self._composing = ""

    # ------------------------------------------------------------------ public API

    def mentions(self, text: str, offset: int = 0) -> list[Mention]:
        """Actor mentions in one sentence, non-overlapping, in text order; offsets + ``offset``.
        A leading wire dateline ("BANGKOK, Nov 9 - ") names a place, no actor: it is blanked."""
        self._read_dateline(text)
        text = mask_dateline(text)
        folded = fold(text)
        title_case = _is_title_case(text)
        self._bounds = [m.end() for m in _SENT_END.finditer(text)]
        spans = self._select(self._candidates(text, folded, title_case))
        found = self._role_names(text, self._unshadowed(self._compose(text, spans, title_case)))
        found.extend(self._remembered(text, found))
        found.sort(key=lambda m: m.start)
        found = self._described(text, found)
        found = self._described_person(text, found)
        found = self._igo_members(text, found)
        found = self._state_outlets(found)
        found = self._org_head_words(text, found)
        found = self._unknown_armed_groups(text, found)
        found = self._born_people(text, found)
        found = self._home_opposition(text, found)
        found = _described_group(text, found)
        found = _affiliates(text, found)
        found = _government_side(text, found)
        found = _members_of(text, found, self._ctx.get("member_role", frozenset()))
        found = _national_branch(text, found, self._ctx.get("national_branch", frozenset()))
        found = self._home_offices(found)
        found = _spelled_as_written(found)
        found = self._national_namesakes(found)
        placed = _of_country(text, found)
        for m in set(placed) - set(found):  # "Willem-Alexander" later in the story: the same
            name = m.actor.name or m.text
            for key in (name, *name.split()):  # forget the country-less reading first
                old = self._people.get(key)
                if old is not None and old.country is None:
                    del self._people[key]
            self.remember(name, m.actor)
        found = placed
        self._recent.extend(m.actor for m in found)
        self._named.update(m.actor.country for m in found if m.actor.kind == "country" and m.actor.country)
        self._recent_sent.extend(self._sent_of(m.start) for m in found)
        del self._recent[:-_RECENT]
        del self._recent_sent[:-_RECENT]
        self._sent_base += len(self._bounds) + 1
        return [Mention(m.start + offset, m.end + offset, m.text, m.actor) for m in found]

    def resolve(self, phrase: str) -> Actor | None:
        """The best single actor for a noun phrase: the longest mention, earliest on ties."""
        ms = self.mentions(phrase)
        if not ms:
            return None
        return max(ms, key=lambda m: (m.end - m.start, -m.start)).actor

    def remember(self, name: str, actor: Actor) -> None:
        """Teach the resolver a person (full name and each name token)."""
        self._people[name] = actor
        for tok in name.split():
            if len(tok) < 2 or tok.lower() in self._ctx.get("name_particle", ()):
                continue
            prev = self._people.get(tok, actor)
            self._people[tok] = actor if prev == actor else None  # ambiguous token -> None

    # ------------------------------------------------------------------ matching

    def _candidates(self, text: str, folded: str, title_case: bool) -> Iterator[_Span]:
        for end_idx, (length, entries) in self._lex.automaton.iter(folded):
            start, end = end_idx - length + 1, end_idx + 1
            if start > 0 and folded[start - 1].isalnum():
                continue
            if end < len(folded) and folded[end].isalnum() and folded[end - 1].isalnum():
                continue
            found = text[start:end]
            ok = tuple(e for e in entries if self._entry_ok(e, text, start, end, found, title_case))
            if ok:
                yield _Span(start, end, ok)

    def _entry_ok(self, e: _Entry, text: str, start: int, end: int, found: str, title_case: bool) -> bool:
        if e.kind != "title" and not _case_ok(e.surface, found):
            return False
        if self._dependent(text, end):
            return False
        if e.kind == "anaphor":
            noun = found.split()[-1]
            if e.surface.islower() and noun[:1].isupper() and not title_case:
                return False  # "the Group of Seven", "the Party Congress": a name
            nxt, sep = _next_word(text, end)
            return not (sep.strip() == "" and sep != "" and nxt[:1].isupper() and not title_case)
        if e.kind in ("title", "role"):
            return True
        if self._negated(text, start):
            return False
        prev_word, prev_sep = _prev_word(text, start)
        next_word, next_sep = _next_word(text, end)
        prev_cap = prev_sep.isspace() and prev_word[:1].isupper() and prev_sep != ""
        next_cap = next_sep.strip() == "" and next_sep != "" and next_word[:1].isupper()
        if e.kind in ("country", "adjective") and prev_sep == " " and prev_word[:1].isupper() and \
                prev_word.lower() in self._ctx.get("region_prefix", ()):
            return False  # "Central American University", "Latin America": a region, not the USA
        if e.kind in ("country", "adjective") and self._water_name(text, start, prev_word, prev_sep):
            return False  # "the Sea of Japan", "the Gulf of Guinea": a place, no actor
        if e.kind in ("country", "adjective") and next_sep == " " and \
                next_word.lower() in self._ctx.get("thing_head", ()):
            return False  # "in U.S. dollars", "the Chinese yuan": a currency, no actor
        if e.kind in ("capital", "metonym") or e.strict:
            if not title_case and next_cap and not (e.kind in ("country", "adjective")
                                                    and self._title_at(text, end + len(next_sep))):
                return False  # "Georgia Tech", "Jordan Peterson"; not "Georgian President X"
        if e.kind == "org" and not title_case:
            name_word = prev_word if prev_cap else ""
            if prev_word.lower() in ("and", "of", "for") and prev_sep.isspace():
                # "the National Defence and Security Council"
                before, sep = _prev_word(text, start - len(prev_sep) - len(prev_word))
                name_word = before if sep.isspace() and before[:1].isupper() else ""
                if name_word and self._known_run(text, start - len(prev_sep) - len(prev_word) - len(sep)):
                    name_word = ""  # "a joint United Nations and African Union force"
            if name_word and self._inside_name(e.surface, name_word):
                return False  # "the Ta'ang National Liberation Army" is not the ELN
        if e.kind in ("capital", "metonym") or e.strict:
            function_word = prev_word.lower() in self._ctx.get("locative", frozenset()) | self._ctx.get(
                "determiner", frozenset())
            if e.kind == "metonym":  # "in New Delhi" is no Delhi; "Putin's Kremlin", "Wednesday Kremlin" are
                function_word = function_word or prev_word.endswith(("'s", "\u2019s")) or \
                    prev_word.lower() in self._ctx.get("name_stop", frozenset()) or prev_word in self._ctx.get(
                        "name_stop", frozenset())
            if not title_case and prev_cap and not function_word:
                return False
        if e.kind in ("capital", "metonym") or (e.kind == "org" and e.strict):
            w = prev_word.lower()
            pos = start - len(prev_sep) - len(prev_word)
            if w in self._ctx.get("determiner", ()):
                w = _prev_word(text, pos)[0].lower()
                pos -= len(_prev_word(text, pos)[1]) + len(w)
            if e.kind == "capital" and w in ("and", "or") and self._after_locative(text, pos):
                return False  # "in Tehran and Riyadh": both places
            if w in ("to", "from") and (e.kind in ("capital", "metonym") or e.kind == "org") and prev_sep.isspace():
                # "switched recognition to Beijing", "criticism from Washington": the
                # government; "flew to Beijing", "his trip to Moscow": a place
                before, _ = _prev_word(text, pos)
                return before.lower() not in self._ctx.get("motion", ()) and before[:1].islower()
            if w in self._ctx.get("locative", ()):
                return False
            if e.kind == "capital" and prev_sep.strip() == "," and prev_word[:1].isupper():
                return False  # "the Great Hall of the People, Beijing": a place
        return True

    def _water_name(self, text: str, start: int, prev_word: str, prev_sep: str) -> bool:
        """A country name after a capitalized `water_feature` word and "of (the)" names a
        sea or a gulf ("the Sea of Japan", "the Gulf of Guinea", "the Strait of Hormuz")."""
        pos = start - len(prev_sep) - len(prev_word)
        if prev_word.lower() == "the" and prev_sep == " ":
            prev_word, prev_sep = _prev_word(text, pos)
            pos -= len(prev_sep) + len(prev_word)
        if prev_word != "of" or prev_sep != " ":
            return False
        word, sep = _prev_word(text, pos)
        return sep == " " and word[:1].isupper() and word.lower() in self._ctx.get("water_feature", ())

    def _title_at(self, text: str, pos: int) -> bool:
        """A title from the tables starts at ``pos`` and a capitalized name follows it
        ("President Salome Zourabichvili", "Prime Minister X")."""
        low = text[pos:pos + 60].lower()
        for title in self._titles:
            if low.startswith(title) and text[pos + len(title):pos + len(title) + 1] == " " \
                    and text[pos + len(title) + 1:pos + len(title) + 2].isupper():
                return True
        return False

    def _after_locative(self, text: str, pos: int) -> bool:
        """Capitalized words (with commas between) ending at `pos` follow a locative word:
        "in Tehran, Baghdad" + "and Riyadh"."""
        seen = False
        for _ in range(8):
            word, sep = _prev_word(text, pos)
            if not word:
                return False
            if word[:1].isupper():
                seen = True
            elif seen and word.lower() in self._ctx.get("locative", ()):
                return word.lower() not in ("to", "from")  # "condemnation from Washington and London"
            else:
                return False
            pos -= len(word) + len(sep)
            if sep.strip() not in ("", ","):
                return False
        return False

    def _known_run(self, text: str, end: int) -> bool:
        """The capitalized words ending at `end` end with a known actor name ("United
        Nations", "European Union")."""
        words: list[str] = []
        pos = end
        for k in range(4):
            word, sep = _prev_word(text, pos)
            if not word[:1].isupper() or (k > 0 and sep != " "):
                break
            words.insert(0, word)
            if self._lex.automaton.exists(fold(" ".join(words))):
                return True
            pos -= len(word) + len(sep)
        return False

    def _inside_name(self, surface: str, prev_word: str) -> bool:
        """A multiword capitalized organization name right after an unknown capitalized word
        is the tail of a longer name; a known actor word ("Lebanese Hezbollah", "U.N.
        Security Council"), a determiner or a sentence-opening word before it is no name."""
        words = surface.split()
        if len(words) < 2 or not all(w[:1].isupper() for w in words):
            return False
        word = prev_word.strip(".,'\u2019").removesuffix("'s")
        low = word.lower()
        if low in self._ctx.get("name_stop", ()) or low in self._ctx.get("determiner", ()) or \
                word in self._ctx.get("name_stop", ()) or low in self._ctx.get("locative", ()):
            return False
        return not self._lex.automaton.exists(fold(prev_word)) and not self._lex.automaton.exists(fold(word))

    def _dependent(self, text: str, end: int) -> bool:
        """"Iran-backed", "rebel-held": the actor word only qualifies another."""
        if end >= len(text) or text[end] not in _HYPHENS:
            return False
        k = end + 1
        while k < len(text) and text[k].isalpha():
            k += 1
        return text[end + 1:k].lower() in self._ctx.get("dependent_suffix", ())

    def _negated(self, text: str, start: int) -> bool:
        if start < 2 or text[start - 1] not in _HYPHENS:
            return False
        j = start - 1
        i = j
        while i > 0 and text[i - 1].isalpha():
            i -= 1
        return text[i:j].lower() in self._ctx.get("negating_prefix", ())

    @staticmethod
    def _select(cands: Iterator[_Span]) -> list[_Span]:
        """Non-overlapping spans, longest first, returned in text order."""
        chosen: list[_Span] = []
        taken = _Occupied()
        for s in sorted(cands, key=lambda s: (-(s.end - s.start), s.start)):
            if taken.overlaps(s.start, s.end):
                continue
            chosen.append(s)
            taken.add(s.start, s.end)
        return sorted(chosen, key=lambda s: s.start)

    # ------------------------------------------------------------------ composing

    def _compose(self, text: str, spans: list[_Span], title_case: bool) -> list[Mention]:
        out: list[Mention] = []
        self._composed, self._composing = out, text  # this text's mentions so far, for `_home_country`
        i = 0
        pending: list[_Span] = []  # coordinated country words waiting for a role
        while i < len(spans):
            s = spans[i]
            nxt = spans[i + 1] if i + 1 < len(spans) else None
            kinds = {e.kind for e in s.entries}
            # person: [country|org] title Name
            if "title" in kinds and s.first("title") is s.entries[0] or ("title" in kinds and kinds <= {"title", "role"}):
                person = self._person(text, spans, i, None)
                if person is not None:
                    m, i = person
                    out.append(m)
                    continue
            if kinds & {"country", "adjective", "org"} and nxt is not None and nxt.first("title"):
                if _gap(text, s.end, nxt.start) in ("", "'s", "\u2019s"):
                    person = self._person(text, spans, i + 1, s)
                    if person is not None:
                        m, i = person
                        out.append(m)
                        continue
            if kinds & {"country", "adjective"} and not s.first("register", "org"):
                iso3 = (s.first("country", "adjective")).key  # type: ignore[union-attr]
                j, role_span = self._role_after(text, spans, i)
                if role_span is not None:
                    role = _span_role(role_span)
                    for p in pending:
                        p_iso = p.first("country", "adjective").key  # type: ignore[union-attr]
                        out.append(_mention(text, p.start, p.end, Actor(f"{p_iso}{role}", p_iso, role, text[p.start:p.end], "country")))
                    pending = []
                    surface = text[s.start:role_span.end]
                    out.append(_mention(text, s.start, role_span.end, Actor(f"{iso3}{role}", iso3, role, surface, "country")))
                    i = j + 1
                    continue
                if nxt is not None and nxt.first("country", "adjective") and _is_coordinator(text[s.end:nxt.start]):
                    pending.append(s)
                    i += 1
                    continue
                out.extend(_country_mentions(text, pending))
                pending = []
                out.append(_mention(text, s.start, s.end, Actor(iso3, iso3, None, text[s.start:s.end], "country")))
                i += 1
                continue
            out.extend(_country_mentions(text, pending))
            pending = []
            if s.entries[0].kind == "anaphor":
                i = self._anaphor(text, spans, i, out)
                continue
            m = self._simple(text, s, nxt, title_case)
            if m is None:
                i += 1
                continue
            mention, consumed = m
            out.append(mention)
            i += consumed
        for p in pending:
            p_iso = p.first("country", "adjective").key  # type: ignore[union-attr]
            out.append(_mention(text, p.start, p.end, Actor(p_iso, p_iso, None, text[p.start:p.end], "country")))
        out = self._based(text, self._regional(text, self._party_prefix(text, self._prefixed(text, out))))
        return self._named_gangs(text, self._shared_parties(self._ethnic(text, self._sponsored(text, out))))

    def _named_gangs(self, text: str, out: list[Mention]) -> list[Mention]:
        """"the Gran Grif gang", "the 400 Mawozo gang": a gang or cartel word right after a
        name the tables lack is that named gang (a bare CRM role named by it, for the coder
        to place)."""
        heads = self._ctx.get("named_crime_head", frozenset())
        result: list[Mention] = []
        for m in out:
            a = m.actor
            if a.kind == "role" and a.country is None and m.text.lower() in heads:
                lo = max(0, m.start - 60)
                hit = _GANG_NAME.search(text[lo:m.start])
                words = hit.group(1).split() if hit is not None else []
                start = lo + hit.start(1) if hit is not None else m.start
                if words and any(w[:1].isupper() for w in words) and words[0] not in ("The", "A", "An") and not any(o.end > start for o in result) \
                        and words[0].lower() not in self._ctx.get("name_stop", ()) \
                        and not (len(words) == 1 and _sentence_start(text, start)):
                    m = _mention(text, start, m.end, Actor(a.code, None, a.role, text[start:m.end], "role"))
            result.append(m)
        return result

    def _shared_parties(self, out: list[Mention]) -> list[Mention]:
        """A party name many countries share (`shared_party`: "the Democratic Party") in a
        story that has not named the party's own country is the party of the story's country
        ("Mongolia's Constitutional Court rejected a petition from the Democratic Party")."""
        shared = self._ctx.get("shared_party", frozenset())
        result = []
        for m in out:
            a = m.actor
            if a.code.lower() in shared and a.country and a.country not in self._named and not any(
                    o.actor.country == a.country for o in out if o is not m):
                home = self._home_country(m.start)
                if home and home != a.country:
                    m = _mention_at(m, Actor(f"{home}PTY", home, "PTY", a.name, "country"))
            result.append(m)
        return result

    def _ethnic(self, text: str, out: list[Mention]) -> list[Mention]:
        """"ethnic Uzbek traders in Osh", "ethnic Russians": a people named as an ethnic group
        is no agent of the country of its name; it stays a bare role (CVL when it has none)
        that takes the country of its place."""
        result = []
        for m in out:
            a = m.actor
            word, sep = _prev_word(text, m.start)
            if a.kind == "country" and a.country and word.lower() in self._ctx.get("ethnic_marker", ()) \
                    and sep == " " and a.role in (None, "CVL", "BUS", "LAB", "AGR", "REF", "EDU", "HLH", "REL"):
                role = a.role or "CVL"
                m = _mention(text, m.start, m.end, Actor(role, None, role, a.name, "role"))
            result.append(m)
        return result

    def _regional(self, text: str, out: list[Mention]) -> list[Mention]:
        """A bare role word or titled person right after a region or city the gazetteer
        places in a country is of that country: "the Manipur government" (INDGOV),
        "Guerrero's governor" (MEXGOV), "Puntland forces" (SOMMIL), "Goma residents"
        (CODCVL). The place is the whole capitalized run before it (a leading "The" aside),
        optionally with "state"/"province"/"region" and "'s"; no actor mention may touch it."""
        result: list[Mention] = []
        for m in out:
            a = m.actor
            if a.country is None and a.code == a.role and a.kind in ("person", "role"):
                iso3 = self._region_before(text, m.start, result[-1].end if result else 0, a.kind == "person")
                if iso3 is not None:
                    role = a.role or ""
                    actor = Actor(f"{iso3}{role}", iso3, a.role, a.name if a.kind == "person" else a.name,
                                  a.kind if a.kind == "person" else "country")
                    if a.kind == "person" and a.name:
                        self.remember(a.name, actor)
                    m = Mention(m.start, m.end, m.text, actor)
            result.append(m)
        return result

    def _region_before(self, text: str, pos: int, floor: int, person: bool) -> str | None:
        hit = _REGION_BEFORE.search(text[max(floor, pos - 80):pos])
        if hit is None or not (self._qualifies(hit.group("gap"), person) or self._modifiers_only(hit.group("gap"))):
            return None
        words = hit.group("name").split()
        if words and words[-1].endswith(".") and words[-1].count(".") == 1 and hit.group("gap").isspace():
            return None  # "... a meeting in Port Moresby. Officials in Honiara": a sentence ended
        start = max(floor, pos - 80) + hit.start("name")
        prev, _sep = _prev_word(text, start)
        if prev[:1].isupper() and not _sentence_start(text, start):
            return None  # the tail of a longer name ("Mahmoud Abbas")
        if words and words[0] in ("The", "A", "An"):
            if not _sentence_start(text, start):
                return None
            words = words[1:]
        if not words or any(w.lower() in self._ctx.get("name_stop", ()) for w in words):
            return None
        if len(words) == 1 and words[0].lower() in self._ctx.get("role_modifier", ()):
            return None  # "Young men in Conakry ...": a modifier capitalized, not Young (Uruguay)
        from eventwire.geo import default_resolver
        place = default_resolver().lookup(" ".join(words))
        if place is None or not place.country or place.kind not in ("region", "city"):
            return None
        return place.country

    def _modifiers_only(self, gap: str) -> bool:
        """"'s"/nothing, then one or two role modifiers: "Tigray's interim administration",
        "the Puntland regional government"."""
        words = gap.replace("\u2019", "'").removeprefix("'s").split()
        mods = self._ctx.get("role_modifier", frozenset())
        return 0 < len(words) <= 2 and gap[-1:].isspace() and all(w in mods for w in words)

    def _party_prefix(self, text: str, out: list[Mention]) -> list[Mention]:
        """A party name shared by many countries ("Democratic Party", "Social Democratic
        Party", "Patriotic Front") after another country's name or adjective is that
        country's party: "Albania's opposition Democratic Party" (ALBOPP), "South Korea's
        Democratic Party" (KORPTY), "the Sweden Democrats" (SWEPTY)."""
        if self._party_codes is None:
            self._party_codes = frozenset(o.code for o in self.tables.organizations if o.kind == "party")
        result: list[Mention] = []
        for m in out:
            p = result[-1] if result else None
            a = m.actor
            if p is not None and a.code in self._party_codes and p.actor.kind == "country" and \
                    p.actor.country and p.actor.country != a.country and p.actor.role in (None, "OPP", "GOV"):
                gap = _PARTY_GAP.fullmatch(text[p.end:m.start].replace("\u2019", "'"))
                if gap is not None:
                    iso3 = p.actor.country
                    role = "OPP" if p.actor.role == "OPP" or "opposition" in gap.group(0).lower() else "PTY"
                    m = _mention(text, m.start, m.end, Actor(f"{iso3}{role}", iso3, role, a.name, "country"))
            result.append(m)
        return result

    def _qualifies(self, gap: str, person: bool) -> bool:
        """Whether the text between an actor and a following role word or titled person
        lets the actor qualify it: nothing or "'s"; before a titled person also up to two
        lowercase words ("the Taliban's chief spokesman X", "Ukraine's military
        intelligence chief X")."""
        g = gap.replace("\u2019", "'")
        if g.startswith("'s"):
            g = g[2:]
        if g.strip() == "":
            return g == "" or g.isspace()
        if not person or not g[:1].isspace() or not g[-1:].isspace():
            return False
        words = g.split()
        known = self._ctx.get("role_modifier", frozenset()) | _TITLE_MODIFIERS
        return len(words) <= 2 and all(w in known or w in self.tables.roles or w in self._titles
                                       for w in words)

    def _based(self, text: str, out: list[Mention]) -> list[Mention]:
        """"a U.S.-based Christian aid group", "a London-based rights group": an organization
        described as based in a country (or its capital) is of that country. Not a person
        ("U.S.-based cleric Fethullah Gulen" is not American)."""
        if "based" not in text:
            return out
        result = []
        for m in out:
            a = m.actor
            if a.kind == "role" and a.country is None and a.role in _BASED_ROLES:
                hit = _BASED.search(text, max(0, m.start - 80), m.start)
                words = hit.group(1).split() if hit is not None and hit.end() == m.start else []
                iso3 = next((c for k in range(len(words)) if (c := self._place_iso3(" ".join(words[k:])))), None)
                if iso3 is not None:
                    m = _mention(text, m.start, m.end, Actor(f"{iso3}{a.role}", iso3, a.role, a.name, "country"))
            result.append(m)
        return result

    def _sponsored(self, text: str, out: list[Mention]) -> list[Mention]:
        """A bare role described as run or owned by an actor ("the Hamas-run health ministry"
        -> HAM, "Kremlin-controlled television" -> RUSMED, "Chinese-owned mining companies" ->
        CHNBUS) is that actor's; an armed role described as backed by one ("Russian-backed
        forces", "Iran-backed militias") is of the backer's country (an organisation backer
        only names itself for armed roles too). The actor word itself is no mention (rule 8)."""
        if "-" not in text and not any(h in text for h in _HYPHENS):
            return out
        owner = self._ctx.get("owner_suffix", frozenset())
        sponsor = self._ctx.get("sponsor_suffix", frozenset())
        result: list[Mention] = []
        for m in out:
            a = m.actor
            if a.kind == "role" and a.country is None and a.code == a.role:
                hit = _SPONSORED.search(text, max(0, m.start - 80), m.start)
                if hit is not None and hit.end() == m.start and all(
                        w.islower() for w in hit.group(3).split()) and \
                        not any(hit.end(2) <= o.start < m.start for o in out):
                    suffix = hit.group(2).lower()
                    if suffix in owner or (suffix in sponsor and a.role in _ARMED):
                        actor = self._sponsor_actor(hit.group(1), a.role or "")
                        if actor is not None:
                            m = _mention(text, hit.start(1), m.end, actor)
                            result = [o for o in result if o.end <= m.start]
            result.append(m)
        return result

    def _sponsor_actor(self, words: str, role: str) -> Actor | None:
        """The actor a capitalized word run before "-run"/"-backed" names, with `role`."""
        parts = words.split()
        for k in range(len(parts)):
            got = self._lex.automaton.get(fold(" ".join(parts[k:])), None)
            if got is None:
                continue
            for e in got[1]:
                if e.kind not in ("country", "adjective", "metonym", "capital", "org") or \
                        not _case_ok(e.surface, " ".join(parts[k:])):
                    continue
                surface = " ".join(parts[k:])
                if e.kind == "org":
                    org = e.key
                    kind = "igo" if org.kind == "igo" else "group"  # type: ignore[attr-defined]
                    return Actor(org.code, org.country, org.role, org.name, kind)  # type: ignore[attr-defined]
                iso3 = str(e.key)
                return Actor(f"{iso3}{role}", iso3, role, surface, "country")
        return None

    def _place_iso3(self, name: str) -> str | None:
        """The country a country name or capital in the tables stands for."""
        if self._places is None:
            self._places = {}
            for iso3, c in self.tables.countries.items():
                for alias in (*(a.text.lstrip("~") for a in c.names), c.capital or ""):
                    if alias:
                        self._places.setdefault(fold(alias).lower(), iso3)
        return self._places.get(fold(name).lower())

    def _prefixed(self, text: str, out: list[Mention]) -> list[Mention]:
        """An actor written right before a role word or a titled person with no country of
        its own qualifies it: "Kremlin spokesman Dmitry Peskov" (RUSGOV), "Iran's judiciary
        chief X" (IRNJUD), "U.N. refugee agency chief X" (UNHCR), "Beijing residents"
        (CHNCVL), "the Pentagon spokesman" (USAMIL)."""
        merged: list[Mention] = []
        for m in out:
            p = merged[-1] if merged else None
            a = m.actor
            bare = a.country is None and a.code == a.role and a.kind in ("person", "role")
            if p is None or not bare or not self._qualifies(text[p.end:m.start], a.kind == "person"):
                merged.append(m)
                continue
            pa = p.actor
            if pa.kind == "country" and pa.country and (p.actor.role in (None, "GOV") or a.kind == "person"
                                                        or a.role == "GOV"):
                # the prefix's own role wins over a generic state role ("army spokesman")
                role = pa.role if pa.role not in (None, "GOV") and a.role in ("GOV", None) else a.role
                if a.kind == "role" and pa.role is None:
                    merged.append(m)  # "Syria refugees": the country+role rule's job, not ours
                    continue
                actor = Actor(f"{pa.country}{role or ''}", pa.country, role, a.name if a.kind == "person"
                              else text[p.start:m.end], a.kind if a.kind == "person" else "country")
            elif (pa.kind == "country" and pa.country and pa.role and a.kind == "role"
                  and text[p.end:m.start] == " " and text[p.start:p.end].split()[-1][:1].isupper()
                  and a.role not in _SOCIETY):
                # "U.S. Navy sailors", "Iran's Revolutionary Guards commanders": a role noun
                # right after a country's capitalized organisation name is of that organisation
                actor = Actor(pa.code, pa.country, pa.role, text[p.start:m.end], "country")
            elif pa.kind in ("igo", "group") and a.kind == "role" and a.role not in _NOT_ORG_MEMBERS \
                    and text[p.end:m.start].replace("\u2019", "'").startswith("'s"):
                # "the IMF's executive board", "Hezbollah's fighters": the organisation itself
                actor = Actor(pa.code, pa.country, pa.role, text[p.start:m.end], pa.kind)
            elif pa.kind in ("igo", "group") and a.kind == "person":
                actor = Actor(pa.code, pa.country, a.role, self._lex.with_org(a.name or "", pa.code), "person")
            else:
                merged.append(m)
                continue
            if a.kind == "person" and a.name:
                for key in [a.name, *a.name.split()]:  # forget the bare-role reading first
                    if self._people.get(key) == a:
                        del self._people[key]
                self.remember(a.name, actor)
            merged[-1] = _mention(text, p.start, m.end, actor)
        return merged

    def _simple(self, text: str, s: _Span, nxt: _Span | None, title_case: bool) -> tuple[Mention, int] | None:
        """A span on its own (register person, org, metonym, role), maybe extended."""
        e = s.entries[0]
        end, consumed = s.end, 1
        if e.kind == "register":
            reg: RegisterEntry = e.key  # type: ignore[assignment]
            if self._other_name(text, s, nxt) or self._other_surname(text, s):
                return None
            if nxt is not None and nxt.first("role") and _gap(text, s.end, nxt.start) in ("", "'s", "\u2019s"):
                role = _span_role(nxt)
                country = self._register_actor(_registered(s)).country
                if role == "GOV" and country:
                    surface = text[s.start:nxt.end]
                    return _mention(text, s.start, nxt.end, Actor(f"{country}GOV", country, "GOV", surface, "country")), 2
            actor = self._people.get(text[s.start:s.end]) or self._register_actor(
                _registered(s), former=self._former_before(text, s.start))
            self.remember(reg.name if actor.kind == "person" else actor.name or reg.name, actor)
            return _mention(text, s.start, s.end, actor), 1
        if e.kind == "org":
            org = e.key
            actor = Actor(org.code, org.country, org.role, org.name, "igo" if org.kind == "igo" else "group")  # type: ignore[attr-defined]
            if nxt is not None and _gap(text, s.end, nxt.start) == "" and nxt.first("role"):
                end, consumed = nxt.end, 2
            elif nxt is not None and nxt.first("org") and nxt.first("org").key is org:  # type: ignore[union-attr]
                gap = text[s.end:nxt.start].strip()
                if gap == "(" and text[nxt.end:nxt.end + 1] == ")":
                    end, consumed = nxt.end + 1, 2
            return _mention(text, s.start, end, actor), consumed
        if e.kind in ("metonym", "capital"):
            iso3, role = e.key, e.role or "GOV"
            return _mention(text, s.start, s.end, Actor(f"{iso3}{role}", str(iso3), role, text[s.start:s.end], "country")), 1
        role_e = s.first("role")
        if role_e is not None:
            found = text[s.start:s.end]
            if found.lower() in self._ctx.get("owned_role", ()) and \
                    _prev_word(text, s.start)[0].lower() not in _POSSESSIVES:
                return None  # "sent more air defence systems": equipment, not an actor
            nxt, nsep = _next_word(text, s.end)
            if found.lower() in self._ctx.get("attributive_role", ()) and nsep == " " and \
                    nxt.lower() in self._ctx.get("attributive_head", ()):
                return None  # "ruled out military action", "joint naval drills": a kind of thing
            if found.lower() in self._ctx.get("quantity_role", ()) and nxt.lower() == "of" and nsep == " ":
                return None  # "thousands of troops": the troops are the actor
            if found[:1].isupper() and role_e.surface.islower() and not title_case and not _sentence_start(
                    text, s.start) and not self._institution(text, s.start, s.end):
                return None  # part of a proper name ("the Great Hall of the People")
            role = str(role_e.key)
            return _mention(text, s.start, s.end, Actor(role, None, role, found, "role")), 1
        return None

    def _other_name(self, text: str, s: _Span, nxt: _Span | None) -> bool:
        """A one-word register name followed by another name token is someone else's first
        name: "Saleh al-Arouri" is not (Ali Abdullah) Saleh, "Abbas Araqchi" not (Mahmoud)
        Abbas. Not when the next word is itself an actor or a name stop ("Abbas Tuesday")."""
        if " " in text[s.start:s.end].strip() or self._people.get(text[s.start:s.end]) is not None:
            return False
        j = s.end
        if text[j:j + 1] != " ":
            return False
        m = _NAME_TOKEN.match(text, j + 1)
        if m is None or (nxt is not None and nxt.start == j + 1):
            return False
        word = m.group(0).rstrip(".,'\u2019").removesuffix("'s").removesuffix("\u2019s")
        stops = self._ctx.get("name_stop", frozenset())
        return bool(word) and word not in stops and word.lower() not in stops and word[-1:].isalpha()

    def _other_surname(self, text: str, s: _Span) -> bool:
        """A one-word register name right after an unknown capitalized name token is someone
        else's surname: "Betssy Chavez" is not (Hugo) Chavez. Not after a title, an actor
        word, a name stop, an initial ("Joseph R. Biden") or a token of the person's own names."""
        surface = text[s.start:s.end]
        if " " in surface.strip() or self._people.get(surface) is not None:
            return False
        word, sep = _prev_word(text, s.start)
        if sep != " " or not word[:1].isupper() or word.isupper() or len(word) < 3 or "." in word:
            return False
        low = word.lower()
        stops = self._ctx.get("name_stop", frozenset())
        if word in stops or low in stops or low in self._titles or low in self._ctx.get("determiner", ()):
            return False
        if self._lex.automaton.exists(fold(word)) or self._people.get(word) is not None:
            return False
        own = {t for r in _registered(s) for n in (r.name, *r.aliases) for t in n.split()}
        return word not in own

    def _anaphor(self, text: str, spans: list[_Span], i: int, out: list[Mention]) -> int:
        """A definite description ("the group", "the country's army"): the last compatible
        actor before it (earlier sentences, then this one); else its noun as a bare role.
        Appends to ``out``; returns the index of the next span."""
        s = spans[i]
        ana: AnaphorEntry = s.entries[0].key  # type: ignore[assignment]
        earlier = list(zip(self._recent_sent, self._recent)) + [(self._sent_of(m.start), m.actor) for m in out]
        nxt_word, sep = _next_word(text, s.end)
        # "the government of Chad", "the court in Istanbul": the phrase names its referent
        # (not "invaded the country in February")
        restricted = sep.strip() == "" and nxt_word.lower() == "of" and self._names_after_of(text, s.end)
        if sep.strip() == "" and nxt_word.lower() in ("in", "from", "at", "to"):
            place, _ = _next_word(text, s.end + len(sep) + len(nxt_word))
            restricted = place[:1].isupper() and place.lower() not in self._ctx.get("name_stop", ()) \
                or (nxt_word.lower() == "to" and place.lower() == "the")  # "the mission to the UN"
        actor = None if restricted else _antecedent(ana, earlier, self._sent_of(s.start))
        if actor is not None and ana.refers == "country" and ana.role == "OPP":
            # "envoys of Maduro's government and the opposition": the joined actor's country
            joined = next((m.actor for m in reversed(out) if m.actor.country
                           and _JOINED_OPP.fullmatch(text[m.end:s.start])), None)
            actor = joined or actor
        if actor is not None and ana.refers in ("country", "fixed"):
            iso3, role, end, nxt = actor.country, ana.role, s.end, i + 1
            j, role_span = self._role_after(text, spans, i)  # "the country's military"
            if role_span is not None:
                role, end, nxt = _span_role(role_span), role_span.end, j + 1
            surface = text[s.start:end]
            out.append(_mention(text, s.start, end, Actor(f"{iso3}{role or ''}", iso3, role, surface, "country")))
            return nxt
        if actor is not None:
            out.append(_mention(text, s.start, s.end, actor))
            return i + 1
        if ana.role is not None:  # nothing earlier: the noun alone, as a role word
            noun_start = s.start + len(text[s.start:s.end].split()[0]) + 1
            found = text[noun_start:s.end]
            out.append(_mention(text, noun_start, s.end, Actor(ana.role, None, ana.role, found, "role")))
        return i + 1

    def _names_after_of(self, text: str, pos: int) -> bool:
        """Whether the "of" after ``pos`` names something ("the government of Chad", "the
        court of the European Union"), not a complement ("accusing the platform of
        discriminating", "the country of origin")."""
        rest = text[pos:].split(None, 3)
        if len(rest) < 2 or rest[0].lower() != "of":
            return False
        word = rest[2] if rest[1].lower() in ("the", "a", "an") and len(rest) > 2 else rest[1]
        return word[:1].isupper() or word[:1].isdigit()

    def _described(self, text: str, found: list[Mention]) -> list[Mention]:
        """"the Palestinian militant group", "the Lebanese movement": a described group that
        names no one refers back to the last compatible actor (of that country, when a country
        word describes it); its words then make no mention of their own."""
        if "the " not in text.lower():
            return found
        for m in _DESCRIBED.finditer(text):
            words = m.group(1).split()
            if any(w.lower() in _ORDINALS for w in words):
                continue  # "the first group freed": people, not an organisation
            inside = [x for x in found if x.start < m.end() and x.end > m.start()]
            if any(x.actor.kind in ("group", "igo", "person") for x in inside):
                continue  # "the Islamic State group": named
            if any(w[:1].isupper() and not self._descriptive(w) and not any(
                    x.start <= m.start(1) + m.group(1).find(w) < x.end for x in inside) for w in words):
                continue  # an unknown capitalized word: a name ("the Adani group")
            within = tuple(x.actor.country for x in inside if x.actor.country and x.actor.kind == "country")
            refers = _DESCRIBED_REFERS[m.group(2).lower()]
            if refers in ("group", "alliance") and any(w.lower().split("-")[-1] in _ARMED_WORDS | {"backed"} for w in words):
                refers = "armed"
            ana = AnaphorEntry(m.group(0), refers, None)
            found = self._refer_back(text, found, m, lambda a: _refers_to(ana, a) and (
                not within or a.country in within))
        return found

    def _igo_members(self, text: str, found: list[Mention]) -> list[Mention]:
        """"the other 26 leaders", "the other member states": the last-named IGO (its members
        acting together), when one was named in this or the previous sentences."""
        if "other" not in text:
            return found
        for m in _IGO_MEMBERS.finditer(text):
            inside = [x for x in found if x.start < m.end() and x.end > m.start()]
            if any(x.actor.kind != "role" for x in inside):
                continue
            found = self._refer_back(text, found, m, lambda a: a.kind == "igo")
        return found

    def _described_person(self, text: str, found: list[Mention]) -> list[Mention]:
        """"the socialist leader", "the president": a bare described head of government (no
        country, no name, not "of ...") is the last person before it who heads a state or group."""
        low = text.lower()
        if "the " not in low or not any(w in low for w in ("leader", "president", "premier", "prime minister")):
            return found
        for m in _DESCRIBED_PERSON.finditer(text):
            words = m.group(1).lower().split()
            if any(w in _OTHER_PERSON or w in self._ctx.get("determiner", ()) for w in words):
                continue
            nxt, sep = _next_word(text, m.end())
            if sep.strip() == "" and nxt.lower() in ("of", "and", "or") or nxt[:1].isupper() and sep == " ":
                continue  # "the leader of Hamas", "the president Emmanuel Macron"
            inside = [x for x in found if x.start < m.end() and x.end > m.start()]
            if any(x.actor.kind != "role" or x.actor.country is not None for x in inside):
                continue  # "the Russian president": named by its country
            noun = m.group(2).lower()
            if any(w in _DEPOSED for w in words):  # "the ousted leader": the last one out of office
                found = self._refer_back(text, found, m, lambda a: a.kind == "person" and a.role == "ELI"
                                         and a.country is not None)
                continue
            found = self._refer_back(text, found, m, lambda a: a.kind == "person" and (
                a.role == "GOV" and a.country is not None
                or noun == "leader" and a.role in ("OPP", "REB", "RAD", "IGO")))
        return found

    def _refer_back(self, text: str, found: list[Mention], m: re.Match[str],
                    fits: Callable[[Actor], bool]) -> list[Mention]:
        """The mentions with those inside ``m`` replaced by one mention of the last actor
        named before it that ``fits`` (unchanged when there is none)."""
        earlier = self._recent + [x.actor for x in found if x.end <= m.start()]
        actor = next((a for a in reversed(earlier) if fits(a)), None)
        if actor is None:
            return found
        out = [x for x in found if not (x.start < m.end() and x.end > m.start())]
        out.append(_mention(text, m.start(), m.end(), actor))
        out.sort(key=lambda x: x.start)
        return out

    def _descriptive(self, word: str) -> bool:
        """A capitalized word that describes: "Shiite", "Iran-backed", "Saudi-led"."""
        low = word.lower()
        if low in _DESCRIPTIVE_CAPS or low in _ARMED_WORDS:
            return True
        base = low.rsplit("-", 1)
        return len(base) == 2 and (base[1] in self._ctx.get("dependent_suffix", ()) or base[1] == "led")

    def _institution(self, text: str, start: int, end: int) -> bool:
        """A capitalized institution ("the Supreme Court ruled", "stormed Parliament"), not
        the head of a longer name ("the Army of the Holy Land")."""
        if text[start:end].lower() not in self._ctx.get("institution", ()):
            return False
        prev, psep = _prev_word(text, start)
        if prev[:1].isupper() and psep.isspace() and prev.lower() not in self._ctx.get("determiner", ()):
            return False  # "the Party Congress", "Hall of the People's Army"
        word, sep = _next_word(text, end)
        if word.lower() == "of" and sep.strip() == "":
            pos = end + len(sep) + len(word)
            nxt, sep2 = _next_word(text, pos)
            if nxt.lower() in ("the", "a", "an"):
                nxt, _ = _next_word(text, pos + len(sep2) + len(nxt))
            return not nxt[:1].isupper()
        return True

    def _role_after(self, text: str, spans: list[_Span], i: int) -> tuple[int, _Span | None]:
        """The role span following country span ``i`` (modifiers or "'s" allowed between)."""
        if i + 1 >= len(spans):
            return i, None
        nxt = spans[i + 1]
        if not nxt.first("role", "title") or nxt.first("country", "adjective", "org", "register"):
            return i, None
        gap = text[spans[i].end:nxt.start]
        words = gap.replace("\u2019", "'").split()
        if words and words[0] in ("'s",):
            words = words[1:]
        elif gap.startswith(("'s", "\u2019s")):
            words = gap[2:].split()
        mods = self._ctx.get("role_modifier", frozenset())
        if len(words) > 3 or any(w.lower() not in mods for w in words):
            return i, None
        if gap.strip() and not gap[:1].isspace() and not gap.startswith(("'", "\u2019")):
            return i, None
        return i + 1, nxt

    def _person(self, text: str, spans: list[_Span], ti: int, prefix: _Span | None) -> tuple[Mention, int] | None:
        """A title at span ``ti`` followed by a personal name; ``prefix`` a country/org before it."""
        title_span = spans[ti]
        title = title_span.first("title").key  # type: ignore[union-attr]
        name_end, tokens, reg = self._name_after(text, title_span.end, spans)
        start = prefix.start if prefix is not None else title_span.start
        next_i = ti + 1
        while next_i < len(spans) and spans[next_i].start < name_end:
            next_i += 1
        former = self._former_before(text, start)
        if not tokens:
            if prefix is None or not prefix.first("country", "adjective"):
                return None
            iso3 = prefix.first("country", "adjective").key  # type: ignore[union-attr]
            role = "ELI" if former else title.role
            surface = text[start:title_span.end]
            return _mention(text, start, title_span.end, Actor(f"{iso3}{role}", iso3, role, surface, "country")), ti + 1
        name = " ".join(tokens)
        known = self._people.get(name)
        if known is not None and known.country is None and prefix is not None and reg is None:
            for key in [name, *name.split()]:  # first named without a country: the prefix tells
                if self._people.get(key) == known:
                    del self._people[key]
            known = None
        if known is not None:
            actor = known
        elif reg is not None:
            actor = self._register_actor(reg, former=former)
            org_prefix = prefix.first("org") if prefix is not None else None
            if org_prefix is not None and actor.kind == "person" and actor.name:
                # "Renamo leader Ossufo Momade": the register's person, named with the group
                org = org_prefix.key
                actor = Actor(actor.code, actor.country, actor.role,
                              self._lex.with_org(actor.name, org.code), "person")  # type: ignore[attr-defined]
        else:
            actor = self._people.get(name) or None
            if actor is None:
                country, code_prefix = title.country, None
                if prefix is not None:
                    ce = prefix.first("country", "adjective")
                    if ce is not None:
                        country = str(ce.key)
                    else:
                        org = prefix.first("org").key  # type: ignore[union-attr]
                        country, code_prefix = org.country, org.code
                role = "ELI" if former else title.role
                if country is None and code_prefix is None and (role in _SOCIETY or role == "ELI"):
                    # "opposition leader Maria Corina Machado", "former attorney-general X"
                    country = self._home_country(start)
                elif prefix is None and title.role == "LEG" and country is not None and country not in self._named and not any(
                        m.actor.country == country for m in self._composed):
                    # a legislator's title's default country ("congressman": USA) the story never named
                    # yields to the story's country ("Brazil's Supreme Court convicted former
                    # congressman X")
                    country = self._home_country(start) or country
                code = code_prefix or f"{country or ''}{role}"
                actor = Actor(code, country, role, self._lex.with_org(name, code), "person")
        self.remember(name, actor)
        return _mention(text, start, name_end, actor), next_i

    def _sent_of(self, pos: int) -> int:
        """The document sentence number of offset ``pos`` of the current text."""
        return self._sent_base + bisect.bisect_right(self._bounds, pos)

    def _state_outlets(self, found: list[Mention]) -> list[Mention]:
        """"North Korea cut the lines, state media said": state media without a country are
        the outlets of the country the sentence is about (the first one named as such before
        them), else of the story's last country."""
        outlets = self._ctx.get("state_outlet", frozenset())
        out = []
        for m in found:
            if m.actor.kind == "role" and m.actor.country is None and m.text.lower() in outlets:
                named = [p.actor for p in found if p.start < m.start and p.actor.country
                         and p.actor.kind in ("country", "person")]
                topic = next((a.country for a in named if a.role in (None, "GOV")), None) or \
                    next((a.country for a in named), None)  # "Iranian forces seized ..."
                iso3 = topic or self._story_country()
                if iso3:
                    m = _mention_at(m, Actor(f"{iso3}{m.actor.role}", iso3, m.actor.role, m.text, "country"))
            out.append(m)
        return out

    def _read_dateline(self, text: str) -> None:
        """Remember the country of a leading wire dateline's city ("PRISTINA, Feb 27 - ")."""
        if self._sent_base or not dateline_end(text):  # the story's opening only
            return
        m = DATELINE.match(text)
        place = m.group("caps") or m.group("name") if m is not None else None
        if place:
            self._dateline = self._place_iso3(place.strip().rstrip("."))

    def _home_offices(self, found: list[Mention]) -> list[Mention]:
        """A titled person of a state office named without a country ("Foreign Minister X
        thanked Dhaka" in a story datelined PRISTINA) holds it in the dateline's country, once
        the story has named that country as such before."""
        home = self._dateline
        if home is None:
            return found
        out = []
        for m in found:
            a = m.actor
            if a.kind == "person" and a.country is None and a.role and a.code == a.role \
                    and a.role not in _SOCIETY and a.role != "ELI" and (home in self._named or any(
                        p.start < m.start and p.actor.kind == "country" and p.actor.country == home
                        for p in found)):
                actor = Actor(f"{home}{a.role}", home, a.role, a.name, "person")
                name = a.name or m.text
                for key in (name, *name.split()):  # forget the country-less reading
                    if key in self._people and self._people[key] == a:
                        del self._people[key]
                self.remember(name, actor)
                m = _mention_at(m, actor)
            out.append(m)
        return out

    def _home_opposition(self, text: str, found: list[Mention]) -> list[Mention]:
        """"Opposition parties demanded Pashinyan's resignation": a bare opposition with no
        country is the opposition of the country the sentence is about (the first country or
        its government named before it in the sentence), else of the story's last country."""
        out = []
        for m in found:
            a = m.actor
            if a.kind == "role" and a.role == "OPP" and a.country is None:
                named = [p.actor for p in found if p.start < m.start and p.actor.country
                         and p.actor.kind in ("country", "person") and p.actor.role in (None, "GOV")]
                joined = next((p.actor.country for p in reversed(found) if p.end <= m.start and p.actor.country
                               and _JOINED_OPP.fullmatch(text[p.end:m.start])), None)
                iso3 = joined or (named[0].country if named else self._story_country())
                if iso3:
                    m = _mention_at(m, Actor(f"{iso3}OPP", iso3, "OPP", m.text, "country"))
            out.append(m)
        return out

    def _born_people(self, text: str, found: list[Mention]) -> list[Mention]:
        """"convicted Rwandan-born Sadi Bugingo": a personal name right after "<country
        word>-born" is a private person (CVL) of that country, remembered for the story."""
        if "born" not in text:
            return found
        out = list(found)
        stops = self._ctx.get("name_stop", frozenset())
        for m in _BORN.finditer(text):
            got = self._lex.automaton.get(fold(m.group(1)), None)
            iso3 = next((e.key for e in got[1] if e.kind in ("country", "adjective")), None) if got else None
            names = m.group(2).split()
            while names and names[-1].lower() in stops:
                names.pop()
            if not iso3 or len(names) < 2 or any(w.lower() in stops for w in names) \
                    or any(x.start < m.end() and m.start(2) < x.end for x in found):
                continue
            name = " ".join(names)
            end = m.start(2) + len(name)
            if text[m.start(2):end] != name:
                continue
            actor = Actor(f"{iso3}CVL", str(iso3), "CVL", name, "person")
            self.remember(name, actor)
            out.append(Mention(m.start(1), end, text[m.start(1):end], actor))
        out.sort(key=lambda x: x.start)
        return out

    def _org_head_words(self, text: str, found: list[Mention]) -> list[Mention]:
        """"Forum leaders said ..." after the Pacific Islands Forum: a capitalized `org_head`
        word standing alone (no capitalized word touching it) is the last organisation of the
        story whose name ends in it; a member word right after it ("leaders", "members")
        joins it."""
        heads = self._ctx.get("org_head", frozenset())
        if not heads:
            return found
        out = list(found)
        for m in _org_head_re(heads).finditer(text):
            word = m.group(1)
            if any(x.start < m.end(1) and m.start(1) < x.end for x in found):
                continue
            prev, sep = _prev_word(text, m.start(1))
            nxt, _ = _next_word(text, m.end(1))
            if (prev[:1].isupper() and prev != "The" and not sep.strip().startswith((".", "!", "?"))) \
                    or nxt[:1].isupper() \
                    or sep.strip() in ("-", "'"):
                continue
            earlier = [p.actor for p in found if p.end <= m.start(1)][::-1] + self._recent[::-1]
            org = next((a for a in earlier if a.kind in ("igo", "group") and a.name and " " in a.name
                        and a.name.split()[-1] == word), None)
            if org is None:
                continue
            end = m.end(1)
            if nxt.lower() in self._ctx.get("member_role", frozenset()) and text[end:end + 1] == " " \
                    and text.startswith(nxt, end + 1):
                end += 1 + len(nxt)  # "Forum leaders", "Alliance members"
                out = [x for x in out if not (x.start < end and m.end(1) < x.end)]
            out.append(Mention(m.start(1), end, text[m.start(1):end], org))
        out.sort(key=lambda x: x.start)
        return out

    def _national_namesakes(self, found: list[Mention]) -> list[Mention]:
        """An organisation name that another country's organisation shares ("Trades Union
        Congress": Britain's, and Ghana's, listed as "Ghana Trades Union Congress") is that
        country's when the story has named it and not the row's own country."""
        if self._namesakes is None:
            self._namesakes = _namesake_index(self.tables)
        if not self._namesakes or not any(m.actor.kind in ("group", "igo") for m in found):
            return found
        named = self._named | {p.actor.country for p in found if p.actor.kind == "country" and p.actor.country}
        if self._dateline:
            named.add(self._dateline)
        out = []
        swapped: dict[Actor, Actor] = {}  # "... the Trades Union Congress. The union ...": the same
        for m in found:
            a = m.actor
            others = self._namesakes.get(" ".join(fold(m.text).lower().split())) if a.kind in ("group", "igo") else None
            if others and a.country not in named:
                fits = [(iso3, org) for iso3, org in others if iso3 in named and org.code != a.code]
                if len(fits) == 1:
                    iso3, org = fits[0]
                    swapped[a] = Actor(org.code, iso3, org.role, org.name, "igo" if org.kind == "igo" else "group")
            if a in swapped:
                m = _mention_at(m, swapped[a])
            out.append(m)
        return out

    def _unknown_armed_groups(self, text: str, found: list[Mention]) -> list[Mention]:
        """A capitalized name the tables lack that ends in an armed organisation word (Army,
        Front, Movement, Organisation...) and holds a rebel word (Liberation, Independence,
        Resistance...) is an armed group: "the West Papua National Liberation Army",
        "the Ta'ang National Liberation Army" (REB; its country from a country word or
        gazetteer place in the name, else the story's). A known organisation ending the name
        keeps it ("Colombia's National Liberation Army" is the ELN); an acronym in brackets
        after it names the group later in the story."""
        heads = self._ctx.get("armed_name_head", frozenset())
        cues = self._ctx.get("armed_name_cue", frozenset())
        if not heads or not any(c in text.lower() for c in cues):
            return found
        out = list(found)
        for hit in _CAP_RUN.finditer(text):
            words = hit.group(1).split()
            start, end = hit.start(1), hit.end(1)
            if words[0] in ("The", "A", "An") and len(words) > 2:
                start += len(words[0]) + 1
                words = words[1:]
            if words[-1].lower() not in heads or len(words) < 3 or \
                    not any(w.lower() in cues for w in words[1:-1] + words[:1]):
                continue
            first = self._lex.automaton.get(fold(words[0]), None)
            if words[0].lower() in self._ctx.get("name_stop", ()) or (
                    first is not None and any(e.kind in ("role", "title", "anaphor") for e in first[1])):
                continue  # "Rebels of the ...": no name
            inside = [m for m in out if m.start < end and m.end > start]
            if any(m.end == end and m.actor.kind in ("igo", "group") for m in inside) or \
                    any(m.start < start or m.end > end for m in inside):
                continue  # a known group ends it, or a mention crosses it
            iso3 = next((m.actor.country for m in inside if m.actor.kind == "country" and m.actor.country), None)
            name = text[start:end]
            if iso3 is None:
                iso3 = self._lead_place(words) or self._story_country()
            actor = Actor(f"{iso3}REB" if iso3 else "REB", iso3, "REB", name, "group")
            acro = _BRACKET_ACRONYM.match(text, end)
            if acro is not None:
                self._people[acro.group(1)] = actor
                end = acro.end()
            out = [m for m in out if m not in inside]
            out.append(_mention(text, start, end, actor))
        return sorted(out, key=lambda m: m.start)

    def _lead_place(self, words: list[str]) -> str | None:
        """The country of a gazetteer place the leading words of a name make ("West Papua")."""
        from eventwire.geo import default_resolver

        places = default_resolver()
        for n in range(min(3, len(words) - 1), 0, -1):
            place = places.lookup(" ".join(words[:n]))
            if place is not None and place.country:
                return place.country
        return None

    def _role_names(self, text: str, found: list[Mention]) -> list[Mention]:
        """"his Chilean counterpart Antonia Urrejola", "opposition candidate Venancio
        Mondlane", "Party leader Ilan Shor": a singular role word (with or without a country)
        right before a personal name of two or more words the tables lack names that person,
        who is remembered for the rest of the story ("Urrejola welcomed ...")."""
        from eventwire.geo import default_resolver

        out: list[Mention] = []
        for k, m in enumerate(found):
            a = m.actor
            last = m.text.split()[-1].lower() if m.text.split() else ""
            if a.kind in ("country", "role") and a.role and a.code.endswith(a.role) and \
                    not (last.endswith("s") and not last.endswith("ss")) and text[m.end:m.end + 1] == " ":
                end, tokens, _ = self._name_after(text, m.end, [])
                nxt = found[k + 1].start if k + 1 < len(found) else len(text)
                name = " ".join(tokens)
                things = self._ctx.get("name_noun", frozenset()) | self._ctx.get("place_noun", frozenset()) | \
                    self._ctx.get("armed_name_head", frozenset()) | self._ctx.get("institution_head", frozenset())
                if len(tokens) >= 2 and end <= nxt and default_resolver().lookup(name) is None \
                        and not self._lex.automaton.exists(fold(name)) and \
                        not any(t.lower() in things for t in tokens):
                    actor = Actor(a.code, a.country, a.role, name, "person")
                    if a.country is None and a.role in _SOCIETY:  # "opposition candidate X"
                        home = self._home_country(m.start)
                        if home:
                            actor = Actor(f"{home}{a.role}", home, a.role, name, "person")
                    self.remember(name, actor)
                    m = _mention(text, m.start, end, actor)
            out.append(m)
        return out

    def _home_country(self, before: int) -> str | None:
        """The country a person named at ``before`` with no country of its own belongs to:
        the first country (as such or one of its civil organs, or a head of its government)
        named earlier in this text -- not its forces: "Ugandan troops killed activist X" says
        nothing of X's country --, else the story's last country."""
        for m in self._composed:
            a = m.actor
            if m.start < before and a.country and ((a.kind == "country" and a.role not in _FORCES)
                                                   or (a.kind == "person" and a.role == "GOV")):
                return a.country
        for w in _CAPITALIZED.finditer(self._composing, 0, before):  # "a court in Bucharest found ..."
            iso3 = self._place_iso3(w.group(0))
            if iso3 is not None:
                return iso3
        return self._story_country()

    def _story_country(self) -> str | None:
        """The country of the last country actor of earlier sentences: where an opposition
        leader or an activist named without a country comes from."""
        return next((a.country for a in reversed(self._recent) if a.kind == "country" and a.country), None)

    def _name_after(self, text: str, pos: int, spans: list[_Span]
                    ) -> tuple[int, list[str], tuple[RegisterEntry, ...] | None]:
        """Personal-name tokens after ``pos``: (end, tokens, register entries if one matched)."""
        for s in spans:
            if s.start > pos and text[pos:s.start].strip() == "" and s.start - pos <= 2:
                if s.first("register") and not self._other_name(text, s, None):
                    end = s.end
                    return end, text[s.start:end].split(), _registered(s)
                if s.first("country", "adjective", "org", "title", "metonym", "capital"):
                    return pos, [], None
        stops = self._ctx.get("name_stop", frozenset())
        particles = self._ctx.get("name_particle", frozenset())
        tokens: list[str] = []
        end = pos
        i = pos
        held: list[str] = []
        while len(tokens) < 3:
            j = i
            while j < len(text) and text[j] == " ":
                j += 1
            if j == i or j >= len(text):
                break
            m = _NAME_TOKEN.match(text, j)
            if m is None:
                w = re.match(r"[a-z]+", text[j:])
                if tokens and w and w.group(0) in particles:
                    held.append(w.group(0))
                    i = j + len(w.group(0))
                    continue
                break
            tok = m.group(0)
            possessive = False
            for suf in ("'s", "\u2019s"):
                if tok.endswith(suf):
                    tok, possessive = tok[: -len(suf)], True
            while tok.endswith((".", "'", "\u2019", "-")) and not re.fullmatch(r"[A-Z]\.", tok):
                tok = tok[:-1]
            if not tok or tok in stops or tok.lower() in stops:
                break
            tokens.extend(held)
            held = []
            tokens.append(tok)
            end = j + len(tok)
            i = j + len(m.group(0))
            if possessive or m.group(0) != tok and not m.group(0).endswith("."):
                break
        return end, tokens, None

    def _former_before(self, text: str, start: int) -> bool:
        word, sep = _prev_word(text, start)
        return bool(sep) and sep.isspace() and word.lower() in self._ctx.get("former_marker", ())

    def _register_actor(self, regs: tuple[RegisterEntry, ...], *, former: bool = False) -> Actor:
        """The actor a register name stands for on the document's date. ``regs``: the rows
        of every person the name can be ("Kabila": father, then son); the one in office on
        the date wins, else the last one in office before it, as a former leader (ELI)."""
        names = {r.name for r in regs}
        entries = [r for name in names for r in self._lex.by_name.get(name, ())]
        window = self._window
        if window is None:
            current = [r for r in entries if r.end is None] or entries
            best = max(current, key=lambda r: r.start or date.min)
            if former:
                return _eli(best, self._lex.with_org(best.name, best.code))
            return Actor(best.code, best.country, best.role, self._lex.with_org(best.name, best.code), "person")
        lo, hi = window
        active = [r for r in entries if (r.start or date.min) <= hi and (r.end or date.max) >= lo]
        if active and not former:
            best = max(active, key=lambda r: r.start or date.min)
            return Actor(best.code, best.country, best.role, self._lex.with_org(best.name, best.code), "person")
        before = [r for r in entries if (r.start or date.min) <= hi] or entries
        last = max(before, key=lambda r: r.start or date.min)
        return _eli(last, self._lex.with_org(last.name, last.code))

    def _unshadowed(self, found: list[Mention]) -> list[Mention]:
        """A capital that is also the surname of a person already named in full in this
        story is that person ("Joseph Muscat ... Muscat said")."""
        out = []
        for m in found:
            person = self._people.get(m.text) if m.text.lower() in self._lex.shadowed else None
            out.append(_mention_at(m, person) if person is not None and person.kind == "person" else m)
        return out

    def _remembered(self, text: str, found: list[Mention]) -> list[Mention]:
        """Capitalized names learned earlier in the document, outside other mentions."""
        if not self._people:
            return []
        out: list[Mention] = []
        taken = _Occupied((m.start, m.end) for m in found)
        for m in re.finditer(r"[A-Z][\w'\u2019\-]*(?:\s+[A-Z][\w'\u2019\-]*){0,2}", text):
            words = list(re.finditer(r"[A-Z][\w\-]*", m.group(0)))
            k = 0
            while k < len(words):
                hit = None
                for n in range(min(3, len(words) - k), 0, -1):
                    a, b = m.start() + words[k].start(), m.start() + words[k + n - 1].end()
                    name = " ".join(w.group(0) for w in words[k:k + n])
                    actor = self._people.get(name)
                    if actor is not None and not taken.overlaps(a, b):
                        hit = (a, b, actor, n)
                        break
                if hit is None:
                    k += 1
                    continue
                a, b, actor, n = hit
                out.append(Mention(a, b, text[a:b], actor))
                taken.add(a, b)
                k += n
        return out


# ---------------------------------------------------------------------- helpers


class _Occupied:
    """Character ranges already taken, kept disjoint and sorted, so an overlap test is one
    binary search (a scan over every range made long texts quadratic)."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        for a, b in sorted(spans):
            if self._ends and a < self._ends[-1]:  # overlapping input ranges: keep their union
                self._ends[-1] = max(self._ends[-1], b)
            else:
                self._starts.append(a)
                self._ends.append(b)

    def overlaps(self, a: int, b: int) -> bool:
        """Whether [a, b) meets a taken range (only the one starting last before b can)."""
        i = bisect.bisect_left(self._starts, b)
        return i > 0 and self._ends[i - 1] > a

    def add(self, a: int, b: int) -> None:
        """Take [a, b), which must not overlap a taken range. Ranges that start at the
        same place stay ordered by end, so the last one starting before b is the widest."""
        i = bisect.bisect_left(self._starts, a)
        while i < len(self._starts) and self._starts[i] == a and self._ends[i] <= b:
            i += 1
        self._starts.insert(i, a)
        self._ends.insert(i, b)


def _country_mentions(text: str, spans: list[_Span]) -> list[Mention]:
    """Mentions of the countries named by held-back spans ("Iraqi, Kurds and ...")."""
    out = []
    for p in spans:
        iso = p.first("country", "adjective").key  # type: ignore[union-attr]
        out.append(_mention(text, p.start, p.end, Actor(iso, iso, None, text[p.start:p.end], "country")))
    return out


def _antecedent(ana: AnaphorEntry, earlier: list[tuple[int, Actor]], current: int | None = None) -> Actor | None:
    """The actor in ``earlier`` ((sentence number, actor) in document order) that the
    description ``ana`` refers to: the last compatible one; for a country, the first country
    named as such in the last sentence that names one (the sentence's topic: "Japan's economy
    grew as exports to China rose. The country's central bank ..." is Japan)."""
    refers = ana.refers
    if refers == "fixed":
        if any(a.country in ana.countries for _, a in earlier):
            iso3 = ana.countries[0]
            return Actor(iso3, iso3, None, iso3, "country")
        return None
    if refers == "country":
        if ana.countries:  # "the kingdom", "the emirate": only a country of that kind
            earlier = [(n, a) for n, a in earlier if a.country in ana.countries]
        # a country named as such (or its government, a person) before its agents: "Russian
        # forces invaded the country" is not Russia
        named = [(n, a) for n, a in earlier if a.country and (
            a.kind == "person" or (a.kind == "country" and a.role in (None, "GOV")))]
        # an agent of a state earlier in this sentence acts on the description, which is
        # another state's ("The Palestinian foreign ministry thanked the government"): the
        # topic of an earlier sentence, when there is one
        if current is not None and any(n < current for n, _ in named):
            named = [(n, a) for n, a in named if n < current or a.role is None]
        if named:
            last = named[-1][0]
            return next(a for n, a in named if n == last)
        return next((a for _, a in reversed(earlier) if a.country and a.kind in ("country", "person")), None)
    if refers in ("group", "armed", "alliance"):
        # the topic group: the first one named in the last sentence that names one ("The
        # Three Brotherhood Alliance, made up of ... and the Arakan Army, launched ... The
        # group says ..." is the alliance)
        fits = [(n, a) for n, a in earlier if _refers_to(ana, a)]
        if fits:
            last = fits[-1][0]
            return next(a for n, a in fits if n == last)
    for _, a in reversed(earlier):
        if _refers_to(ana, a):
            return a
    if refers == "party":  # rule 56: no party named: an armed movement that is one ("SPLM-IO")
        return next((a for _, a in reversed(earlier) if a.kind == "group" and a.role in _ARMED), None)
    return None


def _refers_to(ana: AnaphorEntry, a: Actor) -> bool:
    refers = ana.refers
    if refers == "armed":
        return (a.kind == "group" and a.role in _ARMED) or (
            a.kind == "country" and a.country is not None and a.role in _NONSTATE_ARMED)
    if refers == "group":
        return a.kind == "group" and a.role != "MED"
    if refers == "party":
        return a.kind == "group" and a.role in ("PTY", "OPP")
    if refers == "igo":
        return a.kind == "igo"
    if refers == "alliance":  # NATO, or a group named an alliance ("Three Brotherhood Alliance")
        name = (a.name or "").lower()  # NATO, CSTO: named a treaty organisation or alliance
        return a.kind in ("igo", "group") and ("alliance" in name or "treaty" in name)
    if refers == "org":
        return a.kind in ("igo", "group")
    if refers == "same":
        return a.role == ana.role and (a.country is not None or a.kind in ("igo", "group"))
    if refers == "state":
        return a.role == ana.role and a.country is not None and a.kind in ("country", "person")
    if refers == "person":
        return a.kind == "person" and a.role == ana.role
    return False


def _registered(s: _Span) -> tuple[RegisterEntry, ...]:
    return tuple(e.key for e in s.entries if e.kind == "register")  # type: ignore[misc]


def _eli(reg: RegisterEntry, name: str | None = None) -> Actor:
    """A former office holder: an elite of the country; a leader of an armed group stays
    the group's ("Haniyeh" between two offices)."""
    if reg.country is None and reg.role in ("REB", "RAD"):
        return Actor(reg.code, None, reg.role, name or reg.name, "person")
    return Actor(f"{reg.country or ''}ELI", reg.country, "ELI", reg.name, "person")


_BRANCH = re.compile(r"\s+(affiliates?|branch(?:es)?|offshoots?|wings?|franchises?|chapters?|factions?|cells?)\b")


def _described_group(text: str, found: list[Mention]) -> list[Mention]:
    """"the paramilitary Rapid Support Forces", "the rebel M23": a bare role word right
    before a named group or party describes it and is no actor of its own."""
    drop = {i for i in range(len(found) - 1)
            if (found[i].actor.kind == "role" and found[i].actor.country is None
                or _describes(found[i].actor, found[i + 1].actor))
            and found[i + 1].actor.kind in ("group", "party")
            and _GROUP_GAP.fullmatch(text[found[i].end:found[i + 1].start])}
    return [m for i, m in enumerate(found) if i not in drop]


_GROUP_GAP = re.compile(r" (?:(?:armed |militant |rebel )?(?:group|movement|militia|organi[sz]ation|faction|outfit) )?")


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def _spelled_as_written(found: list[Mention]) -> list[Mention]:
    """A person the tables spell with accents ("Jimmy Chérizier") written without them in
    the text ("Cherizier") is named without them, as the story spells it."""
    out = []
    for m in found:
        a = m.actor
        if a.kind == "person" and a.name and not a.name.isascii() and m.text.isascii() \
                and any(ch.isalpha() and not ch.isascii() for ch in a.name):
            m = _mention_at(m, Actor(a.code, a.country, a.role, _ascii(a.name), a.kind))
        out.append(m)
    return out


def _describes(a: Actor, group: Actor) -> bool:
    """"the Iraqi militia Kataib Hezbollah": a country's armed role right before a named
    group of that country (or of none) describes the group."""
    return a.kind == "country" and a.role in _ARMED and a.country is not None and \
        group.country in (None, a.country) and a.code == f"{a.country}{a.role}"


def _affiliates(text: str, found: list[Mention]) -> list[Mention]:
    """"Islamic State's Afghan affiliate", "al Qaeda's Yemeni branch": the group's own
    branch, no actor of the country the adjective names."""
    out = list(found)
    for i in range(1, len(found)):
        org, m = found[i - 1], found[i]
        if org.actor.kind != "group" or m.actor.kind != "country" or m.actor.role is not None:
            continue
        if text[org.end:m.start] not in ("'s ", "\u2019s "):
            continue
        b = _BRANCH.match(text, m.end)
        if b:
            out[i] = Mention(m.start, b.end(), text[m.start:b.end()], org.actor)
    return out


def _government_side(text: str, found: list[Mention]) -> list[Mention]:
    """"fighting between M23 rebels and government troops": bare government forces set
    against a national armed group are that group's country's."""
    out = list(found)
    for i, m in enumerate(found):
        a = m.actor
        if a.kind != "role" or a.country is not None or not m.text.lower().startswith("government "):
            continue
        for j in (i - 1, i + 1):
            if not 0 <= j < len(found):
                continue
            o = found[j]
            gap = text[o.end:m.start] if j < i else text[m.end:o.start]
            if o.actor.kind == "group" and o.actor.country and gap.strip().lower() in ("and", "or", "against"):
                iso3 = o.actor.country
                out[i] = _mention_at(m, Actor(f"{iso3}{a.role}", iso3, a.role, a.name, "country"))
                break
    return out


# "Maduro's government and the opposition": a country actor joined to a bare opposition
_JOINED_OPP = re.compile(r"(?:['\u2019]s)?(?:\s+[a-z]+){0,2}\s*(?:,\s*)?(?:and|or)\s+(?:the\s+)?", re.IGNORECASE)
_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")

_BORN = re.compile(r"\b([A-Z][A-Za-z.]+)[-\u2010\u2011]born\s+((?:[A-Z][a-z'\u2019-]+ ){0,2}[A-Z][a-z'\u2019-]+)")


@cache
def _org_head_re(heads: frozenset[str]) -> re.Pattern[str]:
    return re.compile(r"\b(" + "|".join(sorted(w.capitalize() for w in heads)) + r")\b")


def _of_country(text: str, found: list[Mention]) -> list[Mention]:
    """"King Willem-Alexander of the Netherlands", "President X of Ghana": a titled person
    with no country of their own takes the country named right after "of"."""
    out = list(found)
    for i, m in enumerate(found[:-1]):
        a, nxt = m.actor, found[i + 1]
        if a.kind != "person" or a.country is not None or a.code != a.role or a.role is None:
            continue
        b = nxt.actor
        if b.kind == "country" and b.country and b.role is None and _OF_THE.fullmatch(text[m.end:nxt.start]):
            out[i] = _mention_at(m, Actor(f"{b.country}{a.role}", b.country, a.role, a.name, "person"))
    return out


def _members_of(text: str, found: list[Mention], words: frozenset[str]) -> list[Mention]:
    """"leaders of the Association of Southeast Asian Nations", "fighters of the Islamic
    State": a bare people word right before "of (the) <organisation>" is the organisation."""
    out: list[Mention] = []
    skip = -1
    for i, m in enumerate(found):
        if i == skip:
            continue
        if i + 1 < len(found) and m.actor.kind == "role" and m.actor.country is None \
                and m.text.lower().split()[-1] in words and found[i + 1].actor.kind in ("igo", "group") \
                and _OF_THE.fullmatch(text[m.end:found[i + 1].start]):
            org = found[i + 1]
            if re.match(r"\s*(?:,|and\b|or\b)", text[org.end:]):
                out.append(m)  # "the leaders of the Mara Salvatrucha and Barrio 18 gangs": both
                continue
            out.append(Mention(m.start, org.end, text[m.start:org.end], org.actor))
            skip = i + 1
            continue
        out.append(m)
    return out


_BRANCH_GAP = re.compile(r"(?:'s|\u2019s)?\s+(?:[A-Z][a-z]+\s+)?")


def _national_branch(text: str, found: list[Mention], codes: frozenset[str]) -> list[Mention]:
    """"the Iranian Red Crescent", "the Syrian Arab Red Crescent", "Kenya Red Cross": an
    international movement's name right after a country word is that country's national
    society (an NGO of the country), not the international body."""
    out: list[Mention] = []
    skip = -1
    for i, m in enumerate(found):
        if i == skip:
            continue
        nxt = found[i + 1] if i + 1 < len(found) else None
        if nxt is not None and m.actor.kind == "country" and m.actor.role is None and m.actor.country \
                and nxt.actor.code.lower() in codes and _BRANCH_GAP.fullmatch(text[m.end:nxt.start]):
            iso3 = m.actor.country
            surface = text[m.start:nxt.end]
            out.append(Mention(m.start, nxt.end, surface, Actor(f"{iso3}NGO", iso3, "NGO", surface, "country")))
            skip = i + 1
            continue
        out.append(m)
    return out


@cache
def _namesake_index(tables: ActorTables) -> dict[str, tuple[tuple[str, OrgEntry], ...]]:
    """Organisation names written as "<its country's name or adjective> <a name>": the
    name (folded, lower case, two words or more) -> (country, organisation) pairs."""
    index: dict[str, list[tuple[str, OrgEntry]]] = {}
    for org in tables.organizations:
        if not org.country or org.country not in tables.countries:
            continue
        entry = tables.countries[org.country]
        words = sorted({w.text.lower() for w in (*entry.names, *entry.adjectives)}, key=len, reverse=True)
        for alias in org.aliases:
            low = " ".join(fold(alias.text).lower().split())
            for w in words:
                if low.startswith(w + " ") and " " in low[len(w) + 1:]:  # "Pakistani Taliban": no
                    index.setdefault(low[len(w) + 1:], []).append((org.country, org))
                    break
    return {k: tuple(v) for k, v in index.items()}


def _mention_at(m: Mention, actor: Actor) -> Mention:
    return Mention(m.start, m.end, m.text, actor)


def _mention(text: str, start: int, end: int, actor: Actor) -> Mention:
    return Mention(start, end, text[start:end], actor)


def _span_role(s: _Span) -> str:
    e = s.first("role")
    if e is not None:
        return str(e.key)
    t = s.first("title")
    return t.key.role  # type: ignore[union-attr]


def _gap(text: str, a: int, b: int) -> str:
    g = text[a:b]
    return g.strip() if g.strip() else ""


def _is_coordinator(gap: str) -> bool:
    g = gap.strip().lower()
    return g in (",", "and", "or", ", and", ", or", "&")


def _prev_word(text: str, pos: int) -> tuple[str, str]:
    """(word before pos, separator between it and pos)."""
    j = pos
    while j > 0 and not text[j - 1].isalnum():
        j -= 1
    i = j
    while i > 0 and (text[i - 1].isalnum() or text[i - 1] in ".'"):
        i -= 1
    return text[i:j], text[j:pos]


def _next_word(text: str, pos: int) -> tuple[str, str]:
    j = pos
    while j < len(text) and not text[j].isalnum():
        j += 1
    k = j
    while k < len(text) and text[k].isalnum():
        k += 1
    return text[j:k], text[pos:j]


def _sentence_start(text: str, pos: int) -> bool:
    before = text[:pos].rstrip()
    return not before or before[-1] in _SENTENCE_PUNCT


def _is_title_case(text: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z][\w'\-]*", text) if len(w) > 3]
    if len(words) < 3:
        return False
    caps = sum(1 for w in words if w[0].isupper())
    return caps / len(words) >= 0.8
