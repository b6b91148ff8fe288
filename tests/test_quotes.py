"""Quote extraction and attribution (issue 4) on sentences written for these tests.

Every person, place and organisation below is fictional.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kabar.models import Entity, Mention, Quote
from kabar.quotes import extract_quotes


def quotes_of(body: str, entities: tuple[Entity, ...] = ()) -> tuple[Quote, ...]:
    """Run the extractor and check the invariants every result must keep."""
    found = extract_quotes(body, entities)
    for quote in found:
        assert body[quote.start : quote.end] == quote.text
        assert quote.kind in ("direct", "partial", "indirect")
    assert [q.start for q in found] == sorted(q.start for q in found)
    return found


def only(body: str, kind: str = "direct", entities: tuple[Entity, ...] = ()) -> list[Quote]:
    """Return the quotes of one kind."""
    return [q for q in quotes_of(body, entities) if q.kind == kind]


def entity(name: str, body: str, type_: str = "PERSON", aliases: tuple[str, ...] = ()) -> Entity:
    """Build an entity with a mention at every whole-word occurrence of its name or aliases."""
    mentions = []
    taken: list[tuple[int, int]] = []
    for alias in sorted((name, *aliases), key=len, reverse=True):
        for m in re.finditer(rf"(?<!\w){re.escape(alias)}(?!\w)", body):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            mentions.append(Mention(m.group(), m.start(), m.end(), type_))
    mentions.sort(key=lambda x: x.start)
    return Entity(name, type_, aliases, len(mentions), tuple(mentions))


# -- quotation marks -------------------------------------------------------------------------


def test_curly_quote_with_speaker_after() -> None:
    body = (
        "“Kami akan menambah armada bus tahun depan,” kata Wali Kota Sukamaju Rendra Wiratama "
        "kepada wartawan, Senin (4/3/2024)."
    )
    (quote,) = only(body)
    assert quote.text == "Kami akan menambah armada bus tahun depan"
    assert quote.speaker == "Rendra Wiratama"
    assert quote.cue == "kata"


def test_straight_quotes() -> None:
    body = '"Harga cabai naik dua kali lipat," ujar Sulastri Handayani, pedagang di Pasar Cempaka.'
    (quote,) = only(body)
    assert quote.text == "Harga cabai naik dua kali lipat"
    assert quote.speaker == "Sulastri Handayani"


def test_single_quotes_inside_a_quote_stay_inside() -> None:
    body = (
        "“Warga menyebut jalan ini ‘jalur maut’ karena sering terjadi kecelakaan,” "
        "ungkap Bambang Sutejo."
    )
    found = quotes_of(body)
    assert len(found) == 1
    assert "‘jalur maut’" in found[0].text
    assert found[0].speaker == "Bambang Sutejo"


@pytest.mark.parametrize(
    "body",
    [
        '“Kami belum menerima laporan resmi," tutur Arjuna Pranata.',
        '"Kami belum menerima laporan resmi,” tutur Arjuna Pranata.',
        "”Kami belum menerima laporan resmi,” tutur Arjuna Pranata.",  # Kompas style
    ],
)
def test_mismatched_marks_pair_up(body: str) -> None:
    (quote,) = only(body)
    assert quote.text == "Kami belum menerima laporan resmi"
    assert quote.speaker == "Arjuna Pranata"


def test_kompas_opening_mark_after_a_sentence() -> None:
    body = (
        "Polisi masih memeriksa saksi. ”Kami sudah memeriksa lima orang,” kata Kepala Polsek "
        "Sukamaju Ajun Komisaris Benny Sitorus."
    )
    (quote,) = only(body)
    assert quote.text == "Kami sudah memeriksa lima orang"
    assert quote.speaker == "Benny Sitorus"


def test_paragraph_convention_joins_paragraphs() -> None:
    body = (
        "Hujan turun sejak sore.\n\n"
        "“Banjir datang tengah malam. Air naik sangat cepat.\n\n"
        "“Kami hanya sempat menyelamatkan dokumen,” kata Yusuf Hamdani."
    )
    (quote,) = only(body)
    assert quote.text.startswith("Banjir datang tengah malam.")
    assert quote.text.endswith("menyelamatkan dokumen")
    assert "\n\n“Kami" in quote.text
    assert quote.speaker == "Yusuf Hamdani"


@pytest.mark.parametrize("dots", ["…", "..."])
def test_ellipsis_inside_a_quote(dots: str) -> None:
    body = f"“Kami sudah berusaha{dots} tetapi hasilnya belum maksimal,” kata Rina Kartika."
    (quote,) = only(body)
    assert quote.text == f"Kami sudah berusaha{dots} tetapi hasilnya belum maksimal"
    assert quote.speaker == "Rina Kartika"


def test_quote_ending_the_article() -> None:
    body = (
        "Ketua panitia Lestari Wulandari menutup acara dengan berkata:\n\n"
        "“Jangan pernah berhenti belajar.”"
    )
    (quote,) = only(body)
    assert quote.text == "Jangan pernah berhenti belajar."
    assert quote.speaker == "Lestari Wulandari"


def test_dropped_closing_mark_before_the_cue() -> None:
    body = "“Pembangunan jembatan selesai bulan depan, kata Kepala Desa Hendra Kusuma."
    (quote,) = only(body)
    assert quote.text == "Pembangunan jembatan selesai bulan depan"
    assert quote.speaker == "Hendra Kusuma"


def test_dropped_closing_mark_at_paragraph_end() -> None:
    body = (
        "Ketua RT Siti Maemunah menemui warga. “Kami akan terus mengawal kasus ini\n\n"
        "Polisi masih memeriksa tiga saksi."
    )
    found = quotes_of(body)
    texts = [q.text for q in found if q.kind == "direct"]
    assert texts == ["Kami akan terus mengawal kasus ini"]


def test_multi_sentence_quote() -> None:
    body = (
        "“Air sudah surut. Warga mulai kembali ke rumah. Bantuan terus kami salurkan,” "
        "jelas Komang Adi Saputra."
    )
    (quote,) = only(body)
    assert quote.text.count(".") == 2
    assert quote.speaker == "Komang Adi Saputra"


# -- speakers after the quote ----------------------------------------------------------------


@pytest.mark.parametrize(
    "cue",
    [
        "kata",
        "ujar",
        "ungkap",
        "tutur",
        "ucap",
        "sebut",
        "tambah",
        "pungkas",
        "imbuh",
        "jelas",
        "tegas",
        "terang",
        "lanjut",
        "papar",
    ],
)
def test_every_cue_verb(cue: str) -> None:
    body = f"“Program ini berjalan baik,” {cue} Sari Mulyani."
    (quote,) = only(body)
    assert quote.speaker == "Sari Mulyani"
    assert quote.cue == cue


def test_speaker_then_object() -> None:
    body = "“Kita harus bersatu,” kata Arman Nasution kepada Bupati Tono Siregar."
    assert only(body)[0].speaker == "Arman Nasution"


def test_long_role_after_the_cue() -> None:
    body = (
        "“Situasi sudah terkendali,” kata juru bicara Dinas Pemadam Kebakaran Kota Sukamaju "
        "Yoga Prasetya."
    )
    assert only(body)[0].speaker == "Yoga Prasetya"


def test_name_then_verb_after_the_quote() -> None:
    body = (
        "“Pembicaraan akan berlanjut pekan depan,” juru bicara Kementerian Kelautan Nasional "
        "Larasati Wibowo mengatakan Selasa. “Kami optimistis.”"
    )
    found = only(body)
    assert [q.speaker for q in found] == ["Larasati Wibowo", "Larasati Wibowo"]


def test_organisation_speaker() -> None:
    body = (
        "“Pengiriman bantuan tertunda karena cuaca buruk,” kata Badan Riset Kelautan "
        "Nasional (BRKN) pada Rabu."
    )
    assert only(body)[0].speaker == "Badan Riset Kelautan Nasional"
    org = entity("Badan Riset Kelautan Nasional", body, "ORG", ("BRKN",))
    assert only(body, entities=(org,))[0].speaker == "Badan Riset Kelautan Nasional"


def test_unnamed_speaker_is_none() -> None:
    body = "“Kami tidak tahu apa-apa,” kata seorang warga yang enggan disebut namanya."
    (quote,) = only(body)
    assert quote.speaker is None


def test_unattributed_quote_is_none() -> None:
    body = "Tulisan itu terpampang di dinding balai desa.\n\n“Hidup ini keras.”"
    (quote,) = only(body)
    assert quote.speaker is None


# -- speakers before the quote ---------------------------------------------------------------


def test_speaker_before_the_quote() -> None:
    body = (
        "Menteri Perikanan Gita Maharani secara terbuka menyatakan “kami tidak akan mundur "
        "sejengkal pun.”"
    )
    (quote,) = only(body)
    assert quote.speaker == "Gita Maharani"
    assert quote.cue == "menyatakan"


def test_pronoun_before_colon() -> None:
    body = (
        "Menteri Perikanan Gita Maharani meninjau pelabuhan. "
        "Ia mengatakan: “Semua nelayan akan mendapat bantuan.”"
    )
    (quote,) = only(body)
    assert quote.speaker == "Gita Maharani"


def test_long_role_before_the_quote() -> None:
    body = (
        "Kepala Seksi Hubungan Masyarakat Kepolisian Resor Kota Sukamaju Ajun Komisaris "
        "Darmawan Sitepu mengatakan, “Pelaku sudah kami tahan.”"
    )
    assert only(body)[0].speaker == "Darmawan Sitepu"


def test_speaker_named_in_previous_paragraph() -> None:
    body = (
        "Saat ditanya soal target, Bupati Sukamaju Irawan Hadi dikutip media lokal sebagai "
        "mengatakan.\n\n“Target kami nol kemiskinan ekstrem.”"
    )
    assert only(body)[0].speaker == "Irawan Hadi"


# -- pronouns and continuations --------------------------------------------------------------


@pytest.mark.parametrize(
    "attribution", ["tambahnya", "ujarnya", "katanya", "ucapnya", "kata dia", "ujar beliau"]
)
def test_pronoun_cues_resolve_to_the_person(attribution: str) -> None:
    body = (
        "Direktur Utama PT Sinar Laut Hadi Gunawan meninjau gudang. "
        f"“Stok kami cukup untuk tiga bulan,” {attribution}."
    )
    assert only(body)[0].speaker == "Hadi Gunawan"


def test_pronoun_skips_an_organisation() -> None:
    body = (
        "Ronald Tumbelaka hadir dalam rapat itu. Badan Pusat Statistik kemudian merilis data "
        "inflasi. “Kenaikan terbesar terjadi pada cabai,” ujarnya."
    )
    assert only(body)[0].speaker == "Ronald Tumbelaka"


def test_pronoun_follows_the_latest_subject() -> None:
    body = (
        "“Kami datang untuk bekerja sama,” kata Rudi Hartono. "
        "Sementara itu Andini Putri memuji sambutan warga. "
        "“Desa ini sangat ramah,” katanya."
    )
    assert [q.speaker for q in only(body)] == ["Rudi Hartono", "Andini Putri"]


def test_pronoun_subject_chain() -> None:
    body = (
        "Camat Sukamaju Yohanes Lado mengunjungi lokasi longsor. Ia menuturkan, dua rumah "
        "rusak berat. “Kami sudah menyiapkan tenda darurat,” ucapnya."
    )
    assert only(body)[0].speaker == "Yohanes Lado"


def test_second_quote_continues_after_attribution() -> None:
    body = (
        "“Kami siap bertanding,” kata pelatih Fajar Nugroho. "
        "“Semua pemain dalam kondisi bugar.”\n\n"
        "“Target kami tiga poin.”"
    )
    assert [q.speaker for q in only(body)] == ["Fajar Nugroho"] * 3


def test_pronoun_without_antecedent_is_none() -> None:
    body = "“Semua berjalan lancar,” katanya."
    assert only(body)[0].speaker is None


# -- partial quotes, titles and nicknames ----------------------------------------------------


def test_partial_quote_takes_the_sentence_speaker() -> None:
    body = (
        "Gubernur Sukamaju Melati Rahayu menyebut banjir itu sebagai “bencana buatan manusia” "
        "dan meminta pengembang bertanggung jawab."
    )
    (quote,) = only(body, "partial")
    assert quote.text == "bencana buatan manusia"
    assert quote.speaker == "Melati Rahayu"
    assert only(body, "direct") == []


def test_scare_quote_without_speaker() -> None:
    body = "Harga “minyak goreng murah” ternyata hanya bertahan sepekan."
    (quote,) = only(body, "partial")
    assert quote.speaker is None


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


# -- indirect speech -------------------------------------------------------------------------


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


# -- entities --------------------------------------------------------------------------------


def test_surface_name_maps_to_entity_alias() -> None:
    body = "Surya Atmaja Wijaya membuka pameran. “Pameran ini gratis,” kata Surya."
    person = entity("Surya Atmaja Wijaya", body, aliases=("Surya",))
    assert only(body, entities=(person,))[0].speaker == "Surya Atmaja Wijaya"


def test_surface_name_maps_by_surname() -> None:
    body = "“Pameran ini gratis,” kata Wijaya."
    person = Entity("Surya Atmaja Wijaya", "PERSON")
    assert only(body, entities=(person,))[0].speaker == "Surya Atmaja Wijaya"


def test_surface_name_maps_by_mention() -> None:
    body = "“Pameran ini gratis,” kata Atmaja."
    start = body.index("Atmaja")
    person = Entity(
        "Surya Atmaja Wijaya", "PERSON", (), 1, (Mention("Atmaja", start, start + 6, "PERSON"),)
    )
    assert only(body, entities=(person,))[0].speaker == "Surya Atmaja Wijaya"


def test_short_name_expands_to_the_full_name_in_the_body() -> None:
    body = "Gubernur Sukamaju Melati Rahayu meresmikan pasar. “Pasar ini milik warga,” kata Melati."
    assert only(body)[0].speaker == "Melati Rahayu"


def test_empty_body() -> None:
    assert extract_quotes("") == ()


# -- the five seed articles ------------------------------------------------------------------

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
# Lines of each seed that are not story text (headline, photo caption, source line, "read also"
# links, credits, footer), by line number among the non-blank lines.
BOILERPLATE = {
    "000": {0, 1, 2, 3, 5, 8, 10},
    "001": {0, 1, 2, 12},
    "002": {0, 1, 2, 3, 11, 14, 15, 16},
    "003": {2, 21, 22},
    "004": set(),
}
KIM, PUTIN = "Kim Jong Un", "Vladimir Putin"
# Every quotation in the seeds: (seed, first words of the quote, kind, acceptable speakers).
# None among the speakers means the text does not say it well enough to require a name.
EXPECTED: list[tuple[str, str, str, tuple[str | None, ...]]] = [
    ("000", "perang melawan imperialisme", "partial", (KIM, None)),  # "SiapKim": scraper glue
    ("000", "perang suci", "partial", (KIM,)),
    ("000", "kekuatan hegemoni", "partial", (KIM,)),
    ("000", "Kami akan selalu mendukung", "direct", (KIM,)),
    ("000", "tentara heroik Rusia", "partial", (KIM,)),
    ("000", "operasi militer khusus", "partial", (KIM,)),
    ("000", "Ihwal tentara dan rakyat", "direct", (KIM,)),
    ("000", "situasi di wilayah", "partial", (PUTIN,)),
    ("000", "sangat senang melihatnya", "partial", (PUTIN, None)),  # "Presiden Rusia"
    ("000", "Itulah sebabnya kami", "direct", (PUTIN,)),
    ("000", "Pemimpin Korea Utara menunjukkan", "direct", (PUTIN,)),
    ("001", "perjuangan suci", "partial", (KIM,)),
    ("001", "Rusia sekarang bangkit", "direct", (KIM,)),
    ("001", "Kami selalu mendukung", "direct", (KIM,)),
    ("001", "Negara kamilah yang", "partial", (PUTIN,)),
    ("001", "Diskusi senjata antara", "direct", ("Adrienne Watson",)),
    ("001", "Kami mendesak DPRK", "direct", ("Adrienne Watson",)),
    ("002", "dukungan penuh dan", "direct", (KIM,)),
    ("002", "Kami sangat menghargai", "direct", (PUTIN,)),
    ("002", "persahabatan yang erat", "partial", (PUTIN,)),
    ("002", "kesetaraan dan saling", "partial", (PUTIN,)),
    ("002", "Situasi di dunia", "direct", (KIM,)),
    ("003", "Itulah sebabnya kami", "direct", (PUTIN,)),
    ("003", "Pemimpin (Korea Utara)", "direct", (PUTIN,)),
    ("003", "Kami akan membicarakan", "direct", (PUTIN,)),
    ("003", "Peluncuran tersebut gagal", "direct", ("Badan Pengembangan Dirgantara Nasional",)),
    ("003", "ujian tahap akhir", "partial", ("Korea Utara", None)),
    ("003", "dalam perjuangan melawan", "partial", (KIM,)),
    ("003", "perjuangan suci", "partial", (KIM,)),
    ("003", "kekuatan hegemonik", "partial", (KIM,)),
    ("003", "Rusia telah melakukan", "direct", (KIM,)),
    ("003", "Kami akan selalu mendukung", "direct", (KIM,)),
    ("003", "Persahabatan kami memiliki", "direct", (KIM,)),
    ("003", "akan menjadi momen", "partial", (KIM, None)),  # "Pemimpin Korea Utara tersebut"
    ("003", "memohon", "partial", ("Matthew Miller",)),
    ("003", "Harus melakukan perjalanan", "direct", ("Matthew Miller",)),
    ("004", "perjuangan suci", "partial", (KIM,)),
    ("004", "Kami yakin bahwa", "direct", (KIM,)),
    ("004", "Kami akan selalu bersama", "direct", (KIM,)),
    ("004", "Seorang teman lama", "direct", (PUTIN,)),
    ("004", "Itulah sebabnya kami", "direct", (PUTIN,)),
]
# Reported speech the seeds certainly contain: (seed, first words, speaker).
EXPECTED_INDIRECT = [
    ("002", "kedua negara akan", PUTIN),
    ("003", "pengembangan satelit pengintaian", KIM),
    ("003", "pertemuan tatap muka", "Dmitry Peskov"),
    ("003", "pertemuan Putin dengan", "Matthew Miller"),
    ("004", "Korut akan bekerja", KIM),
]


def seed_body(prefix: str) -> str:
    """Return a seed's story paragraphs joined by blank lines, boilerplate lines dropped."""
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
    lines = [line for line in lines if line]
    return "\n\n".join(line for n, line in enumerate(lines) if n not in BOILERPLATE[prefix])


