"""Line rules: each kind of boilerplate line is recognised alone, story lines match no rule."""

from __future__ import annotations

import pytest

from kabar.clean.rules import line_reason

from .texts import STORY_1, STORY_2


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Baca juga: Harga Cabai di Solo Turun Jelang Lebaran", "related"),
        ("Baca: Pedagang Pasar Gede Keluhkan Sepinya Pembeli |", "related"),
        ("(Baca: Warga Laweyan Sambut Pasar Baru)", "related"),
        ("BACA JUGA", "related"),
        ("Lihat juga Video: Keliling Pasar Rakyat Surakarta", "related"),
        ("Simak juga Video 'Wali Kota Tinjau Pasar':", "related"),
        ('Simak Video "Pasar Baru Dibuka"', "related"),
        ('Tonton juga video "Pasar Rakyat Ramai Pembeli" di sini:', "related"),
        ("Saksikan Live DetikPagi :", "related"),
        ("SIMAK JUGA :   Persis Solo Datangkan Bek Baru", "related"),
        ("BERITA PERSIS - Pelatih Baru Tiba di Solo", "related"),
        ("ADVERTISEMENT", "ad"),
        ("SCROLL TO CONTINUE WITH CONTENT", "ad"),
        ("TERBARU", "footer"),
        ("Cek Berita dan Artikel yang lain di", "footer"),
        ("Google News", "footer"),
        ("Copyright © 2025 Warta Solo. All rights reserved.", "footer"),
        ("Halaman selanjutnya", "navigation"),
        ("Halaman: 1 2 3 Selanjutnya", "navigation"),
        ("Dibaca: 1.234 kali", "navigation"),
        ("A+", "navigation"),
        ("> >", "share"),
        ("Bagikan Facebook Twitter WhatsApp", "share"),
        ("Penulis : Sekar Ayuningtyas Editor : Bima-R.-Hartono", "byline"),
        ("Editor: Laras Wulandari", "byline"),
        ("Reporter: Fadli Ramadhan", "byline"),
        ("Oleh: Yohana Siregar", "byline"),
        ("Laporan Wartawan Wartasolo.com, Gilang Pradipta", "byline"),
        ("Sumber : Associated Press", "source"),
        ("Sumber: AFP", "source"),
        ("Foto: Suasana pasar rakyat baru di Laweyan, Senin (3/3/2025).", "caption"),
        ("(ANTARA FOTO/Mohammad Ayudha)", "caption"),
        ("Pedagang menata dagangan di pasar baru. (Foto: Dok. Pemkot Surakarta)", "caption"),
        ("Suasana pasar pada pagi hari. (Sumber: Wahyu Santoso melalui AP)", "caption"),
        ("‘Nadia Kusuma berkontribusi untuk laporan ini.", "contributor"),
        ("(ant/rzk)", "initials"),
        ("[noe]", "initials"),
        ("Kota Solo | 3 Maret 2025, 09:15 WIB", "date"),
        ("Usai Diresmikan, Pasar Rakyat Laweyan Langsung Diserbu Ribuan Pembeli", "headline"),
        ("Harga Beras Naik Lagi, Begini Tanggapan Menteri Perdagangan?", "headline"),
        ("Share :", "share"),
        ("Lewati Podcast dan lanjutkan membaca", "ad"),
        ("Akhir dari Podcast", "ad"),
        ("waktu baca 2 menit", "ad"),
        ("Scroll untuk lanjut membaca", "ad"),
        ("Gambas:Video 20detik", "related"),
        ("Artikel Selanjutnya", "related"),
        ("Simak berita lainnya seputar topik artikel ini, di sini :", "related"),
        ("Lihat Juga :", "related"),
        ("Halaman:", "navigation"),
        ("(END)", "initials"),
        ("(Z-2)", "initials"),
        ("Media Indonesia", "header"),
        ("Dimas Prasetyo, Jurnalis · Selasa 03 September 2024 16:20 WIB", "byline"),
        ("Fikri Ramadhan - Senin, 12 Agustus 2024 | 10:15 WIB", "byline"),
        ("Market - Rendi Kusuma, CNBC Indonesia", "byline"),
        ("Penulis Kontributor Surabaya, Ahmad Faisal | Editor Dita Kurniasari", "byline"),
        ("Kontributor Malang, Andi Saputra", "byline"),
        ("Laporan oleh Dinda Kusuma", "byline"),
        ("Andi Saputra, Budi Santoso - detikNews", "byline"),
        ("Hasil Premier League, Selasa (4/4/2017):", "date"),
        # an ad slot's labels read as one line, with or without the space between its elements
        ("ADVERTISEMENTSCROLL TO CONTINUE WITH CONTENT", "ad"),
        ("Advertisement Scroll Down", "ad"),
    ],
)
def test_line_rules(line: str, reason: str) -> None:
    """Each kind of boilerplate line is recognised with its reason."""
    assert line_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        STORY_1,
        STORY_2,
        "Kim juga menyatakan keyakinannya bahwa.",
        "“Itu sudah cukup.”",
        "Bahan:",
        "1. Golkar",
        "Skor: 3,15",
        "Tetapkan Status Darurat",
        "Sumber daya alam di wilayah itu dikelola oleh badan usaha milik daerah setempat.",
        "Editor senior harian itu mengatakan redaksi akan meninjau ulang tulisan tersebut.",
        "Baru kali ini pasar rakyat di Solo dibangun dengan konsep ramah lingkungan.",
        "Laporan oleh lembaga itu menyebut kerugian negara mencapai Rp 2 triliun.",
        "Akhir dari Sebuah Era",
        "Unduh aplikasi JMO di Play Store atau App Store",
        "Kata Fauzan.",
        "Rupiah Menguat ke Rp15.600/US$, Investor Asing Masuk Lagi di Pasar Obligasi",
    ],
)
def test_story_lines_are_kept(line: str) -> None:
    """Story lines, however short, match no boilerplate rule."""
    assert line_reason(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Ikuti berita terkini dari Warta Solo di Google News, klik di sini",
        "Sumber gambar, Getty Images",
        "Keterangan gambar, Warga antre di depan pasar baru.",
        "Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis.",
        "[Gambas:Video CNN]",
        "Baca halaman selanjutnya",
        "Pilihan Editor: Pasar Rakyat Baru Dibuka di Solo",
        "Warga memadati pasar baru di Laweyan. KOMPAS.COM/GILANG PRADIPTA",
        "Rizky Adha Mahendra - detikNews",
        "Rep: Fauzia Ramadhani Red: Ahmad Syarif Hidayat",
        "Warga antre bantuan di Palu, Selasa (5/3/2024). (ANTARA/Moh Fadli)",
        "Wali Kota meninjau pasar. (KOMPAS.com/Gilang Pradipta)",
        "Lihat Foto",
        "BERITA REKOMENDASI",
        "Penulis Andi Wibowo | Editor Sari Lestari",
        'Baca artikel detiknews, "Pasar Baru Dibuka" selengkapnya https://news.detik.com/d-1',
        "Baca berita dengan sedikit iklan, klik di sini",
        "Scroll ke bawah untuk melanjutkan membaca",
        "Redaktur & Reporter : Fathan Sinaga",
        "Reporter Magang: Dinda Ayu",
        "Konten dari Pengguna",
        "(ADN)",
        "Warga antre di gerbang tol. (IDN Times/Galih Permana)",
        "2 jam lalu",
        "AYO BACA :",
        "Video Pilihan Hari Ini",
        "url telah tercopy",
        "Download Apps Detikcom Sekarang https://apps.detik.com/detik/",
    ],
)
def test_more_outlet_furniture(line: str) -> None:
    """Outlet-specific furniture lines are recognised as boilerplate."""
    assert line_reason(line) is not None
