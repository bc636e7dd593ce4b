"""Session 5c: an attack with no named doer, told in a clause reported by a bare role
(", officials said"), is coded with no source; one reported by a named party is not.
Each case is a construction written for this file, not a gold sentence."""
from __future__ import annotations

import coding_helpers

PUB = "2023-03-14"


def events(pipeline, text: str) -> list[dict]:  # type: ignore[no-untyped-def]
    return coding_helpers.code(pipeline, text, PUB)


def test_an_agentless_killing_reported_by_officials_has_no_source(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = coding_helpers.dyads(events(pipeline, "Three Kenyan police officers were killed in an "
                                                  "ambush near the Somali border on Monday, officials said."))
    assert (None, "18", "KEN") in found


def test_an_agentless_killing_reported_by_a_named_army_is_not_coded_sourceless(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = coding_helpers.dyads(events(pipeline, "Three Kenyan police officers were killed in an "
                                                  "ambush near the Somali border on Monday, the Kenyan army said."))
    assert (None, "18", "KEN") not in found