def seed_entities(body: str) -> tuple[Entity, ...]:
    """Build the entities an entity stage should find in a seed, with their mentions."""
    return (
        entity(KIM, body, aliases=("Kim", "Kim Jong-un", "Kim Jong-n")),
        entity(PUTIN, body, aliases=("Putin",)),
        entity("Adrienne Watson", body, aliases=("Watson",)),
        entity("Matthew Miller", body, aliases=("Miller",)),
        entity("Dmitry Peskov", body, aliases=("Peskov",)),
        entity("Kim Yo Jong", body),
        entity("Badan Pengembangan Dirgantara Nasional", body, "ORG", ("NADA",)),
        entity("Korea Utara", body, "LOC", ("Korut",)),
        entity("Rusia", body, "LOC"),
    )


needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not available")


@needs_seeds
@pytest.mark.parametrize("prefix", sorted(BOILERPLATE))
def test_seed_quotes_with_entities(prefix: str) -> None:
    body = seed_body(prefix)
    found = [q for q in quotes_of(body, seed_entities(body)) if q.kind != "indirect"]
    expected = [e for e in EXPECTED if e[0] == prefix]
    assert [(q.text[: len(e[1])], q.kind) for q, e in zip(found, expected, strict=False)] == [
        (e[1], e[2]) for e in expected
    ]
    assert len(found) == len(expected)
    for quote, (_, start, _, speakers) in zip(found, expected, strict=True):
        assert quote.speaker in speakers, (start, quote.speaker)


