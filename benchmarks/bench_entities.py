"""Speed and memory of entity recognition + resolution on the IndoSum dev articles.

    .venv/bin/python benchmarks/bench_entities.py [--limit N]

Runs ``find_entities`` on one core over the de-duplicated IndoSum dev articles (~350 tokens
each; tokens re-joined with spaces, paragraphs with blank lines) and prints articles/s,
tokens/s and the process's peak resident memory. The model load is timed apart.
"""

from __future__ import annotations

import argparse
import resource
import time

from corpora import indosum_records

from kabar.entities import find_entities
from kabar.entities.ner import recognise


def articles(limit: int | None) -> list[str]:
    """Return the unique IndoSum dev article bodies as plain text."""
    bodies = [
        "\n\n".join(
            " ".join(" ".join(sentence) for sentence in paragraph)
            for paragraph in record["paragraphs"]
        )
        for record in indosum_records()
    ]
    return bodies[:limit] if limit else bodies


def main() -> None:
    """Time the stage and report."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    bodies = articles(args.limit)
    tokens = sum(len(b.split()) for b in bodies)
    started = time.perf_counter()
    recognise("Presiden Joko Widodo tiba di Jakarta.")
    load = time.perf_counter() - started
    started = time.process_time()
    wall = time.perf_counter()
    entities = sum(len(find_entities(b)) for b in bodies)
    cpu = time.process_time() - started
    wall = time.perf_counter() - wall
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"model load + first call: {load:.2f}s")
    print(f"{len(bodies)} articles, {tokens} tokens, {entities} entities")
    print(f"CPU {cpu:.1f}s (wall {wall:.1f}s): {len(bodies) / cpu:.0f} articles/s, "
          f"{tokens / cpu:.0f} tokens/s on one core")
    print(f"peak resident memory: {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
