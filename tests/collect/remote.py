"""The newsroom in a process of its own, driven from the tests through a pipe.

Request arrival times are then measured free of the collector's threads (extraction holds
the GIL), so per-host spacing is measured as a real server sees it.
"""

from __future__ import annotations

from typing import Any

from newsroom import Newsroom


def _serve(conn: Any) -> None:
    room = Newsroom()
    room.start()
    outlets = {o.slug: o for o in room.outlets}
    conn.send({slug: (o.name, o.base) for slug, o in outlets.items()})
    while True:
        command, argument = conn.recv()
        if command == "stop":
            room.stop()
            conn.send(None)
            return
        if command == "log":
            with outlets[argument]._lock:
                conn.send(list(outlets[argument].log))
        elif command == "sent":
            with outlets[argument]._lock:
                conn.send(dict(outlets[argument].sent_bytes))
        elif command == "most_in_flight":
            with outlets[argument]._lock:
                conn.send(outlets[argument].most_in_flight)
        else:  # "call": a Newsroom method that changes the sites
            getattr(room, argument)()
            conn.send(None)


class RemoteOutlet:
    """An outlet served by the newsroom process, seen from the tests."""

    def __init__(self, room: RemoteNewsroom, slug: str, name: str, base: str) -> None:
        self._room = room
        self.slug = slug
        self.name = name
        self.base = base

    def url(self, path: str) -> str:
        return self.base + path

    @property
    def log(self) -> list[tuple[float, str, dict[str, str]]]:
        return self._room.ask("log", self.slug)  # type: ignore[no-any-return]

    @property
    def sent_bytes(self) -> dict[str, int]:
        return self._room.ask("sent", self.slug)  # type: ignore[no-any-return]

    @property
    def most_in_flight(self) -> int:
        return self._room.ask("most_in_flight", self.slug)  # type: ignore[no-any-return]

    def requests(self, path: str | None = None) -> list[str]:
        return [p for _, p, _ in self.log if path is None or p == path]

    def arrivals(self) -> list[float]:
        return [t for t, _, _ in self.log]


class RemoteNewsroom:
    """The newsroom running in a child process; stop it when done."""

    def __init__(self) -> None:
        import multiprocessing

        context = multiprocessing.get_context("spawn")
        self._conn, child = context.Pipe()
        self._process = context.Process(target=_serve, args=(child,), daemon=True)
        self._process.start()
        outlets = self._conn.recv()
        self.outlets = [RemoteOutlet(self, slug, *outlets[slug]) for slug in outlets]
        self.warta, self.kabar, self.lintas, self.besar = self.outlets

    def ask(self, command: str, argument: str = "") -> Any:
        self._conn.send((command, argument))
        return self._conn.recv()

    def update_live_article(self) -> None:
        self.ask("call", "update_live_article")

    def touch_cabai(self) -> None:
        self.ask("call", "touch_cabai")

    def stop(self) -> None:
        self._process.terminate()  # the servers are daemon threads of a throwaway process
        self._process.join(5)
        self._conn.close()
