"""Chrome cues for the cleaners, loaded once from ``data/cues.tsv``."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from eventwire.timex import read_tsv

DATA_DIR = Path(__file__).parent / "data"
_KINDS = (
    "cta_verb",
    "cta_target",
    "label",
    "label_prefix",
    "byline_role",
    "credit",
    "agency",
    "stamp",
    "cookie_need",
    "cookie_also",
    "small_word",
)


@dataclass(frozen=True, slots=True)
class Cues:
    cta_verb: frozenset[str]
    cta_target: frozenset[str]
    label: frozenset[str]
    label_prefix: tuple[str, ...]  # longest first
    byline_role: frozenset[str]
    credit: tuple[str, ...]  # longest first
    agency: tuple[str, ...]
    stamp: tuple[str, ...]
    cookie_need: frozenset[str]
    cookie_also: frozenset[str]
    small_word: frozenset[str]


@cache
def cues(path: Path = DATA_DIR / "cues.tsv") -> Cues:
    """The cue lists; ValueError naming the file for an unknown kind."""
    groups: dict[str, list[str]] = {k: [] for k in _KINDS}
    for row in read_tsv(path, ("kind", "phrase")):
        if row["kind"] not in groups:
            raise ValueError(f"{path}: unknown cue kind {row['kind']!r} (known: {', '.join(_KINDS)})")
        groups[row["kind"]].append(" ".join(row["phrase"].lower().split()))

    def longest_first(k: str) -> tuple[str, ...]:
        return tuple(sorted(set(groups[k]), key=len, reverse=True))

    return Cues(
        cta_verb=frozenset(groups["cta_verb"]),
        cta_target=frozenset(groups["cta_target"]),
        label=frozenset(groups["label"]),
        label_prefix=longest_first("label_prefix"),
        byline_role=frozenset(groups["byline_role"]),
        credit=longest_first("credit"),
        agency=longest_first("agency"),
        stamp=longest_first("stamp"),
        cookie_need=frozenset(groups["cookie_need"]),
        cookie_also=frozenset(groups["cookie_also"]),
        small_word=frozenset(groups["small_word"]),
    )
