"""Names beside the words around them: an office's area, a coach's club, a two-word name
prefix, a priest's post-nominal (fictional sentences)."""

from __future__ import annotations

import pytest

from kabar.entities import find_entities


def _people(text: str) -> set[str]:
    return {e.name for e in find_entities(text) if e.type == "PERSON"}


@pytest.mark.parametrize(
    ("text", "person", "not_person"),
    [
        (
            "Banjir melanda Kabupaten Sumba Barat. Kepala Pelaksana BPBD Sumba Barat Yohanes "
            "Kristoforus Bulu mengatakan warga mengungsi. Yohanes menambahkan, BPBD Sumba Barat "
            "menyiapkan tenda.",
            "Yohanes Kristoforus Bulu",
            "Sumba Barat Yohanes Kristoforus Bulu",
        ),
        (
            "Tim tamu kalah dari Persis Solo. Pelatih Persis Darmawan Eko Susilo menyebut timnya "
            "lelah. \"Kami harus bangkit,\" kata Darmawan.",
            "Darmawan Eko Susilo",
            "Persis Darmawan Eko Susilo",
        ),
        (
            "Pelabuhan itu diresmikan oleh Bupati Karo Tumpal Ginting. \"Kapal ini untuk warga,\" "
            "kata Tumpal. Wisatawan yang datang ke Karo terus bertambah.",
            "Tumpal Ginting",
            "Karo Tumpal Ginting",
        ),
        (
            "Rapat dipimpin Gubernur Sulawesi Tenggara La Ode Rusdin Malik di Kendari. Rusdin "
            "meminta direksi bekerja cepat.",
            "La Ode Rusdin Malik",
            "Rusdin Malik",
        ),
        (
            "Pastor Paroki Watublapi, Romo Aloysius Kewa Making Pr, memimpin doa bersama di "
            "pengungsian. Aloysius meminta warga tetap tenang.",
            "Aloysius Kewa Making",
            "Aloysius Kewa Making Pr",
        ),
    ],
)
def test_a_name_keeps_its_own_words_only(text: str, person: str, not_person: str) -> None:
    found = _people(text)
    assert person in found
    assert not_person not in found
