"""Evaluate stories at the event level on the keyed hand-written corpus tests/data/stories_events.

Every article of the corpus (fictional, written for this benchmark) carries the key of its
event; hard distractors sit beside the events: two verdicts read in one court on one day,
daily market reports on consecutive days, two raids by one agency a week apart, two disasters
in one place two days apart, and undated articles (a background explainer, a near copy).
The corpus is analysed through ``kabar.api.analyze_records`` (every stage, one run), then
scored by pairwise precision / recall over article pairs: a pair is positive when both
articles report one event.

Run: .venv/bin/python benchmarks/eval_story_events.py [--json] [--shuffles N]
(``--shuffles`` also analyses the corpus in N shuffled orders and reports the worst scores.)
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from kabar import api

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "data" / "stories_events" / "events.jsonl"


def read_corpus(path: Path = CORPUS) -> list[dict[str, Any]]:
    """Return the keyed records of the corpus."""
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def pairwise(gold: dict[str, str], predicted: dict[str, str]) -> dict[str, float]:
    """Return pairwise precision, recall and F1 of a clustering against gold labels."""
    def pairs(labels: dict[str, str]) -> int:
        return sum(n * (n - 1) // 2 for n in Counter(labels.values()).values())

    both = Counter((gold[i], predicted[i]) for i in gold)
    true = sum(n * (n - 1) // 2 for n in both.values())
    found, wanted = pairs(predicted), pairs(gold)
    precision = true / found if found else 1.0
    recall = true / wanted if wanted else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def evaluate(records: list[dict[str, Any]]) -> dict[str, Any]:
    """Analyse the records in one run and score their stories against the event keys."""
    inputs = [{**r, "url": f"https://example.test/{r['id']}"} for r in records]
    result = api.analyze_records(inputs)
    key = {f"https://example.test/{r['id']}": r["id"] for r in records}
    gold = {r["id"]: r["event"] for r in records}
    predicted = {key[a.source]: a.story or a.id for a in result.articles}
    scores = pairwise(gold, predicted)
    groups: dict[str, list[str]] = {}
    for ident, story in predicted.items():
        groups.setdefault(story, []).append(ident)
    mixed = sorted(
        sorted(ids) for ids in groups.values() if len({gold[i] for i in ids}) > 1
    )
    undated = [i for s in result.stories for i in getattr(s, "undated_articles", ())]
    return {**scores, "articles": len(records), "events": len(set(gold.values())),
            "stories": len(groups), "mixed_stories": mixed,
            "undated_marked": len(undated)}


def main(argv: Iterable[str] | None = None) -> None:
    """Score the corpus (and shuffled orders of it) and print the result."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--shuffles", type=int, default=0, help="also N shuffled orders")
    args = parser.parse_args(list(argv) if argv is not None else None)
    records = read_corpus()
    result = evaluate(records)
    worst = dict(result)
    for seed in range(args.shuffles):
        shuffled = list(records)
        random.Random(seed).shuffle(shuffled)
        again = evaluate(shuffled)
        for name in ("precision", "recall", "f1"):
            worst[name] = min(worst[name], again[name])
    out = {"in_order": result, "worst_of_shuffles": worst}
    if args.json:
        print(json.dumps(out))
        return
    for name, values in out.items():
        print(f"== {name}: precision={values['precision']:.3f} recall={values['recall']:.3f} "
              f"f1={values['f1']:.3f} stories={values['stories']} events={values['events']}")
    for ids in result["mixed_stories"]:
        print("  mixed:", " ".join(ids))


if __name__ == "__main__":
    main(sys.argv[1:])
