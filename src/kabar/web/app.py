"""FastAPI application: the reader's pages, the REST API /api/v1 (and the older /api routes),
offline API docs, and error pages in HTML for a browser and JSON for the API."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Iterable
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

import kabar.api as api
from kabar.web import api_v1, legacy, routes, storyline_routes
from kabar.web import ingest as ingest_route
from kabar.web.cache import CACHE_BYTES, ResponseCache
from kabar.web.deps import Stores, ctx
from kabar.web.guard import LOOPBACK_HOSTS, Guard
from kabar.web.ingest import Ingest
from kabar.web.render import STATIC, esc, page


def create_app(
    db: str | Path,
    *,
    settings: api.Settings | None = None,
    ingest: Ingest | None = None,
    allowed_hosts: Iterable[str] | None = None,
    cache_bytes: int = CACHE_BYTES,
) -> FastAPI:
    """Return the web application serving the store at ``db``.

    ``settings`` (None: the packaged defaults) apply to the articles POSTed to /api/analyze,
    which is off unless ``ingest`` says how it is opened (its token, limits and budget).
    ``allowed_hosts`` are the Host names answered (None: the loopback names and the test
    client's; "*" any). Answers are kept until the store changes, ``cache_bytes`` of them at
    most per process (0: none; see ``kabar.web.cache``). FastAPI's own /docs and /redoc load
    their scripts from a CDN, so they are replaced by a page drawn from /openapi.json on the
    server, which works offline.
    """
    children: set[Any] = set()

    @contextlib.asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        ingest_route.stop_all(children)

    app = FastAPI(
        lifespan=lifespan,
        title="kabar",
        summary="Indonesian news as structured stories",
        docs_url=None,
        redoc_url=None,
    )
    app.state.stores = Stores(db)
    app.state.ingest = ingest
    app.state.ingest_lock = asyncio.Lock()
    app.state.ingest_children = children
    app.include_router(api_v1.router)
    app.include_router(storyline_routes.rest)
    app.include_router(storyline_routes.pages)
    app.include_router(legacy.router())
    app.include_router(ingest_route.router(settings))
    app.include_router(routes.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_exception_handler(StarletteHTTPException, _http_error)  # type: ignore[arg-type]
    app.add_exception_handler(RequestValidationError, _bad_request)  # type: ignore[arg-type]

    @app.get("/docs", include_in_schema=False)
    @app.get("/redoc", include_in_schema=False)
    def docs(request: Request) -> HTMLResponse:
        return HTMLResponse(_docs_page(request, app.openapi()))

    hosts = [*LOOPBACK_HOSTS, "testserver"] if allowed_hosts is None else list(allowed_hosts)
    if cache_bytes > 0:
        app.add_middleware(ResponseCache, counter=api.ChangeCounter(db), max_bytes=cache_bytes)
    app.add_middleware(Guard, allowed_hosts=hosts)  # outermost: the Host check comes first
    return app


def _wants_json(request: Request) -> bool:
    if request.url.path.startswith(("/api", "/openapi")):
        return True
    return "text/html" not in request.headers.get("accept", "text/html")


def _http_error(request: Request, error: StarletteHTTPException) -> Response:
    if _wants_json(request):
        return JSONResponse(
            {"detail": error.detail},
            status_code=error.status_code,
            headers=getattr(error, "headers", None),
        )
    context = ctx(request)
    title = context.t(
        "Halaman tidak ditemukan" if error.status_code == 404 else "Permintaan tidak valid"
    )
    body = (
        f"<h1>{esc(title)}</h1><p>{esc(error.detail)}</p>"
        f'<p><a href="{context.url("/")}">{esc(context.t("Kembali ke beranda"))}</a></p>'
    )
    return HTMLResponse(page(context, title, body), status_code=error.status_code)


def _bad_request(request: Request, error: RequestValidationError) -> Response:
    reasons = [
        {"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")}
        for e in error.errors()
    ]
    if _wants_json(request):
        return JSONResponse({"detail": reasons}, status_code=422)
    context = ctx(request)
    title = context.t("Permintaan tidak valid")
    items = "".join(
        f"<li>{esc(' '.join(map(str, r['loc'])))}: {esc(r['msg'])}</li>" for r in reasons
    )
    body = (
        f"<h1>{esc(title)}</h1><ul>{items}</ul>"
        f'<p><a href="{context.url("/")}">{esc(context.t("Kembali ke beranda"))}</a></p>'
    )
    return HTMLResponse(page(context, title, body), status_code=422)


def _docs_page(request: Request, schema: dict[str, Any]) -> str:
    """Every API route with its parameters, from the OpenAPI schema, without any script."""
    context = ctx(request)
    parts = [
        f"<h1>{esc(context.t('Dokumentasi API'))}</h1>",
        '<p>OpenAPI: <a href="/openapi.json">/openapi.json</a></p>',
    ]
    for path, methods in schema.get("paths", {}).items():
        for method, op in methods.items():
            params = ", ".join(
                f"{esc(p['name'])}{'' if p.get('required') else '?'}"
                for p in op.get("parameters", [])
            )
            parts.append(
                f"<h3><code>{esc(method.upper())} {esc(path)}</code></h3>"
                f"<p>{esc(op.get('description') or op.get('summary') or '')}</p>"
                + (f'<p class="meta">{params}</p>' if params else "")
            )
    return page(context, "API", "".join(parts))
