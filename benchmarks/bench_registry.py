"""Speed of the person registry: articles resolved per second, and whether it slows as it grows.

    .venv/bin/python benchmarks/bench_registry.py --store FILE [--rounds 3]

Reads the analysed articles of a store (``eval_registry.py --store FILE`` builds one from
IndoSum and Detik), drops their person ids, and resolves them into a fresh in-memory registry
``--rounds`` times over (each round under new article ids and a later year, so the registry
grows to rounds x articles). Prints the registry's articles/s (CPU time) per block of 1,000
articles, which must stay flat as the registry grows, and the whole rate. The target of
entities and quotes together (>= 300 articles/s with the registry on) is read with
``bench_entities.py`` and ``bench_quotes.py`` beside this figure.
"""

from __future__ import annotations

import argparse
import sqlite3
import time
from dataclasses import replace

from kabar.models import Article
from kabar.store import open_store, registry, registry_schema

BLOCK = 1000


def _plain(article: Article, round_: int) -> Article:
    """The article without person ids, under a new id and year for this round."""
    year = None
    if article.published and round_:
        year = f"{int(article.published[:4]) + round_:04d}{article.published[4:]}"
    return replace(
        article,
        id=f"{article.id}-{round_}",
        published=year or article.published,
        entities=tuple(replace(e, person_id=None) for e in article.entities),
        quotes=tuple(replace(q, person_id=None) for q in article.quotes),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--store", required=True)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    with open_store(args.store) as store:
        articles = list(store.iter_articles())
    db = sqlite3.connect(":memory:", isolation_level=None)
    for statement in registry_schema.SCHEMA.split(";"):
        if statement.strip():
            db.execute(statement)
    rates, done, total_cpu = [], 0, 0.0
    db.execute("BEGIN")
    for round_ in range(args.rounds):
        batch = [_plain(a, round_) for a in articles]
        for start in range(0, len(batch), BLOCK):
            block = batch[start : start + BLOCK]
            began = time.process_time()
            registry.assign(db, block)
            cpu = time.process_time() - began
            total_cpu += cpu
            done += len(block)
            rates.append(len(block) / cpu if cpu else float("inf"))
    db.execute("COMMIT")
    people = db.execute("SELECT COUNT(*) FROM people").fetchone()[0]
    print(f"{done} articles, {people} people: {done / total_cpu:.0f} articles/s (CPU)")
    print("per 1,000 as the registry grows: " + " ".join(f"{r:.0f}" for r in rates))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
