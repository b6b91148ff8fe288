"""End-to-end evaluation: ``kabar.analyze`` on the bundled examples against their answer key.

Usage: python benchmarks/eval_examples.py [--verbose] [--out FILE] [--json]

Scores every field the key gives (title, outlet, published, dateline, authors, wire sources,
boilerplate removed, sentences kept, persons and aliases, quotes with speaker and kind,
duplicates, stories) and prints each miss with --verbose. The key's stories are storylines in
the two-level sense (a case's raid, the suspect's lawyer and a legislator's reaction; a flood's
first day and the next day's update): an event story is one happening, so story pairs are
scored at the storyline level (``story_pair_*``: an article's story's storyline, the story
itself when it continues no other), and the event stories must not mix the key's stories
(``event_pair_precision``). The figures are the product's
behaviour on articles in the style of the hidden set; tests/gates/test_examples_gate.py runs
this script with ``--json`` (the figures as one JSON object on stdout) and pins floors.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from itertools import combinations
from pathlib import Path
from typing import Any

import kabar
from kabar.models import Article

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "examples" / "corpus"
KEY = REPO / "tests" / "data" / "examples_expected.json"
# story id -> its storyline's id (the story's own when alone) of the last run
_STORYLINES: dict[str, str] = {}
FIELDS = ("title", "outlet", "published", "dateline", "authors", "wire_sources")


def run(corpus: Path = CORPUS) -> dict[str, Article]:
    """Analyse the corpus in memory; return articles keyed like the answer key."""
    result = kabar.analyze([str(corpus)])
    _STORYLINES.clear()
    _STORYLINES.update({s.id: s.storyline or s.id for s in result.stories})
    keyed = {}
    for article in result.articles:
        relative = Path(article.source.split("#")[0]).relative_to(corpus).as_posix()
        suffix = "#" + article.source.split("#")[1] if "#" in article.source else ""
        keyed[relative + suffix] = article
    return keyed


def _same_field(field: str, got: Any, want: Any) -> bool:
    if field == "published":
        # The key writes local time without an offset; kabar may add "+07:00".
        return (got or "")[: len(want or "")] == (want or "") and (got is None) == (want is None)
    if isinstance(want, list):
        return list(got) == want
    return bool(got == want)


def _quote_matches(article: Article, expected: dict[str, Any]) -> tuple[bool, bool, bool]:
    """Return (found, speaker right, kind right) for one expected quote.

    A reported clause may contain a partial quote with the same words, so a quote of the
    expected kind is preferred among those that match the text.
    """
    start = expected["text_start"]
    matches = [q for q in article.quotes if start in q.text or q.text.startswith(start[:25])]
    if not matches:
        return False, False, False
    quote = next((q for q in matches if q.kind == expected["kind"]), matches[0])
    return True, quote.speaker == expected["speaker"], quote.kind == expected["kind"]


def evaluate(verbose: bool = False) -> dict[str, float]:
    """Score the pipeline on the examples; print misses when verbose."""
    key = {k: v for k, v in json.loads(KEY.read_text("utf-8")).items() if not k.startswith("_")}
    articles = run()
    misses: list[str] = []
    scores: dict[str, list[bool]] = defaultdict(list)
    for name, expected in key.items():
        article = articles.get(name)
        if article is None:
            misses.append(f"{name}: not analysed")
            continue
        for field in FIELDS:
            ok = _same_field(field, getattr(article, field), expected[field])
            scores[field].append(ok)
            if not ok:
                misses.append(f"{name}: {field} {getattr(article, field)!r} != {expected[field]!r}")
        for line in expected["boilerplate"]:
            ok = line not in article.body
            scores["boilerplate_removed"].append(ok)
            if not ok:
                misses.append(f"{name}: boilerplate kept: {line!r}")
        for sentence in expected["kept"]:
            ok = sentence in article.body
            scores["sentences_kept"].append(ok)
            if not ok:
                misses.append(f"{name}: sentence lost: {sentence[:70]!r}")
        names = {e.name for e in article.entities}
        for person in expected["persons"]:
            ok = person in names
            scores["persons_found"].append(ok)
            if not ok:
                misses.append(f"{name}: person missing: {person!r}")
        for canonical, aliases in expected["aliases"].items():
            entity = next((e for e in article.entities if e.name == canonical), None)
            for alias in aliases:
                ok = entity is not None and alias in entity.aliases
                scores["aliases_resolved"].append(ok)
                if not ok:
                    misses.append(f"{name}: alias {alias!r} not under {canonical!r}")
        for quote in expected["quotes"]:
            found, speaker, kind = _quote_matches(article, quote)
            group = "direct" if quote["kind"] == "direct" else "other"
            scores[f"quotes_{group}_found"].append(found)
            if found:
                scores[f"quotes_{group}_speaker"].append(speaker)
                scores[f"quotes_{group}_kind"].append(kind)
            if not (found and speaker and kind):
                misses.append(
                    f"{name}: quote {quote['text_start'][:40]!r} "
                    f"found={found} speaker_ok={speaker} kind_ok={kind}"
                )
        want_dup = expected["duplicate_of"]
        got_dup = article.duplicate_of
        ok = (got_dup is None) == (want_dup is None) and (
            want_dup is None
            or (articles.get(want_dup) is not None and articles[want_dup].id == got_dup)
        )
        scores["duplicates"].append(ok)
        if not ok:
            misses.append(f"{name}: duplicate_of {got_dup!r}, expected {want_dup!r}")
    pair_scores = _pairwise(key, articles)
    figures = {f: round(sum(v) / len(v), 3) for f, v in sorted(scores.items()) if v}
    figures.update(pair_scores)
    if verbose:
        print("\n".join(misses))
    return figures


def _pairwise(key: dict[str, Any], articles: dict[str, Article]) -> dict[str, float]:
    """Pairwise precision and recall against the key's stories, at both levels.

    The key's stories are storylines (see the module docstring): storyline co-membership gives
    ``story_pair_*``; event stories, finer, give only ``event_pair_precision``.
    """
    names = [n for n in key if n in articles]

    def counts(group: dict[str, str | None]) -> tuple[float, float]:
        true_positive = false_positive = false_negative = 0
        for one, two in combinations(names, 2):
            same_gold = key[one]["story"] == key[two]["story"]
            same_got = group[one] is not None and group[one] == group[two]
            true_positive += same_gold and same_got
            false_positive += same_got and not same_gold
            false_negative += same_gold and not same_got
        precision = true_positive / max(1, true_positive + false_positive)
        return precision, true_positive / max(1, true_positive + false_negative)

    events = {n: articles[n].story for n in names}
    lines = {n: _STORYLINES.get(s, s) if s else None for n, s in events.items()}
    line_precision, line_recall = counts(lines)
    event_precision, _ = counts(events)
    return {
        "story_pair_precision": round(line_precision, 3),
        "story_pair_recall": round(line_recall, 3),
        "event_pair_precision": round(event_precision, 3),
    }


def main(argv: list[str] | None = None) -> int:
    """Print the scores (and misses with --verbose)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--verbose", "-v", action="store_true")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON only")
    args = parser.parse_args(argv)
    figures = evaluate(args.verbose and not args.json)
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        for name, value in figures.items():
            print(f"{name:28} {value:.3f}")
    if args.out:
        args.out.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
