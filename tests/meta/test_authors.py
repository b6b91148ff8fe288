"""Authors: page metadata, then the people the credit findings name; never initials or roles."""

from __future__ import annotations

from kabar.clean import clean
from kabar.ingest import document_from_record
from kabar.meta import describe
from kabar.meta.authors import find_authors
from kabar.models import Cleaned, Credit, Findings, Metadata, RawDocument


def _describe(raw: RawDocument) -> Metadata:
    """Clean then describe."""
    return describe(raw, clean(raw))


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
    assert meta.authors == ("Hendra Kusuma",)
    assert meta.editors == ("Laras Wulandari",)  # an editor is credited, but not as an author
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


def test_agency_in_the_byline_is_a_source_not_an_author() -> None:
    """ "Reporter: Reuters | Editor: X" credits Reuters as the source and X as the editor."""
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
    assert meta.authors == ()
    assert meta.editors == ("Ahmad Febrian",)
    assert meta.wire_sources == ("Reuters",)
    assert meta.dateline == "Manila"


def test_authors_come_from_the_credit_findings() -> None:
    """The page's authors first, then the people of each credit, without repeats."""
    authors = ("Sari Lestari", "CNN Indonesia")
    raw = RawDocument(source="x.json", text="", format="json", authors=authors)
    credits = (
        Credit("Penulis: Andi Wibowo", "byline", people=("Andi Wibowo",)),
        Credit("Sumber: AFP", "source", wires=("AFP",)),
        Credit("Editor: Sari Lestari", "byline", people=("Sari Lestari",)),
    )
    findings = Findings(credits=credits)
    cleaned = Cleaned(title=None, paragraphs=("Warga berkumpul.",), findings=findings)
    assert find_authors(raw, cleaned) == ("Sari Lestari", "Andi Wibowo")


def test_a_network_named_as_author_is_no_writer() -> None:
    """A scraper's author field naming the outlet's network ("Tribun Network") credits nobody."""
    record = {
        "title": "Parade Bunga Meriahkan Hari Jadi Kota Sukamaju",
        "content": "SUKAMAJU - Ratusan warga memadati alun-alun untuk menyaksikan parade bunga, "
        "Minggu (10/8/2025).\n\nParade dimulai dari stadion dan berakhir di balai kota.",
        "url": "https://www.tribunnews.com/regional/2025/08/10/parade-bunga-sukamaju",
        "authors": "Tribun Network",
    }
    raw = document_from_record(record, "parade")
    assert describe(raw, clean(raw)).authors == ()
