"""Word knowledge: every word list kabar reads lives once, in ``kabar/data/words``.

A list is a UTF-8 text file, ``#`` starts a comment (at a line's start or after an entry), blank
lines are ignored. Nothing is read at import time: each list is read on first use and cached for
the process, so ``import kabar`` stays cheap and a stage pays only for the lists it uses.
Lists shorter than a handful of words may stay beside their only user; everything two modules
share is read from here.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

WORDS_DIR = ("data", "words")


@cache
def lines(name: str) -> tuple[str, ...]:
    """Return the entries of one list file, a stripped line each, comments removed."""
    text = resources.files("kabar").joinpath(*WORDS_DIR, name).read_text(encoding="utf-8")
    entries = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return tuple(entry for entry in entries if entry)


@cache
def entries(name: str) -> frozenset[str]:
    """Return a list written one entry (a word or a phrase) to a line, as written."""
    return frozenset(lines(name))


@cache
def lowered(name: str) -> frozenset[str]:
    """Return a list written one entry to a line, lower-cased."""
    return frozenset(entry.lower() for entry in lines(name))


@cache
def words(name: str) -> frozenset[str]:
    """Return a list written many words to a line: every whitespace-separated word."""
    return frozenset(word for line in lines(name) for word in line.split())


@cache
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """Return a tab-separated table's rows (comments and blank lines skipped)."""
    return tuple(tuple(line.split("\t")) for line in lines(name))
