"""What an ingest run read, yielded, skipped and could not read, with one-line reasons."""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

__all__ = ["IngestReport", "InputError"]


class InputError(ValueError):
    """A document or input that cannot be read; the message is the one-line reason.

    A ValueError: callers that turn bad values into client errors (the HTTP API answers
    422) treat an unreadable posted document the same way."""


@dataclass
class IngestReport:
    """Counts and reasons for one ingest run. Mutable: readers add to it as they go.

    ``failed`` holds inputs (or parts of inputs) that could not be read; ``skipped`` documents
    read but left out on purpose (non-English, duplicate, older than ``since``, no text);
    ``duplicates`` the documents left out as copies of another (``duplicate_of``); ``notes``
    things worth knowing that did not stop a document (encoding fallbacks, malformed feeds
    that still parsed).
    """

    inputs: int = 0
    read: int = 0
    yielded: int = 0
    skipped: list[dict[str, str]] = field(default_factory=list)
    failed: list[dict[str, str]] = field(default_factory=list)
    duplicates: list[dict[str, str]] = field(default_factory=list)
    notes: list[dict[str, str]] = field(default_factory=list)

    def skip(self, source: str, doc_id: str, reason: str, kind: str = "other") -> None:
        """Record a document left out on purpose; ``kind`` groups reasons (duplicate, non-English,
        too old, empty)."""
        self.skipped.append({"input": source, "doc_id": doc_id, "kind": kind, "reason": _one_line(reason)})

    def fail(self, source: str, reason: str) -> None:
        self.failed.append({"input": source, "reason": _one_line(reason)})

    def note(self, source: str, note: str) -> None:
        self.notes.append({"input": source, "note": _one_line(note)})

    def duplicate(self, doc_id: str, duplicate_of: str, kind: str) -> None:
        self.duplicates.append({"doc_id": doc_id, "duplicate_of": duplicate_of, "kind": kind})

    @property
    def coded(self) -> int:
        """Documents handed on (the same as ``yielded``)."""
        return self.yielded

    def counts(self) -> dict[str, int]:
        return {
            "inputs": self.inputs,
            "read": self.read,
            "yielded": self.yielded,
            "skipped": len(self.skipped),
            "failed": len(self.failed),
            "duplicates": len(self.duplicates),
        }

    def skipped_by_reason(self) -> dict[str, int]:
        return dict(Counter(s["kind"] for s in self.skipped))

    def to_dict(self) -> dict[str, Any]:
        return {
            "counts": self.counts(),
            "skipped_by_reason": self.skipped_by_reason(),
            "skipped": self.skipped,
            "failed": self.failed,
            "duplicates": self.duplicates,
            "notes": self.notes,
        }

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)


def _one_line(s: str, limit: int = 300) -> str:
    s = " ".join(str(s).split())
    return s if len(s) <= limit else s[: limit - 1] + "…"
