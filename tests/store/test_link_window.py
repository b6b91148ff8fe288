"""The link state in the store's tables: a run reads its window, writes what changed.

Runs through the store (a window of the saved state, repeated wider when it looked beyond
it) must give what runs over the whole state give, article for article and state for state;
a store keeping its state in one blob moves it to the tables when it opens; a failed commit
leaves the tables as they were.
"""

from __future__ import annotations

import gzip
import random
import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path

import pytest
from factories import make_article
from story_corpus import corpus

from kabar.config import DEFAULT_SETTINGS
from kabar.link_run import commit_linked, link_in_window, link_pending
from kabar.models import Article, Entity
from kabar.store import SQLiteStore, link_load, link_state, link_window, open_store
from kabar.store.schema import MIGRATIONS, _link_state_to_tables
from kabar.stories import LinkState, article_features, link
from kabar.stories.clustering import EXHAUSTIVE_STORIES, StoryIndex

SAVED_V1 = Path(__file__).resolve().parents[1] / "data" / "stories" / "link_state_v1.npz.gz"
SYLLABLES = "ba be bi bo bu da di du ka ki ko la li lo ma mi mu na ni no ra ri ro sa si su ta ti tu"

# The schema version whose migration moves a state saved whole (one blob) into the tables.
BLOB_MOVED = MIGRATIONS.index(_link_state_to_tables)


def _filler(count: int, seed: int) -> list[Article]:
    """Fictional reports in made-up words: topics of one to three reports, a day apart."""
    rng = random.Random(seed)
    syllables = SYLLABLES.split()
    common = ["warga", "desa", "kabupaten", "pemerintah", "mengatakan", "pada", "hari"]
    out: list[Article] = []
    topic = 0
    while len(out) < count:
        words = ["".join(rng.choice(syllables) for _ in range(3)) for _ in range(30)]
        person = f"{words[0].title()} {words[1].title()}"
        for copy in range(rng.choice((1, 1, 2, 3))):
            body = " ".join(rng.choice(words + common) for _ in range(120)) + "."
            out.append(
                make_article(
                    f"t{topic}-{copy}",
                    body,
                    source=f"test/t{topic}-{copy}.txt",
                    title=" ".join(words[:6]),
                    outlet=f"Outlet {copy}",
                    published=f"2025-03-{1 + (topic // 6) % 28:02d}T{8 + copy:02d}:00+07:00",
                    entities=(Entity(person, "PERSON", (person,), 3),),
                )
            )
        topic += 1
    return out[:count]


def _articles() -> list[Article]:
    articles = _filler(150, 7) + corpus()
    random.Random(3).shuffle(articles)
    return articles


def _batches(articles: Sequence[Article], sizes: Sequence[int]) -> list[list[Article]]:
    out, start = [], 0
    for size in sizes:
        out.append(list(articles[start : start + size]))
        start += size
    out.append(list(articles[start:]))
    return out


def _through_store(path: Path, batches: list[list[Article]]) -> tuple[list[object], LinkState]:
    """Link the batches as successive runs through the store; return what each run gave.

    Each batch is replaced by the articles as the store gave them to the run (with the
    person registry's ids), for ``_in_memory`` to link the same.
    """
    results: list[object] = []
    with open_store(path) as store:  # type: ignore[attr-defined]
        for number, batch in enumerate(batches):
            store.put_articles(batch)
            pending = store.unlinked_articles()
            batches[number] = pending
            features = article_features(pending)
            linked, window = link_in_window(store, pending, features, DEFAULT_SETTINGS)
            commit_linked(store, linked, window)
            results.append(_outcome(linked))
            results.append(len(window.stories) < window.total_stories)
        state = store.get_state()
    assert state is not None
    return results, state


def _in_memory(batches: list[list[Article]]) -> tuple[list[object], LinkState]:
    """Link the batches as successive runs over the whole state."""
    results: list[object] = []
    state = None
    for batch in batches:
        linked = link(batch, state)
        state = linked.state
        results += [_outcome(linked), None]
    assert state is not None
    return results, state


