"""Hand-written Indonesian test articles for duplicates and stories (fictional people and places).

Five events: a flood in Sukamaju (three outlets, one syndicated copy with its own header and
footer, one crawl copy), a rice-import decision (two outlets sharing one wire paragraph), the
same regent opening a market months later (same people, different event), a football final
(two outlets) and a landslide in another province.
"""

from __future__ import annotations

from dataclasses import replace

from factories import make_article

from kabar.models import Article, Entity

FLOOD_1 = """Banjir setinggi satu meter merendam 1.200 rumah di empat kecamatan Kabupaten Sukamaju sejak Minggu malam setelah hujan deras mengguyur selama sembilan jam tanpa henti.

Bupati Sukamaju, Rahmat Hidayat, mengatakan pemerintah daerah telah membuka enam posko pengungsian di balai desa dan gedung sekolah. "Kami sudah mengerahkan perahu karet dan tim gabungan untuk mengevakuasi warga lanjut usia dan anak-anak," kata Rahmat di posko utama Kecamatan Cibening, Senin (10/2/2025).

Menurut catatan Badan Penanggulangan Bencana Daerah (BPBD) Sukamaju, sedikitnya 3.400 warga mengungsi. Sungai Ciliwangi meluap setelah tanggul sepanjang dua puluh meter jebol di Desa Mekarjaya.

Kepala BPBD Sukamaju, Dewi Anggraini, menyebut ketinggian air mulai surut pada Senin siang, tetapi warga diminta tetap waspada karena hujan diperkirakan turun lagi hingga akhir pekan. Bantuan makanan siap saji, selimut dan obat-obatan sudah dikirim ke semua posko.

Pemerintah kabupaten juga menetapkan status tanggap darurat selama empat belas hari agar perbaikan tanggul dan penyaluran bantuan dapat dipercepat."""

# The same text republished by a partner outlet: its own header line, one changed sentence,
# and a footer.
FLOOD_1_SYNDICATED = """Laporan jaringan media mitra untuk pembaca Warta Priangan.

Banjir setinggi satu meter merendam 1.200 rumah di empat kecamatan Kabupaten Sukamaju sejak Minggu malam setelah hujan deras mengguyur selama sembilan jam tanpa henti.

Bupati Sukamaju, Rahmat Hidayat, mengatakan pemerintah daerah telah membuka enam posko pengungsian di balai desa dan gedung sekolah. "Kami sudah mengerahkan perahu karet dan tim gabungan untuk mengevakuasi warga lanjut usia dan anak-anak," kata Rahmat di posko utama Kecamatan Cibening, Senin (10/2/2025).

Menurut catatan Badan Penanggulangan Bencana Daerah (BPBD) Sukamaju, lebih dari 3.400 warga terpaksa mengungsi. Sungai Ciliwangi meluap setelah tanggul sepanjang dua puluh meter jebol di Desa Mekarjaya.

Kepala BPBD Sukamaju, Dewi Anggraini, menyebut ketinggian air mulai surut pada Senin siang, tetapi warga diminta tetap waspada karena hujan diperkirakan turun lagi hingga akhir pekan. Bantuan makanan siap saji, selimut dan obat-obatan sudah dikirim ke semua posko.

Pemerintah kabupaten juga menetapkan status tanggap darurat selama empat belas hari agar perbaikan tanggul dan penyaluran bantuan dapat dipercepat.

Artikel ini telah tayang lebih dulu di Kabar Nusantara dan dimuat ulang atas kerja sama redaksi."""

FLOOD_2 = """Ribuan warga Kabupaten Sukamaju terpaksa meninggalkan rumah mereka setelah Sungai Ciliwangi meluap pada Minggu (9/2/2025) malam. Air kiriman dari hulu menjebol tanggul di Desa Mekarjaya dan menggenangi permukiman di Kecamatan Cibening, Pasirwangi, Cikupa dan Sindangsari.

Rahmat Hidayat, bupati setempat, meninjau lokasi pengungsian pada Senin pagi. "Kami sudah mengerahkan perahu karet dan tim gabungan untuk mengevakuasi warga lanjut usia dan anak-anak," ujarnya kepada wartawan.

Sejumlah pengungsi mengeluhkan kekurangan air bersih dan popok bayi. Relawan dari organisasi kemanusiaan membuka dapur umum yang menyediakan dua ribu porsi makanan setiap hari.

BPBD mencatat banjir kali ini merupakan yang terparah dalam sepuluh tahun terakhir di Sukamaju. Tanggul yang jebol akan ditambal sementara dengan karung pasir sebelum diperbaiki permanen."""

