"""Data checks for the dated actor register (src/eventwire/actors/data/register.tsv).

Reads the TSV with the csv module only, independent of the actors loader.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections import defaultdict
from functools import cache
from pathlib import Path
from typing import NamedTuple

import pycountry
import pytest

REGISTER = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "actors" / "data" / "register.tsv"
HEADER = ["name", "aliases", "country", "role", "code", "title", "start", "end"]
CAMEO_ROLES = set(
    "GOV MIL REB OPP PTY COP JUD SPY MED EDU BUS CRM CVL LAB LEG HLH REF MOD RAD ELI AGR ENV "
    "HRI IGO NGO SEP INS UAF REL".split()
)
ORG_CODES = set("UNO NATO EU AU IMF WB WTO WHO ISIS AQ TAL HEZ HAM HTS HOU PKK BKH SHB "
                "UNOHCHR UNHCR UNRWA IAEA ICC ARL ECOWAS IGAD SADC OAS ASN GCC CWN SPLMIO".split())
# + UN agencies, the ICC, the Arab League and other regional bodies, the SPLM-IO
EXTRA_COUNTRIES = {"XKX", "PSE"}
HEAD_TITLES = {
    "President",
    "Acting President",
    "Federal President",
    "Prime Minister",
    "Acting Prime Minister",
    "Chancellor",
    "Premier",
    "Monarch",
    "King",
    "Emperor",
    "Emir",
    "Supreme Leader",
}
G20_P5 = "ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN MEX RUS SAU ZAF KOR TUR GBR USA".split()
OPEN_END = dt.date(2099, 12, 31)


class Row(NamedTuple):
    line: int
    name: str
    aliases: tuple[str, ...]
    country: str
    role: str
    code: str
    title: str
    start: dt.date
    end: dt.date | None


@cache
def raw_lines() -> tuple[tuple[int, tuple[str, ...]], ...]:
    """Non-comment, non-blank lines as (line number, fields)."""
    out: list[tuple[int, tuple[str, ...]]] = []
    with REGISTER.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        for fields in reader:
            if not fields or not "".join(fields).strip() or fields[0].startswith("#"):
                continue
            out.append((reader.line_num, tuple(fields)))
    return tuple(out)


@cache
def rows() -> tuple[Row, ...]:
    out: list[Row] = []
    for line, f in raw_lines()[1:]:
        end = dt.date.fromisoformat(f[7]) if f[7] else None
        out.append(
            Row(line, f[0], tuple(a for a in f[1].split("|") if a), f[2], f[3], f[4], f[5],
                dt.date.fromisoformat(f[6]), end)
        )
    return tuple(out)


def end_of(row: Row) -> dt.date:
    return row.end or OPEN_END


def in_office(row: Row, day: dt.date) -> bool:
    return row.start <= day < end_of(row)


def codes_for(alias: str, day: str) -> set[str]:
    d = dt.date.fromisoformat(day)
    return {r.code for r in rows() if alias in r.aliases and in_office(r, d)}


def heads(country: str, day: str) -> list[Row]:
    d = dt.date.fromisoformat(day)
    return [r for r in rows() if r.country == country and r.title in HEAD_TITLES and in_office(r, d)]


def test_header_exact() -> None:
    assert raw_lines()[0][1] == tuple(HEADER)


def test_field_count_and_nonempty() -> None:
    for line, f in raw_lines()[1:]:
        assert len(f) == 8, f"{REGISTER.name}:{line}: {len(f)} fields"
        for i in (0, 1, 3, 4, 5, 6):
            assert f[i].strip() == f[i] and f[i], f"{REGISTER.name}:{line}: bad {HEADER[i]!r}"


def test_many_rows() -> None:
    assert len(rows()) >= 300


def test_countries_valid() -> None:
    for r in rows():
        if r.country:
            ok = r.country in EXTRA_COUNTRIES or pycountry.countries.get(alpha_3=r.country) is not None
            assert ok, f"line {r.line}: bad country {r.country!r}"
        else:
            assert r.code in ORG_CODES, f"line {r.line}: no country and non-org code {r.code!r}"


def test_roles_and_codes() -> None:
    for r in rows():
        assert r.role in CAMEO_ROLES, f"line {r.line}: bad role {r.role!r}"
        if r.country:
            assert r.code == r.country + r.role, f"line {r.line}: code {r.code!r}"
        else:
            assert r.role in {"IGO", "REB", "RAD"}, f"line {r.line}: org role {r.role!r}"


def test_dates() -> None:
    for r in rows():
        assert 1950 <= r.start.year <= 2026, f"line {r.line}: start {r.start}"
        if r.end is not None:
            assert 1950 <= r.end.year <= 2026, f"line {r.line}: end {r.end}"
            assert r.start <= r.end, f"line {r.line}: start after end"
            assert r.end.year >= 2000, f"line {r.line}: office ended before 2000"


def test_name_is_alias_and_no_duplicate_aliases() -> None:
    for r in rows():
        assert r.name in r.aliases, f"line {r.line}: name missing from aliases"
        assert len(set(r.aliases)) == len(r.aliases), f"line {r.line}: duplicate alias"


def test_no_alias_maps_to_two_codes_at_once() -> None:
    by_alias: dict[str, list[Row]] = defaultdict(list)
    for r in rows():
        for a in r.aliases:
            by_alias[a.casefold()].append(r)
    clashes = []
    for alias, rs in by_alias.items():
        for i, a in enumerate(rs):
            for b in rs[i + 1 :]:
                # end date is the hand-over day, so touching ranges do not overlap
                if a.code != b.code and a.start < end_of(b) and b.start < end_of(a):
                    clashes.append(f"{alias!r}: line {a.line} {a.code} / line {b.line} {b.code}")
    assert not clashes, "\n".join(clashes)


@pytest.mark.parametrize("day", ["2005-06-01", "2014-09-09", "2024-01-01"])
@pytest.mark.parametrize("country", G20_P5)
def test_heads_present(country: str, day: str) -> None:
    assert heads(country, day), f"no head of state/government for {country} on {day}"


def test_specific_facts() -> None:
    assert codes_for("Putin", "2014-09-09") == {"RUSGOV"}
    assert codes_for("Obama", "2015-01-01") == {"USAGOV"}
    assert codes_for("Obama", "2020-01-01") == set()
    assert codes_for("Xi Jinping", "2014-09-09") == {"CHNGOV"}
    assert codes_for("Merkel", "2010-01-01") == {"DEUGOV"}
    assert codes_for("Trump", "2022-06-01") == set()
    assert codes_for("Trump", "2025-06-01") == {"USAGOV"}
    assert codes_for("Ban Ki-moon", "2010-01-01") == {"UNO"}
    assert codes_for("Ban Ki-moon", "2005-01-01") == {"KORGOV"}
    assert codes_for("Jolani", "2020-01-01") == {"HTS"}
    assert codes_for("Jolani", "2025-06-01") == {"SYRGOV"}
    assert codes_for("Sinwar", "2023-10-07") == {"HAM"}
    assert codes_for("Nasrallah", "2006-07-12") == {"HEZ"}
    assert codes_for("Zelensky", "2023-01-01") == {"UKRGOV"}
    assert codes_for("Tusk", "2016-01-01") == {"EU"}
    assert codes_for("Tusk", "2024-06-01") == {"POLGOV"}


def test_header_comment_present() -> None:
    with REGISTER.open(encoding="utf-8") as fh:
        first = fh.readline()
    assert first.startswith("#"), "register should start with an explanatory comment"


def test_person_offices_do_not_overlap_within_same_title() -> None:
    by_key: dict[tuple[str, str, str], list[Row]] = defaultdict(list)
    for r in rows():
        by_key[(r.name, r.code, r.title)].append(r)
    for rs in by_key.values():
        rs = sorted(rs, key=lambda r: r.start)
        for a, b in zip(rs, rs[1:]):
            assert end_of(a) <= b.start, f"lines {a.line}/{b.line}: overlapping terms"


@pytest.mark.parametrize("country", G20_P5)
def test_one_head_title_at_a_time(country: str) -> None:
    """No two different people hold the same head title of a country on the same day."""
    rs = [r for r in rows() if r.country == country and r.title in {"President", "Prime Minister", "Chancellor", "Premier", "Monarch", "King"}]
    for i, a in enumerate(rs):
        for b in rs[i + 1 :]:
            if a.name != b.name and a.title == b.title:
                assert not (a.start < end_of(b) and b.start < end_of(a)), (
                    f"lines {a.line}/{b.line}: {a.name} and {b.name} both {a.title}"
                )
