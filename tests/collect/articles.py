"""The fictional outlets' articles (invented events and officials) and their markup:
article pages as Indonesian news sites build them, RSS feeds and news sitemaps."""

from __future__ import annotations

from datetime import datetime
from email.utils import format_datetime
from typing import Any

# (key, title, dateline city, paragraphs). Fictional events, fictional officials.
ARTICLES: dict[str, tuple[str, str, list[str]]] = {
    "banjir": (
        "Banjir Rendam Tiga Kecamatan di Semarang, Ratusan Warga Mengungsi",
        "SEMARANG",
        [
            "Banjir setinggi 80 sentimeter merendam tiga kecamatan di Kota Semarang sejak Minggu dini hari setelah hujan deras mengguyur selama enam jam tanpa henti.",
            "Kepala Badan Penanggulangan Bencana Daerah Kota Semarang, Sutrisno Wibowo, mengatakan sedikitnya 420 warga telah dievakuasi ke balai kelurahan dan masjid terdekat.",
            "\"Kami sudah menyiagakan perahu karet dan dapur umum. Warga yang rumahnya masih tergenang diminta tidak kembali dulu sampai air surut,\" kata Sutrisno di posko pengungsian Genuk.",
            "Menurut catatan BPBD, genangan paling parah terjadi di Kelurahan Trimulyo dan Terboyo Wetan, yang berada di dekat muara sungai dan kerap terdampak rob.",
        ],
    ),
    "cabai": (
        "Harga Cabai Rawit di Pasar Induk Tembus Rp90 Ribu per Kilogram",
        "JAKARTA",
        [
            "Harga cabai rawit merah di Pasar Induk Kramat Jati kembali melonjak dan menembus Rp90.000 per kilogram pada awal pekan ini, naik hampir dua kali lipat dibanding bulan lalu.",
            "Pedagang menyebut pasokan dari sentra produksi di Jawa Timur dan Nusa Tenggara Barat berkurang akibat curah hujan tinggi yang merusak tanaman menjelang panen.",
            "\"Barang yang datang cuma separuh dari biasanya, jadi harga ikut naik. Pembeli juga mengurangi belanja,\" ujar Rohmah, pedagang cabai yang sudah berjualan dua puluh tahun.",
            "Kementerian Perdagangan menyatakan akan memantau distribusi dan membuka opsi operasi pasar bila harga belum turun dalam dua pekan ke depan.",
        ],
    ),
    "gempa": (
        "Gempa Magnitudo 5,6 Guncang Cianjur, Warga Berhamburan Keluar Rumah",
        "CIANJUR",
        [
            "Gempa bumi bermagnitudo 5,6 mengguncang wilayah Kabupaten Cianjur, Jawa Barat, pada Senin pagi dan membuat warga berhamburan keluar rumah.",
            "Badan Meteorologi, Klimatologi, dan Geofisika mencatat pusat gempa berada di darat pada kedalaman 10 kilometer dan tidak berpotensi tsunami.",
            "Petugas gabungan masih mendata kerusakan bangunan di sejumlah desa di Kecamatan Cugenang dan Warungkondang.",
        ],
    ),
    "kereta": (
        "Penumpang Kereta Cepat Naik 30 Persen Selama Libur Sekolah",
        "BANDUNG",
        [
            "Jumlah penumpang kereta cepat Jakarta-Bandung naik sekitar 30 persen selama masa libur sekolah dibandingkan pekan-pekan biasa, menurut data operator.",
            "Manajer Hubungan Masyarakat operator kereta, Dewi Anggraini, menjelaskan perjalanan tambahan dijadwalkan pada Jumat sore dan Minggu malam untuk mengurai kepadatan.",
            "\"Kami imbau penumpang membeli tiket lebih awal melalui aplikasi karena kursi pada jam sibuk cepat habis,\" kata Dewi dalam keterangan tertulis, Selasa.",
        ],
    ),
    "vaksin": (
        "Dinas Kesehatan Gelar Imunisasi Campak Serentak di Sekolah Dasar",
        "SURABAYA",
        [
            "Dinas Kesehatan Kota Surabaya menggelar imunisasi campak dan rubela serentak di 300 sekolah dasar mulai pekan depan setelah ditemukan kasus campak di dua kecamatan.",
            "Kepala Dinas Kesehatan Surabaya, Nanik Suryani, meminta orang tua tidak ragu memberikan izin karena vaksin yang digunakan aman dan gratis.",
            "\"Cakupan imunisasi kita sempat turun saat pandemi. Ini kesempatan untuk mengejar ketertinggalan,\" ujar Nanik saat meninjau puskesmas Tambaksari.",
        ],
    ),
    "pelabuhan": (
        "Bongkar Muat di Pelabuhan Dwikora Pontianak Tertunda Akibat Gelombang Tinggi",
        "PONTIANAK",
        [
            "Aktivitas bongkar muat di Pelabuhan Dwikora Pontianak tertunda dua hari karena gelombang tinggi di perairan Kalimantan Barat.",
            "General Manager pelabuhan, Hendra Saputra, mengatakan enam kapal kargo terpaksa menunggu di luar alur pelayaran hingga cuaca membaik.",
            "\"Keselamatan awak dan muatan kami utamakan. Begitu gelombang turun, kegiatan langsung kami kebut siang dan malam,\" kata Hendra, Rabu.",
        ],
    ),
    "festival": (
        "Festival Budaya Dayak Kembali Digelar setelah Tiga Tahun Vakum",
        "SINGKAWANG",
        [
            "Festival budaya Dayak kembali digelar di Singkawang setelah tiga tahun tidak diadakan, menampilkan tarian, musik sape, dan lomba perahu tradisional.",
            "Panitia memperkirakan lebih dari 15.000 pengunjung datang selama tiga hari penyelenggaraan, termasuk wisatawan dari Malaysia.",
            "Wali Kota Singkawang, Tjhai Bong Kiat, menyebut festival ini sebagai cara menjaga warisan leluhur sekaligus menggerakkan ekonomi pelaku usaha kecil.",
        ],
    ),
    "karhutla": (
        "Titik Panas Meningkat, Satgas Karhutla Kalbar Siagakan Helikopter",
        "PONTIANAK",
        [
            "Satuan tugas kebakaran hutan dan lahan Kalimantan Barat menyiagakan dua helikopter pengebom air setelah jumlah titik panas meningkat tajam dalam sepekan terakhir.",
            "Data satelit menunjukkan 112 titik panas tersebar di Kabupaten Ketapang, Kubu Raya, dan Sambas, sebagian besar di lahan gambut.",
            "\"Kami minta masyarakat tidak membuka lahan dengan cara membakar. Sanksinya jelas,\" tegas Komandan Satgas, Kolonel Agus Priyanto.",
        ],
    ),
    "jalan": (
        "Jalan Lintas Kabupaten di Sintang Rusak Parah, Warga Tanam Pisang",
        "SINTANG",
        [
            "Warga Desa Nanga Mau di Kabupaten Sintang menanam pohon pisang di tengah jalan lintas kabupaten sebagai bentuk protes atas kerusakan jalan yang tak kunjung diperbaiki.",
            "Jalan sepanjang 12 kilometer itu berlubang dan berlumpur saat hujan sehingga kendaraan pengangkut hasil kebun sering terperosok.",
            "Dinas Pekerjaan Umum setempat menyatakan perbaikan sudah masuk anggaran tahun depan dan penanganan darurat akan dilakukan pekan ini.",
        ],
    ),
    "listrik": (
        "Listrik Padam Delapan Jam, PLN Minta Maaf kepada Pelanggan di Ketapang",
        "KETAPANG",
        [
            "PLN Unit Induk Wilayah Kalimantan Barat meminta maaf atas pemadaman listrik selama delapan jam yang melanda sebagian Kabupaten Ketapang pada Selasa.",
            "Gangguan terjadi pada jaringan transmisi akibat pohon tumbang yang menimpa kabel saat angin kencang, menurut keterangan resmi perusahaan.",
            "\"Petugas kami bekerja sepanjang malam untuk memulihkan pasokan. Kompensasi akan diberikan sesuai ketentuan,\" kata manajer komunikasi PLN setempat, Rina Kartika.",
        ],
    ),
    "umkm": (
        "Pameran UMKM Solo Catat Transaksi Rp4,2 Miliar dalam Empat Hari",
        "SOLO",
        [
            "Pameran usaha mikro, kecil, dan menengah di Solo mencatat transaksi Rp4,2 miliar selama empat hari, melampaui target panitia sebesar Rp3 miliar.",
            "Produk batik, kerajinan kayu, dan makanan olahan menjadi yang paling diminati pengunjung, termasuk pembeli dari luar negeri.",
            "Kepala Dinas Koperasi dan UKM Kota Surakarta, Bambang Riyadi, mengatakan pameran serupa akan digelar dua kali setahun.",
        ],
    ),
    "pilkada": (
        "KPU Jawa Tengah Mulai Rekrut Petugas Adhoc untuk Pilkada",
        "SEMARANG",
        [
            "Komisi Pemilihan Umum Provinsi Jawa Tengah mulai merekrut petugas adhoc untuk pemilihan kepala daerah, dengan kebutuhan lebih dari 40.000 orang.",
            "Ketua KPU Jawa Tengah, Handayani Putri, mengatakan pendaftaran dibuka secara daring dan luring selama dua pekan di setiap kecamatan.",
            "\"Kami utamakan pendaftar yang belum pernah menjadi anggota partai politik dan memiliki integritas,\" ujar Handayani di Semarang, Kamis.",
        ],
    ),
    "pupuk": (
        "Petani di Grobogan Keluhkan Pupuk Bersubsidi Langka Jelang Musim Tanam",
        "GROBOGAN",
        [
            "Petani di Kabupaten Grobogan mengeluhkan sulitnya mendapatkan pupuk bersubsidi menjelang musim tanam padi, sementara harga pupuk nonsubsidi terus naik.",
            "Sejumlah kios resmi mengaku belum menerima kiriman sejak tiga pekan lalu sehingga petani terpaksa membeli pupuk nonsubsidi dengan harga dua kali lipat.",
            "\"Kalau telat pupuk, hasil panen pasti turun. Kami minta pemerintah turun tangan,\" kata Sarmin, ketua kelompok tani di Kecamatan Toroh.",
        ],
    ),
}
LIVE_UPDATE = (
    "Hingga Senin sore, BPBD mencatat 214 rumah rusak ringan dan 37 rumah rusak berat. "
    "Dua warga dilaporkan luka ringan dan telah dirawat di puskesmas."
)



