"""The REST API over a store filled from hand-written articles (tests/web/conftest.py)."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient
from flood_articles import ONE, TWO

import kabar
from kabar.web import create_app


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


def test_api_pages_and_filters_articles_by_story(client: TestClient) -> None:
    everything = client.get("/api/articles").json()
    assert [a["id"] for a in client.get("/api/articles?limit=1").json()] == [everything[0]["id"]]
    assert [a["id"] for a in client.get("/api/articles?limit=1&offset=1").json()] == [
        everything[1]["id"]
    ]
    assert client.get("/api/articles?offset=2").json() == []
    story = everything[0]["story"]
    in_story = client.get(f"/api/articles?story={story}").json()
    assert in_story and all(a["story"] == story for a in in_story)
    assert client.get("/api/articles?story=none").json() == []
    assert client.get("/api/articles?offset=-1").status_code == 422
    assert set(everything[0]) == {"id", "title", "outlet", "published", "story", "duplicate_of", "url"}


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


def test_api_analyze_links_duplicates_and_stories_without_storing(client: TestClient) -> None:
    title, body = ONE.split("\n\n", 1)
    posted = [
        {"title": title, "body": body, "url": "https://a.example/1"},
        {"title": title, "body": body, "url": "https://b.example/1"},
    ]
    payload = client.post("/api/analyze", json=posted).json()
    original, copy = payload["articles"]
    assert copy["duplicate_of"] == original["id"]
    (story,) = payload["stories"]
    assert original["story"] == copy["story"] == story["id"]
    assert len(client.get("/api/articles").json()) == 2  # the store is untouched


def test_api_analyze_uses_the_settings_given(tmp_path: Path, client: TestClient) -> None:
    (tmp_path / "apart.toml").write_text("[stories]\nthreshold = 1.0\n", encoding="utf-8")
    apart = TestClient(
        create_app(tmp_path / "k.db", settings=kabar.load_settings(tmp_path / "apart.toml"))
    )
    posted = [
        {"title": text.split("\n\n", 1)[0], "body": text.split("\n\n", 1)[1], "url": url}
        for text, url in ((ONE, "https://a.example/1"), (TWO, "https://b.example/1"))
    ]
    assert len(client.post("/api/analyze", json=posted).json()["stories"]) == 1
    assert len(apart.post("/api/analyze", json=posted).json()["stories"]) == 2


def test_api_analyze_refuses_large_batches(client: TestClient) -> None:
    from kabar.web.legacy import MAX_POSTED_ARTICLES

    records = [{"body": "x"}] * (MAX_POSTED_ARTICLES + 1)
    assert client.post("/api/analyze", json=records).status_code == 413
