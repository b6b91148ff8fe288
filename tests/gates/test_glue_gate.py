"""Quality gate for glued words: ``benchmarks/eval_glue.py --quick --json`` run as a script.

Measured on the Detik set and real_pages text: 102 splits of 66 distinct glued forms, all
right by eye; no mixed-case real word ("McDonald", "BUMDes", "detikNews") split. A splitter
that stops splitting falls under the floor; one that splits real words fails the second test.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from benchmark_script import run_benchmark

MIN_SPLITS = 95  # 102 measured: "kepadadetikSulsel", "dilansirAntara", "PDIPHasto"-like forms


@pytest.fixture(scope="module")
def glue_figures() -> dict[str, Any]:
    """Run the evaluation script on the quick sets and return its JSON figures."""
    figures: dict[str, Any] = run_benchmark("eval_glue.py", "--quick", "--json")
    return figures


@pytest.mark.slow
def test_glued_words_are_split(shared_dir: Path, glue_figures: dict[str, Any]) -> None:
    """The splitter finds the glued link boundaries of scraped Detik text."""
    assert glue_figures["splits"] >= MIN_SPLITS


@pytest.mark.slow
def test_real_words_stay_whole(shared_dir: Path, glue_figures: dict[str, Any]) -> None:
    """No real mixed-case word of the texts, nor any of the fixed list, is split."""
    assert glue_figures["whole_words_checked"] >= 30
    assert glue_figures["whole_words_split"] == 0, glue_figures["broken"]
