"""Days and times of articles: publication day, the day of the reported event, minutes.

Days are counted from 1970-01-01; NO_DAY stands for an unknown day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from kabar import lexicon

NO_DAY = -(2**31)
# A report names the day of its event at most this many days before publication ("Minggu
# (9/2/2025) malam" in a Monday article); older dates it mentions are background.
EVENT_LOOKBACK_DAYS = 3
# A report of a lasting event names the day it started within about a week ("banjir yang
# melanda sejak Minggu"); day names repeat weekly, so no further.
REFERENCE_LOOKBACK_DAYS = 6
# A report's lead (where it names the start of a lasting event it belongs to) runs to the
# first paragraph break this many characters into its body: a lead paragraph is two sentences
# of 150-300 characters, a header line before it ("Laporan jaringan media mitra …") shorter.
LEAD_MIN_CHARS = 120
_EPOCH = date(1970, 1, 1)
_WEEKDAYS = {
    name: i
    for i, name in enumerate(["senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu"])
}
# Day names capitalised as names (lower-case "minggu" is also "week"), "kemarin" and "sehari
# setelah" (the day before the report).
_DAY_NAME = re.compile(
    r"\b(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|kemarin|sehari (?:setelah|sesudah|usai))\b"
)
# "(11/2)", "Selasa, 11/2": a day and month without a year (never part of a longer date).
_PARTIAL_DATE = re.compile(r"(?<![\d/])([0-3]?\d)/([01]?\d)(?![\d/])")
_MONTHS = {
    m: i + 1 for i, m in enumerate("jan feb mar apr mei jun jul agu sep okt nov des".split())
} | {"may": 5, "aug": 8, "oct": 10, "dec": 12}
_MENTIONED_DATE = re.compile(
    r"\b(?P<day>[0-3]?\d)\s+(?P<month>Jan|Feb|Mar|Apr|Mei|May|Jun|Jul|Agu|Aug|Sep|Okt|Oct|Nov|"
    r"Des|Dec)[a-z]*\.?\s+(?P<year>(?:19|20)\d\d)\b"
    r"|\((?P<d>[0-3]?\d)/(?P<m>[01]?\d)/(?P<y>(?:19|20)\d\d)\)",
    re.IGNORECASE,
)


def day_number(published: str | None) -> int:
    """Return the day (days since 1970-01-01) of an ISO date, or NO_DAY when absent or invalid."""
    if not published:
        return NO_DAY
    try:
        return (date.fromisoformat(published[:10]) - date(1970, 1, 1)).days
    except ValueError:
        return NO_DAY


# A date after a day name, the form a report dates what it reports by ("Senin (20/10/2025)",
# "(Senin, 20/10)"); the dates a quote or a background paragraph names ("penangkapan pada 17
# Oktober 2025") come without one.
_WEEKDAY_DATE = re.compile(
    r"\b(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)\s*,?\s*\(?\s*(?:[A-Z][a-z]+,?\s*)?"
    r"(?P<d>[0-3]?\d)/(?P<m>[01]?\d)(?:/(?P<y>(?:19|20)\d\d))?\)"
)
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\W*$")


def mentioned_days(text: str) -> list[int]:
    """Return the full dates an article mentions ("19 Juni 2024", "(13/9/2023)"), in order."""
    return [day for day, _ in _mentioned(text)]


def _bound(text: str, start: int) -> bool:
    """Whether the word before ``start`` makes a date a period's bound ("hingga 17 Oktober")."""
    return _word_before(text, start) in lexicon.lowered("date_bound_words.txt")


def _since(text: str, start: int) -> bool:
    """Whether a day is named as the start of what still goes on ("sejak Minggu")."""
    return _word_before(text, start) in lexicon.lowered("since_words.txt")


def _word_before(text: str, start: int) -> str:
    """Return the lower-cased word just before ``start`` ("" when none is near)."""
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return before.group(1).lower() if before else ""