@needs_seeds
@pytest.mark.parametrize("prefix", sorted(BOILERPLATE))
def test_seed_quotes_without_entities(prefix: str) -> None:
    """With no entities the speaker is the surface name: it must name the same person."""
    body = seed_body(prefix)
    found = [q for q in quotes_of(body) if q.kind != "indirect"]
    expected = [e for e in EXPECTED if e[0] == prefix]
    assert len(found) == len(expected)
    for quote, (_, start, kind, speakers) in zip(found, expected, strict=True):
        assert quote.text.startswith(start) and quote.kind == kind
        if quote.speaker is None:
            assert None in speakers, start
        else:
            words = set(re.split(r"[ -]", quote.speaker.lower()))
            assert any(s and words & set(re.split(r"[ -]", s.lower())) for s in speakers), (
                start,
                quote.speaker,
            )


@needs_seeds
def test_seed_indirect_speech() -> None:
    for prefix, start, speaker in EXPECTED_INDIRECT:
        body = seed_body(prefix)
        found = [
            q
            for q in quotes_of(body, seed_entities(body))
            if q.kind == "indirect" and q.text.startswith(start)
        ]
        assert [q.speaker for q in found] == [speaker], (prefix, start)


@needs_seeds
def test_seed_quotes_through_the_pipeline() -> None:
    """``kabar.analyze`` (cleaner, entities, quotes) finds the same quotes in the raw seeds."""
    import kabar

    result = kabar.analyze([str(p) for p in sorted(SEEDS.glob("*.txt"))], store=None)
    assert len(result.articles) == len(BOILERPLATE)
    for article in result.articles:
        prefix = Path(article.source).name[:3]
        found = [q for q in article.quotes if q.kind != "indirect"]
        expected = [e for e in EXPECTED if e[0] == prefix]
        assert [(q.text[: len(e[1])], q.kind) for q, e in zip(found, expected, strict=False)] == [
            (e[1], e[2]) for e in expected
        ], prefix
        assert len(found) == len(expected), prefix
        for quote, (_, start, _, speakers) in zip(found, expected, strict=True):
            assert article.body[quote.start : quote.end] == quote.text
            if quote.speaker is None:
                assert None in speakers, (prefix, start)
                continue
            words = set(re.split(r"[ -]", quote.speaker.lower()))
            assert any(s and words & set(re.split(r"[ -]", s.lower())) for s in speakers), (
                prefix,
                start,
                quote.speaker,
            )


