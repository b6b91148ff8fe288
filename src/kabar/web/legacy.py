"""The first API under /api (kept as aliases of /api/v1's data) and POST /api/analyze."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Body, HTTPException, Query

import kabar.api as api
from kabar.web.api_v1 import article_summary, get_article, get_story, story_summary
from kabar.web.deps import StoreDep

# A POSTed batch larger than this belongs on the command line or the Dask engine.
MAX_POSTED_ARTICLES = 500


def router(settings: api.Settings | None) -> APIRouter:
    """The /api routes; ``settings`` apply to the articles POSTed to /api/analyze."""
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

    @routes.get("/export")
    def export(store: StoreDep) -> dict[str, Any]:
        """Return the whole store as kabar.analysis/1."""
        return api.export(store)

    @routes.post("/analyze")
    def analyze(records: list[dict[str, Any]] = Body(...)) -> dict[str, Any]:  # noqa: B008
        """Analyse posted JSON articles (title, body, url, published, outlet) without storing.

        They go through every stage, duplicates and stories included, linked among themselves.
        """
        if len(records) > MAX_POSTED_ARTICLES:
            raise HTTPException(413, f"at most {MAX_POSTED_ARTICLES} articles per request")
        result = api.analyze_records(records, settings=settings)
        return {
            "articles": [api.article_to_dict(a) for a in result.articles],
            "stories": [api.story_to_dict(s) for s in result.stories],
            "rejected": [{"source": r.source, "reason": r.reason} for r in result.rejected],
        }

    return routes
