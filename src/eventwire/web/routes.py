"""The JSON API: ``/api/...``. Every dashboard view is drawn from one of these routes."""
from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Callable
from typing import Annotated, Any, Literal, TypeVar

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, PlainTextResponse, Response, StreamingResponse

from eventwire.web import security
from eventwire.web.intake import MAX_BATCH, MAX_BODY_BYTES, ArticleIn, IntakeError, parse_body, to_article
from eventwire.web.params import FilterParams, check_doc_id, filter_params, parse_dyad, to_csv, to_jsonl

T = TypeVar("T")
POST_TIMEOUT_S = 600.0


def state(request: Request) -> Any:
    return request.app.state.web


def can_read(request: Request) -> None:
    st = state(request)
    security.require_read(request, st.token, st.open_reads)


router = APIRouter(prefix="/api", dependencies=[Depends(can_read)])
State = Annotated[Any, Depends(state)]
Filters = Annotated[FilterParams, Depends(filter_params)]
Count = Annotated[Literal["clusters", "mentions"], Query(
    description="clusters: each real-world event once; mentions: every coded sentence")]


def checked(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Call ``fn``; a ValueError (bad parameter) becomes a 422 with its message."""
    try:
        return fn(*args, **kwargs)
    except ValueError as exc:
        raise HTTPException(422, str(exc)) from None


def _filter(f: FilterParams) -> Any:
    return checked(f.to_filter)


# -- info -------------------------------------------------------------------------------
@router.get("/info", summary="Store totals and server state")
def info(st: State) -> dict[str, Any]:
    return {
        "store": st.store.stats(),
        "pipeline_loaded": st.ingestor.pipeline_loaded,
        "stream_subscribers": st.broker.subscribers,
        "watching": st.watcher.inputs if st.watcher is not None else [],
        "writes_need_token": bool(st.token),
    }


# -- events -----------------------------------------------------------------------------
def _events_page(st: Any, f: FilterParams, sort: str, descending: bool, limit: int,
                 cursor: str | None) -> tuple[list[dict[str, Any]], str | None]:  # fmt: skip
    flt = _filter(f)
    return checked(st.store.events, flt, limit=limit, cursor=cursor, sort=sort, descending=descending)


Sort = Annotated[Literal["date", "goldstein", "cameo", "doc_id"], Query()]
Limit = Annotated[int, Query(ge=1, le=1000)]
Cursor = Annotated[str | None, Query(max_length=1000, description="next_cursor of the previous page")]
Format = Annotated[Literal["json", "csv", "jsonl"], Query()]


def _render(events: list[dict[str, Any]], nxt: str | None, fmt: str) -> Response:
    headers = {"X-Next-Cursor": nxt} if nxt else {}
    if fmt == "csv":
        return PlainTextResponse(to_csv(events), media_type="text/csv; charset=utf-8", headers=headers)
    if fmt == "jsonl":
        return PlainTextResponse(to_jsonl(events), media_type="application/x-ndjson", headers=headers)
    return JSONResponse({"events": events, "next_cursor": nxt, "count": len(events)}, headers=headers)


@router.get("/events", summary="Events matching the filters, one page at a time")
def events(st: State, f: Filters, sort: Sort = "date", descending: bool = True, limit: Limit = 100,
           cursor: Cursor = None, format: Format = "json") -> Response:  # fmt: skip
    """Keyset-paged: pass ``next_cursor`` back as ``cursor`` (same sort) for the next page.
    ``format=csv|jsonl`` (or ``/api/events.csv``, ``/api/events.jsonl``) give the page as a file;
    the next cursor is then in the ``X-Next-Cursor`` header."""
    return _render(*_events_page(st, f, sort, descending, limit, cursor), format)


@router.get("/events.csv", summary="Events as CSV", response_class=PlainTextResponse)
def events_csv(st: State, f: Filters, sort: Sort = "date", descending: bool = True,
               limit: Limit = 100, cursor: Cursor = None) -> Response:  # fmt: skip
    return _render(*_events_page(st, f, sort, descending, limit, cursor), "csv")


@router.get("/events.jsonl", summary="Events as JSON lines", response_class=PlainTextResponse)
def events_jsonl(st: State, f: Filters, sort: Sort = "date", descending: bool = True,
                 limit: Limit = 100, cursor: Cursor = None) -> Response:  # fmt: skip
    return _render(*_events_page(st, f, sort, descending, limit, cursor), "jsonl")


@router.get("/events/count", summary="How many events match the filters")
def events_count(st: State, f: Filters) -> dict[str, int]:
    return {"count": checked(st.store.count, _filter(f))}


# -- statistics -------------------------------------------------------------------------
def _with_country(f: FilterParams, country: str | None) -> FilterParams:
    if not country:
        return f
    if f.actor and f.actor.upper() != country.upper():
        raise HTTPException(422, "give either country or actor, not both")
    return f.with_values(actor=country)


Country = Annotated[str | None, Query(min_length=3, max_length=3, pattern="^[A-Za-z]{3}$",
                                      description="ISO-3: events with this country on either side")]  # fmt: skip
Dyad = Annotated[str | None, Query(max_length=61, description="SOURCE-TARGET actor codes, e.g. USA-CHN")]
Interval = Annotated[Literal["day", "week", "month"], Query(description="ISO weeks start on Monday")]
DyadOrder = Annotated[Literal["volume", "change", "conflict", "cooperation", "hostility"], Query(
    description="volume: most events; change: most growth, last 30 days vs the 30 before; "
    "conflict: most quad 3+4; cooperation: most quad 1+2; hostility: lowest mean Goldstein")]
StatLimit = Annotated[int, Query(ge=1, le=1000)]


@router.get("/stats/timeseries", summary="Events per period, split by quad class")
def stats_timeseries(st: State, f: Filters, interval: Interval = "day", count: Count = "clusters",
                     country: Country = None, dyad: Dyad = None) -> dict[str, Any]:  # fmt: skip
    """``points``: one row per (period, quad_class) with ``events`` and ``goldstein_mean``;
    periods with no events are absent, undated events left out. Quad classes 1-2 are
    cooperation (verbal, material), 3-4 conflict."""
    from eventwire import analytics

    flt = _filter(_with_country(f, country))
    pair = checked(parse_dyad, dyad)
    points = checked(analytics.timeseries, st.store, interval=interval, flt=flt, dyad=pair, count=count)
    return {"interval": interval, "count": count, "points": points}


@router.get("/stats/dyads", summary="Top source-target pairs")
def stats_dyads(st: State, f: Filters, limit: StatLimit = 20, order: DyadOrder = "volume",
                count: Count = "clusters",
                window_days: Annotated[int, Query(ge=1, le=3650)] = 30) -> dict[str, Any]:  # fmt: skip
    """``change`` = events in the last ``window_days`` up to the filter's ``end`` (else the
    latest event date) minus events in the ``window_days`` before."""
    from eventwire import analytics

    rows = checked(analytics.top_dyads, st.store, flt=_filter(f), limit=limit, order=order,
                   count=count, window_days=window_days)  # fmt: skip
    return {"order": order, "count": count, "dyads": rows}


@router.get("/stats/actors", summary="Most active actors")
def stats_actors(st: State, f: Filters, limit: StatLimit = 20, count: Count = "clusters") -> dict[str, Any]:
    from eventwire import analytics

    rows = checked(analytics.top_actors, st.store, flt=_filter(f), limit=limit, count=count)
    return {"count": count, "actors": rows}


@router.get("/network", summary="Actor network: nodes and weighted directed edges")
def network(st: State, f: Filters, limit: StatLimit = 100, count: Count = "clusters") -> Any:
    """The ``limit`` heaviest dyads as edges (``weight`` = events, ``sign`` +1 when the
    mean Goldstein score is >= 0); a node's ``events`` sums its edges' weights."""
    from eventwire import analytics

    return checked(analytics.network, st.store, flt=_filter(f), limit=limit, count=count)


@router.get("/alerts", summary="Dyads whose recent conflict volume spikes above their baseline")
def alerts(st: State, f: Filters,
           window_days: Annotated[int, Query(ge=1, le=365)] = 7,
           baseline_days: Annotated[int, Query(ge=2, le=3650)] = 90,
           z: Annotated[float, Query(gt=0, lt=1000)] = 3.0,
           min_events: Annotated[int, Query(ge=1, le=1_000_000)] = 5,
           now: Annotated[str | None, Query(max_length=10, description="YYYY-MM-DD: the window's last day; default: the latest event date")] = None,
           count: Count = "clusters") -> dict[str, Any]:  # fmt: skip
    """Conflict events (quad class 3-4) are counted per dyad and day. The baseline is the
    ``baseline_days`` before the window (days without events count as 0): mean m_b and
    standard deviation s_b of the daily counts. The window is the last ``window_days``
    ending ``now``, with mean daily count m_w.
    z = (m_w - m_b) / (max(s_b, 1/sqrt(baseline_days)) / sqrt(window_days)): how many
    standard errors the window's mean lies above the baseline's. A dyad is flagged when
    z >= ``z`` and the window holds >= ``min_events`` events. Each alert repeats this
    ``method`` with its own dates."""
    from eventwire import analytics

    rows = checked(analytics.alerts, st.store, flt=_filter(f), window_days=window_days,
                   baseline_days=baseline_days, z=z, min_events=min_events, now=now,
                   count=count)  # fmt: skip
    return {"alerts": rows, "window_days": window_days, "baseline_days": baseline_days,
            "z": z, "min_events": min_events, "count": count}  # fmt: skip


@router.get("/stats/places", summary="Event counts by location, with coordinates")
def stats_places(st: State, f: Filters, limit: Annotated[int, Query(ge=1, le=5000)] = 500) -> Any:
    from eventwire.web.places import places

    return checked(places, st.store, _filter(f), limit)


@router.get("/basemap", summary="Points that sketch the world's land (offline map background)")
def basemap() -> Response:
    from eventwire.web.places import basemap_json

    return Response(basemap_json(), media_type="application/json",
                    headers={"Cache-Control": "public, max-age=86400"})  # fmt: skip


# -- articles ---------------------------------------------------------------------------
DocId = Annotated[str, Path(max_length=200, description="article id")]


@router.get("/articles/{doc_id}", summary="An article's cleaned text with its events highlighted")
def article(st: State, doc_id: DocId) -> Any:
    """The stored article (``text``, ``title``, ``blocks``, ...), ``highlights`` (one per
    event: trigger offsets, codes), ``events`` (spec shape) and ``spans``: character ranges
    of ``text`` to mark, each ``{start, end, kind: trigger|source|target, event_id}``."""
    from eventwire import analytics
    from eventwire.web.evidence import with_spans

    view = checked(analytics.article_view, st.store, check_doc_id(doc_id))
    if view is None:
        raise HTTPException(404, "no article with this id")
    return with_spans(st.store, view)


write_router = APIRouter(prefix="/api")


def body_schema() -> dict[str, Any]:
    """OpenAPI schema of the POST body: one ArticleIn, or {"articles": [ArticleIn, ...]}."""
    one = ArticleIn.model_json_schema()
    batch = {"type": "object", "required": ["articles"], "additionalProperties": False,
             "properties": {"articles": {"type": "array", "items": one, "minItems": 1,
                                         "maxItems": MAX_BATCH}}}  # fmt: skip
    return {"anyOf": [one, batch]}


@write_router.post(
    "/articles",
    summary="Code articles now (one, or a batch of up to 100)",
    status_code=200,
    openapi_extra={"requestBody": {"required": True, "content": {"application/json": {
        "schema": body_schema()}}}},
)
async def post_articles(request: Request) -> Any:
    """Needs ``Authorization: Bearer <token>``. Returns one result per article, in order:
    ``coded`` with its event ids, or ``exists`` when that id was stored before (it is not
    coded again). Bodies over 5 MB get 413; more than 100 articles 422."""
    st = state(request)
    security.require_write(request, st.token)
    raw = await _read_limited(request)
    try:
        items = parse_body(raw)
        arts = await run_in_threadpool(lambda: [to_article(i) for i in items])
    except IntakeError as exc:
        raise HTTPException(exc.status, str(exc)) from None
    except ValueError as exc:
        raise HTTPException(422, str(exc)) from None
    fut = st.ingestor.submit(arts)
    try:
        results = await asyncio.wait_for(asyncio.wrap_future(fut), POST_TIMEOUT_S)
    except asyncio.TimeoutError:
        raise HTTPException(504, "coding did not finish in time; it goes on in the background") from None
    except Exception:  # noqa: BLE001 - logged by the worker; no internals in the answer
        raise HTTPException(500, "coding or storing failed; see the server log") from None
    return {"articles": [r.to_dict() for r in results]}


async def _read_limited(request: Request) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.isdigit():
            raise HTTPException(400, "bad Content-Length")
        if int(declared) > MAX_BODY_BYTES:
            raise HTTPException(413, f"body over {MAX_BODY_BYTES} bytes")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise HTTPException(413, f"body over {MAX_BODY_BYTES} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


# -- live stream ------------------------------------------------------------------------
@router.get("/stream", summary="Server-Sent Events: each newly coded event as it is stored",
            response_class=StreamingResponse)  # fmt: skip
async def stream(request: Request,
                 keepalive: Annotated[float | None, Query(ge=0.05, le=300)] = None) -> StreamingResponse:  # fmt: skip
    """``event: event`` messages whose data is one event (spec shape); a ``: keep-alive``
    comment every ``keepalive`` seconds (default 15) keeps proxies from closing the line."""
    st = state(request)
    every = keepalive or st.keepalive_s
    return StreamingResponse(_sse(st.broker, every), media_type="text/event-stream",
                             headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})  # fmt: skip


async def _sse(broker: Any, every: float) -> AsyncIterator[str]:
    sub = broker.subscribe()
    seq = 0
    try:
        yield "retry: 3000\n: connected\n\n"
        while True:
            try:
                item = await asyncio.wait_for(sub.queue.get(), every)
            except asyncio.TimeoutError:
                yield ": keep-alive\n\n"
                continue
            seq += 1
            data = json.dumps(item, ensure_ascii=False, separators=(",", ":"))
            yield f"id: {seq}\nevent: event\ndata: {data}\n\n"
    finally:
        broker.unsubscribe(sub)


__all__ = ["router", "write_router"]
