"""Football clubs and the nicknames match reports call them by are organisations, not people.

Fictional text. A wrong program lists "Juku Eja" (PSM Makassar) as a person, or keeps "Singo
Edan" apart from Arema FC.
"""

from __future__ import annotations

import pytest

from kabar.entities import find_entities


@pytest.mark.parametrize(
    ("text", "club"),
    [
        (
            "Juku Eja kembali menelan kekalahan. Pelatih PSM Makassar, Andre Pohan, meminta maaf.",
            "PSM Makassar",
        ),
        (
            "Pelatih Joko Santiko puas meski Singo Edan hanya bermain imbang di Stadion Manahan."
            " \"Anak-anak sudah bekerja keras,\" ujar Joko.",
            "Arema FC",
        ),
        ("Persib menundukkan Dewa United 2-1 di Bandung. Gol dicetak Rendi Saputro.", "Dewa United"),
    ],
)
def test_a_club_and_its_nickname_are_one_organisation(text: str, club: str) -> None:
    found = {e.name: e.type for e in find_entities(text)}
    assert found.get(club) == "ORG", found
    people = {name for name, kind in found.items() if kind == "PERSON"}
    assert people <= {"Andre Pohan", "Joko Santiko", "Rendi Saputro"}, people


def test_a_coach_named_right_after_his_club_does_not_take_its_last_word() -> None:
    """ "pelatih Bali United Hendra Wijaya Putra": the person is Hendra Wijaya Putra, not
    "United Hendra Wijaya Putra" (the club's last word, after a place)."""
    text = (
        "Di kubu tamu, pelatih Bali United Hendra Wijaya Putra menyesalkan konsentrasi pemainnya "
        "yang menurun di menit-menit akhir. Menurut Hendra, timnya kehilangan fokus."
    )
    people = {e.name for e in find_entities(text) if e.type == "PERSON"}
    assert "Hendra Wijaya Putra" in people
    assert not any(name.startswith("United") for name in people)
