"""Storyline names: a story's people and organisations, the name words of a story, and the
things its headlines name.

Read by ``kabar.stories.storylines``: two events whose headlines each name a thing the other
story never names are two affairs (one agency's two cases, one town's market and its flood).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import numpy as np

from kabar.models import Entity
from kabar.stories.clustering import StoryIndex
from kabar.stories.terms import name_word_terms

# Words of a name a headline holds, at the least, to name it when it does not hold them all
# ("Bupati Lembah Hijau" names Kabupaten Lembah Hijau; one word of a long name, "Pengemudi"
# of an association of drivers, names nothing).
NAME_WORDS_HELD = 2
# Entity types whose sharing says two events are about the same thing (places never do).
LINKING_TYPES = frozenset({"PERSON", "ORG"})


def name_terms(entities: Iterable[Entity]) -> np.ndarray:
    """Return the term ids of the words of a story's names (people, bodies, places, aliases)."""
    return name_word_terms(sorted({n for e in entities for n in (e.name, *e.aliases)}))


def other_matters(
    index: StoryIndex, pair: tuple[int, int], entities: list[tuple[Entity, ...]]
) -> bool:
    """Whether two stories are one main speaker's two subjects (``StoryIndex.other_subject``)
    or two affairs whose headlines name different things (``other_affairs``)."""
    return index.other_subject(*pair) or other_affairs(
        index, pair, (entities[pair[0]], entities[pair[1]])
    )


def other_affairs(
    index: StoryIndex, pair: tuple[int, int], entities: tuple[Iterable[Entity], Iterable[Entity]]
) -> bool:
    """Whether each of two stories' headlines names a thing (a person, an organisation or a
    place, by a whole name the headline holds) whose name the other story never uses, in its
    names or its headlines: one agency's raids on two regents ("KPK Tangkap Bupati Lembah
    Hijau", "OTT KPK di Tanjung Sari"), one town's market opening and its flood. A
    continuation names what it continues: the suspect of the arrest in the indictment, the
    quake's district in the rebuilding."""
    for mine, theirs in ((0, 1), (1, 0)):
        objects = headline_objects(index, pair[mine], entities[mine])
        if not objects:
            return False
        known = set(name_terms(entities[theirs]).tolist())
        known.update(index.subjects[pair[theirs]].tolist())
        if all(name & known for name in objects):
            return False
    return True


def headline_objects(index: StoryIndex, story: int, entities: Iterable[Entity]) -> list[set[int]]:
    """Return the name words of each entity one of the story's headlines names: its headline
    words hold every word of one of its names, or two, one of them specific ("Bupati Lembah
    Hijau" names Kabupaten Lembah Hijau; "Pengemudi Ojol" names no association of drivers)."""
    words = index.subjects[story]
    words = words[words >= 0]
    headline, specific = set(words.tolist()), set(index.specific(words).tolist())
    objects = []
    for entity in entities:
        forms = [set(name_word_terms([n]).tolist()) for n in (entity.name, *entity.aliases)]
        if any(names_in(form, headline, specific) for form in forms):
            objects.append(set().union(*forms))
    return objects


def names_in(name: set[int], headline: set[int], specific: set[int]) -> bool:
    """Whether a headline holds a name: every word of it, or two, one of them specific."""
    held = name & headline
    return bool(held & specific) and (held == name or len(held) >= NAME_WORDS_HELD)


def linking_entities(entities: Iterable[Entity]) -> list[set[str]]:
    """Return the lower-cased names (with aliases) of each person and organisation."""
    return [
        {name.lower() for name in (e.name, *e.aliases)}
        for e in entities
        if e.type in LINKING_TYPES
    ]


def shared_voiceless(
    index: StoryIndex, pair: tuple[int, int], entities: list[tuple[Entity, ...]]
) -> Iterator[tuple[Entity, set[str]]]:
    """Yield each person and organisation of the first story the second names too (with the
    names both use) that neither has for its main speaker."""
    voices = np.concatenate([index.speakers[pair[0]], index.speakers[pair[1]]])
    voices = voices[voices >= 0]
    names = set().union(*linking_entities(entities[pair[1]]))
    for entity in entities[pair[0]]:
        if entity.type not in LINKING_TYPES:
            continue
        common = {name.lower() for name in (entity.name, *entity.aliases)} & names
        if common and not np.isin(name_word_terms(sorted(common)), voices).any():
            yield entity, common


def repeated(entities: Iterable[Entity]) -> list[set[str]]:
    """Return the names of the people and organisations a story names more than once."""
    return linking_entities(e for e in entities if e.count > 1)
