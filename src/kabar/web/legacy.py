"""The first API under /api (kept as aliases of /api/v1's data) and the streamed export."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import StreamingResponse

import kabar.api as api
from kabar.web.api_v1 import article_summary, get_article, get_story, story_summary
from kabar.web.deps import StoreDep

# Bytes of export text sent per chunk of the streamed response.
_EXPORT_CHUNK = 64 * 1024


def router() -> APIRouter:
    """The /api routes that read (POST /api/analyze is in ``kabar.web.ingest``)."""
    routes = APIRouter(prefix="/api", tags=["api (older)"])
    routes.add_api_route("/articles/{article_id}", get_article, methods=["GET"])
    routes.add_api_route("/stories/{story_id}", get_story, methods=["GET"])

    @routes.get("/articles")
    def list_articles(
        store: StoreDep,
        story: str | None = None,
        limit: int = Query(100, ge=1, le=1000),
        offset: int = Query(0, ge=0),
    ) -> list[dict[str, Any]]:
        """List articles (metadata only), earliest first."""
        return [
            article_summary(a) for a in store.list_articles(story=story, limit=limit, offset=offset)
        ]

    @routes.get("/stories")
    def list_stories(store: StoreDep) -> list[dict[str, Any]]:
        """List stories, latest first."""
        return [story_summary(s) for s in store.iter_stories()]

    @routes.get("/export", response_class=StreamingResponse)
    def export(request: Request) -> StreamingResponse:
        """Return the whole store as kabar.analysis/1, streamed as it is read."""
        return StreamingResponse(
            export_chunks(request.app.state.stores.db),
            media_type="application/json",
            headers={"Content-Disposition": 'attachment; filename="kabar-export.json"'},
        )

    return routes


def export_chunks(db: str | Path) -> Iterator[bytes]:
    """The store's kabar.analysis/1 document in pieces of about ``_EXPORT_CHUNK`` bytes: memory
    stays one chunk deep whatever the store's size. Its own store connection lives as long as
    the response does."""
    store = api.open_store(db)
    try:
        chunk: list[str] = []
        size = 0
        for piece in api.store_json_pieces(store, validate=False):
            chunk.append(piece)
            size += len(piece)
            if size >= _EXPORT_CHUNK:
                yield "".join(chunk).encode()
                chunk, size = [], 0
        yield "".join(chunk).encode()
    finally:
        store.close()
