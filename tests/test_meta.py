"""Metadata: outlet, date, dateline, authors, wire sources and language."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from example_docs import EXAMPLES_KEY, example_documents, example_keys
from hypothesis import given, settings
from hypothesis import strategies as st

from kabar.clean import clean
from kabar.clean.credits import byline_names
from kabar.meta import describe, find_language, parse_date
from kabar.models import Metadata, RawDocument
from kabar.sources import outlet_from_url, outlet_name, wire_name
from kabar.text import normalize_text

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"

# seed prefix -> (outlet, published, dateline, authors, wire sources); the lead's reading,
# checked line by line against the seeds.
SEED_META = {
    "000": ("Viva", None, None, (), ("Sky News",)),
    "001": ("Daily Berita", None, None, (), ("Washington Post",)),
    "002": (
        "Kompas TV",
        "2024-06-19T13:30+07:00",
        "Pyongyang",
        ("Rizky L Pratama", "Edy A. Putra"),
        ("Associated Press",),
    ),
    "003": (None, "2023-09-13", None, (), ("Newsweek",)),
    "004": ("Republika", "2023-09-13", "Moskow", (), ("TRT World",)),
}


def _describe(raw: RawDocument) -> Metadata:
    """Clean then describe."""
    return describe(raw, clean(raw))


@pytest.mark.parametrize("prefix", sorted(SEED_META))
def test_seed_metadata(prefix: str) -> None:
    """Outlet, date, dateline, authors and wire sources are right on the seeds."""
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    raw = RawDocument(
        source=str(path), text=normalize_text(path.read_text(encoding="utf-8")), format="text"
    )
    meta = _describe(raw)
    outlet, published, dateline, authors, wires = SEED_META[prefix]
    assert meta.outlet == outlet
    assert meta.published == published
    assert meta.dateline == dateline
    assert meta.authors == authors
    assert meta.wire_sources == wires
    assert meta.language == "id"


@pytest.mark.parametrize(
    ("text", "require_day", "iso"),
    [
        ("Kompas dunia | 19 Juni 2024, 13:30 WIB", False, "2024-06-19T13:30+07:00"),
        ("Kamis, 4/7/2024 10:15 WIB", False, "2024-07-04T10:15+07:00"),
        ("Makassar, Jumat (5/1/2024) pukul 08.30 WITA", False, "2024-01-05T08:30+08:00"),
        ("Jayapura | 12 Agustus 2025 19:00 WIT", False, "2025-08-12T19:00+09:00"),
        ("kata dia, Rabu (13/9/2023), di Jakarta.", True, "2023-09-13"),
        ("seperti dikutip Newsweek, Rabu 13 September 2023.", True, "2023-09-13"),
        ("June 19, 2024", False, "2024-06-19"),
        ("2024-06-19T13:30:00+07:00", False, "2024-06-19T13:30+07:00"),
        ("2024-06-19T06:30:00Z", False, "2024-06-19T06:30+00:00"),
        ("2017-03-28", False, "2017-03-28"),
        ("tiba di Jakarta, Rabu malam (13/9/2023), lalu", True, "2023-09-13"),
        ("Diperbarui 15 Jan 2024, 12:45 WIB", False, "2024-01-15T12:45+07:00"),
        ("2024/03/05 19:22:41", False, "2024-03-05T19:22"),
        ("Senin, 19 Agustus 2024 - 15:50 WIB", False, "2024-08-19T15:50+07:00"),
        ("pertama kali pada bulan Desember 2022 dan sejak 2019", True, None),
        ("Laga final digelar 17 September 2017 di Seoul.", True, None),
        ("Jadwal 31/2/2024 keliru", False, None),
        ("Senin, 12 Agustus 2024 / 10:15 WIB", False, "2024-08-12T10:15+07:00"),
        ("Aug 12, 2024 3:15 PM", False, "2024-08-12T15:15"),
        ("12 August 2024 10:15", False, "2024-08-12T10:15"),
    ],
)
def test_parse_date(text: str, require_day: bool, iso: str | None) -> None:
    """Indonesian, English and ISO dates become ISO; bare event years do not."""
    assert parse_date(text, require_day=require_day) == iso


def test_date_inside_quote_is_not_the_publication_date() -> None:
    """A weekday date inside a quotation belongs to the speaker, not the article."""
    raw = RawDocument(
        source="t.txt",
        text=(
            "Rapat Pleno Digelar Pekan Depan\n"
            "“Rapatnya Senin (10/3/2025), kami sudah siap,” kata Ketua KPU Kota Bogor Hendra "
            "Wiratama.\n"
            "Persiapan rapat dilakukan sejak awal bulan."
        ),
        format="text",
    )
    assert _describe(raw).published is None


def test_structured_fields_win() -> None:
    """JSON/HTML fields give outlet, date and authors; the URL's domain names the outlet."""
    raw = RawDocument(
        source="a.json",
        text="Jakarta - Harga beras naik di pasar induk, Senin (3/3/2025).",
        format="json",
        url="https://news.detik.com/berita/d-8000000/harga-beras-naik",
        published="2025-03-03T10:00:00+07:00",
        authors=("Sekar Ayuningtyas",),
    )
    meta = _describe(raw)
    assert meta.outlet == "Detik"
    assert meta.published == "2025-03-03T10:00+07:00"
    assert meta.dateline == "Jakarta"
    assert meta.authors == ("Sekar Ayuningtyas",)


