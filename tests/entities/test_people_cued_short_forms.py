"""Short forms and relatives the text cues around a name: a bare "yang disapa", a nickname
cue right after a name, a nickname cue after a quote, "yang bernama lengkap" and a relational
noun before a name (all people here are fictional)."""

from __future__ import annotations

import pytest

from entities.helpers import persons
from kabar.entities import find_entities


@pytest.mark.parametrize(
    ("text", "person", "nickname"),
    [
        (
            "Ketua partai, Somchai Pradit, yang disapa Nok, meminta pendukungnya tenang. "
            '"Kita menang di kotak suara," kata Nok.',
            "Somchai Pradit",
            "Nok",
        ),
        (
            "Anggota parlemen, Siriporn Kaewmanee, yang lebih dikenal dengan nama panggilan "
            'Fah, menolak putusan itu. "Saya punya bukti," ujar Fah.',
            "Siriporn Kaewmanee",
            "Fah",
        ),
    ],
)
def test_a_bare_disapa_or_a_nama_panggilan_gives_a_nickname(
    text: str, person: str, nickname: str
) -> None:
    found = persons(text)
    assert nickname in found[person].aliases, found
    assert nickname not in found, found


def test_a_nickname_right_after_a_name_is_that_persons_not_the_one_named_before() -> None:
    text = (
        "Seorang relawan, Darmawan Saputra (27), sempat dirawat. Pedagang kain, Hajjah Rusmiati "
        "Halimah yang akrab disapa Acil Imah, hanya bisa menangis. Acil Imah mengaku rugi besar."
    )
    found = persons(text)
    assert "Acil Imah" in found["Rusmiati Halimah"].aliases, found
    assert "Acil Imah" not in found["Darmawan Saputra"].aliases, found


def test_a_nickname_cue_after_a_quote_is_the_speakers_not_a_name_in_the_quote() -> None:
    text = (
        "Kasir senior, Wulan Pertiwi, berusaha merebut pisau. "
        '"Saya lihat Sinta Maharani sudah nangis, jadi saya tangkis," kata wanita yang akrab '
        "disapa Tiwi itu. Sinta masih trauma."
    )
    found = persons(text)
    assert "Tiwi" in found["Wulan Pertiwi"].aliases, found
    assert "Tiwi" not in found["Sinta Maharani"].aliases, found


def test_yang_bernama_lengkap_after_a_name_gives_its_full_name() -> None:
    text = (
        "Pedagang lain, Julak Udin, yang bernama lengkap Muhammad Syarifuddin, sudah berjualan "
        "sejak 1982. Julak Udin mengatakan pasar itu dua kali terbakar."
    )
    found = persons(text)
    assert "Julak Udin" in found["Muhammad Syarifuddin"].aliases, found
    assert "Julak Udin" not in found, found


def test_bernama_lengkap_introducing_someone_new_joins_nobody_named_before() -> None:
    text = (
        "Kapolsek Sungai Raya, Hendro Wibisono, mengatakan polisi menangkap seorang pria "
        "bernama lengkap Agus Salim Rangkuti di rumahnya."
    )
    found = persons(text)
    assert "Agus Salim Rangkuti" in found, found
    assert "Agus Salim Rangkuti" not in found["Hendro Wibisono"].aliases, found


def test_a_relational_noun_and_a_name_before_an_apposition_is_no_person() -> None:
    text = (
        "Presiden Direktur PT Sinar Abadi, Lukman Hadi Wijaya, mengatakan perusahaan siap "
        'melantai di bursa.\n\n"Kami terbuka," kata Lukman dalam paparan publik.\n\n'
        "Adik Lukman, Vivian Hadi Wijaya, yang menjabat Direktur Pemasaran, mengatakan merek "
        "lama tetap dipakai."
    )
    found = persons(text)
    assert "Adik Lukman" not in found, found
    assert "Vivian Hadi Wijaya" in found, found


def test_a_name_with_a_title_after_its_comma_keeps_its_relational_first_word() -> None:
    text = (
        "Putri Ayu, Ketua RT 03, mengatakan warga sudah mengungsi. "
        '"Ayu sudah lapor ke kelurahan," kata warga lain.'
    )
    assert "Putri Ayu" in persons(text)


def test_a_company_named_after_its_founder_is_the_company_and_the_founder_a_person() -> None:
    text = (
        "Produsen keripik PT Sumber Waluyo Pangan Tbk berencana melepas saham ke publik. "
        "Perusahaan didirikan Sumarno Hadi Wibowo pada 1984 di Malang. Kini, Sumber Waluyo "
        "memiliki empat pabrik di Jawa Timur."
    )
    found = find_entities(text)
    people = {e.name for e in found if e.type == "PERSON"}
    assert "Sumber Waluyo" not in people, found
    assert "Sumarno Hadi Wibowo" in people, found


def test_a_late_founder_named_like_the_company_stays_a_person() -> None:
    text = (
        "PT Hartanto Jaya Agro Tbk membagikan dividen. Perusahaan itu didirikan oleh mendiang "
        "Hartanto Jaya di Medan pada 1971. Setelah Hartanto wafat, putranya memimpin."
    )
    assert "Hartanto Jaya" in persons(text)


def test_an_untagged_name_after_a_performers_role_word_is_a_person() -> None:
    text = (
        "Peran sang ayah dimainkan Teguh Wiryawan. Aktris Sekar Ayuningtyas berperan sebagai "
        "ibu yang setia mendampingi usaha itu."
    )
    assert "Sekar Ayuningtyas" in persons(text)


