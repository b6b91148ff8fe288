"""Wire sources: agencies credited by the dateline, credit lines and attribution cues."""

from __future__ import annotations

import pytest

from kabar.clean import clean
from kabar.meta import describe
from kabar.meta.wires import find_wires
from kabar.models import Cleaned, Credit, Dateline, Findings, Metadata, RawDocument


def _describe(raw: RawDocument) -> Metadata:
    """Clean then describe."""
    return describe(raw, clean(raw))


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


def test_multi_agency_dateline_credits_each_agency() -> None:
    """ "(ANTARA/Reuters)" on another outlet's page credits both agencies."""
    raw = RawDocument(
        source="x.txt",
        text="Washington (ANTARA/Reuters) - Presiden AS meminta warga tenang.",
        format="text",
        url="https://www.kompas.com/read/1",
    )
    assert _describe(raw).wire_sources == ("Antara", "Reuters")


def test_wires_come_from_the_findings_then_the_story() -> None:
    """Dateline credits, then each credit's agencies, then cued sources; the own outlet never."""
    findings = Findings(
        dateline=Dateline(prefix="Jakarta (ANTARA/Reuters) -", credits=("Antara", "Reuters")),
        credits=(Credit("Sumber: AFP", "source", wires=("AFP", "Reuters")),),
    )
    cleaned = Cleaned(
        title=None, paragraphs=("Gempa terjadi, seperti dilansir Xinhua.",), findings=findings
    )
    assert find_wires(cleaned, "Antara") == ("Reuters", "AFP", "Xinhua")
