"""The collection state: versions, compression, pending pages, validators, source status."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from kabar.collect.state import CollectState, SourceStatus, open_state
from kabar.errors import StoreError

HTML = ("<html><body><p>" + "Banjir merendam Semarang. " * 200 + "</p></body></html>").encode()


@pytest.fixture
def state(tmp_path: Path) -> CollectState:
    return open_state(tmp_path / "kabar.db")


def save(state: CollectState, url: str, digest: str, at: str, html: bytes = HTML) -> int | None:
    return state.save_page(url, site="warta.co.id", html=html, content_hash=digest,
                           fetched_at=at, source="warta", outlet="Warta Nusantara",
                           final_url=url)


def test_versions_are_kept_and_unchanged_content_is_not(state: CollectState) -> None:
    url = "https://warta.co.id/berita/1"
    assert save(state, url, "h1", "2026-12-07T01:00:00+00:00") == 1
    assert save(state, url, "h1", "2026-12-07T02:00:00+00:00") is None
    assert save(state, url, "h2", "2026-12-07T03:00:00+00:00", HTML + b"<p>Update</p>") == 2
    known = state.known_page(url)
    assert known is not None and (known.version, known.content_hash) == (2, "h2")
    versions = list(state.pages_since(date(2026, 12, 7), all_versions=True))
    assert [(p.version, p.html.endswith(b"<p>Update</p>")) for p in versions] == [
        (1, False), (2, True)]
    assert [p.version for p in state.pages_since("2026-12-07T02:30:00+00:00")] == [2]
    assert list(state.pages_since(datetime(2026, 12, 8, tzinfo=UTC))) == []
    assert state.same_content("warta.co.id", "h1") == url
    assert state.same_content("lintas.co.id", "h1") is None


def test_html_is_stored_compressed(tmp_path: Path, state: CollectState) -> None:
    save(state, "https://warta.co.id/berita/1", "h1", "2026-12-07T01:00:00+00:00")
    state.close()
    with sqlite3.connect(tmp_path / "kabar.db") as raw:
        (blob,) = raw.execute("SELECT html FROM collect_pages").fetchone()
        (mode,) = raw.execute("PRAGMA journal_mode").fetchone()
    assert len(blob) < len(HTML) / 10
    assert mode == "wal"


def test_pending_until_analysed_and_aliases(state: CollectState) -> None:
    url = "https://warta.co.id/berita/1"
    save(state, url, "h1", "2026-12-07T01:00:00+00:00")
    assert [p.url for p in state.pending()] == [url]
    state.mark_analyzed(url, 1)
    assert state.pending() == []
    state.add_alias("https://warta.co.id/b/1", url)
    assert state.page_url("https://warta.co.id/b/1") == url
    assert state.page_url(url) == url
    assert state.page_url("https://warta.co.id/lain") is None


def test_validators_and_source_status(state: CollectState) -> None:
    feed = "https://warta.co.id/rss"
    assert state.validators(feed) == (None, None)
    state.record_check(feed, "2026-12-07T01:00:00+00:00", '"abc"', "Mon, 07 Dec 2026 00:00:00 GMT")
    state.record_check(feed, "2026-12-07T02:00:00+00:00", keep_validators=True)
    assert state.validators(feed) == ('"abc"', "Mon, 07 Dec 2026 00:00:00 GMT")
    status = SourceStatus("warta", "feed", feed, "2026-12-07T01:00:00+00:00", 7, 4, 1,
                          "HTTP 404 Not Found", "2026-12-07T01:10:00+00:00")
    state.record_source(status, [("https://warta.co.id/x", "HTTP 404 Not Found")])
    assert state.sources() == [status] and state.source_status("warta") == status
    assert state.failures("warta") == [("https://warta.co.id/x", "HTTP 404 Not Found")]
    state.record_source(status, [])
    assert state.failures("warta") == []


def test_the_tables_can_live_in_the_store_file(tmp_path: Path) -> None:
    from kabar.store import open_store

    path = tmp_path / "kabar.db"
    store = open_store(str(path))
    store.close()
    with open_state(path) as state:
        save(state, "https://warta.co.id/berita/1", "h1", "2026-12-07T01:00:00+00:00")
    with sqlite3.connect(path) as raw:
        names = {row[0] for row in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"collect_pages", "collect_http", "collect_aliases", "collect_sources"} <= names
    reopened = open_store(str(path))  # the store does not mind the extra tables
    reopened.close()


def test_a_file_that_is_not_a_database_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "kabar.db"
    path.write_bytes(b"bukan basis data " * 100)
    with pytest.raises(StoreError, match="cannot open the collection tables"):
        open_state(path)
