"""Story terms: content words, stop words per language, quotation keys."""

from __future__ import annotations

from kabar.stories import terms


def test_content_words_drop_stop_words_and_short_numbers() -> None:
    words = terms.content_words("Dia mengatakan bahwa 12 rumah di Sukamaju terendam pada 2025.")
    assert words == ["rumah", "sukamaju", "terendam", "2025"]
    assert terms.content_words("The flood hit the town", "en") == ["flood", "hit", "town"]


def test_quote_keys_link_verbatim_quotes_only() -> None:
    body = 'Ia berkata, "Kami akan membangun jembatan baru tahun depan," di Balai Kota.'
    assert terms.quote_keys(body) == ["q:kami akan membangun jembatan baru tahun depan"]
    assert terms.quote_keys('Ia menyebut "luar biasa" saja.') == []
