"""The people evaluation's title and degree stripping: a keyed form written with its degrees
lands in the entity the stage names without them, and a name ending in a word is no degree."""

from __future__ import annotations

from benchmark_script import run_benchmark

FORMS = [
    "Pdt. Samuel Waromi, S.Th.",  # degrees with inner dots, read as written
    "Prof. Dr. Ir. Yosef Leteng, M.Eng.",
    "dr. Lusi Pardede, S.H., M.A.P.",
    "dr. Paulus Tarigan, Sp.BTKV",
    "Budi Santoso, Ketua RT",  # words after a comma that are no degrees stay
]


def test_degrees_and_titles_leave_the_bare_name() -> None:
    code = (
        "import json, eval_people\n"
        f"print(json.dumps([eval_people._bare(f) for f in {FORMS!r}]))"
    )
    assert run_benchmark("-c", code) == [
        "Samuel Waromi",
        "Yosef Leteng",
        "Lusi Pardede",
        "Paulus Tarigan",
        "Budi Santoso, Ketua RT",
    ]
