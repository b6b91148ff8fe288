"""The person registry's tables (``kabar.store.registry`` fills them, ``people`` reads them).

``people`` holds one row per person (``merged_into`` is kept for stores that join people
whole); ``person_names`` the full names and aliases that resolve to a person by key (a name
joined by a merge carries its id, so undoing it finds them; ``n``: articles naming
the person so); ``person_words`` the words of
those names, for bare names; ``person_context`` the terms seen around a person (role words,
organisations, people named beside them) with counts; ``person_roles`` the roles quotes gave
them with first and last dates; ``person_mentions`` which person each name of each article
is; ``person_merges`` the merges with their evidence; ``person_blocks`` the pairs an undone
merge keeps apart; ``person_rewrites`` the articles to rewrite after a person was absorbed
(``kabar.store.absorb``); ``absorbed`` of a merge, the person it absorbed.
"""

SCHEMA = """
CREATE TABLE IF NOT EXISTS people (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    merged_into TEXT,
    articles INTEGER NOT NULL DEFAULT 0,
    last TEXT
);
CREATE TABLE IF NOT EXISTS person_names (
    key TEXT NOT NULL,
    person TEXT NOT NULL,
    name TEXT NOT NULL,
    slug TEXT NOT NULL,
    merge INTEGER,
    n INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (key, person)
);
CREATE INDEX IF NOT EXISTS person_names_by_person ON person_names(person);
CREATE INDEX IF NOT EXISTS person_names_by_slug ON person_names(slug);
CREATE TABLE IF NOT EXISTS person_words (
    word TEXT NOT NULL,
    person TEXT NOT NULL,
    PRIMARY KEY (word, person)
);
CREATE TABLE IF NOT EXISTS person_context (
    person TEXT NOT NULL,
    term TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (person, term)
);
CREATE TABLE IF NOT EXISTS person_roles (
    person TEXT NOT NULL,
    role TEXT NOT NULL,
    first TEXT,
    last TEXT,
    n INTEGER NOT NULL,
    PRIMARY KEY (person, role)
);
CREATE TABLE IF NOT EXISTS person_mentions (
    article TEXT NOT NULL,
    name TEXT NOT NULL,
    person TEXT NOT NULL,
    merge INTEGER,
    published TEXT,
    PRIMARY KEY (article, name)
);
CREATE INDEX IF NOT EXISTS person_mentions_by_person ON person_mentions(person, published);
CREATE INDEX IF NOT EXISTS person_mentions_by_merge
    ON person_mentions(merge) WHERE merge IS NOT NULL;
CREATE TABLE IF NOT EXISTS person_merges (
    id INTEGER PRIMARY KEY,
    person TEXT NOT NULL,
    key TEXT NOT NULL,
    name TEXT NOT NULL,
    article TEXT NOT NULL,
    evidence TEXT NOT NULL,
    undone INTEGER NOT NULL DEFAULT 0,
    absorbed TEXT
);
CREATE UNIQUE INDEX IF NOT EXISTS person_merges_pair ON person_merges(person, key);
CREATE TABLE IF NOT EXISTS person_rewrites (
    article TEXT PRIMARY KEY
);
CREATE TABLE IF NOT EXISTS person_blocks (
    person TEXT NOT NULL,
    key TEXT NOT NULL,
    PRIMARY KEY (person, key)
)
"""

# The tables a rebuild empties: everything but the blocks people set by undoing merges.
REBUILT = (
    "people",
    "person_names",
    "person_words",
    "person_context",
    "person_roles",
    "person_mentions",
    "person_merges",
)
