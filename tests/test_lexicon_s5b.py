"""Trigger families of section `ew-triggers-14b (session 5, coverage 2)` of triggers.tsv: *undertake*
as a pledge (every `xcomp` row of pledge / vow / promise copied to undertake), and undertake / commit
+ abide, comply, honour, respect, implement, protect, uphold, observe, cooperate (030; coordinated
subjects pair up); light-verb and nominal phrasings: a ban announced, introduced, declared, enforced,
ordered, issued or enacted (172; travel, visa, entry, import, export, arms, trade bans 163), donations given
or handed (070; of a sum 071), requests for aid submitted, sent, filed, lodged, presented or issued (023) and
extradition requests (0213), offers of talks (036) or mediation (039) extended, presented, put or issued,
protests registered, delivered, sent or submitted (114), support or backing extended (051), consent to a release (0353), a withdrawal (0356), talks (036) or a ceasefire (0871). *make* is left
out: with any row of its own, "allegations made by the Taliban" stops naming the accuser.

Sentences are written for these tests, not taken from the gold files.
"""
from __future__ import annotations

import pytest

import coding_helpers


def code(pipeline, text: str) -> list[dict]:  # type: ignore[no-untyped-def]
    return coding_helpers.code(pipeline, text, "2022-03-14")


has = coding_helpers.has


CASES = [
    ("Belize and Guatemala undertook on Friday to abide by the ruling of the World Court.", "03", "BLZ", "GTM"),
    ("Serbia undertook to release the detained Kosovo police officers.", "035", "SRB", None),
    ("Ethiopia and Eritrea committed to respect the boundary commission's decision.", "03", "ETH", "ERI"),
    ("Moscow announced a ban on Moldovan wine imports on Tuesday.", "17", "RUS", "MDA"),
    ("Canada introduced a travel ban on senior Iranian officials.", "163", "CAN", "IRN"),
    ("Qatar handed a donation of 50 ambulances to Lebanon.", "07", "QAT", "LBN"),
    ("Malawi submitted a request for assistance to the World Food Programme.", "023", "MWI", None),
    ("Argentina filed an extradition request with Spain for the former officer.", "0213", "ARG", "ESP"),
    ("Turkey extended an offer of mediation to Sudan's warring generals.", "039", "TUR", "SDN"),
    ("Algeria registered a formal protest with Paris over the broadcast.", "114", "DZA", "FRA"),
    ("Brazil extended its support to Bolivia after the floods.", "051", "BRA", "BOL"),
    ("Khartoum consented to the release of three Egyptian journalists.", "0353", "SDN", "EGY"),
]


@pytest.mark.parametrize(("text", "code_prefix", "source", "target"), CASES)
def test_session5b_families(pipeline, text, code_prefix, source, target) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, text)
    assert has(events, code_prefix, source, target), (text, coding_helpers.dyads(events, digits=None))


@pytest.mark.parametrize(("text", "root"), [
    ("The ministry undertook a review of its procurement rules.", "03"),
    ("The gunmen committed atrocities in the village, residents said.", "03"),
    ("The league announced a ban on fans travelling to away matches.", "17"),
])
def test_session5b_no_event(pipeline, text, root) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, text)
    assert not has(events, root, None, None), (text, coding_helpers.dyads(events, digits=None))
