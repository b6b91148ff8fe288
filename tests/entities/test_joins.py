"""Entities, joining the pieces of one name: bin/binti, br, adat titles, nickname cues."""

from __future__ import annotations

from entities.helpers import (
    holder,
    people,
    person_names,
    resolve_tagged,
)


def test_untagged_full_name_opened_by_a_name_tagged_alone_elsewhere() -> None:
    text = (
        "Wakil Menteri Sosial Marlina Manuhutu yang hadir mewakili menteri mengatakan dana "
        'sudah siap. "Prioritasnya daerah tertinggal," kata Marlina.'
    )
    found = resolve_tagged(text, [("kata [Marlina]", "PERSON")])
    assert person_names(found) == {"Marlina Manuhutu"}


def test_bin_joins_an_untagged_given_name_to_the_father_name() -> None:
    text = (
        "Pemilik biro perjalanan, Abdulhadi bin Salim Bahasyim, membantah tuduhan itu. "
        '"Kami tidak menipu jemaah," kata Abdulhadi.'
    )
    found = resolve_tagged(text, [("Salim Bahasyim", "PERSON"), ("Abdulhadi", "PERSON")])
    assert person_names(found) == {"Abdulhadi bin Salim Bahasyim"}
    assert holder(found, "Abdulhadi").name == "Abdulhadi bin Salim Bahasyim"


def test_binti_joins_two_tagged_halves() -> None:
    text = "Terdakwa Siti Rohmah binti Karsidi hadir di ruang sidang. Siti Rohmah menangis."
    found = resolve_tagged(
        text, [("Siti Rohmah", "PERSON"), ("Karsidi", "PERSON"), ("Siti Rohmah", "PERSON")]
    )
    assert person_names(found) == {"Siti Rohmah binti Karsidi"}


def test_batak_br_takes_the_untagged_clan_name() -> None:
    text = "Korban selamat, Rosa Lestari br Sinaga (34), masih dirawat. Rosa mengaku trauma."
    found = resolve_tagged(text, [("Rosa Lestari", "PERSON"), ("Rosa", "PERSON")])
    assert person_names(found) == {"Rosa Lestari br Sinaga"}


def test_minang_adat_title_is_part_of_the_name() -> None:
    text = (
        "Ketua Kerapatan Adat Nagari, H. Zulkarnain Dt. Rajo Mangkuto, membuka acara. "
        '"Ini syukuran panen," kata Zulkarnain.'
    )
    found = resolve_tagged(
        text,
        [("Zulkarnain Dt", "PERSON"), ("Rajo Mangkuto", "PERSON"), ("Zulkarnain", "PERSON")],
    )
    assert person_names(found) == {"Zulkarnain Dt. Rajo Mangkuto"}
    assert holder(found, "Zulkarnain").name == "Zulkarnain Dt. Rajo Mangkuto"


def test_nickname_after_atau_yang_akrab_disapa_names_the_untagged_full_name() -> None:
    text = (
        "Ayah Meilinda, Tjan Kian Hok atau yang akrab disapa Koh Hok, kini lebih banyak duduk "
        'di meja kasir. "Anak sekarang memang pintar," ujar Kian Hok sambil tertawa.'
    )
    found = resolve_tagged(text, [("Koh Hok", "PERSON")])
    assert person_names(found) == {"Tjan Kian Hok"}


def test_untagged_full_name_closed_by_a_surname_tagged_alone() -> None:
    text = (
        "Dua gol dicetak penyerang andalan Fadli Latuconsina pada babak kedua. "
        'Latuconsina lolos dari jebakan offside. "Kami sabar," kata Latuconsina.'
    )
    found = resolve_tagged(text, [("kata [Latuconsina]", "PERSON")])
    assert person_names(found) == {"Fadli Latuconsina"}


def test_doubles_partner_after_a_slash_and_korean_surnames() -> None:
    text = (
        "Mereka menaklukkan pasangan China, Zhao Minghui/Mei Jianguo, dalam tiga gim. "
        "Pengacara terdakwa, Oh Seung-woo, menyatakan kliennya akan banding."
    )
    found = resolve_tagged(text, [("Zhao Minghui", "PERSON")])
    assert person_names(found) == {"Zhao Minghui", "Mei Jianguo", "Oh Seung-woo"}


def test_bare_atau_between_two_things_names_nobody() -> None:
    text = (
        "Musim mekar bunga ini tidak kalah cantik dengan Bunga Sakura atau Bunga Tulip, kata "
        "pengelola."
    )
    assert people(text) == set()
