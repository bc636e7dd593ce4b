"""Modality data: what makes a trigger unrealised (hedged, future, conditional) or negated."""
from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).parent / "data" / "modality.tsv"
KINDS = ("modal", "governor", "implicative", "mark", "negator")


@dataclass(frozen=True, slots=True)
class Modality:
    version: str
    modal: frozenset[str]
    governor: frozenset[str]
    implicative: frozenset[str]
    mark: frozenset[str]
    negator: frozenset[str]


def _version(lines: list[str]) -> str:
    for line in lines:
        if line.startswith("# version:"):
            return line.split(":", 1)[1].strip()
    return "unversioned"


@functools.cache
def load_modality(path: Path = DATA) -> Modality:
    lines = path.read_text(encoding="utf-8").splitlines()
    words: dict[str, set[str]] = {k: set() for k in KINDS}
    rows = csv.reader((ln for ln in lines if ln.strip() and not ln.startswith("#")), delimiter="\t")
    for n, row in enumerate(rows, start=1):
        if n == 1 and row == ["kind", "word"]:
            continue
        if len(row) != 2 or row[0] not in words or not row[1].strip():
            raise ValueError(f"{path}: bad row {row!r}: expected '<kind>\\t<word>' with kind in {KINDS}")
        words[row[0]].add(row[1].strip().lower())
    return Modality(_version(lines), **{k: frozenset(v) for k, v in words.items()})


PROXIES = Path(__file__).parent / "data" / "proxies.tsv"


@functools.cache
def load_proxies(path: Path = PROXIES) -> frozenset[str]:
    """Nouns that stand for the country modifying them when they are a target."""
    words = [ln.strip().lower() for ln in path.read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    if not words or words[0] != "lemma":
        raise ValueError(f"{path}: the first row must be the header 'lemma'")
    return frozenset(words[1:])
