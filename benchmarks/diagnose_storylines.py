"""Print the storyline pairs the linking gets wrong, with the evidence behind each verdict.

Two modes. ``--corpus own,long,blind1,blind2,events`` (the hand-written and blind-keyed
corpora) and ``--corpus detik`` (the keyed Detik samples, ``--keys`` to choose): for every two
event stories whose storyline verdict disagrees with the key (``missed``: keyed together,
predicted apart; ``wrong``: predicted together, keyed apart), one block with both stories'
headlines and dates, the people and organisations they share (with how many dated stories
name each), the headline words they share, and the evidence each linking rule of
``kabar.stories.storylines`` reads: centroid cosine, days apart, shared count, the
specific-name rule, the headline-name rule, one speaker on two subjects, retrospectives.
A wrong pair may be joined through a chain: its own evidence then shows no rule firing.

``--level events`` (Detik only) prints the article pairs the event level gets wrong instead.

Run: .venv/bin/python benchmarks/diagnose_storylines.py [--corpus blind1] [--keys first]
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter
from collections.abc import Iterable
from itertools import combinations
from typing import Any

import numpy as np
from calibrate_storylines import analyse
from eval_story_events import read_corpus
from eval_storylines import BLIND, DETIK, DETIK_KEYS, EVENTS_STORYLINES, LONG, OWN, _read_keys

from kabar.stories import retrospectives
from kabar.stories import storylines as lines
from kabar.stories.clustering import dot
from kabar.stories.storyline_names import other_affairs


def _corpus_records(name: str) -> tuple[list[dict[str, Any]], dict[str, str], dict[str, str]]:
    """Return a hand-written corpus's records, each url's row id and each row's storyline."""
    if name == "events":
        rows = [{**r, "storyline": EVENTS_STORYLINES.get(r["event"], r["event"])}
                for r in read_corpus()]
    else:
        rows = read_corpus({"own": OWN, "long": LONG, **BLIND}[name])
    records = [{**r, "url": f"https://example.test/{r['id']}"} for r in rows]
    return (records, {r["url"]: str(r["id"]) for r in records},
            {str(r["id"]): str(r["storyline"]) for r in rows})


def _detik_records(keys: Iterable[str]) -> tuple[list[dict[str, Any]], dict[str, str],
                                                 dict[str, str]]:
    records, row_of, gold = [], {}, {}
    for name in keys:
        rows = _read_keys(DETIK_KEYS[name])
        gold.update({i: f"{name}:{r['storyline']}" for i, r in rows.items()})
    with DETIK.open(encoding="utf-8", newline="") as rows:
        for row in csv.DictReader(rows):
            records.append({"title": row["judul"], "text": row["isi_berita"],
                            "url": row["tautan"], "tanggal": row["tanggal"]})
            row_of[row["tautan"]] = row["id"]
    return records, row_of, gold


def _words(title: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", title.lower()) if len(w) > 2}


def _evidence(corpus: Any, a: int, b: int, naming: lines.Shares) -> str:
    """Return what each linking rule reads of two stories."""
    index, entities = corpus.stories, corpus.story_entities
    va, vb = lines._centroid(index, a), lines._centroid(index, b)
    cosine = dot(va, vb) / max(float(index.norms[a] * index.norms[b]), 1e-12)
    gap = abs(int(index.story_days[a]) - int(index.story_days[b]))
    ea, eb = lines.linking_entities(entities[a]), lines.linking_entities(entities[b])
    flat_b = set().union(*eb) if eb else set()
    shared = sorted({min(e & flat_b) for e in ea if e & flat_b})
    counted = [(n, naming.counts.get(n, 0)) for n in shared]
    headline = lines._headlines_name_one_thing(
        np.intersect1d(index.specific(index.subjects[a]), index.subjects[b]),
        lines.name_terms(entities[a]), entities[b],
        lambda: lines._shares_rare(index, (a, b), entities, naming))
    titles = corpus.story_titles
    back = [retrospectives.looks_back(titles[s], entities[s]) for s in (a, b)]
    pieces = [lines._service(index, s) or lines._opinion(index, s) for s in (a, b)]
    affairs = other_affairs(index, (a, b), (entities[a], entities[b]))
    return (f"  cos={cosine:.3f} days={gap} shared={len(shared)} of {naming.dated} dated: "
            f"{counted}\n  specific-rule={lines._shares_specific(index, (a, b), entities, naming)}"
            f" headline-name={headline} other-affairs={affairs} other-subject="
            f"{index.other_subject(a, b) or index.other_subject(b, a)} retrospective={back}"
            f" service/opinion={pieces}"
            f"\n  headline words: {sorted(_words(titles[a]) & _words(titles[b]))}")


def diagnose(records: list[dict[str, Any]], row_of: dict[str, str], gold: dict[str, str]
             ) -> Counter[str]:
    """Print each wrong story pair; return the count of each verdict."""
    result, corpus = analyse(records)
    number = {ident: n for n, ident in enumerate(corpus.story_ids)}
    line = {s.id: s.storyline or s.id for s in result.stories}
    keyed: dict[int, str] = {}
    for article in result.articles:
        row = row_of.get(article.url or "")
        if row in gold and article.story is not None:
            keyed.setdefault(number[article.story], gold[row])
    naming = lines.specific_names(corpus.stories, corpus.story_entities)
    index = corpus.stories
    counts: Counter[str] = Counter()
    for a, b in combinations(sorted(keyed), 2):
        together = line[corpus.story_ids[a]] == line[corpus.story_ids[b]]
        if together == (keyed[a] == keyed[b]):
            continue
        verdict = "wrong" if together else "missed"
        counts[verdict] += 1
        print(f"## {verdict}: {keyed[a]} | {keyed[b]}")
        for s in (a, b):
            day = int(index.story_days[s])
            print(f"  [{np.datetime64(day, 'D') if day > -10**8 else 'undated'}] "
                  f"{corpus.story_titles[s]}")
        print(_evidence(corpus, a, b, naming))
    return counts


def main(argv: Iterable[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", default="blind1,blind2,long,own,events,detik")
    parser.add_argument("--keys", default=",".join(DETIK_KEYS), help="Detik key files to read")
    args = parser.parse_args(list(argv) if argv is not None else None)
    for name in args.corpus.split(","):
        print(f"# {name}")
        if name == "detik":
            counts = diagnose(*_detik_records(args.keys.split(",")))
        else:
            counts = diagnose(*_corpus_records(name))
        print(f"# {name}: {dict(counts)}")


if __name__ == "__main__":
    main(sys.argv[1:])
