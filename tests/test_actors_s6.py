"""Session 6 actor rules: pair anaphors take a coordinated pair of the sentence before,
a pronoun continues a subject named only by its compound ("The African Union mission ...
said it"), "the <portfolio> ministry" refers back to a country, and a namesake city lies in a
country the text names. All sentences are written for these tests."""
from __future__ import annotations

import coding_helpers

from eventwire.actors import ActorResolver
from eventwire.geo.resolver import default_resolver

PUB = "2024-03-05"


def events(pipeline, text: str) -> set[tuple[str | None, str, str | None]]:  # type: ignore[no-untyped-def]
    out = coding_helpers.code(pipeline, text, PUB)
    return {((e["source"] or {}).get("code"), e["cameo"][:2], (e["target"] or {}).get("code")) for e in out}


def test_both_sides_are_the_pair_coordinated_in_the_sentence_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = events(pipeline, "Envoys of the Colombian government and the National Liberation Army met in "
                             "Caracas on Monday. Both sides agreed to extend the ceasefire by three months.")
    assert ("COLGOV", "03", "ELN") in found


def test_pronoun_continues_a_subject_named_by_its_compound(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = events(pipeline, "The African Union mission in Somalia said on Monday it had opened an "
                             "inquiry into the killing of five farmers.")
    assert any(s == "AU" and c == "09" for s, c, _ in found)
    assert not any(s is not None and s.startswith("SOM") for s, _, _ in found)


def test_portfolio_ministry_refers_back_to_the_country() -> None:
    r = ActorResolver(published=PUB)
    got = [(m.text, m.actor.code) for m in r.mentions(
        "Farmers blocked highways across Peru on Monday. The agriculture ministry called the blockades unlawful.")]
    assert ("The agriculture ministry", "PERAGR") in got


def test_portfolio_ministry_with_nothing_before_stays_a_role() -> None:
    r = ActorResolver(published=PUB)
    got = [m.actor for m in r.mentions("The health ministry said on Monday that cases had fallen.")]
    assert got and all(a.country is None for a in got)


def test_namesake_city_in_a_named_country_wins() -> None:
    places = default_resolver()
    found = places.find("Costa Rica will send aid to Honduras, officials in San Jose said.")
    assert [p.country for _, _, p in found if p.name.startswith("San Jos")] == ["CRI"]


def test_namesake_city_without_its_country_named_stays_the_largest() -> None:
    places = default_resolver()
    found = places.find("Officials in San Jose said the storm had passed.")
    assert [p.country for _, _, p in found] == ["USA"]


def test_a_small_namesake_does_not_beat_a_large_city() -> None:
    places = default_resolver()
    found = places.find("U.S. and Iranian envoys met in Paris on Monday.")
    assert [p.country for _, _, p in found if p.name == "Paris"] == ["FRA"]


def test_titled_person_without_country_holds_office_in_the_dateline_country() -> None:
    r = ActorResolver(published=PUB)
    text = ("DILI, March 4 - Portugal pledged to fund a new school in East Timor on Monday. "
            "Education Minister Jose Fonseca Amaral thanked Lisbon for the gift.")
    got = {m.text: m.actor.code for m in r.mentions(text)}
    assert got["Education Minister Jose Fonseca Amaral"] == "TLSEDU"
    assert got["Lisbon"] == "PRTGOV"


def test_dateline_country_not_named_as_such_gives_no_office() -> None:
    r = ActorResolver(published=PUB)
    text = "DILI, March 4 - Portugal pledged on Monday to fund schools. Education Minister Jose Amaral thanked Lisbon."
    got = {m.text: m.actor for m in r.mentions(text)}
    assert got["Education Minister Jose Amaral"].country is None


def test_no_dateline_leaves_a_titled_person_without_country() -> None:
    r = ActorResolver(published=PUB)
    text = "Portugal pledged to fund a school in East Timor. Education Minister Jose Amaral thanked Lisbon."
    got = {m.text: m.actor for m in r.mentions(text)}
    assert got["Education Minister Jose Amaral"].country is None


def test_capital_that_is_a_politicians_surname_is_the_capital() -> None:
    r = ActorResolver(published="2018-06-01")
    got = {m.text: m.actor.code for m in r.mentions("Floods hit Yemen on Friday. Muscat pledged to send rescue teams.")}
    assert got["Muscat"] == "OMNGOV"


def test_surname_after_the_full_name_is_still_the_person() -> None:
    r = ActorResolver(published="2018-06-01")
    got = [(m.text, m.actor.country, m.actor.kind) for m in r.mentions(
        "Prime Minister Joseph Muscat called an early election. Muscat said the vote would be in June.")]
    assert ("Muscat", "MLT", "person") in got


def test_title_word_that_is_a_register_alias_stays_a_title() -> None:
    r = ActorResolver(published=PUB)
    got = {m.text: m.actor.code for m in r.mentions("Sultan Haitham bin Tarik of Oman received the envoy.")}
    assert got.get("Sultan Haitham bin Tarik") == "OMNGOV"


def test_capitalized_modifier_at_sentence_start_is_no_town() -> None:
    r = ActorResolver(published=PUB)
    got = [m.actor for m in r.mentions("Young men in the capital threw stones at police on Friday.")]
    assert not any(a.country == "URY" for a in got)


def test_town_before_a_role_at_sentence_start_still_counts() -> None:
    r = ActorResolver(published=PUB)
    got = {m.text: m.actor.code for m in r.mentions("Goma residents fled towards the border on Friday.")}
    assert got.get("residents") == "CODCVL"


def test_bare_opposition_is_the_opposition_of_the_story_country() -> None:
    r = ActorResolver(published=PUB)
    got = {m.text: m.actor.code for m in r.mentions(
        "Protests spread across Georgia after the election. Opposition parties refused to take up their seats.")}
    assert got["Opposition parties"] == "GEOOPP"


def test_bare_opposition_takes_the_country_named_before_it_in_its_sentence() -> None:
    r = ActorResolver(published=PUB)
    got = {m.text: m.actor.code for m in r.mentions(
        "Kenya sent police to Haiti. In Nairobi, the government said opposition leaders had been briefed.")}
    assert got.get("opposition leaders") == "KENOPP"
