"""Duplicates and stories across the corpus, incrementally (stub)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kabar.models import Article, Story


@dataclass(frozen=True)
class Linked:
    """Result of linking new articles into the corpus."""

    articles: tuple[Article, ...]  # every article whose duplicate_of or story changed
    stories: tuple[Story, ...]  # every story that was created or changed
    state: bytes  # serialised index, handed back on the next call


def link(new: Sequence[Article], state: bytes | None) -> Linked:
    """Assign new articles to duplicates and stories, given the index state of earlier runs."""
    return Linked(articles=tuple(new), stories=(), state=b"")
