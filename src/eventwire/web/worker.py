"""Real-time coding: one coder thread feeding one writer thread.

``Ingestor.submit(articles)`` returns a Future. The coder thread skips articles whose
``doc_id`` is stored or already in flight (so nothing is ever coded twice), runs the
pipeline over the rest in one batch and hands ``(article, events)`` pairs to the writer.
The writer is the only thread that touches the store's write connection: it writes,
marks watcher keys as seen in the same thread, publishes the new events to the
broker and resolves the Future. Arbitrary store work can be queued on it with
:meth:`Ingestor.call` (the watcher uses this for its ``seen`` table).
"""
from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any

from eventwire.records import Article, Event

log = logging.getLogger(__name__)

SeenKey = tuple[str, str]  # (key, content digest)


@dataclass(frozen=True, slots=True)
class ArticleResult:
    doc_id: str
    status: str  # "coded" or "exists"
    event_ids: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.doc_id, "status": self.status, "events": len(self.event_ids),
                "event_ids": list(self.event_ids)}


@dataclass(slots=True)
class _CodeJob:
    articles: list[Article]
    seen: list[SeenKey]
    future: Future[list[ArticleResult]]


@dataclass(slots=True)
class _WriteJob:
    pairs: list[tuple[Article, list[Event]]]
    skipped: list[str]
    order: list[str]
    seen: list[SeenKey]
    future: Future[list[ArticleResult]]


@dataclass(slots=True)
class _CallJob:
    fn: Callable[[Any], Any]
    future: Future[Any] = field(default_factory=Future)


_STOP = object()


class Ingestor:
    """Owns the pipeline (coder thread) and the store's write side (writer thread).

    ``store`` is an open eventwire Store; only the writer thread calls its write methods.
    ``has_article`` is a thread-safe read used by the coder to skip stored articles.
    ``publish`` receives the event dicts of each written batch.
    """

    def __init__(
        self,
        store: Any,
        *,
        pipeline: Any = None,
        pipeline_factory: Callable[[], Any] | None = None,
        has_article: Callable[[str], bool] | None = None,
        publish: Callable[[list[dict[str, Any]]], None] | None = None,
        mark_seen: Callable[[Any, Sequence[SeenKey], list[str]], None] | None = None,
        max_queue: int = 64,
    ) -> None:
        self._store = store
        self._pipeline = pipeline
        self._factory = pipeline_factory
        self._has_article = has_article or store.has_article
        self._publish = publish
        self._mark_seen = mark_seen
        self._code_q: queue.Queue[Any] = queue.Queue(maxsize=max_queue)
        self._write_q: queue.Queue[Any] = queue.Queue()
        self._in_flight: set[str] = set()
        self._lock = threading.Lock()
        self._threads: list[threading.Thread] = []
        self.coded_articles = 0
        self.written_events = 0

    # -- lifecycle -------------------------------------------------------------------
    def start(self) -> None:
        if self._threads:
            return
        for name, target in (("eventwire-coder", self._coder), ("eventwire-writer", self._writer)):
            t = threading.Thread(target=target, name=name, daemon=True)
            t.start()
            self._threads.append(t)

    def stop(self, timeout: float = 10.0) -> None:
        """Finish queued work, then stop both threads."""
        if not self._threads:
            return
        self._code_q.put(_STOP)
        for t in self._threads:
            t.join(timeout)
        self._threads.clear()

    @property
    def pipeline_loaded(self) -> bool:
        return self._pipeline is not None

    def warm(self) -> Future[Any]:
        """Load the pipeline now (in the coder thread) instead of on the first article."""
        fut: Future[list[ArticleResult]] = Future()
        self._code_q.put(_CodeJob([], [], fut))
        return fut

    # -- API -------------------------------------------------------------------------
    def submit(self, articles: Sequence[Article], seen: Sequence[SeenKey] = ()) -> Future[list[ArticleResult]]:
        """Queue articles for coding; the Future gives one result per article, in order."""
        fut: Future[list[ArticleResult]] = Future()
        self._code_q.put(_CodeJob(list(articles), list(seen), fut))
        return fut

    def call(self, fn: Callable[[Any], Any]) -> Future[Any]:
        """Run ``fn(store)`` on the writer thread, after everything queued before it."""
        job = _CallJob(fn)
        self._write_q.put(job)
        return job.future

    # -- threads ---------------------------------------------------------------------
    def _get_pipeline(self) -> Any:
        if self._pipeline is None:
            if self._factory is None:
                from eventwire.pipeline import Pipeline

                self._pipeline = Pipeline()
            else:
                self._pipeline = self._factory()
        return self._pipeline

    def _claim(self, articles: list[Article]) -> tuple[list[Article], list[str]]:
        """Split into articles to code and ids to skip (stored, in flight or repeated)."""
        todo: list[Article] = []
        skipped: list[str] = []
        with self._lock:
            for art in articles:
                if art.doc_id in self._in_flight or self._has_article(art.doc_id):
                    skipped.append(art.doc_id)
                else:
                    self._in_flight.add(art.doc_id)
                    todo.append(art)
        return todo, skipped

    def _coder(self) -> None:
        while True:
            job = self._code_q.get()
            if job is _STOP:
                self._write_q.put(_STOP)
                return
            try:
                pipeline = self._get_pipeline()
                todo, skipped = self._claim(job.articles)
                try:
                    pairs = [(a, list(evs)) for a, evs in pipeline.code(todo)] if todo else []
                except BaseException:
                    self._release([a.doc_id for a in todo])
                    raise
                order = [a.doc_id for a in job.articles]
                self._write_q.put(_WriteJob(pairs, skipped, order, job.seen, job.future))
            except Exception as exc:  # noqa: BLE001 - reported through the future
                log.exception("coding failed")
                job.future.set_exception(exc)

    def _release(self, ids: list[str]) -> None:
        with self._lock:
            self._in_flight.difference_update(ids)

    def _writer(self) -> None:
        while True:
            job = self._write_q.get()
            if job is _STOP:
                return
            if isinstance(job, _CallJob):
                self._run_call(job)
            else:
                self._run_write(job)

    def _run_call(self, job: _CallJob) -> None:
        try:
            job.future.set_result(job.fn(self._store))
        except Exception as exc:  # noqa: BLE001
            job.future.set_exception(exc)

    def _run_write(self, job: _WriteJob) -> None:
        ids = [a.doc_id for a, _ in job.pairs]
        try:
            if job.pairs:
                self._store.write_many(job.pairs)
            if self._mark_seen is not None and job.seen:
                self._mark_seen(self._store, job.seen, ids)
        except Exception as exc:  # noqa: BLE001
            log.exception("writing failed")
            self._release(ids)
            job.future.set_exception(exc)
            return
        self._release(ids)
        self.coded_articles += len(job.pairs)
        events = [e.to_dict() for _, evs in job.pairs for e in evs]
        self.written_events += len(events)
        if self._publish is not None and events:
            self._publish(events)
        job.future.set_result(_results(job))


def _results(job: _WriteJob) -> list[ArticleResult]:
    coded = {a.doc_id: tuple(e.event_id for e in evs) for a, evs in job.pairs}
    out: list[ArticleResult] = []
    for doc_id in job.order:
        if doc_id in coded:
            out.append(ArticleResult(doc_id, "coded", coded.pop(doc_id)))
        else:
            out.append(ArticleResult(doc_id, "exists"))
    return out
