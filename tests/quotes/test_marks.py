"""Quotation marks (``kabar.quotes.marks``): pairing, paragraphs, dropped marks, offsets.

Every person, place, outlet and organisation below is fictional unless said otherwise.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kabar.quotes import extract_quotes
from quotes.helpers import only, quotes_of


def test_curly_quote_with_speaker_after() -> None:
    body = (
        "“Kami akan menambah armada bus tahun depan,” kata Wali Kota Sukamaju Rendra Wiratama "
        "kepada wartawan, Senin (4/3/2024)."
    )
    (quote,) = only(body)
    assert quote.text == "Kami akan menambah armada bus tahun depan"
    assert quote.speaker == "Rendra Wiratama"
    assert quote.cue == "kata"


def test_straight_quotes() -> None:
    body = '"Harga cabai naik dua kali lipat," ujar Sulastri Handayani, pedagang di Pasar Cempaka.'
    (quote,) = only(body)
    assert quote.text == "Harga cabai naik dua kali lipat"
    assert quote.speaker == "Sulastri Handayani"


def test_single_quotes_inside_a_quote_stay_inside() -> None:
    body = (
        "“Warga menyebut jalan ini ‘jalur maut’ karena sering terjadi kecelakaan,” "
        "ungkap Bambang Sutejo."
    )
    found = quotes_of(body)
    assert len(found) == 1
    assert "‘jalur maut’" in found[0].text
    assert found[0].speaker == "Bambang Sutejo"


@pytest.mark.parametrize(
    "body",
    [
        '“Kami belum menerima laporan resmi," tutur Arjuna Pranata.',
        '"Kami belum menerima laporan resmi,” tutur Arjuna Pranata.',
        "”Kami belum menerima laporan resmi,” tutur Arjuna Pranata.",  # Kompas style
    ],
)
def test_mismatched_marks_pair_up(body: str) -> None:
    (quote,) = only(body)
    assert quote.text == "Kami belum menerima laporan resmi"
    assert quote.speaker == "Arjuna Pranata"


def test_kompas_opening_mark_after_a_sentence() -> None:
    body = (
        "Polisi masih memeriksa saksi. ”Kami sudah memeriksa lima orang,” kata Kepala Polsek "
        "Sukamaju Ajun Komisaris Benny Sitorus."
    )
    (quote,) = only(body)
    assert quote.text == "Kami sudah memeriksa lima orang"
    assert quote.speaker == "Benny Sitorus"


def test_paragraph_convention_joins_paragraphs() -> None:
    body = (
        "Hujan turun sejak sore.\n\n"
        "“Banjir datang tengah malam. Air naik sangat cepat.\n\n"
        "“Kami hanya sempat menyelamatkan dokumen,” kata Yusuf Hamdani."
    )
    (quote,) = only(body)
    assert quote.text.startswith("Banjir datang tengah malam.")
    assert quote.text.endswith("menyelamatkan dokumen")
    assert "\n\n“Kami" in quote.text
    assert quote.speaker == "Yusuf Hamdani"


@pytest.mark.parametrize("dots", ["…", "..."])
def test_ellipsis_inside_a_quote(dots: str) -> None:
    body = f"“Kami sudah berusaha{dots} tetapi hasilnya belum maksimal,” kata Rina Kartika."
    (quote,) = only(body)
    assert quote.text == f"Kami sudah berusaha{dots} tetapi hasilnya belum maksimal"
    assert quote.speaker == "Rina Kartika"


def test_quote_ending_the_article() -> None:
    body = (
        "Ketua panitia Lestari Wulandari menutup acara dengan berkata:\n\n"
        "“Jangan pernah berhenti belajar.”"
    )
    (quote,) = only(body)
    assert quote.text == "Jangan pernah berhenti belajar."
    assert quote.speaker == "Lestari Wulandari"


def test_dropped_closing_mark_before_the_cue() -> None:
    body = "“Pembangunan jembatan selesai bulan depan, kata Kepala Desa Hendra Kusuma."
    (quote,) = only(body)
    assert quote.text == "Pembangunan jembatan selesai bulan depan"
    assert quote.speaker == "Hendra Kusuma"


def test_dropped_closing_mark_at_paragraph_end() -> None:
    body = (
        "Ketua RT Siti Maemunah menemui warga. “Kami akan terus mengawal kasus ini\n\n"
        "Polisi masih memeriksa tiga saksi."
    )
    found = quotes_of(body)
    texts = [q.text for q in found if q.kind == "direct"]
    assert texts == ["Kami akan terus mengawal kasus ini"]


def test_multi_sentence_quote() -> None:
    body = (
        "“Air sudah surut. Warga mulai kembali ke rumah. Bantuan terus kami salurkan,” "
        "jelas Komang Adi Saputra."
    )
    (quote,) = only(body)
    assert quote.text.count(".") == 2
    assert quote.speaker == "Komang Adi Saputra"


_PIECES = [
    "Budi",
    "Sari Dewi",
    "kata",
    "ujarnya",
    "mengatakan",
    "bahwa",
    "Menurut",
    "ia",
    "rumah",
    "“",
    "”",
    '"',
    "‘",
    "’",
    "'",
    ",",
    ".",
    ":",
    "(",
    ")",
    "…",
    "\n\n",
    "Kepala Dinas",
    "Kota",
    "-",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40), st.booleans())
def test_any_text_keeps_the_invariants(pieces: list[str], spaced: bool) -> None:
    body = (" " if spaced else "").join(pieces)
    found = quotes_of(body)
    for quote in found:
        assert quote.text and quote.text == quote.text.strip()
        assert quote.speaker is None or quote.speaker.strip()


def test_dropped_opening_mark() -> None:
    body = "Warga berkumpul di balai desa.\n\nKami sudah menunggu tiga hari,” kata Joko Susanto."
    (quote,) = only(body)
    assert quote.text == "Kami sudah menunggu tiga hari"
    assert quote.speaker == "Joko Susanto"


def test_straight_quotes_nested_in_curly_ones() -> None:
    body = '“Dia bilang "tidak" kepada kami,” kata Sarmini Lubis.'
    (quote,) = only(body)
    assert quote.text == 'Dia bilang "tidak" kepada kami'
    assert quote.speaker == "Sarmini Lubis"


def test_split_quote_around_its_attribution() -> None:
    body = "“Kami siap,” kata Burhan Saleh, “dan kami akan menang.”"
    assert [(q.text, q.speaker) for q in only(body)] == [
        ("Kami siap", "Burhan Saleh"),
        ("dan kami akan menang.", "Burhan Saleh"),
    ]


def test_trailing_comma_is_not_part_of_the_quote() -> None:
    body = "“Itulah sebabnya kami datang ke sini,” kata Sumarni Putri."
    (quote,) = quotes_of(body)
    assert quote.text == "Itulah sebabnya kami datang ke sini"
    assert body[quote.end] == ","


@pytest.mark.parametrize("mark", [".", "!", "?", "…"])
def test_final_punctuation_stays_in_the_quote(mark: str) -> None:
    body = f"“Kami menang{mark}” kata Sumarni Putri."
    (quote,) = quotes_of(body)
    assert quote.text == f"Kami menang{mark}"


def test_straight_quotes_nested_in_straight_quotes() -> None:
    body = (
        '"Kami ingin lebih banyak film seperti "Perahu di Ujung Senja" lahir dari daerah. '
        'Anggarannya kami naikkan," kata Hendrikus Kedang.'
    )
    quotes = [q for q in extract_quotes(body) if q.kind == "direct"]
    assert [(q.text[:30], q.speaker) for q in quotes] == [
        ("Kami ingin lebih banyak film s", "Hendrikus Kedang")
    ]
    assert '"Perahu di Ujung Senja"' in quotes[0].text
