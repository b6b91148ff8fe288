"""The first API under /api (kept as aliases of /api/v1's data) and the streamed export."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import StreamingResponse

import kabar.api as api
from kabar.web.api_v1 import article_summary, get_article, get_story, story_summary
from kabar.web.deps import StoreDep

# Articles encoded per chunk of the streamed export.
_EXPORT_BATCH = 200


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
    """The store's kabar.analysis/1 document in pieces: memory stays one batch deep whatever
    the store's size. Its own store connection lives as long as the response does."""
    store = api.open_store(db)
    try:
        generated = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        yield f'{{"schema": "kabar.analysis/1", "generated": "{generated}", '.encode()
        yield from _json_list("articles", map(api.article_to_dict, store.iter_articles()))
        yield b", "
        yield from _json_list("stories", map(api.story_to_dict, store.iter_stories()))
        yield b", "
        yield from _json_list(
            "storylines", map(api.storyline_to_dict, store.iter_storylines())
        )
        yield b", "
        rejects = ({"source": r.source, "reason": r.reason} for r in store.rejects())
        yield from _json_list("rejected", rejects)
        yield b"}\n"
    finally:
        store.close()


def _json_list(key: str, items: Iterator[dict[str, Any]]) -> Iterator[bytes]:
    yield f'"{key}": ['.encode()
    batch: list[str] = []
    first = True
    for item in items:
        batch.append(json.dumps(item, ensure_ascii=False))
        if len(batch) >= _EXPORT_BATCH:
            yield (("" if first else ", ") + ", ".join(batch)).encode()
            batch, first = [], False
    if batch:
        yield (("" if first else ", ") + ", ".join(batch)).encode()
    yield b"]"
