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
