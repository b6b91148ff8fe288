"""Dateline: the place of the first paragraph's dateline; a brand or rubric label is no place."""

from __future__ import annotations

import pytest

from kabar.clean import clean
from kabar.meta import describe
from kabar.meta.dateline import find_dateline
from kabar.models import Cleaned, Dateline, Findings, Metadata, RawDocument


def _describe(raw: RawDocument) -> Metadata:
    """Clean then describe."""
    return describe(raw, clean(raw))


def test_rubric_label_is_not_a_dateline() -> None:
    """A rubric label such as "OPINI -" opens a column; it names no place."""
    raw = RawDocument(
        source="t.txt", text="OPINI - Kota kita butuh lebih banyak taman.", format="text"
    )
    cleaned = clean(raw)
    assert cleaned.paragraphs == ("Kota kita butuh lebih banyak taman.",)
    assert _describe(raw).dateline is None


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


@pytest.mark.parametrize(
    ("place", "shown"),
    [
        ("PYONGYANG", "Pyongyang"),
        ("NEW YORK", "New York"),
        ("WASHINGTON DC", "Washington DC"),
        ("OPINI", None),
    ],
)
def test_place_of_the_dateline_finding_is_title_cased(place: str, shown: str | None) -> None:
    """The cleaner's place is title-cased, short acronyms kept; a rubric label is no place."""
    findings = Findings(dateline=Dateline(prefix=place + " -", place=place))
    assert find_dateline(Cleaned(title=None, paragraphs=(), findings=findings)) == shown
