"""Reference to actors named indirectly: definite descriptions ("the group", "the bloc",
"the North"), regional and compound demonyms, modifiers that name another actor
("Government-backed", "rebel-held"), places standing for their country. Sentences are
written for these tests."""
from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.actors import ActorDataError, ActorResolver, load_actor_tables
from eventwire.actors.tables import DATA_DIR, load_anaphors


def doc(*sentences: str, published: str = "2020-06-01") -> list[list[tuple[str, str]]]:
    """(surface, code) of each sentence's mentions, one resolver for the whole document."""
    r = ActorResolver(published=published)
    return [[(m.text, m.actor.code) for m in r.mentions(s)] for s in sentences]


def last(*sentences: str) -> list[tuple[str, str]]:
    return doc(*sentences)[-1]


# ----------------------------------------------------------------- definite descriptions


def test_the_group_is_the_last_armed_group() -> None:
    assert last("Hezbollah fired rockets into Israel on Sunday.",
                "Israeli jets later struck the group's positions.") == [
        ("Israeli jets", "ISRMIL"), ("the group", "HEZ")]


def test_the_group_skips_countries_and_media() -> None:
    out = last("Reuters reported that al-Shabaab attacked a base in Somalia, citing Kenya.",
               "The group said it had killed 20 soldiers.")
    assert out[0] == ("The group", "SHB")


def test_the_militants_and_the_gunmen_take_the_named_group() -> None:
    assert last("The Taliban seized the district.", "The militants freed 40 prisoners.")[0] == (
        "The militants", "TAL")
    assert last("Boko Haram fighters raided a village.", "Troops pursued the gunmen.")[-1] == (
        "the gunmen", "BKH")


def test_the_rebels_can_be_a_country_s_rebels() -> None:
    assert last("Syrian rebels shelled the town.", "The rebels denied it.")[0] == ("The rebels", "SYRREB")


def test_unresolved_role_description_stays_a_bare_role() -> None:
    out = doc("The militants attacked a checkpoint.")[0]
    assert out == [("militants", "REB")]


def test_the_group_with_nothing_before_is_no_actor() -> None:
    assert doc("The group met in a hotel.")[0] == []


def test_bloc_alliance_agency_are_igos() -> None:
    assert last("The European Union imposed sanctions on Belarus.", "The bloc also froze assets.")[0] == (
        "The bloc", "EU")
    assert last("NATO warned Moscow.", "The alliance will meet in Vilnius.")[0] == ("The alliance", "NATO")
    assert last("The IAEA criticised Iran.", "Tehran rejected the agency's report.")[-1] == (
        "the agency", "IAEA")


def test_the_bloc_does_not_take_a_country() -> None:
    assert doc("France and Germany disagreed.", "The bloc is divided.")[1] == []


def test_the_court_takes_the_last_court() -> None:
    assert last("The ICC issued a warrant for Vladimir Putin.",
                "The Kremlin dismissed the court's decision.")[-1] == ("the court", "ICC")


def test_the_country_prefers_a_named_country_to_foreign_troops() -> None:
    out = last("The war in Ukraine entered its second year.",
               "Russian forces invaded the country in February.")
    assert out == [("Russian forces", "RUSMIL"), ("the country", "UKR")]


def test_the_kingdom_and_its_role() -> None:
    assert last("Saudi Arabia arrested 11 princes.", "The kingdom's security forces raided a hotel.") == [
        ("The kingdom's security forces", "SAUCOP")]


def test_the_north_needs_korea() -> None:
    assert last("South Korea condemned the launch.", "The North fired two missiles.")[-1] == (
        "The North", "PRK")
    assert doc("Snow fell across the North on Monday.")[0] == []


def test_capitalized_description_is_a_name() -> None:
    # "the Group of Seven" is the G7, not "the group"
    out = last("Hamas fired rockets.", "Leaders of the Group of Seven met in Italy.")
    # ("Leaders of the Group of Seven" is the G7 as a whole: actors.md rule 35)
    assert ("Leaders of the Group of Seven", "G7") in out and all(code != "HAM" for _, code in out)
    assert last("The ANC won the vote.", "Delegates gathered for the Party Congress.") == []


