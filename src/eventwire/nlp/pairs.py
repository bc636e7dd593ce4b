"""Plural references to the two parties of a story: "the two leaders", "the neighbours".

Wire copy names two parties ("Kyrgyz President Sadyr Japarov and Tajik President Emomali
Rahmon") and then refers to them together ("The two leaders met on the sidelines").
``pair_mentions`` resolves such a phrase to the last two parties of different countries
named before it (people: the last two people of different countries; states: the two
countries the article has named most before the phrase's sentence), as two mentions inside the phrase (one on
the number or determiner, one on the noun), so that the noun phrase reads as two actors.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from eventwire.records import Actor, Mention

# nouns that stand for people (leaders) or for the states themselves (sides)
_PEOPLE = "leaders|presidents|ministers|premiers|heads of state|delegations"
_STATES = "neighbou?rs|(?:countries|nations)(?=['’])"  # a possessive 'the two countries' ministers'; not 'both sides', 'the two countries' alone: too often background
_PAIR = re.compile(
    rf"\b(?P<first>[Tt]he\s+two|[Bb]oth)\s+(?P<noun>{_PEOPLE}|{_STATES})\b"
    r"|\b(?P<first2>[Tt]he)\s+(?P<noun2>neighbou?rs)\b"
)
_SENT_END = re.compile(r"[.!?][\"'”’)]*\s+")
_LOOKBACK = 12  # mentions back to look for two leaders


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``text[pos]`` starts (a rough split is enough here)."""
    start = 0
    for m in _SENT_END.finditer(text, 0, pos):
        start = m.end()
    return start


def _people(earlier: Sequence[Mention]) -> tuple[Actor, Actor] | None:
    """The last two people of different countries among the last few mentions."""
    found: list[Actor] = []
    for m in reversed(earlier[-_LOOKBACK:]):
        a = m.actor
        if a.country and a.kind == "person" and all(f.country != a.country for f in found):
            found.append(a)
            if len(found) == 2:
                return found[1], found[0]  # in reading order
    return None


def _states(earlier: Sequence[Mention]) -> tuple[Actor, Actor] | None:
    """The two countries the article has named most (each at least twice; the later
    mention first on ties), in reading order."""
    count: dict[str, int] = {}
    last: dict[str, int] = {}
    for i, m in enumerate(earlier):
        c = m.actor.country
        if c:
            count[c] = count.get(c, 0) + 1
            last[c] = i
    top = sorted(count, key=lambda c: (count[c], last[c]), reverse=True)[:2]
    if len(top) < 2 or count[top[1]] < 2:
        return None  # no second party named more than in passing
    a, b = sorted(top, key=lambda c: last[c])
    return _state(a), _state(b)


def _state(country: str) -> Actor:
    return Actor(code=country, country=country, name=country, kind="country")


def pair_mentions(text: str, earlier: Sequence[Mention], found: Sequence[Mention],
                  offset: int = 0) -> tuple[list[Mention], list[Mention]]:
    """(new mentions, mentions of ``found`` they replace) for the pair phrases of ``text``.

    ``earlier``: mentions of the article before ``text``; ``found``: those in ``text``
    (article offsets); ``offset``: where ``text`` starts in the article."""
    new: list[Mention] = []
    replaced: list[Mention] = []
    for m in _PAIR.finditer(text):
        first = "first" if m.group("first") else "first2"
        noun_group = "noun" if m.group("noun") else "noun2"
        people = noun_group == "noun" and re.fullmatch(_PEOPLE, m.group("noun").lower()) is not None
        if people:  # "Zelenskiy met Chancellor Olaf Scholz, where the two leaders discussed"
            pair = _people([*earlier, *(x for x in found if x.start < m.start() + offset)])
        else:  # not the sentence's own actors
            start = _sentence_start(text, m.start())
            pair = _states([*earlier, *(x for x in found if x.start < start + offset)])
        if pair is None:
            continue
        a, b = pair
        s1, e1 = m.start(first) + offset, m.end(first) + offset
        s2, e2 = m.start(noun_group) + offset, m.end(noun_group) + offset
        replaced += [x for x in found if x.start < e2 and x.end > s1]
        new += [Mention(s1, e1, m.group(first), a), Mention(s2, e2, m.group(noun_group), b)]
    return new, replaced
