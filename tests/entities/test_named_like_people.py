"""Entities, things named like people: works, dances and themes, shops, gatherings, foreign
regions, offices' fields, forms of address and items of a list of bodies or places. Each
case keeps a real person beside the thing, so a rule that drops every name fails too."""

from __future__ import annotations

import pytest

from entities.helpers import people

CASES = [
    (
        'Ketua panitia, Yohanes Ikot, membuka pekan budaya bertema "Dayung Sarimbang" di alun-alun.',
        "Yohanes Ikot",
        "Dayung Sarimbang",
    ),
    (
        "Penari muda Made Ayuningsih membawakan tari Condong Rarasari bersama empat rekannya.",
        "Made Ayuningsih",
        "Condong Rarasari",
    ),
    (
        "Pemeran utama film itu, Laras Widuri, mengaku gugup. Laras memerankan Nyai Sundari, "
        "juragan batik yang licik. Dalam film, Sundari menguasai pasar batik di kotanya.",
        "Laras Widuri",
        "Sundari",
    ),
    (
        "Antrean mengular di Toko Mas Koh Liong sejak pagi, kata pengelolanya, Hartanto Wibisono.",
        "Hartanto Wibisono",
        "Liong",
    ),
    (
        "Tim gabungan dari TNI, Polri, Bhakti Rimba, dan Masyarakat Siaga Api dikerahkan, "
        "kata Kepala BPBD Darmansyah Putra.",
        "Darmansyah Putra",
        "Bhakti Rimba",
    ),
    (
        "Jemaah lansia didampingi petugas selama di Arafah, Muzdalifah, dan Mina, kata "
        "Direktur Layanan Haji Salman Alfarisi.",
        "Salman Alfarisi",
        "Muzdalifah",
    ),
    (
        "Gubernur Western Cape, Pieter Joubert, bertemu Menteri Perdagangan di Jakarta.",
        "Pieter Joubert",
        "Western Cape",
    ),
    (
        "Ribuan warga menghadiri Maulid Akbar yang diisi ceramah Ustaz Hamdan Basri.",
        "Hamdan Basri",
        "Maulid Akbar",
    ),
    (
        "Kabid Pengembangan dan Prestasi PBVSI, Tomi Kristanto, puas dengan hasil tim.",
        "Tomi Kristanto",
        "Pengembangan",
    ),
    (
        '"Marga Sitorus di kampung ini banyak, Lae. Saya cuma petani," kata Hotman Sitorus.',
        "Hotman Sitorus",
        "Lae",
    ),
    (
        "Penjualan es teh merek Es Teh Pak Darmo naik tajam, kata analis Indra Gunawan.",
        "Indra Gunawan",
        "Darmo",
    ),
    (
        "Siswa SD Negeri 2 Tabanan menampilkan tari Rejang Dewi Sri. Kepala sekolah, Ni Made "
        "Suartini, mengatakan latihan berlangsung sebulan.",
        "Ni Made Suartini",
        "Dewi Sri",
    ),
    (
        "Kedai Kopi Pak Harjo di Jalan Malioboro kini buka 24 jam, kata pengelolanya, Bagus "
        "Harjanto.",
        "Bagus Harjanto",
        "Harjo",
    ),
    (
        "Ribuan orang menghadiri Tabligh Akbar di Lapangan Rampal, kata ketua panitia, KH Mahfud "
        "Ridwan.",
        "Mahfud Ridwan",
        "Tabligh Akbar",
    ),
    (
        "Pemadaman melibatkan TNI, Polri, BPBD, Manggala Agni, dan relawan, kata Kapolsek Iptu "
        "Robert Sinaga.",
        "Robert Sinaga",
        "Manggala Agni",
    ),
    (
        "Film horor Teluh Nyai Wulansari menembus dua juta penonton. Pemeran utamanya, Dewi "
        "Kirana, memerankan Nyai Wulansari, dukun yang dituduh menyantet kampung. "
        '"Wulansari itu sebenarnya korban," kata Dewi.\n\nTeluh Nyai Wulansari kini menjadi '
        "film horor terlaris kedua tahun ini.",
        "Dewi Kirana",
        "Wulansari",
    ),
    (
        # a cue opening a sentence is a cue too
        "Melansir dari Rush, dalam jurnal kesehatan, tidur cukup menjaga imun. Rush juga "
        "menyebut olahraga penting, kata dokter Rina Kusuma.",
        "Rina Kusuma",
        "Rush",
    ),
    (
        "Pengajian rutin digelar Majelis Taklim Darul Falah setiap Kamis, kata ketuanya, "
        "Maemunah Saleh.",
        "Maemunah Saleh",
        "Darul Falah",
    ),
    (
        "Nelayan itu kini dirawat di Rumah Sakit Umum Daerah dr. Zainal Mahyuddin, kata "
        "Panglima Laot, Teuku Ismail.",
        "Teuku Ismail",
        "Zainal Mahyuddin",
    ),
    (
        "Kelurahan dengan kasus tertinggi adalah Oenesu, Liliba, dan Oetona, kata Kepala Dinas "
        "Kesehatan, Yosef Nahak.",
        "Yosef Nahak",
        "Oetona",
    ),
    (
        "Wisuda digelar di Brawijaya Convention Center, Sabtu, kata rektor Hendro Saputro.",
        "Hendro Saputro",
        "Convention Center",
    ),
]


@pytest.mark.parametrize(("text", "person", "thing"), CASES)
def test_a_thing_named_like_a_person_is_no_person(text: str, person: str, thing: str) -> None:
    found = people(text)
    assert person in found, found
    assert all(thing not in name for name in found), found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # the maker of a song or film stays a person: "lagu" and "film" are no cues
        ("Penonton ikut bernyanyi saat lagu Dimas Sasongko diputar.", "Dimas Sasongko"),
        # the head of an airport, not an airport named after him
        ("Kepala Bandara Hendri Wiratama menunda 12 penerbangan.", "Hendri Wiratama"),
        # a patient taken to a hospital, written out: the house is no head ("rumah" alone)
        # a list of people after "adalah" in a sentence that opens with no kind of place
        ("Pemenangnya adalah Suwarno dan Bantul, kata juri Agus Salim.", "Suwarno"),
        ("Korban dibawa ke rumah Sukardi Prawiro di Sleman, lalu ke rumah sakit.", "Sukardi Prawiro"),
        # "tarian" of a player's dribble is no dance; "Maulid" with an age is a given name
        ("Aksi ini berawal dari tarian Ashley Young di sektor kanan, kata pelatih Budi Santoso.",
         "Ashley Young"),
        ("Para imigran itu adalah Abdul Wahab Muh (23), Maulid Ali (20), dan Ahmed Abdullah (21).",
         "Maulid Ali"),
        # a person ending a list of investors
        ("Investor lain adalah Convergence Ventures, VPG Asia, Red Sails Investment, dan Eddy "
         "Chan.", "Eddy Chan"),
        # two people, the second read as a place by the tagger: no list of places
        ("Korban hilang: Suwito dan Ngatini, pasangan suami istri.", "Suwito"),
        # a holder after an office in a list is no item of it
        ("Hadir Kapolres Cianjur, Asep Nurdiansyah, dan Dandim Letkol Bayu Aji.", "Asep Nurdiansyah"),
    ],
)
def test_people_beside_those_cues_stay_people(text: str, person: str) -> None:
    assert person in people(text)
