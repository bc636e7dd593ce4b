"""Actor tables: countries, roles, titles, organizations, the dated register of office
holders and a few context word lists, loaded from TSV files under ``actors/data``.

Every file has a header row; ``#`` lines and blank lines are ignored. Validation errors
(:class:`ActorDataError`) name the file and the line.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"

# CAMEO role codes (the validation schema for every ``role`` column).
ROLE_CODES: frozenset[str] = frozenset(
    "GOV MIL REB OPP PTY COP JUD SPY MED EDU BUS CRM CVL LAB LEG HLH REF MOD RAD ELI AGR "
    "ENV HRI IGO NGO SEP INS UAF REL".split()
)
ORG_KINDS: frozenset[str] = frozenset({"igo", "group", "media", "party", "ngo"})
CONTEXT_KINDS: frozenset[str] = frozenset(
    {"negating_prefix", "locative", "name_stop", "name_particle", "determiner", "role_modifier",
     "former_marker", "dependent_suffix", "place_noun", "institution", "name_noun", "motion",
     "owned_role", "state_outlet", "attributive_role", "attributive_head", "quantity_role",
     "region_prefix", "thing_head", "member_role", "national_branch", "org_head",
     "pair_noun", "pair_person", "water_feature",
     "owner_suffix", "sponsor_suffix", "armed_name_head", "armed_name_cue",
     "kin_noun", "ethnic_marker", "shared_party",
     "named_crime_head", "institution_head", "own_office"}
)
_ISO3 = re.compile(r"^[A-Z]{3}$")
_CODE = re.compile(r"^[A-Z0-9]{2,12}$")
_TAB = "\t"
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class ActorDataError(ValueError):
    """A problem in an actor data file; the message names the file and line."""


@dataclass(frozen=True, slots=True)
class Alias:
    """A surface form. ``strict``: written with a leading ``~`` (ambiguous)."""

    text: str
    strict: bool = False


@dataclass(frozen=True, slots=True)
class CountryEntry:
    iso3: str
    names: tuple[Alias, ...]
    adjectives: tuple[Alias, ...]
    capital: str | None
    metonyms: tuple[tuple[Alias, str], ...]  # (alias, role)


@dataclass(frozen=True, slots=True)
class TitleEntry:
    title: str
    role: str
    country: str | None


@dataclass(frozen=True, slots=True)
class OrgEntry:
    code: str
    kind: str
    country: str | None
    role: str | None
    aliases: tuple[Alias, ...]

    @property
    def name(self) -> str:
        return self.aliases[0].text


@dataclass(frozen=True, slots=True)
class RegisterEntry:
    name: str
    aliases: tuple[str, ...]
    country: str | None
    role: str
    code: str
    title: str | None
    start: date | None
    end: date | None


# What a definite description ("the group", "the bloc") may refer back to.
ANAPHOR_REFERS: frozenset[str] = frozenset({"country", "armed", "group", "party", "igo", "alliance", "org",
                                            "same", "state", "person"})


@dataclass(frozen=True, slots=True)
class AnaphorEntry:
    """A definite description standing for an earlier actor. ``refers``: the kind of actor
    it takes (see anaphora.tsv), or ``fixed`` with ``countries`` (the first is the referent,
    any of them named earlier licenses it: "the North" -> PRK after Korea), or ``country``
    with ``countries`` (only one of those: "the kingdom" is a monarchy); ``role`` the role
    of the result, and of the bare role mention left when nothing earlier fits."""

    phrase: str
    refers: str
    role: str | None
    countries: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, eq=False)
class ActorTables:
    countries: dict[str, CountryEntry]
    roles: dict[str, str]  # phrase (as written) -> role
    titles: dict[str, TitleEntry]  # lowercased title -> entry
    organizations: tuple[OrgEntry, ...]
    register: tuple[RegisterEntry, ...]
    context: dict[str, frozenset[str]] = field(default_factory=dict)
    anaphors: tuple[AnaphorEntry, ...] = ()
    portfolios: dict[str, str] = field(default_factory=dict)  # portfolio (as written) -> role

    def words(self, kind: str) -> frozenset[str]:
        return self.context.get(kind, frozenset())


# ----------------------------------------------------------------------------- reading


def _rows(path: Path, columns: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    """(line number, row) for each data row; checks the header."""
    out: list[tuple[int, dict[str, str]]] = []
    header: list[str] | None = None
    with path.open(encoding="utf-8", newline="") as fh:
        for lineno, line in enumerate(fh, start=1):
            line = line.rstrip("\r\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = next(csv.reader([line], delimiter="\t", quoting=csv.QUOTE_NONE))
            if header is None:
                header = [c.strip() for c in cells]
                if tuple(header[: len(columns)]) != columns:
                    raise ActorDataError(
                        f"{path}:{lineno}: header must be {_TAB.join(columns)!r}, got {line!r}"
                    )
                continue
            if len(cells) > len(header):
                raise ActorDataError(f"{path}:{lineno}: {len(cells)} cells, header has {len(header)}")
            cells += [""] * (len(header) - len(cells))
            out.append((lineno, {h: c.strip() for h, c in zip(header, cells)}))
    return out


def _aliases(cell: str) -> tuple[Alias, ...]:
    out = []
    for part in cell.split("|"):
        part = part.strip()
        if not part:
            continue
        strict = part.startswith("~")
        text = part[1:].strip() if strict else part
        if text:
            out.append(Alias(text, strict))
    return tuple(out)


def _where(path: Path, lineno: int) -> str:
    return f"{path}:{lineno}"


def _check_role(role: str, path: Path, lineno: int, *, empty_ok: bool = False) -> str | None:
    if not role and empty_ok:
        return None
    if role not in ROLE_CODES:
        raise ActorDataError(f"{_where(path, lineno)}: unknown role code {role!r}")
    return role


def _check_country(iso3: str, known: set[str] | None, path: Path, lineno: int) -> str | None:
    if not iso3:
        return None
    if not _ISO3.match(iso3) or (known is not None and iso3 not in known):
        raise ActorDataError(f"{_where(path, lineno)}: bad ISO-3 country code {iso3!r}")
    return iso3


def _parse_date(text: str, path: Path, lineno: int, column: str) -> date | None:
    if not text:
        return None
    if not _DATE.match(text):
        raise ActorDataError(f"{_where(path, lineno)}: bad {column} date {text!r} (want YYYY-MM-DD)")
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise ActorDataError(f"{_where(path, lineno)}: bad {column} date {text!r}: {exc}") from None


class _AliasIndex:
    """Detects one alias mapping to two different actors within one table."""

    def __init__(self, path: Path, *, case_sensitive: bool = True) -> None:
        self.path = path
        self.case_sensitive = case_sensitive
        self.seen: dict[str, tuple[str, int]] = {}

    def add(self, alias: str, owner: str, lineno: int) -> None:
        key = alias if self.case_sensitive else alias.lower()
        prev = self.seen.get(key)
        if prev is not None and prev[0] != owner:
            raise ActorDataError(
                f"{_where(self.path, lineno)}: alias {alias!r} maps to {owner!r} but line "
                f"{prev[1]} maps it to {prev[0]!r}"
            )
        self.seen.setdefault(key, (owner, lineno))


# ----------------------------------------------------------------------------- loaders


def load_countries(path: Path) -> dict[str, CountryEntry]:
    out: dict[str, CountryEntry] = {}
    index = _AliasIndex(path)
    for lineno, row in _rows(path, ("iso3", "names", "adjectives", "capital", "metonyms")):
        iso3 = row["iso3"]
        if not _ISO3.match(iso3):
            raise ActorDataError(f"{_where(path, lineno)}: bad ISO-3 country code {iso3!r}")
        if iso3 in out:
            raise ActorDataError(f"{_where(path, lineno)}: duplicate country {iso3}")
        names = _aliases(row["names"])
        if not names:
            raise ActorDataError(f"{_where(path, lineno)}: country {iso3} has no names")
        metonyms: list[tuple[Alias, str]] = []
        for alias in _aliases(row["metonyms"]):
            text, _, role = alias.text.partition("=")
            role = role.strip() or "GOV"
            _check_role(role, path, lineno)
            metonyms.append((Alias(text.strip(), alias.strict), role))
        capital = row["capital"] or None
        for a in (*names, *_aliases(row["adjectives"]), *(m for m, _ in metonyms)):
            index.add(a.text, iso3, lineno)
        if capital:
            index.add(capital, iso3, lineno)
        out[iso3] = CountryEntry(iso3, names, _aliases(row["adjectives"]), capital, tuple(metonyms))
    return out


def load_roles(path: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    index = _AliasIndex(path, case_sensitive=False)
    for lineno, row in _rows(path, ("phrase", "role")):
        phrase = row["phrase"]
        if not phrase:
            raise ActorDataError(f"{_where(path, lineno)}: empty phrase")
        role = _check_role(row["role"], path, lineno)
        assert role is not None
        index.add(phrase, role, lineno)
        out[phrase] = role
    return out


def load_titles(path: Path, known: set[str] | None = None) -> dict[str, TitleEntry]:
    out: dict[str, TitleEntry] = {}
    for lineno, row in _rows(path, ("title", "role", "country")):
        title = row["title"]
        if not title:
            raise ActorDataError(f"{_where(path, lineno)}: empty title")
        role = _check_role(row["role"], path, lineno)
        assert role is not None
        country = _check_country(row["country"], known, path, lineno)
        entry = TitleEntry(title, role, country)
        prev = out.get(title.lower())
        if prev is not None and (prev.role, prev.country) != (role, country):
            raise ActorDataError(f"{_where(path, lineno)}: title {title!r} defined twice differently")
        out[title.lower()] = entry
    return out


def load_organizations(path: Path, known: set[str] | None = None) -> tuple[OrgEntry, ...]:
    out: list[OrgEntry] = []
    index = _AliasIndex(path)
    codes: dict[str, int] = {}
    for lineno, row in _rows(path, ("code", "kind", "country", "role", "names")):
        code = row["code"]
        if not _CODE.match(code):
            raise ActorDataError(f"{_where(path, lineno)}: bad code {code!r} (A-Z0-9, 2-12 chars)")
        if code in codes and row["kind"] != "media" and row["role"] != "BUS":  # outlets, companies
            raise ActorDataError(f"{_where(path, lineno)}: duplicate code {code} (line {codes[code]})")
        codes[code] = lineno
        if row["kind"] not in ORG_KINDS:
            raise ActorDataError(f"{_where(path, lineno)}: kind {row['kind']!r} not in {sorted(ORG_KINDS)}")
        country = _check_country(row["country"], known, path, lineno)
        role = _check_role(row["role"], path, lineno, empty_ok=True)
        aliases = _aliases(row["names"])
        if not aliases:
            raise ActorDataError(f"{_where(path, lineno)}: organization {code} has no names")
        for a in aliases:
            index.add(a.text, f"{code}/{aliases[0].text}", lineno)
        out.append(OrgEntry(code, row["kind"], country, role, aliases))
    return tuple(out)


def load_register(path: Path, known: set[str] | None = None) -> tuple[RegisterEntry, ...]:
    """The dated register of office holders; a missing file is an empty register."""
    if not path.exists():
        return ()
    cols = ("name", "aliases", "country", "role", "code", "title", "start", "end")
    out: list[RegisterEntry] = []
    spans: dict[str, list[tuple[str, date, date, int]]] = {}
    for lineno, row in _rows(path, cols):
        name = row["name"]
        if not name:
            raise ActorDataError(f"{_where(path, lineno)}: empty name")
        country = _check_country(row["country"], known, path, lineno)
        role = _check_role(row["role"], path, lineno)
        assert role is not None
        code = row["code"] or f"{country or ''}{role}"
        if not _CODE.match(code):
            raise ActorDataError(f"{_where(path, lineno)}: bad code {code!r}")
        start = _parse_date(row["start"], path, lineno, "start")
        end = _parse_date(row["end"], path, lineno, "end")
        if start and end and end < start:
            raise ActorDataError(f"{_where(path, lineno)}: end {end} before start {start}")
        aliases = tuple(dict.fromkeys([name, *(a.text for a in _aliases(row["aliases"]))]))
        lo, hi = start or date.min, end or date.max
        for alias in aliases:
            for other, olo, ohi, oline in spans.get(alias, []):
                if other != name and lo <= ohi and olo <= hi:
                    raise ActorDataError(
                        f"{_where(path, lineno)}: alias {alias!r} maps to {name!r} but line {oline} "
                        f"maps it to {other!r} over an overlapping period"
                    )
            spans.setdefault(alias, []).append((name, lo, hi, lineno))
        out.append(RegisterEntry(name, aliases, country, role, code, row["title"] or None, start, end))
    return tuple(out)


def load_portfolios(path: Path) -> dict[str, str]:
    """Cabinet portfolios ("Agriculture" -> AGR); a missing file is an empty table."""
    out: dict[str, str] = {}
    if not path.exists():
        return out
    for lineno, row in _rows(path, ("portfolio", "role")):
        name = row["portfolio"]
        if not name or not name[:1].isupper():
            raise ActorDataError(f"{_where(path, lineno)}: portfolio {name!r} must be capitalized")
        role = _check_role(row["role"], path, lineno)
        assert role is not None
        if out.get(name, role) != role:
            raise ActorDataError(f"{_where(path, lineno)}: portfolio {name!r} defined twice differently")
        out[name] = role
    return out


def portfolio_titles(portfolio: str) -> tuple[str, ...]:
    """Titles before a minister's name: "Agriculture Minister", "Minister of Agriculture"."""
    p = portfolio
    return (f"{p} Minister", f"Minister of {p}", f"Minister for {p}", f"{p} Cabinet Secretary",
            f"Cabinet Secretary for {p}", f"{p} Secretary")


