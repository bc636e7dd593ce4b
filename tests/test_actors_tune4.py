"""Session 3, round 3 (tune4): register and table facts for less famous actors -- office
holders of small and middle states, heads of regional bodies, regional parties, unions,
militias and rights commissions. Sentences are written for these tests."""
from __future__ import annotations

import pytest

from eventwire.actors import ActorResolver


def found(text: str, published: str) -> list[tuple[str, str]]:
    r = ActorResolver(published=published)
    return [(m.text, m.actor.code) for m in r.mentions(text)]


def codes(text: str, published: str) -> list[str]:
    return [code for _, code in found(text, published)]


def actor(text: str, published: str, surface: str):
    r = ActorResolver(published=published)
    for m in r.mentions(text):
        if m.text == surface:
            return m.actor
    raise AssertionError(f"{surface!r} not found in {[m.text for m in r.mentions(text)]}")


@pytest.mark.parametrize(
    "text, published, code",
    [
        ("ECOWAS Commission President Omar Alieu Touray urged the junta to act.", "2023-09-01", "ECOWAS"),
        ("IGAD's executive secretary Mahboub Maalim told the parties to return.", "2014-02-01", "IGAD"),
        ("SADC's executive secretary Elias Magosi said observers would be sent.", "2023-08-01", "SADC"),
    ],
)
def test_titled_heads_of_regional_bodies_speak_for_their_body(text: str, published: str, code: str) -> None:
    ms = codes(text, published)
    assert ms[0] == code and "BUS" not in ms


def test_aboul_gheit_was_egypts_foreign_minister() -> None:
    assert "EGYGOV" in codes("Ahmed Aboul Gheit met the Israeli envoy.", "2008-03-01")


@pytest.mark.parametrize(
    "text, published, code",
    [
        ("Sushil Koirala met flood victims in the hills.", "2014-08-04", "NPLGOV"),
        ("K.P. Sharma Oli accused the neighbour of a blockade.", "2015-11-20", "NPLGOV"),
        ("Pakalitha Mosisili asked for regional mediators.", "2016-05-01", "LSOGOV"),
        ("Tom Thabane fled to the neighbouring state.", "2014-08-30", "LSOGOV"),
        ("Kolinda Grabar-Kitarovic received the visiting delegation.", "2017-02-01", "HRVGOV"),
        ("Zoran Milanovic refused to sign the appointment.", "2021-03-01", "HRVGOV"),
        ("James Michel opened the new port terminal.", "2012-06-01", "SYCGOV"),
        ("Peter Mutharika dissolved the cabinet.", "2016-03-01", "MWIGOV"),
        ("Jose Mario Vaz sacked the cabinet.", "2015-08-12", "GNBGOV"),
        ("Horacio Cartes vetoed the budget.", "2016-04-01", "PRYGOV"),
        ("Desi Bouterse reshuffled his cabinet.", "2017-01-01", "SURGOV"),
        ("David Granger rejected the claim to the Essequibo.", "2018-03-01", "GUYGOV"),
        ("Hage Geingob signed the genocide accord.", "2021-06-01", "NAMGOV"),
        ("Mokgweetsi Masisi lifted the hunting ban.", "2019-06-01", "BWAGOV"),
        ("Andry Rajoelina named a new cabinet.", "2019-02-01", "MDGGOV"),
        ("Yemi Osinbajo chaired the security council meeting.", "2017-06-01", "NGAGOV"),
        ("Bukola Saraki adjourned the chamber.", "2018-07-24", "NGALEG"),
        ("Asaduzzaman Khan ordered the border sealed.", "2017-09-01", "BGDGOV"),
        ("Ken Ofori-Atta presented the mid-year budget.", "2022-07-25", "GHAGOV"),
    ],
)
def test_office_holders_of_smaller_states(text: str, published: str, code: str) -> None:
    assert codes(text, published)[0] == code


def test_opposition_periods_before_and_after_office() -> None:
    assert codes("Hakainde Hichilema was arrested at his home.", "2017-04-11")[0] == "ZMBOPP"
    assert codes("Hakainde Hichilema was sworn in.", "2021-08-25")[0] == "ZMBGOV"
    assert codes("Saulos Chilima led the march.", "2019-07-01")[0] == "MWIOPP"
    assert codes("Saulos Chilima led the delegation.", "2021-07-01")[0] == "MWIGOV"
    assert codes("Raila Odinga called for mass action.", "2023-03-20")[0] == "KENOPP"


def test_former_office_holders_are_elites() -> None:
    assert codes("Pedro Pires inaugurated the museum.", "2019-01-01")[0] == "CPVELI"
    assert codes("Bingu wa Mutharika was buried.", "2012-04-23")[0] == "MWIELI"


def test_rebel_leaders_in_and_out_of_office() -> None:
    assert codes("Riek Machar returned to Juba.", "2016-05-01")[0] == "SSDGOV"
    assert codes("Afonso Dhlakama declared a truce.", "2016-12-27")[0] == "MOZOPP"


@pytest.mark.parametrize(
    "text, code",
    [
        ("The Group for the Support of Islam and Muslims claimed the ambush.", "JNIM"),  # al-Qaeda in the Sahel: its own group
        ("The Movement for Democratic Change boycotted the vote.", "MDC"),
        ("Chadema leaders were detained in Mbeya.", "CHADEMA"),
        ("Renamo fighters attacked a convoy.", "RENAMO"),
        ("Imbonerakure members beat the villagers.", "IMBONERAKURE"),
        ("Mai-Mai fighters seized the mine.", "MAIMAI"),
        ("The Islamic Renaissance Party was banned.", "IRPT"),
        ("The National Democratic Front walked out of the talks.", "NDFP"),
        ("The Inter-American Commission on Human Rights asked for access.", "IACHR"),
        ("The Nigeria Labour Congress called a general strike.", "NLC"),
        ("The Zimbabwe Congress of Trade Unions called a stayaway.", "ZCTU"),
        ("The Karen National Union seized an army outpost.", "KNU"),
        ("The Independent Policing Oversight Authority opened an inquiry.", "IPOA"),
        ("UNASUR sent an observer mission.", "UNASUR"),
    ],
)
def test_regional_groups_parties_unions_and_bodies(text: str, code: str) -> None:
    assert code in codes(text, "2018-06-01")


def test_commonwealth_is_the_club_but_not_in_a_longer_name() -> None:
    assert "CWN" in codes("Maldives quit the Commonwealth on Thursday.", "2016-10-13")


def test_inter_american_is_not_the_united_states() -> None:
    ms = codes("The Inter-American Commission on Human Rights criticised the police.", "2018-06-01")
    assert "USA" not in ms


def test_executive_secretary_of_an_igo_is_the_igo() -> None:
    ms = codes("SADC's executive secretary Jane Doe urged calm.", "2024-06-01")
    assert "SADC" in ms and "BUS" not in ms


def test_national_anti_corruption_bureau_is_judicial() -> None:
    assert "MWIJUD" in codes("Malawi's Anti-Corruption Bureau arrested a minister.", "2014-01-01")


def test_tenure_boundaries_pick_the_right_holder() -> None:
    # Lesotho changed prime minister twice between elections
    assert actor("Tom Thabane spoke.", "2013-01-01", "Tom Thabane").country == "LSO"
    assert codes("Pakalitha Mosisili spoke.", "2013-01-01")[0] == "LSOELI"
    assert codes("Pakalitha Mosisili spoke.", "2016-01-01")[0] == "LSOGOV"
