"""Evaluate duplicates and stories against gold data, beside a plain TF-IDF + cosine baseline.

- Story clustering on ../shared/data/uci_news_aggregator_sample (6,366 English headlines with
  gold STORY ids): pairwise and B-cubed precision / recall / F1. kabar runs with English stop
  words and no Indonesian background prior (language settings only), streaming the headlines
  in timestamp order in runs of RUN_SIZE.
- Duplicate recall on the 91 exact duplicate rows of ../shared/data/detik_entity_aspect_summ.
- False-duplicate rate on ../shared/data/indosum_devfolds (3,463 unique articles, essentially
  no syndicated copies).

Run: .venv/bin/python benchmarks/eval_stories.py [--quick] [--json] [--kabar-only]
(``--json`` prints one JSON object, which the quality gates in tests/gates read; ``--kabar-only``
skips the TF-IDF baseline, the one user of scipy and scikit-learn.)
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import sys
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
from corpora import indosum_records

from kabar.models import Article
from kabar.stories import link

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
UCI = SHARED / "uci_news_aggregator_sample" / "uci-news-aggregator.first6366.csv"
DETIK = SHARED / "detik_entity_aspect_summ" / "data_berita.csv"
# Articles per link() call when streaming: exercises the incremental path as a pipeline would.
RUN_SIZE = 500
# Baseline thresholds: cosine at which two headlines are "the same story" and two bodies
# "duplicates" (common choices, not tuned on these sets).
BASELINE_STORY_COSINE = 0.5
BASELINE_DUPLICATE_COSINE = 0.9


def pairwise_scores(gold: dict[str, str], predicted: dict[str, str]) -> dict[str, float]:
    """Return pairwise precision, recall and F1 of a clustering against gold labels."""
    def pairs(labels: dict[str, str]) -> int:
        return sum(n * (n - 1) // 2 for n in Counter(labels.values()).values())

    both = Counter((gold[i], predicted[i]) for i in gold)
    true_positive = sum(n * (n - 1) // 2 for n in both.values())
    predicted_pairs, gold_pairs = pairs({i: predicted[i] for i in gold}), pairs(gold)
    precision = true_positive / predicted_pairs if predicted_pairs else 1.0
    recall = true_positive / gold_pairs if gold_pairs else 1.0
    return _with_f1(precision, recall)


def bcubed_scores(gold: dict[str, str], predicted: dict[str, str]) -> dict[str, float]:
    """Return B-cubed precision, recall and F1 (Bagga & Baldwin 1998) of a clustering."""
    both = Counter((gold[i], predicted[i]) for i in gold)
    gold_size = Counter(gold.values())
    predicted_size = Counter(predicted[i] for i in gold)
    precision = sum(n * n / predicted_size[p] for (_, p), n in both.items()) / len(gold)
    recall = sum(n * n / gold_size[g] for (g, _), n in both.items()) / len(gold)
    return _with_f1(precision, recall)


def _with_f1(precision: float, recall: float) -> dict[str, float]:
    """Return precision, recall and their harmonic mean."""
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def uci_articles(limit: int | None = None) -> tuple[list[Article], dict[str, str]]:
    """Return the UCI headlines as articles (timestamp order) and their gold story ids."""
    articles, gold = [], {}
    with UCI.open(encoding="utf-8", newline="") as handle:
        for row in itertools.islice(csv.DictReader(handle), limit):
            moment = datetime.fromtimestamp(int(row["TIMESTAMP"]) / 1000, tz=UTC)
            ident = f"uci-{row['ID']}"
            articles.append(Article(
                id=ident, source=row["URL"], title=row["TITLE"], body="",
                outlet=row["PUBLISHER"], published=moment.isoformat(timespec="minutes"),
                dateline=None, language="en",
            ))
            gold[ident] = row["STORY"]
    articles.sort(key=lambda a: (a.published or "", a.id))
    return articles, gold


def detik_articles() -> tuple[list[Article], dict[str, str]]:
    """Return the Detik rows as articles and, per row, the id of its gold exact-copy group."""
    articles, group = [], {}
    first_of: dict[str, str] = {}
    with DETIK.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            ident = f"detik-{row['id']}"
            moment = datetime.strptime(row["tanggal"], "%m/%d/%Y %H:%M")
            articles.append(Article(
                id=ident, source=row["tautan"], title=row["judul"], body=row["isi_berita"],
                outlet="Detik", published=moment.isoformat(timespec="minutes"), dateline=None,
            ))
            group[ident] = first_of.setdefault(row["isi_berita"], ident)
    return articles, group


def indosum_articles(limit: int | None = None) -> list[Article]:
    """Return the unique IndoSum dev articles (publication time from the id prefix)."""
    articles: list[Article] = []
    for record in indosum_records():
        paragraphs = [
            " ".join(" ".join(sentence) for sentence in paragraph)
            for paragraph in record["paragraphs"]
        ]
        stamp = int(record["id"].split("-")[0])
        articles.append(
            Article(
                id=record["id"],
                source=record.get("source_url") or record["id"],
                title=None,
                body="\n\n".join(paragraphs),
                outlet=record.get("source"),
                published=datetime.fromtimestamp(stamp, tz=UTC).isoformat(timespec="minutes"),
                dateline=None,
            )
        )
        if limit is not None and len(articles) >= limit:
            break
    return articles


def link_stream(
    articles: Sequence[Article], *, run_size: int = RUN_SIZE, background: str | None = "id"
) -> dict[str, Article]:
    """Link articles in consecutive runs of run_size, as successive pipeline runs would."""
    state, out = None, {}
    for start in range(0, len(articles), run_size):
        linked = link(articles[start : start + run_size], state, background=background)
        state = linked.state
        out.update({a.id: a for a in linked.articles})
        for ident, duplicate_of, story in linked.relinked:
            out[ident] = Article(**{**out[ident].__dict__, "duplicate_of": duplicate_of,
                                    "story": story})
    return out


def baseline_clusters(texts: Sequence[str], threshold: float, language: str) -> np.ndarray:
    """Cluster texts as connected components of TF-IDF cosine >= threshold (the baseline)."""
    from scipy.sparse.csgraph import connected_components
    from sklearn.feature_extraction.text import TfidfVectorizer

    vectoriser = TfidfVectorizer(stop_words="english" if language == "en" else None,
                                 dtype=np.float32)
    matrix = vectoriser.fit_transform(texts)
    similarity = (matrix @ matrix.T).tocsr()
    similarity.data[similarity.data < threshold] = 0
    similarity.eliminate_zeros()
    return connected_components(similarity, directed=False)[1]


def baseline_duplicates(texts: Sequence[str], threshold: float) -> np.ndarray:
    """Return, per text, whether an earlier text has TF-IDF cosine >= threshold (the baseline)."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    matrix = TfidfVectorizer(dtype=np.float32).fit_transform(texts)
    similarity = (matrix @ matrix.T).tocoo()
    earlier = (similarity.col < similarity.row) & (similarity.data >= threshold)
    flagged = np.zeros(len(texts), dtype=bool)
    flagged[similarity.row[earlier]] = True
    return flagged


