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


def test_a_report_dates_its_event_by_a_day_name_and_no_period_bound_is_its_event() -> None:
    monday = dates.day_number("2025-10-20")
    # the date a quote names comes first, the day the report dates its statement by after it
    quoted = (
        '"Kami menerima kabar penangkapan itu pada 17 Oktober 2025," kata juru bicara '
        "kedutaan dalam keterangannya, Minggu (19/10/2025)."
    )
    assert dates.event_day("2025-10-20T12:00+07:00", quoted) == monday - 1
    assert dates.day_mentions("2025-10-20T12:00+07:00", quoted).named == monday - 1
    # a figure counted up to a day is not an event of that day
    counted = "Penerimaan kantor itu naik menjadi Rp 8 triliun hingga 17 Oktober 2025."
    assert dates.event_day("2025-10-20", counted) == monday
    assert dates.day_mentions("2025-10-20", counted).named == dates.NO_DAY
    # ... nor the start of a lasting one; "sejak 17 Oktober" is
    assert monday - 3 not in dates.day_mentions("2025-10-20", counted).referenced
    since = counted.replace("hingga", "sejak")
    assert monday - 3 in dates.day_mentions("2025-10-20", since).referenced


def test_only_the_lead_names_the_start_of_what_the_report_still_belongs_to() -> None:
    thursday = dates.day_number("2025-09-04")
    lead = "Gempa Guncang Lembah\nTim SAR mencari korban sejak Rabu (3/9/2025) pagi.\n\nLain."
    assert dates.day_mentions("2025-09-04", lead).referenced == {thursday - 1}
    later = (
        "Korban Gempa Jadi 8\nJumlah korban meninggal akibat gempa di Kabupaten Lembah "
        "bertambah menjadi delapan orang per Kamis (4/9) siang. Tim SAR gabungan masih mencari "
        "dua warga yang tertimbun longsor.\n\n"
        "Status tanggap darurat berlaku terhitung sejak 3 September 2025."
    )
    # a one-line header before the lead is not the lead
    header = "Gempa Guncang Lembah\nLaporan media mitra.\n\n" + lead.split("\n", 1)[1]
    assert dates.day_mentions("2025-09-04", header).referenced == {thursday - 1}
    found = dates.day_mentions("2025-09-04", later)
    assert found.named == thursday and found.referenced == frozenset()
