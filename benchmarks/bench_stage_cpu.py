"""CPU time per article of each per-article stage on IndoSum dev, on one core.

    .venv/bin/python benchmarks/bench_stage_cpu.py [--limit N] [--out FILE]

Runs clean, describe, entities and quotes on the de-duplicated IndoSum dev articles in the
order ``kabar.pipeline.process_document`` runs them (long bodies read in parts as it does), and
times each stage with ``time.process_time``: CPU time of this process, so the figures hold on a
machine other people load too (wall time there measures the queue). Prints ms per article per
stage, entities + quotes together as articles/s, and the load average the run saw (a loaded
machine still inflates CPU time somewhat: caches and cores are shared). The CRF's per-word cache
starts empty, as in a fresh run, so its cost of first sight is in the figure.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

from bench_pipeline import load_indosum

from kabar.clean import clean
from kabar.entities import find_entities
from kabar.ingest import document_from_record
from kabar.meta import describe
from kabar.parts import PART_CHARS, extract_quotes_in_parts, find_entities_in_parts
from kabar.quotes import extract_quotes

STAGES = ("clean", "describe", "entities", "quotes")


def main(argv: list[str] | None = None) -> int:
    """Time the stages and print one line per stage."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--limit", type=int, default=None, help="use only the first N articles")
    parser.add_argument("--out", type=Path, help="write the figures as JSON here")
    args = parser.parse_args(argv)
    documents = [
        document_from_record(r, f"indosum#{i}") for i, r in enumerate(load_indosum(args.limit))
    ]
    find_entities("Presiden Joko Widodo tiba di Jakarta.")  # load the models, outside the timings
    extract_quotes("“Kami siap,” kata Budi.")
    seconds = dict.fromkeys(STAGES, 0.0)
    clock = time.process_time
    for raw in documents:
        started = clock()
        cleaned = clean(raw)
        seconds["clean"] += clock() - started
        started = clock()
        describe(raw, cleaned)
        seconds["describe"] += clock() - started
        body = cleaned.body
        if not body.strip():
            continue
        started = clock()
        if len(body) > PART_CHARS:
            entities, parts = find_entities_in_parts(body, find_entities, PART_CHARS)
            seconds["entities"] += clock() - started
            started = clock()
            extract_quotes_in_parts(body, parts, extract_quotes)
        else:
            entities = find_entities(body)
            seconds["entities"] += clock() - started
            started = clock()
            extract_quotes(body, entities)
        seconds["quotes"] += clock() - started
    count = len(documents)
    load = os.getloadavg()
    figures: dict[str, object] = {"articles": count, "load_average": [round(x, 1) for x in load]}
    print(f"{count} IndoSum dev articles, CPU ms per article (load average {load[0]:.1f})")
    for stage in STAGES:
        figures[f"{stage}_ms"] = round(1000 * seconds[stage] / count, 2)
        print(f"  {stage:10} {1000 * seconds[stage] / count:7.2f}")
    both = seconds["entities"] + seconds["quotes"]
    figures["entities_quotes_articles_per_s"] = round(count / both, 1)
    print(f"  entities + quotes {1000 * both / count:.2f} ms = {count / both:.0f} articles/s")
    if args.out:
        args.out.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
