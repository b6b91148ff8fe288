"""Entities, cleaning tagged spans into names: titles, ranks, degrees, honorifics, non-names."""

from __future__ import annotations

import pytest

from entities.helpers import (
    WEEKDAYS_AND_MONTHS,
    entity_of,
    holder,
    people,
    person_names,
    persons,
    resolve_tagged,
)
from kabar.entities import find_entities

RANKS_AND_OFFICES = [
    "AKBP",
    "Kombes Pol",
    "Kompol",
    "AKP",
    "Iptu",
    "Ipda",
    "Aiptu",
    "Bripka",
    "Brigjen Pol",
    "Irjen Pol",
    "Komjen Pol",
    "Letjen TNI",
    "Mayjen TNI",
    "Kolonel Inf",
    "Letkol",
    "Kapten",
    "Serka",
    "Laksamana",
    "Marsekal",
    "Mendikbudristek",
    "Menkeu",
    "Menkes",
    "Mendagri",
    "Menlu",
    "Menhan",
    "Wamenlu",
    "Kapolri Jenderal Pol",
    "Kapolda Sukamaju Irjen Pol",
    "Kapolres Metro Sukamaju Kota Kombes Pol",
    "Pangdam",
    "Dandim",
    "Kajati",
    "Kasatreskrim",
    "Plt",
    "Dirut",
    "Sekjen",
    "Kadis",
    "Prof. Dr.",
    "Dr.",
    "Ir.",
    "Drs.",
    "Hj.",
    "Pak",
    "Bu",
]


def test_titles_and_bare_surname() -> None:
    """A title is dropped and the bare surname later joins the full name."""
    body = (
        "Gubernur Jawa Tengah Haryanto Wibisono meresmikan jembatan baru di Kabupaten Blora, "
        "Selasa (4/3/2025).\n\nMenurut Haryanto, jembatan itu dibangun dengan dana daerah. "
        '"Warga tidak perlu lagi memutar jauh," kata Gubernur Haryanto.'
    )
    entities = find_entities(body)
    person = entity_of(entities, "Haryanto Wibisono")
    assert person.type == "PERSON" and person.name == "Haryanto Wibisono"
    assert person.count == 3 and "Haryanto" in person.aliases
    assert all(not a.startswith("Gubernur") for a in person.aliases)
    assert not [e for e in entities if e.name in {"Selasa", "Gubernur"}]


def test_military_rank_is_not_part_of_name() -> None:
    """ "Letjen TNI" before a name is a title, not a name."""
    body = (
        "Panglima Komando Daerah Militer itu, Letjen TNI Bagus Santoso, meninjau lokasi banjir. "
        "Bagus Santoso meminta prajurit membantu warga mengungsi."
    )
    entities = find_entities(body)
    person = entity_of(entities, "Bagus Santoso")
    assert person.name == "Bagus Santoso" and person.count == 2
    assert not [a for e in entities for a in e.aliases if a.startswith(("Letjen", "TNI Bagus"))]


def test_honorific_pak_and_bu_are_dropped() -> None:
    """ "Pak" and "Bu" before a name in running text are honorifics."""
    body = (
        "Warga Desa Sukamaju menyambut Bu Ratna Kusuma yang datang membawa bantuan. "
        '"Terima kasih, Pak Darmo," ujar Ratna Kusuma kepada kepala desa Darmo Sutejo.'
    )
    entities = find_entities(body)
    ratna = entity_of(entities, "Ratna Kusuma")
    assert ratna.count == 2
    assert all(not a.startswith("Bu ") for a in ratna.aliases)


def test_degree_after_name_is_dropped() -> None:
    """Academic degrees after a name ("SH", "MSi") are not part of it."""
    body = (
        "Kuasa hukum warga, Rahmat Hidayat SH, menyatakan akan menggugat keputusan itu. "
        "Rahmat Hidayat menilai keputusan tersebut cacat prosedur."
    )
    entities = find_entities(body)
    person = entity_of(entities, "Rahmat Hidayat")
    assert person.count == 2 and not [a for a in person.aliases if a.endswith("SH")]


