"""Session 5, second actor round: surnames of other people, regions, currencies, members of."""
from eventwire.actors import ActorResolver


def _codes(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.actor.code) for m in ActorResolver().mentions(text)]


def test_register_surname_after_unknown_first_name_is_someone_else() -> None:
    codes = _codes("Lima issued a warrant for Marisol Chavez, a local trader.")
    assert all(code != "VENELI" and code != "VENGOV" for _, code in codes)


def test_register_surname_keeps_titles_and_own_first_names() -> None:
    assert [c[:3] for _, c in _codes("Hugo Chavez visited Havana in 2005.")] == ["VEN"]
    assert [c[:3] for _, c in _codes("Crowds cheered President Chavez.")][-1:] == ["VEN"]
    codes = _codes("Joseph R. Biden spoke to reporters.")
    assert codes and codes[0][1].startswith("USA")


def test_region_word_before_america_is_no_usa() -> None:
    codes = _codes("Police closed the Central American University and a Latin American forum.")
    assert all(not code.startswith("USA") for _, code in codes)
    assert ("South Korean troops", "KORMIL") in _codes("South Korean troops fired warning shots.")


def test_currency_after_country_word_is_no_actor() -> None:
    codes = _codes("Workers want to be paid in U.S. dollars, not in Chinese yuan.")
    assert all(not code.startswith(("USA", "CHN")) for _, code in codes)


def test_people_of_an_organisation_are_the_organisation() -> None:
    codes = _codes("The minister met leaders of the African Union in Addis Ababa.")
    assert ("leaders of the African Union", "AU") in codes
    codes = _codes("Envoys met the leaders of the Mara Salvatrucha and Barrio 18 gangs.")
    assert not any(t.startswith("leaders of") for t, _ in codes)


def test_regions_added_to_the_gazetteer_place_their_roles() -> None:
    codes = dict((t, c) for t, c in _codes("The Jubaland administration and Galmudug forces met Bougainville officials."))
    assert list(codes.values()) == ["SOMGOV", "SOMMIL", "PNGGOV"]
    codes = dict(_codes("The Kurram district police detained the Parachinar traders."))
    assert list(codes.values()) == ["PAKCOP", "PAKBUS"]


def test_a_mediated_thing_is_no_actor_of_the_mediator() -> None:
    codes = _codes("Belgrade will resume the European Union-facilitated dialogue with Pristina.")
    assert all(c != "EU" for _, c in codes)
    assert all(c != "QAT" for _, c in _codes("They signed a Qatar-brokered truce."))


def test_a_national_red_cross_society_is_its_country() -> None:
    assert _codes("Trucks sent by the Turkish Red Crescent reached Idlib.")[0] == ("Turkish Red Crescent", "TURNGO")
    assert ("Kenya Red Cross", "KENNGO") in _codes("The Kenya Red Cross counted the dead.")
    codes = _codes("The International Committee of the Red Cross visited the prison.")
    assert codes[0][1] == "ICRC"


def test_a_language_word_is_no_actor_and_national_is_a_role_modifier() -> None:
    codes = _codes("Monitors visited Cameroon's English-speaking regions and French-speaking towns.")
    assert all(not c.startswith(("GBR", "FRA")) for _, c in codes)
    assert _codes("Nicaraguan national police detained him.")[0][1] == "NICCOP"


def test_register_second_offices() -> None:
    r = ActorResolver(published="2022-12-23")
    assert [m.actor.code for m in r.mentions("President Nguyen Xuan Phuc hosted the talks.")] == ["VNMGOV"]
    r = ActorResolver(published="2023-03-03")
    assert [m.actor.code for m in r.mentions("Finance Minister Ishaq Dar said the deposit was rolled over.")] == ["PAKGOV"]
    r = ActorResolver(published="2024-02-01")
    assert [m.actor.code for m in r.mentions("Governor Caleb Mutfwang visited the villages.")] == ["NGAGOV"]