def test_populer_dengan_panggilan_gives_a_nickname_of_the_person_named_before() -> None:
    text = (
        "Pasangan nomor urut 2 adalah Muhammad Nur Rahmansyah dan Yuliana Sembiring. "
        "Rahmansyah, mantan Ketua DPRD yang populer dengan panggilan Bang Oji, membantah "
        'tudingan itu. "Saya tidak pernah menyuruh," ujar Bang Oji.'
    )
    found = persons(text)
    assert "Oji" in found["Muhammad Nur Rahmansyah"].aliases, found
    assert "Oji" not in found, found


def test_a_place_word_after_an_honorific_is_a_given_name() -> None:
    text = (
        "Koordinator rombongan, Haji Oman Wiradinata, menjelaskan rombongan berangkat dari "
        "Karawang. Pak Haji Oman, begitu ia dipanggil warga, sudah tiga kali menyewa bus."
    )
    found = persons(text)
    assert "Oman Wiradinata" in found, found
    assert "Oman" in found["Oman Wiradinata"].aliases, found
    assert len(found) == 1, found


def test_a_name_opened_by_words_the_tagger_reads_as_a_place_is_one_person() -> None:
    text = (
        "Kepala Dinas Pemadam Kebakaran Kota Banjarmasin, Gusti Muhammad Arsyad Noor, "
        "mengatakan api baru bisa dijinakkan pukul 06.00 Wita.\n\n"
        '"Akses gang di dalam pasar sempit sekali," ujar Gusti Arsyad.'
    )
    found = find_entities(text)
    people = {e.name: e for e in found if e.type == "PERSON"}
    assert "Gusti Muhammad Arsyad Noor" in people, found
    assert not any(e.name == "Gusti Muhammad" for e in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Kasus tertinggi ada di kelurahan Oebobo. Warga Oebobo diminta menguras bak air.",
        "Gubernur negara bagian Santa Veridiana, Eduardo Prado, menyatakan status darurat. "
        "Banjir juga pernah melanda Santa Veridiana pada 2024.",
    ],
)
def test_a_name_after_a_lower_case_place_noun_is_no_person(text: str) -> None:
    found = persons(text)
    assert not {"Oebobo", "Santa Veridiana"} & set(found), found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Saksi lain, operator keuangan desa Yudhi Prasetyo (29), mengatakan laporan disusun "
            "dari nota kantor desa.",
            "Yudhi Prasetyo",
        ),
        ("Warga melapor kepada kepala desa Sukarman Wibisono pada Senin pagi.", "Sukarman Wibisono"),
    ],
)
def test_a_person_after_a_role_of_a_place_stays_a_person(text: str, person: str) -> None:
    assert person in persons(text)


def test_a_regional_term_glossed_after_atau_is_no_person() -> None:
    text = "Sangadi atau kepala desa Ranoketang, Johny Rumengan, mengaku sudah melapor."
    found = persons(text)
    assert "Sangadi" not in found, found
    assert "Johny Rumengan" in found, found


def test_a_nickname_after_atau_keeps_its_person() -> None:
    text = "Pedagang Sarwono atau yang akrab disapa Pak Wono (51) mengaku rugi. Wono sedih."
    assert "Sarwono" in persons(text)


def test_an_abbreviated_office_addressed_is_the_one_named_with_its_long_form() -> None:
    text = (
        "Kepala Desa Sidorejo, Kecamatan Cepiring, Kabupaten Kendal, Warsuto Hadi (54), "
        "mengakui dana desa dipakai untuk utang.\n\n"
        '"Kalau Pak Kades sudah bilang, saya bisa apa," ujar bendahara desa.'
    )
    found = persons(text)
    assert "Pak Kades" in found["Warsuto Hadi"].aliases, found


def test_an_office_inside_a_quote_introduces_nobody_outside_it() -> None:
    text = (
        "Program itu digagas oleh lurah termuda di Sleman, Bayu Adi Kuncoro (29).\n\n"
        '"Warga mau memilah sampah," kata Mas Lurah saat ditemui di balai kalurahan.\n\n'
        'Kepala dinas, Sugeng Rahardjo Martono, memuji. "Mas Bayu ini contoh lurah yang mau '
        'turun tangan," kata Sugeng.'
    )
    found = persons(text)
    assert "Mas Lurah" in found["Bayu Adi Kuncoro"].aliases, found


def test_a_given_name_after_a_clan_name_is_found_whole_when_it_holds_a_month() -> None:
    text = (
        "Tatung muda, Tjhai Mei Fong (24), akan tampil untuk ketiga kalinya.\n\n"
        '"Mama takut saya terluka. Sekarang malah Mama yang paling semangat," ujar Mei Fong.'
    )
    found = persons(text)
    assert "Mei Fong" in found["Tjhai Mei Fong"].aliases, found


def test_a_name_with_a_japanese_honorific_after_a_hyphen_is_that_person() -> None:
    text = (
        'Rizal sempat terjebak. "Saya ikut teman Jepang, Tanaka-san, yang tahu jalan keluar." '
        "Tanaka-san yang ia maksud adalah rekan kerjanya, Hiroshi Tanaka, yang menariknya keluar."
    )
    found = persons(text)
    assert "Tanaka-san" in found["Hiroshi Tanaka"].aliases, found
