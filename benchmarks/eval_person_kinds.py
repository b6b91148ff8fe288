"""Non-persons among the person clusters of real text: a sample labelled by hand, by kind.

Usage:
    python benchmarks/eval_person_kinds.py [--limit N] [--sample 150] [--seed 4]
                                           [--out FILE] [--labels FILE] [--json] [--list]

Analyses real articles from ../shared/data (the Detik rows, the first IndoSum dev fold, the
scraped texts of real_pages) through the clean and entity stages and gathers their PERSON entities
into store-wide clusters by name key (``kabar.text.name_key`` of the canonical name): the unit
a reader meets in the person registry. Each cluster's id is the first 12 hex digits of the
SHA-256 of its key, so a labels file holds ids and kinds only, no names or text.

- ``--out FILE`` writes ``--sample`` clusters drawn with ``--seed`` for labelling, one JSON
  object a line (id, name, articles, a sentence naming it); keep it outside the repository.
- ``--labels FILE`` (``id<TAB>kind`` lines; ``person`` is a person, every other kind a
  non-person: ``org``, ``brand``, ``place``, ``event``, ``fragment``, ``other``) prints, over
  the labelled clusters that are still person clusters, the non-person rate, by kind, and how
  many labelled persons are no longer found (persons lost).

The labels were keyed on the clusters drawn before the rules they measure were changed; the
rate after a change is read on the same sample (``kept`` clusters), so a fix that invents new
non-persons is not seen here: draw a fresh sample (another ``--seed``) to check that.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import random
import sys
from collections import Counter
from collections.abc import Iterator
from multiprocessing import Pool
from pathlib import Path
from typing import Any

from corpora import SHARED, indosum_records

from kabar.clean import clean
from kabar.entities import find_entities
from kabar.ingest.records import document_from_record
from kabar.models import Entity
from kabar.parts import PART_CHARS, find_entities_in_parts
from kabar.text import name_key, split_sentences

DETIK = SHARED / "data" / "detik_entity_aspect_summ" / "data_berita.csv"
PAGES = SHARED / "data" / "real_pages" / "text"
INDOSUM_ARTICLES = 750  # one dev fold's worth


def records(limit: int | None) -> Iterator[dict[str, Any]]:
    """The real articles read, Detik first, then IndoSum, then the scraped pages."""
    with DETIK.open(encoding="utf-8", newline="") as rows:
        for n, row in enumerate(csv.DictReader(rows)):
            if limit is None or n < limit:
                yield {"title": row["judul"], "text": row["isi_berita"], "url": row["tautan"]}
    for n, record in enumerate(indosum_records()):
        if n >= (INDOSUM_ARTICLES if limit is None else limit):
            break
        yield record
    for path in sorted(PAGES.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield json.loads(line)


def _analyse(item: tuple[int, dict[str, Any]]) -> tuple[str, tuple[Entity, ...]] | None:
    """The cleaned body of one record and its entities (the stages a person cluster needs)."""
    number, record = item
    try:
        raw = document_from_record(record, str(record.get("url") or f"record#{number}"))
    except Exception:  # a record the readers refuse is simply not counted
        return None
    body = clean(raw).body
    if not body.strip():
        return None
    if len(body) > PART_CHARS:
        return body, find_entities_in_parts(body, find_entities, PART_CHARS)[0]
    return body, find_entities(body)


def cluster_id(key: str) -> str:
    """The id of a store-wide person cluster: a digest of its name key."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]


def clusters(limit: int | None) -> dict[str, dict[str, Any]]:
    """Person clusters by id: a name, the articles and one sentence naming it."""
    if not DETIK.exists() or not PAGES.exists():
        raise SystemExit(f"eval_person_kinds: {SHARED / 'data'} lacks Detik or real_pages")
    found: dict[str, dict[str, Any]] = {}
    with Pool(2) as pool:
        for done in pool.imap(_analyse, enumerate(records(limit)), chunksize=8):
            if done is None:
                continue
            body, entities = done
            for entity in entities:
                if entity.type != "PERSON":
                    continue
                cid = cluster_id(name_key(entity.name))
                entry = found.setdefault(cid, {"id": cid, "name": entity.name, "articles": 0})
                entry["articles"] += 1
                if "sentence" not in entry:
                    entry["sentence"] = _sentence(body, entity.mentions[0].start)
    return found


def _sentence(body: str, at: int) -> str:
    for start, end in split_sentences(body):
        if start <= at < end:
            return body[start:end].strip()[:300]
    return ""


def score(labels: dict[str, str], found: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Non-person rate over the labelled clusters still found, and persons lost."""
    kept = {cid: kind for cid, kind in labels.items() if cid in found}
    kinds = Counter(kind for kind in kept.values() if kind != "person")
    persons = sum(1 for kind in labels.values() if kind == "person")
    lost = sum(1 for cid, kind in labels.items() if kind == "person" and cid not in found)
    non = sum(kinds.values())
    return {
        "labelled": len(labels),
        "kept": len(kept),
        "non_persons": non,
        "non_person_rate": round(non / len(kept), 3) if kept else 0.0,
        "by_kind": dict(sorted(kinds.items())),
        "persons_lost": lost,
        "persons_lost_rate": round(lost / persons, 3) if persons else 0.0,
        "non_persons_labelled": sum(1 for kind in labels.values() if kind != "person"),
    }


def read_labels(path: Path) -> dict[str, str]:
    """``id<TAB>kind`` lines (``#`` comments allowed)."""
    labels: dict[str, str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) < 2:
            raise SystemExit(f"{path}:{number}: expected id<TAB>kind")
        labels[parts[0].strip()] = parts[1].strip()
    return labels


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--limit", type=int, help="Detik rows and IndoSum articles read")
    parser.add_argument("--sample", type=int, default=150)
    parser.add_argument("--seed", type=int, default=4)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--labels", type=Path)
    parser.add_argument("--list", action="store_true", help="print the labelled non-persons kept")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    found = clusters(args.limit)
    print(f"{len(found)} person clusters", file=sys.stderr)
    if args.out:
        ids = sorted(found)
        chosen = random.Random(args.seed).sample(ids, min(args.sample, len(ids)))
        with args.out.open("w", encoding="utf-8") as handle:
            for cid in chosen:
                handle.write(json.dumps(found[cid], ensure_ascii=False) + "\n")
    if args.labels:
        labels = read_labels(args.labels)
        figures = score(labels, found)
        if args.list:
            for cid, kind in labels.items():
                if cid in found and kind != "person":
                    print(f"  {kind}: {found[cid]['name']}", file=sys.stderr)
        print(json.dumps(figures) if args.json else json.dumps(figures, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
