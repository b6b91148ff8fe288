"""The link state in the store as keyed tables, written by what a run changed.

A run reads only the window of the state its new articles can reach
(``kabar.store.link_window``) and ``write`` saves back what differs from what it read: the new
rows and stories, the rows and stories whose values changed, their posting lists and bucket
keys, the document frequencies of the run's terms. Row and story numbers are the store's;
a window numbers its rows and stories in the same order, so mapping back is a lookup.

Tables (made by the store's schema migrations): ``link_meta`` (counts, settings),
``link_rows`` (one per linked article: times, story, earliest copy, fingerprint),
``link_buckets`` (LSH bucket key -> row), ``link_stories`` (ids, titles, people, storyline,
and the story index's fixed-width numbers as one packed record), ``link_postings`` (term ->
stories whose heaviest centroid terms hold it), ``link_df``.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from kabar.stories.actors import ACTOR_WORDS
from kabar.stories.clustering import (
    ARTICLE_TERMS,
    CENTROID_TERMS,
    HEADLINE_WORDS,
    MARKS,
    POSTED_TERMS,
    SPEAKER_WORDS,
    SUBJECTS,
)
from kabar.stories.corpus import STORYLINE_KEY
from kabar.stories.fingerprints import band_keys
from kabar.stories.state import LinkState
from kabar.stories.terms import BACKGROUNDS

# The tables (created by migration 4 in kabar.store.schema).
TABLES = (
    "link_meta", "link_rows", "link_buckets", "link_stories", "link_postings", "link_df",
    "link_names",
)
# The story index's per-story numbers, one packed record per story (best_row is a store row).
STORY_DTYPE = np.dtype(
    [
        ("centroid_ids", "<i4", (CENTROID_TERMS,)),
        ("centroid_weights", "<f4", (CENTROID_TERMS,)),
        ("norms", "<f8"),
        ("best_ids", "<i4", (ARTICLE_TERMS,)),
        ("best_weights", "<f4", (ARTICLE_TERMS,)),
        ("best_rows", "<i8"),
        ("story_sizes", "<i8"),
        ("story_speakers", "<i4", (SPEAKER_WORDS,)),
        ("story_principals", "<i4", (HEADLINE_WORDS,)),
        ("story_marks", "<i4", (MARKS,)),
        ("story_actors", "<i4", (ACTOR_WORDS,)),
        ("story_subjects", "<i4", (SUBJECTS,)),
    ]
)
# Columns absent from states saved before stories kept their people: -1 (none).
_OPTIONAL = (
    "story_speakers", "story_principals", "story_marks", "story_actors", "story_subjects"
)
# The packed record stores saved before stories kept their headline subjects: read and widened.
_EARLIER_DTYPE = np.dtype([f for f in STORY_DTYPE.descr if f[0] != "story_subjects"])
# Values bound per statement (below SQLite's smallest limit on bound parameters).
CHUNK = 500


@dataclass(frozen=True, eq=False)
class Window:
    """What a run read of the stored state: where its rows and stories are in the store.

    ``rows`` and ``stories`` are the store numbers of the state's rows and stories, ascending;
    the rest is what they held when read, to save only what a run changed.
    """

    rows: np.ndarray  # (r,) int64 store row of each state row
    stories: np.ndarray  # (s,) int64 store story of each state story
    total_rows: int
    total_stories: int
    roots: np.ndarray  # (r,) int64 store root of each row as read
    story_of: np.ndarray  # (r,) int64 store story of each row as read
    records: np.ndarray  # (s,) STORY_DTYPE as read (best_rows in store numbers)
    texts: tuple[tuple[str, int, int | None, str], ...]  # (title, untitled, storyline, entities)
    terms: np.ndarray  # int32 terms whose document frequency was read
    # what the window was chosen from (store rows, whole stories, posting terms), and the
    # stories a run over it ranked but it does not hold (kabar.store.link_window): then it is
    # read again, wider
    reach: Reach | None = None
    missed_stories: set[int] = field(default_factory=set)
    # each story's entities as read: a run replaces the tuple of a story whose people change
    entities: tuple[tuple[Any, ...], ...] = ()

    @property
    def missed(self) -> bool:
        """Return whether a run over this window looked at something it did not hold."""
        return bool(self.missed_stories)


@dataclass(frozen=True)
class Reach:
    """The store rows, whole stories and posting lists a window is read from."""

    rows: frozenset[int]
    stories: frozenset[int]
    terms: frozenset[int]
    # the lists of terms read already (each ascending), not read again
    lists: dict[int, np.ndarray] = field(default_factory=dict, compare=False)


def empty_window() -> Window:
    """Return the window of a store with no link state: everything a run has is new."""
    none = np.zeros(0, dtype=np.int64)
    return Window(none, none, 0, 0, none, none, np.zeros(0, STORY_DTYPE), (), none)


def unpack_stories(blobs: Sequence[bytes]) -> np.ndarray:
    """Return packed story records as STORY_DTYPE; a record saved before the headline subjects
    were kept gets none (-1)."""
    if all(len(blob) == STORY_DTYPE.itemsize for blob in blobs):
        joined = b"".join(blobs)
        return np.frombuffer(joined, dtype=STORY_DTYPE) if blobs else np.zeros(0, STORY_DTYPE)
    records = np.zeros(len(blobs), dtype=STORY_DTYPE)
    records["story_subjects"] = -1
    for k, blob in enumerate(blobs):
        if len(blob) == STORY_DTYPE.itemsize:
            records[k] = np.frombuffer(blob, dtype=STORY_DTYPE)[0]
            continue
        earlier = np.frombuffer(blob, dtype=_EARLIER_DTYPE)[0]
        for name in _EARLIER_DTYPE.names or ():
            records[k][name] = earlier[name]
    return records


def chunks(values: Sequence[Any]) -> Iterator[list[Any]]:
    """Yield the values in lists of at most CHUNK."""
    for start in range(0, len(values), CHUNK):
        yield list(values[start : start + CHUNK])


def read_meta(db: sqlite3.Connection) -> dict[str, int]:
    """Return the saved counts and settings (empty when no state is stored)."""
    return dict(db.execute("SELECT key, value FROM link_meta").fetchall())


def clear(db: sqlite3.Connection) -> None:
    """Drop the saved link state (inside the caller's transaction)."""
    for table in TABLES:
        db.execute(f"DELETE FROM {table}")


def entities_json(entities: Iterable[object]) -> str:
    """Return a story's entities as the saved JSON array."""
    return json.dumps(
        [[e.name, e.type, list(e.aliases), e.count] for e in entities],  # type: ignore[attr-defined]
        ensure_ascii=False,
    )


def story_records(state: LinkState, story_global: np.ndarray, row_global: np.ndarray) -> np.ndarray:
    """Return the state's per-story numbers as packed records in store numbers."""
    index = state.story_index
    count = len(state.story_ids)
    records = np.zeros(count, dtype=STORY_DTYPE)
    for name in STORY_DTYPE.names or ():
        if name in index:
            records[name] = index[name][:count]
        elif name in _OPTIONAL:
            records[name] = -1
    best = records["best_rows"]
    records["best_rows"] = np.where(best >= 0, row_global[np.maximum(best, 0)], -1)
    return records


def write(db: sqlite3.Connection, state: LinkState, window: Window) -> None:
    """Save what a run changed of the state it was handed (inside the caller's transaction).

    ``state`` is the run's state: the window's rows and stories first, then the new ones.
    """
    first_row, first_story = len(window.rows), len(window.stories)
    new_rows = len(state.ids) - first_row
    new_stories = len(state.story_ids) - first_story
    row_global = np.concatenate(
        [window.rows, window.total_rows + np.arange(new_rows, dtype=np.int64)]
    )
    story_global = np.concatenate(
        [window.stories, window.total_stories + np.arange(new_stories, dtype=np.int64)]
    )
    _write_rows(db, state, window, row_global, story_global)
    _write_stories(db, state, window, row_global, story_global)
    _write_df(db, state, window)
    lines = state.story_index.get(STORYLINE_KEY)
    meta = {
        "rows": window.total_rows + new_rows,
        "stories": window.total_stories + new_stories,
        "n_docs": int(state.story_index["n_docs"][0]),
        "background": int(state.story_index["background"][0]),
        "shingle_words": state.shingle_words,
        "storylines_missing": int(lines is None),
        **_write_names(db, state),
    }
    db.executemany("INSERT OR REPLACE INTO link_meta (key, value) VALUES (?, ?)", meta.items())


def _write_names(db: sqlite3.Connection, state: LinkState) -> dict[str, int]:
    """Save the run's changes to the name counts (all of them after a whole count); return
    the meta values: the dated stories, and whether the names are counted."""
    names = state.names
    if names is None:  # nothing counted them: the next run reads the state whole
        return {"names_counted": 0, "dated_stories": 0}
    if names.delta is None:
        db.execute("DELETE FROM link_names")
        db.executemany(
            "INSERT INTO link_names (name, stories) VALUES (?, ?)",
            [(n, c) for n, c in names.counts.items() if c > 0],
        )
    else:
        db.executemany(
            "INSERT INTO link_names (name, stories) VALUES (?, ?)"
            " ON CONFLICT (name) DO UPDATE SET stories = stories + excluded.stories",
            names.delta.items(),
        )
        db.executemany(
            "DELETE FROM link_names WHERE name = ? AND stories <= 0",
            [(n,) for n, c in names.delta.items() if c < 0],
        )
    return {"names_counted": 1, "dated_stories": names.dated}


def _write_rows(
    db: sqlite3.Connection,
    state: LinkState,
    window: Window,
    row_global: np.ndarray,
    story_global: np.ndarray,
) -> None:
    """Insert the new rows and their bucket keys; update stored rows whose root or story moved."""
    first = len(window.rows)
    roots = row_global[np.asarray(state.root, dtype=np.int64)]
    stories = story_global[np.asarray(state.story_of, dtype=np.int64)]
    moved = np.flatnonzero((roots[:first] != window.roots) | (stories[:first] != window.story_of))
    db.executemany(
        "UPDATE link_rows SET root = ?, story = ? WHERE row = ?",
        [(int(roots[i]), int(stories[i]), int(row_global[i])) for i in moved.tolist()],
    )
    if len(state.ids) == first:
        return
    new = slice(first, None)
    signatures = np.ascontiguousarray(state.signatures[new], dtype=np.uint32)
    exact = np.asarray(state.exact[new], dtype=np.uint64)
    sizes = np.asarray(state.sizes[new], dtype=np.int32)
    db.executemany(
        "INSERT INTO link_rows (row, id, minute, day, story, root, size, exact, signature)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        zip(
            row_global[new].tolist(),
            state.ids[first:],
            np.asarray(state.minutes[new]).tolist(),
            np.asarray(state.days[new]).tolist(),
            stories[new].tolist(),
            roots[new].tolist(),
            sizes.tolist(),
            exact.view(np.int64).tolist(),
            [bytes(s) for s in signatures],
            strict=True,
        ),
    )
    keys = band_keys(signatures, exact, sizes).view(np.int64)
    rows = np.repeat(row_global[new], keys.shape[1])
    flat = keys.ravel()
    live = flat != 0
    db.executemany(
        "INSERT OR IGNORE INTO link_buckets (key, row) VALUES (?, ?)",
        zip(flat[live].tolist(), rows[live].tolist(), strict=True),
    )


