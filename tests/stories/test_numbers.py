"""Indonesian numbers as news writes them: each value a wrong reader would misread."""

from __future__ import annotations

import pytest

from kabar.stories.numbers import find_numbers, parse_digits, parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Rp1,5 juta", 1_500_000),  # not "5 juta": the decimal comma belongs to the number
        ("Rp 15.000", 15_000),
        ("US$2,5 miliar", 2_500_000_000),
        ("1.250", 1_250),  # dots group thousands
        ("1.250.000", 1_250_000),
        ("2,75", 2.75),
        ("dua pertiga", 2 / 3),
        ("tiga perempat", 0.75),
        ("setengah", 0.5),
        ("setengah juta", 500_000),
        ("satu setengah juta", 1_500_000),
        ("sebelas", 11),
        ("dua belas", 12),
        ("dua ratus lima puluh", 250),
        ("seribu dua ratus", 1_200),
        ("tiga puluh lima ribu", 35_000),
        ("dua juta lima ratus ribu", 2_500_000),
        ("seratus dua puluh tiga ribu empat ratus", 123_400),
        ("15 ribu", 15_000),
    ],
)
def test_values(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


def test_vague_quantities_have_no_value() -> None:
    (belasan,) = find_numbers("belasan orang")
    assert belasan.value is None and belasan.text == "belasan"
    (ribuan,) = find_numbers("puluhan ribu warga")
    assert ribuan.value is None and ribuan.text == "puluhan ribu"


def test_numbers_in_a_sentence_keep_their_spans_and_currency() -> None:
    text = "Banjir menewaskan enam orang dan merugikan warga Rp1,5 juta, 2 orang hilang."
    found = [(n.text, n.value, n.currency) for n in find_numbers(text)]
    assert found == [("enam", 6, None), ("Rp1,5 juta", 1_500_000, "Rp"), ("2", 2, None)]


def test_words_that_are_no_number_stop_a_number() -> None:
    assert parse_number("dua tiga") is None  # two numbers, not twenty-three
    assert parse_number("orang") is None
    assert parse_digits("2.5") == 2.5  # a dot before one or two digits is a decimal point
    assert parse_digits("12a") is None
