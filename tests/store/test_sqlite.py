"""The SQLite store: round trips, migrations, resumable runs, the queries the faces use."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from factories import make_article
from hypothesis import given, settings
from hypothesis import strategies as st

from kabar.errors import StoreError
from kabar.models import (
    Article,
    Disagreement,
    Entity,
    FigureVersion,
    Mention,
    Quote,
    Reject,
    Story,
)
from kabar.store import LINK_STATE_KEY, SQLiteStore, open_store, registry
from kabar.store import sqlite as sqlite_module
from kabar.store.schema import SCHEMA_VERSION
from kabar.stories import link


def stored_article(article_id: str = "a1", **changes: object) -> Article:
    """Build an article with every field the store keeps filled in."""
    fields: dict[str, object] = {
        "title": "Banjir Rendam Ratusan Rumah di Palu",
        "body": "Banjir merendam ratusan rumah.\n\n“Kami mengungsi,” kata Siti Aminah.",
        "outlet": "Kompas",
        "published": "2024-03-02",
        "dateline": "Palu",
        "authors": ("Budi Santoso",),
        "wire_sources": ("Antara",),
        "entities": (
            Entity(
                "Siti Aminah",
                "PERSON",
                ("Siti Aminah", "Siti"),
                2,
                (Mention("Siti Aminah", 50, 61, "PERSON"),),
            ),
        ),
        "quotes": (Quote("Kami mengungsi", "Siti Aminah", "direct", 33, 47, (), "kata"),),
    }
    fields.update(changes)
    return make_article(article_id, **fields)


def _registered(article: Article) -> Article:
    """The article as the store gives it back: its one person with their registry id."""
    return registry.with_ids(article, {"Siti Aminah": "siti-aminah"})


def test_article_round_trip_keeps_every_field(memory_store: SQLiteStore) -> None:
    article = stored_article()
    memory_store.put_articles([article])
    stored = memory_store.get_article("a1")
    assert stored is not None
    # The store adds one thing: each person's registry id, on the entity and its quotes.
    assert [e.person_id for e in stored.entities if e.type == "PERSON"] == ["siti-aminah"]
    assert stored == _registered(article)
    assert memory_store.has_article("a1") and not memory_store.has_article("zz")
    assert memory_store.count_articles() == 1


@settings(max_examples=40, deadline=None)
@given(
    title=st.one_of(st.none(), st.text(max_size=40)),
    body=st.text(max_size=200),
    authors=st.lists(st.text(min_size=1, max_size=20), max_size=3).map(tuple),
)
def test_round_trip_is_lossless_for_any_text(
    title: str | None, body: str, authors: tuple[str, ...]
) -> None:
    with open_store(":memory:") as store:  # type: ignore[attr-defined]
        article = stored_article(title=title, body=body, authors=authors)
        store.put_articles([article])
        assert store.get_article(article.id) == _registered(article)


def test_unlinked_until_commit_link(memory_store: SQLiteStore) -> None:
    memory_store.put_articles([stored_article("a1"), stored_article("a2", published="2024-03-01")])
    assert [a.id for a in memory_store.unlinked_articles()] == ["a1", "a2"]  # arrival order
    story = Story("s1", "Banjir Palu", "2024-03-01", ("a2", "a1"))
    linked = [
        stored_article("a1", story="s1"),
        stored_article("a2", story="s1", published="2024-03-01"),
    ]
    state = link([make_article("a1")], None).state
    memory_store.commit_link(linked, [story], state)
    assert memory_store.unlinked_articles() == []
    assert memory_store.get_story("s1") == story
    assert memory_store.get_state(LINK_STATE_KEY) == state
    assert memory_store.get_state() == state  # the link state is the default key
    assert [s.id for s in memory_store.iter_stories()] == ["s1"]


def test_emptied_stories_are_dropped(memory_store: SQLiteStore) -> None:
    memory_store.commit_link(
        [stored_article("a1", story="s1")], [Story("s1", "Lama", None, ("a1",))], link([], None).state
    )
    memory_store.commit_link(
        [stored_article("a1", story="s2")], [Story("s2", "Baru", None, ("a1",))], link([], None).state
    )
    assert [s.id for s in memory_store.iter_stories()] == ["s2"]


def test_rejects_are_replaced_and_forgotten(memory_store: SQLiteStore) -> None:
    memory_store.put_rejects([Reject("x.txt", "empty file")])
    memory_store.put_rejects([Reject("x.txt", "binary file")])
    assert memory_store.rejects() == [Reject("x.txt", "binary file")]
    memory_store.forget_rejects(["x.txt"])
    assert memory_store.rejects() == []


def test_file_store_uses_wal_and_current_schema(tmp_path: Path) -> None:
    path = tmp_path / "k.db"
    with SQLiteStore(path) as store:
        store.put_articles([stored_article()])
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    db.close()
    with SQLiteStore(path) as store:  # reopening migrates nothing and keeps the data
        assert store.count_articles() == 1


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    with pytest.raises(StoreError, match="newer than this kabar"):
        SQLiteStore(path)


def test_not_a_database_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="cannot open store"):
        SQLiteStore(path)


def test_open_store_urls(tmp_path: Path) -> None:
    with open_store(f"sqlite:///{tmp_path}/u.db") as store:  # type: ignore[attr-defined]
        assert isinstance(store, SQLiteStore) and store.path == f"{tmp_path}/u.db"
    with pytest.raises(StoreError, match="unknown store backend"):
        open_store("postgres://localhost/kabar")


def _three_stories(store: SQLiteStore) -> None:
    articles = [
        stored_article("a1", published="2024-03-03", story="s1"),
        stored_article("a2", published="2024-03-01", story="s2"),
        stored_article("a3", published=None, story="s1"),
        stored_article("a4", published="2024-03-02", story="s1"),
    ]
    stories = [
        Story("s1", "Banjir Palu", "2024-03-03", ("a4", "a1", "a3")),
        Story("s2", "Gempa Sigi", "2024-03-01", ("a2",)),
    ]
    store.commit_link(articles, stories, link([], None).state)


def test_list_articles_pages_in_published_order(memory_store: SQLiteStore) -> None:
    _three_stories(memory_store)
    everything = [a.id for a in memory_store.iter_articles()]
    assert everything == ["a2", "a4", "a1", "a3"]  # undated last
    assert [a.id for a in memory_store.list_articles()] == everything
    assert [a.id for a in memory_store.list_articles(limit=2)] == ["a2", "a4"]
    assert [a.id for a in memory_store.list_articles(limit=2, offset=2)] == ["a1", "a3"]
    assert [a.id for a in memory_store.list_articles(offset=3)] == ["a3"]
    assert memory_store.list_articles(offset=10) == []


def test_list_articles_of_one_story(memory_store: SQLiteStore) -> None:
    _three_stories(memory_store)
    assert [a.id for a in memory_store.list_articles(story="s1")] == ["a4", "a1", "a3"]
    assert [a.id for a in memory_store.list_articles(story="s1", limit=1, offset=1)] == ["a1"]
    assert memory_store.list_articles(story="none") == []
    assert memory_store.list_articles(story="s2")[0] == _registered(
        stored_article("a2", published="2024-03-01", story="s2")
    )


def test_counts(memory_store: SQLiteStore) -> None:
    assert (memory_store.count_articles(), memory_store.count_stories()) == (0, 0)
    _three_stories(memory_store)
    assert memory_store.count_articles() == 4
    assert memory_store.count_articles(story="s1") == 3
    assert memory_store.count_articles(story="none") == 0
    assert memory_store.count_stories() == 2


def test_get_articles_keeps_the_order_given_and_skips_unknown_ids(
    memory_store: SQLiteStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    _three_stories(memory_store)
    assert [a.id for a in memory_store.get_articles(["a3", "zz", "a1", "a2"])] == ["a3", "a1", "a2"]
    assert memory_store.get_articles([]) == []
    monkeypatch.setattr(sqlite_module, "_IDS_PER_QUERY", 2)  # several statements
    assert [a.id for a in memory_store.get_articles(["a4", "a3", "a2", "a1"])] == [
        "a4",
        "a3",
        "a2",
        "a1",
    ]


def test_story_disagreements_are_kept(memory_store: SQLiteStore) -> None:
    story = Story(
        "s1",
        "Banjir Palu",
        None,
        ("a1", "a2"),
        disagreements=(
            Disagreement(
                "rumah",
                (
                    FigureVersion("a1", "Kompas", "300", "Banjir merendam 300 rumah."),
                    FigureVersion("a2", None, "250", "Banjir merendam 250 rumah."),
                ),
            ),
        ),
    )
    memory_store.commit_link(
        [stored_article("a1", story="s1"), stored_article("a2", story="s1")], [story], link([], None).state
    )
    assert memory_store.get_story("s1") == story
    assert list(memory_store.iter_stories()) == [story]


def test_old_unit_word_disagreements_are_dropped_by_the_migration(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with SQLiteStore(path) as store:
        store.put_articles([stored_article()])
    db = sqlite3.connect(path)
    old = {"id": "s1", "title": "Banjir", "date": None, "articles": [], "disagreements": [1]}
    db.execute("INSERT INTO stories VALUES ('s1', NULL, 'Banjir', ?)", (json.dumps(old),))
    db.execute("PRAGMA user_version = 2")  # before the migration that drops them
    db.commit()
    db.close()
    with SQLiteStore(path) as store:
        story = store.get_story("s1")
        assert story is not None and story.disagreements == ()
        assert store.count_articles() == 1  # nothing else is lost
