"""SQLite store: WAL mode, schema versioned with ``PRAGMA user_version`` migrations."""

# Size: the one implementation of the Store protocol; each method is a short query or a call
# into the module that owns its tables

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from itertools import islice
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, TypeVar

from kabar.errors import StoreError
from kabar.models import Article, Reject, Story, Storyline
from kabar.store import index, outlets, people, queries, registry, registry_schema, storylines
from kabar.store.base import LINK_STATE_KEY
from kabar.store.failures import guarded
from kabar.store.registry import Merge
from kabar.store.rows import article_from_row, article_to_row, story_from_row, story_to_row
from kabar.store.schema import migrate
from kabar.store.transaction import Transaction as _Transaction

if TYPE_CHECKING:
    from kabar.config import Settings
    from kabar.store.link_tables import Window
    from kabar.stories.features import Features
    from kabar.stories.state import LinkState

_LINK_STATE_KEY = LINK_STATE_KEY
# Stored articles, earliest published first, undated last.
_ARTICLE_ORDER = "published IS NULL, published, id"
_Item = TypeVar("_Item")
# Linked articles and stories written at a time: a run's are handed over as they are made.
_WRITE_BATCH = 256
# The link state's tables (kabar.store.link_tables, named here so that --help loads no numpy).
_LINK_TABLES = (
    "link_meta link_rows link_buckets link_stories link_postings link_df link_names".split()
)
# Ids looked up per statement (below SQLite's smallest limit on bound parameters).
_IDS_PER_QUERY = 500


