"""The CAMEO event ontology: codes, names, Goldstein weights, quad classes, PLOVER types.

The table lives in ``data/cameo.tsv`` (columns ``code, name, goldstein, plover``; ``#``
comment lines allowed, one of them ``# version: ...``). It is read once and validated:
codes are unique 2-4 digit strings under a root 01..20, every leaf's parent exists,
Goldstein weights lie in [-10, 10] and PLOVER types are one of the 16 PLOVER/POLECAT
types or empty. Quad classes are not stored; they follow from the root as GDELT assigns
them (01-05 verbal cooperation, 06-09 material cooperation, 10-14 verbal conflict,
15-20 material conflict).
"""
from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from eventwire.coding.tsv import read_versioned_tsv

DEFAULT_PATH = Path(__file__).parent / "data" / "cameo.tsv"

PLOVER_TYPES: frozenset[str] = frozenset(
    {
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    }
)

ROOTS: tuple[str, ...] = tuple(f"{i:02d}" for i in range(1, 21))

_HEADER = ("code", "name", "goldstein", "plover")


class OntologyError(ValueError):
    """A problem in the ontology file; the message names ``file:line``."""


@dataclass(frozen=True, slots=True)
class CodeInfo:
    code: str
    root: str
    name: str
    goldstein: float
    quad_class: int
    plover: str | None


def quad_class_for_root(root: str) -> int:
    """GDELT's quad class for a CAMEO root code ("01".."20")."""
    n = int(root)
    if not 1 <= n <= 20:
        raise ValueError(f"not a CAMEO root code: {root!r}")
    if n <= 5:
        return 1
    if n <= 9:
        return 2
    if n <= 14:
        return 3
    return 4


def parent_code(code: str) -> str | None:
    """The code one level up (``"0211"`` -> ``"021"`` -> ``"02"`` -> None)."""
    if len(code) <= 2:
        return None
    return code[:-1]


class Ontology:
    """A validated CAMEO codebook."""

    __slots__ = ("version", "path", "_codes")

    def __init__(self, version: str, codes: dict[str, CodeInfo], path: Path | None = None) -> None:
        self.version = version
        self.path = path
        self._codes = dict(codes)

    def info(self, code: str) -> CodeInfo:
        try:
            return self._codes[code]
        except KeyError:
            raise KeyError(
                f"unknown CAMEO event code {code!r} (not in ontology {self.version})"
            ) from None

    def __contains__(self, code: object) -> bool:
        return code in self._codes

    def __len__(self) -> int:
        return len(self._codes)

    def __iter__(self) -> Iterator[CodeInfo]:
        return iter(self._codes.values())

    def codes(self) -> Iterable[CodeInfo]:
        return tuple(self._codes.values())

    def children(self, code: str) -> tuple[CodeInfo, ...]:
        """Direct children of ``code`` (``"02"`` -> 020..028)."""
        return tuple(c for c in self._codes.values() if parent_code(c.code) == code)

    def __repr__(self) -> str:
        return f"Ontology(version={self.version!r}, codes={len(self._codes)})"


def _error(path: Path, line: int, msg: str) -> OntologyError:
    return OntologyError(f"{path}:{line}: {msg}")


def _parse(path: Path) -> Ontology:
    version, rows = read_versioned_tsv(path, _HEADER, OntologyError, "ontology")
    codes: dict[str, CodeInfo] = {}
    for lineno, fields in rows:
        if len(fields) != len(_HEADER):
            raise _error(path, lineno, f"expected {len(_HEADER)} tab-separated fields, got {len(fields)}")
        code, name, gold_s, plover_s = (f.strip() for f in fields)
        if not (code.isdigit() and 2 <= len(code) <= 4):
            raise _error(path, lineno, f"bad code {code!r}: expected 2-4 digits")
        root = code[:2]
        if root not in ROOTS:
            raise _error(path, lineno, f"bad code {code!r}: root {root!r} is not 01..20")
        if code in codes:
            raise _error(path, lineno, f"duplicate code {code!r}")
        parent = parent_code(code)
        if parent is not None and parent not in codes:
            raise _error(path, lineno, f"code {code!r} has no parent {parent!r} above it in the file")
        if not name:
            raise _error(path, lineno, f"code {code!r} has an empty name")
        try:
            goldstein = float(gold_s)
        except ValueError:
            raise _error(path, lineno, f"bad goldstein {gold_s!r}: not a number") from None
        if not -10.0 <= goldstein <= 10.0:
            raise _error(path, lineno, f"goldstein {goldstein} outside [-10, 10]")
        plover = plover_s.upper() or None
        if plover is not None and plover not in PLOVER_TYPES:
            raise _error(path, lineno, f"bad plover type {plover_s!r}: expected one of {sorted(PLOVER_TYPES)} or empty")
        codes[code] = CodeInfo(code, root, name, goldstein, quad_class_for_root(root), plover)
    missing = [r for r in ROOTS if r not in codes]
    if missing:
        raise OntologyError(f"{path}: root codes missing: {', '.join(missing)}")
    return Ontology(version, codes, path)


@functools.cache
def _default_ontology() -> Ontology:
    return _parse(DEFAULT_PATH)


def load_ontology(path: Path | None = None) -> Ontology:
    """Load and validate the CAMEO table; the packaged default is read once and cached."""
    if path is None:
        return _default_ontology()
    return _parse(Path(path))
