"""Quality gate of where-outlets-disagree, via benchmarks/eval_disagreements.py.

The fictional keyed stories (tests/data/disagreements/own.json) hold the hard cases: missing
against dead, one defendant's sentence against another's, a demand against a sentence, a toll
rising over a week, one outlet against itself, one value written two ways, a bound. Measured
precision 1.000 and recall 1.000 on them (they are the development set: the floors guard
against regressions, the keyed sample of real stores is reported by the script with --db).
"""

from __future__ import annotations

from benchmark_script import run_benchmark

MIN_PRECISION = 0.95
MIN_RECALL = 0.9


def test_gate_disagreements_on_the_keyed_fictional_stories() -> None:
    own = run_benchmark("eval_disagreements.py", "--own", "--json", last_line=True)["own"]
    assert own["keyed"] >= 12, own
    assert own["precision"] >= MIN_PRECISION, own
    assert own["recall"] >= MIN_RECALL, own
