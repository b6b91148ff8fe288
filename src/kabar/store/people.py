"""Reading and correcting the person registry: look-ups, lists, merges and their undoing.

Every query goes through an index of the registry tables (``kabar.store.registry``) with a
LIMIT, so its cost does not grow with the store.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, replace

from kabar.errors import KabarError
from kabar.models import Article
from kabar.store import index
from kabar.store.context import name_words
from kabar.store.persons import add_name, new_person, queued, revive
from kabar.store.queries import Person
from kabar.store.registry import Merge, assign
from kabar.store.rows import article_to_row
from kabar.text import name_key

# Rounds of rewrites after absorptions (a rewrite may absorb again; each round is smaller).
_ROUNDS = 5
# Merges shown with a person.
_MERGES = 50


class UnknownMergeError(KabarError):
    """The merge id is not in the registry, or the merge was undone already."""


@dataclass(frozen=True)
class PersonEntry:
    """A person in a list: id, canonical name, number of articles."""

    id: str
    name: str
    articles: int


def rewrite(db: sqlite3.Connection, articles: Sequence[Article]) -> None:
    """Rewrite stored articles with their people resolved (linked flag, story, copies kept)."""
    articles = assign(db, articles)
    rows = [(article_to_row(a), a.id) for a in articles]
    db.executemany("UPDATE articles SET data = ? WHERE id = ?", rows)
    index.refresh(db, articles)


def rewrite_absorbed(db: sqlite3.Connection, written: set[str]) -> None:
    """Rewrite the stored articles of people absorbed by others (not the ones just written)."""
    from kabar.store.rows import article_from_row

    for _ in range(_ROUNDS):
        ids = [i for i in queued(db) if i not in written]
        if not ids:
            return
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            rows = db.execute(f"SELECT data FROM articles WHERE id IN ({marks})", chunk)
            rewrite(db, [article_from_row(data) for (data,) in rows])


def described(db: sqlite3.Connection, found: Person) -> Person:
    """A person of the read indexes with what the registry knows: name, aliases, roles, merges."""
    return replace(
        found,
        name=canonical_name(db, found.id) or found.names[0][0],
        aliases=aliases(db, found.id),
        role_dates=roles(db, found.id),
        merges=merges(db, found.id),
    )


def resolve(db: sqlite3.Connection, key: str) -> str | None:
    """Return the registry id a person id or a name's slug stands for now, or None."""
    row = db.execute("SELECT id, merged_into FROM people WHERE id = ?", (key,)).fetchone()
    if row is None:
        row = db.execute(
            "SELECT p.id, p.merged_into FROM person_names n JOIN people p ON p.id = n.person"
            " WHERE n.slug = ? ORDER BY p.articles DESC LIMIT 1",
            (key,),
        ).fetchone()
    seen = set()
    while row is not None and row[1] and row[1] not in seen:
        seen.add(row[1])
        row = db.execute("SELECT id, merged_into FROM people WHERE id = ?", (row[1],)).fetchone()
    return str(row[0]) if row else None


def canonical_name(db: sqlite3.Connection, pid: str) -> str | None:
    """The person's most written full name (a bare name only when they have no other).

    Read from the names' counts: the cost is the person's number of names, not mentions.
    """
    rows = db.execute(
        "SELECT name, n FROM person_names WHERE person = ? AND n > 0 LIMIT 100", (pid,)
    ).fetchall()
    if not rows:
        row = db.execute("SELECT name FROM people WHERE id = ?", (pid,)).fetchone()
        return str(row[0]) if row else None
    best = max(rows, key=lambda r: (len(name_words(r[0])) >= 2, r[1], len(r[0])))
    return str(best[0])


def aliases(db: sqlite3.Connection, pid: str) -> list[str]:
    """Every name the person was written as (full names, aliases, bare names)."""
    names = [r[0] for r in db.execute("SELECT name FROM person_names WHERE person = ?", (pid,))]
    names += [
        r[0]
        for r in db.execute(
            "SELECT name FROM person_merges WHERE person = ? AND undone = 0 LIMIT 200", (pid,)
        )
    ]
    return list(dict.fromkeys(names))


def roles(db: sqlite3.Connection, pid: str) -> list[tuple[str, str | None, str | None, int]]:
    """(role, first seen, last seen, quotes) of a person, most used first."""
    rows = db.execute(
        "SELECT role, first, last, n FROM person_roles WHERE person = ? ORDER BY n DESC LIMIT 20",
        (pid,),
    )
    return [(r, f or None, la or None, int(n)) for r, f, la, n in rows]


