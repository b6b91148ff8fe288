"""Quality gate for cleaning: on 200 Detik rows ads vanish, story sentences stay, cleaning is
idempotent. The figures come from ``benchmarks/eval_clean.py --detik-gate 200 --json``, run as
a script.

Floors sit a little below what was measured with the same counting on the first 200 rows:
100 % of rows lost every ad line, 99.9 % of story sentences were kept, 98.5 % of rows kept
at least 95 % of theirs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from benchmark_script import run_benchmark

DETIK_ROWS = 200
MIN_ROWS_AD_FREE = 0.99
MIN_SENTENCES_KEPT = 0.99
MIN_ROWS_95_KEPT = 0.98


@pytest.fixture(scope="module")
def detik_figures() -> dict[str, Any]:
    """Run the evaluation script on the first Detik rows and return its JSON figures."""
    figures: dict[str, Any] = run_benchmark(
        "eval_clean.py", "--detik-gate", str(DETIK_ROWS), "--json"
    )
    return figures


@pytest.mark.slow
def test_detik_rows_lose_their_ads_and_keep_their_story(
    shared_dir: Path, detik_figures: dict[str, Any]
) -> None:
    """Ads vanish from nearly every row; story sentences stay, row by row too."""
    assert detik_figures["rows"] == DETIK_ROWS
    assert detik_figures["share_of_rows_without_ad_lines"] >= MIN_ROWS_AD_FREE
    assert detik_figures["share_of_story_sentences_kept"] >= MIN_SENTENCES_KEPT
    assert detik_figures["share_of_rows_keeping_95_percent"] >= MIN_ROWS_95_KEPT


@pytest.mark.slow
def test_detik_cleaning_is_idempotent(shared_dir: Path, detik_figures: dict[str, Any]) -> None:
    """Cleaning a cleaned Detik body again changes nothing, on every row."""
    assert detik_figures["not_idempotent"] == []
