"""The local engine: the per-article stages on this machine, in one process or a pool of them.

``run_stages`` yields each document's outcome in input order, whatever the number of jobs, so
that everything after it (saving, linking, the export) sees exactly what one process would
produce. With more than one job the documents go to a pool of forked processes a window at a
time: at most two windows are in flight, so memory stays flat however long the input is, and
the workers inherit the stage models the parent loaded once before forking.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from multiprocessing.pool import AsyncResult

from kabar.models import Article, Note, RawDocument, Reject

# What a per-article function returns: the outcome, seconds per stage, notes about the input.
Outcome = tuple[Article | Reject, dict[str, float], list[Note]]
Process = Callable[[RawDocument, dict[str, float] | None, list[Note] | None], Article | Reject]

# Documents per job in one window: enough that a worker never waits for the next window,
# few enough that a window of long articles stays a few megabytes.
_WINDOW_PER_JOB = 32
# Documents sent to a worker at a time (pickling overhead against spreading the window).
_CHUNK = 4
# A short fictional article run once before forking, so the workers share the loaded models.
_WARM_UP = RawDocument(
    source="warm-up",
    format="text",
    title="Warga Desa Sukamaju Menanam Pohon",
    text=(
        "SUKAMAJU - Kepala Desa Sukamaju, Budi Santoso, mengajak warga menanam pohon. "
        '"Kami ingin desa ini hijau kembali," kata Budi di Sukamaju, Senin.'
    ),
)

_process: Process | None = None  # the per-article function, set in each worker
_models_loaded = False  # whether this process ran the warm-up article (see _load_models)


def default_jobs() -> int:
    """Return the number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def run_stages(
    documents: Iterable[RawDocument],
    process: Process,
    jobs: int = 1,
    timings: dict[str, float] | None = None,
    notes: list[Note] | None = None,
) -> Iterator[Article | Reject]:
    """Yield ``process``'s outcome for each document, in input order, on ``jobs`` processes.

    Seconds per stage are added to ``timings`` and notes appended to ``notes`` as the
    outcomes are yielded.
    """
    if jobs <= 1 or not _can_fork():
        _load_models(process)
        for raw in documents:
            yield process(raw, timings, notes)
        return
    for outcome, seconds, found in _pooled(documents, process, jobs):
        if timings is not None:
            for stage, value in seconds.items():
                timings[stage] = timings.get(stage, 0.0) + value
        if notes is not None:
            notes.extend(found)
        yield outcome


def _can_fork() -> bool:
    """Whether workers may be forked: the platform forks, and no other thread runs here (a
    lock another thread holds at the fork stays held for ever in the child: a hung worker).
    A host with threads (a server, a notebook, a test runner) analyses in its own process."""
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


def _pooled(documents: Iterable[RawDocument], process: Process, jobs: int) -> Iterator[Outcome]:
    global _process
    _load_models(process)
    _process = process
    context = multiprocessing.get_context("fork")
    window = jobs * _WINDOW_PER_JOB
    items = iter(documents)
    with context.Pool(jobs, initializer=_in_worker) as pool:
        flight: deque[AsyncResult[list[Outcome]]] = deque()
        while True:
            batch = list(islice(items, window))
            if batch:
                flight.append(pool.map_async(_run_one, batch, chunksize=_CHUNK))
            if flight and (len(flight) > 1 or not batch):
                yield from flight.popleft().get()
            if not batch and not flight:
                break


def _load_models(process: Process) -> None:
    """Load the stage models through a warm-up article, then leave everything loaded out of
    the garbage collector's scans: the models are hundreds of thousands of objects that live
    as long as the process, and scanning them made up most of the collector's time (about
    0.3 ms an article, 0.12 after). Forked workers then share them without touching them.
    Once a process: a long-running host (the collector) would otherwise freeze each run's
    garbage for good."""
    global _models_loaded
    if _models_loaded:
        return
    process(_WARM_UP, None, None)
    gc.freeze()
    _models_loaded = True


def _in_worker() -> None:
    """Give a forked worker the default signal handling.

    A handler the parent installed (a collecting run's "stop at the next cycle" on SIGTERM)
    would otherwise keep the worker alive when the pool terminates it; an interrupt is the
    parent's to handle (it stops the pool), not each worker's.
    """
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _run_one(raw: RawDocument) -> Outcome:
    """Run the per-article function in a worker (set by the parent before forking)."""
    assert _process is not None, "the pool's workers are forked after _process is set"
    timings: dict[str, float] = {}
    notes: list[Note] = []
    return _process(raw, timings, notes), timings, notes