def portfolio_roles(portfolio: str) -> tuple[str, ...]:
    """Role phrases: "agriculture ministry", "ministry of agriculture", "agriculture minister"."""
    p = portfolio.lower()
    return (f"{p} ministry", f"{p} ministries", f"ministry of {p}", f"ministry for {p}",
            f"{p} minister", f"{p} ministers")


def portfolio_institutions(portfolio: str) -> tuple[str, ...]:
    """Capitalized forms that are the ministry itself ("the Labour Ministry said")."""
    p = portfolio.lower()
    return (f"{p} ministry", f"ministry of {p}", f"ministry for {p}")


def _with_portfolios(titles: dict[str, TitleEntry], roles: dict[str, str],
                     context: dict[str, frozenset[str]],
                     portfolios: dict[str, str]) -> tuple[dict[str, TitleEntry], dict[str, str],
                                                          dict[str, frozenset[str]]]:
    """Titles, roles and institution words made from the portfolios; rows written in
    titles.tsv and roles.tsv win."""
    titles, roles = dict(titles), dict(roles)
    institutions = set(context.get("institution", frozenset()))
    for name, role in portfolios.items():
        for t in portfolio_titles(name):
            titles.setdefault(t.lower(), TitleEntry(t, role, None))
        for r in portfolio_roles(name):
            roles.setdefault(r, role)
        institutions.update(portfolio_institutions(name))
    return titles, roles, {**context, "institution": frozenset(institutions)}


