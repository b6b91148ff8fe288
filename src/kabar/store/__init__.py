"""The store: one interface, backends chosen by ``open_store(url)``."""

from __future__ import annotations

from pathlib import Path

from kabar.errors import StoreError
from kabar.store.base import LINK_STATE_KEY, Store
from kabar.store.sqlite import SQLiteStore

__all__ = ["LINK_STATE_KEY", "SQLiteStore", "Store", "open_store"]


def open_store(url: str | Path | None = None) -> Store:
    """Open a store: a SQLite file path, ``sqlite:///path``, or ``:memory:`` (the default)."""
    if url is None:
        return SQLiteStore(":memory:")
    text = str(url)
    if text.startswith("sqlite://"):
        # sqlite:///rel.db is relative, sqlite:////abs/path.db absolute, sqlite:// in memory
        text = text.removeprefix("sqlite://").removeprefix("/") or ":memory:"
    elif "://" in text:
        raise StoreError(f"unknown store backend in {str(url)!r}; only sqlite is available")
    return SQLiteStore(text)
