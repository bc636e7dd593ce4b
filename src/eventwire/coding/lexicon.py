"""The trigger lexicon: which word (with which dependents) codes which CAMEO event.

The table lives in ``data/triggers.tsv``; its format is described in ``docs/lexicon.md``.
Columns (tab-separated, header row, ``#`` comments, a ``# version: ...`` line):

    code  pos  lemma  needs  source  target  aspect  note

Rules are validated against the ontology when loaded; errors name ``file:line``. Empty
``source``/``target`` cells are filled with the defaults for the rule's part of speech,
so every loaded rule carries explicit slots.
"""
from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from eventwire.coding.ontology import Ontology, load_ontology
from eventwire.coding.tsv import read_versioned_tsv

DEFAULT_PATH = Path(__file__).parent / "data" / "triggers.tsv"

POS_VALUES: frozenset[str] = frozenset({"VERB", "NOUN", "ADJ"})
NEED_DEPS: frozenset[str] = frozenset({"dobj", "prt", "prep", "mod", "xcomp", "pobj", "objmod", "ccomp", "count", "xobj",
                                       "nodep", "nohead", "subj", "nosubj", "nodobj", "adv",
                                       "noadv"})
# refusals: the trigger's own place in the parse must not be this ("militias *backed* by",
# "*during* the fighting"), its subject not of this class ("*Cyclone Freddy* killed"), its
# object not this word ("battled its deadliest *outbreak*"); they add no specificity and
# name no word the sentence must hold
NEGATIVE_NEEDS: frozenset[str] = frozenset({"nodep", "nohead", "nosubj", "nodobj", "noadv"})
# refusals that list several lemmas, comma-separated (nodobj=outbreak,epidemic; noadv=ahead,on)
LIST_NEEDS: frozenset[str] = frozenset({"nodobj", "noadv"})
# needs whose value is a class of subject_classes.tsv, not a word
SUBJECT_NEEDS: frozenset[str] = frozenset({"subj", "nosubj"})
# needs whose value may be "@CLASS", a class of object_classes.tsv: any of its words will do
# ("send" + dobj=@relief_goods: "sent tents", "sent rations", "sent water purifiers")
CLASS_NEEDS: frozenset[str] = frozenset({"dobj", "pobj"})
CLASS_MARK = "@"
# needs on the clause's subject or object: VERB triggers only
VERB_ONLY_NEEDS: frozenset[str] = frozenset({"subj", "nosubj", "nodobj", "adv", "noadv"})
# the trigger's own dependency labels a `nodep` need may refuse
NODEP_VALUES: frozenset[str] = frozenset({"acl", "relcl", "advcl", "pobj", "pcomp", "amod", "compound", "conj", "xcomp",
                                          "ccomp", "dobj", "nsubj", "nsubjpass", "appos"})
OBJECT_NEEDS: frozenset[str] = frozenset({"objmod", "count"})  # on a verb's object
# count=hundreds: 100 or more ("flattened hundreds of homes"); count=mass: a mass killing's
# toll (coding/needs.py COUNT_FLOORS, "gunmen killed at least 40 villagers")
COUNT_VALUES: frozenset[str] = frozenset({"hundreds", "mass"})
# bare words in the needs cell that flag a rule rather than require a dependent
FLAGS: frozenset[str] = frozenset({"light"})
ASPECTS: frozenset[str] = frozenset({"progressive", "perfect"})
SIMPLE_SLOTS: frozenset[str] = frozenset({"subj", "dobj", "dative", "poss", "amod", "conj", "none"})

DEFAULT_SLOTS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "VERB": (("subj",), ("dobj",)),
    "NOUN": (("poss", "amod", "prep:by"), ("prep:of", "prep:against", "prep:on", "prep:with")),
    # a predicate adjective: "Iran was optimistic about the talks", "X is ready to ..."
    "ADJ": (("subj",), ("prep:about", "prep:over", "prep:on", "prep:with", "prep:toward")),
}

_HEADER = ("code", "pos", "lemma", "needs", "source", "target", "aspect", "note")
_LEMMA_RE = re.compile(r"^[a-z][a-z0-9'-]*$")
_PREP_SLOT_RE = re.compile(r"^prep:[a-z]+$")
_ENT_MARK_RE = re.compile(r"^@[A-Z_]+$")


class LexiconError(ValueError):
    """A problem in a trigger file; the message names ``file:line``."""


