"""Quality gates of where-outlets-disagree, via benchmarks/eval_disagreements.py (run once).

- The fictional keyed stories (tests/data/disagreements/own.json) hold the hard cases: missing
  against dead, one defendant's sentence against another's, a demand against a sentence, a toll
  rising over a week, one outlet against itself, one value written two ways, a bound. Measured
  precision 1.000 and recall 0.917 (11 of 12): the keyed evacuees of g3 and g4, 1.250 and 1.200
  a day apart, are now a timeline (evacuees come and go; a count of them a day later is an
  update, as the blind keyer keys it); the floor (0.9) is unchanged.
- The blind keyer's development half of 130 proposals over a mixed store
  (tests/data/disagreements/keyed_dev.jsonl: ids, labels and the two articles' sources under
  ../shared, no text): the article pairs are read from ../shared and analysed afresh, and
  today's proposals scored by id. Before the subject, goods, mode and person checks all 70 were
  proposed, 3 real (precision 0.043); measured now 3 still proposed, all 3 real (precision 1.0,
  recall over the known real ones 1.0). The other half is held out by the lead.
- The blind keyer's third batch, 17 of the 20 proposals over loose pairs (cosine >= 0.08) of
  the mixed store (tests/data/disagreements/keyed_3.jsonl, ids, labels and sources): 4 real
  (one state loss of one corruption case, two values); before the statute, demand, probation,
  context-person, shared-name, bound and time-of-day checks all 17 were proposed (precision
  0.235); measured now 4 still proposed, all 4 real (precision 1.0, recall 1.0).
- The blind keyed set tests/data/disagreements/blind1.json (30 fictional stories, 94 articles of
  17 outlets, 32 gold article pairs, written and keyed by a teammate who never read the code):
  first score on main 4 pairs proposed, precision 0.500, recall 0.062 (blind1_FIRST_SCORE.txt);
  measured now 29 proposed, precision 1.000, recall 0.906. Floors leave two wrong pairs and
  four lost pairs of margin; the set was developed on, so the final measure is another set.
- The second blind set tests/data/disagreements/blind2.json (31 stories, 90 articles, 32 gold
  article pairs): first score 6 proposed, precision 0.833, recall 0.156; developed on since
  (articles giving one quantity several values compared value by value, measure words, the noun
  a "yang" clause describes, a counted noun's predicate): 15 proposed, precision 1.000 (each
  proposal's two values are the keyed ones too), recall 0.469.
- The third blind set tests/data/disagreements/blind3.json (32 stories, 103 articles, 40 gold
  article pairs), never read: first score 19 proposed, precision 0.895, recall 0.425; after the
  work on the second set 20 proposed, precision 0.900, recall 0.450.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest
from benchmark_script import run_benchmark

MIN_PRECISION = 0.95
MIN_RECALL = 0.9
# The blind set (by article pair): the precision goal (two wrong pairs of 29 pass, three
# fail), and recall four pairs below the measured 29 of 32.
MIN_BLIND_PRECISION = 0.9
MIN_BLIND_RECALL = 0.78
# The second blind set, first scored unread (one wrong pair of 6 proposed, 5 of 32 found), then
# developed on: measured 15 proposed, all right, 15 of 32 found. Floors: the precision
# goal, and recall two pairs below the measured.
MIN_BLIND_2_PRECISION = 0.9
MIN_BLIND_2_RECALL = 0.4
# The third blind set, never read: measured 20 proposed, 18 right, 18 of 40 found. Floors: one
# more wrong pair, and recall one pair below the measured (the precision goal is not met
# on it by the margin a gate needs).
MIN_BLIND_3_PRECISION = 0.85
MIN_BLIND_3_RECALL = 0.42
# The keyed development half: the precision goal, and at least two of its three real
# disagreements still proposed.
MIN_KEYED_PRECISION = 0.9
MIN_KEYED_RECALL = 0.66
KEYED_DEV = Path(__file__).resolve().parents[1] / "data" / "disagreements" / "keyed_dev.jsonl"
KEYED_3 = KEYED_DEV.with_name("keyed_3.jsonl")


@cache
def _scores() -> dict[str, Any]:
    return run_benchmark(
        "eval_disagreements.py",
        "--own",
        "--blind",
        "--keys",
        str(KEYED_DEV),
        "--keys",
        str(KEYED_3),
        "--from-shared",
        "--json",
        last_line=True,
    )


def test_gate_disagreements_on_the_keyed_fictional_stories() -> None:
    own = _scores()["own"]
    assert own["keyed"] >= 12, own
    assert own["precision"] >= MIN_PRECISION, own
    assert own["recall"] >= MIN_RECALL, own


def test_gate_disagreements_on_the_blind_keyed_stories() -> None:
    blind = _scores()["blind"]
    assert blind["keyed"] == 32, blind
    assert blind["precision"] >= MIN_BLIND_PRECISION, blind
    assert blind["recall"] >= MIN_BLIND_RECALL, blind
    second = _scores()["blind2"]
    assert second["keyed"] == 32, second
    assert second["precision"] >= MIN_BLIND_2_PRECISION, second
    assert second["recall"] >= MIN_BLIND_2_RECALL, second
    third = _scores()["blind3"]
    assert third["keyed"] == 40, third
    assert third["precision"] >= MIN_BLIND_3_PRECISION, third
    assert third["recall"] >= MIN_BLIND_3_RECALL, third


@pytest.mark.parametrize(
    ("keys", "count", "real", "proposed"),
    [(KEYED_DEV, 70, 3, 2), (KEYED_3, 17, 4, 3)],
    ids=["development_half", "third_batch"],
)
def test_gate_disagreements_on_a_blind_keyed_file(
    shared_dir: Path, keys: Path, count: int, real: int, proposed: int
) -> None:
    keyed = _scores()["keyed_by_file"][keys.name]
    assert keyed["keyed"] == count and keyed["keyed_real"] == real, keyed
    assert keyed["still_proposed"] >= proposed, keyed  # proposing nothing is not precision
    assert keyed["precision"] >= MIN_KEYED_PRECISION, keyed
    assert keyed["recall"] >= MIN_KEYED_RECALL, keyed
