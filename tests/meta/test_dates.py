"""Publication date: page fields, date lines above the story, the URL, weekday dates in the story."""

from __future__ import annotations

import pytest

from kabar.clean import clean
from kabar.meta import describe
from kabar.meta.dates import find_published, parse_date
from kabar.models import Cleaned, Findings, Metadata, RawDocument


def _describe(raw: RawDocument) -> Metadata:
    """Clean then describe."""
    return describe(raw, clean(raw))


@pytest.mark.parametrize(
    ("text", "require_day", "iso"),
    [
        ("Kompas dunia | 19 Juni 2024, 13:30 WIB", False, "2024-06-19T13:30+07:00"),
        ("Kamis, 4/7/2024 10:15 WIB", False, "2024-07-04T10:15+07:00"),
        ("Makassar, Jumat (5/1/2024) pukul 08.30 WITA", False, "2024-01-05T08:30+08:00"),
        ("Jayapura | 12 Agustus 2025 19:00 WIT", False, "2025-08-12T19:00+09:00"),
        ("kata dia, Rabu (13/9/2023), di Jakarta.", True, "2023-09-13"),
        ("seperti dikutip Newsweek, Rabu 13 September 2023.", True, "2023-09-13"),
        ("June 19, 2024", False, "2024-06-19"),
        ("2024-06-19T13:30:00+07:00", False, "2024-06-19T13:30+07:00"),
        ("2024-06-19T06:30:00Z", False, "2024-06-19T13:30+07:00"),
        ("2025-06-16T17:45:00Z", False, "2025-06-17T00:45+07:00"),
        ("2025-06-16T19:45:00+02:00", False, "2025-06-17T00:45+07:00"),
        ("10/17/2025 17:00", False, "2025-10-17T17:00"),
        ("2017-03-28", False, "2017-03-28"),
        ("tiba di Jakarta, Rabu malam (13/9/2023), lalu", True, "2023-09-13"),
        ("Diperbarui 15 Jan 2024, 12:45 WIB", False, "2024-01-15T12:45+07:00"),
        ("2024/03/05 19:22:41", False, "2024-03-05T19:22"),
        ("Senin, 19 Agustus 2024 - 15:50 WIB", False, "2024-08-19T15:50+07:00"),
        ("pertama kali pada bulan Desember 2022 dan sejak 2019", True, None),
        ("Laga final digelar 17 September 2017 di Seoul.", True, None),
        ("Jadwal 31/2/2024 keliru", False, None),
        ("Senin, 12 Agustus 2024 / 10:15 WIB", False, "2024-08-12T10:15+07:00"),
        ("Aug 12, 2024 3:15 PM", False, "2024-08-12T15:15"),
        ("12 August 2024 10:15", False, "2024-08-12T10:15"),
        # a feed's RFC 822 time: UTC late in the evening is the next day in Jakarta
        ("Sun, 14 Sep 2025 17:05:00 +0000", False, "2025-09-15T00:05+07:00"),
        ("Sun, 14 Sep 2025 17:05:00 GMT", False, "2025-09-15T00:05+07:00"),
        # a span of hours is no zone offset
        ("Senin, 15 September 2025 pukul 10:00-12:00 WIB", False, "2025-09-15T10:00"),
    ],
)
def test_parse_date(text: str, require_day: bool, iso: str | None) -> None:
    """Indonesian, English and ISO dates become ISO; bare event years do not."""
    assert parse_date(text, require_day=require_day) == iso


def test_date_inside_quote_is_not_the_publication_date() -> None:
    """A weekday date inside a quotation belongs to the speaker, not the article."""
    raw = RawDocument(
        source="t.txt",
        text=(
            "Rapat Pleno Digelar Pekan Depan\n"
            "“Rapatnya Senin (10/3/2025), kami sudah siap,” kata Ketua KPU Kota Bogor Hendra "
            "Wiratama.\n"
            "Persiapan rapat dilakukan sejak awal bulan."
        ),
        format="text",
    )
    assert _describe(raw).published is None


def test_updated_time_is_not_the_publication_time() -> None:
    """An updated ("Diperbarui") time comes second even when it is printed first."""
    raw = RawDocument(
        source="t.txt",
        text=(
            "Harga Cabai Naik Lagi di Pasar Induk\n"
            "Diperbarui 15 Jan 2024, 12:45 WIB\n"
            "15 Jan 2024, 12:30 WIB\n"
            "Harga cabai rawit naik lagi di pasar induk pagi ini."
        ),
        format="text",
    )
    assert _describe(raw).published == "2024-01-15T12:30+07:00"


def test_date_lines_come_from_the_findings() -> None:
    """The first date line that parses wins, an updated time only when nothing else does."""
    raw = RawDocument(source="x.txt", text="", format="text")
    lines = ("Diperbarui 15 Jan 2024, 12:45 WIB", "Warta Solo", "15 Jan 2024, 12:30 WIB")
    cleaned = Cleaned(title=None, paragraphs=(), findings=Findings(date_lines=lines))
    assert find_published(raw, cleaned) == "2024-01-15T12:30+07:00"
    updated_only = Cleaned(title=None, paragraphs=(), findings=Findings(date_lines=lines[:2]))
    assert find_published(raw, updated_only) == "2024-01-15T12:45+07:00"
