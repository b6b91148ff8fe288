"""A fictional Indonesian newsroom on 127.0.0.1: four outlets, each its own host (port).

Every outlet is a real HTTP server in a thread serving feeds, sitemaps, section pages and
article pages in the markup Indonesian news sites use (navigation, byline, "Baca juga",
popular-news sidebar, footer), plus the troubles collection must survive: robots.txt
rules, 301/302 chains and a loop, 404, 410, 429 with Retry-After, 500 then success, a
response slower than the timeout, a broken feed, a 50 MB response, a live article that
changes. Each server records when every request arrived, to measure per-host spacing.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

BIG = 50 * 1024 * 1024  # the 50 MB response, generated while it is sent, never stored

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


@dataclass
class Response:
    """What a path answers: status, headers, body, an optional delay before answering."""

    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    stream: int = 0  # send this many generated bytes instead of ``body``
    content_length: bool = True


Route = Callable[[dict[str, str]], Response]


class _QuietServer(ThreadingHTTPServer):
    """Stamps each connection when accepted: a connection's first request arrived then,
    not later when its handler thread got going (thread start-up is not the client's)."""

    accepted: dict[int, float]

    def process_request(self, request: Any, client_address: Any) -> None:
        self.accepted[id(request)] = time.monotonic()
        super().process_request(request, client_address)

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client hanging up mid-response (the 50 MB pages) is expected


class Outlet:
    """One fictional outlet: a host of its own, with its routes and a log of requests."""

    def __init__(self, name: str, slug: str) -> None:
        self.name = name
        self.slug = slug
        self.routes: dict[str, Route] = {}
        self.log: list[tuple[float, str, dict[str, str]]] = []
        self.sent_bytes: dict[str, int] = {}
        self.in_flight = 0
        self.most_in_flight = 0
        self._lock = threading.Lock()
        self.server = _QuietServer(("127.0.0.1", 0), self._handler())
        self.server.accepted = {}
        self.server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def url(self, path: str) -> str:
        return self.base + path

    def requests(self, path: str | None = None) -> list[str]:
        """Return the paths requested (all, or only this one), in arrival order."""
        with self._lock:
            return [p for _, p, _ in self.log if path is None or p == path]

    def arrivals(self) -> list[float]:
        with self._lock:
            return [t for t, _, _ in self.log]

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        outlet = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                arrived = time.monotonic()
                accepted = outlet.server.accepted.pop(id(self.request), None)
                arrived = accepted if accepted is not None else arrived
                headers = {k.lower(): v for k, v in self.headers.items()}
                with outlet._lock:
                    outlet.log.append((arrived, self.path, headers))
                route = outlet.routes.get(self.path)
                response = route(headers) if route else Response(404, b"<h1>404</h1>")
                watched = self.path.startswith("/agak-lambat/")  # the concurrency probe
                with outlet._lock:
                    outlet.in_flight += watched
                    outlet.most_in_flight = max(outlet.most_in_flight, outlet.in_flight)
                try:
                    outlet._answer(self, response)
                finally:
                    with outlet._lock:
                        outlet.in_flight -= watched

            def log_message(self, *_: Any) -> None:
                pass

        return Handler

    def _answer(self, handler: BaseHTTPRequestHandler, response: Response) -> None:
        if response.delay:
            time.sleep(response.delay)
        try:
            handler.send_response(response.status)
            for name, value in response.headers.items():
                handler.send_header(name, value)
            size = response.stream or len(response.body)
            if response.content_length:
                handler.send_header("Content-Length", str(size))
            else:
                handler.send_header("Connection", "close")
                handler.close_connection = True
            handler.end_headers()
            if response.stream:
                self._stream(handler, response.stream)
            elif response.body:
                handler.wfile.write(response.body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def _stream(self, handler: BaseHTTPRequestHandler, size: int) -> None:
        chunk = b"<p>" + b"isi berita yang sangat panjang " * 2000 + b"</p>\n"
        sent = 0
        try:
            while sent < size:
                part = chunk[: size - sent]
                handler.wfile.write(part)
                sent += len(part)
        finally:
            with self._lock:
                self.sent_bytes[handler.path] = sent


def etagged(body: bytes, content_type: str) -> Route:
    """A page with an ETag that answers a matching If-None-Match with 304."""

    def route(headers: dict[str, str]) -> Response:
        tag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        if headers.get("if-none-match") == tag:
            return Response(304, headers={"ETag": tag})
        return Response(200, body, {"Content-Type": content_type, "ETag": tag})

    return route


def article_html(outlet: Outlet, key: str, path: str, *, extra: str = "",
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


def rss(outlet: Outlet, items: list[tuple[str, str, datetime]]) -> bytes:
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


T0 = datetime(2026, 12, 7, 1, 0, tzinfo=UTC)


class Newsroom:
    """The four outlets and the state of their sites (a live article that can change)."""

    def __init__(self) -> None:
        self.warta = Outlet("Warta Nusantara", "warta")
        self.kabar = Outlet("Kabar Khatulistiwa", "kabar")
        self.lintas = Outlet("Lintas Jawa", "lintas")
        self.besar = Outlet("Harian Raksasa", "besar")
        self.outlets = [self.warta, self.kabar, self.lintas, self.besar]
        self.live_version = 1
        self.touched_cabai = False
        self._attempts: dict[str, int] = {}
        self._build_warta()
        self._build_kabar()
        self._build_lintas()
        self._build_besar()

    def start(self) -> None:
        for outlet in self.outlets:
            outlet.start()

    def stop(self) -> None:
        for outlet in self.outlets:
            outlet.stop()

    def update_live_article(self) -> None:
        """The live article gets a new paragraph, and the feed says so (a later date)."""
        self.live_version = 2

    def touch_cabai(self) -> None:
        """The feed re-dates an article whose text did not change (answered 304)."""
        self.touched_cabai = True

    def _attempt(self, key: str) -> int:
        self._attempts[key] = self._attempts.get(key, 0) + 1
        return self._attempts[key]

    # Warta Nusantara: two RSS feeds, robots.txt, 404 and 410, tracking parameters ----

    def _build_warta(self) -> None:
        w = self.warta
        w.routes["/robots.txt"] = lambda h: Response(
            200, b"User-agent: *\nDisallow: /privat/\n", {"Content-Type": "text/plain"}
        )
        pages = {"/berita/101/banjir-semarang": "banjir", "/berita/102/harga-cabai": "cabai",
                 "/berita/104/kereta-cepat": "kereta", "/berita/105/imunisasi-campak": "vaksin"}
        for path, key in pages.items():
            w.routes[path] = etagged(article_html(w, key, path), "text/html; charset=utf-8")
        w.routes["/berita/103/gempa-cianjur"] = self._live
        w.routes["/berita/106/dihapus"] = lambda h: Response(410, b"<h1>Berita telah dihapus</h1>")
        w.routes["/rss/terkini.xml"] = self._warta_feed
        nasional = rss(w, [
            ("Banjir Semarang", w.url("/berita/101/banjir-semarang"), T0),
            ("Harga cabai", w.url("/berita/102/harga-cabai"), T0),
            ("Imunisasi campak", w.url("/berita/105/imunisasi-campak"), T0),
        ])
        w.routes["/rss/nasional.xml"] = etagged(nasional, "application/rss+xml")

    def _live(self, headers: dict[str, str]) -> Response:
        extra = LIVE_UPDATE if self.live_version > 1 else ""
        page = article_html(self.warta, "gempa", "/berita/103/gempa-cianjur", extra=extra)
        return etagged(page, "text/html; charset=utf-8")(headers)

    def _warta_feed(self, headers: dict[str, str]) -> Response:
        w = self.warta
        later = T0 + timedelta(hours=3)
        items = [
            ("Banjir Semarang", w.url("/berita/101/banjir-semarang"), T0),
            ("Harga cabai", w.url("/berita/102/harga-cabai"),
             later if self.touched_cabai else T0),
            ("Gempa Cianjur", w.url("/berita/103/gempa-cianjur"),
             later if self.live_version > 1 else T0),
            ("Kereta cepat", w.url("/berita/104/kereta-cepat?utm_source=rss&utm_medium=feed&fbclid=x1"), T0),
            ("Dokumen privat", w.url("/privat/bocoran-anggaran"), T0),
            ("Berita hilang", w.url("/berita/107/tidak-ada"), T0),
            ("Berita dihapus", w.url("/berita/106/dihapus"), T0),
        ]
        return etagged(rss(w, items), "application/rss+xml")(headers)

    # Kabar Khatulistiwa: a sitemap index, redirects, a loop, 429 and 500 ------------

    def _build_kabar(self) -> None:
        k = self.kabar
        for path, key in {"/berita/k1/pelabuhan-dwikora": "pelabuhan",
                          "/berita/k2/festival-dayak": "festival",
                          "/berita/k5/listrik-padam": "listrik"}.items():
            k.routes[path] = etagged(article_html(k, key, path), "text/html; charset=utf-8")
        karhutla = article_html(k, "karhutla", "/berita/k3/titik-panas")
        jalan = article_html(k, "jalan", "/berita/k4/jalan-rusak")
        k.routes["/berita/k3/titik-panas"] = lambda h: (
            Response(429, b"slow down", {"Retry-After": "1"}) if self._attempt("k3") == 1
            else Response(200, karhutla, {"Content-Type": "text/html; charset=utf-8"}))
        k.routes["/berita/k4/jalan-rusak"] = lambda h: (
            Response(500, b"Internal Server Error") if self._attempt("k4") == 1
            else Response(200, jalan, {"Content-Type": "text/html; charset=utf-8"}))
        k.routes["/lama/listrik"] = lambda h: Response(301, headers={"Location": "/tengah/listrik"})
        k.routes["/tengah/listrik"] = lambda h: Response(
            302, headers={"Location": k.url("/berita/k5/listrik-padam")})
        k.routes["/putar/a"] = lambda h: Response(302, headers={"Location": "/putar/b"})
        k.routes["/putar/b"] = lambda h: Response(301, headers={"Location": "/putar/a"})
        index = (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"<sitemap><loc>{k.url('/sitemap-news-1.xml')}</loc><lastmod>2026-12-07</lastmod></sitemap>"
            f"<sitemap><loc>{k.url('/sitemap-news-2.xml')}</loc><lastmod>2026-12-06</lastmod></sitemap>"
            "</sitemapindex>"
        ).encode()
        k.routes["/sitemap.xml"] = etagged(index, "application/xml")
        day = "2026-12-07T07:00:00+07:00"
        k.routes["/sitemap-news-1.xml"] = etagged(urlset([
            (k.url("/berita/k1/pelabuhan-dwikora"), day), (k.url("/berita/k2/festival-dayak"), day),
            (k.url("/berita/k3/titik-panas"), day)]), "application/xml")
        k.routes["/sitemap-news-2.xml"] = etagged(urlset([
            (k.url("/berita/k4/jalan-rusak"), day), (k.url("/lama/listrik"), day),
            (k.url("/putar/a"), day)]), "application/xml")

    # Lintas Jawa: a section page, a slow page, a copy republished from Warta --------

    def _build_lintas(self) -> None:
        lj = self.lintas
        for path, key in {"/berita/201/pameran-umkm": "umkm", "/berita/202/rekrutmen-kpu": "pilkada"}.items():
            lj.routes[path] = etagged(article_html(lj, key, path), "text/html; charset=utf-8")
        copy_path = "/berita/204/banjir-semarang-warga-mengungsi"
        original = self.warta.url("/berita/101/banjir-semarang")
        lj.routes[copy_path] = etagged(
            article_html(lj, "banjir", copy_path, canonical=original), "text/html; charset=utf-8")
        lj.routes["/berita/203/lambat"] = lambda h: Response(
            200, article_html(lj, "umkm", "/berita/203/lambat"), delay=1.5)
        for number in range(1, 7):  # a little slow, within the timeout: to watch concurrency
            lj.routes[f"/agak-lambat/{number}"] = lambda h: Response(200, b"<p>ok</p>", delay=0.3)
        links = "".join(f'<li><a href="{p}">Judul {i}</a></li>' for i, p in enumerate(
            ["/berita/201/pameran-umkm", "/berita/202/rekrutmen-kpu", "/berita/203/lambat",
             copy_path + "?utm_campaign=section", "/tag/daerah", "/indeks", "https://iklan.example/promo"]))
        section = (f"<html><head><title>Nasional - {lj.name}</title></head><body>"
                   f"<nav><a href='/'>Beranda</a></nav><ul class='list-berita'>{links}</ul>"
                   "</body></html>").encode()
        lj.routes["/nasional"] = etagged(section, "text/html; charset=utf-8")

    # Harian Raksasa: a broken feed and 50 MB responses --------------------------------

    def _build_besar(self) -> None:
        b = self.besar
        b.routes["/robots.txt"] = lambda h: Response(200, b"User-agent: kabar\nAllow: /\n")
        b.routes["/berita/301/pupuk-langka"] = etagged(
            article_html(b, "pupuk", "/berita/301/pupuk-langka"), "text/html; charset=utf-8")
        b.routes["/berita/302/raksasa"] = lambda h: Response(
            200, headers={"Content-Type": "text/html"}, stream=BIG)
        b.routes["/berita/303/raksasa-tanpa-panjang"] = lambda h: Response(
            200, headers={"Content-Type": "text/html"}, stream=BIG, content_length=False)
        broken = rss(b, [("Pupuk langka", b.url("/berita/301/pupuk-langka"), T0)])
        broken = broken.replace(b"</channel></rss>", b"<item><title>Judul & rusak <b></title>")
        b.routes["/rss/rusak.xml"] = etagged(broken, "application/rss+xml")
        utama = rss(b, [("Raksasa", b.url("/berita/302/raksasa"), T0),
                        ("Raksasa 2", b.url("/berita/303/raksasa-tanpa-panjang"), T0)])
        b.routes["/rss/utama.xml"] = etagged(utama, "application/rss+xml")


def sources_toml(room: Any, *, rate: float = 0.1) -> str:
    """A SOURCES.toml for the newsroom, with short limits so that the tests run fast."""
    w, k, lj, b = room.warta, room.kabar, room.lintas, room.besar
    return f"""
[collect]
user_agent_contact = "https://example.org/kabar-test"
rate = "{int(rate * 1000)}ms"
concurrency = 2
timeout = "600ms"
max_bytes = 2000000
max_redirects = 4
retries = 2
backoff = "50ms"
max_retry_wait = "5s"
workers = 8
batch_size = 4

[[sources]]
name = "warta-terkini"
outlet = "Warta Nusantara"
feed = "{w.url('/rss/terkini.xml')}"

[[sources]]
name = "warta-nasional"
outlet = "Warta Nusantara"
feed = "{w.url('/rss/nasional.xml')}"

[[sources]]
name = "kabar-sitemap"
outlet = "Kabar Khatulistiwa"
sitemap = "{k.url('/sitemap.xml')}"

[[sources]]
name = "lintas-nasional"
outlet = "Lintas Jawa"
section = "{lj.url('/nasional')}"
pattern = '/berita/\\d+/'

[[sources]]
name = "raksasa-rusak"
outlet = "Harian Raksasa"
feed = "{b.url('/rss/rusak.xml')}"

[[sources]]
name = "raksasa-utama"
outlet = "Harian Raksasa"
feed = "{b.url('/rss/utama.xml')}"
"""


# The newsroom in a process of its own: request arrival times are then measured free of
# the collector's threads (extraction holds the GIL), so per-host spacing is measured as a
# real server sees it.


def _serve(conn: Any) -> None:
    room = Newsroom()
    room.start()
    outlets = {o.slug: o for o in room.outlets}
    conn.send({slug: (o.name, o.base) for slug, o in outlets.items()})
    while True:
        command, argument = conn.recv()
        if command == "stop":
            room.stop()
            conn.send(None)
            return
        if command == "log":
            with outlets[argument]._lock:
                conn.send(list(outlets[argument].log))
        elif command == "sent":
            with outlets[argument]._lock:
                conn.send(dict(outlets[argument].sent_bytes))
        elif command == "most_in_flight":
            with outlets[argument]._lock:
                conn.send(outlets[argument].most_in_flight)
        else:  # "call": a Newsroom method that changes the sites
            getattr(room, argument)()
            conn.send(None)


class RemoteOutlet:
    """An outlet served by the newsroom process, seen from the tests."""

    def __init__(self, room: RemoteNewsroom, slug: str, name: str, base: str) -> None:
        self._room = room
        self.slug = slug
        self.name = name
        self.base = base

    def url(self, path: str) -> str:
        return self.base + path

    @property
    def log(self) -> list[tuple[float, str, dict[str, str]]]:
        return self._room.ask("log", self.slug)  # type: ignore[no-any-return]

    @property
    def sent_bytes(self) -> dict[str, int]:
        return self._room.ask("sent", self.slug)  # type: ignore[no-any-return]

    @property
    def most_in_flight(self) -> int:
        return self._room.ask("most_in_flight", self.slug)  # type: ignore[no-any-return]

    def requests(self, path: str | None = None) -> list[str]:
        return [p for _, p, _ in self.log if path is None or p == path]

    def arrivals(self) -> list[float]:
        return [t for t, _, _ in self.log]


class RemoteNewsroom:
    """The newsroom running in a child process; stop it when done."""

    def __init__(self) -> None:
        import multiprocessing

        context = multiprocessing.get_context("spawn")
        self._conn, child = context.Pipe()
        self._process = context.Process(target=_serve, args=(child,), daemon=True)
        self._process.start()
        outlets = self._conn.recv()
        self.outlets = [RemoteOutlet(self, slug, *outlets[slug]) for slug in outlets]
        self.warta, self.kabar, self.lintas, self.besar = self.outlets

    def ask(self, command: str, argument: str = "") -> Any:
        self._conn.send((command, argument))
        return self._conn.recv()

    def update_live_article(self) -> None:
        self.ask("call", "update_live_article")

    def touch_cabai(self) -> None:
        self.ask("call", "touch_cabai")

    def stop(self) -> None:
        self._process.terminate()  # the servers are daemon threads of a throwaway process
        self._process.join(5)
        self._conn.close()
