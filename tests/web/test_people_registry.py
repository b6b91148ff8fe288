"""Person pages read the registry: ids of absorbed people and name slugs redirect."""

from __future__ import annotations

from pathlib import Path

from factories import make_article
from fastapi.testclient import TestClient

from kabar.models import Entity, Mention
from kabar.store import open_store
from kabar.web import create_app


def _person(name: str, *aliases: str) -> Entity:
    return Entity(name, "PERSON", aliases, 1, (Mention(name, 0, len(name), "PERSON"),))


def test_an_absorbed_nickname_and_its_old_link_redirect_to_the_person(tmp_path: Path) -> None:
    db = tmp_path / "k.db"
    with open_store(db) as store:  # type: ignore[attr-defined]
        for article_id, day, person in (
            ("a1", "01", _person("Gus Ipul")),
            ("a2", "02", _person("Saifullah Yusuf")),
            ("a3", "03", _person("Saifullah Yusuf", "Gus Ipul")),
        ):
            body = f"{person.name} hadir di Surabaya."
            store.put_articles(
                [make_article(article_id, body, entities=(person,), published=f"2025-01-{day}")]
            )
    client = TestClient(create_app(db))
    page = client.get("/people/gus-ipul", follow_redirects=False)
    assert page.status_code == 301 and page.headers["location"].endswith("/people/saifullah-yusuf")
    api = client.get("/api/v1/people/gus-ipul", follow_redirects=False)
    assert api.status_code == 301
    who = client.get("/api/v1/people/gus-ipul").json()
    assert who["id"] == "saifullah-yusuf" and who["articles"] == 3
    assert {"Gus Ipul", "Saifullah Yusuf"} <= set(who["aliases"])
    assert [m["name"] for m in who["merges"]] == ["Gus Ipul"]
    assert client.get("/people/saifullah-yusuf").status_code == 200