def evaluate_uci(limit: int | None = None, *, baseline: bool = True) -> dict[str, dict]:
    """Score kabar and (unless ``baseline`` is False) the baseline on the UCI headlines."""
    articles, gold = uci_articles(limit)
    started = time.perf_counter()
    linked = link_stream(articles, background=None)
    seconds = time.perf_counter() - started
    predicted = {i: a.story or i for i, a in linked.items()}
    result: dict[str, dict] = {
        "kabar_pairwise": pairwise_scores(gold, predicted),
        "kabar_bcubed": bcubed_scores(gold, predicted),
        "info": {"articles": len(articles), "gold_stories": len(set(gold.values())),
                 "kabar_stories": len(set(predicted.values())), "kabar_seconds": seconds},
    }
    if baseline:
        labels = baseline_clusters([a.title or "" for a in articles], BASELINE_STORY_COSINE, "en")
        base = {a.id: str(label) for a, label in zip(articles, labels, strict=True)}
        result["baseline_pairwise"] = pairwise_scores(gold, base)
        result["baseline_bcubed"] = bcubed_scores(gold, base)
        result["info"]["baseline_stories"] = len(set(base.values()))
    return result


def evaluate_detik(*, baseline: bool = True) -> dict[str, dict]:
    """Score duplicate recall on the Detik exact copies, and count near copies found beyond them.

    A gold copy counts as found when it ends up in the same duplicate group (same earliest
    copy) as the first row of its gold group; ties in publication time go to the smaller id,
    so the earliest copy need not be the first row. Near copies beyond the exact ones are
    Detik republishing its own text with a new headline and lead (no gold for them).
    """
    articles, group = detik_articles()
    linked = link_stream(articles)
    root = {i: a.duplicate_of or i for i, a in linked.items()}
    copies = [i for i, g in group.items() if g != i]
    found = sum(1 for i in copies if root[i] == root[group[i]])
    beyond = sum(1 for i in linked if root[i] != i and group[root[i]] != group[i])
    result: dict[str, dict] = {
        "kabar": {"recall": found / len(copies), "near_copies_beyond_exact": beyond},
        "info": {"articles": len(articles), "gold_copies": len(copies)},
    }
    if baseline:
        flagged = baseline_duplicates([a.body for a in articles], BASELINE_DUPLICATE_COSINE)
        base_found = sum(1 for a, f in zip(articles, flagged, strict=True)
                         if f and group[a.id] != a.id)
        result["baseline"] = {"recall": base_found / len(copies),
                              "near_copies_beyond_exact": int(flagged.sum()) - base_found}
    return result


