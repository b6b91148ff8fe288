"""Quality gate: the shipped NER model against the gold test splits of both corpora.

Runs ``benchmarks/eval_ner.py --json`` as a subprocess (tests never import benchmarks/) and
asserts floors on its scores; it fails when ../shared/data/ner is missing.
"""

from __future__ import annotations

import pytest
from benchmark_script import run_benchmark

EVAL_NER = "eval_ner.py"
# Floors a little under what benchmarks/eval_ner.py measured for the shipped model
# (idner test micro F1 90.8; NERGrit test macro F1 68.1, IndoNLU metric).
FLOORS = {"idner": ("micro", 0.90), "nergrit": ("macro", 0.67)}


@pytest.fixture(scope="module")
def scores() -> dict[str, dict[str, dict[str, float]]]:
    """Return eval_ner's scores of both test splits, by corpus and label."""
    report: dict[str, dict[str, dict[str, float]]] = run_benchmark(
        EVAL_NER, "--split", "test", "--json"
    )
    return report


@pytest.mark.slow
@pytest.mark.parametrize("corpus", sorted(FLOORS))
def test_ner_test_split_floor(scores: dict[str, dict[str, dict[str, float]]], corpus: str) -> None:
    """The shipped model keeps its measured F1 on the corpus's test split."""
    average, floor = FLOORS[corpus]
    assert scores[corpus][average]["f1"] >= floor, scores[corpus][average]
    for kind in ("PERSON", "ORG", "LOC"):
        assert scores[corpus][kind]["f1"] > 0.5, (kind, scores[corpus][kind])
