"""One collection cycle, and the loop that repeats it until told to stop.

A cycle looks at every due source, fetches each new article URL once (and a known one
again only when its listing says it changed, conditionally), stores every page the moment
it arrives, and hands the pages to the injected ``analyze`` callable in batches, as
``RawDocument`` values read by ``kabar.ingest.read_bytes``. Every failure is reported
per source; nothing a server or the network does ends a cycle.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from kabar.collect.analysis import AnalysisBatches, Analyze
from kabar.collect.discover import Discovery, Link, discover
from kabar.collect.fetch import Failure, Fetcher, FetchResult, NotModified, Page
from kabar.collect.report import CycleReport, SourceReport
from kabar.collect.sources import Source, SourcesConfig
from kabar.collect.state import CollectState, SourceStatus, utc_iso
from kabar.collect.urls import canonical_url, declared_canonical, host_key, site_of
from kabar.errors import InputError
from kabar.ingest import read_bytes
from kabar.models import RawDocument, Reject


def utc_now() -> datetime:
    """Return the current moment in UTC (the default clock)."""
    return datetime.now(UTC)


@dataclass
class _Tally:
    """One source's counts while a cycle runs (turned into a SourceReport at the end)."""

    found: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    failures: list[Failure] = field(default_factory=list)
    complete: bool = True  # every link handled: the listing's validators may be kept
    listings: tuple[Page, ...] = ()


@dataclass(frozen=True)
class _Task:
    source: Source
    link: Link
    url: str  # what to request: the link, or the stored page it led to
    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True)
class _Fetched:
    task: _Task
    result: FetchResult
    documents: tuple[RawDocument | Reject, ...] = ()
    canonical: str = ""
    content_hash: str = ""


def collect_once(
    config: SourcesConfig,
    state: CollectState,
    *,
    analyze: Analyze,
    clock: Callable[[], datetime] = utc_now,
    fetcher: Fetcher | None = None,
    stop: threading.Event | None = None,
    progress: Callable[[CycleReport], None] | None = None,
    due_only: bool = False,
    every: float | None = None,
) -> CycleReport:
    """Run one cycle over the sources (only those due, with ``due_only``); never raises
    for network or server trouble. ``every`` overrides the configured default interval."""
    started, begun = clock(), time.monotonic()
    stop = stop or threading.Event()
    sources = [s for s in config.sources if not due_only or _is_due(state, s, started)]
    tallies = {s.name: _Tally() for s in sources}
    own = fetcher is None
    fetcher = fetcher or Fetcher(config.settings)
    analyzed = AnalysisBatches(
        state, analyze, config.settings.batch_size, lambda name, f: _fail(tallies, name, f)
    )
    try:
        analyzed.add_pending(state.pending())
        with ThreadPoolExecutor(config.settings.workers, "kabar-collect") as pool:
            discoveries = _discover_all(pool, sources, fetcher, state, clock)
            tasks = _plan(sources, discoveries, state, tallies)
            _fetch_all(pool, tasks, fetcher, state, clock, tallies, analyzed, stop)
        analyzed.flush()
    finally:
        if own:
            fetcher.close()
    default_every = every if every is not None else config.settings.every
    for source in sources:
        _record(state, source, tallies[source.name], started, clock, default_every, stop)
    report = CycleReport(
        utc_iso(started),
        time.monotonic() - begun,
        tuple(_report(s.name, tallies[s.name]) for s in sources),
        analyzed.count,
        stop.is_set(),
    )
    if progress is not None:
        progress(report)
    return report


def run_forever(
    config: SourcesConfig,
    state: CollectState,
    *,
    every: float | None,
    stop_event: threading.Event,
    analyze: Analyze,
    clock: Callable[[], datetime] = utc_now,
    progress: Callable[[CycleReport], None] | None = None,
    fetcher: Fetcher | None = None,
    least_pause: float = 1.0,
) -> int:
    """Collect the due sources again and again until ``stop_event`` is set; return the
    number of cycles. The caller's SIGINT/SIGTERM handlers set the event: the cycle in
    progress stops taking new URLs, keeps every page already fetched, and returns."""
    cycles = 0
    while not stop_event.is_set():
        collect_once(
            config, state, analyze=analyze, clock=clock, fetcher=fetcher, stop=stop_event,
            progress=progress, due_only=True, every=every,
        )
        cycles += 1
        pause = _seconds_to_next_run(state, config.sources, clock())
        stop_event.wait(max(least_pause, pause))
    return cycles


