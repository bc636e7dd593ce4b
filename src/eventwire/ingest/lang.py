"""A cheap English check: the share of tokens that are English function words."""
from __future__ import annotations

import re
from functools import cache

from eventwire.ingest.cues import DATA_DIR
from eventwire.timex import read_tsv

__all__ = ["english_ratio", "guess_language", "MIN_WORDS", "MIN_RATIO"]

MIN_WORDS = 12  # shorter texts are not judged
MIN_RATIO = 0.2  # English prose is ~0.35-0.5; French, German, Dutch, Spanish < 0.15
_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@cache
def _stopwords() -> frozenset[str]:
    return frozenset(r["word"].lower() for r in read_tsv(DATA_DIR / "en_stopwords.tsv", ("word",)))


def english_ratio(text: str, *, sample_chars: int = 5000) -> tuple[float, int]:
    """(share of English function words, number of word tokens) in the first ``sample_chars``."""
    tokens = [t.lower() for t in _TOKEN.findall(text[:sample_chars])]
    if not tokens:
        return 0.0, 0
    sw = _stopwords()
    return sum(1 for t in tokens if t in sw) / len(tokens), len(tokens)


def guess_language(text: str, declared: str | None = None) -> str | None:
    """"en" when the text reads as English; else the declared language (an HTML ``lang``
    attribute's primary subtag, if not "en") or "und"; None for texts too short to judge."""
    ratio, n = english_ratio(text)
    if n < MIN_WORDS:
        return None
    if ratio >= MIN_RATIO:
        return "en"
    primary = (declared or "").split("-")[0].split("_")[0].strip().lower()
    return primary if primary and primary != "en" else "und"
