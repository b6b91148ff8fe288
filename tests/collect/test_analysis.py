"""Stored pages read back for the analysis (pending pages, ``kabar reanalyze``)."""

from __future__ import annotations

from pathlib import Path

from articles import article_html

from kabar.collect.analysis import AnalysisBatches, documents_of
from kabar.collect.fetch import Failure
from kabar.collect.sources import Source
from kabar.collect.state import open_state
from kabar.models import RawDocument, Reject


class FakeOutlet:
    name = "Warta Nusantara"

    def url(self, path: str) -> str:
        return "https://warta.co.id" + path


def test_documents_of_a_stored_page_carry_its_url_and_outlet(tmp_path: Path) -> None:
    url = "https://warta.co.id/berita/101/banjir-semarang"
    html = article_html(FakeOutlet(), "banjir", "/berita/101/banjir-semarang")
    with open_state(tmp_path / "kabar.db") as state:
        state.save_page(url, site="warta.co.id", html=html, content_hash="h", source="warta",
                        outlet="Warta Nusantara", fetched_at="2026-12-07T01:00:00+00:00")
        state.save_page("https://warta.co.id/kosong", site="warta.co.id", html=b"  ",
                        content_hash="k", fetched_at="2026-12-07T01:00:00+00:00")
        pages = {p.url: p for p in state.pages_since("2026-12-07")}
    (document,) = documents_of(pages[url])
    assert isinstance(document, RawDocument)
    assert document.url == url and document.outlet == "Warta Nusantara"
    assert document.title and document.title.startswith("Banjir Rendam Tiga Kecamatan")
    (empty,) = documents_of(pages["https://warta.co.id/kosong"])
    assert isinstance(empty, Reject) and empty.reason == "empty file"


def test_batches_go_when_full_and_are_marked_analysed_only_after(tmp_path: Path) -> None:
    handed: list[int] = []
    failures: list[Failure] = []
    with open_state(tmp_path / "kabar.db") as state:
        for number in range(3):
            state.save_page(f"https://a.co.id/{number}", site="a.co.id", html=b"x",
                            content_hash=str(number), fetched_at="2026-12-07T01:00:00+00:00")
        batches = AnalysisBatches(state, lambda docs: handed.append(len(docs)), 2,
                                  lambda name, failure: failures.append(failure))
        source = Source("a", "feed", "https://a.co.id/rss")
        for number in range(3):
            document = RawDocument(source=f"https://a.co.id/{number}", text="teks", format="text")
            batches.add(f"https://a.co.id/{number}", 1, source, [document])
        assert handed == [2] and len(state.pending()) == 1
        batches.flush()
        assert handed == [2, 1] and state.pending() == [] and batches.count == 3
    assert failures == []
