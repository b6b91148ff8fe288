"""What one outlet covered: its articles, credited sources, exclusives and misses.

An outlet's id is the slug of its name (as a person's is), so ``/outlets/detik-com`` names
the outlet written "detik.com" in the articles.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from kabar.store.index import person_id as slug
from kabar.store.queries import outlets

# How far back the exclusives look, in the outlet's latest articles, and
# the misses, in its latest publishing days (bounded so the page costs the same on any store).
_RECENT_ARTICLES = 200
_RECENT_DAYS = 7
_LARGEST_PER_DAY = 3


@dataclass(frozen=True)
class Outlet:
    id: str
    name: str
    articles: int
    latest: list[tuple[str, str | None, str | None, str | None]]  # id, title, published, story
    wires: list[tuple[str, int]]
    alone: list[tuple[str, str, int]]  # story id, title, articles
    missed: list[tuple[str, str, str, int]]  # day, story id, title, articles that day


def outlet_name(db: sqlite3.Connection, oid: str) -> str | None:
    """Return the outlet name whose slug is ``oid``, or None."""
    return next((name for name, _ in outlets(db) if slug(name) == oid), None)


def outlet(db: sqlite3.Connection, oid: str, limit: int = 20, offset: int = 0) -> Outlet | None:
    """Return the outlet page's data, or None for an unknown outlet id."""
    name = outlet_name(db, oid)
    if name is None:
        return None
    count = int(db.execute("SELECT COUNT(*) FROM articles WHERE outlet = ?", (name,)).fetchone()[0])
    latest = db.execute(
        "SELECT id, title, published, story FROM articles WHERE outlet = ?"
        " ORDER BY published DESC, id LIMIT ? OFFSET ?",
        (name, limit, offset),
    ).fetchall()
    wires = db.execute(
        "SELECT wire, COUNT(*) n FROM article_credits WHERE outlet = ?"
        " GROUP BY wire ORDER BY n DESC, wire LIMIT 30",
        (name,),
    ).fetchall()
    alone = db.execute(
        "SELECT s.id, s.title, COUNT(*) n FROM articles a JOIN stories s ON s.id = a.story"
        " WHERE a.story IN (SELECT story FROM articles WHERE outlet = ? AND story IS NOT NULL"
        " ORDER BY published DESC LIMIT ?)"
        " GROUP BY s.id HAVING COUNT(DISTINCT a.outlet) = 1 AND MAX(a.outlet) = ?"
        " ORDER BY s.date DESC LIMIT 20",
        (name, _RECENT_ARTICLES, name),
    ).fetchall()
    return Outlet(
        oid,
        name,
        count,
        [tuple(r) for r in latest],
        [(w, int(n)) for w, n in wires],
        [(i, t, int(n)) for i, t, n in alone],
        _missed(db, name),
    )


def _missed(db: sqlite3.Connection, name: str) -> list[tuple[str, str, str, int]]:
    """The largest stories of the outlet's latest publishing days that it did not cover."""
    days = [
        d
        for (d,) in db.execute(
            "SELECT DISTINCT substr(published, 1, 10) d FROM articles"
            " WHERE outlet = ? AND published IS NOT NULL ORDER BY d DESC LIMIT ?",
            (name, _RECENT_DAYS),
        )
    ]
    missed: list[tuple[str, str, str, int]] = []
    for day in days:
        rows = db.execute(
            "SELECT a.story, s.title, COUNT(*) n, SUM(a.outlet = ?) mine FROM articles a"
            " JOIN stories s ON s.id = a.story"
            " WHERE a.published >= ? AND a.published < ? || 'T99'"
            " GROUP BY a.story ORDER BY n DESC LIMIT ?",
            (name, day, day, _LARGEST_PER_DAY),
        ).fetchall()
        missed.extend((day, sid, title, int(n)) for sid, title, n, mine in rows if not mine)
    return missed
