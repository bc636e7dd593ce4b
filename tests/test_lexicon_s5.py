"""Trigger families of section `ew-triggers-14 (session 5, coverage)` of triggers.tsv, written as
families from the tuning sets' "no trigger of the root" misses: deadlines given "until" a date (139)
and hours or days given to leave (166), named parties authorised, allowed or permitted to resume,
operate, visit, inspect or deliver (086, 0862, 0863), crossings reopened when the parser reads
"crossing" as the verb "cross" (081), energy shipped, exported or supplied (061), judicial
commissions formed to investigate (090), air defence batteries handed over (072), relief or
hospital ships, planes and teams sent (073); and from tune7: meetings agreed to be convened (036),
sums released as aid (073/071), deliveries taken from a supplier (072), monitors admitted or invited
(0862), sums of aid cut and aid programmes paused (162), chemical agents used (2041), hundreds forced
back across a border (174), soldiers put on standby or alert (152), fingerprints and intelligence
supplied (064) and military agreements ended (160); then parties stood by (051), field hospitals set
up (073), preliminary examinations opened (090), infringement procedures launched (115), budget support
suspended (162) and bodies rejoined (05); last gifts (072/073/070), rescue and medical personnel
sent (073), relief goods let in (0863), weapons or gas supplies stopped (1622/163) and mediation
stopped (165); last named parties defended (052), readiness or pledges to raise trade (030), cases
opened into crimes (090), boxes of remains handed over (0842) and energy or grain bought or imported
from a supplier (061), aid restored (070) and borders or crossings closed to a neighbour (160).

Sentences are written for these tests, not taken from the gold files.
"""
from __future__ import annotations

import pytest

import coding_helpers


def code(pipeline, text: str) -> list[dict]:  # type: ignore[no-untyped-def]
    return coding_helpers.code(pipeline, text, "2022-03-14")


has = coding_helpers.has


