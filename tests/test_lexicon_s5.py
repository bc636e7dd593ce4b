"""Trigger families of section `ew-triggers-14 (session 5, coverage)` of triggers.tsv, written as
families from the tuning sets' "no trigger of the root" misses: deadlines given "until" a date (139)
and hours or days given to leave (166), named parties authorised, allowed or permitted to resume,
operate, visit, inspect or deliver (086, 0862, 0863), crossings reopened when the parser reads
"crossing" as the verb "cross" (081), energy shipped, exported or supplied (061), judicial
commissions formed to investigate (090), air defence batteries handed over (072) and relief or
hospital ships, planes and teams sent (073).

Sentences are written for these tests, not taken from the gold files.
"""
from __future__ import annotations

import pytest

import coding_helpers


def code(pipeline, text: str) -> list[dict]:  # type: ignore[no-untyped-def]
    return coding_helpers.code(pipeline, text, "2022-03-14")


has = coding_helpers.has


CASES = [
    ("The African Union gave Sudan's generals until the end of June to restore civilian rule.", "139", "AU", "SDN"),
    ("Cameroon authorised the International Committee of the Red Cross to resume its work in the north.", "086", "CMR", "ICRC"),
    ("Iran allowed the International Atomic Energy Agency to inspect the Fordow site.", "0862", "IRN", "IAEA"),
    ("Syria permitted the World Health Organization to deliver vaccines in Idlib.", "0863", "SYR", "WHO"),
    ("Israel reopened the Erez crossing into Gaza on Sunday.", "081", "ISR", "PSE"),
    ("Turkmenistan began exporting gas to Afghanistan last year.", "061", "TKM", "AFG"),
    ("Iraq began shipping fuel oil to Lebanon on Monday.", "061", "IRQ", "LBN"),
    ("Sri Lanka appointed a judicial committee to probe the Easter bombings.", "090", "LKA", None),
    ("Spain delivered two Patriot missile batteries to Turkey.", "072", "ESP", "TUR"),
    ("Germany provided Ukraine with Patriot batteries.", "072", "DEU", "UKR"),
    ("Italy sent a hospital ship to Libya.", "073", "ITA", "LBY"),
]


@pytest.mark.parametrize(("text", "code_prefix", "source", "target"), CASES)
def test_session5_families(pipeline, text, code_prefix, source, target) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, text)
    assert has(events, code_prefix, source, target), (text, coding_helpers.dyads(events, digits=None))


@pytest.mark.parametrize(("text", "root"), [
    # an unnamed party allowed to resume work is no international involvement
    ("Egypt allowed farmers to resume work in the delta.", "08"),
    # a doctor's deadline is no ultimatum between parties
    ("Doctors gave the patient two days to recover.", "13"),
    # a named party allowed to go home is no international involvement
    ("Belarus allowed Maria Kolesnikova to meet her lawyer.", "08"),
])
def test_session5_no_event(pipeline, text, root) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, text)
    assert not any(e["cameo"].startswith(root) for e in events), coding_helpers.dyads(events, digits=None)
