"""Read indexes kept beside the articles: full-text search (FTS5) and who appears where.

Both are derived from the ``articles`` rows, so a store written before they existed gets them
built on open (``ensure``), and every article write refreshes its own rows (``refresh``).

The FTS5 tokenizer is ``unicode61 remove_diacritics 2``: Indonesian is written in plain
Latin letters, but names and loanwords arrive with accents in some outlets and not in others
("Sukarno"/"Soekarno" aside, "Pelé", "Hồ"), so folding diacritics lets one query find both;
``unicode61`` splits on Unicode punctuation, which suits Indonesian's reduplications
("anak-anak" is found by "anak"), and no stemmer is applied because an English one would
mangle Indonesian affixes (me-, di-, -kan, -nya). Prefix queries (``banjir*``) cover affixed
forms.

A person's id is the person registry's (``kabar.store.registry``), set on the entities and
quotes when the article is stored; the slug of the name (lowercased, diacritics dropped, runs
of other characters made "-") stands in for an article read without a store, and is also the
id a person gets when first registered, so links made from a name keep landing on them.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections.abc import Sequence

from kabar.models import Article

SCHEMA = """
CREATE VIRTUAL TABLE IF NOT EXISTS article_text USING fts5(
    article UNINDEXED, title, body, quotes,
    tokenize = "unicode61 remove_diacritics 2"
);
CREATE TABLE IF NOT EXISTS article_text_rows (
    article TEXT PRIMARY KEY,
    row INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS article_people (
    article TEXT NOT NULL,
    person TEXT NOT NULL,
    name TEXT NOT NULL,
    mentions INTEGER NOT NULL,
    said INTEGER NOT NULL,
    published TEXT,
    outlet TEXT,
    story TEXT,
    PRIMARY KEY (article, person)
);
-- covering: a person's page counts their rows by day, name and quotes without the table
CREATE INDEX IF NOT EXISTS article_people_by_person
    ON article_people(person, published, name, said);
CREATE INDEX IF NOT EXISTS articles_outlet ON articles(outlet, published);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
CREATE INDEX IF NOT EXISTS articles_copies ON articles(duplicate_of) WHERE duplicate_of IS NOT NULL;
CREATE TABLE IF NOT EXISTS article_credits (
    article TEXT NOT NULL,
    wire TEXT NOT NULL,
    outlet TEXT,
    PRIMARY KEY (article, wire)
);
CREATE INDEX IF NOT EXISTS article_credits_outlet ON article_credits(outlet, wire);
CREATE INDEX IF NOT EXISTS stories_latest ON stories(date, id);
CREATE TABLE IF NOT EXISTS person_quotes (
    article TEXT NOT NULL,
    quote INTEGER NOT NULL,
    person TEXT NOT NULL,
    role TEXT,
    published TEXT,
    PRIMARY KEY (article, quote)
);
CREATE INDEX IF NOT EXISTS person_quotes_by_person ON person_quotes(person, published, role)
"""
# Indexes and aggregates added later: built from the tables on open, with no refill of the
# derived tables above. The story filters probe (story, outlet) and (person, story) pairs,
# and count a filter's stories from the index alone.
LOOKUPS = """
CREATE INDEX IF NOT EXISTS articles_story_outlet ON articles(story, outlet);
CREATE INDEX IF NOT EXISTS articles_outlet_story ON articles(outlet, story);
CREATE INDEX IF NOT EXISTS article_people_story ON article_people(person, story);
-- a person's latest statements, in the order their page lists them
CREATE INDEX IF NOT EXISTS person_quotes_latest ON person_quotes(person, published DESC, article);
-- a search maps the full-text rows it matched to their articles
CREATE INDEX IF NOT EXISTS article_text_by_row ON article_text_rows(row, article);
-- an outlet's page ranks each recent day's stories by their articles
CREATE INDEX IF NOT EXISTS articles_day ON articles(published, story, outlet);
-- articles per outlet, kept by triggers on every write (an outlet's page and the filter's
-- list read it instead of counting the articles)
CREATE TABLE IF NOT EXISTS outlet_counts (
    outlet TEXT PRIMARY KEY,
    articles INTEGER NOT NULL
);
CREATE TRIGGER IF NOT EXISTS outlet_counts_replaced BEFORE INSERT ON articles BEGIN
    UPDATE outlet_counts SET articles = articles - 1
    WHERE outlet = (SELECT outlet FROM articles WHERE id = NEW.id);
END;
CREATE TRIGGER IF NOT EXISTS outlet_counts_inserted AFTER INSERT ON articles
WHEN NEW.outlet IS NOT NULL BEGIN
    INSERT INTO outlet_counts (outlet, articles) VALUES (NEW.outlet, 1)
    ON CONFLICT (outlet) DO UPDATE SET articles = articles + 1;
END;
CREATE TRIGGER IF NOT EXISTS outlet_counts_deleted AFTER DELETE ON articles BEGIN
    UPDATE outlet_counts SET articles = articles - 1 WHERE outlet = OLD.outlet;
END;
CREATE TRIGGER IF NOT EXISTS outlet_counts_moved AFTER UPDATE OF outlet ON articles BEGIN
    UPDATE outlet_counts SET articles = articles - 1 WHERE outlet = OLD.outlet;
    INSERT INTO outlet_counts (outlet, articles) SELECT NEW.outlet, 1 WHERE NEW.outlet IS NOT NULL
    ON CONFLICT (outlet) DO UPDATE SET articles = articles + 1;
END;
-- a person's names, articles per day and roles, kept by triggers like the outlet counts (a
-- person's page reads these few rows, not every article that names them)
CREATE TABLE IF NOT EXISTS person_name_tally (
    person TEXT NOT NULL,
    name TEXT NOT NULL,
    articles INTEGER NOT NULL,
    PRIMARY KEY (person, name)
);
CREATE TABLE IF NOT EXISTS person_day_tally (
    person TEXT NOT NULL,
    day TEXT NOT NULL,
    articles INTEGER NOT NULL,
    said INTEGER NOT NULL,
    PRIMARY KEY (person, day)
);
CREATE TABLE IF NOT EXISTS person_role_tally (
    person TEXT NOT NULL,
    role TEXT NOT NULL,
    quotes INTEGER NOT NULL,
    PRIMARY KEY (person, role)
);
CREATE TRIGGER IF NOT EXISTS person_rows_replaced BEFORE INSERT ON article_people BEGIN
    DELETE FROM article_people WHERE article = NEW.article AND person = NEW.person;
END;
CREATE TRIGGER IF NOT EXISTS person_rows_inserted AFTER INSERT ON article_people BEGIN
    INSERT INTO person_name_tally (person, name, articles) VALUES (NEW.person, NEW.name, 1)
    ON CONFLICT (person, name) DO UPDATE SET articles = articles + 1;
    INSERT INTO person_day_tally (person, day, articles, said)
    VALUES (NEW.person, COALESCE(substr(NEW.published, 1, 10), ''), 1, NEW.said)
    ON CONFLICT (person, day) DO UPDATE
    SET articles = articles + 1, said = said + excluded.said;
END;
CREATE TRIGGER IF NOT EXISTS person_rows_deleted AFTER DELETE ON article_people BEGIN
    UPDATE person_name_tally SET articles = articles - 1
    WHERE person = OLD.person AND name = OLD.name;
    UPDATE person_day_tally SET articles = articles - 1, said = said - OLD.said
    WHERE person = OLD.person AND day = COALESCE(substr(OLD.published, 1, 10), '');
END;
CREATE TRIGGER IF NOT EXISTS person_quotes_replaced BEFORE INSERT ON person_quotes BEGIN
    DELETE FROM person_quotes WHERE article = NEW.article AND quote = NEW.quote;
END;
CREATE TRIGGER IF NOT EXISTS person_quotes_inserted AFTER INSERT ON person_quotes
WHEN NEW.role IS NOT NULL BEGIN
    INSERT INTO person_role_tally (person, role, quotes) VALUES (NEW.person, NEW.role, 1)
    ON CONFLICT (person, role) DO UPDATE SET quotes = quotes + 1;
END;
CREATE TRIGGER IF NOT EXISTS person_quotes_deleted AFTER DELETE ON person_quotes
WHEN OLD.role IS NOT NULL BEGIN
    UPDATE person_role_tally SET quotes = quotes - 1 WHERE person = OLD.person AND role = OLD.role;
END
"""
# How the aggregates of LOOKUPS are filled from the tables when first created.
_FILLS = {
    "outlet_counts": "INSERT INTO outlet_counts (outlet, articles) SELECT outlet, COUNT(*)"
    " FROM articles WHERE outlet IS NOT NULL GROUP BY outlet",
    "person_name_tally": "INSERT INTO person_name_tally (person, name, articles)"
    " SELECT person, name, COUNT(*) FROM article_people GROUP BY person, name",
    "person_day_tally": "INSERT INTO person_day_tally (person, day, articles, said)"
    " SELECT person, COALESCE(substr(published, 1, 10), ''), COUNT(*), SUM(said)"
    " FROM article_people GROUP BY 1, 2",
    "person_role_tally": "INSERT INTO person_role_tally (person, role, quotes) SELECT person, role,"
    " COUNT(*) FROM person_quotes WHERE role IS NOT NULL GROUP BY person, role",
}
_NAMES = re.findall(r"EXISTS (\w+)", SCHEMA)
_LOOKUP_NAMES = re.findall(r"EXISTS (\w+)", LOOKUPS)
_TABLES = (
    "article_text",
    "article_text_rows",
    "article_people",
    "person_quotes",
    "article_credits",
)
# A prefix query is answered as the words it stands for when there are at most this many.
_PREFIX_WORDS = 64
# Articles indexed per batch while backfilling an old store.
_BATCH = 500


def person_id(name: str) -> str:
    """Return the interim person id of a canonical name: its ASCII slug."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-") or "x"


