"""What a run reports: its figures (``RunStats``) and what it stored (``AnalysisResult``).

A result either holds its articles and stories (a run on a store that closes with it, a
request to the REST API) or only their ids, reading them from the store when asked: a run of a
million articles then keeps a million ids, not a million articles.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from kabar.models import Article, Note, Reject, Story
from kabar.store import Store

# Articles read from the store at a time when a result is iterated.
_CHUNK = 500


@dataclass
class RunStats:
    """What a run did, for the one-line summary and the benchmarks."""

    read: int = 0
    new: int = 0
    known: int = 0
    rejected: int = 0
    seconds: float = 0.0
    stage_seconds: dict[str, float] = field(default_factory=dict)

    @property
    def articles_per_second(self) -> float:
        """Return the rate of articles read per wall-clock second."""
        return self.read / self.seconds if self.seconds > 0 else 0.0

    def summary(self) -> str:
        """Return the one-line summary printed at the end of a run."""
        return (
            f"{self.read} articles read ({self.new} new, {self.known} already stored), "
            f"{self.rejected} rejected, {self.seconds:.1f} s, "
            f"{self.articles_per_second:.1f} articles/s"
        )


@dataclass(frozen=True)
class AnalysisResult:
    """The outcome of ``analyze``: what the store now holds for this run's inputs.

    ``article_ids`` are the run's inputs (known ones included) in input order, ``story_ids``
    the stories they belong to in order of first appearance. ``articles`` and ``stories``
    are the held records, or read from ``store`` (which must still be open) when not held.
    """

    article_ids: tuple[str, ...]
    story_ids: tuple[str, ...]
    rejected: tuple[Reject, ...]
    stats: RunStats
    # What a reader should know about inputs that were kept: "no publication date could be read".
    notes: tuple[Note, ...] = ()
    store: Store | None = field(default=None, repr=False, compare=False)
    held: tuple[tuple[Article, ...], tuple[Story, ...]] | None = field(default=None, repr=False)

    @property
    def articles(self) -> tuple[Article, ...]:
        """Return the run's stored articles, in input order."""
        return self.held[0] if self.held is not None else tuple(self.iter_articles())

    @property
    def stories(self) -> tuple[Story, ...]:
        """Return the stories of the run's articles."""
        return self.held[1] if self.held is not None else tuple(self.iter_stories())

    def iter_articles(self) -> Iterator[Article]:
        """Yield the run's stored articles in input order, reading a chunk at a time."""
        if self.held is not None:
            yield from self.held[0]
            return
        yield from read_articles(self._store(), self.article_ids)

    def iter_stories(self) -> Iterator[Story]:
        """Yield the stories of the run's articles, one read at a time."""
        if self.held is not None:
            yield from self.held[1]
            return
        store = self._store()
        for identifier in self.story_ids:
            story = store.get_story(identifier)
            if story is not None:
                yield story

    def holding(self) -> AnalysisResult:
        """Return this result with its articles and stories read into it."""
        if self.held is not None:
            return self
        held = (self.articles, self.stories)
        return AnalysisResult(
            self.article_ids, self.story_ids, self.rejected, self.stats, self.notes, None, held
        )

    def _store(self) -> Store:
        if self.store is None:
            raise ValueError("this result holds no articles and has no store to read them from")
        return self.store


def read_articles(store: Store, ids: Sequence[str]) -> Iterator[Article]:
    """Yield the stored articles among ``ids`` in their order, reading a chunk at a time."""
    for start in range(0, len(ids), _CHUNK):
        yield from store.get_articles(ids[start : start + _CHUNK])
