"""The HTML pages: front page, search, story, article, person, outlet."""

from __future__ import annotations

import time
from typing import Annotated

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse

import kabar.api as api
from kabar.web import pages, reader, storyline_routes, views
from kabar.web.deps import CtxDep, Limit, Offset, StoreDep, date_query, not_found

# Statements shown on a person's page (all of them are in the downloads and the API).
PERSON_STATEMENTS = 40
# Collected pages listed on the "latest" view.
LATEST_PAGES = 50
router = APIRouter(default_response_class=HTMLResponse, include_in_schema=False)


@router.get("/")
def index_page(
    store: StoreDep,
    ctx: CtxDep,
    limit: Limit = 20,
    offset: Offset = 0,
    date_from: Annotated[str | None, date_query("from")] = None,
    date_to: Annotated[str | None, date_query("to")] = None,
    outlet: str | None = None,
    person: str | None = None,
) -> str:
    """The latest stories, filtered by date range, outlet and person, paginated."""
    where = api.StoryFilter(
        date_from or None,
        date_to or None,
        outlet or None,
        api.person_id(person) if person else None,
    )
    total, stories = store.list_stories(where, limit=limit, offset=offset)
    lines = storyline_routes.front_page_block(store, ctx)
    return reader.index(ctx, total, stories, where, _outlets(store), limit, offset, lines)


# The filter's outlet list counts every article: kept for a while rather than counted per view.
_OUTLETS_TTL = 60.0
_outlets_seen: dict[str, tuple[float, list[tuple[str, int]]]] = {}


def _outlets(store: api.Store) -> list[tuple[str, int]]:
    key = str(getattr(store, "path", id(store)))
    now = time.monotonic()
    seen = _outlets_seen.get(key)
    if seen is None or now - seen[0] > _OUTLETS_TTL or key == ":memory:":
        seen = (now, store.list_outlets())
        _outlets_seen[key] = seen
    return seen[1]


@router.get("/search")
def search_page(
    store: StoreDep,
    ctx: CtxDep,
    q: str = "",
    outlet: str | None = None,
    person: str | None = None,
    limit: Limit = 20,
    offset: Offset = 0,
) -> str:
    """Search results; a query FTS5 cannot read gets a message saying how to write one."""
    result, error = None, None
    if q.strip():
        try:
            result = store.search(
                q, outlet=outlet or None, person=person or None, limit=limit, offset=offset
            )
        except api.SearchSyntaxError as problem:
            error = str(problem)
    return reader.search(ctx, q, result, error, outlet, person, limit, offset)


@router.get("/stories/{story_id}")
def story_page(story_id: str, store: StoreDep, ctx: CtxDep) -> str:
    """One story: summary, timeline, sources, who said what, disagreements."""
    story = store.get_story(story_id)
    if story is None:
        raise not_found(f"no story {story_id}")
    line = store.get_storyline(story.storyline) if story.storyline else None
    return pages.story(story, api.story_articles(store, story), ctx, line)


@router.get("/articles/{article_id}")
def article_page(article_id: str, store: StoreDep, ctx: CtxDep) -> str:
    """One article: marked text, metadata, credits, copies, original URL."""
    article = store.get_article(article_id)
    if article is None:
        raise not_found(f"no article {article_id}")
    original = store.get_article(article.duplicate_of) if article.duplicate_of else None
    return views.article(ctx, article, original, store.copies_of(article_id))


@router.get("/people/{person_id}", response_model=None)
def person_page(person_id: str, store: StoreDep, ctx: CtxDep) -> str | RedirectResponse:
    """One person: names, roles, statements newest first, co-mentioned, mentions per day.

    A name's slug or the id of a person merged into another redirects to the registry id.
    """
    pid = api.resolve_person(store, person_id)
    if pid is not None and pid != person_id:
        return RedirectResponse(ctx.url("/people/" + pid), status_code=301)
    who = store.get_person(person_id)
    if who is None:
        raise not_found(f"no person {person_id}")
    return views.person(ctx, who, api.person_statements(store, person_id, limit=PERSON_STATEMENTS))


@router.get("/latest")
def latest_page(request: Request, ctx: CtxDep) -> str:
    """What collection brought in: each source's freshness, then the newest pages."""
    statuses, pages_ = api.latest_collected(request.app.state.stores.db, LATEST_PAGES)
    return views.latest(ctx, statuses, pages_)


@router.get("/outlets/{outlet_id}")
def outlet_page(
    outlet_id: str, store: StoreDep, ctx: CtxDep, limit: Limit = 20, offset: Offset = 0
) -> str:
    """One outlet: latest articles, credited sources, exclusives, misses."""
    info = store.get_outlet(outlet_id, limit=limit, offset=offset)
    if info is None:
        raise not_found(f"no outlet {outlet_id}")
    return views.outlet(ctx, info, limit, offset)