@pytest.mark.parametrize(
    ("field", "outlet"),
    [
        ("cnn indonesia", "CNN Indonesia"),
        ("antaranews", "Antara"),
        ("poskotanews", "Poskota"),
        ("goal indonesia", "Goal Indonesia"),
        ("dailysocial.id", "DailySocial"),
        ("REPUBLIKA.CO.ID", "Republika"),
        ("KOMPAS.TV", "Kompas TV"),
        ("Siap.Viva.co.id", "Viva"),
        ("Warta Nusantara", None),
    ],
)
def test_outlet_names(field: str, outlet: str | None) -> None:
    """Brand spellings, JSON source fields and domains map to one display name."""
    assert outlet_name(field) == outlet


def test_outlet_from_url() -> None:
    """Sub-domains and path-scoped domains resolve to their outlet."""
    assert outlet_from_url("https://www.kompas.tv/internasional/1") == "Kompas TV"
    assert outlet_from_url("https://internasional.kompas.com/read/1") == "Kompas"
    assert outlet_from_url("https://www.bbc.com/indonesia/articles/x") == "BBC News Indonesia"
    assert outlet_from_url("https://www.bbc.com/news/world") is None
    assert outlet_from_url("https://example.org/x") is None


def test_rubric_label_is_not_a_dateline() -> None:
    """A rubric label such as "OPINI -" opens a column; it names no place."""
    raw = RawDocument(
        source="t.txt", text="OPINI - Kota kita butuh lebih banyak taman.", format="text"
    )
    cleaned = clean(raw)
    assert cleaned.paragraphs == ("Kota kita butuh lebih banyak taman.",)
    assert _describe(raw).dateline is None


def test_updated_time_is_not_the_publication_time() -> None:
    """An updated ("Diperbarui") time comes second even when it is printed first."""
    raw = RawDocument(
        source="t.txt",
        text=(
            "Harga Cabai Naik Lagi di Pasar Induk\n"
            "Diperbarui 15 Jan 2024, 12:45 WIB\n"
            "15 Jan 2024, 12:30 WIB\n"
            "Harga cabai rawit naik lagi di pasar induk pagi ini."
        ),
        format="text",
    )
    assert _describe(raw).published == "2024-01-15T12:30+07:00"


def test_unknown_outlet_from_url_is_its_domain() -> None:
    """A URL on a site the table does not know names the outlet by its domain."""
    raw = RawDocument(
        source="a.html", text="Warga berkumpul.", format="html", url="https://www.wartapagi.com/x"
    )
    assert _describe(raw).outlet == "wartapagi.com"


