"""Speaker constructions found by the second, blind probe set (issue 4), on sentences we wrote."""

from __future__ import annotations

import pytest

from kabar.entities import find_entities
from kabar.quotes import extract_quotes


def _speakers(body: str) -> list[tuple[str, str | None]]:
    """Return (first words, speaker) of each direct quote, with the entity stage's entities."""
    quotes = extract_quotes(body, find_entities(body))
    return [(q.text.split(",")[0][:20], q.speaker) for q in quotes if q.kind == "direct"]


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
def test_probe2_speaker_constructions(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert _speakers(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Menurut seorang petugas yang enggan disebut namanya, kapal itu berangkat tanpa "
            "izin berlayar.",
            [("kapal itu berangkat tanpa izin berlayar", None)],
            id="menurut-an-unnamed-source",
        ),
        pytest.param(
            "Sumber lain, seorang pegawai kecamatan yang juga meminta namanya tidak disebut, "
            "mengatakan pungutan itu sudah berlangsung bertahun-tahun.",
            [("pungutan itu sudah berlangsung bertahun-tahun", None)],
            id="unnamed-source-with-long-apposition",
        ),
        pytest.param(
            "Wakil Menteri Kesehatan Cornelia Matulessy yang hadir mewakili menteri mengatakan "
            "pemerintah menyiapkan dana talangan.",
            [("pemerintah menyiapkan dana talangan", "Cornelia Matulessy")],
            id="relative-clause-between-subject-and-verb",
        ),
        pytest.param(
            "Hakim ketua Park Ji-won dalam putusannya menyebut perbuatan terdakwa merusak "
            "kepercayaan publik.",
            [("perbuatan terdakwa merusak kepercayaan publik", "Park Ji-won")],
            id="adverbial-between-subject-and-verb",
        ),
        pytest.param(
            "Pelatih Laskar Bahari FC, Sigit Wibisono, mengakui timnya kehilangan konsentrasi "
            "setelah gol itu.",
            [("timnya kehilangan konsentrasi setelah gol itu", "Sigit Wibisono")],
            id="mengakui-takes-a-clause",
        ),
        pytest.param(
            "Pentolan Oasis itu mengatakan saat itu ia harus mengajari sang aktor bermain gitar.",
            [],
            id="a-description-with-itu-names-no-subject",
        ),
        pytest.param(
            "Direktur Walhi Riau, Rudi Hasibuan, menyebut penindakan selama ini hanya menyasar "
            '"pekerja kecil" di lapangan.',
            [("penindakan selama ini hanya menyasar \"pekerja kecil\" di lapangan", "Rudi Hasibuan")],
            id="partial-quote-inside-reported-speech",
        ),
    ],
)
def test_probe2_indirect_constructions(body: str, expected: list[tuple[str, str | None]]) -> None:
    quotes = extract_quotes(body, find_entities(body))
    assert [(q.text, q.speaker) for q in quotes if q.kind == "indirect"] == expected


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
            '"Kakek dulu jualan keliling pakai sepeda," cerita Meilinda Tjoanda sambil '
            "tersenyum.",
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
def test_probe3_speaker_constructions(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert _speakers(body) == expected


def test_a_club_before_a_coach_is_not_part_of_his_name() -> None:
    body = (
        "Pelatih Persikota Hendrik Manuhutu tampak kecewa seusai laga.\n\n"
        '"Kami kehilangan fokus di babak kedua," kata Hendrik.'
    )
    assert _speakers(body) == [("Kami kehilangan foku", "Hendrik Manuhutu")]


def test_a_bare_shared_given_name_follows_the_entity_stage() -> None:
    body = (
        "Wali Kota Cimahi, Dadang Suryadi, mengatakan kuota sampah dipangkas.\n\n"
        '"Sampah harus selesai di sumber," kata Dadang di Balai Kota.\n\n'
        "Kepala Dinas Lingkungan Hidup Dadang Kurniawan menambahkan armada kurang. Dadang "
        "Kurniawan meminta tambahan truk.\n\n"
        '"Truk kami hanya 40," ujar Dadang.'
    )
    assert _speakers(body) == [
        ("Sampah harus selesai", "Dadang Suryadi"),
        ("Truk kami hanya 40", "Dadang Kurniawan"),
    ]


def test_straight_quotes_nested_in_straight_quotes() -> None:
    body = (
        '"Kami ingin lebih banyak film seperti "Perahu di Ujung Senja" lahir dari daerah. '
        'Anggarannya kami naikkan," kata Hendrikus Kedang.'
    )
    quotes = [q for q in extract_quotes(body) if q.kind == "direct"]
    assert [(q.text[:30], q.speaker) for q in quotes] == [
        ("Kami ingin lebih banyak film s", "Hendrikus Kedang")
    ]
    assert '"Perahu di Ujung Senja"' in quotes[0].text


def test_a_role_named_in_apposition_with_titles_is_the_speaker_later() -> None:
    body = (
        "Gubernur NTB, Dr. H. Zainul Muttaqin Bafadhal, saat meninjau sumur di Sambelia, "
        'menyatakan pemprov akan membangun embung.\n\n"Kita tidak boleh tiap tahun begini '
        'terus," kata Gubernur.'
    )
    assert _speakers(body) == [("Kita tidak boleh tia", "Zainul Muttaqin Bafadhal")]


def test_a_nickname_quoted_inside_a_name_is_no_quote() -> None:
    body = 'Produser film, Hendrikus "Hengky" Bhoko, mengungkapkan bahwa film itu murah.'
    assert [q for q in extract_quotes(body) if q.kind in ("direct", "partial")] == []


@pytest.mark.parametrize(
    ("body", "start", "speaker"),
    [
        (
            "Ekonom Rahmawati Siregar menilai rupiah tertekan. BI, kata dia, terus melakukan "
            "intervensi di pasar valas.",
            "BI, kata dia, terus",
            "Rahmawati Siregar",
        ),
        (
            "Direktur Lie Tjong Hwa menyebut toko baru dibuka. Perseroan, lanjutnya, tidak "
            "berencana menerbitkan saham baru tahun ini.",
            "Perseroan, lanjutnya, tidak",
            "Lie Tjong Hwa",
        ),
        (
            "Manajer Budi Santoso menjelaskan dua tungku mati. Empat tungku lainnya, menurut "
            "dia, tetap beroperasi normal.",
            "Empat tungku lainnya, menurut dia",
            "Budi Santoso",
        ),
    ],
)
def test_a_cue_inside_the_reported_clause(body: str, start: str, speaker: str) -> None:
    quotes = [q for q in extract_quotes(body, find_entities(body)) if q.kind == "indirect"]
    assert [(q.text.startswith(start), q.speaker) for q in quotes] == [(True, speaker)]


def test_a_sasak_lalu_after_a_cue_is_part_of_the_name() -> None:
    body = (
        "Kepala BPBD NTB, H. Lalu Ahmad Fathurrahman, mengatakan air bersih sudah dikirim.\n\n"
        '"Kami sudah menyalurkan 4 juta liter," ujar Lalu Fathurrahman di Mataram.'
    )
    assert _speakers(body)[0][1] == "Lalu Ahmad Fathurrahman"


def test_a_named_apposition_after_an_office_and_its_place() -> None:
    body = (
        "Para pengungsi mengeluhkan gatal-gatal. Petugas Puskesmas Undaan, Bidan Siti "
        "Khoiriyah, mengatakan tim sudah memeriksa 90 warga.\n\n"
        '"Yang banyak gatal-gatal di kaki," ujarnya.'
    )
    quotes = extract_quotes(body, find_entities(body))
    assert {q.speaker for q in quotes} == {"Siti Khoiriyah"}
