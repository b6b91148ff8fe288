"""FastAPI application: a JSON API under /api and server-rendered story pages."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from fastapi import Body, FastAPI, HTTPException, Query
from fastapi.responses import HTMLResponse

import kabar.api as api
from kabar.models import Article, Story
from kabar.web import pages

# A POSTed batch larger than this belongs on the command line or the Dask engine.
MAX_POSTED_ARTICLES = 500


def create_app(db: str | Path, *, settings: api.Settings | None = None) -> FastAPI:
    """Return the web application serving the store at ``db``.

    ``settings`` (None: the packaged defaults) apply to the articles POSTed to /api/analyze.
    """
    app = FastAPI(title="kabar", summary="Indonesian news as structured stories")
    stores = _Stores(db)
    _add_read_routes(app, stores)
    _add_analyze_route(app, settings)
    _add_page_routes(app, stores)
    return app


class _Stores:
    """Opens the store once per request: SQLite connections are not shared across threads."""

    def __init__(self, db: str | Path) -> None:
        self._db = db

    @contextmanager
    def open(self) -> Iterator[api.Store]:
        opened = api.open_store(self._db)
        try:
            yield opened
        finally:
            opened.close()


def _add_read_routes(app: FastAPI, stores: _Stores) -> None:
    @app.get("/api/articles")
    def list_articles(
        story: str | None = None,
        limit: int = Query(100, ge=1, le=1000),
        offset: int = Query(0, ge=0),
    ) -> list[dict[str, Any]]:
        """List articles (metadata only), earliest first."""
        with stores.open() as opened:
            rows = opened.list_articles(story=story, limit=limit, offset=offset)
        return [_summary_of(a) for a in rows]

    @app.get("/api/articles/{article_id}")
    def get_article(article_id: str) -> dict[str, Any]:
        """Return one article in the contract's form."""
        with stores.open() as opened:
            article = opened.get_article(article_id)
        if article is None:
            raise HTTPException(404, f"no article {article_id}")
        return api.article_to_dict(article)

    @app.get("/api/stories")
    def list_stories() -> list[dict[str, Any]]:
        """List stories, latest first."""
        with stores.open() as opened:
            return [
                {"id": s.id, "title": s.title, "date": s.date, "articles": len(s.articles)}
                for s in opened.iter_stories()
            ]

    @app.get("/api/stories/{story_id}")
    def get_story(story_id: str) -> dict[str, Any]:
        """Return one story in the contract's form."""
        with stores.open() as opened:
            return api.story_to_dict(_story_or_404(opened, story_id))

    @app.get("/api/export")
    def export() -> dict[str, Any]:
        """Return the whole store as kabar.analysis/1."""
        with stores.open() as opened:
            return api.export(opened)


def _add_analyze_route(app: FastAPI, settings: api.Settings | None) -> None:
    @app.post("/api/analyze")
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


def _add_page_routes(app: FastAPI, stores: _Stores) -> None:
    @app.get("/", response_class=HTMLResponse)
    def index_page() -> str:
        """Render the list of stories."""
        with stores.open() as opened:
            return pages.index(list(opened.iter_stories()))

    @app.get("/stories/{story_id}", response_class=HTMLResponse)
    def story_page(story_id: str) -> str:
        """Render one story: summary, timeline, sources, who said what, disagreements."""
        with stores.open() as opened:
            story = _story_or_404(opened, story_id)
            return pages.story(story, api.story_articles(opened, story))


def _story_or_404(opened: api.Store, story_id: str) -> Story:
    story = opened.get_story(story_id)
    if story is None:
        raise HTTPException(404, f"no story {story_id}")
    return story


def _summary_of(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "title": article.title,
        "outlet": article.outlet,
        "published": article.published,
        "story": article.story,
        "duplicate_of": article.duplicate_of,
    }
