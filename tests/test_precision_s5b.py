"""Precision, session 5, second round (wt-prec2): trigger senses that depend on the doer or on
the object, and a state subject read from the actor tables.

- A subject class may hold "@STATE": a singular proper name the actor tables resolve to a
  country, its capital or government, or a state organ ("Beijing", "Kenya"); a people in the
  plural ("thousands of Kenyans") is no state.
- A state protesting complains (111), it does not demonstrate (14); protesters attacking are
  a riot (145), not a military assault (190).
- "called the strike illegal" is a verdict (111), no strike call (143).
- Inviting observers lets them in (0862); lifting a ban on a party is 0812; refusing to sign a
  deal rejects the plan (127); rejecting a mediating role rejects mediation (126); a request for
  someone's extradition is 0213; seizing swathes of a province occupies territory (192).

Sentences are written for these tests, not taken from the gold files.
"""
from __future__ import annotations

import coding_helpers


def code(pipeline, text: str) -> list[dict]:  # type: ignore[no-untyped-def]
    return coding_helpers.code(pipeline, text, "2023-05-09")


has = coding_helpers.has


roots = coding_helpers.roots


def test_state_mark_reads_country_names() -> None:
    from eventwire.coding.needs import _names_state
    from eventwire.nlp import load_nlp

    doc = load_nlp()("Kenya and Hamas and Amnesty International met.")
    assert _names_state(doc[0])
    assert not _names_state(doc[2])


def test_a_state_protesting_complains(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Vietnam protested the Chinese survey of its continental shelf on Tuesday.")
    assert has(events, "111", "VNM", "CHN")
    assert "14" not in roots(events)


def test_a_people_protesting_still_demonstrates(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Thousands of Kenyans protested against the new finance law in Nairobi on Tuesday.")
    assert "11" not in roots(events)


def test_protesters_attacking_is_a_riot(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Angry protesters attacked a police post in Lahore on Sunday.")
    assert any(e["cameo"] == "145" for e in events)
    assert "19" not in roots(events)


def test_calling_a_strike_illegal_is_a_verdict(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Teachers in Lusaka stopped work on Monday. Zambia's education ministry "
                            "called the walkout unlawful.")
    assert not any(e["cameo"] == "143" and e["evidence"]["trigger"] == "called" for e in events)


def test_inviting_observers_lets_them_in(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Malawi invited monitors from the African Union to watch the runoff vote.")
    assert has(events, "0862", "MWI", "AU")
    assert "02" not in roots(events)


def test_lifting_a_ban_on_a_party(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Guinea's junta lifted a ban on the main opposition party on Friday.")
    assert any(e["cameo"] == "0812" for e in events)


def test_refusing_to_sign_a_deal_rejects_the_plan(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Serbia refused to sign the normalisation agreement with Kosovo in Ohrid.")
    assert has(events, "127", "SRB", "XKX") or has(events, "127", "SRB", None)


def test_rejecting_a_mediating_role(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Ethiopia rejected a mediation role for Egypt in its dispute with Sudan.")
    assert has(events, "126", "ETH", "EGY")


def test_request_for_extradition(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Kazakhstan submitted an extradition request to Kyrgyzstan on Monday.")
    assert has(events, "0213", "KAZ", "KGZ")


def test_seizing_swathes_of_a_province(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Jihadist fighters seized large swathes of Cabo Delgado in Mozambique last year.")
    assert any(e["cameo"] == "192" for e in events)


def test_one_body_agreeing_to_lift_sanctions_lifts_them(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "EU foreign ministers agreed on Thursday to lift the remaining sanctions on Belarus.")
    assert has(events, "085", "EU", "BLR")
    assert not any(e["cameo"].startswith("03") for e in events)


def test_a_court_agreeing_to_investigate_opens_the_inquiry(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "A court in Lisbon agreed to investigate alleged abuses by Angolan police.")
    assert any(e["cameo"].startswith("09") for e in events)
    assert not any(e["cameo"].startswith("03") for e in events)


def test_two_parties_agreeing_still_state_an_intention(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Canada agreed to ease sanctions on Cuba after talks in Havana.")
    assert any(e["cameo"].startswith("035") for e in events)
    assert not any(e["cameo"].startswith("085") for e in events)


def test_an_investigation_is_a_criminal_inquiry(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Uganda's anti-graft agency opened an investigation into the mayor of Gulu on Monday.")
    assert any(e["cameo"] == "091" for e in events)
    assert not any(e["cameo"] == "090" for e in events)
