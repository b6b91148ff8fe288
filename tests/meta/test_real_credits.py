"""Real scraped input, by kind of credit: regional Tribun bylines and syndication notes, a writer
left unlabelled before a labelled editor, an agency that contributed, an outlet named as editor,
and captions with a credit or none. Layouts of the outlets scrapers meet; all text is fictional.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from factories import describe_text

from kabar.clean import clean
from kabar.ingest import read_file
from kabar.meta import describe

STORY = (
    "Pemerintah Kabupaten Gowa menambah dua belas armada angkutan sampah untuk melayani "
    "permukiman padat di sekitar Sungguminasa."
)
STORY_2 = (
    "Kepala Dinas Lingkungan Hidup setempat, Wiradana Kusnadi, mengatakan armada baru itu "
    "mulai beroperasi pekan depan."
)
STORY_3 = "Warga diminta memilah sampah organik sebelum petugas datang mengangkutnya."


def test_regional_tribun_story_on_the_network_site() -> None:
    """A Tribun Timur story carried by tribunnews.com: the reporter's label is no author, the
    syndication note credits Tribun Timur, and the sign-off with the hyphenated domain goes."""
    meta, body = describe_text(
        "Laporan Wartawan Tribun-Timur.com, Andi Saputra Lallo\n"
        f"TRIBUN-TIMUR.COM, GOWA - {STORY}\n{STORY_2}\n{STORY_3}\n"
        "Artikel ini telah tayang di Tribun-Timur.com dengan judul Armada Sampah Gowa Bertambah\n"
        "(Tribun-timur.com/Andi Saputra Lallo)",
        title="Armada Sampah Gowa Bertambah Dua Belas Unit",
        url="https://www.tribunnews.com/regional/2025/07/08/armada-sampah-gowa-bertambah",
        authors=("Andi Saputra Lallo",),
    )
    assert meta.authors == ("Andi Saputra Lallo",)
    assert meta.outlet == "Tribunnews"
    assert meta.wire_sources == ("Tribun Timur",)
    assert body.endswith("mengangkutnya.")


@pytest.mark.parametrize(
    ("byline", "authors", "editors"),
    [
        # Tempo's current byline under the title, as a scraper keeps it
        ("Hendra Kusuma | Editor: Sapto Nugroho", ("Hendra Kusuma",), ("Sapto Nugroho",)),
        # Katadata's two writers before the editor
        ("Rena Aprilia, Andi Mahesa | Editor: Yuliana Sari", ("Rena Aprilia", "Andi Mahesa"),
         ("Yuliana Sari",)),
    ],
)
def test_writer_unlabelled_before_a_labelled_editor(
    byline: str, authors: tuple[str, ...], editors: tuple[str, ...]
) -> None:
    meta, _ = describe_text(f"{STORY}\n{STORY_2}", authors=(byline,))
    assert meta.authors == authors
    assert meta.editors == editors


def test_an_agency_that_contributed_is_a_wire_source() -> None:
    """Tempo's closing "Antara berkontribusi ..." credits Antara; a colleague who contributed
    is neither a source nor an author."""
    meta, body = describe_text(
        f"{STORY}\n{STORY_2}\nAntara berkontribusi dalam penulisan artikel ini.\n"
        "Editor: Laras Wulandari",
        url="https://www.tempo.co/ekonomi/armada-sampah-gowa-1712345",
    )
    assert meta.wire_sources == ("Antara",)
    assert meta.editors == ("Laras Wulandari",)
    assert "berkontribusi" not in body
    meta, _ = describe_text(f"{STORY}\n{STORY_2}\nNadia Kusuma berkontribusi dalam artikel ini.")
    assert (meta.wire_sources, meta.authors) == ((), ())


@pytest.mark.parametrize(
    "caption",
    [
        "Ilustrasi truk sampah di tempat pembuangan akhir.",  # Republika, credit lost
        "Ilustrasi truk sampah. ANTARA FOTO/Dedi Kurniawan/nym.",  # Katadata, Antara's photo
        "Ilustrasi truk sampah.(MI/Usman Iskandar)",  # Media Indonesia
        "Ilustrasi truk sampah. tirto.id/Rangga Wibisono",  # Tirto
        "Ilustrasi truk sampah. /Pixabay/Engin_Akyurt",  # Pikiran Rakyat
        "Ilustrasi truk sampah. (JawaPos.com)",  # Jawa Pos
    ],
)
def test_caption_between_paragraphs_leaves_the_body(caption: str) -> None:
    """Captions with a credit or none leave the body; a photo agency is no wire source."""
    meta, body = describe_text(f"{STORY}\n{caption}\n{STORY_2}\n{STORY_3}")
    assert "Ilustrasi" not in body
    assert body.count("\n\n") == 2
    assert meta.wire_sources == ()


def test_outlet_named_as_editor_is_no_editor(tmp_path: Path) -> None:
    """Liputan6's JSON-LD names the outlet as the article's editor: no editor."""
    page = (
        "<!DOCTYPE html><html lang='id'><head><title>Armada Sampah</title>"
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": '
        '[{"@type": "Person", "name": "Rizal Hidayat"}], '
        '"editor": {"@type": "Person", "name": "Liputan6.com"}}</script></head><body><article>'
        f"<p>{STORY} Armada itu dibeli dari anggaran perubahan tahun ini.</p><p>{STORY_2} "
        f"Petugas tambahan juga direkrut.</p><p>{STORY_3} Warga menyambut baik.</p>"
        "</article></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    (raw,) = read_file(path)
    meta = describe(raw, clean(raw))
    assert meta.authors == ("Rizal Hidayat",)
    assert meta.editors == ()
