"""Targets (and givers) the clause logic finds where the trigger's own slots name none:
session 5. Each case is a construction written for this file, not a sentence of a gold set."""
from __future__ import annotations

import coding_helpers

PUB = "2023-03-14"


def dyads(pipeline, text: str, digits: int | None = 2) -> set:  # type: ignore[no-untyped-def]
    return coding_helpers.dyads(coding_helpers.code(pipeline, text, PUB), digits)


# -- an inquiry at home: bare roles in the sentence are no other party ----------------------
def test_an_inquiry_into_a_riot_among_bare_roles_looks_into_its_own_country(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Peruvian prosecutors opened an investigation on Monday into a brawl "
                            "in which prison guards beat dozens of inmates.")
    assert coding_helpers.dyad_in(found, "09", "PER", "PER")


def test_an_inquiry_naming_another_country_does_not_default_to_home(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Dutch prosecutors opened an investigation on Monday into claims "
                            "that a Belgian firm bribed officials.")
    assert not coding_helpers.dyad_in(found, "09", "NLD", "NLD")


# -- a demand's that-clause -----------------------------------------------------------------
def test_a_demand_whose_that_the_parser_reads_as_object_targets_the_clause_opener(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Ankara demanded that Sweden extradite the two journalists.")
    assert coding_helpers.dyad_in(found, "10", "TUR", "SWE")


# -- a grant's or pledge's recipient deep in its phrase ------------------------------------
def test_a_grant_for_a_country_in_a_nested_phrase_goes_to_that_country(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "The Asian Development Bank approved $300 million in emergency "
                            "budget support for Pakistan on Friday.")
    assert coding_helpers.dyad_in(found, "07", None, "PAK")


def test_a_grant_to_help_a_country_goes_to_that_country(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "The World Bank approved a $90 million grant on Monday to help "
                            "Mozambique rebuild schools damaged by floods.")
    assert any(t == "MOZ" and c == "07" for _, c, t in found)


def test_a_pledge_for_a_project_in_a_place_abroad_goes_to_the_places_country(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "South Korea pledged 40 billion won in soft loans for a new "
                            "water plant in Ethiopia, the embassy said.")
    assert coding_helpers.dyad_in(found, "03", "KOR", "ETH")


# -- aid naming no recipient after a sentence naming one other country ---------------------
def test_aid_with_no_recipient_goes_to_the_one_country_named_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Floods swept through northern Bangladesh on Sunday, killing 40 people. "
                            "Japan released $5 million in emergency relief funding on Monday.")
    assert coding_helpers.dyad_in(found, "07", "JPN", "BGD")


def test_aid_with_no_recipient_after_two_countries_stays_uncoded(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Floods swept through Bangladesh and Nepal on Sunday. "
                            "Japan released $5 million in emergency relief funding on Monday.")
    assert not any(s == "JPN" and c == "07" for s, c, _ in found)


# -- a passive handover whose subject carries the giver -----------------------------------
def test_a_passive_handover_takes_the_giver_from_its_subjects_participle(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Three transport aircraft donated by Japan were handed over to "
                            "the Philippine air force on Monday.")
    assert coding_helpers.dyad_in(found, "07", "JPN", "PHL")


# -- whoever acts on a tip-off ---------------------------------------------------------------
def test_a_tip_off_targets_the_police_it_led_to_act(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "A tip-off from French intelligence led Belgian police to raid "
                            "a flat in Antwerp on Friday.")
    assert coding_helpers.dyad_in(found, "06", "FRA", "BEL")


# -- a threat's that-clause ----------------------------------------------------------------
def test_a_threat_whose_clause_names_a_countrys_towns_targets_that_country(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Boko Haram warned on Sunday that attacks on Cameroonian towns would go on.")
    assert any(c == "13" and t == "CMR" for _, c, t in found)


def test_a_threat_of_bans_on_a_countrys_officials_targets_that_country(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Canada warned on Tuesday that it would impose travel bans on any "
                            "Haitian official who blocked the election.")
    assert coding_helpers.dyad_in(found, "13", "CAN", "HTI")


# -- what is rejected: its author -----------------------------------------------------------
def test_a_rejection_answers_the_agent_of_a_participle_on_its_object(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Venezuela turned down medical supplies offered by Colombia on Monday.")
    assert coding_helpers.dyad_in(found, "12", "VEN", "COL")


def test_rejected_findings_answer_the_previous_sentences_main_subject(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Amnesty International said in a report on Tuesday that Burundian police "
                            "tortured detainees in Bujumbura. Burundi's interior ministry rejected "
                            "the findings as lies.")
    assert coding_helpers.dyad_in(found, "12", "BDI", "AMN")


def test_a_rejected_offer_with_its_own_author_keeps_that_author(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Kenya offered on Monday to mediate. Ethiopia rejected the offer of "
                            "talks from Egypt a day later.")
    assert coding_helpers.dyad_in(found, "12", "ETH", "EGY")
    assert not coding_helpers.dyad_in(found, "12", "ETH", "KEN")


def test_a_shadow_government_rejecting_the_juntas_offer_answers_its_own_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Myanmar's military government offered a ceasefire to its opponents on Monday. "
                            "The shadow National Unity Government rejected the offer on Tuesday.")
    assert any(c.startswith("12") and t == "MMR" for _, c, t in found)


# -- an act on the state's own instrument ---------------------------------------------------
def test_a_presidents_veto_of_a_bill_is_done_at_home(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Chilean President Gabriel Boric vetoed a pension bill on Tuesday.")
    assert coding_helpers.dyad_in(found, "12", "CHL", "CHL")


def test_a_rejection_of_a_foreign_offer_is_not_done_at_home(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Chilean President Gabriel Boric rejected a loan offer on Tuesday.")
    assert not coding_helpers.dyad_in(found, "12", "CHL", "CHL")


# -- a show of force near another country's border ------------------------------------------
def test_troops_reinforced_along_a_countrys_border_are_aimed_at_that_country(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Peru's army reinforced its positions along the Bolivian border on Monday.")
    assert coding_helpers.dyad_in(found, "15", "PER", "BOL")


# -- a subjectless verb shares its head verb's localised subject ---------------------------
def test_marchers_demanding_something_take_the_country_of_their_march(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Thousands of nurses marched through Nairobi on Monday demanding "
                            "higher pay and better hospital equipment.")
    assert coding_helpers.dyad_in(found, "10", "KEN", "KEN")


# -- a cut in ties: the other party deep in the verb's phrase ---------------------------------
def test_suspending_talks_on_joining_a_bloc_targets_the_bloc(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Serbia suspended talks on joining the European Union on Monday.")
    assert coding_helpers.dyad_in(found, "16", "SRB", "EU")


def test_a_cut_in_ties_does_not_reach_into_a_later_clause(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Serbia suspended its trade talks on Monday, prompting Hungary to protest.")
    assert not coding_helpers.dyad_in(found, "16", "SRB", "HUN")


def test_declining_offers_that_include_one_from_a_country_answers_that_country(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Nepal declined offers of foreign rescue teams on Sunday, including "
                            "one of 200 engineers from Japan.")
    assert coding_helpers.dyad_in(found, "12", "NPL", "JPN")


def test_a_veto_of_a_law_does_not_answer_a_party_in_its_relative_clause(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = dyads(pipeline, "Chile's president vetoed a mining law that critics said would favour "
                            "Chinese investors.")
    assert not coding_helpers.dyad_in(found, "12", "CHL", "CHN")
