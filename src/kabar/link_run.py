"""A run's link step over the store: the features of its articles, then the window of the
saved link state they reach (``kabar.store.link_window``), linked, and repeated over a wider
window when the run looked beyond it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kabar.config import Settings
from kabar.models import Article, Story
from kabar.store.base import Store
from kabar.store.link_tables import Window
from kabar.stories.features import Features, article_features
from kabar.stories.linking import Linked, link_features


def link_over_window(
    store: Store, pending: Sequence[Article], settings: Settings, client: Any = None
) -> tuple[Linked, Window]:
    """Link articles (their features on Dask with a client); return them with the window to
    hand to ``commit_link``."""
    if client is not None:
        from kabar.dask_engine import features_dask

        features = features_dask(pending, client, settings=settings)
    else:
        features = article_features(pending, settings=settings)
    return link_in_window(store, pending, features, settings)


def link_in_window(
    store: Store, pending: Sequence[Article], features: Features, settings: Settings
) -> tuple[Linked, Window]:
    """Link articles over the part of the saved state they reach; return it with its window.

    Only that part is read, and written back by ``commit_link``; a run that looked beyond
    it (rare: see kabar.store.link_window) is repeated over a wider one.
    """
    state, window = store.link_window(pending, features, settings)
    linked = link_features(pending, features, state, settings=settings)
    while window.missed:
        state, window = store.link_window(pending, features, settings, window)
        linked = link_features(pending, features, state, settings=settings)
    return linked, window


def commit_linked(
    store: Store,
    linked: Linked,
    window: Window,
    articles: Sequence[Article] | None = None,
    stories: Sequence[Story] | None = None,
) -> None:
    """Save a run's link step in one transaction: its articles and stories (the linked ones
    unless given, e.g. described), the changed state and storylines, over its window."""
    store.commit_link(
        list(linked.articles if articles is None else articles),
        list(linked.stories if stories is None else stories),
        linked.state,
        lines=linked.storylines,
        retired_lines=linked.retired_storylines,
        line_of=linked.storyline_of,
        window=window,
    )