def test_menurut_before_a_quote() -> None:
    body = "Menurut Yanti Kusumawati, “Musim tanam tahun ini lebih baik.”"
    (quote,) = only(body)
    assert quote.speaker == "Yanti Kusumawati"


def test_source_named_in_the_next_sentence() -> None:
    body = "“Kami menolak rencana itu.” Hal itu disampaikan oleh Ketua Koperasi Darto Wiyono."
    assert only(body)[0].speaker == "Darto Wiyono"


def test_role_words_then_comma_then_name() -> None:
    body = "“Inflasi akan turun,” kata pengamat ekonomi, Lukas Hendrawan."
    assert only(body)[0].speaker == "Lukas Hendrawan"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("“Apa salah kami?” tanya Rahmat Hidayat kepada petugas.", "Rahmat Hidayat"),
        ("“Kami akan kembali,” — ujar Sinta Dewi.", "Sinta Dewi"),
        ("“Ini baru awal,” demikian disampaikan Agus Salimin.", "Agus Salimin"),
        (
            "“Semua aman,” kata Kementerian Kesehatan dalam keterangan tertulis.",
            "Kementerian Kesehatan",
        ),
        ("“Kami akan lapor,” kata sumber Kompas di kepolisian.", None),
    ],
)
def test_more_attribution_forms(body: str, speaker: str | None) -> None:
    assert only(body)[0].speaker == speaker