def evaluate_indosum(limit: int | None = None, *, baseline: bool = True) -> dict[str, dict]:
    """Measure the false-duplicate rate on IndoSum dev (no syndicated copies)."""
    articles = indosum_articles(limit)
    linked = link_stream(articles)
    flagged = sum(1 for a in linked.values() if a.duplicate_of is not None)
    stories = Counter(a.story for a in linked.values())
    result: dict[str, dict] = {
        "kabar": {"false_duplicate_rate": flagged / len(articles), "flagged": flagged},
        "info": {"articles": len(articles), "stories": len(stories),
                 "largest_story": max(stories.values())},
    }
    if baseline:
        base = int(
            baseline_duplicates([a.body for a in articles], BASELINE_DUPLICATE_COSINE).sum()
        )
        result["baseline"] = {"false_duplicate_rate": base / len(articles), "flagged": base}
    return result


def _print(name: str, result: dict[str, dict]) -> None:
    """Print one evaluation as aligned rows."""
    print(f"== {name}")
    for row, values in result.items():
        cells = "  ".join(
            f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in values.items()
        )
        print(f"  {row:18} {cells}")


def main(argv: Iterable[str] | None = None) -> None:
    """Run the three evaluations and print them."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="first 2,000 UCI / IndoSum rows")
    parser.add_argument("--uci-rows", type=int, help="first N UCI headlines (overrides --quick)")
    parser.add_argument("--indosum-rows", type=int, help="first N IndoSum articles")
    parser.add_argument("--kabar-only", action="store_true", help="skip the TF-IDF baseline")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(list(argv) if argv is not None else None)
    quick = 2000 if args.quick else None
    baseline = not args.kabar_only
    results = {
        "uci": evaluate_uci(args.uci_rows or quick, baseline=baseline),
        "detik": evaluate_detik(baseline=baseline),
        "indosum": evaluate_indosum(args.indosum_rows or quick, baseline=baseline),
    }
    if args.json:
        print(json.dumps(results))
        return
    _print("UCI story clustering", results["uci"])
    _print("Detik exact duplicates", results["detik"])
    _print("IndoSum false duplicates", results["indosum"])


if __name__ == "__main__":
    main(sys.argv[1:])
