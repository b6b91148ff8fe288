"""Where a date comes from, dates after the analysis, numeric order, and the notes of a run."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kabar import api
from kabar.clean import clean
from kabar.meta.dates import column_day_first, is_future, order_numeric, read_published
from kabar.models import RawDocument

NOW = datetime(2025, 6, 20, 3, 0, tzinfo=UTC)  # 10:00 WIB on 20 June 2025
STORY = (
    "Petani Cabai Temanggung Panen Lebih Awal\n"
    "Petani cabai di Temanggung memanen lebih awal, Senin (16/6/2025), karena hujan.\n"
    "Harga di tingkat petani naik dua kali lipat dibanding bulan lalu."
)


def _reading(raw: RawDocument, now: datetime = NOW) -> tuple[str | None, str | None, tuple]:
    date = read_published(raw, clean(raw), now=now)
    return date.published, date.source, date.notes


def test_metadata_date_is_marked_metadata() -> None:
    raw = RawDocument("a.json", STORY, "json", published="2025-06-17T08:00:00+07:00")
    assert _reading(raw)[:2] == ("2025-06-17T08:00+07:00", "metadata")


def test_body_date_is_a_flagged_fallback() -> None:
    raw = RawDocument("a.txt", STORY, "text")
    assert _reading(raw)[:2] == ("2025-06-16", "body")


def test_date_line_is_marked_page() -> None:
    raw = RawDocument("a.txt", STORY.replace("\n", "\nSenin, 16 Jun 2025 19:30 WIB\n", 1), "text")
    assert _reading(raw)[:2] == ("2025-06-16T19:30+07:00", "page")


def test_future_date_is_dropped_with_a_note_and_the_next_place_read() -> None:
    """A typo year in the metadata (2026 for 2025) never dates the article."""
    raw = RawDocument("a.json", STORY, "json", published="17/06/2026")
    published, source, notes = _reading(raw)
    assert (published, source) == ("2025-06-16", "body")
    assert notes == ("date 2026-06-17 is after the time of analysis; dropped",)


def test_only_future_dates_leave_no_date() -> None:
    raw = RawDocument("a.txt", STORY.replace("2025", "2026"), "text")
    published, source, notes = _reading(raw)
    assert published is None and source is None and len(notes) == 1


def test_today_in_wib_is_not_the_future() -> None:
    """At 10:00 WIB on 20 June the date 20 June is today, though UTC has the same day too."""
    assert not is_future("2025-06-20", NOW)
    assert is_future("2025-06-21", NOW)
    assert not is_future("2025-06-20T09:59+07:00", NOW)
    assert is_future("2025-06-20T10:01", NOW)  # no zone: read as WIB
    late = datetime(2025, 6, 20, 18, 0, tzinfo=UTC)  # 01:00 WIB on 21 June
    assert not is_future("2025-06-21", late)


def test_utc_time_becomes_the_newsrooms_day() -> None:
    """Published 00:45 WIB on 17 June: the page's ISO time says 16 June 17:45Z."""
    raw = RawDocument("a.html", STORY, "html", published="2025-06-16T17:45:00Z")
    assert _reading(raw)[0] == "2025-06-17T00:45+07:00"


@pytest.mark.parametrize(
    ("values", "day_first"),
    [
        (["10/17/2025 17:00", "10/5/2025 08:00"], False),
        (["17/10/2025", "5/10/2025"], True),
        (["5/10/2025", "3/4/2025"], True),  # no evidence: Indonesian day-first
        (["2025-10-17", None, ""], True),
        (["10/17/2025", "10/18/2025", "13/10/2025"], False),  # the majority settles it
    ],
)
def test_column_day_first(values: list[str | None], day_first: bool) -> None:
    assert column_day_first(values) is day_first


@pytest.mark.parametrize(
    ("value", "day_first", "iso"),
    [
        ("10/5/2025 08:30", False, "2025-10-05 08:30"),
        ("10/5/2025 08:30", True, "2025-05-10 08:30"),
        ("10/17/2025", True, "2025-10-17"),  # the value itself settles its own order
        ("5-1-24", True, "2024-01-05"),
        ("31/2/2025", True, "31/2/2025"),  # no such day either way: left for the parser
        ("2025-06-16T17:45:00Z", True, "2025-06-16T17:45:00Z"),
    ],
)
def test_order_numeric(value: str, day_first: bool, iso: str) -> None:
    assert order_numeric(value, day_first=day_first) == iso


def test_run_notes_missing_dates_and_exports_date_source(tmp_path: Path) -> None:
    undated = tmp_path / "tanpa.txt"
    undated.write_text(
        "Warga Gotong Royong Bersihkan Sungai\nWarga membersihkan sungai di kampung mereka.\n"
        "Kegiatan itu diikuti ratusan orang dari tiga RW.",
        encoding="utf-8",
    )
    dated = tmp_path / "ada.txt"
    dated.write_text(STORY, encoding="utf-8")
    result = api.analyze([str(undated), str(dated)])
    assert [(n.source, n.message) for n in result.notes] == [
        (str(undated), "no publication date could be read")
    ]
    sources = {a.source: a.date_source for a in result.articles}
    assert sources == {str(undated): None, str(dated): "body"}
    store = api.open_store()
    try:
        stored = api.analyze([str(dated)], store)
        document = api.export_run(stored, store)
    finally:
        store.close()
    assert document["articles"][0]["date_source"] == "body"


def _analyze_quietly(table: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """Run ``kabar analyze TABLE -q`` into a fresh store as a user would."""
    command = [sys.executable, "-m", "kabar", "analyze", str(table), "-q"]
    return subprocess.run(
        [*command, "--db", str(tmp_path / "k.db")], capture_output=True, text=True, check=False
    )


def test_cli_says_on_stderr_when_a_row_has_no_date(tmp_path: Path) -> None:
    table = tmp_path / "t.csv"
    table.write_text(
        "judul,isi_berita,tanggal\n"
        'Warga Gotong Royong,"Warga membersihkan sungai di kampung mereka.",\n'
        f'Petani Cabai,"{STORY.splitlines()[1]}",16/6/2025\n',
        encoding="utf-8",
    )
    done = _analyze_quietly(table, tmp_path)
    assert done.returncode == 0, done.stderr
    assert f"kabar: {table}:2: no publication date could be read\n" in done.stderr
    assert f"{table}:3" not in done.stderr


def test_cli_counts_undated_rows_past_the_first_ten_in_one_line(tmp_path: Path) -> None:
    table = tmp_path / "t.csv"
    rows = [
        f'Warga Desa {n} Bersih Sungai,"Warga desa nomor {n} membersihkan sungai bersama.",'
        for n in range(25)
    ]
    table.write_text("judul,isi_berita,tanggal\n" + "\n".join(rows) + "\n", encoding="utf-8")
    done = _analyze_quietly(table, tmp_path)
    assert done.returncode == 0, done.stderr
    named = [line for line in done.stderr.splitlines() if line.startswith(f"kabar: {table}:")]
    assert len(named) == 10
    assert named[0] == f"kabar: {table}:2: no publication date could be read"
    assert "kabar: 15 more inputs: no publication date could be read\n" in done.stderr
