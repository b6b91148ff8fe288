"""Real scraped input, by kind: one person credited in two roles, a photographer a scraper put
among the authors, captions credited without brackets, a chart's title over its data credit,
a dateline glued to the outlet's name, and a network's regional newsroom. All text fictional.
"""

from __future__ import annotations

import pytest
from factories import describe_text

STORY = (
    "Kepolisian Daerah Riau menetapkan dua orang sebagai tersangka pembakaran lahan seluas "
    "sembilan hektare di Kabupaten Siak."
)
STORY_2 = (
    "Keduanya dijerat undang-undang lingkungan hidup dengan ancaman pidana paling lama "
    "sepuluh tahun penjara."
)
STORY_3 = "Polisi masih memburu seorang pemodal yang diduga menyuruh kedua tersangka."


@pytest.mark.parametrize(
    "credit",
    ["Redaktur & Reporter : Fathan Sinaga", "Reporter/Editor: Fathan Sinaga",
     "Penulis dan Editor: Fathan Sinaga"],
)
def test_one_person_credited_as_writer_and_editor_is_both(credit: str) -> None:
    """JPNN's "Redaktur & Reporter : X": X wrote and edited the text, with or without the
    scraper's author field naming X."""
    for fields in ({}, {"authors": ("Fathan Sinaga",)}):
        meta, body = describe_text(f"jpnn.com, SIAK - {STORY}\n{STORY_2}\n{credit}", **fields)
        assert meta.authors == ("Fathan Sinaga",)
        assert meta.editors == ("Fathan Sinaga",)
        assert "Redaktur" not in body and "Reporter" not in body


def test_an_editor_in_the_author_list_is_still_no_writer() -> None:
    meta, _ = describe_text(
        f"{STORY}\n{STORY_2}\nEditor: Wahyu Wibisono", authors=("Rudi Hartanto", "Wahyu Wibisono")
    )
    assert (meta.authors, meta.editors) == (("Rudi Hartanto",), ("Wahyu Wibisono",))


def test_a_photographer_in_the_scraped_author_list_is_no_writer() -> None:
    """IDN Times pages credit the photo "(IDN Times/Name)"; scrapers add that name to the
    authors. While the list names another writer, the photographer goes."""
    text = (
        "Petugas memeriksa kendaraan di pos Jalan Jamin Ginting, Medan (IDN Times/Bayu Sinaga)\n"
        f"Medan, IDN Times - {STORY}\n{STORY_2}"
    )
    meta, _ = describe_text(text, authors=("Rina Sembiring", "Bayu Sinaga"))
    assert meta.authors == ("Rina Sembiring",)
    # the writer who took the picture too stays the writer
    meta, _ = describe_text(text, authors=("Bayu Sinaga",))
    assert meta.authors == ("Bayu Sinaga",)


@pytest.mark.parametrize(
    "caption",
    [
        "Ilustrasi kendaraan melintas di Jalan Asia Afrika, Kota Bandung. Pikiran Rakyat",
        "Peserta lomba mengikuti upacara pembukaan di Makassar. MI/Lina Herlina",
        "Warga antre minyak goreng di Pasar Cicadas, Bandung. Foto: Kompas.com",
        "Petugas memadamkan api di lahan gambut. Dok. Kompas.com",
        "Petugas memadamkan api di lahan gambut. KOMPAS.com/RENI SUSANTI",
    ],
)
def test_caption_credited_without_brackets_is_removed(caption: str) -> None:
    _, body = describe_text(f"{STORY}\n{caption}\n{STORY_2}\n{STORY_3}")
    assert caption[:30] not in body
    assert STORY_3 in body


@pytest.mark.parametrize(
    "line",
    [
        "Menurut dia, laporan itu sudah dikirim ke kantor berita Antara. Antara",
        "Polisi juga memeriksa tiga saksi dari perusahaan perkebunan itu. Pemeriksaan berlanjut",
    ],
)
def test_a_story_line_ending_in_an_agency_or_a_word_stays(line: str) -> None:
    _, body = describe_text(f"{STORY}\n{line}\n{STORY_2}")
    assert line in body


def test_a_chart_title_over_its_data_credit_goes() -> None:
    """Katadata's charts: "Ekspor Batu Bara Indonesia" then "Sumber: BPS" under the story."""
    _, body = describe_text(
        f"{STORY}\nLuas Lahan Terbakar di Riau 2020-2025\nSumber: Badan Pusat Statistik\n"
        f"{STORY_2}\nBerikut rinciannya:\nSumber: Polda Riau\n{STORY_3}"
    )
    assert "Luas Lahan Terbakar" not in body
    assert "Berikut rinciannya:" in body  # a lead-in ends in a colon: the story's
    assert body.endswith(STORY_3)


@pytest.mark.parametrize(
    ("opening", "outlet"),
    [("BOGOR-RADAR BOGOR, ", "Radar Bogor"), ("BOGOR - RADAR BOGOR, ", "Radar Bogor")],
)
def test_dateline_glued_to_the_outlet_with_a_hyphen(opening: str, outlet: str) -> None:
    meta, body = describe_text(f"{opening}{STORY}\n{STORY_2}")
    assert (meta.dateline, meta.outlet) == ("Bogor", outlet)
    assert body.startswith("Kepolisian")


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://jogja.suara.com/read/2025/10/18/194500/jalan-macet", "SuaraJogja"),
        ("https://www.suarajatim.id/news/2025/10/18/jalan-macet", "SuaraJatim"),
        ("https://www.suara.com/news/2025/10/18/jalan-macet", "Suara"),
    ],
)
def test_a_regional_newsroom_of_a_network_is_its_own_outlet(url: str, outlet: str) -> None:
    meta, _ = describe_text(f"{STORY}\n{STORY_2}", url=url)
    assert meta.outlet == outlet
    meta, _ = describe_text(f"SuaraJogja.id - {STORY}\n{STORY_2}")
    assert meta.outlet == "SuaraJogja"
