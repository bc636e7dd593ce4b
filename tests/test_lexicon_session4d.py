"""Trigger families of section `ew-triggers-13d (session 4)` of triggers.tsv, written from the
tuning sets' "other root triggered" misses: envoys declared persona non grata (174, both the
clause parse "declared X persona" and the passive's object predicate), states leaving or
withdrawing from international bodies and treaties (160), forces pushed or driven back (190)
and vehicles struck (190, the doer often a drone or missile).

Sentences are written for these tests, not taken from the gold files.
"""
from __future__ import annotations

import pytest

import coding_helpers


def code(pipeline, text: str) -> list[dict]:  # type: ignore[no-untyped-def]
    return coding_helpers.code(pipeline, text, "2023-05-10")


has = coding_helpers.has


CASES = [
    ("Chad declared Germany's ambassador persona non grata on Friday.", "174", "TCD", "DEU"),
    ("Estonia declared two Russian diplomats persona non grata on Friday.", "174", "EST", "RUS"),
    ("Burundi's government announced on Tuesday that it was leaving UNESCO.", "160", "BDI", "UNESCO"),
    ("Burkina Faso announced its withdrawal from ECOWAS on Sunday.", "160", "BFA", "ECOWAS"),
    ("Sudanese army units pushed RSF fighters back from the bridge.", "190", "SDN", None),
    ("An Israeli drone struck a Hezbollah car near the town of Tyre.", "19", "ISR", None),
    # an expulsion is aimed at the expelled envoys' state before the country they leave
    ("Algeria expelled twelve French embassy staff from Algiers.", "17", "DZA", "FRA"),
    ("The Netherlands expelled two Russian intelligence officers from The Hague.", "17", "NLD", "RUS"),
    ("Sudan expelled the head of the UN mission from Khartoum.", "17", "SDN", "UNO"),
]


@pytest.mark.parametrize(("text", "code_prefix", "source", "target"), CASES)
def test_session4d_families(pipeline, text, code_prefix, source, target) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, text)
    assert has(events, code_prefix, source, target), (text, coding_helpers.dyads(events, digits=None))


@pytest.mark.parametrize("text", [
    "The delegation left the conference hall after the vote.",
    "A bus hit a car on the highway outside Nairobi.",
    "He declared the meeting open.",
])
def test_no_event_without_a_party(pipeline, text) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, text)
    assert not any(e["cameo"][:2] in {"16", "17", "19"} for e in events), coding_helpers.dyads(events, digits=None)