def test_unknown_outlet_json_field_is_kept_as_given() -> None:
    """An outlet the table does not know is still reported, as the input spells it."""
    raw = RawDocument(source="a.json", text="Warga berkumpul.", format="json", outlet="Warta Desa")
    assert _describe(raw).outlet == "Warta Desa"


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Penulis : Rizky L Pratama Editor : Edy-A.-Putra", ["Rizky L Pratama", "Edy A. Putra"]),
        (
            "Reporter: Fadli Ramadhan | Editor: Laras Wulandari",
            ["Fadli Ramadhan", "Laras Wulandari"],
        ),
        ("Oleh: Yohana Siregar dan Gilang Pradipta", ["Yohana Siregar", "Gilang Pradipta"]),
        ("Laporan Wartawan Wartasolo.com, Gilang Pradipta", ["Gilang Pradipta"]),
        ("Diadaptasi oleh Levi Saragih dan Tama Aditya", ["Levi Saragih", "Tama Aditya"]),
        ("Fotografer: Andi Nugraha", []),
        ("Penulis: Budi Santoso, S.Sos", ["Budi Santoso"]),
        ("Penulis Andi Wibowo | Editor Sari Lestari", ["Andi Wibowo", "Sari Lestari"]),
        ("Oleh: Rizky Pratama - detikNews", ["Rizky Pratama"]),
        ("Rizky Adha Mahendra - detikNews", ["Rizky Adha Mahendra"]),
        ("Rio Manik, Jurnalis · Kamis 11 Juli 2024 14:05 WIB", ["Rio Manik"]),
        ("Theofilus Sucipto • 12 Agustus 2024 10:15", ["Theofilus Sucipto"]),
        ("Market - Rendi Kusuma, CNBC Indonesia", ["Rendi Kusuma"]),
        ("Penulis: Galih Aprilia | Senin, 12 Agustus 2024 10:15 WIB", ["Galih Aprilia"]),
        ("Kontributor Malang, Andi Saputra", ["Andi Saputra"]),
        ("Oleh Rahma Safitri", ["Rahma Safitri"]),
        ("Penulis: Mei Lestari", ["Mei Lestari"]),
        ("Reporter: Kezia Nadira | Editor: Johana K.", ["Kezia Nadira", "Johana K."]),
        ("Hiskia Andika | Galih Priatmojo", ["Hiskia Andika", "Galih Priatmojo"]),
        ("tim tvOne - Sigit Pamungkas", ["Sigit Pamungkas"]),
        ("Nadya Kurnia / WBP", ["Nadya Kurnia"]),
    ],
)
def test_byline_names(line: str, names: list[str]) -> None:
    """Bylines give writers and editors; photographers are not authors."""
    assert byline_names(line) == names


def test_initials_are_not_authors_and_contributors_are_not_authors() -> None:
    """Sign-off initials ("(ant/rzk)") and contributor lines credit nobody as author."""
    raw = RawDocument(
        source="t.txt",
        text=(
            "Pemerintah kota menambah armada bus listrik untuk jalur utama.\n"
            "‘Nadia Kusuma berkontribusi untuk laporan ini.\n(ant/rzk)"
        ),
        format="text",
    )
    assert _describe(raw).authors == ()


@pytest.mark.parametrize(
    ("sentence", "wires"),
    [
        ("“Kami siap,” ucapnya, dikutip dari Associated Press.", ("Associated Press",)),
        ("Hal itu disampaikan Menlu, seperti dikutip Newsweek, Rabu.", ("Newsweek",)),
        ("Kebakaran itu menewaskan tiga orang, seperti dilansir Reuters.", ("Reuters",)),
        ("Pasukan ditarik mundur, dilaporkan laman TRT World.", ("TRT World",)),
        ("Video itu dirilis Kremlin dan dilaporkan oleh Washington Post.", ("Washington Post",)),
        ("Melansir Al Jazeera, serangan terjadi malam hari.", ("Al Jazeera",)),
        ("Mengutip kantor berita Yonhap, rudal jatuh di laut.", ("Yonhap",)),
        ("Data itu dirilis AFP dan diberitakan Kyodo News.", ("Kyodo",)),
        ("Dilansir multimedianews.go.id, kejadian terjadi Jumat.", ("multimedianews.go.id",)),
        ("Harga minyak naik. Reuters melaporkan stok AS turun tajam.", ("Reuters",)),
        ("Harga minyak naik, lapor AFP.", ("AFP",)),
        ("Warga mengungsi.\nArtikel ini telah tayang di Kompas.com dengan judul x", ("Kompas",)),
        ("Warga mengungsi.\nArtikel ini telah tayang di wartapagi.com", ("wartapagi.com",)),
        ("Inflasi naik tipis bulan ini.\nSumber: BPS", ()),
        ("Inflasi naik tipis bulan ini.\nSumber: Harian Sinar Pagi", ("Harian Sinar Pagi",)),
        ("Ia tiba pukul tujuh, kata dia kepada Kompas.com.", ()),
        ("“Kami siap,” kata dia kepada Reuters.", ("Reuters",)),
        ("Rudal itu diuji coba, dilaporkan kantor berita resmi Korea Utara, KCNA.", ("KCNA",)),
        ("Melansir media Korea Selatan Yonhap, rudal jatuh di laut.", ("Yonhap",)),
        ("Hal itu ia sampaikan dalam wawancara dengan Al Jazeera, Senin.", ("Al Jazeera",)),
        ("Menurut media negara Rusia, pertemuan berlangsung lima jam.", ()),
        ("Ia tiba di AP Pettarani, Makassar, pada pagi hari.", ()),
    ],
)
def test_wire_sources_in_text(sentence: str, wires: tuple[str, ...]) -> None:
    """Credited agencies are found behind an attribution cue and named canonically."""
    raw = RawDocument(source="t.txt", text=sentence, format="text")
    assert _describe(raw).wire_sources == wires


