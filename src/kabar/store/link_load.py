"""Reading the link tables: rows, whole stories, posting lists, into a ``LinkState``.

``load`` reads the rows and stories asked for (or all of them) and numbers them in store
order, so that a run over them decides as it would over the whole state. The posting lists a
window reads keep the stories' store numbers (``StoryIndex.keys``): a story a list names but
the window does not hold costs the run no row of the story index.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import Any

import numpy as np

from kabar.models import Entity
from kabar.store.link_tables import (
    STORY_DTYPE,
    Reach,
    Window,
    chunks,
    unpack_stories,
)
from kabar.stories.clustering import POSTING_SCAN
from kabar.stories.corpus import STORYLINE_KEY
from kabar.stories.fingerprints import NUM_PERM
from kabar.stories.state import LinkState
from kabar.stories.terms import N_TERMS

_ROW_COLUMNS = "row, id, minute, day, story, root, size, exact, signature"
_STORY_COLUMNS = "story, id, title, untitled, storyline, entities, data"
# The latest POSTING_SCAN stories of each term, one JSON array per term.
POSTINGS = (
    "SELECT t.value, (SELECT json_group_array(story) FROM (SELECT story FROM link_postings"
    f" WHERE term = t.value ORDER BY story DESC LIMIT {POSTING_SCAN})) FROM json_each(?) t"
)


def select(db: sqlite3.Connection, sql: str, values: Iterable[Any]) -> list[tuple[Any, ...]]:
    """Run ``sql`` (with one ``{}`` for the placeholders) over the values, a chunk at a time."""
    out: list[tuple[Any, ...]] = []
    for chunk in chunks(sorted(int(v) if isinstance(v, np.integer) else v for v in values)):
        out += db.execute(sql.format(",".join("?" * len(chunk))), chunk).fetchall()
    return out


def postings(db: sqlite3.Connection, terms: Iterable[int]) -> dict[int, list[int]]:
    """Return the latest stories of each term's posting list, ascending."""
    return {t: found.tolist() for t, found in latest(db, POSTINGS, terms).items()}


def latest(db: sqlite3.Connection, sql: str, keys: Iterable[int]) -> dict[int, np.ndarray]:
    """Run a query of one JSON array per key (``POSTINGS``); return the arrays sorted."""
    out: dict[int, np.ndarray] = {}
    for chunk in chunks(sorted(int(k) for k in keys)):
        for key, found in db.execute(sql, (json.dumps(chunk),)):
            values = np.array(json.loads(found), dtype=np.int64)
            values.sort()
            out[int(key)] = values
    return out


def closed(
    db: sqlite3.Connection, rows: Iterable[int], stories: Iterable[int]
) -> tuple[set[int], set[int]]:
    """Add every story of the rows, the storylines of the stories, and every member's row,
    root and each story's central row, until nothing more is needed."""
    new_rows, new_stories = set(rows), set(stories)
    have_rows: set[int] = set()
    have_stories: set[int] = set()
    while new_rows or new_stories:
        have_rows |= new_rows
        found = select(db, "SELECT story, root FROM link_rows WHERE row IN ({})", new_rows)
        new_stories = (new_stories | {s for s, _ in found}) - have_stories
        more = {r for _, r in found}
        if new_stories:
            lines = select(
                db, "SELECT storyline FROM link_stories WHERE story IN ({})", new_stories
            )
            named = {line for (line,) in lines if line is not None}
            new_stories |= {
                s for (s,) in select(
                    db, "SELECT story FROM link_stories WHERE storyline IN ({})", named
                )
            }
            new_stories -= have_stories
            have_stories |= new_stories
            members = select(db, "SELECT row, root FROM link_rows WHERE story IN ({})", new_stories)
            more |= {r for r, _ in members} | {r for _, r in members}
            for (data,) in select(
                db, "SELECT data FROM link_stories WHERE story IN ({})", new_stories
            ):
                best = int(unpack_stories([data])[0]["best_rows"])
                if best >= 0:
                    more.add(best)
        new_stories = set()
        new_rows = more - have_rows
    return have_rows, have_stories


def load_all(db: sqlite3.Connection, meta: dict[str, int], terms: np.ndarray) -> tuple[
    LinkState, Window
]:
    """Read the whole saved state."""
    rows = db.execute(f"SELECT {_ROW_COLUMNS} FROM link_rows ORDER BY row").fetchall()
    stories = db.execute(f"SELECT {_STORY_COLUMNS} FROM link_stories ORDER BY story").fetchall()
    df = db.execute("SELECT term, count FROM link_df").fetchall()
    return _state(meta, rows, stories, df, terms, None)


