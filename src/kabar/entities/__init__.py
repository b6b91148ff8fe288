"""People, organisations and places: recognition and alias resolution (stub)."""

from __future__ import annotations

from collections.abc import Iterable

from kabar.models import Entity


def find_entities(body: str) -> tuple[Entity, ...]:
    """Recognise and resolve the entities named in a cleaned article body."""
    return ()


def merge_entities(lists: Iterable[Iterable[Entity]]) -> tuple[Entity, ...]:
    """Merge entity lists of several articles into one list, uniting aliases and counts."""
    return ()
