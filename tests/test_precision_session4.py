"""Precision, session 4 (wt-prec): families of false events, fixed in data.

- An event noun that is only weighed, debated, discussed, opposed or supported is no act of the
  subject: "is weighing new sanctions" is no 163 (modality.tsv, governor).
- The casualties of a strike told in a trailing participle are the same event as the strike:
  "bombed rebel positions, killing 14 fighters" is one 19x event, no extra 180/182
  (triggers.tsv, kill/wound/injure + nohead=<conflict verb>). An ambush or a killing on its own
  still codes 180.

Sentences are written for these tests, not taken from the gold files.
"""
from __future__ import annotations

import pytest

import coding_helpers


def code(pipeline, text: str) -> list[dict]:  # type: ignore[no-untyped-def]
    return coding_helpers.code(pipeline, text, "2023-05-09")


has = coding_helpers.has


def shown(events: list[dict]) -> set:
    return coding_helpers.dyads(events, digits=None)


DELIBERATED = [
    "Washington is weighing new sanctions on Tehran.",
    "The Dutch government is mulling an arms embargo on Israel.",
    "Italy supported sanctions on Russian oil.",
    "Spanish ministers debated an oil embargo on Venezuela on Monday.",
    "Hungary opposed new sanctions on Moscow.",
]


@pytest.mark.parametrize("text", DELIBERATED)
def test_weighed_or_opposed_sanctions_are_not_imposed(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, text)
    assert not any(e["cameo"].startswith("16") for e in events), (text, shown(events))


def test_opposing_sanctions_is_still_coded_as_opposition(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Hungary opposed new sanctions on Moscow.")
    assert has(events, "11", "HUN", "RUS"), shown(events)


def test_imposed_sanctions_still_code(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Lithuania imposed sanctions on Belarusian officials.")
    assert has(events, "163", "LTU", "BLR"), shown(events)


SAME_STRIKE = [
    ("Ethiopian jets bombed rebel positions near Mekelle, killing 14 fighters.", "ETH"),
    ("Sudanese artillery pounded the outskirts of Omdurman on Tuesday, killing nine civilians.", "SDN"),
    ("A Colombian army helicopter dropped bombs on a guerrilla camp, injuring 20 people.", "COL"),
]


@pytest.mark.parametrize(("text", "source"), SAME_STRIKE)
def test_casualties_of_a_strike_are_not_a_second_event(pipeline, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, text)
    assert has(events, "19", source, None), (text, shown(events))
    assert not any(e["cameo"][:2] == "18" for e in events), (text, shown(events))


def test_tear_gas_then_wounding_is_one_repression(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Police fired tear gas at demonstrators in Nairobi, wounding several students.")
    assert has(events, "175", "KEN", "KEN"), shown(events)
    assert not any(e["cameo"].startswith("182") for e in events), shown(events)


KILLINGS = [
    ("Gunmen killed five Nigerian farmers near Jos on Sunday.", "NGA"),
    ("Gunmen ambushed a Malian army convoy near Gao, killing 12 soldiers.", "MLI"),
]


@pytest.mark.parametrize(("text", "target"), KILLINGS)
def test_killings_still_code(pipeline, text: str, target: str) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, text)
    assert has(events, "180", None, target), (text, shown(events))


POSTURE_INTENT = [
    ("Rwanda is ready to deploy a battalion to Mozambique to help fight insurgents.", "RWA", "MOZ"),
    ("Britain said it would send a warship to Guyana.", "GBR", "GUY"),
    ("NATO said it would strengthen its presence in Latvia.", "NATO", "LVA"),
]


@pytest.mark.parametrize(("text", "source", "target"), POSTURE_INTENT)
def test_announced_deployment_is_an_intention_not_a_threat(pipeline, text, source, target) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, text)
    assert has(events, "03", source, target), (text, shown(events))
    assert not any(e["cameo"].startswith("13") for e in events), (text, shown(events))


def test_announced_offensive_stays_a_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Turkey said it would launch a ground offensive against Kurdish militants in Syria.")
    assert has(events, "138", "TUR", None), shown(events)


def test_act_under_let_is_not_realised(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "The junta refused to let UN investigators visit the prison.")
    assert not any(e["cameo"].startswith("04") for e in events), shown(events)


STATE_NOT_ACT = [
    "The activist, who spent two years in detention, was freed on Monday.",
    "The journalist remains under arrest in Minsk.",
]


@pytest.mark.parametrize("text", STATE_NOT_ACT)
def test_being_in_detention_is_no_arrest(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, text)
    assert not any(e["cameo"].startswith("173") for e in events), (text, shown(events))


def test_a_detention_by_police_still_codes(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "The detention of 40 protesters by Belarusian police drew condemnation.")
    assert has(events, "173", "BLR", "BLR"), shown(events)


UNREALISED_NOUNS = [
    "Police prevented an attack on the Israeli embassy in Nairobi.",
    "Kenyan police thwarted an attack on a church in Mombasa.",
    "Security forces foiled a bombing of the parliament in Kabul.",
    "Russian troops rehearsed an invasion of Ukraine.",
    "Chinese drills simulated a blockade of Taiwan.",
    "Analysts predicted an Israeli attack on Iran.",
    "Russia faces new sanctions from Britain.",
]


@pytest.mark.parametrize("text", UNREALISED_NOUNS)
def test_prevented_or_rehearsed_events_did_not_happen(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, text)
    assert not any(e["cameo"][:2] in ("16", "18", "19") for e in events), (text, shown(events))


CLAIMED = [
    "Moscow dismissed assertions that its jets had bombed a hospital in Idlib.",
]


@pytest.mark.parametrize("text", CLAIMED)
def test_content_of_a_claim_is_not_stated_as_fact(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, text)
    assert not any(e["cameo"][:2] in ("14", "18", "19") for e in events), (text, shown(events))
