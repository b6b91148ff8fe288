"""Outlet: the best-ranked evidence names the publisher, known to the table or as written."""

from __future__ import annotations

import pytest

from kabar.clean import clean
from kabar.meta import describe
from kabar.meta.outlet import RANKS, find_outlet
from kabar.models import Cleaned, Dateline, Findings, Metadata, OutletClue, RawDocument


def _describe(raw: RawDocument) -> Metadata:
    """Clean then describe."""
    return describe(raw, clean(raw))


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


def test_interview_with_the_outlet_is_no_wire_credit() -> None:
    """ "kepada BBC News Indonesia" names the outlet that asked, and so the outlet."""
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
    """ "Jakarta (ANTARA) -" under a Kompas date line: the outlet is Kompas, Antara the source."""
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


def _cleaned(*clues: OutletClue, dateline: Dateline | None = None) -> Cleaned:
    """Build a cleaned article whose findings hold only the given outlet evidence."""
    findings = Findings(dateline=dateline, outlet_clues=clues)
    return Cleaned(title=None, paragraphs=("Warga berkumpul.",), findings=findings)


def test_outlet_comes_from_the_findings_not_the_removed_lines() -> None:
    """meta reads the cleaner's findings: with no removed lines at all, a clue names the outlet."""
    raw = RawDocument(source="x.txt", text="", format="text")
    assert find_outlet(raw, _cleaned(OutletClue("promo", "Okezone"))) == "Okezone"
    assert find_outlet(raw, _cleaned()) is None


def test_the_best_ranked_evidence_wins_whatever_its_place() -> None:
    """A site header outranks a byline brand; a known field outranks both; order breaks ties."""
    raw = RawDocument(source="x.txt", text="", format="text")
    cleaned = _cleaned(
        OutletClue("name_above_title", "Warta Desa"),
        OutletClue("byline", "Detik"),
        OutletClue("site_header", "Kompas"),
        OutletClue("site_header", "Tempo"),
    )
    assert find_outlet(raw, cleaned) == "Kompas"
    given = RawDocument(source="x", text="", format="json", outlet="tempo.co")
    assert find_outlet(given, cleaned) == "Tempo"
    credited = Dateline(prefix="Jakarta (ANTARA) -", place="Jakarta", credited_outlet="Antara")
    cleaned = _cleaned(OutletClue("name_above_title", "Warta Desa"), dateline=credited)
    assert find_outlet(raw, cleaned) == "Antara"


def test_every_kind_has_a_rank() -> None:
    """The rank table orders every kind of evidence once, the page's own field first."""
    assert sorted(RANKS.values()) == list(range(len(RANKS)))
    assert min(RANKS, key=RANKS.__getitem__) == "field"
    assert max(RANKS, key=RANKS.__getitem__) == "name_above_title"


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://jabar.tribunnews.com/2026/03/02/x", "Tribun Jabar"),  # its newsroom's subdomain
        ("https://www.tribunnews.com/regional/2026/03/02/x", "Tribunnews"),
        ("https://www.tribunjabar.id/read/x", "Tribun Jabar"),
        ("https://aceh.serambinews.com/read/x", "Serambinews"),
        ("https://kupang.pos-kupang.com/x", "Pos Kupang"),
    ],
)
def test_regional_newsroom_of_a_network_is_its_own_outlet(url: str, outlet: str) -> None:
    """A network's regional newsroom (TribunJabar.id, now also jabar.tribunnews.com;
    Serambinews) is named as itself, while a section of the network's own site is the network."""
    raw = RawDocument(source="a.html", text="Warga berkumpul.", format="html", url=url)
    assert _describe(raw).outlet == outlet


def test_regional_newsroom_credited_on_the_network_site_is_the_original_source() -> None:
    """A Tribunnews page that says it first ran on TribunJabar.id credits Tribun Jabar."""
    raw = RawDocument(
        source="a.txt",
        text=(
            "Banjir Rendam Tiga Desa\n"
            "TRIBUNNEWS.COM, BANDUNG - Banjir merendam tiga desa sejak Senin malam.\n"
            "Warga mengungsi ke balai desa.\n"
            "Artikel ini telah tayang di TribunJabar.id dengan judul Banjir Rendam Tiga Desa"
        ),
        format="text",
    )
    meta = _describe(raw)
    assert meta.outlet == "Tribunnews"
    assert meta.wire_sources == ("Tribun Jabar",)


def test_a_long_syndication_note_with_the_first_pages_address_is_a_credit() -> None:
    """"Artikel ini telah tayang di X dengan judul <headline>, <URL>" runs past a label line's
    length only through the headline and the address: it is still the credit, not a paragraph."""
    headline = "Ratusan Perajin Gerabah di Kasongan Ikuti Pelatihan Kemasan dan Pemasaran Daring"
    raw = RawDocument(
        source="a.txt",
        text=(
            "Perajin Gerabah Ikut Pelatihan\n\n"
            "Ratusan perajin gerabah mengikuti pelatihan kemasan di balai desa.\n\n"
            f"Artikel ini telah tayang di Tribunjogja.com dengan judul {headline}, "
            "https://jogja.tribunnews.com/2026/03/02/ratusan-perajin-gerabah-di-kasongan-ikuti"
            "-pelatihan-kemasan-dan-pemasaran-daring"
        ),
        format="text",
        url="https://www.tribunnews.com/regional/2026/03/02/x",
    )
    cleaned = clean(raw)
    assert cleaned.paragraphs == ("Ratusan perajin gerabah mengikuti pelatihan kemasan di balai desa.",)
    assert describe(raw, cleaned).wire_sources == ("Tribun Jogja",)
