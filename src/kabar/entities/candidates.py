"""Mentions being resolved: the read-only state passed from pass to pass, and a pass's
private working list of them.

A resolution pass reads a ``Resolution`` and returns a new one with what it adds; it never
changes the state it was given. Candidates are frozen; a pass that adds, drops or rewrites
mentions does so in its own ``Found`` (``Resolution.working``), a private list over the state's
candidates, and hands the result back with ``Resolution.adding``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from kabar.entities.doc import Doc
from kabar.entities.names import name_parts
from kabar.entities.ner import Span


@dataclass(frozen=True)
class Candidate:
    """A mention being resolved: token range, type, and how it got here."""

    first: int
    last: int
    type: str
    canonical: str | None = None  # set when a lexicon or acronym fixes the entity
    parts: list[str] = field(default_factory=list)
    titled: int | None = None  # first token of the form with its honorific ("Ki Cermo")


class Found:
    """The candidates kept so far in one body, and which of its tokens they cover."""

    def __init__(self, words: list[str], candidates: Iterable[Candidate] = ()) -> None:
        """Start from some candidates (none by default) over a body of these words."""
        self.words = words
        self.candidates: list[Candidate] = list(candidates)
        self.covered = [False] * len(words)
        for c in self.candidates:
            for k in range(c.first, c.last):
                self.covered[k] = True

    def free(self, first: int, last: int) -> bool:
        """Tell whether no token of the range belongs to a kept mention yet."""
        return not any(self.covered[first:last])

    def add(self, cand: Candidate) -> None:
        """Keep a candidate (with its name parts) and mark its tokens."""
        parts = name_parts(self.words[cand.first : cand.last])
        # built directly, not with dataclasses.replace: this runs for every mention
        self.candidates.append(
            Candidate(cand.first, cand.last, cand.type, cand.canonical, parts, cand.titled)
        )
        for i in range(cand.first, cand.last):
            self.covered[i] = True

    def swap(self, old: Candidate, new: Candidate) -> None:
        """Put a rewritten candidate in the place of the one it replaces (same tokens or more)."""
        index = next(i for i, c in enumerate(self.candidates) if c is old)
        self.candidates[index] = new
        for k in range(new.first, new.last):
            self.covered[k] = True

    def take(self, first: int, last: int) -> bool:
        """Free a range for a longer known name by dropping shorter mentions inside it."""
        if not any(self.covered[first:last]):  # no mention there: no scan of every candidate
            return True
        inside = [c for c in self.candidates if c.first < last and first < c.last]
        if any(c.first <= first and c.last >= last for c in inside) or any(
            c.first < first or c.last > last for c in inside
        ):
            return False
        if inside:
            self.candidates = [c for c in self.candidates if c not in inside]
            for k in range(first, last):
                self.covered[k] = False
        return True

    def drop_inside(self, first: int, last: int) -> None:
        """Drop every candidate that overlaps a range and recount the covered tokens."""
        self.candidates = [c for c in self.candidates if c.last <= first or c.first >= last]
        for k in range(len(self.covered)):
            self.covered[k] = False
        for c in self.candidates:
            for k in range(c.first, c.last):
                self.covered[k] = True


@dataclass(frozen=True)
class Resolution:
    """What resolution knows of one body so far; each pass returns a new one."""

    doc: Doc
    spans: tuple[Span, ...]  # the tagger's spans
    candidates: tuple[Candidate, ...] = ()  # the mentions kept so far
    nicknames: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    groups: tuple[tuple[Candidate, ...], ...] = ()  # the mentions grouped into entities

    def working(self) -> Found:
        """Return a private working list over the (frozen) candidates for one pass."""
        return Found(self.doc.words, self.candidates)

    def adding(self, found: Found, nicknames: Mapping[str, str] | None = None) -> Resolution:
        """Return a new state with a pass's candidates (and nicknames, when it maps some)."""
        names = self.nicknames if nicknames is None else MappingProxyType(dict(nicknames))
        return Resolution(self.doc, self.spans, tuple(found.candidates), names, self.groups)


# A resolution pass: the state it reads -> the state with what it adds.
Pass = Callable[[Resolution], Resolution]
