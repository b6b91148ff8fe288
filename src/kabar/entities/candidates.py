"""Mentions being resolved, and the one list of them that every pass adds to."""

from __future__ import annotations

from dataclasses import dataclass, field

from kabar.entities.names import name_parts


@dataclass
class Candidate:
    """A mention being resolved: token range, type, and how it got here."""

    first: int
    last: int
    type: str
    canonical: str | None = None  # set when a lexicon or acronym fixes the entity
    group: int = -1
    parts: list[str] = field(default_factory=list)
    titled: int | None = None  # first token of the form with its honorific ("Ki Cermo")


class Found:
    """The candidates kept so far in one body, and which of its tokens they cover."""

    def __init__(self, words: list[str]) -> None:
        """Start with no candidates over a body of these words."""
        self.words = words
        self.candidates: list[Candidate] = []
        self.covered = [False] * len(words)

    def free(self, first: int, last: int) -> bool:
        """Tell whether no token of the range belongs to a kept mention yet."""
        return not any(self.covered[first:last])

    def add(self, cand: Candidate) -> None:
        """Keep a candidate and mark its tokens."""
        cand.parts = name_parts(self.words[cand.first : cand.last])
        self.candidates.append(cand)
        for i in range(cand.first, cand.last):
            self.covered[i] = True

    def take(self, first: int, last: int) -> bool:
        """Free a range for a longer known name by dropping shorter mentions inside it."""
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
