"""Helpers the quote tests share: run the stage and check the invariants every result keeps."""

from __future__ import annotations

import re

from kabar.entities import find_entities
from kabar.models import Entity, Mention, Quote
from kabar.quotes import extract_quotes


def quotes_of(body: str, entities: tuple[Entity, ...] = ()) -> tuple[Quote, ...]:
    """Run the extractor and check the invariants every result must keep."""
    found = extract_quotes(body, entities)
    for quote in found:
        assert body[quote.start : quote.end] == quote.text
        assert quote.kind in ("direct", "partial", "indirect")
    assert [q.start for q in found] == sorted(q.start for q in found)
    return found


def only(body: str, kind: str = "direct", entities: tuple[Entity, ...] = ()) -> list[Quote]:
    """Return the quotes of one kind."""
    return [q for q in quotes_of(body, entities) if q.kind == kind]


def entity(name: str, body: str, type_: str = "PERSON", aliases: tuple[str, ...] = ()) -> Entity:
    """Build an entity with a mention at every whole-word occurrence of its name or aliases."""
    mentions = []
    taken: list[tuple[int, int]] = []
    for alias in sorted((name, *aliases), key=len, reverse=True):
        for m in re.finditer(rf"(?<!\w){re.escape(alias)}(?!\w)", body):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            mentions.append(Mention(m.group(), m.start(), m.end(), type_))
    mentions.sort(key=lambda x: x.start)
    return Entity(name, type_, aliases, len(mentions), tuple(mentions))


Speaker = str | None | tuple[str | None, ...]


Expected = list[tuple[str, str, Speaker]]


MARKED = ("direct", "partial")


def _marked_quotes_of(body: str) -> tuple[Quote, ...]:
    """Run the extractor and check the invariants every result must keep."""
    found = extract_quotes(body)
    for quote in found:
        assert body[quote.start : quote.end] == quote.text
        assert not quote.text.endswith(",")
    return found


def check(body: str, expected: Expected, kinds: tuple[str, ...] = MARKED) -> None:
    """Compare the quotes of the given kinds with the expected (start, kind, speaker) list."""
    found = [q for q in _marked_quotes_of(body) if q.kind in kinds]
    got = [(q.text, q.kind, q.speaker) for q in found]
    assert len(found) == len(expected), got
    for quote, (start, kind, speaker) in zip(found, expected, strict=True):
        assert quote.text.startswith(start), (quote.text, start)
        assert quote.kind == kind, (quote.text, quote.kind)
        allowed = speaker if isinstance(speaker, tuple) else (speaker,)
        assert quote.speaker in allowed, (quote.text, quote.speaker, allowed)


def direct_speakers(body: str) -> list[tuple[str, str | None]]:
    """Return (first words, speaker) of each direct quote, with the entity stage's entities."""
    quotes = extract_quotes(body, find_entities(body))
    return [(q.text.split(",")[0][:20], q.speaker) for q in quotes if q.kind == "direct"]
