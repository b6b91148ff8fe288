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
