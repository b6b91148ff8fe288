"""Quality gate of statement linking, via benchmarks/eval_statements.py.

The keyed pairs (tests/data/statement_pairs/keyed_pairs.jsonl: 166 fictional quote pairs keyed
blind, with hard negatives: other numbers, other people named, negation, other speaker, same
speaker's other statement), the development pairs (dev_pairs.jsonl, 48, written while the
method was built) and set 2 (blind2_pairs.jsonl, 187 pairs written blind by a teammate, the
development set of the glossary, synonyms and polarity/subject guards since its first score;
blind2_README.md). Measured with the pipeline's decision: keyed P 1.000 R 0.961 F1 0.980;
development P 0.955 R 1.000 F1 0.977; set 2 P 1.000 R 0.977 F1 0.988. First scores, before
anything was changed after reading them: keyed P 0.939 R 0.605 F1 0.736; set 2 P 0.821
R 0.640 F1 0.719. Set 3 (blind3_pairs.jsonl, 160 pairs, 30 translations and 12 negatives
across languages; blind3_README.md): first score P 0.952 R 0.800 F1 0.870, then 0.941 / 0.853
/ 0.895 with the general glossary written without seeing it, then 1.000 / 0.907 / 0.951.
Set 4 (blind4_pairs.jsonl, 160 pairs, 43 across languages; blind4_README.md): first score
P 0.925 R 0.827 F1 0.873, then 0.958 / 0.920 / 0.939. With the list of Indonesian roots, the
larger synonym groups and glossary, blends of a name with common words, translated light-verb
negations and English quotes aligned through their translations: set 3 1.000 / 0.947 / 0.973,
set 4 0.960 / 0.960 / 0.960 (keyed, development and set 2 unchanged). Set 5
(blind5_pairs.jsonl, 160 pairs, 28 translations and 14 negatives across languages;
blind5_README.md): first score P 0.955 R 0.853 F1 0.901; with the vocabulary above, written
without seeing it, P 0.943 R 0.880 F1 0.910; with "file" read as the verb it mostly is
in news English, 0.957 / 0.880 / 0.917. Set 6 (blind6_pairs.jsonl, 160 pairs, 25 translations
and 12 negatives across languages; blind6_README.md): first score P 0.970 R 0.867 F1 0.915.
With speakers named without middle words, numbers matched one to one, figures in words left to
the number guard, negations said in one word, near-names across languages, epithets of places,
times with a colon, a bound's "no" and a cut quote compared with its sentence (each checked on
every set): keyed P 1.000 R 0.987 F1 0.993; set 2 1.000 / 0.988 / 0.994; set 3 1.000 / 1.000
/ 1.000; set 4 0.961 / 0.987 / 0.974; set 5 0.986 / 0.960 / 0.973; set 6 1.000 / 0.987 /
0.993 (development unchanged). Set 7 (blind7_pairs.jsonl) first score P 0.972 R 0.908 F1 0.939.
Set 8 (blind8_pairs.jsonl, 160 pairs, 26 translations and 12 negatives across languages;
blind8_README.md): first score P 0.915 R 0.867 F1 0.890. With numbers counted in units of one
dimension compared in its base unit and digit groups read in the quote's own language, English
"none", a bare root of opposites listed only affixed, negation scopes through verbs of having
and up to the next clause, mistyped negations, parts of a period, untranslated opposites,
opposites said of one party by swapped clauses, one sentence of an English quote, numbers as
words of their value, and vocabulary (each checked on every set): keyed 1.000 / 1.000 / 1.000;
set 2 1.000 / 1.000 / 1.000; set 4 0.987 / 0.987 / 0.987; set 5 0.986 / 0.973 / 0.980; set 7
0.987 / 0.974 / 0.980; set 8 1.000 / 0.987 / 0.993 (development, sets 3 and 6 unchanged).
Set 9 (blind9_pairs.jsonl, 160 pairs, 26 translations and 12 negatives across languages;
blind9_README.md): first score P 0.923 R 0.947 F1 0.935. With two people given each other's
part, a negation through the light verbs "mengajukan" and "melakukan", the way a victim was
hurt and exhaust emissions as subjects, and a space before a digit group (each checked on every
set): set 9 P 0.986 R 0.961 F1 0.973, the other sets unchanged.
Set 10 (blind10_pairs.jsonl, 160 pairs, 25 translations, 12 negatives across languages;
blind10_README.md), never read: first score P 0.895 R 0.907 F1 0.901; after the work on sets 8
and 9 P 0.932 R 0.920 F1 0.926 (what that work carried over to pairs nobody fitted).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from benchmark_script import run_benchmark

PAIRS = Path(__file__).resolve().parents[1] / "data" / "statement_pairs"
MIN_PRECISION = 0.95
MIN_F1 = 0.99
DEV_MIN_F1 = 0.85
# Set 2 has been tuned on: its floor is what was reached, so a change that loses a link or
# adds a wrong one there shows.
SET2_MIN_PRECISION = 0.99
SET2_MIN_F1 = 0.99
# Set 3 (translations and cross-language negatives) likewise, since its second score.
SET3_MIN_PRECISION = 0.99
SET3_MIN_F1 = 0.99
# Set 4, blind until its first score (P 0.925 R 0.827 F1 0.873), then read for general fixes.
SET4_MIN_PRECISION = 0.98
SET4_MIN_F1 = 0.98
# Set 5, blind until its first score (P 0.955 R 0.853 F1 0.901), then read for general fixes.
SET5_MIN_PRECISION = 0.98
SET5_MIN_F1 = 0.975
# Set 6, blind until its first score (P 0.970 R 0.867 F1 0.915), then read for general fixes.
SET6_MIN_PRECISION = 0.99
SET6_MIN_F1 = 0.985
# Set 7 (blind7_pairs.jsonl, 160 pairs, 26 translations, 14 negatives across languages;
# blind7_README.md), blind until its first score on main: P 0.972 R 0.908 F1 0.939; with the
# rewordings of set 6 (written without seeing it) P 0.972 R 0.921 F1 0.946; read for general
# fixes with set 8.
SET7_MIN_PRECISION = 0.98
SET7_MIN_F1 = 0.975
# Set 8 (blind8_pairs.jsonl, 160 pairs, 26 translations, 12 negatives across languages;
# blind8_README.md), blind until its first score on main: P 0.915 R 0.867 F1 0.890; then read
# for general fixes.
SET8_MIN_PRECISION = 0.99
SET8_MIN_F1 = 0.985
# Set 9 (blind9_pairs.jsonl, 160 pairs, 26 translations, 12 negatives across languages;
# blind9_README.md), blind until its first score on main: P 0.923 R 0.947 F1 0.935; then read
# for general fixes (P 0.986 R 0.961 F1 0.973).
SET9_MIN_PRECISION = 0.98
SET9_MIN_F1 = 0.965
# Set 10, never read (blind10_README.md): measured P 0.932 R 0.920 F1 0.926; floors one wrong
# link and one missed link below.
SET10_MIN_PRECISION = 0.92
SET10_MIN_F1 = 0.91


def _pipeline(name: str) -> dict[str, Any]:
    result = run_benchmark(
        "eval_statements.py", "--pairs", str(PAIRS / name), "--json", last_line=True
    )
    (found,) = [r for r in result["results"] if r["method"] == "pipeline" and r["guards"]]
    return {**found, "pairs": result["pairs"]}


def test_gate_statement_links_on_the_keyed_pairs() -> None:
    found = _pipeline("keyed_pairs.jsonl")
    assert found["pairs"] >= 160, found
    assert found["precision"] >= MIN_PRECISION, found
    assert found["f1"] >= MIN_F1, found


def test_gate_statement_links_on_the_development_pairs() -> None:
    found = _pipeline("dev_pairs.jsonl")
    assert found["f1"] >= DEV_MIN_F1, found


def test_gate_statement_links_on_set_2() -> None:
    found = _pipeline("blind2_pairs.jsonl")
    assert found["pairs"] == 187, found
    assert found["precision"] >= SET2_MIN_PRECISION, found
    assert found["f1"] >= SET2_MIN_F1, found


def test_gate_statement_links_on_set_3() -> None:
    found = _pipeline("blind3_pairs.jsonl")
    assert found["pairs"] == 160, found
    assert found["precision"] >= SET3_MIN_PRECISION, found
    assert found["f1"] >= SET3_MIN_F1, found


def test_gate_statement_links_on_set_4() -> None:
    found = _pipeline("blind4_pairs.jsonl")
    assert found["pairs"] == 160, found
    assert found["precision"] >= SET4_MIN_PRECISION, found
    assert found["f1"] >= SET4_MIN_F1, found


def test_gate_statement_links_on_set_5() -> None:
    found = _pipeline("blind5_pairs.jsonl")
    assert found["pairs"] == 160, found
    assert found["precision"] >= SET5_MIN_PRECISION, found
    assert found["f1"] >= SET5_MIN_F1, found


def test_gate_statement_links_on_set_6() -> None:
    found = _pipeline("blind6_pairs.jsonl")
    assert found["pairs"] == 160, found
    assert found["precision"] >= SET6_MIN_PRECISION, found
    assert found["f1"] >= SET6_MIN_F1, found


def test_gate_statement_links_on_set_7() -> None:
    found = _pipeline("blind7_pairs.jsonl")
    assert found["pairs"] >= 150, found
    assert found["precision"] >= SET7_MIN_PRECISION, found
    assert found["f1"] >= SET7_MIN_F1, found


def test_gate_statement_links_on_set_8() -> None:
    found = _pipeline("blind8_pairs.jsonl")
    assert found["pairs"] == 160, found
    assert found["precision"] >= SET8_MIN_PRECISION, found
    assert found["f1"] >= SET8_MIN_F1, found


def test_gate_statement_links_on_set_9() -> None:
    found = _pipeline("blind9_pairs.jsonl")
    assert found["pairs"] == 160, found
    assert found["precision"] >= SET9_MIN_PRECISION, found
    assert found["f1"] >= SET9_MIN_F1, found


def test_gate_statement_links_on_set_10() -> None:
    found = _pipeline("blind10_pairs.jsonl")
    assert found["pairs"] == 160, found
    assert found["precision"] >= SET10_MIN_PRECISION, found
    assert found["f1"] >= SET10_MIN_F1, found
