"""Outlets' current article layouts, as data: what a scraper's text record and a saved page of
each outlet hold around the story (bylines, date lines, datelines, credit lines, captions,
related links, sign-offs), and the fields kabar must read from them. All text is fictional;
the layouts follow what the outlets print today. ``test_outlet_layouts`` builds the inputs.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Layout:
    """One outlet's layout: the lines a scraper leaves around the story, and the answers."""

    name: str
    url: str
    dateline: str  # opens the first paragraph, as printed ("MALANG, KOMPAS.com - ")
    outlet: str
    place: str | None
    authors: tuple[str, ...]
    editors: tuple[str, ...] = ()
    above: tuple[str, ...] = ()  # lines over the story (byline, date line), on the page too
    inside: tuple[str, ...] = ()  # lines between paragraphs: related links, captions
    below: tuple[str, ...] = ()  # lines after the story: credits, promos, tags
    signoff: str = ""  # glued to the last paragraph: " (orb/orb)"
    author_field: str | tuple[str, ...] | None = None  # the scraper's author field
    record_date: str | None = "2025-12-09T07:05:00Z"  # the scraper's date field
    day: str = "2025-12-09"  # the day the article was published, in WIB
    wires: tuple[str, ...] = ()
    metas: dict[str, str] = field(default_factory=dict)  # <meta name=...> of the saved page
    ld_authors: tuple[str, ...] = ()  # JSON-LD author names of the saved page
    english: bool = False