def test_title_case_heading_in_marks_is_not_a_quote() -> None:
    body = "Tonton juga “Warga Sukamaju Panen Raya: Untung atau Rugi?” di sini.\n\n“Idul Fitri Momentum Berbagi”"
    assert quotes_of(body) == ()


def test_full_name_written_inside_a_quote() -> None:
    body = (
        "“Kami mendukung langkah Gubernur Hartati Wirasena sepenuhnya,” kata Bupati Sony "
        "Lumbanraja. “Kami yakin,” ujar Wirasena."
    )
    assert [q.speaker for q in only(body)] == ["Sony Lumbanraja", "Hartati Wirasena"]


# -- invariants on arbitrary text ------------------------------------------------------------

_PIECES = [
    "Budi",
    "Sari Dewi",
    "kata",
    "ujarnya",
    "mengatakan",
    "bahwa",
    "Menurut",
    "ia",
    "rumah",
    "“",
    "”",
    '"',
    "‘",
    "’",
    "'",
    ",",
    ".",
    ":",
    "(",
    ")",
    "…",
    "\n\n",
    "Kepala Dinas",
    "Kota",
    "-",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40), st.booleans())
def test_any_text_keeps_the_invariants(pieces: list[str], spaced: bool) -> None:
    body = (" " if spaced else "").join(pieces)
    found = quotes_of(body)
    for quote in found:
        assert quote.text and quote.text == quote.text.strip()
        assert quote.speaker is None or quote.speaker.strip()


