"""Kinds of names that are or are not people: listed victims with ages, places, companies."""

from __future__ import annotations

import pytest

from entities.helpers import people


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Korban meninggal dunia:\n\n1. Sutinah (61), warga Desa Karangjati\n\n"
            "2. Darsono (58), sopir angkot",
            "Sutinah",
        ),
        (
            "Korban meninggal dunia:\n\n1. Sutinah (61), warga Desa Karangjati\n\n"
            "2. Darsono (58), sopir angkot",
            "Darsono",
        ),
        ("Parjiyem (47), pedagang sayur, mengaku melihat api dari arah gudang.", "Parjiyem"),
        ("Pendiri Sekar Trader, Bayu Anggoro, ditangkap polisi.", "Bayu Anggoro"),
    ],
)
def test_a_lone_name_with_an_age_is_a_person(text: str, person: str) -> None:
    assert person in people(text)


@pytest.mark.parametrize(
    ("text", "not_person"),
    [
        ("Maskapai membuka rute Surabaya-Labuan Bajo pekan depan.", "Surabaya-Labuan Bajo"),
        ("Wisatawan memadati Labuan Bajo selama libur panjang.", "Labuan Bajo"),
        ("Pendiri Sekar Trader, Bayu Anggoro, ditangkap polisi.", "Sekar Trader"),
        ("Korban dibawa ke RSCM Cipto Mangunkusumo.", "Cipto Mangunkusumo"),
    ],
)
def test_places_companies_and_namesakes_are_not_people(text: str, not_person: str) -> None:
    assert not_person not in people(text)


@pytest.mark.parametrize(
    ("text", "not_person"),
    [
        ("Turnamen Bupati Cup Magelang dimulai pekan depan di Stadion Moch Soebroto.", "Cup Magelang"),
        ("Indonesia Football Summit digelar di Jakarta pada Sabtu.", "Football Summit"),
        ("Polisi menyita satu unit mobil Toyota Alphard milik tersangka.", "Alphard"),
        ("Salah satunya ialah mobil bermerek Nissan Skyline yang disita.", "Nissan Skyline"),
        ("Dilansir Healthline, diet kaya serat menurunkan risiko kanker.", "Healthline"),
        ("Seperti dilansir dari Medicalnews, tidur cukup menjaga imun.", "Medicalnews"),
        ("Pengemudi mobil Mitsubishi Pajero berpelat dinas diamankan.", "Pajero"),
        ("Razia digelar Satreskrim dan Intel Kodim 0313/Kampar pada Sabtu.", "Intel Kodim"),
        ("Kasi Intel Kejari Solo, Widhiarso Nugroho, membenarkan.", "Intel Kejari Solo"),
        ("Danone Indonesia mengikuti pameran dagang itu.", "Danone Indonesia"),
        ("SPBU milik swasta, seperti BP, Shell, dan VIVO, kehabisan stok.", "Shell"),
        ("Ketua PSSI bertemu Gianni Ferrante, kata Erick.Ferrante menyambut baik.", "Erick.Ferrante"),
    ],
)
def test_events_products_outlets_and_glued_words_are_not_people(
    text: str, not_person: str
) -> None:
    assert not_person not in people(text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Menpar Arief Wiyasa membuka festival itu di Bali.", "Arief Wiyasa"),
        ("Seskab Teddy Indra Wijanarko hadir dalam rapat.", "Teddy Indra Wijanarko"),
        ("Dirut Bank Sejahtera Rina Kusumawardani menjelaskan.", "Rina Kusumawardani"),
        ("Gubernur NTB Lalu Samsul Hadiwinata meninjau lokasi.", "Lalu Samsul Hadiwinata"),
        ("Kejagung menetapkan Markus Daeng Pawelo sebagai tersangka.", "Markus Daeng Pawelo"),
        ("Sekretaris Abdul Rahman Hakim menjelaskan rencana itu.", "Abdul Rahman Hakim"),
        ("Hadir Joko Santoso, Rina, dan Budi Hartono di Kemenkes.", "Rina"),
        ("Direktur Utama PT Sinar Jaya, Sukarjo, mengatakan penjualan naik.", "Sukarjo"),
        ("Rekan satu timnya, Norman Nato, bekerja keras di sirkuit.", "Norman Nato"),
        ("Gelandang PSM, Arman Syukri Daeng Tompo, menendang bola.", "Arman Syukri Daeng Tompo"),
        (
            "Gol tuan rumah dicetak Rudi Hartanto, sebelum Tegar Wirabumi menyamakan skor.",
            "Tegar Wirabumi",
        ),
    ],
)
def test_full_names_keep_their_words_and_lose_the_role(text: str, person: str) -> None:
    assert person in people(text)