def test_memory_is_per_document() -> None:
    assert doc("Hamas fired rockets.")[0] == [("Hamas", "HAM")]
    assert doc("The group said it was ready.")[0] == []


# ----------------------------------------------------------------- anaphora table


def test_anaphora_table_validates(tmp_path: Path) -> None:
    bad = tmp_path / "anaphora.tsv"
    bad.write_text("phrase\trefers\trole\nthe group\tgroup\t\nthe bloc\tZZZ\t\n", encoding="utf-8")
    with pytest.raises(ActorDataError, match="anaphora.tsv:3:.*ISO-3"):
        load_anaphors(bad, set(load_actor_tables().countries))
    bad.write_text("phrase\trefers\trole\ngroup\tgroup\t\n", encoding="utf-8")
    with pytest.raises(ActorDataError, match="anaphora.tsv:2:"):
        load_anaphors(bad)
    assert load_anaphors(tmp_path / "missing.tsv") == ()


def test_shipped_anaphora_table_loads() -> None:
    tables = load_actor_tables(DATA_DIR)
    phrases = {a.phrase for a in tables.anaphors}
    assert {"the group", "the bloc", "the country", "the North"} <= phrases


# ----------------------------------------------------------------- demonyms and modifiers


def test_actor_before_backed_or_held_is_no_mention() -> None:
    # session 7: an armed role backed by a state is of the backer's country (no separate mention)
    assert doc("Iran-backed fighters attacked the base.")[0] == [("Iran-backed fighters", "IRNREB")]
    assert doc("Government-backed militias burned the village.")[0] == [("militias", "MIL")]
    assert doc("Troops shelled rebel-held districts.")[0] == [("Troops", "MIL")]
    assert doc("A Russian-made missile hit the plane.")[0] == []


def test_led_and_owned_keep_the_actor() -> None:
    assert ("Saudi", "SAU") in doc("The Saudi-led coalition struck the port.")[0]
    # session 7: an owned role is the owner's ("Chinese-owned firm" -> CHNBUS)
    assert ("A Chinese-owned firm", "CHNBUS") in doc("A Chinese-owned firm bought the mine.")[0]
    assert ("Chinese", "CHN") in doc("A Chinese-owned mine was attacked.")[0]


def test_compound_and_regional_demonyms() -> None:
    assert doc("Bosnian Serb forces shelled the town.")[0] == [("Bosnian Serb forces", "BIHMIL")]
    assert doc("Kosovo Serb protesters blocked the road.")[0] == [("Kosovo Serb protesters", "XKXCVL")]
    assert doc("Tigrayan leaders rejected the offer.")[0] == [("Tigrayan leaders", "TPLF")]
    assert doc("Tigrayan civilians fled.")[0] == [("Tigrayan civilians", "ETHCVL")]
    assert doc("Serbian police arrested him.")[0] == [("Serbian police", "SRBCOP")]


def test_congo_is_the_drc_unless_named_the_republic() -> None:
    assert doc("The Congolese army attacked the rebels.")[0][0] == ("Congolese army", "CODMIL")
    assert doc("Congo accused Rwanda.")[0][0] == ("Congo", "COD")
    assert doc("The Republic of Congo signed the deal.")[0][0] == ("Republic of Congo", "COG")


def test_capital_after_the_word_capital_is_a_place() -> None:
    assert doc("Troops struck positions around the Yemeni capital Sanaa.")[0] == [
        ("Troops", "MIL"), ("Yemeni", "YEM")]
    assert ("Sanaa", "YEMGOV") in doc("Sanaa rejected the plan.")[0]


# ----------------------------------------------------------------- slots (parse + coder)


