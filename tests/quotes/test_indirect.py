"""Reported speech without marks (``kabar.quotes.indirect``).

Every person, place, outlet and organisation below is fictional unless said otherwise.
"""

from __future__ import annotations

import pytest

from kabar.entities import find_entities
from kabar.quotes import extract_quotes
from quotes.helpers import Expected, check, only, quotes_of


@pytest.mark.parametrize(
    ("body", "text"),
    [
        (
            "Kepala Dinas Pendidikan Wahyu Pratomo mengatakan bahwa sekolah tatap muka "
            "dimulai pekan depan.",
            "sekolah tatap muka dimulai pekan depan",
        ),
        (
            "Wahyu Pratomo mengatakan, sebanyak 40 sekolah sudah siap dibuka.",
            "sebanyak 40 sekolah sudah siap dibuka",
        ),
        (
            "Menurut Wahyu Pratomo, jumlah guru masih kurang di daerah terpencil.",
            "jumlah guru masih kurang di daerah terpencil",
        ),
        (
            "Wahyu Pratomo menegaskan sekolah wajib menerapkan protokol kesehatan.",
            "sekolah wajib menerapkan protokol kesehatan",
        ),
    ],
)
def test_indirect_speech(body: str, text: str) -> None:
    (quote,) = only(body, "indirect")
    assert quote.text == text
    assert quote.speaker == "Wahyu Pratomo"


def test_indirect_speech_of_unnamed_people_has_no_speaker() -> None:
    body = "Warga mengatakan bahwa air bersih sulit didapat sejak kemarau."
    quotes = only(body, "indirect")
    assert [(q.text, q.speaker) for q in quotes] == [
        ("air bersih sulit didapat sejak kemarau", None)
    ]


def test_naming_with_sebagai_is_partial_not_indirect() -> None:
    body = "Kepala BPBD Yusran Lamato menyebut bencana itu sebagai “banjir kiriman” dari hulu."
    (quote,) = quotes_of(body)
    assert (quote.kind, quote.text, quote.speaker) == ("partial", "banjir kiriman", "Yusran Lamato")


def test_partial_quote_takes_the_reporter_of_its_sentence() -> None:
    body = (
        "Menurut Wisnu Hadiprana, penyidik menemukan catatan yang menyebut aliran dana itu "
        "sebagai “biaya koordinasi”."
    )
    (partial,) = only(body, "partial")
    assert partial.speaker == "Wisnu Hadiprana"


INDIRECT_CASES = [
    pytest.param(
        "Pembangunan jembatan itu, kata Kepala Dinas PUPR Sukamaju Darmawan Saleh, akan selesai "
        "akhir tahun ini.",
        # The reported clause keeps the attribution set inside it, as the stage reads it.
        [
            (
                "Pembangunan jembatan itu, kata Kepala Dinas PUPR Sukamaju Darmawan Saleh, akan "
                "selesai akhir tahun ini",
                "indirect",
                ("Darmawan Saleh",),
            )
        ],
        id="kata-x-mid-sentence",
    ),
    pytest.param(
        "Maria Ulfa, yang juga Ketua Koperasi Nelayan Bahari, mengatakan harga solar terus naik "
        "sejak bulan lalu.",
        [("harga solar", "indirect", "Maria Ulfa")],
        id="yang-juga-indirect",
    ),
    pytest.param(
        "Sejumlah warga yang ditemui Kabar Nusantara mengatakan mereka khawatir banjir datang "
        "lagi.",
        [("mereka khawatir", "indirect", None)],
        id="ditemui-outlet-indirect",
    ),
    pytest.param(
        "Kepala Dinas Sosial Tanjung Rawa, Teuku Hamdan, kepada Kabar Nusantara mengatakan "
        "bantuan sudah disalurkan ke 300 keluarga.",
        [("bantuan sudah", "indirect", "Teuku Hamdan")],
        id="kepada-outlet-indirect",
    ),
    pytest.param(
        "Para nelayan mengatakan hasil tangkapan turun drastis sejak musim angin barat.",
        [("hasil tangkapan", "indirect", None)],
        id="plural-indirect",
    ),
]


@pytest.mark.parametrize(("body", "expected"), INDIRECT_CASES)
def test_indirect_speech_cases(body: str, expected: Expected) -> None:
    check(body, expected, kinds=("indirect",))


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
            [('penindakan selama ini hanya menyasar "pekerja kecil" di lapangan', "Rudi Hasibuan")],
            id="partial-quote-inside-reported-speech",
        ),
    ],
)
def test_indirect_constructions_written_blind(body: str, expected: list[tuple[str, str | None]]) -> None:
    quotes = extract_quotes(body, find_entities(body))
    assert [(q.text, q.speaker) for q in quotes if q.kind == "indirect"] == expected


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
