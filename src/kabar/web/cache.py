"""Whole answers kept until the store changes, with ETags so a browser can ask "still the same?".

Every page and API answer is a function of the request and the store's contents, so an answer
can be served again, without running its queries, as long as nothing was committed to the
store since: ``kabar.api.ChangeCounter`` says so for a few microseconds per request, whoever
wrote (an analysis run in another process, a merge, a repair). The first request after a
change empties the cache. Each answer carries a strong ETag (a hash of its body, so every
worker process gives the same one) and ``Cache-Control: no-cache``: a browser revalidates
each time and gets 304 with no body when it already has the answer.

What is kept is bounded: answers of GET with status 200 and a body up to ``ENTRY_BYTES``, at
most ``CACHE_BYTES`` in all per process, least recently used dropped first. Not kept: the
streamed export, ingest, the collection status page (it reads more than the store), the static
files (they have their own ETags). The key is the path, the query and the two headers that
change an answer (Accept: HTML or JSON error pages; Accept-Language: the pages' language).
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# Bytes of answers kept per server process.
CACHE_BYTES = 32 * 1024 * 1024
# Largest answer kept (larger ones are sent as they are made).
ENTRY_BYTES = 1024 * 1024
# Paths never kept (prefixes).
UNCACHED = ("/api/export", "/api/analyze", "/latest", "/static")
# Request headers an answer depends on besides its URL.
_VARY = "Accept, Accept-Language"
# Rough bytes of bookkeeping per kept answer besides its body.
_ENTRY_OVERHEAD = 600


@dataclass(frozen=True)
class Entry:
    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes
    etag: bytes


class ResponseCache:
    """ASGI middleware keeping whole GET answers until ``counter.value()`` changes."""

    def __init__(
        self,
        app: ASGIApp,
        counter: Any,
        max_bytes: int = CACHE_BYTES,
        entry_bytes: int = ENTRY_BYTES,
    ) -> None:
        self.app = app
        self.counter = counter
        self.max_bytes = max_bytes
        self.entry_bytes = entry_bytes
        self.entries: OrderedDict[tuple[str, bytes, str, str], Entry] = OrderedDict()
        self.size = 0
        self.version: int | None = None
        self.hits = 0
        self.misses = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or scope["method"] != "GET"
            or scope["path"].startswith(UNCACHED)
        ):
            await self.app(scope, receive, send)
            return
        version = self.counter.value()
        if version is None:
            await self.app(scope, receive, send)
            return
        if version != self.version:
            self.entries.clear()
            self.size = 0
            self.version = version
        headers = Headers(scope=scope)
        key = (
            scope["path"],
            scope.get("query_string", b""),
            headers.get("accept", ""),
            headers.get("accept-language", ""),
        )
        entry = self.entries.get(key)
        if entry is not None:
            self.entries.move_to_end(key)
            self.hits += 1
            await _answer(entry, headers, send, b"hit")
            return
        self.misses += 1
        await self._fill(key, version, headers, scope, receive, send)

    async def _fill(
        self,
        key: tuple[str, bytes, str, str],
        version: int,
        request_headers: Headers,
        scope: Scope,
        receive: Receive,
        send: Send,
    ) -> None:
        """Run the application; keep its answer if it is a whole 200 within the bounds."""
        start: Message | None = None
        chunks: list[bytes] = []
        size = 0
        passing = False

        async def capture(message: Message) -> None:
            nonlocal start, size, passing
            if passing:
                await send(message)
            elif message["type"] == "http.response.start":
                start = message
                if message["status"] != 200:
                    passing = True
                    await send(message)
            elif message["type"] == "http.response.body" and start is not None:
                chunks.append(message.get("body", b""))
                size += len(chunks[-1])
                if size > self.entry_bytes:  # too large to keep: send what came, then the rest
                    passing = True
                    await send(start)
                    await send({**message, "body": b"".join(chunks)})
                elif not message.get("more_body", False):
                    await self._keep(key, version, start, b"".join(chunks), request_headers, send)
            else:
                await send(message)

        await self.app(scope, receive, capture)

    async def _keep(
        self,
        key: tuple[str, bytes, str, str],
        version: int,
        start: Message,
        body: bytes,
        request_headers: Headers,
        send: Send,
    ) -> None:
        etag = b'"' + hashlib.blake2b(body, digest_size=16).hexdigest().encode() + b'"'
        kept = [
            (name, value)
            for name, value in start.get("headers", [])
            if name.lower() not in (b"etag", b"cache-control", b"vary")
        ]
        kept += [(b"etag", etag), (b"cache-control", b"no-cache"), (b"vary", _VARY.encode())]
        entry = Entry(start["status"], kept, body, etag)
        cost = len(body) + _ENTRY_OVERHEAD
        # An answer made while the store changed may hold either state: sent, never kept.
        if cost <= self.max_bytes and self.counter.value() == version == self.version:
            self.entries[key] = entry
            self.size += cost
            while self.size > self.max_bytes:
                _, dropped = self.entries.popitem(last=False)
                self.size -= len(dropped.body) + _ENTRY_OVERHEAD
        await _answer(entry, request_headers, send, b"miss")


async def _answer(entry: Entry, request_headers: Headers, send: Send, how: bytes) -> None:
    """Send a kept answer, or 304 when the client's If-None-Match names its ETag."""
    asked = request_headers.get("if-none-match", "")
    if asked and (asked.strip() == "*" or entry.etag.decode() in _tags(asked)):
        headers = [(n, v) for n, v in entry.headers if n in (b"etag", b"cache-control", b"vary")]
        await send({"type": "http.response.start", "status": 304,
                    "headers": [*headers, (b"x-cache", how)]})
        await send({"type": "http.response.body", "body": b""})
        return
    await send({"type": "http.response.start", "status": entry.status,
                "headers": [*entry.headers, (b"x-cache", how)]})
    await send({"type": "http.response.body", "body": entry.body})


def _tags(header: str) -> set[str]:
    """The entity tags of an If-None-Match header (weak ones compared by their value)."""
    return {tag.strip().removeprefix("W/") for tag in header.split(",")}
