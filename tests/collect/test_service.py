"""The collection commands end to end: ``kabar collect``, ``kabar sources``, ``kabar reanalyze``."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from newsroom import sources_toml
from remote import RemoteNewsroom

import kabar
from kabar.cli import main


def test_collect_stores_articles_once_reports_failures_and_reanalyses(
    newsroom: RemoteNewsroom, tmp_path: Path
) -> None:
    sources = tmp_path / "SOURCES.toml"
    sources.write_text(sources_toml(newsroom), encoding="utf-8")
    db = tmp_path / "kabar.db"
    runner = CliRunner()

    first = runner.invoke(main, ["collect", str(sources), "--db", str(db), "--once"])
    assert first.exit_code == 1, first.output  # some sources fail by design
    assert "disallowed by robots.txt" in first.stderr
    assert "14 new" in first.stderr
    with kabar.open_store(str(db)) as store:
        stored = list(store.iter_articles())
        stories = list(store.iter_stories())
    assert len(stored) >= 13  # 14 pages; a republished copy may share a text
    assert all(a.url and a.url.startswith("http://127.0.0.1") for a in stored)
    assert stories, "collected articles are linked into stories"

    second = runner.invoke(main, ["collect", str(sources), "--db", str(db), "--once"])
    assert " 0 new" in second.stderr or "1 new" in second.stderr  # only the live update
    with kabar.open_store(str(db)) as store:
        assert sum(1 for _ in store.iter_articles()) <= len(stored) + 1

    status = runner.invoke(main, ["sources", "--db", str(db)])
    assert status.exit_code == 0
    assert "warta-terkini" in status.output and "last error" in status.output

    again = runner.invoke(main, ["reanalyze", "--db", str(db), "--since", "2000-01-01"])
    assert again.exit_code == 0, again.output
    assert "already stored" in again.stderr


def test_collect_hands_each_batch_to_the_chosen_engine(
    newsroom: RemoteNewsroom, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kabar.collect import service

    engines: list[tuple[str, str | None]] = []
    real = service.analyze_documents

    def spy(documents, store, *, engine, scheduler, settings):  # type: ignore[no-untyped-def]
        engines.append((engine, scheduler))
        return real(documents, store, engine="local", settings=settings)

    monkeypatch.setattr(service, "analyze_documents", spy)
    sources = tmp_path / "SOURCES.toml"
    sources.write_text(sources_toml(newsroom), encoding="utf-8")
    result = CliRunner().invoke(
        main,
        ["collect", str(sources), "--db", str(tmp_path / "k.db"), "--engine", "dask",
         "--scheduler", "tcp://127.0.0.1:8786"],
    )
    assert result.exit_code == 1, result.output  # the newsroom's failing sources
    assert engines and set(engines) == {("dask", "tcp://127.0.0.1:8786")}


def test_latest_view_shows_each_sources_freshness_and_the_newest_pages(
    newsroom: RemoteNewsroom, tmp_path: Path
) -> None:
    import sqlite3

    from fastapi.testclient import TestClient

    from kabar.web import create_app

    db = tmp_path / "kabar.db"
    with kabar.open_store(str(db)):
        pass  # an empty store: the view says so and creates nothing
    empty = TestClient(create_app(str(db))).get("/latest")
    assert empty.status_code == 200 and "Belum ada yang dikumpulkan." in empty.text
    with sqlite3.connect(db) as connection:
        tables = {n for (n,) in connection.execute("SELECT name FROM sqlite_master")}
    assert not any(name.startswith("collect_") for name in tables)

    sources = tmp_path / "SOURCES.toml"
    sources.write_text(sources_toml(newsroom), encoding="utf-8")
    CliRunner().invoke(main, ["collect", str(sources), "--db", str(db), "--once"])
    page = TestClient(create_app(str(db))).get("/latest?lang=en")
    assert page.status_code == 200
    assert "warta-terkini" in page.text and "last fetched" in page.text
    assert newsroom.warta.url("/").rstrip("/") in page.text  # a collected page's URL
    assert "<script" not in page.text.lower()