RICE_1 = """Pemerintah memutuskan mengimpor 500.000 ton beras dari Thailand dan Vietnam untuk memperkuat cadangan menjelang bulan puasa. Keputusan itu diambil dalam rapat koordinasi terbatas di kantor Kementerian Perdagangan, Jakarta, Rabu (5/3/2025).

Menteri Perdagangan Sri Wahyuningsih menjelaskan stok di gudang Perum Pangan Nasional saat ini hanya cukup untuk dua bulan. "Impor ini bersifat sementara dan hanya untuk menjaga harga tetap terjangkau bagi masyarakat," kata Sri seusai rapat.

Harga beras medium di sejumlah pasar tradisional naik hingga Rp15.000 per kilogram dalam dua pekan terakhir, melampaui harga eceran tertinggi yang ditetapkan pemerintah.

Kelompok tani di Jawa Tengah menolak rencana tersebut karena khawatir harga gabah anjlok saat panen raya pada April mendatang. Mereka meminta pemerintah menyerap gabah petani lebih dulu sebelum membuka keran impor."""

# A second outlet's own report of the same decision, sharing the wire paragraph with the quote.
RICE_2 = """Kementerian Perdagangan akhirnya membuka keran impor beras sebanyak setengah juta ton. Beras itu akan didatangkan secara bertahap mulai pertengahan Maret melalui pelabuhan Tanjung Priok dan Surabaya.

Menteri Perdagangan Sri Wahyuningsih menjelaskan stok di gudang Perum Pangan Nasional saat ini hanya cukup untuk dua bulan. "Impor ini bersifat sementara dan hanya untuk menjaga harga tetap terjangkau bagi masyarakat," kata Sri seusai rapat.

Ekonom Universitas Cendana, Bambang Sutrisno, menilai langkah tersebut terlambat. Menurut dia, lonjakan harga sudah terasa sejak Januari dan seharusnya impor beras diputuskan lebih awal agar pasokan tiba sebelum permintaan naik menjelang Ramadan.

Bambang juga mengingatkan agar pemerintah mengawasi distribusi beras impor supaya tidak ditimbun oleh pedagang besar. Kementerian berjanji menggelar operasi pasar di tiga puluh kota mulai pekan depan untuk menekan harga beras."""

MARKET = """Bupati Sukamaju Rahmat Hidayat meresmikan Pasar Baru Cibening yang dibangun ulang dengan anggaran Rp48 miliar, Rabu (20/8/2025). Pasar dua lantai itu menampung 640 kios dan los untuk pedagang sayur, daging dan pakaian.

"Pedagang lama mendapat prioritas menempati kios tanpa biaya sewa selama enam bulan pertama," kata Rahmat saat memotong pita peresmian.

Pembangunan pasar sempat tertunda setahun karena lahan parkir masih bersengketa dengan ahli waris pemilik tanah. Kini pasar dilengkapi ruang laktasi, tempat pengolahan sampah organik dan area bongkar muat yang terpisah dari jalur pembeli.

Sejumlah pedagang menyambut baik pasar baru tersebut, meski sebagian mengeluhkan letak kios di lantai dua yang dinilai sepi pembeli. Dinas Perdagangan berjanji menata ulang alur pengunjung agar lantai atas tetap ramai."""

FINAL_1 = """Garuda Muda FC menjuarai Piala Nusantara setelah menundukkan Bintang Timur 2-1 pada laga final di Stadion Cakrawala, Kamis (6/3/2025) malam. Gol kemenangan dicetak penyerang muda Yoga Pratama pada menit ke-88 lewat sundulan memanfaatkan umpan sepak pojok.

Bintang Timur sempat unggul lebih dulu melalui tendangan bebas Andreas Manuhutu pada menit ke-23. Garuda Muda menyamakan kedudukan lewat penalti kapten Fajar Nugroho setelah jeda.

"Anak-anak bermain dengan hati. Gelar ini untuk suporter yang setia mendukung sejak babak penyisihan," kata pelatih Garuda Muda, Hendra Wijaya, seusai pertandingan.

Sebanyak 42.000 penonton memadati stadion. Garuda Muda berhak atas hadiah uang Rp5 miliar dan tiket ke turnamen antarklub Asia Tenggara musim depan."""

FINAL_2 = """Sundulan Yoga Pratama di penghujung laga memastikan trofi Piala Nusantara jatuh ke tangan Garuda Muda FC. Dalam final yang berlangsung ketat di Stadion Cakrawala, Garuda Muda membalikkan ketertinggalan dan mengalahkan Bintang Timur dengan skor 2-1.

Pelatih Hendra Wijaya memuji mental para pemainnya yang tidak menyerah meski tertinggal pada babak pertama. "Anak-anak bermain dengan hati. Gelar ini untuk suporter yang setia mendukung sejak babak penyisihan," ujarnya.

Kubu Bintang Timur menyesalkan keputusan wasit yang memberikan penalti kepada Garuda Muda. Pelatih Bintang Timur, Marthen Kaway, menilai pelanggaran terhadap Fajar Nugroho terjadi di luar kotak penalti.

Ini merupakan gelar pertama Garuda Muda sejak klub itu berdiri dua belas tahun lalu. Pawai juara direncanakan digelar di pusat kota pada Sabtu sore."""

