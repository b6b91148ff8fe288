"""The polite fetcher against the fictional newsroom: every outcome a value, limits kept."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from itertools import pairwise
from typing import Any

import httpx
import pytest
from remote import RemoteNewsroom

from kabar.collect.fetch import Failure, Fetcher, NotModified, Page, retry_after, user_agent
from kabar.collect.sources import CollectSettings, SourcesConfig


@pytest.fixture
def fetcher(config: SourcesConfig) -> Iterator[Fetcher]:
    """A fetcher with a short rate: these tests do not measure spacing."""
    with Fetcher(replace(config.settings, rate=0.01)) as opened:
        yield opened


def test_pages_redirects_and_conditional_requests(
    newsroom: RemoteNewsroom, fetcher: Fetcher
) -> None:
    k = newsroom.kabar
    page = fetcher.fetch(k.url("/lama/listrik"))
    assert isinstance(page, Page)
    assert page.url == k.url("/lama/listrik") and page.final_url == k.url("/berita/k5/listrik-padam")
    assert b"PLN" in page.body and page.etag
    again = fetcher.fetch(page.final_url, etag=page.etag)
    assert again == NotModified(page.final_url)
    loop = fetcher.fetch(k.url("/putar/a"))
    assert isinstance(loop, Failure) and loop.reason.startswith("redirect loop: ")
    assert not loop.transient


def test_redirects_are_bounded(newsroom: RemoteNewsroom, config: SourcesConfig) -> None:
    with Fetcher(replace(config.settings, rate=0.01, max_redirects=1)) as fetcher:
        result = fetcher.fetch(newsroom.kabar.url("/lama/listrik"))
    assert result == Failure(newsroom.kabar.url("/lama/listrik"), "more than 1 redirects")


def test_failures_are_values_with_reasons(newsroom: RemoteNewsroom, fetcher: Fetcher) -> None:
    w, lj, b = newsroom.warta, newsroom.lintas, newsroom.besar
    expected = {
        w.url("/berita/107/tidak-ada"): ("HTTP 404 Not Found", False),
        w.url("/berita/106/dihapus"): ("HTTP 410 Gone", False),
        w.url("/privat/bocoran-anggaran"): ("disallowed by robots.txt", False),
        lj.url("/berita/203/lambat"): ("timed out after 1.2 s", True),
        b.url("/berita/302/raksasa"): ("response too large: 52,428,800 bytes (limit 2,000,000)",
                                       False),
        b.url("/berita/303/raksasa-tanpa-panjang"): (
            "response too large: more than 2,000,000 bytes", False),
        "http://127.0.0.1:9/tidak-ada-server": (None, True),
    }
    for url, (reason, transient) in expected.items():
        result = fetcher.fetch(url)
        assert isinstance(result, Failure), url
        assert result.url == url and result.transient == transient
        if reason:
            assert result.reason == reason
        else:  # nothing listens on port 9: robots.txt is unreachable, the site is off limits
            assert result.reason.startswith("robots.txt unreachable")
    assert all(size < 12_000_000 for size in b.sent_bytes.values())


def test_429_waits_for_retry_after_and_5xx_backs_off_exponentially(
    config: SourcesConfig,
) -> None:
    """The waits themselves, on a fake clock (the real 1 s Retry-After is timed by the
    servers in test_cycle)."""
    answers = {"/a": [429, 429, 200], "/b": [503, 500, 200], "/c": [500, 500, 500]}

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        status = answers[request.url.path].pop(0)
        headers = {"Retry-After": "3"} if status == 429 else {}
        return httpx.Response(status, headers=headers, content=b"<p>ok</p>")

    waits: list[float] = []
    settings = replace(config.settings, rate=0.0, backoff=0.5, retries=2)
    with Fetcher(settings, transport=httpx.MockTransport(handler), sleep=waits.append) as fetcher:
        assert isinstance(fetcher.fetch("http://a.example/a"), Page)
        assert waits == [3.0, 3.0]
        waits.clear()
        assert isinstance(fetcher.fetch("http://a.example/b"), Page)
        assert waits == [0.5, 1.0]
        waits.clear()
        failed = fetcher.fetch("http://a.example/c")
    assert failed == Failure("http://a.example/c", "HTTP 500 Internal Server Error (3 attempts)",
                             transient=True)
    assert waits == [0.5, 1.0]


def test_a_retry_after_beyond_the_limit_is_a_failure_not_a_wait(config: SourcesConfig) -> None:
    calls: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(time.monotonic())
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        return httpx.Response(429, headers={"Retry-After": "3600"})

    settings = replace(config.settings, rate=0.0)
    with Fetcher(settings, transport=httpx.MockTransport(handler)) as fetcher:
        started = time.monotonic()
        result = fetcher.fetch("http://sibuk.example/berita/1")
        again = fetcher.fetch("http://sibuk.example/berita/2")
    assert isinstance(result, Failure) and "Retry-After 3600 s exceeds the limit" in result.reason
    assert isinstance(again, Failure) and "asked us to wait" in again.reason
    assert time.monotonic() - started < 1.0 and len(calls) == 2  # robots.txt and one request


def test_retry_after_as_seconds_or_http_date() -> None:
    now = datetime(2026, 12, 7, 1, 0, tzinfo=UTC)
    assert retry_after("120") == 120.0
    assert retry_after("Mon, 07 Dec 2026 01:02:00 GMT", now) == 120.0
    assert retry_after("Mon, 07 Dec 2026 00:00:00 GMT", now) == 0.0
    assert retry_after("segera") is None and retry_after(None) is None


def test_user_agent() -> None:
    assert user_agent("https://example.org/kontak").startswith("kabar/")
    assert user_agent("https://example.org/kontak").endswith(" (+https://example.org/kontak)")
    assert user_agent(None).startswith("kabar/") and "(" not in user_agent(None)


def test_per_host_spacing_and_concurrency_from_many_threads(
    newsroom: RemoteNewsroom, config: SourcesConfig
) -> None:
    """Client side: each request starts `rate` after the previous one was sent (exactly);
    server side: never more than `concurrency` requests in flight."""
    starts: list[float] = []

    class Recording(httpx.HTTPTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            starts.append(time.monotonic())
            return super().handle_request(request)

    settings: CollectSettings = replace(config.settings, rate=0.05, concurrency=2)
    urls = [newsroom.lintas.url(f"/agak-lambat/{n}") for n in range(1, 7)]
    results: list[Any] = []
    with Fetcher(settings, transport=Recording()) as fetcher:
        threads = [threading.Thread(target=lambda u=u: results.append(fetcher.fetch(u)))
                   for u in urls]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert len(results) == 6 and all(isinstance(r, Page) for r in results)
    gaps = [b - a for a, b in pairwise(sorted(starts))]
    assert min(gaps) >= settings.rate
    assert newsroom.lintas.most_in_flight == 2
