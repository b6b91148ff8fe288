"""Where outlets disagree: the same kind of figure reported with different values."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from kabar.models import Article

_NUMBER_WORDS = {
    "satu": 1,
    "dua": 2,
    "tiga": 3,
    "empat": 4,
    "lima": 5,
    "enam": 6,
    "tujuh": 7,
    "delapan": 8,
    "sembilan": 9,
    "sepuluh": 10,
    "sebelas": 11,
    "belasan": None,
    "puluhan": None,
    "ratusan": None,
    "ribuan": None,
}
# "<number> <unit>": digits (with Indonesian thousands dots and decimal commas) or number words.
_FIGURE = re.compile(
    r"\b(\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?|" + "|".join(_NUMBER_WORDS) + r")\s+"
    r"(persen|orang|warga|korban|rumah|jam|menit|detik|hari|pekan|minggu|bulan|tahun|ton|km|"
    r"kilometer|meter|hektare|unit|rudal|juta|miliar|triliun)\b",
    re.IGNORECASE,
)
# Units whose number is usually a date or an age, not a reported figure.
_IGNORED_BEFORE = re.compile(r"(sejak|pada|tahun|usia|berusia)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Version:
    """One outlet's value for a figure, with the sentence that gives it."""

    article: str
    outlet: str | None
    value: str
    context: str


@dataclass(frozen=True)
class Disagreement:
    """A figure (by unit) that the story's articles report differently."""

    unit: str
    versions: tuple[Version, ...]


def find_disagreements(articles: Sequence[Article]) -> tuple[Disagreement, ...]:
    """Return the figures that different outlets of one story report with different values."""
    by_unit: dict[str, dict[str, Version]] = {}
    for article in articles:
        if article.duplicate_of:
            continue
        for match in _FIGURE.finditer(article.body):
            if _IGNORED_BEFORE.search(article.body[max(0, match.start() - 12) : match.start()]):
                continue
            unit = match.group(2).lower()
            value = match.group(1).lower()
            if _NUMBER_WORDS.get(value, 0) is None:
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
    number = _NUMBER_WORDS.get(value)
    return str(number) if number is not None else value.replace(".", "")


def _sentence_around(body: str, match: re.Match[str]) -> str:
    start = max(body.rfind(". ", 0, match.start()) + 2, body.rfind("\n", 0, match.start()) + 1)
    end = body.find(". ", match.end())
    end = len(body) if end == -1 else end + 1
    return body[start:end].strip()
