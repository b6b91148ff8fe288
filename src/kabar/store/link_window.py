"""The window of the stored link state a run's new articles can reach.

A run needs, of everything linked before it: the stored rows of its articles' ids, the rows
sharing an LSH bucket with them (the earliest ``MAX_BUCKET_PAIRS`` per bucket, as the whole
index would give) and their duplicate groups; the posting lists of the terms its candidate
searches ask for, and whole (data, members, storyline) every story a search returns. The
window reads the posting lists of the articles' query terms and of the terms the stories they
are likely to touch can query, and reads whole the stories of its rows and the best-scored
stories of those lists (a run returns no others unless a story it added to pushed them out);
the other stories of the lists it knows by their store numbers only. Rows and stories are
numbered in store order, so the run decides exactly as over the whole state.

The window holds only the stories it reads whole; its posting lists keep store numbers
(``StoryIndex.keys``), so a story a list names costs no row of the run's index. The run tells
the window (``LinkState.watch``) every search it makes: a term whose list was not read is read
then; a search that ranks a story the window does not hold among its candidates is noted, and
the run is repeated over a window that holds it (``Window.missed``). Reading costs the size of
the window, which the posting scan and the candidates per search bound, not the store's size.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from kabar.config import Settings
from kabar.models import Article
from kabar.store.link_load import POSTINGS, closed, latest, load_all, load_reach, postings, select
from kabar.store.link_tables import Reach, Window, empty_window, read_meta, unpack_stories
from kabar.stories.clustering import EXHAUSTIVE_STORIES, MAX_CANDIDATES, QUERY_TERMS, StoryIndex
from kabar.stories.duplicates import MAX_BUCKET_PAIRS
from kabar.stories.features import Features
from kabar.stories.name_counts import NameCounts
from kabar.stories.state import LinkState, Watch
from kabar.stories.storylines import linking_names
from kabar.stories.terms import BACKGROUNDS

# Stories read whole per predicted search: the best-scored ones, more than a search returns
# (stories the run adds to can push others up the ranking: then the run is repeated). On
# the 10k benchmark store 10 missed stories in a day of 300 articles, 15 none.
PREDICTED = MAX_CANDIDATES + 5
# The earliest rows of each bucket (as many as a new body is compared with), one list per key.
_BUCKETS = (
    "SELECT k.value, (SELECT json_group_array(row) FROM (SELECT row FROM link_buckets"
    f" WHERE key = k.value ORDER BY row LIMIT {MAX_BUCKET_PAIRS})) FROM json_each(?) k"
)
# Stories an article is predicted to join (of its best-scored): the searches of their
# centroids, made when their storylines are updated, are predicted too.
JOINED = 3


def load_window(
    db: sqlite3.Connection,
    articles: Sequence[Article],
    features: Features,
    settings: Settings,
    wider: Window | None = None,
) -> tuple[LinkState | None, Window]:
    """Return the state a run of these articles needs and where it lies in the store.

    ``wider`` is the window of a run that looked beyond it: the new one adds what it missed.
    """
    meta = read_meta(db)
    if not meta:
        return None, empty_window()
    terms = np.unique(np.concatenate([t.ids for t in features.terms] or [np.zeros(0, np.int32)]))
    if (
        meta["storylines_missing"]
        or not meta.get("names_counted")
        or meta["stories"] <= EXHAUSTIVE_STORIES
    ):
        # a state saved before storylines links every story once, one saved before the name
        # counts counts them once; a small one is read whole
        return load_all(db, meta, terms)
    if wider is not None and wider.reach is not None:
        missed = wider.reach.stories | wider.missed_stories
        reach = Reach(wider.reach.rows, missed, wider.reach.terms, wider.reach.lists)
    else:
        reach = _reach(db, articles, features, meta, settings)
    rows, stories = closed(db, reach.rows, reach.stories)
    reach = Reach(frozenset(rows), frozenset(stories), reach.terms, reach.lists)
    state, window = load_reach(db, meta, reach, terms)
    names = _names(db, meta, state, window, articles)
    return replace(state, watch=_watcher(db, window), names=names), window


def _names(
    db: sqlite3.Connection,
    meta: dict[str, int],
    state: LinkState,
    window: Window,
    articles: Sequence[Article],
) -> NameCounts:
    """Return the stored counts of the names the run can meet: those of the stories read
    whole and of the articles' people and organisations (``kabar.stories.name_counts``)."""
    assert window.reach is not None
    whole = np.searchsorted(window.stories, sorted(window.reach.stories)).tolist()
    names = {n for s in whole for n in linking_names(state.story_entities[s])}
    names.update(n.lower() for a in articles for e in a.entities for n in (e.name, *e.aliases))
    counts = select(db, "SELECT name, stories FROM link_names WHERE name IN ({})", names)
    return NameCounts(
        dict(counts),
        meta.get("dated_stories", 0),
        stories=len(state.story_ids),
        whole=frozenset(whole),
        window=True,
    )


