"""The store's schema as numbered migrations (``PRAGMA user_version`` counts those applied)."""

from __future__ import annotations

from pathlib import Path
from sqlite3 import Connection

from kabar.errors import StoreError
from kabar.store import registry_schema
from kabar.store.transaction import Transaction

# Each entry migrates the schema from version i to i + 1; never edit a released one.
MIGRATIONS: tuple[str, ...] = (
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
)
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(db: Connection, path: str | Path) -> int:
    """Bring the schema of the store at ``path`` up to date; return the version it had."""
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        newer = f"store schema {version} is newer than this kabar ({SCHEMA_VERSION})"
        raise StoreError(f"{path}: {newer}")
    for number in range(version, SCHEMA_VERSION):
        with Transaction(db):
            for statement in MIGRATIONS[number].split(";"):
                if statement.strip():
                    db.execute(statement)
            db.execute(f"PRAGMA user_version = {number + 1}")
    return int(version)
