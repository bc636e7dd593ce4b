"""Place resolution: seed-article checks, cue rules, ambiguity, data-file validation."""
from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.geo import PlaceResolver, default_resolver
from eventwire.geo import gazetteer
from eventwire.records import Place

SEED = Path("/work/shared/examples/seed-article.txt")


@pytest.fixture(scope="module")
def r() -> PlaceResolver:
    return default_resolver()


def names(r: PlaceResolver, text: str) -> list[tuple[str, str | None, str]]:
    return [(p.name, p.country, p.kind) for _, _, p in r.find(text)]


# ---- seed article ---------------------------------------------------------------------

def test_seed_venue_pattern_beijing(r: PlaceResolver) -> None:
    s = ("U.S. National Security Advisor Susan Rice shakes hand with Chinese President Xi Jinping "
         "during a 45-minute meeting at the Great Hall of the People, Beijing on September 9, 2014.")
    p = r.best(s, near=(s.index("shakes"), s.index("shakes") + 6))
    assert p is not None and (p.name, p.country, p.kind) == ("Beijing", "CHN", "city")
    assert p.lat == pytest.approx(39.9, abs=0.2) and p.lon == pytest.approx(116.4, abs=0.2)


def test_seed_xinjiang(r: PlaceResolver) -> None:
    s = ("President Xi mobilized Chinese troops in Xinjiang, which is home to the Muslim Uighur "
         "minority, in a widening crackdown of Muslim extremists in the region.")
    p = r.best(s, near=(13, 22))
    assert p == Place("Xinjiang", "CHN", 41.0, 85.0, "region")


def test_seed_urumqi_ascii_name(r: PlaceResolver) -> None:
    s = ("Last month, President Xi Jinping declared his own war on terror following the worst act of "
         "Islamic terrorism in Chinese soil that claimed 39 lives in Urumqi.")
    found = r.find(s)
    assert [(s[a:b], p.name, p.country) for a, b, p in found] == [("Urumqi", "Urumqi", "CHN")]


def test_seed_rice_in_beijing(r: PlaceResolver) -> None:
    s = ("Rice, who is in Beijing for three days to lay out the groundwork for President Obama's "
         "November visit, reportedly received no commitment from top Chinese officials.")
    assert names(r, s) == [("Beijing", "CHN", "city")]


def test_seed_article_whole(r: PlaceResolver) -> None:
    found = {p.name for _, _, p in r.find(SEED.read_text(encoding="utf-8"))}
    assert {"Beijing", "Xinjiang", "Urumqi", "Middle East"} <= found
    assert "Xianjiang" not in found  # the seed's misspelling is not an alias
    assert "Obama" not in found and "Rice" not in found


# ---- cue rules ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Protesters marched in Kathmandu on Sunday", ("Kathmandu", "NPL", "city")),
    ("There were clashes in the Gaza Strip overnight.", ("Gaza Strip", "PSE", "region")),
    ("Police arrested dozens in Paris.", ("Paris", "FRA", "city")),
    ("A bomb went off on the outskirts of Kabul.", ("Kabul", "AFG", "city")),
    ("Fighting raged in northern Syria.", ("Syria", "SYR", "country")),
    ("Shelling hit the city of Aleppo.", None),  # 'hit' is not a cue
    ("Shelling continued in the city of Aleppo.", ("Aleppo", "SYR", "city")),
    ("The minister flew to Moscow on Monday.", ("Moscow", "RUS", "city")),
    ("He visited Tehran last week.", ("Tehran", "IRN", "city")),
    ("Ships gathered in the South China Sea.", ("South China Sea", None, "sea")),
    ("Troops massed near Crimea.", ("Crimea", "UKR", "region")),
    ("Talks were held in the U.S. capital.", ("United States", "USA", "country")),
])
def test_cued_places(r: PlaceResolver, text: str, expected: tuple | None) -> None:
    got = names(r, text)
    assert (got[0] if got else None) == expected


@pytest.mark.parametrize("text", [
    "Mr. Rice said the talks would go on.",
    "Jordan said it would close the border.",       # no cue: find() ignores it
    "He spoke to China about trade.",               # bare 'to' is not a cue
    "He told The Washington Post in an interview.",
    "She studied at Rice University.",
    "Reading the report, Nice people Split the Bath Mobile.",
    "The deal was signed in May.",
    "It was mentioned in Obama's speech.",
    "Terrorism in Chinese soil.",
    "In God we trust.",
    "It happened in Washington Post offices.",
    "it happened in paris.",                        # capitalization is required
])
def test_no_place(r: PlaceResolver, text: str) -> None:
    assert r.find(text) == []


def test_offsets_point_at_surface(r: PlaceResolver) -> None:
    s = "Clashes in Urumqi, Xinjiang and in Kashgar left many dead."
    assert [s[a:b] for a, b, _ in r.find(s)] == ["Urumqi", "Xinjiang", "Kashgar"]


def test_chained_and_possessive(r: PlaceResolver) -> None:
    assert names(r, "Riots broke out in China's Xinjiang region.") == [
        ("China", "CHN", "country"), ("Xinjiang", "CHN", "region")]
    assert r.best("Riots broke out in China's Xinjiang region.").name == "Xinjiang"


