"""Running the application: uvicorn with every connection bounded in time and number.

uvicorn times out idle keep-alive connections but not a request whose headers arrive a byte
at a time; ``HeaderTimeout`` closes a connection whose request headers are not complete
within ``HEADER_SECONDS``. SIGTERM and Ctrl-C stop the server: it takes no new connections,
gives requests in flight ``SHUTDOWN_SECONDS``, then cancels them (an analysis running for
POST /api/analyze is killed with its request).

With ``workers`` above one, the socket is bound once and that many processes are forked to
accept on it (the kernel spreads connections across them): each holds the same application,
built once before the fork, so the Host check, headers and ingest guard hold in every one,
and each opens the store per request as a single process does. SIGTERM or Ctrl-C to the
parent is passed on to the workers, which shut down as one server does; a worker that dies
is not replaced, and the parent exits when the last one has.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

# Time a client gets to send a request's headers.
HEADER_SECONDS = 10.0
# Idle time after which a keep-alive connection is closed.
KEEP_ALIVE_SECONDS = 5
# Time requests in flight get to finish on shutdown.
SHUTDOWN_SECONDS = 5
# Connections served at once; past it new ones get 503 at once rather than queue.
MAX_CONNECTIONS = 500


class HeaderTimeout(H11Protocol):
    """uvicorn's h11 protocol, closing connections whose headers are late."""

    header_seconds = HEADER_SECONDS

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._header_timer: asyncio.TimerHandle | None = None
        self._responses = 0

    def connection_made(self, transport: Any) -> None:
        super().connection_made(transport)
        self._start_header_timer()

    def data_received(self, data: bytes) -> None:
        if self._header_timer is None and self.conn.their_state is h11.IDLE:
            self._start_header_timer()
        super().data_received(data)

    def on_response_complete(self) -> None:
        self._responses += 1
        self._cancel_header_timer()
        super().on_response_complete()

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel_header_timer()
        super().connection_lost(exc)

    def _start_header_timer(self) -> None:
        self._header_timer = self.loop.call_later(
            self.header_seconds, self._headers_late, self._responses
        )

    def _cancel_header_timer(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _headers_late(self, responses: int) -> None:
        self._header_timer = None
        if responses == self._responses and self.conn.their_state is h11.IDLE:
            self.transport.close()


def serve(app: Any, host: str, port: int, workers: int = 1) -> None:
    """Serve ``app`` from ``workers`` processes until SIGTERM or Ctrl-C."""
    import uvicorn

    settings: dict[str, Any] = {
        "host": host,
        "port": port,
        "http": HeaderTimeout,
        "log_level": "warning",
        "timeout_keep_alive": KEEP_ALIVE_SECONDS,
        "timeout_graceful_shutdown": SHUTDOWN_SECONDS,
        "limit_concurrency": MAX_CONNECTIONS,
    }
    if workers <= 1:
        uvicorn.run(app, **settings)
        return
    config = uvicorn.Config(app, **settings)
    shared = config.bind_socket()
    children = []
    for _ in range(workers):
        pid = os.fork()
        if pid == 0:  # a worker: serve on the shared socket until told to stop
            try:
                _run(uvicorn.Server(config), [shared])
            finally:
                os._exit(0)
        children.append(pid)
    shared.close()

    def stop(signum: int, _: Any) -> None:
        for child in children:
            with contextlib.suppress(ProcessLookupError):
                os.kill(child, signal.SIGTERM)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    for child in children:
        os.waitpid(child, 0)


def _run(server: Any, sockets: list[Any]) -> None:
    """Run one worker's server as ``uvicorn.run`` runs one (Ctrl-C ends it quietly)."""
    with contextlib.suppress(KeyboardInterrupt):
        server.run(sockets=sockets)
