"""A state's forces sent *to* another state (its name or capital) are military protection
(074), not a build-up (154); sent to a border, to a region of its own or *into* a country they
stay 154 (clause_words.tsv: help_deploy_code / help_deploy_verb / help_deploy_prep).

Sentences are written for these tests, not taken from the gold files.
"""
from __future__ import annotations

import coding_helpers


def dyads(pipeline, text: str) -> set[tuple[str | None, str, str | None]]:  # type: ignore[no-untyped-def]
    return coding_helpers.dyads(coding_helpers.code(pipeline, text, "2021-07-09"), digits=None)


def test_forces_sent_to_another_state_protect_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert ("RWA", "074", "MOZ") in dyads(pipeline, "Rwanda dispatched 300 soldiers to Mozambique on Friday.")
    assert ("RWA", "074", "CAF") in dyads(pipeline, "Rwanda sent several hundred troops to the Central African Republic.")
    found = dyads(pipeline, "Uganda deployed 1,000 troops to Kinshasa.")
    assert any(s == "UGA" and c == "074" and (t or "").startswith("COD") for s, c, t in found), found


def test_forces_sent_home_or_into_a_country_stay_a_build_up(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert {c for _, c, _ in dyads(pipeline, "Chad sent hundreds of troops to its eastern border.")} == {"154"}
    assert ("ETH", "154", "SOM") in dyads(pipeline, "Ethiopia sent troops into Somalia.")
