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


def test_balinese_caste_openers_stay_in_the_name() -> None:
    """'Ida Bagus' and 'Anak Agung' open a Balinese name; they are not titles or common words."""
    text = (
        "Kapolres Jembrana AKBP Ida Bagus Putu Wiradana yang meninjau lokasi meminta warga "
        "mengungsi. Sementara itu, Kepala Desa Anak Agung Ngurah Sastrawan mengatakan sepuluh "
        "rumah rusak."
    )
    found = resolve_tagged(
        text, [("Putu Wiradana", "PERSON"), ("Agung Ngurah Sastrawan", "PERSON")]
    )
    named = {e.name: e.type for e in found}
    assert named.get("Ida Bagus Putu Wiradana") == "PERSON"
    assert named.get("Anak Agung Ngurah Sastrawan") == "PERSON"


def test_a_lone_name_opener_is_nobody() -> None:
    """'Desak' alone (a Balinese title, also the verb 'urge') or 'Baiq' alone is no person."""
    text = (
        "Buruh Desak Audit Tungku Smelter\n\nKetua serikat, Ketut Arsana, mengatakan "
        "audit harus segera dilakukan. Warga memanggilnya Baiq saja."
    )
    found = resolve_tagged(
        text, [("Desak", "PERSON"), ("Ketut Arsana", "PERSON"), ("Baiq", "PERSON")]
    )
    names = {e.name for e in found if e.type == "PERSON"}
    assert names == {"Ketut Arsana"}


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


def test_companies_prizes_and_units_are_no_person() -> None:
    """A name ending in 'Sekuritas' is a company, one ending in 'Award' a prize, 'GWh' a unit."""
    text = (
        "Analis Bahari Nusantara Sekuritas, Yohanes Darmadi, menilai pabrik berkapasitas 12 "
        "GWh itu layak. Film karya Rosalia Wutun meraih Park Min-ho Award tahun lalu."
    )
    found = resolve_tagged(
        text,
        [
            ("Bahari Nusantara Sekuritas", "PERSON"),
            ("Yohanes Darmadi", "PERSON"),
            ("GWh", "PERSON"),
            ("Rosalia Wutun", "PERSON"),
            ("Park Min-ho Award", "PERSON"),
        ],
    )
    persons = {e.name for e in found if e.type == "PERSON"}
    assert persons == {"Yohanes Darmadi", "Rosalia Wutun"}
    assert {e.name: e.type for e in found}.get("Bahari Nusantara Sekuritas") == "ORG"


def test_a_quoted_nickname_inside_a_name_is_an_alias_of_the_person() -> None:
    """'Fransiskus "Frengky" Leto' ... 'kata Frengky': one person, Fransiskus Leto."""
    text = (
        'Produser film, Fransiskus "Frengky" Leto, mengatakan syuting berlangsung sebulan. '
        '"Kami syuting di kampung," kata Frengky. Menurut Frengky, film tayang tahun depan.'
    )
    found = resolve_tagged(
        text,
        [
            ("Fransiskus", "PERSON"),
            ("Leto", "PERSON"),
            ("kata [Frengky]", "PERSON"),
            ("Menurut [Frengky]", "PERSON"),
        ],
    )
    persons = [e for e in found if e.type == "PERSON"]
    assert [e.name for e in persons] == ["Fransiskus Leto"]
    assert "Frengky" in persons[0].aliases


def test_a_two_word_name_given_after_akrab_disapa_joins_the_full_name() -> None:
    """'Tan Sioe Lim atau yang akrab disapa Hartono Tan' ... 'Hartono Tan menilai': one person."""
    text = (
        "Direktur Utama PT Sinar Abadi Tan Sioe Lim atau yang akrab disapa Hartono Tan "
        "mengatakan penjualan naik. Hartono Tan menilai daya beli mulai pulih."
    )
    found = resolve_tagged(
        text,
        [("Tan Sioe Lim", "PERSON"), ("Hartono Tan", "PERSON"), ("Hartono Tan", "PERSON")],
    )
    persons = [e for e in found if e.type == "PERSON"]
    assert [e.name for e in persons] == ["Tan Sioe Lim"]
    assert persons[0].count == 3


def test_a_name_after_dikenal_sebagai_joins_the_person_but_no_place_or_title() -> None:
    """'dikenal sebagai Hartono Tan' names the person before; 'dikenal sebagai Kota Pahlawan'
    and 'dikenal sebagai Jakarta kedua' name nobody."""
    text = (
        "Presiden Direktur PT Sinar Abadi, Tan Sioe Lim, yang di kalangan pedagang dikenal "
        "sebagai Hartono Tan, mengatakan penjualan naik. Hartono Tan menilai daya beli pulih. "
        "Surabaya dikenal sebagai Kota Pahlawan, kata Budi Santoso. Kota itu juga dikenal "
        "sebagai Jakarta kedua."
    )
    found = resolve_tagged(
        text,
        [
            ("Tan Sioe Lim", "PERSON"),
            ("Hartono Tan", "PERSON"),
            ("Hartono Tan", "PERSON"),
            ("Surabaya", "LOC"),
            ("Budi Santoso", "PERSON"),
            ("Jakarta", "LOC"),
        ],
    )
    persons = {e.name: e for e in found if e.type == "PERSON"}
    assert set(persons) == {"Tan Sioe Lim", "Budi Santoso"}
    assert persons["Tan Sioe Lim"].count == 3
    assert {e.name: e.type for e in found}["Jakarta"] == "LOC"
