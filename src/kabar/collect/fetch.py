"""Polite downloading: robots.txt, per-host spacing and concurrency, retries, limits.

``Fetcher.fetch`` never raises for anything the network or a server does: every outcome
is a value, a ``Page``, a ``NotModified`` (the conditional request was answered 304) or
a ``Failure`` naming the URL and the reason. It is safe to call from several threads.
"""

from __future__ import annotations

import email.utils
import importlib.util
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import metadata
from typing import Any
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from kabar.collect.sources import CollectSettings
from kabar.collect.urls import host_key

_REDIRECTS = {301, 302, 303, 307, 308}
_ROBOTS_MAX_BYTES = 500_000  # RFC 9309 lets a crawler stop reading robots.txt at 500 KiB
_MAX_CRAWL_DELAY = 60.0
_CHUNK = 65_536
_BACKOFF = -1.0  # "retry after the exponential back-off" (as opposed to a Retry-After)


@dataclass(frozen=True)
class Page:
    """A downloaded response body; ``url`` is the one asked for, ``final_url`` after redirects."""

    url: str
    final_url: str
    body: bytes
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True)
class NotModified:
    """The server answered a conditional request with 304: what we have is current."""

    url: str


@dataclass(frozen=True)
class Failure:
    """A URL that could not be fetched (or read) and the one-line reason why."""

    url: str
    reason: str
    transient: bool = False  # worth trying again later (429, 5xx, timeout, connection)


FetchResult = Page | NotModified | Failure


def kabar_version() -> str:
    """Return the installed kabar version (the source tree's when it is not installed)."""
    try:
        return metadata.version("kabar")
    except metadata.PackageNotFoundError:
        return "0.1.0"


def user_agent(contact: str | None) -> str:
    """Return the User-Agent: ``kabar/VERSION (+CONTACT_URL)``."""
    agent = f"kabar/{kabar_version()}"
    return f"{agent} (+{contact})" if contact else agent


class _HostGate:
    """One host's turn-taking: at most ``concurrency`` requests in flight, and each request
    sent at least ``rate`` seconds after the previous one was (as the server sees them)."""

    def __init__(self, rate: float, concurrency: int) -> None:
        self.rate = rate
        self._slots = threading.BoundedSemaphore(concurrency)
        self._turns = threading.Condition()
        self._sending = False
        self._last_sent = -float("inf")
        self.blocked_until = 0.0  # set when the host asked us to stay away (Retry-After)

    @contextmanager
    def turn(self) -> Iterator[Callable[[str, Any], None]]:
        """Wait for this host's next turn; yield the trace hook that reports the send."""
        with self._slots:
            with self._turns:
                while True:
                    while self._sending:
                        self._turns.wait()
                    wait = self._last_sent + self.rate - time.monotonic()
                    if wait <= 0:
                        break
                    self._turns.wait(wait)
                self._sending = True
            try:
                yield self._trace
            finally:
                self._sent()  # when the request failed before its headers went out

    def _trace(self, event: str, _info: Any) -> None:
        # Spacing counts from when the request actually left, not from when its thread was
        # allowed to send it: a thread can be held up (the GIL) between the two.
        if event.endswith("send_request_headers.complete"):
            self._sent()

    def _sent(self) -> None:
        with self._turns:
            if self._sending:
                self._sending = False
                self._last_sent = time.monotonic()
                self._turns.notify_all()


class _Refused(Exception):
    """A failure decided while reading a response (too large, too slow)."""

    def __init__(self, reason: str, transient: bool = False) -> None:
        super().__init__(reason)
        self.transient = transient


