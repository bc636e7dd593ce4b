"""Duplicate articles: exact (normalised-text hash) and near (MinHash LSH on word shingles)."""
from __future__ import annotations

import hashlib
import re
from typing import Any, Literal

__all__ = ["Deduper", "DupKind", "normalise", "shingles"]

DupKind = Literal["exact", "near"]
_WORD = re.compile(r"\w+")


def normalise(text: str) -> str:
    """Case-folded words joined by single spaces (punctuation and spacing ignored)."""
    return " ".join(_WORD.findall(text.casefold()))


def shingles(words: list[str], k: int) -> set[bytes]:
    if len(words) <= k:
        return {" ".join(words).encode("utf-8")}
    return {" ".join(words[i : i + k]).encode("utf-8") for i in range(len(words) - k + 1)}


class Deduper:
    """Remembers the articles seen; ``check`` says whether a new one copies an earlier one.

    Exact duplicates share the hash of their normalised text. Near duplicates have an
    estimated Jaccard similarity of word ``k``-shingles >= ``threshold`` (MinHash with
    ``num_perm`` permutations, LSH index). Texts under ``min_words`` words are only checked
    for exact copies.
    """

    def __init__(self, threshold: float = 0.8, k: int = 5, num_perm: int = 64, min_words: int = 20) -> None:
        from datasketch import MinHashLSH

        self.threshold, self.k, self.num_perm, self.min_words = threshold, k, num_perm, min_words
        self._exact: dict[str, str] = {}
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self._n = 0

    def check(self, doc_id: str, text: str) -> tuple[DupKind, str] | None:
        """(kind, id of the earlier article) when ``text`` duplicates one; else remember it."""
        norm = normalise(text)
        key = hashlib.blake2b(norm.encode("utf-8"), digest_size=16).hexdigest()
        if key in self._exact:
            return "exact", self._exact[key]
        words = norm.split()
        mh = self._minhash(words) if len(words) >= self.min_words else None
        if mh is not None:
            hits = self._lsh.query(mh)
            if hits:
                return "near", min(hits, key=lambda h: h[0])[1]
        self._exact[key] = doc_id
        if mh is not None:
            self._n += 1
            self._lsh.insert((self._n, doc_id), mh)
        return None

    def _minhash(self, words: list[str]) -> Any:
        from datasketch import MinHash

        mh = MinHash(num_perm=self.num_perm)
        mh.update_batch(list(shingles(words, self.k)))
        return mh
