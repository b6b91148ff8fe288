"""The guards of statement linking: what two wordings of one statement never differ in.

Two quotes are never one statement when their numbers differ ("selama 16 tahun" / "selama 20
tahun"), when each names someone the other does not ("berinisial AS" / "berinisial RN",
"Terdakwa Darmo" / "Terdakwa Rina"), or when one negates what the other affirms ("akan
menaikkan" / "tidak akan menaikkan", "bukan untuk menang" / "bukan untuk bertahan"). A quote
cut short by one outlet is compared with the sentences of the longer quote it shares words with:
what the rest of the longer quote says is not in question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from kabar import lexicon
from kabar.stories.numbers import find_numbers
from kabar.text import split_sentences, statement_words

_NEGATIONS = "negations.txt"
_WORD = re.compile(r"[^\W\d_]+")
# A capitalised word or an all-capitals initialism ("AS", "PBB"); one that starts the text or
# a sentence is no sign of a name.
_NAME = re.compile(r"(?<![.!?:\"“]\s)(?<!^)\b(?:[A-Z][a-z]+|[A-Z]{2,4})\b")
# Two spellings of one name or word ("Nopember" / "November", "Ketut" / "Ktut").
_SAME_SPELLING = 0.8
_MIN_FUZZY = 4


@dataclass(frozen=True)
class Guarded:
    """The numbers, names and negations of a piece of quote."""

    numbers: frozenset[float]
    names: frozenset[str]
    negated: bool
    scopes: frozenset[str]  # the first content word after each negation
    words: frozenset[str]  # every word, lower case, to find the other's names in


@lru_cache(maxsize=8192)
def guarded(text: str) -> Guarded:
    """Return the numbers, names and negations of a text."""
    numbers = frozenset(round(n.value, 6) for n in find_numbers(text) if n.value is not None)
    names = frozenset(m.group() for m in _NAME.finditer(text.strip()))
    words = [w.lower() for w in _WORD.findall(text)]
    negations = lexicon.words(_NEGATIONS)
    scopes = set()
    for i, word in enumerate(words):
        if word in negations:
            after = next((w for w in words[i + 1 :] if statement_words(w)), "")
            scopes.add(next(iter(statement_words(after)), ""))
    negated = any(w in negations for w in words)
    return Guarded(numbers, names, negated, frozenset(scopes), frozenset(words))


def conflict(first: str, second: str, stems: dict[str, frozenset[str]]) -> str | None:
    """Return why two quotes cannot be one statement ("numbers", "names", "negation"), or None.

    ``stems`` gives the content-word stems of a text, to find the sentences of the longer quote
    that the shorter one carries.
    """
    short, long_ = sorted((first, second), key=len)
    a, b = guarded(short), guarded(_carried_part(short, long_, stems))
    if _neither_holds(a.numbers, b.numbers):
        return "numbers"
    whole_a, whole_b = guarded(short), guarded(long_)
    if _unmatched(a.names, whole_b) and _unmatched(b.names, whole_a):
        return "names"
    if a.negated != b.negated or (a.negated and not _scopes_meet(a.scopes, b.scopes)):
        return "negation"
    return None


def _carried_part(short: str, long_: str, stems: dict[str, frozenset[str]]) -> str:
    """Return the sentences of the longer quote that share words with the shorter one (all
    of it when it is one sentence, or shares words everywhere)."""
    spans = split_sentences(long_)
    if len(spans) < 2:
        return long_
    wanted = stems[short]
    kept = []
    for start, end in spans:
        sentence = long_[start:end]
        found = stems[sentence]
        if found and len(found & wanted) >= max(1, len(found) // 3):
            kept.append(sentence)
    return " ".join(kept) if kept else long_


def _neither_holds(first: frozenset[float], second: frozenset[float]) -> bool:
    return bool(first) and bool(second) and not (first <= second or second <= first)


def _unmatched(names: frozenset[str], other: Guarded) -> bool:
    """Tell whether a name of one quote is nowhere in the other, in any spelling or as
    initials ("DK" for "Dewan Keamanan")."""
    return any(not _found(name, other) for name in names)


def _found(name: str, other: Guarded) -> bool:
    lowered = name.lower()
    if lowered in other.words:
        return True
    if len(lowered) >= _MIN_FUZZY and any(
        abs(len(w) - len(lowered)) <= 2
        and SequenceMatcher(None, lowered, w).ratio() >= _SAME_SPELLING
        for w in other.words
    ):
        return True
    # initials of words of the other quote, in order ("DK PBB" for "Dewan Keamanan PBB")
    return name.isupper() and _initials(lowered, other.words)


def _initials(initials: str, words: frozenset[str]) -> bool:
    heads = {w[0] for w in words}
    return len(initials) >= 2 and all(letter in heads for letter in initials)


def _scopes_meet(first: frozenset[str], second: frozenset[str]) -> bool:
    """Tell whether two negations deny the same thing (one word they negate in common)."""
    return bool(first & second) or not first or not second


def same_speaker(first: str | None, second: str | None) -> bool:
    """Tell whether two speaker names are one person: unknown, or the same words in the same
    number, each spelt alike ("I Ketut Suardana" / "I Ktut Suardana")."""
    if not first or not second or first == second:
        return True
    a, b = first.lower().split(), second.lower().split()
    return len(a) == len(b) and all(
        x == y or (min(len(x), len(y)) >= _MIN_FUZZY and _alike(x, y))
        for x, y in zip(a, b, strict=False)
    )


def _alike(first: str, second: str) -> bool:
    return SequenceMatcher(None, first, second).ratio() >= _SAME_SPELLING
