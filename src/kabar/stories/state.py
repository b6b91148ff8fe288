"""The link state: everything linking keeps between runs, as one plain value.

``kabar.stories.link`` takes the state of the previous run and returns the next one; the
store persists it (``kabar.store.link_state`` owns its saved format).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any

import numpy as np

from kabar.models import Entity

if TYPE_CHECKING:
    from kabar.stories.name_counts import NameCounts

Watch = Callable[[Any, np.ndarray, np.ndarray | None], None]


@dataclass(frozen=True, eq=False)
class LinkState:
    """Per-article and per-story arrays and lists of every article linked so far.

    Rows are articles in arrival order, story numbers index the per-story tuples. The arrays
    are made read-only: a state is a value, and a run builds its own arrays from it. Two
    states are equal when every field is, arrays by dtype and content.
    """

    shingle_words: int  # words per shingle the duplicate fingerprints were built with
    ids: tuple[str, ...]  # article id per row
    minutes: np.ndarray  # (rows,) int64 publication minute (minute_number)
    days: np.ndarray  # (rows,) int32 event day (NO_DAY when unknown)
    story_of: np.ndarray  # (rows,) int64 story number
    signatures: np.ndarray  # (rows, NUM_PERM) uint32 MinHash signatures
    sizes: np.ndarray  # (rows,) int32 shingle counts
    exact: np.ndarray  # (rows,) uint64 exact-text keys
    root: np.ndarray  # (rows,) int64 row of each row's earliest copy
    story_ids: tuple[str, ...]
    story_titles: tuple[str, ...]
    untitled: tuple[int, ...]  # stories titled by the start of a body, sorted
    story_entities: tuple[tuple[Entity, ...], ...]
    story_index: dict[str, np.ndarray]  # the story index's arrays (StoryIndex.to_arrays)
    # stories of the store left out of this state: a store hands a run only the window of its
    # state the run's articles can reach (kabar.store.link_window), numbered in store order
    hidden_stories: int = 0
    # told the story index and the query terms of every candidate search of a run over a
    # window, before it (found None) and with the posting keys ranked (store numbers): the
    # store reads a posting list the window lacks, and notes the stories it lacked (not part
    # of the value)
    watch: Watch | None = field(default=None, compare=False)
    # dated stories naming each person or organisation (kabar.stories.name_counts): read with
    # a window of a store, or made by a run; None when nothing counted them (not part of the
    # value: the stories' entities and days are)
    names: NameCounts | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        for item in fields(self):
            value = getattr(self, item.name)
            arrays = value.values() if isinstance(value, dict) else [value]
            for array in arrays:
                if isinstance(array, np.ndarray):
                    array.flags.writeable = False

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, LinkState):
            return NotImplemented
        return all(
            _same(getattr(self, item.name), getattr(other, item.name))
            for item in fields(self)
            if item.compare
        )


def _same(a: object, b: object) -> bool:
    """Return whether two field values are equal (numpy arrays by dtype and content)."""
    if isinstance(a, np.ndarray) or isinstance(b, np.ndarray):
        return (
            isinstance(a, np.ndarray)
            and isinstance(b, np.ndarray)
            and a.dtype == b.dtype
            and np.array_equal(a, b)
        )
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    return a == b
