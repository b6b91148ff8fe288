"""Small helpers the entity tests share."""

from __future__ import annotations

from kabar.entities import find_entities
from kabar.entities.names import name_key
from kabar.models import Entity


def people(text: str) -> set[str]:
    """Return the canonical names of the people found in a text."""
    return {e.name for e in find_entities(text) if e.type == "PERSON"}


def holder(entities: tuple[Entity, ...], surface: str) -> Entity:
    """Return the one entity that carries a surface form among its aliases."""
    key = name_key(surface)
    found = [e for e in entities if key in {name_key(a) for a in e.aliases}]
    assert len(found) == 1, (surface, [(e.name, e.aliases) for e in found])
    return found[0]
