"""Datelines: cut off the first paragraph, and read for place, brand and credits."""

from __future__ import annotations

import pytest

from kabar.clean.datelines import cut_dateline, read_dateline

from .texts import STORY_1


@pytest.mark.parametrize(
    ("paragraph", "prefix", "rest_start"),
    [
        ("PYONGYANG, KOMPAS.TV - Pemimpin itu tiba.", "PYONGYANG, KOMPAS.TV -", "Pemimpin"),
        ("REPUBLIKA.CO.ID, MOSKOW – Dia datang.", "REPUBLIKA.CO.ID, MOSKOW –", "Dia"),
        ("JAKARTA, KOMPAS.com - Harga naik.", "JAKARTA, KOMPAS.com -", "Harga"),
        (
            "Jakarta, CNN Indonesia -- Polisi menangkap dua orang.",
            "Jakarta, CNN Indonesia --",
            "Polisi",
        ),
        ("Jakarta (ANTARA) - Rupiah menguat.", "Jakarta (ANTARA) -", "Rupiah"),
        ("TEMPO.CO, Jakarta - Menteri hadir.", "TEMPO.CO, Jakarta -", "Menteri"),
        ("Liputan6.com, Jakarta - Banjir surut.", "Liputan6.com, Jakarta -", "Banjir"),
        ("VIVA – Timnas menang.", "VIVA –", "Timnas"),
        ("Jakarta - Presiden berpidato.", "Jakarta -", "Presiden"),
        ("Suara.com - Film itu laris.", "Suara.com -", "Film"),
        ("SiapKim Jong Un, pemimpin itu, datang.", "Siap", "Kim"),
    ],
)
def test_cut_dateline(paragraph: str, prefix: str, rest_start: str) -> None:
    """Datelines and glued brand prefixes are cut from the first paragraph."""
    cut, rest = cut_dateline(paragraph)
    assert cut == prefix
    assert rest.startswith(rest_start)


def test_no_dateline_in_plain_sentence() -> None:
    """A first paragraph without a dateline is left whole."""
    assert cut_dateline(STORY_1) == (None, STORY_1)
    assert cut_dateline("Presiden Jokowi - yang tiba pagi tadi - membuka acara.")[0] is None


@pytest.mark.parametrize(
    ("prefix", "place", "outlet", "credited", "unknown", "credits"),
    [
        ("PYONGYANG, KOMPAS.TV -", "PYONGYANG", "Kompas TV", "Kompas TV", None, ()),
        ("Jakarta (ANTARA) -", "Jakarta", None, "Antara", None, ("Antara",)),
        (
            "Washington (ANTARA/Reuters) -",
            "Washington",
            None,
            "Antara",
            None,
            ("Antara", "Reuters"),
        ),
        ("JawaPos.com – SURABAYA –", "SURABAYA", "Jawa Pos", "Jawa Pos", None, ()),
        ("Suara.com -", None, "Suara", "Suara", None, ()),
        ("TANGERANG, Warta Serpong –", "TANGERANG", None, None, "Warta Serpong", ()),
        ("Siap", None, "Viva", "Viva", None, ()),
        ("Jakarta -", "Jakarta", None, None, None, ()),
    ],
)
def test_read_dateline(
    prefix: str,
    place: str | None,
    outlet: str | None,
    credited: str | None,
    unknown: str | None,
    credits: tuple[str, ...],
) -> None:
    """A cut dateline is read once: its place as written, its brand, its bracketed credits."""
    dateline = read_dateline(prefix)
    assert dateline is not None
    assert dateline.prefix == prefix
    assert dateline.place == place
    assert dateline.outlet == outlet
    assert dateline.credited_outlet == credited
    assert dateline.unknown_brand == unknown
    assert dateline.credits == credits


def test_no_prefix_no_dateline() -> None:
    """Without a cut prefix there is nothing to read."""
    assert read_dateline(None) is None
    assert read_dateline("") is None