@dataclass(frozen=True, slots=True)
class Need:
    dep: str  # one of NEED_DEPS
    lemma: str

    @property
    def positive(self) -> bool:
        """A dependent the head must have (not a refusal, `nodep`/`nohead`)."""
        return self.dep not in NEGATIVE_NEEDS

    @property
    def word(self) -> bool:
        """Whether the need's lemma is a word the sentence must contain: not for
        `count=hundreds` ("killed 460 people"), a refusal (`nodep`, `nohead`, `nosubj`, `nodobj`),
        a subject class (`subj=protest`), `xobj=actor`/`dobj=actor` (any named party) nor
        `ccomp=that`/`ccomp=subjunctive` (the word "that" may be left out)."""
        return not (self.dep == "count" or self.dep in NEGATIVE_NEEDS or self.dep in SUBJECT_NEEDS
                    or (self.dep in ("xobj", "dobj") and self.lemma == "actor")
                    or (self.dep == "ccomp" and self.lemma in ("that", "subjunctive")))

    @property
    def words(self) -> tuple[str, ...]:
        """The lemmas a `nodobj` refusal lists (`nodobj=outbreak,epidemic`); else the lemma."""
        return tuple(self.lemma.split(",")) if self.dep in LIST_NEEDS else (self.lemma,)

    @property
    def object_class(self) -> bool:
        """`dobj=@CLASS` / `pobj=@CLASS`: any word of an object class will do."""
        return self.lemma.startswith(CLASS_MARK)

    @property
    def lemmas(self) -> frozenset[str]:
        """The lemmas that meet a word need: its lemma, or every word of its object class."""
        if self.object_class:
            return load_object_classes()[self.lemma[len(CLASS_MARK):]]
        return frozenset((self.lemma,))


@dataclass(frozen=True, slots=True)
class TriggerRule:
    code: str
    pos: str
    lemma: str
    needs: tuple[Need, ...]
    source: tuple[str, ...]
    target: tuple[str, ...]
    aspect: str | None
    note: str
    line: int
    # a light verb ("held", "staged", "launched"): its object noun's own rule, when a
    # modifier makes it specific ("joint drills", "general strike"), gives the code
    light: bool = False

    @property
    def specificity(self) -> int:
        return sum(n.positive for n in self.needs) * 2 + (1 if self.aspect else 0)


class Lexicon:
    """Trigger rules indexed by (lemma, pos); each list is sorted most specific first."""

    __slots__ = ("version", "path", "_rules", "_lemmas", "_fixes")

    def __init__(self, version: str, rules: list[TriggerRule], path: Path | None = None,
                 fixes: Mapping[str, str] | None = None) -> None:
        self.version = version
        self.path = path
        # parser lemma -> the lemma its rules are filed under (lemma_fixes.tsv)
        self._fixes = dict(fixes or {})
        grouped: dict[tuple[str, str], list[TriggerRule]] = defaultdict(list)
        lemmas: set[str] = set()
        for rule in rules:
            grouped[(rule.lemma, rule.pos)].append(rule)
            lemmas.add(rule.lemma)
            lemmas.update(w for n in rule.needs if n.word for w in n.lemmas)
        self._rules: dict[tuple[str, str], tuple[TriggerRule, ...]] = {
            key: tuple(sorted(group, key=lambda r: (-r.specificity, r.line)))
            for key, group in grouped.items()
        }
        self._lemmas = frozenset(lemmas)

    def rules_for(self, lemma: str, pos: str) -> tuple[TriggerRule, ...]:
        """The rules for a token's lemma, most specific first (a lemma the parser gets
        wrong, like "stag" for "staged", is read as the right one: lemma_fixes.tsv)."""
        return self._rules.get((self._fixes.get(lemma, lemma), pos), ())

    @property
    def lemmas(self) -> frozenset[str]:
        return self._lemmas

    def rules(self) -> tuple[TriggerRule, ...]:
        """Every rule, in file order."""
        return tuple(sorted((r for g in self._rules.values() for r in g), key=lambda r: r.line))

    def __len__(self) -> int:
        return sum(len(g) for g in self._rules.values())

    def __repr__(self) -> str:
        return f"Lexicon(version={self.version!r}, rules={len(self)})"


def _error(path: Path, line: int, msg: str) -> LexiconError:
    return LexiconError(f"{path}:{line}: {msg}")


