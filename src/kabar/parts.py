"""A bound on one article's time: a very long body is read by the entity and quote stages in
parts.

Resolving entities and attributing quotes compare the names and quotes of a body with each
other, so their time grows faster than the body. A news article is a few thousand characters;
a body over ``PART_CHARS`` (a dump of a whole site section, a page of quotation marks, a
generated file) is cut into parts of at most that many characters, at a paragraph break, else
at a sentence end, else at a space, else anywhere, and each part is read on its own: a name in
one part does not resolve a short form in another. The parts' entities are merged by name and
type (aliases united, counts added, mentions in body order); every offset indexes the whole
body. The run notes each article read in parts, so time per article is linear in its size.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from kabar.models import Entity, Mention, Quote

# Characters of body read by the entity and quote stages at once (~15 long news articles).
PART_CHARS = 50_000
# Where a part may end, best first: a paragraph break, a sentence end, a space.
_BREAKS = (re.compile(r"\n\s*\n|\n"), re.compile(r"[.!?][\"'”’)]*\s"), re.compile(r"\s"))

FindEntities = Callable[[str], tuple[Entity, ...]]
ExtractQuotes = Callable[[str, tuple[Entity, ...]], tuple[Quote, ...]]


def cut(body: str, size: int = PART_CHARS) -> list[tuple[int, int]]:
    """Return (start, end) of consecutive parts of at most ``size`` characters covering body."""
    parts: list[tuple[int, int]] = []
    start = 0
    while len(body) - start > size:
        end = _part_end(body, start, start + size)
        parts.append((start, end))
        start = end
    parts.append((start, len(body)))
    return parts


def _part_end(body: str, start: int, limit: int) -> int:
    """Return where a part starting at ``start`` ends: the last good break before ``limit``."""
    floor = start + (limit - start) // 2  # no part shorter than half the size but the last
    for pattern in _BREAKS:
        last = None
        for found in pattern.finditer(body, floor, limit):
            last = found
        if last is not None:
            return last.end()
    return limit


def find_entities_in_parts(
    body: str, find: FindEntities, size: int = PART_CHARS
) -> tuple[tuple[Entity, ...], list[tuple[int, int, tuple[Entity, ...]]]]:
    """Run the entity stage on each part of a long body.

    Return the merged entities (offsets in the body) and each part's (start, end, entities)
    for ``extract_quotes_in_parts``.
    """
    parts = [(start, end, find(body[start:end])) for start, end in cut(body, size)]
    merged = _merged([tuple(_shifted(e, start) for e in found) for start, _, found in parts])
    return merged, parts


def extract_quotes_in_parts(
    body: str, parts: list[tuple[int, int, tuple[Entity, ...]]], extract: ExtractQuotes
) -> tuple[Quote, ...]:
    """Run the quote stage on each part with that part's entities; offsets in the body."""
    return tuple(
        replace(q, start=q.start + start, end=q.end + start)
        for start, end, entities in parts
        for q in extract(body[start:end], entities)
    )


def _shifted(entity: Entity, offset: int) -> Entity:
    mentions = tuple(
        Mention(m.text, m.start + offset, m.end + offset, m.type) for m in entity.mentions
    )
    return replace(entity, mentions=mentions)


def _merged(parts: list[tuple[Entity, ...]]) -> tuple[Entity, ...]:
    """Merge the parts' entities of the same name and type, in order of first appearance."""
    merged: dict[tuple[str, str], Entity] = {}
    for entities in parts:
        for entity in entities:
            key = (entity.name, entity.type)
            known = merged.get(key)
            if known is None:
                merged[key] = entity
                continue
            merged[key] = replace(
                known,
                aliases=tuple(dict.fromkeys((*known.aliases, *entity.aliases))),
                count=known.count + entity.count,
                mentions=known.mentions + entity.mentions,
            )
    return tuple(merged.values())
