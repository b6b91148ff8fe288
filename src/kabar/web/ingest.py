"""POST /api/analyze: off unless ``kabar serve --allow-ingest``, then bounded in every way.

The request must carry the token from the environment (``Authorization: Bearer TOKEN``,
compared in constant time); its body is read as it streams in and refused past the size
limit; the analysis runs in a child process (forked from a preloaded server process, so
it starts fast) with a time budget, one at a time, and is killed when the budget runs out,
the client goes away or the server shuts down. Records that cannot be read come back as
``rejected`` data; a request whose records are all bad is a 422, never a 500.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import multiprocessing
import os
import pickle
import threading
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from anyio import to_thread
from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import JSONResponse

import kabar.api as api
from kabar.errors import InputError

# The environment variable that holds the ingest token.
TOKEN_VARIABLE = "KABAR_INGEST_TOKEN"
# A POSTed batch larger than this belongs on the command line or the Dask engine.
MAX_POSTED_ARTICLES = 500
# Time a client gets to send its whole body (a slow drip holds a connection).
BODY_SECONDS = 30.0
# CPU priority an analysis gives up (Unix nice), so that pages are served first meanwhile.
ANALYSIS_NICENESS = 10
# How often a waiting request checks whether its client is still there.
_POLL_SECONDS = 0.25

_CONTEXT = multiprocessing.get_context("forkserver")
_CONTEXT.set_forkserver_preload(["kabar.pipeline", "kabar.web.ingest"])


@dataclass(frozen=True)
class Ingest:
    """How POST /api/analyze is opened: the token, the body limit, the time budget."""

    token: str
    max_body: int = 10 * 1024 * 1024
    budget: float = 60.0


def router(settings: api.Settings | None) -> APIRouter:
    """The writing route; ``settings`` apply to the articles POSTed."""
    routes = APIRouter(prefix="/api", tags=["api (older)"])

    @routes.post(
        "/analyze",
        responses={
            401: {"description": "missing or wrong token"},
            403: {"description": "ingest is off (kabar serve --allow-ingest opens it)"},
            413: {"description": "body or batch over the limit"},
            422: {"description": "no record could be read (the rejects say why)"},
            503: {"description": "busy, or over the time budget"},
        },
    )
    async def analyze(request: Request) -> JSONResponse:
        """Analyse posted JSON articles (title, body, url, published, outlet) without storing.

        The body is a JSON list of article objects. They go through every stage, duplicates and
        stories included, linked among themselves. Needs ``kabar serve --allow-ingest`` and
        ``Authorization: Bearer TOKEN`` with the token from the server's environment.
        """
        config: Ingest | None = request.app.state.ingest
        if config is None:
            raise HTTPException(
                403, "ingest is off: start the server with 'kabar serve --allow-ingest'"
            )
        _authorise(request, config.token)
        records = _records(await _body(request, config.max_body))
        busy: asyncio.Lock = request.app.state.ingest_lock
        if busy.locked():
            raise HTTPException(503, "another analysis is running", {"Retry-After": "5"})
        async with busy:
            result = await _run(request, records, settings, config.budget)
        status = 422 if result["rejected"] and not result["articles"] else 200
        return JSONResponse(result, status_code=status)

    return routes


def _authorise(request: Request, token: str) -> None:
    given = request.headers.get("authorization", "")
    scheme, _, value = given.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(
        value.strip().encode("utf-8", "replace"), token.encode("utf-8")
    ):
        raise HTTPException(401, "missing or wrong token", {"WWW-Authenticate": "Bearer"})


async def _body(request: Request, limit: int) -> bytes:
    """Read the body as it arrives, refusing it once it passes ``limit`` bytes."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise HTTPException(413, f"body is over the {limit:,}-byte limit")
    chunks: list[bytes] = []
    size = 0

    async def read() -> None:
        nonlocal size
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise HTTPException(413, f"body is over the {limit:,}-byte limit")
            chunks.append(chunk)

    try:
        await asyncio.wait_for(read(), BODY_SECONDS)
    except TimeoutError:
        raise HTTPException(408, f"body not received within {BODY_SECONDS:.0f} s") from None
    return b"".join(chunks)


