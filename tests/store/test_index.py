"""The store's read indexes: FTS5 search, people and outlets, and their backfill on old stores."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from factories import make_article

from kabar.models import Article, Entity, Quote
from kabar.store import SQLiteStore, queries
from kabar.store.index import expand_prefixes, person_id
from kabar.store.queries import SearchSyntaxError, StoryFilter


def _articles() -> list[Article]:
    said = "Air naik cepat sekali malam itu"
    body = f'Banjir bandang melanda Palu. "{said}," kata Hendra Saputra. Pelé datang.'
    start = body.index(said)
    quote = Quote(
        said, "Hendra Saputra", "direct", start, start + len(said), speaker_role="Kepala BPBD Palu"
    )
    people = (Entity("Hendra Saputra", "PERSON", count=2), Entity("Ratna Dewi", "PERSON", count=1))
    return [
        make_article(
            "a1",
            body,
            title="Banjir di Palu",
            outlet="Kabar Timur",
            published="2024-03-05",
            story="s1",
            entities=people,
            quotes=(quote,),
        ),
        make_article(
            "a2",
            "Gempa mengguncang Sigi. Warga mengungsi.",
            title="Gempa Sigi",
            outlet="Warta Palu",
            published="2024-03-05",
            story="s2",
        ),
        make_article(
            "a3",
            "Gempa susulan di Sigi. Ratna Dewi meninjau.",
            title="Gempa susulan",
            outlet="Warta Palu",
            published="2024-03-05",
            story="s2",
            entities=(Entity("Ratna Dewi", "PERSON", count=1),),
        ),
    ]


def _store(path: str | Path = ":memory:") -> SQLiteStore:
    store = SQLiteStore(path)
    store.put_articles(_articles(), linked=True)
    store._db.executemany(  # stories rows as commit_link writes them
        "INSERT INTO stories (id, date, title, data) VALUES (?, ?, ?, ?)",
        [
            (
                i,
                "2024-03-05",
                t,
                f'{{"id": "{i}", "title": "{t}", "date": "2024-03-05", "articles": {a}}}',
            )
            for i, t, a in (("s1", "Banjir", '["a1"]'), ("s2", "Gempa", '["a2", "a3"]'))
        ],
    )
    return store


def test_search_folds_diacritics_and_reads_phrases_and_prefixes() -> None:
    store = _store()
    assert [h.id for h in store.search("pele").hits] == ["a1"]  # written "Pelé"
    assert {h.id for h in store.search("gemp*").hits} == {"a2", "a3"}
    assert [h.id for h in store.search('"gempa susulan"').hits] == ["a3"]
    assert store.search('"susulan gempa"').total == 0
    assert [h.id for h in store.search("cepat sekali").hits] == ["a1"]  # in a quote


def test_search_marks_matches_and_counts_facets() -> None:
    result = _store().search("gempa")
    assert result.total == 2
    assert all("\x02" in h.marked_title for h in result.hits)
    assert result.outlets == [("Warta Palu", 2)]
    assert result.people == [("ratna-dewi", "Ratna Dewi", 1)]


def test_unreadable_search_is_a_syntax_error_and_punctuation_is_forgiven() -> None:
    store = _store()
    with pytest.raises(SearchSyntaxError):
        store.search('"unclosed')
    assert store.search("Palu.").total == 1  # "." is not FTS5 syntax: read as a word
    assert store.search("AND").total == 0  # a bare operator is read as the word


def test_an_old_store_gets_its_indexes_on_open(tmp_path: Path) -> None:
    _store(tmp_path / "k.db").close()
    db = sqlite3.connect(tmp_path / "k.db")
    db.executescript("DROP TABLE article_text; DROP TABLE article_people;")
    db.close()
    store = SQLiteStore(tmp_path / "k.db")
    assert store.search("gempa").total == 2
    assert store.get_person("ratna-dewi") is not None


def test_rewriting_an_article_replaces_its_index_rows() -> None:
    store = _store()
    store.put_articles([make_article("a2", "Tanah longsor di Donggala.", title="Longsor")])
    assert store.search("gempa").total == 1
    assert store.search("longsor").total == 1


def test_people_are_slugs_of_their_names_with_statements_and_co_mentions() -> None:
    assert person_id("Pelé  Édson") == "pele-edson" == person_id("pele edson")
    store = _store()
    who = store.get_person("hendra-saputra")
    assert who is not None
    assert who.names == [("Hendra Saputra", 1)] and who.roles == [("Kepala BPBD Palu", 1)]
    assert who.statements == 1 and who.per_day == [("2024-03-05", 1)]
    assert [c[0] for c in who.co_mentioned] == ["ratna-dewi"]
    assert store.get_person("nobody") is None


def test_stories_filter_by_outlet_person_and_date() -> None:
    store = _store()
    assert store.list_stories(StoryFilter(), limit=10)[0] == 2
    assert [s.id for s in store.list_stories(StoryFilter(outlet="Kabar Timur"), limit=10)[1]] == [
        "s1"
    ]
    by_person = store.list_stories(StoryFilter(person="ratna-dewi"), limit=10)
    assert (by_person[0], [s.id for s in by_person[1]]) == (2, ["s2", "s1"])
    by_speaker = store.list_stories(StoryFilter(person="hendra-saputra"), limit=10)
    assert [s.id for s in by_speaker[1]] == ["s1"]
    assert store.list_stories(StoryFilter(date_from="2024-03-06"), limit=10)[0] == 0
    assert store.list_stories(StoryFilter(date_to="2024-03-05"), limit=10)[0] == 2
    assert store.list_stories(StoryFilter(), limit=1, offset=1)[0] == 2


def test_outlets_know_their_exclusives_and_misses() -> None:
    store = _store()
    timur = store.get_outlet("kabar-timur", limit=10)
    assert timur is not None and timur.name == "Kabar Timur" and timur.articles == 1
    assert [a[0] for a in timur.alone] == ["s1"]
    # the day's largest story (two articles) is one Kabar Timur did not carry
    assert [(m[0], m[1]) for m in timur.missed] == [("2024-03-05", "s2")]
    palu = store.get_outlet("warta-palu", limit=10)
    assert palu is not None and [m[1] for m in palu.missed] == ["s1"]
    assert store.get_outlet("nope", limit=10) is None


_RECOUNTS = {
    "outlet_counts": "SELECT outlet, COUNT(*) FROM articles WHERE outlet IS NOT NULL"
    " GROUP BY outlet",
    "person_name_tally": "SELECT person, name, COUNT(*) FROM article_people GROUP BY 1, 2",
    "person_day_tally": "SELECT person, COALESCE(substr(published, 1, 10), ''), COUNT(*),"
    " SUM(said) FROM article_people GROUP BY 1, 2",
    "person_role_tally": "SELECT person, role, COUNT(*) FROM person_quotes"
    " WHERE role IS NOT NULL GROUP BY 1, 2",
}


def _tallies_match_a_recount(store: SQLiteStore) -> None:
    counts = {"outlet_counts": "articles", "person_role_tally": "quotes"}
    for table, recount in _RECOUNTS.items():
        kept = store._db.execute(f"SELECT * FROM {table} WHERE {counts.get(table, 'articles')} > 0")
        assert set(kept) == set(store._db.execute(recount)), table


def test_the_kept_tallies_follow_every_write_and_are_built_for_an_old_store(
    tmp_path: Path,
) -> None:
    store = _store(tmp_path / "k.db")
    _tallies_match_a_recount(store)
    first = _articles()[0]
    # rewritten with another outlet, day and no quote; one more article; one moved to no outlet
    store.put_articles(
        [
            make_article(
                "a1",
                "Banjir surut.",
                outlet="Warta Palu",
                published="2024-03-07",
                entities=first.entities,
            ),
            make_article(
                "a4",
                first.body,
                outlet="Kabar Timur",
                published=None,
                entities=first.entities,
                quotes=first.quotes,
            ),
        ]
    )
    store.put_articles([make_article("a3", "Sigi tenang.", outlet=None)])
    _tallies_match_a_recount(store)
    assert store.list_outlets() == [("Warta Palu", 2), ("Kabar Timur", 1)]
    who = store.get_person("hendra-saputra")
    assert who is not None and who.articles == 2 and who.statements == 1
    assert who.per_day == [("2024-03-07", 1)]  # the undated article counts, on no day
    store.close()
    db = sqlite3.connect(tmp_path / "k.db")  # a store from before the tallies
    db.executescript(
        "DROP TABLE outlet_counts; DROP TABLE person_name_tally; DROP TABLE person_day_tally;"
        " DROP TABLE person_role_tally;"
    )
    db.close()
    store = SQLiteStore(tmp_path / "k.db")
    _tallies_match_a_recount(store)
    assert store.list_outlets() == [("Warta Palu", 2), ("Kabar Timur", 1)]


def test_a_filtered_search_reads_a_bounded_number_of_matches_and_says_so(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    store = _store()
    whole = store.search("gempa", outlet="Warta Palu")
    assert whole.total == 2 and not whole.capped
    monkeypatch.setattr(queries, "SEARCH_SCAN", 1)
    bounded = store.search("gempa", outlet="Warta Palu")
    assert bounded.total == 1 and bounded.capped  # the older match was not read


def test_a_prefix_is_searched_as_the_words_it_stands_for() -> None:
    store = _store()
    expand = expand_prefixes
    assert expand(store._db, "gemp* Sigi") == '("gempa") Sigi'
    assert expand(store._db, '"gempa susulan" gemp*') == '"gempa susulan" gemp*'  # phrases kept
    assert expand(store._db, "zzz*") == "zzz*"  # no such word: FTS5 answers it, with nothing
    assert {h.id for h in store.search("Gemp*").hits} == {"a2", "a3"}
    assert store.search("zzz*").total == 0


def _index_rows(store: SQLiteStore) -> dict[str, set[tuple[object, ...]]]:
    db = store._db
    return {
        "text": set(
            db.execute(
                "SELECT r.article, t.title, t.body, t.quotes FROM article_text t"
                " JOIN article_text_rows r ON r.row = t.rowid"
            )
        ),
        **{
            table: set(db.execute(f"SELECT * FROM {table}"))
            for table in ("article_people", "person_quotes", "article_credits")
        },
    }


def test_a_rewrite_keeps_the_rows_it_does_not_change_and_ends_as_a_fresh_index() -> None:
    store = _store()
    statements: list[str] = []
    first, second, third = _articles()
    quote = replace(first.quotes[0], speaker="Ratna Dewi", speaker_role=None)
    rewritten = [
        replace(first, story="s9"),  # linking moved it: its text row stays
        replace(second, wire_sources=("Antara",)),  # a credit more
        replace(third, title="Gempa susulan kedua", quotes=(quote,)),  # new text, a speaker
    ]
    store._db.set_trace_callback(statements.append)
    store.put_articles(rewritten, linked=True)
    store._db.set_trace_callback(None)
    # One full-text row replaced (a3's); a1 and a2 kept theirs.
    assert sum(s.startswith("DELETE FROM article_text ") for s in statements) == 1
    fresh = SQLiteStore(":memory:")
    fresh.put_articles(rewritten, linked=True)
    assert _index_rows(store) == _index_rows(fresh)
    assert store.search("susulan kedua").total == 1
    assert [s.id for s in store.list_stories(StoryFilter(person="hendra-saputra"), limit=9)[1]] == []
    _tallies_match_a_recount(store)
