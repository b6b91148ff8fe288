"""Quality gate on people: persons, non-persons, aliases merged and speakers, on every keyed set.

``benchmarks/eval_people.py --json`` runs in a subprocess (the figures per set are described in
its docstring). Floors sit a little under the figures measured when they were set; ceilings
bound the share of person clusters that are not persons and of direct quotes given a wrong
speaker. ``probe_people11`` to ``probe_people22`` were keyed blind by teammates; their first
scores are in their ``FIRST_SCORE.txt``. The seeds need
../shared: the gate fails, never skips, without it.
"""

from __future__ import annotations

from functools import cache

import pytest
from benchmark_script import run_benchmark

SCRIPT = "eval_people.py"
# figure -> minimum, per set
FLOORS: dict[str, dict[str, float]] = {
    "probe_people11": {
        "persons_p": 0.97,
        "persons_r": 0.965,
        "alias_merged": 0.94,
        "alias_merged_registry": 0.94,
        "alias_merged_strict": 0.78,
        "speaker_accuracy": 0.975,
    },
    "probe_people12": {
        "persons_p": 0.965,
        "persons_r": 0.955,
        "alias_merged": 0.92,
        "alias_merged_registry": 0.92,
        "alias_merged_strict": 0.725,
        "speaker_accuracy": 0.985,
    },
    "probe_people13": {
        "persons_p": 0.96,
        "persons_r": 0.975,
        "alias_merged": 0.94,
        "alias_merged_registry": 0.94,
        "alias_merged_strict": 0.79,
        "speaker_accuracy": 0.965,
    },
    "probe_people14": {
        "persons_p": 0.97,
        "persons_r": 0.955,
        "alias_merged": 0.955,
        "alias_merged_registry": 0.955,
        "alias_merged_strict": 0.77,
        "speaker_accuracy": 0.985,
    },
    # blind first score P 0.889 R 0.955, aliases 0.836, speakers 0.935 (FIRST_SCORE.txt);
    # measured P 0.955 R 0.972, aliases 0.914, speakers 0.967 when these floors were set;
    # aliases 0.922 when raised
    "probe_people15": {
        "persons_p": 0.965,
        "persons_r": 0.96,
        "alias_merged": 0.915,
        "alias_merged_registry": 0.915,
        "alias_merged_strict": 0.69,
        "speaker_accuracy": 0.955,
    },
    # blind first score P 0.894 R 0.925, aliases 0.833, speakers 0.919 wrong 0.081
    # (FIRST_SCORE.txt); measured P 0.904 R 0.935, aliases 0.856, speakers 0.946 wrong 0.018
    # when these floors were first set, P 0.913 and aliases 0.871 when raised, P 0.926 R 0.940
    # aliases 0.886 non-persons 0.020 when raised again; aliases 0.894, speakers 0.955 when
    # raised once more
    "probe_people16": {
        "persons_p": 0.92,
        "persons_r": 0.935,
        "alias_merged": 0.885,
        "alias_merged_registry": 0.885,
        "alias_merged_strict": 0.64,
        "speaker_accuracy": 0.945,
    },
    # blind first score P 0.850 R 0.936, aliases 0.809, speakers 0.839 wrong 0.102
    # (FIRST_SCORE.txt); measured P 0.968 R 0.957, aliases 0.924, speakers 0.898 wrong 0.042,
    # non-persons 0.022 when these floors were set; speakers 0.932 wrong 0.008 after speaker
    # names were resolved to the entity the text introduces; R 0.963, aliases 0.931, speakers
    # 0.949 when raised; aliases 0.947 when raised again
    "probe_people17": {
        "persons_p": 0.955,
        "persons_r": 0.955,
        "alias_merged": 0.94,
        "alias_merged_registry": 0.94,
        "alias_merged_strict": 0.69,
        "speaker_accuracy": 0.94,
    },
    # blind first score P 0.913 R 0.971, aliases 0.878, speakers 0.953 wrong 0.039
    # (FIRST_SCORE.txt); measured P 0.971 R 0.990, aliases 0.962, speakers 0.977 wrong 0.023,
    # non-persons 0.014 when these floors were set
    "probe_people18": {
        "persons_p": 0.96,
        "persons_r": 0.98,
        "alias_merged": 0.95,
        "alias_merged_registry": 0.95,
        "alias_merged_strict": 0.70,
        "speaker_accuracy": 0.965,
    },
    # blind first score P 0.870 R 0.933, aliases 0.889, speakers 0.901 wrong 0.072
    # (FIRST_SCORE.txt); measured P 0.910 R 0.948, aliases 0.923, speakers 0.946 wrong 0.027,
    # non-persons 0.035 when these floors were set; P 0.929 R 0.953, aliases 0.940, speakers
    # 0.955 wrong 0.018, non-persons 0.025 when raised
    "probe_people19": {
        "persons_p": 0.92,
        "persons_r": 0.945,
        "alias_merged": 0.93,
        "alias_merged_registry": 0.93,
        "alias_merged_strict": 0.70,
        "speaker_accuracy": 0.945,
    },
    # blind first score P 0.930 R 0.966, aliases 0.841, speakers 0.936 wrong 0.057
    # (FIRST_SCORE.txt); with the second people work (made without seeing it) P 0.939 R 0.976,
    # aliases 0.848; then developed on (nickname cues, real names, relatives, company names,
    # names opened by place-like words): P 0.981 R 0.990, aliases 0.913, speakers 0.986 wrong
    # 0.007, non-persons 0.014 when raised
    "probe_people20": {
        "persons_p": 0.97,
        "persons_r": 0.98,
        "alias_merged": 0.9,
        "alias_merged_registry": 0.9,
        "alias_merged_strict": 0.64,
        "speaker_accuracy": 0.975,
    },
    # blind first score P 0.938 R 0.925, aliases 0.909, speakers 0.917 wrong 0.064,
    # non-persons 0.019 (FIRST_SCORE.txt); then developed on (surname vs given name of a bare
    # word, Banjar "Acil", "Daeng" inside a name after "H.", legislative working bodies, a
    # real name after "X, yang"): P 0.952 R 0.939, aliases 0.942, speakers 0.963 wrong 0.018
    # when raised
    "probe_people21": {
        "persons_p": 0.945,
        "persons_r": 0.93,
        "alias_merged": 0.935,
        "alias_merged_registry": 0.935,
        "alias_merged_strict": 0.77,
        "speaker_accuracy": 0.955,
    },
    # blind first score P 0.925 R 0.956, aliases 0.925, speakers 0.920 wrong 0.054,
    # non-persons 0.043 (FIRST_SCORE.txt), unchanged by the speaker work on probe_people21;
    # never read: floors a little under it
    "probe_people22": {
        "persons_p": 0.915,
        "persons_r": 0.945,
        "alias_merged": 0.915,
        "alias_merged_registry": 0.915,
        "alias_merged_strict": 0.57,
        "speaker_accuracy": 0.91,
    },
    "probe2": {"persons_p": 0.98, "persons_r": 0.99, "speaker_accuracy": 0.99},
    "probe3": {"persons_p": 0.98, "persons_r": 0.99, "speaker_accuracy": 0.985},
    "probe4": {"persons_p": 0.98, "persons_r": 0.99, "speaker_accuracy": 0.99},
    "seeds": {
        "persons_p": 0.95,
        "persons_r": 1.0,
        "alias_merged": 1.0,
        "alias_merged_registry": 1.0,
        "speaker_accuracy": 1.0,
    },
    "pfsa": {"speaker_accuracy": 0.92, "plain_speaker_accuracy": 0.93},
}
# figure -> maximum, per set
CEILINGS: dict[str, dict[str, float]] = {
    "probe_people11": {"non_person_rate": 0.015, "speaker_wrong": 0.01},
    "probe_people12": {"non_person_rate": 0.015, "speaker_wrong": 0.01},
    "probe_people13": {"non_person_rate": 0.01, "speaker_wrong": 0.015},
    "probe_people14": {"non_person_rate": 0.015, "speaker_wrong": 0.01},
    "probe_people15": {"non_person_rate": 0.02, "speaker_wrong": 0.025},
    "probe_people16": {"non_person_rate": 0.025, "speaker_wrong": 0.025},
    "probe_people17": {"non_person_rate": 0.035, "speaker_wrong": 0.02},
    "probe_people18": {"non_person_rate": 0.02, "speaker_wrong": 0.03},
    "probe_people19": {"non_person_rate": 0.03, "speaker_wrong": 0.025},
    "probe_people20": {"non_person_rate": 0.02, "speaker_wrong": 0.015},
    "probe_people21": {"non_person_rate": 0.025, "speaker_wrong": 0.025},
    "probe_people22": {"non_person_rate": 0.05, "speaker_wrong": 0.06},
    "probe2": {"non_person_rate": 0.02, "speaker_wrong": 0.005},
    "probe3": {"non_person_rate": 0.02, "speaker_wrong": 0.005},
    "probe4": {"non_person_rate": 0.005, "speaker_wrong": 0.005},
    "probe": {"non_person_rate": 0.0},
    "seeds": {"non_person_rate": 0.07, "speaker_wrong": 0.0},
    "pfsa": {"speaker_wrong": 0.055, "speaker_wrong_clear": 0.02},
}


@cache
def figures() -> dict[str, dict[str, float]]:
    """Run ``eval_people.py --json`` once and return its figures by set."""
    result: dict[str, dict[str, float]] = run_benchmark(SCRIPT, "--json")
    return result


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(FLOORS.keys() | CEILINGS.keys()))
def test_people_set_meets_its_floors(name: str) -> None:
    got = figures()[name]
    for figure, floor in FLOORS.get(name, {}).items():
        assert got[figure] >= floor, (name, figure, got[figure], floor)
    for figure, ceiling in CEILINGS.get(name, {}).items():
        assert got[figure] <= ceiling, (name, figure, got[figure], ceiling)
