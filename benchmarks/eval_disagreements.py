"""Evaluate where-outlets-disagree: precision and recall of the proposed disagreements.

Three parts, each optional:

- ``--own`` (default when nothing else is asked): the fictional keyed stories of
  tests/data/disagreements/own.json; every pair of articles with a disagreeing figure is a
  proposal, scored against the keyed pairs (precision and recall);
- ``--db STORE`` (repeatable): the proposals over every story of analysed stores (Detik,
  IndoSum, a mixed store), one per pair of outlets' differing values; ``--write FILE`` writes
  them as JSON Lines for a blind keyer (id, story, quantity, outlets, values, sentences, dates);
  ``--loose COSINE`` adds pairs of alike articles of different outlets as if each were a story
  (the stores' strict stories hold few articles of several outlets);
- ``--keys FILE``: the keyer's labels ({"id", "real_disagreement"}), scored against the
  proposals of the stores: precision over the keyed proposals still proposed.

Measured: the Detik (one outlet), IndoSum, seeds and mixed (seeds + IndoSum + Detik) stores
give no story-level proposal (they hold 12 stories with articles of two or more outlets, and
one quantity given by two outlets, equal); the 18 keyed proposals
(tests/data/disagreements/keyed_sample.jsonl) are all loose pairs, 1 real.

    python benchmarks/eval_disagreements.py                      # the fictional keyed set
    python benchmarks/eval_disagreements.py --db indosum.db --db mixed.db --write to_key.jsonl
    python benchmarks/eval_disagreements.py --db indosum.db --keys keyed.jsonl --json
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

from kabar.api import open_store, story_articles
from kabar.models import Article, Entity
from kabar.stories.disagreements import disagreeing_pairs, find_disagreements

REPO = Path(__file__).resolve().parents[1]
_MIN_LOOSE_ARTICLES = 20
OWN = REPO / "tests" / "data" / "disagreements" / "own.json"


def own_scores(path: Path = OWN) -> dict[str, Any]:
    """Return precision and recall over the fictional keyed stories."""
    stories = json.loads(path.read_text(encoding="utf-8"))["stories"]
    proposed: set[tuple[str, str, str]] = set()
    gold: set[tuple[str, str, str]] = set()
    for story in stories:
        articles = [
            Article(
                id=a["id"],
                source=a["id"],
                title=None,
                body=a["body"],
                outlet=a["outlet"],
                published=a["published"],
                dateline=None,
                entities=tuple(Entity(name, "PERSON") for name in a["people"]),
            )
            for a in story["articles"]
        ]
        for disagreement in find_disagreements(articles):
            for first, second in disagreeing_pairs(disagreement):
                pair = sorted((first.article, second.article))
                proposed.add((pair[0], pair[1], disagreement.quantity))
        gold.update((*sorted(g[:2]), g[2]) for g in story["gold"])
    right = len(proposed & gold)
    return {
        "proposed": len(proposed),
        "keyed": len(gold),
        "precision": right / len(proposed) if proposed else 1.0,
        "recall": right / len(gold) if gold else 1.0,
        "wrong": sorted(proposed - gold),
        "missed": sorted(gold - proposed),
    }


def store_proposals(db: str) -> list[dict[str, Any]]:
    """Return one proposal per pair of differing values over the stories of a store."""
    proposals = []
    with open_store(db) as store:
        for story in store.iter_stories():
            if len(story.articles) < 2:
                continue
            articles = story_articles(store, story)
            proposals.extend(_proposals(articles, db, story.id, story.title, "story"))
    return proposals


def loose_proposals(db: str, threshold: float) -> list[dict[str, Any]]:
    """Return the proposals over pairs of articles of different outlets whose bodies are alike
    (TF-IDF cosine >= threshold), as if each pair were a story: the method's own checks
    without the story clustering's help."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    with open_store(db) as store:
        articles = [a for a in store.iter_articles() if not a.duplicate_of and a.outlet]
    if len(articles) < _MIN_LOOSE_ARTICLES:
        return []  # too few to weigh words by
    vectors = TfidfVectorizer(min_df=2, max_df=0.3, sublinear_tf=True).fit_transform(
        [a.body for a in articles]
    )
    alike = (vectors @ vectors.T).tocoo()
    proposals = []
    for i, j, value in zip(alike.row, alike.col, alike.data, strict=True):
        if i < j and value >= threshold and articles[i].outlet != articles[j].outlet:
            pair = [articles[i], articles[j]]
            proposals.extend(_proposals(pair, db, None, articles[i].title, "loose"))
    return proposals