def missing(db: sqlite3.Connection) -> bool:
    """Return whether any of the indexes is missing (a store written by an older kabar)."""
    names = {r[0] for r in db.execute("SELECT name FROM sqlite_master")}
    return not set(_NAMES) | set(_LOOKUP_NAMES) <= names


def ensure(db: sqlite3.Connection) -> None:
    """Create the indexes when missing and fill them from the articles.

    The derived tables are all filled again only when one of them is missing; the later
    lookups (``LOOKUPS``) are built from the tables as they are.
    """
    names = {r[0] for r in db.execute("SELECT name FROM sqlite_master")}
    _run(db, SCHEMA)
    _run(db, LOOKUPS)
    for table, fill in _FILLS.items():
        if table not in names:
            db.execute(fill)
    if set(_NAMES) <= names:
        return
    for table in _TABLES:
        db.execute(f"DELETE FROM {table}")
    from kabar.store.rows import article_from_row

    rowid = 0
    while True:
        rows = db.execute(
            "SELECT rowid, data FROM articles WHERE rowid > ? ORDER BY rowid LIMIT ?",
            (rowid, _BATCH),
        ).fetchall()
        if not rows:
            return
        refresh(db, [article_from_row(data) for _, data in rows])
        rowid = rows[-1][0]


def _run(db: sqlite3.Connection, script: str) -> None:
    # Split on the semicolons that end a statement, not those inside a trigger's body.
    for statement in re.split(r";\n(?=CREATE|--)", script):
        if statement.strip():
            db.execute(statement)


