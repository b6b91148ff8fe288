"""Unite the entities of several articles (one story) into one list."""

from __future__ import annotations

from collections.abc import Iterable

from kabar.entities.resolve import canonical_name, name_key
from kabar.models import Entity


def merge(lists: Iterable[Iterable[Entity]]) -> tuple[Entity, ...]:
    """Merge entities that share a canonical key, or whose name is an alias of the other.

    Counts add up and aliases unite; mentions are dropped because their offsets index
    different bodies. The merged name follows ``canonical_name`` over the merged names,
    weighted by each entity's count. Order: by total count, then name.
    """
    entities = [e for entities in lists for e in entities]
    parent = list(range(len(entities)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[tuple[str, str], int] = {}
    for i, entity in enumerate(entities):
        keys = {name_key(entity.name)} | {name_key(a) for a in entity.aliases}
        for key in keys:
            if not key:
                continue
            slot = (entity.type, key)
            if slot in owner:
                a, b = find(owner[slot]), find(i)
                if a != b:
                    parent[max(a, b)] = min(a, b)
            elif key == name_key(entity.name):
                owner[slot] = i
        owner.setdefault((entity.type, name_key(entity.name)), i)
    # second pass: an entity whose name is an alias of another joins it
    for i, entity in enumerate(entities):
        for alias in entity.aliases:
            j = owner.get((entity.type, name_key(alias)))
            if j is not None:
                a, b = find(i), find(j)
                if a != b:
                    parent[max(a, b)] = min(a, b)
    groups: dict[int, list[Entity]] = {}
    for i, entity in enumerate(entities):
        groups.setdefault(find(i), []).append(entity)
    merged = []
    for members in groups.values():
        names = [m.name for m in members for _ in range(max(m.count, 1))]
        name = canonical_name(names)
        aliases = tuple(sorted({a for m in members for a in m.aliases} | {name}))
        merged.append(Entity(name, members[0].type, aliases, sum(m.count for m in members)))
    merged.sort(key=lambda e: (-e.count, e.name))
    return tuple(merged)
