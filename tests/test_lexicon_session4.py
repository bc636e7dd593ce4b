"""Trigger families of section `ew-triggers-13 (session 4)` of triggers.tsv, written as families
from the tuning sets' "no trigger of the root" misses: crowds gathered outside a building (the
parser reads "outside" as the object's modifier), joint raids on a third party (190, not only
062), exercises counted in days with a military modifier (150), salvos of missiles (195), people
taken "as hostages" (181), aircraft turned back (121), suspects transferred or deported (063),
"little / slim hope" (012), appeals to appoint a mediator (028), agreeing to lay down arms (0873),
vows to take measures against a party (130), communities driven out (201), tip-offs passed to
another state's police (064; the hyphen splits "tip-off"), and the lemma fix hop -> hope.

Sentences are written for these tests, not taken from the gold files.
"""
from __future__ import annotations

import pytest

import coding_helpers


def code(pipeline, text: str) -> list[dict]:  # type: ignore[no-untyped-def]
    return coding_helpers.code(pipeline, text, "2022-03-14")


has = coding_helpers.has


CASES = [
    ("Several thousand teachers gathered outside parliament in Bucharest on Monday.", "141", "ROU", None),
    ("Kenyan and Somali troops carried out a joint raid on an al-Shabaab camp near Kismayo.", "190", "KEN", "SOM"),
    ("Kenyan and Somali troops carried out a joint raid on an al-Shabaab camp near Kismayo.", "190", "SOM", "SOM"),
    ("China began seven days of naval exercises near Taiwan on Monday.", "150", "CHN", "TWN"),
    ("North Korea fired a salvo of missiles toward Japan on Tuesday.", "195", "PRK", "JPN"),
    ("Venezuela turned back two Colombian military aircraft on Sunday.", "121", "VEN", "COL"),
    ("Kenya deported the terrorism suspect to Somalia on Friday.", "063", "KEN", "SOM"),
    ("The UN tribunal transferred genocide suspect Paul Mbeki to Uganda on Wednesday.", "063", None, "UGA"),
    ("Iran's foreign minister saw little hope of a deal with Washington.", "012", "IRN", None),
    ("Egypt's prime minister saw slim chances of a breakthrough.", "012", "EGY", None),
    ("Mali's opposition urged the African Union to appoint a mediator.", "028", "MLI", None),
    ("Iran vowed to take resolute measures against Israel.", "130", "IRN", "ISR"),
    ("Algeria passed a tip-off to Tunisian police about the plot.", "064", "DZA", "TUN"),
]


@pytest.mark.parametrize(("text", "code_prefix", "source", "target"), CASES)
def test_session4_families(pipeline, text, code_prefix, source, target) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, text)
    assert has(events, code_prefix, source, target), (text, coding_helpers.dyads(events, digits=None))


def test_hostages_taken_as(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Boko Haram fighters took 40 Nigerian villagers as hostages in Borno state.")
    assert has(events, "181", None, "NGA"), coding_helpers.dyads(events, digits=None)


def test_agreed_to_lay_down_arms(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Separatist fighters in eastern Ukraine agreed on Tuesday to lay down their weapons.")
    assert any(e["cameo"] == "0873" for e in events), coding_helpers.dyads(events, digits=None)


def test_hoped_to_broker_reads_hope(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the model lemmatises "hoped" as "hop"; lemma_fixes.tsv maps it back
    events = code(pipeline, "Qatar hoped to broker a ceasefire between Israel and Hamas.")
    assert has(events, "039", "QAT", None), coding_helpers.dyads(events, digits=None)


def test_joint_drills_off_a_partner_stay_cooperation(pipeline) -> None:  # type: ignore[no-untyped-def]
    # days of exercises need a military/naval modifier: joint drills between partners are 062 only
    events = code(pipeline, "Indian and Sri Lankan warships began a week of joint drills off Colombo on Monday.")
    assert not any(e["cameo"].startswith("15") for e in events), coding_helpers.dyads(events, digits=None)


NEAR_MISSES = [
    "Investors saw little change in the market on Monday.",  # not hope/prospect/chance
    "The airline turned back two flights because of fog.",  # no state actor
    "Fans gathered outside the stadium before the final.",  # no political actor
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_session4_near_misses_code_no_event(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    assert code(pipeline, text) == [], (text, coding_helpers.dyads(code(pipeline, text), digits=None))