def _watcher(db: sqlite3.Connection, window: Window) -> Watch:
    """Return the function a run calls with each candidate search (see the module docstring)."""
    assert window.reach is not None
    terms = set(window.reach.terms)
    held = window.stories
    stored = window.total_stories

    def watch(index: StoryIndex, query: np.ndarray, found: np.ndarray | None) -> None:
        if found is None:
            asked = [t for t in query[:QUERY_TERMS].tolist() if t not in terms]
            for term, listed in postings(db, asked).items():
                index.stored_posting(term, listed)
                terms.add(term)
            return
        keys = found[found < stored]
        if len(keys) and len(held):
            place = np.minimum(np.searchsorted(held, keys), len(held) - 1)
            keys = keys[held[place] != keys]
        window.missed_stories.update(keys.tolist())

    return watch


def _reach(
    db: sqlite3.Connection,
    articles: Sequence[Article],
    features: Features,
    meta: dict[str, int],
    settings: Settings,
) -> Reach:
    """Return the rows, whole stories and posting terms the articles are likely to need."""
    ids = {a.id for a in articles}
    known = select(db, "SELECT row, id FROM link_rows WHERE id IN ({})", ids)
    rows = {int(r) for r, _ in known}
    keys = np.unique(features.keys.view(np.int64))
    for found in latest(db, _BUCKETS, keys[keys != 0].tolist()).values():
        rows.update(found.tolist())
    roots = {r for (r,) in select(db, "SELECT root FROM link_rows WHERE row IN ({})", rows)}
    rows |= roots
    rows.update(r for (r,) in select(db, "SELECT row FROM link_rows WHERE root IN ({})", roots))
    stories = {s for (s,) in select(db, "SELECT story FROM link_rows WHERE row IN ({})", rows)}
    vectors = _vectors(db, articles, features, meta, settings, {str(i) for _, i in known})
    lists = latest(db, POSTINGS, {t for ids_, _ in vectors for t in ids_[:QUERY_TERMS].tolist()})
    likely, whole = set(stories), set(stories)
    for vector in vectors:
        best = _best(vector, lists)
        likely.update(best[:JOINED])
        whole.update(best)
    # the query terms a touched story's centroid can have after the run: its heaviest now, or
    # a term of an article added to it (a centroid term only gains weight by being added)
    read = select(db, "SELECT story, data FROM link_stories WHERE story IN ({})", likely)
    centroids = {int(s): unpack_stories([data])[0] for s, data in read}
    later = {t for ids_, _ in vectors for t in ids_.tolist()}
    for record in centroids.values():
        later.update(t for t in record["centroid_ids"][:QUERY_TERMS].tolist() if t >= 0)
    lists.update(latest(db, POSTINGS, later - set(lists)))
    for record in centroids.values():
        live = record["centroid_ids"] >= 0
        whole.update(_best((record["centroid_ids"][live], record["centroid_weights"][live]), lists))
    return Reach(frozenset(rows), frozenset(whole), frozenset(lists), lists)


def _best(vector: tuple[np.ndarray, np.ndarray], lists: dict[int, np.ndarray]) -> list[int]:
    """Return the stored stories a candidate search of the vector scores best."""
    found, weights = [], []
    for term, weight in zip(
        vector[0][:QUERY_TERMS].tolist(), vector[1][:QUERY_TERMS].tolist(), strict=True
    ):
        listed = lists.get(term)
        if listed is not None and len(listed):
            found.append(listed)
            weights.append(np.full(len(listed), weight))
    if not found:
        return []
    stories, inverse = np.unique(np.concatenate(found), return_inverse=True)
    score = np.bincount(inverse, weights=np.concatenate(weights))
    return stories[np.lexsort((stories, -score))[:PREDICTED]].tolist()


def _vectors(
    db: sqlite3.Connection,
    articles: Sequence[Article],
    features: Features,
    meta: dict[str, int],
    settings: Settings,
    stored: set[str],
) -> list[tuple[np.ndarray, np.ndarray]]:
    """Return the term vectors the run will give its unseen articles."""
    seen = set(stored)
    batch = []
    for article, terms in zip(articles, features.terms, strict=True):
        if article.id not in seen:
            seen.add(article.id)
            batch.append(terms)
    code = meta["background"]
    index = StoryIndex(list(BACKGROUNDS)[code - 1] if code else None, settings=settings.stories)
    wanted = np.unique(np.concatenate([t.ids for t in batch] or [np.zeros(0, np.int32)]))
    for term, count in select(db, "SELECT term, count FROM link_df WHERE term IN ({})", wanted):
        index.df[term] = count
    index.n_docs = meta["n_docs"]
    index.count_documents(batch)
    return [index.vector(t) for t in batch]
