"""Days and times of articles: publication day, the day of the reported event, minutes.

Days are counted from 1970-01-01; NO_DAY stands for an unknown day.
"""

from __future__ import annotations

import re
from datetime import date, datetime

NO_DAY = -(2**31)
# A report names the day of its event at most this many days before publication ("Minggu
# (9/2/2025) malam" in a Monday article); older dates it mentions are background.
EVENT_LOOKBACK_DAYS = 3
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


def mentioned_days(text: str) -> list[int]:
    """Return the full dates an article mentions ("19 Juni 2024", "(13/9/2023)"), in order."""
    days = []
    for match in _MENTIONED_DATE.finditer(text):
        if match.group("month"):
            day, month = int(match.group("day")), _MONTHS[match.group("month").lower()[:3]]
            year = int(match.group("year"))
        else:
            day, month, year = (int(match.group(k)) for k in ("d", "m", "y"))
        try:
            days.append((date(year, month, day) - date(1970, 1, 1)).days)
        except ValueError:
            continue
    return days



def event_day(published: str | None, text: str) -> int:
    """Return the day an article reports on.

    The first date it mentions from EVENT_LOOKBACK_DAYS before its publication up to the
    publication day ("Senin (4/3/2024)" in a report published on Tuesday), else its
    publication day, else (undated) the first full date it mentions.
    """
    day = day_number(published)
    mentioned = mentioned_days(text)
    if day == NO_DAY:
        return mentioned[0] if mentioned else NO_DAY
    for candidate in mentioned:
        if 0 <= day - candidate <= EVENT_LOOKBACK_DAYS:
            return candidate
    return day


def minute_number(published: str | None) -> int:
    """Return minutes since 1970 (UTC when an offset is given) of an ISO time; large when absent."""
    if not published:
        return 2**62
    try:
        moment = datetime.fromisoformat(published)
    except ValueError:
        day = day_number(published)
        return 2**62 if day == NO_DAY else day * 1440
    if moment.tzinfo is not None:
        return int(moment.timestamp() // 60)
    return int((moment - datetime(1970, 1, 1)).total_seconds() // 60)


