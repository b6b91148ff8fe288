"""Tokenised text (IndoSum's paragraphs) joined back with written spacing."""

from __future__ import annotations

import pytest

from kabar.ingest import document_from_record
from kabar.text import detokenize


@pytest.mark.parametrize(
    ("tokens", "text"),
    [
        ("Amerika Serikat , dan Jepang .", "Amerika Serikat, dan Jepang."),
        ("Senin ( 14 / 8 / 2017 ) , katanya", "Senin (14/8/2017), katanya"),
        ('Ia berkata , " Kami siap . " Lalu pergi', 'Ia berkata, "Kami siap." Lalu pergi'),
        ("“ Ya , ” kata dia ; naik 10 % !", "“Ya,” kata dia; naik 10%!"),
        ("harga Rp 1.000 atau US$ 5", "harga Rp 1.000 atau US$ 5"),
        ("kata ' demokrasi ' itu ?", "kata 'demokrasi' itu?"),
        ("[ Baca juga : Banjir ]", "[Baca juga: Banjir]"),
        ("musim 2011 / 12 dan A / B", "musim 2011/12 dan A / B"),
    ],
)
def test_detokenize(tokens: str, text: str) -> None:
    assert detokenize(tokens.split()) == text


def test_whitespace_tokens_are_dropped() -> None:
    assert detokenize(["Menurut", "dia", ",", "\u00a0", "forum", "itu"]) == "Menurut dia, forum itu"


def test_indosum_record_is_detokenised_across_sentences() -> None:
    """A quotation opened in one sentence closes in the next; paragraphs stay lines."""
    record = {
        "paragraphs": [
            [
                ["Ketua", "RT", "Budi", "Santoso", "menyebut", ",", '"', "Warga", "siap", "."],
                ["Kami", "menunggu", "hasilnya", ".", '"'],
            ],
            [["Rapat", "digelar", "Rabu", "(", "13", "/", "9", ")", "."]],
        ]
    }
    document = document_from_record(record, "indosum#1")
    assert document.text == (
        'Ketua RT Budi Santoso menyebut, "Warga siap. Kami menunggu hasilnya."\n'
        "Rapat digelar Rabu (13/9)."
    )