def article_html(outlet: Any, key: str, path: str, *, extra: str = "",
                 canonical: str | None = None, published: str = "2026-12-07T08:15:00+07:00") -> bytes:
    """An article page in the markup of an Indonesian news site."""
    title, city, paragraphs = ARTICLES[key]
    body = list(paragraphs)
    if extra:
        body.append(extra)
    first = f"<p><strong>{city}, {outlet.name.upper()}</strong> - {body[0]}</p>"
    rest = "".join(
        f"<p>{p}</p>" + ("<p class=\"baca-juga\"><strong>Baca juga:</strong> <a href=\"/berita/99/"
                          "lain\">Berita lain hari ini</a></p>" if i == 0 else "")
        for i, p in enumerate(body[1:])
    )
    url = outlet.url(path)
    return f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>{title} - {outlet.name}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="{outlet.name}">
<meta property="og:url" content="{canonical or url}">
<link rel="canonical" href="{canonical or url}">
<meta property="article:published_time" content="{published}">
<meta name="author" content="Redaksi {outlet.name}">
</head><body>
<header class="site-header"><a class="logo" href="/">{outlet.name}</a>
<nav><ul><li><a href="/">Beranda</a></li><li><a href="/nasional">Nasional</a></li>
<li><a href="/ekonomi">Ekonomi</a></li><li><a href="/daerah">Daerah</a></li>
<li><a href="/olahraga">Olahraga</a></li></ul></nav></header>
<main><article class="detail">
<div class="breadcrumb"><a href="/">Beranda</a> &rsaquo; <a href="/nasional">Nasional</a></div>
<h1 class="detail-title">{title}</h1>
<div class="byline">Penulis: Redaksi {outlet.name} &middot; Senin, 7 Desember 2026 08:15 WIB</div>
<div class="detail-content">{first}{rest}</div>
<div class="tags">Tag: <a href="/tag/daerah">daerah</a> <a href="/tag/peristiwa">peristiwa</a></div>
</article>
<aside class="sidebar"><h3>Terpopuler</h3><ol>
<li><a href="/berita/98/populer-satu">Lima Kuliner Khas yang Wajib Dicoba</a></li>
<li><a href="/berita/97/populer-dua">Jadwal Pertandingan Liga Pekan Ini</a></li></ol></aside>
</main>
<footer><p>&copy; 2026 {outlet.name}. Hak cipta dilindungi undang-undang.</p>
<a href="/redaksi">Redaksi</a> | <a href="/pedoman-media-siber">Pedoman Media Siber</a></footer>
</body></html>""".encode()


def rss(outlet: Any, items: list[tuple[str, str, datetime]]) -> bytes:
    entries = "".join(
        f"<item><title>{title}</title><link>{link.replace('&', '&amp;')}</link>"
        f"<guid>{link.replace('&', '&amp;')}</guid><pubDate>{format_datetime(when)}</pubDate>"
        "<description>Ringkasan berita.</description></item>"
        for title, link, when in items
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
        f"<title>{outlet.name} - Terkini</title><link>{outlet.base}/</link>"
        f"<description>Berita terkini {outlet.name}</description><language>id</language>"
        f"{entries}</channel></rss>"
    ).encode()


def urlset(urls: list[tuple[str, str]]) -> bytes:
    entries = "".join(
        f"<url><loc>{loc}</loc><news:news><news:publication><news:name>Kabar Khatulistiwa"
        "</news:name><news:language>id</news:language></news:publication>"
        f"<news:publication_date>{date}</news:publication_date>"
        f"<news:title>Berita</news:title></news:news></url>"
        for loc, date in urls
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">' + entries + "</urlset>"
    ).encode()
