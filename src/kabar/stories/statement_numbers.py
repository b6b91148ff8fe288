"""The numbers of a quote, as the statement guard compares them.

Each number is read with its values: as written and, after a unit another wording may count
in another ("dua pekan", "50 persen"), in its dimension's base unit ("14 hari", "separuh"). Two
numbers counted in units of one dimension are one number only in that unit: "dua pekan" is
"14 hari", never "two days". A quote that tells its language reads its digit groups its own
way ("Rp1.517 triliun" is not "1,517 billion"); only one too short to tell is read both ways.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kabar import lexicon
from kabar.stories.numbers import find_numbers
from kabar.stories.statement_lexicon import is_english, language_known, misspelt_scale

_UNITS, _VAGUE_QUANTITIES = "statement_number_units.tsv", "statement_vague_quantities.tsv"
# The dimension of a quantity with no one value: its base holds the least and the most.
_VAGUE = "vague"
# English digit groups ("4,600", "1.5"): their separators swapped, they read as Indonesian.
_DIGIT_GROUPS = re.compile(r"\d+(?:[.,]\d+)+")
_AMBIGUOUS_GROUP = re.compile(r"(?<![\d.,])\d{1,3}([.,])\d{3}(?![\d.,])")
_UNIT_AFTER = re.compile(r"\s*(%|[^\W\d_]+)")
# An English time of day after noon ("6 p.m."), which Indonesian writes on the 24-hour clock.
_AFTERNOON = re.compile(r"\s*p\.?\s?m\b\.?", re.I)
_NOON = 12
# A space a scraper or typist put before a digit group ("1 .812 jiwa"): one number.
_BROKEN_GROUP = re.compile(r"(?<=\d) (?=[.,]\d{3}(?!\d))")
_CLOCK = re.compile(r"(?<![\d.,:])([01]?\d|2[0-4]):([0-5]\d)(?![\d:])")
# Units of one dimension whose factors are calendar approximations (a month of 30 days, a
# year of 365: "12 bulan" is "satu tahun") are one number within this share of each other.
_CALENDAR_MARGIN = 0.02


@dataclass(frozen=True)
class Figure:
    """One number of a quote: its values, and its unit's dimension and factor if it has one."""

    values: frozenset[float]  # as written (each reading) and in the base unit
    dimension: str | None = None  # "time", "share", "count": the unit's, when one follows
    factor: float = 1.0  # the unit's factor to its base unit
    base: frozenset[float] = frozenset()  # the values in the base unit
    value: float = 0.0  # the value as written, read in the quote's language


def same_figure(first: Figure, second: Figure) -> bool:
    """Tell whether two numbers can be one: in units of one dimension, the same amount of the
    base unit; a quantity with no one value ("puluhan"), one in its range; else any value of
    one is a value of the other."""
    if _VAGUE in (first.dimension, second.dimension):
        return _in_range(first, second)
    if first.dimension is None or first.dimension != second.dimension:
        return bool(first.values & second.values)
    if first.factor == second.factor:
        return bool(first.base & second.base)
    return any(
        abs(x - y) <= _CALENDAR_MARGIN * max(abs(x), abs(y))
        for x in first.base
        for y in second.base
    )


def _in_range(first: Figure, second: Figure) -> bool:
    """Tell whether a quantity with no one value and another number can be one: the same
    range, or a value of the other within it."""
    if first.dimension == second.dimension:
        return first.base == second.base
    vague, other = (first, second) if first.dimension == _VAGUE else (second, first)
    least, most = min(vague.base), max(vague.base)
    return any(least <= value <= most for value in other.values)


def _vague(text: str) -> list[tuple[tuple[int, int], Figure]]:
    """Return the quantities of a quote said with no one value ("puluhan", "hundreds of
    thousands"), each with where it is; the longest words in a row first."""
    lowered = text.lower()
    taken: list[tuple[int, int]] = []
    found = []
    for words, least, most in _vague_quantities():
        for match in re.finditer(rf"\b{re.escape(words)}\b", lowered):
            if any(start < match.end() and match.start() < end for start, end in taken):
                continue
            taken.append(match.span())
            figure = Figure(frozenset(), _VAGUE, 1.0, frozenset({least, most}), least)
            found.append((match.span(), figure))
    return found


@cache
def _vague_quantities() -> tuple[tuple[str, float, float], ...]:
    rows = [(row[0], float(row[1]), float(row[2])) for row in lexicon.table(_VAGUE_QUANTITIES)]
    return tuple(sorted(rows, key=lambda row: -len(row[0].split())))


@cache
def _units() -> dict[str, tuple[float, str]]:
    return {row[0]: (float(row[1]), row[2]) for row in lexicon.table(_UNITS)}


def figures(text: str) -> tuple[Figure, ...]:
    """Return each number of a quote with its values (see the module's docstring). An English
    quote's digit groups are read the English way ("4,600", "1.5")."""
    text = _BROKEN_GROUP.sub("", text)
    if is_english(text):
        swap = str.maketrans(",.", ".,")
        text = _DIGIT_GROUPS.sub(lambda found: found.group().translate(swap), text)
    # a time of day with a colon ("1:30 p.m.", "13:30") as Indonesian writes it ("13.30")
    text = _CLOCK.sub(r"\1,\2", text)
    units = _units()
    known = language_known(text)
    vague = _vague(text)
    found = [figure for _, figure in vague]
    for number in find_numbers(text):
        if number.value is None or any(s <= number.start < e for (s, e), _ in vague):
            continue  # a vague quantity's words ("puluhan ribu") are read as one
        readings = [number.value]
        # one separator before three digits is a thousands group in one language and
        # decimals in the other: a quote too short to tell its language is read both ways
        group = _AMBIGUOUS_GROUP.search(number.text)
        if group and not known:
            readings.append(number.value * 1000 if group.group(1) == "," else number.value / 1000)
        unit = _UNIT_AFTER.match(text, number.end)
        word = unit.group(1).lower() if unit else ""
        factor, dimension = units.get(word, (1.0, None))
        scale = misspelt_scale(word)
        values, base = set(), set()
        for value in readings:
            values.add(round(value, 6))
            if value < _NOON and _AFTERNOON.match(text, number.end):
                values.add(round(value + _NOON, 6))
            if dimension is not None:
                base.add(round(value * factor, 6))
            if scale:
                values.add(round(value * scale, 6))
        found.append(
            Figure(frozenset(values | base), dimension, factor, frozenset(base), number.value)
        )
    return tuple(found)


def neither_holds(first: tuple[Figure, ...], second: tuple[Figure, ...]) -> bool:
    """Tell whether each quote has a number the other has in no form."""
    return bool(first) and bool(second) and not (_within(first, second) or _within(second, first))


def _within(first: tuple[Figure, ...], second: tuple[Figure, ...]) -> bool:
    """Tell whether each number of the first quote is a number of the second, each its own
    ("enam tahun ... enam bulan" is not within "delapan tahun ... enam bulan": one "enam"
    cannot stand for two)."""
    partner: dict[int, int] = {}  # a number of the second: the number of the first it is

    def place(index: int, tried: set[int]) -> bool:
        for other, figure in enumerate(second):
            if other in tried or not same_figure(first[index], figure):
                continue
            tried.add(other)
            if other not in partner or place(partner[other], tried):
                partner[other] = index
                return True
        return False

    return all(place(index, set()) for index in range(len(first)))
