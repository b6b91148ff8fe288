"""Writing a ``kabar.analysis/1`` export as it is read, one article or story at a time.

The file is byte for byte what ``json.dumps(document, ensure_ascii=False, indent=2)`` of the
whole document would give, but no more than one article is held at once: a run or a store of
any size is exported in flat memory. Each part is validated against its definition in the
contract as it is written (the same checks as validating the whole document), by the
contract compiled once (``kabar.schema_check``); ``jsonschema`` names the fault of a part
it refuses.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from functools import cache
from typing import IO, Any

from kabar.errors import OutputError
from kabar.export import (
    SCHEMA_NAME,
    article_to_dict,
    contract_schema,
    story_to_dict,
    storyline_to_dict,
)
from kabar.json_layout import dumps_indented
from kabar.models import Article, Reject, Story, Storyline
from kabar.schema_check import compile_schema

# Indentation of an item of a top-level list in the whole document's layout.
_ITEM_INDENT = "    "


def write_export(
    path: str,
    articles: Iterable[Article],
    stories: Iterable[Story],
    rejected: Iterable[Reject],
    storylines: Iterable[Storyline] = (),
    *,
    validate: bool = True,
) -> None:
    """Write an export document to ``path`` ('-' for stdout), streaming its parts.

    A write failure (a full disk) raises OutputError naming the file.
    """
    try:
        if path == "-":
            _write(sys.stdout, articles, stories, rejected, storylines, validate)
            return
        with open(path, "w", encoding="utf-8") as out:
            _write(out, articles, stories, rejected, storylines, validate)
    except OSError as error:
        raise OutputError(f"{path}: cannot write the export: {error.strerror}") from error


def _write(
    out: IO[str],
    articles: Iterable[Article],
    stories: Iterable[Story],
    rejected: Iterable[Reject],
    storylines: Iterable[Storyline],
    validate: bool,
) -> None:
    for piece in export_pieces(articles, stories, rejected, storylines, validate=validate):
        out.write(piece)


def export_pieces(
    articles: Iterable[Article],
    stories: Iterable[Story],
    rejected: Iterable[Reject],
    storylines: Iterable[Storyline] = (),
    *,
    validate: bool = True,
) -> Iterator[str]:
    """Yield the export document's text in pieces (one article or story at a time), in the
    layout of ``json.dumps(document, ensure_ascii=False, indent=2)``."""
    head = {
        "schema": SCHEMA_NAME,
        "generated": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }
    if validate:
        _check("top", {**head, "articles": [], "stories": [], "storylines": [], "rejected": []})
    yield "{\n"
    for key, value in head.items():
        yield f"  {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)},\n"
    yield from _list_pieces("articles", (article_to_dict(a) for a in articles), validate)
    yield ",\n"
    yield from _list_pieces("stories", (story_to_dict(s) for s in stories), validate)
    yield ",\n"
    # Storylines are an added field: the contract has no definition to check them against.
    yield from _list_pieces("storylines", (storyline_to_dict(x) for x in storylines), False)
    yield ",\n"
    reasons = ({"source": r.source, "reason": r.reason} for r in rejected)
    yield from _list_pieces("rejected", reasons, validate)
    yield "\n}\n"


def _list_pieces(key: str, items: Iterable[dict[str, Any]], validate: bool) -> Iterator[str]:
    yield f"  {json.dumps(key)}: ["
    first = True
    for item in items:
        if validate:
            _check(key, item)
        yield "\n" if first else ",\n"
        yield _ITEM_INDENT + dumps_indented(item, _ITEM_INDENT)
        first = False
    yield "]" if first else "\n  ]"


def _check(part: str, value: Any) -> None:
    """Raise jsonschema.ValidationError when a part of the document breaks the contract."""
    _validators()[part](value)


@cache
def _validators() -> dict[str, Callable[[Any], None]]:
    import jsonschema

    schema = contract_schema()
    kind = jsonschema.validators.validator_for(schema)

    def part(pointer: dict[str, Any]) -> Callable[[Any], None]:
        whole = {**pointer, "$defs": schema["$defs"]}
        validator = kind(whole)
        fast = compile_schema(whole)
        if fast is None:
            return validator.validate

        def check(value: Any) -> None:
            if not fast(value):
                validator.validate(value)

        return check

    properties = schema["properties"]
    return {
        "top": part(schema),
        "articles": part(properties["articles"]["items"]),
        "stories": part(properties["stories"]["items"]),
        "rejected": part(properties["rejected"]["items"]),
    }
