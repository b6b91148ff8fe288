"""Captions and credits: a photo's credit makes a caption; an agency credit ending a story does not."""

from __future__ import annotations

import pytest

from kabar.clean.captions import is_caption, trailing_wire_credit


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Foto: Suasana pasar rakyat baru di Laweyan, Senin (3/3/2025).", True),
        ("Warga antre bantuan di Palu, Selasa (5/3/2024). (ANTARA/Moh Fadli)", True),
        ("Wali Kota meninjau pasar. (KOMPAS.com/Gilang Pradipta)", True),
        ("Pedagang senang. DOK. PEMKOT SURAKARTA", True),
        ("Pertemuan berlangsung dua jam, kata juru bicara. (Reuters)", False),
        ("Gempa terjadi pagi tadi. (Antara/Reuters)", False),
        ("Harga cabai naik lagi di pasar induk pagi ini.", False),
        # a picture described without a label or a credit, or with a credit after it
        ("Ilustrasi pedagang sayur di pasar tradisional.", True),
        ("Ilustrasi pemungutan suara di TPS. tirto.id/Rangga Wibisono", True),
        ("Ilustrasi banjir rob di pesisir. /Pixabay/Engin_Akyurt", True),
        ("Ilustrasi kemacetan di jalan tol. (JawaPos.com)", True),
        # the story speaking of a picture
        ("Ilustrasi itu dibuat oleh seniman muda asal Bandung.", False),
        ("Ilustrasi yang beredar di media sosial ternyata buatan AI.", False),
        ("Ilustrasi karya Budi menunjukkan hutan/lahan gambut.", False),
        # Antara's photo credit ends with its editor's code and a full stop
        ("Petugas memeriksa panel surya. ANTARA FOTO/Dedi Kurniawan/nym.", True),
        # a newspaper's house abbreviation before its photographer
        ("Siswa mengikuti upacara di halaman sekolah.(MI/Susanto Wibowo)", True),
        ("Harga cabai naik, kata pedagang di pasar. (Ant/Dedi)", False),
        ("“Kami siap,” katanya.(AB/Budi Santoso)", False),
        # a hyphenated regional Tribun domain
        ("(Tribun-timur.com/Andi Saputra)", True),
        # a "Foto:" label after the caption's sentence, crediting any source or account
        ("Pengunjung menikmati kopi di teras kafe. Foto: Instagram/@kafe.teras", True),
        ("Relawan membagikan nasi bungkus. Foto: Dok. Pribadi", True),
    ],
)
def test_is_caption(line: str, caption: bool) -> None:
    """Caption labels and bracketed photo credits make captions; agency credits do not."""
    assert is_caption(line) is caption


def test_trailing_wire_credit_names_only_known_agencies() -> None:
    """ "(Antara/Reuters)" ending a paragraph is an agency credit; "(Budi/Sari)" is not."""
    match = trailing_wire_credit("Gempa terjadi pagi tadi. (Antara/Reuters)")
    assert match is not None and match.group("names") == "Antara/Reuters"
    assert trailing_wire_credit("Gempa terjadi pagi tadi. (Budi/Sari)") is None
