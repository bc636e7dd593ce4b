"""Trigger families of section `ew-triggers-15 (session 6, recall)` of triggers.tsv: aid cut by a sum
the parser makes the object (162), embassy staff cut (161), mass expulsions into a neighbour (201, not
vehicles or herds), relief flown into a place or unloaded by the tonne (073), refuge offered (075),
agreements revoked, terminated or annulled (160), joint drills (062: drilled together, an exercise with
another army's troops), evacuees and nationals taken in (075), warships and submarines handed over (072),
relief goods distributed (073), deliveries of food resumed (073), missions and forces hosted or welcomed
(0862, 0861), internet restored (0811), part of the aid paused (162), a programme worth a sum suspended
(162), beheadings or massacres of 30 or more by armed men (202), talks continued (036, as resumed), bridges,
pipelines and railways opened jointly or by two coordinated states (061), peacekeeping duties taken over (074), army units moved to a border (154), investigations unveiled or taken\nover (091), complaints examined (090), squares filled by protesters (141), and laws
and levies repealed (0832).

Sentences are written for these tests, not taken from the gold files.
"""
from __future__ import annotations

import pytest

import coding_helpers


def code(pipeline, text: str) -> list[dict]:  # type: ignore[no-untyped-def]
    return coding_helpers.code(pipeline, text, "2022-03-14")


has = coding_helpers.has


CASES = [
    ("Canada cut $350,000 in development aid to Nicaragua on Monday.", "162", "CAN", "NIC"),
    ("Latvia cut the staff of the Belarusian embassy by half.", "161", "LVA", "BLR"),
    ("Sudan's army drove more than 40,000 villagers into Chad last month.", "201", "SDN", None),
    ("UNICEF flew 25 tonnes of medicine into Tonga on Saturday.", "073", None, "TON"),
    ("A Turkish navy ship unloaded 800 tonnes of flour in Lebanon.", "073", "TUR", "LBN"),
    ("Kenya offered refuge to 2,000 Somalis on Friday.", "075", "KEN", "SOM"),
    ("Mali revoked an agreement with France on Tuesday.", "160", "MLI", "FRA"),
    ("Estonian and Latvian minesweepers drilled together in the Baltic on Tuesday.", "062", "EST", "LVA"),
    ("Some 200 French marines began a week-long exercise with Greek troops near Crete.", "062", "FRA", "GRC"),
    ("Portugal took in 80 Afghans on Thursday.", "075", "PRT", "AFG"),
    ("Japan handed over a frigate to the Philippine navy on Monday.", "072", "JPN", "PHL"),
    ("The Red Cross distributed blankets to 5,000 displaced families in Malawi.", "073", None, "MWI"),
    ("The World Food Programme resumed deliveries of food to Sudanese refugees in Chad.", "073", None, None),
    ("Georgia agreed to host a European Union monitoring mission on its border.", "0862", "GEO", "EU"),
    ("The Haitian government voted to welcome a Kenyan-led police force.", "0861", "HTI", "KEN"),
    ("Ethiopia restored mobile internet in the Amhara region on Tuesday.", "0811", "ETH", None),
    ("Britain paused part of its aid to Uganda on Monday.", "162", "GBR", "UGA"),
    ("The United States suspended a 200 million dollar programme in Niger.", "162", "USA", "NER"),
    ("Jihadist fighters beheaded 40 villagers in northern Mozambique.", "202", None, "MOZ"),
    ("Ghana pledged to continue talks with Togo on the maritime boundary.", "036", "GHA", "TGO"),
    ("The presidents of Chad and Cameroon jointly inaugurated a new bridge on Friday.", "061", "TCD", "CMR"),
    ("Angola and Namibia opened a new railway bridge on Monday.", "061", "AGO", "NAM"),
    ("An African Union force took over peacekeeping duties in Somalia on Monday.", "074", None, "SOM"),
    ("Algeria moved extra army units to its border with Niger on Tuesday.", "154", "DZA", "NER"),
    ("Peru's attorney general unveiled an investigation into regional governors on Monday.", "091", "PER", None),
    ("Kenya's police watchdog took over the inquiry into the death of a student in Nairobi.", "091", "KEN", None),
    ("Thousands of protesters filled the main square of Tbilisi on Sunday.", "141", "GEO", None),
    ("Kenya's parliament repealed the housing levy after weeks of protests.", "0832", "KEN", "KEN"),
]


@pytest.mark.parametrize(("text", "code_prefix", "source", "target"), CASES)
def test_session6_families(pipeline, text, code_prefix, source, target) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, text)
    assert has(events, code_prefix, source, target), (text, coding_helpers.dyads(events, digits=None))


@pytest.mark.parametrize(("text", "code_prefix"), [
    ("Farmers drove hundreds of tractors into the capital on Monday.", "20"),
    ("Herders drove thousands of cattle into Kenya during the drought.", "20"),
    ("Iran launched large-scale drills on Friday, a show of force near the border.", "062"),
    ("The airline resumed deliveries of its new jets in March.", "07"),
    ("Jihadist fighters beheaded three villagers in northern Mozambique.", "202"),
    ("Kenya opened a new bridge over the Tana river on Monday.", "06"),
    ("Football fans filled the main square of Madrid after the final.", "14"),
])
def test_session6_no_event(pipeline, text, code_prefix) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, text)
    assert not has(events, code_prefix, None, None), (text, coding_helpers.dyads(events, digits=None))
