"""Precision, session 5 (wt-prec): false events from event status and trigger senses.

- A topic is no act: "spoke by phone about reopening the border" codes the call, not a
  reopening (modality.tsv, mark ``about``).
- A nominal event in an adjunct of time or concession ("despite the expulsion of", "after
  the bombing of") is background the clause presupposes: it keeps its own status, not the
  intention or hedge of the clause it hangs on (syntax._realisation).
- A present-tense that-clause after a past mandative head is insisted on, not stated:
  "insisted that Chad pull its troops out" (modality.tsv, mandative).
- What is blocked or vetoed did not happen: "blocked the start of accession talks"
  (modality.tsv, governor); a reason cited is no event of its own ("citing the shelling of").
- A noun after a comma that sums up the clause and names no doer ("..., the deadliest attack
  since the election") is no second event (syntax._restates_clause).
- A present-tense "as" clause behind a past act is an ongoing trend, no event ("..., as the
  junta deepens its ties with Moscow").
- A second -ing act the parser hangs on an accusing verb is accused, not done ("accusing X of
  meddling ... and violating its airspace").
- Trigger senses: bare "press" refuses "pressed ahead/on with" (a new refusal, `noadv`);
  "protest" refuses a state subject (a complaint, not a demonstration); "host" refuses services
  and websites; bare "attack" refuses rioters and protesters (no military assault); "lead" +
  inquiry refuses a describing participle; "questioned suspects" is an inquiry (091), no arrest;
  "invited observers" is no appeal (02); "pressed for" is a demand (10).

Sentences are written for these tests, not taken from the gold files.
"""
from __future__ import annotations

import coding_helpers


def code(pipeline, text: str) -> list[dict]:  # type: ignore[no-untyped-def]
    return coding_helpers.code(pipeline, text, "2023-05-09")


has = coding_helpers.has

roots = coding_helpers.roots
status_of = coding_helpers.status_of


def test_a_topic_of_a_call_is_no_reopening(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "The presidents of Kenya and Tanzania spoke by telephone on Friday about "
                            "reopening the Namanga crossing.")
    assert "08" not in roots(events)


def test_talking_about_a_topic_is_hedged() -> None:
    assert status_of("Ministers talked for hours about lifting the sanctions on Belarus.", "lifting") == "hedged"


def test_a_background_expulsion_is_no_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Italy agreed on Monday to keep 300 soldiers in Niger despite the expulsion "
                            "of German troops by the junta in Niamey.")
    assert not any(e["cameo"].startswith("13") for e in events)


def test_a_background_noun_keeps_its_own_status() -> None:
    text = "Estonia agreed to send more troops to Latvia despite the bombing of its embassy."
    assert status_of(text, "bombing") == "realised"


def test_insisted_that_a_state_pull_out_is_no_withdrawal(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Niger insisted on Monday that France pull its soldiers out of the country "
                            "by the end of the year.")
    assert not any(e["cameo"].startswith("087") or e["cameo"].startswith("16") for e in events
                   if coding_helpers.side(e["source"]) == "FRA")


def test_insisted_that_troops_were_not_involved_stays_a_statement() -> None:
    text = "Rwanda insisted that its troops stayed on its own side of the border."
    assert status_of(text, "stayed") == "realised"


def test_blocked_talks_did_not_start(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Hungary blocked the opening of European Union accession talks with "
                            "Moldova on Thursday.")
    assert not any(e["cameo"].startswith("04") for e in events)


# -- trigger senses (triggers.tsv refusals; the `noadv` need) ---------------------------

