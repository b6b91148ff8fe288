"""Throughput of every per-article stage, and of a whole run into SQLite, on IndoSum dev.

Usage: python benchmarks/bench_pipeline.py [--limit N] [--out FILE]

Reads the IndoSum dev folds from ../shared/data/indosum_devfolds (deduplicated on id), runs
``process_document`` on each article with per-stage timers, then a full ``kabar.analyze`` into a
temporary SQLite store (ingest, stages, store, duplicates and stories). Reports articles/s per
stage and overall, and the peak resident memory of the process.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

from corpora import indosum_records

from kabar.ingest import document_from_record
from kabar.models import RawDocument
from kabar.pipeline import analyze, process_document
from kabar.store import open_store


def load_indosum(limit: int | None = None) -> list[dict[str, object]]:
    """Return IndoSum dev articles as kabar JSON records (title-less, body detokenised)."""
    values: list[dict[str, object]] = [
        {
            "body": "\n".join(" ".join(" ".join(s) for s in p) for p in item["paragraphs"]),
            "url": item.get("source_url"),
            "outlet": item.get("source"),
        }
        for item in indosum_records()
    ]
    return values[:limit] if limit else values


def peak_memory_mb() -> float:
    """Return the peak resident memory of this process in MB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print one line per stage."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=None, help="use only the first N articles")
    parser.add_argument("--out", type=Path, help="write the figures as JSON here")
    args = parser.parse_args(argv)
    records = load_indosum(args.limit)
    documents: list[RawDocument] = [
        document_from_record(r, f"indosum#{i}") for i, r in enumerate(records)
    ]
    process_document(documents[0])  # load models once, outside the timings
    timings: dict[str, float] = {}
    started = time.perf_counter()
    for document in documents:
        process_document(document, timings)
    per_article = time.perf_counter() - started
    figures: dict[str, object] = {"articles": len(documents)}
    print(f"{len(documents)} IndoSum dev articles")
    for stage, seconds in timings.items():
        rate = len(documents) / seconds if seconds else float("inf")
        figures[f"{stage}_articles_per_s"] = round(rate, 1)
        print(f"  {stage:10} {rate:10.1f} articles/s  ({seconds:.2f} s)")
    figures["per_article_stages_articles_per_s"] = round(len(documents) / per_article, 1)
    print(f"  {'all stages':10} {len(documents) / per_article:10.1f} articles/s")

    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "indosum.jsonl"
        corpus.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
        with open_store(Path(folder) / "bench.db") as store:  # type: ignore[attr-defined]
            result = analyze([str(corpus)], store)
    link = result.stats.stage_seconds.get("link", 0.0)
    figures["full_run_articles_per_s"] = round(result.stats.articles_per_second, 1)
    figures["link_articles_per_s"] = round(len(documents) / link, 1) if link else None
    figures["peak_memory_mb"] = round(peak_memory_mb(), 1)
    print(f"  full run (ingest + stages + store + link): {result.stats.summary()}")
    if link:
        print(f"  link (duplicates + stories): {len(documents) / link:.1f} articles/s")
    print(f"  peak memory: {peak_memory_mb():.0f} MB")
    if args.out:
        args.out.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