def _proposals(
    articles: list[Article], db: str, story: str | None, title: str | None, origin: str
) -> list[dict[str, Any]]:
    proposals = []
    for disagreement in find_disagreements(articles):
        for first, second in disagreeing_pairs(disagreement):
            key = "|".join(
                (
                    first.article,
                    second.article,
                    disagreement.quantity,
                    disagreement.unit,
                    first.value,
                    second.value,
                )
            )
            proposals.append(
                {
                    "id": "dg-" + hashlib.sha256(key.encode()).hexdigest()[:12],
                    "origin": origin,
                    "store": Path(db).name,
                    "story": story,
                    "story_title": title,
                    "quantity": disagreement.quantity,
                    "unit": disagreement.unit,
                    "outlets": [first.outlet, second.outlet],
                    "values": [first.value, second.value],
                    "contexts": [first.context, second.context],
                    "dates": [first.published, second.published],
                    "articles": [first.article, second.article],
                }
            )
    return proposals


def keyed_scores(proposals: list[dict[str, Any]], keys: Path) -> dict[str, Any]:
    """Return precision over the keyed proposals that the method still proposes."""
    labels = {}
    for line in keys.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            labels[row["id"]] = bool(row["real_disagreement"])
    current = {p["id"] for p in proposals}
    scored = [labels[i] for i in current if i in labels]
    by_origin = {}
    for origin in sorted({p["origin"] for p in proposals}):
        keyed = [labels[p["id"]] for p in proposals if p["origin"] == origin and p["id"] in labels]
        by_origin[origin] = {
            "keyed": len(keyed),
            "precision": sum(keyed) / len(keyed) if keyed else None,
        }
    return {
        "by_origin": by_origin,
        "keyed": len(labels),
        "still_proposed": len(scored),
        "unkeyed_new": len(current - labels.keys()),
        "precision": sum(scored) / len(scored) if scored else None,
        "keyed_real": sum(labels.values()),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--own", action="store_true", help="score the fictional keyed stories")
    parser.add_argument("--db", action="append", default=[], help="an analysed store")
    parser.add_argument(
        "--loose", type=float, help="also pair alike articles of different outlets (cosine)"
    )
    parser.add_argument("--write", help="write the stores' proposals here (JSON Lines)")
    parser.add_argument("--keys", help="the keyer's labels of the proposals (JSON Lines)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON last")
    args = parser.parse_args(argv)
    result: dict[str, Any] = {}
    if args.own or not args.db:
        result["own"] = own_scores()
        own = result["own"]
        print(
            f"own keyed set: {own['proposed']} proposed, {own['keyed']} keyed, "
            f"precision {own['precision']:.3f}, recall {own['recall']:.3f}"
        )
    proposals: list[dict[str, Any]] = []
    for db in args.db:
        found = store_proposals(db)
        print(f"{db}: {len(found)} proposals in {len({p['story'] for p in found})} stories")
        if args.loose is not None:
            loose = loose_proposals(db, args.loose)
            print(f"{db}: {len(loose)} proposals over alike article pairs (not stories)")
            found += loose
        proposals.extend(found)
    result["proposals"] = len(proposals)
    if args.write:
        with open(args.write, "w", encoding="utf-8") as out:
            for proposal in proposals:
                out.write(json.dumps(proposal, ensure_ascii=False) + "\n")
    if args.keys:
        result["keyed"] = keyed_scores(proposals, Path(args.keys))
        print(f"keyed sample: {result['keyed']}")
    if args.json:
        print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
