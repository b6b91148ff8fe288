"""The reader's queries over a SQLite store: filtered story pages, search, people, outlets.

Each returns plain values (dataclasses, model objects) and reads only the indexes of
``kabar.store.index`` and the article and story rows, with a LIMIT on every list, so a page
costs the same on a store of ten thousand articles as on one of a million.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from kabar.errors import KabarError
from kabar.models import Article, Story
from kabar.store.index import expand_prefixes
from kabar.store.rows import article_from_row

# Marks FTS5 puts around a match; replaced by <mark> after the text is escaped.
MARK_OPEN, MARK_CLOSE = "\x02", "\x03"
# Facet rows shown per search.
_FACETS = 12
# A search reads at most this many matches, newest first: totals beyond it are "at least",
# and facets and ranking cover these, so a search costs the same on any size of store.
SEARCH_CAP = 500
# A search filtered by outlet or person reads at most this many matches, newest first.
SEARCH_SCAN = 5000
# Co-mentions are counted over a person's latest articles.
_RECENT = 300


class SearchSyntaxError(KabarError):
    """The search query is not valid FTS5 syntax; the message says what to write instead."""


@dataclass(frozen=True)
class StoryFilter:
    """What the index page and /api/v1/stories narrow stories by (None: any)."""

    date_from: str | None = None
    date_to: str | None = None
    outlet: str | None = None
    person: str | None = None


@dataclass(frozen=True)
class Hit:
    """One search result: the article's metadata with its marked title and snippet."""

    id: str
    title: str
    outlet: str | None
    published: str | None
    story: str | None
    url: str | None
    marked_title: str
    snippet: str


@dataclass(frozen=True)
class SearchResult:
    total: int
    hits: list[Hit]
    outlets: list[tuple[str, int]] = field(default_factory=list)
    people: list[tuple[str, str, int]] = field(default_factory=list)  # (id, name, articles)
    capped: bool = False  # more than SEARCH_CAP matches: total is a lower bound


@dataclass(frozen=True)
class Person:
    id: str
    names: list[tuple[str, int]]  # names this id was written as, most frequent first
    roles: list[tuple[str, int]]
    articles: int
    statements: int  # quotes credited to the person
    per_day: list[tuple[str, int]]  # articles mentioning the person, per published day
    co_mentioned: list[tuple[str, str, int]]  # (id, name, articles together)
    name: str = ""  # the canonical name (the registry's); empty before the registry reads it
    aliases: list[str] = field(default_factory=list)  # every name and nickname seen
    role_dates: list[tuple[str, str | None, str | None, int]] = field(
        default_factory=list
    )  # (role, first seen, last seen, quotes)
    merges: list[Any] = field(default_factory=list)  # registry merges into this person


def list_stories(
    db: sqlite3.Connection, where: StoryFilter, limit: int, offset: int
) -> tuple[int, list[Story]]:
    """Return the number of matching stories and one page of them, latest first.

    The stories listed carry their id, title, date and members (``get_story`` gives the rest).

    The page walks the stories' (date, id) index newest first and probes each for the
    outlet or person filter in a covering index, so it reads about ``offset + limit``
    index entries and ``limit`` story rows whatever the store's size.
    """
    clauses, values = [], []
    if where.date_from:
        clauses.append("s.date >= ?")
        values.append(where.date_from)
    if where.date_to:
        clauses.append("substr(s.date, 1, 10) <= ?")
        values.append(where.date_to)
    if where.outlet:
        clauses.append("EXISTS (SELECT 1 FROM articles a WHERE a.story = s.id AND a.outlet = ?)")
        values.append(where.outlet)
    if where.person:
        clauses.append(
            "EXISTS (SELECT 1 FROM article_people p WHERE p.person = ? AND p.story = s.id)"
        )
        values.append(where.person)
    sql_where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    ids = [
        i
        for (i,) in db.execute(
            f"SELECT s.id FROM stories s {sql_where} ORDER BY s.date DESC, s.id DESC"
            " LIMIT ? OFFSET ?",
            [*values, limit, offset],
        )
    ]
    # A list shows a story's title, date and size: its members are read, not the rest.
    rows = {
        r[0]: Story(
            r[0],
            r[1],
            r[2],
            tuple(json.loads(r[3])),
            undated_articles=tuple(json.loads(r[4] or "[]")),
        )
        for r in db.execute(
            "SELECT id, title, date, json_extract(data, '$.articles'),"
            " json_extract(data, '$.undated_articles')"
            f" FROM stories WHERE id IN ({', '.join('?' * len(ids))})",
            ids,
        )
    }
    return _count_stories(db, where, sql_where, values), [rows[i] for i in ids if i in rows]


