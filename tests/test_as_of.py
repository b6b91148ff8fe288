"""Reproducible runs: ``kabar analyze --as-of`` fixes the moment the inputs count as read."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from click.testing import CliRunner

from kabar.cli import main
from kabar.meta.dates import read_moment

RECORD = {
    "title": "Pemkot Rembang Tambah Armada Sampah",
    "body": "Pemerintah Kota Rembang menambah dua puluh armada angkutan sampah untuk melayani "
    "permukiman padat di pesisir utara. Armada baru mulai beroperasi pekan depan.",
    "published": "2026-12-10T09:00:00+07:00",
}


def _published(tmp_path: Path, as_of: str) -> tuple[str | None, str]:
    source = tmp_path / "a.jsonl"
    source.write_text(json.dumps(RECORD), encoding="utf-8")
    out = tmp_path / f"{as_of[:10]}.json"
    result = CliRunner().invoke(
        main,
        ["analyze", str(source), "--db", str(tmp_path / f"{as_of[:10]}.db"), "--json", str(out),
         "--as-of", as_of, "-q"],
    )
    assert result.exit_code == 0, result.output
    (article,) = json.loads(out.read_text(encoding="utf-8"))["articles"]
    return article["published"], result.output


def test_a_date_after_the_moment_of_reading_is_dropped_and_before_it_kept(tmp_path: Path) -> None:
    published, output = _published(tmp_path, "2026-12-01")
    assert published is None
    assert "after the time of analysis" in output
    published, _ = _published(tmp_path, "2026-12-31T00:00:00Z")
    assert published is not None and published.startswith("2026-12-10")


def test_a_bad_moment_is_refused_in_one_line(tmp_path: Path) -> None:
    source = tmp_path / "a.jsonl"
    source.write_text(json.dumps(RECORD), encoding="utf-8")
    result = CliRunner().invoke(
        main, ["analyze", str(source), "--db", str(tmp_path / "k.db"), "--as-of", "kemarin"]
    )
    assert result.exit_code != 0
    assert "kemarin" in result.output and "Traceback" not in result.output


def test_a_bare_date_is_the_end_of_that_day_in_wib() -> None:
    moment = read_moment("2026-12-07")
    assert moment is not None
    assert moment.astimezone(UTC) == datetime(2026, 12, 7, 16, 59, 59, 999999, tzinfo=UTC)
    assert read_moment(None) is None