def test_wire_sources_from_lines_and_dateline() -> None:
    """Source lines and a bracketed dateline credit name the origin, unless it is the
    article's own outlet (a text with only "(ANTARA)" in its dateline is Antara's own)."""
    text = "Jakarta (ANTARA) - Rupiah menguat pagi ini.\nSumber: AFP\nSumber : Xinhua"
    meta = _describe(RawDocument(source="t.txt", text=text, format="text"))
    assert meta.outlet == "Antara"
    assert meta.wire_sources == ("AFP", "Xinhua")
    assert meta.dateline == "Jakarta"
    copied = RawDocument(
        source="t.html", text=text, format="html", url="https://money.kompas.com/read/1"
    )
    meta = _describe(copied)
    assert meta.outlet == "Kompas"
    assert meta.wire_sources == ("Antara", "AFP", "Xinhua")


def test_photo_credit_is_not_a_wire_source() -> None:
    """Agencies named in a caption's photo credit are not sources of the text."""
    raw = RawDocument(
        source="t.txt",
        text=(
            "Presiden tiba di bandara. (Sumber: Budi Santoso, Sputnik, Pool Photo melalui AP)\n"
            "Presiden tiba di bandara pada pagi hari untuk kunjungan kenegaraan."
        ),
        format="text",
    )
    assert _describe(raw).wire_sources == ()


def test_own_outlet_is_not_a_wire_source() -> None:
    """In a Kompas article "kata X kepada Kompas.com" credits no other outlet."""
    raw = RawDocument(
        source="t.txt",
        text="JAKARTA, KOMPAS.com - Harga naik, kata pedagang kepada Kompas.com, Senin.",
        format="text",
    )
    meta = _describe(raw)
    assert meta.outlet == "Kompas"
    assert meta.wire_sources == ()


def test_wire_names_are_canonical() -> None:
    """Spellings of one agency collapse to one name."""
    assert wire_name("AP") == wire_name("The Associated Press") == "Associated Press"
    assert wire_name("Sky news") == "Sky News"
    assert wire_name("Kantor Berita Pusat Korea") == "KCNA"


def test_language() -> None:
    """English text is "en"; Indonesian (even quoting English) is "id"."""
    english = (
        "The president said on Monday that the government will not raise fuel prices this year, "
        "and that it has enough reserves to cover the subsidy for the rest of the year."
    )
    indonesian = (
        "Presiden mengatakan pada hari Senin bahwa pemerintah tidak akan menaikkan harga BBM "
        "tahun ini, dan bahwa cadangan yang ada sudah cukup. Ia menyebutnya “a fair deal”."
    )
    assert find_language(english) == "en"
    assert find_language(indonesian) == "id"
    assert find_language("", "en-US") == "en"


