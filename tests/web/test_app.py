"""The REST API over a store filled from hand-written articles (tests/web/conftest.py)."""

from __future__ import annotations

from fastapi.testclient import TestClient


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
