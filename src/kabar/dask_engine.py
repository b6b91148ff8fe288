"""The Dask engine: per-article stages and linking features on a ``dask.distributed`` cluster.

``process_documents_dask`` maps the per-article function it is given (the pipeline passes its
``process_or_reject``) over a ``dask.bag``; ``link_dask`` computes MinHash signatures, LSH band
keys and term vectors on the workers (``kabar.stories.article_features``, one call per
partition) and then links them exactly as the local engine does, so both engines write the same
duplicates and stories.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager

import dask.bag as db
from distributed import Client, LocalCluster

from kabar.config import DEFAULT_SETTINGS, Settings
from kabar.models import Article, RawDocument, Reject
from kabar.stories import (
    Features,
    Linked,
    LinkState,
    article_features,
    concat_features,
    link_features,
)

# Documents per partition: large enough that task overhead (~1 ms) is small next to the
# per-article stages (~10 ms each), small enough to spread a few thousand over the workers.
PARTITION_SIZE = 256
# Workers of the default local cluster: one per core of a small machine.
LOCAL_WORKERS = 2
# Seconds to wait for a scheduler before giving up.
CONNECT_TIMEOUT = 30


@contextmanager
def dask_client(scheduler: str | None = None, *, processes: bool = True) -> Iterator[Client]:
    """Yield a client of the scheduler at ``scheduler``, or of a new local cluster when None."""
    if scheduler is not None:
        with Client(scheduler, timeout=CONNECT_TIMEOUT) as client:
            yield client
        return
    with (
        LocalCluster(
            n_workers=LOCAL_WORKERS,
            threads_per_worker=1,
            processes=processes,
            dashboard_address=None,
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def _process_partition(
    documents: Iterable[RawDocument], process: Callable[[RawDocument], Article | Reject]
) -> list[Article | Reject]:
    """Run the per-article stages on one partition."""
    return [process(document) for document in documents]


def process_documents_dask(
    documents: Iterable[RawDocument],
    process: Callable[[RawDocument], Article | Reject],
    *,
    scheduler: str | None = None,
    client: Client | None = None,
) -> list[Article | Reject]:
    """Run ``process`` on each document on a Dask cluster; return its outcomes in input order.

    ``process`` must be importable on the workers (a module-level function); ``client`` reuses
    a connected client instead of opening one for ``scheduler``.
    """
    documents = list(documents)
    if not documents:
        return []
    if client is None:
        with dask_client(scheduler) as own:
            return process_documents_dask(documents, process, client=own)
    bag = db.from_sequence(documents, partition_size=PARTITION_SIZE)
    return list(bag.map_partitions(_process_partition, process).compute(scheduler=client))


def _features_partition(articles: Iterable[Article], settings: Settings) -> list[Features]:
    """Compute the linking features of one partition (a one-element list for dask.bag)."""
    return [article_features(list(articles), settings=settings)]


def features_dask(
    articles: Sequence[Article], client: Client, *, settings: Settings = DEFAULT_SETTINGS
) -> Features:
    """Compute the linking features of articles on the cluster, in input order."""
    if not articles:
        return article_features([], settings=settings)
    bag = db.from_sequence(list(articles), partition_size=PARTITION_SIZE)
    parts = bag.map_partitions(_features_partition, settings).compute(scheduler=client)
    return concat_features(parts, settings=settings)


def link_dask(
    new: Sequence[Article],
    state: LinkState | None,
    *,
    scheduler: str | None = None,
    client: Client | None = None,
    settings: Settings = DEFAULT_SETTINGS,
) -> Linked:
    """Link new articles like ``kabar.stories.link``, computing their features on Dask."""
    if client is None:
        with dask_client(scheduler) as own:
            return link_dask(new, state, client=own, settings=settings)
    features = features_dask(new, client, settings=settings)
    return link_features(new, features, state, settings=settings)