def test_weekdays_months_and_titles_are_never_entities() -> None:
    """Dates and bare titles are no entity of any type."""
    body = (
        "Senin (3/2/2025), Menteri Keuangan Wulan Pratiwi hadir di Jakarta. Pada Februari, "
        "Wulan Pratiwi juga berkunjung ke Medan. Rabu pagi, Presiden menerima laporannya."
    )
    entities = find_entities(body)
    names = {e.name.lower() for e in entities}
    assert not names & (WEEKDAYS_AND_MONTHS | {"presiden", "menteri"})
    assert entity_of(entities, "Wulan Pratiwi").count == 2


@pytest.mark.parametrize("prefix", RANKS_AND_OFFICES)
def test_ranks_offices_and_honorifics_are_not_in_names(prefix: str) -> None:
    """ "Kombes Pol Anggoro Tri Lestanto" is the person Anggoro Tri Lestanto."""
    body = (
        f"Dalam keterangan kepada wartawan di Jakarta, {prefix} Anggoro Tri Lestanto mengatakan "
        "bahwa seluruh pihak diminta menahan diri. Anggoro menambahkan, pemeriksaan saksi akan "
        "dilanjutkan pekan depan."
    )
    found = persons(body)
    assert "Anggoro Tri Lestanto" in found, (prefix, list(found))
    assert found["Anggoro Tri Lestanto"].count == 2
    first_words = {alias.split()[0] for e in found.values() for alias in e.aliases}
    assert not first_words & set(prefix.replace(".", "").split()), (prefix, list(found))


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        (
            "Dosen hukum pidana, Dr. Ratna Wijaya, S.H., M.H., menilai putusan itu keliru.",
            "Ratna Wijaya",
        ),
        ("Ketua panitia Ratna Wijaya S.Kom menilai acara berjalan lancar.", "Ratna Wijaya"),
        ("Prof. Ir. Bambang Wirawan, M.Sc., Ph.D. menjadi pembicara utama.", "Bambang Wirawan"),
        ("Pengasuh pondok pesantren KH Ahmad Fauzi meminta santri tetap tenang.", "Ahmad Fauzi"),
        (
            "Petugas medis dr. Sinta Maharani menyebut korban mengalami luka ringan.",
            "Sinta Maharani",
        ),
        ("Mbak Sari Lestari, pedagang sayur, mengaku omzetnya turun.", "Sari Lestari"),
        (
            "Wali Kota Surabaya Erwin Cahyono meninjau lokasi banjir pada Senin pagi.",
            "Erwin Cahyono",
        ),
        (
            "Plt Kepala Dinas Pendidikan Sukamaju, Joko Pranoto, menyebut sekolah diliburkan.",
            "Joko Pranoto",
        ),
        (
            "Habib Husein Alattas memimpin doa bersama. Husein meminta jamaah tenang.",
            "Habib Husein Alattas",
        ),
        ("Teuku Mahfud Syah dan Cut Nyak Aisyah hadir di pendopo.", "Teuku Mahfud Syah"),
    ],
)
def test_degrees_and_honorifics_leave_the_name(sentence: str, person: str) -> None:
    """Degrees and honorifics are dropped (Habib, Teuku, Cut stay); degrees are no entities."""
    entities = find_entities(sentence)
    people = {e.name for e in entities if e.type == "PERSON"}
    assert person in people, people
    assert not [e for e in entities if e.type != "PERSON" and "." in e.name], entities


def test_brands_and_exclamations_are_not_people() -> None:
    """Well-known brands are organisations and a quoted "Aduh" is nobody."""
    body = (
        'Microsoft dan Huawei sama-sama menyiapkan laptop baru tahun ini. "Aduh, mahal sekali," '
        "kata Ningsih Rahayu, seorang mahasiswa, saat melihat daftar harga."
    )
    entities = {e.name: e.type for e in find_entities(body)}
    assert entities.get("Microsoft") == "ORG" and entities.get("Huawei") == "ORG", entities
    assert {n for n, k in entities.items() if k == "PERSON"} == {"Ningsih Rahayu"}, entities