def _parse_needs(cell: str, path: Path, line: int) -> tuple[tuple[Need, ...], frozenset[str]]:
    needs: list[Need] = []
    flags: set[str] = set()
    for item in cell.split():
        if item in FLAGS:
            if item in flags:
                raise _error(path, line, f"flag {item!r} listed twice")
            flags.add(item)
            continue
        dep, sep, lemma = item.partition("=")
        if not sep or not dep or not lemma:
            raise _error(path, line, f"bad need {item!r}: expected dep=lemma")
        if dep not in NEED_DEPS:
            raise _error(path, line, f"bad need {item!r}: dep must be one of {sorted(NEED_DEPS)}")
        if dep in LIST_NEEDS:  # a list of refused lemmas: nodobj=outbreak,epidemic
            if not all(_LEMMA_RE.match(w) for w in lemma.split(",")):
                raise _error(path, line, f"bad need {item!r}: {dep} takes lowercase lemmas separated by commas")
        elif dep in CLASS_NEEDS and lemma.startswith(CLASS_MARK):
            if lemma[len(CLASS_MARK):] not in (objects := load_object_classes()):
                raise _error(path, line, f"bad need {item!r}: unknown object class {lemma[len(CLASS_MARK):]!r} "
                                         f"(object_classes.tsv has {sorted(objects)})")
        elif not _LEMMA_RE.match(lemma):
            raise _error(path, line, f"bad need {item!r}: lemma must be one lowercase token")
        if dep in SUBJECT_NEEDS and lemma not in (classes := load_subject_classes()):
            raise _error(path, line, f"bad need {item!r}: unknown subject class {lemma!r} "
                                     f"(subject_classes.tsv has {sorted(classes)})")
        if dep == "count" and lemma not in COUNT_VALUES:
            raise _error(path, line, f"bad need {item!r}: count must be one of {sorted(COUNT_VALUES)}")
        if dep == "nodep" and lemma not in NODEP_VALUES:
            raise _error(path, line, f"bad need {item!r}: nodep must be one of {sorted(NODEP_VALUES)}")
        need = Need(dep, lemma)
        if need in needs:
            raise _error(path, line, f"need {item!r} listed twice")
        needs.append(need)
    return tuple(sorted(needs, key=lambda n: (n.dep, n.lemma))), frozenset(flags)


def _parse_slots(cell: str, which: str, path: Path, line: int) -> tuple[str, ...] | None:
    if not cell:
        return None
    slots: list[str] = []
    for raw in cell.split(","):
        slot = raw.strip()
        if not (slot in SIMPLE_SLOTS or _PREP_SLOT_RE.match(slot)):
            raise _error(
                path, line,
                f"bad {which} slot {slot!r}: expected one of {sorted(SIMPLE_SLOTS)} or prep:<preposition>",
            )
        if slot in slots:
            raise _error(path, line, f"{which} slot {slot!r} listed twice")
        slots.append(slot)
    if "none" in slots and len(slots) > 1:
        raise _error(path, line, f"{which} slot 'none' cannot be combined with other slots")
    return tuple(slots)


def _parse_row(fields: list[str], path: Path, line: int, ontology: Ontology) -> TriggerRule:
    if len(fields) < 3 or len(fields) > len(_HEADER):
        raise _error(path, line, f"expected up to {len(_HEADER)} tab-separated fields (at least 3), got {len(fields)}")
    fields = [f.strip() for f in fields] + [""] * (len(_HEADER) - len(fields))
    code, pos, lemma, needs_s, source_s, target_s, aspect_s, note = fields
    if code not in ontology:
        raise _error(path, line, f"unknown CAMEO code {code!r} (not in ontology {ontology.version})")
    if pos not in POS_VALUES:
        raise _error(path, line, f"bad pos {pos!r}: expected VERB, NOUN or ADJ")
    if not _LEMMA_RE.match(lemma):
        raise _error(path, line, f"bad lemma {lemma!r}: expected one lowercase token")
    needs, flags = _parse_needs(needs_s, path, line)
    if pos == "VERB" and any(n.dep == "mod" for n in needs):
        raise _error(path, line, "need 'mod' applies to NOUN triggers only")
    if pos == "NOUN" and any(n.dep in ("prt", "xcomp", "ccomp", "xobj") for n in needs):
        raise _error(path, line, "needs 'prt', 'xcomp', 'ccomp' and 'xobj' apply to VERB and ADJ triggers only")
    if any(n.dep == "xobj" for n in needs) and not any(n.dep in ("xcomp", "ccomp") for n in needs):
        raise _error(path, line, "need 'xobj' (the complement's object) needs an 'xcomp' or 'ccomp' need")
    if pos != "VERB" and any(n.dep in VERB_ONLY_NEEDS for n in needs):
        raise _error(path, line, f"needs {sorted(VERB_ONLY_NEEDS)} (the clause's subject and object) apply to VERB triggers only")
    if pos != "VERB" and any(n.dep in OBJECT_NEEDS for n in needs):
        raise _error(path, line, f"needs {sorted(OBJECT_NEEDS)} apply to VERB triggers only")
    light = "light" in flags
    if light and (pos != "VERB" or not any(n.dep in ("dobj", "pobj") for n in needs)):
        raise _error(path, line, "flag 'light' applies to VERB rules with a dobj or pobj need")
    default_source, default_target = DEFAULT_SLOTS[pos]
    source = _parse_slots(source_s, "source", path, line) or default_source
    target = _parse_slots(target_s, "target", path, line) or default_target
    aspect = aspect_s.lower() or None
    if aspect is not None and aspect not in ASPECTS:
        raise _error(path, line, f"bad aspect {aspect_s!r}: expected progressive, perfect or empty")
    if aspect is not None and pos != "VERB":
        raise _error(path, line, "aspect applies to VERB triggers only")
    return TriggerRule(code, pos, lemma, needs, source, target, aspect, note, line, light)


