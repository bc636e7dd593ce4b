"""Root fixes by family (wt-prec2): rows that code the writers' root where the lexicon had another.

- clashes, fights, battles, skirmishes and scuffles WITH POLICE (or police with protesters) are
  violent protest (145), not a military clash (190);
- seize / grab + a people object (nuns, priests, doctors, foreigners ...) is an abduction (181);
  seize / capture / take + a headquarters, barracks, compound, hill, province ... is occupation (192);
- asset freezes and travel / visa / entry / import / export / arms / trade bans imposed on a party
  are sanctions (163); a domestic ban on protests stays 172x;
- bail (parole, release) denied or refused, bail applications rejected: 1243, not 016 / 120;
- small-arms, machine-gun and rifle fire is 193; "pounded X with artillery fire" takes the fire's leaf;
- storming a headquarters is 145, as parliament or a palace;
- NOUN protest is refused under "of" and as another verb's object ("ahead of planned protests");
- strikes / protests ended, suspended or called off are 082, boycotts ended or lifted 085;
- tonnes of food / relief sent 073, appeals for tents and food 0233, pledges to ship food 0333;
- towns and bases handed over by fighters 0874; the seizure of a plane or property 1711.

Sentences are written for these tests, not taken from the gold files.
"""
from __future__ import annotations

import pytest

import coding_helpers


def code(pipeline, text: str) -> list[dict]:  # type: ignore[no-untyped-def]
    return coding_helpers.code(pipeline, text, "2023-05-09")


has = coding_helpers.has


CODED = [
    ("Hundreds of farmers clashed with police outside the regional assembly in Arequipa on Monday.",
     "145", "PER", "PER"),
    ("Police in Lusaka clashed with opposition demonstrators on Tuesday.", "145", "ZMB", "ZMB"),
    ("Striking miners fought riot police in the Bolivian city of Oruro.", "145", "BOL", "BOL"),
    ("Gunmen seized three Catholic priests from a parish house in Enugu state, Nigerian police said.",
     "181", None, None),
    ("Rebels of the Kachin Independence Army seized the headquarters of a Myanmar army battalion.",
     "192", None, "MMR"),
    ("Travel bans and asset freezes were imposed by Canada on Friday on six Sudanese generals.",
     "163", "CAN", "SDN"),
    ("Britain imposed a travel ban on four Iranian judges.", "163", "GBR", "IRN"),
    ("A court in Tunis denied bail on Tuesday to opposition leader Rached Ghannouchi.", "1243", "TUN", None),
    ("Thai and Cambodian soldiers exchanged small-arms fire along the border on Sunday.", "193", "THA", "KHM"),
    ("Azerbaijani forces pounded Armenian villages with artillery fire overnight.", "194", "AZE", None),
    ("Opposition supporters stormed the headquarters of the electoral commission in Kinshasa.",
     "145", "COD", None),
    ("Unions in Ghana called off the nationwide strike on Wednesday.", "082", "GHA", None),
    ("Bahrain ended its boycott of Qatar on Monday.", "085", "BHR", "QAT"),
    ("Japan dispatched 40 tonnes of relief supplies to flood-hit Pakistan on Sunday.", "073", "JPN", "PAK"),
    ("Officials in Sri Lanka appealed on Friday for tents and blankets after the floods.", "0233", "LKA", None),
    ("Malaysia pledged on Monday to send rice and medicine to Myanmar.", "0333", "MYS", "MMR"),
    ("A Chilean judge ordered the seizure of a Bolivian cargo plane at Santiago airport.", "1711", "CHL", "BOL"),
]


@pytest.mark.parametrize(("text", "prefix", "source", "target"), CODED)
def test_session4b_rows_code_the_root(pipeline, text, prefix, source, target) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, text)
    assert has(events, prefix, source, target), (text, coding_helpers.dyads(events, digits=None))


WRONG_ROOT = [
    ("Hundreds of farmers clashed with police outside the regional assembly in Arequipa on Monday.", "190"),
    ("Gunmen seized three Catholic priests from a parish house in Enugu state, Nigerian police said.", "171"),
    ("Rebels of the Kachin Independence Army seized the headquarters of a Myanmar army battalion.", "171"),
    ("Travel bans and asset freezes were imposed by Canada on Friday on six Sudanese generals.", "172"),
    ("A court in Tunis denied bail on Tuesday to opposition leader Rached Ghannouchi.", "016"),
    ("Thai and Cambodian soldiers exchanged small-arms fire along the border on Sunday.", "190"),
    ("Unions in Ghana called off the nationwide strike on Wednesday.", "143"),
    ("Bahrain ended its boycott of Qatar on Monday.", "143"),
    ("A Chilean judge ordered the seizure of a Bolivian cargo plane at Santiago airport.", "192"),
]


@pytest.mark.parametrize(("text", "prefix"), WRONG_ROOT)
def test_session4b_rows_not_the_old_root(pipeline, text: str, prefix: str) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, text)
    assert not any(e["cameo"] == prefix for e in events), (text, coding_helpers.dyads(events, digits=None))


KEPT = [
    # military clashes stay 190; a state seizing a tanker stays 171; a domestic protest ban 172x
    ("Malian troops clashed with Tuareg rebels near Kidal on Sunday.", "190", "MLI", None),
    ("Iranian commandos seized a Greek oil tanker in the Gulf of Oman.", "171", "IRN", None),
    ("The government of Bangladesh imposed a ban on street rallies in Dhaka.", "172", "BGD", None),
    ("Kenyan teachers called a nationwide strike on Monday.", "143", "KEN", None),
]


@pytest.mark.parametrize(("text", "prefix", "source", "target"), KEPT)
def test_session4b_other_senses_kept(pipeline, text, prefix, source, target) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, text)
    assert has(events, prefix, source, target), (text, coding_helpers.dyads(events, digits=None))


NO_PROTEST = [
    "Sierra Leone deployed soldiers in Freetown on Tuesday ahead of planned protests over fuel prices.",
    "A cleric who had backed the protests was arrested in Sokode, witnesses said.",
]


@pytest.mark.parametrize("text", NO_PROTEST)
def test_session4b_protest_noun_refused(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, text)
    assert not any(e["cameo"].startswith("14") for e in events), (text, coding_helpers.dyads(events, digits=None))
