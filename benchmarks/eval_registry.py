"""Sample the person registry's merges on the IndoSum and Detik stores for keying by hand.

Usage:
    python benchmarks/eval_registry.py [--store FILE] [--sample 60] [--seed 11]
                                       [--out FILE] [--keys FILE] [--limit N]

Analyses the IndoSum dev folds and the Detik rows (../shared/data) into one store (``--store``
keeps it, and an existing store is read as it is), prints how many people and merges the
registry holds by rule, and writes ``--sample`` merges drawn at random with ``--seed`` to
``--out``, one JSON object a line: ``id``, ``person`` (id and canonical name), ``names``
(the name joined and the names the person already had), ``rule``, ``evidence`` and
``contexts`` (for each name, a sentence of an article naming the person so, with the article
id). A ``.done`` file is touched beside it.

With ``--keys FILE`` (lines of ``{"id": ..., "correct": true/false, "note": ...}``, keyed
blind from the sample written to ``--out`` before, which is read and not drawn again) it
prints the precision of the keyed merges, overall, of people only (a note starting
"non-person" marks a merge of things the entity stage took for people) and by rule.
``--json`` prints the figures as one JSON object on stdout.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from kabar import api
from kabar.text import split_sentences

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
KEYING = Path("/work/keying/registry_merges_to_key.jsonl")


def _inputs(work: Path, limit: int | None) -> list[str]:
    indosum = sorted((SHARED / "indosum_devfolds").glob("dev.*.jsonl.gz"))
    detik = SHARED / "detik_entity_aspect_summ" / "data_berita.csv"
    if not indosum or not detik.exists():
        raise SystemExit(f"eval_registry: {SHARED} lacks IndoSum or Detik (../shared is needed)")
    out = work / "detik.jsonl"
    with detik.open(encoding="utf-8", newline="") as rows, out.open("w") as handle:
        for n, row in enumerate(csv.DictReader(rows)):
            if limit is not None and n >= limit:
                break
            record = {"title": row["judul"], "text": row["isi_berita"], "url": row["tautan"]}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return [*(str(p) for p in indosum), str(out)]


def _sentence(article: Any, name: str) -> str | None:
    for paragraph in article.body.split("\n"):
        for start, end in split_sentences(paragraph):
            if name in paragraph[start:end]:
                return paragraph[start:end].strip()[:400]
    return None


def _context(
    db: sqlite3.Connection, store: api.Store, pid: str, name: str, article: str | None
) -> dict[str, Any] | None:
    """A sentence naming the person so: from ``article`` when given, else from the first
    article where the registry holds the name for this person."""
    ids = [article] if article else []
    ids += [
        r[0]
        for r in db.execute(
            "SELECT article FROM person_mentions WHERE person = ? AND name = ? LIMIT 3",
            (pid, name),
        )
    ]
    for found in store.get_articles(list(dict.fromkeys(ids))):
        sentence = _sentence(found, name)
        if sentence:
            return {"name": name, "article": found.id, "title": found.title, "sentence": sentence}
    return None


def _item(db: sqlite3.Connection, store: api.Store, merge: Any) -> dict[str, Any]:
    known = [
        r[0]
        for r in db.execute(
            "SELECT name FROM person_names WHERE person = ? AND (merge IS NULL OR merge < ?)"
            " ORDER BY merge IS NOT NULL, merge LIMIT 3",
            (merge.person, merge.id),
        )
        if r[0] != merge.name
    ]
    contexts = [_context(db, store, merge.person, merge.name, merge.article)]
    contexts += [_context(db, store, merge.person, name, None) for name in known[:2]]
    return {
        "id": merge.id,
        "person": merge.person,
        "names": [merge.name, *known],
        "rule": merge.evidence.get("rule"),
        "evidence": merge.evidence,
        "contexts": [c for c in contexts if c],
    }


def precision(keys: Path, sample: list[dict[str, Any]]) -> dict[str, Any]:
    """Precision of the keyed merges, overall and by rule (the rule read from the sample)."""
    rules = {item["id"]: item["rule"] for item in sample}
    keyed = [json.loads(line) for line in keys.read_text(encoding="utf-8").splitlines() if line]
    by_rule: dict[str, list[bool]] = {}
    for key in keyed:
        by_rule.setdefault(rules.get(key["id"], "?"), []).append(bool(key["correct"]))
    every = [c for cs in by_rule.values() for c in cs]
    people = [
        bool(k["correct"])
        for k in keyed
        if not str(k.get("note") or "").lower().startswith("non-person")
    ]
    return {
        "keyed": len(every),
        "precision": round(sum(every) / len(every), 3) if every else 0.0,
        "people_keyed": len(people),
        "precision_people": round(sum(people) / len(people), 3) if people else 0.0,
        "by_rule": {r: [sum(cs), len(cs)] for r, cs in sorted(by_rule.items())},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--store", type=Path, help="keep (or reuse) the analysed store here")
    parser.add_argument("--sample", type=int, default=60)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--out", type=Path, default=KEYING)
    parser.add_argument("--keys", type=Path, help="keyed merges: report their precision")
    parser.add_argument("--limit", type=int, help="Detik rows read (default: all)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as work:
        path = args.store or Path(work) / "people.db"
        fresh = not path.exists()
        store = api.open_store(path)
        started = time.perf_counter()
        if fresh:
            result = api.analyze(_inputs(Path(work), args.limit), store)
            print(
                f"analysed {len(result.articles)} articles in {time.perf_counter() - started:.0f}s",
                file=sys.stderr,
            )
        figures = _figures(store, path, args)
        store.close()
    print(json.dumps(figures, ensure_ascii=False) if args.json else _report(figures))
    return 0


def _figures(store: api.Store, path: Path, args: argparse.Namespace) -> dict[str, Any]:
    db = sqlite3.connect(path)
    merges = store.person_merges(limit=10**7)
    people = db.execute("SELECT COUNT(*) FROM people WHERE merged_into IS NULL").fetchone()[0]
    rules: dict[str, int] = {}
    for merge in merges:
        rules[str(merge.evidence.get("rule"))] = rules.get(str(merge.evidence.get("rule")), 0) + 1
    figures: dict[str, Any] = {"people": people, "merges": len(merges), "by_rule": rules}
    if args.keys:
        # The keyed sample is the one written before: read it, never draw it again.
        lines = args.out.read_text(encoding="utf-8").splitlines()
        figures["keyed"] = precision(args.keys, [json.loads(line) for line in lines if line])
        db.close()
        return figures
    chosen = random.Random(args.seed).sample(merges, min(args.sample, len(merges)))
    sample = [_item(db, store, m) for m in sorted(chosen, key=lambda m: m.id)]
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        with args.out.open("w", encoding="utf-8") as handle:
            for item in sample:
                handle.write(json.dumps(item, ensure_ascii=False) + "\n")
        Path(f"{args.out}.done").touch()
    db.close()
    return figures


def _report(figures: dict[str, Any]) -> str:
    lines = [f"people {figures['people']}, merges {figures['merges']}"]
    lines += [f"  {rule}: {n}" for rule, n in sorted(figures["by_rule"].items())]
    if "keyed" in figures:
        k = figures["keyed"]
        lines.append(f"keyed {k['keyed']}: precision {k['precision']}")
        lines.append(f"  of merges of people ({k['people_keyed']}): {k['precision_people']}")
        lines += [f"  {rule}: {ok}/{n}" for rule, (ok, n) in k["by_rule"].items()]
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
