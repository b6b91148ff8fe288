"""Storyline routes: the pages ``/storylines`` and ``/storylines/{id}``, and the REST API
``/api/v1/storylines`` (offset-paginated with a total; unknown or out-of-range parameters are
422 with the reason, as every v1 route)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends
from fastapi.responses import HTMLResponse

import kabar.api as api
from kabar.models import Storyline
from kabar.web import storylines
from kabar.web.deps import CtxDep, Limit, Offset, StoreDep, known_parameters, not_found

pages = APIRouter(default_response_class=HTMLResponse, include_in_schema=False)
rest = APIRouter(prefix="/api/v1", dependencies=[Depends(known_parameters)], tags=["v1"])
# Storylines listed on the front page.
FRONT_PAGE = 5


def _storyline(store: api.Store, storyline_id: str) -> Storyline:
    line = store.get_storyline(storyline_id)
    if line is None:
        raise not_found(f"no storyline {storyline_id}")
    return line


@pages.get("/storylines")
def storylines_page(
    store: StoreDep, ctx: CtxDep, limit: Limit = 20, offset: Offset = 0
) -> str:
    """The storylines, newest first, paginated."""
    total, lines = store.list_storylines(limit=limit, offset=offset)
    return storylines.listing(ctx, total, lines, limit, offset)


@pages.get("/storylines/{storyline_id}")
def storyline_page(storyline_id: str, store: StoreDep, ctx: CtxDep) -> str:
    """One storyline: its events in order and its coverage per day and outlet."""
    line = _storyline(store, storyline_id)
    return storylines.storyline(
        ctx, line, api.storyline_stories(store, line), api.storyline_coverage(store, line)
    )


def front_page_block(store: api.Store, ctx: Any) -> str:
    """The newest storylines for the front page."""
    total, lines = store.list_storylines(limit=FRONT_PAGE)
    return storylines.latest_block(ctx, lines, total)


@rest.get("/storylines")
def list_storylines(store: StoreDep, limit: Limit = 20, offset: Offset = 0) -> dict[str, Any]:
    """Storylines (event stories that continue one another), newest first."""
    total, lines = store.list_storylines(limit=limit, offset=offset)
    return {
        "total": total,
        "limit": limit,
        "offset": offset,
        "items": [api.storyline_to_dict(line) for line in lines],
    }


@rest.get("/storylines/{storyline_id}")
def get_storyline(storyline_id: str, store: StoreDep) -> dict[str, Any]:
    """One storyline with its events (id, date, title, articles) in date order."""
    line = _storyline(store, storyline_id)
    return {
        **api.storyline_to_dict(line),
        "events": [
            {"id": s.id, "date": s.date, "title": s.title, "articles": len(s.articles)}
            for s in api.storyline_stories(store, line)
        ],
        "coverage": [
            {"date": d, "outlet": o or None, "articles": n}
            for d, o, n in api.storyline_coverage(store, line)
        ],
    }
