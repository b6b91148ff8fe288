"""Entities, untagged names made people by their context: bernama, a title, an age."""

from __future__ import annotations

from entities.helpers import (
    holder,
    people,
    resolve_tagged,
)
from kabar.entities import find_entities


def test_bernama_introduces_a_person() -> None:
    text = (
        "Korban tewas adalah seorang ibu rumah tangga bernama Sumiyati (48) yang tinggal tidak "
        "jauh dari lokasi tambang."
    )
    assert "Sumiyati" in people(text)


def test_surname_before_an_age_is_kept() -> None:
    text = (
        "Dialah Marlina Saogo (45), guru honorer di sebuah sekolah dasar di pedalaman pulau. "
        '"Saya bertahan demi murid," ucap Marlina pelan.'
    )
    found = find_entities(text)
    assert holder(found, "Marlina").name == "Marlina Saogo"


def test_age_makes_a_person_even_in_a_capitalised_sentence() -> None:
    text = (
        "Dialah Yuliana Sababalat (39), Guru Honorer di SD Negeri 7 Siberut Barat. Sudah "
        "belasan tahun ia mengajar di sekolah itu tanpa kepastian status."
    )
    assert "Yuliana Sababalat" in people(text)


def test_reporter_named_after_ditanya() -> None:
    text = (
        "Menteri itu saat ditanya Puspitasari dari sebuah media daring di kompleks parlemen "
        "memastikan tidak ada pemutusan hubungan kerja massal."
    )
    assert "Puspitasari" in people(text)


def test_a_place_word_surname_closes_the_name() -> None:
    """'Tanjung' right after a person's name, before a comma, is the surname, not a place."""
    text = (
        "Pengamat politik Universitas Andalas, Dr. Rahmi Yusnita Tanjung, menilai koalisi "
        "masih cair. Kapal bersandar di Tanjung Emas, kata Rahmi."
    )
    found = resolve_tagged(
        text, [("Rahmi Yusnita", "PERSON"), ("Tanjung Emas", "LOC"), ("kata [Rahmi]", "PERSON")]
    )
    named = {e.name: e.type for e in found}
    assert named.get("Rahmi Yusnita Tanjung") == "PERSON"
    assert named.get("Tanjung Emas") == "LOC"
