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


@cache
def uses(name: str) -> dict[str, frozenset[str]]:
    """Return a merged list's entries by use.

    A merged list (``NAME.tsv``) is one list that several stages share: each row is an entry as
    written, a tab, and the comma-separated uses it serves (``Jakarta<TAB>entities,quotes``). An
    entry serving only one use is a known, deliberate difference between the stages' lists.
    """
    by_use: dict[str, set[str]] = {}
    for entry, row_uses in table(name):
        for use in row_uses.split(","):
            by_use.setdefault(use.strip(), set()).add(entry)
    return {use: frozenset(found) for use, found in by_use.items()}


@cache
def for_use(name: str, use: str) -> frozenset[str]:
    """Return the entries of a merged list that serve one use, as written."""
    known = uses(name)
    if use not in known:
        raise KeyError(f"{name} has no use {use!r} (it has {', '.join(sorted(known))})")
    return known[use]


@cache
def lowered_for_use(name: str, use: str) -> frozenset[str]:
    """Return the entries of a merged list that serve one use, lower-cased."""
    return frozenset(entry.lower() for entry in for_use(name, use))
