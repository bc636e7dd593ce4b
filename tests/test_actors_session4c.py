"""Session 4c actor rules: a role noun right after a country's organisation name, and
"the two countries" standing for a coordinated pair of states."""
from __future__ import annotations

import pytest

from eventwire.actors import ActorResolver


def found(text: str) -> list[tuple[str, str]]:
    r = ActorResolver(published="2021-06-10")
    return [(m.text, m.actor.code) for m in r.mentions(text)]


@pytest.mark.parametrize(("text", "mention"), [
    ("Venezuela detained four U.S. Navy sailors on Monday.", ("U.S. Navy sailors", "USAMIL")),
    ("Pakistan said it captured two Indian Army soldiers near the line.", ("Indian Army soldiers", "INDMIL")),
])
def test_role_after_country_organisation(text: str, mention: tuple[str, str]) -> None:
    got = found(text)
    assert mention in got
    assert not any(code == "MIL" for _, code in got)  # no bare role left over


def _events(text: str) -> list[tuple[str, str, str]]:
    from eventwire.ingest import clean_text
    from eventwire.pipeline import Pipeline
    out = []
    for e in Pipeline().code_one(clean_text(text, "t", published="2021-06-01")):
        out.append((e.source.code if e.source else "", e.cameo, e.target.code if e.target else ""))
    return out


def test_two_countries_possessor_is_the_coordinated_pair() -> None:
    ev = _events("Chile and Peru signed a trade pact with Japan on Monday, and Tokyo later "
                 "summoned the two countries' ambassadors.")
    assert ("JPNGOV", "114", "CHLGOV") in ev and ("JPNGOV", "114", "PERGOV") in ev


def test_both_countries_is_the_coordinated_pair() -> None:
    ev = _events("Chile and Peru signed a trade pact with Japan on Monday, and Tokyo later criticised both countries.")
    targets = {t for s, c, t in ev if c.startswith("11")}
    assert targets == {"CHL", "PER"}
