"""Who a speaker is (``kabar.quotes.standing``): role phrases, public figures, members of the
public.

Every person, place, outlet and organisation below is fictional unless said otherwise.
"""

from __future__ import annotations

import pytest

from kabar.entities import find_entities
from kabar.export import quote_from_dict, quote_to_dict
from kabar.models import Entity
from kabar.quotes import extract_quotes
from kabar.quotes.standing import MEMBER_OF_PUBLIC, PUBLIC_FIGURE


def _standing(body: str, speaker: str, entities: tuple[Entity, ...] = ()) -> tuple:
    """Return (role, kind) of the first quote whose speaker is ``speaker``."""
    quotes = [q for q in extract_quotes(body, entities) if q.speaker == speaker]
    assert quotes, [q.speaker for q in extract_quotes(body, entities)]
    return quotes[0].speaker_role, quotes[0].speaker_kind


@pytest.mark.parametrize(
    ("body", "speaker", "role"),
    [
        (
            "“Stok beras aman sampai Lebaran,” kata Kepala Dinas Ketahanan Pangan Kota Malang "
            "Wiratno Hadisaputro, Senin (4/3/2024).",
            "Wiratno Hadisaputro",
            "Kepala Dinas Ketahanan Pangan Kota Malang",
        ),
        (
            "Juru bicara Kementerian Perhubungan, Larasati Wibowo, mengatakan jadwal kapal normal. "
            "“Semua kapal berangkat tepat waktu,” ujar Larasati.",
            "Larasati Wibowo",
            "Juru bicara Kementerian Perhubungan",
        ),
        (
            "“Kami masih menyelidiki asal senjata itu,” kata AKBP Dirga Pramudya di Mapolres.",
            "Dirga Pramudya",
            "AKBP",
        ),
        (
            "Pengamat ekonomi Universitas Tanjungpura, Hendra Kusuma, menilai inflasi terkendali. "
            "“Harga pangan mulai turun,” katanya.",
            "Hendra Kusuma",
            "Pengamat ekonomi Universitas Tanjungpura",
        ),
    ],
)
def test_an_office_or_expertise_makes_a_public_figure(body: str, speaker: str, role: str) -> None:
    assert _standing(body, speaker) == (role, PUBLIC_FIGURE)


@pytest.mark.parametrize(
    ("body", "speaker", "role"),
    [
        (
            "“Harga cabai naik dua kali lipat,” kata Sumiati (52), pedagang sayur di Pasar "
            "Gede, Sabtu pagi.",
            "Sumiati",
            "pedagang sayur",
        ),
        (
            "Rosalina Tefa (38), warga Desa Oelnasi, harus berjalan dua jam untuk mengambil air. "
            "“Kalau kemarau, sumur kami kering,” ujar Rosalina.",
            "Rosalina Tefa",
            None,
        ),
        (
            "“Penumpang berdesakan sejak subuh,” kata Yoga Pratama, salah satu sopir angkot "
            "jurusan Terminal Arjosari.",
            "Yoga Pratama",
            "sopir angkot jurusan Terminal Arjosari",
        ),
        (
            "Ketua RT 05 Kampung Sawah, Darmaji, mendata warga yang belum divaksin. "
            "“Masih ada dua puluh orang,” ucap Darmaji.",
            "Darmaji",
            "Ketua RT 05 Kampung Sawah",
        ),
    ],
)
def test_an_age_or_everyday_role_makes_a_member_of_the_public(
    body: str, speaker: str, role: str | None
) -> None:
    found_role, kind = _standing(body, speaker)
    assert kind == MEMBER_OF_PUBLIC
    if role is not None:
        assert found_role == role


def test_a_public_role_anywhere_in_the_article_wins() -> None:
    body = (
        "Bupati Sikka Yoseph Laga meninjau pasar. Yoseph (49) berbincang dengan pedagang.\n\n"
        "“Pasar ini akan kami bangun ulang,” kata Yoseph."
    )
    assert _standing(body, "Yoseph Laga") == ("Bupati Sikka", PUBLIC_FIGURE)


def test_a_speaker_the_text_does_not_describe_has_no_standing() -> None:
    body = "“Kami akan kembali tahun depan,” kata Melinda Sari."
    assert _standing(body, "Melinda Sari") == (None, None)


def test_unnamed_speakers_have_no_standing() -> None:
    body = "“Saya langsung lari keluar rumah,” kata seorang warga."
    quote = extract_quotes(body)[0]
    assert (quote.speaker, quote.speaker_kind) == (None, None)


def test_an_organisation_speaks_as_an_institution() -> None:
    body = "“Gempa tidak berpotensi tsunami,” kata BMKG dalam keterangan tertulis."
    quote = extract_quotes(body, find_entities(body))[0]
    assert quote.speaker is not None
    assert quote.speaker_kind == PUBLIC_FIGURE


