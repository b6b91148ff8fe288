"""Classifying and attributing quoted spans (``kabar.quotes.attribute``): direct, partial, titles
and nicknames, over constructions written for these tests.

Each case of ``DIRECT_CASES`` lists the quotes expected (in body order) by the start of their
text, their kind and their speaker; a tuple of speakers lists the answers that are acceptable
(None meaning the text does not say clearly who spoke). A wrong speaker is worse than a missing
one.

Every person, place, outlet and organisation below is fictional unless said otherwise.
"""

from __future__ import annotations

import pytest

from kabar.quotes import extract_quotes
from quotes.helpers import Expected, check, direct_speakers, quotes_of


@pytest.mark.parametrize(
    "body",
    [
        "Film “Langit Jingga di Sukamaju” ditonton dua juta orang.",
        "Pemain asal Medan, Rudi “Kancil” Hutapea, mencetak dua gol.",
        'Lagu "Rindu Kampung Halaman" menjadi viral di media sosial.',
        "Polisi menangkap perempuan berinisial SW alias “dokter” Y di Bekasi.",
    ],
)
def test_titles_and_nicknames_are_not_quotes(body: str) -> None:
    assert [q for q in quotes_of(body) if q.kind != "indirect"] == []


def test_empty_body() -> None:
    assert extract_quotes("") == ()


def test_title_case_heading_in_marks_is_not_a_quote() -> None:
    body = "Tonton juga “Warga Sukamaju Panen Raya: Untung atau Rugi?” di sini.\n\n“Idul Fitri Momentum Berbagi”"
    assert quotes_of(body) == ()