def refresh(db: sqlite3.Connection, articles: Sequence[Article]) -> None:
    """Bring the index rows of these articles up to date (inside the caller's transaction).

    An article indexed before (linking writes it again with its story) keeps the rows whose
    content is unchanged: its full-text row above all, which costs more to replace than
    everything else an article write does.
    """
    indexed = _indexed(db, [a.id for a in articles])
    fresh = [a for a in articles if a.id not in indexed]
    _insert_text(db, fresh)
    ids = [(a.id,) for a in fresh]
    db.executemany("DELETE FROM article_people WHERE article = ?", ids)
    db.executemany("DELETE FROM person_quotes WHERE article = ?", ids)
    db.executemany("DELETE FROM article_credits WHERE article = ?", ids)
    _insert_rows(db, fresh)
    for article in articles:
        if article.id in indexed:
            _update(db, article, indexed[article.id])


def _indexed(db: sqlite3.Connection, ids: list[str]) -> dict[str, int]:
    """The full-text row of each of these articles that has one."""
    found: dict[str, int] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        query = f"SELECT article, row FROM article_text_rows WHERE article IN ({marks})"
        found.update(db.execute(query, chunk))
    return found


def _insert_rows(db: sqlite3.Connection, articles: Sequence[Article]) -> None:
    db.executemany(
        "INSERT OR IGNORE INTO article_credits (article, wire, outlet) VALUES (?, ?, ?)",
        [row for a in articles for row in _credit_rows(a)],
    )
    db.executemany(
        "INSERT INTO person_quotes (article, quote, person, role, published)"
        " VALUES (?, ?, ?, ?, ?)",
        [row for a in articles for row in _quote_rows(a)],
    )
    db.executemany(
        "INSERT OR REPLACE INTO article_people"
        " (article, person, name, mentions, said, published, outlet, story)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [row for a in articles for row in _people_rows(a)],
    )


