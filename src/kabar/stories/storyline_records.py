"""Storyline records: what a storyline shows (title, span, its stories in order, its people)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

import numpy as np

from kabar.models import Entity, Storyline
from kabar.stories.clustering import StoryIndex
from kabar.stories.dates import NO_DAY
from kabar.stories.storylines import storyline_id

# People listed per storyline.
PEOPLE = 8


def storyline_records(
    index: StoryIndex,
    story_ids: list[str],
    story_titles: list[str],
    entities: list[tuple[Entity, ...]],
    storyline_of: np.ndarray,
    numbers: Iterable[int],
) -> tuple[dict[int, Storyline], dict[int, str | None]]:
    """Return the Storyline of each given number that holds two stories or more.

    Also returns the storyline id (None for a story alone) of every member of the given
    storylines, by story number.
    """
    records: dict[int, Storyline] = {}
    membership: dict[int, str | None] = {}
    for number in sorted(set(numbers)):
        members = np.flatnonzero((storyline_of == number) & (index.sizes[: len(storyline_of)] > 0))
        ordered = sorted(members.tolist(), key=lambda s: (int(index.story_days[s]), s))
        if len(ordered) < 2:
            membership.update((s, None) for s in ordered)
            continue
        ident = storyline_id(story_ids[number])
        membership.update((s, ident) for s in ordered)
        days = [int(index.story_days[s]) for s in ordered if index.story_days[s] != NO_DAY]
        biggest = max(ordered, key=lambda s: (int(index.sizes[s]), -s))
        people: Counter[str] = Counter()
        for s in ordered:
            people.update({e.name: e.count for e in entities[s] if e.type == "PERSON"})
        records[number] = Storyline(
            id=ident,
            title=story_titles[biggest],
            start=_iso(min(days)) if days else None,
            end=_iso(max(days)) if days else None,
            stories=tuple(story_ids[s] for s in ordered),
            people=tuple(name for name, _ in people.most_common(PEOPLE)),
            articles=int(sum(int(index.sizes[s]) for s in ordered)),
        )
    return records, membership


def _iso(day: int) -> str:
    """Return the ISO date of a day number."""
    return str(np.datetime64(day, "D"))
