"""Score the shipped NER model on the test splits of idner-news-2k and NERGrit.

    .venv/bin/python benchmarks/eval_ner.py [--split test|dev] [--json]

Prints entity-level precision, recall and F1 (exact span and type), micro and the IndoNLU
macro over types, beside the published / reference scores from ../shared/data/ner/README.md.
The shipped model is one CRF trained on both corpora's train+dev with corpus-conjoined
feature copies; each corpus is tagged as its own domain here (the product tags news as idner).
``--json`` prints the scores as one JSON object instead ({corpus: {label: {precision, recall,
f1, correct, predicted, gold}}}), which the quality gate in tests/gates reads.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

# The CoNLL reader and scorer are training helpers kept beside the training script.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

from ner_corpus import TYPES, evaluate, load_split

from kabar.entities.ner import tag_sentences

NER_DIR = Path(__file__).resolve().parents[2] / "shared" / "data" / "ner"
# From ../shared/data/ner/README.md: plain CRF measured there (micro / macro F1, test) and the
# IndoNLU paper's NERGrit macro F1 for the strongest models.
REFERENCE = {
    "idner": "README CRF baseline: micro 83.5, macro 84.0 (P 88.6 R 79.0)",
    "nergrit": "README CRF baseline: micro 70.6, macro 66.9; IndoBERT-large 77.60, "
    "XLM-R base 79.09 (macro, IndoNLU Table 5)",
}


def main() -> None:
    """Tag each split and print the scores."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--split", default="test")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = parser.parse_args()
    if not NER_DIR.is_dir():
        raise SystemExit(f"eval_ner: {NER_DIR} is missing (../shared must lie beside the repo)")
    report: dict[str, dict[str, dict[str, float]]] = {}
    for corpus in ("idner", "nergrit"):
        sentences = load_split(NER_DIR, corpus, args.split)
        started = time.perf_counter()
        predicted = tag_sentences([list(s.tokens) for s in sentences], corpus)
        elapsed = time.perf_counter() - started
        scores = evaluate([s.tags for s in sentences], predicted)
        report[corpus] = {
            label: {
                "precision": s.precision,
                "recall": s.recall,
                "f1": s.f1,
                "correct": s.correct,
                "predicted": s.predicted,
                "gold": s.gold,
            }
            for label, s in scores.items()
        }
        if args.json:
            continue
        print(f"== {corpus} {args.split}: {len(sentences)} sentences, tagged in {elapsed:.1f}s")
        for label in (*TYPES, "micro", "macro"):
            s = scores[label]
            print(
                f"  {label:7s} P {100 * s.precision:5.1f}  R {100 * s.recall:5.1f}  "
                f"F1 {100 * s.f1:5.1f}  (gold {s.gold}, predicted {s.predicted})"
            )
        print(f"  reference: {REFERENCE[corpus]}")
    if args.json:
        print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