def _count_stories(
    db: sqlite3.Connection, where: StoryFilter, sql_where: str, values: list[str]
) -> int:
    """The number of stories a filter matches, from one covering index when it has one part."""
    dated = where.date_from or where.date_to
    if where.outlet and not (dated or where.person):
        sql, values = (
            "SELECT COUNT(DISTINCT story) FROM articles WHERE outlet = ? AND story IS NOT NULL",
            [where.outlet],
        )
    elif where.person and not (dated or where.outlet):
        sql, values = (
            "SELECT COUNT(DISTINCT story) FROM article_people"
            " WHERE person = ? AND story IS NOT NULL",
            [where.person],
        )
    else:
        sql = f"SELECT COUNT(*) FROM stories s {sql_where}"
    return int(db.execute(sql, values).fetchone()[0])


def search(
    db: sqlite3.Connection,
    query: str,
    *,
    outlet: str | None = None,
    person: str | None = None,
    limit: int = 20,
    offset: int = 0,
) -> SearchResult:
    """Full-text search over titles, bodies and quotes, best match first, with facets."""
    try:
        return _search(db, query, outlet, person, limit, offset)
    except sqlite3.OperationalError as error:
        if '"' not in query and ("syntax" in str(error) or "no such column" in str(error)):
            # Punctuation in plain words ("Jl. Sudirman", "KPK:") is not FTS5 syntax: quote them.
            quoted = " ".join(_quote_word(w) for w in query.split())
            try:
                return _search(db, quoted, outlet, person, limit, offset)
            except sqlite3.OperationalError:
                pass
        raise SearchSyntaxError(
            'the search could not be read: use words, "a phrase" in double quotes, '
            "or a prefix like banjir*"
        ) from error


def _quote_word(word: str) -> str:
    star = word.endswith("*")
    core = word.rstrip("*").replace('"', "")
    return f'"{core}"' + ("*" if star else "")


def _search(
    db: sqlite3.Connection,
    query: str,
    outlet: str | None,
    person: str | None,
    limit: int,
    offset: int,
) -> SearchResult:
    if not query.strip():
        return SearchResult(0, [])
    query = expand_prefixes(db, query)
    clauses, values = [], []
    if outlet:
        clauses.append("a.outlet = ?")
        values.append(outlet)
    if person:
        clauses.append("a.id IN (SELECT article FROM article_people WHERE person = ?)")
        values.append(person)
    # FTS5 walks its matches newest first, reading only rowids and the sizes bm25 needs;
    # the article ids come from the (row, article) index, not from the full-text rows. A
    # filtered search reads at most SEARCH_SCAN matches to find its SEARCH_CAP.
    walked = SEARCH_SCAN if clauses else SEARCH_CAP + 1
    matches = db.execute(
        "SELECT m.rowid, r.article, a.outlet, m.score FROM (SELECT rowid,"
        " bm25(article_text) score FROM article_text WHERE article_text MATCH ?"
        " ORDER BY rowid DESC LIMIT ?) m"
        " JOIN article_text_rows r ON r.row = m.rowid JOIN articles a ON a.id = r.article"
        f" {'WHERE ' + ' AND '.join(clauses) if clauses else ''}"
        " ORDER BY m.rowid DESC LIMIT ?",
        [query, walked, *values, SEARCH_CAP + 1],
    ).fetchall()
    capped = len(matches) > SEARCH_CAP
    if clauses and not capped:
        (read,) = db.execute(
            "SELECT COUNT(*) FROM (SELECT rowid FROM article_text WHERE article_text MATCH ?"
            " ORDER BY rowid DESC LIMIT ?)",
            (query, walked),
        ).fetchone()
        capped = read >= walked  # older matches were not read: the total is a lower bound
    matches = matches[:SEARCH_CAP]
    ranked = sorted(matches, key=lambda m: (m[3], -m[0]))[offset : offset + limit]
    shown = _shown(db, query, [m[0] for m in ranked])
    outlets: dict[str, int] = {}
    for _, _, name, _ in matches:
        if name:
            outlets[name] = outlets.get(name, 0) + 1
    return SearchResult(
        len(matches),
        [shown[m[0]] for m in ranked if m[0] in shown],
        sorted(outlets.items(), key=lambda o: (-o[1], o[0]))[:_FACETS],
        _people_facet(db, [m[1] for m in matches]),
        capped,
    )