def load_context(path: Path) -> dict[str, frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for lineno, row in _rows(path, ("kind", "word")):
        if row["kind"] not in CONTEXT_KINDS:
            raise ActorDataError(f"{_where(path, lineno)}: unknown kind {row['kind']!r}")
        if not row["word"]:
            raise ActorDataError(f"{_where(path, lineno)}: empty word")
        groups.setdefault(row["kind"], set()).add(row["word"].lower())
    return {k: frozenset(v) for k, v in groups.items()}


def load_anaphors(path: Path, known: set[str] | None = None) -> tuple[AnaphorEntry, ...]:
    """Definite descriptions that refer back ("the group", "the bloc"); a missing file is
    an empty table."""
    if not path.exists():
        return ()
    out: list[AnaphorEntry] = []
    seen: dict[str, int] = {}
    for lineno, row in _rows(path, ("phrase", "refers", "role")):
        phrase = row["phrase"]
        if not phrase.lower().startswith("the ") or len(phrase.split()) < 2:
            raise ActorDataError(f"{_where(path, lineno)}: phrase {phrase!r} must be 'the' + noun")
        if phrase.lower() in seen:
            raise ActorDataError(f"{_where(path, lineno)}: phrase {phrase!r} repeats line {seen[phrase.lower()]}")
        seen[phrase.lower()] = lineno
        refers = row["refers"]
        countries: tuple[str, ...] = ()
        if refers.startswith("country:"):  # "the kingdom": a country, only one of these
            codes = [c.strip() for c in refers.removeprefix("country:").split("|")]
            countries = tuple(_check_country(c, known, path, lineno) or "" for c in codes)
            refers = "country"
        elif refers not in ANAPHOR_REFERS:
            codes = [c.strip() for c in refers.split("|")]
            if not all(codes):
                raise ActorDataError(f"{_where(path, lineno)}: refers {refers!r} unknown")
            countries = tuple(_check_country(c, known, path, lineno) or "" for c in codes)
            refers = "fixed"
        role = _check_role(row["role"], path, lineno, empty_ok=True)
        if refers in ("same", "state", "person") and role is None:
            raise ActorDataError(f"{_where(path, lineno)}: refers {refers!r} needs a role")
        out.append(AnaphorEntry(phrase, refers, role, countries))
    return tuple(out)


def _with_institutions(anaphors: tuple[AnaphorEntry, ...], roles: dict[str, str],
                       institutions: frozenset[str]) -> tuple[AnaphorEntry, ...]:
    """The written anaphors plus "the <institution>" for every institution word with a role
    ("the health ministry" after Zimbabwe is ZWEHLH, like "the ministry" is ZWEGOV); rows
    written in anaphora.tsv win."""
    have = {a.phrase.lower() for a in anaphors}
    made = [AnaphorEntry(f"the {w}", "country", roles[w]) for w in sorted(institutions)
            if w in roles and f"the {w}" not in have and ("ministry" in w or "department" in w)]
    return anaphors + tuple(made)


def read_actor_tables(data_dir: Path, register_path: Path | None = None) -> ActorTables:
    """Read and validate every table under ``data_dir`` (uncached)."""
    countries = load_countries(data_dir / "countries.tsv")
    known = set(countries)
    portfolios = load_portfolios(data_dir / "portfolios.tsv")
    titles, roles, context = _with_portfolios(
        load_titles(data_dir / "titles.tsv", known), load_roles(data_dir / "roles.tsv"),
        load_context(data_dir / "context.tsv"), portfolios)
    return ActorTables(
        countries=countries,
        roles=roles,
        titles=titles,
        organizations=load_organizations(data_dir / "organizations.tsv", known),
        register=load_register(register_path or data_dir / "register.tsv", known),
        context=context,
        anaphors=_with_institutions(load_anaphors(data_dir / "anaphora.tsv", known), roles,
                                    context.get("institution", frozenset())),
        portfolios=portfolios,
    )


@cache
def _cached(data_dir: Path, register_path: Path | None) -> ActorTables:
    return read_actor_tables(data_dir, register_path)


def load_actor_tables(data_dir: Path | None = None, register_path: Path | None = None) -> ActorTables:
    """Tables from ``data_dir`` (default: the package's data), loaded once per directory.

    ``register_path`` overrides ``data_dir/register.tsv`` (a missing register is empty).
    """
    return _cached(Path(data_dir or DATA_DIR).resolve(), register_path and Path(register_path).resolve())
