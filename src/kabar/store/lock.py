"""One writing run per store at a time: an exclusive lock file beside the database.

Two runs linking the same store at once each read the same unlinked rows and link state, and
the later commit overwrites the earlier's work. A run that writes therefore holds
``.FILE.lock`` (``flock``, exclusive) from before it opens the store until it ends; a second
run waits for it. The kernel releases a ``flock`` when its holder dies, so a killed run never
leaves the store locked. Reading commands do not take the lock: SQLite's WAL lets them read
the last committed state while a run writes.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from kabar.errors import StoreError

LOCK_SUFFIX = ".lock"


def store_file(url: str | Path) -> str | None:
    """Return the database file a store url names, or None for an in-memory store."""
    text = str(url)
    if text.startswith("sqlite://"):
        text = text.removeprefix("sqlite://").removeprefix("/")
    return None if text in ("", ":memory:") else text


def lock_file(database: str) -> str:
    """Return the lock file of a database file: hidden, so that reading a folder skips it."""
    folder, name = os.path.split(database)
    return os.path.join(folder, f".{name}{LOCK_SUFFIX}")


class RunLock:
    """Hold the store's lock file for a ``with`` block; wait (once told why) while it is held.

    ``on_wait`` is called with the holder's process id (None when unknown) before waiting.
    """

    def __init__(self, url: str | Path, on_wait: Callable[[int | None], None] | None = None):
        database = store_file(url)
        self.path = None if database is None else lock_file(database)
        self._on_wait = on_wait
        self._fd: int | None = None

    def __enter__(self) -> RunLock:
        try:
            import fcntl
        except ImportError:  # no flock on this system: runs are not serialised
            return self
        if self.path is None:
            return self
        try:
            self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as error:
            reason = f"{self.path}: cannot create the lock file: {error.strerror}"
            raise StoreError(reason) from error
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if self._on_wait is not None:
                self._on_wait(self._holder())
            fcntl.flock(self._fd, fcntl.LOCK_EX)
        os.ftruncate(self._fd, 0)
        os.pwrite(self._fd, f"{os.getpid()}\n".encode(), 0)
        return self

    def _holder(self) -> int | None:
        """Return the process id the holder wrote into the lock file, if it has yet."""
        assert self._fd is not None
        text = os.pread(self._fd, 32, 0).decode("ascii", "replace").strip()
        return int(text) if text.isdigit() else None

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._fd is None:
            return
        # Closing the descriptor releases the flock; the file stays, so that a waiting run
        # and a new one always lock the same inode.
        os.close(self._fd)
        self._fd = None