@pytest.fixture(scope="module")
def code():
    from eventwire.ingest import clean_text
    from eventwire.pipeline import Pipeline

    pipe = Pipeline()

    def run(text: str, published: str = "2020-06-01") -> list[tuple[str, str, str]]:
        events = pipe.code_one(clean_text(text, "t", published=published))
        return [(e.source.code if e.source else "-", e.cameo, e.target.code if e.target else "-")
                for e in events]
    return run


def test_people_in_a_place_named_by_adjective_or_of_phrase(code) -> None:
    assert any(s == "ERIMIL" and t == "ETHCVL" for s, _, t in code(
        "Eritrean soldiers killed dozens of civilians in the Tigrayan town of Adwa."))
    assert any(t == "YEMNGO" for _, _, t in code(
        "Gunmen kidnapped several aid workers in besieged districts of Yemen."))


def test_forces_loyal_to_a_leader_are_his_country(code) -> None:
    events = code("Forces loyal to President Bashar al-Assad shelled the town of Douma.")
    assert events and events[0][0] == "SYRMIL"


def test_a_delegation_from_a_group_is_the_group(code) -> None:
    events = code("Hamas agreed to the truce. Egypt hosted a delegation from the group's "
                  "political bureau in Cairo on Monday.")
    assert ("EGY", "043", "HAM") in events


def test_a_bare_target_keeps_no_invented_country(code) -> None:
    # no place named: the villagers stay a bare role (the story has no country)
    assert all(t != "SDNCVL" for _, _, t in code("Militiamen attacked villagers at dawn."))


# ----------------------------------------------------------------- register


def test_register_covers_more_heads_of_government() -> None:
    assert doc("President Rodrigo Duterte spoke.", published="2019-05-01")[0] == [
        ("President Rodrigo Duterte", "PHLGOV")]
    assert doc("Orban vetoed the plan.", published="2023-05-01")[0] == [("Orban", "HUNGOV")]
    assert doc("Salva Kiir fired his deputy.", published="2015-05-01")[0] == [("Salva Kiir", "SSDGOV")]
    assert doc("Zelenskiy spoke.", published="2023-05-01")[0] == [("Zelenskiy", "UKRGOV")]


def test_a_name_two_people_share_is_the_one_in_office() -> None:
    # "Duterte" is the father until mid-2022; afterwards a former president (ELI)
    assert doc("Duterte spoke.", published="2019-05-01")[0] == [("Duterte", "PHLGOV")]
    assert doc("Duterte spoke.", published="2024-05-01")[0] == [("Duterte", "PHLELI")]
    assert doc("Sara Duterte spoke.", published="2024-05-01")[0] == [("Sara Duterte", "PHLGOV")]


def test_shared_alias_picks_the_holder_on_the_date(tmp_path: Path) -> None:
    reg = tmp_path / "register.tsv"
    reg.write_text(
        "name\taliases\tcountry\trole\tcode\ttitle\tstart\tend\n"
        "Ann Elder\tAnn Elder|Elder\tKEN\tGOV\tKENGOV\tPresident\t2001-01-01\t2005-01-01\n"
        "Bob Elder\tBob Elder|Elder\tUGA\tGOV\tUGAGOV\tPresident\t2006-01-01\t\n", encoding="utf-8")
    tables = load_actor_tables(DATA_DIR, register_path=reg)
    def first(day: str) -> str:
        return ActorResolver(tables, published=day).mentions("Elder spoke.")[0].actor.code
    assert first("2003-01-01") == "KENGOV"
    assert first("2010-01-01") == "UGAGOV"
    assert first("2005-06-01") == "KENELI"  # between the two: the last one before the date


# ----------------------------------------------------------------- organisations


