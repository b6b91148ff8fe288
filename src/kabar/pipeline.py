"""The only place that orders the stages.

Per article: clean -> describe -> entities -> quotes (``process_document``). Per run: the new
articles are linked into duplicates and stories against the index state of earlier runs, and
each story they touch is described (statements, summary, the figures its outlets disagree on)
before everything is stored. Inputs are files and folders (``analyze``) or JSON records
(``analyze_records``); an engine (local, or ``kabar.dask_engine``) runs the per-article part.
"""

from __future__ import annotations

import hashlib
import os
import re
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from itertools import islice
from typing import Any

from kabar.clean import clean
from kabar.config import DEFAULT_SETTINGS, ENGINES, Settings
from kabar.entities import find_entities
from kabar.errors import ConfigError, InputError
from kabar.ingest import document_from_record, read_paths
from kabar.ingest.fields import first
from kabar.ingest.schema import DATE_KEYS
from kabar.local_engine import run_stages
from kabar.meta import describe
from kabar.meta.dates import column_day_first, date_notes
from kabar.models import Article, Note, RawDocument, Reject
from kabar.parts import PART_CHARS, extract_quotes_in_parts, find_entities_in_parts
from kabar.quotes import extract_quotes
from kabar.results import AnalysisResult, RunStats
from kabar.stage_clock import StageClock, StageError
from kabar.store import Store, open_store

_ID_SPACES = re.compile(r"\s+")
# What the run says of an article whose body is read in parts.
PARTS_NOTE = f"entities and quotes read in parts of {PART_CHARS:,} characters"
# Documents handed to the Dask cluster at a time.
DASK_WINDOW = 4096


def article_id(raw: RawDocument) -> str:
    """Return the stable id of an input: a hash of its whitespace-normalised title and text."""
    if raw.id is not None:
        return raw.id
    text = _ID_SPACES.sub(" ", f"{raw.title or ''}\n{raw.text}").strip()
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def copy_id(raw: RawDocument) -> str:
    """Return the id of a verbatim copy of a stored text that arrived from another source.

    The copy is kept as an article of its own (the duplicate stage then points it at the
    original) instead of collapsing into the original's id. The original's id is its prefix,
    so that between copies of the same time the original sorts first.
    """
    original = article_id(replace(raw, id=None))
    suffix = hashlib.sha256(f"{original}\n{raw.source}".encode()).hexdigest()[:8]
    return f"{original}-{suffix}"


def process_document(
    raw: RawDocument,
    timings: dict[str, float] | None = None,
    notes: list[Note] | None = None,
) -> Article:
    """Run every per-article stage on one document; a failing stage raises StageError.

    ``notes``, when given, receives what the run reports about the date (none could be read).
    """
    clock = StageClock(timings)
    with clock("clean"):
        cleaned = clean(raw)
    if not cleaned.body.strip():
        raise StageError("no story text left after removing boilerplate")
    with clock("describe"):
        meta = describe(raw, cleaned)
    body = cleaned.body
    if len(body) > PART_CHARS:  # a bound on the time of one article: see kabar.parts
        with clock("entities"):
            entities, parts = find_entities_in_parts(body, find_entities, PART_CHARS)
        with clock("quotes"):
            quotes = extract_quotes_in_parts(body, parts, extract_quotes)
    else:
        with clock("entities"):
            entities = find_entities(body)
        with clock("quotes"):
            quotes = extract_quotes(body, entities)
    if notes is not None:
        notes.extend(date_notes(raw.source, meta.published, meta.date_notes))
        if len(body) > PART_CHARS:
            notes.append(Note(raw.source, f"{len(body):,} characters of text: {PARTS_NOTE}"))
    return Article(
        id=article_id(raw),
        source=raw.source,
        title=meta.title,
        body=body,
        outlet=meta.outlet,
        published=meta.published,
        dateline=meta.dateline,
        authors=meta.authors,
        wire_sources=meta.wire_sources,
        language=meta.language,
        entities=entities,
        quotes=quotes,
        url=raw.url,
        editors=meta.editors,
        title_source=meta.title_source,
        date_source=meta.date_source,
    )


