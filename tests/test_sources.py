"""The outlet and wire tables: spellings, fields and domains map to one name each."""

from __future__ import annotations

import pytest

from kabar.sources import outlet_from_url, outlet_name, wire_name


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


def test_wire_names_are_canonical() -> None:
    """Spellings of one agency collapse to one name."""
    assert wire_name("AP") == wire_name("The Associated Press") == "Associated Press"
    assert wire_name("Sky news") == "Sky News"
    assert wire_name("Kantor Berita Pusat Korea") == "KCNA"