def load_reach(
    db: sqlite3.Connection, meta: dict[str, int], reach: Reach, terms: np.ndarray
) -> tuple[LinkState, Window]:
    """Read the rows and whole stories of a reach and its posting lists."""
    rows = sorted(
        select(db, f"SELECT {_ROW_COLUMNS} FROM link_rows WHERE row IN ({{}})", reach.rows)
    )
    sql = f"SELECT {_STORY_COLUMNS} FROM link_stories WHERE story IN ({{}})"
    stories = sorted(select(db, sql, reach.stories))
    lists = {**reach.lists, **latest(db, POSTINGS, reach.terms - set(reach.lists))}
    reach = Reach(reach.rows, reach.stories, reach.terms, lists)
    df = select(db, "SELECT term, count FROM link_df WHERE term IN ({})", terms)
    return _state(meta, rows, stories, df, terms, reach)


def _state(
    meta: dict[str, int],
    row_data: list[tuple[Any, ...]],
    story_data: list[tuple[Any, ...]],
    df_rows: list[tuple[Any, ...]],
    terms: np.ndarray,
    window: Reach | None,
) -> tuple[LinkState, Window]:
    """Build the state (rows and stories renumbered in store order) and its window."""
    # Size: one pass building every field of the state and of its window from the rows read
    row_numbers = np.array([r[0] for r in row_data], dtype=np.int64)
    story_numbers = np.array([s[0] for s in story_data], dtype=np.int64)
    story_g = np.array([r[4] for r in row_data], dtype=np.int64)
    root_g = np.array([r[5] for r in row_data], dtype=np.int64)
    signatures = _packed([r[8] for r in row_data], np.dtype(np.uint32)).reshape(-1, NUM_PERM)
    records = unpack_stories([s[6] for s in story_data])
    index: dict[str, np.ndarray] = {name: records[name].copy() for name in STORY_DTYPE.names or ()}
    best = records["best_rows"]
    index["best_rows"] = np.where(best >= 0, np.searchsorted(row_numbers, best), -1)
    df = np.zeros(N_TERMS, dtype=np.int32)
    if df_rows:
        found = np.array(df_rows, dtype=np.int64)
        df[found[:, 0]] = found[:, 1]
    index["df"] = df
    index["n_docs"] = np.array([meta["n_docs"]], dtype=np.int64)
    index["background"] = np.array([meta["background"]], dtype=np.int64)
    if not meta["storylines_missing"]:
        lines = np.array([s[4] for s in story_data], dtype=np.int64)
        index[STORYLINE_KEY] = np.searchsorted(story_numbers, lines)
    reach = window
    if reach is not None:
        listed = sorted(t for t in reach.terms if len(reach.lists[t]))
        index["posting_terms"] = np.repeat(
            np.array(listed, dtype=np.int64), [len(reach.lists[t]) for t in listed]
        )
        index["posting_stories"] = np.concatenate(
            [reach.lists[t] for t in listed] or [np.zeros(0, dtype=np.int64)]
        )
        index["story_keys"] = story_numbers
    entities = tuple(
        tuple(Entity(n, t, tuple(a), c) for n, t, a, c in json.loads(s[5])) if s[5] != "[]" else ()
        for s in story_data
    )
    state = LinkState(
        shingle_words=meta["shingle_words"],
        ids=tuple(r[1] for r in row_data),
        minutes=np.array([r[2] for r in row_data], dtype=np.int64),
        days=np.array([r[3] for r in row_data], dtype=np.int32),
        story_of=np.searchsorted(story_numbers, story_g),
        signatures=signatures,
        sizes=np.array([r[6] for r in row_data], dtype=np.int32),
        exact=np.array([r[7] for r in row_data], dtype=np.int64).view(np.uint64),
        root=np.searchsorted(row_numbers, root_g),
        story_ids=tuple(s[1] for s in story_data),
        story_titles=tuple(s[2] for s in story_data),
        untitled=tuple(i for i, s in enumerate(story_data) if s[3]),
        story_entities=entities,
        story_index=index,
        hidden_stories=meta["stories"] - len(story_data),
    )
    return state, Window(
        rows=row_numbers,
        stories=story_numbers,
        total_rows=meta["rows"],
        total_stories=meta["stories"],
        roots=root_g,
        story_of=story_g,
        records=records,
        texts=tuple((s[2], int(s[3]), s[4], s[5]) for s in story_data),
        terms=terms.astype(np.int64),
        reach=reach,
        entities=entities,
    )


def _packed(blobs: list[bytes], dtype: np.dtype[Any]) -> np.ndarray:
    """Return the blobs read as one array of the dtype (empty for none)."""
    return np.frombuffer(b"".join(blobs), dtype=dtype) if blobs else np.zeros(0, dtype=dtype)
