"""An organisation called by the first words of its name: "Hanbit Energy Solution ... Hanbit
menggandeng ..." is the company again, not a person "Hanbit"; "PT Hartawan Lestari Pangan Tbk
... Kini, Hartawan Lestari memiliki empat pabrik" is the company, named after its founder.

A PERSON entity whose words open the name of an organisation of the same article (after its
legal form: "PT", "CV"), shorter than that name, and which no speech verb, honorific or title
marks as a person, joins that organisation.
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
    forms = lowered("company_forms.txt")
    for i, e in enumerate(entities):
        words = e.name.split()
        if e.type == "ORG" and len(words) > 1:
            bare = words[1:] if words[0].lower() in forms else words
            for size in range(1, len(bare)):  # the company's name, shortened from its end
                heads.setdefault(" ".join(bare[:size]), []).append(i)
    if not heads:
        return entities
    joined: dict[int, list[Entity]] = {}
    kept: list[Entity] = []
    for e in entities:
        owners = sorted(set(heads.get(e.name, [])))
        if (
            e.type == "PERSON"
            and len(owners) == 1
            and (" " not in e.name or _company_named(entities[owners[0]].name, forms))
            and not any(_marked(body, m) for m in e.mentions)
        ):
            joined.setdefault(owners[0], []).append(e)
        else:
            kept.append(e)
    if not joined:
        return entities
    united = {id(entities[i]): _united(entities[i], parts) for i, parts in joined.items()}
    return tuple(united.get(id(e), e) for e in kept)


def _company_named(name: str, forms: frozenset[str]) -> bool:
    """Whether an organisation's name opens with a legal form ("PT Hartawan Lestari Pangan"):
    a company, whose name may be a person's full name shortened from its end."""
    return name.split()[0].lower() in forms


def _marked(body: str, mention: Mention) -> bool:
    """Whether a speech verb, an honorific, a title or a word said only before a person's name
    ("mendiang") right before a mention marks a person."""
    before = body[max(0, mention.start - _REACH) : mention.start].split()
    word = before[-1].lower().strip(".,") if before else ""
    return (
        word in speech_verbs()
        or word in lowered_for_use("honorifics.tsv", "person")
        or word in lowered("offices.txt")
        or word in lowered("name_introducers.txt")  # "didirikan oleh mendiang Hartono Wiranata"
    )


def _united(org: Entity, parts: list[Entity]) -> Entity:
    """The organisation with the mentions of its short name."""
    extra = [Mention(m.text, m.start, m.end, "ORG") for p in parts for m in p.mentions]
    mentions = tuple(sorted((*org.mentions, *extra), key=lambda m: m.start))
    aliases = tuple(sorted({*org.aliases, *(p.name for p in parts)}))
    return Entity(org.name, "ORG", aliases, len(mentions), mentions)
