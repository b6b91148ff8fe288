"""REST API and story pages over a store filled from hand-written articles."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

import kabar
from kabar.models import Article
from kabar.stories import find_disagreements
from kabar.web import create_app

ONE = """Banjir Rendam 300 Rumah di Palu Barat

PALU, KABARTIMUR - Banjir bandang merendam 300 rumah warga di Kecamatan Palu Barat, Senin (4/3/2024).
“Kami sudah mengevakuasi warga lanjut usia ke masjid terdekat,” kata Kepala BPBD Palu, Hendra Saputra.
"""
TWO = """Ratusan Rumah Terendam Banjir Bandang di Palu

PALU - Banjir bandang merendam 250 rumah warga di Kecamatan Palu Barat pada Senin (4/3/2024) malam.
“Kami sudah mengevakuasi warga lanjut usia ke masjid terdekat,” ujar Hendra Saputra.
"""


@pytest.fixture
def client(tmp_path: Path) -> TestClient:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "one.txt").write_text(ONE, encoding="utf-8")
    (tmp_path / "in" / "two.txt").write_text(TWO, encoding="utf-8")
    with kabar.open_store(tmp_path / "k.db") as store:  # type: ignore[attr-defined]
        kabar.analyze([str(tmp_path / "in")], store)
    return TestClient(create_app(tmp_path / "k.db"))


def test_api_lists_and_returns_articles_and_stories(client: TestClient) -> None:
    articles = client.get("/api/articles").json()
    assert len(articles) == 2
    one = client.get(f"/api/articles/{articles[0]['id']}").json()
    assert "merendam" in one["body"]
    assert client.get("/api/articles/nope").status_code == 404
    stories = client.get("/api/stories").json()
    assert sum(s["articles"] for s in stories) == 2
    story = client.get(f"/api/stories/{stories[0]['id']}").json()
    assert story["id"] == stories[0]["id"] and story["articles"]
    assert client.get("/api/export").json()["schema"] == "kabar.analysis/1"


def test_api_analyze_posted_articles(client: TestClient) -> None:
    response = client.post(
        "/api/analyze",
        json=[
            {"title": "Uji", "body": "Isi berita uji yang cukup.", "url": "https://x.example/1"},
            {"title": "Tanpa isi"},
        ],
    )
    payload = response.json()
    assert response.status_code == 200
    assert [a["source"] for a in payload["articles"]] == ["https://x.example/1"]
    assert payload["rejected"][0]["reason"] == "JSON record has no 'body' or 'text'"


def test_story_page_shows_sections_and_escapes(client: TestClient) -> None:
    stories = client.get("/api/stories").json()
    page = client.get(f"/stories/{stories[0]['id']}").text
    for section in (
        "Summary",
        "Timeline",
        "Sources and wire agencies",
        "Who said what",
        "Where outlets differ",
    ):
        assert f"<h2>{section}</h2>" in page
    assert client.get("/").status_code == 200
    assert client.get("/stories/missing").status_code == 404


def test_story_page_gives_each_speaker_the_role_the_text_gives(client: TestClient) -> None:
    stories = client.get("/api/stories").json()
    page = client.get(f"/stories/{stories[0]['id']}").text
    assert "<h3>Hendra Saputra <span class='meta'>Kepala BPBD Palu</span></h3>" in page


def test_disagreeing_figures_are_found() -> None:
    def article(article_id: str, outlet: str, body: str) -> Article:
        return Article(
            id=article_id,
            source=article_id,
            title=None,
            body=body,
            outlet=outlet,
            published=None,
            dateline=None,
        )

    found = find_disagreements(
        [
            article("a", "Kabar Timur", "Banjir merendam 300 rumah warga sejak 2019."),
            article("b", "Warta Palu", "Banjir merendam 250 rumah warga. Ratusan rumah rusak."),
            article("c", "Suara Sulteng", "Banjir merendam 300 rumah dan menewaskan dua orang."),
        ]
    )
    (rumah,) = found
    assert rumah.unit == "rumah"
    assert sorted(v.value for v in rumah.versions) == ["250", "300", "300"]