def _records(data: bytes) -> list[Any]:
    try:
        records = api.parse_json(data)
    except InputError as error:
        raise HTTPException(400, f"body is not JSON: {error}") from None
    if isinstance(records, dict) and isinstance(records.get("articles"), list):
        records = records["articles"]
    if not isinstance(records, list):
        raise HTTPException(422, "body must be a JSON list of article objects")
    if len(records) > MAX_POSTED_ARTICLES:
        raise HTTPException(413, f"at most {MAX_POSTED_ARTICLES} articles per request")
    return records


async def _run(
    request: Request, records: list[Any], settings: api.Settings | None, budget: float
) -> dict[str, Any]:
    """Analyse in a child process; kill it when over budget, abandoned or shut down."""
    # The records go through the pipe once the child runs, not as its start arguments: a
    # server stopped while a large batch is on its way then ends a child that is waiting in
    # our own code, which knows what an unfinished message means, not in its bootstrap.
    receiving, child_end = _CONTEXT.Pipe()
    child = _CONTEXT.Process(target=_work, args=(settings, child_end, budget), daemon=True)
    running: set[Any] = request.app.state.ingest_children
    await to_thread.run_sync(child.start)
    running.add(child)
    child_end.close()
    try:
        deadline = time.monotonic() + budget
        try:
            await to_thread.run_sync(receiving.send, records)
        except OSError:
            raise HTTPException(
                500, f"the analysis process ended (exit {child.exitcode})"
            ) from None
        while not receiving.poll():
            if time.monotonic() > deadline:
                raise HTTPException(
                    503, f"analysis ran over its {budget:g} s budget: send fewer articles"
                )
            if await request.is_disconnected():
                raise HTTPException(499, "client went away")
            await _readable(receiving, _POLL_SECONDS)
        try:
            kind, payload = await to_thread.run_sync(receiving.recv)
        except EOFError:
            kind, payload = "error", f"the analysis process ended (exit {child.exitcode})"
        if kind == "error":
            raise HTTPException(500, f"analysis failed: {payload}")
        return dict(payload)
    finally:
        if child.is_alive():
            child.kill()
        running.discard(child)
        receiving.close()
        await to_thread.run_sync(child.join, 5.0)


def stop_all(children: set[Any]) -> None:
    """Kill the analyses still running (the server is shutting down)."""
    for child in list(children):
        if child.is_alive():
            child.kill()
        child.join(5.0)
    children.clear()


async def _readable(connection: Connection, seconds: float) -> None:
    loop = asyncio.get_running_loop()
    ready: asyncio.Future[None] = loop.create_future()

    def wake() -> None:
        # the reader fires on every turn of the loop while the pipe is readable, and after a
        # timeout or a shutdown has cancelled the wait: only the first wake-up counts
        if not ready.done():
            ready.set_result(None)

    loop.add_reader(connection.fileno(), wake)
    try:
        await asyncio.wait_for(ready, seconds)
    except TimeoutError:
        pass
    finally:
        loop.remove_reader(connection.fileno())


def _work(settings: api.Settings | None, out: Connection, budget: float) -> None:
    """The child's side: receive the records, analyse, then send ("ok", result) or ("error",
    reason)."""
    threading.Thread(target=_watch, args=(os.getppid(), budget), daemon=True).start()
    api.yield_cpu(ANALYSIS_NICENESS)
    try:
        records = out.recv()
    except (EOFError, OSError, pickle.UnpicklingError):
        out.close()
        return  # the server stopped before the whole batch arrived: nothing to answer
    try:
        result = api.analyze_records(records, settings=settings)
        out.send(
            (
                "ok",
                {
                    "articles": [api.article_to_dict(a) for a in result.articles],
                    "stories": [api.story_to_dict(s) for s in result.stories],
                    "rejected": [{"source": r.source, "reason": r.reason} for r in result.rejected],
                },
            )
        )
    except (BrokenPipeError, OSError):
        pass  # the request is gone: nobody to answer
    except Exception as error:  # the parent answers with the reason, never hangs
        with contextlib.suppress(OSError):
            out.send(("error", f"{type(error).__name__}: {error}"))
    finally:
        out.close()


def _watch(parent: int, budget: float) -> None:
    """End the child when its parent is gone (the server was killed) or long over budget."""
    deadline = time.monotonic() + budget + 10
    while os.getppid() == parent and time.monotonic() < deadline:
        time.sleep(0.5)
    os._exit(3)