CASES = [
    ("The African Union gave Sudan's generals until the end of June to restore civilian rule.", "139", "AU", "SDN"),
    ("Cameroon authorised the International Committee of the Red Cross to resume its work in the north.", "086", "CMR", "ICRC"),
    ("Iran allowed the International Atomic Energy Agency to inspect the Fordow site.", "0862", "IRN", "IAEA"),
    ("Syria permitted the World Health Organization to deliver vaccines in Idlib.", "0863", "SYR", "WHO"),
    ("Israel reopened the Erez crossing into Gaza on Sunday.", "081", "ISR", "PSE"),
    ("Turkmenistan began exporting gas to Afghanistan last year.", "061", "TKM", "AFG"),
    ("Iraq began shipping fuel oil to Lebanon on Monday.", "061", "IRQ", "LBN"),
    ("Sri Lanka appointed a judicial committee to probe the Easter bombings.", "090", "LKA", None),
    ("Spain delivered two Patriot missile batteries to Turkey.", "072", "ESP", "TUR"),
    ("Germany provided Ukraine with Patriot batteries.", "072", "DEU", "UKR"),
    ("Italy sent a hospital ship to Libya.", "073", "ITA", "LBY"),
    # second batch (tune7 misses)
    ("Ghana and Togo agreed to convene a meeting of their joint commission with Benin.", "036", "GHA", None),
    ("Japan released 5 million dollars in emergency assistance to Tonga.", "073", "JPN", "TON"),
    ("Serbia took delivery of six combat drones from China on Monday.", "072", "CHN", "SRB"),
    ("Georgia admitted monitors from the European Union to the boundary line.", "0862", "GEO", "EU"),
    ("Bolivia invited observers from the Organization of American States.", "0862", "BOL", "OAS"),
    ("The Netherlands suspended 10 million euros in aid to Burundi.", "162", "NLD", "BDI"),
    ("Sweden paused its development aid programmes in Mali.", "162", "SWE", "MLI"),
    ("Syrian government forces used chlorine against the rebels in Douma.", "2041", "SYR", "SYR"),
    ("Iran has forced more than 300,000 Afghan migrants back across the border.", "174", "IRN", "AFG"),
    ("Niger terminated its military agreement with France.", "160", "NER", "FRA"),
    ("Colombia supplied fingerprints to Ecuadorian investigators.", "064", "COL", "ECU"),
    # third batch (families written from common wire phrasings)
    ("Nigeria stood by Niger's new rulers on Monday.", "051", "NGA", "NER"),
    ("Belgium set up a field hospital in Goma.", "073", "BEL", "COD"),
    ("Jordan opened a field hospital in Gaza.", "073", "JOR", "PSE"),
    ("The European Commission launched an infringement procedure against Hungary.", "115", "EU", "HUN"),
    ("France suspended budget support to Mali.", "162", "FRA", "MLI"),
    ("Mali suspended budget support and military cooperation with Denmark.", "160", "MLI", "DNK"),
    ("Venezuela rejoined OPEC.", "05", "VEN", "OPC"),
    # fourth batch (neutral on the tuning sets; common wire phrasings)
    ("India gifted two helicopters to the Maldives.", "072", "IND", "MDV"),
    ("China gifted 500,000 vaccine doses to Cambodia.", "073", "CHN", "KHM"),
    ("Turkey dispatched 100 search and rescue personnel to Morocco.", "073", "TUR", "MAR"),
    ("Britain sent a team of doctors to Turkey.", "073", "GBR", "TUR"),
    ("Israel allowed fuel into Gaza for the first time since the war began.", "0863", "ISR", "PSE"),
    ("Poland stopped supplying weapons to Ukraine.", "1622", "POL", "UKR"),
    ("Russia stopped supplying gas to Bulgaria.", "163", "RUS", "BGR"),
    ("Qatar stopped mediating between Israel and Hamas.", "165", "QAT", "ISR"),
    # fifth batch
    ("Serbia's president defended Milorad Dodik on Friday.", "052", "SRB", None),
    ("Hungary defended Serbia against calls for sanctions.", "052", "HUN", "SRB"),
    ("Kazakhstan is ready to double trade with Uzbekistan.", "030", "KAZ", "UZB"),
    ("The ICC prosecutor opened a case into the deportation of children by Russia.", "090", "ICC", None),
    ("North Korea handed over 55 boxes of remains to the United States.", "0842", "PRK", "USA"),
    ("Vietnam bought rice from Cambodia under a barter deal.", "061", "VNM", "KHM"),
    ("Germany imported gas from Norway.", "061", "DEU", "NOR"),
    ("The United States restored aid to Ethiopia.", "070", "USA", "ETH"),
    ("Poland closed its border crossings with Belarus.", "160", "POL", "BLR"),
    ("Pakistan shut the Torkham crossing with Afghanistan.", "160", "PAK", "AFG"),
]


@pytest.mark.parametrize(("text", "code_prefix", "source", "target"), CASES)
def test_session5_families(pipeline, text, code_prefix, source, target) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, text)
    assert has(events, code_prefix, source, target), (text, coding_helpers.dyads(events, digits=None))


@pytest.mark.parametrize(("text", "root"), [
    # an unnamed party allowed to resume work is no international involvement
    ("Egypt allowed farmers to resume work in the delta.", "08"),
    # a doctor's deadline is no ultimatum between parties
    ("Doctors gave the patient two days to recover.", "13"),
    # a named party allowed to go home is no international involvement
    ("Belarus allowed Maria Kolesnikova to meet her lawyer.", "08"),
    # defending a town against attack is military, not support
    ("Ukrainian troops defended Bakhmut against Russian assaults.", "05"),
    # borders closed to travellers name no neighbour
    ("Italy closed its borders to travellers during the pandemic.", "16"),
    # standing by a road names no party
    ("Kenyan police stood by the road as the convoy passed.", "05"),
    # pushed back without a count in the hundreds is no deportation
    ("Ethiopian troops forced the rebels back across the river.", "17"),
])
def test_session5_no_event(pipeline, text, root) -> None:  # type: ignore[no-untyped-def]
    events = code(pipeline, text)
    assert not any(e["cameo"].startswith(root) for e in events), coding_helpers.dyads(events, digits=None)
