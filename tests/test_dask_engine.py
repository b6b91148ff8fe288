"""The Dask engine gives the same articles, duplicates and stories as the local one."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from distributed import Client, LocalCluster
from factories import make_article
from story_corpus import STORY, corpus

import kabar
from kabar import dask_engine
from kabar.models import Article, Entity, Quote, RawDocument, Reject
from kabar.store import open_store
from kabar.stories import article_features, link


def _stand_in(raw: RawDocument) -> Article | Reject:
    """Turn a document into an article the way a trivial pipeline would (rejects 'bad')."""
    if raw.text == "bad":
        return Reject(raw.source, "stand-in rejects it")
    return make_article(
        raw.source.rsplit("/", 1)[-1],
        raw.text,
        source=raw.source,
        title=raw.title,
        outlet=raw.outlet,
        published=raw.published,
    )


def _documents() -> list[RawDocument]:
    return [
        RawDocument(
            source=a.source,
            text=a.body,
            format="text",
            title=a.title,
            published=a.published,
            outlet=a.outlet,
        )
        for a in corpus()
    ]


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with (
        LocalCluster(
            n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None
        ) as cluster,
        Client(cluster, timeout=30) as connected,
    ):
        yield connected


def test_process_documents_matches_local_map_and_keeps_rejects(client: Client) -> None:
    documents = _documents()
    documents.insert(3, RawDocument(source="test/broken", text="bad", format="text"))
    got = dask_engine.process_documents_dask(documents, process=_stand_in, client=client)
    assert got == list(map(_stand_in, documents))
    assert sum(isinstance(r, Article) for r in got) == len(STORY)
    assert isinstance(got[3], Reject) and got[3].source == "test/broken"


def test_scheduler_address_is_used(client: Client) -> None:
    address = client.scheduler.address
    got = dask_engine.process_documents_dask(_documents()[:2], scheduler=address, process=_stand_in)
    assert [a.id for a in got] == ["flood-1.txt", "flood-1-copy.txt"]


def test_features_on_partitions_equal_local_features(client: Client, monkeypatch) -> None:
    monkeypatch.setattr(dask_engine, "PARTITION_SIZE", 3)  # several partitions
    articles = corpus()
    remote = dask_engine.features_dask(articles, client)
    local = article_features(articles)
    assert (remote.signatures == local.signatures).all()
    assert (remote.keys == local.keys).all()
    assert all(
        (a.ids == b.ids).all() and (a.counts == b.counts).all()
        for a, b in zip(remote.terms, local.terms, strict=True)
    )


def test_link_dask_gives_the_same_duplicates_and_stories(client: Client, monkeypatch) -> None:
    monkeypatch.setattr(dask_engine, "PARTITION_SIZE", 4)
    articles = corpus()
    first_local = link(articles[:6], None)
    first_dask = dask_engine.link_dask(articles[:6], None, client=client)
    assert first_dask.articles == first_local.articles
    assert first_dask.stories == first_local.stories
    local = link(articles[6:], first_local.state)
    remote = dask_engine.link_dask(articles[6:], first_dask.state, client=client)
    assert remote.articles == local.articles
    assert remote.stories == local.stories
    assert remote.state == local.state


EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "corpus"


def _groups(result: kabar.AnalysisResult) -> tuple[set[frozenset[str]], set[tuple[str, str]]]:
    """Return the stories as sets of sources and the (copy, original) source pairs."""
    source = {a.id: a.source for a in result.articles}
    stories = {frozenset(source[i] for i in s.articles if i in source) for s in result.stories}
    copies = {(a.source, source[a.duplicate_of]) for a in result.articles if a.duplicate_of}
    return stories, copies


@pytest.mark.skipif(not EXAMPLES.is_dir(), reason="examples/corpus not present")
def test_analyze_with_the_dask_engine_matches_local(client: Client) -> None:
    with open_store(":memory:") as local_store, open_store(":memory:") as dask_store:
        local = kabar.analyze([str(EXAMPLES)], local_store)
        remote = kabar.analyze(
            [str(EXAMPLES)], dask_store, engine="dask", scheduler=client.scheduler.address
        )
    assert len(remote.articles) == len(local.articles) > 20
    assert _groups(remote) == _groups(local)
    # the examples' seven keyed stories are storylines of one or more event stories
    assert {s.storyline or s.id for s in local.stories} == {
        s.storyline or s.id for s in remote.stories
    }
    assert len({s.storyline or s.id for s in local.stories}) == 7
    assert len(_groups(local)[0]) >= 7 and len(_groups(local)[1]) == 3


def test_analyze_on_dask_keeps_stage_failures_as_rejects(
    client: Client, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kabar import pipeline

    for number, body in enumerate(["Banjir merendam Palu.", "Gempa mengguncang Sigi."]):
        (tmp_path / f"{number}.txt").write_text(f"Judul {number}\n\n{body}\n", encoding="utf-8")
    real = pipeline.extract_quotes

    def failing(body: str, entities: tuple[Entity, ...] = ()) -> tuple[Quote, ...]:
        if "Gempa" in body:
            raise RuntimeError("rusak")
        return real(body, entities)

    monkeypatch.setattr(pipeline, "extract_quotes", failing)
    result = kabar.analyze([str(tmp_path)], engine="dask", scheduler=client.scheduler.address)
    assert [a.source for a in result.articles] == [str(tmp_path / "0.txt")]
    assert [(r.source, r.reason) for r in result.rejected] == [
        (str(tmp_path / "1.txt"), "stage quotes failed: RuntimeError: rusak")
    ]
    assert result.articles[0].story is not None
