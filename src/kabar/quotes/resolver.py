"""Map a speaker's surface name to a canonical name through the article's entities."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from types import MappingProxyType

from kabar import lexicon
from kabar.models import Entity, Mention
from kabar.quotes.lexicon import role_words, titles

# Entity types a speaker may be mapped to: persons, or persons and organisations.
PERSON_TYPE = frozenset({"PERSON"})
ANY_TYPE = frozenset({"PERSON", "ORG", "LOC", "MISC", "GPE", "NORP", "EVENT"})
# Role words that also open Sasak names ("Satlantas ... Lalu Lintas" vs "Lalu Ahmad").
_SASAK_OPENERS = frozenset({"Lalu"})


def _form_of_address(word: str) -> bool:
    """Tell whether a word is a title or honorific written before a name ("Mang", "Kiai"),
    the entity stage's forms of address included ("Oma", "Ompung")."""
    return (
        word in titles()
        or word.lower() in lexicon.for_use("honorifics.tsv", "quotes")
        or word.lower() in lexicon.lowered("personal_titles.txt")
    )


def without_role(name: str) -> str:
    """Drop ranks and offices an entity's name still starts with ("Pol Darmawan Saputro")."""
    words = name.split()
    while len(words) > 2 and (words[0] in titles() or words[0] in role_words()):
        if words[0] in _SASAK_OPENERS and words[1] != "Lintas":
            break  # "Lalu Ahmad ..." is a Sasak name; "Lalu Lintas" is traffic
        words = words[1:]
    return " ".join(words)


def _written_with_title(entity: Entity, surface: str) -> bool:
    """Tell whether the entity stage read ``surface`` as the entity's name with words in front
    that it cut as a title: an alias ends with the surface, the surface ends with the name
    ("Ayu Sekar Kusumaningrum" of "Raden Ayu Sekar Kusumaningrum", named Sekar Kusumaningrum)."""
    words, name = surface.lower().split(), entity.name.lower().split()
    if len(words) <= len(name) or words[-len(name) :] != name:
        return False
    return any(
        alias.lower().split()[-len(words) :] == words
        for alias in (*entity.aliases, *(m.text for m in entity.mentions))
    )


def _known_as(entity: Entity, surface: str) -> bool:
    """Tell whether the entity stage joined a mention written as ``surface`` to the fuller
    name of ``entity`` (a short form left on its own is no such decision)."""
    low = surface.lower()
    return len(entity.name.split()) > len(surface.split()) and any(
        m.text.lower() == low for m in entity.mentions
    )


