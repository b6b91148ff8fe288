"""The times of two quotes: a quote and its translation or paraphrase name one time.

Each quote's times are read by kind: the part of a period it names ("akhir tahun", "the middle
of this year", "puncak musim kemarau"), the days of the week and the months it names ("Senin",
"Tuesday", "Juli", "August"), and the times it gives relative to its day ("pekan depan", "next
month", "tahun lalu"). Two quotes are two statements when, for one kind, each names a time the
other does not.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from kabar import lexicon

_PERIOD_PARTS, _PERIODS = "statement_period_parts.tsv", "statement_periods.txt"
_MONTHS, _WEEKDAYS = "month_names.txt", "weekday_names.txt"
_RELATIVE = "statement_relative_times.tsv"
_FUNCTION_WORDS = ("language_en_words.txt", "language_id_words.txt", "statement_en_stop_words.txt")
_WORD = re.compile(r"[^\W\d_]+")
# A capitalised word not opening a sentence: a day or a month named ("pada Senin", "in May").
_NAMED = re.compile(r"(?<![.!?:\"“]\s)(?<!^)\b[A-Z][a-z]+\b")
# A part of a period comes this many words at most before it ("end of this year").
_PERIOD_REACH = 4
# The shortest month name read (full names: "Mei", "May"; abbreviations are other words).
_MIN_MONTH = 3
# The shortest weekday name read: the full names ("Rabu", "Ahad"); the short forms ("Sun",
# "Sat", "Wed") are English words or names in a quote.
_MIN_WEEKDAY = 4


def other_times(first: str, second: str) -> bool:
    """Tell whether, for one kind of time, each quote names one the other does not."""
    return any(
        bool(a - b) and bool(b - a) for a, b in zip(_times(first), _times(second), strict=True)
    )


@lru_cache(maxsize=8192)
def _times(text: str) -> tuple[frozenset[str], ...]:
    """Return a quote's times by kind: parts of a period, days of the week, months, and
    times relative to its day."""
    return (_period_parts(text), *_named(text), _relative(text))


def _named(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """Return the days of the week and the months a quote names."""
    days, months = _weekdays(), _month_numbers()
    named = [m.group().lower() for m in _NAMED.finditer(text.strip())]
    return (
        frozenset(days[w] for w in named if w in days),
        frozenset(months[w] for w in named if w in months),
    )


def _relative(text: str) -> frozenset[str]:
    """Return the times a quote gives relative to its day ("pekan depan": a week after)."""
    padded = " " + " ".join(w.lower() for w in _WORD.findall(text)) + " "
    return frozenset(time for words, time in _relative_times() if f" {words} " in padded)


def _period_parts(text: str) -> frozenset[str]:
    """Return the parts of a period a quote names: a part's word right before a period or a
    month, past a function word or two ("end of this year", "akhir tahun ini")."""
    words = [w.lower() for w in _WORD.findall(text)]
    parts, periods, skipped = _parts(), _periods(), _function_words()
    found = set()
    for i, word in enumerate(words):
        if word not in parts:
            continue
        following = [w for w in words[i + 1 : i + 1 + _PERIOD_REACH] if w not in skipped]
        if following[:1] and following[0] in periods:
            found.add(parts[word])
    return frozenset(found)


@cache
def _function_words() -> frozenset[str]:
    """The function words of either language ("of", "this", "ini")."""
    return frozenset().union(*(lexicon.words(name) for name in _FUNCTION_WORDS))


@cache
def _parts() -> dict[str, str]:
    return {w: row[0] for row in lexicon.table(_PERIOD_PARTS) for w in row[1].split()}


@cache
def _periods() -> frozenset[str]:
    return lexicon.words(_PERIODS) | {row[0] for row in lexicon.table(_MONTHS)}


@cache
def _weekdays() -> dict[str, str]:
    return {row[0]: row[1] for row in lexicon.table(_WEEKDAYS) if len(row[0]) >= _MIN_WEEKDAY}


@cache
def _month_numbers() -> dict[str, str]:
    return {row[0]: row[1] for row in lexicon.table(_MONTHS) if len(row[0]) >= _MIN_MONTH}


@cache
def _relative_times() -> tuple[tuple[str, str], ...]:
    return tuple((row[0], row[1]) for row in lexicon.table(_RELATIVE))