def process_or_reject(
    raw: RawDocument,
    timings: dict[str, float] | None = None,
    notes: list[Note] | None = None,
) -> Article | Reject:
    """Process one document, turning a stage failure into a Reject naming the stage."""
    try:
        return process_document(raw, timings, notes)
    except StageError as error:
        return Reject(raw.source, str(error))


def analyze(
    paths: Sequence[str],
    store: Store | None = None,
    *,
    engine: str | None = None,
    scheduler: str | None = None,
    max_bytes: int | None = None,
    progress: Callable[[Iterable[Any]], Iterable[Any]] | None = None,
    settings: Settings | None = None,
    jobs: int = 1,
    hold: bool = True,
    as_of: str | None = None,
) -> AnalysisResult:
    """Analyse files and folders into the store; return this run's articles, stories, rejects.

    ``settings`` (None: the packaged defaults, ``kabar.load_settings()``) holds every stage's
    thresholds; ``engine`` and ``max_bytes``, when given, override its pipeline.engine and
    ingest.max_bytes. ``jobs`` processes run the per-article stages of the local engine;
    ``hold=False`` returns a result that reads its articles from the store when asked;
    ``as_of`` (ISO) is when the inputs count as read (default: now).
    """
    settings = settings if settings is not None else DEFAULT_SETTINGS
    max_bytes = max_bytes if max_bytes is not None else settings.ingest.max_bytes
    return analyze_documents(
        read_paths(paths, max_bytes=max_bytes, read_at=as_of),
        store,
        engine=engine,
        scheduler=scheduler,
        progress=progress,
        settings=settings,
        jobs=jobs,
        hold=hold,
    )


def analyze_records(
    records: Sequence[Any],
    store: Store | None = None,
    *,
    engine: str | None = None,
    settings: Settings | None = None,
) -> AnalysisResult:
    """Analyse JSON records (title, body, url, published, outlet) like ``analyze`` does files.

    A record's source is its url, or ``request#N`` (N counting from 1) when it has none. The
    records' numeric dates are read in one order, settled from their values like a file's
    (``kabar.meta.dates.column_day_first``): "6/12/2025" beside "10/17/2025" is June 12.
    """
    return analyze_documents(_read_records(records), store, engine=engine, settings=settings)


def _read_records(records: Sequence[Any]) -> Iterator[RawDocument | Reject]:
    day_first = column_day_first(
        str(first(r, DATE_KEYS)) for r in records if isinstance(r, dict)
    )
    for number, record in enumerate(records, start=1):
        url = record.get("url") if isinstance(record, dict) else None
        source = str(url or f"request#{number}")
        try:
            yield document_from_record(record, source, day_first=day_first)
        except InputError as error:
            yield Reject(source, str(error))


def analyze_documents(
    inputs: Iterable[RawDocument | Reject],
    store: Store | None = None,
    *,
    engine: str | None = None,
    scheduler: str | None = None,
    progress: Callable[[Iterable[Any]], Iterable[Any]] | None = None,
    settings: Settings | None = None,
    jobs: int = 1,
    hold: bool = True,
) -> AnalysisResult:
    """Analyse decoded documents (and inputs already rejected) into the store.

    Without a store the run uses a new in-memory one: its articles are linked with each other
    only, and nothing outlives the call but the result (which then holds its articles).
    Outcomes are saved in batches as they come, so memory does not grow with the input; with
    ``hold=False`` the result keeps only ids, and the store must stay open while it is read.
    """
    settings = settings if settings is not None else DEFAULT_SETTINGS
    engine = engine if engine is not None else settings.pipeline.engine
    if engine not in ENGINES:
        raise ConfigError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    own_store = store is None
    store = store if store is not None else open_store()
    stats = RunStats()
    started = time.perf_counter()
    seen_ids: list[str] = []
    rejects: list[Reject] = []
    notes: list[Note] = []
    try:
        if progress is not None:
            inputs = progress(inputs)
        new_documents = _split_known(inputs, store, stats, seen_ids, rejects)
        if engine == "dask":
            from kabar.dask_engine import dask_client

            with dask_client(scheduler) as client:
                _process_dask(new_documents, store, stats, client, (rejects, notes), settings)
                _save_rejects(store, rejects)
                _link_pending(store, stats, settings, client)
        else:
            _process_local(new_documents, store, stats, (rejects, notes), settings, jobs)
            _save_rejects(store, rejects)
            _link_pending(store, stats, settings)
    finally:
        stats.seconds = time.perf_counter() - started
        stats.rejected = len(rejects)
    article_ids = tuple(dict.fromkeys(seen_ids))
    del seen_ids
    story_ids = tuple(dict.fromkeys(s for s in store.stories_of(article_ids) if s))
    result = AnalysisResult(
        article_ids, story_ids, tuple(rejects), stats, tuple(notes), store=store
    )
    if hold or own_store:
        result = result.holding()
    if own_store:
        store.close()
    return result