@pytest.mark.parametrize("text,code", [
    ("The Ethiopian National Defense Force advanced.", "ETHMIL"),
    ("Fano militiamen seized the town.", "FANO"),
    ("The Justice and Equality Movement attacked.", "JEMSDN"),
    ("The PLO condemned the raid.", "PLO"),
    ("Ahrar al-Sham fighters clashed with rivals.", "AHRAR"),
    ("Tren de Aragua members were detained.", "TDA"),
    ("The Sinaloa Cartel retaliated.", "SINALOA"),
    ("The UN human rights chief spoke.", "UNOHCHR"),
    ("AMISOM troops withdrew.", "AMISOM"),
    ("The Tamil Tigers surrendered.", "LTTE"),
    ("Los Zetas gunmen opened fire.", "ZETAS"),
    ("The Islamic Resistance in Iraq claimed the drone attack.", "IRI"),
])
def test_more_organisations(text: str, code: str) -> None:
    assert doc(text)[0][0][1] == code


def test_named_head_drops_its_descriptor(code) -> None:
    assert code("The Sudanese paramilitary Rapid Support Forces attacked El Fasher.")[0][0] == "RSF"
    # coordinated actors in one noun phrase both stay
    events = code("The Philippine government and MILF rebels agreed to resume peace talks in Kuala Lumpur.")
    assert ("PHLGOV", "036", "MILF") in events


def test_description_with_its_own_referent_is_not_anaphoric() -> None:
    # "the government of Chad" names Chad; it is not the last country (Mali)
    out = last("Three peacekeepers died in Mali.", "He wrote to the government of Chad.")
    assert ("the government", "MLIGOV") not in out and ("government", "GOV") in out
    assert ("the court", "ICC") not in last("The ICC opened a case.", "He was freed by the court in Ankara.")


def test_loyal_forces_as_an_of_or_from_phrase(code) -> None:
    events = code("The rebels took control of the city from forces loyal to President Salva Kiir.",
                  published="2016-07-10")
    assert any(t == "SSDMIL" for _, _, t in events), events


def test_described_group_refers_back() -> None:
    assert last("Hezbollah fired rockets.", "Jets struck the Lebanese group's positions.")[-1] == (
        "the Lebanese group", "HEZ")
    assert last("The Houthis attacked a ship.", "The Iran-backed group said it would go on.")[0] == (
        "The Iran-backed group", "HOU")
    assert last("NATO met in Brussels.", "The Western military alliance warned Moscow.")[0] == (
        "The Western military alliance", "NATO")


def test_described_group_needs_a_compatible_antecedent() -> None:
    # a country word restricts it: Hezbollah is no Palestinian group
    assert all(code != "HEZ" for _, code in last(
        "Hezbollah fired rockets.", "The Palestinian militant group said it was ready."))
    # an unknown capitalized word makes it a name
    assert last("Hezbollah fired rockets.", "The Kellner group signed a deal.") == []


def test_people_of_a_group_carry_its_name() -> None:
    out = ActorResolver(published="2015-01-01").mentions("Haniyeh spoke.")
    assert out[0].actor.code == "HAM" and "Hamas" in (out[0].actor.name or "")
    out = ActorResolver(published="2020-01-01").mentions("Hezbollah leader Hassan Nasrallah warned Israel.")
    assert out[0].actor.code == "HEZ" and "Hezbollah" in (out[0].actor.name or "")


def test_us_legislative_titles_default_to_usa() -> None:
    assert doc("House Speaker Nancy Pelosi arrived in Taipei.")[0][0] == (
        "House Speaker Nancy Pelosi", "USALEG")


def test_the_city_as_a_target_is_the_last_place_named(code) -> None:
    assert ("M23", "192", "COD") in code("Residents of Bukavu fled after M23 rebels entered the city on Sunday.")
    assert any(t == "UKR" for _, _, t in code(
        "Russian troops pulled out of Kherson. Ukrainian forces then shelled the city."))


def test_the_city_skips_actor_names_and_needs_a_place(code) -> None:
    assert code("Rebels took the city.") == []


def test_people_taken_from_homes_in_a_place(code) -> None:
    assert ("REB", "181", "SDNCVL") in code("Gunmen abducted dozens of villagers from their homes in Darfur.")


