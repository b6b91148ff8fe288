"""Indonesian numbers as written in news: digits, number words, scales, fractions, currency.

``find_numbers`` reads every number of a text with its value: "Rp1,5 juta" is 1 500 000
rupiah (a decimal comma, then a scale word), "1.250 jiwa" is 1 250 (dots group thousands),
"dua ratus lima puluh" is 250, "dua pertiga" is 2/3, "setengah juta" is 500 000, and
"belasan" (a dozen or so) is a vague quantity with no one value. The grammar's words are in
``kabar/data/words/numerals.tsv``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kabar import lexicon

_NUMERALS = "numerals.tsv"
# A token: a currency sign, digits with their separators, a word, or a percent sign.
_TOKEN = re.compile(r"(?:Rp\.?|IDR|US\$|USD|\$)(?=\s?\d)|\d+(?:[.,]\d+)*|[^\W\d_]+|%")
_CURRENCIES = {"rp": "Rp", "rp.": "Rp", "idr": "Rp", "us$": "US$", "usd": "US$", "$": "US$"}
# Digits grouped by dots in threes ("1.250.000"), with an optional decimal comma.
_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_DECIMAL = re.compile(r"\d+(?:,\d+)?")
# A dot before one or two digits is an English decimal point ("2.5 persen").
_DOT_DECIMAL = re.compile(r"\d+\.\d{1,2}")
# Digits before a scale word ("41ribu", "2,3miliar" with spaces removed).
_SCALED = re.compile(r"(\d+)(?:,(\d+))?([^\W\d_]+)$")
# Words before a figure that make it a bound or an estimate, not an exact count.
_BOUNDS = "figure_bounds.tsv"
# Words joining the two ends of a range or two alternatives ("dua hingga empat", "2 atau 3").
_BETWEEN_ENDS = re.compile(r"\s*(?:hingga|sampai|s\.d\.?|atau|-|–)\s*", re.IGNORECASE)
# A time of day ("pukul 02.00", "21.30 WIB") is no count.
_CLOCK_BEFORE = re.compile(r"\b(?:pukul|jam)\s*$", re.I)
_CLOCK_AFTER = re.compile(r"\s*(?:WIB|WITA|WIT)\b")
# An elapsed time as a race clock writes it ("2:12:40"), and the units of one in words.
_ELAPSED_CLOCK = re.compile(r"(\d{1,2}):([0-5]\d):([0-5]\d)\b")
_TIME_UNIT = re.compile(r"\s*(jam|menit|detik)\b", re.IGNORECASE)
_SECONDS = {"jam": 3600.0, "menit": 60.0, "detik": 1.0}


@dataclass(frozen=True)
class Number:
    """One number of a text: its value (None when vague) and where it is."""

    value: float | None
    start: int
    end: int
    text: str
    currency: str | None = None
    unit: str | None = None  # a unit the number carries itself ("2:12:40": seconds)


@cache
def _numerals() -> dict[str, tuple[str, float]]:
    return {word: (kind, float(value)) for word, kind, value in lexicon.table(_NUMERALS)}


@cache
def counting_words() -> frozenset[str]:
    """Return the number words that count ("satu", "dua", "seratus"), lower-cased."""
    return frozenset(
        word.lower() for word, (kind, _) in _numerals().items() if kind in {"digit", "se"}
    )


def parse_digits(text: str) -> float | None:
    """Return the value of digits as Indonesian writes them ("1.250" -> 1250, "1,5" -> 1.5)."""
    if _GROUPED.fullmatch(text):
        return float(text.replace(".", "").replace(",", "."))
    if _DECIMAL.fullmatch(text):
        return float(text.replace(",", "."))
    if _DOT_DECIMAL.fullmatch(text):
        return float(text)
    return None


def find_numbers(text: str) -> list[Number]:
    """Return the numbers of a text in order, each with its value and span."""
    tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    found: list[Number] = []
    index = 0
    while index < len(tokens):
        read = _read_number(tokens, index)
        if read is None:
            index += 1
            continue
        value, currency, stop = read
        start, end = tokens[index][1], tokens[stop - 1][2]
        found.append(Number(value, start, end, text[start:end], currency))
        index = stop
    return found


def elapsed_times(text: str, numbers: list[Number]) -> list[Number]:
    """Return a text's numbers with each elapsed time read as one number of seconds: "2 jam 12
    menit 40 detik" and "2:12:40" are both 7 960 seconds (a race time, a flight's length), not
    three figures of hours, minutes and seconds."""
    kept: list[Number] = []
    index = 0
    while index < len(numbers):
        number = numbers[index]
        clock = _ELAPSED_CLOCK.match(text, number.start)
        if clock:
            hours, minutes, seconds = (int(group) for group in clock.groups())
            value = hours * 3600.0 + minutes * 60.0 + seconds
            kept.append(Number(value, number.start, clock.end(), clock.group(), unit="detik"))
            while index < len(numbers) and numbers[index].start < clock.end():
                index += 1
            continue
        parts = _time_parts(text, numbers[index:])
        if len(parts) > 1:
            value = sum((part.value or 0.0) * _SECONDS[unit] for part, unit in parts)
            end = parts[-1][0].end
            kept.append(Number(value, number.start, end, text[number.start : end], unit="detik"))
            index += len(parts)
            continue
        kept.append(number)
        index += 1
    return kept


def _time_parts(text: str, numbers: list[Number]) -> list[tuple[Number, str]]:
    """Return the numbers that run on as one time from the first ("2 jam 12 menit 40 detik"):
    each followed by a unit of time, the next right after that unit."""
    parts: list[tuple[Number, str]] = []
    place = numbers[0].start if numbers else 0
    for number in numbers:
        unit = _TIME_UNIT.match(text, number.end)
        if number.value is None or unit is None or text[place : number.start].strip():
            break
        parts.append((number, unit.group(1).lower()))
        place = unit.end()
    return parts


def parse_number(text: str) -> float | None:
    """Return the value of a text that is one number ("dua pertiga", "Rp1,5 juta"), else None."""
    numbers = find_numbers(text)
    if len(numbers) != 1 or numbers[0].text != text.strip():
        return None
    return numbers[0].value


def _read_number(
    tokens: list[tuple[str, int, int]], index: int
) -> tuple[float | None, str | None, int] | None:
    """Read one number from ``tokens[index]``: (value, currency, index after it), or None."""
    currency = _CURRENCIES.get(tokens[index][0].lower())
    if currency is not None:
        index += 1
        if index >= len(tokens):
            return None
    word = tokens[index][0].lower()
    numerals = _numerals()
    if word[0].isdigit():
        value = parse_digits(word)
        if value is None:
            return None
        return _read_scales(tokens, index + 1, value, currency)
    kind = numerals.get(word, ("", 0.0))[0]
    if kind == "vague":
        stop = index + 1
        while stop < len(tokens) and numerals.get(tokens[stop][0].lower(), ("",))[0] == "scale":
            stop += 1
        return None, currency, stop
    if kind not in ("digit", "se", "sescale", "half"):
        return None
    return _read_words(tokens, index, currency)


def _read_scales(
    tokens: list[tuple[str, int, int]], index: int, value: float, currency: str | None
) -> tuple[float | None, str | None, int]:
    """Apply the scale words after digits ("1,5 juta", "2 ribu"); return value and next index."""
    numerals = _numerals()
    while index < len(tokens):
        kind, scale = numerals.get(tokens[index][0].lower(), ("", 0.0))
        if kind == "vague":  # "Rp 2 jutaan": some two million, no one value
            return None, currency, index + 1
        if kind == "money" and currency is None:
            break
        if kind not in ("scale", "money"):
            break
        value *= scale
        index += 1
    return value, currency, index


def _read_words(
    tokens: list[tuple[str, int, int]], index: int, currency: str | None
) -> tuple[float, str | None, int] | None:
    """Read number words ("dua ratus lima puluh ribu", "dua pertiga", "satu setengah")."""
    numerals = _numerals()
    total, group, digit = 0.0, 0.0, None
    stop = index
    while stop < len(tokens):
        kind, value = numerals.get(tokens[stop][0].lower(), ("", 0.0))
        if kind == "digit" and digit is None:
            digit = value
        elif kind == "teen" and digit is not None:
            group, digit = group + digit + value, None
        elif kind == "mult" and digit is not None:
            group, digit = group + digit * value, None
        elif kind == "se" and digit is None:
            group += value
        elif kind in ("scale", "sescale") and (kind == "sescale") == (digit is None and group == 0):
            size = group + (digit or 0.0) if kind == "scale" else 1.0
            total, group, digit = total + size * value, 0.0, None
        elif kind == "half" and digit is None:
            group += value
        elif kind == "half" and digit is not None:  # "satu setengah": one and a half
            group, digit = group + digit + value, None
        elif kind == "per" and digit is not None:  # "dua pertiga": two thirds
            group, digit = group + digit / value, None
        elif kind == "point" and digit is not None and total == 0 and group == 0:
            fraction, after = _read_decimals(tokens, stop + 1)
            if fraction is None:
                break
            group, digit, stop = digit + fraction, None, after
            continue
        else:
            break
        stop += 1
    if stop == index:
        return None
    return total + group + (digit or 0.0), currency, stop


def _read_decimals(tokens: list[tuple[str, int, int]], index: int) -> tuple[float | None, int]:
    """Read the digit words after a decimal point in words ("koma tiga lima": .35); return the
    fraction (None when no digit word follows) and the index after it."""
    numerals = _numerals()
    digits = ""
    while index < len(tokens) and numerals.get(tokens[index][0].lower(), ("",))[0] == "digit":
        digits += str(int(numerals[tokens[index][0].lower()][1]))
        index += 1
    return (float(f"0.{digits}") if digits else None), index


def rounding(number: Number) -> float:
    """Return how far a number written with a scale word may be from the count it rounds:
    half its last digit's step ("41 ribu" is 41 000 give or take 500, "Rp2,3 miliar" give or
    take Rp50 juta); 0 for a number written in full ("41.250")."""
    scaled = _SCALED.search(number.text.replace(" ", ""))
    if scaled is None or number.value is None:
        return 0.0
    decimals = len(scaled.group(2) or "")
    scale = _numerals().get(scaled.group(3).lower(), ("", 1.0))[1]
    return scale / 10**decimals / 2


def bound(text: str, number: Number) -> str:
    """Return what a number of a text is: "exact", or a bound or an estimate by the words before
    it ("at_least" for "sedikitnya 5", "at_most" for "hampir 5", "about" for "sekitar 5")."""
    before = text[: number.start]
    if _bound("at_least").search(before):
        return "at_least"
    if _bound("at_most").search(before):
        return "at_most"
    return "about" if _bound("about").search(before) else "exact"


def clock_time(text: str, number: Number) -> bool:
    """Tell whether a number of a text is a time of day ("pukul 02.00", "21.30 WIB")."""
    return bool(
        _CLOCK_BEFORE.search(text[: number.start]) or _CLOCK_AFTER.match(text[number.end :])
    )


@cache
def _bound(kind: str) -> re.Pattern[str]:
    """The words of one kind of bound (figure_bounds.tsv), as the text just before a figure."""
    words = (re.escape(w) for k, w in lexicon.table(_BOUNDS) if k == kind)
    return re.compile(rf"({'|'.join(words)})\s*$", re.I)


def in_range(sentence: str, number: Number) -> bool:
    """Tell whether a number is an end of a range or one of two alternatives, in digits or
    words ("dua hingga empat mahasiswa", "2 atau 3 orang"): no one value."""
    for other in find_numbers(sentence):
        between = (
            sentence[other.end : number.start]
            if other.end <= number.start
            else sentence[number.end : other.start]
        )
        if other.start != number.start and _BETWEEN_ENDS.fullmatch(between):
            return True
    return False
