"""The capitalised words of a quote that are no name another quote lacks: the kind of a place
heading a name both have ("Bendungan Jatiluhur" / "Waduk Jatiluhur"), and a place called by
another of its names in the other quote (an epithet, "Ibu Kota" for "Jakarta"; an alias,
"Korut" for "Korea Utara": kabar/data/words/statement_epithets.tsv, aliases.tsv).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from kabar import lexicon
from kabar.stories.statement_lexicon import glossary

# Capitalised words in a row.
_CAPITAL_RUN = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+")
_EPITHETS, _ALIASES = "statement_epithets.tsv", ("aliases.tsv", "aliases_extra.tsv")


def no_names(text: str, other: str, found: Callable[[str], bool]) -> frozenset[str]:
    """Return the capitalised words of a quote that name nothing the other quote (``other``,
    in which ``found`` tells whether a name is) does not: a common word heading a name the
    other has ("Bendungan" of "Bendungan Jatiluhur" against "Waduk Jatiluhur"; a common
    word inside a name, "Barat" of "Nusa Tenggara Barat", is part of it), and the words of
    a place the other calls by another of its names."""
    common = _targets()
    words: set[str] = set()
    for run in _CAPITAL_RUN.finditer(text):
        head, *rest = run.group().split()
        if rest and head.lower() in common and all(found(w) for w in rest):
            words.add(head)
    lowered, other_lowered = _padded(text), _padded(other)
    for one, another in _other_names():
        if f" {one.lower()} " in lowered and f" {another.lower()} " in other_lowered:
            words.update(one.split())
    return frozenset(words)


def _padded(text: str) -> str:
    return " " + " ".join(re.findall(r"[^\W_]+", text.lower())) + " "


@cache
def _other_names() -> tuple[tuple[str, str], ...]:
    """Each name of a place with another of its names, both ways round."""
    pairs = [(row[0], row[1]) for row in lexicon.table(_EPITHETS)]
    for name in _ALIASES:
        pairs.extend((row[0], row[1]) for row in lexicon.table(name) if row[0] != row[1])
    return tuple(dict.fromkeys([*pairs, *((b, a) for a, b in pairs)]))


@cache
def _targets() -> frozenset[str]:
    """Every Indonesian word the glossary gives for an English one: the common words."""
    return frozenset(w for words in glossary().values() for w in words)
