"""Storylines in the store: one row per storyline and the storyline of each member story.

The tables are created on open when missing (``ensure``), so a store written before
storylines existed opens unchanged; its storylines are formed by its next link run, which
links every story once when the saved link state has no storyline map.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Iterable, Sequence

from kabar.models import Storyline

SCHEMA = """
CREATE TABLE IF NOT EXISTS storylines (
    id TEXT PRIMARY KEY,
    start TEXT,
    end TEXT,
    title TEXT NOT NULL,
    events INTEGER NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS storylines_by_end ON storylines(end);
CREATE TABLE IF NOT EXISTS storyline_stories (
    story TEXT PRIMARY KEY,
    storyline TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS storyline_stories_by_line ON storyline_stories(storyline);
"""
# Newest storylines first; undated last.
_ORDER = "end IS NULL, end DESC, id"


def missing(db: sqlite3.Connection) -> bool:
    """Return whether the store lacks the storyline tables."""
    rows = db.execute(
        "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'"
        " AND name IN ('storylines', 'storyline_stories')"
    ).fetchone()
    return int(rows[0]) < 2


def ensure(db: sqlite3.Connection) -> None:
    """Create the storyline tables (inside the caller's transaction)."""
    for statement in SCHEMA.split(";"):
        if statement.strip():
            db.execute(statement)


def to_row(line: Storyline) -> str:
    """Return the JSON text a storyline is stored as."""
    return json.dumps(
        {
            "id": line.id,
            "title": line.title,
            "start": line.start,
            "end": line.end,
            "stories": list(line.stories),
            "people": list(line.people),
            "articles": line.articles,
        },
        ensure_ascii=False,
    )


def from_row(text: str) -> Storyline:
    """Rebuild a storyline from its stored JSON text."""
    data = json.loads(text)
    return Storyline(
        id=data["id"],
        title=data["title"],
        start=data.get("start"),
        end=data.get("end"),
        stories=tuple(data.get("stories", ())),
        people=tuple(data.get("people", ())),
        articles=int(data.get("articles", 0)),
    )


def write(
    db: sqlite3.Connection,
    lines: Sequence[Storyline],
    retired: Iterable[str],
    members: Iterable[tuple[str, str | None]],
) -> None:
    """Save changed storylines, drop retired ones, set the storyline of member stories."""
    db.executemany("DELETE FROM storylines WHERE id = ?", [(i,) for i in retired])
    db.executemany(
        "INSERT OR REPLACE INTO storylines (id, start, end, title, events, data)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [(s.id, s.start, s.end, s.title, len(s.stories), to_row(s)) for s in lines],
    )
    pairs = list(members)
    db.executemany("DELETE FROM storyline_stories WHERE story = ?", [(s,) for s, _ in pairs])
    db.executemany(
        "INSERT INTO storyline_stories (story, storyline) VALUES (?, ?)",
        [(s, line) for s, line in pairs if line is not None],
    )


def clear(db: sqlite3.Connection) -> None:
    """Drop every storyline (the stories are being linked again)."""
    db.execute("DELETE FROM storylines")
    db.execute("DELETE FROM storyline_stories")


def get(db: sqlite3.Connection, storyline_id: str) -> Storyline | None:
    """Return one storyline, or None."""
    row = db.execute("SELECT data FROM storylines WHERE id = ?", (storyline_id,)).fetchone()
    return from_row(row[0]) if row else None


def page(db: sqlite3.Connection, limit: int, offset: int = 0) -> tuple[int, list[Storyline]]:
    """Return how many storylines there are and one page of them, newest first."""
    total = int(db.execute("SELECT COUNT(*) FROM storylines").fetchone()[0])
    rows = db.execute(
        f"SELECT data FROM storylines ORDER BY {_ORDER} LIMIT ? OFFSET ?",
        (limit, max(offset, 0)),
    )
    return total, [from_row(data) for (data,) in rows]


def iterate(db: sqlite3.Connection) -> list[Storyline]:
    """Return every storyline, newest first."""
    rows = db.execute(f"SELECT data FROM storylines ORDER BY {_ORDER}")
    return [from_row(data) for (data,) in rows]


def of_story(db: sqlite3.Connection, story_id: str) -> str | None:
    """Return the storyline of a story, or None."""
    row = db.execute(
        "SELECT storyline FROM storyline_stories WHERE story = ?", (story_id,)
    ).fetchone()
    return str(row[0]) if row else None


def all_of_stories(db: sqlite3.Connection) -> dict[str, str]:
    """Return the storyline of every story that has one."""
    return dict(db.execute("SELECT story, storyline FROM storyline_stories"))


def coverage(db: sqlite3.Connection, story_ids: Sequence[str]) -> list[tuple[str, str, int]]:
    """Return (day, outlet, articles) of a storyline's stories' articles, by day.

    Undated articles have no day and are left out; an unknown outlet counts as "".
    """
    counts: Counter[tuple[str, str]] = Counter()
    for start in range(0, len(story_ids), 500):
        chunk = list(story_ids[start : start + 500])
        marks = ", ".join("?" * len(chunk))
        rows = db.execute(
            "SELECT substr(published, 1, 10) AS day, COALESCE(outlet, ''), COUNT(*)"
            f" FROM articles WHERE story IN ({marks}) AND published IS NOT NULL"
            " GROUP BY day, COALESCE(outlet, '')",
            chunk,
        )
        for day, outlet, n in rows:
            counts[(str(day), str(outlet))] += int(n)
    return sorted((d, o, n) for (d, o), n in counts.items())