DIRECT_CASES = [
    pytest.param(
        "“Kami siap,” kata Rina Marlina, “tapi anggaran belum turun.”",
        [("Kami siap", "direct", "Rina Marlina"), ("tapi anggaran", "direct", "Rina Marlina")],
        id="speaker-in-the-middle",
    ),
    pytest.param(
        "Bupati Tanjung Rawa, Haris Munandar, meninjau jalan itu pada Senin. “Jalan ini rusak "
        "parah,” ujarnya, “dan kami sudah mengajukan dana perbaikan.”",
        [("Jalan ini", "direct", "Haris Munandar"), ("dan kami", "direct", "Haris Munandar")],
        id="pronoun-in-the-middle",
    ),
    pytest.param(
        "Yusuf Hamdani, yang juga anggota DPRD Sukamaju, mengatakan, “Kami menolak rencana "
        "penggusuran itu.”",
        [("Kami menolak", "direct", "Yusuf Hamdani")],
        id="yang-juga-appositive",
    ),
    pytest.param(
        "“Stok beras aman sampai Lebaran,” kata Anwar Sidik, Kepala Gudang Bulog Sukamaju.\n\n"
        "Hal senada disampaikan Teguh Prasetyo, pedagang grosir di Pasar Lama. “Kami tidak akan "
        "menaikkan harga,” ujarnya.",
        [("Stok beras", "direct", "Anwar Sidik"), ("Kami tidak", "direct", "Teguh Prasetyo")],
        id="hal-senada-before-quote",
    ),
    pytest.param(
        "Ketika dikonfirmasi, Kepala Sekolah Gita Permana membenarkan kejadian itu. “Benar, ada "
        "dua siswa yang terluka,” katanya.",
        [("Benar, ada", "direct", "Gita Permana")],
        id="ketika-dikonfirmasi",
    ),
    pytest.param(
        "Dalam keterangan tertulisnya, Direktur Utama PT Sinar Pangan Rudi Hartono menyebut, "
        "“Produksi kami turun 20 persen tahun ini.”",
        [("Produksi kami", "direct", "Rudi Hartono")],
        id="keterangan-tertulis",
    ),
    pytest.param(
        "Dikutip dari Harian Sukamaju, Menteri Kelautan Bagus Wirawan mengatakan, “Kuota ekspor "
        "tidak akan ditambah.”",
        [("Kuota ekspor", "direct", "Bagus Wirawan")],
        id="dikutip-dari",
    ),
    pytest.param(
        "Penyanyi Sekar Ayuningtyas melalui akun Instagram-nya menulis, “Terima kasih untuk "
        "semua doa kalian.”",
        [("Terima kasih", "direct", "Sekar Ayuningtyas")],
        id="instagram-menulis",
    ),
    pytest.param(
        "Ditanya soal pencalonannya, Arif Budiman menjawab singkat: “Nanti saja.”",
        [("Nanti saja.", "direct", "Arif Budiman")],
        id="menjawab-singkat-colon",
    ),
    pytest.param(
        "“Kapan lagi kita bisa berkumpul seperti ini?” tanya Wulan Sari kepada rekan-rekannya.",
        [("Kapan lagi kita bisa berkumpul seperti ini?", "direct", "Wulan Sari")],
        id="question-tanya",
    ),
    pytest.param(
        "“Sudah makan?” tanya Sri Wahyuni. “Belum,” jawab Bima Santoso.",
        [("Sudah makan?", "direct", "Sri Wahyuni"), ("Belum", "direct", "Bima Santoso")],
        id="dialogue-two-speakers",
    ),
    pytest.param(
        "Menteri Perhubungan Dodi Saputra meresmikan terminal itu pada Senin. “Kami masih "
        "menunggu hasil audit,” kata seorang pejabat Kemenhub yang enggan disebut namanya.",
        [("Kami masih", "direct", None)],
        id="unnamed-official",
    ),
    pytest.param(
        "Camat Lestari Wahyuni meninjau pantai sejak pagi. “Ombak terlalu tinggi untuk melaut,” "
        "kata para nelayan.",
        [("Ombak terlalu", "direct", None)],
        id="plural-speakers",
    ),
    pytest.param(
        "Andi Firmansyah dan Joko Susilo tiba di lokasi banjir. “Kami akan membantu warga,” "
        "kata keduanya.",
        [("Kami akan", "direct", None)],
        id="keduanya",
    ),
    pytest.param(
        "Kepala Desa Sugiono menemui warga di balai desa. “Kami tidak akan pindah,” kata mereka.",
        [("Kami tidak", "direct", None)],
        id="mereka",
    ),
    pytest.param(
        "Rapat itu dihadiri Bupati Hendra Gunawan dan Ketua DPRD Siti Aminah. “Kami sepakat "
        "menunda proyek itu,” katanya.",
        [("Kami sepakat", "direct", None)],
        id="two-people-ambiguous-pronoun",
    ),
    pytest.param(
        "Bupati Hendra Gunawan menerima Ketua DPRD Siti Aminah di pendopo. “Kami sepakat "
        "menunda proyek itu,” katanya.",
        [("Kami sepakat", "direct", ("Hendra Gunawan", None))],
        id="two-people-clear-subject",
    ),
    pytest.param(
        "Surat itu ditandatangani Direktur PT Maju Jaya, Sandi Wijaya.\n\nDalam surat itu "
        "tertulis, “Kontrak kerja sama dihentikan mulai 1 Mei.”",
        [("Kontrak kerja", "direct", (None, "PT Maju Jaya"))],
        id="document",
    ),
    pytest.param(
        "“We are very proud of this team,” kata pelatih asal Portugal, Marco Silvano, seusai "
        "laga di Stadion Gelora Timur.",
        [("We are very proud", "direct", "Marco Silvano")],
        id="english-statement-kata",
    ),
    pytest.param(
        "“This is a great day for our country,” said Prime Minister John Aldridge.",
        [("This is a great day", "direct", "John Aldridge")],
        id="english-said",
    ),
    pytest.param(
        "'Kami belum menerima laporan itu,' kata Kapolres Sukamaju AKBP Yoga Pratama.",
        [("Kami belum menerima laporan itu", "direct", "Yoga Pratama")],
        id="single-quotes-main",
    ),
    pytest.param(
        "«Harga pupuk harus turun,» kata Ketua Kelompok Tani Harapan, Sukardi.",
        [("Harga pupuk harus turun", "direct", "Sukardi")],
        id="guillemets",
    ),
    pytest.param(
        "\"Setiap Jum'at kami mengaji dan membaca Qur'an bersama,\" kata Ustaz Hamid Rasyid. "
        '"Anak-anak juga ikut," tambahnya.',
        [
            ("Setiap Jum'at kami mengaji dan membaca Qur'an bersama", "direct", "Hamid Rasyid"),
            ("Anak-anak", "direct", "Hamid Rasyid"),
        ],
        id="apostrophes-inside-straight-quotes",
    ),
    pytest.param(
        'Usai salat Jum\'at, Hamid Rasyid berkata, "Mari kita jaga kebersihan masjid."',
        [("Mari kita", "direct", "Hamid Rasyid")],
        id="apostrophe-before-quote",
    ),
    pytest.param(
        "Ia pernah membintangi film “Pengabdi Malam” yang laris pada 2023.",
        [],
        id="film-title",
    ),
    pytest.param(
        "Kelompok teater itu mementaskan “Nyanyian Angsa Terakhir” di Taman Budaya Sukamaju.",
        [],
        id="play-title",
    ),
    pytest.param(
        "Pelari muda yang dijuluki “Si Kancil” itu finis pertama di Sukamaju.",
        [],
        id="nickname",
    ),
    pytest.param(
        "Novel berjudul “Laut yang Tenang” karya Ratna Widuri terjual 10.000 eksemplar.",
        [],
        id="novel-title",
    ),
    pytest.param(
        "Ketua RT Bambang Irawan mengatakan: “Jangan keluar malam dulu sampai pelakunya tertangkap",
        [("Jangan keluar malam dulu sampai pelakunya tertangkap", "direct", "Bambang Irawan")],
        id="unclosed-at-article-end",
    ),
    pytest.param(
        "“Kami kehilangan rumah dan sawah,” kata seorang warga yang ditemui Kabar Nusantara.",
        [("Kami kehilangan", "direct", None)],
        id="ditemui-outlet-is-not-the-speaker",
    ),
    pytest.param(
        "“Semua korban sudah kami data,” ujar Rahmat Hidayat saat dihubungi Kabar Nusantara, "
        "Selasa.",
        [("Semua korban", "direct", "Rahmat Hidayat")],
        id="dihubungi-outlet",
    ),
    pytest.param(
        "Saat dikonfirmasi Kabar Nusantara, juru bicara PT Tirta Jaya, Melati Kusuma, membantah "
        "tudingan itu. “Itu tidak benar,” tegasnya.",
        [("Itu tidak benar", "direct", "Melati Kusuma")],
        id="dikonfirmasi-outlet",
    ),
    pytest.param(
        "“Kami terus memantau situasi di perbatasan,” ujar juru bicara WFP di Jakarta, Ratih "
        "Kurniasari.",
        [("Kami terus", "direct", "Ratih Kurniasari")],
        id="name-after-org-in-role",
    ),
    pytest.param(
        "Camat Sekotong, Ahmad Zulfikar, mengatakan air bersih sudah dikirim ke semua dusun.\n\n"
        "Namun warga Dusun Batu Putih, Inaq Sari, mengaku belum menerima bantuan.\n\n"
        '"Sudah sebulan kami begini, Pak," katanya.',
        [("Sudah sebulan", "direct", ("Inaq Sari", None))],
        id="latest-subject-not-earlier-speaker",
    ),
    pytest.param(
        "Sambil menunjuk tanggul yang jebol, Slamet Riyadi berkata, “Air datang tengah malam.”",
        [("Air datang", "direct", "Slamet Riyadi")],
        id="adverbial-clause-before-subject",
    ),
    pytest.param(
        "“Hidup petani!” teriak Darto Wijoyo di depan gedung DPRD Sukamaju.",
        [("Hidup petani!", "direct", "Darto Wijoyo")],
        id="exclamation-teriak",
    ),
    pytest.param(
        "“Semua sudah siap,” kata Rudy Santoso kepada Bupati Hendra Limantara.",
        [("Semua sudah siap", "direct", "Rudy Santoso")],
        id="kepada-addressee-after-speaker",
    ),
    pytest.param(
        "“Kita harus bergerak cepat,” demikian disampaikan Gubernur Sulawesi Timur, Andi Mappiare.",
        [("Kita harus", "direct", "Andi Mappiare")],
        id="demikian-disampaikan",
    ),
    pytest.param(
        "Kepala BPBD Sukamaju, Fajar Nugraha, menjelaskan kondisi terkini:\n\n“Ada 12 rumah yang "
        "rusak berat dan 40 rusak ringan.”",
        [("Ada 12 rumah", "direct", "Fajar Nugraha")],
        id="colon-intro-previous-paragraph",
    ),
    pytest.param(
        "Anggota DPRD Sukamaju, Bonar Situmorang, menyebut kebijakan itu “tidak masuk akal”.",
        [("tidak masuk akal", "partial", "Bonar Situmorang")],
        id="scare-quote-named",
    ),
    pytest.param(
        "Saat ditanya wartawan soal kenaikan tarif, Wali Kota Sukamaju Rendra Wiratama hanya "
        "tersenyum. “Tunggu saja,” katanya.",
        [("Tunggu saja", "direct", "Rendra Wiratama")],
        id="ditanya-wartawan",
    ),
    pytest.param(
        "“Seluruh penerbangan ditunda hingga pukul 15.00,” tulis PT Angkasa Nusantara dalam "
        "keterangan resminya.",
        [("Seluruh penerbangan", "direct", "PT Angkasa Nusantara")],
        id="organisation-writes",
    ),
    pytest.param(
        "“Kami sudah berusaha...” kata Nina Kartika, lalu terdiam.",
        [("Kami sudah berusaha...", "direct", "Nina Kartika")],
        id="ellipsis-before-cue",
    ),
    pytest.param(
        "“Pertama, soal air bersih,” kata Gilang Ramadhan.\n\n“Kedua, soal listrik yang sering "
        "padam,” lanjut dia.",
        [("Pertama", "direct", "Gilang Ramadhan"), ("Kedua", "direct", "Gilang Ramadhan")],
        id="lanjut-dia",
    ),
    pytest.param(
        "Direktur RSUD Sukamaju, Lina Marpaung, membenarkan kabar itu. “Pasien sudah kami "
        "rujuk,” ujar sumber yang mengetahui penanganan pasien tersebut.",
        [("Pasien sudah", "direct", None)],
        id="anonymous-source",
    ),
    pytest.param(
        "Seperti dikatakan Kepala Desa Sumberjo, Warsito, “Sawah kami butuh irigasi.”",
        [("Sawah kami", "direct", "Warsito")],
        id="seperti-dikatakan",
    ),
    pytest.param(
        "“Indonesia pasti bisa!” cuit Bayu Anggara lewat akun X miliknya.",
        [("Indonesia pasti bisa!", "direct", "Bayu Anggara")],
        id="cuit",
    ),
    pytest.param(
        "Wawancara dengan Kepala Dinas Perikanan Sukamaju.\n\nTanya: Bagaimana kondisi gudang "
        "ikan saat ini?\n\nJawab: Semua sudah kami perbaiki sejak Maret.",
        [],
        id="qa-format-without-marks",
    ),
    pytest.param(
        "Ia ditemani dua sahabatnya, Dian Puspita dan Yoga Santika. “Mereka yang menguatkan "
        "saya,” kata Kirana Larasati.",
        [("Mereka yang", "direct", "Kirana Larasati")],
        id="named-after-two-others",
    ),
    pytest.param(
        "Acara itu disiarkan dalam program “Sapa Warga Pagi” di radio Sukamaju FM.",
        [],
        id="programme-title",
    ),
    pytest.param(
        "Camat Rudi Hartawan meninjau lokasi longsor. “Kami kirim alat berat besok.” Begitu "
        "kata Rudi.",
        [("Kami kirim", "direct", "Rudi Hartawan")],
        id="begitu-kata-after",
    ),
    pytest.param(
        "“Kami siap menampung pengungsi,” kata Lurah Melati Sari seperti dikutip Antara. "
        "“Gedung sekolah sudah disiapkan,” katanya.",
        [("Kami siap", "direct", "Melati Sari"), ("Gedung sekolah", "direct", "Melati Sari")],
        id="dikutip-agency-is-not-the-speaker",
    ),
    pytest.param(
        "“Harga tiket naik,” kata Fauzi Rahman kepada Budi Setiadi. “Tidak ada pilihan lain,” "
        "tambahnya.",
        [("Harga tiket", "direct", "Fauzi Rahman"), ("Tidak ada", "direct", "Fauzi Rahman")],
        id="addressee-is-not-the-antecedent",
    ),
    pytest.param(
        "Kepala Dinas Kesehatan Sukamaju dr. Anita Kusuma, Sp.A, mengatakan, “Kasus demam "
        "berdarah naik.”",
        [("Kasus demam", "direct", "Anita Kusuma")],
        id="title-and-degree",
    ),
    pytest.param(
        "“Angka kasus naik dua kali lipat,” kata dr. Anita Kusuma, Sp.A, di Sukamaju.",
        [("Angka kasus", "direct", "Anita Kusuma")],
        id="abbreviated-title-after-cue",
    ),
    pytest.param(
        "Kasir toko itu, Dewi Lestari, dirawat di rumah sakit. “Saya tidak tahu apa-apa,” tutur "
        "perempuan berusia 45 tahun itu.",
        [("Saya tidak", "direct", ("Dewi Lestari", None))],
        id="descriptive-anaphor",
    ),
    pytest.param(
        "Polisi menangkap Ahmad Yani dan Budi Karya. “Keduanya sudah kami tahan,” kata Kapolsek "
        "Cempaka Iptu Dani Ramdani.",
        [("Keduanya", "direct", "Dani Ramdani")],
        id="named-after-two-arrested",
    ),
    pytest.param(
        "Kuasa hukum tersangka, Johan Sitompul, menegaskan kliennya tidak bersalah. “Klien kami "
        "korban,” katanya.\n\nNamun, jaksa Ratna Dewi menilai sebaliknya. “Bukti sudah cukup,” "
        "ujarnya.",
        [("Klien kami", "direct", "Johan Sitompul"), ("Bukti sudah", "direct", "Ratna Dewi")],
        id="two-sides",
    ),
    pytest.param(
        "Genangan terlihat di dekat Jalan Ahmad Yusuf, Kecamatan Cempaka. “Air setinggi lutut "
        "sejak subuh,” katanya.",
        [("Air setinggi", "direct", None)],
        id="street-name-is-not-a-person",
    ),
    pytest.param(
        "Awalnya hanya dibuka RIT Cempaka, lalu disusul RIT Melati. “Keduanya sudah penuh,” "
        "katanya.",
        [("Keduanya", "direct", None)],
        id="place-after-acronym-is-not-a-person",
    ),
    pytest.param(
        "“Kami menolak rencana tambang itu,” ujar perwakilan Solidaritas untuk Warga Sukamaju, "
        "Yohanes Bere.",
        [("Kami menolak", "direct", "Yohanes Bere")],
        id="alliance-then-representative",
    ),
    pytest.param(
        "Tim advokasi terdiri dari tiga lembaga bantuan hukum. “Kami akan mengajukan banding,” "
        "katanya.",
        [("Kami akan", "direct", None)],
        id="team-is-not-a-person",
    ),
    pytest.param(
        "Kepala Dinas Kesehatan Wulan Dari di Balai Kota Sukamaju menyatakan hal yang sama. "
        "“Kasus terus turun,” ujarnya.",
        [("Kasus terus", "direct", "Wulan Dari")],
        id="place-between-subject-and-verb",
    ),
    pytest.param(
        "Budi Santoso: “Kami siap bertanding.”",
        [("Kami siap", "direct", "Budi Santoso")],
        id="name-colon-quote",
    ),
    pytest.param(
        "“Ini keputusan yang sulit,” ungkap Ketua Umum Partai Nusantara Jaya Hadi Susanto.",
        [("Ini keputusan", "direct", "Hadi Susanto")],
        id="party-name-before-person",
    ),
    pytest.param(
        "Perumda Tirta Kencana menyiapkan 40 truk air. “Kami siaga 24 jam,” kata Direktur Utama "
        "Perumda Tirta Kencana Raden Bagus Prakoso.",
        [("Kami siaga", "direct", "Raden Bagus Prakoso")],
        id="company-named-alone-elsewhere",
    ),
    pytest.param(
        "“Kami akan banding,” kata kuasa hukum terdakwa, Rudi Hermawan SH MH.",
        [("Kami akan", "direct", "Rudi Hermawan")],
        id="degrees-after-name",
    ),
    pytest.param(
        "“Kami solid,” kata Hadi dan Rina kompak.",
        [("Kami solid", "direct", None)],
        id="two-speakers-after-cue",
    ),
    pytest.param(
        "Gubernur Jawa Timur Khofifah Wulandari menilai langkah itu tepat. Menurutnya, “Ini demi "
        "keselamatan warga.”",
        [("Ini demi", "direct", "Khofifah Wulandari")],
        id="menurutnya-before-quote",
    ),
    pytest.param(
        "Kepala Desa Sugiono meninjau lokasi banjir. Sejumlah warga mengaku resah. “Kami takut "
        "keluar rumah,” ujarnya.",
        [("Kami takut", "direct", None)],
        id="unnamed-villagers-then-pronoun",
    ),
    pytest.param(
        "Kepala Desa Sugiono meninjau lokasi banjir. Para pedagang mengeluhkan sepinya pembeli. "
        "“Kami rugi besar,” katanya.",
        [("Kami rugi", "direct", None)],
        id="unnamed-traders-then-pronoun",
    ),
    pytest.param(
        "Kepala Desa Sugiono meninjau lokasi banjir. Seorang ibu menangis di pengungsian. "
        "“Rumah saya hanyut,” katanya.",
        [("Rumah saya", "direct", None)],
        id="a-new-unnamed-person-then-pronoun",
    ),
    pytest.param(
        "Kepala Desa Sugiono meninjau lokasi banjir. Warga lain, Sutrisno (45), mengaku "
        "kehilangan ternak. “Sapi saya tiga ekor hanyut,” katanya.",
        [("Sapi saya", "direct", "Sutrisno")],
        id="unnamed-noun-then-name",
    ),
    pytest.param(
        "“Kami siap,” kata sang kapten, Rendi Saputra, sebelum laga.",
        [("Kami siap", "direct", "Rendi Saputra")],
        id="sang-role-then-name",
    ),
    pytest.param(
        "“Semua orang berhak bahagia.” — Budi Hartono",
        [("Semua orang", "direct", "Budi Hartono")],
        id="dash-attribution",
    ),
    pytest.param(
        "Jaksa Penuntut Umum (JPU) Ratna Dewi membacakan dakwaan. “Terdakwa terbukti menerima "
        "suap,” ujar JPU.",
        [("Terdakwa", "direct", "Ratna Dewi")],
        id="role-acronym-names-the-person",
    ),
    pytest.param(
        "Kepala Badan Cuaca Nasional (BCN) Dwi Lestari hadir. BCN menyatakan, “Cuaca ekstrem "
        "berlangsung sepekan.”",
        [("Cuaca ekstrem", "direct", ("BCN", "Badan Cuaca Nasional", None))],
        id="organisation-acronym-stays-the-organisation",
    ),
    pytest.param(
        "“Kami sudah ikhlas,” kata Budi Hartono, yang didampingi istrinya, Ani Suryani.",
        [("Kami sudah", "direct", "Budi Hartono")],
        id="companion-is-not-the-speaker",
    ),
    pytest.param(
        "“Jangan pulang dulu,” kata Ani Suryani seperti ditirukan Budi Hartono.",
        [("Jangan pulang", "direct", "Ani Suryani")],
        id="ditirukan",
    ),
    pytest.param(
        "“Dia bilang, ‘Jangan pulang dulu,’ lalu pergi,” kata Sari Wulandari.",
        [("Dia bilang, ‘Jangan pulang dulu,’ lalu pergi", "direct", "Sari Wulandari")],
        id="single-quotes-nested",
    ),
    pytest.param(
        "“Kapan jalan ini diperbaiki?” tanya seorang warga kepada Bupati Irawan Hadi. “Tahun "
        "depan,” jawab Irawan.",
        [("Kapan jalan", "direct", None), ("Tahun depan", "direct", "Irawan Hadi")],
        id="unnamed-asker-named-answerer",
    ),
    pytest.param(
        "Dalam akun Twitter-nya, Sandi Wijaya mencuit, “Terima kasih Sukamaju!”",
        [("Terima kasih Sukamaju!", "direct", "Sandi Wijaya")],
        id="mencuit",
    ),
    pytest.param(
        "Kepala Dinas Kesehatan Garut Wulan Dari menyatakan hal yang sama. “Kasus terus turun,” "
        "ujarnya.",
        [("Kasus terus", "direct", "Wulan Dari")],
        id="regency-after-office",
    ),
    pytest.param(
        "Gubernur Sulawesi Timur Andi Mappiare dan Wakil Gubernur Yusuf Latif meninjau lokasi. "
        "Andi mengatakan, “Bantuan sudah tiba.” Yusuf menambahkan, “Kami kirim dokter hari ini.”",
        [("Bantuan", "direct", "Andi Mappiare"), ("Kami kirim", "direct", "Yusuf Latif")],
        id="two-officials-then-short-names",
    ),
    pytest.param(
        "“Kami butuh air bersih,” kata Rahmawati, warga Kampung Baru. Hal senada diungkapkan "
        "tetangganya, Siti Zubaidah. “Sudah tiga hari tidak ada air,” katanya.",
        [("Kami butuh", "direct", "Rahmawati"), ("Sudah tiga", "direct", "Siti Zubaidah")],
        id="hal-senada-diungkapkan-relation-then-name",
    ),
    pytest.param(
        "Berikut pernyataan lengkap Juru Bicara Kementerian Luar Negeri Lestari Handayani:\n\n"
        "“Indonesia menyesalkan insiden itu.\n\n“Kami meminta semua pihak menahan diri.”",
        [("Indonesia menyesalkan", "direct", "Lestari Handayani")],
        id="berikut-pernyataan-multi-paragraph",
    ),
    pytest.param(
        "“Saya tidak bersalah,” kata terdakwa Rudi Hermawan. Hakim ketua Maria Ulfa menanggapi, "
        "“Itu nanti dibuktikan di persidangan.”",
        [("Saya tidak", "direct", "Rudi Hermawan"), ("Itu nanti", "direct", "Maria Ulfa")],
        id="courtroom-exchange",
    ),
    pytest.param(
        "Nixon Hutagalung dari LBH Sukamaju menambahkan, pengaduan sudah dikirim. “Kami menunggu "
        "jawaban,” katanya.",
        [("Kami menunggu", "direct", "Nixon Hutagalung")],
        id="name-dari-organisation-verb",
    ),
    pytest.param(
        "“Kami siap, ”kata Budi Hartono.",
        [("Kami siap", "direct", "Budi Hartono")],
        id="closing-mark-glued-to-the-cue",
    ),
    pytest.param(
        "Rapat selesai pukul 10.00.” Kami siap menjalankan keputusan itu, ”kata Budi Hartono. "
        "Ia lalu meninggalkan ruangan.",
        [("Kami siap menjalankan keputusan itu", "direct", "Budi Hartono")],
        id="marks-with-their-spaces-swapped",
    ),
    pytest.param(
        'Rapat selesai." Kami siap," kata Budi Hartono.',
        [("Kami siap", "direct", "Budi Hartono")],
        id="straight-opening-mark-glued-to-the-previous-sentence",
    ),
    pytest.param(
        "Rapat selesai pukul 10.00.” Kami siap, ”kata Budi Hartono. Ia lalu pergi ke kantor "
        "camat. Di sana ia ditanya soal target.” Kami harus menang, ”ujarnya.",
        [("Kami siap", "direct", "Budi Hartono"), ("Kami harus", "direct", "Budi Hartono")],
        id="swapped-spaces-twice",
    ),
    pytest.param(
        "Dia berkata, ”kata-kata itu menyakitkan,” ujar Sari Wulandari.",
        [("kata-kata itu", "direct", "Sari Wulandari")],
        id="quote-opening-with-a-cue-like-word",
    ),
]


