"""CSV and TSV input: one article per row, rows and files rejected with a reason, dates in order."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from kabar.errors import InputError
from kabar.ingest import read_file, read_source
from kabar.models import RawDocument, Reject

BODY_ONE = (
    "Warga Desa Sukamaju menggelar panen raya jagung, Senin (3/6/2024).\n"
    "“Hasilnya jauh lebih baik,” kata Kepala Desa Sukamaju, Darmawan Putra."
)
BODY_TWO = "Pemerintah Kota Tanjung Mas membuka pasar murah di tiga kecamatan."


def _csv(rows: list[list[str]], delimiter: str = ",") -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\n").writerows(rows)
    return out.getvalue()


def _documents(results: list[RawDocument | Reject]) -> list[RawDocument]:
    return [r for r in results if isinstance(r, RawDocument)]


def test_each_row_is_an_article_with_json_field_names(tmp_path: Path) -> None:
    """Indonesian column names map to the fields; a quoted multi-line body stays one field."""
    path = tmp_path / "berita.csv"
    path.write_text(
        _csv(
            [
                ["id", "Judul", "tautan", "tanggal", "isi_berita", "penulis"],
                ["1", "Panen Raya Jagung", "https://contoh.id/a", "25/6/2024 10:00", BODY_ONE, ""],
                ["2", "Pasar Murah Dibuka", "https://contoh.id/b", "26/6/2024 09:15", BODY_TWO, ""],
            ]
        ),
        encoding="utf-8",
    )
    first, second = read_file(path)
    assert first.title == "Panen Raya Jagung"
    assert first.url == "https://contoh.id/a"
    assert first.text == BODY_ONE
    assert first.source == f"{path}:2"
    # The first body spans two physical lines: the second row starts on line 4.
    assert second.source == f"{path}:4"
    assert second.title == "Pasar Murah Dibuka"
    assert first.published == "2024-06-25 10:00"


def test_tsv_is_read_with_tabs(tmp_path: Path) -> None:
    path = tmp_path / "feed.tsv"
    path.write_text(
        _csv([["title", "body", "outlet"], ["Pasar Murah", BODY_TWO, "Warta Kota"]], "\t"),
        encoding="utf-8",
    )
    (document,) = read_file(path)
    assert document.outlet == "Warta Kota"
    assert document.text == BODY_TWO


def test_a_row_without_body_is_rejected_by_line(tmp_path: Path) -> None:
    path = tmp_path / "b.csv"
    path.write_text(
        _csv([["judul", "isi_berita"], ["Ada", BODY_TWO], ["Kosong", "  "], ["Lagi", BODY_TWO]]),
        encoding="utf-8",
    )
    results = read_source(str(path))
    rejects = [r for r in results if isinstance(r, Reject)]
    assert [r.source for r in rejects] == [f"{path}:3"]
    assert "no body" in rejects[0].reason
    assert len(_documents(results)) == 2


def test_a_table_without_body_column_is_one_reject(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text(_csv([["judul", "tanggal"], ["Ada", "1/2/2024"]]), encoding="utf-8")
    (reject,) = read_source(str(path))
    assert isinstance(reject, Reject)
    assert reject.source == str(path)
    assert "no body column" in reject.reason and "\n" not in reject.reason
    with pytest.raises(InputError):
        read_file(path)


def test_month_first_column_settles_ambiguous_values(tmp_path: Path) -> None:
    """One value with a second number over 12 makes the whole column month-first."""
    path = tmp_path / "d.csv"
    path.write_text(
        _csv(
            [
                ["tanggal", "isi_berita"],
                ["10/17/2025 17:00", BODY_ONE],
                ["10/5/2025 08:30", BODY_TWO],
                ["3/4/2025", BODY_TWO + " Lagi."],
            ]
        ),
        encoding="utf-8",
    )
    dates = [d.published for d in read_file(path)]
    assert dates == ["2025-10-17 17:00", "2025-10-05 08:30", "2025-03-04"]


def test_day_first_is_the_default_and_settled_by_a_day_over_12(tmp_path: Path) -> None:
    settled = tmp_path / "e.csv"
    settled.write_text(
        _csv([["tanggal", "isi_berita"], ["17/10/2025", BODY_ONE], ["5/10/2025", BODY_TWO]]),
        encoding="utf-8",
    )
    assert [d.published for d in read_file(settled)] == ["2025-10-17", "2025-10-05"]
    unsettled = tmp_path / "f.csv"
    unsettled.write_text(
        _csv([["tanggal", "isi_berita"], ["5/10/2025", BODY_TWO]]), encoding="utf-8"
    )
    assert [d.published for d in read_file(unsettled)] == ["2025-10-05"]


def test_json_list_settles_its_date_order_too(tmp_path: Path) -> None:
    path = tmp_path / "g.jsonl"
    path.write_text(
        '{"tanggal": "12/25/2024", "body": "Satu."}\n{"tanggal": "1/2/2025", "body": "Dua."}\n',
        encoding="utf-8",
    )
    assert [d.published for d in read_file(path)] == ["2024-12-25", "2025-01-02"]