@pytest.mark.parametrize("key", example_keys())
def test_examples_metadata(key: str) -> None:
    """Title, outlet, date, dateline, authors and wire sources match the examples' key."""
    expected = json.loads(EXAMPLES_KEY.read_text(encoding="utf-8"))[key]
    meta = _describe(example_documents()[key])
    assert meta.title == expected["title"]
    assert meta.outlet == expected["outlet"]
    # The key writes local time without an offset; kabar adds the zone when the page gives it.
    assert (meta.published or "").startswith(expected["published"] or "\0")
    assert meta.dateline == expected["dateline"]
    assert list(meta.wire_sources) == expected["wire_sources"]
    assert list(meta.authors) == expected["authors"]


def test_writer_under_headline_and_outlet_from_channel_promo() -> None:
    """A bare name under the headline is the writer; a "Follow Berita X" promo names X."""
    raw = RawDocument(
        source="t.txt",
        text=(
            "Polisi Tangkap Dua Pelaku Curanmor di Bekasi\n"
            "Hendra Kusuma\n"
            "Senin, 08 Januari 2024 - 13:45 WIB\n"
            "BEKASI - Polisi menangkap dua pelaku pencurian sepeda motor di Bekasi Utara.\n"
            "Follow Berita Sindonews di Google News\n"
            "Editor: Laras Wulandari"
        ),
        format="text",
    )
    meta = _describe(raw)
    assert meta.authors == ("Hendra Kusuma", "Laras Wulandari")
    assert meta.outlet == "Sindonews"
    assert meta.published == "2024-01-08T13:45+07:00"
    assert meta.dateline == "Bekasi"


def test_section_label_under_headline_is_not_a_writer() -> None:
    """A section label ("Berita Utama") under a headline is not a person."""
    raw = RawDocument(
        source="t.txt",
        text="Harga Beras Naik Lagi di Pasar Induk\nBerita Utama\nHarga beras naik lagi pekan ini.",
        format="text",
    )
    assert _describe(raw).authors == ()


