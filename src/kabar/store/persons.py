"""Making a person, joining a whole person to another when a merge shows they are one ("Gus
Ipul" = "Saifullah Yusuf"), and parting them again.

A new person's id is the slug of the name it was made from (with "-2", "-3" ... when taken).

A person made from one name alone, seen in articles before any article tied that name to a
fuller one, is absorbed when a merge joins the name to someone else: their mentions move over
(carrying the merge's id, so undoing it moves them back), their id redirects
(``people.merged_into``), and the articles naming them are queued in ``person_rewrites`` for
the store to rewrite with the new id. A person known by several names is never absorbed: two
names make an identity of their own that one merge is not enough to overturn.
"""

from __future__ import annotations

import sqlite3

from kabar.store.context import name_words
from kabar.store.index import person_id as slug
from kabar.text import name_key


def absorb(db: sqlite3.Connection, pid: str, key: str, merge: int) -> None:
    """Absorb into ``pid`` every other person made from the name ``key`` alone."""
    rows = db.execute(
        "SELECT n.person FROM person_names n JOIN people p ON p.id = n.person"
        " WHERE n.key = ? AND n.merge IS NULL AND n.person != ? AND p.merged_into IS NULL",
        (key, pid),
    ).fetchall()
    for (other,) in rows:
        names = db.execute(
            "SELECT COUNT(*) FROM person_names WHERE person = ?", (other,)
        ).fetchone()[0]
        if names != 1:
            continue
        db.execute("UPDATE people SET merged_into = ? WHERE id = ?", (pid, other))
        db.execute("UPDATE person_merges SET absorbed = ? WHERE id = ?", (other, merge))
        db.execute(
            "INSERT OR IGNORE INTO person_rewrites (article)"
            " SELECT DISTINCT article FROM person_mentions WHERE person = ?",
            (other,),
        )
        db.execute(
            "UPDATE person_mentions SET person = ?, merge = ? WHERE person = ?", (pid, merge, other)
        )
        db.execute("DELETE FROM person_names WHERE person = ?", (other,))
        db.execute(
            "UPDATE people SET articles = articles +"
            " (SELECT articles FROM people WHERE id = ?) WHERE id = ?",
            (other, pid),
        )


def revive(db: sqlite3.Connection, merge: int) -> str | None:
    """Undo an absorption: the absorbed person's id stands again (None: the merge absorbed
    no one)."""
    row = db.execute("SELECT absorbed FROM person_merges WHERE id = ?", (merge,)).fetchone()
    if not row or not row[0]:
        return None
    db.execute("UPDATE people SET merged_into = NULL WHERE id = ?", (row[0],))
    return str(row[0])


def queued(db: sqlite3.Connection) -> list[str]:
    """Take the ids of the articles waiting to be rewritten with their people's new ids."""
    ids = [r[0] for r in db.execute("SELECT article FROM person_rewrites")]
    db.execute("DELETE FROM person_rewrites")
    return ids


def new_person(db: sqlite3.Connection, name: str) -> str:
    base = slug(name)
    pid, n = base, 1
    while db.execute("SELECT 1 FROM people WHERE id = ?", (pid,)).fetchone():
        n += 1
        pid = f"{base}-{n}"
    db.execute("INSERT INTO people (id, name) VALUES (?, ?)", (pid, name))
    add_name(db, pid, name, None)
    return pid


def add_name(db: sqlite3.Connection, pid: str, name: str, merge: int | None) -> None:
    db.execute(
        "INSERT OR IGNORE INTO person_names (key, person, name, slug, merge)"
        " VALUES (?, ?, ?, ?, ?)",
        (name_key(name), pid, name, slug(name), merge),
    )
    if len(name_words(name)) >= 2:
        db.executemany(
            "INSERT OR IGNORE INTO person_words (word, person) VALUES (?, ?)",
            [(w.lower(), pid) for w in name_words(name)],
        )


def live(db: sqlite3.Connection, people: list[str]) -> list[str]:
    out = []
    for pid in dict.fromkeys(people):
        row = db.execute("SELECT merged_into FROM people WHERE id = ?", (pid,)).fetchone()
        while row is not None and row[0]:
            pid = row[0]
            row = db.execute("SELECT merged_into FROM people WHERE id = ?", (pid,)).fetchone()
        if row is not None and pid not in out:
            out.append(pid)
    return out


def blocked(db: sqlite3.Connection, pid: str, key: str) -> bool:
    row = db.execute("SELECT 1 FROM person_blocks WHERE person = ? AND key = ?", (pid, key))
    return row.fetchone() is not None


def holders(db: sqlite3.Connection, key: str) -> list[str]:
    rows = db.execute("SELECT person FROM person_names WHERE key = ?", (key,)).fetchall()
    return live(db, [r[0] for r in rows])


def merge_of(db: sqlite3.Connection, pid: str, key: str) -> int | None:
    """The merge that joined a name to a person (None: the name the person was made with)."""
    row = db.execute(
        "SELECT merge FROM person_names WHERE key = ? AND person = ?", (key, pid)
    ).fetchone()
    return int(row[0]) if row and row[0] is not None else None
