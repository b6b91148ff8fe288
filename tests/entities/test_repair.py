"""Entities, repairing tagger slips: connectives, ranks, offices, honorifics, named things."""

from __future__ import annotations

import pytest

from entities.helpers import (
    entity_of,
    holder,
    named,
    person_names,
    persons,
    resolve_tagged,
)
from kabar.entities import find_entities


def test_rank_inside_span_and_alias_before_name() -> None:
    """A rank inside a tagged name ends what came before; "Gedung Putih <name>" is two."""
    body = (
        "Kapolda Metro Jaya Irjen Pol Darmawan Sulistyo mengatakan pelaku sudah ditangkap. "
        '"Pelaku kami tangkap di Bekasi," ujar Darmawan.\n\n'
        "Juru bicara Gedung Putih Karen Whitfield menolak berkomentar."
    )
    entities = find_entities(body)
    police = entity_of(entities, "Darmawan Sulistyo")
    assert police.name == "Darmawan Sulistyo" and police.count == 2
    assert not [a for e in entities for a in e.aliases if "Irjen" in a or "Jaya Irjen" in a]
    spokes = [e for e in entities if e.type == "PERSON" and "Whitfield" in e.name]
    assert len(spokes) == 1 and spokes[0].name == "Karen Whitfield"
    assert entity_of(entities, "Gedung Putih").type == "ORG"


def test_split_rank_name_is_one_person() -> None:
    """ "Brigjen Pol Wisnu" + "Aji Pratama" from the tagger is one person, and "Wisnu" joins."""
    body = (
        "Sementara itu, Pelaksana Tugas Deputi Penindakan dan Eksekusi KPK Brigjen Pol Wisnu "
        "Aji Pratama sebelumnya menyebut sebagian konsesi berada di kawasan hutan lindung. "
        "Wisnu menilai kasus ini menunjukkan kerugian yang tidak hanya soal uang negara."
    )
    found = persons(body)
    assert set(found) == {"Wisnu Aji Pratama"}, list(found)
    assert found["Wisnu Aji Pratama"].count == 2


def test_office_then_holder_is_split() -> None:
    """ "Kepala Dinas Kesehatan Sukamaju Wulan Dari": ORG then PERSON, not one name."""
    body = (
        "Kepala Dinas Kesehatan Sukamaju Wulan Dari mengatakan bahwa stok vaksin di seluruh "
        "puskesmas masih mencukupi kebutuhan warga hingga akhir tahun ini."
    )
    entities = find_entities(body)
    kinds = {e.name: e.type for e in entities}
    assert kinds.get("Dinas Kesehatan Sukamaju") == "ORG", kinds
    assert kinds.get("Wulan Dari") == "PERSON", kinds
    assert not [n for n in kinds if "Sukamaju Wulan" in n], kinds


def test_acronym_office_then_holder_is_split() -> None:
    """ "Kemenhub Taufik Hidayatullah" and "Kepala BRPN Lestari ..." give the holder whole."""
    body = (
        "Direktur Jenderal Perkeretaapian Kemenhub Sutrisno Adiwangsa menyatakan bahwa tim survei "
        "gabungan akan menyusuri seluruh koridor utara. Kepala BRPN Lestari Kusumadewi hadir "
        "langsung di sawah bersama para petani penggarap."
    )
    found = persons(body)
    assert {"Sutrisno Adiwangsa", "Lestari Kusumadewi"} <= set(found), list(found)
    orgs = named(body, "ORG")
    assert (
        "Kementerian Perhubungan" in orgs and "Kemenhub" in orgs["Kementerian Perhubungan"].aliases
    )


