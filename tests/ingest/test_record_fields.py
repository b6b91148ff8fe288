"""Records as other scrapers write them: their field names and Unix-time dates."""

from __future__ import annotations

from kabar.ingest.records import document_from_record
from kabar.meta.dates import epoch_date

BODY = "Pemerintah Kota Rembang menambah armada angkutan sampah untuk permukiman pesisir."


def test_news_please_fields_are_read() -> None:
    document = document_from_record(
        {"title": "Armada Sampah", "maintext": BODY, "date_publish": "2025-06-18T17:30:00Z",
         "source_domain": "www.suara.com", "authors": ["Laras Kinanti"]},
        "np.jsonl#1",
    )
    assert document.text == BODY
    assert document.published == "2025-06-18T17:30:00Z"
    assert document.outlet == "www.suara.com"
    assert document.authors == ("Laras Kinanti",)


def test_a_feed_byline_and_headline_are_read() -> None:
    document = document_from_record(
        {"headline": "Armada Sampah", "body": BODY, "byline": ["Laras Kinanti", "Dimas Arya"]},
        "feed.jsonl#1",
    )
    assert document.title == "Armada Sampah"
    assert document.authors == ("Laras Kinanti", "Dimas Arya")


def test_feed_reader_fields_are_read() -> None:
    """A feed reader's record: the body under content_text (or content:encoded), the writer
    under dc_creator."""
    document = document_from_record(
        {"headline": "Armada Sampah", "content_text": BODY, "dc_creator": "Laras Kinanti",
         "pubDate": "Sun, 14 Sep 2025 17:05:00 +0000"},
        "feed.jsonl#3",
    )
    assert document.text == BODY
    assert document.authors == ("Laras Kinanti",)
    encoded = document_from_record({"content:encoded": BODY, "dc:creator": "Dimas Arya"}, "f#4")
    assert (encoded.text, encoded.authors) == (BODY, ("Dimas Arya",))


def test_unix_times_in_seconds_and_milliseconds_are_utc_times() -> None:
    # 2025-08-19 04:05 UTC is 11:05 WIB: the reader moves a UTC time to the newsroom's day
    assert epoch_date(1755576300000) == "2025-08-19T04:05:00Z"
    assert epoch_date("1755576300") == "2025-08-19T04:05:00Z"
    document = document_from_record({"body": BODY, "published": 1755576300000}, "feed.jsonl#2")
    assert document.published == "2025-08-19T04:05:00Z"


def test_numbers_that_are_not_unix_times_are_left_alone() -> None:
    assert epoch_date("20250819") is None  # a compact date, not seconds
    assert epoch_date(True) is None
    assert epoch_date("17/10/2025") is None
    assert epoch_date(99999999999999) is None  # 14 digits
