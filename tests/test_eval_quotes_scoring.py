"""The PFSA-ID evaluation's speaker match: short forms of a name count as the same person."""

from __future__ import annotations

from benchmark_script import run_benchmark

PAIRS = [
    ("Tri Rismaharini", "Risma"),  # the short form the article calls her by
    ("Joko Widodo", "Presiden Jokowi"),
    ("Achmad Yurianto", "Yuri"),
    ("Roland Manurung", "Ajun Komisaris Roland Manurung"),
    ("Budi Santoso", "Ani"),  # somebody else
    ("Adi Nugroho", "Adinda"),  # three letters are too few to be a short form
    ("Tri Rismaharini", "Rismawati Tri"),  # a longer word is no short form of a shorter one
]


def test_same_person_accepts_short_forms_and_nothing_looser() -> None:
    code = (
        "import json, eval_quotes\n"
        f"print(json.dumps([eval_quotes.same_person(a, b) for a, b in {PAIRS!r}]))"
    )
    assert run_benchmark("-c", code) == [True, True, True, True, False, False, False]
