"""The coder on short passages: voice, nominal events, coordination, negation, reported
speech, hedges, pronouns, dedup. Each case is a general construction, not one sentence."""
from __future__ import annotations

import pytest

import coding_helpers
from eventwire.ingest import clean_text


def code(pipeline, text: str, published: str = "2015-03-10") -> list[dict]:  # type: ignore[no-untyped-def]
    return coding_helpers.code(pipeline, text, published)


def triples(events: list[dict]) -> set[tuple[str, str, str]]:
    def side(a: dict | None) -> str:
        return a["code"] if a else "-"

    return {(side(e["source"]), e["cameo_root"], side(e["target"])) for e in events}


def test_active_and_passive_voice_give_the_same_dyad(pipeline) -> None:  # type: ignore[no-untyped-def]
    active = triples(code(pipeline, "Egyptian police arrested ten Muslim Brotherhood members in Cairo."))
    passive = triples(code(pipeline, "Ten activists were arrested by Egyptian police in Cairo."))
    assert ("EGYCOP", "17") in {(s, r) for s, r, _ in active}
    assert ("EGYCOP", "17") in {(s, r) for s, r, _ in passive}


def test_nominal_event_takes_its_of_phrase_as_target(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Iraq condemned the Turkish bombardment of Kurdish villages near Dohuk.")
    roots = {e["cameo_root"] for e in events}
    assert "11" in roots


def test_coordinated_targets_give_one_event_each(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Russia expelled diplomats from Britain, France and Germany on Monday.")
    targets = {e["target"]["country"] for e in events if e["target"] and e["cameo_root"] == "16"}
    assert targets >= {"GBR", "FRA", "DEU"}


def test_negation_is_flagged(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Iran did not attack the tanker, Iranian officials said.")
    assert all(e["negated"] for e in events if e["cameo_root"] in ("18", "19"))


def test_reported_speech_codes_the_reported_actor(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Ukraine said Russian troops shelled Kharkiv on Tuesday.")
    assert ("RUSMIL", "19") in {(e["source"]["code"], e["cameo_root"]) for e in events if e["source"]}
    assert not any(e["source"] and e["source"]["country"] == "UKR" and e["cameo_root"] == "19"
                   for e in events)


@pytest.mark.parametrize("text", [
    "Russia may attack Ukraine next year.",
    "Israel is expected to strike Hamas positions in Gaza.",
    "China plans to send warships to the region.",
    "If talks fail, Turkey will launch an offensive against the YPG.",
])
def test_hedged_future_and_conditional_actions_are_not_events(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    roots = {e["cameo_root"] for e in code(pipeline, text)}
    assert not roots & {"15", "17", "18", "19", "20"}


def test_a_threat_is_itself_an_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "North Korea threatened to attack South Korea.")
    assert ("PRK", "13", "KOR") in {(e["source"]["country"], e["cameo_root"], e["target"]["country"])
                                    for e in events if e["source"] and e["target"]}


def test_a_and_b_met_is_one_consult_between_them(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "India and Pakistan held talks in Islamabad on Monday.")
    consult = [e for e in events if e["cameo_root"] == "04"]
    assert consult and {consult[0]["source"]["country"], consult[0]["target"]["country"]} == {"IND", "PAK"}


def test_pronoun_takes_the_last_compatible_actor(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Germany hosted talks on the war in Berlin. It later accused Russia of stalling.")
    assert ("DEU", "11", "RUS") in {(e["source"]["country"], e["cameo_root"], e["target"]["country"])
                                    for e in events if e["source"] and e["target"]}


def test_people_by_title_then_surname(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("Russian Foreign Minister Sergei Lavrov arrived in Geneva on Monday. "
            "Lavrov accused Washington of undermining the talks.")
    events = code(pipeline, text)
    assert any(e["source"] and e["source"]["code"] == "RUSGOV" and e["cameo_root"] == "11"
               and e["target"] and e["target"]["country"] == "USA" for e in events)


def test_role_only_actor_takes_the_country_of_the_place(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Protesters clashed with police in Kathmandu on Sunday.")
    countries = {a["country"] for e in events for a in (e["source"], e["target"]) if a}
    assert "NPL" in countries


def test_event_carries_date_place_and_evidence(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Chinese troops fired on Indian soldiers in Ladakh on June 15, 2020."
    article = clean_text(text, "t", published="2020-06-17")
    events = pipeline.code_one(article)
    assert events
    e = events[0]
    assert e.date == "2020-06-15"
    assert article.text[e.evidence.char_start:e.evidence.char_end] == e.evidence.trigger
    assert e.sentence in article.text


def test_no_event_in_background_sentences(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("The economy grew 2.1 percent in the third quarter, the statistics office said. "
            "Temperatures in Madrid reached 40 degrees on Tuesday.")
    assert code(pipeline, text) == []


def test_sentences_without_a_verb_terminate(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the root is its own head; walking up must stop there ("Clashes near Kyiv")
    events = code(pipeline, "Clashes near Kyiv\n\nHeavy clashes near Kyiv overnight.")
    assert isinstance(events, list)


_dyads = coding_helpers.dyads


def test_stated_intention_is_coded_as_intent_not_as_the_act(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Iran is willing to resume cooperation with the International Atomic Energy Agency.")
    assert [e["cameo"][:2] for e in events] == ["03"]


def test_reported_would_is_a_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Erdogan said Turkey would launch a ground offensive against Syria.")
    assert ("TUR", "13", "SYR") in _dyads(events)


def test_condemning_an_act_targets_its_agent(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Iraq condemned the Turkish bombardment of Kurdish villages near Dohuk.")
    assert ("IRQ", "11", "TUR") in _dyads(events)


def test_possessive_pronoun_target_is_not_the_source(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Mali's junta expelled the French ambassador after Paris criticised its rulers."
    assert ("FRA", "11", "MLI") in _dyads(code(pipeline, text))


def test_passive_domestic_act_without_agent_is_the_state_of_the_place(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert ("EGY", "17", "EGY") in _dyads(code(pipeline, "Ten activists were detained in Cairo on Friday."))


def test_event_without_a_target_is_left_out_except_statements_protests_mobilisation(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert code(pipeline, "Iran rejected the report.") == []
    assert ("GEO", "14", "GEO") in _dyads(code(pipeline, "Thousands of people protested in Tbilisi on Sunday."))