LANDSLIDE = """Tanah longsor menimbun enam rumah di Dusun Watugede, Kabupaten Lerengsari, Jawa Tengah, Selasa (11/2/2025) dini hari. Tim SAR gabungan masih mencari tiga warga yang diduga tertimbun material longsoran.

Kepala Kantor SAR Lerengsari, Agus Salim Harahap, mengatakan pencarian terkendala hujan dan kondisi tanah yang labil. Alat berat belum bisa masuk karena akses jalan ke dusun tertutup lumpur setinggi dua meter.

Warga yang selamat mengungsi ke masjid dan rumah kerabat di desa tetangga. Pemerintah kabupaten mengirim tenda, dapur umum dan tenaga kesehatan ke lokasi.

Badan Geologi sebelumnya telah memasukkan Dusun Watugede ke dalam zona rawan gerakan tanah tinggi dan menyarankan relokasi warga secara bertahap."""


def article(
    ident: str,
    title: str,
    body: str,
    published: str | None,
    *,
    outlet: str = "Kabar Nusantara",
    people: tuple[str, ...] = (),
) -> Article:
    """Build a test article with the given headline, body and date."""
    return make_article(
        ident,
        body,
        source=f"test/{ident}.txt",
        title=title,
        outlet=outlet,
        published=published,
        entities=tuple(Entity(name, "PERSON", (name,), 1) for name in people),
    )


def corpus() -> list[Article]:
    """Return the test corpus (11 articles, 5 stories)."""
    return [
        article(
            "flood-1",
            "Banjir Rendam 1.200 Rumah di Sukamaju, 3.400 Warga Mengungsi",
            FLOOD_1,
            "2025-02-10T09:00+07:00",
            people=("Rahmat Hidayat", "Dewi Anggraini"),
        ),
        article(
            "flood-1-copy",
            "Banjir Rendam 1.200 Rumah di Sukamaju",
            FLOOD_1_SYNDICATED,
            "2025-02-10T11:30+07:00",
            outlet="Warta Priangan",
            people=("Rahmat Hidayat", "Dewi Anggraini"),
        ),
        article(
            "flood-1-crawl",
            "Banjir Rendam 1.200 Rumah di Sukamaju, 3.400 Warga Mengungsi",
            FLOOD_1,
            "2025-02-10T09:00+07:00",
            people=("Rahmat Hidayat",),
        ),
        article(
            "flood-2",
            "Tanggul Jebol, Ribuan Warga Sukamaju Mengungsi",
            FLOOD_2,
            "2025-02-10T14:00+07:00",
            outlet="Harian Pelita",
            people=("Rahmat Hidayat",),
        ),
        article(
            "rice-1",
            "Pemerintah Impor 500.000 Ton Beras dari Thailand dan Vietnam",
            RICE_1,
            "2025-03-05T16:00+07:00",
            people=("Sri Wahyuningsih",),
        ),
        article(
            "rice-2",
            "Keran Impor Beras Dibuka, Ekonom: Sudah Terlambat",
            RICE_2,
            "2025-03-06T08:00+07:00",
            outlet="Harian Pelita",
            people=("Sri Wahyuningsih", "Bambang Sutrisno"),
        ),
        article(
            "market",
            "Pasar Baru Cibening Diresmikan, Pedagang Lama Bebas Sewa",
            MARKET,
            "2025-08-20T13:00+07:00",
            people=("Rahmat Hidayat",),
        ),
        article(
            "final-1",
            "Garuda Muda FC Juara Piala Nusantara",
            FINAL_1,
            "2025-03-06T23:00+07:00",
            people=("Yoga Pratama", "Hendra Wijaya"),
        ),
        article(
            "final-2",
            "Sundulan Yoga Pratama Bawa Garuda Muda Juara",
            FINAL_2,
            "2025-03-07T07:00+07:00",
            outlet="Harian Pelita",
            people=("Yoga Pratama", "Hendra Wijaya"),
        ),
        article(
            "landslide",
            "Longsor Timbun Enam Rumah di Lerengsari, Tiga Warga Dicari",
            LANDSLIDE,
            "2025-02-11T10:00+07:00",
            outlet="Harian Pelita",
            people=("Agus Salim Harahap",),
        ),
        article(
            "flood-undated",
            "Banjir Sukamaju: Tanggul Ciliwangi Jebol",
            FLOOD_2.replace("Ribuan warga", "Sebanyak 3.400 warga"),
            None,
            outlet="Suara Priangan",
            people=("Rahmat Hidayat",),
        ),
    ]


# Gold labels: story of each article, and the earliest copy of each duplicate.
STORY = {
    "flood-1": "flood",
    "flood-1-copy": "flood",
    "flood-1-crawl": "flood",
    "flood-2": "flood",
    "flood-undated": "flood",
    "rice-1": "rice",
    "rice-2": "rice",
    "market": "market",
    "final-1": "final",
    "final-2": "final",
    "landslide": "landslide",
}
DUPLICATE_OF = {"flood-1-copy": "flood-1", "flood-1-crawl": "flood-1", "flood-undated": "flood-2"}


def without_links(articles: list[Article]) -> list[Article]:
    """Return the articles with duplicate_of and story cleared."""
    return [replace(a, duplicate_of=None, story=None) for a in articles]