def test_names_stop_at_line_breaks_and_lone_commas() -> None:
    """A name never runs across a paragraph break; commas join only a list ending in "dan"."""
    body = (
        "Pelatih Ardiansyah Wirabuana\n\nBantul Jaya menang dua gol tanpa balas. Ketua asosiasi "
        "itu, Gapensi, Gabungan Pengusaha Sepatu Indonesia (GPSI), menolak aturan baru."
    )
    entities = find_entities(body)
    assert not [e for e in entities if "\n" in e.name or "\n" in "".join(e.aliases)], entities
    assert "Ardiansyah Wirabuana" in {e.name for e in entities if e.type == "PERSON"}
    gpsi = [e for e in entities if "GPSI" in e.aliases]
    assert gpsi and gpsi[0].name == "Gabungan Pengusaha Sepatu Indonesia", entities


def test_elder_and_religious_honorifics_are_dropped() -> None:
    text = (
        "Pementasan dibuka oleh Mbah Karso Wiryanto yang sudah menari sejak remaja. Ketua "
        "Baznas setempat, Buya H. Darwis Malin Tanjung, yang hadir di lokasi, menyampaikan "
        'doa. "Tari ini warisan leluhur," tutur Mbah Karso setelah pentas.'
    )
    found = find_entities(text)
    names = {e.name for e in found if e.type == "PERSON"}
    assert {"Karso Wiryanto", "Darwis Malin Tanjung"} <= names
    assert not [n for n in names if n.startswith(("Mbah", "Buya", "H."))]
    assert holder(found, "Karso").name == "Karso Wiryanto"


def test_dotted_titles_before_a_name_are_dropped() -> None:
    text = (
        "Kepala lembaga riset itu, Dr. Laksana Budi Waskito, menyebut capaian ini bukti riset "
        "dalam negeri. Guru besar kampus tersebut, Prof. Dr. Hj. Sumarni Rahayu Lubis, ikut "
        "memberi sambutan di hadapan peserta."
    )
    found = people(text)
    assert {"Laksana Budi Waskito", "Sumarni Rahayu Lubis"} <= found  # "Laksana" is no rank


def test_corps_word_after_a_rank_is_dropped() -> None:
    text = (
        "Komandan Kodim setempat Letkol Inf Bonar Sitorus Manurung memimpin apel pasukan di "
        "lapangan. Sementara itu Mayor Kav Andika Prasetya Utama memeriksa kesiapan kendaraan."
    )
    found = people(text)
    assert {"Bonar Sitorus Manurung", "Andika Prasetya Utama"} <= found
    assert not [p for p in found if p.split()[0] in {"Inf", "Kav"}]


def test_role_word_before_a_name_is_dropped() -> None:
    text = (
        "Manajer Kirana membenarkan konser ditunda karena penyanyi itu sakit. Menurut dia, "
        "tiket yang sudah terjual akan dikembalikan penuh."
    )
    found = people(text)
    assert "Kirana" in found and "Manajer Kirana" not in found


def test_names_of_god_are_not_people() -> None:
    text = (
        '"Insya Allah kami kembalikan semua kerugian negara," ujar terdakwa Bagus Santoso. '
        '"Hanya Tuhan yang tahu niat saya," katanya.'
    )
    found = people(text)
    assert "Bagus Santoso" in found
    assert not found & {"Allah", "Insya Allah", "Tuhan"}


def test_academic_degrees_are_no_entities() -> None:
    text = (
        "Kepala Seksi Penyakit Menular, dr. Anisa Kurniawati, M.Epid, mengatakan kasus naik. "
        "Guru besar penyakit dalam, Prof. Dr. dr. Hendra Wijaya, Sp.PD-KPTI, menilai vaksinasi "
        "masih mahal. Ahli hukum Rudi Hartanto, S.H., M.Kes, ikut berbicara."
    )
    found = find_entities(text)
    names = {e.name for e in found}
    assert {"Anisa Kurniawati", "Hendra Wijaya", "Rudi Hartanto"} <= names
    assert not names & {"M.Epid", "Sp.PD-KPTI", "M.Kes", "S.H"}