@pytest.mark.parametrize(
    "connective",
    [
        "Adapun",
        "Sementara",
        "Namun",
        "Menurut",
        "Sedangkan",
        "Bahkan",
        "Selain",
        "Kemudian",
        "Saat",
        "Ketika",
    ],
)
def test_connectives_never_start_a_name(connective: str) -> None:
    """ "Adapun Rusdan" is Rusdan, who is Rusdan Halimi named before."""
    body = (
        "KPK menahan Kepala Dinas Pertambangan Sukamaju Rusdan Halimi selama 20 hari pertama. "
        f"{connective} Rusdan disangkakan menerima suap dari pengusaha tambang setempat."
    )
    found = persons(body)
    assert list(found) == ["Rusdan Halimi"], list(found)
    assert found["Rusdan Halimi"].count == 2


def test_streets_and_storms_are_not_people() -> None:
    """ "Jalan Ahmad Yani" is a street and "Topan Shanshan" a storm, not persons."""
    body = (
        "Sebanyak 600 pedagang dipindahkan ke lahan parkir Jalan Ahmad Yani. Sementara itu, "
        "pemerintah Jepang mengevakuasi warga menjelang datangnya Topan Shanshan."
    )
    assert persons(body) == {}, list(persons(body))


def test_place_after_regional_office_and_name_after_comma() -> None:
    """ "Camat Sukaraja Darmin Ginting" is Darmin Ginting; ", Mitra Sarasvati" keeps "Mitra"."""
    body = (
        "Camat Sukaraja Darmin Ginting mengatakan jembatan itu dibangun tahun lalu. Darmin "
        'menambahkan, warga sudah lama menunggu. "Mereka sudah berminggu-minggu di laut," ujar '
        "juru bicara lembaga itu di Jakarta, Mitra Sarasvati Hanum."
    )
    found = persons(body)
    assert set(found) == {"Darmin Ginting", "Mitra Sarasvati Hanum"}, list(found)
    assert found["Darmin Ginting"].count == 2


def test_age_and_speech_verb_make_a_person_and_ranks_leave_units() -> None:
    """ "Sumarni (52)" and "kata Sumarni" are a person; units lose the ranks around them."""
    body = (
        'Seorang pedagang, Sumarni (52), mengatakan harga cabai naik dua kali lipat. "Biasanya '
        'saya ambil satu kuintal," kata Sumarni. Kasat Reskrim Polres Metro Bekasi AKBP Yogi '
        "Harsono mengatakan, gudang itu sudah beroperasi. Kasatlantas Polresta Bandung Kompol "
        "Teguh Wiryawan mengatakan polisi berjaga di setiap simpang."
    )
    entities = {e.name: e for e in find_entities(body)}
    assert entities["Sumarni"].type == "PERSON" and entities["Sumarni"].count == 2
    assert entities["Polres Metro Bekasi"].type == "ORG", list(entities)
    assert entities["Polresta Bandung"].type == "ORG", list(entities)
    people = {n for n, e in entities.items() if e.type == "PERSON"}
    assert people == {"Sumarni", "Yogi Harsono", "Teguh Wiryawan"}, people


def test_org_tails_group_names_and_countries_are_not_people() -> None:
    """ "Hanbit Rail Systems", "Kelompok Tani Sri Rejeki" and "Burkina Faso" are no persons."""
    body = (
        "Rombongan menteri bertemu direksi Sinar Mandala Systems di Seoul. Ketua Kelompok Tani "
        "Sri Rejeki Desa Sukamulya, Warsito, mengatakan benih sudah dipesan. Krisis pangan juga "
        "melanda Burkina Faso, Chad, dan Niger."
    )
    entities = {e.name: e.type for e in find_entities(body)}
    assert {n for n, k in entities.items() if k == "PERSON"} == {"Warsito"}, entities
    assert entities.get("Burkina Faso") == "LOC" and entities.get("Chad") == "LOC", entities


def test_sasak_lalu_is_part_of_a_name_but_not_then() -> None:
    """ "Gubernur NTB Lalu Samsudin Hakim" keeps Lalu; a sentence-opening "Lalu" means "then"."""
    body = (
        "Gubernur NTB Lalu Samsudin Hakim meminta bantuan air bersih dipercepat. Lalu Samsudin "
        "meninjau sumur warga di Desa Sekotong Tengah."
    )
    found = persons(body)
    assert set(found) == {"Lalu Samsudin Hakim"}, list(found)
    assert found["Lalu Samsudin Hakim"].count == 2


