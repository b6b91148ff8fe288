"""Entities: the failure classes a fourth blind probe found (issue 3), on sentences written here.

Every name below is fictional; each test names the rule it guards.
"""

from __future__ import annotations

from entity_helpers import people
from test_entities_probe3 import resolve_tagged


def test_known_places_and_joined_places_are_no_person() -> None:
    """A known place, or two known places joined by a hyphen, tagged as a person is nobody."""
    text = (
        "Menteri Pertanian Rusia Pavel Orlovsky tiba di Abu Dhabi pada Senin. Ia menyebut "
        "konflik Rusia-Ukraina tidak mengganggu ekspor gandum ke Ukraina."
    )
    found = resolve_tagged(
        text,
        [
            ("Rusia", "LOC"),
            ("Pavel Orlovsky", "PERSON"),
            ("Abu Dhabi", "PERSON"),
            ("Rusia-Ukraina", "PERSON"),
            ("Ukraina", "PERSON"),
        ],
    )
    named = {e.name: e.type for e in found}
    assert named["Pavel Orlovsky"] == "PERSON"
    assert named["Abu Dhabi"] == "LOC"
    assert named["Ukraina"] == "LOC"
    assert "Rusia-Ukraina" not in named


def test_health_worker_job_words_are_no_part_of_the_name() -> None:
    """'Bidan', 'Perawat', 'Mantri' and 'Dokter Hewan' before a name are dropped."""
    text = (
        "Petugas Puskesmas Kalijaga, Perawat Yohana Lestari, mengatakan warga sakit. "
        "Di desa lain, Dokter Hewan Rini Astuti memeriksa sapi. Mantri Karso Wiyono ikut "
        "membantu, kata Bidan Marlina Sari."
    )
    found = people(text)
    assert {"Yohana Lestari", "Rini Astuti", "Karso Wiyono", "Marlina Sari"} <= found
    assert not any(w in n for n in found for w in ("Bidan", "Perawat", "Mantri", "Dokter"))
