"""The working corpus of one linking run: the link state opened into growable indexes.

``Corpus.from_state`` rebuilds the duplicate and story indexes from a ``LinkState``; the run
adds its articles to them; ``to_state`` returns the next state. A corpus lives for one call of
``kabar.stories.link`` and is never shared.
"""

from __future__ import annotations

import numpy as np

from kabar.config import DEFAULT_SETTINGS, Settings
from kabar.errors import ConfigError
from kabar.models import Entity
from kabar.stories.clustering import StoryIndex, Vector
from kabar.stories.dates import NO_DAY, UNDATED_MINUTE
from kabar.stories.duplicates import DedupIndex
from kabar.stories.name_counts import NameCounts, read_names
from kabar.stories.state import LinkState, Watch

# The storyline map's name among the story index's saved arrays.
STORYLINE_KEY = "storyline_of"


class Corpus:
    """Per-article arrays, per-story lists and the duplicate and story indexes."""

    def __init__(
        self, background: str | None = "id", *, settings: Settings = DEFAULT_SETTINGS
    ) -> None:
        self.settings = settings
        self.ids: list[str] = []
        self.minutes = np.zeros(0, dtype=np.int64)
        self.days = np.zeros(0, dtype=np.int32)
        self.story_of = np.zeros(0, dtype=np.int64)
        self.story_ids: list[str] = []
        self.story_titles: list[str] = []
        # stories whose title is the start of a body: any member's real headline replaces it
        self.untitled: set[int] = set()
        self.story_entities: list[tuple[Entity, ...]] = []
        self.dedup = DedupIndex(settings=settings.dedup)
        self.stories = StoryIndex(background, settings=settings.stories)
        # story number -> its storyline's first story (kabar.stories.storylines); None for a
        # state saved before storylines existed, until the run links every story once
        self.storyline_of: np.ndarray | None = np.zeros(0, dtype=np.int64)
        # the name counts a window came with, and what its whole stories counted for when read
        self.names: NameCounts | None = None
        self.names_read: dict[int, frozenset[str] | None] | None = None

    def order_key(self, row: int) -> tuple[int, int]:
        """Return (minutes, row) of a row: which copy is earliest, ties broken by arrival.

        Arrival order, not id order: of two copies published in the same minute (or undated),
        the one read first is the original, as a reader of the stream saw them.
        """
        return int(self.minutes[row]), row

    def dated(self, row: int) -> bool:
        """Return whether a row's article has a publication time (not only a hint of one)."""
        return bool(self.minutes[row] != UNDATED_MINUTE)

    def to_state(self) -> LinkState:
        """Return the corpus as the state handed to the next run."""
        return LinkState(
            shingle_words=self.settings.dedup.shingle_words,
            ids=tuple(self.ids),
            minutes=self.minutes,
            days=self.days,
            story_of=self.story_of,
            signatures=self.dedup.signatures,
            sizes=self.dedup.sizes,
            exact=self.dedup.exact,
            root=self.dedup.root,
            story_ids=tuple(self.story_ids),
            story_titles=tuple(self.story_titles),
            untitled=tuple(sorted(self.untitled)),
            story_entities=tuple(self.story_entities),
            story_index=self._index_arrays(),
            hidden_stories=self.stories.hidden,
            names=self.names,
        )

    def _index_arrays(self) -> dict[str, np.ndarray]:
        """Return the story index's arrays with the storyline map beside them."""
        arrays = self.stories.to_arrays()
        if self.storyline_of is not None:
            arrays[STORYLINE_KEY] = self.storyline_of
        return arrays

    @classmethod
    def from_state(cls, state: LinkState, *, settings: Settings = DEFAULT_SETTINGS) -> Corpus:
        """Rebuild the corpus of a saved state.

        A state built with other shingles than ``settings`` asks for raises ConfigError: the
        stored fingerprints could not be compared with the new ones.
        """
        if state.shingle_words != settings.dedup.shingle_words:
            raise ConfigError(
                f"dedup.shingle_words: the store's duplicate index was built with "
                f"{state.shingle_words}, not {settings.dedup.shingle_words}; use a new store "
                f"for other shingles"
            )
        corpus = cls(settings=settings)
        corpus.ids = list(state.ids)
        corpus.story_ids = list(state.story_ids)
        corpus.story_titles = list(state.story_titles)
        corpus.untitled = set(state.untitled)
        corpus.story_entities = list(state.story_entities)
        corpus.minutes = state.minutes
        corpus.days = state.days
        corpus.story_of = state.story_of
        corpus.dedup = DedupIndex.from_arrays(
            state.signatures, state.sizes, state.exact, state.root, settings=settings.dedup
        )
        member_days: list[list[int]] = [[] for _ in corpus.story_ids]
        hints: list[list[int]] = [[] for _ in corpus.story_ids]
        known = np.flatnonzero(corpus.days != NO_DAY)
        order = known[np.lexsort((corpus.days[known], corpus.story_of[known]))]
        for row in order.tolist():
            # an undated article's day is a hint from its text (see StoryIndex.add_member)
            lists = hints if corpus.minutes[row] == UNDATED_MINUTE else member_days
            lists[int(corpus.story_of[row])].append(int(corpus.days[row]))
        corpus.stories = StoryIndex.from_arrays(
            state.story_index, member_days, hints=hints, settings=settings.stories
        )
        corpus.stories.hidden = state.hidden_stories
        if state.watch is not None:
            _watched(corpus.stories, state.watch)
        saved = state.story_index.get(STORYLINE_KEY)
        corpus.storyline_of = None if saved is None else np.array(saved, dtype=np.int64)
        if state.names is not None and state.names.window:
            corpus.names = state.names
            corpus.names_read = read_names(corpus.stories, corpus.story_entities, state.names)
        return corpus


def _watched(index: StoryIndex, watch: Watch) -> None:
    """Tell ``watch`` the query of every candidate search of the index, then the posting keys
    it ranked (``StoryIndex.ranked``)."""
    search = index.ranked

    def ranked(vector: Vector) -> np.ndarray:
        watch(index, vector[0], None)
        found = search(vector)
        watch(index, vector[0], found)
        return found

    setattr(index, "ranked", ranked)  # noqa: B010 (an instance's own search)
