"""Language: English or Indonesian by their function words."""

from __future__ import annotations

from kabar.meta.language import find_language


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