def _event_dates(
    day: int, text: str, *, partial: bool = False, mentioned: list[tuple[int, int]] | None = None
) -> list[int]:
    """Return the dates that may name a dated report's event: those after a day name first
    (with ``partial``, year-less ones too, their years taken from ``day``), then the other
    full dates that bound no period; in text order within each. ``mentioned`` is
    ``_mentioned(text)`` when the caller has it already."""
    year = (_EPOCH + timedelta(days=day)).year
    weekday = []
    for match in _WEEKDAY_DATE.finditer(text):
        if not (partial or match.group("y")):
            continue
        for guess in ((int(match.group("y")),) if match.group("y") else (year, year - 1)):
            try:
                moment = date(guess, int(match.group("m")), int(match.group("d")))
                candidate = (moment - _EPOCH).days
            except ValueError:
                break
            if candidate <= day:
                weekday.append(candidate)
                break
    if mentioned is None:
        mentioned = _mentioned(text)
    others = [d for d, start in mentioned if not _bound(text, start)]
    return weekday + others


def _mentioned(text: str) -> list[tuple[int, int]]:
    """Return the full dates a text mentions with where each starts, in order."""
    days = []
    for match in _MENTIONED_DATE.finditer(text):
        if match.group("month"):
            day, month = int(match.group("day")), _MONTHS[match.group("month").lower()[:3]]
            year = int(match.group("year"))
        else:
            day, month, year = (int(match.group(k)) for k in ("d", "m", "y"))
        try:
            days.append(((date(year, month, day) - date(1970, 1, 1)).days, match.start()))
        except ValueError:
            continue
    return days


def event_day(published: str | None, text: str) -> int:
    """Return the day an article reports on.

    The first date it mentions from EVENT_LOOKBACK_DAYS before its publication up to the
    publication day ("Senin (4/3/2024)" in a report published on Tuesday), else its
    publication day, else (undated) the first full date it mentions: for an undated article
    only a hint, which never counts towards a story's date (``kabar.stories.events``).
    """
    day = day_number(published)
    if day == NO_DAY:
        mentioned = mentioned_days(text)
        return mentioned[0] if mentioned else NO_DAY
    for candidate in _event_dates(day, text):
        if 0 <= day - candidate <= EVENT_LOOKBACK_DAYS:
            return candidate
    return day


@dataclass(frozen=True)
class DayMentions:
    """The days a dated article names near its publication.

    ``named`` is the day of the event the article itself dates ("Selasa (11/2/2025)",
    "Selasa (11/2)") within EVENT_LOOKBACK_DAYS of publication, or NO_DAY when it names none;
    ``referenced`` holds the days within REFERENCE_LOOKBACK_DAYS it names as the start of what
    still goes on (a date or a day name after "sejak": ``since_words.txt``), the days of one
    lasting event a later report still belongs to, named in its lead (``_lead_end``); a day
    recalled as background ("gempa yang mengguncang Rabu subuh") is not one. ``dated`` holds
    every day within EVENT_LOOKBACK_DAYS it dates as ``named`` is read (the arrest "pada Minggu
    malam, 20 Juli" and the press conference "Senin, 21 Juli" of one report).
    """

    named: int = NO_DAY
    referenced: frozenset[int] = frozenset()
    dated: frozenset[int] = frozenset()


def day_mentions(published: str | None, text: str) -> DayMentions:
    """Return the event day a dated article names and the recent days it refers to."""
    day = day_number(published)
    if day == NO_DAY:
        return DayMentions()
    referenced: set[int] = set()
    # the text's full and year-less dates, read once for both uses below
    mentioned, partial = _mentioned(text), _partial_dates(day, text)
    lead = _lead_end(text)
    for candidate, start in mentioned:
        if start < lead and 0 <= day - candidate <= REFERENCE_LOOKBACK_DAYS and _since(
            text, start
        ):
            referenced.add(candidate)
    recent = [
        candidate
        for candidate in _event_dates(day, text, partial=True, mentioned=mentioned) + partial
        if 0 <= day - candidate <= EVENT_LOOKBACK_DAYS
    ]
    named = recent[0] if recent else NO_DAY
    weekday = (day + 3) % 7  # 1970-01-01 was a Thursday; 0 is Monday
    for match in _DAY_NAME.finditer(text, 0, lead):
        if not _since(text, match.start()):
            continue
        name = match.group(0).lower()
        if name == "kemarin" or name.startswith("sehari"):
            referenced.add(day - 1)
            continue
        back = (weekday - _WEEKDAYS[name]) % 7
        referenced.add(day - back)
    return DayMentions(named, frozenset(referenced), frozenset(recent))


