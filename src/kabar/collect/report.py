"""What a collection cycle did, per source and in all, and its one-line progress summary."""

from __future__ import annotations

from dataclasses import dataclass

from kabar.collect.fetch import Failure


@dataclass(frozen=True)
class SourceReport:
    """What one cycle did for one source."""

    name: str
    found: int = 0  # links listed
    new: int = 0  # page versions stored: new articles and changed ones
    updated: int = 0  # of those, new versions of pages already stored
    unchanged: int = 0  # fetched again (conditionally) and the same
    failures: tuple[Failure, ...] = ()


@dataclass(frozen=True)
class CycleReport:
    """What one cycle did."""

    started: str
    seconds: float
    sources: tuple[SourceReport, ...]
    analyzed: int = 0
    stopped: bool = False  # interrupted: the remaining URLs wait for the next cycle

    @property
    def new(self) -> int:
        """Return the number of page versions stored."""
        return sum(s.new for s in self.sources)

    @property
    def failures(self) -> tuple[Failure, ...]:
        """Return every failure of the cycle."""
        return tuple(f for s in self.sources for f in s.failures)

    def line(self) -> str:
        """Return the one-line progress summary printed after each cycle."""
        found = sum(s.found for s in self.sources)
        updated = sum(s.updated for s in self.sources)
        text = (
            f"{self.started} collect: {len(self.sources)} sources, {found} links, "
            f"{self.new} new ({updated} updated), {len(self.failures)} failures, "
            f"{self.analyzed} analysed, {self.seconds:.1f} s"
        )
        return text + (" (stopped)" if self.stopped else "")
