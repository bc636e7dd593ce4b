"""Polite HTTP fetching for feeds and the pages they link: one seam, injectable in tests."""
from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol
from urllib.parse import urlsplit

from eventwire.ingest.decode import MAX_BYTES, mb
from eventwire.ingest.report import InputError

__all__ = ["Fetched", "Fetcher", "HttpFetcher", "USER_AGENT"]

USER_AGENT = "eventwire/0.1"


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # after redirects
    content: bytes
    content_type: str | None = None
    charset: str | None = None


class Fetcher(Protocol):
    def __call__(self, url: str) -> Fetched:
        """The resource at ``url``; raises InputError with a one-line reason on failure."""
        ...


@dataclass
class HttpFetcher:
    """httpx GETs with a timeout, a size cap, a User-Agent and a per-host minimum interval.

    Only http(s) URLs are fetched. Errors become InputError ("timed out after 10s",
    "HTTP 404", "too large: ...").
    """

    timeout: float = 10.0
    min_interval: float = 1.0  # seconds between two requests to the same host
    max_bytes: int = MAX_BYTES
    user_agent: str = USER_AGENT
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    _last: dict[str, float] = field(default_factory=dict, init=False, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)

    def __call__(self, url: str) -> Fetched:
        import httpx

        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise InputError(f"not an http(s) URL: {url}")
        self._wait(parts.hostname)
        try:
            with httpx.Client(
                timeout=self.timeout, follow_redirects=True, headers={"User-Agent": self.user_agent}
            ) as client, client.stream("GET", url) as resp:
                if resp.status_code >= 400:
                    raise InputError(f"HTTP {resp.status_code} for {url}")
                body = self._read_capped(resp)
                return Fetched(str(resp.url), body, resp.headers.get("content-type"), resp.charset_encoding)
        except httpx.TimeoutException:
            raise InputError(f"timed out after {self.timeout:g}s: {url}") from None
        except httpx.HTTPError as e:
            raise InputError(f"fetch failed ({type(e).__name__}: {e}): {url}") from None

    def _read_capped(self, resp: object) -> bytes:
        declared = resp.headers.get("content-length")  # type: ignore[attr-defined]
        if declared and declared.isdigit() and int(declared) > self.max_bytes:
            raise InputError(f"too large: {mb(int(declared))}, over the {mb(self.max_bytes)} cap")
        chunks, n = [], 0
        for chunk in resp.iter_bytes():  # type: ignore[attr-defined]
            n += len(chunk)
            if n > self.max_bytes:
                raise InputError(f"too large: over the {mb(self.max_bytes)} cap")
            chunks.append(chunk)
        return b"".join(chunks)

    def _wait(self, host: str) -> None:
        with self._lock:
            now = self.clock()
            due = self._last.get(host, float("-inf")) + self.min_interval
            if due > now:
                self.sleep(due - now)
                now = due
            self._last[host] = now
