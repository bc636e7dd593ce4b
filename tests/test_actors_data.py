"""The shipped actor tables are valid, and broken tables fail with file:line errors."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pycountry
import pytest

from eventwire.actors import ROLE_CODES, ActorDataError, load_actor_tables, read_actor_tables
from eventwire.actors.tables import DATA_DIR, load_register

ISO3 = {c.alpha_3 for c in pycountry.countries} | {"XKX"}


def test_shipped_tables_load_and_are_cached() -> None:
    t = load_actor_tables()
    assert t is load_actor_tables()
    assert len(t.countries) >= 249


def test_every_iso3_is_valid_and_every_country_present() -> None:
    t = load_actor_tables()
    assert set(t.countries) == ISO3
    for org in t.organizations:
        assert org.country is None or org.country in ISO3
    for title in t.titles.values():
        assert title.country is None or title.country in ISO3
    for reg in t.register:
        assert reg.country is None or reg.country in ISO3


def test_no_empty_names_and_roles_in_allowed_set() -> None:
    t = load_actor_tables()
    for c in t.countries.values():
        assert c.names and all(a.text.strip() for a in (*c.names, *c.adjectives))
        assert all(role in ROLE_CODES for _, role in c.metonyms)
    assert all(p.strip() and r in ROLE_CODES for p, r in t.roles.items())
    assert all(e.role in ROLE_CODES for e in t.titles.values())
    for org in t.organizations:
        assert org.aliases and org.name.strip() and re.fullmatch(r"[A-Z0-9]{2,12}", org.code)
        assert org.role is None or org.role in ROLE_CODES


def test_role_table_covers_cameo_roles() -> None:
    t = load_actor_tables()
    used = set(t.roles.values()) | {e.role for e in t.titles.values()}
    assert used >= ROLE_CODES - {"INS"} or used >= ROLE_CODES


def test_key_entries_present() -> None:
    t = load_actor_tables()
    usa = t.countries["USA"]
    assert {"United States", "U.S.", "US", "America"} <= {a.text for a in usa.names}
    assert ("Pentagon", "MIL") in {(a.text, r) for a, r in usa.metonyms}
    codes = {o.code for o in t.organizations}
    assert {"UNO", "NATO", "EU", "AU", "IMF", "WB", "WHO", "ISIS", "AQ", "TAL", "HAM", "HEZ"} <= codes
    assert {"PSE", "TWN", "XKX"} <= set(t.countries)


# --------------------------------------------------------------------------- validation errors


@pytest.fixture()
def data_copy(tmp_path: Path) -> Path:
    for name in ("countries.tsv", "roles.tsv", "titles.tsv", "organizations.tsv", "context.tsv"):
        shutil.copy(DATA_DIR / name, tmp_path / name)
    return tmp_path


def _append(path: Path, line: str) -> int:
    text = path.read_text(encoding="utf-8")
    path.write_text(text + line + "\n", encoding="utf-8")
    return text.count("\n") + 1


def _fails(data: Path, file: str, lineno: int, needle: str) -> None:
    with pytest.raises(ActorDataError) as err:
        read_actor_tables(data, data / "register.tsv")
    msg = str(err.value)
    assert f"{file}:{lineno}:" in msg and needle in msg


def test_bad_iso3(data_copy: Path) -> None:
    n = _append(data_copy / "organizations.tsv", "XYZ\tgroup\tQQQ\tREB\tSome Group")
    _fails(data_copy, "organizations.tsv", n, "ISO-3")


def test_unknown_role(data_copy: Path) -> None:
    n = _append(data_copy / "roles.tsv", "wizards\tWIZ")
    _fails(data_copy, "roles.tsv", n, "unknown role")


def test_duplicate_alias_to_different_actors(data_copy: Path) -> None:
    n = _append(data_copy / "countries.tsv", "ZZZ\tChina\t\t\t")
    _fails(data_copy, "countries.tsv", n, "'China'")


def test_bad_register_date_and_overlap(tmp_path: Path) -> None:
    reg = tmp_path / "register.tsv"
    header = "name\taliases\tcountry\trole\tcode\ttitle\tstart\tend\n"
    reg.write_text(header + "A B\tB\tUSA\tGOV\t\tPresident\t2014-13-01\t\n")
    with pytest.raises(ActorDataError, match=r"register.tsv:2: bad start date"):
        load_register(reg)
    reg.write_text(header + "A B\tB\tUSA\tGOV\t\t\t2010-01-01\t2012-01-01\nC B\tB\tUSA\tGOV\t\t\t2011-01-01\t\n")
    with pytest.raises(ActorDataError, match=r"register.tsv:3: alias 'B'"):
        load_register(reg)
    reg.write_text(header + "A B\tB\tUSA\tGOV\t\t\t2010-01-01\t2012-01-01\nC B\tB\tUSA\tGOV\t\t\t2012-01-02\t\n")
    assert [r.code for r in load_register(reg)] == ["USAGOV", "USAGOV"]


def test_missing_register_is_empty(tmp_path: Path) -> None:
    assert load_register(tmp_path / "nope.tsv") == ()


def test_register_covers_smaller_states_heads_of_government() -> None:
    from eventwire.actors import ActorResolver

    t = load_actor_tables()
    r = ActorResolver(t, published="2022-04-20")
    ms = r.mentions("Prime Minister Manasseh Sogavare dismissed the criticism, and Acting President Myint Swe spoke.")
    assert [m.actor.code for m in ms] == ["SLBGOV", "MMRGOV"]
    assert [m.actor.code for m in ActorResolver(t, published="2023-05-01").mentions("James Marape met the envoy.")][:1] == ["PNGGOV"]
    # out of office: an elite, not the government
    assert [m.actor.code for m in ActorResolver(t, published="2025-06-01").mentions("Sogavare criticised the plan.")] == ["SLBELI"]
    # the opposition leader is the opposition
    assert [m.actor.code for m in r.mentions("Opposition leader Matthew Wale accused him.")][0] == "SLBOPP"
