"""The public functions every interface (CLI, REST, web) calls."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from kabar.export import build_export, validate_export
from kabar.pipeline import analyze
from kabar.store import Store, open_store

__all__ = ["analyze", "export", "open_store", "write_json"]


def export(store: Store, *, validate: bool = True) -> dict[str, Any]:
    """Return the whole store as a ``kabar.analysis/1`` document."""
    document = build_export(store.iter_articles(), store.iter_stories(), store.rejects())
    if validate:
        validate_export(document)
    return document


def write_json(document: dict[str, Any], path: str | Path) -> None:
    """Write an export document as UTF-8 JSON (``-`` for stdout)."""
    text = json.dumps(document, ensure_ascii=False, indent=2)
    if str(path) == "-":
        print(text)
        return
    Path(path).write_text(text + "\n", encoding="utf-8")
