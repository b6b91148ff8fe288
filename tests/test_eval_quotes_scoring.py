"""The PFSA-ID evaluation's speaker match: short forms of a name count as the same person."""

from __future__ import annotations

from pathlib import Path

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


def _conll(sentences: list[list[tuple[str, str]]]) -> str:
    return "\n\n".join("\n".join(f"{t}\t{label}" for t, label in s) for s in sentences) + "\n"


def test_a_wrong_speaker_against_a_stale_gold_fallback_is_counted_doubtful(tmp_path: Path) -> None:
    # PFSA-ID leaves "Ani Lestari" unlabelled: the gold rule sends "ujarnya" back to Budi.
    words = "Menurut Ani Lestari , anggaran cukup .".split()
    rows = [
        [("JAKARTA", "B-ISSUE"), (",", "I-ISSUE"), ("KOMPAS", "I-ISSUE"), ("rapat", "L-ISSUE")],
        [("Budi", "B-PERSON"), ("Santoso", "L-PERSON")]
        + [(w, "O") for w in "mengatakan , rapat berjalan lancar .".split()],
        [(w, "O") for w in words],
        [("”", "B-STATEMENT")]
        + [(w, "I-STATEMENT") for w in "Kami siap bekerja keras tahun ini".split()]
        + [(",", "I-STATEMENT"), ("”", "L-STATEMENT"), ("ujarnya", "U-CUECOREF"), (".", "O")],
    ]
    path = tmp_path / "mini.txt"
    path.write_text(_conll(rows), encoding="utf-8")
    figures = run_benchmark("eval_quotes.py", str(path), "--json", "--no-entities")
    assert figures["speaker_wrong"] == 1.0
    assert figures["speaker_wrong_clear"] == 0.0
