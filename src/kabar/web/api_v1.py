"""REST API /api/v1: stories, articles, people, outlets and search, offset-paginated with a
total; articles and stories in the contract's shapes (``kabar.api.article_to_dict`` and
``story_to_dict``); unknown or out-of-range parameters are 422 with the reason."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import RedirectResponse, Response

import kabar.api as api
from kabar.models import Article, Story
from kabar.web import downloads
from kabar.web.deps import Limit, Offset, StoreDep, date_query, known_parameters, not_found

router = APIRouter(prefix="/api/v1", dependencies=[Depends(known_parameters)], tags=["v1"])
Query_ = Annotated[str, Query(min_length=1, max_length=500, description="FTS5 query")]


def story_summary(story: Story) -> dict[str, Any]:
    return {
        "id": story.id,
        "title": story.title,
        "date": story.date,
        "articles": len(story.articles),
    }


def article_summary(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "title": article.title,
        "outlet": article.outlet,
        "published": article.published,
        "story": article.story,
        "duplicate_of": article.duplicate_of,
        "url": article.url,
    }


@router.get("/stories")
def list_stories(
    store: StoreDep,
    limit: Limit = 20,
    offset: Offset = 0,
    date_from: Annotated[str | None, date_query()] = None,
    date_to: Annotated[str | None, date_query()] = None,
    outlet: str | None = None,
    person: str | None = None,
) -> dict[str, Any]:
    """Stories, latest first, filtered by date range, outlet name and person id."""
    where = api.StoryFilter(date_from, date_to, outlet, person)
    total, stories = store.list_stories(where, limit=limit, offset=offset)
    return {
        "total": total,
        "limit": limit,
        "offset": offset,
        "items": [story_summary(s) for s in stories],
    }


def _story(store: api.Store, story_id: str) -> Story:
    story = store.get_story(story_id)
    if story is None:
        raise not_found(f"no story {story_id}")
    return story


@router.get("/stories/{story_id}")
def get_story(story_id: str, store: StoreDep) -> dict[str, Any]:
    """One story in the contract's form."""
    return api.story_to_dict(_story(store, story_id))


@router.get("/stories/{story_id}/quotes.{kind}")
def story_quotes(story_id: str, kind: str, store: StoreDep) -> Response:
    """Every quote of a story's articles, as csv or json."""
    story = _story(store, story_id)
    rows = [
        downloads.quote_row(a, i)
        for a in api.story_articles(store, story)
        for i in range(len(a.quotes))
    ]
    return downloads.respond(rows, kind, f"story-{story_id}-quotes")


@router.get("/articles")
def list_articles(
    store: StoreDep, limit: Limit = 20, offset: Offset = 0, story: str | None = None
) -> dict[str, Any]:
    """Articles (metadata only), earliest first, of one story when given."""
    return {
        "total": store.count_articles(story=story),
        "limit": limit,
        "offset": offset,
        "items": [
            article_summary(a) for a in store.list_articles(story=story, limit=limit, offset=offset)
        ],
    }


@router.get("/articles/{article_id}")
def get_article(article_id: str, store: StoreDep) -> dict[str, Any]:
    """One article in the contract's form, with the ids of its stored copies."""
    article = store.get_article(article_id)
    if article is None:
        raise not_found(f"no article {article_id}")
    return {**api.article_to_dict(article), "copies": [i for i, _ in store.copies_of(article_id)]}


@router.get("/people")
def list_people(
    store: StoreDep, q: str | None = None, limit: Limit = 20, offset: Offset = 0
) -> dict[str, Any]:
    """People of the registry, most mentioned first; ``q`` narrows to a name or word."""
    found = api.people(store, q, limit=limit, offset=offset)
    return {
        "limit": limit,
        "offset": offset,
        "items": [{"id": p.id, "name": p.name, "articles": p.articles} for p in found],
    }


@router.get("/people/{person_id}", response_model=None)
def get_person(person_id: str, store: StoreDep) -> dict[str, Any] | RedirectResponse:
    """A person by registry id: canonical name, names, roles, merges, mentions per day.

    A name's slug (the id before the registry) or a merged person's id redirects.
    """
    pid = api.resolve_person(store, person_id)
    if pid is not None and pid != person_id:
        return RedirectResponse(pid, status_code=301)  # relative: kept under any prefix
    who = store.get_person(person_id)
    if who is None:
        raise not_found(f"no person {person_id}")
    return {
        "id": who.id,
        "name": who.name,
        "aliases": who.aliases,
        "role_history": [
            {"role": r, "first": f, "last": la, "quotes": n} for r, f, la, n in who.role_dates
        ],
        "merges": [
            {"id": m.id, "name": m.name, "article": m.article, "evidence": m.evidence,
             "undone": m.undone}
            for m in who.merges
        ],
        "names": [{"name": n, "articles": c} for n, c in who.names],
        "roles": [{"role": r, "quotes": c} for r, c in who.roles],
        "articles": who.articles,
        "statements": who.statements,
        "mentions_per_day": [{"date": d, "articles": c} for d, c in who.per_day],
        "co_mentioned": [{"id": i, "name": n, "articles": c} for i, n, c in who.co_mentioned],
    }


