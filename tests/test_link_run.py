"""The run's link step: the run's articles are read a chunk at a time and held, while they are
linked, only as story assignment reads them; linking those views decides as the full articles."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from factories import make_article

import kabar
from kabar import link_run
from kabar.models import Article, Quote
from kabar.store import open_store
from kabar.store.sqlite import SQLiteStore
from kabar.stories.assignment import EVENT_SCAN_CHARS, FALLBACK_TITLE_WORDS, link_view
from kabar.stories.features import article_features
from kabar.stories.linking import link_features

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "corpus"


@pytest.fixture(scope="module")
def example_articles() -> list[Article]:
    """Return the example corpus as the pipeline describes it, with links cleared."""
    with open_store(":memory:") as store:
        result = kabar.analyze([str(EXAMPLES)], store)
    return [replace(a, story=None, duplicate_of=None) for a in result.articles]


def test_link_step_reads_the_run_a_chunk_at_a_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(link_run, "READ_CHUNK", 3)
    read: list[int] = []
    chunks = SQLiteStore.unlinked_chunks

    def counted(store: SQLiteStore, size: int = 500) -> Iterator[list[Article]]:
        for chunk in chunks(store, size):
            read.append(len(chunk))
            yield chunk

    def whole(store: SQLiteStore) -> list[Article]:
        raise AssertionError("the link step read every unlinked article at once")

    held: list[Article] = []

    def linking(new: Sequence[Article], *args: Any, **kwargs: Any) -> Any:
        held.extend(new)
        return link_features(new, *args, **kwargs)

    monkeypatch.setattr(SQLiteStore, "unlinked_chunks", counted)
    monkeypatch.setattr(SQLiteStore, "unlinked_articles", whole)
    monkeypatch.setattr(link_run, "link_features", linking)
    with open_store(tmp_path / "k.db") as store:  # type: ignore[attr-defined]
        result = kabar.analyze([str(EXAMPLES)], store, hold=False)
        stored = {a.id: a for a in store.iter_articles()}
    assert read and max(read) <= 3 and sum(read) == result.stats.new == len(stored)
    # what linking held of each article: no quote's text, no more body than it reads
    assert {a.id for a in held} == set(stored)
    assert all(not q.text for a in held for q in a.quotes)
    assert any(q.text for a in stored.values() for q in a.quotes)
    assert all(not e.mentions for a in held for e in a.entities)
    assert any(e.mentions for a in stored.values() for e in a.entities)
    long = [a for a in held if len(stored[a.id].body) > EVENT_SCAN_CHARS]
    assert long and all(len(a.body) == EVENT_SCAN_CHARS for a in long)
    assert all(a.story for a in stored.values())  # ...and the stored ones are whole, linked


def test_linking_the_views_decides_as_linking_the_articles(
    example_articles: list[Article],
) -> None:
    untitled = [replace(a, id=f"u-{a.id}", title=None) for a in example_articles[:4]]
    articles = [*example_articles, *untitled]
    features = article_features(articles)
    whole = link_features(articles, features, None)
    viewed = link_features([link_view(a) for a in articles], features, None)
    assert [(a.id, a.story, a.duplicate_of) for a in viewed.articles] == [
        (a.id, a.story, a.duplicate_of) for a in whole.articles
    ]
    assert viewed.stories == whole.stories
    assert viewed.storylines == whole.storylines


def test_view_of_an_untitled_article_keeps_its_first_words() -> None:
    word = "kata" * 40  # 12 words longer than the part of the body dated from
    body = " ".join([word] * (FALLBACK_TITLE_WORDS + 2))
    assert len(" ".join([word] * FALLBACK_TITLE_WORDS)) > EVENT_SCAN_CHARS
    article = make_article("a1", body, title=None)
    assert link_view(article).body == body
    short = make_article("a2", "Banjir merendam rumah. " * 200, title=None)
    view = link_view(short)
    assert view.body == short.body[:EVENT_SCAN_CHARS]
    assert view.body.split()[:FALLBACK_TITLE_WORDS] == short.body.split()[:FALLBACK_TITLE_WORDS]
    quoted = replace(short, quotes=(Quote("Air naik.", "Budi", "direct", 0, 9),))
    assert link_view(quoted).quotes == (Quote("", "Budi", "direct", 0, 9),)
