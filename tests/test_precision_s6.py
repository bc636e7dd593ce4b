"""Event status (wt-prec, session 6): the for-phrase of a verb of praise or blame gives the
speaker's reason, no event of its own ("thanked Kenya for sending police"); the praise or
blame itself is still coded. Legal verbs keep their for-phrase (it is the charge).

Sentences are written for these tests, not taken from the gold files.
"""
from __future__ import annotations

import coding_helpers


def code(pipeline, text: str) -> list[dict]:  # type: ignore[no-untyped-def]
    return coding_helpers.code(pipeline, text, "2024-03-12")


has = coding_helpers.has


def roots(events: list[dict]) -> set[str]:
    return {e["cameo"][:2] for e in events}


def test_thanks_for_sending_police_is_no_deployment(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Haiti's prime minister thanked Kenya on Monday for sending police officers to Port-au-Prince.")
    assert has(events, "051", "HTI", "KEN")
    assert "15" not in roots(events) and "07" not in roots(events)


def test_criticism_for_a_visit_is_no_visit(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Lithuania's president criticised Hungary's prime minister on Friday for travelling to Minsk to meet Alexander Lukashenko.")
    assert "11" in roots(events)
    assert "04" not in roots(events)


def test_praise_for_a_noun_reason_is_no_release(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Norway's foreign minister praised Belarus on Tuesday for the release of 20 political prisoners.")
    assert "05" in roots(events)
    assert "08" not in roots(events)


def test_the_act_itself_is_still_coded(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Kenya sent police officers to Haiti on Monday.")
    assert "15" in roots(events) or "07" in roots(events) or "04" in roots(events)


def test_condemning_an_unattributed_killing_is_no_killing_by_the_judge(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "The UN mission in South Sudan condemned the killing on Tuesday.")
    assert not any(e["cameo"].startswith("18") for e in events)


def test_condemning_the_expulsions_is_no_expulsion_by_the_judge(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Guatemala's government condemned the deportations as cruel.")
    assert not any(e["cameo"].startswith("17") for e in events)


def test_a_condemned_act_with_a_named_doer_is_kept(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Somalia condemned the arrest of a Somali journalist by Ethiopian police.")
    assert "17" in roots(events)


def test_a_reported_passive_future_is_no_intention(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Ghana's president said the inquiry into the Ghanaian army would be led by a retired judge.")
    assert not any(e["cameo"].startswith("03") for e in events)


def test_a_reported_active_future_stays_an_intention(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Japan's defence ministry said it would send two destroyers to the Philippines.")
    assert any(e["cameo"].startswith("03") for e in events)


def test_tear_gas_canisters_are_riot_control_not_chemical_weapons(pipeline) -> None:  # type: ignore[no-untyped-def]
    """A bare "gas canister" is no chemical weapon: police fire tear gas canisters (175); the
    chemical rows name the agent (chlorine, sarin, toxic ...)."""
    events = code(pipeline, "Riot police fired tear gas canisters at the protesters in Nairobi on Tuesday.")
    assert has(events, "175", "KEN", None)
    assert not any(e["cameo"].startswith("204") for e in events)


def test_a_statement_answered_by_a_later_denial_is_stated(pipeline) -> None:  # type: ignore[no-untyped-def]
    """", a charge India denied": the parser hangs the writer's statement on the denial as its
    content; it is stated, and the denial answers its author."""
    events = code(pipeline, "Bangladesh's foreign ministry accused Myanmar of shelling border villages, a charge Naypyidaw denied.")
    assert has(events, "11", "BGD", "MMR")
    assert has(events, "01", "MMR", "BGD")


def test_a_denied_claim_of_the_writer_without_answer_noun_stays_content(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Myanmar denied that its troops had shelled border villages in Bangladesh.")
    assert not has(events, "19", "MMR", None) and not has(events, "18", "MMR", None)