def _parse(path: Path, ontology: Ontology) -> Lexicon:
    version, rows = read_versioned_tsv(path, _HEADER, LexiconError, "lexicon")
    rules: list[TriggerRule] = []
    seen: dict[tuple[str, str, tuple[Need, ...], str | None], int] = {}
    for lineno, fields in rows:
        rule = _parse_row(fields, path, lineno, ontology)
        key = (rule.pos, rule.lemma, rule.needs, rule.aspect)  # a flag makes no new rule
        if key in seen:
            raise _error(
                path, lineno,
                f"duplicate rule for {rule.pos} {rule.lemma!r} with the same needs and aspect (first at line {seen[key]})",
            )
        seen[key] = lineno
        rules.append(rule)
    return Lexicon(version, rules, path, load_lemma_fixes())


@functools.cache
def load_lemma_fixes(path: Path | None = None) -> dict[str, str]:
    """Parser lemma -> lexicon lemma (coding/data/lemma_fixes.tsv)."""
    path = path or DEFAULT_PATH.with_name("lemma_fixes.tsv")
    _, rows = read_versioned_tsv(path, ("parsed", "lemma"), LexiconError, "lemma fixes")
    fixes: dict[str, str] = {}
    for lineno, fields in rows:
        if len(fields) != 2 or not all(f.strip() for f in fields):
            raise _error(path, lineno, "expected two columns: parsed, lemma")
        fixes[fields[0].strip().lower()] = fields[1].strip().lower()
    return fixes


def _read_classes(path: Path, label: str, class_re: re.Pattern[str], class_hint: str,
                  word_ok: Callable[[str], bool], word_hint: str) -> dict[str, frozenset[str]]:
    """A (class, word) table: each class's words, validated with ``file:line`` errors."""
    _, rows = read_versioned_tsv(path, ("class", "word"), LexiconError, label)
    classes: dict[str, set[str]] = defaultdict(set)
    for lineno, fields in rows:
        if len(fields) != 2 or not all(f.strip() for f in fields):
            raise _error(path, lineno, "expected two columns: class, word")
        cls, word = (f.strip() for f in fields)
        if not class_re.match(cls):
            raise _error(path, lineno, f"bad class {cls!r}: expected {class_hint}")
        if not word_ok(word):
            raise _error(path, lineno, f"bad word {word!r}: expected {word_hint}")
        if word in classes[cls]:
            raise _error(path, lineno, f"word {word!r} listed twice in class {cls!r}")
        classes[cls].add(word)
    return {c: frozenset(w) for c, w in classes.items()}


@functools.cache
def load_subject_classes(path: Path | None = None) -> dict[str, frozenset[str]]:
    """Class -> the words of its doers (coding/data/subject_classes.tsv): lowercase lemmas,
    and entity marks like "@GPE" (a proper noun the parser tags with that entity type)."""
    return _read_classes(path or DEFAULT_PATH.with_name("subject_classes.tsv"), "subject classes",
                         _LEMMA_RE, "one lowercase token",
                         lambda w: bool(_LEMMA_RE.match(w) or _ENT_MARK_RE.match(w)),
                         "a lowercase lemma or an entity mark like @GPE")


_OBJECT_CLASS_RE = re.compile(r"^[a-z][a-z0-9_]*$")


@functools.cache
def load_object_classes(path: Path | None = None) -> dict[str, frozenset[str]]:
    """Class -> its words (coding/data/object_classes.tsv): the lowercase lemmas any of which
    meets a `dobj=@CLASS` or `pobj=@CLASS` need."""
    return _read_classes(path or DEFAULT_PATH.with_name("object_classes.tsv"), "object classes",
                         _OBJECT_CLASS_RE, "lowercase letters, digits and _",
                         lambda w: bool(_LEMMA_RE.match(w)), "a lowercase lemma")


@functools.cache
def _default_lexicon() -> Lexicon:
    return _parse(DEFAULT_PATH, load_ontology())


def load_lexicon(path: Path | None = None, ontology: Ontology | None = None) -> Lexicon:
    """Load and validate a trigger file (the packaged one, read once and cached, by default)."""
    if path is None and ontology is None:
        return _default_lexicon()
    return _parse(Path(path) if path is not None else DEFAULT_PATH, ontology or load_ontology())