@pytest.mark.parametrize(
    ("body", "speaker", "role"),
    [
        (
            "Kepala Badan Irigasi Nasional (BIN) Ir. Gregorius Wahyu Prasetyo mengatakan air "
            "cukup. “Waduk masih penuh,” ujar Gregorius.",
            "Gregorius Wahyu Prasetyo",
            "Kepala Badan Irigasi Nasional (BIN)",
        ),
        (
            "Kepala Dinas Kesehatan Kabupaten Yalimo, dr. Agustina Wenda, Sp.A, membenarkan "
            "kabar itu. “Tim sudah berangkat,” katanya.",
            "Agustina Wenda",
            "Kepala Dinas Kesehatan Kabupaten Yalimo",
        ),
        (
            "Sementara itu, Kepala Distrik Kiwirok, Matias Kalakmabin, mengatakan warga "
            "panik. “Banyak anak demam,” ujar Matias.",
            "Matias Kalakmabin",
            "Kepala Distrik Kiwirok",
        ),
        (
            "Penyerang andalan Persikota Ramadhan Latuconsina mencetak dua gol. “Gol ini untuk "
            "ibu saya,” kata Ramadhan.",
            "Ramadhan Latuconsina",
            "Penyerang andalan Persikota",
        ),
    ],
)
def test_titles_with_a_period_sit_between_the_role_and_the_name(
    body: str, speaker: str, role: str
) -> None:
    assert _standing(body, speaker) == (role, PUBLIC_FIGURE)


def test_hajj_titles_and_noble_openers_are_not_roles() -> None:
    body = (
        "Hj. Siti Rohani (61), jemaah asal Bekasi, menunggu di hotel. “Kami belum makan,” "
        "ujar Siti.\n\nDirektur PT Karang Asri, Anak Agung Ngurah Darmaputra, membantah. “Izin kami "
        "lengkap,” kata Darmaputra."
    )
    assert _standing(body, "Siti Rohani") == ("jemaah asal Bekasi", MEMBER_OF_PUBLIC)
    owner = next(q for q in extract_quotes(body) if (q.speaker or "").endswith("Darmaputra"))
    assert owner.speaker_role != "Anak Agung Ngurah"
    assert owner.speaker_kind != MEMBER_OF_PUBLIC


def test_a_capitalised_everyday_word_in_an_office_name_is_not_a_citizen_role() -> None:
    body = (
        "Direktur Manajemen Pelanggan PLN Rudi Hartanto mengatakan tarif tidak naik. "
        "“Tarif tetap sampai Desember,” kata Rudi."
    )
    assert _standing(body, "Rudi Hartanto")[1] == PUBLIC_FIGURE


def test_standing_survives_the_export_round_trip() -> None:
    quote = extract_quotes("“Harga naik,” kata Sumiati (52), pedagang sayur di Pasar Gede.")[0]
    assert quote.speaker_kind == MEMBER_OF_PUBLIC
    assert quote_from_dict(quote_to_dict(quote)) == quote


def test_a_listed_public_figure_needs_no_role_in_the_text() -> None:
    body = "“Kami tidak akan mundur,” kata Vladimir Putin (71) kepada wartawan."
    assert _standing(body, "Vladimir Putin")[1] == PUBLIC_FIGURE


def test_mentions_are_what_one_pattern_of_the_forms_finds() -> None:
    """Whole-word spellings, longest first at each place, no overlaps: the spans the alternation
    pattern gives (a mention lost or glued to a word would move a speaker's role)."""
    import re

    from kabar.quotes.standing import _mentions

    body = (
        "Rudi Hartono-Wijaya tiba. Rudi Hartono (45) berkata, lalu Hartono_2 dan Hartono "
        "menyapa RudiHartono serta Rudi. Kata Rudi Hartono Rudi Hartono, Hartonoé Hartono"
    )
    for forms in (
        ("Rudi Hartono", "Hartono", "Rudi"),
        ("Hartono", "Rudi"),
        ("Rudi Hartono Rudi", "Rudi Hartono", "Rudi"),
        ("Rudi Hartono", ""),
    ):
        alternatives = "|".join(re.escape(f) for f in forms if f)
        pattern = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")
        expected = [m.span() for m in pattern.finditer(body)]
        assert _mentions(body, forms) == expected
    spans = _mentions(body, ("Rudi Hartono", "Rudi"))
    assert (26, 38) in spans and (26, 30) not in spans  # the longer name wins
    assert (0, 4) in spans  # "Rudi Hartono-Wijaya": the hyphen keeps only "Rudi" whole


def test_titles_before_a_name_read_as_the_full_pattern_reads_them() -> None:
    """The shortcut that rules windows out before the titles' search finds what the search
    finds: every title alone, after a bracket, a comma or a period, with one period or two,
    chained, glued to a word, or followed by no space, and windows with no title at all."""
    from kabar.quotes.lexicon import titles
    from kabar.quotes.standing import _titles_at_end, _titles_before

    windows = ["", " ", "Kepala Dinas ", "Budi\n", "kata Ketua RT 03 ", "(12) ", "..."]
    for title in sorted(titles() | {"Ing", "dr", "drg"}):
        for shape in ("{} ", "{}. ", "{}.. ", "({} ", ", {}\n", "x{} ", "{}", "-{} ", "Dr. {} ", "Kota.{} "):
            windows.append("Kepala Dinas Kota Sukamaju " + shape.format(title))
            windows.append(shape.format(title))
    for window in windows:
        expected = _titles_before().search(window)
        found = _titles_at_end(window)
        assert (found and found.span()) == (expected and expected.span()), window