@dataclass(frozen=True)
class NameResolver:
    """Map a speaker's surface name to a canonical name, through the article's entities."""

    body: str
    entities: tuple[Entity, ...]
    full_names: tuple[str, ...]  # multi-word person names of the body, shortest first
    by_alias: Mapping[str, tuple[Entity, ...]]  # lower-cased name, alias or mention -> entities

    @classmethod
    def build(
        cls, body: str, entities: tuple[Entity, ...], full_names: tuple[str, ...]
    ) -> NameResolver:
        """Index the entities' names, aliases and mentions, and the body's full names."""
        by_alias: dict[str, list[Entity]] = {}
        for entity in entities:
            for alias in {entity.name, *entity.aliases, *(m.text for m in entity.mentions)}:
                by_alias.setdefault(alias.lower(), []).append(entity)
        frozen = {alias: tuple(found) for alias, found in by_alias.items()}
        return cls(body, entities, full_names, MappingProxyType(frozen))

    def alias(self, text: str, types: frozenset[str]) -> Entity | None:
        """Return the first entity of one of ``types`` known under ``text``."""
        return next((e for e in self.by_alias.get(text.lower(), ()) if e.type in types), None)

    def entity_at(
        self, start: int, end: int, body: str | None = None, types: frozenset[str] = ANY_TYPE
    ) -> Entity | None:
        """Return the entity with a mention overlapping ``start:end`` (PERSON first, latest).

        With ``body`` the mention must also share a word with ``body[start:end]``, so that a
        sloppy mention ("Muna Rusman Emba") does not capture a neighbouring name.
        """
        words = set(body[start:end].lower().split()) if body is not None else None
        starts, placed, longest = self._mentions
        # Only mentions starting less than the longest mention's length before ``start`` can
        # reach it: a bisection, not a scan of every mention of the body for every speaker.
        low, high = bisect_left(starts, start - longest), bisect_left(starts, end)
        best: tuple[int, int, int, Entity] | None = None
        for mention, order, entity in placed[low:high]:
            if entity.type not in types or not (mention.start < end and start < mention.end):
                continue
            if words is not None and not words & set(mention.text.lower().split()):
                continue
            # The latest-ending mention wins, a person's first; on a tie the first in the
            # entities' order.
            key = (int(entity.type == "PERSON"), mention.end, -order, entity)
            if best is None or key[:3] > best[:3]:
                best = key
        return best[3] if best else None

    @cached_property
    def _mentions(self) -> tuple[list[int], list[tuple[Mention, int, Entity]], int]:
        """Every mention sorted by start (with its order and entity), and the longest's length."""
        placed = sorted(
            (
                (mention, order, entity)
                for order, (entity, mention) in enumerate(
                    (e, m) for e in self.entities for m in e.mentions
                )
            ),
            key=lambda item: item[0].start,
        )
        longest = max((m.end - m.start for m, _, _ in placed), default=0)
        return [m.start for m, _, _ in placed], placed, longest

    def expand(self, surface: str) -> str:
        """Return the full name in the body that contains the surface name's words.

        A name that starts with them wins ("Wisnu" -> "Wisnu Yuas" before "Jepara Wisnu"),
        then the shortest, then the first written.
        """
        words = surface.split()
        best: tuple[int, int, int, str] | None = None
        for order, name in enumerate(self.full_names):
            parts = name.split()
            for k in range(len(parts) - len(words) + 1):
                if parts[k : k + len(words)] == words:
                    key = (k != 0, len(parts), order, name)
                    if best is None or key < best:
                        best = key
                    break
        return best[3] if best else surface

    def resolve(
        self, surface: str, start: int, end: int, types: frozenset[str] = PERSON_TYPE
    ) -> tuple[str, str | None]:
        """Return (canonical name, entity type or None) for a surface name found at start:end.

        Only entities of ``types`` are considered: a name the stage reads as a person is not
        handed to a place the entity stage found around it ("Balikpapan Abdulloh", LOC).
        """
        # The entity stage's own decision for this very mention comes first: with two people
        # called Dadang, it knows which one a bare "Dadang" at this offset is.
        at = self.entity_at(start, end, self.body, types) if start >= 0 else None
        if (
            at is not None
            and at.type == "PERSON"
            and (
                set(surface.split()) < set(at.name.split())
                or _known_as(at, surface)
                or _written_with_title(at, surface)
            )
        ):  # "Dadang" of Dadang Suryadi, "Ahmad Zulkarnain" of "Lalu Ahmad Zulkarnain", "Cak
            # Nur" of Nurhadi Santoso (not of Nur Aisyah, whose full name holds the word)
            return without_role(at.name), at.type
        entity = self.alias(surface, types)
        expanded = self.expand(surface)
        # Two people may share a first name: keep the body's own full name when the entity
        # found by alias does not contain it.
        if (
            entity is not None
            and expanded != surface
            and not set(expanded.lower().split()) <= set(entity.name.lower().split())
        ):
            entity = self.alias(expanded, types)
            if entity is None:
                return expanded, None
        if entity is None:
            entity = self.entity_at(start, end, self.body, types)
        if entity is None:
            entity = self.alias(expanded, types)
        if entity is None and "PERSON" in types:
            entity = self._by_surname(surface) or self._holding(expanded)
        if entity is not None:
            extra = [
                w
                for w in expanded.split()
                if w not in entity.name.split() and not _form_of_address(w)
            ]
            if (
                extra
                and set(entity.name.split()) < set(expanded.split())
                and not self._names_other(extra)
            ):
                return expanded, entity.type  # the entity stage cut the name short
            if entity.type == "PERSON":
                return without_role(entity.name), entity.type
            return entity.name, entity.type
        return expanded, None

    def _names_other(self, words: list[str]) -> bool:
        """Tell whether words belong to an organisation or place the article names."""
        return any(
            e.type != "PERSON" and w.lower() in name.lower().split()
            for w in words
            for e in self.entities
            for name in (e.name, *e.aliases)
        )

    def _holding(self, name: str) -> Entity | None:
        """Return the one PERSON entity whose name holds the words of ``name`` in a row
        ("Mu'iz Hasyim" of "Abdul Mu'iz Hasyim", a name the tagger cut at a title)."""
        words = name.split()
        found = [
            e
            for e in self.entities
            if e.type == "PERSON"
            and any(
                parts[k : k + len(words)] == words
                for parts in (e.name.split(),)
                for k in range(len(parts) - len(words) + 1)
            )
        ]
        return found[0] if len(found) == 1 else None

    def _by_surname(self, surface: str) -> Entity | None:
        """Return the one PERSON entity whose name ends or starts with the surface's last word."""
        last = surface.split()[-1].lower()
        found = [
            e
            for e in self.entities
            if e.type == "PERSON"
            and any(
                last in (parts[-1], parts[0])
                for parts in (n.lower().split() for n in (e.name, *e.aliases))
            )
        ]
        return found[0] if len(found) == 1 else None


def organisation_names(entities: tuple[Entity, ...]) -> dict[str, bool]:
    """Return each lower-cased name or alias of the entities -> whether all that have it are
    organisations (the entity stage knows a run's words only as an organisation's name)."""
    only: dict[str, bool] = {}
    for entity in entities:
        for alias in {a.lower() for a in (entity.name, *entity.aliases)}:
            only[alias] = only.get(alias, True) and entity.type == "ORG"
    return only
