"""Story summaries: central sentences across outlets, each citing its article."""

from __future__ import annotations

from factories import make_article

from kabar.models import Article
from kabar.stories.summaries import summarize


def test_summary_cites_articles_and_skips_repeats_and_copies() -> None:
    lead = (
        "Banjir bandang merendam ratusan rumah warga di Kecamatan Palu Barat setelah hujan "
        "deras mengguyur sejak Senin malam."
    )
    one = make_article("a", lead + " Petugas gabungan mengevakuasi warga lanjut usia ke masjid.")
    two = make_article(
        "b",
        lead.replace("ratusan", "sekitar 300") + " Pemerintah kota membuka "
        "dapur umum di halaman kantor camat untuk para pengungsi banjir.",
    )
    copy = Article(**{**two.__dict__, "id": "c", "duplicate_of": "b"})
    summary = summarize([one, two, copy])
    assert summary and {s.article for s in summary} <= {"a", "b"}
    texts = [s.text for s in summary]
    assert sum("merendam" in t for t in texts) == 1  # the shared lead is said once
    assert any("dapur umum" in t for t in texts)
    for sentence in summary:
        body = {"a": one.body, "b": two.body}[sentence.article]
        assert sentence.text in body