class Fetcher:
    """A shared HTTP client with per-host politeness; close it (or use ``with``) when done."""

    def __init__(
        self,
        settings: CollectSettings,
        *,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.settings = settings
        self.user_agent = user_agent(settings.user_agent_contact)
        self._sleep = sleep
        http2 = transport is None and importlib.util.find_spec("h2") is not None
        per_host = settings.concurrency
        self._client = httpx.Client(
            http2=http2,
            transport=transport,
            timeout=httpx.Timeout(settings.timeout),
            limits=httpx.Limits(
                max_connections=max(settings.workers, per_host) + 4,
                max_keepalive_connections=max(settings.workers, per_host),
            ),
            headers={"User-Agent": self.user_agent},
            follow_redirects=False,
        )
        self._gates: dict[str, _HostGate] = {}
        self._robots: dict[str, RobotFileParser | Failure] = {}
        self._lock = threading.Lock()
        self._robots_locks: dict[str, threading.Lock] = {}

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connections."""
        self._client.close()

    def fetch(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None
    ) -> FetchResult:
        """Download one URL, following redirects by hand; never raises for network trouble."""
        try:
            return self._follow(url, etag, last_modified)
        except Exception as error:  # a bug or an exotic library error must not end a cycle
            return Failure(url, f"unexpected error: {type(error).__name__}: {error}", True)

    def _follow(self, url: str, etag: str | None, last_modified: str | None) -> FetchResult:
        chain = [url]
        current = url
        while True:
            refusal = self._robots_refusal(current)
            if refusal:
                return Failure(url, refusal.reason, refusal.transient)
            result = self._attempts(current, etag, last_modified)
            if not isinstance(result, str):
                return _as_asked(result, url, current)
            target = urljoin(current, result)
            if target in chain:
                return Failure(url, "redirect loop: " + " -> ".join([*chain, target]))
            if len(chain) > self.settings.max_redirects:
                return Failure(url, f"more than {self.settings.max_redirects} redirects")
            chain.append(target)
            current = target

    def _attempts(self, url: str, etag: str | None, last_modified: str | None) -> FetchResult | str:
        """Request with retries; return the result, or the Location of a redirect."""
        gate = self._gate(url)
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        last: FetchResult | str = Failure(url, "not attempted")
        for attempt in range(self.settings.retries + 1):
            if gate.blocked_until > time.monotonic():
                return Failure(url, "host asked us to wait (Retry-After) longer than allowed", True)
            wait, last = self._once(gate, url, headers)
            if wait is None:
                return last
            if wait == _BACKOFF:
                wait = min(self.settings.backoff * 2**attempt, self.settings.max_retry_wait)
            if attempt < self.settings.retries:
                self._sleep(wait)
        if isinstance(last, Failure):
            tries = self.settings.retries + 1
            plural = "s" if tries > 1 else ""
            return Failure(url, f"{last.reason} ({tries} attempt{plural})", last.transient)
        return last

    def _once(
        self, gate: _HostGate, url: str, headers: dict[str, str]
    ) -> tuple[float | None, FetchResult | str]:
        """One request; return (seconds to wait before a retry or None, outcome)."""
        with gate.turn() as trace:
            try:
                extensions = {"trace": trace}
                with self._client.stream(
                    "GET", url, headers=headers, extensions=extensions
                ) as response:
                    return self._outcome(gate, url, response)
            except _Refused as refusal:
                return None, Failure(url, str(refusal), refusal.transient)
            except httpx.TimeoutException:
                return None, Failure(url, f"timed out after {self.settings.timeout:g} s", True)
            except httpx.TransportError as error:
                return _BACKOFF, Failure(url, f"connection failed: {error}", True)
            except httpx.HTTPError as error:
                return None, Failure(url, f"HTTP error: {error}")

    def _outcome(
        self, gate: _HostGate, url: str, response: httpx.Response
    ) -> tuple[float | None, FetchResult | str]:
        status = response.status_code
        if status in _REDIRECTS:
            location = response.headers.get("Location")
            if not location:
                return None, Failure(url, f"HTTP {status} redirect without a Location")
            return None, location
        if status == 304:
            return None, NotModified(url)
        reason = f"HTTP {status} {response.reason_phrase}".strip()
        if status == 429:
            wait = retry_after(response.headers.get("Retry-After"))
            if wait is not None and wait > self.settings.max_retry_wait:
                gate.blocked_until = time.monotonic() + wait
                refusal = f"{reason}: Retry-After {wait:.0f} s exceeds the limit"
                return None, Failure(url, refusal, True)
            return (_BACKOFF if wait is None else wait), Failure(url, reason, True)
        if status >= 500:
            return _BACKOFF, Failure(url, reason, True)
        if status >= 400 or status < 200:
            return None, Failure(url, reason)
        body = self._read_limited(response, self.settings.max_bytes)
        return None, Page(
            url,
            str(response.url),
            body,
            response.headers.get("Content-Type"),
            response.headers.get("ETag"),
            response.headers.get("Last-Modified"),
        )

    def _read_limited(self, response: httpx.Response, limit: int) -> bytes:
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > limit:
            raise _Refused(f"response too large: {int(declared):,} bytes (limit {limit:,})")
        deadline = time.monotonic() + self.settings.timeout
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes(_CHUNK):
            size += len(chunk)
            if size > limit:
                raise _Refused(f"response too large: more than {limit:,} bytes")
            if time.monotonic() > deadline:
                reason = f"timed out after {self.settings.timeout:g} s (body too slow)"
                raise _Refused(reason, transient=True)
            chunks.append(chunk)
        return b"".join(chunks)

    def _gate(self, url: str) -> _HostGate:
        host = host_key(url)
        with self._lock:
            gate = self._gates.get(host)
            if gate is None:
                gate = _HostGate(self.settings.rate, self.settings.concurrency)
                self._gates[host] = gate
            return gate

    def _robots_refusal(self, url: str) -> Failure | None:
        """Return why robots.txt forbids the URL, or None when it may be fetched."""
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        with self._lock:
            lock = self._robots_locks.setdefault(origin, threading.Lock())
        with lock:  # one robots.txt request per host, however many threads ask
            if origin not in self._robots:
                self._robots[origin] = self._read_robots(origin)
        rules = self._robots[origin]
        if isinstance(rules, Failure):
            return rules
        if not rules.can_fetch("kabar", url):
            return Failure(url, "disallowed by robots.txt")
        return None

    def _read_robots(self, origin: str) -> RobotFileParser | Failure:
        robots_url = origin + "/robots.txt"
        gate = self._gate(robots_url)
        try:
            with gate.turn() as trace:
                response = self._client.get(
                    robots_url, follow_redirects=True, extensions={"trace": trace}
                )
                body = response.content[:_ROBOTS_MAX_BYTES]
        except httpx.HTTPError as error:
            # RFC 9309: an unreachable robots.txt means the whole site is off limits for now.
            return Failure(robots_url, f"robots.txt unreachable: {type(error).__name__}", True)
        if response.status_code >= 500:
            reason = f"robots.txt unreachable (HTTP {response.status_code})"
            return Failure(robots_url, reason, True)
        rules = RobotFileParser(robots_url)
        # RFC 9309: a robots.txt that is missing (4xx) allows everything.
        lines = [] if response.status_code >= 400 else body.decode("utf-8", "replace").splitlines()
        rules.parse(lines)
        delay = rules.crawl_delay("kabar")
        if delay is not None:
            gate.rate = max(gate.rate, min(float(delay), _MAX_CRAWL_DELAY))
        return rules


def _as_asked(result: FetchResult, asked: str, final: str) -> FetchResult:
    """Name a result after the URL asked for, keeping where the redirects ended."""
    if isinstance(result, Page):
        return Page(asked, final, result.body, result.content_type, result.etag,
                    result.last_modified)
    if isinstance(result, NotModified):
        return NotModified(asked)
    return Failure(asked, result.reason, result.transient)


def retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Return the seconds a Retry-After header asks for (a number or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())
