"""Bytes to text: size caps, binary detection, encodings (UTF-8, then declared, cp1252, latin-1)."""
from __future__ import annotations

import codecs
import re

from eventwire.ingest.report import InputError

__all__ = ["MAX_BYTES", "decode_bytes", "looks_binary", "declared_charset", "check_size", "mb"]

MAX_BYTES = 50 * 1024 * 1024  # pages above this are refused, not read
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def mb(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB"


def check_size(n: int, max_bytes: int = MAX_BYTES) -> None:
    if n > max_bytes:
        raise InputError(f"too large: {mb(n)}, over the {mb(max_bytes)} cap")


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML meta tag or XML declaration names in the first 4 KB, if Python knows it."""
    head = data[:4096]
    m = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    if not m:
        return None
    name = m.group(1).decode("ascii", "replace")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > max(8, len(head) // 100)


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str | None]:
    """(text, note). The note says when the text was not plain UTF-8.

    Raises InputError for empty or binary content.
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data.decode(enc, errors="replace"), None if enc == "utf-8-sig" else f"decoded as {enc} (BOM)"
    if not data.strip():
        raise InputError("empty file")
    if looks_binary(data):
        raise InputError("binary content, not text")
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as e:
        first_bad = e.start
    for enc in filter(None, (declared, declared_charset(data), "cp1252")):
        if enc.replace("-", "").lower() in ("utf8", "utf8sig"):
            continue
        try:
            return data.decode(enc), f"not valid UTF-8 (byte {first_bad}); decoded as {enc}"
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("latin-1"), f"not valid UTF-8 (byte {first_bad}); decoded as latin-1"
