"""An organisation called by the first word of its name: "Hanbit Energy Solution ... Hanbit
menggandeng ..." is the company again, not a person "Hanbit".

A one-word PERSON entity whose word opens the name of an organisation of the same article,
and which no speech verb, honorific or title marks as a person, joins that organisation.
"""

from __future__ import annotations

from kabar.entities.lexicon import speech_verbs
from kabar.lexicon import lowered, lowered_for_use
from kabar.models import Entity, Mention

# Characters read before a mention for a word that marks a person ("kata", "Pak").
_REACH = 24


def with_org_short_names(entities: tuple[Entity, ...], body: str) -> tuple[Entity, ...]:
    """Return the entities with one-word "people" that shorten an organisation's name joined
    to that organisation."""
    heads: dict[str, list[int]] = {}
    for i, e in enumerate(entities):
        if e.type == "ORG" and len(e.name.split()) > 1:
            heads.setdefault(e.name.split()[0], []).append(i)
    if not heads:
        return entities
    joined: dict[int, list[Entity]] = {}
    kept: list[Entity] = []
    for e in entities:
        owners = heads.get(e.name, [])
        if (
            e.type == "PERSON"
            and " " not in e.name
            and len(owners) == 1
            and not any(_marked(body, m) for m in e.mentions)
        ):
            joined.setdefault(owners[0], []).append(e)
        else:
            kept.append(e)
    if not joined:
        return entities
    united = {id(entities[i]): _united(entities[i], parts) for i, parts in joined.items()}
    return tuple(united.get(id(e), e) for e in kept)


def _marked(body: str, mention: Mention) -> bool:
    """Whether a speech verb, an honorific or a title right before a mention marks a person."""
    before = body[max(0, mention.start - _REACH) : mention.start].split()
    word = before[-1].lower().strip(".,") if before else ""
    return (
        word in speech_verbs()
        or word in lowered_for_use("honorifics.tsv", "person")
        or word in lowered("offices.txt")
    )


def _united(org: Entity, parts: list[Entity]) -> Entity:
    """The organisation with the mentions of its short name."""
    extra = [Mention(m.text, m.start, m.end, "ORG") for p in parts for m in p.mentions]
    mentions = tuple(sorted((*org.mentions, *extra), key=lambda m: m.start))
    aliases = tuple(sorted({*org.aliases, *(p.name for p in parts)}))
    return Entity(org.name, "ORG", aliases, len(mentions), mentions)
