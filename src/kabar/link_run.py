"""A run's link step over the store: the features of its articles, then the window of the
saved link state they reach (``kabar.store.link_window``), linked, and repeated over a wider
window when the run looked beyond it; then each story it touched is described and saved.

Linking decides over the run's articles together (document frequencies, the order of event
days and the second chance of single-article stories are the run's), so it holds each of them,
but only as assignment reads it (``link_view``): the articles are read from the store a chunk
at a time for their features, and read again story by story to be described and written.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import Any

from kabar.config import Settings
from kabar.models import Article, Story
from kabar.results import read_articles
from kabar.store.base import Store
from kabar.store.link_tables import Window
from kabar.stories.assignment import link_view
from kabar.stories.disagreements import find_disagreements
from kabar.stories.features import Features, article_features, concat_features
from kabar.stories.linking import Linked, link_features
from kabar.stories.statements import group_statements
from kabar.stories.summaries import summarize

# Unlinked articles read from the store at a time for their link features.
READ_CHUNK = 512


def link_pending(store: Store, settings: Settings, client: Any = None) -> bool:
    """Link every article not yet linked (this run's, or a killed run's) in one step and
    save them with the stories they touched; return whether there were any.

    With a Dask client the fingerprints and term vectors are computed on the cluster.
    """
    if store.broken_links():  # left by concurrent runs: relink all, the index may hold them
        store.unlink_all()
    views: list[Article] = []
    parts: list[Features] = []
    for chunk in store.unlinked_chunks(READ_CHUNK):
        parts.append(_features(chunk, settings, client))
        views.extend(link_view(a) for a in chunk)
    if not views:
        return False
    features = concat_features(parts, settings=settings)
    del parts
    linked, window = link_in_window(store, views, features, settings)
    pending = [a.id for a in views]
    del views, features
    fields = {a.id: (a.duplicate_of, a.story) for a in linked.articles}
    fields.update((i, (duplicate_of, story)) for i, duplicate_of, story in linked.relinked)
    linked = replace(linked, articles=())
    described: list[Story] = []
    writes = _described(store, linked.stories, (pending, fields), described, settings)
    commit_linked(store, linked, window, writes, _after(writes, described))
    return True


def _features(chunk: Sequence[Article], settings: Settings, client: Any) -> Features:
    if client is not None:
        from kabar.dask_engine import features_dask

        return features_dask(chunk, client, settings=settings)
    return article_features(chunk, settings=settings)


def _described(
    store: Store,
    stories: Sequence[Story],
    run: tuple[list[str], dict[str, tuple[str | None, str | None]]],
    described: list[Story],
    settings: Settings,
) -> Iterator[Article]:
    """Describe each story (its members read from the store, with what linking set), adding
    it to ``described``; yield the articles to write: the run's, the stored ones linking
    changed and those whose quotes were grouped, each once."""
    pending, fields = run

    def linked(article: Article) -> Article:
        changed = fields.get(article.id)
        if changed is None:
            return article
        return replace(article, duplicate_of=changed[0], story=changed[1])

    written: set[str] = set()
    ours = set(pending) | set(fields)
    for story in stories:
        members = [linked(a) for a in read_articles(store, list(story.articles))]
        statements, quotes = group_statements(members, story.entities, settings=settings.statements)
        for article in members:
            if article.id in quotes:
                article = replace(article, quotes=quotes[article.id])
            elif article.id not in ours:
                continue
            if article.id not in written:
                written.add(article.id)
                yield article
        summary = summarize(members, settings=settings.summaries)
        disagreements = find_disagreements(members)
        described.append(
            replace(story, statements=statements, summary=summary, disagreements=disagreements)
        )
    rest = [i for i in dict.fromkeys([*pending, *fields]) if i not in written]
    yield from (linked(a) for a in read_articles(store, rest))


def _after(writes: Iterator[Article], described: list[Story]) -> Iterator[Story]:
    """Yield the described stories once every article is written (and so every story made)."""
    for _ in writes:
        raise AssertionError("the stories are read after the articles")
    yield from described


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
    articles: Iterator[Article] | Sequence[Article] | None = None,
    stories: Iterator[Story] | Sequence[Story] | None = None,
) -> None:
    """Save a run's link step in one transaction: its articles and stories (the linked ones
    unless given, e.g. described), the changed state and storylines, over its window."""
    store.commit_link(
        linked.articles if articles is None else articles,
        linked.stories if stories is None else stories,
        linked.state,
        lines=linked.storylines,
        retired_lines=linked.retired_storylines,
        line_of=linked.storyline_of,
        window=window,
    )
