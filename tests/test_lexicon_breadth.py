"""Breadth of the trigger lexicon: common wire phrasings of each CAMEO root code the
expected root and dyad, and near-miss sentences built on the same words do not.

The sentences are written for these tests (not taken from the gold files); each case is a
phrasing family (verb + object, verb + particle, 'provide X with Y', nominal), not one text.
"""
from __future__ import annotations

import pytest

import coding_helpers


def code(pipeline, text: str) -> list[dict]:  # type: ignore[no-untyped-def]
    return coding_helpers.code(pipeline, text, "2021-05-12")


def dyads(events: list[dict]) -> set[tuple[str | None, str, str | None]]:
    return coding_helpers.dyads(events, digits=None)


has = coding_helpers.has


POSITIVE = [
    # 07 aid: amounts, 'provide X with Y', arms nouns, advisers, credit lines, released aid
    ("The United States gave Egypt $1.3 billion in aid.", "07", "USA", "EGY"),
    ("Kuwait granted Jordan 500 million dollars to support its budget.", "07", "KWT", "JOR"),
    ("Turkey provided Azerbaijan with armed drones.", "072", "TUR", "AZE"),
    ("France is providing Ukraine with Caesar howitzers.", "072", "FRA", "UKR"),
    ("The United States sent Taiwan rocket launchers and munitions.", "072", "USA", "TWN"),
    ("Moscow sent military advisers to Venezuela.", "072", "RUS", "VEN"),
    ("China extended a $3 billion credit line to Pakistan.", "071", "CHN", "PAK"),
    ("Washington released $300 million in frozen aid to Ukraine.", "07", "USA", "UKR"),
    ("The United States provided $1 billion in weapons to Ukraine.", "072", "USA", "UKR"),
    ("Japan gave $3 billion in loans to Indonesia.", "071", "JPN", "IDN"),
    ("Russia vowed support for Belarus.", "032", "RUS", "BLR"),
    # 08 yield: released property and people, returns, de-escalation, sieges, clemency
    ("Iran released the Greek oil tanker it had seized in May.", "0842", "IRN", "GRC"),
    ("Russia released two American businessmen on Thursday.", "0841", "RUS", "USA"),
    ("Indonesia returned the detained Australian fishermen.", "0841", "IDN", "AUS"),
    ("Israel suspended its bombing of Gaza for four days.", "087", "ISR", None),
    ("Syrian troops ended their siege of Aleppo.", "0872", "SYR", "SYR"),
    ("Egypt granted clemency to 30 jailed Sudanese traders.", "0841", "EGY", "SDN"),
    # 14 protest: streets, barricades, flags, 'staged' (lemmatised 'stag')
    ("Greek dock workers staged a strike in Piraeus.", "14", "GRC", None),
    ("Kenyan farmers staged a protest outside parliament in Nairobi.", "141", "KEN", None),
    ("Iraqi protesters burned the Iranian flag in Karbala.", "141", "IRQ", None),
    ("Lebanese protesters set up barricades in Beirut.", "144", "LBN", None),
    ("Spanish truckers blocked motorways near Madrid.", "144", "ESP", None),
    # 02 appeals by complement verb, for every appeal verb; 'pressed for the release of'
    ("Ukraine asked Germany to send more tanks.", "023", "UKR", "DEU"),
    ("France implored Russia to halt its offensive.", "0256", "FRA", "RUS"),
    ("The European Union pressed for the release of jailed Belarusian journalists.", "0253", "EU", "BLR"),
    # 16 cutting off supplies, freezing funds; 17 designations
    ("The European Union froze funds for Hungary.", "162", "EU", "HUN"),
    ("Russian authorities designated the group as a terrorist organisation.", "172", "RUS", None),
    ("Israel cut off electricity to Gaza.", "163", "ISR", "PSE"),
    ("Russia halted gas supplies to Poland.", "163", "RUS", "POL"),
    # 15 authorised deployments
    ("The Pentagon authorised the deployment of 3,000 troops to Poland.", "154", "USA", "POL"),
    # 17 repression by weapon
    ("Greek police dispersed the protesters with tear gas in Athens.", "175", "GRC", None),
    ("Riot police responded with water cannon and tear gas in Tbilisi.", "175", "GEO", None),
    # 09 'into <crime>' attached to the verb still gives the leaf
    ("Spanish prosecutors opened an inquiry on Monday into the torture of Moroccan migrants.", "092", "ESP", "MAR"),
    ("U.N. investigators are probing allegations of torture by Syrian forces.", "092", "UNO", "SYR"),
    # 19/20 invasions and expulsions
    ("Russian tanks rolled into Georgia.", "19", "RUS", "GEO"),
    ("Myanmar troops drove thousands of Rohingya from their homes.", "201", "MMR", None),
    ("Militiamen butchered dozens of villagers in eastern Congo.", "202", None, "COD"),
    # more aid, de-escalation, demands and protest families
    ("Iran funnelled weapons to Houthi rebels in Yemen.", "072", "IRN", None),
    ("The United States evacuated its troops from Niger.", "087", "USA", "NER"),
    ("Israeli troops dismantled checkpoints in the West Bank.", "081", "ISR", None),
    ("Turkey demanded the handover of the suspects from Sweden.", "1013", "TUR", "SWE"),
    ("Iranian protesters chanted slogans against the government in Tehran.", "141", "IRN", None),
    ("British rail workers began a 48-hour rail strike on Tuesday.", "143", "GBR", None),
    ("Washington approved the sale of 40 F-16 fighter jets to Turkey.", "072", "USA", "TUR"),
    ("Russia released two Americans on Thursday.", "0841", "RUS", "USA"),
    ("Iran's release of five Americans came after months of talks.", "0841", "IRN", "USA"),
    ("Israel's ceasefire with Hamas held for a second day.", "0871", "ISR", "PSE"),
    # phrasal verbs: expulsions, pushbacks, downed aircraft, criticism
    ("New Zealand threw out the Russian ambassador.", "166", "NZL", "RUS"),
    ("Britain sent back 200 Albanian migrants.", "174", "GBR", None),
    ("Ukrainian forces brought down a Russian fighter jet.", "19", "UKR", "RUS"),
    ("China hit out at Washington over the sanctions.", "111", "CHN", "USA"),
    # 20 atrocities perpetrated or carried out
    ("Russian troops perpetrated a massacre of civilians in Bucha.", "202", "RUS", "UKR"),
    ("The Myanmar army carried out ethnic cleansing against the Rohingya.", "203", "MMR", None),
    # 19 strikes by weapon
    ("Russian forces struck Ukraine's energy grid with missiles and drones.", "19", "RUS", "UKR"),
    ("Israel targeted Hezbollah positions in southern Lebanon with airstrikes.", "19", "ISR", "LBN"),
    # 06 acting together
    ("German and French troops trained together in Lithuania.", "062", "DEU", "FRA"),
    ("U.S. Marines trained alongside Australian troops in Darwin.", "062", "USA", "AUS"),
    ("Spain joined the NATO mission in the Baltic.", "062", "ESP", "NATO"),
    ("North Korea returned six South Koreans.", "0841", "PRK", "KOR"),
    ("Britain committed another 2.5 billion pounds in military support to Ukraine.", "03", "GBR", "UKR"),
    # ew-triggers-6: denials by dismissal, dismissed offers, lists of demands, accepted apologies
    ("Egypt dismissed as baseless reports that it had armed the rebels.", "016", "EGY", None),
    ("Israel dismissed the allegations of torture.", "016", "ISR", None),
    ("Hanoi rejected claims by Beijing over the islands.", "12", "VNM", "CHN"),
    ("The Kremlin dismissed an offer by Kyiv to hold talks in Ankara.", "12", "RUS", "UKR"),
    ("Iran rejected a proposal from the United States.", "12", "IRN", "USA"),
    ("Greece accepted the apology from Turkey.", "056", "GRC", "TUR"),
    ("Egypt handed Ethiopia a list of demands over the dam.", "10", "EGY", "ETH"),
    ("Hungary blocked a loan for Ukraine.", "12", "HUN", "UKR"),
    # hunger strikes, forces on standby, halted financing, frozen trade, blocked crossings
    ("Jailed Egyptian activist Alaa Abd El-Fattah refused food for 200 days.", "142", "EGY", None),
    ("Russia put troops on standby near the border.", "152", "RUS", None),
    ("The Japanese army raised its defence posture.", "152", "JPN", None),
    ("The World Bank suspended financing for Mali.", "162", "WB", "MLI"),
    ("China froze trade with Lithuania.", "163", "CHN", "LTU"),
    ("Canada froze investment in Iran.", "163", "CAN", "IRN"),
    ("Polish truckers blocked border crossings with Ukraine.", "144", "POL", "UKR"),
    # 18/20 violence by hand, enslavement; 04 arrivals on a visit, messages carried between parties
    ("Sudanese militiamen hacked to death dozens of villagers in Darfur.", "1823", "SDN", None),
    ("Boko Haram enslaved hundreds of Nigerian girls.", "181", None, "NGA"),
    ("Poland's president arrived in Kyiv on an unannounced visit.", "042", "POL", "UKR"),
    ("Qatar carried messages between Israel and Hamas.", "045", "QAT", "ISR"),
    # 03 ready to help/negotiate; 02 asked to use its influence; 07 aid by the load
    ("Egypt stood ready to help Sudan.", "033", "EGY", "SDN"),
    ("Ukraine's president was ready to meet Vladimir Putin.", "036", "UKR", "RUS"),
    ("Turkey asked Russia to use its influence over Syria.", "02", "TUR", "RUS"),
    ("The United Nations flew 20 tonnes of medicine to Yemen.", "073", "UNO", "YEM"),
    ("Egypt sent 50 tons of relief to Gaza.", "07", "EGY", "PSE"),
    # expulsions from homes, cut communication lines, opened negotiations, vows to hit back
    ("Azerbaijan expelled thousands of Armenians from their homes in Karabakh.", "201", "AZE", "ARM"),
    ("North Korea cut off communication lines with South Korea.", "16", "PRK", "KOR"),
    ("Armenia and Azerbaijan opened negotiations on a peace treaty in Washington.", "046", "ARM", "AZE"),
    ("Iran vowed to hit back at Israel.", "138", "IRN", "ISR"),
    ("Ethiopia rejected Egypt's offer of talks.", "125", "ETH", "EGY"),
    # suspects surrendered to a court, halts to firing, amassed troops, lambasting
    ("Serbia surrendered Ratko Mladic to the UN tribunal in The Hague.", "063", "SRB", "UNO"),
    ("Armenian rebels surrendered to the Azerbaijani army.", "0874", "ARM", "AZE"),
    ("Russia agreed with Ukraine to a halt in the fighting.", "0871", "RUS", "UKR"),
    ("Russia has amassed 100,000 troops near Ukraine's border.", "154", "RUS", "UKR"),
    ("Erdogan lambasted Macron over his remarks.", "111", "TUR", "FRA"),
    # verbal defence of another's military action; pressing an offensive is fighting
    ("Turkey defended Azerbaijan's military offensive in Karabakh.", "052", "TUR", "AZE"),
    ("Qatar acted as a mediator between Israel and Hamas.", "045", "QAT", "ISR"),
    ("Russia branded the US embassy a spy nest.", "111", "RUS", "USA"),
    ("China refuted the allegations by the United States.", "016", "CHN", "USA"),
    ("India rubbished reports that its troops had crossed the border.", "016", "IND", None),
    ("The Dominican Republic switched diplomatic recognition from Taipei to Beijing.", "054", "DOM", "CHN"),
    # ew-triggers-8: military posts taken, camps destroyed, corridors blocked, air strikes hit with
    ("Azerbaijani forces captured several Armenian military posts.", "192", "AZE", "ARM"),
    ("Israeli jets destroyed a Hamas camp in Gaza.", "190", "ISR", None),
    ("Azerbaijan blocked the supply corridor to Armenia.", "191", "AZE", "ARM"),
    ("Nigeria blamed the attack on Islamic State West Africa Province.", "112", "NGA", None),
]


