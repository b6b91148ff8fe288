"""Evaluate statement linking: precision and recall of each similarity on keyed quote pairs.

Each pair is two quotes (speaker, text, outlet, date) keyed as one statement or not. A method
links a pair when the speakers can be one person, no guard fires (numbers, named people,
negation) and its similarity reaches its threshold. Methods: ``char`` (character 4-grams),
``aligned`` (share of content-word stems), ``pipeline`` (the decision the pipeline takes:
aligned stems under the statement settings), ``embedding`` (the static model bundled in the
``wordllama`` wheel, when importable: no dependency of kabar), each also without the guards.

    python benchmarks/eval_statements.py                         # tests/data/statement_pairs/*
    python benchmarks/eval_statements.py --pairs FILE --json     # another keyed file
    python benchmarks/eval_statements.py --sweep                 # P/R at several thresholds

Figures (pipeline, guards on): keyed_pairs P 1.000 R 0.961 F1 0.980 since the general glossary
of about 4,200 words (1.000 / 0.934 / 0.966 with its first 1,030; before the glossary, polarity
and subject guards: 1.000 / 0.882 / 0.937); dev_pairs 0.955 / 1.000 / 0.977
(0.905 / 0.905 / 0.905); blind2_pairs, set 2, 1.000 / 0.977 / 0.988 since it was tuned on
(first score 0.821 / 0.640 / 0.719); blind3_pairs, set 3, 1.000 / 0.907 / 0.951 since the
cross-language guards were tuned on it (first score 0.952 / 0.800 / 0.870; 0.941 / 0.853 /
0.895 with the glossary, which was written without seeing it); blind4_pairs, set 4, first
score 0.925 / 0.827 / 0.873, then 0.958 / 0.920 / 0.939 with names shortened by their first or
last words taken as one speaker, meny-/peny- roots in s, one consonant for another as another
name, negations through light verbs and "atau bukan" as a choice. With a list of about 1,100
Indonesian roots (src/kabar/data/words/indonesian_roots.txt), 210 synonym groups and a glossary
of about 4,850 words: set 3 1.000 / 0.947 / 0.973, set 4 0.960 / 0.960 / 0.960, the others
unchanged. Set 6 (blind6_pairs), first score 0.970 / 0.867 / 0.915; with the fixes of its
misses by kind, each checked on every set (speakers without middle words or with a Javanese
"o" written "a", numbers matched one to one, figures in words left to the number guard,
negations said in one word, near-names across languages, places by their epithets, times
with a colon, the "no" of a bound, a cut quote compared with its sentence): keyed 1.000 /
0.987 / 0.993, set 2 1.000 / 0.988 / 0.994, set 3 1.000 / 1.000 / 1.000, set 4 0.961 / 0.987
/ 0.974, set 5 0.986 / 0.960 / 0.973, set 6 1.000 / 0.987 / 0.993. Set 8 (blind8_pairs), first
score 0.915 / 0.867 / 0.890 (set 7 first 0.972 / 0.908 / 0.939); with the fixes of both sets'
errors by kind (numbers in units of one dimension compared in its base unit, digit groups read
in the quote's own language, English "none", bare roots of opposites, negation scopes through
verbs of having and up to the next clause, mistyped negations, parts of a period, untranslated
opposites, swapped clauses, a sentence of an English quote, numbers as words of their value):
keyed 1.000 / 1.000 / 1.000, set 2 1.000 / 1.000 / 1.000, set 4 0.987 / 0.987 / 0.987, set 5
0.986 / 0.973 / 0.980, set 7 0.987 / 0.974 / 0.980, set 8 1.000 / 0.987 / 0.993, the others
unchanged. Set 9 (blind9_pairs), first score 0.923 / 0.947 / 0.935; with two people given each
other's part, negations through "mengajukan" / "melakukan", the way a victim was hurt and
exhaust emissions as subjects, and a space before a digit group: 0.986 / 0.961 / 0.973, the
others unchanged.

The embedding is measured with the wheel installed beside kabar, never as its dependency:
``pip install --target /tmp/wl wordllama==0.4.0.post1`` then ``PYTHONPATH=src:/tmp/wl``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from kabar.config import DEFAULT_SETTINGS
from kabar.stories.statement_match import (
    SIMILARITIES,
    THRESHOLDS,
    Wording,
    alike,
    compatible_speakers,
    conflict,
    wording,
)

PAIRS = Path(__file__).resolve().parents[1] / "tests" / "data" / "statement_pairs"


def read_pairs(paths: list[Path]) -> list[dict[str, Any]]:
    """Read keyed pairs from JSON Lines files (one error line per bad line, then stop)."""
    pairs = []
    for path in paths:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                _ = (row["a"]["text"], row["b"]["text"], row["same"])
            except (ValueError, KeyError, TypeError) as error:
                raise SystemExit(f"{path}:{number}: not a keyed pair: {error}") from error
            pairs.append(row)
    return pairs


def _embedding() -> Any:
    """Return a similarity from the wordllama model, or None when it is not installed."""
    try:
        from wordllama import WordLlama  # type: ignore[import-not-found]
        from wordllama import __file__ as wordllama_file_name
    except ImportError:
        return None
    # The wheel bundles the weights and the tokenizer, but looks for the tokenizer in a folder
    # beside its package code only under another name: point a cache folder at the bundled file, and
    # never download.
    import tempfile

    bundled = Path(wordllama_file_name).parent / "tokenizers"
    cache = Path(tempfile.mkdtemp(prefix="wordllama-"))
    (cache / "tokenizers").mkdir()
    for file in bundled.glob("*.json"):
        (cache / "tokenizers" / file.name).symlink_to(file)
    model = WordLlama.load(cache_dir=cache, disable_download=True)

    def similarity(a: Wording, b: Wording) -> float:
        return float(model.similarity(a.text, b.text))

    return similarity


def score(
    pairs: list[dict[str, Any]], method: str, sim: Any, threshold: float, guards: bool = True
) -> dict[str, Any]:
    """Return precision, recall and F1 of one method over the pairs, and its errors by kind."""
    tp = fp = fn = 0
    wrong: Counter[str] = Counter()
    for pair in pairs:
        a, b = wording(pair["a"]["text"]), wording(pair["b"]["text"])
        speakers = (pair["a"].get("speaker"), pair["b"].get("speaker"))
        linked = (
            compatible_speakers(*speakers)
            and (not guards or conflict(a, b, speakers) is None)
            and sim(a, b) >= threshold
        )
        tp += linked and pair["same"]
        fp += linked and not pair["same"]
        fn += (not linked) and pair["same"]
        if linked != pair["same"]:
            wrong[f"{'fp' if linked else 'fn'}:{pair.get('kind', '?')}"] += 1
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "method": method,
        "threshold": threshold,
        "guards": guards,
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "errors": dict(wrong),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", action="append", type=Path, help="keyed pairs (JSON Lines)")
    parser.add_argument("--sweep", action="store_true", help="also try other thresholds")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON last")
    args = parser.parse_args(argv)
    paths = args.pairs or sorted(PAIRS.glob("*.jsonl"))
    pairs = read_pairs(paths)
    same = sum(bool(p["same"]) for p in pairs)
    print(
        f"{len(pairs)} keyed pairs ({same} same, {len(pairs) - same} different) from "
        f"{', '.join(p.name for p in paths)}"
    )
    settings = DEFAULT_SETTINGS.statements
    # The pipeline's decision: aligned stems under the statement settings (1.0 = linked).
    methods = {
        "pipeline": lambda a, b: float(alike(a, b, settings)),
        **SIMILARITIES,
    }
    embedding = _embedding()
    if embedding is not None:
        methods["embedding"] = embedding
    results = []
    for method, sim in methods.items():
        for guards in (True, False):
            results.append(score(pairs, method, sim, THRESHOLDS.get(method, 1.0), guards))
            if args.sweep and guards and method != "pipeline":
                for threshold in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
                    results.append(score(pairs, method, sim, threshold, guards))
    for r in results:
        print(
            f"{r['method']:9} t={r['threshold']:.2f} guards={'on ' if r['guards'] else 'off'} "
            f"P={r['precision']:.3f} R={r['recall']:.3f} F1={r['f1']:.3f} {r['errors']}"
        )
    if args.json:
        print(json.dumps({"pairs": len(pairs), "results": results}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
