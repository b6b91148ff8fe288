"""Publication date: the page's own date, the date line above the story, the URL, the story.

Published: the page's own date, then the date lines the cleaner found above the story
("Diperbarui" only as a fallback), the dateline, the URL's date, then a weekday date in the
first paragraphs ("Rabu (13/9/2023)", "Rabu 13 September 2023") outside quotation marks: that
is how Indonesian reports give the day of the events. Bare dates ("sejak 2019", "pada bulan
Desember 2022") are about something else. Times keep their zone (WIB +07:00, WITA +08:00, WIT
+09:00) when given; a time in any other zone (UTC "Z") is moved to WIB, so that the date is the
newsroom's own day, not the UTC one.

``read_published`` also says where the date came from (``date_source``: "metadata" for the
input's own field, "page" for a date or header line, the dateline or the URL, "body" for the
fallback date of the events) and drops a date after the moment of analysis: no article is
published in the future, so such a date is a typo or a misread order.

Numeric dates are day-first ("13/9/2023") unless the value proves otherwise (a second number
over 12); a column of values from one input (a CSV column) settles its own order with
``column_day_first``, and ``order_numeric`` rewrites its values as ISO dates.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from functools import cache, lru_cache

from kabar import lexicon
from kabar.clean.rules import RELATIVE_TIME
from kabar.models import Cleaned, Note, RawDocument

# Body paragraphs searched for the day of the events: seed 004 gives it in the second
# paragraph, Detik and IndoSum almost always in the first or second.
DATE_PARAGRAPHS = 3
# Plausible years for online news; anything else is a number that looks like a date.
MIN_YEAR, MAX_YEAR = 1990, 2100
TIMEZONES = {"wib": "+07:00", "wita": "+08:00", "wit": "+09:00"}
# The newsrooms' own zone: a date without a zone is read in it, other zones are moved to it.
WIB = timezone(timedelta(hours=7))
_LOCAL_OFFSETS = frozenset(TIMEZONES.values())
# Digits of a Unix time in seconds and in milliseconds, for the years above.
_EPOCH_SECONDS, _EPOCH_MS = 10, 13
# A value that is only a numeric date (and time): "10/17/2025 17:00", "17-10-2025", "5.1.24".
_NUMERIC_VALUE = re.compile(
    r"^\s*(?P<a>\d{1,2})\s*(?P<sep>[/.-])\s*(?P<b>\d{1,2})\s*(?P=sep)\s*(?P<y>\d{4}|\d{2})"
    r"(?P<rest>(?:[ T,]+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)?.*)$",
    re.DOTALL,
)

_TIME = (
    r"(?:\s*[,|/\-–·•]?\s*(?:pukul\s*)?(?P<H>\d{1,2})[:.](?P<M>\d{2})(?::\d{2})?"
    r"\s*(?P<ampm>[AaPp]\.?[Mm]\.?(?!\w))?"
    r"\s*(?:(?P<tz>WIB|WITA|WIT)|(?P<off>(?<=\s)[+-]\d{4}|GMT|UTC))?\b)?"
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
    day = "(?:" + "|".join(row[0] for row in lexicon.table("weekday_names.txt")) + ")"
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


@dataclass(frozen=True)
class DateReading:
    """The publication date read, where it came from, and what was set aside on the way.

    ``source`` is "metadata", "page" or "body" (None without a date); ``notes`` name each date
    dropped for being after the moment of analysis.
    """

    published: str | None
    source: str | None
    notes: tuple[str, ...] = ()


def date_notes(source: str, published: str | None, dropped: tuple[str, ...]) -> list[Note]:
    """Return what a run says about an article's date: none read, or a future date dropped."""
    if published is None:
        why = f" ({'; '.join(dropped)})" if dropped else ""
        return [Note(source, f"no publication date could be read{why}")]
    return [Note(source, note) for note in dropped]


def find_published(raw: RawDocument, cleaned: Cleaned) -> str | None:
    """Return the ISO publication date, or failing that the date of the events reported."""
    return read_published(raw, cleaned).published


