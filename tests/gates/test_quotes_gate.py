"""Quality gate for quotes: the PFSA-ID test file, floors just under the measured scores.

Figures and protocol: ``benchmarks/eval_quotes.py`` (run it to see them; ``--json`` prints them
as JSON, which this gate reads from a subprocess). Measured on test-data.txt (140 articles, 534
quoted statements), last on 2026-11-22. All direct quotes: exact P 0.825 / R 0.994 / F1 0.902,
overlap F1 0.905, speaker accuracy 0.938 with 0.055 wrong and 0.008 missing. Public-figure
statements (the PFSA-ID task: quotes the stage marked as said by members of the public left
out, no gold label used): exact P 0.883 / R 0.993 / F1 0.935, overlap F1 0.938, speaker
accuracy 0.937. Raw precision is low because PFSA-ID labels only public figures' statements.
Some "wrong" speakers are gold slips (a statement after "Ellen sendiri menyebut ..." labelled
with the previous paragraph's speaker). The gate fails when ../shared is missing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from benchmark_script import run_benchmark

SCRIPT = "eval_quotes.py"
# Floors: the measured figures above, less about one point.
FLOORS = {
    "exact_r": 0.98,
    "exact_f1": 0.89,
    "overlap_f1": 0.89,
    "speaker_accuracy": 0.93,
    "public_exact_r": 0.98,
    "public_exact_f1": 0.92,
    "public_speaker_accuracy": 0.93,
}
# Ceiling on named-but-wrong speakers (a wrong speaker is worse than a missing one).
MAX_SPEAKER_WRONG = 0.06


def run_evaluation(script: str, *args: str) -> dict[str, float]:
    """Run an evaluation script with ``--json`` and return the figures it prints."""
    figures: dict[str, float] = run_benchmark(script, *args, "--json")
    return figures


@pytest.mark.slow
def test_pfsa_id_direct_quotes_and_speakers(shared_dir: Path) -> None:
    pfsa = shared_dir / "data" / "pfsa_id" / "test-data.txt"
    assert pfsa.is_file(), f"{pfsa} is missing"
    figures = run_evaluation(SCRIPT, str(pfsa))
    for name, floor in FLOORS.items():
        assert figures[name] >= floor, (name, figures[name], floor)
    assert figures["speaker_wrong"] <= MAX_SPEAKER_WRONG, figures["speaker_wrong"]
