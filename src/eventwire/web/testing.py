"""Helpers for testing the web layer without spaCy and without the network.

``FakePipeline`` codes one deterministic event per sentence that contains a known verb;
``live_server(app)`` runs an app under uvicorn on a free loopback port in a thread.
"""
from __future__ import annotations

import re
import socket
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from eventwire.records import Actor, Article, Event, Evidence, Place

_VERBS = {"met": ("040", "CONSULT", 1, 1.0), "attacked": ("190", "ASSAULT", 4, -10.0),
          "accused": ("112", "ACCUSE", 3, -2.0), "helped": ("070", "AID", 2, 7.0)}  # fmt: skip
_SENT = re.compile(r"[^.!?\n]+[.!?]?")
_ACTORS = {"Russia": "RUS", "Ukraine": "UKR", "China": "CHN", "France": "FRA", "Germany": "DEU",
           "Japan": "JPN", "Iran": "IRN", "Israel": "ISR", "Turkey": "TUR", "Egypt": "EGY"}  # fmt: skip
_PLACES = {"Paris": ("FRA", 48.86, 2.35), "Kyiv": ("UKR", 50.45, 30.52), "Tokyo": ("JPN", 35.68, 139.69)}


class FakePipeline:
    """Stands in for eventwire.pipeline.Pipeline: ``Russia attacked Ukraine in Kyiv.`` gives
    RUS -190-> UKR at Kyiv. ``calls`` counts the articles coded."""

    version = "fake-1"

    def __init__(self) -> None:
        self.calls = 0
        self.coded_ids: list[str] = []

    def code(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event]]]:
        for art in articles:
            self.calls += 1
            self.coded_ids.append(art.doc_id)
            yield art, self.code_one(art)

    def code_one(self, art: Article) -> list[Event]:
        events: list[Event] = []
        for n, m in enumerate(_SENT.finditer(art.text)):
            ev = _event(art, n, m.group(0), m.start())
            if ev is not None:
                events.append(ev)
        return events


def _actor(sentence: str, after: int = 0) -> Actor | None:
    found = [(sentence.find(name, after), code, name) for name, code in _ACTORS.items()]
    found = [f for f in found if f[0] >= after]
    if not found:
        return None
    _, code, name = min(found)
    return Actor(code=code, country=code, name=name)


def _event(art: Article, n: int, sentence: str, offset: int) -> Event | None:
    for verb, (cameo, plover, quad, gold) in _VERBS.items():
        at = sentence.find(f" {verb} ")
        if at < 0:
            continue
        place = next((Place(name, *vals) for name, vals in _PLACES.items() if name in sentence), None)
        start = offset + at + 1
        return Event(
            event_id=f"{art.doc_id}-{n}", doc_id=art.doc_id, sentence_index=n, sentence=sentence.strip(),
            source=_actor(sentence[:at]), target=_actor(sentence, at), cameo=cameo,
            cameo_root=cameo[:2], plover=plover, quad_class=quad, goldstein=gold, negated=False,
            date=art.published, location=place, confidence=0.9,
            evidence=Evidence(verb, start, start + len(verb)), coder_version="fake-1",
        )
    return None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def live_server(app: Any, port: int | None = None, timeout: float = 20.0) -> Iterator[str]:
    """Run ``app`` with uvicorn on 127.0.0.1 in a thread; yield its base URL."""
    import uvicorn

    port = port or free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                            timeout_graceful_shutdown=1, lifespan="on")  # fmt: skip
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="eventwire-test-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("test server did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout)