def test_capitalized_institutions_stay_roles() -> None:
    assert doc("Protesters stormed Parliament on Tuesday.")[0][-1] == ("Parliament", "LEG")
    assert doc("Later the Supreme Court ruled against him.")[0] == [("Supreme Court", "JUD")]
    assert doc("The Army of the Holy Land attacked.")[0] == []
    assert doc("The delegations were received yesterday at the Great Hall of the People.")[0] == []


def test_unknown_personal_name_is_a_person(code) -> None:
    from eventwire.ingest import clean_text
    from eventwire.pipeline import Pipeline

    events = Pipeline().code_one(clean_text("Sweden granted asylum to Maria Kowalczyk on Thursday.", "t",
                                            published="2020-06-01"))
    assert events and events[0].target is not None and events[0].target.name == "Maria Kowalczyk"
    assert events[0].target.kind == "person"


def test_names_of_things_are_no_people(code) -> None:
    assert all(t != "CVL" for _, _, t in code(
        "The two leaders discussed the Trans-Caspian Gas Corridor in Baku."))
    assert code("Police arrested Wall Street protesters.") == []


def test_role_words_before_a_name_make_a_person() -> None:
    r = ActorResolver(published="2020-06-01")
    first = r.mentions("Police arrested activist Joshua Wong on Monday.")[-1]
    assert (first.text, first.actor.kind, first.actor.role) == ("activist Joshua Wong", "person", "CVL")
    later = r.mentions("Wong was released on bail.")[0]
    assert later.actor.name == "Joshua Wong"
    assert all(m.actor.kind != "person" for m in r.mentions("Activist groups protested in Minsk."))


def test_institution_metonyms() -> None:
    assert doc("The Duma approved the treaty.")[0] == [("Duma", "RUSLEG")]
    assert doc("The People's Liberation Army staged drills.")[0] == [("People's Liberation Army", "CHNMIL")]
    assert doc("The Bundeswehr sent troops.")[0][0] == ("Bundeswehr", "DEUMIL")


def test_the_army_is_a_state_s_not_a_paramilitary_group_s() -> None:
    out = last("Sudan's army fought the Rapid Support Forces near the capital.",
               "The army denied the claim.")
    assert out == [("The army", "SDNMIL")]


def test_world_body_is_the_un() -> None:
    assert doc("The world body condemned the coup.")[0] == [("world body", "UNO")]


def test_a_group_s_own_fighters_are_the_group(code) -> None:
    events = code("The Taliban said its fighters had captured the district of Kunduz from Afghan troops.")
    assert any(s == "TAL" for s, _, _ in events), events


def test_mission_and_counterpart() -> None:
    assert last("UNIFIL called for restraint.", "The mission said its posts were hit.")[0] == (
        "The mission", "UNIFIL")
    assert last("UNIFIL called for restraint.", "The mission to the UN protested.")[0] != (
        "The mission", "UNIFIL")
    assert doc("Blinken spoke with his Israeli counterpart.")[0][-1] == ("Israeli counterpart", "ISRGOV")
    assert last("Ukraine was attacked.", "Russian troops invaded the country to topple its government.")[1] == (
        "the country", "UKR")


def test_society_people_without_a_country_take_the_story_s() -> None:
    out = last("Venezuelan police fired tear gas at marchers.",
               "Opposition leader Ana Beltran Torres accused the government.")
    assert out[0] == ("Opposition leader Ana Beltran Torres", "VENOPP")
    # no country yet: stays a bare role; a state title is left to the coder
    assert doc("Opposition leader Ana Beltran Torres spoke.")[0][0][1] == "OPP"
    assert last("Venezuelan police fired tear gas.", "General Rafael Ortiz spoke.")[0][1] == "MIL"


def test_register_opposition_figures() -> None:
    assert doc("Navalny was jailed.", published="2021-02-02")[0] == [("Navalny", "RUSOPP")]
    assert doc("Julian Assange was freed.", published="2024-06-25")[0] == [("Julian Assange", "AUSCVL")]