def test_dropped_opening_mark() -> None:
    body = "Warga berkumpul di balai desa.\n\nKami sudah menunggu tiga hari,” kata Joko Susanto."
    (quote,) = only(body)
    assert quote.text == "Kami sudah menunggu tiga hari"
    assert quote.speaker == "Joko Susanto"


def test_name_after_a_role_with_commas_inside() -> None:
    body = (
        "“Hujan masih akan turun,” kata Kepala Pusat Data, Informasi, dan Komunikasi "
        "Kebencanaan Badan Bencana Daerah Abdul Malik Harahap."
    )
    assert only(body)[0].speaker == "Abdul Malik Harahap"


def test_one_word_name_opening_a_sentence() -> None:
    body = "Dedi menambahkan, “Kami masih memburu dua pelaku lain.”"
    assert only(body)[0].speaker == "Dedi"


def test_unnamed_official_blocks_the_pronoun() -> None:
    body = (
        "“Kami terbuka untuk dua opsi,” ujar Menteri Ratih Kumalasari. Seorang pejabat "
        "kementerian yang enggan disebut namanya mengakui pembahasan belum tuntas.\n\n"
        "“Ini belum final,” katanya."
    )
    assert [q.speaker for q in only(body)] == ["Ratih Kumalasari", None]


def test_bare_quote_announced_in_the_paragraph_before() -> None:
    body = (
        "Bagi Marni Siregar, keselamatan anak-anaknya yang utama. Ia menutup percakapan "
        "dengan kalimat yang membuat relawan terdiam.\n\n“Rumah bisa dibangun lagi.”"
    )
    assert only(body)[0].speaker == "Marni Siregar"


