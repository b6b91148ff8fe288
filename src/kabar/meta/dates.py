"""Publication date: the page's own date, the date line above the story, the URL, the story.

Published: the page's own date, then the date lines the cleaner found above the story
("Diperbarui" only as a fallback), the dateline, the URL's date, then a weekday date in the
first paragraphs ("Rabu (13/9/2023)", "Rabu 13 September 2023") outside quotation marks: that
is how Indonesian reports give the day of the events. Bare dates ("sejak 2019", "pada bulan
Desember 2022") are about something else. Times keep their zone (WIB +07:00, WITA +08:00, WIT
+09:00) when given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from kabar import lexicon
from kabar.models import Cleaned, RawDocument

# Body paragraphs searched for the day of the events: seed 004 gives it in the second
# paragraph, Detik and IndoSum almost always in the first or second.
DATE_PARAGRAPHS = 3
# Plausible years for online news; anything else is a number that looks like a date.
MIN_YEAR, MAX_YEAR = 1990, 2100
TIMEZONES = {"wib": "+07:00", "wita": "+08:00", "wit": "+09:00"}

_TIME = (
    r"(?:\s*[,|/\-–]?\s*(?:pukul\s*)?(?P<H>\d{1,2})[:.](?P<M>\d{2})(?::\d{2})?"
    r"\s*(?P<ampm>[AaPp]\.?[Mm]\.?(?!\w))?\s*(?P<tz>WIB|WITA|WIT)?\b)?"
)
_ISO_DATE = re.compile(
    r"\b(?P<y>\d{4})([-/])(?P<m>\d{2})\2(?P<d>\d{2})(?:[T ](?P<H>\d{2}):(?P<M>\d{2})(?::\d{2})?"
    r"(?:\.\d+)?\s*(?P<off>Z|[+-]\d{2}:?\d{2})?)?"
)
_NUM_DATE = re.compile(
    rf"\b(?P<d>\d{{1,2}})\s*/\s*(?P<m>\d{{1,2}})\s*/\s*(?P<y>\d{{4}}|\d{{2}})\b\)?{_TIME}",
    re.IGNORECASE,
)
_URL_DATES = (
    re.compile(r"/(?P<y>20\d{2})/(?P<m>\d{2})/(?P<d>\d{2})/"),
    re.compile(r"/(?P<y>20\d{2})(?P<m>\d{2})(?P<d>\d{2})\d{0,8}(?:-|/)"),
    re.compile(r"/(?P<y>20\d{2})-(?P<m>\d{2})-(?P<d>\d{2})/"),
)
_UPDATED = re.compile(r"\b(?:diperbarui|pembaruan|updated?|terakhir\s+diubah)\b", re.IGNORECASE)
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")


@dataclass(frozen=True)
class _Patterns:
    """The date patterns built from the month and weekday lists (read on first use)."""

    months: dict[str, int]
    text_date: re.Pattern[str]
    en_date: re.Pattern[str]
    day_before: re.Pattern[str]


@cache
def _patterns() -> _Patterns:
    """Build the patterns that name months and weekdays."""
    months = {name: int(number) for name, number in lexicon.table("month_names.txt")}
    month = "(?:" + "|".join(sorted(months, key=len, reverse=True)) + ")"
    day = "(?:" + "|".join(lexicon.lines("weekday_names.txt")) + ")"
    return _Patterns(
        months=months,
        text_date=re.compile(
            rf"\b(?P<d>\d{{1,2}})\s+(?P<mon>{month})\.?,?\s+(?P<y>\d{{4}}){_TIME}", re.IGNORECASE
        ),
        en_date=re.compile(
            rf"\b(?P<mon>{month})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}}){_TIME}",
            re.IGNORECASE,
        ),
        # A weekday right before a date: "Rabu (13/9/2023)", "Kamis, 4/7/2024", "Rabu 13 ...".
        day_before=re.compile(
            rf"\b{day}(?:\s+(?:pagi|siang|sore|malam|petang|dini\s+hari))?\s*,?\s*\(?\s*$",
            re.IGNORECASE,
        ),
    )


def find_published(raw: RawDocument, cleaned: Cleaned) -> str | None:
    """Return the ISO publication date, or failing that the date of the events reported."""
    if raw.published:
        parsed = parse_date(raw.published, require_day=False)
        if parsed:
            return parsed
    # A "Diperbarui" (updated) time is a fallback: the first publication comes first.
    lines = cleaned.findings.date_lines
    for line in sorted(lines, key=lambda text: bool(_UPDATED.search(text))):
        parsed = parse_date(line, require_day=False)
        if parsed:
            return parsed
    dateline = cleaned.findings.dateline
    if dateline:
        parsed = parse_date(dateline.prefix, require_day=False)  # "Jakarta, 12/8 -"
        if parsed:
            return parsed
    from_url = _url_date(raw.url)
    if from_url:
        return from_url
    for paragraph in cleaned.paragraphs[:DATE_PARAGRAPHS]:
        parsed = parse_date(_QUOTED.sub(_blank, paragraph), require_day=True)
        if parsed:
            return parsed
    return None


def _blank(match: re.Match[str]) -> str:
    """Replace a quoted passage by spaces of the same length."""
    return " " * len(match.group(0))


def parse_date(text: str, *, require_day: bool) -> str | None:
    """Return the first date in text as ISO ("2024-06-19T13:30+07:00" when a zone is given).

    With ``require_day`` only dates right after a weekday name count ("Rabu (13/9/2023)"), and
    a time next to them is dropped: in a story it is the time of the events, not of publication.
    A time without a zone ("19:22") is kept without an offset.
    """
    patterns = _patterns()
    found: list[tuple[int, str]] = []
    for pattern in (_ISO_DATE, patterns.text_date, _NUM_DATE, patterns.en_date):
        for match in pattern.finditer(text):
            if require_day and not patterns.day_before.search(text[: match.start()]):
                continue
            iso = _iso(match, with_time=not require_day)
            if iso:
                found.append((match.start(), iso))
                break
    return min(found)[1] if found else None


def _iso(match: re.Match[str], *, with_time: bool = True) -> str | None:
    """Build the ISO string of a date match, or None when the date is impossible."""
    groups = match.groupdict()
    year = int(groups["y"])
    if year < 100:
        year += 2000
    named = groups.get("mon")
    month = _patterns().months[named.casefold()] if named else int(groups["m"])
    day = int(groups["d"])
    try:
        date(year, month, day)
    except ValueError:
        return None
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    iso = f"{year:04d}-{month:02d}-{day:02d}"
    return iso + (_time(groups) if with_time else "")


def _time(groups: dict[str, str | None]) -> str:
    """Return a date match's "THH:MM" and offset, or "" when it gives no valid time."""
    hour, minute = groups.get("H"), groups.get("M")
    ampm = groups.get("ampm")
    if hour is not None and ampm:
        # "3:15 PM" -> 15:15, "12:05 AM" -> 00:05
        hour = str(int(hour) % 12 + (12 if ampm[0] in "Pp" else 0))
    offset = groups.get("off")
    zone = groups.get("tz")
    if offset:
        offset = "+00:00" if offset == "Z" else offset[:3] + ":" + offset[-2:]
    elif zone:
        offset = TIMEZONES[zone.casefold()]
    if hour is not None and minute is not None and int(hour) < 24 and int(minute) < 60:
        return f"T{int(hour):02d}:{minute}{offset or ''}"
    return ""


def _url_date(url: str | None) -> str | None:
    """Return the date many outlets put in article URLs ("/2017/09/06/", "/20171219...")."""
    if not url:
        return None
    for pattern in _URL_DATES:
        match = pattern.search(url)
        if match:
            iso = _iso(match)
            if iso:
                return iso
    return None