def _update(db: sqlite3.Connection, article: Article, row: int) -> None:
    """Replace the index rows of an indexed article that differ from what it now holds."""
    old = db.execute("SELECT title, body, quotes FROM article_text WHERE rowid = ?", (row,))
    if old.fetchone() != _text(article):
        db.execute("DELETE FROM article_text WHERE rowid = ?", (row,))
        _insert_text(db, [article])
    key = (article.id,)
    credits = db.execute("SELECT article, wire, outlet FROM article_credits WHERE article = ?", key)
    quotes = db.execute(
        "SELECT article, quote, person, role, published FROM person_quotes WHERE article = ?", key
    )
    people = db.execute(
        "SELECT article, person, name, mentions, said, published, outlet, story"
        " FROM article_people WHERE article = ?",
        key,
    )
    stored = (set(credits.fetchall()), set(quotes.fetchall()), set(people.fetchall()))
    new = (set(_credit_rows(article)), set(_quote_rows(article)), set(_people_rows(article)))
    if stored == new:
        return
    unstoried = {r[:-1] for r in new[2]}
    if stored[:2] == new[:2] and {r[:-1] for r in stored[2]} == unstoried:
        # Linking gave the article its story; nothing else changed.
        db.execute("UPDATE article_people SET story = ? WHERE article = ?", (article.story, *key))
        return
    db.execute("DELETE FROM article_people WHERE article = ?", key)
    db.execute("DELETE FROM person_quotes WHERE article = ?", key)
    db.execute("DELETE FROM article_credits WHERE article = ?", key)
    _insert_rows(db, [article])


def _text(article: Article) -> tuple[str, str, str]:
    return (article.title or "", article.body, "\n".join(q.text for q in article.quotes))


def _insert_text(db: sqlite3.Connection, articles: Sequence[Article]) -> None:
    for article in articles:
        cursor = db.execute(
            "INSERT INTO article_text (article, title, body, quotes) VALUES (?, ?, ?, ?)",
            (article.id, *_text(article)),
        )
        db.execute(
            "INSERT OR REPLACE INTO article_text_rows (article, row) VALUES (?, ?)",
            (article.id, cursor.lastrowid),
        )


def _credit_rows(article: Article) -> list[tuple[object, ...]]:
    return [(article.id, wire, article.outlet) for wire in dict.fromkeys(article.wire_sources)]


def _quote_rows(article: Article) -> list[tuple[object, ...]]:
    return [
        (article.id, i, q.person_id or person_id(q.speaker), q.speaker_role, article.published)
        for i, q in enumerate(article.quotes)
        if q.speaker
    ]


def _people_rows(article: Article) -> list[tuple[object, ...]]:
    people: dict[str, list[object]] = {}
    for entity in article.entities:
        if entity.type == "PERSON":
            key = entity.person_id or person_id(entity.name)
            people.setdefault(key, [entity.name, 0, 0])[1] = max(entity.count, 1)
    for quote in article.quotes:
        if quote.speaker:
            key = quote.person_id or person_id(quote.speaker)
            entry = people.setdefault(key, [quote.speaker, 0, 0])
            entry[2] = int(str(entry[2])) + 1
    return [
        (article.id, key, name, mentions, said, article.published, article.outlet, article.story)
        for key, (name, mentions, said) in people.items()
    ]


def expand_prefixes(db: sqlite3.Connection, query: str) -> str:
    """Write each ``word*`` outside quotes as the words of the index it stands for, ORed.

    FTS5 answers a prefix by merging the lists of every word with that prefix over the whole
    store before it returns one match, for the search and again for the marks of the hits
    shown; the same words ORed are read lazily, newest first. A prefix standing for more
    than ``_PREFIX_WORDS`` words is left as it is.
    """
    if '"' in query or "*" not in query:
        return query
    db.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.article_words"
        " USING fts5vocab(main, article_text, 'row')"
    )

    def words(match: re.Match[str]) -> str:
        stem = match.group(1).lower()
        found = [
            w
            for (w,) in db.execute(
                "SELECT term FROM temp.article_words WHERE term >= ? AND term < ? LIMIT ?",
                (stem, stem + "\U0010ffff", _PREFIX_WORDS + 1),
            )
        ]
        if not found or len(found) > _PREFIX_WORDS:
            return match.group(0)
        return "(" + " OR ".join(f'"{w}"' for w in found) + ")"

    return re.sub(r"(?<![\w\\])(\w+)\*", words, query)
