"""FastAPI application: a JSON API under /api and server-rendered story pages."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from fastapi import Body, FastAPI, HTTPException, Query
from fastapi.responses import HTMLResponse

from kabar.api import export as export_store
from kabar.errors import InputError
from kabar.export import article_to_dict, story_to_dict
from kabar.ingest import document_from_record
from kabar.models import Article, Story
from kabar.pipeline import process_or_reject
from kabar.store import Store, open_store
from kabar.web import pages

# A POSTed batch larger than this belongs on the command line or the Dask engine.
MAX_POSTED_ARTICLES = 500


def create_app(db: str | Path) -> FastAPI:
    """Return the web application serving the store at ``db``."""
    app = FastAPI(title="kabar", summary="Indonesian news as structured stories")

    @contextmanager
    def store() -> Iterator[Store]:
        # One connection per request: SQLite connections are not shared across threads.
        opened = open_store(db)
        try:
            yield opened
        finally:
            opened.close()

    def story_or_404(opened: Store, story_id: str) -> Story:
        story = opened.get_story(story_id)
        if story is None:
            raise HTTPException(404, f"no story {story_id}")
        return story

    def members(opened: Store, story: Story) -> list[Article]:
        return [a for a in (opened.get_article(i) for i in story.articles) if a]

    @app.get("/api/articles")
    def list_articles(
        story: str | None = None, limit: int = Query(100, ge=1, le=1000), offset: int = 0
    ) -> list[dict[str, Any]]:
        """List articles (metadata only), earliest first."""
        with store() as opened:
            rows = [a for a in opened.iter_articles() if story is None or a.story == story]
        return [_summary_of(a) for a in rows[offset : offset + limit]]

    @app.get("/api/articles/{article_id}")
    def get_article(article_id: str) -> dict[str, Any]:
        """Return one article in the contract's form."""
        with store() as opened:
            article = opened.get_article(article_id)
        if article is None:
            raise HTTPException(404, f"no article {article_id}")
        return article_to_dict(article)

    @app.get("/api/stories")
    def list_stories() -> list[dict[str, Any]]:
        """List stories, latest first."""
        with store() as opened:
            return [
                {"id": s.id, "title": s.title, "date": s.date, "articles": len(s.articles)}
                for s in opened.iter_stories()
            ]

    @app.get("/api/stories/{story_id}")
    def get_story(story_id: str) -> dict[str, Any]:
        """Return one story in the contract's form."""
        with store() as opened:
            return story_to_dict(story_or_404(opened, story_id))

    @app.get("/api/export")
    def export() -> dict[str, Any]:
        """Return the whole store as kabar.analysis/1."""
        with store() as opened:
            return export_store(opened)

    @app.post("/api/analyze")
    def analyze(records: list[dict[str, Any]] = Body(...)) -> dict[str, Any]:  # noqa: B008
        """Analyse posted JSON articles (title, body, url, published, outlet) without storing."""
        if len(records) > MAX_POSTED_ARTICLES:
            raise HTTPException(413, f"at most {MAX_POSTED_ARTICLES} articles per request")
        articles, rejected = [], []
        for number, record in enumerate(records, start=1):
            source = str(record.get("url") or f"request#{number}")
            try:
                outcome = process_or_reject(document_from_record(record, source))
            except InputError as error:
                rejected.append({"source": source, "reason": str(error)})
                continue
            if isinstance(outcome, Article):
                articles.append(article_to_dict(outcome))
            else:
                rejected.append({"source": outcome.source, "reason": outcome.reason})
        return {"articles": articles, "rejected": rejected}

    @app.get("/", response_class=HTMLResponse)
    def index_page() -> str:
        """Render the list of stories."""
        with store() as opened:
            stories = list(opened.iter_stories())
            return pages.index(stories)

    @app.get("/stories/{story_id}", response_class=HTMLResponse)
    def story_page(story_id: str) -> str:
        """Render one story: summary, timeline, sources, who said what, disagreements."""
        with store() as opened:
            story = story_or_404(opened, story_id)
            return pages.story(story, members(opened, story))

    return app


def _summary_of(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "title": article.title,
        "outlet": article.outlet,
        "published": article.published,
        "story": article.story,
        "duplicate_of": article.duplicate_of,
    }