def test_name_prefix_joins_the_tagged_name_and_places_are_not_people() -> None:
    """ "Kombes Raden Prasetyo Adi Wibowo" is one person; a dateline city is a place."""
    body = (
        'Jakarta, CNN Indonesia -- "Pelaku sudah kami tahan," ujar Kabid Humas Polda Metro Jaya '
        "Kombes Raden Prasetyo Adi Wibowo di Mapolda Metro Jaya, Rabu. Adi menambahkan, "
        "penyidik masih memeriksa saksi."
    )
    found = persons(body)
    assert set(found) == {"Raden Prasetyo Adi Wibowo"}, list(found)
    assert found["Raden Prasetyo Adi Wibowo"].count == 2


def test_street_named_after_a_hero_is_a_place() -> None:
    text = (
        "Posko pengaduan dibuka di lantai dua kantor dinas, Jalan Teuku Umar Syah, setiap "
        "hari kerja pukul 08.00 hingga 15.00 WIB."
    )
    found = find_entities(text)
    assert not [e for e in found if e.type == "PERSON" and "Umar" in e.name]
    assert [e for e in found if e.type == "LOC" and e.name.startswith("Jalan")]


def test_regent_area_named_elsewhere_leaves_the_name() -> None:
    text = (
        "Gubernur meninjau lokasi bersama Bupati Lamandau Hendrik Sapta Wiguna pada Selasa. "
        "Pemkab Lamandau menyiapkan tenda pengungsian bagi warga yang rumahnya rusak."
    )
    found = find_entities(text)
    names = {e.name for e in found if e.type == "PERSON"}
    assert "Hendrik Sapta Wiguna" in names
    assert not [n for n in names if "Lamandau" in n]


def test_office_with_roman_numeral_leaves_the_given_name() -> None:
    text = (
        "Rapat dibuka oleh Ketua Komisi IX Wulan Sekaraji Hadinoto. Wulan langsung meminta "
        "penjelasan soal tunggakan iuran."
    )
    found = resolve_tagged(
        text, [("Komisi IX Wulan", "ORG"), ("Sekaraji Hadinoto", "PERSON"), ("Wulan", "PERSON")]
    )
    assert person_names(found) == {"Wulan Sekaraji Hadinoto"}
    assert holder(found, "Komisi IX").type == "ORG"


def test_rank_tagged_with_the_given_name_gives_it_back() -> None:
    text = (
        "Kasubdit Siber Polda Metro Jaya, AKBP Rina Handayani Pohan, menjelaskan modus para "
        "tersangka. Rina mengatakan korban mencapai 300 orang."
    )
    found = resolve_tagged(
        text,
        [
            ("Polda Metro Jaya", "ORG"),
            ("AKBP Rina", "ORG"),
            ("Handayani Pohan", "PERSON"),
            ("Rina", "PERSON"),
        ],
    )
    assert person_names(found) == {"Rina Handayani Pohan"}


def test_directorate_general_is_no_rank() -> None:
    text = "Direktorat Jenderal Peternakan Kementan mencatat 300 kasus baru pekan ini."
    found = resolve_tagged(text, [("Direktorat Jenderal Peternakan", "ORG")])
    assert person_names(found) == set()


def test_office_words_that_are_not_ranks_keep_the_company() -> None:
    text = (
        "CEO Promagna Albert Wijaya menjelaskan rencana ekspansi. Menurut Albert, tahun ini "
        "ada 20 lokasi baru. Uni Eropa belum berkomentar."
    )
    found = resolve_tagged(
        text, [("CEO Promagna", "ORG"), ("Albert Wijaya", "PERSON"), ("Albert", "PERSON")]
    )
    assert person_names(found) == {"Albert Wijaya"}
    assert any(e.name == "Uni Eropa" for e in find_entities(text))


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
