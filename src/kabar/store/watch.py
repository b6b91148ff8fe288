"""A store's change counter: a number that differs after any commit to the store, by any
connection or process (an analysis run writing while the server reads it, a merge, a repair).

SQLite's ``PRAGMA data_version`` on one connection that never writes changes whenever another
connection has committed since the previous call; that connection is opened on first use in
each process (a forked server worker gets its own) and kept. Reading it costs a few
microseconds, which is what lets a reader cache whole answers until the store changes.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from pathlib import Path


class ChangeCounter:
    """``value()`` is a number that changes when the store at ``path`` is committed to, or
    None when it cannot be watched (an in-memory store, or a file that cannot be opened)."""

    def __init__(self, path: str | Path) -> None:
        text = str(path)
        if text.startswith("sqlite://"):
            text = text.removeprefix("sqlite://").removeprefix("/") or ":memory:"
        self.path = text
        self._db: sqlite3.Connection | None = None
        self._pid = 0
        # Counts the connections opened: a new connection's values start afresh, so they are
        # told apart from the old one's by this.
        self._opened = 0
        self._lock = threading.Lock()

    def value(self) -> int | None:
        if self.path == ":memory:" or not Path(self.path).is_file():
            return None
        with self._lock:
            try:
                if self._db is None or self._pid != os.getpid():
                    self._db = sqlite3.connect(
                        self.path, isolation_level=None, check_same_thread=False
                    )
                    self._db.execute("PRAGMA busy_timeout = 1000")
                    self._pid = os.getpid()
                    self._opened += 1
                version = int(self._db.execute("PRAGMA data_version").fetchone()[0])
                return (self._opened << 40) + version
            except sqlite3.Error:
                self._db = None
                return None

    def close(self) -> None:
        with self._lock:
            if self._db is not None and self._pid == os.getpid():
                self._db.close()
            self._db = None
