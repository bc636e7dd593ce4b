"""Shared pieces of the CLI commands (standard library only at import time)."""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from typing import IO, Any


def add_filter_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--since", help="only articles published on or after this date (YYYY[-MM[-DD]])")


def event_rows(events: Iterable[dict[str, Any]]) -> list[list[str]]:
    rows = []
    for e in events:
        src, tgt = e.get("source") or {}, e.get("target") or {}
        loc = e.get("location") or {}
        rows.append([
            str(e.get("doc_id", "")), str(e.get("sentence_index", "")), e.get("date") or "",
            src.get("code") or "-", e["cameo"] + ("!" if e.get("negated") else ""),
            e.get("plover") or "", tgt.get("code") or "-", loc.get("name") or "",
            e["evidence"]["trigger"], _around(e.get("sentence", ""), e["evidence"]["trigger"]),
        ])
    return rows


def _around(sentence: str, trigger: str, left: int = 28, width: int = 64) -> str:
    """The part of the sentence around its trigger word."""
    text = " ".join(sentence.split())
    at = max(text.find(trigger), 0)
    start = max(0, at - left)
    snippet = text[start : start + width]
    return ("…" if start else "") + snippet + ("…" if start + width < len(text) else "")


def _clip(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def print_table(events: Sequence[dict[str, Any]], out: IO[str] | None = None) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False, header_style="bold", box=None, pad_edge=False)
    for col in ("doc", "#", "date", "source", "cameo", "plover", "target", "place", "trigger",
                "sentence (evidence; ! = negated)"):
        table.add_column(col, no_wrap=True, overflow="ellipsis",
                         max_width=18 if col in ("doc", "place") else None)
    for row in event_rows(events):
        table.add_row(*row)
    Console(file=out or sys.stdout, width=max(160, Console().width)).print(table)


def write_jsonl(events: Iterable[dict[str, Any]], out: IO[str] | None = None) -> None:
    out = out or sys.stdout  # looked up now, so redirect_stdout works
    for e in events:
        out.write(json.dumps(e, ensure_ascii=False) + "\n")
