"""Targets the clause logic finds beyond the trigger's own slots: a country adjective on the
thing acted on, and others added in session 4. Each case is a construction written for this
file, not a sentence of a gold set."""
from __future__ import annotations

import coding_helpers

PUB = "2022-09-14"


def dyads(pipeline, text: str, digits: int | None = 2) -> set:  # type: ignore[no-untyped-def]
    return coding_helpers.dyads(coding_helpers.code(pipeline, text, PUB), digits)


# -- a thing described by a country adjective ---------------------------------------------
def test_blame_on_a_country_described_attitude_targets_that_country(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "The talks collapsed on Friday, with Nairobi blaming Ugandan obstinacy for the deadlock.")
    assert coding_helpers.dyad_in(found, "11", "KEN", "UGA")


def test_a_threatened_tariff_on_a_countrys_goods_targets_that_country(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "The Brazilian president threatened on Monday to impose heavy duties on all Argentine exports.")
    assert coding_helpers.dyad_in(found, "13", "BRA", "ARG")


def test_an_inquiry_into_a_countrys_practices_targets_that_country(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "The European Commission opened an investigation on Tuesday into Turkish steel subsidies.")
    assert coding_helpers.dyad_in(found, "09", "EU", "TUR")


def test_the_sources_own_adjective_is_no_target(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Nairobi blamed Kenyan complacency for the outbreak.")
    assert not coding_helpers.dyad_in(found, "11", "KEN", "KEN")


# -- the recipient of a handing-over --------------------------------------------------------
def test_a_handover_goes_to_its_recipient_not_to_the_owner_in_the_objects_name(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Britain handed back two Kenyan fossils to Tanzania on Thursday.")
    assert coding_helpers.dyad_in(found, "08", "GBR", "TZA")
    assert not coding_helpers.dyad_in(found, "08", "GBR", "KEN")


def test_a_refusal_to_hand_someone_over_answers_the_recipient(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Kabul refused on Tuesday to hand over the al-Qaeda commander to Islamabad.")
    assert coding_helpers.dyad_in(found, "12", "AFG", "PAK")
    assert not coding_helpers.dyad_in(found, "12", "AFG", "AQ")


# -- the provoker of a show of force --------------------------------------------------------
def test_an_alert_reported_by_a_speaker_answers_the_speakers_after_clause(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Taiwan's army raised its combat readiness, the defence ministry said, after Beijing sent warships into the strait.")
    assert coding_helpers.dyad_in(found, "15", "TWN", "CHN")


def test_a_show_of_force_prompted_by_an_act_is_aimed_at_its_doer(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Three Chinese surveillance planes crossed the median line on Tuesday, prompting Taipei to scramble jets.")
    assert coding_helpers.dyad_in(found, "15", "TWN", "CHN")


# -- a people's demand of their own state ----------------------------------------------------
def test_an_opposition_demand_naming_no_one_is_made_of_its_own_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Malawian opposition leaders demanded on Friday the resignation of the electoral commission chairman.")
    assert coding_helpers.dyad_in(found, "10", "MWI", "MWI")


def test_a_governments_demand_naming_no_one_gets_no_home_target(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "The Malawian government demanded on Friday a full explanation.")
    assert not coding_helpers.dyad_in(found, "10", "MWI", "MWI")


# -- the story's country from a country named without a locative cue ------------------------
def test_bare_police_act_in_the_country_named_in_an_earlier_sentence(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Thousands of Malawian teachers marched through Lilongwe's streets on Tuesday over "
                            "unpaid wages. Police fired tear gas to disperse them.")
    assert coding_helpers.dyad_in(found, "17", "MWI", "MWI")


# -- an inquiry at home ------------------------------------------------------------------------
def test_an_inquiry_in_a_sentence_naming_no_one_else_looks_at_home(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Slovenian prosecutors opened an investigation on Monday into the collapse of a motorway bridge.")
    assert coding_helpers.dyad_in(found, "09", "SVN", "SVN")


def test_an_inquiry_naming_a_foreign_party_gets_no_home_target(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Slovenian prosecutors opened an investigation on Monday into bribes allegedly paid by Austrian firms.")
    assert not coding_helpers.dyad_in(found, "09", "SVN", "SVN")
