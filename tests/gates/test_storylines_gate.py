"""Quality gate of stories at two levels (events, storylines) via benchmarks/eval_storylines.py.

- the hand-written corpus in the shape of real news tests/data/storylines_long (longer
  reports repeating background, undated scrapes, distractors): floors under its scores;
- the hand-written multi-event corpus tests/data/storylines (a bribery case, a flood's days,
  a trade negotiation, distractors sharing a person, a place or a vocabulary with them) and
  the event corpus tests/data/stories_events keyed at the storyline level: pairwise F1 of
  both levels;
- the seeds: the September 2023 and June 2024 summits are two storylines (a summit of the
  next year's chair does not continue the last one; see the script's docstring);
- the keyed Detik rows (../shared's 1,000 Detik 2025 articles analysed in one run, scored on
  the rows keyed in tests/data/storylines/detik_keys.jsonl to detik_keys_5.jsonl, five blind
  samples by five keyers): event and storyline pairwise precision / recall of each sample,
  floors a little below the measured figures.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest
from benchmark_script import run_benchmark

# measured 1.000 / 1.000 (own corpus) and 0.972 / 0.946 (event corpus: its undated rupiah
# explainer sits in a day's report story, so in the rupiah storyline too); the floor
# is F1 0.9 at both levels
MIN_F1 = 0.9
MIN_PRECISION = 0.89
# The event corpus once a report naming a later day joins a story only through the day a
# lasting event started (kabar.stories.events): events 0.875 / 0.808, storylines 0.687 /
# 1.000 (its next-day reports are events of their own now, and the flood's receding day then
# joins the market fire of the next day in the same town; see test_story_events_gate.py).
# Once a report naming day D joins a story of D+1 only when no member named D+1: events 0.933
# / 0.808, storylines 0.790 / 1.000 (the receding flood no longer joins the next day's fire).
# With one agency's two cases kept apart when each headline names a regency the other never
# names (kabar.stories.storyline_names) too: storylines 0.898 / 1.000.
EVENTS_CORPUS_MIN = {"events": {"precision": 0.91, "recall": 0.8},
                     "storylines": {"precision": 0.88, "recall": 0.99}}
# Detik keys, two blind samples by two keyers (both seen, no held-out set: see the script's
# NOTES). First keys measured events P 0.842 R 0.926, storylines P 1.000 R 0.848; second keys
# events P 0.788 R 0.804, storylines P 0.940 R 0.712 (before the statement window and the
# headline subject rule: first 0.882 / 0.926 and 1.000 / 0.848, second 0.571 / 0.549 and
# 0.874 / 0.576). Third keys (a keyer splitting one occasion's subjects and every explainer,
# seen) measured events P 0.543 R 0.610, storylines P 0.636 R 0.605 (first score 0.385 / 0.610
# and 0.440 / 0.589). With the records' dates read in their order, service pieces and words of
# consequence (see the script's NOTES): first events 0.835 / 0.917, storylines 1.000 / 0.900;
# second events 0.820 / 0.804, storylines 0.931 / 0.720; third events 0.750 / 0.659,
# storylines 0.714 / 0.645. With voices, explainers, columns, day-name dates, reactions,
# abbreviated actors, the government as no actor and consequence stories (the script's
# NOTES): first events 0.920 / 0.950, storylines 1.000 / 0.900; second events 0.875 / 0.824,
# storylines 0.913 / 0.720; third events 0.780 / 0.780, storylines 0.656 / 0.661. The issue's
# target is events P 0.9 at R 0.95 on all. With events sharing a specific person or
# organisation linked at the weak similarity (chosen leaving one key file out, see
# benchmarks/calibrate_storylines.py): storylines first 1.000 / 0.902, second 0.890 / 0.795,
# third 0.683 / 0.798, fourth 0.290 / 0.273 (F1 0.283 to 0.281: recall bought with precision
# on a keyer who keeps each day's market report and each of one city's subjects apart).
# tests/data/storylines_long (42 hand-written reports in the shape of real news, keyed before
# any run): first score events P 0.659 R 0.935, storylines P 0.937 R 0.664; with two people
# few stories name linking events (kabar.stories.storylines): storylines P 0.950 R 0.843
# (F1 0.893); with the headline-name rule too, storylines P 0.910 R 0.910 (F1 0.910: one
# distractor joined through a headline naming the case, recall up by a whole storyline)
# Events once only the start of a lasting event lets a later day join: 0.829 / 0.935; with an
# institution's units one headline actor (kabar.stories.actors, actor_families.tsv): 0.838 /
# 1.000 (the prosecutors' search and the provincial office's seizures of one raid).
# With two shared specific headline words and a name at most five stories carry linking
# events (kabar.stories.storylines): storylines 0.893 / 1.000 (the lower precision is the
# event merge of the regulation's day and the airfare discount, now in a whole storyline).
LONG_MIN = {"events": {"precision": 0.82, "recall": 0.98},
            "storylines": {"precision": 0.88, "recall": 0.98}}
# tests/data/storylines_blind (written and keyed blind by teammates; FIRST_SCORE.txt there):
# first scores events1 events 0.650 / 0.812, storylines 0.877 / 0.500; events2 events 0.639 /
# 0.920, storylines 0.765 / 0.620. With the headline-name rule (made reading events1, before
# events2 was keyed): events1 storylines 0.922 / 0.836, events2 0.823 / 0.951. With a day's
# report kept out of the next day's story when a member names that day, the lead alone naming
# the start of a lasting event, and an institution's units one actor (kabar.stories.events,
# kabar.stories.actors): events1 events 1.000 / 0.875, storylines 0.947 / 0.836; events2
# events 0.920 / 0.920, storylines 0.815 / 0.901. Events2's recall floors are lowered (events
# 0.94 to 0.90, storylines 0.93 to 0.88): its keyer makes a search's second and third days one
# event, and the second day's report, naming its day, no longer joins the third day's story
# that names its own; the same rule splits events1's quake from its second day and two
# sets' consecutive market closes (events2 precision 0.857 to 0.920).
BLIND_MIN = {
    # storylines with the rare-name headline link, the two-affairs veto and names mentioned
    # once sharing no affair (kabar.stories.storylines): 1.000 / 0.945
    "blind1": {"events": {"precision": 0.98, "recall": 0.85},
               "storylines": {"precision": 0.98, "recall": 0.93}},
    # events 0.857 / 0.960 once only the start of a lasting event lets a later day join
    # storylines with the same storyline rules: 0.823 / 0.951
    "blind2": {"events": {"precision": 0.9, "recall": 0.9},
               "storylines": {"precision": 0.81, "recall": 0.94}},
    # keyed blind while the event and storyline rules above were written, never read for them:
    # first events 0.667 / 0.636, storylines 0.958 / 0.819; now events 0.722 / 0.591,
    # storylines 0.845 / 0.870 (FIRST_SCORE.txt there)
    "blind3": {"events": {"precision": 0.7, "recall": 0.57},
               "storylines": {"precision": 0.82, "recall": 0.85}},
}
DETIK_MIN = {
    # events 0.927 / 0.950 and second 0.915 / 0.843, third 0.750 / 0.659 once a day's report
    # joins the next day's story only when no member named that next day
    "first": {"events": {"precision": 0.91, "recall": 0.93},
              "storylines": {"precision": 0.98, "recall": 0.88}},
    # second and third keys' events once only the start of a lasting event lets a later day
    # join (kabar.stories.events): 0.860 / 0.843 and 0.730 / 0.659 (were 0.880 / 0.863 and
    # 0.780 / 0.780: these keyers join some next-day reports of one happening)
    "second": {"events": {"precision": 0.9, "recall": 0.83},
               "storylines": {"precision": 0.87, "recall": 0.77}},
    "third": {"events": {"precision": 0.74, "recall": 0.65},
              "storylines": {"precision": 0.66, "recall": 0.77}},
    # fourth keys (blind, first score events 0.867 / 0.929, storylines 0.359 / 0.212)
    # with retrospectives continuing nothing (made on the fifth keys): storylines 0.305 / 0.273;
    # events 0.857 / 0.857 (recall floor 0.91 lowered to 0.84) once a day's report joins the
    # next day's story only when no member named that day: a statistics office's figures and
    # the next day's piece on them, which names its own day, keyed one event here
    "fourth": {"events": {"precision": 0.85, "recall": 0.84},
               "storylines": {"precision": 0.29, "recall": 0.25}},
    # fifth keys (blind, mostly single reports: 8 gold storyline pairs, so one pair moves
    # recall by 0.125; first score events 0.500 / 0.250, storylines 0.062 / 0.125 on main;
    # with retrospectives continuing nothing storylines 0.091 / 0.125)
    "fifth": {"events": {"precision": 0.45, "recall": 0.24},
              "storylines": {"precision": 0.08, "recall": 0.12}},
}
DETIK_MIN_ROWS = {"first": 150, "second": 125, "third": 140, "fourth": 140, "fifth": 320}


@cache
def _scores(*extra: str) -> Any:
    return run_benchmark("eval_storylines.py", "--json", *extra, last_line=True)


def test_gate_events_and_storylines_on_the_hand_written_corpora() -> None:
    result = _scores()
    for level in ("events", "storylines"):
        scores = result["own"]["in_order"][level]
        assert scores["f1"] >= MIN_F1, ("own", level, scores)
        assert scores["precision"] >= MIN_PRECISION, ("own", level, scores)
        for metric, floor in EVENTS_CORPUS_MIN[level].items():
            assert result["events"]["in_order"][level][metric] >= floor, ("events", level, metric)
    for level, floors in LONG_MIN.items():
        for metric, floor in floors.items():
            assert result["long"]["in_order"][level][metric] >= floor, ("long", level, metric)
    for corpus, levels in BLIND_MIN.items():
        for level, floors in levels.items():
            for metric, floor in floors.items():
                value = result[corpus]["in_order"][level][metric]
                assert value >= floor, (corpus, level, metric, value)
    own = result["own"]["in_order"]
    assert own["articles"] >= 40 and own["gold_storylines"] >= 9
    # three storylines of 4-6 events each, the distractors left alone
    assert own["predicted_storylines"] == own["gold_storylines"]


def test_gate_the_two_summits_are_two_storylines(shared_dir: Path) -> None:
    seeds = _scores("--seeds", "--no-own")["seeds"]
    years = seeds["storylines_by_year"]
    assert set(years["2023"]).isdisjoint(years["2024"]), years
    assert not seeds["one_storyline_for_both_summits"]


@pytest.mark.slow
def test_gate_events_and_storylines_on_the_detik_keys(shared_dir: Path) -> None:
    detik = _scores("--detik", "--no-own")["detik"]
    for keys, levels in DETIK_MIN.items():
        scored = detik[keys]
        assert scored["scored_rows"] >= DETIK_MIN_ROWS[keys], (keys, scored)
        for level, floors in levels.items():
            for metric, floor in floors.items():
                assert scored[level][metric] >= floor, (keys, level, scored[level])