def test_datelines(r: PlaceResolver) -> None:
    assert names(r, "BEIJING (Reuters) - China said on Monday it would respond.")[0] == ("Beijing", "CHN", "city")
    got = names(r, "KABUL, Afghanistan — A suicide bomber struck.")
    assert got == [("Kabul", "AFG", "city"), ("Afghanistan", "AFG", "country")]
    assert names(r, "Obama - who spoke Monday - said so.") == []


# ---- ambiguity --------------------------------------------------------------------------

def test_paris_texas_by_qualifier(r: PlaceResolver) -> None:
    assert names(r, "A tornado struck in Paris, Texas, on Friday.")[0] == ("Paris", "USA", "city")


def test_stop_listed_city_confirmed_by_qualifier(r: PlaceResolver) -> None:
    assert names(r, "Flooding in Mobile, Alabama closed roads.")[0] == ("Mobile", "USA", "city")
    assert r.find("Flooding in Mobile closed roads.") == []


def test_georgia_country_unless_us_context(r: PlaceResolver) -> None:
    assert names(r, "Protests continued in Georgia.") == [("Georgia", "GEO", "country")]
    us = names(r, "Voting lines were long in Georgia, where U.S. officials monitored the count.")
    assert us[0] == ("Georgia", "USA", "region")


def test_region_beats_city_and_population_wins(r: PlaceResolver) -> None:
    assert names(r, "Strikes in Idlib")[0][2] == "region"
    assert names(r, "Fighting in Odessa")[0][1] == "UKR"      # not Odessa, Texas
    assert names(r, "Floods in Punjab")[0][1] == "PAK"
    assert names(r, "Floods in Punjab, India")[0][1] == "IND"


def test_a_capital_by_its_own_name_beats_another_citys_old_name(r: PlaceResolver) -> None:
    # geonames lists "Islamabad" as an old name of Chattogram (3.9m people, Bangladesh)
    assert names(r, "Troops were deployed in Islamabad on Monday.")[0][1] == "PAK"
    assert names(r, "Cyclone warnings in Chittagong")[0][1] == "BGD"
    # only alternate names lose: a larger city of the same name still wins
    assert names(r, "Rallies in San Jose")[0][1] == "USA"


def test_best_prefers_specific_and_after_trigger(r: PlaceResolver) -> None:
    s = "Officials in Iraq said gunmen attacked a checkpoint in Mosul."
    i = s.index("attacked")
    assert r.best(s, near=(i, i + 8)).name == "Mosul"
    assert r.best(s).name == "Mosul"  # specific beats country
    s2 = "In Beijing, officials met; later they traveled to Japan."
    assert r.best(s2, near=(s2.index("met"), s2.index("met") + 3)).name == "Japan"
    assert r.best("No place here.") is None


# ---- lookup and data ---------------------------------------------------------------------

def test_lookup(r: PlaceResolver) -> None:
    assert r.lookup("urumqi", any_case=True) == Place("urumqi", "CHN", r.lookup("Urumqi").lat, r.lookup("Urumqi").lon, "city")
    assert r.lookup("urumqi") is None  # a bare name needs its capitals
    assert r.lookup("west bank") is None and r.lookup("red sea") is None
    assert r.lookup("West Bank").country == "PSE" and r.lookup("Gaza strip").country == "PSE"
    assert r.lookup("Hamas") is None and r.lookup("Union") is None  # stop-listed city names need a cue
    assert r.lookup("Georgia").country == "GEO"
    assert r.lookup("Hong Kong").country == "HKG"
    assert r.lookup("Xianjiang") is None
    assert r.lookup("UK").name == "United Kingdom"


def test_regions_file_is_valid_and_broad() -> None:
    rows = gazetteer.load_regions({})
    assert len(rows) >= 150
    wanted = {"Xinjiang", "Tibet", "Crimea", "Donbas", "Gaza Strip", "West Bank", "Golan Heights", "Kashmir",
              "Darfur", "Tigray", "Balochistan", "Helmand", "Idlib", "Sinai", "Chechnya", "Mindanao",
              "Rakhine", "Borno", "Cabo Delgado", "North Kivu", "Catalonia", "Northern Ireland", "Hong Kong",
              "Strait of Hormuz", "Red Sea", "Sahel", "Middle East", "Texas"}
    assert wanted <= {c.name for _, c in rows}
    for _, c in rows:
        assert -90 <= c.lat <= 90 and -180 <= c.lon <= 180


def test_bad_data_file_names_file_and_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "regions.tsv").write_text(
        "name\taliases\tcountry\tlat\tlon\tkind\nFoo\t\tXX\t1\t2\tregion\n", encoding="utf-8")
    monkeypatch.setattr(gazetteer, "DATA", tmp_path)
    with pytest.raises(gazetteer.GazetteerError, match=r"regions.tsv:2: country must be ISO-3"):
        gazetteer.load_regions({})


def test_default_resolver_is_cached() -> None:
    assert default_resolver() is default_resolver()
