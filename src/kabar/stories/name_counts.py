"""How many dated stories name each person or organisation, kept with the link state.

A name that at most SPECIFIC_SHARE of the dated stories name is specific
(``kabar.stories.storylines.NameShare``): two stories sharing it may continue one another.
A whole state is counted story by story. A window of a stored state
(``kabar.store.link_window``) comes with the stored counts of the names its run can meet and
the stored number of dated stories; the run adds what it changed, the stories it read whole
as it left them against as it read them, and the stories it opened. So a run counts what it
touches, not every story of the store, and decides as it would over the whole state; the
store saves the changes (``delta``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field

from kabar.models import Entity
from kabar.stories.clustering import StoryIndex
from kabar.stories.dates import NO_DAY
from kabar.stories.storylines import NameShare, linking_names


@dataclass(frozen=True)
class NameCounts(NameShare):
    """Dated stories naming each name, and how many dated stories there are.

    Read from a store: ``counts`` holds the names a run can meet, ``stories`` is how many
    stories the window numbers first and ``whole`` which of them it read whole (the others
    are numbers only, which a run does not change). Made by a run: ``delta`` is what it
    changed of the stored counts (None: ``counts`` is every name's count, a whole count).
    """

    counts: Mapping[str, int]
    dated: int
    stories: int = 0
    whole: frozenset[int] = frozenset()
    window: bool = False  # read from a store with a window (not made by a run)
    delta: Mapping[str, int] | None = field(default=None, compare=False)


def story_names(
    index: StoryIndex, entities: list[tuple[Entity, ...]], story: int
) -> frozenset[str] | None:
    """Return the names a story counts for, or None when it is not a dated story."""
    if story >= len(entities) or index.sizes[story] == 0 or index.story_days[story] == NO_DAY:
        return None
    return linking_names(entities[story])


def read_names(
    index: StoryIndex, entities: list[tuple[Entity, ...]], stored: NameCounts
) -> dict[int, frozenset[str] | None]:
    """Return the names each story a window read whole counted for when it was read."""
    return {s: story_names(index, entities, s) for s in sorted(stored.whole)}


def count_names(
    index: StoryIndex,
    entities: list[tuple[Entity, ...]],
    stored: NameCounts | None = None,
    read: Mapping[int, frozenset[str] | None] | None = None,
) -> NameCounts:
    """Return the counts of the index as it is now: counted whole without ``stored``, else
    the stored ones changed by the stories read whole (``read``: as read) and the new ones."""
    if stored is None or read is None or not stored.window:
        naming: Counter[str] = Counter()
        dated = 0
        for story in range(min(len(index), len(entities))):
            names = story_names(index, entities, story)
            if names is not None:
                dated += 1
                naming.update(names)
        return NameCounts(dict(naming), dated)
    counts = dict(stored.counts)
    delta: Counter[str] = Counter()
    dated = stored.dated
    for story in [*read, *range(stored.stories, len(index))]:
        before, after = read.get(story), story_names(index, entities, story)
        if before == after:
            continue
        dated += (after is not None) - (before is not None)
        for name in (before or frozenset()) - (after or frozenset()):
            delta[name] -= 1
        for name in (after or frozenset()) - (before or frozenset()):
            delta[name] += 1
    for name, change in delta.items():
        counts[name] = counts.get(name, 0) + change
    return NameCounts(counts, dated, delta={n: c for n, c in delta.items() if c})