def test_capitalised_pronoun_is_nobody() -> None:
    text = (
        '"Anda bisa melapor lewat aplikasi," kata petugas bernama Anda di loket, lalu Kepala '
        "Loket Suryadi Wiranata menambahkan bahwa layanan buka sampai sore."
    )
    assert "Anda" not in people(text)


def test_a_list_of_degrees_after_a_name_names_nobody() -> None:
    text = (
        "Rektor universitas itu, Prof. Dr. Ir. Rasyidin Yonara, S.E., MPPM, Akt., CA., menyambut "
        "mahasiswa baru di auditorium kampus pada Senin pagi."
    )
    found = people(text)
    assert "Rasyidin Yonara" in found
    assert not found & {"Akt", "MPPM", "CA"}


def test_regional_honorifics_leave_the_canonical_name() -> None:
    text = (
        "Dalang senior asal Klaten, Ki Darmo Sulistyo Hadiprojo, ikut menonton. "
        '"Suaranya sudah matang," kata Ki Darmo. Hal senada disampaikan Jro Mangku Wayan '
        'Sudarta, pemangku pura setempat. "Kami setuju," kata Jro Mangku Sudarta.'
    )
    found = people(text)
    assert found == {"Darmo Sulistyo Hadiprojo", "Wayan Sudarta"}, found


def test_sundanese_honorific_before_a_nickname_is_no_person() -> None:
    text = (
        "Rumah Ceu Imas langsung tertimbun, tutur Asep. Ceu Imas yang dimaksud adalah Imas "
        "Rosmiati (38), korban yang masih dicari."
    )
    found = people(text)
    assert "Ceu Imas" not in found
    assert "Imas Rosmiati" in found


def test_raden_mas_is_a_title_but_raden_after_a_rank_stays() -> None:
    text = (
        "Juru bicara tim, Raden Mas Gunawan Wiryokusumo, membantah tudingan itu. "
        '"Itu pemaksaan," ujar Gunawan. Penghargaan diberikan kepada aktor gaek Raden '
        "Sastro Hadinegoro. Kombes Raden Prasetyo Adi Nugroho ikut hadir."
    )
    found = people(text)
    assert {"Gunawan Wiryokusumo", "Sastro Hadinegoro"} <= found, found
    assert "Raden Prasetyo Adi Nugroho" in found


def test_dotted_title_period_opens_no_sentence() -> None:
    text = (
        "Kepala Dinas Pemadam Kebakaran Kota Madiun, Ir. Bagus Eko Prasetyo, mengatakan "
        "pihaknya menerjunkan 20 unit."
    )
    found = resolve_tagged(text, [("Eko Prasetyo", "PERSON")])
    assert person_names(found) == {"Bagus Eko Prasetyo"}


def test_title_and_organisation_before_a_name_are_cut() -> None:
    text = "Pengacara siap membela Imam Besar FPK Habib Rizal yang dilaporkan ke polisi."
    found = resolve_tagged(text, [("Imam Besar FPK Habib Rizal", "PERSON")])
    assert person_names(found) == {"Habib Rizal"}


def test_titled_form_is_kept_as_an_alias() -> None:
    text = (
        "Dalang senior asal Klaten, Ki Darmo Sulistyo Hadiprojo, ikut menonton. "
        '"Suaranya matang," kata Ki Darmo.'
    )
    entity = holder(find_entities(text), "Darmo")
    assert entity.name == "Darmo Sulistyo Hadiprojo"
    assert "Ki Darmo" in entity.aliases


def test_spelled_out_rank_is_no_part_of_the_name() -> None:
    text = (
        "Kabid Humas Polda Metro Jaya Komisaris Besar Polisi Argo Wiyono mengatakan kasus itu "
        "masih diselidiki."
    )
    found = resolve_tagged(
        text,
        [
            ("Polda Metro", "ORG"),
            ("Jaya Komisaris Besar Polisi", "PERSON"),
            ("Argo Wiyono", "PERSON"),
        ],
    )
    assert person_names(found) == {"Argo Wiyono"}


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
