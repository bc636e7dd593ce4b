"""Target fallbacks of the coder: session 7 (wt-tgt). Each case is a construction written for
this file, not a sentence of a gold set."""
from __future__ import annotations

import coding_helpers

PUB = "2022-09-14"


def found(pipeline, text: str) -> set[tuple[str | None, str, str | None]]:  # type: ignore[no-untyped-def]
    return coding_helpers.dyads(coding_helpers.code(pipeline, text, PUB), digits=3)


# -- optimism and pessimism about dealings with a party name it as the target -----------------
def test_optimism_about_a_deal_with_a_lender_targets_the_lender(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = found(pipeline, "Zambia's finance minister Situmbeko Musokotwane said on Monday he was "
                             "confident of securing a debt deal with the International Monetary Fund soon.")
    assert coding_helpers.dyad_in(events, "013", "ZMB", "IMF")


def test_pessimism_about_talks_with_a_neighbour_targets_the_neighbour(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = found(pipeline, "Armenia's foreign minister voiced pessimism on Friday about the prospects "
                             "of a peace treaty with Azerbaijan.")
    assert coding_helpers.dyad_in(events, "012", "ARM", "AZE")


# -- a subjunctive demand the parser misread ("that" as an adverb) ----------------------------
def test_demand_that_a_state_free_someone_targets_the_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = found(pipeline, "Danish Foreign Minister Lars Lokke Rasmussen demanded on Monday that "
                             "Eritrea free Dawit Isaak, a journalist held since 2001.")
    assert coding_helpers.dyad_in(events, "10", "DNK", "ERI")


# -- an extradition with no "to" goes to the person's country ---------------------------------
def test_extradited_him_goes_to_the_persons_country(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = found(pipeline, "Former Honduran president Juan Orlando Hernandez was flown to New York "
                             "on Thursday. The United States extradited him from Tegucigalpa.")
    assert coding_helpers.dyad_in(events, "063", "USA", None) or coding_helpers.dyad_in(events, "06", "HND", "USA")


# -- a denial answers its accuser at home, or the one other country named before --------------
def test_police_denial_answers_the_opposition_that_accused_them(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = found(pipeline, "Kenya's opposition leader Raila Odinga accused the police on Tuesday of "
                             "killing three protesters in Kisumu. The police denied the accusation.")
    assert any(s == "KEN" and c.startswith("016") and t == "KEN" for s, c, t in events)


def test_denial_answers_the_other_country_of_the_sentence_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = found(pipeline, "Indian troops reinforced their posts along the Chinese frontier on Monday "
                             "after a scuffle in the Galwan valley. Beijing denied that its soldiers had "
                             "crossed the line.")
    assert any(s == "CHN" and c.startswith("016") and t == "IND" for s, c, t in events)


# -- a threat of a strike by a country's people is made of their own state --------------------
def test_union_threat_of_a_strike_is_made_at_home(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = found(pipeline, "Kenya's doctors' union threatened a nationwide strike on Monday over "
                             "unpaid salaries.")
    assert any(s == "KEN" and c.startswith("13") and t == "KEN" for s, c, t in events)


def test_threat_naming_another_country_is_not_made_at_home(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = found(pipeline, "Greek farmers' unions threatened a blockade of the border with Bulgaria.")
    assert not any(c.startswith("13") and s == t == "GRC" for s, c, t in events)


# -- "refused to let X do" is aimed at X -------------------------------------------------------
def test_refusal_to_let_monitors_visit_targets_their_body(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = found(pipeline, "Myanmar's junta refused on Monday to let United Nations monitors visit "
                             "the camps in Rakhine state.")
    assert any(s == "MMR" and c.startswith("12") and t == "UNO" for s, c, t in events)


# -- "called the walkout illegal", read as a compound -----------------------------------------
def test_verdict_on_a_strike_read_as_a_compound_answers_the_strikers(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = found(pipeline, "Kenyan dock workers began an indefinite strike on Tuesday over pay. The "
                             "transport ministry called the walkout illegal.")
    assert any(s == "KEN" and c.startswith("11") and t == "KEN" for s, c, t in events)


# -- condemning an attack by no one named: aimed at whom it hit --------------------------------
def test_condemning_an_unattributed_bombing_targets_its_victims(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = found(pipeline, "A car bomb killed six Somali soldiers in Mogadishu on Sunday. The African "
                             "Union condemned the attack.")
    assert any(s == "AU" and c.startswith("11") and t == "SOM" for s, c, t in events)


# -- a pronoun object whose antecedent is no actor: the one the story last acted on -----------
def test_accused_him_after_expelling_an_envoy_targets_the_envoys_body(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = found(pipeline, "Niger's junta expelled the special envoy of the African Union, Bankole "
                             "Adeoye, on Friday. The junta accused him of meddling in domestic politics.")
    assert any(s == "NER" and c.startswith("11") and t == "AU" for s, c, t in events)


# -- an act naming no one, in a sentence naming no one else: the sentence before's other side --
def test_request_answers_the_other_country_of_the_sentence_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = found(pipeline, "Peru's navy began sharing radar data with Chile on drug boats along the "
                             "coast. Santiago had asked for the data after a seizure off Arica in May.")
    assert any(s == "CHL" and c.startswith("02") and t == "PER" for s, c, t in events)


def test_bloc_demand_after_sanctions_targets_the_sanctioned_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = found(pipeline, "The European Union imposed asset freezes on members of Belarus's "
                             "government on Monday. The bloc also demanded that prisoners be released.")
    assert any(s == "EU" and c.startswith("10") and t == "BLR" for s, c, t in events)


def test_passive_criticism_does_not_take_the_sentence_before_s_country(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = found(pipeline, "Lawmakers in Budapest may debate a bill on Chinese investment next month. "
                             "An earlier draft of the bill was criticised by the European Commission.")
    assert not any(s == "EU" and c.startswith("11") and t == "CHN" for s, c, t in events)


# -- a state's act naming no one, in a story naming no other side: done at home ---------------
def test_promise_of_reforms_with_no_one_else_named_is_made_at_home(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = found(pipeline, "Morocco's King Mohammed VI promised sweeping constitutional reforms on "
                             "Wednesday after weeks of street rallies in Rabat.")
    assert any(s == "MAR" and c.startswith("03") and t == "MAR" for s, c, t in events)


def test_promise_after_a_sentence_naming_another_country_is_not_made_at_home(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = found(pipeline, "Chinese warships held drills near the Philippine coast on Monday. Manila's "
                             "defence chief promised a firm response.")
    assert not any(s == "PHL" and c.startswith("03") and t == "PHL" for s, c, t in events)


def test_criticism_of_someone_elses_plan_is_not_made_at_home(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = found(pipeline, "Egypt criticised the proposal on Tuesday.")
    assert not any(s == t == "EGY" for s, c, t in events)