def _outcome(linked: object) -> tuple[object, ...]:
    return (
        linked.articles,  # type: ignore[attr-defined]
        linked.stories,  # type: ignore[attr-defined]
        linked.relinked,  # type: ignore[attr-defined]
        linked.storylines,  # type: ignore[attr-defined]
        linked.retired_storylines,  # type: ignore[attr-defined]
        linked.storyline_of,  # type: ignore[attr-defined]
    )


def _agree(tmp_path: Path, sizes: Sequence[int]) -> list[object]:
    batches = _batches(_articles(), sizes)
    stored, stored_state = _through_store(tmp_path / "k.db", batches)
    whole, whole_state = _in_memory(batches)
    assert stored[::2] == whole[::2]
    assert stored_state == whole_state
    return stored[1::2]


def test_runs_over_windows_give_what_runs_over_the_whole_state_give(tmp_path: Path) -> None:
    partial = _agree(tmp_path, [100, 30, 5, 1, 12])
    assert any(partial)  # some run read only a part of the saved state


def test_a_run_that_looks_beyond_its_window_is_repeated_wider(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repeats: list[int] = []
    wider = link_window.load_window

    def counted(*args: object) -> object:
        repeats.append(len(args))
        return wider(*args)  # type: ignore[arg-type]

    lists: list[int] = []
    stored_posting = StoryIndex.stored_posting

    def read_late(index: StoryIndex, term: int, stories: Sequence[int]) -> None:
        lists.append(term)
        stored_posting(index, term, stories)

    # predict no candidate: every story a search returns is missed the first time, and the
    # posting lists of the stories the run touches are read when a search asks for them
    monkeypatch.setattr(link_window, "PREDICTED", 0)
    monkeypatch.setattr(link_window, "load_window", counted)
    monkeypatch.setattr(StoryIndex, "stored_posting", read_late)
    partial = _agree(tmp_path, [100, 3, 20])
    assert any(partial)
    assert 5 in repeats  # a window was read again, wider
    assert lists  # and a list the window lacked was read during the run


def test_a_window_builds_rows_only_for_the_stories_it_reads_whole(tmp_path: Path) -> None:
    articles = _articles()
    _through_store(tmp_path / "k.db", [articles[:140]])
    with SQLiteStore(tmp_path / "k.db") as store:
        pending = articles[140:150]
        store.put_articles(pending)
        features = article_features(pending)
        state, window = store.link_window(pending, features, DEFAULT_SETTINGS)
        assert state is not None and window.reach is not None
        assert len(window.stories) < window.total_stories  # a part of the store
        # the posting lists read name stories of the store the window does not hold ...
        listed = set(state.story_index["posting_stories"].tolist())
        assert listed - set(window.stories.tolist())
        # ... and cost the run's index no row: it holds the stories read whole, no more
        assert set(window.stories.tolist()) == window.reach.stories
        assert len(state.story_ids) == len(window.stories)
        assert len(state.story_index["centroid_ids"]) == len(window.stories)
        assert state.hidden_stories == window.total_stories - len(window.stories)


def test_a_window_reads_each_posting_list_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    articles = _articles()
    _through_store(tmp_path / "k.db", [articles[:140]])
    read: list[int] = []
    latest = link_load.latest

    def counted(db: sqlite3.Connection, sql: str, keys: Iterable[int]) -> object:
        keys = list(keys)
        if sql == link_load.POSTINGS:
            read.extend(keys)
        return latest(db, sql, keys)

    monkeypatch.setattr(link_load, "latest", counted)
    monkeypatch.setattr(link_window, "latest", counted)
    with SQLiteStore(tmp_path / "k.db") as store:
        pending = articles[140:150]
        store.put_articles(pending)
        _state, window = store.link_window(pending, article_features(pending), DEFAULT_SETTINGS)
    assert window.reach is not None and window.reach.terms
    assert sorted(read) == sorted(set(read))


# Tables a run may read whole: the saved counts (a few keys) and the queue of articles whose
# people were merged (each run empties it).
SMALL_TABLES = {"link_meta", "person_rewrites"}


def test_a_run_on_a_stored_state_looks_every_row_up_by_an_index(tmp_path: Path) -> None:
    articles = _articles()
    _through_store(tmp_path / "k.db", [articles[:140]])
    statements: list[str] = []
    with SQLiteStore(tmp_path / "k.db") as store:
        store.put_articles(articles[140:150])
        store._db.set_trace_callback(statements.append)
        assert link_pending(store, DEFAULT_SETTINGS)
        store._db.set_trace_callback(None)
        scans = set()
        for sql in statements:
            if not sql.lstrip().upper().startswith(("SELECT", "UPDATE", "DELETE", "INSERT")):
                continue
            for *_, step in store._db.execute(f"EXPLAIN QUERY PLAN {sql}"):
                table = step.split()[1] if step.startswith("SCAN ") else None
                if table and "VIRTUAL TABLE" not in step and not table.startswith("("):
                    scans.add(table)
    assert any("link_postings" in sql for sql in statements)  # a window was read
    assert scans <= SMALL_TABLES


def test_a_state_saved_whole_moves_to_the_tables_when_the_store_opens(tmp_path: Path) -> None:
    articles = _articles()
    state = link(articles[:120], None).state
    assert len(state.story_ids) > EXHAUSTIVE_STORIES
    path = tmp_path / "old.db"
    with SQLiteStore(path) as store:
        store.put_articles(articles[:120])
    db = sqlite3.connect(path)
    db.execute("INSERT INTO state (key, value) VALUES ('link', ?)", (link_state.to_bytes(state),))
    db.execute(f"PRAGMA user_version = {BLOB_MOVED - 1}")  # before the link tables
    db.commit()
    db.close()
    with SQLiteStore(path) as store:
        assert store.get_state() == state
        assert store._db.execute("SELECT COUNT(*) FROM state").fetchone()[0] == 0
        pending = articles[120:]
        store.put_articles(pending)
        linked, _window = link_in_window(
            store, pending, article_features(pending), DEFAULT_SETTINGS
        )
        assert _outcome(linked) == _outcome(link(pending, state))


def test_a_state_saved_before_storylines_links_every_story_once(tmp_path: Path) -> None:
    saved = link_state.from_bytes(gzip.decompress(SAVED_V1.read_bytes()))
    path = tmp_path / "v1.db"
    with SQLiteStore(path) as store:
        store.put_articles(corpus())
    db = sqlite3.connect(path)
    db.execute("INSERT INTO state (key, value) VALUES ('link', ?)", (link_state.to_bytes(saved),))
    db.execute(f"PRAGMA user_version = {BLOB_MOVED}")
    db.commit()
    db.close()
    with SQLiteStore(path) as store:
        moved = store.get_state()
        assert moved is not None and moved.ids == saved.ids
        assert "storyline_of" not in moved.story_index  # to be made on the next run
        linked, window = link_in_window(
            store, corpus(), article_features(corpus()), DEFAULT_SETTINGS
        )
        expected = link(corpus(), saved)
        assert _outcome(linked) == _outcome(expected)
        store.commit_link([], [], linked.state, window=window)
        assert store.get_state() == expected.state


def test_a_failed_commit_leaves_the_saved_state_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    articles = _articles()
    _through_store(tmp_path / "k.db", [articles[:100]])
    with SQLiteStore(tmp_path / "k.db") as store:
        before = store.get_state()
        pending = articles[100:110]
        store.put_articles(pending)
        linked, window = link_in_window(
            store, pending, article_features(pending), DEFAULT_SETTINGS
        )

        def broken(*args: object) -> None:
            raise sqlite3.OperationalError("disk I/O error")

        monkeypatch.setattr("kabar.store.storylines.write", broken)
        with pytest.raises(Exception, match="disk I/O error"):
            store.commit_link(list(linked.articles), list(linked.stories), linked.state,
                              window=window)
        assert store.get_state() == before
        assert len(store.unlinked_articles()) == 10
