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
    known = next(((name, n) for name, n in outlets(db) if slug(name) == oid), None)
    if known is None:
        return None
    name, count = known
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
    alone = _alone(db, name)
    return Outlet(
        oid,
        name,
        count,
        [tuple(r) for r in latest],
        [(w, int(n)) for w, n in wires],
        alone,
        _missed(db, name),
    )


def _alone(db: sqlite3.Connection, name: str) -> list[tuple[str, str, int]]:
    """The stories among the outlet's latest articles that no other outlet covered."""
    recent = list(
        dict.fromkeys(
            story
            for (story,) in db.execute(
                "SELECT story FROM articles WHERE outlet = ? AND story IS NOT NULL"
                " ORDER BY published DESC LIMIT ?",
                (name, _RECENT_ARTICLES),
            )
        )
    )
    marks = ", ".join("?" * len(recent))
    # Each story's members, read from the (story, outlet) index alone.
    sizes = {
        story: int(n)
        for story, n, outlets_, first in db.execute(
            "SELECT story, COUNT(*), COUNT(DISTINCT outlet), MAX(outlet) FROM articles"
            f" WHERE story IN ({marks}) GROUP BY story",
            recent,
        )
        if outlets_ == 1 and first == name
    }
    marks = ", ".join("?" * len(sizes))
    rows = db.execute(
        f"SELECT id, title FROM stories WHERE id IN ({marks}) ORDER BY date DESC LIMIT 20",
        list(sizes),
    )
    return [(i, t, sizes[i]) for i, t in rows]


def _missed(db: sqlite3.Connection, name: str) -> list[tuple[str, str, str, int]]:
    """The largest stories of the outlet's latest publishing days that it did not cover."""
    days: list[str] = []
    # Newest first along the (outlet, published) index, stopping at the last day wanted.
    for (published,) in db.execute(
        "SELECT published FROM articles WHERE outlet = ? AND published IS NOT NULL"
        " ORDER BY published DESC",
        (name,),
    ):
        day = published[:10]
        if day not in days:
            if len(days) == _RECENT_DAYS:
                break
            days.append(day)
    missed: list[tuple[str, str, str, int]] = []
    for day in days:
        # The day's articles from the (published, story, outlet) index alone.
        rows = db.execute(
            "SELECT story, COUNT(*) n, SUM(outlet = ?) mine FROM articles"
            " WHERE published >= ? AND published < ? || 'T99' AND story IS NOT NULL"
            " GROUP BY story ORDER BY n DESC LIMIT ?",
            (name, day, day, _LARGEST_PER_DAY),
        ).fetchall()
        titles = dict(
            db.execute(
                f"SELECT id, title FROM stories WHERE id IN ({', '.join('?' * len(rows))})",
                [r[0] for r in rows],
            ).fetchall()
        )
        missed.extend(
            (day, sid, titles[sid], int(n)) for sid, n, mine in rows if not mine and sid in titles
        )
    return missed
