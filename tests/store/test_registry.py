"""The person registry: one id per person across articles, merges with evidence, undoing them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from factories import make_article

from kabar.errors import KabarError
from kabar.export import article_to_dict
from kabar.models import Article, Entity, Mention, Quote
from kabar.store import open_store
from kabar.store.sqlite import SQLiteStore


def _person(name: str, *aliases: str, at: int = 0) -> Entity:
    return Entity(name, "PERSON", aliases, 1, (Mention(name, at, at + len(name), "PERSON"),))


def _article(
    article_id: str, body: str, *people: Entity, orgs: tuple[str, ...] = (), day: str = "01"
) -> Article:
    entities = (*people, *(Entity(o, "ORG", (), 1) for o in orgs))
    return make_article(article_id, body, entities=entities, published=f"2025-03-{day}")


def _body(prefix: str, name: str) -> tuple[str, int]:
    return f"{prefix} {name} meninjau lokasi.", len(prefix) + 1


def _stored(store: SQLiteStore, article: Article) -> dict[str, str | None]:
    store.put_articles([article])
    got = store.get_article(article.id)
    assert got is not None
    return {e.name: e.person_id for e in got.entities if e.type == "PERSON"}


@pytest.fixture
def store() -> SQLiteStore:
    return SQLiteStore(":memory:")


def _finance_minister(store: SQLiteStore) -> str:
    body, at = _body("Menteri Keuangan", "Purbaya Yudhi Sadewa")
    article = _article("a1", body, _person("Purbaya Yudhi Sadewa", at=at), orgs=("Kemenkeu",))
    return str(_stored(store, article)["Purbaya Yudhi Sadewa"])


def test_a_bare_name_joins_the_one_person_whose_role_and_organisation_fit(
    store: SQLiteStore,
) -> None:
    pid = _finance_minister(store)
    body, at = _body("Menteri Keuangan", "Purbaya")
    later = _article("a2", body, _person("Purbaya", at=at), orgs=("Kemenkeu",), day="09")
    assert _stored(store, later)["Purbaya"] == pid
    merge = store.person_merges(pid)[0]
    assert merge.name == "Purbaya" and merge.evidence["rule"] == "bare-name-context"
    assert "r:keuangan" in merge.evidence["shared"]  # type: ignore[operator]


def test_a_bare_name_without_fitting_context_stays_its_own_person(store: SQLiteStore) -> None:
    pid = _finance_minister(store)
    body, at = _body("Petani", "Purbaya")
    other = _article("a2", body, _person("Purbaya", at=at), orgs=("Koperasi Tani",), day="09")
    assert _stored(store, other)["Purbaya"] not in (pid, None)
    assert store.person_merges(pid) == []


def test_a_bare_name_two_known_people_fit_equally_is_joined_to_neither(
    store: SQLiteStore,
) -> None:
    first = _article(
        "a1",
        "Iwan Setiawan dan Iwan Kurniawan hadir.",
        _person("Iwan Setiawan"),
        _person("Iwan Kurniawan", at=18),
        orgs=("Sritex",),
    )
    ids = _stored(store, first)
    later = _article("a2", "Iwan hadir.", _person("Iwan"), orgs=("Sritex",), day="02")
    assert _stored(store, later)["Iwan"] not in ids.values()


def test_a_longer_full_name_joins_the_known_one_and_the_merge_can_be_undone(
    store: SQLiteStore,
) -> None:
    body, at = _body("Mendagri", "Tito Karnavian")
    pid = _stored(
        store, _article("a1", body, _person("Tito Karnavian", at=at), orgs=("Kemendagri",))
    )["Tito Karnavian"]
    body, at = _body("Mendagri", "Muhammad Tito Karnavian")
    long_name = _person("Muhammad Tito Karnavian", at=at)
    later = _article("a2", body, long_name, orgs=("Kemendagri",), day="05")
    assert _stored(store, later)["Muhammad Tito Karnavian"] == pid
    merge = store.person_merges(pid)[0]
    assert merge.evidence["rule"] == "name-within" and merge.evidence["known"] == "Tito Karnavian"

    assert store.unmerge(merge.id) == ["a2"]
    split = store.get_article("a2")
    assert split is not None and split.entities[0].person_id not in (pid, None)
    assert store.person_merges(pid)[0].undone
    # The pair stays apart when the article is analysed again.
    store.put_articles([later])
    assert _stored(store, later)["Muhammad Tito Karnavian"] != pid
    with pytest.raises(KabarError, match="undone already"):
        store.unmerge(merge.id)


def test_a_full_name_ending_a_known_one_joins_it_without_shared_context(
    store: SQLiteStore,
) -> None:
    body, at = _body("Menteri", "Muhammad Tito Karnavian")
    pid = _stored(
        store, _article("a1", body, _person("Muhammad Tito Karnavian", at=at), orgs=("DPR",))
    )["Muhammad Tito Karnavian"]
    body, at = _body("Tamu", "Tito Karnavian")
    later = _article("a2", body, _person("Tito Karnavian", at=at), orgs=("Unair",), day="20")
    assert _stored(store, later)["Tito Karnavian"] == pid
    assert store.person_merges(pid)[0].evidence["rule"] == "name-tail"


def test_a_name_ending_a_known_one_with_a_common_surname_stays_apart(
    store: SQLiteStore,
) -> None:
    body, at = _body("Warga", "Agus Budi Santoso")
    _stored(store, _article("a1", body, _person("Agus Budi Santoso", at=at)))
    for n, name in enumerate(("Dewi Santoso", "Rina Santoso", "Eko Santoso")):
        _stored(store, _article(f"b{n}", f"{name} hadir.", _person(name)))
    body, at = _body("Tamu", "Budi Santoso")
    later = _article("c1", body, _person("Budi Santoso", at=at), day="20")
    assert _stored(store, later)["Budi Santoso"] == "budi-santoso"
    assert store.person_merges() == []


def test_a_nickname_read_beside_a_full_name_names_that_person_in_later_articles(
    store: SQLiteStore,
) -> None:
    first = _article(
        "a1", "Saifullah Yusuf (Gus Ipul) berkata.", _person("Saifullah Yusuf", "Gus Ipul")
    )
    pid = _stored(store, first)["Saifullah Yusuf"]
    later = _article("a2", "Gus Ipul berkata.", _person("Gus Ipul"), day="20")
    assert _stored(store, later)["Gus Ipul"] == pid
    assert store.resolve_person("gus-ipul") == pid
    assert [e.name for e in store.list_people("gus")] == ["Saifullah Yusuf"]


def test_quotes_and_the_export_carry_the_person_id(store: SQLiteStore) -> None:
    article = _article("a1", "“Kami siap,” kata Siti Rahma.", _person("Siti Rahma", at=18))
    article = make_article(
        "a1",
        article.body,
        entities=article.entities,
        quotes=(Quote("Kami siap", "Siti Rahma", "direct", 1, 10),),
    )
    store.put_articles([article])
    got = store.get_article("a1")
    assert got is not None
    exported = article_to_dict(got)
    assert exported["entities"][0]["person_id"] == "siti-rahma"
    assert exported["quotes"][0]["person_id"] == "siti-rahma"
    person = store.get_person("siti-rahma")
    assert person is not None and person.name == "Siti Rahma" and person.statements == 1


def test_a_store_written_before_the_registry_gets_it_on_open(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with open_store(path) as store:  # type: ignore[attr-defined]
        store.put_articles([_article("a1", "Rina Wulandari hadir.", _person("Rina Wulandari"))])
    db = sqlite3.connect(path)
    for table in ("person_mentions", "person_names", "people"):
        db.execute(f"DELETE FROM {table}")
    db.execute(
        "UPDATE articles SET data = replace(data, ', \"person_id\": \"rina-wulandari\"', '')"
    )
    db.execute("PRAGMA user_version = 1")
    db.commit()
    db.close()
    with open_store(path) as store:  # type: ignore[attr-defined]
        article = store.get_article("a1")
        assert article is not None and article.entities[0].person_id == "rina-wulandari"
        assert store.resolve_person("rina-wulandari") == "rina-wulandari"


def test_a_nickname_seen_alone_first_is_absorbed_when_an_article_ties_it_to_the_full_name(
    store: SQLiteStore,
) -> None:
    alone = _article("a1", "Gus Ipul meninjau dapur umum.", _person("Gus Ipul"))
    nickname = _stored(store, alone)["Gus Ipul"]
    full = _article("a0", "Saifullah Yusuf hadir.", _person("Saifullah Yusuf"), day="02")
    pid = _stored(store, full)["Saifullah Yusuf"]
    assert pid != nickname
    tied = _article(
        "a2",
        "Saifullah Yusuf (Gus Ipul) berkata.",
        _person("Saifullah Yusuf", "Gus Ipul"),
        day="03",
    )
    assert _stored(store, tied)["Saifullah Yusuf"] == pid
    first = store.get_article("a1")
    assert first is not None and first.entities[0].person_id == pid  # rewritten
    assert store.resolve_person(nickname) == pid
    who = store.get_person(pid)
    assert who is not None and who.articles == 3 and who.name == "Saifullah Yusuf"

    merge = next(m for m in store.person_merges(pid) if m.name == "Gus Ipul")
    store.unmerge(merge.id)
    first = store.get_article("a1")
    assert first is not None and first.entities[0].person_id == nickname
    assert store.resolve_person(nickname) == nickname