@pytest.mark.parametrize(("text", "root", "source", "target"), POSITIVE)
def test_wire_phrasings_code_the_expected_root_and_dyad(pipeline, text, root, source, target) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, text)
    assert has(events, root, source, target), dyads(events)


NEAR_MISSES = [
    # same verbs, no event: products, data, theatre, logistics, sport, domestic budgets
    "The theatre company staged a new production of Hamlet in London.",
    "China released figures on Monday showing exports rose 5 percent.",
    "Egyptian authorities released the results of the referendum.",
    "The studio released the film's trailer on Friday.",
    "The ship returned to port in Piraeus after the storm.",
    "Fans poured onto the streets of Buenos Aires to celebrate the World Cup victory.",
    "The storm blocked motorways around Paris for hours.",
    "The ministry provided reporters with copies of the report.",
    "The President inspected a guard of honour at the airport in Nairobi.",
    "Britain completed its withdrawal from the European Union on January 31.",
    "The airline suspended operations at the airport because of fog.",
    "Farmers burned crop stubble in Punjab, worsening the smog in Delhi.",
    "The hurricane cut off electricity to much of Puerto Rico.",
    "The storm forced thousands from their homes in Florida.",
    "Investors pressed for the release of the company's results.",
    "The ball rolled into the net in the final minute.",
    "Thousands of Brazilian fans poured into the streets of Rio after the victory.",
    "Italian engineers inspected the site of the collapsed bridge in Genoa.",
    "Canadian police responded with force to reports of a gunman at the mall.",
    "The company reversed course on its pricing plan.",
    "Fans waved placards at the concert.",
    "The company announced the sale of its German unit.",
    "The report released on Monday surveyed 2,000 Americans.",
    "Lionel Messi joined the club in 2021.",
    "The release of the new iPhone drew crowds in Tokyo.",
    "The referee sent back the ball to the centre spot.",
    "U.S. tariffs hit Chinese factories hard.",
    "The earthquake struck the capital at dawn.",
    "Scientists examined reports of a new comet.",
    "The company listed its shares as a separate entity.",
    "Apple announced $90 billion in share buybacks.",
    "The Japanese government unveiled a $100 billion stimulus package for households.",
    "The ruling party threw out the proposal in parliament.",
    "Regulators approved the sale of the Chelsea football club.",
    # ew-triggers-6 near misses: courts dismiss appeals and charges, projects go on standby,
    # lectures are delivered, tonnes of oil are shipped, players are stoned by fans
    "The Supreme Court dismissed the appeal by the Russian opposition leader.",
    "A Russian court dismissed the charges against the American journalist.",
    "The French company put the project on standby.",
    "The professor delivered a lecture on food to students in Paris.",
    "Russia shipped 2 million tonnes of oil to India.",
    "Brazil delivered 10,000 tonnes of soybeans to China.",
    "The German company blocked a loan to its rival.",
    "Israeli settlers evicted the family from their home in East Jerusalem.",
    "The power cut severed phone lines across the region.",
    "The collector amassed a fortune in Paris.",
    "Egyptian and Qatari mediators said talks would resume.",
    "The company branded its new phone a game changer.",
    "The theorem was refuted by mathematicians.",
    # ew-triggers-8 near misses: records destroyed, posts of chairman captured, march routes
    "The company destroyed its old records.",
    "The union captured the post of chairman.",
    "The storm blocked the route to the village.",
    "Police blocked the route of the march.",
    "The minister blamed the fall in exports on the weather.",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_code_no_event(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    assert code(pipeline, text) == []


def test_halting_an_offensive_is_de_escalation_not_an_attack(pipeline) -> None:  # type: ignore[no-untyped-def]
    roots = {c[:2] for _, c, _ in dyads(code(pipeline, "Turkey halted its offensive in northern Syria on Thursday."))}
    assert "08" in roots and "19" not in roots


def test_stage_rules_hold_for_the_stag_lemma(pipeline) -> None:  # type: ignore[no-untyped-def]
    """lemma_fixes.tsv: the parser's "stag" (for "staged") reads the stage rules."""
    from eventwire.coding.lexicon import load_lexicon

    lex = load_lexicon()
    staged = {(r.code, r.needs) for r in lex.rules_for("stage", "VERB")}
    stag = {(r.code, r.needs) for r in lex.rules_for("stag", "VERB")}
    assert staged <= stag


def test_pressing_an_offensive_is_not_an_appeal(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, "Russian forces pressed a major offensive against Ukraine in Donetsk.")
    roots = {c[:2] for _, c, _ in dyads(events)}
    assert "19" in roots and "02" not in roots


def test_a_bad_lemma_fixes_file_is_a_clear_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from eventwire.coding.lexicon import LexiconError, load_lemma_fixes

    bad = tmp_path / "lemma_fixes.tsv"
    bad.write_text("# version: x\nparsed\tlemma\nstag\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="lemma_fixes.tsv:3"):
        load_lemma_fixes(bad)