def _lead_end(text: str) -> int:
    """Return where a headline-and-body text's lead ends: after the headline's line and the
    body's paragraphs up to the first that ends LEAD_MIN_CHARS or more into the body (a
    partner outlet's one-line header comes before the lead; the whole text when it has no
    paragraphs).

    The start of what still goes on that a report belongs to is told in its lead ("Banjir
    yang melanda sejak Minggu (9/2) ..."); a later paragraph's "sejak" recalls the background
    of another event (a state of emergency "terhitung sejak 3 September" in a report of the
    search's second day).
    """
    title_end = text.find("\n")
    if title_end < 0:
        return len(text)
    body = text[title_end + 1 :]
    start = len(body) - len(body.lstrip())
    end = body.find("\n", start + LEAD_MIN_CHARS)
    return len(text) if end < 0 else title_end + 1 + end


def _partial_dates(day: int, text: str) -> list[int]:
    """Return the year-less dates ("(11/2)") of a text, years taken from ``day``."""
    out = []
    year = (date(1970, 1, 1) + timedelta(days=day)).year
    for match in _PARTIAL_DATE.finditer(text):
        for guess in (year, year - 1):  # a January report may name a December day
            try:
                candidate = (date(guess, int(match.group(2)), int(match.group(1))) - _EPOCH).days
            except ValueError:
                break
            if candidate <= day:
                out.append(candidate)
                break
    return out


UNDATED_MINUTE = 2**62  # the minute_number of an article without a publication time


def minute_number(published: str | None) -> int:
    """Return minutes since 1970 (UTC when an offset is given) of an ISO time; large when absent."""
    if not published:
        return UNDATED_MINUTE
    try:
        moment = datetime.fromisoformat(published)
    except ValueError:
        day = day_number(published)
        return UNDATED_MINUTE if day == NO_DAY else day * 1440
    if moment.tzinfo is not None:
        return int(moment.timestamp() // 60)
    return int((moment - datetime(1970, 1, 1)).total_seconds() // 60)


# Day-and-month dates a text names, with or without a year: "(24/6)", "Senin (24/6/2017)",
# "(Senin, 24/6)", "24 Juni", "24 Juni 2017". Bare "24/7" outside parentheses is left out
# ("buka 24/7", fractions).
_DAY_MONTH = re.compile(
    r"\((?:[A-Z][a-z]+,?\s*)?(?P<d>[0-3]?\d)/(?P<m>[01]?\d)(?:/(?:19|20)?\d\d)?\)"
    r"|\b(?P<day>[0-3]?\d)\s+(?P<month>Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|"
    r"September|Oktober|November|Desember)\b"
)
_MONTH_NAMES = {
    m: i + 1
    for i, m in enumerate(
        "januari februari maret april mei juni juli agustus september oktober november "
        "desember".split()
    )
}


def day_month(day: int) -> int:
    """Return the day-and-month code (month * 32 + day of month) of a day number."""
    moment = _EPOCH + timedelta(days=day)
    return moment.month * 32 + moment.day


def day_months(text: str) -> tuple[int, ...]:
    """Return the day-and-month codes (``day_month``) of the dates a text names, in order."""
    codes: dict[int, None] = {}
    for match in _DAY_MONTH.finditer(text):
        if match.group("d"):
            day, month = int(match.group("d")), int(match.group("m"))
        else:
            day, month = int(match.group("day")), _MONTH_NAMES[match.group("month").lower()]
        if 1 <= day <= 31 and 1 <= month <= 12:
            codes[month * 32 + day] = None
    return tuple(codes)
