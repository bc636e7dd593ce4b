"""Precision, session 6 (wt-prec2): false events from shows of force and event status.

- An inquiry only announced ("would question the minister") is no stated intention (intent.tsv
  has no row for 09).
- A future reported under a verb of saying ("X said Y would ...") is a stated intention only of
  the speaker's side (coder._own_side_futures).
- A show of force naming no target is aimed at the one other side its sentence names, and made
  at home when it names none (coder._aimed_force; clause_words.tsv aimed_force_root).
- Two or more countries' forces holding an exercise that aims at no one else cooperate
  militarily (062), each way for two parties, first named toward the others for more
  (coder._joint_drill; clause_words.tsv joint_drill_root, drill_noun); an exercise "with" a
  named party is cooperation with it. An exercise aimed at a third country stays a show of
  force (15) against it.

Sentences are written for these tests, not taken from the gold files.
"""
from __future__ import annotations

import coding_helpers


def code(pipeline, text: str) -> list[dict]:  # type: ignore[no-untyped-def]
    return coding_helpers.code(pipeline, text, "2023-05-09")


has = coding_helpers.has
roots = coding_helpers.roots


def test_two_states_starting_joint_drills_cooperate(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Egypt and Greece began joint naval manoeuvres in the Mediterranean on Sunday.")
    assert has(events, "062", "EGY", "GRC") and has(events, "062", "GRC", "EGY")
    assert "15" not in roots(events)


def test_a_drill_with_a_named_partner_is_cooperation(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "French paratroopers started a two-week exercise with Senegalese soldiers near Thies.")
    assert has(events, "062", "FRA", "SEN")
    assert "15" not in roots(events)


def test_many_states_drilling_together_code_the_first_toward_the_others(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Sailors from Brazil, Argentina and Uruguay began the annual exercise off Montevideo on Friday.")
    assert has(events, "062", "BRA", "ARG") and has(events, "062", "BRA", "URY")
    assert not has(events, "062", "ARG", "URY")


def test_a_drill_near_a_third_country_stays_a_show_of_force(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Russian and Belarusian troops began military exercises near Lithuania's border on Monday.")
    assert has(events, "15", "RUS", "LTU") and has(events, "15", "BLR", "LTU")
    assert "06" not in roots(events)


def test_one_state_drilling_alone_stays_a_show_of_force(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Iran launched large-scale military drills near its border with Azerbaijan on Friday.")
    assert has(events, "15", "IRN", None)
    assert "06" not in roots(events)


def test_an_announced_questioning_is_no_stated_intention(pipeline) -> None:  # type: ignore[no-untyped-def]
    # intent.tsv lists no code for an intended inquiry (09)
    events = code(pipeline, "Kenya's anti-graft commission said it would question the Kenyan health minister next week.")
    assert "03" not in roots(events)


def test_a_future_reported_by_another_side_is_no_stated_intention(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Japan gave two patrol boats to Vietnam on Friday, a donation that Japanese officials said would help Hanoi patrol its waters.")
    assert not any(e["cameo"][:2] in ("03", "13") for e in events)
    assert has(events, "07", "JPN", "VNM")
    events = code(pipeline, "France's defence minister said Chad would send troops to Niger.")
    assert not any(e["cameo"][:2] in ("03", "13") for e in events)


def test_a_future_reported_by_the_own_side_stays_an_intention(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "The Kenyan president said Nairobi would send 1,000 police officers to Haiti.")
    assert has(events, "03", "KEN", None)


def test_a_show_of_force_is_aimed_at_the_one_other_side_named(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Latvia raised the alert level of its border guards along the frontier with Russia on Monday.")
    assert has(events, "15", "LVA", "RUS")


def test_two_sides_rushing_troops_face_each_other(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Kyrgyzstan and Tajikistan rushed extra troops to the disputed valley on Thursday.")
    assert has(events, "15", "KGZ", "TJK") and has(events, "15", "TJK", "KGZ")


def test_a_deployment_naming_no_other_side_is_made_at_home(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Ecuador deployed soldiers in the streets of Guayaquil on Saturday.")
    assert has(events, "15", "ECU", "ECU")
