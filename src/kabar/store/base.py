"""The interface every store backend implements."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Protocol

from kabar.models import Article, Reject, Story, Storyline

# The key under which ``commit_link`` saves the corpus index state of duplicates and stories.
LINK_STATE_KEY = "link"

if TYPE_CHECKING:
    from kabar.config import Settings
    from kabar.store.link_tables import Window
    from kabar.store.outlets import Outlet
    from kabar.store.people import PersonEntry
    from kabar.store.queries import Person, SearchResult, StoryFilter
    from kabar.store.registry import Merge
    from kabar.stories.features import Features
    from kabar.stories.state import LinkState


class Store(Protocol):
    """Where articles, stories, rejects and the corpus index state live between runs."""

    def has_article(self, article_id: str) -> bool:
        """Return whether an article with this id is stored."""
        ...

    def article_source(self, article_id: str) -> str | None:
        """Return the source an article was read from, or None when it is not stored."""
        ...

    def put_articles(self, articles: Sequence[Article], *, linked: bool = False) -> None:
        """Insert or replace articles in one transaction."""
        ...

    def get_article(self, article_id: str) -> Article | None:
        """Return one article, or None."""
        ...

    def get_articles(self, article_ids: Sequence[str]) -> list[Article]:
        """Return the stored articles among these ids, in the order given."""
        ...

    def stories_of(self, article_ids: Sequence[str]) -> list[str | None]:
        """Return the story of each stored article among these ids, in the order given."""
        ...

    def iter_articles(self) -> Iterator[Article]:
        """Yield every stored article, earliest published first (undated last)."""
        ...

    def list_articles(
        self, *, story: str | None = None, limit: int | None = None, offset: int = 0
    ) -> list[Article]:
        """Return a page of articles (of one story, when given), in ``iter_articles`` order."""
        ...

    def count_articles(self, *, story: str | None = None) -> int:
        """Return how many articles are stored (in one story, when given)."""
        ...

    def count_stories(self) -> int:
        """Return how many stories are stored."""
        ...

    def unlinked_articles(self) -> list[Article]:
        """Return the articles not yet assigned to duplicates and stories, in arrival order."""
        ...

    def unlinked_chunks(self, size: int = 500) -> Iterator[list[Article]]:
        """Yield the articles not yet linked, ``size`` at a time, in arrival order."""
        ...

    def broken_links(self) -> int:
        """Return how many articles are marked linked but have neither a story nor an original."""
        ...

    def unlink_all(self) -> None:
        """Mark every article unlinked and drop the stories and link state, in one step."""
        ...

    def put_rejects(self, rejects: Sequence[Reject]) -> None:
        """Record inputs that could not be read (replacing earlier reasons for the same source)."""
        ...

    def forget_rejects(self, sources: Sequence[str]) -> None:
        """Drop rejects whose source has since been read successfully."""
        ...

    def rejects(self) -> list[Reject]:
        """Return every recorded reject."""
        ...

    def commit_link(
        self,
        articles: Iterable[Article],
        stories: Iterable[Story],
        state: LinkState,
        *,
        lines: Sequence[Storyline] = (),
        retired_lines: Sequence[str] = (),
        line_of: Sequence[tuple[str, str | None]] = (),
        window: Window | None = None,
    ) -> None:
        """Atomically save linked articles, changed stories and the new index state.

        ``articles`` and then ``stories`` are read once, a batch at a time, inside the
        transaction (they may be made as they are read). ``lines`` are the storylines created
        or changed, ``retired_lines`` those gone, ``line_of`` the storyline of each story of a
        changed storyline. ``window`` (from
        ``link_window``) says which part of the saved state the run was handed: only what
        changed is written; without it the state replaces the saved one.
        """
        ...

    def get_storyline(self, storyline_id: str) -> Storyline | None:
        """Return one storyline, or None."""
        ...

    def list_storylines(self, *, limit: int, offset: int = 0) -> tuple[int, list[Storyline]]:
        """Return how many storylines there are and one page of them, newest first."""
        ...

    def iter_storylines(self) -> Iterator[Storyline]:
        """Yield every storyline, newest first."""
        ...

    def storyline_coverage(self, storyline: Storyline) -> list[tuple[str, str, int]]:
        """Return (day, outlet, articles) of a storyline's dated articles."""
        ...

    def get_story(self, story_id: str) -> Story | None:
        """Return one story, or None."""
        ...

    def iter_stories(self) -> Iterator[Story]:
        """Yield every story, latest date first."""
        ...

    def get_state(self, key: str = LINK_STATE_KEY) -> LinkState | None:
        """Return the whole saved link state, or None."""
        ...

    def link_window(
        self,
        articles: Sequence[Article],
        features: Features,
        settings: Settings,
        wider: Window | None = None,
    ) -> tuple[LinkState | None, Window]:
        """Return the part of the saved link state these articles can reach, and its place
        (``wider``: the window a run looked beyond, to read again with what it missed)."""
        ...

    def list_stories(
        self, where: StoryFilter, *, limit: int, offset: int = 0
    ) -> tuple[int, list[Story]]:
        """Return how many stories match the filter and one page of them, latest first."""
        ...

    def search(
        self,
        query: str,
        *,
        outlet: str | None = None,
        person: str | None = None,
        limit: int = 20,
        offset: int = 0,
    ) -> SearchResult:
        """Full-text search of titles, bodies and quotes, best first, with facets.

        Raises ``SearchSyntaxError`` for a query that cannot be read.
        """
        ...

    def get_person(self, person_id: str) -> Person | None:
        """Return a person's names, roles, mentions per day and co-mentioned people."""
        ...

    def resolve_person(self, key: str) -> str | None:
        """Return the registry id a person id or a name's slug stands for now, or None."""
        ...

    def list_people(
        self, query: str | None = None, *, limit: int = 50, offset: int = 0
    ) -> list[PersonEntry]:
        """Return people most mentioned first (matching a name or a word of one, when given)."""
        ...

    def person_merges(self, person_id: str | None = None, *, limit: int = 50) -> list[Merge]:
        """Return the registry's merges into a person (all merges when None), latest first."""
        ...

    def unmerge(self, merge_id: int) -> list[str]:
        """Undo a registry merge; return the ids of the articles whose people changed.

        Raises ``UnknownMergeError`` for a merge that is not there or was undone.
        """
        ...

    def rebuild_people(self) -> int:
        """Resolve every stored article's people afresh; return how many articles were read."""
        ...

    def person_statement_articles(self, person_id: str, *, limit: int) -> list[Article]:
        """Return the articles quoting a person, newest first."""
        ...

    def copies_of(self, article_id: str) -> list[tuple[str, str | None]]:
        """Return (id, outlet) of the stored duplicates of an article."""
        ...

    def list_outlets(self) -> list[tuple[str, int]]:
        """Return every outlet with its number of articles, largest first."""
        ...

    def get_outlet(self, outlet_id: str, *, limit: int, offset: int = 0) -> Outlet | None:
        """Return an outlet's coverage, credited sources, exclusives and misses."""
        ...

    def close(self) -> None:
        """Release the backend's resources."""
        ...

    def __enter__(self) -> Store:
        """Use the store in a ``with`` block that closes it."""
        ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
        /,
    ) -> None:
        """Close the store."""
        ...
