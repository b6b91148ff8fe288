"""Speed and memory of quote extraction and attribution on the IndoSum dev articles.

    .venv/bin/python benchmarks/bench_quotes.py [--limit N] [--repeat R]

Runs ``extract_quotes`` (no entities: the stage's own name finding and resolution) on one core
over the de-duplicated IndoSum dev articles, detokenised into plain text with paragraphs
joined by blank lines, and prints articles/s (CPU time), quotes found per kind and the
process's peak resident memory. Target: >= 300 articles/s on one core.
"""

from __future__ import annotations

import argparse
import re
import resource
import time
from collections import Counter

from corpora import indosum_records

from kabar.quotes import extract_quotes

_SPACE_BEFORE = re.compile(r" ([,.;:!?)\]%])")
_SPACE_AFTER = re.compile(r"([(\[]) ")


def detokenize(tokens: list[str]) -> str:
    """Join tokens into text, gluing punctuation and pairing " marks by parity."""
    out: list[str] = []
    quote_open = False
    for token in tokens:
        if token in ('"', "“", "”", "''", "``"):
            opening = token in ("“", "``") or (token == '"' and not quote_open)
            quote_open = opening
            out.append(("“" if opening else "”") + ("\0" if opening else ""))
            if not opening and out and len(out) > 1:
                out[-2] = out[-2] + "\1"
            continue
        out.append(token)
    text = " ".join(out)
    text = text.replace("\1 ", "").replace("\0 ", "").replace("\0", "").replace("\1", "")
    text = _SPACE_BEFORE.sub(r"\1", text)
    return _SPACE_AFTER.sub(r"\1", text)


def articles(limit: int | None) -> list[str]:
    """Return the unique IndoSum dev article bodies as plain text."""
    bodies = [
        "\n\n".join(
            detokenize([t for sentence in paragraph for t in sentence])
            for paragraph in record["paragraphs"]
        )
        for record in indosum_records()
    ]
    return bodies[:limit] if limit else bodies


def main() -> None:
    """Time the stage and report."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--repeat", type=int, default=1, help="passes over the articles")
    args = parser.parse_args()
    bodies = articles(args.limit)
    kinds: Counter[str] = Counter()
    started = time.process_time()
    for _ in range(args.repeat):
        kinds.clear()
        for body in bodies:
            kinds.update(q.kind for q in extract_quotes(body))
    cpu = time.process_time() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    done = len(bodies) * args.repeat
    print(f"{len(bodies)} articles x {args.repeat}: {cpu:.2f} s CPU")
    print(f"{done / cpu:.0f} articles/s on one core")
    print("quotes per kind: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    print(f"peak memory: {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
