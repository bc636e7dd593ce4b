"""Trigger families of section `ew-triggers-16 (session 7, breadth)` of triggers.tsv: leaves of roots
08, 16, 03, 07, 13, 11 and 17 by the words a wire reporter uses for them (verb, verb + object, noun
forms: "the lifting of", "an easing of", "the withdrawal of the ambassador"), leaves by the kind of aid,
goods or field named (objmod: humanitarian / military / budget aid), accusations by their object
(112x), threats by what is threatened (13x), and hackers as subjects (176, subject class `cyber`).

Sentences are written for these tests, not taken from the gold files.
"""
from __future__ import annotations

import pytest

import coding_helpers


def code(pipeline, text: str) -> list[dict]:  # type: ignore[no-untyped-def]
    return coding_helpers.code(pipeline, text, "2022-03-14")


has = coding_helpers.has


CASES = [
    ("The Ugandan government lifted a ban on political rallies on Friday.", "0811", "UGA", None),
    ("Tunisia legalised the Islamist Ennahda party on Tuesday.", "0812", "TUN", None),
    ("Sri Lanka announced the lifting of the curfew on Monday.", "0813", "LKA", None),
    ("The United States announced an easing of sanctions on Cuba.", "085", "USA", "CUB"),
    ("China lifted its ban on Australian wine imports.", "085", "CHN", "AUS"),
    ("Russia returned 45 Ukrainian prisoners of war on Sunday.", "0841", "RUS", "UKR"),
    ("South Sudan accepted the deployment of UN peacekeepers.", "0861", "SSD", "UNO"),
    ("Myanmar's junta granted humanitarian access to Rakhine state.", "0863", "MMR", None),
    ("Saudi Arabia suspended diplomatic relations with Canada.", "161", "SAU", "CAN"),
    ("The United States halted military aid to Egypt.", "1622", "USA", "EGY"),
    ("The US paused humanitarian aid to Ethiopia.", "1623", "USA", "ETH"),
    ("Mali ordered the UN peacekeepers to leave.", "1661", "MLI", "UNO"),
    ("Russia withdrew its monitors from Armenia.", "1662", "RUS", "ARM"),
    ("The EU pledged humanitarian aid to Gaza.", "0333", "EU", "PSE"),
    ("Germany promised to send tanks to Ukraine.", "0332", "DEU", "UKR"),
    ("Russia and China pledged closer military cooperation.", "0312", "RUS", "CHN"),
    ("Sudan's military promised to hand power to civilians.", "0341", "SDN", None),
    ("Chad contributed troops to the UN mission in Mali.", "074", "TCD", "UNO"),
    ("Zimbabwean police seized white-owned farms.", "1711", "ZWE", None),
    ("Security forces cracked down on protesters in Tehran.", "175", "IRN", "IRN"),
    ("Russian hackers attacked Ukraine's power grid.", "176", "RUS", "UKR"),
    ("Sweden released 20 million kroner for flood victims in Pakistan.", "070", "SWE", "PAK"),
    ("Armenia said it remained committed to the ceasefire with Azerbaijan.", "0356", "ARM", "AZE"),
    ("Laos began selling electricity to Thailand.", "061", "LAO", "THA"),
    ("Jordan has given shelter to 600,000 Syrian refugees.", "073", "JOR", "SYR"),
    ("Indian authorities suspended mobile internet services in Manipur.", "1721", "IND", None),
    ("The United States threatened to cut aid to Egypt.", "1311", "USA", "EGY"),
    ("Turkey threatened to cut ties with Israel.", "1313", "TUR", "ISR"),
    ("China accused the United States of espionage.", "1125", "CHN", "USA"),
    ("Azerbaijan accused Armenia of aggression.", "1123", "AZE", "ARM"),
    ("ECOWAS gave Niger's junta a one-week deadline.", "139", "ECOWAS", "NER"),
    ("South Korea lifted export curbs on chip materials to Japan.", "085", "KOR", "JPN"),
    ("Fiji lifted the emergency regulations on Saturday.", "0814", "FJI", None),
    ("Kazakhstan returned 52 hectares of pasture to Kyrgyz herders.", "0842", "KAZ", "KGZ"),
    ("Mozambique's parliament passed a general amnesty law.", "0841", "MOZ", None),
    ("China resumed imports of Taiwanese pineapples.", "085", "CHN", "TWN"),
    ("The African Union suspended Mali from the bloc on Friday.", "160", "AU", "MLI"),
    ("Poland ordered the closure of the Russian consulate in Gdansk.", "161", "POL", "RUS"),
    ("The withdrawal of the Tajik ambassador from Kyrgyzstan was announced.", "161", "TJK", "KGZ"),
    ("Burkina Faso announced its withdrawal from the Economic Community of West African States.", "160", "BFA", "ECOWAS"),
    ("China suspended tariff concessions on Taiwanese products.", "163", "CHN", "TWN"),
    ("Guinea-Bissau suspended the broadcasting licences of six television channels.", "1721", "GNB", None),
    ("Japan provided emergency relief goods to Tonga.", "073", "JPN", "TON"),
    ("Vietnam handed over 2,000 tonnes of rice to Cuba.", "073", "VNM", "CUB"),
    ("The WFP flew 40 tonnes of biscuits to Nepal.", "073", "WFP", "NPL"),
    ("Mongolia and China opened a new rail crossing on Monday.", "061", "MNG", "CHN"),
    ("The ICC launched a war crimes probe in Afghanistan.", "094", "ICC", "AFG"),
    ("Kenyan prosecutors opened a corruption investigation into the governor.", "091", "KEN", "KEN"),
    ("The UN opened a human rights inquiry into Eritrea.", "092", "UNO", "ERI"),
    ("Azerbaijan forced 100,000 Armenians to flee Nagorno-Karabakh.", "201", "AZE", "ARM"),
    ("Japan announced a pledge of $300 million to Ukraine.", "033", "JPN", "UKR"),
    ("The declaration of a ceasefire with Azerbaijan by Armenia was announced on Friday.", "0871", "ARM", "AZE"),
    ("The severing of ties with Qatar by Saudi Arabia was announced on Monday.", "161", "SAU", "QAT"),
    ("The demolition of Palestinian homes by Israel was condemned.", "1712", "ISR", "PSE"),
    ("Britain announced the resumption of aid to Ethiopia.", "070", "GBR", "ETH"),
    ("The United States announced an easing of sanctions on Cuba.", "085", "USA", "CUB"),
    ("Romania delivered 50 megawatts of emergency electricity to Moldova.", "073", "ROU", "MDA"),
    ("Poland supplied emergency generators to Ukraine on Monday.", "073", "POL", "UKR"),
]


@pytest.mark.parametrize(("text", "code_prefix", "source", "target"), CASES)
def test_session7_breadth(pipeline, text, code_prefix, source, target) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, text)
    assert has(events, code_prefix, source, target), (text, coding_helpers.dyads(events, digits=None))


@pytest.mark.parametrize(("text", "code_prefix"), [
    ("The government lifted the emergency measures after the floods receded.", "08"),
    ("The farmer returned the land to his brother.", "08"),
    ("Police said the truck was carrying food for a supermarket chain.", "07"),
    ("The club suspended the striker from the team for two matches.", "16"),
    ("The bank withdrew from the deal with the mining company.", "0874"),
    ("The storm forced 100,000 people to flee their homes.", "20"),
    ("The demolition of the old stadium began on Monday.", "17"),
    ("The utility supplied power to 3,000 homes after the storm.", "07"),
])
def test_session7_no_event(pipeline, text, code_prefix) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, text)
    assert not has(events, code_prefix, None, None), (text, coding_helpers.dyads(events, digits=None))
