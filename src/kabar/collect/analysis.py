"""Handing stored pages to the analysis in batches, and remembering which got there.

A page version is marked analysed only once ``analyze`` returned for its batch; one that
never got there (the analysis failed, the process was stopped) is handed over again by
the next cycle, read from the stored HTML.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

from kabar.collect.fetch import Failure
from kabar.collect.sources import Source
from kabar.collect.state import CollectState, StoredPage
from kabar.errors import InputError
from kabar.ingest import read_bytes
from kabar.models import RawDocument, Reject

# The analysis: the pipeline behind ``kabar analyze``, given a cycle's documents.
Analyze = Callable[[list[RawDocument]], object]


def documents_of(page: StoredPage) -> list[RawDocument | Reject]:
    """Read a stored page version again (for ``kabar reanalyze``): its documents carry the
    page's canonical URL and, when the page does not name one, the source's outlet."""
    try:
        read = read_bytes(page.html, page.url)
    except InputError as error:
        return [Reject(page.url, str(error))]
    return [
        replace(d, url=page.url, outlet=d.outlet or page.outlet)
        if isinstance(d, RawDocument) else d
        for d in read
    ]


class AnalysisBatches:
    """Batches documents for ``analyze``, marking page versions analysed once it returns."""

    def __init__(
        self,
        state: CollectState,
        analyze: Analyze,
        batch_size: int,
        on_failure: Callable[[str | None, Failure], None],
    ) -> None:
        self._state = state
        self._analyze = analyze
        self._batch_size = batch_size
        self._on_failure = on_failure
        self._documents: list[RawDocument] = []
        self._pages: list[tuple[str, int, str | None]] = []
        self.count = 0

    def add(
        self, url: str, version: int, source: Source, documents: Iterable[RawDocument | Reject]
    ) -> None:
        """Queue one stored page version's documents (the batch goes when it is full)."""
        for document in documents:
            if isinstance(document, RawDocument):
                outlet = document.outlet or source.outlet
                self._documents.append(replace(document, url=url, outlet=outlet))
        self._pages.append((url, version, source.name))
        if len(self._documents) >= self._batch_size:
            self.flush()

    def add_pending(self, pages: Iterable[StoredPage]) -> None:
        """Queue page versions stored by an earlier cycle that never reached the analysis."""
        for page in pages:
            source = Source(page.source or "", "feed", page.url, outlet=page.outlet)
            self.add(page.url, page.version, source, documents_of(page))

    def flush(self) -> None:
        """Hand the queued documents to the analysis now."""
        if not self._pages:
            return
        documents, pages = self._documents, self._pages
        self._documents, self._pages = [], []
        try:
            if documents:
                self._analyze(documents)
        except Exception as error:  # the pages stay stored and pending for the next cycle
            reason = f"analysis failed: {type(error).__name__}: {error}"
            for url, _, name in pages:
                self._on_failure(name, Failure(url, reason, transient=True))
            return
        for url, version, _ in pages:
            self._state.mark_analyzed(url, version)
        self.count += len(documents)
