"""A behaviour-preserving change keeps the exports of the bundled corpus and the seeds identical.

The digests in ``scripts/identical_baseline.json`` were recorded by
``scripts/check_identical.py --record``; a change that means to alter output records them anew
(and says so in its commit). The large corpora (Detik, IndoSum) are checked by the same script
outside the suite.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _checker():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("check_identical", ROOT / "scripts" / "check_identical.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
@pytest.mark.parametrize("corpus", ["examples", "seeds"])
def test_export_matches_recorded_digest(corpus: str) -> None:
    checker = _checker()
    assert checker.main([corpus]) == 0, f"{corpus}: export differs from the recorded baseline"
