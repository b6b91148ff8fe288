"""What routes share: the store opened per request, the page context, strict parameters."""

from __future__ import annotations

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
    """Opens the store once per request: SQLite connections are not shared across threads."""

    def __init__(self, db: str | Path) -> None:
        self.db = db


def store(request: Request) -> Iterator[api.Store]:
    opened = api.open_store(request.app.state.stores.db)
    try:
        yield opened
    finally:
        opened.close()


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