def read_published(
    raw: RawDocument, cleaned: Cleaned, *, now: datetime | None = None
) -> DateReading:
    """Read the publication date from the input's field, the page's lines, then the story.

    A date after ``now`` (default: the moment of the call) is dropped with a note and the next
    place is tried.
    """
    now = now if now is not None else datetime.now(UTC)
    notes: list[str] = []
    for source, candidate in _candidates(raw, cleaned):
        if candidate is None:
            continue
        if is_future(candidate, now):
            notes.append(f"date {candidate[:10]} is after the time of analysis; dropped")
            continue
        return DateReading(candidate, source, tuple(notes))
    lines = (raw.published or "", *cleaned.findings.date_lines)  # the field too: "2 jam lalu"
    relative = next((line for line in lines if RELATIVE_TIME.match(line.strip())), None)
    if relative:
        # "2 jam lalu" counts from when the page was read, which the input does not say: no
        # date is made from it.
        notes.append(f"the page gives only a relative time ({relative!r}); no date made from it")
    return DateReading(None, None, tuple(notes))


def _candidates(raw: RawDocument, cleaned: Cleaned) -> Iterator[tuple[str, str | None]]:
    """Yield (where, ISO date or None) in the order of trust, each read only when asked for."""
    if raw.published:
        given = parse_date(raw.published, require_day=False)
        yield "metadata", _order_settled_by_page(given, raw, cleaned) if given else None
    # A "Diperbarui" (updated) time is a fallback: the first publication comes first.
    lines = cleaned.findings.date_lines
    for line in sorted(lines, key=lambda text: bool(_UPDATED.search(text))):
        yield "page", parse_date(line, require_day=False)
    dateline = cleaned.findings.dateline
    if dateline:
        yield "page", parse_date(dateline.prefix, require_day=False)  # "Jakarta, 12/8 -"
    yield "page", _url_date(raw.url)
    for paragraph in cleaned.paragraphs[:DATE_PARAGRAPHS]:
        yield "body", parse_date(_QUOTED.sub(_blank, paragraph), require_day=True)


def _order_settled_by_page(iso: str, raw: RawDocument, cleaned: Cleaned) -> str:
    """Return the field's date, or its day and month swapped when the page prints that day.

    A numeric field ("12/9/2025") with both numbers up to 12 reads either way, and a scraper's
    file whose values never settle the order is read day-first; the page settles it: its date
    line or URL, else a weekday date in the story ("Selasa (9/12/2025)").
    """
    month, day = int(iso[5:7]), int(iso[8:10])
    if day == month or day > 12:
        return iso
    swapped = f"{iso[:4]}-{iso[8:10]}-{iso[5:7]}{iso[10:]}"
    shown = [parse_date(line, require_day=False) for line in cleaned.findings.date_lines]
    days = {found[:10] for found in (*shown, _url_date(raw.url)) if found}
    if not days:
        story = (_QUOTED.sub(_blank, p) for p in cleaned.paragraphs[:DATE_PARAGRAPHS])
        days = {found[:10] for p in story if (found := parse_date(p, require_day=True))}
    return swapped if swapped[:10] in days and iso[:10] not in days else iso


def is_future(iso: str, now: datetime) -> bool:
    """Return whether an ISO date (or date and time) is after ``now``.

    A bare date is compared as a day in WIB (today is not the future); a time without a zone is
    read as WIB.
    """
    if len(iso) <= 10:
        return date.fromisoformat(iso) > now.astimezone(WIB).date()
    moment = datetime.fromisoformat(iso)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=WIB)
    return moment > now


def column_day_first(values: Iterable[str | None]) -> bool:
    """Settle the order of one input's numeric dates from its values.

    A first number over 12 settles day-first, a second one over 12 month-first: the values
    that settle it vote, and without any vote the order is Indonesian day-first.
    """
    day_first = month_first = 0
    for value in values:
        match = _NUMERIC_VALUE.match(value or "")
        if match is None:
            continue
        first, second = int(match["a"]), int(match["b"])
        if first > 12 >= second:
            day_first += 1
        elif second > 12 >= first:
            month_first += 1
    return day_first >= month_first


