"""Quality gate for the whole pipeline on the bundled examples, field by field.

The figures come from ``benchmarks/eval_examples.py --json``, run as a script.
"""

from __future__ import annotations

import pytest
from benchmark_script import run_benchmark

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
    # the key's stories are storylines (a case's raid and the reactions to it, a flood's days):
    # story pairs are scored at the storyline level, and event stories must not mix them
    "story_pair_precision": 0.95,
    "story_pair_recall": 0.95,
    "event_pair_precision": 0.95,
}


@pytest.fixture(scope="module")
def example_scores() -> dict[str, float]:
    """Run the evaluation script on the bundled examples and return its JSON figures."""
    scores: dict[str, float] = run_benchmark("eval_examples.py", "--json")
    return scores


@pytest.mark.parametrize("field", sorted(EXAMPLE_FLOORS))
def test_examples_meet_floor(example_scores: dict[str, float], field: str) -> None:
    """Each field scores at least its floor on the examples' answer key."""
    assert example_scores[field] >= EXAMPLE_FLOORS[field], example_scores
