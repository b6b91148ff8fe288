"""Quality gate: the whole pipeline on the bundled examples, scored against their answer key.

The scores come from ``benchmarks/eval_examples.py`` run as a script (tests never import
benchmarks/), written to a JSON file with ``--out``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

# Measured with `python benchmarks/eval_examples.py` (every field 1.000 on 2026-11-22); the
# examples were written to exercise these stages, so one miss per field is the most we accept.
EXAMPLE_FLOORS = {
    "title": 0.95,
    "outlet": 0.95,
    "published": 0.95,
    "dateline": 0.95,
    "authors": 0.95,
    "wire_sources": 0.95,
    "boilerplate_removed": 0.95,
    "sentences_kept": 0.95,
    "persons_found": 0.95,
    "aliases_resolved": 0.95,
    "quotes_direct_found": 0.95,
    "quotes_direct_speaker": 0.95,
    "quotes_direct_kind": 0.95,
    "quotes_other_found": 0.95,
    "quotes_other_speaker": 0.95,
    "duplicates": 0.95,
    "story_pair_precision": 0.95,
    "story_pair_recall": 0.95,
}


@pytest.fixture(scope="module")
def example_scores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, float]:
    out = tmp_path_factory.mktemp("scores") / "examples.json"
    subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "eval_examples.py"), "--out", str(out)],
        check=True,
        capture_output=True,
        cwd=REPO,
    )
    return dict(json.loads(out.read_text(encoding="utf-8")))


@pytest.mark.parametrize("field", sorted(EXAMPLE_FLOORS))
def test_examples_meet_floor(example_scores: dict[str, float], field: str) -> None:
    assert example_scores[field] >= EXAMPLE_FLOORS[field], example_scores
