"""What collection remembers, in SQLite tables named ``collect_*`` (their own file or the store's).

Per canonical URL: every version of the page (raw HTML, zlib-compressed, with its content
hash and fetch time) and whether it was handed to the analysis; the validators (ETag,
Last-Modified) of every URL fetched, listings included; the URLs that led to a page
(feed links, redirects, declared canonicals). Per source: the last run and the next.
Writes commit at once, so a page fetched is a page kept, whatever happens next.
"""

from __future__ import annotations

import sqlite3
import threading
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

from kabar.errors import StoreError

SCHEMA_VERSION = "1"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS collect_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS collect_pages (
    url TEXT NOT NULL,
    version INTEGER NOT NULL,
    site TEXT NOT NULL,
    source TEXT,
    outlet TEXT,
    final_url TEXT,
    fetched_at TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    html BLOB NOT NULL,
    analyzed INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (url, version)
);
CREATE INDEX IF NOT EXISTS collect_pages_fetched ON collect_pages (fetched_at);
CREATE INDEX IF NOT EXISTS collect_pages_hash ON collect_pages (site, content_hash);
CREATE INDEX IF NOT EXISTS collect_pages_pending ON collect_pages (analyzed);
CREATE TABLE IF NOT EXISTS collect_http (
    url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, checked_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS collect_aliases (url TEXT PRIMARY KEY, page_url TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS collect_sources (
    name TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    url TEXT NOT NULL,
    last_fetch TEXT,
    found INTEGER NOT NULL DEFAULT 0,
    new INTEGER NOT NULL DEFAULT 0,
    errors INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    next_run TEXT
);
CREATE TABLE IF NOT EXISTS collect_failures (
    source TEXT NOT NULL, url TEXT NOT NULL, reason TEXT NOT NULL, at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS collect_failures_source ON collect_failures (source);
"""


@dataclass(frozen=True)
class StoredPage:
    """One stored version of a page."""

    url: str
    version: int
    source: str | None
    outlet: str | None
    final_url: str | None
    fetched_at: str
    content_hash: str
    html: bytes


@dataclass(frozen=True)
class KnownPage:
    """What is remembered about the latest version of a page (without its HTML)."""

    url: str
    version: int
    content_hash: str
    fetched_at: str
    checked_at: str | None
    etag: str | None
    last_modified: str | None


@dataclass(frozen=True)
class SourceStatus:
    """A source's last run, for ``kabar sources``."""

    name: str
    kind: str
    url: str
    last_fetch: str | None = None
    found: int = 0
    new: int = 0
    errors: int = 0
    last_error: str | None = None
    next_run: str | None = None


_Method = TypeVar("_Method", bound=Callable[..., Any])


def _locked(method: _Method) -> _Method:
    """Run a method holding the state's lock: one SQLite connection, several threads."""

    @wraps(method)
    def run(self: CollectState, *args: Any, **kwargs: Any) -> Any:
        with self._lock:
            return method(self, *args, **kwargs)

    return run  # type: ignore[return-value]  # wraps keeps the signature


def utc_iso(moment: datetime) -> str:
    """Return a moment as ISO 8601 in UTC, to the second (naive moments are taken as UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def open_state(path: str | Path) -> CollectState:
    """Open (creating if needed) the collection tables in a SQLite file."""
    return CollectState(path)


class CollectState:
    """The collection tables of one SQLite file; calls from several threads take turns."""

    def __init__(self, path: str | Path) -> None:
        self._lock = threading.RLock()
        try:
            self._db = sqlite3.connect(str(path), timeout=30, check_same_thread=False)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            with self._db:
                self._db.executescript(_SCHEMA)
                self._db.execute(
                    "INSERT OR IGNORE INTO collect_meta VALUES ('schema', ?)", (SCHEMA_VERSION,)
                )
        except sqlite3.Error as error:
            raise StoreError(f"{path}: cannot open the collection tables: {error}") from error
        found = self._db.execute("SELECT value FROM collect_meta WHERE key='schema'").fetchone()
        if found[0] != SCHEMA_VERSION:
            raise StoreError(f"{path}: collection tables of schema {found[0]}, expected 1")

    def __enter__(self) -> CollectState:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    @_locked
    def close(self) -> None:
        """Close the database."""
        self._db.close()

    # Pages -------------------------------------------------------------------------

    @_locked
    def page_url(self, url: str) -> str | None:
        """Return the canonical page a URL is known to lead to (itself if stored), or None."""
        row = self._db.execute("SELECT page_url FROM collect_aliases WHERE url=?", (url,))
        found = row.fetchone()
        if found:
            return str(found[0])
        row = self._db.execute("SELECT 1 FROM collect_pages WHERE url=? LIMIT 1", (url,))
        return url if row.fetchone() else None

    @_locked
    def known_page(self, url: str) -> KnownPage | None:
        """Return what is known of the latest version of a page (by canonical URL)."""
        row = self._db.execute(
            "SELECT p.url, p.version, p.content_hash, p.fetched_at, h.checked_at, h.etag, "
            "h.last_modified FROM collect_pages p LEFT JOIN collect_http h ON h.url = p.url "
            "WHERE p.url=? ORDER BY p.version DESC LIMIT 1",
            (url,),
        ).fetchone()
        return KnownPage(*row) if row else None

    @_locked
    def same_content(self, site: str, content_hash: str) -> str | None:
        """Return a page of the same site already stored with this content, if any."""
        row = self._db.execute(
            "SELECT url FROM collect_pages WHERE site=? AND content_hash=? LIMIT 1",
            (site, content_hash),
        ).fetchone()
        return str(row[0]) if row else None

    @_locked
    def save_page(
        self,
        url: str,
        *,
        site: str,
        html: bytes,
        content_hash: str,
        fetched_at: str,
        source: str | None = None,
        outlet: str | None = None,
        final_url: str | None = None,
    ) -> int | None:
        """Store a new version of a page; return its number, or None if the content is unchanged."""
        latest = self.known_page(url)
        if latest and latest.content_hash == content_hash:
            return None
        version = latest.version + 1 if latest else 1
        with self._db:
            self._db.execute(
                "INSERT INTO collect_pages (url, version, site, source, outlet, final_url, "
                "fetched_at, content_hash, html) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (url, version, site, source, outlet, final_url, fetched_at, content_hash,
                 zlib.compress(html, 6)),
            )
        return version

    @_locked
    def add_alias(self, url: str, page_url: str) -> None:
        """Remember that ``url`` (a feed link, a redirect's start) leads to ``page_url``."""
        if url != page_url:
            with self._db:
                self._db.execute(
                    "INSERT OR REPLACE INTO collect_aliases VALUES (?, ?)", (url, page_url)
                )

    @_locked
    def mark_analyzed(self, url: str, version: int) -> None:
        """Record that a page version was handed to the analysis."""
        with self._db:
            self._db.execute(
                "UPDATE collect_pages SET analyzed=1 WHERE url=? AND version=?", (url, version)
            )

    def pending(self) -> list[StoredPage]:
        """Return the page versions stored but never handed to the analysis (oldest first)."""
        return list(self._pages("WHERE analyzed=0 ORDER BY fetched_at, url", ()))

    def pages_since(
        self, since: date | datetime | str, *, all_versions: bool = False
    ) -> Iterator[StoredPage]:
        """Yield the pages fetched at or after a date, latest version of each (for reanalyze)."""
        if isinstance(since, datetime):
            bound = utc_iso(since)
        elif isinstance(since, date):
            bound = since.isoformat()
        else:
            bound = since
        if all_versions:
            return self._pages("WHERE fetched_at >= ? ORDER BY fetched_at, url, version", (bound,))
        return self._pages(
            "WHERE fetched_at >= ? AND version = (SELECT MAX(version) FROM collect_pages q "
            "WHERE q.url = collect_pages.url) ORDER BY fetched_at, url",
            (bound,),
        )

    @_locked
    def page_count(self) -> int:
        """Return the number of stored page versions."""
        return int(self._db.execute("SELECT COUNT(*) FROM collect_pages").fetchone()[0])

    def _pages(self, where: str, args: tuple[str, ...]) -> Iterator[StoredPage]:
        with self._lock:
            cursor = self._db.cursor()
            cursor.execute(
                "SELECT url, version, source, outlet, final_url, fetched_at, content_hash, "
                "html FROM collect_pages " + where,
                args,
            )
        while True:
            with self._lock:
                rows = cursor.fetchmany(100)
            if not rows:
                return
            for row in rows:
                url, version, source, outlet, final_url, fetched_at, content_hash, html = row
                yield StoredPage(
                    url, version, source, outlet, final_url, fetched_at, content_hash,
                    zlib.decompress(html),
                )

    # Validators of every URL fetched -----------------------------------------------

    @_locked
    def validators(self, url: str) -> tuple[str | None, str | None]:
        """Return the ETag and Last-Modified last seen for a URL."""
        row = self._db.execute(
            "SELECT etag, last_modified FROM collect_http WHERE url=?", (url,)
        ).fetchone()
        return (row[0], row[1]) if row else (None, None)

    @_locked
    def record_check(
        self, url: str, at: str, etag: str | None = None, last_modified: str | None = None,
        *, keep_validators: bool = False,
    ) -> None:
        """Record that a URL was fetched (or answered 304) at a time, with its validators."""
        with self._db:
            if keep_validators:
                self._db.execute(
                    "INSERT INTO collect_http (url, checked_at) VALUES (?, ?) "
                    "ON CONFLICT(url) DO UPDATE SET checked_at=excluded.checked_at",
                    (url, at),
                )
            else:
                self._db.execute(
                    "INSERT OR REPLACE INTO collect_http VALUES (?, ?, ?, ?)",
                    (url, etag, last_modified, at),
                )

    # Sources -----------------------------------------------------------------------

    @_locked
    def record_source(self, status: SourceStatus, failures: list[tuple[str, str]]) -> None:
        """Replace a source's status and its failures of the last run."""
        with self._db:
            self._db.execute(
                "INSERT OR REPLACE INTO collect_sources VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (status.name, status.kind, status.url, status.last_fetch, status.found,
                 status.new, status.errors, status.last_error, status.next_run),
            )
            self._db.execute("DELETE FROM collect_failures WHERE source=?", (status.name,))
            self._db.executemany(
                "INSERT INTO collect_failures VALUES (?, ?, ?, ?)",
                [(status.name, url, reason, status.last_fetch or "") for url, reason in failures],
            )

    @_locked
    def source_status(self, name: str) -> SourceStatus | None:
        """Return one source's status, if it ever ran."""
        row = self._db.execute("SELECT * FROM collect_sources WHERE name=?", (name,)).fetchone()
        return SourceStatus(*row) if row else None

    @_locked
    def latest_pages(self, limit: int) -> list[tuple[str, int, str | None, str | None, str]]:
        """Return the newest stored page versions: (url, version, source, outlet, fetched at)."""
        rows = self._db.execute(
            "SELECT url, version, source, outlet, fetched_at FROM collect_pages "
            "ORDER BY fetched_at DESC, url LIMIT ?",
            (limit,),
        ).fetchall()
        return [(str(u), int(v), s, o, str(f)) for u, v, s, o, f in rows]

    @_locked
    def sources(self) -> list[SourceStatus]:
        """Return every source's status, by name."""
        rows = self._db.execute("SELECT * FROM collect_sources ORDER BY name").fetchall()
        return [SourceStatus(*row) for row in rows]

    @_locked
    def failures(self, source: str) -> list[tuple[str, str]]:
        """Return a source's failures of its last run as (URL, reason)."""
        rows = self._db.execute(
            "SELECT url, reason FROM collect_failures WHERE source=? ORDER BY rowid", (source,)
        ).fetchall()
        return [(str(url), str(reason)) for url, reason in rows]
