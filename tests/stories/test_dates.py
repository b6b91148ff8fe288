"""Dates: publication day, mentioned dates, the day of the reported event, minutes."""

from __future__ import annotations

from kabar.stories import dates


def test_dates_from_published_and_from_text() -> None:
    assert dates.day_number("2024-06-19T13:30+07:00") == 19893
    assert dates.day_number(None) == dates.NO_DAY
    assert dates.day_number("kemarin") == dates.NO_DAY
    assert dates.mentioned_days("pada Rabu, 19 Juni 2024.") == [19893]
    assert dates.mentioned_days("Rabu (13/9/2023).") == [dates.day_number("2023-09-13")]
    assert dates.mentioned_days("sejak 24 Maret lalu") == []
    assert dates.minute_number("2024-06-19T07:00+07:00") == 19893 * 1440


def test_event_day_prefers_a_recent_mentioned_date() -> None:
    monday = dates.day_number("2025-02-10")
    text = "Sejak 1 Januari 2025 warga waspada. Banjir terjadi Minggu (9/2/2025) malam."
    assert dates.event_day("2025-02-10T09:00+07:00", text) == monday - 1
    assert dates.event_day("2025-02-20", text) == monday + 10  # too old: background
    assert dates.event_day(None, text) == dates.day_number("2025-01-01")
    assert dates.event_day(None, "tanpa tanggal") == dates.NO_DAY