_META_POOL = [
    "Jakarta (ANTARA) - Rupiah menguat pagi ini.",
    "PYONGYANG, KOMPAS.TV - Kim tiba.",
    "Kompas dunia | 19 Juni 2024, 13:30 WIB",
    "Penulis : Rizky L Pratama Editor : Edy-A.-Putra",
    "Sumber : Associated Press",
    "“Kami siap,” kata dia, Rabu (13/9/2023), dikutip dari Reuters.",
    "Follow Berita Okezone di Google News",
    "Hendra Kusuma",
    "(ant/rzk)",
    "Artikel ini telah tayang di Kompas.com dengan judul x",
]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.one_of(st.sampled_from(_META_POOL), st.text(max_size=60)), max_size=10),
    st.one_of(st.none(), st.text(max_size=40), st.just("https://www.kompas.tv/x")),
    st.one_of(st.none(), st.text(max_size=30), st.just("2024-06-19T13:30:00+07:00")),
)
def test_describe_never_fails_and_dates_are_iso(
    lines: list[str], url: str | None, published: str | None
) -> None:
    """Any text, URL and date field give metadata; a date is always ISO-shaped."""
    raw = RawDocument(
        source="x", text="\n".join(lines), format="text", url=url, published=published
    )
    meta = _describe(raw)
    assert meta.published is None or re.match(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?", meta.published)
    assert meta.language in ("id", "en")
    assert all(name.strip() == name and name for name in meta.authors + meta.wire_sources)


@pytest.mark.parametrize(
    ("paragraph", "place", "outlet"),
    [
        ("Suara.com - Gubernur meminta warga tenang.", None, "Suara"),
        ("PIKIRAN RAKYAT - Gubernur meminta warga tenang.", None, "Pikiran Rakyat"),
        ("KONTAN.CO.ID - JAKARTA. Laba emiten semen turun.", "Jakarta", "Kontan"),
        ("JawaPos.com – SURABAYA – Stadion itu direnovasi.", "Surabaya", "Jawa Pos"),
        ("suarasurabaya.net| Tol itu ditutup sebagian.", None, "Suara Surabaya"),
        ("Jakarta: BMKG meminta warga pesisir waspada.", "Jakarta", None),
        ("MATARAM, Lombok Post – Gubernur meminta warga tenang.", "Mataram", "Lombok Post"),
        ("TANGERANG, Warta Serpong – Gubernur meminta warga tenang.", "Tangerang", "Warta Serpong"),
        ("Washington (ANTARA/Reuters) - Presiden AS meminta warga tenang.", "Washington", "Antara"),
        ("Syarat: Calon siswa harus berusia 12 tahun.", None, None),
        ("Jakarta, Senin - Harga cabai naik.", None, None),
        ("Jakarta, 12 Agustus 2024 – PT Sinar Laut mencatat laba naik.", "Jakarta", None),
    ],
)
def test_datelines_of_many_outlets(paragraph: str, place: str | None, outlet: str | None) -> None:
    """The dateline gives the place (a brand alone gives none) and the outlet, known or not."""
    raw = RawDocument(source="x.txt", text=paragraph, format="text")
    meta = _describe(raw)
    assert meta.dateline == place
    assert meta.outlet == outlet


def test_multi_agency_dateline_credits_each_agency() -> None:
    """"(ANTARA/Reuters)" on another outlet's page credits both agencies."""
    raw = RawDocument(
        source="x.txt",
        text="Washington (ANTARA/Reuters) - Presiden AS meminta warga tenang.",
        format="text",
        url="https://www.kompas.com/read/1",
    )
    assert _describe(raw).wire_sources == ("Antara", "Reuters")


def test_interview_with_the_outlet_is_no_wire_credit() -> None:
    """"kepada BBC News Indonesia" names the outlet that asked, and so the outlet."""
    raw = RawDocument(
        source="x.txt",
        text=(
            "Nelayan di Natuna mengeluhkan kapal asing.\n"
            "Ketua nelayan, Rusdi, kepada BBC News Indonesia mengatakan kapal itu besar."
        ),
        format="text",
    )
    meta = _describe(raw)
    assert meta.wire_sources == ()
    assert meta.outlet == "BBC News Indonesia"


def test_antara_dateline_on_another_outlets_page_credits_antara() -> None:
    """"Jakarta (ANTARA) -" under a Kompas date line: the outlet is Kompas, Antara the source."""
    raw = RawDocument(
        source="x.txt",
        text=(
            "Harga Emas Antam Naik Lagi Hari Ini\n"
            "Kompas.com - 12/08/2024, 10:15 WIB\n"
            "Jakarta (ANTARA) - Harga emas batangan naik Rp 5.000 per gram pada Senin pagi."
        ),
        format="text",
    )
    meta = _describe(raw)
    assert meta.outlet == "Kompas"
    assert meta.wire_sources == ("Antara",)
    bare = RawDocument(source="y.txt", text=raw.text.replace("Kompas.com - ", ""), format="text")
    assert _describe(bare).outlet == "Antara"


def test_agency_in_the_byline_is_a_source_not_an_author() -> None:
    """"Reporter: Reuters | Editor: X" credits Reuters as the source and X as the editor."""
    raw = RawDocument(
        source="x.txt",
        text=(
            "Bank Sentral Filipina Pangkas Suku Bunga\n"
            "Reporter: Reuters | Editor: Ahmad Febrian\n"
            "KONTAN.CO.ID - MANILA. Bank sentral Filipina memangkas suku bunga acuan 25 basis poin."
        ),
        format="text",
    )
    meta = _describe(raw)
    assert meta.authors == ("Ahmad Febrian",)
    assert meta.wire_sources == ("Reuters",)
    assert meta.dateline == "Manila"


@pytest.mark.parametrize(
    ("header", "outlet"),
    [
        ("OKEZONE.COM | Berita Terkini Hari Ini", "Okezone"),
        ("Kompas.com - Berita Terkini dan Terbaru Indonesia", "Kompas"),
        ("Portal Berita Lombok Post", "Lombok Post"),
        ("Liputan6.com: Berita Terkini", "Liputan6"),
    ],
)
def test_site_header_with_tagline_names_the_outlet(header: str, outlet: str) -> None:
    """A site header with its tagline is chrome that names the outlet; the title follows it."""
    raw = RawDocument(
        source="x.txt",
        text=(
            f"{header}\nPolisi Tangkap Pencuri Kabel di Bekasi Utara\n"
            "BEKASI - Polisi menangkap dua pencuri kabel di Bekasi Utara pada Rabu malam."
        ),
        format="text",
    )
    meta = _describe(raw)
    assert meta.outlet == outlet
    assert meta.title == "Polisi Tangkap Pencuri Kabel di Bekasi Utara"
