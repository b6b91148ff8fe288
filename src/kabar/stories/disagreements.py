"""Where outlets disagree: the same kind of figure reported with different values."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from kabar import lexicon
from kabar.models import Article, Disagreement
from kabar.models import FigureVersion as Version

# Number words with their value (None for a vague quantity) and the units of figures, in the
# order the figure pattern tries them (kabar/data/words).
_NUMBER_WORDS = "number_words.tsv"
_UNITS = "figure_units.txt"
# Units whose number is usually a date or an age, not a reported figure.
_IGNORED_BEFORE = re.compile(r"(sejak|pada|tahun|usia|berusia)\s*$", re.IGNORECASE)


@cache
def _number_words() -> dict[str, int | None]:
    """Return the number words and their values (None for a vague quantity), in file order."""
    rows = lexicon.table(_NUMBER_WORDS)
    return {word: None if value == "-" else int(value) for word, value in rows}


@cache
def _figure() -> re.Pattern[str]:
    """Return the pattern of "<number> <unit>".

    The number is digits (with Indonesian thousands dots and decimal commas) or a number word.
    """
    return re.compile(
        r"\b(\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?|" + "|".join(_number_words()) + r")\s+"
        r"(" + "|".join(lexicon.lines(_UNITS)) + r")\b",
        re.IGNORECASE,
    )


def find_disagreements(articles: Sequence[Article]) -> tuple[Disagreement, ...]:
    """Return the figures that different outlets of one story report with different values."""
    number_words = _number_words()
    by_unit: dict[str, dict[str, Version]] = {}
    for article in articles:
        if article.duplicate_of:
            continue
        for match in _figure().finditer(article.body):
            if _IGNORED_BEFORE.search(article.body[max(0, match.start() - 12) : match.start()]):
                continue
            unit = match.group(2).lower()
            value = match.group(1).lower()
            if number_words.get(value, 0) is None:
                continue  # "ratusan rumah" is no figure to compare
            versions = by_unit.setdefault(unit, {})
            versions.setdefault(
                article.id,
                Version(
                    article.id,
                    article.outlet,
                    _normalise(value),
                    _sentence_around(article.body, match),
                ),
            )
    found = []
    for unit, versions in sorted(by_unit.items()):
        values = {v.value for v in versions.values()}
        if len(versions) >= 2 and len(values) >= 2:
            found.append(Disagreement(unit, tuple(versions.values())))
    return tuple(found)


def _normalise(value: str) -> str:
    """Return a figure's value as digits ("tiga" -> "3", "1.200" -> "1200")."""
    number = _number_words().get(value)
    return str(number) if number is not None else value.replace(".", "")


def _sentence_around(body: str, match: re.Match[str]) -> str:
    """Return the sentence (or line) of the body that holds a match."""
    stop = body.rfind(". ", 0, match.start())
    # a figure in the body's first sentence starts at 0, not at "no full stop found" + 2
    start = max(stop + 2 if stop >= 0 else 0, body.rfind("\n", 0, match.start()) + 1)
    end = body.find(". ", match.end())
    end = len(body) if end == -1 else end + 1
    return body[start:end].strip()