def test_naming_with_sebagai_is_partial_not_indirect() -> None:
    body = "Kepala BPBD Yusran Lamato menyebut bencana itu sebagai “banjir kiriman” dari hulu."
    (quote,) = quotes_of(body)
    assert (quote.kind, quote.text, quote.speaker) == ("partial", "banjir kiriman", "Yusran Lamato")


def test_adverbial_phrase_between_subject_and_speech_verb() -> None:
    body = (
        "“Kami siap membantu,” kata Ratih Kumalasari. Park Min-jae dalam kesempatan yang sama "
        "menyebut kerja sama itu penting. Ia mengatakan bahwa dua pabrik akan dibuka tahun depan."
    )
    (quote,) = only(body, "indirect")[-1:]
    assert quote.text.startswith("dua pabrik") and quote.speaker == "Park Min-jae"


def test_lawyer_in_apposition_claims() -> None:
    body = "Sementara itu, kuasa hukumnya, Maruli Sitompul, mengklaim kliennya menjadi korban pemerasan."
    (quote,) = only(body, "indirect")
    assert quote.speaker == "Maruli Sitompul"
    assert quote.text == "kliennya menjadi korban pemerasan"


def test_partial_quote_takes_the_reporter_of_its_sentence() -> None:
    body = (
        "Menurut Wisnu Hadiprana, penyidik menemukan catatan yang menyebut aliran dana itu "
        "sebagai “biaya koordinasi”."
    )
    (partial,) = only(body, "partial")
    assert partial.speaker == "Wisnu Hadiprana"


def test_acronym_speaker_takes_the_long_form_the_article_defines() -> None:
    body = (
        "Peringatan itu disampaikan Lembaga Pangan Dunia Selatan (LPDS) di Jenewa.\n\n"
        "“Kami tidak bisa menjangkau mereka,” tulis LPDS dalam laporannya."
    )
    assert only(body)[0].speaker == "Lembaga Pangan Dunia Selatan"


def test_straight_quotes_nested_in_curly_ones() -> None:
    body = '“Dia bilang "tidak" kepada kami,” kata Sarmini Lubis.'
    (quote,) = only(body)
    assert quote.text == 'Dia bilang "tidak" kepada kami'
    assert quote.speaker == "Sarmini Lubis"


def test_split_quote_around_its_attribution() -> None:
    body = "“Kami siap,” kata Burhan Saleh, “dan kami akan menang.”"
    assert [(q.text, q.speaker) for q in only(body)] == [
        ("Kami siap", "Burhan Saleh"),
        ("dan kami akan menang.", "Burhan Saleh"),
    ]


def test_speaker_known_by_a_nickname() -> None:
    body = "“Sampah harus dipilah dari rumah,” kata pria yang akrab disapa Kang Darma itu."
    assert only(body)[0].speaker == "Darma"  # "Kang" is an honorific