LAYOUTS = (
    Layout(
        "detikjabar", "https://www.detik.com/jabar/berita/d-8123456/banjir-rendam-permukiman",
        "Bandung - ", "Detik", "Bandung", ("Ilham Fauzan",),
        above=("Ilham Fauzan - detikJabar", "Selasa, 09 Des 2025 14:05 WIB"),
        inside=("Baca juga: Hujan Deras, Tebing di Lembang Longsor",
                "Simak Video \"Detik-detik Banjir Rendam Jalan Soekarno-Hatta\"",
                "[Gambas:Video 20detik]"),
        signoff=" (orb/orb)",
        author_field=("Ilham Fauzan - detikJabar", "Https", "Www.Facebook.Com Detikjabar"),
        record_date=None, metas={"author": "Ilham Fauzan", "publishdate": "2025/12/09 14:05:10"},
    ),
    Layout(
        "detiksumut", "https://www.detik.com/sumut/berita/d-8123457/banjir-rendam-permukiman",
        "Medan - ", "Detik", "Medan", ("Nizar Aldi",),
        above=("Nizar Aldi - detikSumut", "Selasa, 09 Des 2025 21:40 WIB"),
        signoff=" (afb/afb)", record_date="12/9/2025 21:40",
    ),
    Layout(
        "kompas", "https://regional.kompas.com/read/2025/12/09/140500078/banjir-rendam-permukiman",
        "MALANG, KOMPAS.com - ", "Kompas", "Malang", ("Andika Wirawan",), ("Dita Angga Rusiana",),
        above=("Kompas.com - 09/12/2025, 14:05 WIB",
               "Penulis Kontributor Malang, Andika Wirawan | Editor Dita Angga Rusiana"),
        inside=("Warga menyelamatkan barang dari rumah yang terendam di Malang, Selasa (9/12/2025). "
                "KOMPAS.com/ANDIKA WIRAWAN",
                "Baca juga: Tanggul Jebol, Ratusan Rumah di Pasuruan Terendam"),
        below=("Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com. "
               "Mari bergabung di Grup Telegram \"Kompas.com News Update\", caranya klik link "
               "berikut, kemudian join.",),
        record_date="2025-12-09T07:05:00+00:00",
        metas={"content_author": "Andika Wirawan", "content_editor": "Dita Angga Rusiana"},
    ),
    Layout(
        "liputan6", "https://www.liputan6.com/news/read/6123456/banjir-rendam-permukiman",
        "Liputan6.com, Jakarta - ", "Liputan6", "Jakarta", ("Muhammad Ali",),
        above=("Oleh Muhammad Ali pada 09 Des 2025, 14:05 WIB",
               "Diperbarui 09 Des 2025, 16:20 WIB"),
        inside=("Advertisement", "Baca Juga", "Tanggul Jebol, Ratusan Rumah Terendam"),
        author_field="Muhammad Ali", record_date="12/9/2025 14:05",
    ),
    Layout(
        "okezone", "https://news.okezone.com/read/2025/12/09/338/3123456/banjir-rendam-permukiman",
        "JAKARTA - ", "Okezone", "Jakarta", ("Rio Manik",), ("Khafid Mardiyansyah",),
        above=("Rio Manik , Jurnalis-Selasa, 09 Desember 2025 |14:05 WIB",),
        inside=("Warga menyelamatkan barang dari rumah yang terendam. (Foto: Okezone)",
                "Baca Juga:", "Tanggul Jebol, Ratusan Rumah Terendam"),
        below=("Editor: Khafid Mardiyansyah",
               "Follow Berita Okezone di Google News"),
        author_field="Rio Manik", record_date="09-12-2025 14:05",
    ),
    Layout(
        "tribunnews", "https://www.tribunnews.com/nasional/2025/12/09/banjir-rendam-permukiman",
        "TRIBUNNEWS.COM, JAKARTA - ", "Tribunnews", "Jakarta", ("Yohanes Liestyo", "Reza Deni"),
        ("Wahyu Aji",),
        above=("Laporan Wartawan Tribunnews.com, Yohanes Liestyo dan Reza Deni",),
        inside=("Baca juga: Tanggul Jebol, Ratusan Rumah Terendam",),
        below=("Penulis: Yohanes Liestyo", "Editor: Wahyu Aji"),
        author_field=("Yohanes Liestyo", "Wahyu Aji"), record_date="Selasa, 9 Desember 2025 14:05 WIB",
    ),
    Layout(
        "tribunjateng", "https://www.tribunnews.com/regional/2025/12/09/banjir-rendam-permukiman-kudus",
        "TRIBUNJATENG.COM, KUDUS - ", "Tribunnews", "Kudus", ("Rifqi Gozali",),
        ("Muhammad Olies",),
        above=("Laporan Wartawan Tribunjateng.com, Rifqi Gozali",),
        below=("Artikel ini telah tayang di Tribunjateng.com dengan judul Banjir Rendam "
               "Permukiman di Kudus, https://jateng.tribunnews.com/2025/12/09/banjir",
               "Penulis: Rifqi Gozali | Editor: Muhammad Olies"),
        wires=("Tribun Jateng",), record_date="2025-12-09 14:05:00",
    ),
    Layout(
        "cnnindonesia", "https://www.cnnindonesia.com/nasional/20251209140500-20-1234567/banjir",
        "Jakarta, CNN Indonesia -- ", "CNN Indonesia", "Jakarta", (),
        above=("CNN Indonesia", "Selasa, 09 Des 2025 14:05 WIB", "Bagikan:"),
        inside=("ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT"),
        signoff=" (ryn/agt)",
        author_field="CNN Indonesia", record_date="2025-12-09T14:05:00+07:00",
    ),
    Layout(
        "tempo", "https://www.tempo.co/politik/banjir-rendam-permukiman-1712345",
        "TEMPO.CO, Jakarta - ", "Tempo", "Jakarta", ("Hendra Kusuma",), ("Sapto Nugroho",),
        above=("Hendra Kusuma", "Editor: Sapto Nugroho", "9 Desember 2025 | 14.05 WIB"),
        inside=("Pilihan Editor: Pemerintah Siapkan Dana Darurat Bencana",),
        below=("Antara berkontribusi dalam penulisan artikel ini.",),
        wires=("Antara",), record_date="2025-12-09T07:05:00.000Z",
    ),
    Layout(
        "antara", "https://www.antaranews.com/berita/4123456/banjir-rendam-permukiman",
        "Jakarta (ANTARA) - ", "Antara", "Jakarta", ("Fathur Rochman",), ("Budi Suyanto",),
        above=("Selasa, 9 Desember 2025 14:05 WIB",),
        below=("Pewarta: Fathur Rochman", "Editor: Budi Suyanto", "Copyright © ANTARA 2025"),
        record_date="1765263900000",
    ),
    Layout(
        "republika", "https://news.republika.co.id/berita/s123abc456/banjir-rendam-permukiman",
        "REPUBLIKA.CO.ID, JAKARTA -- ", "Republika", "Jakarta", ("Eva Rianti",), ("Andri Saubani",),
        above=("Selasa 09 Dec 2025 14:05 WIB",),
        inside=("Warga menyelamatkan barang dari rumah yang terendam. (ilustrasi)",),
        below=("Rep: Eva Rianti  Red: Andri Saubani",),
    ),
    Layout(
        "suara", "https://www.suara.com/news/2025/12/09/140500/banjir-rendam-permukiman",
        "Suara.com - ", "Suara", None, ("Dea Hardianingsih",), ("Bangun Santoso",),
        above=("Dea Hardianingsih", "Selasa, 09 Desember 2025 | 14:05 WIB"),
        inside=("Baca Juga:\nTanggul Jebol, Ratusan Rumah Terendam",),
        below=("Editor: Bangun Santoso",),
        author_field=("Dea Hardianingsih", "Suara.com"), record_date="",
        metas={"author": "Dea Hardianingsih", "editor": "Bangun Santoso"},
    ),
    Layout(
        "kumparan", "https://kumparan.com/kumparannews/banjir-rendam-permukiman-25abcDEF123",
        "", "Kumparan", None, (),
        above=("kumparanNEWS", "9 Desember 2025 14:05 WIB", "·", "waktu baca 2 menit"),
        inside=("Warga menyelamatkan barang dari rumah yang terendam. Foto: kumparan",),
        author_field="kumparanNEWS", record_date="2025-12-09T07:05:00Z",
    ),
    Layout(
        "viva", "https://www.viva.co.id/berita/nasional/1812345-banjir-rendam-permukiman",
        "Jakarta, VIVA – ", "Viva", "Jakarta", ("Yeni Lestari",), ("Mohammad Yudha Prasetya",),
        above=("Selasa, 9 Desember 2025 - 14:05 WIB",),
        inside=("Photo :\nVIVA.co.id/Yeni Lestari",),
        below=("Penulis: Yeni Lestari | Editor: Mohammad Yudha Prasetya",),
    ),
    Layout(
        "cnbc", "https://www.cnbcindonesia.com/news/20251209140500-4-612345/banjir-rendam",
        "Jakarta, CNBC Indonesia - ", "CNBC Indonesia", "Jakarta", ("Rendi Kusuma",),
        above=("News - Rendi Kusuma, CNBC Indonesia", "09 December 2025 14:05"),
        signoff=" (rah/rah)", record_date="2025-12-09 14:05",
    ),
    Layout(
        "idntimes", "https://sumut.idntimes.com/news/sumut/indah-permatasari/banjir-rendam",
        "Medan, IDN Times - ", "IDN Times", "Medan", ("Indah Permatasari",), ("Doni Hermawan",),
        above=("Indah Permatasari", "Selasa, 09 Des 2025 14:05 WIB"),
        inside=("Warga menyelamatkan barang dari rumah yang terendam (IDN Times/Prayugo Utomo)",
                "Baca Juga: Tanggul Jebol, Ratusan Rumah Terendam"),
        below=("Editorial Team", "Editor: Doni Hermawan"),
        author_field=("Indah Permatasari", "Prayugo Utomo", "Doni Hermawan"),
    ),
    Layout(
        "merdeka", "https://www.merdeka.com/peristiwa/banjir-rendam-permukiman-123456-mvk.html",
        "Merdeka.com - ", "Merdeka", None, ("Rahmat Baihaqi",), ("Dedi Rahmadi",),
        above=("Reporter : Rahmat Baihaqi", "Editor : Dedi Rahmadi",
               "Selasa, 9 Desember 2025 14:05"),
        inside=("Warga menyelamatkan barang dari rumah yang terendam. ©2025 Merdeka.com",),
    ),
    Layout(
        "sindonews", "https://nasional.sindonews.com/read/1612345/15/banjir-rendam-permukiman",
        "JAKARTA - ", "Sindonews", "Jakarta", ("Rina Anggraeni",), ("Abdul Rochim",),
        above=("Rina Anggraeni", "Selasa, 09 Desember 2025 - 14:05 WIB"),
        inside=("Baca Juga:", "Tanggul Jebol, Ratusan Rumah Terendam"),
        below=("Editor: Abdul Rochim",), signoff=" (abd)",
        author_field="Rina Anggraeni",
    ),
    Layout(
        "jpnn", "https://www.jpnn.com/news/banjir-rendam-permukiman",
        "jpnn.com, PEKANBARU - ", "JPNN", "Pekanbaru", ("Fathan Sinaga",), ("Fathan Sinaga",),
        inside=("BACA JUGA: Tanggul Jebol, Ratusan Rumah Terendam",),
        below=("Jangan Lewatkan Video Terbaru:", "Redaktur & Reporter : Fathan Sinaga"),
        signoff=" (antara/jpnn)", wires=("Antara",),
        author_field="Fathan Sinaga", record_date="12/9/2025 14:05",
    ),
    Layout(
        "bisnis", "https://ekonomi.bisnis.com/read/20251209/9/1912345/banjir-rendam-permukiman",
        "Bisnis.com, JAKARTA — ", "Bisnis", "Jakarta", ("Afiffah Rahmah Nurdifa",), ("Kahfi",),
        above=("Afiffah Rahmah Nurdifa - Bisnis.com", "Selasa, 9 Desember 2025 | 14:05"),
        below=("Penulis : Afiffah Rahmah Nurdifa", "Editor : Kahfi"),
    ),
    Layout(
        "tribunjogja", "https://jogja.tribunnews.com/2025/12/09/banjir-rendam-permukiman-sleman",
        "TRIBUNJOGJA.COM, SLEMAN - ", "Tribun Jogja", "Sleman", ("Ahmad Syarifudin",),
        ("Joko Widiyarso",),
        above=("Laporan Reporter Tribun Jogja, Ahmad Syarifudin",),
        inside=("Warga menyelamatkan barang dari rumah yang terendam. (Tribunjogja.com/Ahmad "
                "Syarifudin)", "Baca juga: Tanggul Jebol, Ratusan Rumah Terendam"),
        below=("Penulis: Ahmad Syarifudin", "Editor: Joko Widiyarso"),
        author_field=("Ahmad Syarifudin", "Joko Widiyarso"),
    ),
    Layout(
        "antarajatim", "https://jatim.antaranews.com/berita/912345/banjir-rendam-permukiman",
        "Surabaya (ANTARA) - ", "Antara", "Surabaya", ("Willi Irawan",), ("Vicki Febrianto",),
        above=("9 Desember 2025 14:05 WIB", "Diperbarui 9 Desember 2025 18:30 WIB"),
        below=("Pewarta : Willi Irawan", "Editor : Vicki Febrianto",
               "COPYRIGHT © ANTARA 2025"),
    ),
    Layout(
        "cnnsignoff", "https://www.cnnindonesia.com/internasional/20251209140500-106-1234568/banjir",
        "Jakarta, CNN Indonesia -- ", "CNN Indonesia", "Jakarta", (),
        above=("CNN Indonesia", "Selasa, 09 Des 2025 14:05 WIB"),
        signoff=" (ant/rds)",  # lower case: initials, not the agency
    ),
    Layout(
        "kumparanbisnis", "https://kumparan.com/kumparanbisnis/banjir-rendam-permukiman-25abcXYZ",
        "", "Kumparan", None, (),
        above=("kumparanBISNIS", "Selasa, 9 Desember 2025 14:05 WIB"),
        author_field=("kumparanBISNIS",), record_date="2025-12-09T07:05:00.000Z",
    ),
    Layout(
        "detikteam", "https://news.detik.com/berita/d-8123458/banjir-rendam-permukiman",
        "Jakarta - ", "Detik", "Jakarta", (),
        above=("Tim detikcom - detikNews", "Selasa, 09 Des 2025 14:05 WIB"),
        signoff=" (whn/whn)", author_field=("Tim detikcom - detikNews",), record_date=None,
    ),
    Layout(
        "idnwriter", "https://www.idntimes.com/news/indonesia/rina-sari/banjir-rendam-permukiman",
        "Jakarta, IDN Times - ", "IDN Times", "Jakarta", ("Rina Sari",), ("Doni Hermawan",),
        above=("Writer", "Rina Sari", "09 Des 2025, 14:05 WIB"),
        below=("Editor", "Doni Hermawan"),
    ),
    Layout(
        "jakartaglobe", "https://jakartaglobe.id/news/floods-inundate-houses",
        "Jakarta. ", "Jakarta Globe", "Jakarta", ("Heru Andriyanto",),
        above=("Heru Andriyanto", "December 9, 2025 | 2:05 pm"), english=True,
    ),
    Layout(
        "jawapos", "https://www.jawapos.com/nasional/016123456/banjir-rendam-permukiman",
        "JawaPos.com – ", "Jawa Pos", None, ("Dimas Ryandi",), ("Ilham Safutra",),
        above=("9 Desember 2025, 14.05 WIB",),
        inside=("Warga menyelamatkan barang dari rumah yang terendam. (Dimas Ryandi/JawaPos.com)",),
        below=("Editor: Ilham Safutra", "Reporter: Dimas Ryandi"),
    ),
    Layout(
        "kontan", "https://nasional.kontan.co.id/news/banjir-rendam-permukiman",
        "KONTAN.CO.ID - JAKARTA. ", "Kontan", "Jakarta", ("Siti Masitoh",), ("Tri Sulistiowati",),
        above=("Reporter: Siti Masitoh | Editor: Tri Sulistiowati",
               "Selasa, 09 Desember 2025 / 14:05 WIB"),
        below=("Cek Berita dan Artikel yang lain di Google News",),
    ),
    Layout(
        "katadata", "https://katadata.co.id/berita/nasional/6931a2b7c4d5e/banjir-rendam-permukiman",
        "", "Katadata", None, ("Rizal Aditya",),
        above=("Oleh Rizal Aditya", "9 Desember 2025, 14.05"),
        inside=("Curah Hujan Harian di Jakarta", "Sumber: Badan Meteorologi"),
        record_date="1765263900000",
    ),
    Layout(
        "tirto", "https://tirto.id/banjir-rendam-permukiman-hA1b",
        "tirto.id - ", "Tirto", None, ("Fransiskus Adryanto",), ("Alfons Yoshio",),
        above=("9 Desember 2025",),
        below=("Baca juga artikel terkait BANJIR atau tulisan lainnya dari Fransiskus Adryanto",
               "Reporter: Fransiskus Adryanto", "Penulis: Fransiskus Adryanto",
               "Editor: Alfons Yoshio"),
    ),
    Layout(
        "pikiranrakyat", "https://www.pikiran-rakyat.com/bandung-raya/pr-019123456/banjir-rendam",
        "PIKIRAN RAKYAT - ", "Pikiran Rakyat", None, (),
        inside=("Ilustrasi banjir merendam permukiman warga di Bandung. Pikiran Rakyat",
                "Baca Juga: Tanggul Jebol, Ratusan Rumah Terendam"),
        below=("Ikuti berita terbaru dan menarik lainnya di Google News",),
        record_date="1765263900000",
    ),
    Layout(
        "mediaindonesia", "https://mediaindonesia.com/nusantara/812345/banjir-rendam-permukiman",
        "", "Media Indonesia", None, ("Andi Rahmat",), ("Heryadi",),
        above=("Andi Rahmat", "09/12/2025 14:05", "Editor : Heryadi"),
        inside=("Warga menyelamatkan barang dari rumah yang terendam di Makassar. MI/Lina Herlina",
                "BACA JUGA: Tanggul Jebol, Ratusan Rumah Terendam"),
        signoff="\n(Z-10)", author_field="Andi Rahmat", record_date="09-12-2025 14:05",
    ),
    Layout(
        "kompasid", "https://www.kompas.id/artikel/banjir-rendam-permukiman",
        "JAKARTA, KOMPAS — ", "Kompas", "Jakarta", ("Stefanus Ato",), ("Madina Nusrat",),
        above=("Oleh Stefanus Ato", "9 Desember 2025 14:05 WIB", "· 3 menit baca"),
        below=("Editor: Madina Nusrat",),
    ),
    Layout(
        "jakartapost", "https://www.thejakartapost.com/indonesia/2025/12/09/floods-inundate.html",
        "", "Jakarta Post", None, ("Yvette Tanamal",),
        above=("Yvette Tanamal (The Jakarta Post)", "Jakarta ● Tue, December 9, 2025"),
        below=("Share this article", "Change Size"), english=True,
    ),
)


STORY = (
    "Banjir merendam sedikitnya 320 rumah di tiga kelurahan setelah hujan deras mengguyur "
    "kawasan itu sejak Senin malam.",
    "Kepala Badan Penanggulangan Bencana Daerah setempat, Wiratmo Sasongko, mengatakan "
    "ketinggian air mencapai satu meter di permukiman yang paling rendah.",
    "\"Kami sudah mengerahkan perahu karet dan membuka dua posko pengungsian,\" kata Wiratmo, "
    "Selasa (9/12/2025).",
    "Warga yang terdampak diminta mengungsi sementara ke balai kelurahan hingga air surut.",
)
STORY_EN = (
    "Floods inundated at least 320 houses in three subdistricts after heavy rain pounded the "
    "area from Monday night.",
    "Regional disaster agency head Wiratmo Sasongko said the water reached one meter in the "
    "lowest-lying neighborhoods.",
    "\"We have deployed rubber boats and opened two shelters,\" Wiratmo said on Tuesday.",
    "Affected residents were asked to move to the subdistrict hall until the water recedes.",
)
