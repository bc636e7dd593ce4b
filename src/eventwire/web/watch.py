"""Streaming ingest: poll folders and feeds, code what is new, never code anything twice.

Folders (and single files) are listed every ``interval`` seconds. A file is read when its
(resolved path, SHA-256 of its bytes) pair is not in the store's seen table; feeds are read
every time and each entry is keyed by its URL (or id) plus a hash of its cleaned text. The
articles go through the Ingestor (coder thread, then the single writer), which also skips
any ``doc_id`` already stored; the seen keys are written by the writer right after the
articles, so a restart neither loses nor repeats work.
"""
from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from eventwire.web import seen

log = logging.getLogger(__name__)
BATCH = 32
SKIP_SUFFIXES = (".part", ".tmp", ".swp", ".crdownload", "~")


def is_url(value: str) -> bool:
    return value.startswith(("http://", "https://"))


def list_files(root: Path) -> Iterator[Path]:
    """Files under ``root`` (or ``root`` itself), skipping hidden and partial files."""
    if root.is_file():
        yield root
        return
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith(".") and not name.endswith(SKIP_SUFFIXES):
                yield Path(dirpath) / name


class Watcher:
    """Polls ``inputs`` (folders, files, feed URLs) and feeds new articles to ``ingestor``."""

    def __init__(self, inputs: Sequence[str], ingestor: Any, *, interval: float = 30.0,
                 since: str | None = None) -> None:  # fmt: skip
        if interval <= 0:
            raise ValueError(f"interval must be > 0 seconds, got {interval!r}")
        self.inputs = list(inputs)
        self.interval = interval
        self.since = since
        self._ingestor = ingestor
        self._hashes: dict[Path, tuple[int, int, str]] = {}  # path -> (mtime_ns, size, digest)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.polls = 0
        self.articles_submitted = 0
        self.errors = 0

    # -- lifecycle -------------------------------------------------------------------
    def start(self) -> None:
        self._thread = threading.Thread(target=self.run, name="eventwire-watch", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 30.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def run(self, max_polls: int | None = None) -> None:
        """Poll until stopped (or ``max_polls`` polls are done)."""
        while not self._stop.is_set():
            self.poll_once()
            if max_polls is not None and self.polls >= max_polls:
                return
            self._stop.wait(self.interval)

    # -- one poll --------------------------------------------------------------------
    def poll_once(self) -> int:
        """Read every input once; return how many articles were coded or found stored."""
        total = 0
        for item in self.inputs:
            try:
                total += self._poll_feed(item) if is_url(item) else self._poll_path(Path(item))
            except Exception:  # noqa: BLE001 - one bad input must not stop the others
                self.errors += 1
                log.exception("watch: reading %s failed", item)
        self.polls += 1
        return total

    def _is_seen(self, key: str, digest: str) -> bool:
        return bool(self._ingestor.call(lambda store: seen.is_seen(store.reader(), key, digest)).result())

    def _digest(self, path: Path) -> str:
        st = path.stat()
        cached = self._hashes.get(path)
        if cached and cached[:2] == (st.st_mtime_ns, st.st_size):
            return cached[2]
        digest = seen.digest(path.read_bytes())
        self._hashes[path] = (st.st_mtime_ns, st.st_size, digest)
        return digest

    def _poll_path(self, root: Path) -> int:
        if not root.exists():
            log.warning("watch: %s does not exist (yet)", root)
            return 0
        n = 0
        for path in list_files(root):
            if self._stop.is_set():
                break
            try:
                key, digest = str(path.resolve()), self._digest(path)
            except OSError:
                continue  # vanished or unreadable between listing and reading
            if not self._is_seen(key, digest):
                n += self._code_file(path, key, digest)
        return n

    def _code_file(self, path: Path, key: str, digest: str) -> int:
        from eventwire.ingest import iter_articles

        arts = list(iter_articles([str(path)], since=self.since))
        return self._submit(arts, [(key, digest)])

    def _poll_feed(self, url: str) -> int:
        from eventwire.ingest import iter_articles

        fresh: list[Any] = []
        keys: list[tuple[str, str]] = []
        for art in iter_articles([url], since=self.since):
            key, digest = f"{url} {art.url or art.doc_id}", seen.digest(art.text)
            if not self._is_seen(key, digest):
                fresh.append(art)
                keys.append((key, digest))
        return self._submit(fresh, keys)

    def _submit(self, arts: list[Any], keys: list[tuple[str, str]]) -> int:
        """Code ``arts`` in batches. ``keys``: one per article (feeds: each batch carries its
        own) or one for all of them (a file: it goes with the last batch)."""
        if not arts:
            if keys:
                self._ingestor.call(lambda store: seen.mark_keys(store, keys)).result()
            return 0
        done = 0
        for i in range(0, len(arts), BATCH):
            batch = arts[i : i + BATCH]
            if len(keys) == len(arts):
                batch_keys = keys[i : i + BATCH]
            else:
                batch_keys = keys if i + BATCH >= len(arts) else []
            self._ingestor.submit(batch, batch_keys).result()
            done += len(batch)
        self.articles_submitted += done
        return done

