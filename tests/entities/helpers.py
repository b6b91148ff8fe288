"""Small helpers the entity tests share: finding entities by name, surface or type, and
resolving a text as if the tagger had returned given spans."""

from __future__ import annotations

from kabar.entities import find_entities
from kabar.entities.lexicon import lexicon
from kabar.entities.ner import Span, recognise
from kabar.entities.resolve import resolve
from kabar.models import Entity
from kabar.text import name_key

WEEKDAYS_AND_MONTHS = {
    "senin",
    "selasa",
    "rabu",
    "kamis",
    "jumat",
    "sabtu",
    "minggu",
    "januari",
    "februari",
    "maret",
    "april",
    "mei",
    "juni",
    "juli",
    "agustus",
    "september",
    "oktober",
    "november",
    "desember",
}


def people(text: str) -> set[str]:
    """Return the canonical names of the people found in a text."""
    return {e.name for e in find_entities(text) if e.type == "PERSON"}


def holder(entities: tuple[Entity, ...], surface: str) -> Entity:
    """Return the one entity that carries a surface form among its aliases."""
    key = name_key(surface)
    found = [e for e in entities if key in {name_key(a) for a in e.aliases}]
    assert len(found) == 1, (surface, [(e.name, e.aliases) for e in found])
    return found[0]


def holders(entities: tuple[Entity, ...], surface: str, kind: str = "PERSON") -> list[Entity]:
    """Return the entities of a type that carry a surface form (by name key) among aliases."""
    key = name_key(surface)
    return [e for e in entities if e.type == kind and key in {name_key(a) for a in e.aliases}]


def by_name(entities: tuple[Entity, ...], name: str) -> Entity:
    """Return the one entity with this canonical name."""
    found = [e for e in entities if e.name == name]
    assert len(found) == 1, (name, [e.name for e in entities])
    return found[0]


def entity_of(entities: tuple[Entity, ...], surface: str) -> Entity:
    """Return the one entity holding a surface form."""
    found = [e for e in entities if surface in e.aliases]
    assert len(found) == 1, (surface, [(e.name, e.aliases) for e in entities])
    return found[0]


def persons(body: str) -> dict[str, Entity]:
    """Return the PERSON entities of a body by canonical name."""
    return {e.name: e for e in find_entities(body) if e.type == "PERSON"}


def named(body: str, kind: str) -> dict[str, Entity]:
    """Return the entities of one type by canonical name."""
    return {e.name: e for e in find_entities(body) if e.type == kind}


def ent(name: str, kind: str, aliases: tuple[str, ...], count: int) -> Entity:
    """Build an entity without mentions."""
    return Entity(name, kind, aliases, count, ())


def resolve_tagged(text: str, tagged: list[tuple[str, str]]) -> tuple[Entity, ...]:
    """Resolve a text as if the tagger had returned exactly these (surface, type) spans.

    The shipped tagger gets many of the sentences written here right, so the resolution
    rules are tested on the tagger's slips seen in real articles, replayed by hand. Spans are found in order;
    brackets mark the span inside some context ("kata [Marlina]").
    """
    tokens, _, sentence_of = recognise(text)
    words = [t[0] for t in tokens]
    spans: list[Span] = []
    start = 0
    for surface, kind in tagged:
        context = surface.replace("[", "").replace("]", "").split()
        before = len(surface.split("[", 1)[0].split()) if "[" in surface else 0
        size = len(surface.split("[", 1)[-1].split("]", 1)[0].split()) if "[" in surface else 0
        k = next(k for k in range(start, len(words)) if words[k : k + len(context)] == context)
        first = k + before
        last = first + (size or len(context))
        spans.append(Span(first, last, kind))
        start = last
    return resolve(text, tokens, spans, lexicon(), sentence_of)


def person_names(entities: tuple[Entity, ...]) -> set[str]:
    """Return the canonical names of the people among some entities."""
    return {e.name for e in entities if e.type == "PERSON"}
