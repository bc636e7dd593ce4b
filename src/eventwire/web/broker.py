"""Fan-out of newly coded events to Server-Sent-Events subscribers.

The writer thread calls :meth:`Broker.publish`; each subscriber (one per open
``/api/stream`` connection) owns a bounded asyncio queue on the server's event loop.
A subscriber that falls behind loses the oldest events rather than stalling the writer.
"""
from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterable
from typing import Any

QUEUE_SIZE = 1000


class Subscription:
    """One listener: an asyncio queue plus a count of events dropped because it lagged."""

    def __init__(self, maxsize: int = QUEUE_SIZE) -> None:
        self.queue: asyncio.Queue[dict[str, Any]] = asyncio.Queue(maxsize=maxsize)
        self.dropped = 0

    def offer(self, item: dict[str, Any]) -> None:
        """Add ``item``, dropping the oldest queued item when full (runs on the loop)."""
        if self.queue.full():
            self.queue.get_nowait()
            self.dropped += 1
        self.queue.put_nowait(item)


class Broker:
    """Thread-safe publish, loop-side subscribe."""

    def __init__(self) -> None:
        self._subs: set[Subscription] = set()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._lock = threading.Lock()
        self.published = 0

    def bind(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop

    def subscribe(self) -> Subscription:
        sub = Subscription()
        with self._lock:
            self._subs.add(sub)
        return sub

    def unsubscribe(self, sub: Subscription) -> None:
        with self._lock:
            self._subs.discard(sub)

    @property
    def subscribers(self) -> int:
        with self._lock:
            return len(self._subs)

    def publish(self, events: Iterable[dict[str, Any]]) -> None:
        """Queue ``events`` for every subscriber; callable from any thread."""
        items = list(events)
        loop = self._loop
        if not items or loop is None or loop.is_closed():
            return
        self.published += len(items)
        try:
            loop.call_soon_threadsafe(self._deliver, items)
        except RuntimeError:  # loop closed between the check and the call
            return

    def _deliver(self, items: list[dict[str, Any]]) -> None:
        with self._lock:
            subs = list(self._subs)
        for sub in subs:
            for item in items:
                sub.offer(item)