def test_ministries_hackers_and_linked_roles(code) -> None:
    assert doc("Chinese hackers attacked the U.S. Treasury.")[0] == [
        ("Chinese hackers", "CHNCRM"), ("U.S. Treasury", "USAGOV")]
    assert doc("The Home Office deported them.")[0] == [("Home Office", "GBRGOV")]
    assert doc("Later the Finance Ministry objected.")[0] == [("Finance Ministry", "GOV")]
    events = code("Forces loyal to Tripoli shelled the airport in Misrata.")
    assert events and events[0][0] == "LBYMIL", events


def test_the_country_is_the_topic_of_the_last_sentence_naming_one() -> None:
    out = last("Japan's economy grew as exports to China and the United States recovered.",
               "The country's central bank kept rates near zero.")
    assert out == [("The country's central bank", "JPNGOV")]
    # sentences inside one text count too
    out = doc("Japan's economy grew as exports to China rose. The country's central bank waited.")[0]
    assert out[-1] == ("The country's central bank", "JPNGOV")


def test_place_named_by_its_appositive(code) -> None:
    events = code("Azerbaijani forces shelled Khojavend, the main town of Nagorno-Karabakh, on Sunday.")
    assert events and events[0][0] == "AZEMIL" and events[0][2] == "AZE", events


def test_the_south_before_a_name_is_a_place_name() -> None:
    out = last("South Korea protested.", "Chinese ships sailed into the South China Sea.")
    assert all(code not in ("KOR", "PRK") for _, code in out)


# ----------------------------------------------------------------- prefixes and other names


def test_a_metonym_or_an_agency_before_a_titled_name_places_the_person() -> None:
    assert last("Pentagon spokeswoman Jane Doerr declined to comment.") == [
        ("Pentagon spokeswoman Jane Doerr", "USAMIL")]
    assert last("Egypt's judiciary chief Omar Nassef resigned.") == [
        ("Egypt's judiciary chief Omar Nassef", "EGYJUD")]
    assert last("Kremlin officials were silent.") == [("Kremlin officials", "RUSGOV")]
    # a comma separates two actors
    assert last("Iran's judiciary, police and clerics") == [
        ("Iran's judiciary", "IRNJUD"), ("police", "COP"), ("clerics", "REL")]


def test_the_prefixed_person_is_remembered() -> None:
    out = doc("Kremlin spokesman Pavel Oreshkin spoke first.", "Oreshkin then left.")
    assert out[1] == [("Oreshkin", "RUSGOV")]


def test_a_one_word_register_name_before_another_name_is_someone_else() -> None:
    # "Saleh" alone is Yemen's Ali Abdullah Saleh; "Saleh al-Qadi" is not
    assert all(not code.startswith("YEM") for _, code in last("Militia commander Saleh al-Qadi was killed."))
    assert last("A drone killed Hamas official Saleh al-Qadi.")[-1] == ("Hamas official", "HAM")
    assert last("Abbas Karimi, a businessman, spoke.") == [("businessman", "BUS")]
    # ... but a day name or an actor after it does not stop the register name
    assert last("Abbas Tuesday rejected the plan.") == [("Abbas", "PSEGOV")]
    assert last("Abbas met Netanyahu.") == [("Abbas", "PSEGOV"), ("Netanyahu", "ISRGOV")]


def test_dominican_is_the_dominican_republic_and_criminal_is_no_actor() -> None:
    assert last("Dominican police deported 300 Haitians.") == [
        ("Dominican police", "DOMCOP"), ("Haitians", "HTI")]
    assert last("Prosecutors opened a criminal investigation.") == [("Prosecutors", "JUD")]
    assert last("Criminals and criminal gangs") == [("Criminals", "CRM"), ("gangs", "CRM")]


def test_british_services_and_commandos() -> None:
    assert last("Royal Marines boarded the ship.") == [("Royal Marines", "GBRMIL")]
    assert last("Kenyan commandos raided the camp.") == [("Kenyan commandos", "KENMIL")]
    assert last("Malaysia's anti-corruption commission questioned him.") == [
        ("Malaysia's anti-corruption commission", "MYSJUD")]


