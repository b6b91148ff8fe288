"""Pairs of people written as one hyphenated name: an election ticket ("pasangan Rusli
Djafar-Nurhayati Ponto"), a duo. Two names of two or more words each, joined by a hyphen
between capitalised words, are two people; a hyphen inside one name ("Kim Jong-un", "Lee
Jae-won", "Sri Mulyani-Indrawati" is no full name on its right) is not split. A one-word
label of two people named apart ("pasangan Arsyad-Rahmatiah") is nobody.
"""

from __future__ import annotations

import re

from kabar.models import Entity, Mention
from kabar.text import name_key

# "Djafar-Nurhayati": the last word of one name, a hyphen, the first word of the next.
_JOINT = re.compile(r"(?<=[a-z'’])-(?=[A-Z][a-z])")
# Fewest words on each side of the hyphen for two names, not one.
MIN_SIDE_WORDS = 2


def split_pairs(entities: tuple[Entity, ...]) -> tuple[Entity, ...]:
    """Return the entities with every hyphenated pair of persons split into its two people."""
    labels = [e for e in entities if _ticket_label(e, entities)]
    if labels:
        entities = tuple(e for e in entities if e not in labels)
    if not any(_joint(e) is not None for e in entities):
        return entities
    out: list[Entity] = []
    for entity in entities:
        at = _joint(entity)
        if at is None:
            out.append(entity)
            continue
        for part in _halves(entity, at):
            same = next((i for i, e in enumerate(out) if _same_person(e, part)), None)
            if same is None:
                out.append(part)
            else:
                out[same] = _united(out[same], part)
    return tuple(sorted(out, key=lambda e: min((m.start for m in e.mentions), default=0)))


def _ticket_label(entity: Entity, entities: tuple[Entity, ...]) -> bool:
    """Whether a one-word hyphenated "name" joins two people named apart in the text ("pasangan
    Arsyad-Rahmatiah" beside "Arsyad Mallarangeng" and "Rahmatiah Daeng Ngai"): a ticket's label."""
    if entity.type != "PERSON" or " " in entity.name or len(_JOINT.findall(entity.name)) != 1:
        return False
    others = [e.name.split() for e in entities if e.type == "PERSON" and e is not entity]
    return all(any(half in words for words in others) for half in entity.name.split("-"))


def _joint(entity: Entity) -> int | None:
    """Where the hyphen between two names of a person pair falls in the entity's name."""
    if entity.type != "PERSON":
        return None
    joints = list(_JOINT.finditer(entity.name))
    if len(joints) != 1:
        return None
    at = joints[0].start()
    left, right = entity.name[:at].split(), entity.name[at + 1 :].split()
    if len(left) < MIN_SIDE_WORDS or len(right) < MIN_SIDE_WORDS:
        return None
    if left[-1].lower() == right[0].lower():
        return None  # "Undang-Undang": a word said twice, no pair of names
    return at


def _halves(entity: Entity, at: int) -> list[Entity]:
    """The two people of a pair, each with the mentions that name them."""
    left_name, right_name = entity.name[:at], entity.name[at + 1 :]
    right_words = set(right_name.split())
    left: list[Mention] = []
    right: list[Mention] = []
    for m in entity.mentions:
        joint = _JOINT.search(m.text)
        if joint is not None:
            cut = joint.start()
            left.append(Mention(m.text[:cut], m.start, m.start + cut, m.type))
            right.append(Mention(m.text[cut + 1 :], m.start + cut + 1, m.end, m.type))
        elif set(m.text.split()) <= right_words:
            right.append(m)
        else:
            left.append(m)
    return [_entity(left_name, left), _entity(right_name, right)]


def _entity(name: str, mentions: list[Mention]) -> Entity:
    """A person entity of a name and its mentions."""
    aliases = tuple(sorted({m.text for m in mentions} | {name}))
    return Entity(name, "PERSON", aliases, len(mentions), tuple(mentions))


def _same_person(entity: Entity, part: Entity) -> bool:
    """Whether an entity found apart is one half of a pair (the same name)."""
    return entity.type == "PERSON" and name_key(entity.name) == name_key(part.name)


def _united(entity: Entity, part: Entity) -> Entity:
    """One person of an entity and a half of a pair with the same name."""
    mentions = tuple(sorted((*entity.mentions, *part.mentions), key=lambda m: m.start))
    aliases = tuple(sorted(set(entity.aliases) | set(part.aliases)))
    return Entity(entity.name, "PERSON", aliases, len(mentions), mentions)