def _shown(db: sqlite3.Connection, query: str, rowids: list[int]) -> dict[int, Hit]:
    """The marked title, snippet and metadata of the hits on the page."""
    if not rowids:
        return {}
    # One lookup per hit: FTS5 seeks a rowid it is given alone, but scans for an IN list.
    rows = [
        db.execute(
            "SELECT r.row, a.id, a.title, a.outlet, a.published, a.story,"
            " json_extract(a.data, '$.url'),"
            f" highlight(article_text, 1, '{MARK_OPEN}', '{MARK_CLOSE}'),"
            f" snippet(article_text, -1, '{MARK_OPEN}', '{MARK_CLOSE}', '…', 24)"
            " FROM article_text JOIN article_text_rows r ON r.row = article_text.rowid"
            " JOIN articles a ON a.id = r.article"
            " WHERE article_text MATCH ? AND article_text.rowid = ?",
            (query, rowid),
        ).fetchone()
        for rowid in rowids
    ]
    return {
        r[0]: Hit(r[1], r[2] or "", r[3], r[4], r[5], r[6], r[7] or "", r[8] or "")
        for r in rows
        if r is not None
    }


def _people_facet(db: sqlite3.Connection, ids: list[str]) -> list[tuple[str, str, int]]:
    if not ids:
        return []
    marks = ", ".join("?" * len(ids))
    rows = db.execute(
        f"SELECT person, MAX(name), COUNT(*) n FROM article_people WHERE article IN ({marks})"
        " GROUP BY person ORDER BY n DESC, person LIMIT ?",
        [*ids, _FACETS],
    ).fetchall()
    return [(p, n, int(c)) for p, n, c in rows]


def search_articles(db: sqlite3.Connection, query: str, limit: int) -> list[Article]:
    """Return the matching articles themselves (for downloads), best match first."""
    result = search(db, query, limit=limit)
    return get_many(db, [h.id for h in result.hits])


def get_many(db: sqlite3.Connection, ids: list[str]) -> list[Article]:
    if not ids:
        return []
    marks = ", ".join("?" * len(ids))
    found = {
        i: article_from_row(d)
        for i, d in db.execute(f"SELECT id, data FROM articles WHERE id IN ({marks})", ids)
    }
    return [found[i] for i in ids if i in found]


def person(db: sqlite3.Connection, pid: str) -> Person | None:
    """Return what the store knows of one person id, or None when no article names them."""
    # names, days and roles from the aggregates the index keeps (kabar.store.index.LOOKUPS)
    names = db.execute(
        "SELECT name, articles FROM person_name_tally WHERE person = ? AND articles > 0"
        " ORDER BY articles DESC, name",
        (pid,),
    ).fetchall()
    if not names:
        return None
    days = db.execute(
        "SELECT day, articles, said FROM person_day_tally WHERE person = ? AND articles > 0"
        " ORDER BY day",
        (pid,),
    ).fetchall()
    articles = sum(n for _, n, _ in days)
    said = sum(s for _, _, s in days)
    per_day = [(d, n) for d, n, _ in days if d]
    co = db.execute(
        "SELECT q.person, MAX(q.name), COUNT(*) n FROM (SELECT article FROM article_people"
        " WHERE person = ? ORDER BY published DESC LIMIT ?) p"
        " JOIN article_people q ON q.article = p.article AND q.person != ?"
        " GROUP BY q.person ORDER BY n DESC LIMIT 20",
        (pid, _RECENT, pid),
    ).fetchall()
    roles = db.execute(
        "SELECT role, quotes FROM person_role_tally WHERE person = ? AND quotes > 0"
        " ORDER BY quotes DESC, role LIMIT 10",
        (pid,),
    ).fetchall()
    return Person(
        pid,
        [(n, int(c)) for n, c in names],
        [(r, int(n)) for r, n in roles],
        int(articles),
        int(said or 0),
        [(d, int(c)) for d, c in per_day],
        [(i, n, int(c)) for i, n, c in co],
    )


def person_statement_articles(db: sqlite3.Connection, pid: str, limit: int) -> list[Article]:
    """Return the articles holding a person's latest ``limit`` quotes, newest first."""
    ids = [
        r[0]
        for r in db.execute(
            "SELECT article FROM person_quotes WHERE person = ?"
            " ORDER BY published DESC, article LIMIT ?",
            (pid, limit),
        )
    ]
    return get_many(db, list(dict.fromkeys(ids)))


def copies_of(db: sqlite3.Connection, article_id: str) -> list[tuple[str, str | None]]:
    """Return (id, outlet) of the articles recorded as duplicates of this one."""
    rows = db.execute(
        "SELECT id, outlet FROM articles WHERE duplicate_of = ? ORDER BY published, id LIMIT 100",
        (article_id,),
    )
    return [(i, o) for i, o in rows]


def outlets(db: sqlite3.Connection) -> list[tuple[str, int]]:
    """Return every outlet with its number of articles, largest first."""
    rows = db.execute(
        "SELECT outlet, articles FROM outlet_counts WHERE articles > 0"
        " ORDER BY articles DESC, outlet"
    )
    return [(o, int(n)) for o, n in rows]