def _split_known(
    inputs: Iterable[RawDocument | Reject],
    store: Store,
    stats: RunStats,
    seen_ids: list[str],
    rejects: list[Reject],
) -> Iterator[RawDocument]:
    """Yield documents not yet stored; count the known ones and collect rejects."""
    this_run: dict[str, str] = {}  # id -> source, for articles read earlier in this run
    for item in inputs:
        if isinstance(item, Reject):
            rejects.append(item)
            continue
        stats.read += 1
        identifier = article_id(item)
        source = this_run.get(identifier) or store.article_source(identifier)
        if source is not None and not _same_source(source, item.source):
            identifier = copy_id(item)
            item = replace(item, id=identifier)
            source = this_run.get(identifier) or store.article_source(identifier)
        seen_ids.append(identifier)
        if source is not None:
            stats.known += 1
            continue
        this_run[identifier] = item.source
        yield item


def _same_source(one: str, two: str) -> bool:
    """Return whether two source strings name the same input ("./a.txt" and "a.txt" do)."""
    return one == two or os.path.realpath(one) == os.path.realpath(two)


def _process_local(
    documents: Iterable[RawDocument],
    store: Store,
    stats: RunStats,
    reports: tuple[list[Reject], list[Note]],
    settings: Settings,
    jobs: int,
) -> None:
    rejects, notes = reports
    batch: list[Article] = []
    for outcome in run_stages(documents, process_or_reject, jobs, stats.stage_seconds, notes):
        if isinstance(outcome, Reject):
            rejects.append(outcome)
            continue
        batch.append(outcome)
        if len(batch) >= settings.pipeline.batch_size:
            _save(batch, store, stats)
    _save(batch, store, stats)


def _process_dask(
    documents: Iterable[RawDocument],
    store: Store,
    stats: RunStats,
    client: Any,
    reports: tuple[list[Reject], list[Note]],
    settings: Settings,
) -> None:
    from kabar.dask_engine import process_documents_dask

    rejects, notes = reports
    items = iter(documents)
    # A window at a time, so that memory stays flat however long the input is.
    while window := list(islice(items, DASK_WINDOW)):
        outcomes = process_documents_dask(window, process_or_reject, client=client)
        articles = [o for o in outcomes if isinstance(o, Article)]
        rejects.extend(o for o in outcomes if isinstance(o, Reject))
        # The workers' notes stay on the workers: the missing dates are read off the articles.
        notes.extend(n for a in articles for n in date_notes(a.source, a.published, ()))
        size = settings.pipeline.batch_size
        for start in range(0, len(articles), size):
            _save(list(articles[start : start + size]), store, stats)


def _save_rejects(store: Store, rejects: list[Reject]) -> None:
    if rejects:
        store.put_rejects(rejects)


def _save(batch: list[Article], store: Store, stats: RunStats) -> None:
    if not batch:
        return
    store.put_articles(batch)
    store.forget_rejects([a.source for a in batch])
    stats.new += len(batch)
    batch.clear()


def _link_pending(store: Store, stats: RunStats, settings: Settings, client: Any = None) -> None:
    """Link every article not yet linked (this run's, or a killed run's) in one step
    (``kabar.link_run``); with a Dask client their features are computed on the cluster."""
    from kabar.link_run import link_pending

    started = time.perf_counter()
    if link_pending(store, settings, client):
        stats.stage_seconds["link"] = stats.stage_seconds.get("link", 0.0) + (
            time.perf_counter() - started
        )
