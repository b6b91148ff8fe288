"""Unite the entities of several articles (one story) into one list."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from kabar.entities.names import canonical_name, contains_run, in_order, org_key
from kabar.models import Entity
from kabar.text import name_key


def _key(kind: str, name: str) -> str:
    """Return the merge key of a name: organisations ignore PT, Tbk, (Persero) and the like."""
    return name_key(name) if kind == "PERSON" else org_key(name)


def merge(lists: Iterable[Iterable[Entity]]) -> tuple[Entity, ...]:
    """Merge entities that share a canonical key, or whose name is an alias of another.

    First, entities of one type whose names have the same key ("Kim Jong-un", "Kim Jong Un";
    "PT Samudra Kencana Energi", "Samudra Kencana Energi") are one. Then an entity whose name
    is an alias of other entities ("Kim", "Putin") joins them: if several hold that alias
    ("Kim" of Kim Jong Un and of Kim Yo Jong), the one with the highest total count. A
    person's name of two or more words also joins the one longer name that contains it
    ("Wisnu Aji" -> "Wisnu Aji Pratama"). Alias links never chain two different full names.
    Counts add up and aliases unite; mentions are dropped because their offsets index
    different bodies. The merged name follows ``canonical_name`` over the merged names,
    weighted by each entity's count. Order: by total count, then name.
    """
    groups: dict[tuple[str, str], list[Entity]] = defaultdict(list)
    for entities in lists:
        for entity in entities:
            groups[(entity.type, _key(entity.type, entity.name))].append(entity)
    target = _alias_targets(groups)
    _add_contained_targets(groups, target)

    def home(slot: tuple[str, str]) -> tuple[str, str]:
        """Follow alias links from a slot to the slot it ends in (never round a cycle)."""
        seen = {slot}
        while slot in target and target[slot] not in seen:
            slot = target[slot]
            seen.add(slot)
        return slot

    united: dict[tuple[str, str], list[Entity]] = defaultdict(list)
    for slot, members in groups.items():
        united[home(slot)].extend(members)
    merged = []
    for (kind, _), members in united.items():
        names = [m.name for m in members for _ in range(max(m.count, 1))]
        name = canonical_name(names)
        aliases = tuple(sorted({a for m in members for a in m.aliases} | {name}))
        merged.append(Entity(name, kind, aliases, sum(m.count for m in members)))
    merged.sort(key=lambda e: (-e.count, e.name))
    return tuple(merged)


def _alias_targets(
    groups: dict[tuple[str, str], list[Entity]],
) -> dict[tuple[str, str], tuple[str, str]]:
    """Map each slot whose name is an alias of other slots to the most counted of them."""
    total = {slot: sum(e.count for e in members) for slot, members in groups.items()}
    holders: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for slot, members in groups.items():
        for alias in {_key(slot[0], a) for e in members for a in e.aliases}:
            if alias and alias != slot[1]:
                holders[(slot[0], alias)].append(slot)
    target: dict[tuple[str, str], tuple[str, str]] = {}
    for slot in groups:
        hosts = [h for h in holders.get(slot, []) if h != slot]
        if hosts:
            target[slot] = max(hosts, key=lambda h: (total[h], h[1]))
    return target


def _add_contained_targets(
    groups: dict[tuple[str, str], list[Entity]], target: dict[tuple[str, str], tuple[str, str]]
) -> None:
    """Point a person's name of two or more words at the one longer name that contains it."""
    # "Wisnu Aji" of one article is "Wisnu Aji Pratama" of another when only that name holds it
    parts = {
        slot: [name_key(p) for p in members[0].name.replace("-", " ").split() if name_key(p)]
        for slot, members in groups.items()
        if slot[0] == "PERSON"
    }
    for slot, mine in parts.items():
        if slot in target or len(mine) < 2:
            continue
        hosts = [
            h
            for h, theirs in parts.items()
            if len(theirs) > len(mine) and contains_run(theirs, mine)
        ]
        if not hosts:  # "Melany Lengkey" -> "Melany Katrin Lengkey-Sumual": in order, gaps
            hosts = [
                h
                for h, theirs in parts.items()
                if len(theirs) > len(mine) and theirs[0] == mine[0] and in_order(theirs, mine)
            ]
        if len(hosts) == 1:
            target[slot] = hosts[0]
