"""What routes share: the store opened per request, the page context, strict parameters."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Query, Request
from fastapi.dependencies.models import Dependant
from fastapi.exceptions import RequestValidationError

import kabar.api as api
from kabar.web.i18n import language, translator
from kabar.web.render import Ctx

# Largest page a list route returns.
MAX_LIMIT = 200


class Stores:
    """Store connections for requests: one request uses one at a time, and gives it back.

    Opening a store checks its schema and tables, and a new connection starts with an empty
    page cache: a few milliseconds per request, more than a page's own queries cost. So up to
    ``KEEP`` opened stores are kept idle per process and reused (a forked worker opens its
    own; an in-memory store is opened per request, as each opening is a store of its own). A
    request that failed closes its store rather than handing on a connection in an unknown
    state. SQLite connections are not shared across threads at once; an idle one holds no
    transaction, so it never holds back another process's writes or checkpoints.
    """

    KEEP = 16

    def __init__(self, db: str | Path) -> None:
        self.db = db
        self._idle: list[api.Store] = []
        self._pid = os.getpid()
        self._lock = threading.Lock()
        self._reuse = str(db) not in (":memory:", "sqlite://")

    def take(self) -> api.Store:
        with self._lock:
            if self._pid != os.getpid():  # forked: the parent's connections are not ours
                self._idle, self._pid = [], os.getpid()
            if self._idle:
                return self._idle.pop()
        return api.open_store(self.db)

    def give(self, opened: api.Store) -> None:
        with self._lock:
            if self._reuse and self._pid == os.getpid() and len(self._idle) < self.KEEP:
                self._idle.append(opened)
                return
        opened.close()


def store(request: Request) -> Iterator[api.Store]:
    stores: Stores = request.app.state.stores
    opened = stores.take()
    try:
        yield opened
    except BaseException:
        opened.close()
        raise
    stores.give(opened)


def ctx(request: Request) -> Ctx:
    lang = language(request)
    return Ctx(lang, "lang" in request.query_params, translator(lang))


def known_parameters(request: Request) -> None:
    """Refuse query parameters the route does not take (a typo must not pass silently)."""
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    if dependant is None:
        return
    allowed = _query_names(dependant) | {"lang"}
    unknown = sorted(set(request.query_params) - allowed)
    if unknown:
        raise RequestValidationError(
            [
                {
                    "loc": ("query", name),
                    "msg": f"unknown parameter {name!r}; this route takes: "
                    + ", ".join(sorted(allowed - {"lang"})),
                    "type": "extra_forbidden",
                }
                for name in unknown
            ]
        )


def _query_names(dependant: Dependant) -> set[str]:
    names = {p.alias for p in dependant.query_params}
    for sub in dependant.dependencies:
        names |= _query_names(sub)
    return names


StoreDep = Annotated[api.Store, Depends(store)]
CtxDep = Annotated[Ctx, Depends(ctx)]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Items per page")]
Offset = Annotated[int, Query(ge=0, description="Items skipped (offset pagination)")]


def date_query(alias: str | None = None) -> Any:
    """A YYYY-MM-DD query parameter (anything else is 422)."""
    return Query(alias=alias, pattern=r"^(\d{4}-\d{2}-\d{2})?$", description="YYYY-MM-DD")


def not_found(what: str) -> HTTPException:
    return HTTPException(404, what)
