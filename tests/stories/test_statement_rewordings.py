"""Statements reworded, shortened or negated in other words, and their hard negatives
(fictional quotes and speakers)."""

from __future__ import annotations

from kabar.stories.statement_match import compatible_speakers, conflict, same_statement, wording


def _linked(first: str, second: str) -> bool:
    return same_statement(wording(first), wording(second))


def _why(first: str, second: str) -> str | None:
    return conflict(wording(first), wording(second))


def test_a_name_without_its_middle_words_is_one_speaker() -> None:
    assert compatible_speakers("Bonar Al Rasyid Tampubolon", "Bonar Tampubolon")
    assert compatible_speakers("Kombes Bonar Al Rasyid Tampubolon", "Bonar Rasyid Tampubolon")
    assert not compatible_speakers("Bonar Al Rasyid Tampubolon", "Bonar Simanjuntak")
    assert not compatible_speakers("Bonar Al Rasyid Tampubolon", "Rasyid Bonar")


def test_one_number_cannot_stand_for_two() -> None:
    first = "Terdakwa divonis tujuh tahun penjara dan denda Rp200 juta subsider empat bulan."
    second = "Terdakwa divonis empat tahun penjara dan denda Rp200 juta subsider empat bulan."
    repeated = "Terdakwa divonis tujuh tahun penjara, denda Rp200 juta, subsider empat bulan."
    assert _why(first, second) == "numbers"
    assert _why(first, repeated) is None
