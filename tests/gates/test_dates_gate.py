"""Quality gate for dates: every Detik ``tanggal`` read through the CSV reader, day and month right.

The figures come from ``benchmarks/eval_dates.py --json``, run as a script. The column is
month-first (``10/17/2025 17:00``); the reader must settle that from the values. Measured: all
1,000 rows read, all 1,000 with the right day and month, every one from the column itself.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from benchmark_script import run_benchmark

DETIK_ROWS = 1000
MIN_DAY_AND_MONTH_RIGHT = 1.0


@pytest.fixture(scope="module")
def date_figures() -> dict[str, Any]:
    """Run the evaluation script and return its JSON figures."""
    figures: dict[str, Any] = run_benchmark("eval_dates.py", "--json")
    return figures


@pytest.mark.slow
def test_every_detik_date_is_read_right(shared_dir: Path, date_figures: dict[str, Any]) -> None:
    """Each row is one article, each dated from its own column, day and month right."""
    assert date_figures["rows"] == DETIK_ROWS
    assert date_figures["articles"] == DETIK_ROWS
    assert date_figures["read"] == DETIK_ROWS
    assert date_figures["day_and_month_right"] >= MIN_DAY_AND_MONTH_RIGHT
    assert date_figures["future_dates"] == 0
    assert date_figures["date_source"] == {"metadata": DETIK_ROWS}
