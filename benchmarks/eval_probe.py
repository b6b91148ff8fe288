"""Score people and quotes on a held-out probe set against its answer key.

Usage: python benchmarks/eval_probe.py [DIR] [--verbose] [--json]

With ``--json`` the figures are printed to stdout as one JSON object (the report goes to
stderr).

DIR (default ``tests/data/probe2``) holds articles written for kabar by someone who had not
seen the code, and ``expected.json``: per file the persons the text names (canonical full
names), strings that must not come out as persons, and every quote with the first words of its
text, its speaker and its kind. Scores: persons P/R/F1 by canonical name (case, hyphens and
spacing ignored), forbidden persons found (as a canonical name), quotes found per kind
(recall), direct-quote precision, speaker accuracy on found direct quotes (null must be null)
and, where the key gives it, the accuracy of ``speaker_kind`` (public figure or member of the
public).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import sys
from pathlib import Path
from typing import Any

from eval_quotes import f1, ratio

import kabar
from kabar.models import Article, Quote

DEFAULT = Path(__file__).resolve().parents[1] / "tests" / "data" / "probe2"
KINDS = ("direct", "partial", "indirect")


def _norm(text: str | None) -> str:
    """Fold case, hyphens, quotes and spacing so that spellings of one name compare equal."""
    if text is None:
        return ""
    return re.sub(r"[\s\-‐]+", " ", text.lower().replace("’", "'")).strip()


def _words(text: str) -> str:
    """Return text as lower-case words, for matching the first words of a quote."""
    return " ".join(re.findall(r"\w+", text.lower()))


def run(directory: Path) -> dict[str, Article]:
    """Analyse the probe articles in memory; return them by file name."""
    result = kabar.analyze(sorted(str(p) for p in directory.glob("*.txt")))
    return {Path(a.source).name: a for a in result.articles}


def _find_quote(article: Article, expected: dict[str, Any]) -> Quote | None:
    """Return the quote whose text starts with the expected first words, preferring its kind."""
    start = _words(expected["start"])
    matches = [q for q in article.quotes if _words(q.text).startswith(start[: max(12, len(start))])]
    if not matches:
        matches = [q for q in article.quotes if start and start in _words(q.text)]
    if not matches:
        return None
    return next((q for q in matches if q.kind == expected["kind"]), matches[0])


def score(articles: dict[str, Article], key: dict[str, Any], verbose: bool) -> dict[str, float]:
    """Compare the articles with the key; print misses when verbose; return the figures."""
    tally = dict.fromkeys(
        "persons_gold persons_found persons_right forbidden quotes_direct_predicted "
        "quotes_direct_right speaker_known speaker_right speaker_wrong_named kind_known "
        "kind_right".split(),
        0,
    )
    found_by_kind = dict.fromkeys(KINDS, 0)
    gold_by_kind = dict.fromkeys(KINDS, 0)
    for name, want in sorted(key.items()):
        if name.startswith("_"):
            continue
        article = articles.get(name)
        if article is None:
            print(f"{name}: not analysed", file=sys.stderr)
            continue
        people = {_norm(e.name): e for e in article.entities if e.type == "PERSON"}
        gold = {_norm(p) for p in want.get("persons", ())}
        tally["persons_gold"] += len(gold)
        tally["persons_found"] += len(people)
        tally["persons_right"] += len(gold & people.keys())
        if verbose:
            for miss in sorted(gold - people.keys()):
                print(f"{name}: PERSON MISSED {miss}")
            for extra in sorted(people.keys() - gold):
                print(f"{name}: PERSON EXTRA {people[extra].name} {list(people[extra].aliases)}")
        for bad in want.get("not_persons", ()):
            # Only a canonical name counts: a bare surname or "Pak X" may be an alias.
            if _norm(bad) in people:
                tally["forbidden"] += 1
                if verbose:
                    print(f"{name}: FORBIDDEN PERSON {bad}")
        matched: set[int] = set()
        for quote_key in want.get("quotes", ()):
            kind = quote_key["kind"]
            gold_by_kind[kind] += 1
            quote = _find_quote(article, quote_key)
            if quote is None:
                if verbose:
                    print(f"{name}: QUOTE MISSED ({kind}) {quote_key['start']!r}")
                continue
            found_by_kind[kind] += 1
            matched.add(article.quotes.index(quote))
            if kind != "direct":
                continue
            tally["speaker_known"] += 1
            if "speaker_kind" in quote_key:
                tally["kind_known"] += 1
                tally["kind_right"] += quote.speaker_kind == quote_key["speaker_kind"]
            if _norm(quote.speaker) == _norm(quote_key["speaker"]):
                tally["speaker_right"] += 1
            else:
                tally["speaker_wrong_named"] += quote.speaker is not None
                if verbose:
                    print(
                        f"{name}: SPEAKER {quote.speaker!r} != {quote_key['speaker']!r} "
                        f"on {quote_key['start']!r}"
                    )
        direct = [i for i, q in enumerate(article.quotes) if q.kind == "direct"]
        tally["quotes_direct_predicted"] += len(direct)
        tally["quotes_direct_right"] += len([i for i in direct if i in matched])
        if verbose:
            for i in direct:
                if i not in matched:
                    print(f"{name}: QUOTE EXTRA {article.quotes[i].text[:70]!r}")
    figures = _figures(tally, found_by_kind, gold_by_kind)
    for label, value in figures.items():
        print(f"  {label:28s} {value:.3f}")
    return figures


def _figures(
    tally: dict[str, int], found: dict[str, int], gold: dict[str, int]
) -> dict[str, float]:
    """Turn the counts into ratios."""
    p = ratio(tally["persons_right"], tally["persons_found"])
    r = ratio(tally["persons_right"], tally["persons_gold"])
    figures = {
        "persons_p": p,
        "persons_r": r,
        "persons_f1": f1(p, r),
        "forbidden_persons": float(tally["forbidden"]),
    }
    for kind in KINDS:
        figures[f"{kind}_recall"] = ratio(found[kind], gold[kind])
    figures["direct_precision"] = ratio(
        tally["quotes_direct_right"], tally["quotes_direct_predicted"]
    )
    figures["speaker_accuracy"] = ratio(tally["speaker_right"], tally["speaker_known"])
    figures["speaker_wrong_named"] = ratio(tally["speaker_wrong_named"], tally["speaker_known"])
    if tally["kind_known"]:
        figures["speaker_kind_accuracy"] = ratio(tally["kind_right"], tally["kind_known"])
    return figures


def main(argv: list[str] | None = None) -> int:
    """Run the evaluation from the command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("directory", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--verbose", action="store_true", help="print every miss")
    parser.add_argument(
        "--json", action="store_true", help="print the figures as JSON (the report on stderr)"
    )
    args = parser.parse_args(argv)
    key = json.loads((args.directory / "expected.json").read_text(encoding="utf-8"))
    with contextlib.redirect_stdout(sys.stderr if args.json else sys.stdout):
        figures = score(run(args.directory), key, args.verbose)
    if args.json:
        print(json.dumps(figures, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