def test_arab_leaders_and_gulf_arab_states() -> None:
    assert last("Arab leaders met in Riyadh.") == [("Arab leaders", "ARL")]
    assert last("Gulf Arab states rejected the plan.") == [("Gulf Arab states", "GCC")]
    assert last("the Arab world") == []


def test_an_organization_based_in_a_country_is_of_it() -> None:
    assert last("A London-based rights group said 40 died.") == [("rights group", "GBRHRI")]
    assert last("Gunmen kidnapped staff of a U.S.-based Christian aid group.") == [
        ("Gunmen", "REB"), ("aid group", "USANGO")]
    # a person based somewhere is not of that country; an unknown place gives nothing
    assert all(not c.startswith("USA") for _, c in last("U.S.-based cleric Fethullah Gulen denied it."))
    assert last("a Texas-based company") == [("company", "BUS")]


def test_a_jury_is_the_judiciary() -> None:
    assert last("A federal jury convicted him.") == [("federal jury", "JUD")]
    assert last("A Kenyan jury acquitted them.") == [("Kenyan jury", "KENJUD")]


def test_to_or_from_a_capital_is_its_government_unless_someone_travels() -> None:
    assert last("Panama switched recognition to Beijing.") == [("Panama", "PAN"), ("Beijing", "CHNGOV")]
    assert last("The move drew criticism from Washington.") == [("Washington", "USAGOV")]
    assert last("Germany delivered tanks to Kyiv.")[-1] == ("Kyiv", "UKRGOV")
    # travel, a route, or another place before "to": a place
    assert last("The minister flew to Moscow.") == [("minister", "GOV")]
    assert last("It was his first trip to Beijing.") == []
    assert last("He moved from Moscow to Kyiv.") == []
    assert last("Trains from Kyiv resumed.") == []


def test_the_pope_is_the_vatican() -> None:
    assert last("The Pope urged a ceasefire.") == [("Pope", "VATREL")]
    assert last("The pontiff prayed for the victims.")[0] == ("pontiff", "VATREL")


def test_descriptive_words_may_stand_between_an_actor_and_its_titled_person() -> None:
    assert last("Ukraine's military intelligence chief Oleh Marchuk spoke.") == [
        ("Ukraine's military intelligence chief Oleh Marchuk", "UKRMIL")]
    assert last("The Taliban's chief spokesman Qari Yousuf said.") == [
        ("The Taliban's chief spokesman Qari Yousuf", "TAL")]
    # a verb or a conjunction between them separates two actors
    assert last("Russia said spokesman Ivan Belov lied.") == [("Russia", "RUS"), ("spokesman Ivan Belov", "GOV")]
    assert last("Hamas and its spokesman Abu Karim") == [("Hamas", "HAM"), ("spokesman Abu Karim", "GOV")]


def test_air_defences_and_us_commands() -> None:
    assert last("Ukrainian air defences shot it down.") == [("Ukrainian air defences", "UKRMIL")]
    # singular and without a country it is equipment
    assert last("Kyiv appealed for more air defence systems.") == [("Kyiv", "UKRGOV")]
    assert last("U.S. Central Command said.") == [("U.S. Central Command", "USAMIL")]
    # another country's command is not American
    assert all(c != "USAMIL" for _, c in last("Russia's Central Command said."))


def test_a_person_first_named_without_a_country_takes_a_later_prefix() -> None:
    out = doc("Foreign Ministry spokeswoman Lin Mei said.",
              "Chinese foreign ministry spokeswoman Lin Mei added.", "Lin later left.")
    assert out[0] == [("Foreign Ministry spokeswoman Lin Mei", "GOV")]
    assert out[1] == [("Chinese foreign ministry spokeswoman Lin Mei", "CHNGOV")]
    assert out[2] == [("Lin", "CHNGOV")]
