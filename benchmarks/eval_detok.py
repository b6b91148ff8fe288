"""IndoSum's tokenised paragraphs read back as written text: spacing faults left after the reader.

Reads the IndoSum dev folds (``../shared/data/indosum_devfolds/dev.0N.jsonl.gz``) through
``kabar.ingest`` (the JSON Lines reader joins each paragraph's tokens) and counts, per
paragraph, the faults a reader sees: a space before , . ; : ! ? ) or %, a space after (, a
slash spaced between two numbers ("14 / 8"), and straight double quotes left unpaired with a
space inside them (`" Kami`). The figure is the share of paragraphs without any fault.

Run: .venv/bin/python benchmarks/eval_detok.py [--folds 1] [--json] [--misses]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from kabar.ingest import read_file
from kabar.models import RawDocument

SHARED = Path(__file__).resolve().parents[2] / "shared"
INDOSUM = SHARED / "data" / "indosum_devfolds"
FAULTS = {
    "space_before_punctuation": re.compile(r"\w \s*[,.;:!?)%](?!\.)"),
    "space_after_bracket": re.compile(r"\( "),
    "spaced_date_slash": re.compile(r"\d / \d"),
    "quote_spaced_inside": re.compile(r'(?:^|\s)" \w'),
}


def evaluate(folds: list[int]) -> tuple[dict[str, object], list[str]]:
    """Read the folds and count paragraphs with each fault."""
    paragraphs = faulty = 0
    counts = dict.fromkeys(FAULTS, 0)
    misses: list[str] = []
    for fold in folds:
        documents = [d for d in read_file(INDOSUM / f"dev.0{fold}.jsonl.gz")]
        for document in documents:
            assert isinstance(document, RawDocument)
            for paragraph in document.text.split("\n"):
                if not paragraph.strip():
                    continue
                paragraphs += 1
                found = [name for name, pattern in FAULTS.items() if pattern.search(paragraph)]
                for name in found:
                    counts[name] += 1
                if found:
                    faulty += 1
                    misses.append(f"{document.source}: {found}: {paragraph[:160]}")
    figures: dict[str, object] = {
        "paragraphs": paragraphs,
        "share_without_fault": round(1 - faulty / paragraphs, 4) if paragraphs else 0.0,
        "faults": counts,
    }
    return figures, misses


def main() -> None:
    """Print the figures (a table, or JSON with ``--json``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, nargs="+", default=[1])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--misses", action="store_true", help="also list faulty paragraphs")
    args = parser.parse_args()
    if not INDOSUM.is_dir():
        raise SystemExit(f"eval_detok: {INDOSUM} is missing (the shared data sets)")
    figures, misses = evaluate(args.folds)
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        for key, value in figures.items():
            print(f"{key:24} {value}")
    if args.misses:
        for miss in misses:
            print(miss, file=sys.stderr)


if __name__ == "__main__":
    main()
