"""Reading the coder's versioned TSV tables (cameo.tsv, triggers.tsv): one place for the
file format — '#' comments, a '# version: ...' line, a header row, tab-separated rows —
and for errors that name the file and line."""
from __future__ import annotations

import csv
from pathlib import Path


def read_versioned_tsv(
    path: Path, header: tuple[str, ...], error: type[ValueError], what: str
) -> tuple[str, list[tuple[int, list[str]]]]:
    """The version and the (line number, fields) rows under ``header``."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise error(f"{path}: cannot read {what}: {exc}") from exc
    version: str | None = None
    header_seen = False
    rows: list[tuple[int, list[str]]] = []
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip("\r")
        if not line.strip():
            continue
        if line.lstrip().startswith("#"):
            body = line.lstrip()[1:].strip()
            if body.lower().startswith("version:") and version is None:
                version = body.split(":", 1)[1].strip()
            continue
        fields = next(csv.reader([line], delimiter="\t", quoting=csv.QUOTE_NONE))
        if not header_seen:
            if tuple(f.strip().lower() for f in fields) != header:
                raise error(f"{path}:{lineno}: expected header {'<TAB>'.join(header)!r}, got {line!r}")
            header_seen = True
            continue
        rows.append((lineno, fields))
    if not header_seen:
        raise error(f"{path}: no header row")
    if version is None:
        raise error(f"{path}: missing '# version: ...' comment line")
    return version, rows
