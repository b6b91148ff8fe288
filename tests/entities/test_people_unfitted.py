"""People on text no rule was fitted to: forms of address before a name, nicknames given by
how others call someone, degrees after a name and names that are no person (all people and
places here are fictional)."""

from __future__ import annotations

import pytest

from entities.helpers import persons


def test_coach_before_a_name_is_a_form_of_address() -> None:
    text = (
        "Pelatih ganda putra, Sigit Prakoso Wibowo, puas dengan permainan anak asuhnya. "
        '"Coach Sigit bilang kami harus sabar," kata pemain muda Rendra Saputra.'
    )
    found = persons(text)
    assert "Coach Sigit" not in found, found
    assert found["Sigit Prakoso Wibowo"].count == 2, found


@pytest.mark.parametrize(
    ("text", "person", "nickname"),
    [
        (
            "Pemain senior Darman Situmorang, yang di asrama akrab disapa Ucok, mencetak dua "
            "angka. Ucok mengaku tampil lepas.",
            "Darman Situmorang",
            "Ucok",
        ),
        (
            "Ketua yayasan, Liem Khiun Siang, menyiapkan altar. Warga kota biasa memanggilnya "
            "Akhiang. Menurut Akhiang, persiapan sudah selesai.",
            "Liem Khiun Siang",
            "Akhiang",
        ),
        (
            "Pengusaha Andi Tenri Sompa hadir di acara itu. Pengusaha itu dikenal warga dengan "
            "sapaan Puang Tenri. Puang Tenri mengatakan dukungannya sudah bulat.",
            "Andi Tenri Sompa",
            "Puang Tenri",
        ),
        (
            'Para pemain menyapa Rizal Firmansyah dengan sebutan "Rizal Kecil" agar tidak tertukar. '
            "Rizal Kecil mengaku senang.",
            "Rizal Firmansyah",
            "Rizal Kecil",
        ),
    ],
)
def test_a_name_others_call_someone_by_is_that_person(
    text: str, person: str, nickname: str
) -> None:
    found = persons(text)
    assert person in found, found
    assert nickname in found[person].aliases, found[person]
    assert nickname not in found, found


def test_a_place_epithet_after_dikenal_dengan_sebutan_is_no_nickname() -> None:
    text = (
        "Wali Kota Hendarto Sumantri membuka festival itu. Kota itu dikenal dengan sebutan "
        "Kota Hujan sejak lama."
    )
    found = persons(text)
    assert set(found) == {"Hendarto Sumantri"}, found
    assert "Kota Hujan" not in found["Hendarto Sumantri"].aliases


def test_a_surname_like_a_landform_word_after_a_title_stays_a_person() -> None:
    text = (
        "Kepala Dinas Kesehatan, dr. Yuliana Bernadeta Lake, M.Kes., meminta warga menguras bak. "
        '"Jangan tunggu ada korban," ujar dr. Yuliana.'
    )
    found = persons(text)
    assert "Yuliana Bernadeta Lake" in found, found
    assert found["Yuliana Bernadeta Lake"].count == 2, found


def test_story_characters_in_a_performance_article_are_nobody() -> None:
    text = (
        "Dalang Ki Harjo Pranoto mengatakan lakon yang dibawakan malam ini adalah Dewa Ruci. "
        "Penonton tertawa ketika Semar dan Petruk muncul. Menurut Harjo, Bima adalah tokoh "
        "yang berani."
    )
    assert set(persons(text)) == {"Harjo Pranoto"}, persons(text)


def test_a_character_name_is_a_person_outside_a_performance_article() -> None:
    text = (
        "Gelandang muda Bima tampil di 12 laga musim ini. Bima mengaku senang dipanggil tim "
        'nasional. "Saya siap," kata Bima.'
    )
    assert "Bima" in persons(text)


def test_a_club_nickname_is_no_person() -> None:
    text = (
        "PSIS Semarang menang 2-1 atas Persita. Mahesa Jenar naik ke posisi lima. Pelatih "
        "Hendra Kusuma mengatakan sekitar 20 ribu suporter memadati stadion."
    )
    assert "Mahesa Jenar" not in persons(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kereta api Argo Wilis relasi Bandung-Surabaya anjlok di Stasiun Kroya. Kepala stasiun, "
        "Dedi Kurniawan, mengatakan tidak ada korban.",
        "Kapal MV Santa Maria Express tenggelam di perairan Cebu. Kapten kapal, Ramon Dela "
        "Cruz, selamat.",
        "Imam masjid, Tgk. Hasan Basri, memimpin pembacaan Surah Yasin bersama warga.",
    ],
)
def test_a_vehicle_or_a_text_named_like_a_person_is_nobody(text: str) -> None:
    found = persons(text)
    assert len(found) == 1, found


def test_a_nickname_after_a_short_form_belongs_to_the_full_name() -> None:
    text = (
        "Ketua nelayan, Teuku Hamdan Saputra, mengatakan perahu belum kembali. "
        '"Kami terus mencari," kata Teuku Hamdan, yang akrab disapa Ampon Hamdan, Senin. '
        "Ampon Hamdan menambahkan, warga sepakat tidak melaut."
    )
    found = persons(text)
    assert set(found) == {"Teuku Hamdan Saputra"}, found
    assert "Ampon Hamdan" in found["Teuku Hamdan Saputra"].aliases


def test_a_father_named_after_bin_is_his_own_person() -> None:
    text = (
        "Dua korban meninggal adalah Samsuri (51) dan Rudianto bin Samsuri (19). Samsuri dan "
        "anaknya sama-sama bekerja di tambang itu. Rudianto baru sebulan bekerja."
    )
    found = persons(text)
    assert {"Samsuri", "Rudianto bin Samsuri"} <= set(found), found
    assert "Samsuri" not in found["Rudianto bin Samsuri"].aliases


def test_a_common_word_opening_a_numbered_list_item_is_a_given_name() -> None:
    text = (
        "Berikut daftar penumpang yang terluka:\n\n"
        "1. Mawar Kusumaningrum (24), Bandung\n"
        "2. Robert Sihombing (46), Jakarta Timur"
    )
    found = persons(text)
    assert {"Mawar Kusumaningrum", "Robert Sihombing"} == set(found), found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Terdakwa, Tan Mei Hua (46), terbukti menyiram korban.", "Tan Mei Hua"),
        ("Istri korban, Lie Mei Lan, tak kuasa menahan tangis.", "Lie Mei Lan"),
    ],
)
def test_a_chinese_name_set_off_by_commas_is_a_person(text: str, person: str) -> None:
    assert person in persons(text), persons(text)


def test_a_month_after_a_chinese_surname_in_a_date_is_no_name() -> None:
    text = "Sidang digelar pada 12 Mei 2026 di Pengadilan Negeri Medan."
    assert persons(text) == {}