def _posted(record: np.void) -> set[int]:
    """Return the terms a story's record enters in the inverted index."""
    return {t for t in record["centroid_ids"][:POSTED_TERMS].tolist() if t >= 0}


def _write_stories(
    db: sqlite3.Connection,
    state: LinkState,
    window: Window,
    row_global: np.ndarray,
    story_global: np.ndarray,
) -> None:
    """Insert new stories, replace changed ones, and move their postings."""
    records = story_records(state, story_global, row_global)
    lines = state.story_index.get(STORYLINE_KEY)
    untitled = set(state.untitled)
    first = len(window.stories)
    rows = []
    postings_out: list[tuple[int, int]] = []
    postings_in: list[tuple[int, int]] = []
    for local in range(len(state.story_ids)):
        line = None if lines is None or local >= len(lines) else int(story_global[lines[local]])
        record = records[local]
        story = int(story_global[local])
        people = state.story_entities[local]
        same = local < first and record.tobytes() == window.records[local].tobytes()
        named = (state.story_titles[local], int(local in untitled), line)
        # a run gives a story whose people change a new tuple of them: the same one is
        # unchanged, without writing it out to compare
        kept = local < len(window.entities) and people is window.entities[local]
        if same and kept and named == window.texts[local][:3]:
            continue
        text = (*named, entities_json(people))
        if same and text == window.texts[local]:
            continue
        before = _posted(window.records[local]) if local < first else set()
        after = _posted(record)
        postings_out += [(t, story) for t in before - after]
        postings_in += [(t, story) for t in after - before]
        rows.append((story, state.story_ids[local], *text, record.tobytes()))
    db.executemany(
        "INSERT OR REPLACE INTO link_stories"
        " (story, id, title, untitled, storyline, entities, data) VALUES (?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    db.executemany("DELETE FROM link_postings WHERE term = ? AND story = ?", postings_out)
    db.executemany("INSERT INTO link_postings (term, story) VALUES (?, ?)", postings_in)


def _write_df(db: sqlite3.Connection, state: LinkState, window: Window) -> None:
    """Save the document frequencies of the terms the run read (every term, for a new state)."""
    df = state.story_index["df"]
    terms = window.terms if window.total_rows else np.flatnonzero(df)
    db.executemany(
        "INSERT OR REPLACE INTO link_df (term, count) VALUES (?, ?)",
        zip(terms.tolist(), df[terms].tolist(), strict=True),
    )


def background_code(name: str | None) -> int:
    """Return the saved code of a background prior (0 for none)."""
    return list(BACKGROUNDS).index(name) + 1 if name else 0
