"""Collecting articles from outlets' feeds, sitemaps and section pages, politely and once.

One module per job: ``sources`` reads SOURCES.toml, ``urls`` makes URLs canonical,
``fetch`` downloads (robots.txt, per-host rate and concurrency, conditional requests,
retries, redirects, size and time limits), ``discover`` finds article links, ``state``
remembers what was fetched (SQLite), and ``cycle`` runs one collection pass or loops.
"""

from __future__ import annotations

from kabar.collect.analysis import documents_of
from kabar.collect.cycle import collect_once, run_forever
from kabar.collect.fetch import Failure, Fetcher, NotModified, Page
from kabar.collect.report import CycleReport, SourceReport
from kabar.collect.sources import CollectSettings, Source, SourcesConfig, load_sources
from kabar.collect.state import CollectState, SourceStatus, StoredPage, open_state

__all__ = [
    "CollectSettings",
    "CollectState",
    "CycleReport",
    "Failure",
    "Fetcher",
    "NotModified",
    "Page",
    "Source",
    "SourceReport",
    "SourceStatus",
    "SourcesConfig",
    "StoredPage",
    "collect_once",
    "documents_of",
    "load_sources",
    "open_state",
    "run_forever",
]
