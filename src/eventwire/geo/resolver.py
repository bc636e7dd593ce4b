"""Find and resolve place mentions in event sentences (see docs/geo.md for the rules)."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from eventwire.geo.gazetteer import Candidate, Gazetteer, NameEntry, fold, load_gazetteer, name_key, tokenize
from eventwire.records import Place

# "X, Y" / "X and Y" / "X's Y": a place right after a cued place is cued too.
_CHAIN_RE = re.compile(r"(?:['’]s)?\s*(?:[,/&]\s*)?(?:(?:and|or)\s+)?(?:the\s+)?")
_QUALIFIER_RE = re.compile(r"\s*,\s*")  # "Paris, Texas": Texas qualifies Paris
# "BEIJING (Reuters) -", "KABUL, Afghanistan —", "Beijing, Sept. 9 (Xinhua) --"
_DATELINE_RE = re.compile(
    r"\s*(?P<place>[A-Z][A-Za-z.'’ -]{1,40}?)"
    r"(?:,\s*(?P<place2>[A-Z][A-Za-z.'’ ]{1,30}?))?"
    r"(?P<date>,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
    r"\s*(?P<agency>\([^()\n]{1,40}\))?"
    r"\s*(?:--|—|–|-|:)\s"
)
_VENUE_CONNECTORS = frozenset({"of", "the", "for", "and", "de"})
_VENUE_CUES = frozenset({"at", "in"})
_MAX_MODIFIERS = 4
_MAX_VENUE_TOKENS = 10
ALT_NAME_WEIGHT = 0.2
CONTEXT_CITY_SHARE = 0.1  # a namesake city in a country the text names wins from this share of the largest

Token = tuple[int, int, str]


@dataclass(slots=True)
class _Match:
    i: int  # first token
    j: int  # one past the last token
    start: int  # char offsets
    end: int
    entry: NameEntry
    cued: bool = False
    strong: bool = False  # dateline: stop-listed names allowed


class PlaceResolver:
    """Place resolution against the offline gazetteer (loaded once per process)."""

    def __init__(self, min_population: int = 15000) -> None:
        self._gaz: Gazetteer = load_gazetteer(min_population)
        self._cues = self._gaz.cues

    # ---- public API -------------------------------------------------------------------

    def find(self, text: str) -> list[tuple[int, int, Place]]:
        """Every place mention that has a locative cue, in text order, as (start, end, Place)."""
        toks = tokenize(text)
        matches = self._scan(text, toks)
        if not matches:
            return []
        dateline = self._dateline(text)
        prev_cued: _Match | None = None
        for m in matches:
            if dateline and m.start >= dateline[0] and m.end <= dateline[1]:
                m.cued = m.strong = True
            elif prev_cued is not None and _CHAIN_RE.fullmatch(text, prev_cued.end, m.start):
                m.cued = True
            else:
                m.cued = self._has_cue(text, toks, m.i) or self._venue(text, toks, m.i)
            if m.cued and not m.strong and (self._continues(text, toks, m) or self._thing(text, toks, m)):
                m.cued = False  # "in Washington Post", "at Rice University", "in U.S. dollars"
            if m.cued:
                prev_cued = m
        context = self._context(matches) | _demonym_context(toks)
        out: list[tuple[int, int, Place]] = []
        qualifier: Candidate | None = None
        nxt: _Match | None = None
        for m in reversed(matches):  # right to left, so "Paris, Texas" knows Texas first
            q = qualifier if nxt is not None and _QUALIFIER_RE.fullmatch(text, m.end, nxt.start) else None
            cand = self._choose(m.entry, context, m.strong, q)
            nxt, qualifier = m, cand
            if m.cued and cand is not None:
                out.append((m.start, m.end, self._place(text[m.start : m.end], cand)))
        out.reverse()
        return out

    def lookup(self, name: str, any_case: bool = False, context: frozenset[str] = frozenset()) -> Place | None:
        """Resolve a bare name (no cue needed). The name must be capitalised as in the
        gazetteer, as for `find()` ("the west bank of the Dnipro" is no West Bank, "the
        red sea" no Red Sea); `any_case=True` drops that check (lower-cased word lists).
        ``context``: countries the caller's text names (a namesake there may win, as in `find()`)."""
        key, _ = name_key(name)
        entry = self._gaz.names.get(key)
        if entry is None:
            return None
        if not any_case:
            toks = tokenize(name)
            keys = [fold(t).lower() for _, _, t in toks]
            if not toks or not _case_ok(toks, 0, len(toks), keys, entry, self._cues.generic):
                return None
        cand = self._choose(entry, context, strong=False, qualifier=None)  # no cue: no stop-listed city
        return self._place(name.strip(), cand) if cand else None

    def best(self, sentence: str, near: tuple[int, int] | None = None) -> Place | None:
        """The event's location: the cued place closest after the trigger span ``near`` (else
        closest before it), or the first cued place; a city/region/sea beats a country."""
        found = self.find(sentence)
        if not found:
            return None
        if near is not None:
            after = [f for f in found if f[0] >= near[1]]
            if after:
                pool = after
            else:
                pool = sorted(found, key=lambda f: abs(near[0] - f[1]))
        else:
            pool = found
        specific = [f for f in pool if f[2].kind != "country"]
        return (specific or pool)[0][2]

    # ---- scanning ---------------------------------------------------------------------

    def _scan(self, text: str, toks: list[Token]) -> list[_Match]:
        names, first, generic = self._gaz.names, self._gaz.first, self._cues.generic
        keys = [fold(t).lower() for _, _, t in toks]
        out: list[_Match] = []
        n, i = len(toks), 0
        while i < n:
            lengths = first.get(keys[i])
            hit = None
            if lengths:
                for length in lengths:
                    j = i + length
                    if j > n or (length > 1 and not _tight(text, toks, i, j)):
                        continue
                    entry = names.get(tuple(keys[i:j]))
                    if entry is not None and _case_ok(toks, i, j, keys, entry, generic):
                        hit = _Match(i, j, toks[i][0], toks[j - 1][1], entry)
                        break
            if hit is None:
                i += 1
                continue
            if text.startswith(".", hit.end) and any(c == "." for c in toks[hit.j - 1][2]):
                hit.end += 1  # "U.S." keeps its final period
            out.append(hit)
            i = hit.j
        return out

    def _has_cue(self, text: str, toks: list[Token], i: int) -> bool:
        cues = self._cues
        j, skipped = i - 1, 0
        while j >= 0:
            if not text[toks[j][1] : toks[j + 1][0]].isspace():
                return False
            w = toks[j][2].lower()
            if w in cues.prep or w in cues.verb:
                return True
            if w == "to":
                return j > 0 and text[toks[j - 1][1] : toks[j][0]].isspace() and toks[j - 1][2].lower() in cues.motion
            if w in cues.modifier and skipped < _MAX_MODIFIERS:
                j -= 1
                skipped += 1
                continue
            return False
        return False

    def _venue(self, text: str, toks: list[Token], i: int) -> bool:
        """'at the Great Hall of the People, Beijing': a place after a named venue."""
        if i == 0 or not _QUALIFIER_RE.fullmatch(text, toks[i - 1][1], toks[i][0]):
            return False
        caps, j = 0, i - 1
        while j >= 0 and i - j <= _MAX_VENUE_TOKENS:
            if j < i - 1 and not text[toks[j][1] : toks[j + 1][0]].isspace():
                return False
            tok = toks[j][2]
            low = tok.lower()
            if low in _VENUE_CUES and caps and not tok[0].isupper():
                return True
            if tok[0].isupper():
                caps += 1
            elif low not in _VENUE_CONNECTORS:
                return False
            j -= 1
        return False

    def _continues(self, text: str, toks: list[Token], m: _Match) -> bool:
        """Is the name followed by another capitalised word of the same proper name?"""
        if m.j >= len(toks):
            return False
        gap = text[m.end : toks[m.j][0]]
        nxt = toks[m.j][2]
        return (
            gap.isspace()
            and "\n" not in gap
            and nxt[0].isupper()
            and nxt not in self._cues.follow_ok
            and nxt.lower() not in self._cues.generic
        )

    def _thing(self, text: str, toks: list[Token], m: _Match) -> bool:
        """Is the name followed by a noun that makes it a thing of the place ("paid in U.S.
        dollars", "in Chinese yuan")?"""
        return m.j < len(toks) and text[m.end : toks[m.j][0]] == " " and toks[m.j][2].lower() in self._cues.thing

    def _dateline(self, text: str) -> tuple[int, int] | None:
        dm = _DATELINE_RE.match(text)
        if dm is None:
            return None
        place = dm.group("place").strip()
        if not (place.isupper() or dm.group("agency") or dm.group("date")):
            return None
        return dm.start("place"), dm.end("place2") if dm.group("place2") else dm.end("place")

    # ---- resolution -------------------------------------------------------------------

    @staticmethod
    def _context(matches: list[_Match]) -> frozenset[str]:
        """Countries named unambiguously anywhere in the text (cued or not), cities excluded;
        a country's own name counts even when towns share it ("Costa Rica"; not "Georgia",
        which a US state shares)."""
        ctx: set[str] = set()
        for m in matches:
            own = {c.country for c in m.entry.candidates if c.kind == "country" and c.country and not c.stop}
            if len(own) == 1 and all(c.kind in ("country", "city") for c in m.entry.candidates):
                ctx |= own
                continue
            countries = {c.country for c in m.entry.candidates if not c.stop}
            kinds = {c.kind for c in m.entry.candidates}
            if len(countries) == 1 and "city" not in kinds:
                (country,) = countries
                if country:
                    ctx.add(country)
        return frozenset(ctx)

    @staticmethod
    def _choose(entry: NameEntry, context: frozenset[str], strong: bool, qualifier: Candidate | None) -> Candidate | None:
        cands = entry.candidates
        if qualifier is not None:
            fitting = [
                c for c in cands
                if c.country == qualifier.country and c is not qualifier
                and (qualifier.admin1 is None or c.admin1 == qualifier.admin1)
                and c.kind != "country"
            ]
            if fitting:
                return _rank(fitting, context)
        usable = cands if strong else [c for c in cands if not c.stop]
        return _rank(usable, context) if usable else None

    @staticmethod
    def _place(surface: str, cand: Candidate) -> Place:
        if cand.kind == "country" or (surface.isupper() and len(surface) > 3):
            name = cand.name  # "U.S." -> "United States", "BEIJING" -> "Beijing"
        else:
            name = " ".join(surface.split())  # the known alias as written: "Urumqi", "Gaza"
        return Place(name=name, country=cand.country, lat=cand.lat, lon=cand.lon, kind=cand.kind)


def _rank(cands: list[Candidate], context: frozenset[str]) -> Candidate:
    """Regions/seas/countries beat cities; among them one in context wins, then countries,
    then earlier regions.tsv rows. Among cities: regions.tsv cities first, then the largest
    population (a namesake in a country the text names wins when it is a capital or has at
    least CONTEXT_CITY_SHARE of that population, alternate-name weight applied: San Jose with Costa Rica named), a geonames alternate name counting at ALT_NAME_WEIGHT of it (Odessa -> Odesa,
    not Odessa, Texas; Salem -> Salem, India, not Jerusalem). A national capital called by its
    own name is never beaten by another city's alternate name (Islamabad is Pakistan's capital,
    not an old name of Chattogram)."""
    noncity = [c for c in cands if c.kind != "city"]
    if noncity:
        return min(noncity, key=lambda c: (c.country not in context, c.kind != "country", c.order))
    curated = [c for c in cands if c.order]
    if curated:
        return min(curated, key=lambda c: c.order)
    if any(c.capital for c in cands):
        cands = [c for c in cands if c.primary]
    best = max(cands, key=_weight)
    if best.country not in context:
        # "the foreign ministry in San Jose" with Costa Rica named: the namesake in a
        # country the text names, when it is a capital or not much smaller
        near = [c for c in cands if c.country in context and c.primary
                and (c.capital or c.population >= CONTEXT_CITY_SHARE * _weight(best))]
        if near:
            return max(near, key=_weight)
    return best


@functools.cache
def _demonyms() -> dict[str, str]:
    """Capitalized one-word country adjectives ("Peruvian", "Kenyans") -> ISO-3, from the actor
    tables' countries.tsv (ambiguous '~' forms and multiword forms left out)."""
    from eventwire.actors.tables import load_actor_tables

    out: dict[str, str] = {}
    for iso3, entry in load_actor_tables().countries.items():
        for a in entry.adjectives:
            if not a.strict and " " not in a.text and a.text[:1].isupper():
                out.setdefault(a.text, iso3)
    return out


def _demonym_context(toks: list[Token]) -> frozenset[str]:
    """Countries a text names by adjective ("Peruvian President ..."): a namesake town there
    may win, as for a country named outright (docs/actors.md rule 55)."""
    table = _demonyms()
    return frozenset(table[t] for _, _, t in toks if t in table)


def _weight(c: Candidate) -> float:
    return c.population * (1.0 if c.primary else ALT_NAME_WEIGHT)


def _tight(text: str, toks: list[Token], i: int, j: int) -> bool:
    """Tokens i..j-1 are separated by plain spaces only (no punctuation, no line break)."""
    for k in range(i, j - 1):
        gap = text[toks[k][1] : toks[k + 1][0]]
        if not gap or not gap.isspace() or "\n" in gap:
            return False
    return True


def _case_ok(toks: list[Token], i: int, j: int, keys: list[str], entry: NameEntry, generic: frozenset[str]) -> bool:
    surface = [toks[k][2] for k in range(i, j)]
    if all(t.isupper() for t in surface) and any(len(t) > 1 for t in surface):
        return True  # headline or dateline capitals
    ups = [t[0].isupper() for t in surface]
    for pattern in entry.patterns:
        if all(u == p or (k > 0 and keys[i + k] in generic) for k, (u, p) in enumerate(zip(ups, pattern))):
            return True
    return False


@functools.cache
def default_resolver() -> PlaceResolver:
    """The process-wide resolver (population threshold 15000)."""
    return PlaceResolver()
