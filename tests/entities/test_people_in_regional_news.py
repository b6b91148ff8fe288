"""People in regional Indonesian news: title forms, names the tagger splits or mistypes, and
the places, bodies and works named after people (all people here are fictional)."""

from __future__ import annotations

import pytest

from kabar.entities import find_entities
from tests.entities.helpers import person_names, persons, resolve_tagged


@pytest.mark.parametrize(
    ("text", "person", "titled"),
    [
        (
            "Ayah Dimas, Raden Wahyu Kartasasmita, menyebut putranya gemar membaca.",
            "Wahyu Kartasasmita",
            "Raden Wahyu Kartasasmita",
        ),
        (
            "Peraih medali:\n\n1. Raden Gilang Sukmajaya - medali emas\n\n"
            "2. Sinta Marlina - medali perak",
            "Gilang Sukmajaya",
            "Raden Gilang Sukmajaya",
        ),
    ],
)
def test_raden_before_a_full_name_is_a_title(text: str, person: str, titled: str) -> None:
    found = persons(text)
    assert person in found, found
    assert titled in found[person].aliases


def test_raden_after_a_rank_stays_in_the_name() -> None:
    text = "Kapolres Sukamulya AKBP Raden Prasetyo Wibisono meninjau lokasi banjir."
    assert "Raden Prasetyo Wibisono" in persons(text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Kepala SD Negeri 3 Cikaret, Dra. Imas Sumarni Rahayu, mengatakan para siswa "
            "berlatih setiap Sabtu.",
            "Imas Sumarni Rahayu",
        ),
        (
            "Sejarawan meyakini rumah itu milik seorang saudagar bernama Haji Marjuki.",
            "Marjuki",
        ),
        (
            "Gugatan menyangkut aset peninggalan ayah mereka, almarhum Oey Kok Bing.",
            "Oey Kok Bing",
        ),
    ],
)
def test_names_introduced_by_a_title_bernama_or_almarhum(text: str, person: str) -> None:
    assert person in persons(text)


def test_an_apposition_keeps_a_person_whose_name_a_trophy_also_bears() -> None:
    text = (
        "Mantan juara tinju nasional, Robert Sahulata, meninggal dunia di Ambon. "
        "Pengurus daerah akan menggelar turnamen bertajuk Piala Robert Sahulata tahun depan."
    )
    assert "Robert Sahulata" in persons(text)


def test_a_slash_partner_of_a_player_is_a_person() -> None:
    text = "Ganda putri: Rini Maharani/Desi Anggraeni Putri menang atas pasangan Jepang."
    entities = resolve_tagged(text, [("Rini Maharani", "PERSON"), ("Desi Anggraeni Putri", "ORG")])
    assert {"Rini Maharani", "Desi Anggraeni Putri"} <= person_names(entities)


def test_a_name_followed_by_the_nickname_people_call_it_is_a_person() -> None:
    text = (
        "Kepala Suku Besar Lembah Hijau, Markus Wenda Itlay, yang akrab disapa Bapa Markus, "
        "membuka festival."
    )
    entities = resolve_tagged(text, [("Markus Wenda Itlay", "LOC")])
    assert "Markus Wenda Itlay" in person_names(entities)


def test_a_capitalised_word_the_text_uses_as_the_given_name_opens_the_name() -> None:
    text = (
        "Penyanyi Laras Sekar Wangi melayangkan somasi kepada pengelola kafe. "
        "Kuasa hukum Laras, Benny Sitorus, mengatakan kliennya tidak pernah memberi izin."
    )
    entities = resolve_tagged(text, [("Sekar Wangi", "PERSON"), ("Benny Sitorus", "PERSON")])
    names = person_names(entities)
    assert "Laras Sekar Wangi" in names, names
    assert "Sekar Wangi" not in names


def test_a_club_word_before_a_coach_is_not_his_given_name() -> None:
    text = (
        "Persiku Kudus menang atas Persiku Muda. Pelatih Persiku Bambang Hadi Susilo "
        "menyebut timnya bermain disiplin. Persiku akan menjamu tim tamu pekan depan."
    )
    entities = resolve_tagged(
        text, [("Persiku Kudus", "ORG"), ("Persiku Muda", "ORG"), ("Bambang Hadi Susilo", "PERSON")]
    )
    assert "Bambang Hadi Susilo" in person_names(entities)


@pytest.mark.parametrize(
    ("text", "not_person"),
    [
        (
            'Pondok Pesantren Nurul Hikmah meluncurkan beasiswa. "Nurul Hikmah membuktikan '
            'wakaf bisa menghidupi pendidikan," kata Syamsul. Pesantren Nurul Hikmah '
            "didirikan pada 1975.",
            "Nurul Hikmah",
        ),
        (
            "Bupati meninjau usaha milik Badan Usaha Milik Desa (BUMDes) Sukamakmur Jaya. "
            "Omzet naik tahun ini.",
            "Sukamakmur Jaya",
        ),
        (
            "Film dokumenter Nyai Kembang dinobatkan sebagai film dokumenter terbaik.",
            "Kembang",
        ),
    ],
)
def test_bodies_and_works_named_like_people_are_not_people(text: str, not_person: str) -> None:
    assert not_person not in persons(text)


def test_a_pesantren_head_before_its_leader_leaves_the_leader() -> None:
    text = "Pengasuh pondok pesantren KH Ahmad Fauzan meminta santri tetap tenang."
    assert "Ahmad Fauzan" in persons(text)


def test_a_bare_name_joins_the_one_full_name_given_before_it() -> None:
    text = (
        "Program itu dinamai dari pendiri pesantren, KH Ahmad Zulkifli Mansur, yang wafat "
        "pada 2008. Semasa hidupnya, Mbah Zulkifli dikenal dermawan. Pengasuh pesantren, "
        "KH Abdul Karim Zulkifli, mengatakan beasiswa terbuka untuk santri yatim. Abdul Karim "
        "Zulkifli menyebut program ini dibiayai wakaf."
    )
    people = {e.name: e for e in find_entities(text) if e.type == "PERSON"}
    assert "Zulkifli" in people["Ahmad Zulkifli Mansur"].aliases, people
