"""Modality data: what makes a trigger unrealised (hedged, future, conditional) or negated."""
from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).parent / "data" / "modality.tsv"
KINDS = ("modal", "intent_modal", "governor", "intent", "implicative", "mark", "negator", "speech",
         "directive", "claim_noun", "unreal_mod", "hedge_adverb", "phrasal_governor",
         "reluctance", "time_mark", "adjunct_prep",
         "instrument_verb", "cessation", "mandative", "decision", "evaluation", "answer_noun")
INTENT = Path(__file__).parent / "data" / "intent.tsv"


@dataclass(frozen=True, slots=True)
class Modality:
    version: str
    modal: frozenset[str]
    intent_modal: frozenset[str]
    governor: frozenset[str]
    intent: frozenset[str]
    implicative: frozenset[str]
    mark: frozenset[str]
    negator: frozenset[str]
    speech: frozenset[str]
    # governors whose noun object is an act the source carries out ("ordered air strikes")
    directive: frozenset[str] = frozenset()
    # nouns whose that-clause is a claim, not a fact: "accusations that it backs M23"
    claim_noun: frozenset[str] = frozenset()
    # modifiers that make an event noun unreal: "planned protests", "a possible offensive"
    unreal_mod: frozenset[str] = frozenset()
    # adverbs that make the writer not assert the act: "police allegedly beat protesters"
    hedge_adverb: frozenset[str] = frozenset()
    # verb + particle ("call off") that governs like a `governor`: "called off a planned strike"
    phrasal_governor: frozenset[str] = frozenset()
    # verbs of holding back, whose negation affirms the act: "would not hesitate to strike"
    reluctance: frozenset[str] = frozenset()
    # subordinators of a time clause, an adjunct never a governor's complement: "ordered the
    # army to be ready, a day after the North fired shells"
    time_mark: frozenset[str] = frozenset()
    # prepositions of an adjunct phrase of a governor verb, not its complement: "ordered
    # strikes in retaliation for a sarin attack", "demanded X after the killing of Y"
    adjunct_prep: frozenset[str] = frozenset()
    # verbs whose object is the means and whose subject does the infinitive's act: "Russia
    # used Iranian drones to strike the grid" (Russia strikes, not the drones)
    instrument_verb: frozenset[str] = frozenset()
    # verbs whose -ing complement or object is an act stopped: "stopped delivering gas"
    cessation: frozenset[str] = frozenset()
    # verbs of insisting whose that-clause in the present after a past head is mandative:
    # "insisted that India pull its troops out" (a statement would be backshifted)
    mandative: frozenset[str] = frozenset()
    # intent governors that state a decision, the act itself, when one deliberating body is
    # the subject: "EU ministers agreed to lift sanctions" (085, not 0354); two parties
    # agreeing ("Iran and the IAEA agreed to", "agreed with Kyiv to") state an intention
    decision: frozenset[str] = frozenset()
    # verbs of praise or blame whose for-phrase gives the reason, no event of its own:
    # "thanked Australia for sending troops", "criticised Orban for travelling to Moscow"
    evaluation: frozenset[str] = frozenset()
    # nouns by which a later clause answers the writer's statement before it: "Nepal accused
    # India of a blockade, *a charge* India denied" (the first clause is stated, not denied)
    answer_noun: frozenset[str] = frozenset()


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


@dataclass(frozen=True, slots=True)
class Proxies:
    """Nouns that stand for the country or group modifying them: as a target only, or as
    either side."""

    target: frozenset[str]
    source: frozenset[str]


@functools.cache
def load_proxies(path: Path = PROXIES) -> Proxies:
    rows = [ln.split("\t") for ln in path.read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")]
    if not rows or rows[0] != ["lemma", "side"]:
        raise ValueError(f"{path}: the first row must be the header 'lemma<TAB>side'")
    for n, row in enumerate(rows[1:], start=2):
        if len(row) != 2 or row[1] not in ("target", "both"):
            raise ValueError(f"{path}: row {n} {row!r}: expected '<lemma>\t<target|both>'")
    target = frozenset(r[0].lower() for r in rows[1:])
    return Proxies(target=target, source=frozenset(r[0].lower() for r in rows[1:] if r[1] == "both"))


@functools.cache
def load_intent(path: Path = INTENT) -> dict[str, str]:
    """Root of an intended act -> the CAMEO code of the stated intention (03x / 13x)."""
    rows = [ln.split("\t") for ln in path.read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")]
    if not rows or rows[0] != ["root", "code"]:
        raise ValueError(f"{path}: the first row must be the header 'root<TAB>code'")
    table = {}
    for n, row in enumerate(rows[1:], start=2):
        if len(row) != 2 or len(row[0]) != 2 or not row[1].isdigit():
            raise ValueError(f"{path}: row {n} {row!r}: expected '<2-digit root>\t<code>'")
        table[row[0]] = row[1]
    return table


DATA_DIR = Path(__file__).parent / "data"


@functools.cache
def load_word_list(name: str, header: str, path: Path | None = None) -> frozenset[str]:
    """A one-column data file (``domestic.tsv``: root, ``place_target.tsv``: root,
    ``state_roles.tsv``: role), validated: header first, then non-empty values."""
    path = path or DATA_DIR / name
    rows = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")]
    if not rows or rows[0] != header:
        raise ValueError(f"{path}: the first row must be the header {header!r}")
    for n, value in enumerate(rows[1:], start=2):
        if header == "root" and (len(value) != 2 or not value.isdigit()):
            raise ValueError(f"{path}: row {n} {value!r}: expected a two-digit CAMEO root")
        if header == "code" and not (value.isdigit() and 2 <= len(value) <= 4):
            raise ValueError(f"{path}: row {n} {value!r}: expected a CAMEO code prefix")
        if header == "role" and not (value.isalpha() and value.isupper()):
            raise ValueError(f"{path}: row {n} {value!r}: expected a CAMEO role code")
    return frozenset(rows[1:])


@functools.cache
def load_kinds(name: str, kinds: tuple[str, ...], path: Path | None = None) -> dict[str, frozenset[str]]:
    """A two-column data file of (kind, value) rows, e.g. ``coder_words.tsv``."""
    path = path or DATA_DIR / name
    rows = [ln.split("\t") for ln in path.read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")]
    if not rows or rows[0] != ["kind", "value"]:
        raise ValueError(f"{path}: the first row must be the header 'kind<TAB>value'")
    out: dict[str, set[str]] = {k: set() for k in kinds}
    for n, row in enumerate(rows[1:], start=2):
        if len(row) != 2 or row[0] not in out or not row[1].strip():
            raise ValueError(f"{path}: row {n} {row!r}: expected '<kind>\t<value>' with kind in {kinds}")
        out[row[0]].add(row[1].strip().lower())
    return {k: frozenset(v) for k, v in out.items()}