@router.get("/people/{person_id}/statements")
def person_statements(
    person_id: str, store: StoreDep, limit: Limit = 20, offset: Offset = 0
) -> dict[str, Any]:
    """A person's quotes across stories, newest first."""
    said = api.person_statements(store, person_id)
    return {
        "total": len(said),
        "limit": limit,
        "offset": offset,
        "items": [downloads.quote_row(a, i) for a, i in said[offset : offset + limit]],
    }


@router.get("/people/{person_id}/statements.{kind}")
def person_statements_file(person_id: str, kind: str, store: StoreDep) -> Response:
    """A person's quotes across stories, as csv or json."""
    rows = [downloads.quote_row(a, i) for a, i in api.person_statements(store, person_id)]
    return downloads.respond(rows, kind, f"person-{person_id}-statements")


@router.get("/outlets")
def list_outlets(store: StoreDep) -> dict[str, Any]:
    """Every outlet with its id (the slug of its name) and number of articles."""
    items = [{"id": api.person_id(n), "name": n, "articles": c} for n, c in store.list_outlets()]
    return {"total": len(items), "items": items}


@router.get("/outlets/{outlet_id}")
def get_outlet(
    outlet_id: str, store: StoreDep, limit: Limit = 20, offset: Offset = 0
) -> dict[str, Any]:
    """An outlet's latest articles, credited sources, stories only it covered, and misses."""
    info = store.get_outlet(outlet_id, limit=limit, offset=offset)
    if info is None:
        raise not_found(f"no outlet {outlet_id}")
    return {
        "id": info.id,
        "name": info.name,
        "total": info.articles,
        "limit": limit,
        "offset": offset,
        "items": [{"id": i, "title": t, "published": p, "story": s} for i, t, p, s in info.latest],
        "wire_sources": [{"name": w, "articles": n} for w, n in info.wires],
        "alone": [{"story": s, "title": t, "articles": n} for s, t, n in info.alone],
        "missed": [
            {"date": d, "story": s, "title": t, "articles": n} for d, s, t, n in info.missed
        ],
    }


def run_search(
    store: api.Store, q: str, outlet: str | None, person: str | None, limit: int, offset: int
) -> api.SearchResult:
    try:
        return store.search(q, outlet=outlet, person=person, limit=limit, offset=offset)
    except api.SearchSyntaxError as error:
        raise HTTPException(
            422, [{"loc": ["query", "q"], "msg": str(error), "type": "fts_syntax"}]
        ) from error


@router.get("/search")
def search(
    q: Query_,
    store: StoreDep,
    limit: Limit = 20,
    offset: Offset = 0,
    outlet: str | None = None,
    person: str | None = None,
) -> dict[str, Any]:
    """Full-text search (FTS5: words, "phrases", prefix*), best first, with facets.

    Titles and snippets are HTML-escaped with matches in <mark>.
    """
    from kabar.web.render import marked

    found = run_search(store, q, outlet, person, limit, offset)
    return {
        "total": found.total,
        "total_is_lower_bound": found.capped,
        "limit": limit,
        "offset": offset,
        "items": [
            {
                "id": h.id,
                "title": h.title,
                "outlet": h.outlet,
                "published": h.published,
                "story": h.story,
                "url": h.url,
                "title_html": marked(h.marked_title),
                "snippet_html": marked(h.snippet),
            }
            for h in found.hits
        ],
        "facets": {
            "outlets": [{"name": o, "articles": n} for o, n in found.outlets],
            "people": [{"id": i, "name": n, "articles": c} for i, n, c in found.people],
        },
    }


@router.get("/search.{kind}")
def search_file(
    q: Query_, kind: str, store: StoreDep, limit: Annotated[int, Query(ge=1, le=5000)] = 1000
) -> Response:
    """The articles a search finds (metadata), as csv or json."""
    found = run_search(store, q, None, None, limit, 0)
    rows = [
        {
            "id": h.id,
            "title": h.title,
            "outlet": h.outlet,
            "published": h.published,
            "story": h.story,
            "url": h.url,
        }
        for h in found.hits
    ]
    return downloads.respond(rows, kind, "search")
