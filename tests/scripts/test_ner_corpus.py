"""The CoNLL reader and span scorer the NER training and evaluation scripts share."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

from ner_corpus import evaluate


def test_span_scoring() -> None:
    """Exact span and type: a shifted boundary or a wrong type is an error."""
    gold = [["B-PERSON", "I-PERSON", "O", "B-LOC"]]
    assert evaluate(gold, gold)["micro"].f1 == 1.0
    shifted = evaluate(gold, [["B-PERSON", "O", "O", "B-LOC"]])["micro"]
    assert (shifted.correct, shifted.predicted, shifted.gold) == (1, 2, 2)
    wrong_type = evaluate(gold, [["B-PERSON", "I-PERSON", "O", "B-ORG"]])
    assert wrong_type["LOC"].f1 == 0.0 and wrong_type["PERSON"].f1 == 1.0
    assert wrong_type["macro"].f1 == pytest.approx((1.0 + 0.0 + 0.0) / 2)
