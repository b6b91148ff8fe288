"""Collection wired to the store: what `kabar collect`, `sources` and `reanalyze` run.

The collection state (``collect_*`` tables) lives in the store's own SQLite file, beside the
articles, so one file holds what was fetched and what it became. Every fetched batch goes
through the same pipeline as ``kabar analyze`` (duplicates and stories included).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from kabar.collect.analysis import documents_of
from kabar.collect.cycle import collect_once, run_forever
from kabar.collect.report import CycleReport
from kabar.collect.sources import load_sources, parse_duration
from kabar.collect.state import SourceStatus, open_state
from kabar.config import Settings
from kabar.models import RawDocument, Reject
from kabar.pipeline import AnalysisResult, analyze_documents
from kabar.store import open_store
from kabar.store.lock import RunLock


@dataclass(frozen=True)
class LatestPage:
    """A collected page version, newest first on the "latest" view."""

    url: str
    version: int
    source: str | None
    outlet: str | None
    fetched_at: str


def collect(
    sources_path: str | Path,
    db: str | Path,
    *,
    every: str | None = None,
    stop: threading.Event | None = None,
    progress: Callable[[CycleReport], None] | None = None,
    settings: Settings | None = None,
    engine: str = "local",
    scheduler: str | None = None,
) -> list[CycleReport]:
    """Collect once (``every`` None) or every interval until ``stop`` is set; return the cycles.

    Fetching stays here, polite per host; with ``engine="dask"`` each batch of fetched pages is
    analysed on the Dask cluster at ``scheduler`` (a local cluster when None).
    """
    config = load_sources(sources_path)
    reports: list[CycleReport] = []

    def report(cycle: CycleReport) -> None:
        reports.append(cycle)
        if progress is not None:
            progress(cycle)

    with open_store(str(db)) as store, open_state(db) as state:

        def analyze(documents: list[RawDocument]) -> object:
            # Each cycle's analysis takes its turn with other runs on the store.
            with RunLock(db):
                return analyze_documents(
                    documents, store, engine=engine, scheduler=scheduler, settings=settings
                )

        if every is None:
            collect_once(config, state, analyze=analyze, stop=stop, progress=report)
        else:
            run_forever(
                config,
                state,
                every=parse_duration(every),
                stop_event=stop or threading.Event(),
                analyze=analyze,
                progress=report,
            )
    return reports


def has_collected(db: str | Path) -> bool:
    """Return whether the store's file holds collection tables (without creating them)."""
    if not Path(db).exists():
        return False
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as connection:
        row = connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='collect_sources'"
        ).fetchone()
    return row is not None


def latest(db: str | Path, limit: int = 50) -> tuple[list[SourceStatus], list[LatestPage]]:
    """Return each source's freshness and the newest collected pages (nothing if none)."""
    if not has_collected(db):
        return [], []
    with open_state(db) as state:
        return state.sources(), [LatestPage(*row) for row in state.latest_pages(limit)]


def source_status(db: str | Path) -> list[SourceStatus]:
    """Return each collected source's last fetch, counts, errors and next run."""
    with open_state(db) as state:
        return state.sources()


def reanalyze(
    db: str | Path, since: date | str, *, settings: Settings | None = None
) -> AnalysisResult:
    """Analyse again the kept pages fetched since a date (the latest version of each page)."""
    with open_store(str(db)) as store, open_state(db) as state:
        inputs: list[RawDocument | Reject] = []
        for page in state.pages_since(since):
            inputs.extend(documents_of(page))
        return analyze_documents(inputs, store, engine="local", settings=settings)