def _seconds_to_next_run(state: CollectState, sources: Sequence[Source], now: datetime) -> float:
    waits = []
    for source in sources:
        status = state.source_status(source.name)
        if status is None or not status.next_run:
            return 0.0
        waits.append((datetime.fromisoformat(status.next_run) - now).total_seconds())
    return min(waits, default=0.0)


def _is_due(state: CollectState, source: Source, now: datetime) -> bool:
    status = state.source_status(source.name)
    return status is None or not status.next_run or status.next_run <= utc_iso(now)


def _discover_all(
    pool: ThreadPoolExecutor,
    sources: Sequence[Source],
    fetcher: Fetcher,
    state: CollectState,
    clock: Callable[[], datetime],
) -> list[Discovery]:
    def get(url: str) -> FetchResult:
        etag, modified = state.validators(url)
        result = fetcher.fetch(url, etag=etag, last_modified=modified)
        if isinstance(result, NotModified):
            state.record_check(url, utc_iso(clock()), keep_validators=True)
        return result

    futures = [pool.submit(discover, source, get) for source in sources]
    return [future.result() for future in futures]


def _plan(
    sources: Sequence[Source],
    discoveries: Sequence[Discovery],
    state: CollectState,
    tallies: dict[str, _Tally],
) -> list[_Task]:
    """Decide what to fetch: new links, and known pages their listing says changed."""
    claimed: set[str] = set()
    tasks: list[_Task] = []
    for source, found in zip(sources, discoveries, strict=True):
        tally = tallies[source.name]
        tally.failures.extend(found.failures)
        tally.listings = found.listings
        tally.found = len(found.links)
        mine = []
        for link in found.links:
            if link.url in claimed:
                continue
            claimed.add(link.url)
            task = _task_for(source, link, state)
            if task is not None:
                mine.append(task)
        if source.max_per_cycle is not None and len(mine) > source.max_per_cycle:
            mine = mine[: source.max_per_cycle]
            tally.complete = False
        tasks.extend(mine)
    return _interleave_hosts(tasks)


def _task_for(source: Source, link: Link, state: CollectState) -> _Task | None:
    page_url = state.page_url(link.url)
    if page_url is None:
        return _Task(source, link, link.url)
    known = state.known_page(page_url)
    if known is None or not link.updated:
        return None
    last_look = max(known.fetched_at, known.checked_at or "")
    if link.updated <= last_look:
        return None
    # The listing says the article changed since we last looked (a live article).
    return _Task(source, link, page_url, known.etag, known.last_modified)


def _interleave_hosts(tasks: list[_Task]) -> list[_Task]:
    """Order tasks round-robin over hosts, so that no host's queue holds up the others."""
    by_host: dict[str, list[_Task]] = {}
    for task in tasks:
        by_host.setdefault(host_key(task.url), []).append(task)
    queues = list(by_host.values())
    ordered: list[_Task] = []
    for index in range(max((len(q) for q in queues), default=0)):
        ordered.extend(q[index] for q in queues if index < len(q))
    return ordered


def _fetch_all(
    pool: ThreadPoolExecutor,
    tasks: Sequence[_Task],
    fetcher: Fetcher,
    state: CollectState,
    clock: Callable[[], datetime],
    tallies: dict[str, _Tally],
    analysis: AnalysisBatches,
    stop: threading.Event,
) -> None:
    """Fetch the tasks a few at a time (memory stays bounded however many there are),
    keeping each page as it arrives; once ``stop`` is set, start no new fetch."""
    waiting = iter(tasks)
    window = 2 * fetcher.settings.workers
    running: set[Future[_Fetched | None]] = set()
    left = len(tasks)
    while True:
        while len(running) < window and not stop.is_set():
            task = next(waiting, None)
            if task is None:
                break
            running.add(pool.submit(_fetch_one, fetcher, task, stop))
        if not running:
            break
        done, running = wait(running, return_when=FIRST_COMPLETED)
        for future in done:
            left -= 1
            fetched = future.result()
            if fetched is not None:
                _keep(fetched, state, clock, tallies, analysis)
    if left or stop.is_set():  # some links wait for the next cycle
        for tally in tallies.values():
            tally.complete = False