@guarded
class SQLiteStore:
    """The default store, one SQLite file (or ``:memory:``)."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        try:
            # One store is used by one thread at a time, though not always the one that opened
            # it (a web request opens it in one worker thread and may close it in another).
            self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self._db.execute("PRAGMA busy_timeout = 10000")
            if self.path != ":memory:":
                self._db.execute("PRAGMA journal_mode = WAL")
                self._db.execute("PRAGMA synchronous = NORMAL")
            before = self._migrate()
            self._check_tables()
            if index.missing(self._db):
                with self._transaction():
                    index.ensure(self._db)
            if storylines.missing(self._db):
                with self._transaction():
                    storylines.ensure(self._db)
            if 0 < before < 2:  # a store from before the person registry (schema 2)
                self._fill_registry()
        except sqlite3.DatabaseError as error:
            raise StoreError(f"{self.path}: cannot open store: {error}") from error

    def _migrate(self) -> int:
        """Bring the schema up to date; return the version the store had."""
        return migrate(self._db, self.path)

    def rebuild_people(self) -> int:
        """Resolve every article's people afresh (undone merges stay undone)."""
        with self._transaction():
            for table in registry_schema.REBUILT:
                self._db.execute(f"DELETE FROM {table}")
        self._fill_registry()
        return self.count_articles()

    def _fill_registry(self) -> None:
        """Resolve the people of the stored articles, earliest first."""
        ids = [r[0] for r in self._db.execute(f"SELECT id FROM articles ORDER BY {_ARTICLE_ORDER}")]
        for start in range(0, len(ids), _IDS_PER_QUERY):
            with self._transaction():
                people.rewrite(self._db, self.get_articles(ids[start : start + _IDS_PER_QUERY]))
                people.rewrite_absorbed(self._db, set())

    def _check_tables(self) -> None:
        """Refuse a store that lost one of its tables (dropped by hand, or a damaged file)."""
        rows = self._db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        present = {name for (name,) in rows}
        for table in ("articles", "stories", "rejects", "state"):
            if table not in present:
                raise StoreError(f"{self.path}: the store is damaged: table {table!r} is missing")

    def _transaction(self) -> _Transaction:
        return _Transaction(self._db)

    def has_article(self, article_id: str) -> bool:
        """Return whether an article with this id is stored."""
        row = self._db.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row is not None

    def article_source(self, article_id: str) -> str | None:
        """Return the source an article was read from, or None when it is not stored."""
        row = self._db.execute("SELECT source FROM articles WHERE id = ?", (article_id,)).fetchone()
        return str(row[0]) if row else None

    def put_articles(self, articles: Sequence[Article], *, linked: bool = False) -> None:
        """Insert or replace articles in one transaction."""
        with self._transaction():
            _drop_emptied(self._db, self._write_articles(articles, linked=linked))

    def _write_articles(self, articles: Sequence[Article], *, linked: bool) -> set[str]:
        """Write the articles; return the stories they belonged to before (one may be left
        empty)."""
        former = _stories_of(self._db, [a.id for a in articles])
        articles = registry.assign(self._db, articles)
        self._db.executemany(
            "INSERT OR REPLACE INTO articles"
            " (id, source, published, outlet, title, story, duplicate_of, linked, data)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    a.id,
                    a.source,
                    a.published,
                    a.outlet,
                    a.title,
                    a.story,
                    a.duplicate_of,
                    int(linked),
                    article_to_row(a),
                )
                for a in articles
            ],
        )
        index.refresh(self._db, articles)
        people.rewrite_absorbed(self._db, {a.id for a in articles})
        return former

    def get_article(self, article_id: str) -> Article | None:
        """Return one article, or None."""
        row = self._db.execute("SELECT data FROM articles WHERE id = ?", (article_id,)).fetchone()
        return article_from_row(row[0]) if row else None

    def get_articles(self, article_ids: Sequence[str]) -> list[Article]:
        """Return the stored articles among these ids, in the order given."""
        found: dict[str, Article] = {}
        wanted = list(dict.fromkeys(article_ids))
        # SQLite allows a limited number of parameters per statement.
        for start in range(0, len(wanted), _IDS_PER_QUERY):
            chunk = wanted[start : start + _IDS_PER_QUERY]
            marks = ", ".join("?" * len(chunk))
            query = f"SELECT id, data FROM articles WHERE id IN ({marks})"
            found.update((i, article_from_row(data)) for i, data in self._db.execute(query, chunk))
        return [found[i] for i in article_ids if i in found]

    def stories_of(self, article_ids: Sequence[str]) -> list[str | None]:
        """Return the story of each stored article among these ids, in the order given.

        Only the story column is read: a run's millions of ids cost no article decoding.
        """
        found: dict[str, str | None] = {}
        for start in range(0, len(article_ids), _IDS_PER_QUERY):
            chunk = list(dict.fromkeys(article_ids[start : start + _IDS_PER_QUERY]))
            marks = ", ".join("?" * len(chunk))
            query = f"SELECT id, story FROM articles WHERE id IN ({marks})"
            found.update(self._db.execute(query, chunk))
        return [found[i] for i in article_ids if i in found]

    def iter_articles(self) -> Iterator[Article]:
        """Yield every stored article, earliest published first (undated last)."""
        cursor = self._db.execute(f"SELECT data FROM articles ORDER BY {_ARTICLE_ORDER}")
        for (data,) in cursor:
            yield article_from_row(data)

    def list_articles(
        self, *, story: str | None = None, limit: int | None = None, offset: int = 0
    ) -> list[Article]:
        """Return a page of articles (of one story, when given), in ``iter_articles`` order."""
        limit = -1 if limit is None else limit
        offset = max(offset, 0)
        if story is not None:
            query = f"SELECT data FROM articles WHERE story = ? ORDER BY {_ARTICLE_ORDER}"
            rows = self._db.execute(query + " LIMIT ? OFFSET ?", (story, limit, offset)).fetchall()
            return [article_from_row(data) for (data,) in rows]
        # The whole store's order in two walks of the published index (dated, then undated), so
        # that a page reads its own rows rather than sorting every article of the store.
        # The offset is walked over ids alone: skipped rows are never read whole.
        rows = self._db.execute(
            "SELECT data FROM articles WHERE id IN (SELECT id FROM articles"
            " WHERE published IS NOT NULL ORDER BY published, id LIMIT ? OFFSET ?)"
            " ORDER BY published, id",
            (limit, offset),
        ).fetchall()
        if limit < 0 or len(rows) < limit:
            dated = self._db.execute(
                "SELECT COUNT(*) FROM articles WHERE published IS NOT NULL"
            ).fetchone()[0]
            rows += self._db.execute(
                "SELECT data FROM articles WHERE id IN (SELECT id FROM articles"
                " WHERE published IS NULL ORDER BY id LIMIT ? OFFSET ?) ORDER BY id",
                (limit - len(rows) if limit >= 0 else -1, max(offset - dated, 0)),
            ).fetchall()
        return [article_from_row(data) for (data,) in rows]

    def count_articles(self, *, story: str | None = None) -> int:
        """Return how many articles are stored (in one story, when given)."""
        if story is None:
            return int(self._db.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
        row = self._db.execute("SELECT COUNT(*) FROM articles WHERE story = ?", (story,))
        return int(row.fetchone()[0])

    def count_stories(self) -> int:
        """Return how many stories are stored."""
        return int(self._db.execute("SELECT COUNT(*) FROM stories").fetchone()[0])

    def unlinked_articles(self) -> list[Article]:
        """Return the articles not yet assigned to duplicates and stories, in arrival order."""
        return [a for chunk in self.unlinked_chunks() for a in chunk]

    def unlinked_chunks(self, size: int = 500) -> Iterator[list[Article]]:
        """Yield the articles not yet linked, ``size`` at a time, in arrival order."""
        after = -1
        while rows := self._db.execute(
            "SELECT rowid, data FROM articles WHERE linked = 0 AND rowid > ? ORDER BY rowid"
            " LIMIT ?",
            (after, size),
        ).fetchall():
            after = rows[-1][0]
            yield [article_from_row(data) for _, data in rows]

    def broken_links(self) -> int:
        """Return how many articles are marked linked but have neither a story nor an original."""
        row = self._db.execute(
            "SELECT COUNT(*) FROM articles"
            " WHERE linked = 1 AND story IS NULL AND duplicate_of IS NULL"
        ).fetchone()
        return int(row[0])

    def unlink_all(self) -> None:
        """Mark every article unlinked and drop the stories and link state, in one step."""
        with self._transaction():
            self._db.execute("UPDATE articles SET linked = 0, story = NULL, duplicate_of = NULL")
            self._db.execute("DELETE FROM stories")
            storylines.clear(self._db)
            self._db.execute("DELETE FROM state WHERE key = ?", (_LINK_STATE_KEY,))
            for table in _LINK_TABLES:
                self._db.execute(f"DELETE FROM {table}")

    def put_rejects(self, rejects: Sequence[Reject]) -> None:
        """Record inputs that could not be read."""
        with self._transaction():
            self._db.executemany(
                "INSERT OR REPLACE INTO rejects (source, reason) VALUES (?, ?)",
                [(r.source, r.reason) for r in rejects],
            )

    def forget_rejects(self, sources: Sequence[str]) -> None:
        """Drop rejects whose source has since been read successfully."""
        with self._transaction():
            self._db.executemany("DELETE FROM rejects WHERE source = ?", [(s,) for s in sources])

    def rejects(self) -> list[Reject]:
        """Return every recorded reject."""
        rows = self._db.execute("SELECT source, reason FROM rejects ORDER BY source").fetchall()
        return [Reject(source, reason) for source, reason in rows]

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

        See ``base.Store.commit_link``; without a ``window`` the state replaces the saved one.
        """
        from kabar.store import link_tables  # numpy: loaded by the runs that link, not by --help

        with self._transaction():
            if window is None:
                link_tables.clear(self._db)
                self._db.execute("DELETE FROM state WHERE key = ?", (_LINK_STATE_KEY,))
            link_tables.write(self._db, state, window or link_tables.empty_window())
            # Stories emptied by a re-assignment would otherwise linger: those the written
            # articles left and those written, looked up by story (never the whole table).
            emptied: set[str] = set()
            for batch in _batches(articles):
                emptied |= self._write_articles(batch, linked=True)
            for written in _batches(stories):
                self._db.executemany(
                    "INSERT OR REPLACE INTO stories (id, date, title, data) VALUES (?, ?, ?, ?)",
                    [(s.id, s.date, s.title, story_to_row(s)) for s in written],
                )
                emptied.update(s.id for s in written)
            _drop_emptied(self._db, emptied)
            storylines.write(self._db, lines, retired_lines, line_of)

    def get_story(self, story_id: str) -> Story | None:
        """Return one story, or None."""
        row = self._db.execute("SELECT data FROM stories WHERE id = ?", (story_id,)).fetchone()
        if not row:
            return None
        story = story_from_row(row[0])
        line = storylines.of_story(self._db, story.id)
        return replace(story, storyline=line) if line else story

    def iter_stories(self) -> Iterator[Story]:
        """Yield every story, latest date first."""
        lines = storylines.all_of_stories(self._db)
        cursor = self._db.execute("SELECT data FROM stories ORDER BY date IS NULL, date DESC, id")
        for (data,) in cursor:
            story = story_from_row(data)
            line = lines.get(story.id)
            yield replace(story, storyline=line) if line else story

    def get_storyline(self, storyline_id: str) -> Storyline | None:
        """Return one storyline, or None."""
        return storylines.get(self._db, storyline_id)

    def list_storylines(self, *, limit: int, offset: int = 0) -> tuple[int, list[Storyline]]:
        """Return how many storylines there are and one page of them, newest first."""
        return storylines.page(self._db, limit, offset)

    def iter_storylines(self) -> Iterator[Storyline]:
        """Yield every storyline, newest first."""
        yield from storylines.iterate(self._db)

    def storyline_coverage(self, storyline: Storyline) -> list[tuple[str, str, int]]:
        """Return (day, outlet, articles) of a storyline's dated articles."""
        return storylines.coverage(self._db, storyline.stories)

    def get_state(self, key: str = _LINK_STATE_KEY) -> LinkState | None:
        """Return the whole saved link state, or None (a run reads only ``link_window``)."""
        import numpy as np

        from kabar.store import link_load, link_tables

        if key != _LINK_STATE_KEY:
            return None
        meta = link_tables.read_meta(self._db)
        if not meta:
            return None
        return link_load.load_all(self._db, meta, np.zeros(0, dtype=np.int64))[0]

    def link_window(
        self,
        articles: Sequence[Article],
        features: Features,
        settings: Settings,
        wider: Window | None = None,
    ) -> tuple[LinkState | None, Window]:
        """Return the part of the saved link state these articles reach and its window."""
        from kabar.store import link_window

        return link_window.load_window(self._db, articles, features, settings, wider)

    def list_stories(
        self, where: queries.StoryFilter, *, limit: int, offset: int = 0
    ) -> tuple[int, list[Story]]:
        """Return how many stories match and one page of them, latest first."""
        return queries.list_stories(self._db, where, limit, offset)

    def search(
        self,
        query: str,
        *,
        outlet: str | None = None,
        person: str | None = None,
        limit: int = 20,
        offset: int = 0,
    ) -> queries.SearchResult:
        """Full-text search of titles, bodies and quotes, best first, with facets."""
        return queries.search(
            self._db, query, outlet=outlet, person=person, limit=limit, offset=offset
        )

    def get_person(self, person_id: str) -> queries.Person | None:
        """Return a person's names, roles, mentions per day and co-mentioned people."""
        found = queries.person(self._db, person_id)
        return people.described(self._db, found) if found else None

    def person_statement_articles(self, person_id: str, *, limit: int) -> list[Article]:
        """Return the articles quoting a person, newest first."""
        return queries.person_statement_articles(self._db, person_id, limit)

    def resolve_person(self, key: str) -> str | None:
        """Return the registry id a person id or a name's slug stands for now, or None."""
        return people.resolve(self._db, key)

    def list_people(
        self, query: str | None = None, *, limit: int = 50, offset: int = 0
    ) -> list[people.PersonEntry]:
        """Return people most mentioned first (matching a name or word, when given)."""
        return people.list_people(self._db, query, limit, offset)

    def person_merges(self, person_id: str | None = None, *, limit: int = 50) -> list[Merge]:
        """Return the merges into a person (all merges when None), latest first."""
        return people.merges(self._db, person_id, limit)

    def unmerge(self, merge_id: int) -> list[str]:
        """Undo a merge of the registry; return the ids of the articles rewritten."""
        with self._transaction():
            people.rewrite(self._db, self.get_articles(ids := people.unmerge(self._db, merge_id)))
            people.rewrite_absorbed(self._db, set())
        return ids

    def copies_of(self, article_id: str) -> list[tuple[str, str | None]]:
        """Return (id, outlet) of the stored duplicates of an article."""
        return queries.copies_of(self._db, article_id)

    def list_outlets(self) -> list[tuple[str, int]]:
        """Return every outlet with its number of articles, largest first."""
        return queries.outlets(self._db)

    def get_outlet(self, outlet_id: str, *, limit: int, offset: int = 0) -> outlets.Outlet | None:
        """Return an outlet's coverage, credited sources, exclusives and misses."""
        return outlets.outlet(self._db, outlet_id, limit, offset)

    def close(self) -> None:
        """Close the database connection."""
        self._db.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def _batches(items: Iterable[_Item]) -> Iterator[list[_Item]]:
    """Yield the items _WRITE_BATCH at a time."""
    rest = iter(items)
    while batch := list(islice(rest, _WRITE_BATCH)):
        yield batch


def _stories_of(db: sqlite3.Connection, ids: Sequence[str]) -> set[str]:
    """Return the stories these stored articles belong to."""
    out: set[str] = set()
    for start in range(0, len(ids), _IDS_PER_QUERY):
        chunk = ids[start : start + _IDS_PER_QUERY]
        marks = ",".join("?" * len(chunk))
        sql = f"SELECT DISTINCT story FROM articles WHERE id IN ({marks}) AND story IS NOT NULL"
        out.update(story for (story,) in db.execute(sql, chunk))
    return out


def _drop_emptied(db: sqlite3.Connection, stories: Iterable[str]) -> None:
    """Delete those of these stories no article belongs to any more."""
    db.executemany(
        "DELETE FROM stories WHERE id = ? AND NOT EXISTS (SELECT 1 FROM articles WHERE story = ?)",
        [(story, story) for story in sorted(stories)],
    )