@lru_cache(maxsize=16)
def read_moment(text: str | None) -> datetime | None:
    """Return the moment an input was read from an ISO date or time ("2026-12-07",
    "2026-12-07T20:00:00Z"; a time without a zone is WIB), None for None; ValueError if
    unreadable. A bare date means the end of that day in WIB. Kept: every article of a run
    is read as of the same moment."""
    if text is None:
        return None
    text = text.strip()
    moment = datetime.fromisoformat(text)
    if len(text) <= 10:
        moment = moment + timedelta(days=1, microseconds=-1)
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=WIB)


def epoch_date(value: object) -> str | None:
    """Return a Unix time (seconds, or milliseconds as feeds write it: 1755576300000) as an ISO
    time in UTC, or None for any other value; the reader moves it to WIB like any UTC time."""
    text = str(value).strip()
    if isinstance(value, bool) or not text.isdigit():
        return None
    if len(text) not in (_EPOCH_SECONDS, _EPOCH_MS):
        return None
    seconds = int(text) / (1000 if len(text) == _EPOCH_MS else 1)
    moment = datetime.fromtimestamp(seconds, UTC)
    if not MIN_YEAR <= moment.year <= MAX_YEAR:
        return None
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def order_numeric(value: str, *, day_first: bool) -> str:
    """Rewrite a numeric date value as an ISO date in the given order; others are unchanged.

    A value whose own numbers settle the order ("10/17/2025") keeps that order whatever the
    column says; a value that fits neither order is returned unchanged.
    """
    match = _NUMERIC_VALUE.match(value)
    if match is None:
        return value
    first, second = int(match["a"]), int(match["b"])
    day, month = (first, second) if day_first else (second, first)
    if month > 12 >= day:
        day, month = month, day
    year = int(match["y"])
    year += 2000 if year < 100 else 0
    try:
        date(year, month, day)
    except ValueError:
        return value
    rest = match["rest"].strip(" ,T")
    return f"{year:04d}-{month:02d}-{day:02d}" + (f" {rest}" if rest else "")


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
    if match.re is _NUM_DATE and month > 12 >= day:
        day, month = month, day  # "10/17/2025": the value itself says month-first
    try:
        date(year, month, day)
    except ValueError:
        return None
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    iso = f"{year:04d}-{month:02d}-{day:02d}"
    return _with_time(iso, groups) if with_time else iso


def _with_time(iso: str, groups: dict[str, str | None]) -> str:
    """Add a date match's "THH:MM" and offset (a foreign zone moved to WIB) when it has a time."""
    hour, minute = groups.get("H"), groups.get("M")
    if hour is None or minute is None:
        return iso
    ampm = groups.get("ampm")
    if ampm:
        # "3:15 PM" -> 15:15, "12:05 AM" -> 00:05
        hour = str(int(hour) % 12 + (12 if ampm[0] in "Pp" else 0))
    if int(hour) >= 24 or int(minute) >= 60:
        return iso
    offset = groups.get("off")
    zone = groups.get("tz")
    if offset:
        # "Z", "GMT", "UTC" (feeds write RFC 822: "Sun, 14 Sep 2025 17:05:00 +0000")
        offset = "+00:00" if offset in {"Z", "GMT", "UTC"} else offset[:3] + ":" + offset[-2:]
    elif zone:
        offset = TIMEZONES[zone.casefold()]
    stamp = f"{iso}T{int(hour):02d}:{minute}"
    if offset and offset not in _LOCAL_OFFSETS:
        moment = datetime.fromisoformat(stamp + offset).astimezone(WIB)
        return moment.strftime("%Y-%m-%dT%H:%M") + TIMEZONES["wib"]
    return stamp + (offset or "")


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
