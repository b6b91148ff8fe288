"""Story terms: quotation keys (content words and stop words are tested in tests/test_text.py)."""

from __future__ import annotations

from kabar.stories import terms


def test_quote_keys_link_verbatim_quotes_only() -> None:
    body = 'Ia berkata, "Kami akan membangun jembatan baru tahun depan," di Balai Kota.'
    assert terms.quote_keys(body) == ["q:kami akan membangun jembatan baru tahun depan"]
    assert terms.quote_keys('Ia menyebut "luar biasa" saja.') == []
