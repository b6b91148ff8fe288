"""The store's schema as numbered migrations (``PRAGMA user_version`` counts those applied)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from sqlite3 import Connection

from kabar.errors import StoreError
from kabar.store import registry_schema
from kabar.store.transaction import Transaction


def _link_state_to_tables(db: Connection) -> None:
    """Move a link state saved whole (one blob) into the link tables, row by row."""
    row = db.execute("SELECT value FROM state WHERE key = 'link'").fetchone()
    if row is None:
        return
    # numpy and the link stage: loaded only by a store that has a blob to move
    from kabar.store import link_state, link_tables

    state = link_state.from_bytes(bytes(row[0]))
    link_tables.write(db, state, link_tables.empty_window())
    db.execute("DELETE FROM state WHERE key = 'link'")


# Each entry migrates the schema from version i to i + 1 (SQL, or a function of the
# connection); never edit a released one.
MIGRATIONS: tuple[str | Callable[[Connection], None], ...] = (
    """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        source TEXT NOT NULL,
        published TEXT,
        outlet TEXT,
        title TEXT,
        story TEXT,
        duplicate_of TEXT,
        linked INTEGER NOT NULL DEFAULT 0,
        data TEXT NOT NULL
    );
    CREATE INDEX articles_story ON articles(story);
    CREATE INDEX articles_linked ON articles(linked) WHERE linked = 0;
    CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        date TEXT,
        title TEXT NOT NULL,
        data TEXT NOT NULL
    );
    CREATE TABLE rejects (
        source TEXT PRIMARY KEY,
        reason TEXT NOT NULL
    );
    CREATE TABLE state (
        key TEXT PRIMARY KEY,
        value BLOB NOT NULL
    );
    """,
    registry_schema.SCHEMA,
    # Disagreements found by unit word alone (any two "orang" figures) are dropped: they were
    # not trustworthy. A story gets its disagreements again when it is next described.
    """
    UPDATE stories SET data = json_remove(data, '$.disagreements')
    WHERE json_extract(data, '$.disagreements') IS NOT NULL
    """,
    # The link state as keyed tables (kabar.store.link_tables), read and written by what a
    # run touches instead of whole.
    """
    CREATE TABLE IF NOT EXISTS link_meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
    CREATE TABLE IF NOT EXISTS link_rows (
        row INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        minute INTEGER NOT NULL,
        day INTEGER NOT NULL,
        story INTEGER NOT NULL,
        root INTEGER NOT NULL,
        size INTEGER NOT NULL,
        exact INTEGER NOT NULL,
        signature BLOB NOT NULL
    );
    CREATE INDEX IF NOT EXISTS link_rows_story ON link_rows(story);
    CREATE INDEX IF NOT EXISTS link_rows_root ON link_rows(root);
    CREATE TABLE IF NOT EXISTS link_buckets (
        key INTEGER NOT NULL, row INTEGER NOT NULL, PRIMARY KEY (key, row)
    ) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS link_stories (
        story INTEGER PRIMARY KEY,
        id TEXT NOT NULL,
        title TEXT NOT NULL,
        untitled INTEGER NOT NULL,
        storyline INTEGER,
        entities TEXT NOT NULL,
        data BLOB NOT NULL
    );
    CREATE INDEX IF NOT EXISTS link_stories_storyline ON link_stories(storyline);
    CREATE TABLE IF NOT EXISTS link_postings (
        term INTEGER NOT NULL, story INTEGER NOT NULL, PRIMARY KEY (term, story)
    ) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS link_df (term INTEGER PRIMARY KEY, count INTEGER NOT NULL)
    """,
    _link_state_to_tables,
    # How many dated stories name each person or organisation (kabar.stories.name_counts):
    # filled by the next run, which reads the state whole once (link_meta "names_counted").
    """
    CREATE TABLE IF NOT EXISTS link_names (name TEXT PRIMARY KEY, stories INTEGER NOT NULL)
    WITHOUT ROWID
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(db: Connection, path: str | Path) -> int:
    """Bring the schema of the store at ``path`` up to date; return the version it had."""
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        newer = f"store schema {version} is newer than this kabar ({SCHEMA_VERSION})"
        raise StoreError(f"{path}: {newer}")
    for number in range(version, SCHEMA_VERSION):
        step = MIGRATIONS[number]
        with Transaction(db):
            if callable(step):
                try:
                    step(db)
                except StoreError as error:
                    raise StoreError(f"{path}: {error}") from error
            else:
                for statement in step.split(";"):
                    if statement.strip():
                        db.execute(statement)
            db.execute(f"PRAGMA user_version = {number + 1}")
    return int(version)