def merges(db: sqlite3.Connection, pid: str | None = None, limit: int = _MERGES) -> list[Merge]:
    """The merges into a person (every merge when None), latest first."""
    where, values = ("WHERE person = ?", [pid]) if pid else ("", [])
    rows = db.execute(
        f"SELECT id, person, name, article, evidence, undone FROM person_merges {where}"
        " ORDER BY id DESC LIMIT ?",
        [*values, limit],
    )
    return [Merge(int(i), p, n, a, json.loads(e), bool(u)) for i, p, n, a, e, u in rows]


def list_people(
    db: sqlite3.Connection, query: str | None, limit: int, offset: int
) -> list[PersonEntry]:
    """People most mentioned first; with a query, those with a name starting so or a word so."""
    if not query or not query.strip():
        rows = db.execute(
            "SELECT id, name, articles FROM people WHERE merged_into IS NULL"
            " ORDER BY articles DESC, id LIMIT ? OFFSET ?",
            (limit, offset),
        ).fetchall()
    else:
        key = name_key(query)
        rows = db.execute(
            "SELECT id, name, articles FROM people WHERE merged_into IS NULL AND id IN ("
            " SELECT person FROM person_names WHERE key >= ? AND key < ? LIMIT 500)"
            " OR id IN (SELECT person FROM person_words WHERE word = ? LIMIT 500)"
            " ORDER BY articles DESC, id LIMIT ? OFFSET ?",
            (key, key + "\uffff", query.strip().lower(), limit, offset),
        ).fetchall()
    return [PersonEntry(i, canonical_name(db, i) or n, int(a)) for i, n, a in rows]


def unmerge(db: sqlite3.Connection, merge_id: int) -> list[str]:
    """Undo a merge: the name's mentions go to a person of their own, the pair is blocked.

    Returns the ids of the articles whose people changed (the caller rewrites them).
    """
    row = db.execute(
        "SELECT person, key, name, undone FROM person_merges WHERE id = ?", (merge_id,)
    ).fetchone()
    if row is None or row[3]:
        state = "was undone already" if row else "is not in the registry"
        raise UnknownMergeError(f"merge {merge_id} {state}")
    pid, key, name = row[0], row[1], row[2]
    own = db.execute(
        "SELECT n.person FROM person_names n JOIN people p ON p.id = n.person"
        " WHERE n.key = ? AND n.merge IS NULL AND n.person != ? AND p.merged_into IS NULL",
        (key, pid),
    ).fetchone()
    revived = revive(db, merge_id)
    if revived:
        add_name(db, revived, name, None)
    target = revived or (own[0] if own else new_person(db, name))
    articles = [
        r[0]
        for r in db.execute(
            "SELECT DISTINCT article FROM person_mentions WHERE merge = ?", (merge_id,)
        )
    ]
    db.execute(
        "UPDATE person_mentions SET person = ?, merge = NULL WHERE merge = ?", (target, merge_id)
    )
    db.execute("DELETE FROM person_names WHERE merge = ?", (merge_id,))
    db.execute("DELETE FROM person_words WHERE person = ?", (pid,))
    for (known,) in db.execute("SELECT name FROM person_names WHERE person = ?", (pid,)).fetchall():
        if len(name_words(known)) >= 2:
            db.executemany(
                "INSERT OR IGNORE INTO person_words (word, person) VALUES (?, ?)",
                [(w.lower(), pid) for w in name_words(known)],
            )
    db.execute("INSERT OR IGNORE INTO person_blocks (person, key) VALUES (?, ?)", (pid, key))
    db.execute("UPDATE person_merges SET undone = 1 WHERE id = ?", (merge_id,))
    for person in (pid, target):
        _recount(db, person)
    return articles


def _recount(db: sqlite3.Connection, pid: str) -> None:
    """Count a person's articles and names again from their mentions (after an unmerge)."""
    db.execute(
        "UPDATE people SET articles ="
        " (SELECT COUNT(DISTINCT article) FROM person_mentions WHERE person = ?) WHERE id = ?",
        (pid, pid),
    )
    counts: dict[str, int] = {}
    for name, n in db.execute(
        "SELECT name, COUNT(*) FROM person_mentions WHERE person = ? GROUP BY name", (pid,)
    ):
        counts[name_key(name)] = counts.get(name_key(name), 0) + int(n)
    db.executemany(
        "UPDATE person_names SET n = ? WHERE person = ? AND key = ?",
        [
            (counts.get(key, 0), pid, key)
            for (key,) in db.execute(
                "SELECT key FROM person_names WHERE person = ?", (pid,)
            ).fetchall()
        ],
    )
