"""The answer cache: kept until the store changes, revalidated by ETag, bounded, behind the Host
check; and the store connections requests reuse see every commit."""

from __future__ import annotations

import asyncio
import shutil
from dataclasses import replace
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

import kabar
import kabar.api as api
from kabar.web import create_app
from kabar.web.cache import ResponseCache


def _copy(example_db: Path, tmp_path: Path) -> Path:
    db = tmp_path / "k.db"
    shutil.copy(example_db, db)
    return db


def _retitle(db: Path, article_id: str, title: str) -> None:
    """Commit a change to one article from another connection, as another process would."""
    with kabar.open_store(db) as store:  # type: ignore[attr-defined]
        article = store.get_article(article_id)
        store.put_articles([replace(article, title=title)], linked=True)


def test_a_second_request_is_served_from_the_cache_until_the_store_changes(
    example_db: Path, tmp_path: Path
) -> None:
    db = _copy(example_db, tmp_path)
    client = TestClient(create_app(db))
    article_id = client.get("/api/v1/articles?limit=1").json()["items"][0]["id"]
    url = f"/api/v1/articles/{article_id}"
    first, second = client.get(url), client.get(url)
    assert (first.headers["x-cache"], second.headers["x-cache"]) == ("miss", "hit")
    assert first.content == second.content and first.headers["etag"] == second.headers["etag"]
    assert second.headers["cache-control"] == "no-cache"

    _retitle(db, article_id, "Judul yang diganti")
    third = client.get(url)
    assert third.headers["x-cache"] == "miss" and third.json()["title"] == "Judul yang diganti"
    assert third.headers["etag"] != first.headers["etag"]


def test_a_client_holding_the_answer_gets_304_without_a_body(
    example_db: Path, tmp_path: Path
) -> None:
    client = TestClient(create_app(_copy(example_db, tmp_path)))
    etag = client.get("/").headers["etag"]
    again = client.get("/", headers={"if-none-match": etag})
    assert again.status_code == 304 and again.content == b"" and again.headers["etag"] == etag
    assert again.headers["x-content-type-options"] == "nosniff"  # hardened like any answer
    other = client.get("/", headers={"if-none-match": '"something-else"'})
    assert other.status_code == 200 and other.content


def test_the_host_check_comes_before_the_cache(example_db: Path, tmp_path: Path) -> None:
    client = TestClient(create_app(_copy(example_db, tmp_path)))
    assert client.get("/").status_code == 200
    assert client.get("/", headers={"host": "rebind.example"}).status_code == 400


def test_language_and_accept_headers_are_part_of_the_key(
    example_db: Path, tmp_path: Path
) -> None:
    client = TestClient(create_app(_copy(example_db, tmp_path)))
    indonesian = client.get("/", headers={"accept-language": "id"}).text
    english = client.get("/", headers={"accept-language": "en"}).text
    assert indonesian != english
    assert client.get("/", headers={"accept-language": "id"}).text == indonesian


class _Counter:
    def __init__(self) -> None:
        self.version: int | None = 1

    def value(self) -> int | None:
        return self.version


def _app(counter: _Counter | None = None, calls: list[str] | None = None) -> Any:
    """An ASGI application answering each path with a body of the size the path names."""

    async def app(scope: Any, receive: Any, send: Any) -> None:
        path = scope["path"]
        if calls is not None:
            calls.append(path)
        if counter is not None and path == "/changing":
            counter.version = (counter.version or 0) + 1  # a commit while the answer is made
        status = 404 if path == "/missing" else 200
        size = int(path.strip("/")) if path.strip("/").isdigit() else 10
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", b"text/plain")]})
        # Sent in two pieces, as a streamed answer is.
        await send({"type": "http.response.body", "body": b"a" * (size // 2), "more_body": True})
        await send({"type": "http.response.body", "body": b"b" * (size - size // 2)})

    return app


def _get(cache: ResponseCache, path: str, method: str = "GET") -> tuple[int, bytes]:
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b""}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {"type": "http", "method": method, "path": path, "query_string": b"", "headers": []}
    asyncio.run(cache(scope, receive, send))
    return sent[0]["status"], b"".join(m.get("body", b"") for m in sent[1:])


def test_the_cache_stays_within_its_bytes_dropping_the_least_recently_used() -> None:
    calls: list[str] = []
    cache = ResponseCache(_app(calls=calls), _Counter(), max_bytes=5_000, entry_bytes=2_000)
    for size in range(1000, 1010):
        _get(cache, f"/{size}")
        assert cache.size <= 5_000
    assert len(cache.entries) < 10
    calls.clear()
    _get(cache, "/1009")  # the latest is kept
    _get(cache, "/1000")  # the first was dropped
    assert calls == ["/1000"]


def test_large_failed_and_unsafe_answers_pass_through_whole_and_are_not_kept() -> None:
    calls: list[str] = []
    cache = ResponseCache(_app(calls=calls), _Counter(), max_bytes=100_000, entry_bytes=2_000)
    assert _get(cache, "/5000") == (200, b"a" * 2500 + b"b" * 2500)
    assert _get(cache, "/missing")[0] == 404
    assert _get(cache, "/20", method="POST")[0] == 200
    for path in ("/5000", "/missing", "/20"):
        _get(cache, path, method="POST" if path == "/20" else "GET")
    assert calls == ["/5000", "/missing", "/20"] * 2 and not cache.entries


def test_an_answer_made_while_the_store_changed_is_not_kept() -> None:
    counter = _Counter()
    calls: list[str] = []
    cache = ResponseCache(_app(counter, calls), counter)
    _get(cache, "/changing")
    _get(cache, "/changing")
    assert calls == ["/changing", "/changing"]


def test_the_change_counter_moves_with_every_commit_from_elsewhere(
    example_db: Path, tmp_path: Path
) -> None:
    db = _copy(example_db, tmp_path)
    counter = api.ChangeCounter(db)
    before = counter.value()
    assert before is not None and counter.value() == before
    with kabar.open_store(db) as store:  # type: ignore[attr-defined]
        article_id = store.list_articles(limit=1)[0].id
    _retitle(db, article_id, "Lain")
    assert counter.value() not in (None, before)
    assert api.ChangeCounter(":memory:").value() is None
    counter.close()


def test_reused_store_connections_see_commits_from_elsewhere(
    example_db: Path, tmp_path: Path
) -> None:
    db = _copy(example_db, tmp_path)
    client = TestClient(create_app(db, cache_bytes=0))
    article_id = client.get("/api/v1/articles?limit=1").json()["items"][0]["id"]
    for title in ("Pertama", "Kedua"):
        _retitle(db, article_id, title)
        assert client.get(f"/api/v1/articles/{article_id}").json()["title"] == title
