"""Names beside the words around them: an office's area, a coach's club, a two-word name
prefix, a priest's post-nominal (fictional sentences)."""

from __future__ import annotations

import pytest

from entities.helpers import people
from kabar.entities import find_entities


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
            'lelah. "Kami harus bangkit," kata Darmawan.',
            "Darmawan Eko Susilo",
            "Persis Darmawan Eko Susilo",
        ),
        (
            'Pelabuhan itu diresmikan oleh Bupati Karo Tumpal Ginting. "Kapal ini untuk warga," '
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
    found = people(text)
    assert person in found
    assert not_person not in found


@pytest.mark.parametrize(
    ("text", "person", "nickname"),
    [
        (
            "Ketua RT, Darsini Wulandari, hadir di balai warga. Seorang warga, Wagiyem (58), ikut "
            "mengadu. Perempuan yang biasa dipanggil Mbok Giyem itu mengaku rumahnya kebanjiran.",
            "Wagiyem",
            "Mbok Giyem",
        ),
        (
            "Kepala Dinas, Hartono Wibisono, membuka acara. Kepala UPTD Pasar Baru, Sutrisno, yang "
            "akrab disapa Mas Tris, menyebut pedagang sudah pindah.",
            "Sutrisno",
            "Mas Tris",
        ),
        (
            "Camat Lestari Handayani meninjau lokasi. Pemilik warung, Sumarno (70), berjualan sejak "
            "1985. Pria asal Tuban yang dikenal sebagai Cak Marno itu menjual soto.",
            "Sumarno",
            "Cak Marno",
        ),
        (
            "Kepala Dinas Peternakan, Rahmat Hidayat Putra, meninjau kandang. Rombongan disambut "
            "ketua kelompok, Sarapudin (49). Warga setempat lebih mengenalnya dengan sebutan Amaq "
            "Jumirah, mengikuti nama anak sulungnya.",
            "Sarapudin",
            "Amaq Jumirah",
        ),
    ],
)
def test_a_nickname_after_a_one_word_name_is_that_person_s(
    text: str, person: str, nickname: str
) -> None:
    holders = [e for e in find_entities(text) if e.type == "PERSON" and nickname in e.aliases]
    assert [e.name for e in holders] == [person]


@pytest.mark.parametrize(
    ("text", "not_person"),
    [
        (
            "Rombongan tiba melalui Bandara Internasional Sultan Hasanudin Baharsyah sebelum ke "
            "lokasi. Bupati Rahmat Sidiq menyambut mereka.",
            "Hasanudin Baharsyah",
        ),
        (
            "Pohon ditanam di sepanjang Jalan KH Abdul Syukur yang berada di depan pesantren. "
            "Pengasuh pesantren, Imron Fauzi, memimpin acara.",
            "Syukur",
        ),
        (
            "Calon bupati Hamzah Tahir dan wakilnya Sitti Ramlah mendaftar. Ketua KPU mengatakan "
            "pasangan Hamzah-Ramlah unggul tipis atas lawannya, Ridwan Lamo dan Nurul Hasanah.",
            "Hamzah-Ramlah",
        ),
    ],
)
def test_a_place_or_a_ticket_named_after_people_is_nobody(text: str, not_person: str) -> None:
    assert not any(not_person in name for name in people(text))


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            'Kepala Stasiun Gambir Budi Santoso mengatakan kereta tambahan disiapkan. "Semua aman," '
            "kata Budi.",
            "Budi Santoso",
        ),
        (
            'Rektor Universitas Hasanuddin Jamaluddin Jompa mengatakan kampus siap. "Kami siap," '
            "kata Jamaluddin.",
            "Jamaluddin Jompa",
        ),
    ],
)
def test_the_holder_of_an_office_at_a_place_stays_a_person(text: str, person: str) -> None:
    assert person in people(text)


def test_a_legislative_working_body_before_a_name_is_no_part_of_it() -> None:
    text = (
        "Ketua Panja Yohanes Wattimena mengatakan rapat belum selesai. Anggota Pansus Marlon "
        "Tampubolon juga hadir."
    )
    assert people(text) == {"Yohanes Wattimena", "Marlon Tampubolon"}, people(text)