@pytest.mark.parametrize(("body", "expected"), DIRECT_CASES)
def test_marked_quotes(body: str, expected: Expected) -> None:
    check(body, expected)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Gempa terasa kuat di Polewali. Seorang warga Wonomulyo mengatakan kepada wartawan "
            "bahwa ia sempat berlari keluar rumah.\n\n"
            '"Lemari kami roboh semua. Anak-anak menangis," katanya.',
            [("Lemari kami roboh se", None)],
            id="resident-of-a-place-is-unnamed",
        ),
        pytest.param(
            '"Air sudah setinggi lutut," kata warga Cikarang Barat kepada wartawan.',
            [("Air sudah setinggi l", None)],
            id="cue-then-resident-of-a-place",
        ),
        pytest.param(
            "Kepala Dinas Pendidikan Sumba Barat, Yohanes Dapa, mengatakan sekolah kekurangan "
            'guru.\n\n"Kami sudah usulkan tambahan guru," ujar Yohanes.\n\n'
            "Salah satu murid kelas lima, Maria (11), ingin menjadi dokter seperti Bu Ratna.\n\n"
            '"Saya mau sekolah sampai kuliah," katanya pelan.',
            [("Kami sudah usulkan t", "Yohanes Dapa"), ("Saya mau sekolah sam", "Maria")],
            id="unnamed-opener-with-named-apposition",
        ),
        pytest.param(
            "Kepala BPS Hendra Wijaya mengatakan ekspor turun.\n\n"
            "Direktur Eksekutif Center of Reform on Economics (CORE) Indonesia, Mohammad Rahmat "
            "Hakim, menilai penurunan itu wajar.\n\n"
            "“Permintaan global memang sedang lemah,” tuturnya.",
            [("Permintaan global me", "Mohammad Rahmat Hakim")],
            id="english-org-name-and-surname-hakim",
        ),
        pytest.param(
            "Ibu dua anak itu, Wulan Sari, mendatangi kantor sekolah. Wulan menunjukkan surat "
            "itu kepada petugas sambil bertanya dengan suara keras.\n\n"
            '"Anak saya ditolak, padahal rumah kami paling dekat. Ini aturan apa?"',
            [("Anak saya ditolak", "Wulan Sari")],
            id="bare-quote-after-a-paragraph-showing-the-speaker",
        ),
        pytest.param(
            "Pelatih Persik Kediri Joko Susilo tampak kecewa seusai laga. Dalam jumpa pers, ia "
            'berbicara panjang mengenai penampilan timnya.\n\n"Kami menciptakan tujuh peluang. '
            'Kalau satu masuk, selesai."',
            [("Kami menciptakan tuj", "Joko Susilo")],
            id="bare-quote-after-berbicara",
        ),
        pytest.param(
            "Pelatih PSIS Semarang, Gilang Ramadhan, menyebut hasil imbang ini adil.\n\n"
            '"Anak-anak sudah bekerja keras," kata pelatih asal Salatiga itu.',
            [("Anak-anak sudah beke", "Gilang Ramadhan")],
            id="description-closed-by-itu",
        ),
        pytest.param(
            "Pelatih Arema, Heru Wibowo, menyebut hasil itu adil.\n\n"
            '"Anak-anak layak diapresiasi," kata pelatih yang akrab disapa "Kancil" itu.',
            [("Anak-anak layak diap", "Heru Wibowo")],
            id="description-with-quoted-nickname",
        ),
        pytest.param(
            "Ketua Aisyiyah Jawa Tengah, Hj. Nur Aini Rahmawati, meminta layanan diperbaiki.\n\n"
            "“Tenda terlalu padat,” ujar Hj. Aini.",
            [("Tenda terlalu padat", "Nur Aini Rahmawati")],
            id="title-with-a-period-before-the-name",
        ),
        pytest.param(
            "Sopir bus, Wawan Setiadi, selamat. Menurut seorang petugas derek yang enggan "
            "disebut namanya, bus itu sering ugal-ugalan.\n\n"
            '"Bus ini sering ngebut malam-malam," ujar petugas itu.',
            [("Bus ini sering ngebu", None)],
            id="description-of-an-unnamed-source",
        ),
        pytest.param(
            "Pelatih Sriwijaya FC, Bagus Santoso, puas dengan hasil itu. Sriwijaya tampil tanpa "
            'dua pemain inti.\n\n"Anak-anak layak dipuji," kata pelatih asal Bantul itu.',
            [("Anak-anak layak dipu", "Bagus Santoso")],
            id="a-club-as-subject-is-not-a-person",
        ),
    ],
)
def test_speaker_constructions_written_blind(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert direct_speakers(body) == expected


def test_a_title_after_its_cue_is_not_a_quote_even_before_a_speech_verb() -> None:
    body = 'Aktor yang dikenal lewat serial "Kontrakan Pak Darto" itu mengaku gugup.'
    assert [q for q in extract_quotes(body) if q.kind == "direct"] == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Ekonom Hendra Lubis menilai gaji stagnan.\n\nPeneliti lain, Faisal Rangkuti, "
            "mengingatkan bahwa kebiasaan hanya satu sisi. "
            '"Tanpa kebijakan upah yang adil, anak muda hanya disuruh bersabar."',
            [("Tanpa kebijakan upah", "Faisal Rangkuti")],
            id="bare-quote-after-a-sentence-of-the-same-paragraph",
        ),
        pytest.param(
            "Kepala Dinas Sosial, Hendra Lubis, meninjau dapur umum.\n\nBagi Kurniawati "
            "Rahardjo, bantuan itu belum cukup. “Kami butuh selimut dan obat untuk lansia.”",
            [("Kami butuh selimut d", "Kurniawati Rahardjo")],
            id="bagi-x-then-a-bare-quote",
        ),
        pytest.param(
            "Psikolog Hendra Lubis menjelaskan pola belanja impulsif.\n\nKembali ke Nadia "
            "Sari. Sejak tiga bulan lalu, ia mencoba aturan sederhana.\n\n"
            '"Separuhnya besok paginya sudah tidak ingin," katanya.',
            [("Separuhnya besok pag", "Nadia Sari")],
            id="kembali-ke-x-brings-back-the-topic",
        ),
        pytest.param(
            "Dalang cilik itu ditemani ibunya, Sulastri Wahyuni.\n\nDi antara penonton, "
            "tampak Mbah Paiman (78) yang datang sejak sore. Ia mengaku terharu.\n\n"
            '"Bocah cilik kok wis pinter," tuturnya.',
            [("Bocah cilik kok wis ", "Paiman")],
            id="tampak-x-makes-x-the-referent",
        ),
        pytest.param(
            "Seorang pemuda Bugbug, Komang Arya Wiguna (24), mengaku lega. "
            '"Kami butuh pekerjaan," ucap Komang.',
            [("Kami butuh pekerjaan", "Komang Arya Wiguna")],
            id="unnamed-opener-with-a-place-then-the-name",
        ),
        pytest.param(
            '"Kakek dulu jualan keliling pakai sepeda," cerita Meilinda Tjoanda sambil tersenyum.',
            [("Kakek dulu jualan ke", "Meilinda Tjoanda")],
            id="cerita-as-a-cue",
        ),
        pytest.param(
            "Kasus itu menjadi contoh. “Korupsi bukan hanya soal sistem yang lemah, “kata "
            "Alfian Syahputra.",
            [("Korupsi bukan hanya ", "Alfian Syahputra")],
            id="closing-mark-typed-as-an-opening-one-before-the-cue",
        ),
        pytest.param(
            "Sementara itu, Bambang Sutejo belum memberi pernyataan. Melalui ajudannya, ia hanya "
            'menyampaikan pesan singkat.\n\n"Bapak fokus konsolidasi," kata ajudan tersebut.',
            [("Bapak fokus konsolid", None)],
            id="description-of-someone-only-mentioned-by-possessive",
        ),
        pytest.param(
            "Pangdam XVII Mayjen TNI Antonius Sembiring meninjau latihan.\n\nMenutup "
            "keterangannya, Pangdam Sembiring berharap latihan ini memperkuat hubungan. "
            "“Persahabatan di lapangan adalah modal penting.”",
            [("Persahabatan di lapa", "Antonius Sembiring")],
            id="opening-verb-clause-before-the-subject",
        ),
        pytest.param(
            "Meilinda Tjoanda mengelola toko itu. Meilinda mengatakan, usaha itu berat. "
            "“Kakek dulu jualan keliling.”",
            [("Kakek dulu jualan ke", "Meilinda Tjoanda")],
            id="a-name-that-looks-like-a-verb-is-still-the-subject",
        ),
        pytest.param(
            "Direktur P2PM Kemenkes, dr. Yudha Anggoro, M.Epid, menyampaikan peringatan. Ia "
            'mengatakan: "Musim hujan datang lebih awal tahun ini."',
            [("Musim hujan datang l", "Yudha Anggoro")],
            id="dotted-degree-after-the-name",
        ),
        pytest.param(
            "Ketua KAN Pariangan, H. Syafrizal Dt. Bandaro Kayo, menilai pacu jawi bergeser."
            '\n\n"Pacu jawi itu syukuran," kata Dt. Bandaro Kayo.',
            [("Pacu jawi itu syukur", "Syafrizal Dt. Bandaro Kayo")],
            id="minang-adat-title-with-a-period",
        ),
    ],
)
def test_more_speaker_constructions_written_blind(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert direct_speakers(body) == expected


def test_a_nickname_quoted_inside_a_name_is_no_quote() -> None:
    body = 'Produser film, Hendrikus "Hengky" Bhoko, mengungkapkan bahwa film itu murah.'
    assert [q for q in extract_quotes(body) if q.kind in ("direct", "partial")] == []