def _fetch_one(fetcher: Fetcher, task: _Task, stop: threading.Event) -> _Fetched | None:
    """Fetch one page and read it (in a worker thread: extraction is the heavy part);
    None when the cycle was stopped before its turn came."""
    if stop.is_set():
        return None
    result = fetcher.fetch(task.url, etag=task.etag, last_modified=task.last_modified)
    if not isinstance(result, Page):
        return _Fetched(task, result)
    try:
        canonical = declared_canonical(result.body, result.final_url) or canonical_url(
            result.final_url
        )
    except ValueError:
        canonical = task.url
    try:
        documents = tuple(read_bytes(result.body, canonical))
    except InputError as error:
        documents = (Reject(canonical, str(error)),)
    except Exception as error:  # an extractor bug must not end the cycle
        documents = (Reject(canonical, f"extraction failed: {type(error).__name__}: {error}"),)
    text = "\n".join(
        f"{d.title or ''}\n{d.text}" for d in documents if isinstance(d, RawDocument)
    )
    digest = hashlib.sha256(text.encode("utf-8") if text else result.body).hexdigest()
    return _Fetched(task, result, documents, canonical, digest)


def _keep(
    fetched: _Fetched,
    state: CollectState,
    clock: Callable[[], datetime],
    tallies: dict[str, _Tally],
    analysis: AnalysisBatches,
) -> None:
    """Store one fetch's outcome at once and queue its documents for the analysis."""
    task, result = fetched.task, fetched.result
    tally = tallies[task.source.name]
    now = utc_iso(clock())
    if isinstance(result, Failure):
        tally.failures.append(Failure(task.link.url, result.reason, result.transient))
        # Read the listing again next time, so that the link is tried again.
        tally.complete = tally.complete and not result.transient
        return
    if isinstance(result, NotModified):
        state.record_check(task.url, now, keep_validators=True)
        tally.unchanged += 1
        return
    site = site_of(fetched.canonical)
    twin = state.same_content(site, fetched.content_hash)
    # The same text under another URL of the same site is that page, not a new one.
    canonical = twin if twin is not None else fetched.canonical
    for alias in (task.link.url, task.url, result.final_url, fetched.canonical):
        state.add_alias(alias, canonical)
    state.record_check(canonical, now, result.etag, result.last_modified)
    version = None
    if twin is None:
        version = state.save_page(
            canonical, site=site, html=result.body, content_hash=fetched.content_hash,
            fetched_at=now, source=task.source.name, outlet=task.source.outlet,
            final_url=result.final_url,
        )
    if version is None:  # the same text as a page already stored
        tally.unchanged += 1
        return
    tally.new += 1
    tally.updated += version > 1
    for document in fetched.documents:
        if isinstance(document, Reject):
            tally.failures.append(Failure(task.link.url, f"not an article: {document.reason}"))
    analysis.add(canonical, version, task.source, fetched.documents)


def _record(
    state: CollectState,
    source: Source,
    tally: _Tally,
    started: datetime,
    clock: Callable[[], datetime],
    default_every: float,
    stop: threading.Event,
) -> None:
    """Keep a source's status, and its listings' validators once all their links are handled."""
    if tally.complete and not stop.is_set():
        for listing in tally.listings:
            state.record_check(listing.url, utc_iso(clock()), listing.etag, listing.last_modified)
    every = source.every if source.every is not None else default_every
    status = SourceStatus(
        source.name,
        source.kind,
        source.url,
        utc_iso(started),
        tally.found,
        tally.new,
        len(tally.failures),
        tally.failures[-1].reason if tally.failures else None,
        utc_iso(started + timedelta(seconds=every)),
    )
    state.record_source(status, [(f.url, f.reason) for f in tally.failures])


def _fail(tallies: dict[str, _Tally], name: str | None, failure: Failure) -> None:
    if name in tallies:
        tallies[name].failures.append(failure)


def _report(name: str, tally: _Tally) -> SourceReport:
    return SourceReport(
        name, tally.found, tally.new, tally.updated, tally.unchanged, tuple(tally.failures)
    )
