"""The HTTP app: a JSON API over the store, real-time ingest, an event stream, a dashboard.

``create_app(store_path, ...)`` builds a FastAPI app; ``eventwire serve`` runs it under
uvicorn. One Store is opened per app: its connection belongs to the writer thread (see
worker.py) and every read uses its own cursor (``Store.reader()``), so reads never wait
on coding or writing.
"""
from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from eventwire.web.broker import Broker

log = logging.getLogger(__name__)
STATIC_DIR = Path(__file__).parent / "static"


@dataclass(slots=True)
class WebState:
    """What the routes share: the store, the ingest threads, the broker, the access rules."""

    store: Any
    ingestor: Any
    broker: Broker
    token: str | None
    open_reads: bool
    keepalive_s: float
    watcher: Any = None
    extra: dict[str, Any] = field(default_factory=dict)


def _error_json(status: int, detail: Any, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"detail": detail}, status_code=status, headers=headers)


def _describe_validation(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors()[:5]:
        loc = [str(p) for p in err.get("loc", ())]
        where = f"{loc[0]} parameter '{'.'.join(loc[1:])}'" if len(loc) > 1 else ".".join(loc) or "request"
        parts.append(f"{where}: {err.get('msg')}")
    return "; ".join(parts) or "invalid request"


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def _validation(_: Request, exc: RequestValidationError) -> JSONResponse:
        return _error_json(422, _describe_validation(exc))

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        return _error_json(exc.status_code, exc.detail, getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.error("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
        return _error_json(500, "internal server error")


def _open(store_path: str, pipeline: Any, broker: Broker) -> tuple[Any, Any]:
    from eventwire.store import Store
    from eventwire.web import seen
    from eventwire.web.worker import Ingestor

    store = Store(store_path)
    seen.ensure_table(store.reader())
    ingestor = Ingestor(store, pipeline=pipeline, publish=broker.publish, mark_seen=seen.mark_keys)
    return store, ingestor


def create_app(
    store_path: str,
    *,
    token: str | None = None,
    pipeline: Any = None,
    watch: Sequence[str] = (),
    feeds: Sequence[str] = (),
    interval: float = 30.0,
    open_reads: bool = False,
    keepalive_s: float = 15.0,
) -> FastAPI:
    """The eventwire web app over the store at ``store_path``.

    ``token``: bearer token for writes (and for reads from non-loopback clients unless
    ``open_reads``). ``pipeline``: a Pipeline to code with (default: made on first use).
    ``watch``/``feeds``: folders and feed URLs polled every ``interval`` seconds.
    """
    broker = Broker()
    state_box: dict[str, WebState] = {}

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        broker.bind(asyncio.get_running_loop())
        store, ingestor = await asyncio.to_thread(_open, store_path, pipeline, broker)
        state = WebState(store, ingestor, broker, token or None, open_reads, keepalive_s)
        app.state.web = state
        state_box["state"] = state
        ingestor.start()
        if watch or feeds:
            from eventwire.web.watch import Watcher

            state.watcher = Watcher([*watch, *feeds], ingestor, interval=interval)
            state.watcher.start()
        try:
            yield
        finally:
            if state.watcher is not None:
                await asyncio.to_thread(state.watcher.stop)
            await asyncio.to_thread(ingestor.stop)
            await asyncio.to_thread(store.close)

    app = FastAPI(
        title="eventwire",
        summary="CAMEO/PLOVER event data coded from news, with evidence, live.",
        version=_version(),
        lifespan=lifespan,
    )
    _install_error_handlers(app)
    from eventwire.web import routes, static

    app.include_router(routes.router)
    app.include_router(routes.write_router)
    static.mount(app)
    return app


def _version() -> str:
    from eventwire import __version__

    return __version__