def test_pressing_ahead_with_a_vote_is_no_appeal(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Poland's parliament pressed ahead on Tuesday with a vote on the media law.")
    assert "02" not in roots(events)


def test_pressing_a_state_is_still_an_appeal(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert has(code(pipeline, "Japan pressed China on Monday to ease its curbs on seafood imports."), "02", "JPN", "CHN")


def test_a_ministry_protesting_stages_no_demonstration(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Latvia's foreign ministry summoned the Russian ambassador on Monday to protest "
                            "against repeated airspace violations by Russian jets.")
    assert "14" not in roots(events)


def test_workers_protesting_still_demonstrate(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Thousands of Kenyan teachers protested against the new tax law in Nairobi on Monday.")
    assert "14" in roots(events)


def test_a_portal_hosting_services_is_no_host_of_a_visit(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Hackers disrupted Ghana's e-government portal, which hosts more than 3,000 "
                            "government services, the ministry said.")
    assert "04" not in roots(events)


def test_noadv_need_parses_a_list(tmp_path) -> None:  # type: ignore[no-untyped-def]
    lex = coding_helpers.lexicon_from_rows(tmp_path, "020\tVERB\tpress\tnoadv=ahead,on\t\t\t\t\n")
    rule = lex.rules_for("press", "VERB")[0]
    assert [(n.dep, n.words) for n in rule.needs] == [("noadv", ("ahead", "on"))]
    assert not rule.needs[0].positive and not rule.needs[0].word


def test_a_cited_reason_is_no_event_of_its_own(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Bolivia cut diplomatic ties with Israel on Tuesday, citing the shelling of "
                            "refugee camps in Gaza.")
    assert has(events, "16", "BOL", "ISR")
    assert "19" not in roots(events)


def test_rioters_attacking_town_halls_is_no_military_attack(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Riots spread across Belgian cities overnight, with youths burning cars and "
                            "attacking police stations.")
    assert not any(e["cameo"].startswith("19") for e in events)


def test_rebels_attacking_a_base_is_still_an_assault(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert has(code(pipeline, "M23 rebels attacked an army base near Goma on Sunday."), "19", None, None)


def test_a_summing_noun_is_no_second_attack() -> None:
    text = ("Gunmen killed at least 40 villagers in the town of Kaya on Sunday, the government said, "
            "the deadliest attack since the election.")
    assert status_of(text, "attack") == "hedged"


def test_a_summing_noun_with_its_own_doer_stays() -> None:
    text = "Gunmen stormed a hotel in Mogadishu on Friday, the latest attack by al-Shabaab."
    assert status_of(text, "attack") == "realised"


def test_an_inquiry_led_by_a_judge_is_described_not_opened(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Kenya's president ordered an inquiry into the deaths on Monday. The inquiry, "
                            "led by a retired judge, must report within 60 days.")
    assert sum(e["cameo"].startswith("09") for e in events) <= 1


def test_a_second_accused_act_is_no_violation(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Chad cut relations with Sudan on Friday, accusing its neighbour of meddling "
                            "in its internal affairs and violating its airspace.")
    assert has(events, "112", "TCD", "SDN")
    assert not any(e["cameo"].startswith("12") for e in events)


def test_questioning_suspects_is_an_inquiry(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Kenya's anti-corruption commission has questioned 40 suspects over the "
                            "missing funds.")
    assert any(e["cameo"] == "091" for e in events)
    assert not any(e["cameo"].startswith("173") for e in events)


def test_inviting_election_observers_is_no_appeal(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Malawi has invited observers from the African Union to monitor next month's "
                            "elections, the foreign ministry said.")
    assert not any(e["cameo"].startswith("02") for e in events)


def test_inviting_a_leader_to_talks_is_still_an_appeal(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert has(code(pipeline, "Kenya invited Ethiopia to peace talks in Nairobi on Monday."), "02", "KEN", "ETH")


def test_pressing_for_pay_is_no_appeal() -> None:
    from eventwire.coding.lexicon import load_lexicon

    rules = [r for r in load_lexicon().rules_for("press", "VERB") if [(n.dep, n.lemma) for n in r.needs] == [("prep", "for")]]
    assert [r.code for r in rules] == ["10"]


def test_an_ongoing_trend_behind_a_past_act_is_background() -> None:
    text = "Niger received two Turkish drones on Friday, as the junta deepens its ties with Ankara."
    assert status_of(text, "deepens") == "hedged"


def test_a_past_act_in_an_as_clause_stays_real() -> None:
    text = "Senators passed the bill on Tuesday as protesters stormed the chamber."
    assert status_of(text, "stormed") == "realised"
