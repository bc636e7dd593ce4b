"""Which reader a path needs, by its extension."""
from __future__ import annotations

from typing import Literal

__all__ = ["InputFormat", "sniff_format", "EXTENSIONS"]

InputFormat = Literal["text", "html", "jsonl", "warc", "feed", "unknown"]

EXTENSIONS: dict[str, InputFormat] = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".jsonl.gz": "jsonl",
    ".ndjson.gz": "jsonl",
    ".warc": "warc",
    ".warc.gz": "warc",
    ".arc.gz": "warc",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
    ".html.gz": "html",
    ".txt.gz": "text",
}


def sniff_format(path: str) -> InputFormat:
    """The input format of ``path`` from its extension ("a.warc.gz" -> "warc").

    URLs (http/https) are read as feeds. Unknown extensions give "unknown".
    """
    low = path.lower()
    if low.startswith(("http://", "https://")):
        return "feed"
    for ext in sorted(EXTENSIONS, key=len, reverse=True):
        if low.endswith(ext):
            return EXTENSIONS[ext]
    return "unknown"
